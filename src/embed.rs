//! Mounting the widget into an element (normally a `<div>` inside the custom
//! element's shadow root) and the handle that drives and unmounts it.

use std::any::Any;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::ui::state::{run_query, Ctx, Outcome, Theme};
use crate::ui::{Explorer, Labels};

/// Options accepted by [`mount_explorer`] (all optional), read from a plain
/// JS object. Read by hand rather than through serde to keep the WebAssembly
/// small.
#[derive(Debug, Default)]
pub struct MountOptions {
    /// Initial query.
    pub query: String,
    /// Initial section filter.
    pub sections: Vec<String>,
    /// Clause id to open.
    pub clause: Option<String>,
    /// `light`, `dark` or `auto`.
    pub theme: Option<String>,
    /// Sync `#charter-…` in the page URL (default on).
    pub hash: Option<bool>,
    /// UI strings to replace.
    pub labels: Option<BTreeMap<String, String>>,
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn strings(v: &JsValue) -> Vec<String> {
    if let Some(s) = v.as_string() {
        return vec![s];
    }
    if js_sys::Array::is_array(v) {
        return js_sys::Array::from(v)
            .iter()
            .filter_map(|x| x.as_string())
            .collect();
    }
    vec![]
}

fn string_map(v: &JsValue) -> Option<BTreeMap<String, String>> {
    if !v.is_object() {
        return None;
    }
    let obj: &js_sys::Object = v.unchecked_ref();
    let mut out = BTreeMap::new();
    for entry in js_sys::Object::entries(obj).iter() {
        let pair = js_sys::Array::from(&entry);
        if let (Some(k), Some(val)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
            out.insert(k, val);
        }
    }
    Some(out)
}

impl MountOptions {
    /// Reads options from a JS object; anything of the wrong type is ignored.
    pub fn from_js(v: &JsValue) -> MountOptions {
        if !v.is_object() {
            return MountOptions::default();
        }
        MountOptions {
            query: get(v, "query").as_string().unwrap_or_default(),
            sections: strings(&get(v, "sections")),
            clause: get(v, "clause").as_string(),
            theme: get(v, "theme").as_string(),
            hash: get(v, "hash").as_bool(),
            labels: string_map(&get(v, "labels")),
        }
    }
}

/// Checks section ids against the charter; unknown ones are an error that
/// names them.
fn check_sections(sections: &[String]) -> Result<Vec<String>, String> {
    let index = crate::index().map_err(|e| e.to_string())?;
    sections
        .iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| {
            index
                .section(s)
                .map(|x| x.id.to_string())
                .ok_or_else(|| format!("unknown section \"{s}\": use P, I, II, III or IV"))
        })
        .collect()
}

fn check_clause(id: &str) -> Result<usize, String> {
    let index = crate::index().map_err(|e| e.to_string())?;
    index
        .clause_index(id)
        .ok_or_else(|| format!("unknown clause \"{id}\": ids look like P.1, I.a, II.4, IV.c"))
}

/// Labels with a site's overrides, and the warning for keys that name no label.
fn merge_labels(over: &BTreeMap<String, String>) -> (Labels, Option<String>) {
    let (labels, unknown) = Labels::merge(over);
    let warning = (!unknown.is_empty())
        .then(|| format!("unknown label(s) {}: they were ignored", unknown.join(", ")));
    (labels, warning)
}

/// A mounted explorer. Dropping it (or calling `unmount`) removes the widget
/// and frees its reactive state.
#[wasm_bindgen]
pub struct ExplorerHandle {
    ctx: Option<Ctx>,
    mount: Option<Box<dyn Any>>,
    warnings: Vec<String>,
}

fn err(msg: String) -> JsError {
    JsError::new(&msg)
}

/// Mounts the explorer into `container`; `host` receives the events. Options
/// that are wrong are reported through `warnings()` and replaced by defaults,
/// so a typo in an attribute never breaks the widget.
#[wasm_bindgen(js_name = mountExplorer)]
pub fn mount_explorer(
    host: HtmlElement,
    container: HtmlElement,
    options: JsValue,
) -> Result<ExplorerHandle, JsError> {
    crate::index().map_err(|e| err(e.to_string()))?;
    let mut warnings = Vec::new();
    let opts = MountOptions::from_js(&options);
    let sections = check_sections(&opts.sections).unwrap_or_else(|e| {
        warnings.push(e);
        vec![]
    });
    let open = match opts.clause.as_deref().filter(|c| !c.trim().is_empty()) {
        Some(c) => check_clause(c).map(Some).unwrap_or_else(|e| {
            warnings.push(e);
            None
        }),
        None => None,
    };
    let theme = match opts.theme.as_deref() {
        Some(t) => Theme::parse(t).unwrap_or_else(|| {
            warnings.push(format!("unknown theme \"{t}\": use light, dark or auto"));
            Theme::Light
        }),
        None => Theme::Light,
    };
    let labels = match &opts.labels {
        Some(over) => {
            let (labels, warning) = merge_labels(over);
            warnings.extend(warning);
            labels
        }
        None => Labels::default(),
    };
    let slot: Rc<RefCell<Option<Ctx>>> = Rc::new(RefCell::new(None));
    let slot_in = slot.clone();
    let hash = opts.hash.unwrap_or(true);
    let query = opts.query;
    let handle = leptos::mount::mount_to(container, move || {
        let query = RwSignal::new(query);
        let sections = RwSignal::new(sections);
        let outcome = Memo::new(move |_| run_query(&query.read(), &sections.read()));
        let ctx = Ctx {
            query,
            sections,
            open: RwSignal::new(open),
            about: RwSignal::new(false),
            labels: RwSignal::new(labels),
            theme: RwSignal::new(theme),
            hash: RwSignal::new(hash),
            outcome,
            last_opened: RwSignal::new(open),
            input: NodeRef::new(),
        };
        *slot_in.borrow_mut() = Some(ctx);
        view! { <Explorer ctx=ctx host=host /> }
    });
    let ctx = slot.borrow_mut().take();
    Ok(ExplorerHandle {
        ctx,
        mount: Some(Box::new(handle)),
        warnings,
    })
}

#[wasm_bindgen]
impl ExplorerHandle {
    fn ctx(&self) -> Result<Ctx, JsError> {
        self.ctx
            .filter(|_| self.mount.is_some())
            .ok_or_else(|| err("the explorer was unmounted".into()))
    }

    /// Warnings about options that were replaced by defaults.
    pub fn warnings(&self) -> Vec<String> {
        self.warnings.clone()
    }

    /// Sets the search text.
    #[wasm_bindgen(js_name = setQuery)]
    pub fn set_query(&self, query: &str) -> Result<(), JsError> {
        let ctx = self.ctx()?;
        ctx.open.try_set(None);
        ctx.set_query(query.to_string());
        Ok(())
    }

    /// Sets the section filter (empty = all). Unknown ids are an error and
    /// change nothing.
    #[wasm_bindgen(js_name = setSections)]
    pub fn set_sections(&self, sections: Vec<String>) -> Result<(), JsError> {
        let ctx = self.ctx()?;
        let s = check_sections(&sections).map_err(err)?;
        ctx.sections.try_set(s);
        Ok(())
    }

    /// Opens a clause by id, or closes the open one with `undefined`.
    #[wasm_bindgen(js_name = openClause)]
    pub fn open_clause(&self, id: Option<String>) -> Result<(), JsError> {
        let ctx = self.ctx()?;
        match id.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => {
                ctx.open.try_set(None);
            }
            Some(id) => {
                let i = check_clause(id).map_err(err)?;
                ctx.last_opened.try_set(Some(i));
                ctx.open.try_set(Some(i));
            }
        }
        Ok(())
    }

    /// Sets the theme: `light`, `dark` or `auto`.
    #[wasm_bindgen(js_name = setTheme)]
    pub fn set_theme(&self, theme: &str) -> Result<(), JsError> {
        let ctx = self.ctx()?;
        let t = Theme::parse(theme).ok_or_else(|| {
            err(format!(
                "unknown theme \"{theme}\": use light, dark or auto"
            ))
        })?;
        ctx.theme.try_set(t);
        Ok(())
    }

    /// Turns syncing with `#charter-…` deep links on or off.
    #[wasm_bindgen(js_name = setHash)]
    pub fn set_hash(&self, on: bool) -> Result<(), JsError> {
        self.ctx()?.hash.try_set(on);
        Ok(())
    }

    /// Replaces UI strings (an object of label → text). Unknown keys are an
    /// error after the known ones are applied.
    #[wasm_bindgen(js_name = setLabels)]
    pub fn set_labels(&self, labels: JsValue) -> Result<(), JsError> {
        let ctx = self.ctx()?;
        let over = if labels.is_undefined() || labels.is_null() {
            BTreeMap::new()
        } else {
            string_map(&labels).ok_or_else(|| err("labels must be an object of strings".into()))?
        };
        let (labels, warning) = merge_labels(&over);
        ctx.labels.try_set(labels);
        warning.map_or(Ok(()), |w| Err(err(w)))
    }

    /// The current query and section filter, and the number of results.
    pub fn state(&self) -> Result<JsValue, JsError> {
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
        let arr = js_sys::Array::new();
        for s in ctx.sections.try_get_untracked().unwrap_or_default() {
            arr.push(&JsValue::from_str(&s));
        }
        set("sections", arr.into());
        set("count", JsValue::from_f64(o.rows.len() as f64));
        let open = ctx
            .open
            .try_get_untracked()
            .flatten()
            .and_then(|i| crate::index().ok().map(|x| x.clauses()[i].id));
        set(
            "clause",
            open.map(JsValue::from_str).unwrap_or(JsValue::NULL),
        );
        Ok(obj.into())
    }

    /// Removes the widget and frees its state. Calling it twice is harmless.
    pub fn unmount(&mut self) {
        self.mount.take();
        self.ctx.take();
    }
}
