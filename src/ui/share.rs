//! The share button: the current search or the open clause as a link, through
//! the system's share sheet where the browser has one (phones), else copied.
//! It sends `charter-explorer:share` from the host element and says what
//! happened in a polite status.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

use super::app::dispatch;
use super::labels::label;
use super::link::{link_to, share, Shared};
use super::state::{citation, fill, Ctx};

/// What a share carries: the link and the text beside it.
fn what(ctx: Ctx, clause: Option<usize>) -> (String, String) {
    let url = untrack(|| link_to(&ctx, clause));
    let labels = ctx.labels.read_untracked();
    let text = match clause {
        Some(i) => citation(&labels, i),
        None => {
            let s = ctx.search_state_untracked();
            let words = if s.query.trim().is_empty() {
                s.sections.join(", ")
            } else {
                s.query.trim().to_string()
            };
            fill(
                &labels.share_search,
                &[("q", &words), ("title", &labels.title)],
            )
        }
    };
    (url, text)
}

/// A share button for the open clause (`clause`) or the current search.
#[component]
pub fn ShareButton(
    /// The clause to share; the current search when absent.
    #[prop(optional)]
    clause: Option<usize>,
    /// Hidden while true (the search's button, while there is no search).
    #[prop(optional, into)]
    hidden: Signal<bool>,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let l = ctx.labels;
    let said = RwSignal::new(String::new());
    let button: NodeRef<leptos::html::Button> = NodeRef::new();
    let on_click = move |_| {
        let (url, text) = what(ctx, clause);
        let title = l.read_untracked().title.clone();
        let host = button
            .get_untracked()
            .and_then(|b| b.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok())
            .map(|r| r.host())
            .and_then(|h| h.dyn_into::<HtmlElement>().ok());
        spawn_local(async move {
            let how = share(&title, &text, &url).await;
            let labels = l.read_untracked();
            said.try_set(match how {
                Shared::Shared => labels.shared.clone(),
                Shared::Copied => labels.link_copied.clone(),
                Shared::Failed => labels.copy_failed.clone(),
                Shared::Cancelled => String::new(),
            });
            if let (Some(h), false) = (host, how == Shared::Cancelled) {
                dispatch(
                    &h,
                    "charter-explorer:share",
                    &[
                        ("url", JsValue::from_str(&url)),
                        ("text", JsValue::from_str(&text)),
                        ("via", JsValue::from_str(how.name())),
                    ],
                );
            }
        });
    };
    view! {
        <span class="ce-share" hidden=move || hidden.get()>
            <button type="button" class="ce-btn ce-share-btn" data-testid="share" node_ref=button on:click=on_click>
                <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" class="ce-icon">
                    <path d="M8 10V2M5 5l3-3 3 3M3 9v4.5h10V9" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                </svg>
                {label(l, |x| &x.share)}
            </button>
            <span class="ce-copied" role="status" data-testid="share-status">{move || said.get()}</span>
        </span>
    }
}
