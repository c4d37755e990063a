//! The About panel: the article's context — signatories and a short timeline —
//! marked as context, apart from the charter's own words.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::app::close_about;
use super::labels::label;
use super::state::Ctx;

/// Editorial context about the charter.
#[component]
pub fn AboutPanel() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let l = ctx.labels;
    let meta = crate::index().ok().map(|i| i.metadata());
    let signatories = meta
        .map(|m| {
            m.signatories
                .iter()
                .map(|s| format!("{} ({})", s.name, s.role))
                .collect::<Vec<_>>()
                .join("; ")
        })
        .unwrap_or_default();
    let timeline = meta.map(|m| m.timeline.clone()).unwrap_or_default();
    let source = meta.map(|m| m.source).unwrap_or_default();
    let close = move |ev: MouseEvent| {
        let root = ev
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest(".ce-root").ok().flatten());
        close_about(ctx, root);
    };
    view! {
        <section class="ce-about" data-testid="about-panel" aria-label=label(l, |x| &x.about_title)>
            <div class="ce-about-head">
                <h3 class="ce-about-title">{label(l, |x| &x.about_title)}</h3>
                <button type="button" class="ce-link-btn" data-testid="about-close" on:click=close>
                    {label(l, |x| &x.close)}
                </button>
            </div>
            <p class="ce-note">{label(l, |x| &x.official_text)}" "{label(l, |x| &x.context_note)}</p>
            <p class="ce-about-line">
                <strong>{label(l, |x| &x.signatories)}</strong>
                " "
                <span lang="en">{signatories}</span>
            </p>
            <ol class="ce-timeline">
                {timeline
                    .into_iter()
                    .map(|t| {
                        let datetime = (!t.date.is_empty()).then_some(t.date);
                        let when = l
                            .read_untracked()
                            .long_date(t.date)
                            .unwrap_or_else(|| t.date_label.to_string());
                        view! {
                            <li>
                                <time class="ce-when" datetime=datetime>{when}</time>
                                <span lang="en">{t.text}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p class="ce-source">{source}</p>
        </section>
    }
}
