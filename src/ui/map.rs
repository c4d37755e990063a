//! The charter map: the whole text at a glance, one small tile per clause in
//! reading order, a row per section. The current search lights the tiles of
//! the clauses it found, the open clause is marked, and a tile opens its
//! clause. One tile is in the tab order; the arrow keys move between tiles.
//!
//! The tiles are static markup; one effect writes their state (match, name,
//! current, tab stop) onto them, so the map costs one small renderer rather
//! than a reactive renderer per attribute per tile.

use leptos::ev::{KeyboardEvent, MouseEvent};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::labels::label;
use super::state::{fill, Ctx};

/// The map's tiles, in document order.
fn tiles(map: &Element) -> Vec<HtmlElement> {
    let Ok(list) = map.query_selector_all(".ce-tile") else {
        return vec![];
    };
    (0..list.length())
        .filter_map(|i| list.item(i).map(|n| n.unchecked_into::<HtmlElement>()))
        .collect()
}

/// Arrow keys, Home and End between the map's tiles (roving focus); called
/// by the widget's keyboard handler. True when it moved.
pub fn on_map_keydown(ev: &KeyboardEvent) -> bool {
    let Some(map) = ev
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|t| t.closest(".ce-map").ok().flatten())
    else {
        return false;
    };
    let Some(pos) = clause_of(ev.target()) else {
        return false;
    };
    // The tiles are in clause order (`build`), so a clause's index is its tile's place.
    let all = tiles(&map);
    if all.is_empty() {
        return false;
    }
    let pos = pos.min(all.len() - 1);
    let next = match ev.key().as_str() {
        "ArrowRight" | "ArrowDown" => (pos + 1).min(all.len() - 1),
        "ArrowLeft" | "ArrowUp" => pos.saturating_sub(1),
        "Home" => 0,
        "End" => all.len() - 1,
        _ => return false,
    };
    ev.prevent_default();
    for (i, t) in all.iter().enumerate() {
        let _ = t.set_attribute("tabindex", if i == next { "0" } else { "-1" });
    }
    let _ = all[next].focus();
    true
}

/// A row per section (named by its heading), a tile button per clause.
fn build(map: &Element, words: &charter_core::wording::Words<'_>, index: &charter_core::Index<'_>) {
    let Some(doc) = map.owner_document() else {
        return;
    };
    let el = |tag: &str, class: &str| {
        let e = doc.create_element(tag).ok()?;
        e.set_class_name(class);
        Some(e)
    };
    for s in index.sections() {
        let Some(row) = el("div", "ce-map-row") else {
            return;
        };
        let _ = row.set_attribute("role", "group");
        let _ = row.set_attribute("aria-label", &words.section_heading(s));
        if let Some(id) = el("span", "ce-map-id") {
            let _ = id.set_attribute("aria-hidden", "true");
            id.set_text_content(Some(s.id));
            let _ = row.append_child(&id);
        }
        for c in index.clauses().iter().filter(|c| c.section == s.id) {
            if let Some(t) = el("button", "ce-tile") {
                for (k, v) in [
                    ("type", "button"),
                    ("part", "map-tile"),
                    ("data-clause", c.id),
                ] {
                    let _ = t.set_attribute(k, v);
                }
                let _ = row.append_child(&t);
            }
        }
        let _ = map.append_child(&row);
    }
}

/// The clause a click or key landed on (by the tile's `data-clause`).
fn clause_of(target: Option<web_sys::EventTarget>) -> Option<usize> {
    let id = target?
        .dyn_into::<Element>()
        .ok()?
        .get_attribute("data-clause")?;
    crate::index().ok()?.clause_index(&id)
}

/// The map.
#[component]
pub fn CharterMap() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let l = ctx.labels;
    let map: NodeRef<html::Div> = NodeRef::new();
    // Build the rows and tiles once (plain DOM: static markup from the
    // charter's own ids), then write each tile's state on every change: lit
    // when the current search found its clause, marked when open, named for
    // screen readers, one tile in the tab order.
    Effect::new(move |_| {
        let o = ctx.outcome.read();
        let open = ctx.open.get();
        let labels = l.read();
        let (Some(map), Ok(index)) = (map.get(), crate::index()) else {
            return;
        };
        if map.child_element_count() == 0 {
            build(&map, &labels.words(), index);
        }
        let all = tiles(&map);
        let found = |i: usize| o.rows.iter().any(|r| r.idx == i);
        let stop = open
            .or_else(|| (0..all.len()).find(|&i| found(i)))
            .unwrap_or(0);
        for (i, t) in all.iter().enumerate() {
            let m = found(i);
            let name = fill(
                if m {
                    &labels.map_tile_match
                } else {
                    &labels.map_tile
                },
                &[("id", index.clauses().get(i).map_or("", |c| c.id))],
            );
            for (k, v) in [
                ("data-match", if m { "true" } else { "false" }),
                ("aria-label", &name),
                ("title", &name),
                ("tabindex", if i == stop { "0" } else { "-1" }),
            ] {
                let _ = t.set_attribute(k, v);
            }
            if open == Some(i) {
                let _ = t.set_attribute("aria-current", "true");
            } else {
                let _ = t.remove_attribute("aria-current");
            }
        }
    });
    let on_click = move |ev: MouseEvent| {
        if let Some(i) = clause_of(ev.target()) {
            ctx.last_opened.set(Some(i));
            ctx.from_map.set(true);
            ctx.open.set(Some(i));
        }
    };
    // A `div` with the navigation role rather than `nav`: the widget already
    // holds a `div` node reference, so the map adds no new one.
    view! {
        <div class="ce-map" role="navigation" part="map" data-testid="map" aria-label=label(l, |x| &x.map) node_ref=map on:click=on_click></div>
    }
}
