//! The header: what the box is, when and where the charter was signed, and the
//! About button.

use leptos::prelude::*;

use super::labels::label;
use super::link::link_to;
use super::state::Ctx;

/// Title, signing line and About toggle.
#[component]
pub fn Header() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let l = ctx.labels;
    let meta = crate::index().ok().map(|i| i.metadata());
    let signed = move || Some(l.read().signed_line(meta?));
    let parties = meta.map(|m| m.parties.join(" · ")).unwrap_or_default();
    // Printed only: what the printout cites, and the link to what it shows
    // (the open clause, or the search; js/embed.js fills the static view's).
    let url = move || link_to(&ctx, ctx.open.get());
    view! {
        <header class="ce-header">
            <div class="ce-heading">
                <p class="ce-kicker">{label(l, |x| &x.kicker)}</p>
                <h2 class="ce-title">{label(l, |x| &x.title)}</h2>
                <p class="ce-signed">
                    <span>{signed}</span>
                    <span class="ce-parties">{parties}</span>
                </p>
            </div>
            <p class="ce-print-head" lang="en">
                {super::state::document_citation()}
                " · "
                <span class="ce-print-url">{url}</span>
            </p>
            <button
                type="button"
                class="ce-about-btn"
                data-testid="about"
                aria-expanded=move || ctx.about.get().to_string()
                on:click=move |_| ctx.about.update(|a| *a = !*a)
            >
                {label(l, |x| &x.about)}
                <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" class="ce-icon">
                    <circle cx="8" cy="8" r="7" fill="none" stroke="currentColor" stroke-width="1.5"></circle>
                    <path d="M8 7v4.5M8 4.5v.5" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"></path>
                </svg>
            </button>
        </header>
    }
}
