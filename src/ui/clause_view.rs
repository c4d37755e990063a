//! One clause in full: its place in the document, previous/next, and copying a
//! citation or a deep link.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};

use super::labels::label;
use super::link::clause_link;
use super::marked::MarkedText;
use super::share::ShareButton;
use super::state::{citation, place, Ctx};

/// Writes text to the clipboard; false when the browser refuses or has no
/// clipboard (insecure page, permissions). Never throws into the page.
pub async fn copy_text(text: &str) -> bool {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    let Ok(clip) = js_sys::Reflect::get(&nav, &JsValue::from_str("clipboard")) else {
        return false;
    };
    if clip.is_undefined() || clip.is_null() {
        return false;
    }
    let Ok(write) = js_sys::Reflect::get(&clip, &JsValue::from_str("writeText")) else {
        return false;
    };
    let Ok(write) = write.dyn_into::<js_sys::Function>() else {
        return false;
    };
    let Ok(p) = write.call1(&clip, &JsValue::from_str(text)) else {
        return false;
    };
    let Ok(p) = p.dyn_into::<js_sys::Promise>() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(p).await.is_ok()
}

/// The open clause.
#[component]
pub fn ClauseView(
    /// Clause index.
    idx: usize,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let l = ctx.labels;
    let Ok(index) = crate::index() else {
        return ().into_any();
    };
    let n = index.clauses().len();
    let clause = &index.clauses()[idx];
    let heading: NodeRef<html::H3> = NodeRef::new();
    // Focus the heading once it is in the page, so screen readers read where
    // the reader is and keyboard focus is not lost.
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let ranges = move || {
        ctx.outcome
            .read()
            .rows
            .iter()
            .find(|r| r.idx == idx)
            .map(|r| r.highlights.clone())
            .unwrap_or_default()
    };
    let status = RwSignal::new(String::new());
    let copy = move |what: &'static str| {
        let text = if what == "link" {
            clause_link(index.clauses()[idx].id)
        } else {
            citation(&l.read_untracked(), idx)
        };
        spawn_local(async move {
            let ok = copy_text(&text).await;
            let labels = l.read_untracked();
            status.set(if ok {
                labels.copied.clone()
            } else {
                labels.copy_failed.clone()
            });
        });
    };
    let step = move |to: usize| {
        ctx.last_opened.set(Some(to));
        ctx.open.set(Some(to));
    };
    let prev = idx.checked_sub(1);
    let next = (idx + 1 < n).then_some(idx + 1);
    let prev_id = prev.map(|i| index.clauses()[i].id);
    let next_id = next.map(|i| index.clauses()[i].id);
    let text = clause.text;
    let lens = clause.lens;
    let firmness = lens.firmness;
    let underline = lens.phrase;
    // The newsroom's note: set apart from the charter's words, plain text, a
    // link only when it is http(s) (checked by `crate::options::Notes::apply`).
    let note = move || {
        let notes = ctx.notes.read();
        let (body, link) = notes.get(idx)?;
        let labels = l.read();
        let heading = notes.heading(&labels.note_from, &labels);
        let link = link.map(|href| {
            view! {
                <a class="ce-desk-link" href=href.to_string() target="_blank" rel="noopener noreferrer" data-testid="note-link">
                    {labels.note_link.clone()}
                </a>
            }
        });
        Some(view! {
            <aside class="ce-desk-note" part="note" data-testid="note">
                <p class="ce-desk-by">{heading}</p>
                <p class="ce-desk-text">{body.to_string()}</p>
                {link}
            </aside>
        })
    };
    view! {
        <article class="ce-clause" data-testid="clause" data-id=clause.id>
            <button type="button" class="ce-back" data-testid="back" on:click=move |_| ctx.open.set(None)>
                <span class="ce-arrow" aria-hidden="true">"←"</span>" "
                {label(l, |x| &x.back)}
            </button>
            <p class="ce-place">{move || place(&l.read(), idx)}</p>
            <h3 class="ce-clause-id" tabindex="-1" node_ref=heading>
                {clause.id}
            </h3>
            <p class="ce-lens-line">
                <span class="ce-wording" part="wording" data-wording=firmness.name() data-testid="wording">
                    {move || l.read().firmness(firmness).to_string()}
                </span>
            </p>
            <blockquote class="ce-clause-text" lang="en" dir="ltr">
                <p>{move || view! { <MarkedText text=text ranges=ranges() underline=underline /> }}</p>
            </blockquote>
            <p class="ce-print-cite">{move || citation(&l.read(), idx)}</p>
            {note}
            <div class="ce-actions">
                <button type="button" class="ce-btn" data-testid="copy-citation" on:click=move |_| copy("citation")>
                    {label(l, |x| &x.copy_citation)}
                </button>
                <button type="button" class="ce-btn" data-testid="copy-link" on:click=move |_| copy("link")>
                    {label(l, |x| &x.copy_link)}
                </button>
                <span class="ce-copied" role="status" data-testid="copy-status">{move || status.get()}</span>
                <ShareButton clause=idx />
            </div>
            <nav class="ce-stepper" aria-label=label(l, |x| &x.clause_nav)>
                <button type="button" class="ce-btn ce-prev" data-testid="prev" disabled=prev.is_none() on:click=move |_| { if let Some(p) = prev { step(p) } }>
                    <span class="ce-arrow" aria-hidden="true">"←"</span>" "
                    {label(l, |x| &x.previous)}
                    {prev_id.map(|id| view! { <span class="ce-step-id">{id}</span> })}
                </button>
                <button type="button" class="ce-btn ce-next" data-testid="next" disabled=next.is_none() on:click=move |_| { if let Some(x) = next { step(x) } }>
                    {label(l, |x| &x.next)}
                    {next_id.map(|id| view! { <span class="ce-step-id">{id}</span> })}
                    " "<span class="ce-arrow" aria-hidden="true">"→"</span>
                </button>
            </nav>
        </article>
    }
    .into_any()
}
