//! Mounting the widget into an element (normally a `<div>` inside the custom
//! element's shadow root) and the handle that drives and unmounts it. A thin
//! adapter: values are read in [`crate::options`], the reactive root is
//! [`Ctx::new`], the views are in [`crate::ui`].

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use crate::check::Problem;
use crate::document::{to_js, ExplorerState};
use crate::options::{self, Lenient, MountOptions};
use crate::ui::state::{later, slice, Outcome, Start};
use crate::ui::{Ctx, Explorer, Theme};

/// A mounted explorer. Dropping it (or calling `unmount`) removes the widget
/// and frees its reactive state.
#[wasm_bindgen]
pub struct ExplorerHandle {
    ctx: Option<Ctx>,
    mount: Option<Box<dyn Any>>,
    container: HtmlElement,
    warnings: Vec<String>,
    building: Rc<RefCell<Building>>,
}

/// The building of the view's later slices, shared by the handle and the
/// tasks that build them (see [`slice`]).
#[derive(Default)]
struct Building {
    /// Every slice is built.
    done: bool,
    /// The widget was unmounted: build nothing more.
    stopped: bool,
    /// Called once the view is complete (`js/api.js` shows it then).
    waiting: Vec<js_sys::Function>,
}

/// Reads the options of `mount()` (or the embed's attributes, passed as
/// written): a field that fails its check is replaced by its default and
/// reported in `warnings`, so a typo never breaks the widget. Only options
/// that are not an object at all are an error.
fn start(options: &JsValue, warnings: &mut Vec<String>) -> Result<Start, Problem> {
    let o = MountOptions::read(options)?;
    warnings.extend(options::unknown_fields(options, &MountOptions::FIELDS));
    let (labels, problems) = o.labels.or_warn(Default::default(), warnings).apply();
    warnings.extend(problems.into_iter().map(|p| p.message));
    let (notes, problems) = o.notes.or_warn(Default::default(), warnings).0.apply();
    warnings.extend(problems.into_iter().map(|p| p.message));
    Ok(Start {
        query: o.query.or_warn(options::Query(String::new()), warnings).0,
        sections: o.section.or_warn(options::Sections(vec![]), warnings).0,
        wording: o.wording.or_warn(options::Wording(None), warnings).0,
        notes,
        open: o.clause.or_warn(options::ClauseRef(None), warnings).0,
        theme: o
            .theme
            .or_warn(options::ThemeName(Theme::Light), warnings)
            .0,
        hash: o.hash.or_warn(options::Hash(true), warnings).0,
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
    crate::check::index()?;
    let mut warnings = Vec::new();
    let start = start(&options, &mut warnings)?;
    let made: Rc<Cell<Option<Ctx>>> = Rc::new(Cell::new(None));
    let made_in = made.clone();
    // Only the state is made now (the handle works at once); the view is
    // built in the next tasks, a slice each (`build_next`).
    let handle = leptos::mount::mount_to(container.clone(), move || {
        let ctx = Ctx::new(start);
        ctx.build_in_slices();
        made_in.set(Some(ctx));
        later(
            ctx,
            slice::FRAME,
            move || view! { <Explorer ctx=ctx host=host /> },
        )
    });
    let building = Rc::new(RefCell::new(Building::default()));
    let ctx = made.take();
    if let Some(ctx) = ctx {
        build_next(ctx, container.clone(), building.clone(), 1);
    }
    Ok(ExplorerHandle {
        ctx,
        mount: Some(Box::new(handle)),
        container,
        warnings,
        building,
    })
}

/// Builds the view's next slice that has something to build in a task of
/// its own, then the next, until the view is complete; then calls what
/// waits for it.
fn build_next(ctx: Ctx, container: HtmlElement, building: Rc<RefCell<Building>>, k: usize) {
    next_task(move || {
        if building.borrow().stopped {
            return;
        }
        let mut k = k;
        while k < slice::COUNT && !has_work(ctx, k) {
            k += 1;
        }
        if k < slice::COUNT {
            ctx.build_slice(k);
            build_next(ctx, container, building, k + 1);
            return;
        }
        ctx.build_slice(slice::ALL - 1);
        // The root says it is busy until now (a plain attribute: no effect).
        if let Ok(Some(root)) = container.query_selector(".ce-root") {
            let _ = root.remove_attribute("aria-busy");
        }
        let waiting = {
            let mut b = building.borrow_mut();
            b.done = true;
            std::mem::take(&mut b.waiting)
        };
        for f in waiting {
            if let Err(e) = f.call0(&JsValue::NULL) {
                web_sys::console::error_1(&e);
            }
        }
    });
}

/// Whether slice `k` adds anything to the view as it is now: the browse
/// list's only while it is shown.
fn has_work(ctx: Ctx, k: usize) -> bool {
    k != slice::BROWSE
        || (ctx.open.get_untracked().is_none() && ctx.query.read_untracked().trim().is_empty())
}

/// Runs `f` in a new task: `scheduler.postTask` where there is one (the
/// page paints and takes input between tasks), else `setTimeout`.
fn next_task(f: impl FnOnce() + 'static) {
    let f = Closure::once_into_js(f);
    let global = js_sys::global();
    let get = |o: &JsValue, name: &str| js_sys::Reflect::get(o, &JsValue::from_str(name)).ok();
    if let Some(s) = get(&global, "scheduler").filter(|s| s.is_object()) {
        if let Some(post) = get(&s, "postTask").and_then(|p| p.dyn_into::<js_sys::Function>().ok())
        {
            if post.call1(&s, &f).is_ok() {
                return;
            }
        }
    }
    if let Some(set) =
        get(&global, "setTimeout").and_then(|p| p.dyn_into::<js_sys::Function>().ok())
    {
        let _ = set.call2(&global, &f, &JsValue::from_f64(0.0));
    }
}

impl ExplorerHandle {
    /// True once every slice of the view is built (for tests; JavaScript
    /// waits with `whenBuilt`).
    pub fn built(&self) -> bool {
        self.building.borrow().done
    }
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

    /// Calls `f` once every slice of the view is built (now, if it is). The
    /// view is usable before: calls on the handle work at any time.
    #[wasm_bindgen(js_name = whenBuilt)]
    pub fn when_built(&self, f: js_sys::Function) -> Result<(), JsValue> {
        let mut b = self.building.borrow_mut();
        if b.stopped {
            return Ok(());
        }
        if !b.done {
            b.waiting.push(f);
            return Ok(());
        }
        drop(b);
        f.call0(&JsValue::NULL).map(|_| ())
    }

    /// Sets the search text.
    #[wasm_bindgen(js_name = setQuery)]
    pub fn set_query(&self, query: JsValue) -> Result<(), JsValue> {
        let ctx = self.ctx()?;
        let q = options::query(&query)?;
        ctx.open.try_set(None);
        ctx.set_query(q);
        Ok(())
    }

    /// Sets the section filter: an id, several, or none for all. Unknown ids
    /// are an error and change nothing.
    #[wasm_bindgen(js_name = setSection)]
    pub fn set_section(&self, section: JsValue) -> Result<(), JsValue> {
        let ctx = self.ctx()?;
        let s = Lenient::<options::Sections>::read(&section).strict()?;
        ctx.sections.try_set(s.map(|s| s.0).unwrap_or_default());
        Ok(())
    }

    /// Sets the wording filter (`aims`, `binds`, …), or drops it with
    /// `undefined` or `""`. An unknown kind is an error and changes nothing.
    #[wasm_bindgen(js_name = setWording)]
    pub fn set_wording(&self, wording: JsValue) -> Result<(), JsValue> {
        let ctx = self.ctx()?;
        let w = Lenient::<options::Wording>::read(&wording).strict()?;
        ctx.wording.try_set(w.and_then(|w| w.0));
        Ok(())
    }

    /// Replaces the editors' notes (an object, or its JSON text; `undefined`
    /// removes them). Faulty notes are left out and the rest shown; the
    /// returned warnings say what was left out.
    #[wasm_bindgen(js_name = setNotes)]
    pub fn set_notes(&self, notes: JsValue) -> Result<Vec<String>, JsValue> {
        let ctx = self.ctx()?;
        let (set, problems) = options::notes(&notes)?;
        ctx.notes.try_set(set);
        Ok(problems.into_iter().map(|p| p.message).collect())
    }

    /// Opens a clause by id, or closes the open one with `undefined`.
    #[wasm_bindgen(js_name = openClause)]
    pub fn open_clause(&self, id: JsValue) -> Result<(), JsValue> {
        let ctx = self.ctx()?;
        let open = Lenient::<options::ClauseRef>::read(&id).strict()?;
        match open.and_then(|c| c.0) {
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
        let t = Lenient::<options::ThemeName>::read(&theme).strict()?;
        ctx.theme.try_set(t.map_or(Theme::Light, |t| t.0));
        Ok(())
    }

    /// Turns syncing with `#charter-…` deep links on or off.
    #[wasm_bindgen(js_name = setHash)]
    pub fn set_hash(&self, on: JsValue) -> Result<(), JsValue> {
        let ctx = self.ctx()?;
        let on = Lenient::<options::Hash>::read(&on).strict()?;
        ctx.hash.try_set(on.is_none_or(|h| h.0));
        Ok(())
    }

    /// Replaces UI strings (an object of label → text). The valid ones are
    /// applied; any other key or value is then an error that names it.
    #[wasm_bindgen(js_name = setLabels)]
    pub fn set_labels(&self, labels: JsValue) -> Result<(), JsValue> {
        let ctx = self.ctx()?;
        let given = Lenient::<options::LabelSet>::read(&labels).strict()?;
        let (labels, mut problems) = given.unwrap_or_default().apply();
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
        let clause = ctx
            .open
            .try_get_untracked()
            .flatten()
            .and_then(|i| crate::index().ok().map(|x| x.clauses()[i].id));
        to_js(&ExplorerState {
            query: ctx.query.try_get_untracked().unwrap_or_default(),
            sections: ctx.sections.try_get_untracked().unwrap_or_default(),
            wording: ctx.wording.try_get_untracked().flatten().map(|w| w.name()),
            count: o.rows.len() as u32,
            clause,
        })
    }

    /// Removes the widget and frees its state. Calling it twice is harmless.
    pub fn unmount(&mut self) {
        self.release();
    }
}

impl ExplorerHandle {
    fn release(&mut self) {
        {
            let mut b = self.building.borrow_mut();
            b.stopped = true;
            b.waiting.clear();
        }
        if let Some(ctx) = self.ctx.take() {
            ctx.drop_parts();
        }
        self.mount.take();
        // The view's parts were built into it by hand (`later`).
        self.container.set_text_content(None);
    }
}

impl Drop for ExplorerHandle {
    fn drop(&mut self) {
        self.release();
    }
}
