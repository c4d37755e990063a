//! The wording lens bar: one computed sentence on whether the charter uses
//! binding language, and a button per kind of wording ("aims to 21") that
//! filters the clauses to that kind. While a query is on, the counts are the
//! query's matches of each kind.

use charter_core::lens::{counts, Firmness};
use leptos::prelude::*;

use super::labels::label;
use super::state::Ctx;

/// The summary sentence and the wording filter.
#[component]
pub fn WordingBar() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let l = ctx.labels;
    crate::index().ok().map(|index| {
        let n = counts(index.clauses().iter().map(|c| &c.lens));
        let summary = move || l.read().words().binding_summary(index.clauses());
        let kinds = Firmness::ALL
            .into_iter()
            .filter(|f| n[*f as usize] > 0)
            .map(|f| {
                let pressed = move || (ctx.wording.get() == Some(f)).to_string();
                let toggle = move |_| {
                    ctx.wording
                        .update(|w| *w = if *w == Some(f) { None } else { Some(f) })
                };
                view! {
                    <button
                        type="button"
                        class="ce-chip ce-kind"
                        data-wording=f.name()
                        data-testid=format!("wording-{}", f.name())
                        aria-pressed=pressed
                        on:click=toggle
                    >
                        <span class="ce-chip-name">{move || l.read().firmness(f).to_string()}</span>
                        " "
                        <span class="ce-chip-n">{move || {
                            let o = ctx.outcome.read();
                            if o.query.is_empty() { n[f as usize] } else { o.wording_counts[f as usize] }
                        }}</span>
                    </button>
                }
            })
            .collect_view();
        view! {
            <div class="ce-lens" data-testid="lens" hidden=move || ctx.open.get().is_some()>
                <p class="ce-lens-summary" data-testid="binding-summary">{summary}</p>
                <div class="ce-chips ce-kinds" role="group" aria-label=label(l, |x| &x.wording) on:focusin=super::chips::reveal>
                    {kinds}
                </div>
            </div>
        }
    })
}
