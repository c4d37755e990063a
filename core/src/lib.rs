//! # charter-core
//!
//! The document model, normaliser, index format and query engine behind the
//! charter explorer. Pure Rust (std, fst, serde, two small text crates), no web
//! dependencies: everything here is tested natively.
//!
//! ```
//! # #[cfg(feature = "build")] {
//! use charter_core::{builder::SourceData, Index, SearchOptions};
//! let bytes = SourceData::bundled().unwrap().build_index().unwrap();
//! let index = Index::load(&bytes).unwrap();
//! let res = index.search("nucelar", &SearchOptions::default()).unwrap();
//! assert_eq!(res.results[0].id, "I.4");
//! # }
//! ```
#![deny(missing_docs)]

#[cfg(feature = "build")]
pub mod builder;
pub mod error;
#[cfg(feature = "build")]
pub mod export;
pub mod format;
pub mod fuzzy;
pub mod index;
pub mod lens;
pub mod model;
pub mod normalize;
pub mod notes;
pub mod search;
pub mod variants;
pub mod wording;

pub use error::{IndexError, QueryError};
pub use index::Index;
pub use model::{Clause, Document, Metadata, Section};
pub use search::{Hit, SearchOptions, SearchResponse, MAX_QUERY_CHARS, MAX_TERMS};
