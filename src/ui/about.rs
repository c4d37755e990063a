//! The About panel: the article's context — signatories and a short timeline —
//! marked as context, apart from the charter's own words.

use leptos::prelude::*;

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
    view! {
        <section class="ce-about" data-testid="about-panel" aria-label=label(l, |x| &x.about_title)>
            <div class="ce-about-head">
                <h3 class="ce-about-title">{label(l, |x| &x.about_title)}</h3>
                <button type="button" class="ce-link-btn" on:click=move |_| ctx.about.set(false)>
                    {label(l, |x| &x.close)}
                </button>
            </div>
            <p class="ce-note">{label(l, |x| &x.context_note)}</p>
            <p class="ce-about-line">
                <strong>{label(l, |x| &x.signatories)}</strong>
                " "
                {signatories}
            </p>
            <ol class="ce-timeline">
                {timeline
                    .into_iter()
                    .map(|t| {
                        let datetime = (!t.date.is_empty()).then_some(t.date);
                        view! {
                            <li>
                                <time class="ce-when" datetime=datetime>{t.date_label}</time>
                                <span>{t.text}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <p class="ce-source">{source}</p>
        </section>
    }
}
