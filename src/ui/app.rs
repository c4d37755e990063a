//! The root component: layout, the live status line, keyboard handling, deep
//! links in the page URL, and the analytics events on the host element.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use leptos::ev::KeyboardEvent;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

use super::about::AboutPanel;
use super::browse::Browse;
use super::chips::SectionChips;
use super::clause_view::ClauseView;
use super::header::Header;
use super::labels::label;
use super::lang::Lang;
use super::lens::WordingBar;
use super::link::{current_hash, search_from_hash, search_hash, set_hash, SearchState};
use super::map::{on_map_keydown, CharterMap};
use super::results::{focus_result, on_list_keydown, ResultList};
use super::search_box::SearchBox;
use super::share::ShareButton;
use super::state::{fill, later, place, slice, Ctx};

/// Clause id in a `#charter-ID` fragment, if it names a clause.
pub fn clause_from_hash(hash: &str) -> Option<usize> {
    let id = hash.strip_prefix("#charter-")?;
    let id = js_sys::decode_uri_component(id)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| id.to_string());
    crate::index().ok()?.clause_index(&id)
}

/// Sends a bubbling, composed event from the host element.
pub fn dispatch(host: &HtmlElement, name: &str, detail: &[(&str, JsValue)]) {
    let obj = js_sys::Object::new();
    for (k, v) in detail {
        let _ = js_sys::Reflect::set(&obj, &JsValue::from_str(k), v);
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&obj);
    if let Ok(ev) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&ev);
    }
}

/// Focuses the first element in `root` that matches `selector`; false when
/// there is none.
pub fn focus_in(root: &web_sys::Element, selector: &str) -> bool {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        .is_some_and(|e| e.focus().is_ok())
}

/// Closes About and hands focus back to its button in `root` (the panel and
/// its Close button are gone, so focus would otherwise fall to the page).
pub fn close_about(ctx: Ctx, root: Option<web_sys::Element>) {
    ctx.about.set(false);
    if let Some(r) = root {
        focus_in(&r, "[data-testid=about]");
    }
}

fn scroll_into_view(el: &HtmlElement) {
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(web_sys::ScrollLogicalPosition::Start);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

/// The fold button: unfolds or folds the map and the lens (narrow widths).
/// Plain DOM, like the static view's (js/embed.js): two attributes flip.
fn toggle_overview(ev: leptos::ev::MouseEvent) {
    let Some(b) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let open = b.get_attribute("aria-expanded").as_deref() != Some("true");
    let _ = b.set_attribute("aria-expanded", if open { "true" } else { "false" });
    if let Some(o) = b
        .closest(".ce-root")
        .ok()
        .flatten()
        .and_then(|r| r.query_selector(".ce-overview").ok().flatten())
    {
        let _ = o.set_attribute("data-folded", if open { "false" } else { "true" });
    }
}

/// The whole explorer.
#[component]
pub fn Explorer(
    /// State, created by the mount code so that the embed handle can drive it.
    ctx: Ctx,
    /// The element that hosts the widget: events are sent from it, and it is
    /// scrolled into view for deep links.
    #[prop(optional)]
    host: Option<HtmlElement>,
) -> impl IntoView {
    provide_context(ctx);
    let l = ctx.labels;
    // The page's language (the host's `lang`, or its closest ancestor's):
    // its labels replace the English defaults, a site's own labels stay, now
    // and whenever the labels are set again.
    let lang = host.as_ref().map(|h| Lang::of(h)).unwrap_or_default();
    ctx.lang.set(lang);
    if lang != Lang::En {
        l.update(|x| {
            x.localize(lang);
        });
        Effect::new(move |_| {
            l.track();
            l.maybe_update(|x| x.localize(lang));
        });
    }
    let input_ref = ctx.input;
    let root_ref: NodeRef<html::Div> = NodeRef::new();

    // Deep links: open the clause or the search named in the page URL, now
    // and when the URL changes (a link followed, Back, Forward).
    if ctx.hash.get_untracked() {
        let start = current_hash();
        if let Some(i) = clause_from_hash(&start) {
            ctx.open.set(Some(i));
            if let Some(h) = host.clone() {
                request_animation_frame(move || scroll_into_view(&h));
            }
        } else if let Some(s) = search_from_hash(&start) {
            // Text typed before the engine arrived wins over the link.
            if ctx.query.get_untracked().trim().is_empty() && ctx.open.get_untracked().is_none() {
                ctx.apply_search(s);
                if let Some(h) = host.clone() {
                    request_animation_frame(move || scroll_into_view(&h));
                }
            }
        }
    }
    let host_for_hash = host.clone();
    let follow = move || {
        if !ctx.hash.get_untracked() {
            return;
        }
        let hash = current_hash();
        if let Some(i) = clause_from_hash(&hash) {
            if ctx.open.get_untracked() != Some(i) {
                ctx.open.set(Some(i));
            }
            if let Some(h) = &host_for_hash {
                scroll_into_view(h);
            }
        } else if let Some(s) = search_from_hash(&hash) {
            if ctx.open.get_untracked().is_some() {
                ctx.open.set(None);
            }
            if ctx.search_state() != s {
                ctx.apply_search(s);
            }
        } else if ctx.open.get_untracked().is_some() {
            ctx.open.set(None);
        }
    };
    let follow2 = follow.clone();
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| follow());
    let on_pop = window_event_listener(leptos::ev::popstate, move |_| follow2());
    on_cleanup(move || {
        on_hash.remove();
        on_pop.remove();
    });

    // Keep the URL in step with the open clause; return focus on close.
    let host_for_select = host.clone();
    Effect::new(move |prev: Option<Option<usize>>| {
        let open = ctx.open.get();
        let hash = ctx.hash.get_untracked();
        let index = crate::index().ok();
        match (prev.flatten(), open) {
            (was, Some(i)) => {
                if let Some(c) = index.and_then(|x| x.clauses().get(i)) {
                    // Opening a clause adds a history entry (Back returns to
                    // the search); stepping between clauses replaces it.
                    if hash && clause_from_hash(&current_hash()) != Some(i) {
                        set_hash(Some(&format!("charter-{}", c.id)), was.is_none());
                    }
                    if let Some(h) = &host_for_select {
                        dispatch(
                            h,
                            "charter-explorer:select",
                            &[("id", JsValue::from_str(c.id))],
                        );
                    }
                }
            }
            (Some(was), None) => {
                if hash && current_hash().starts_with("#charter-") {
                    set_hash(search_hash(&ctx.search_state_untracked()).as_deref(), false);
                }
                // Focus returns to the control that opened the clause: its
                // map tile, else its result row, else the search field.
                let from_map = ctx.from_map.get_untracked();
                request_animation_frame(move || {
                    let Some(root) = root_ref.get_untracked() else {
                        return;
                    };
                    let tile = from_map
                        .then(|| crate::index().ok()?.clauses().get(was).map(|c| c.id))
                        .flatten()
                        .is_some_and(|id| {
                            focus_in(&root, &[".ce-tile[data-clause=\"", id, "\"]"].concat())
                        });
                    if !tile && !focus_result(&root, was) {
                        if let Some(i) = input_ref.get_untracked() {
                            let _ = i.focus();
                        }
                    }
                });
            }
            (None, None) => {}
        }
        open
    });

    let status = Memo::new(move |_| {
        let labels = l.read();
        if let Some(i) = ctx.open.get() {
            return fill(&labels.opened, &[("place", &place(&labels, i))]);
        }
        let o = ctx.outcome.read();
        let selected = ctx.sections.read();
        if o.query.is_empty() {
            drop(selected);
            let n = crate::index()
                .map(|i| (0..i.clauses().len()).filter(|&c| ctx.shown(c)).count())
                .unwrap_or(0);
            return labels.count(n, ctx.lang.get());
        }
        // Clauses found in the charter's own words (note matches are listed
        // apart, under their own heading).
        let found = o.rows.iter().filter(|r| r.note.is_none()).count();
        let mut s = if found == 0 && o.pending {
            labels.loading_related.to_string()
        } else if found == 0 {
            let elsewhere: usize = o.counts.iter().sum();
            if elsewhere > 0 {
                fill(
                    &labels.no_results_here,
                    &[("q", &o.query), ("n", &elsewhere.to_string())],
                )
            } else if let (Some(w), true) = (ctx.wording.get(), o.missing.is_empty()) {
                // The words are in the charter, just not in clauses of this wording.
                fill(
                    &labels.no_results_wording,
                    &[("q", &o.query), ("w", labels.firmness(w))],
                )
            } else {
                // Quote the words the charter does not mention, not the
                // question around them ("does it mention elections").
                let q = if o.missing.is_empty() {
                    o.query.clone()
                } else {
                    o.missing.join(" ")
                };
                fill(&labels.no_results, &[("q", &q)])
            }
        } else {
            labels.count(found, ctx.lang.get())
        };
        if o.truncated {
            s.push(' ');
            s.push_str(&labels.truncated);
        }
        s
    });

    // Words of the query that the charter does not contain, beside clauses
    // that match the others: "Not in the charter: ~~weapons~~" (inside the
    // live region, so it is announced with the count).
    let missing = move || {
        let o = ctx.outcome.read();
        let found = o.rows.iter().any(|r| r.note.is_none());
        (found && !o.missing.is_empty() && ctx.open.get().is_none()).then(|| {
            let words = o
                .missing
                .iter()
                .map(|w| view! { " " <s class="ce-missing-word">{w.clone()}</s> })
                .collect_view();
            view! {
                " "
                <span class="ce-missing" part="missing" data-testid="missing">
                    {label(l, |x| &x.not_in_charter)}
                    {words}
                </span>
            }
        })
    };

    // What screen readers hear: the status line in words (the missing words
    // and the suggestion included), said once the reader pauses rather than
    // per keystroke, so "refugees" is announced once and "ref" never. The
    // visible status above follows every keystroke.
    let spoken = Memo::new(move |_| {
        let mut s = status.get();
        let labels = l.read();
        let o = ctx.outcome.read();
        if ctx.open.get().is_none() {
            let found = o.rows.iter().any(|r| r.note.is_none());
            if found && !o.missing.is_empty() {
                s = format!("{s} {} {}", labels.not_in_charter, o.missing.join(" "));
            } else if let (false, Some(sug)) = (found, &o.suggestion) {
                s = format!("{s} {}", fill(&labels.did_you_mean, &[("s", sug)]));
            }
        }
        s
    });
    let announce = RwSignal::new(String::new());
    // Once the reader pauses (~400 ms), and only then: the live region says
    // the answer, the page URL takes the search (its entry replaced, never
    // one per keystroke), and the host page hears of it (analytics events:
    // the page decides what to do with them). One timer, at most one
    // pending, none outliving the widget. It starts with the status line
    // (`slice::BAR`): its first run computes what the line says.
    let start_announcing = move || {
        let pending: Arc<Mutex<Option<TimeoutHandle>>> = Arc::new(Mutex::new(None));
        let cancel = {
            let pending = pending.clone();
            move || {
                if let Some(t) = pending.lock().ok().and_then(|mut p| p.take()) {
                    t.clear();
                }
            }
        };
        on_cleanup(cancel.clone());
        // The last search reported to the host page: a clause opened or a
        // label changed is no new search.
        let reported: Arc<Mutex<Option<(SearchState, usize)>>> = Arc::new(Mutex::new(None));
        let host = host.clone();
        Effect::new(move |first: Option<()>| {
            let said = spoken.get();
            let state = ctx.search_state();
            let open = ctx.open.get().is_some();
            let count = ctx.outcome.with(|o| o.rows.len());
            // At rest nothing is said or sent on arrival; a search typed
            // before the engine arrived, or opened from a link, is.
            if first.is_none() && state.query.trim().is_empty() {
                *reported.lock().unwrap_or_else(|e| e.into_inner()) = Some((state, count));
                return;
            }
            cancel();
            let host = host.clone();
            let reported = reported.clone();
            let settle = move || {
                announce.try_set(said);
                let now = current_hash();
                if !open && ctx.hash.get_untracked() && !now.starts_with("#charter-") {
                    let want = search_hash(&state);
                    if want.as_deref()
                        != now.strip_prefix('#').filter(|h| h.starts_with("charter?"))
                    {
                        set_hash(want.as_deref(), false);
                    }
                }
                let mut last = reported.lock().unwrap_or_else(|e| e.into_inner());
                let key = Some((state, count));
                if *last == key {
                    return;
                }
                *last = key;
                let (Some(h), Some((state, count))) = (host, last.as_ref()) else {
                    return;
                };
                let arr = js_sys::Array::new();
                for s in &state.sections {
                    arr.push(&JsValue::from_str(s));
                }
                let query = state.query.trim();
                dispatch(
                    &h,
                    "charter-explorer:search",
                    &[
                        ("query", JsValue::from_str(query)),
                        ("sections", arr.into()),
                        (
                            "wording",
                            state
                                .wording
                                .map_or(JsValue::NULL, |w| JsValue::from_str(w.name())),
                        ),
                        ("count", JsValue::from_f64(*count as f64)),
                    ],
                );
                if *count == 0 && !query.is_empty() {
                    dispatch(
                        &h,
                        "charter-explorer:zero-results",
                        &[("query", JsValue::from_str(query))],
                    );
                }
            };
            if let Ok(t) = set_timeout_with_handle(settle, Duration::from_millis(400)) {
                if let Ok(mut p) = pending.lock() {
                    *p = Some(t);
                }
            }
        });
    };

    let browsing = Memo::new(move |_| ctx.outcome.read().query.is_empty());
    let on_keydown = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" {
            if ctx.open.get_untracked().is_some() {
                ev.prevent_default();
                ctx.open.set(None);
            } else if ctx.about.get_untracked() {
                ev.prevent_default();
                close_about(ctx, root_ref.get_untracked().map(Into::into));
            }
            return;
        }
        if !on_map_keydown(&ev) {
            on_list_keydown(&ev);
        }
    };

    // "ce-searching" folds the header in a narrow container (style.css).
    // What a printed result cites before its id (style.css, @media print).
    let cite = super::state::document_citation()
        .replace('\\', "\\\\")
        .replace('"', "\\\"");
    // Set through the CSSOM (a style attribute would break a strict
    // Content-Security-Policy).
    let cite_var = ("--ce-cite", ["\"", &cite, "\""].concat());
    let root_class = move || {
        let theme = ctx.theme.get().class();
        if ctx.query.read().trim().is_empty() {
            theme.to_string()
        } else {
            [theme, " ce-searching"].concat()
        }
    };
    view! {
        <div
            class=root_class
            style=cite_var
            node_ref=root_ref
            on:keydown=on_keydown
            data-testid="root"
            aria-busy="true"
        >
            {later(ctx, slice::HEADER, || view! { <Header /> })}
            <Show when=move || ctx.about.get()>
                <AboutPanel />
            </Show>
            <div class="ce-controls" hidden=move || ctx.open.get().is_some()>
                {later(ctx, slice::CONTROLS, || view! { <SearchBox /> <SectionChips /> })}
            </div>
            <div class="ce-bar">
                {later(ctx, slice::BAR, move || {
                    start_announcing();
                    view! {
                        <p
                            class="ce-status"
                            class:ce-sr=move || ctx.open.get().is_some()
                            data-testid="status"
                            data-loading=label(l, |x| &x.loading)
                        >
                            {move || status.get()}
                            {missing}
                        </p>
                        <ShareButton hidden=Signal::derive(move || {
                            ctx.open.get().is_some() || ctx.search_state().is_empty()
                        }) />
                        <button
                            type="button"
                            class="ce-fold"
                            data-testid="overview-toggle"
                            aria-controls="ce-overview"
                            aria-expanded="false"
                            on:click=toggle_overview
                        >
                            {label(l, |x| &x.overview)}
                            <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" class="ce-icon ce-chevron">
                                <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"></path>
                            </svg>
                        </button>
                    }
                })}
            </div>
            <p class="ce-sr" role="status" aria-live="polite" data-testid="announce">
                {move || announce.get()}
            </p>
            <div class="ce-overview" id="ce-overview" data-folded="true">
                {later(ctx, slice::OVERVIEW, || view! { <CharterMap /> <WordingBar /> })}
            </div>
            <div class="ce-main">
                {later(ctx, slice::MAIN, move || move || match ctx.open.get() {
                    Some(i) => view! { <ClauseView idx=i /> }.into_any(),
                    None if browsing.get() => view! { <Browse /> }.into_any(),
                    None => view! { <ResultList /> }.into_any(),
                })}
            </div>
        </div>
    }
}
