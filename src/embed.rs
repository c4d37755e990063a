//! Mounting the widget into an element (normally a `<div>` inside the custom
//! element's shadow root) and the handle that drives and unmounts it. A thin
//! adapter: values are checked in [`crate::check`], the reactive root is
//! [`Ctx::new`], the views are in [`crate::ui`].

use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use crate::check::{self, field, or_warn, Problem};
use crate::ui::state::{Outcome, Start};
use crate::ui::{Ctx, Explorer, Theme};

/// A mounted explorer. Dropping it (or calling `unmount`) removes the widget
/// and frees its reactive state.
#[wasm_bindgen]
pub struct ExplorerHandle {
    ctx: Option<Ctx>,
    mount: Option<Box<dyn Any>>,
    warnings: Vec<String>,
}

/// Reads and checks the options of `mount()` (or the embed's attributes,
/// passed as written): a value that fails its check is replaced by the
/// default and reported in `warnings`, so a typo never breaks the widget.
fn start(options: &JsValue, warnings: &mut Vec<String>) -> Result<Start, Problem> {
    check::options(options)?;
    let get = |k: &str| field(options, k);
    let (labels, problems) = or_warn(check::labels(&get("labels")), Default::default(), warnings);
    warnings.extend(problems.into_iter().map(|p| p.message));
    let (notes, problems) = check::notes(&get("notes"));
    warnings.extend(problems.into_iter().map(|p| p.message));
    Ok(Start {
        query: or_warn(
            check::query_or_empty(&get("query")),
            String::new(),
            warnings,
        ),
        sections: or_warn(check::sections(&get("section")), vec![], warnings),
        wording: or_warn(check::wording(&get("wording")), None, warnings),
        notes,
        open: or_warn(check::clause(&get("clause")), None, warnings),
        theme: or_warn(check::theme(&get("theme")), Theme::Light, warnings),
        hash: or_warn(check::hash(&get("hash")), true, warnings),
        labels,
    })
}

/// Mounts the explorer into `container`; `host` receives the events. Options
/// (all optional): `query`, `section`, `wording`, `clause`, `theme`, `hash`,
/// `labels`, `notes`.
#[wasm_bindgen(js_name = mountExplorer)]
pub fn mount_explorer(
    host: HtmlElement,
    container: HtmlElement,
    options: JsValue,
) -> Result<ExplorerHandle, JsValue> {
    check::index()?;
    let mut warnings = Vec::new();
    let start = start(&options, &mut warnings)?;
    let made: Rc<Cell<Option<Ctx>>> = Rc::new(Cell::new(None));
    let made_in = made.clone();
    let handle = leptos::mount::mount_to(container, move || {
        let ctx = Ctx::new(start);
        made_in.set(Some(ctx));
        view! { <Explorer ctx=ctx host=host /> }
    });
    Ok(ExplorerHandle {
        ctx: made.take(),
        mount: Some(Box::new(handle)),
        warnings,
    })
}

#[wasm_bindgen]
impl ExplorerHandle {
    fn ctx(&self) -> Result<Ctx, JsValue> {
        self.ctx
            .filter(|_| self.mount.is_some())
            .ok_or_else(|| js_sys::Error::new("the explorer was unmounted").into())
    }

    /// Warnings about options that were replaced by defaults.
    pub fn warnings(&self) -> Vec<String> {
        self.warnings.clone()
    }

    /// Sets the search text.
    #[wasm_bindgen(js_name = setQuery)]
    pub fn set_query(&self, query: JsValue) -> Result<(), JsValue> {
        let ctx = self.ctx()?;
        let q = check::query(&query)?;
        ctx.open.try_set(None);
        ctx.set_query(q);
        Ok(())
    }

    /// Sets the section filter: an id, several, or none for all. Unknown ids
    /// are an error and change nothing.
    #[wasm_bindgen(js_name = setSection)]
    pub fn set_section(&self, section: JsValue) -> Result<(), JsValue> {
        let ctx = self.ctx()?;
        ctx.sections.try_set(check::sections(&section)?);
        Ok(())
    }

    /// Sets the wording filter (`aims`, `binds`, …), or drops it with
    /// `undefined` or `""`. An unknown kind is an error and changes nothing.
    #[wasm_bindgen(js_name = setWording)]
    pub fn set_wording(&self, wording: JsValue) -> Result<(), JsValue> {
        let ctx = self.ctx()?;
        ctx.wording.try_set(check::wording(&wording)?);
        Ok(())
    }

    /// Replaces the editors' notes (an object, or its JSON text; `undefined`
    /// removes them). Faulty notes are left out and the rest shown; the
    /// returned warnings say what was left out.
    #[wasm_bindgen(js_name = setNotes)]
    pub fn set_notes(&self, notes: JsValue) -> Result<Vec<String>, JsValue> {
        let ctx = self.ctx()?;
        let (set, problems) = check::notes(&notes);
        ctx.notes.try_set(set);
        Ok(problems.into_iter().map(|p| p.message).collect())
    }

    /// Opens a clause by id, or closes the open one with `undefined`.
    #[wasm_bindgen(js_name = openClause)]
    pub fn open_clause(&self, id: JsValue) -> Result<(), JsValue> {
        let ctx = self.ctx()?;
        match check::clause(&id)? {
            None => {
                ctx.open.try_set(None);
            }
            Some(i) => {
                ctx.last_opened.try_set(Some(i));
                ctx.open.try_set(Some(i));
            }
        }
        Ok(())
    }

    /// Sets the theme: `light`, `dark` or `auto`.
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&self, theme: JsValue) -> Result<(), JsValue> {
        let ctx = self.ctx()?;
        ctx.theme.try_set(check::theme(&theme)?);
        Ok(())
    }

    /// Turns syncing with `#charter-…` deep links on or off.
    #[wasm_bindgen(js_name = setHash)]
    pub fn set_hash(&self, on: JsValue) -> Result<(), JsValue> {
        let ctx = self.ctx()?;
        ctx.hash.try_set(check::hash(&on)?);
        Ok(())
    }

    /// Replaces UI strings (an object of label → text). The valid ones are
    /// applied; any other key or value is then an error that names it.
    #[wasm_bindgen(js_name = setLabels)]
    pub fn set_labels(&self, labels: JsValue) -> Result<(), JsValue> {
        let ctx = self.ctx()?;
        let (labels, mut problems) = check::labels(&labels)?;
        ctx.labels.try_set(labels);
        match problems.pop() {
            Some(p) => Err(p.into()),
            None => Ok(()),
        }
    }

    /// The current query and section filter, the number of results and the
    /// open clause.
    pub fn state(&self) -> Result<JsValue, JsValue> {
        let ctx = self.ctx()?;
        let o: Outcome = ctx.outcome.try_get_untracked().unwrap_or_default();
        let obj = js_sys::Object::new();
        let set = |k: &str, v: JsValue| {
            let _ = js_sys::Reflect::set(&obj, &JsValue::from_str(k), &v);
        };
        set(
            "query",
            JsValue::from_str(&ctx.query.try_get_untracked().unwrap_or_default()),
        );
        let sections: js_sys::Array = ctx
            .sections
            .try_get_untracked()
            .unwrap_or_default()
            .iter()
            .map(|s| JsValue::from_str(s))
            .collect();
        set("sections", sections.into());
        let wording = ctx.wording.try_get_untracked().flatten();
        set(
            "wording",
            wording.map_or(JsValue::NULL, |w| JsValue::from_str(w.name())),
        );
        set("count", JsValue::from_f64(o.rows.len() as f64));
        let open = ctx
            .open
            .try_get_untracked()
            .flatten()
            .and_then(|i| crate::index().ok().map(|x| x.clauses()[i].id));
        set("clause", open.map_or(JsValue::NULL, JsValue::from_str));
        Ok(obj.into())
    }

    /// Removes the widget and frees its state. Calling it twice is harmless.
    pub fn unmount(&mut self) {
        self.mount.take();
        self.ctx.take();
    }
}
