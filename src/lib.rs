//! # charter-explorer
//!
//! The charter explorer compiled to WebAssembly: the search index built by
//! `build.rs` (see `charter-core`), a search API for JavaScript ([`api`]) and the
//! Leptos widget (`ui`) mounted into a shadow root by `embed`.
//!
//! The widget is the `widget` feature (on by default). Without it the crate
//! is the search API alone and Leptos is not compiled: that build is the
//! `charter-explorer/search` entry's wasm (`charter_search_bg.wasm`).
//!
//! ```
//! let index = charter_explorer::index().unwrap();
//! let r = index.search("demining", &Default::default()).unwrap();
//! assert_eq!(r.results[0].id, "III.4");
//! ```
#![deny(missing_docs)]

use std::sync::OnceLock;

use charter_core::{Index, IndexError};

pub mod api;
pub mod check;
pub mod document;
#[cfg(feature = "widget")]
pub mod embed;
pub mod options;
pub mod readers;
#[cfg(feature = "widget")]
pub mod ui;

/// The index, built at compile time from `data/`.
pub static INDEX_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/charter.idx"));

/// The loaded index (loaded once, on first use; zero-copy over [`INDEX_BYTES`]).
pub fn index() -> Result<&'static Index<'static>, IndexError> {
    static INDEX: OnceLock<Result<Index<'static>, IndexError>> = OnceLock::new();
    INDEX
        .get_or_init(|| {
            install_decomposer();
            Index::load(INDEX_BYTES)
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// In the browser, NFKD and lower-casing of non-ASCII text come from the
/// platform (`normalize("NFKD")`, marks removed, `toLowerCase()`) rather
/// than from tables compiled into the WebAssembly.
fn install_decomposer() {
    #[cfg(target_arch = "wasm32")]
    charter_core::normalize::set_decomposer(|s| {
        thread_local! {
            static MARKS: js_sys::RegExp = js_sys::RegExp::new("\\p{M}+", "gu");
        }
        let nfkd = js_sys::JsString::from(s).normalize("NFKD");
        let bare = MARKS.with(|re| nfkd.replace_by_pattern(re, ""));
        String::from(bare.to_lower_case())
    });
}
