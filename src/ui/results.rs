//! Ranked results for a query: clause badge, snippet with marks, section line,
//! matched topics; the zero-result state with "Did you mean"; keyboard moves.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::labels::label;
use super::marked::{snippet, MarkedText};
use super::state::{fill, Ctx, Row};

/// Every result link in the widget that contains `el`, in document order.
pub fn result_links(el: &Element) -> Vec<HtmlElement> {
    let Some(root) = el.closest(".ce-root").ok().flatten() else {
        return vec![];
    };
    let Ok(list) = root.query_selector_all(".ce-result") else {
        return vec![];
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .collect()
}

/// Focuses the first result; false when there is none.
pub fn focus_first_result(from: &Element) -> bool {
    match result_links(from).first() {
        Some(a) => a.focus().is_ok(),
        None => false,
    }
}

/// Focuses the result link of clause `idx`, if it is shown.
pub fn focus_result(from: &Element, idx: usize) -> bool {
    let want = idx.to_string();
    result_links(from)
        .into_iter()
        .find(|a| a.get_attribute("data-idx").as_deref() == Some(want.as_str()))
        .is_some_and(|a| a.focus().is_ok())
}

/// Up/Down/Home/End between results; Up from the first returns to the input.
pub fn on_list_keydown(ev: &KeyboardEvent) {
    let key = ev.key();
    if !matches!(key.as_str(), "ArrowDown" | "ArrowUp" | "Home" | "End") {
        return;
    }
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    if !target.class_list().contains("ce-result") {
        return;
    }
    let links = result_links(&target);
    let Some(pos) = links.iter().position(|a| a.is_same_node(Some(&target))) else {
        return;
    };
    let next = match key.as_str() {
        "ArrowDown" => (pos + 1).min(links.len() - 1),
        "ArrowUp" if pos == 0 => {
            if let Some(input) = target
                .closest(".ce-root")
                .ok()
                .flatten()
                .and_then(|r| r.query_selector(".ce-input").ok().flatten())
            {
                if let Ok(i) = input.dyn_into::<HtmlElement>() {
                    let _ = i.focus();
                }
            }
            ev.prevent_default();
            return;
        }
        "ArrowUp" => pos - 1,
        "Home" => 0,
        _ => links.len() - 1,
    };
    ev.prevent_default();
    let _ = links[next].focus();
}

/// One clause as a link that opens it in the widget (and is a real deep link).
#[component]
pub fn ResultLink(
    /// Clause index.
    idx: usize,
    /// Byte ranges to mark.
    #[prop(optional)]
    ranges: Vec<(usize, usize)>,
    /// Topic tags that matched.
    #[prop(optional)]
    tags: Vec<&'static str>,
    /// Show a window around the first match instead of the whole text.
    #[prop(optional)]
    short: bool,
    /// Show the section line under the text.
    #[prop(optional)]
    with_section: bool,
    /// Found only in the clause's editors' note: the note's matched ranges.
    #[prop(optional)]
    note: Option<Vec<(usize, usize)>>,
    /// The clause's words reached through related words of the query.
    #[prop(optional)]
    related: Vec<(usize, usize)>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let Ok(index) = crate::index() else {
        return ().into_any();
    };
    let clause = &index.clauses()[idx];
    // A clause found only through an editorial topic says why it is here; when
    // its own words are marked, the topic would only repeat them.
    let topic = (!tags.is_empty() && ranges.is_empty())
        .then(|| format!("{}: {}", ctx.labels.read_untracked().topic, tags.join(", ")));
    // A clause found through a word related to the reader's says which of its
    // words it was: "related: defense sales", explained to screen readers.
    let related = (!related.is_empty()).then(|| {
        let words = related
            .iter()
            .filter_map(|&(s, e)| clause.text.get(s..e))
            .collect::<Vec<_>>()
            .join(", ");
        let labels = ctx.labels.read_untracked();
        let shown = fill(&labels.related, &[("w", &words)]);
        let note = fill(&labels.related_note, &[("w", &words)]);
        view! {
            <span class="ce-related" part="related" data-testid="related">
                <span aria-hidden="true">{shown}</span>
                <span class="ce-sr">{note}</span>
            </span>
        }
    });
    let (text, ranges, lead, trail) = if short {
        snippet(clause.text, &ranges, 260)
    } else {
        (clause.text.to_string(), ranges, false, false)
    };
    let section = index
        .section(clause.section)
        .map(|s| ctx.labels.read_untracked().words().section_heading(s));
    let firmness = clause.lens.firmness;
    let l = ctx.labels;
    let has_note = move || ctx.notes.read().has(idx);
    // A note match shows the note's words it matched, labelled as the note's.
    let note_line = note.map(|ranges| {
        let notes = ctx.notes.read_untracked();
        let labels = l.read_untracked();
        let text = notes.get(idx).map(|n| n.0.to_string()).unwrap_or_default();
        let (text, ranges, lead, trail) = snippet(&text, &ranges, 200);
        let by = notes.heading(&labels.note_from, &labels);
        view! {
            <span class="ce-desk-hit" data-testid="note-hit">
                <span class="ce-desk-by">{by}": "</span>
                {lead.then_some("… ")}
                <MarkedText text=text ranges=ranges />
                {trail.then_some(" …")}
            </span>
        }
    });
    let open = move |ev: leptos::ev::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return; // let the browser open the deep link elsewhere
        }
        ev.prevent_default();
        ctx.last_opened.set(Some(idx));
        ctx.from_map.set(false);
        ctx.open.set(Some(idx));
    };
    view! {
        <li class="ce-item">
            <a
                class="ce-result"
                href=format!("#charter-{}", clause.id)
                data-testid="result"
                data-id=clause.id
                data-idx=idx.to_string()
                on:click=open
            >
                <span class="ce-badge">{clause.id}</span>
                <span class="ce-body">
                    <span class="ce-text" lang="en" dir="ltr">
                        {lead.then_some("… ")}
                        <MarkedText text=text ranges=ranges />
                        {trail.then_some(" …")}
                    </span>
                    {note_line}
                    <span class="ce-meta">
                        <span class="ce-wording" part="wording" data-wording=firmness.name() data-testid="wording">
                            {move || l.read().firmness(firmness).to_string()}
                        </span>
                        {move || has_note().then(|| view! {
                            <span class="ce-desk-mark" part="note-marker" data-testid="note-marker">
                                {label(l, |x| &x.note_marker)}
                            </span>
                        })}
                        {with_section.then_some(section.clone()).flatten().map(|s| view! { <span class="ce-section-line">{s}</span> })}
                        {topic.clone().map(|t| view! { <span class="ce-topic">{t}</span> })}
                        {related}
                    </span>
                </span>
            </a>
        </li>
    }
    .into_any()
}

fn rows_view(rows: Vec<Row>) -> impl IntoView {
    rows.into_iter()
        .map(|r| match r.note {
            Some(n) => view! { <ResultLink idx=r.idx short=true with_section=true note=n /> }.into_any(),
            None => view! { <ResultLink idx=r.idx ranges=r.highlights tags=r.tags related=r.related short=true with_section=true /> }.into_any(),
        })
        .collect_view()
}

/// Clauses found only in editors' notes, under their own heading.
fn note_rows_view(ctx: Ctx, rows: Vec<Row>) -> impl IntoView {
    (!rows.is_empty()).then(|| {
        let heading = {
            let labels = ctx.labels.read_untracked();
            ctx.notes
                .read_untracked()
                .heading(&labels.note_matches, &labels)
        };
        view! {
            <p class="ce-divider" data-testid="note-matches">{heading}</p>
            <ol class="ce-results ce-desk-results">{rows_view(rows)}</ol>
        }
    })
}

/// The results of the current query.
#[component]
pub fn ResultList() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let l = ctx.labels;
    move || {
        let mut o = ctx.outcome.get();
        let (note_rows, rows): (Vec<Row>, Vec<Row>) =
            o.rows.into_iter().partition(|r| r.note.is_some());
        o.rows = rows;
        if o.rows.is_empty() {
            let others: usize = o.counts.iter().sum();
            let suggestion = o.suggestion.clone().map(|s| {
                let label = l.read_untracked().did_you_mean.clone();
                let (before, after) = label.split_once("{s}").map(|(a, b)| (a.to_string(), b.to_string())).unwrap_or((label.clone(), String::new()));
                let s2 = s.clone();
                view! {
                    <p class="ce-suggestion">
                        {before}
                        <button type="button" class="ce-suggest" data-testid="suggestion" on:click=move |_| {
                            // The button goes with the answer it offered: focus
                            // moves to the field, never to the page.
                            ctx.set_query(s2.clone());
                            ctx.focus_input();
                        }>
                            {s}
                        </button>
                        {after}
                    </p>
                }
            });
            let show_all = (others > 0).then(|| {
                view! {
                    <button type="button" class="ce-link-btn" on:click=move |_| {
                        ctx.sections.set(vec![]);
                        ctx.focus_input();
                    }>
                        {label(l, |x| &x.show_all)}
                    </button>
                }
            });
            return view! {
                <div class="ce-empty" data-testid="empty">{suggestion}{show_all}</div>
                {note_rows_view(ctx, note_rows)}
            }
            .into_any();
        }
        let (complete, partial): (Vec<Row>, Vec<Row>) =
            o.rows.into_iter().partition(|r| r.complete);
        let has_partial = !partial.is_empty() && !complete.is_empty();
        view! {
            <ol class="ce-results" data-testid="results">{rows_view(complete)}</ol>
            {has_partial.then(|| view! { <p class="ce-divider">{label(l, |x| &x.partial)}</p> })}
            <ol class="ce-results ce-partial">{rows_view(partial)}</ol>
            {note_rows_view(ctx, note_rows)}
        }
        .into_any()
    }
}
