//! The widget's state in the page URL, and sharing it.
//!
//! - `#charter-III.4`: an open clause (a deep link).
//! - `#charter?q=nuclear+energy&section=I&wording=aims`: a search, its section
//!   filter and its wording filter.
//!
//! Typing replaces the current history entry (debounced, by the caller);
//! opening a clause adds one, so Back returns to the search and Forward
//! reopens the clause.

use charter_core::lens::Firmness;
use wasm_bindgen::{JsCast, JsValue};

/// A search as a link carries it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SearchState {
    /// The query, as typed.
    pub query: String,
    /// Selected section ids (the charter's own), empty for all.
    pub sections: Vec<String>,
    /// The wording filter.
    pub wording: Option<Firmness>,
}

impl SearchState {
    /// True when nothing is searched or filtered (plain browsing).
    pub fn is_empty(&self) -> bool {
        self.query.trim().is_empty() && self.sections.is_empty() && self.wording.is_none()
    }
}

/// The page's current fragment, with its `#`.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The page URL without its fragment.
/// The page links point at: this page, or in frame mode the host article
/// (`data-charter-link-base` on the frame page's root element, set by
/// js/frame.js when the host says its URL; http(s) only).
fn base_url() -> String {
    let Some(w) = web_sys::window() else {
        return String::new();
    };
    let host = w
        .document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("data-charter-link-base"))
        .filter(|u| {
            (u.starts_with("https://") || u.starts_with("http://"))
                && !u.contains(char::is_whitespace)
        });
    let href = host.unwrap_or_else(|| w.location().href().unwrap_or_default());
    href.split('#').next().unwrap_or_default().to_string()
}

/// The search a `#charter?…` fragment names. Unknown sections and wordings
/// are left out (a link is the reader's input: it never fails).
pub fn search_from_hash(hash: &str) -> Option<SearchState> {
    let params = hash.strip_prefix("#charter?")?;
    let p = web_sys::UrlSearchParams::new_with_str(params).ok()?;
    let index = crate::index().ok()?;
    let sections = p
        .get("section")
        .unwrap_or_default()
        .split([' ', ','])
        .filter_map(|w| {
            index
                .sections()
                .iter()
                .find(|s| s.id.eq_ignore_ascii_case(w.trim()))
                .map(|s| s.id.to_string())
        })
        .fold(Vec::new(), |mut v, s| {
            if !v.contains(&s) {
                v.push(s);
            }
            v
        });
    Some(SearchState {
        query: p.get("q").unwrap_or_default(),
        sections,
        wording: p.get("wording").and_then(|w| Firmness::parse(&w)),
    })
}

/// The fragment for a search (without `#`), or None for plain browsing.
pub fn search_hash(s: &SearchState) -> Option<String> {
    if s.is_empty() {
        return None;
    }
    let p = web_sys::UrlSearchParams::new().ok()?;
    if !s.query.trim().is_empty() {
        p.append("q", s.query.trim());
    }
    if !s.sections.is_empty() {
        p.append("section", &s.sections.join(" "));
    }
    if let Some(w) = s.wording {
        p.append("wording", w.name());
    }
    Some(["charter?", &String::from(p.to_string())].concat())
}

/// The full link to a search.
pub fn search_link(s: &SearchState) -> String {
    match search_hash(s) {
        Some(h) => format!("{}#{h}", base_url()),
        None => base_url(),
    }
}

/// The full link to a clause.
pub fn clause_link(id: &str) -> String {
    format!("{}#charter-{id}", base_url())
}

/// The link to clause `clause` if given, else to the current search (what a
/// share carries, what a printout names).
pub fn link_to(ctx: &super::state::Ctx, clause: Option<usize>) -> String {
    match clause.and_then(|i| crate::index().ok()?.clauses().get(i).map(|c| c.id)) {
        Some(id) => clause_link(id),
        None => search_link(&ctx.search_state()),
    }
}

/// Sets the fragment (`None` removes it): a new history entry with `push`,
/// else in place. The page's own path and query are kept.
pub fn set_hash(hash: Option<&str>, push: bool) {
    let Some(w) = web_sys::window() else { return };
    let loc = w.location();
    let path = format!(
        "{}{}",
        loc.pathname().unwrap_or_default(),
        loc.search().unwrap_or_default()
    );
    let url = match hash {
        Some(h) => format!("{path}#{h}"),
        None => path,
    };
    if let Ok(h) = w.history() {
        let _ = if push {
            h.push_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            h.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
}

/// How a share ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shared {
    /// Handed to the system's share sheet.
    Shared,
    /// The link was copied (no Web Share API).
    Copied,
    /// The reader closed the share sheet.
    Cancelled,
    /// Neither worked.
    Failed,
}

impl Shared {
    /// The name sent in the `charter-explorer:share` event.
    pub fn name(self) -> &'static str {
        match self {
            Shared::Shared => "share",
            Shared::Copied => "copy",
            Shared::Cancelled => "cancelled",
            Shared::Failed => "failed",
        }
    }
}

/// Shares `url` with `text` through the Web Share API where the browser has
/// it (phones), else copies the link. Never throws into the page.
pub async fn share(title: &str, text: &str, url: &str) -> Shared {
    match share_sheet(title, text, url).await {
        Some(Ok(())) => return Shared::Shared,
        Some(Err(name)) if name == "AbortError" => return Shared::Cancelled,
        // No share sheet, or it failed: the link is copied.
        _ => {}
    }
    if super::clause_view::copy_text(url).await {
        Shared::Copied
    } else {
        Shared::Failed
    }
}

/// The system's share sheet (`navigator.share`): None when the browser has
/// none, else how it ended (the error's name when it did not share).
async fn share_sheet(title: &str, text: &str, url: &str) -> Option<Result<(), String>> {
    let nav = web_sys::window()?.navigator();
    let share = js_sys::Reflect::get(&nav, &JsValue::from_str("share"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let data = js_sys::Object::new();
    for (k, v) in [("title", title), ("text", text), ("url", url)] {
        let _ = js_sys::Reflect::set(&data, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    let p = share
        .call1(&nav, &data)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    Some(
        wasm_bindgen_futures::JsFuture::from(p)
            .await
            .map(|_| ())
            .map_err(|e| {
                js_sys::Reflect::get(&e, &JsValue::from_str("name"))
                    .ok()
                    .and_then(|n| n.as_string())
                    .unwrap_or_default()
            }),
    )
}
