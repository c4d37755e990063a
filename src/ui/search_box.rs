//! The search field: labelled, `type=search`, results as you type, a clear
//! button, Escape clears, ArrowDown moves into the results.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::labels::label;
use super::results::focus_first_result;
use super::state::Ctx;

/// The search input.
#[component]
pub fn SearchBox() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let input_ref = ctx.input;
    let l = ctx.labels;
    let on_keydown = move |ev: KeyboardEvent| match ev.key().as_str() {
        "Escape" if !ctx.query.read_untracked().is_empty() => {
            ev.prevent_default();
            ev.stop_propagation();
            ctx.set_query(String::new());
        }
        "ArrowDown" => {
            if let Some(input) = input_ref.get_untracked() {
                if focus_first_result(&input) {
                    ev.prevent_default();
                }
            }
        }
        _ => {}
    };
    let clear = move |_| {
        ctx.set_query(String::new());
        if let Some(i) = input_ref.get_untracked() {
            let _ = i.focus();
        }
    };
    view! {
        <div class="ce-search" role="search">
            <label class="ce-field">
                <span class="ce-sr">{label(l, |x| &x.search)}</span>
                <svg aria-hidden="true" class="ce-icon ce-search-icon" viewBox="0 0 16 16" width="16" height="16">
                    <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" stroke-width="1.6"></circle>
                    <path d="M11 11l3.5 3.5" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"></path>
                </svg>
                <input
                    node_ref=input_ref
                    class="ce-input"
                    data-testid="search"
                    type="search"
                    autocomplete="off"
                    autocapitalize="off"
                    spellcheck="false"
                    enterkeyhint="search"
                    maxlength="1000"
                    placeholder=label(l, |x| &x.placeholder)
                    prop:value=ctx.query.get_untracked()
                    on:input=move |ev| ctx.query.set(event_target_value(&ev))
                    on:keydown=on_keydown
                />
            </label>
            <button
                type="button"
                class="ce-clear"
                data-testid="clear"
                aria-label=label(l, |x| &x.clear)
                title=label(l, |x| &x.clear)
                hidden=move || ctx.query.read().is_empty()
                on:click=clear
            >
                <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" class="ce-icon">
                    <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"></path>
                </svg>
            </button>
        </div>
    }
}
