//! The widget's shared state, provided as context to every component.

use std::sync::Arc;

use charter_core::lens::Firmness;
use charter_core::notes::Notes;
use leptos::prelude::queue_microtask;
use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};

use super::labels::Labels;

/// A newsroom's notes on clauses (read by `crate::options::Notes::apply`).
#[derive(Debug, Clone, Default)]
pub struct NoteSet {
    /// The desk that wrote them, if named.
    pub by: Option<String>,
    /// The notes, tokenised for search.
    pub notes: Arc<Notes>,
    /// Each note's link (http or https only), by clause index.
    pub links: Vec<(usize, String)>,
}

impl NoteSet {
    /// The note's text and link for clause `idx`, if it has a note.
    pub fn get(&self, idx: usize) -> Option<(&str, Option<&str>)> {
        let n = self.notes.get(idx)?;
        let link = self.links.iter().find(|l| l.0 == idx).map(|l| l.1.as_str());
        Some((n.text.as_str(), link))
    }

    /// True when clause `idx` has a note.
    pub fn has(&self, idx: usize) -> bool {
        self.notes.get(idx).is_some()
    }

    /// "Note from {by}" with the desk's name, or the labels' default.
    pub fn heading(&self, template: &str, labels: &Labels) -> String {
        fill(
            template,
            &[("by", self.by.as_deref().unwrap_or(&labels.note_by))],
        )
    }
}

/// Colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Light (default).
    #[default]
    Light,
    /// Dark.
    Dark,
    /// Follow `prefers-color-scheme`.
    Auto,
}

impl Theme {
    /// Parses `light`, `dark` or `auto`.
    pub fn parse(s: &str) -> Option<Theme> {
        match s.trim().to_ascii_lowercase().as_str() {
            "light" | "" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "auto" => Some(Theme::Auto),
            _ => None,
        }
    }

    /// The class that selects it in the stylesheet.
    pub fn class(self) -> &'static str {
        match self {
            Theme::Light => "ce-root ce-light",
            Theme::Dark => "ce-root ce-dark",
            Theme::Auto => "ce-root ce-auto",
        }
    }
}

/// One ranked clause for display.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Clause index.
    pub idx: usize,
    /// Every query term matched.
    pub complete: bool,
    /// Byte ranges to mark in the clause text.
    pub highlights: Vec<(usize, usize)>,
    /// Topic tags that matched.
    pub tags: Vec<&'static str>,
    /// Found only in the clause's editors' note: the note's matched ranges.
    pub note: Option<Vec<(usize, usize)>>,
    /// The clause's words reached through related words of the query (byte
    /// ranges of its text).
    pub related: Vec<(usize, usize)>,
}

/// The answer to the current query, as the UI needs it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outcome {
    /// The query it answers (trimmed).
    pub query: String,
    /// Ranked rows after the section filter.
    pub rows: Vec<Row>,
    /// Matches per section (document order), ignoring the filter.
    pub counts: Vec<usize>,
    /// Suggestion when nothing matched.
    pub suggestion: Option<String>,
    /// The query was cut.
    pub truncated: bool,
    /// The reader's words the charter's text does not contain in any form.
    pub missing: Vec<String>,
    /// Matches per wording (see `charter_core::SearchResponse::wording_counts`).
    pub wording_counts: [usize; 6],
    /// Some words are not in the charter and the readers' words (related
    /// words) are on their way: the answer may still grow.
    pub pending: bool,
}

/// State shared by the components.
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The search text.
    pub query: RwSignal<String>,
    /// Selected section ids; empty = all.
    pub sections: RwSignal<Vec<String>>,
    /// The wording filter, if any.
    pub wording: RwSignal<Option<Firmness>>,
    /// Editors' notes.
    pub notes: RwSignal<NoteSet>,
    /// The open clause, if any.
    pub open: RwSignal<Option<usize>>,
    /// About panel shown.
    pub about: RwSignal<bool>,
    /// UI strings.
    pub labels: RwSignal<Labels>,
    /// The interface language (from the host's `lang`, see `super::lang`).
    pub lang: RwSignal<super::lang::Lang>,
    /// Colour theme.
    pub theme: RwSignal<Theme>,
    /// Keep `#charter-…` in the page URL in step with the open clause.
    pub hash: RwSignal<bool>,
    /// The current answer.
    pub outcome: Memo<Outcome>,
    /// Where keyboard focus should return when a clause closes.
    pub last_opened: RwSignal<Option<usize>>,
    /// The open clause was opened from its map tile: focus returns to the
    /// tile, not to a result, when it closes.
    pub from_map: RwSignal<bool>,
    /// The search field. Its value follows the reader's typing by itself; only
    /// changes from elsewhere (clear, suggestion, API) are written into it, so
    /// a render that lands late can never overwrite newer keystrokes.
    pub input: NodeRef<leptos::html::Input>,
    /// The view's parts still to be built and how far it is built (see
    /// [`slice`]).
    pub slices: StoredValue<Slices, LocalStorage>,
    /// The browse list's sections are built (`slice::BROWSE`).
    pub sections_built: RwSignal<bool>,
}

/// The slices the live view is built in when it is mounted, one task each,
/// so that no task of the hand-over keeps the main thread long: built at
/// once, the view took one task of ~130 ms on the phone profile (4× CPU),
/// most of it WebAssembly compiled on first use. Slice 0 (the options and
/// the state) comes with the mount; each later one is added while the view
/// is still detached, and the view replaces the static view only once all
/// are built (`js/api.js`), so the reader never sees half a view. What
/// belongs to which slice is measured: `bench/takeover.mjs`.
pub mod slice {
    /// The frame: the root and the effects.
    pub const FRAME: usize = 1;
    /// The main view: the browse list without its sections, the results or
    /// the open clause.
    pub const MAIN: usize = 2;
    /// The header: title, signatories, About.
    pub const HEADER: usize = 3;
    /// The search field and the section chips.
    pub const CONTROLS: usize = 4;
    /// The status line (and what it announces), the share and fold buttons.
    pub const BAR: usize = 5;
    /// The charter's map and the wording lens.
    pub const OVERVIEW: usize = 6;
    /// The browse list's sections.
    pub const BROWSE: usize = 7;
    /// The number of slices.
    pub const COUNT: usize = 8;
    /// Every slice built: the view is complete.
    pub const ALL: usize = usize::MAX;
}

/// A part of the view built in a later slice (see [`slice`]): an empty
/// `<template>` keeps its place until slice `k` is built, then `view`'s nodes
/// take it, built under the owner of the view around it. For parts that are
/// never rebuilt (their place is static): no reactive gate, no rebuild code
/// per view type (a reactive `Option` or an `AnyView` costs ~2 KB of wasm per
/// type: measured).
pub fn later<V: Render + 'static>(
    ctx: Ctx,
    k: usize,
    view: impl FnOnce() -> V + 'static,
) -> impl IntoView {
    wait_for(
        ctx,
        k,
        Box::new(move |parent, marker| {
            let mut state = view().build();
            state.mount(parent, Some(marker));
            Box::new(state)
        }),
    )
}

/// The marker of a part built later (the code shared by every [`later`]).
fn wait_for(ctx: Ctx, k: usize, build: Builder) -> impl IntoView {
    let marker: NodeRef<leptos::html::Template> = NodeRef::new();
    let part = Part {
        k,
        marker,
        owner: Owner::current().map(|o| o.downgrade()),
        build,
    };
    let now = ctx
        .slices
        .try_update_value(|s| {
            s.parts.push(part);
            s.built > k
        })
        .unwrap_or(false);
    if now {
        // Its slice is built: the part builds once its place exists.
        queue_microtask(move || ctx.build_slice(k));
    }
    view! { <template node_ref=marker></template> }
}

/// The view's later parts, and how many slices are built.
#[derive(Default)]
pub struct Slices {
    built: usize,
    parts: Vec<Part>,
    /// The parts built: they live as long as the view (`Ctx::drop_parts`).
    kept: Vec<Box<dyn std::any::Any>>,
}

/// Builds a part's view and mounts it before the marker; returns its state.
type Builder = Box<dyn FnOnce(&web_sys::Element, &web_sys::Node) -> Box<dyn std::any::Any>>;

/// A part of the view waiting for its slice (see [`later`]).
struct Part {
    k: usize,
    marker: NodeRef<leptos::html::Template>,
    /// (Weak: the owner holds the part, through `Ctx::slices`.)
    owner: Option<leptos::reactive::owner::WeakOwner>,
    build: Builder,
}

impl Part {
    /// Builds the part in its marker's place, unless the view around it is
    /// gone (its marker and its owner went with it).
    fn build(self) -> Option<Box<dyn std::any::Any>> {
        let m = self.marker.try_get_untracked().flatten()?;
        let parent = m.parent_element()?;
        let f = self.build;
        let part = untrack(|| match self.owner.map(|o| o.upgrade()) {
            Some(Some(o)) => Some(o.with(|| f(&parent, &m))),
            Some(None) => None,
            None => Some(f(&parent, &m)),
        })?;
        m.remove();
        Some(part)
    }
}

/// What a widget starts with, every value already checked (`crate::check`).
#[derive(Debug, Clone, Default)]
pub struct Start {
    /// The search text.
    pub query: String,
    /// Selected section ids; empty = all.
    pub sections: Vec<String>,
    /// The wording filter.
    pub wording: Option<Firmness>,
    /// Editors' notes.
    pub notes: NoteSet,
    /// The clause to open.
    pub open: Option<usize>,
    /// Colour theme.
    pub theme: Theme,
    /// Keep `#charter-…` deep links in the page URL.
    pub hash: bool,
    /// UI strings.
    pub labels: Labels,
}

impl Ctx {
    /// The widget's reactive root: its signals and the answer to the current
    /// query. Call it inside the reactive owner that will render the widget.
    pub fn new(s: Start) -> Ctx {
        let query = RwSignal::new(s.query);
        let sections = RwSignal::new(s.sections);
        let wording = RwSignal::new(s.wording);
        let notes = RwSignal::new(s.notes);
        // Bumped when the readers' words arrive: the answer is given again.
        let readers = RwSignal::new(0u32);
        crate::readers::register(readers);
        Ctx {
            query,
            sections,
            wording,
            notes,
            open: RwSignal::new(s.open),
            about: RwSignal::new(false),
            labels: RwSignal::new(s.labels),
            lang: RwSignal::new(super::lang::Lang::En),
            theme: RwSignal::new(s.theme),
            hash: RwSignal::new(s.hash),
            outcome: Memo::new(move |_| {
                readers.track();
                run_query(
                    &query.read(),
                    &sections.read(),
                    wording.get(),
                    &notes.read(),
                )
            }),
            last_opened: RwSignal::new(s.open),
            from_map: RwSignal::new(false),
            input: NodeRef::new(),
            slices: StoredValue::new_local(Slices {
                built: slice::ALL,
                ..Default::default()
            }),
            sections_built: RwSignal::new(true),
        }
    }

    /// From now on the view is built a slice per task (see [`slice`]): only
    /// slice 0 is built.
    pub fn build_in_slices(&self) {
        self.slices.update_value(|s| s.built = 1);
        self.sections_built.set(false);
    }

    /// Drops the parts built and those still waiting: call it before the
    /// view's owner goes (the parts' effects hold on to the owner that
    /// holds them, so it would never go with them).
    pub fn drop_parts(&self) {
        let parts = self.slices.try_update_value(|s| {
            s.parts.clear();
            std::mem::take(&mut s.kept)
        });
        drop(parts);
    }

    /// Builds slice `k` (see [`slice`]): the parts of the view that wait
    /// for it and are still in the view. Slices build in order; a part whose
    /// slice is built already builds as soon as it is in place.
    pub fn build_slice(&self, k: usize) {
        let Some(parts) = self.slices.try_update_value(|s| {
            s.built = s.built.max(k + 1);
            let (now, later) = std::mem::take(&mut s.parts)
                .into_iter()
                .partition(|p| p.k <= k);
            s.parts = later;
            now
        }) else {
            return;
        };
        let built: Vec<_> = parts.into_iter().filter_map(Part::build).collect();
        self.slices.try_update_value(|s| s.kept.extend(built));
        if k >= slice::BROWSE && !self.sections_built.get_untracked() {
            self.sections_built.set(true);
        }
    }

    /// Sets the query from anywhere but the search field itself.
    pub fn set_query(&self, q: String) {
        if let Some(i) = self.input.get_untracked() {
            if i.value() != q {
                i.set_value(&q);
            }
        }
        self.query.set(q);
    }

    /// The search, its section filter and its wording filter, as a link
    /// carries them (tracked).
    pub fn search_state(&self) -> super::link::SearchState {
        super::link::SearchState {
            query: self.query.get(),
            sections: self.sections.get(),
            wording: self.wording.get(),
        }
    }

    /// The same, untracked.
    pub fn search_state_untracked(&self) -> super::link::SearchState {
        super::link::SearchState {
            query: self.query.get_untracked(),
            sections: self.sections.get_untracked(),
            wording: self.wording.get_untracked(),
        }
    }

    /// Opens a search from a link.
    pub fn apply_search(&self, s: super::link::SearchState) {
        self.set_query(s.query);
        self.sections.set(s.sections);
        self.wording.set(s.wording);
    }

    /// Moves keyboard focus to the search field (after a control that
    /// disappears with the view it belonged to).
    pub fn focus_input(&self) {
        if let Some(i) = self.input.get_untracked() {
            let _ = i.focus();
        }
    }

    /// True when clause `idx` passes the section and wording filters
    /// (what browse mode shows).
    pub fn shown(&self, idx: usize) -> bool {
        let Some(c) = crate::index().ok().and_then(|i| i.clauses().get(idx)) else {
            return false;
        };
        let sections = self.sections.read();
        (sections.is_empty() || sections.iter().any(|s| s == c.section))
            && self.wording.get().is_none_or(|w| w == c.lens.firmness)
    }
}

/// Runs the query for the UI.
pub fn run_query(
    query: &str,
    sections: &[String],
    wording: Option<Firmness>,
    notes: &NoteSet,
) -> Outcome {
    let Ok(index) = crate::index() else {
        return Outcome::default();
    };
    let opts = charter_core::SearchOptions {
        sections: sections.to_vec(),
        limit: None,
        wording,
        notes: (!notes.notes.is_empty()).then(|| notes.notes.clone()),
    };
    let q = query.trim();
    if q.is_empty() {
        return Outcome::default();
    }
    // Ask for the readers' words when a word of the query is not in the
    // charter (the widget answers again when they arrive: `Ctx::new`).
    match index.search(query, &opts) {
        Ok(r) if !r.missing.is_empty() && !index.has_readers() => {
            crate::readers::want();
            Outcome {
                pending: crate::readers::pending(),
                ..outcome(q, r)
            }
        }
        Ok(r) => outcome(q, r),
        Err(_) => Outcome {
            query: q.to_string(),
            ..Default::default()
        },
    }
}

/// The UI's view of a search response.
fn outcome(q: &str, r: charter_core::SearchResponse<'static>) -> Outcome {
    Outcome {
        query: q.to_string(),
        rows: r
            .results
            .iter()
            .map(|h| Row {
                idx: h.index,
                complete: h.complete,
                highlights: h.highlights.clone(),
                tags: h.tags.clone(),
                note: h.note.clone(),
                related: h.related.clone(),
            })
            .collect(),
        counts: r.section_counts.iter().map(|c| c.1).collect(),
        suggestion: r.suggestion,
        truncated: r.truncated,
        missing: r.missing,
        wording_counts: r.wording_counts,
        pending: false,
    }
}

/// Where a clause stands, for readers: "Section III — Security Cooperation ·
/// paragraph 4" (see [`charter_core::wording`]).
pub fn place(labels: &Labels, idx: usize) -> String {
    crate::index()
        .map(|i| labels.words().place(i.sections(), i.clauses(), idx))
        .unwrap_or_default()
}

/// The citation copied by "Copy citation", e.g. "Azerbaijan–United States
/// Strategic Partnership Charter (10 Feb. 2026), Section II, para. 4".
pub fn citation(labels: &Labels, idx: usize) -> String {
    crate::index()
        .map(|i| {
            labels
                .words()
                .citation(i.metadata(), i.sections(), i.clauses(), idx)
        })
        .unwrap_or_default()
}

/// The charter as a citation names it: "Azerbaijan–United States Strategic
/// Partnership Charter (10 Feb. 2026)" (printed above the widget, and before
/// each printed result's id).
pub fn document_citation() -> String {
    crate::index()
        .map(|i| {
            let m = i.metadata();
            [
                m.short_title,
                " (",
                &charter_core::wording::short_date(m.signed_label),
                ")",
            ]
            .concat()
        })
        .unwrap_or_default()
}

pub use charter_core::wording::fill;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_and_places() {
        let l = Labels::default();
        let i = |id: &str| crate::index().unwrap().clause_index(id).unwrap();
        assert_eq!(
            citation(&l, i("II.4")),
            "Azerbaijan–United States Strategic Partnership Charter (10 Feb. 2026), Section II, para. 4"
        );
        assert_eq!(citation(&l, i("P.1")), "Azerbaijan–United States Strategic Partnership Charter (10 Feb. 2026), Preamble, para. 1");
        assert!(citation(&l, i("I.b")).ends_with("Section I, opening para. 2"));
        assert!(citation(&l, i("IV.c")).ends_with("Section IV, para. 3"));
        assert_eq!(
            place(&l, i("III.4")),
            "Section III — Security Cooperation · paragraph 4"
        );
        assert_eq!(place(&l, i("P.2")), "Preamble · paragraph 2");
    }
}
