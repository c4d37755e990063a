//! Section filter chips with live counts.
//!
//! A tap selects one section (or returns to All when it is the only one
//! selected): readers mostly want "only Section III", and one tap is the
//! quickest way there on a phone. Ctrl/⌘/Shift-click adds or removes a section
//! for readers who want several; the `section` attribute and `setSection()`
//! accept several too.

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use super::labels::label;
use super::state::Ctx;

/// The chip row.
#[component]
pub fn SectionChips() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let l = ctx.labels;
    let sections: Vec<&'static charter_core::Section<'static>> = crate::index()
        .map(|i| i.sections().iter().collect())
        .unwrap_or_default();
    // Counts: matches for the query, or clauses per section when browsing.
    let counts = Memo::new(move |_| {
        let o = ctx.outcome.get();
        if o.query.is_empty() {
            crate::index()
                .map(|i| {
                    i.sections()
                        .iter()
                        .map(|s| i.clauses().iter().filter(|c| c.section == s.id).count())
                        .collect()
                })
                .unwrap_or_default()
        } else {
            o.counts
        }
    });
    let total = move || counts.read().iter().sum::<usize>();
    let chips = sections
        .into_iter()
        .enumerate()
        .map(|(i, section)| {
            let id = section.id.to_string();
            let id_sel = id.clone();
            let selected = move || ctx.sections.read().iter().any(|s| s == &id_sel);
            let count = move || counts.read().get(i).copied().unwrap_or(0);
            let id_click = id.clone();
            let on_click = move |ev: MouseEvent| {
                let add = ev.ctrl_key() || ev.meta_key() || ev.shift_key();
                ctx.sections.update(|s| {
                    let has = s.contains(&id_click);
                    if add {
                        if has {
                            s.retain(|x| x != &id_click);
                        } else {
                            s.push(id_click.clone());
                        }
                    } else if has && s.len() == 1 {
                        s.clear();
                    } else {
                        *s = vec![id_click.clone()];
                    }
                });
            };
            let name = move || l.read().words().section_chip(section);
            let title = move || l.read().words().section_heading(section);
            view! {
                <button
                    type="button"
                    class="ce-chip"
                    data-testid=format!("chip-{id}")
                    aria-pressed=move || selected().to_string()
                    class:ce-empty-chip=move || count() == 0
                    title=title
                    on:click=on_click
                >
                    <span class="ce-chip-name">{name}</span>
                    " "
                    <span class="ce-chip-n">{count}</span>
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="ce-chips" role="group" aria-label=label(l, |x| &x.filter) on:focusin=reveal>
            <button
                type="button"
                class="ce-chip"
                data-testid="chip-all"
                aria-pressed=move || ctx.sections.read().is_empty().to_string()
                on:click=move |_| ctx.sections.set(vec![])
            >
                <span class="ce-chip-name">{label(l, |x| &x.all)}</span>
                " "
                <span class="ce-chip-n">{total}</span>
            </button>
            {chips}
        </div>
    }
}

/// A chip row scrolls sideways in a narrow widget: the chip that gets focus
/// is brought wholly into view (focus alone leaves a chip half-shown when
/// part of it already shows).
pub fn reveal(ev: leptos::ev::FocusEvent) {
    use wasm_bindgen::JsCast;
    if let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
        opts.set_inline(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
}
