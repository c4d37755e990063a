//! The readers' words (WordNet's related words), shipped apart as
//! `charter_readers.bin` and loaded only when a query has a word the charter
//! lacks: the JS side registers a loader ([`set_loader`]), the search asks for
//! it once ([`want`]), and [`attach`] adds the words to the index and
//! re-answers every widget's query (each widget's signal, `register`; the
//! search-only build has no widgets to refresh).

use std::cell::{Cell, RefCell};

#[cfg(feature = "widget")]
use leptos::prelude::{IsDisposed, RwSignal, Update};
use wasm_bindgen::prelude::*;

use crate::check;

thread_local! {
    static LOADER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    static ASKED: Cell<bool> = const { Cell::new(false) };
    static FAILED: Cell<bool> = const { Cell::new(false) };
}

#[cfg(feature = "widget")]
thread_local! {
    /// Each live widget's signal, bumped when the readers' words arrive or
    /// fail. A widget's signal is disposed with the widget: disposed ones are
    /// dropped at each registration, so the list never outgrows the page.
    static WIDGETS: RefCell<Vec<RwSignal<u32>>> = const { RefCell::new(Vec::new()) };
}

/// Registers a widget's signal, bumped when the readers' words arrive (its
/// answer reads it, so it is answered again).
#[cfg(feature = "widget")]
pub fn register(signal: RwSignal<u32>) {
    WIDGETS.with(|w| {
        let mut w = w.borrow_mut();
        w.retain(|s| !s.is_disposed());
        w.push(signal);
    });
}

/// Answers every live widget's query again.
#[cfg(feature = "widget")]
fn refresh() {
    let live: Vec<RwSignal<u32>> = WIDGETS.with(|w| w.borrow().clone());
    for s in live {
        s.try_update(|n| *n += 1);
    }
}

/// No widgets: a search from JavaScript reads the index as it is.
#[cfg(not(feature = "widget"))]
fn refresh() {}

/// Asks for the readers' words (once), when a query has a word the charter
/// lacks and they are not there yet.
pub fn want() {
    if crate::index().map_or(true, |i| i.has_readers()) || ASKED.get() {
        return;
    }
    LOADER.with(|l| {
        if let Some(f) = l.borrow().as_ref() {
            ASKED.set(true);
            let _ = f.call0(&JsValue::NULL);
        }
    });
}

/// True while the readers' words were asked for and are neither here nor
/// failed: a query with a word the charter lacks may still find more.
pub fn pending() -> bool {
    ASKED.get() && !FAILED.get() && crate::index().is_ok_and(|i| !i.has_readers())
}

/// The readers' words could not be loaded: search goes on without them.
#[wasm_bindgen(js_name = readersFailed)]
pub fn failed() {
    FAILED.set(true);
    refresh();
}

/// Registers the function that loads the readers' words (it calls
/// [`attach`] when they arrive).
#[wasm_bindgen(js_name = setReadersLoader)]
pub fn set_loader(loader: js_sys::Function) {
    LOADER.with(|l| *l.borrow_mut() = Some(loader));
}

/// Adds the readers' words to the index (checked: another build's words are
/// refused) and answers every widget's query again.
#[wasm_bindgen(js_name = attachReadersRaw)]
pub fn attach(bytes: Vec<u8>) -> Result<(), JsValue> {
    let index = check::index()?;
    if index.has_readers() {
        return Ok(());
    }
    // Kept for the life of the page, like the index they extend.
    let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    index
        .attach_readers(bytes)
        .map_err(|e| JsValue::from(js_sys::Error::new(&e.to_string())))?;
    refresh();
    Ok(())
}
