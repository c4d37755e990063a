//! The Leptos widget, one component per file. State is shared through the
//! [`state::Ctx`] context; the root component is [`app::Explorer`].

pub mod about;
pub mod app;
pub mod browse;
pub mod chips;
pub mod clause_view;
pub mod header;
pub mod labels;
pub mod lang;
pub mod lens;
pub mod link;
pub mod map;
pub mod marked;
pub mod results;
pub mod search_box;
pub mod share;
pub mod state;

pub use app::Explorer;
pub use labels::Labels;
pub use state::{Ctx, Theme};
