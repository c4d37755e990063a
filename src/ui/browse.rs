//! Browse mode (no query): the whole charter in order, section by section, with
//! the preamble's lead-in, set like a document.

use leptos::prelude::*;

use super::labels::label;
use super::results::ResultLink;
use super::state::Ctx;

/// The full charter, filtered by the selected sections.
#[component]
pub fn Browse() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let l = ctx.labels;
    let Ok(index) = crate::index() else {
        return ().into_any();
    };
    let sections = move || {
        // While the view is built a slice per task, the sections come with a
        // slice of their own (`slice::BROWSE`).
        let built = ctx.sections_built.get();
        let selected = ctx.sections.get();
        index
            .sections()
            .iter()
            .filter(|s| built && (selected.is_empty() || selected.iter().any(|x| x == s.id)))
            .filter(|s| {
                let wording = ctx.wording.get();
                index
                    .clauses()
                    .iter()
                    .any(|c| c.section == s.id && wording.is_none_or(|w| w == c.lens.firmness))
            })
            .map(|s| {
                let heading = l.read().words().section_heading(s);
                let items = index
                    .clauses()
                    .iter()
                    .enumerate()
                    .filter(|(i, c)| c.section == s.id && ctx.shown(*i))
                    .map(|(i, _)| view! { <ResultLink idx=i /> })
                    .collect_view();
                view! {
                    <section class="ce-browse-section" data-testid=format!("browse-{}", s.id)>
                        <h3 class="ce-section-title">{heading}</h3>
                        {s.lead_in.map(|t| view! { <p class="ce-lead" lang="en" dir="ltr">{t}</p> })}
                        <ol class="ce-results ce-browse">{items}</ol>
                    </section>
                }
            })
            .collect_view()
    };
    view! {
        <div role="region" aria-label=label(l, |x| &x.browse) data-testid="browse">
            {sections}
        </div>
    }
    .into_any()
}
