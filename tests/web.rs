//! Component tests in headless Chromium: mount the widget into a throwaway
//! element, act, wait a tick, assert the DOM. (The widget is the `widget`
//! feature, on by default.)
#![cfg(all(target_arch = "wasm32", feature = "widget"))]

use std::ops::Deref;

use charter_explorer::embed::{mount_explorer, ExplorerHandle};
use leptos::task::tick;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn opts(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        js_sys::Reflect::set(&o, &JsValue::from_str(k), v).unwrap();
    }
    js_sys::Reflect::set(&o, &JsValue::from_str("hash"), &JsValue::FALSE).unwrap();
    o.into()
}

/// A widget mounted into a throwaway host element in the page. It derefs to
/// the container the widget renders into; dropping it unmounts the widget and
/// removes the host, also when an assertion failed.
struct Mounted {
    host: HtmlElement,
    container: HtmlElement,
    handle: ExplorerHandle,
}

impl Mounted {
    /// Mounts with these options (and deep links off), without waiting.
    fn start(pairs: &[(&str, JsValue)]) -> Mounted {
        let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
        let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
        host.append_child(&container).unwrap();
        document().body().unwrap().append_child(&host).unwrap();
        let handle = mount_explorer(host.clone(), container.clone(), opts(pairs)).unwrap();
        Mounted {
            host,
            container,
            handle,
        }
    }

    /// Mounts with these options (and deep links off), then waits until the
    /// view is built (a slice per task) and a tick more.
    async fn new(pairs: &[(&str, JsValue)]) -> Mounted {
        let m = Mounted::start(pairs);
        built(&m.handle).await;
        tick().await;
        m
    }
}

/// Resolves once every slice of the view is built.
async fn built(handle: &ExplorerHandle) {
    let p = js_sys::Promise::new(&mut |resolve, _| handle.when_built(resolve).unwrap());
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

/// Resolves after `ms` milliseconds (a few tasks later).
async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

impl Deref for Mounted {
    type Target = Element;
    fn deref(&self) -> &Element {
        &self.container
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.handle.unmount();
        self.host.remove();
    }
}

fn all(root: &Element, sel: &str) -> Vec<Element> {
    let list = root.query_selector_all(sel).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

fn text(root: &Element, sel: &str) -> String {
    root.query_selector(sel)
        .unwrap()
        .map(|e| e.text_content().unwrap_or_default())
        .unwrap_or_default()
}

async fn type_query(root: &Element, q: &str) {
    let input: HtmlInputElement = root
        .query_selector(".ce-input")
        .unwrap()
        .unwrap()
        .unchecked_into();
    input.set_value(q);
    let ev = web_sys::Event::new("input").unwrap();
    input.dispatch_event(&ev).unwrap();
    tick().await;
}

#[wasm_bindgen_test]
async fn browse_mode_shows_the_whole_charter() {
    let c = Mounted::new(&[]).await;
    assert_eq!(all(&c, ".ce-result").len(), 27);
    assert_eq!(text(&c, ".ce-status"), "27 clauses");
    assert!(text(&c, ".ce-lead").starts_with("The Government of the Republic of Azerbaijan"));
    assert_eq!(all(&c, ".ce-browse-section").len(), 5);
    let region = c.query_selector("[data-testid=browse]").unwrap().unwrap();
    assert_eq!(region.get_attribute("role").as_deref(), Some("region"));
    assert_eq!(
        region.get_attribute("aria-label").as_deref(),
        Some("The full charter")
    );
    assert!(text(&c, "[data-testid=browse-I] h3").starts_with("Section I: "));
}

#[wasm_bindgen_test]
async fn typing_filters_and_marks() {
    let c = Mounted::new(&[]).await;
    type_query(&c, "nucelar").await;
    let results = all(&c, ".ce-result");
    assert_eq!(results.len(), 1, "{}", c.inner_html());
    assert_eq!(results[0].get_attribute("data-id").as_deref(), Some("I.4"));
    let marks = all(&c, "mark");
    assert_eq!(marks.len(), 1);
    assert_eq!(marks[0].text_content().unwrap(), "nuclear");
    assert_eq!(text(&c, ".ce-status"), "1 clause");
    type_query(&c, "").await;
    assert_eq!(
        all(&c, ".ce-result").len(),
        27,
        "clearing returns to browse mode"
    );
}

#[wasm_bindgen_test]
async fn chips_filter_and_count() {
    let c = Mounted::new(&[]).await;
    type_query(&c, "cooperation").await;
    let chip: HtmlElement = c
        .query_selector("[data-testid=chip-IV]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(
        chip.query_selector(".ce-chip-n")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "1"
    );
    chip.click();
    tick().await;
    assert_eq!(chip.get_attribute("aria-pressed").as_deref(), Some("true"));
    let ids: Vec<String> = all(&c, ".ce-result")
        .iter()
        .map(|e| e.get_attribute("data-id").unwrap())
        .collect();
    assert_eq!(ids, ["IV.a"]);
    chip.click();
    tick().await;
    assert_eq!(
        chip.get_attribute("aria-pressed").as_deref(),
        Some("false"),
        "second tap returns to All"
    );
}

#[wasm_bindgen_test]
async fn zero_results_offer_a_suggestion() {
    let c = Mounted::new(&[]).await;
    type_query(&c, "nukelar").await;
    assert_eq!(
        text(&c, ".ce-status"),
        "The charter does not mention “nukelar”."
    );
    let button: HtmlElement = c
        .query_selector("[data-testid=suggestion]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(button.text_content().unwrap(), "nuclear");
    button.click();
    tick().await;
    let input: HtmlInputElement = c
        .query_selector(".ce-input")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(input.value(), "nuclear");
    assert_eq!(all(&c, ".ce-result").len(), 1);
    type_query(&c, "blockchain").await;
    assert!(c
        .query_selector("[data-testid=suggestion]")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn open_step_and_close_a_clause() {
    let c = Mounted::new(&[("clause", "iii.4".into())]).await;
    assert_eq!(
        c.query_selector(".ce-clause")
            .unwrap()
            .unwrap()
            .get_attribute("data-id")
            .as_deref(),
        Some("III.4")
    );
    assert_eq!(
        text(&c, ".ce-place"),
        "Section III — Security Cooperation · paragraph 4"
    );
    let next: HtmlElement = c
        .query_selector("[data-testid=next]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    next.click();
    tick().await;
    assert_eq!(text(&c, ".ce-clause-id"), "IV.a");
    let back: HtmlElement = c
        .query_selector("[data-testid=back]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    back.click();
    tick().await;
    assert!(c.query_selector(".ce-clause").unwrap().is_none());
    assert_eq!(all(&c, ".ce-result").len(), 27);
}

#[wasm_bindgen_test]
async fn handle_drives_the_widget_and_rejects_bad_values() {
    let mut c = Mounted::new(&[("section", js_sys::Array::of1(&"II".into()).into())]).await;
    assert_eq!(all(&c, ".ce-result").len(), 7);
    c.handle.set_query("digital".into()).unwrap();
    tick().await;
    assert!(all(&c, ".ce-result")
        .iter()
        .all(|e| e.get_attribute("data-id").unwrap().starts_with("II.")));
    assert!(c.handle.set_section("V".into()).is_err());
    assert!(c.handle.open_clause("Z.9".into()).is_err());
    assert!(c.handle.set_theme("purple".into()).is_err());
    c.handle.set_theme("dark".into()).unwrap();
    tick().await;
    assert!(c.query_selector(".ce-dark").unwrap().is_some());
    c.handle.unmount();
    tick().await;
    assert_eq!(c.child_element_count(), 0, "unmount removes the widget");
    assert!(
        c.handle.set_query("x".into()).is_err(),
        "calls after unmount are errors, not panics"
    );
}

#[wasm_bindgen_test]
async fn the_view_is_built_over_several_tasks() {
    let c = Mounted::start(&[]);
    assert!(
        !c.handle.built(),
        "only the first slice comes with the mount"
    );
    assert_eq!(all(&c, ".ce-result").len(), 0);
    built(&c.handle).await;
    assert!(c.handle.built());
    assert_eq!(all(&c, ".ce-result").len(), 27);
    assert_eq!(all(&c, "template").len(), 0, "every part took its place");
    let root = c.query_selector(".ce-root").unwrap().unwrap();
    assert_eq!(root.get_attribute("aria-busy"), None, "no longer busy");
}

#[wasm_bindgen_test]
async fn the_handle_works_while_the_view_is_built() {
    let c = Mounted::start(&[]);
    c.handle.set_section("I".into()).unwrap();
    c.handle.set_query("nucelar".into()).unwrap();
    let state = c.handle.state().unwrap();
    let query = js_sys::Reflect::get(&state, &"query".into()).unwrap();
    assert_eq!(query.as_string().as_deref(), Some("nucelar"));
    built(&c.handle).await;
    tick().await;
    let ids: Vec<_> = all(&c, ".ce-result")
        .iter()
        .map(|e| e.get_attribute("data-id").unwrap())
        .collect();
    assert_eq!(ids, ["I.4"]);
    let input: HtmlInputElement = c
        .query_selector(".ce-input")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(
        input.value(),
        "nucelar",
        "the field shows the query set before it existed"
    );
    c.handle.set_query("".into()).unwrap();
    tick().await;
    assert_eq!(
        all(&c, ".ce-browse-section").len(),
        1,
        "the browse list, section I only"
    );
    assert_eq!(all(&c, "[data-testid=browse-I] .ce-result").len(), 7);
}

#[wasm_bindgen_test]
async fn unmount_while_the_view_is_built() {
    let mut c = Mounted::start(&[]);
    let called = std::rc::Rc::new(std::cell::Cell::new(false));
    let flag = called.clone();
    let f = wasm_bindgen::closure::Closure::once_into_js(move || flag.set(true));
    c.handle.when_built(f.unchecked_into()).unwrap();
    sleep(0).await;
    c.handle.unmount();
    sleep(50).await;
    assert_eq!(c.child_element_count(), 0, "nothing is built after unmount");
    assert!(!called.get(), "what waited for the view is not called");
    assert!(c.handle.set_query("x".into()).is_err());
}

#[wasm_bindgen_test]
async fn bad_mount_options_become_warnings() {
    let c = Mounted::new(&[
        ("section", js_sys::Array::of1(&"VII".into()).into()),
        ("theme", "neon".into()),
        ("clause", "nope".into()),
    ])
    .await;
    let w = c.handle.warnings();
    assert_eq!(w.len(), 3, "{w:?}");
    assert_eq!(all(&c, ".ce-result").len(), 27, "defaults used");
}

#[wasm_bindgen_test]
fn the_browser_folds_like_the_native_normaliser() {
    charter_explorer::index().unwrap();
    let t = |s: &str| {
        charter_core::normalize::tokenize(s)
            .into_iter()
            .map(|t| t.term)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        t("Nakhçıvan"),
        ["nakhchivan"],
        "Azerbaijani letters transliterate"
    );
    assert_eq!(t("Élan ﬁnance Ａｂ"), ["elan", "finance", "ab"]);
    assert_eq!(t("e\u{301}nergie"), ["energie"]);
    assert_eq!(
        t("NAKHÇIVAN ÉLAN İLHAM"),
        ["nakhchivan", "elan", "ilham"],
        "non-ASCII capitals fold"
    );
}

#[wasm_bindgen_test]
async fn labels_translate_the_interface() {
    let labels = js_sys::Object::new();
    js_sys::Reflect::set(&labels, &"count_other".into(), &"{n} madde".into()).unwrap();
    js_sys::Reflect::set(&labels, &"search".into(), &"Şartnamede ara".into()).unwrap();
    let c = Mounted::new(&[("labels", labels.into())]).await;
    assert_eq!(text(&c, ".ce-status"), "27 madde");
    assert_eq!(text(&c, ".ce-search .ce-sr"), "Şartnamede ara");
    let later = js_sys::Object::new();
    js_sys::Reflect::set(&later, &"section".into(), &"Bölmə".into()).unwrap();
    js_sys::Reflect::set(&later, &"browse".into(), &"Xartiya".into()).unwrap();
    c.handle.set_labels(later.into()).unwrap();
    tick().await;
    assert!(
        text(&c, "[data-testid=browse-I] h3").starts_with("Bölmə I: "),
        "section headings follow label changes"
    );
    let region = c.query_selector("[data-testid=browse]").unwrap().unwrap();
    assert_eq!(
        region.get_attribute("aria-label").as_deref(),
        Some("Xartiya")
    );
    let bad = js_sys::Object::new();
    js_sys::Reflect::set(&bad, &"nonsense".into(), &"x".into()).unwrap();
    assert!(c.handle.set_labels(bad.into()).is_err());
}

/// Opens a clause through the handle and waits a tick.
async fn open(c: &Mounted, id: &str) {
    c.handle.open_clause(id.into()).unwrap();
    tick().await;
}

fn attr_ids(root: &Element, sel: &str, attr: &str) -> Vec<String> {
    all(root, sel)
        .iter()
        .filter_map(|e| e.get_attribute(attr))
        .collect()
}

/// A desk's notes: one hostile text, one `javascript:` link, one good link.
fn desk_notes() -> JsValue {
    let notes = js_sys::JSON::parse(
        r#"{"I.a": "<img src=x onerror=alert(1)> The desk tallies the sums here.",
            "III.4": {"text": "Linked note", "link": "javascript:alert(1)"},
            "IV.b": {"text": "Dated note", "link": "https://example.org/timeline"}}"#,
    )
    .unwrap();
    let o = js_sys::Object::new();
    js_sys::Reflect::set(&o, &"by".into(), &"Test Desk".into()).unwrap();
    js_sys::Reflect::set(&o, &"notes".into(), &notes).unwrap();
    o.into()
}

#[wasm_bindgen_test]
async fn notes_are_labelled_plain_text_and_safe_links() {
    let c = Mounted::new(&[("notes", desk_notes())]).await;
    let w = c.handle.warnings();
    assert_eq!(w.len(), 1, "one warning, for the javascript: link: {w:?}");
    assert!(w[0].contains("III.4"), "{w:?}");
    assert_eq!(
        attr_ids(&c, ".ce-result:has([data-testid=note-marker])", "data-id"),
        ["I.a", "III.4", "IV.b"],
        "annotated rows carry the marker"
    );

    open(&c, "I.a").await;
    let note = c
        .query_selector("[part=note]")
        .unwrap()
        .expect("note shown");
    assert_eq!(text(&note, ".ce-desk-by"), "Note from Test Desk");
    assert_eq!(
        text(&note, ".ce-desk-text"),
        "<img src=x onerror=alert(1)> The desk tallies the sums here.",
        "the note is text"
    );
    assert!(note.query_selector("img").unwrap().is_none(), "no markup");
    assert!(
        c.query_selector(
            ".ce-clause blockquote + * [part=note], .ce-clause blockquote ~ [part=note]"
        )
        .unwrap()
        .is_some(),
        "below the charter's words"
    );

    open(&c, "III.4").await;
    assert_eq!(text(&c, "[part=note] .ce-desk-text"), "Linked note");
    assert!(
        c.query_selector("[part=note] a").unwrap().is_none(),
        "a javascript: link is not a link"
    );

    open(&c, "IV.b").await;
    let a = c
        .query_selector("[part=note] a")
        .unwrap()
        .expect("an https link is a link");
    assert_eq!(
        a.get_attribute("href").as_deref(),
        Some("https://example.org/timeline")
    );
    assert_eq!(
        a.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
}

#[wasm_bindgen_test]
async fn notes_are_searchable_below_the_charter() {
    let c = Mounted::new(&[("notes", desk_notes())]).await;
    type_query(&c, "tallies").await;
    assert!(all(&c, "[data-testid=result]:not(:has([data-testid=note-hit]))").is_empty());
    assert_eq!(
        text(&c, "[data-testid=note-matches]"),
        "Found in notes from Test Desk, not in the charter"
    );
    assert_eq!(
        attr_ids(&c, ".ce-result", "data-id"),
        ["I.a"],
        "the note's clause"
    );
    // A word in both: the charter's own matches come first.
    type_query(&c, "dated").await;
    let ids = attr_ids(&c, ".ce-result", "data-id");
    assert_eq!(ids.last().map(String::as_str), Some("IV.b"), "{ids:?}");
    // Replacing the notes drops the old ones.
    let warnings = c
        .handle
        .set_notes(JsValue::from_str(r#"{"notes": {"II.1": "fresh"}}"#))
        .unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    type_query(&c, "tallies").await;
    assert!(all(&c, ".ce-result").is_empty());
    open(&c, "II.1").await;
    assert_eq!(text(&c, "[part=note] .ce-desk-by"), "Note from the editors");
}

#[wasm_bindgen_test]
async fn the_map_lights_exactly_the_result_set() {
    let c = Mounted::new(&[]).await;
    let map = c.query_selector("[part=map]").unwrap().expect("map");
    assert_eq!(all(&map, "button[part=map-tile]").len(), 27);
    assert_eq!(
        all(&map, "[role=group]").len(),
        charter_explorer::index().unwrap().sections().len(),
        "a row per section"
    );
    for q in ["energy", "transport corridor", "nuclear", "zzqx"] {
        type_query(&c, q).await;
        let lit = attr_ids(&map, "[data-match=true]", "data-clause");
        let found = attr_ids(&c, ".ce-result", "data-id");
        let mut sorted = found.clone();
        sorted.sort_by_key(|id| charter_explorer::index().unwrap().clause_index(id).unwrap());
        assert_eq!(lit, sorted, "{q}");
    }
    type_query(&c, "nuclear").await;
    let tile: HtmlElement = map
        .query_selector("[data-clause='I.4']")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(
        tile.get_attribute("aria-label").as_deref(),
        Some("I.4, matches")
    );
    assert_eq!(tile.get_attribute("tabindex").as_deref(), Some("0"));
    tile.click();
    tick().await;
    assert_eq!(
        c.query_selector("[data-testid=clause]")
            .unwrap()
            .and_then(|e| e.get_attribute("data-id"))
            .as_deref(),
        Some("I.4"),
        "a tile opens its clause"
    );
    assert_eq!(
        attr_ids(&map, "[aria-current=true]", "data-clause"),
        ["I.4"],
        "the open clause is marked"
    );
}

#[wasm_bindgen_test]
async fn wording_tags_summary_and_filter() {
    let c = Mounted::new(&[]).await;
    let rows = all(&c, ".ce-result");
    assert_eq!(rows.len(), 27);
    assert!(
        rows.iter().all(|r| r
            .query_selector("[part=wording][data-wording]")
            .unwrap()
            .is_some()),
        "every row has its wording tag"
    );
    assert!(
        text(&c, "[data-testid=binding-summary]").starts_with("No clause uses binding words"),
        "the charter has no binding words"
    );
    let aims = c
        .query_selector("[data-testid=wording-aims]")
        .unwrap()
        .expect("an 'aims to' filter");
    let n: usize = text(&aims, ".ce-chip-n").parse().unwrap();
    aims.unchecked_ref::<HtmlElement>().click();
    tick().await;
    assert_eq!(aims.get_attribute("aria-pressed").as_deref(), Some("true"));
    let kinds = attr_ids(&c, ".ce-result [part=wording]", "data-wording");
    assert_eq!(kinds.len(), n, "the filter keeps the counted clauses");
    assert!(kinds.iter().all(|k| k == "aims"), "{kinds:?}");
    c.handle.set_wording(JsValue::NULL).unwrap();
    tick().await;
    assert_eq!(all(&c, ".ce-result").len(), 27, "null clears the filter");
    assert!(c.handle.set_wording("firm".into()).is_err(), "unknown kind");
    open(&c, "I.a").await;
    let u = c
        .query_selector("[data-testid=clause] u[part=decide]")
        .unwrap()
        .expect("the deciding phrase is underlined");
    assert!(!u.text_content().unwrap().is_empty());
}

#[wasm_bindgen_test]
async fn topics_the_charter_does_not_cover_say_so() {
    let c = Mounted::new(&[]).await;
    for q in ["elections", "does it mention press freedom"] {
        type_query(&c, q).await;
        assert!(all(&c, ".ce-result").is_empty(), "{q}");
        assert!(
            c.query_selector("[data-testid=suggestion]")
                .unwrap()
                .is_none(),
            "no did-you-mean for {q}"
        );
    }
    assert_eq!(
        text(&c, ".ce-status"),
        "The charter does not mention “press freedom”."
    );
    type_query(&c, "elections").await;
    assert_eq!(
        text(&c, ".ce-status"),
        "The charter does not mention “elections”."
    );
}

#[wasm_bindgen_test]
async fn partial_answers_name_the_missing_words() {
    let c = Mounted::new(&[]).await;
    type_query(&c, "nuclear weapons").await;
    let ids = attr_ids(&c, ".ce-result", "data-id");
    assert_eq!(ids.first().map(String::as_str), Some("I.4"), "{ids:?}");
    assert_eq!(
        text(&c, "[data-testid=missing]"),
        "Not in the charter: weapons"
    );
    assert_eq!(text(&c, "[data-testid=missing] s"), "weapons");
    // Inside the live region: announced with the count.
    assert!(
        text(&c, ".ce-status").ends_with("Not in the charter: weapons"),
        "{}",
        text(&c, ".ce-status")
    );
    // A query whose words are all in the charter names nothing.
    type_query(&c, "nuclear ").await;
    assert!(c.query_selector("[data-testid=missing]").unwrap().is_none());
    // A topic that is absent altogether says so, with no partial list.
    type_query(&c, "refugees").await;
    assert!(all(&c, ".ce-result").is_empty());
    assert_eq!(
        text(&c, ".ce-status"),
        "The charter does not mention “refugees”."
    );
}

#[wasm_bindgen_test]
async fn related_words_are_marked_and_explained() {
    let c = Mounted::new(&[]).await;
    type_query(&c, "hackers").await;
    let row = c
        .query_selector(".ce-result[data-id='III.3']")
        .unwrap()
        .expect("III.3 (cybersecurity) for hackers");
    let mark = row
        .query_selector("[data-testid=related]")
        .unwrap()
        .expect("a related-word mark");
    let shown = mark
        .query_selector("[aria-hidden=true]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(shown, "related: cybersecurity");
    let spoken = text(&mark, ".ce-sr");
    assert!(
        spoken.contains("related") && spoken.contains("cybersecurity"),
        "{spoken}"
    );
    // The charter's own word carries no mark.
    type_query(&c, "cybersecurity").await;
    assert!(c.query_selector("[data-testid=related]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn wording_counts_follow_the_query() {
    let c = Mounted::new(&[]).await;
    let aims = c
        .query_selector("[data-testid=wording-aims]")
        .unwrap()
        .expect("an 'aims to' filter");
    let whole: usize = text(&aims, ".ce-chip-n").parse().unwrap();
    type_query(&c, "demining").await;
    let found = all(&c, ".ce-result [part=wording][data-wording=aims]").len();
    let n: usize = text(&aims, ".ce-chip-n").parse().unwrap();
    assert_eq!(n, found, "the chip counts this query's 'aims' clauses");
    assert!(n < whole, "{n} of {whole}");
    type_query(&c, "").await;
    let n: usize = text(&aims, ".ce-chip-n").parse().unwrap();
    assert_eq!(n, whole, "the whole charter again at rest");
}

// ---- Lenient decoding (src/options.rs): every field read on its own -------

/// A JS value from JSON text.
fn json(s: &str) -> JsValue {
    js_sys::JSON::parse(s).unwrap()
}

#[wasm_bindgen_test]
async fn one_bad_field_among_good_ones_warns_once_and_the_rest_applies() {
    let c = Mounted::new(&[
        ("query", "energy".into()),
        ("section", "II".into()),
        ("theme", "neon".into()),
        (
            "labels",
            json(r#"{"count_one": "{n} madde", "count_other": "{n} madde"}"#),
        ),
    ])
    .await;
    let w = c.handle.warnings();
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].contains("theme \"neon\""), "{w:?}");
    assert!(
        c.query_selector(".ce-light").unwrap().is_some(),
        "the default theme"
    );
    let st = c.handle.state().unwrap();
    let get = |k: &str| js_sys::Reflect::get(&st, &k.into()).unwrap();
    assert_eq!(get("query").as_string().as_deref(), Some("energy"));
    assert_eq!(
        js_sys::JSON::stringify(&get("sections")).unwrap(),
        "[\"II\"]"
    );
    let status = text(&c, ".ce-status");
    assert!(status.contains("madde"), "labels applied: {status}");
}

#[wasm_bindgen_test]
async fn wrong_types_warn_by_name_and_fall_back() {
    let c = Mounted::new(&[
        ("query", 42.into()),
        ("section", json("[1, 2]")),
        ("wording", JsValue::TRUE),
        ("clause", json("{}")),
        ("theme", 7.into()),
        ("labels", json(r#"["search"]"#)),
        ("notes", 12.into()),
    ])
    .await;
    let w = c.handle.warnings();
    assert_eq!(w.len(), 7, "{w:?}");
    for (i, word) in [
        "query must be a string, not a number",
        "section must be a section id string",
        "wording must be a string, not a boolean",
        "clause id must be a string",
        "theme must be a string, not a number",
        "labels must be an object of strings",
        "notes must be a JSON object",
    ]
    .iter()
    .enumerate()
    {
        assert!(
            w.iter().filter(|m| m.contains(word)).count() == 1,
            "{i}: one warning with {word:?}: {w:?}"
        );
    }
    assert_eq!(all(&c, ".ce-result").len(), 27, "every default used");
}

#[wasm_bindgen_test]
async fn hash_and_labels_read_each_value_on_its_own() {
    let c = Mounted::new(&[(
        "labels",
        json(r#"{"search": "Axtar", "count_other": 5, "nope": "x"}"#),
    )])
    .await;
    let w = c.handle.warnings();
    assert_eq!(w.len(), 2, "{w:?}");
    assert!(
        w[0].contains("label \"count_other\" must be a string"),
        "{w:?}"
    );
    assert!(w[1].contains("unknown label(s) nope"), "{w:?}");
    assert_eq!(
        text(&c, ".ce-search .ce-sr"),
        "Axtar",
        "the good label applies"
    );
    assert_eq!(text(&c, ".ce-status"), "27 clauses");
    // Setters are strict: the same values are errors with a code.
    let err = c.handle.set_hash("maybe".into()).unwrap_err();
    let code = js_sys::Reflect::get(&err, &"code".into()).unwrap();
    assert_eq!(code.as_string().as_deref(), Some("INVALID_OPTIONS"));
    assert!(c.handle.set_hash("off".into()).is_ok());
    assert!(c.handle.set_hash(0.into()).is_ok());
    // One policy for every setter: a value of the wrong type is
    // INVALID_OPTIONS, a well-formed name the charter lacks UNKNOWN_*.
    let code_of = |r: Result<_, JsValue>| {
        let e = r.map(|_: ()| ()).unwrap_err();
        js_sys::Reflect::get(&e, &"code".into())
            .unwrap()
            .as_string()
            .unwrap()
    };
    assert_eq!(
        code_of(c.handle.set_section(json("[\"I\", 3]"))),
        "INVALID_OPTIONS"
    );
    assert_eq!(
        code_of(c.handle.set_section("IX".into())),
        "UNKNOWN_SECTION"
    );
    assert_eq!(
        code_of(c.handle.set_wording("firm".into())),
        "UNKNOWN_WORDING"
    );
    assert_eq!(code_of(c.handle.set_wording(3.into())), "INVALID_OPTIONS");
    assert_eq!(
        code_of(c.handle.open_clause("IX.9".into())),
        "UNKNOWN_CLAUSE"
    );
    assert_eq!(code_of(c.handle.open_clause(9.into())), "INVALID_OPTIONS");
    assert_eq!(
        code_of(c.handle.set_theme("neon".into())),
        "INVALID_OPTIONS"
    );
    // setNotes too: a value that is not notes at all throws; within notes,
    // faulty ones are warnings.
    let e = c.handle.set_notes(42.into()).unwrap_err();
    let code = js_sys::Reflect::get(&e, &"code".into()).unwrap();
    assert_eq!(code.as_string().as_deref(), Some("INVALID_OPTIONS"));
    let w = c
        .handle
        .set_notes(json(r#"{"notes": {"Z.9": "nowhere", "I.a": "kept"}}"#))
        .unwrap();
    assert_eq!(w.len(), 1, "{w:?}");
}

#[wasm_bindgen_test]
async fn extra_fields_are_ignored() {
    let c = Mounted::new(&[
        ("query", "terrorism".into()),
        ("colour", "red".into()),
        ("maxHeight", 480.into()),
        ("limit", json("{\"nested\": true}")),
    ])
    .await;
    // One warning names the unknown keys; the known fields apply.
    let w = c.handle.warnings();
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(
        w[0].starts_with("unknown option(s) colour, limit: ignored"),
        "{w:?}"
    );
    assert_eq!(
        attr_ids(&c, ".ce-result", "data-id"),
        ["III.2"],
        "the known fields apply"
    );
    // Notes: unknown fields of a note and of the notes object are ignored too.
    let notes = json(
        r#"{"by": "Desk", "extra": 1, "notes": {"I.a": {"text": "Read this", "colour": "red"}}}"#,
    );
    let w = c.handle.set_notes(notes).unwrap();
    assert_eq!(w, Vec::<String>::new());
}

#[wasm_bindgen_test]
fn search_options_are_strict_with_stable_codes() {
    use charter_explorer::api::search_raw;
    let code = |q: JsValue, o: JsValue| {
        let e = search_raw(q, o).unwrap_err();
        js_sys::Reflect::get(&e, &"code".into())
            .unwrap()
            .as_string()
            .unwrap()
    };
    assert_eq!(code(42.into(), JsValue::UNDEFINED), "INVALID_QUERY");
    assert_eq!(
        code("x".into(), json(r#"{"section": "V"}"#)),
        "UNKNOWN_SECTION"
    );
    assert_eq!(
        code("x".into(), json(r#"{"section": [1]}"#)),
        "INVALID_OPTIONS"
    );
    assert_eq!(
        code("x".into(), json(r#"{"section": 3}"#)),
        "INVALID_OPTIONS"
    );
    assert_eq!(code("x".into(), json(r#"{"limit": 0}"#)), "INVALID_OPTIONS");
    assert_eq!(
        code("x".into(), json(r#"{"limit": "5"}"#)),
        "INVALID_OPTIONS"
    );
    assert_eq!(
        code("x".into(), json(r#"{"wording": "maybe"}"#)),
        "UNKNOWN_WORDING"
    );
    assert_eq!(
        code("x".into(), json(r#"{"wording": 2}"#)),
        "INVALID_OPTIONS"
    );
    // A lookup finds nothing for an id the charter lacks, and throws only
    // for a value that cannot be an id.
    use charter_explorer::api::clause_index_raw;
    assert_eq!(clause_index_raw("IX.9".into()).unwrap(), None);
    let iii4 = clause_index_raw("III.4".into()).unwrap();
    assert!(iii4.is_some());
    assert_eq!(clause_index_raw("iii.4".into()).unwrap(), iii4);
    let e = clause_index_raw(42.into()).unwrap_err();
    let c42 = js_sys::Reflect::get(&e, &"code".into()).unwrap();
    assert_eq!(c42.as_string().as_deref(), Some("INVALID_OPTIONS"));
    assert_eq!(code("x".into(), "I".into()), "INVALID_OPTIONS");
    assert_eq!(code("x".into(), json("[]")), "INVALID_OPTIONS");
    // Extra fields are ignored; good fields apply.
    let r = search_raw("energy".into(), json(r#"{"limit": 1, "colour": "red"}"#)).unwrap();
    assert!(r[0] > 1.0 && r[2] == 1.0, "limit applied: {r:?}");
    let r = search_raw("demining".into(), json(r#"{"section": "iii", "x": 1}"#)).unwrap();
    assert!(r[0] >= 1.0, "section applied: {r:?}");
    let r = search_raw("demining".into(), json(r#"{"section": "i"}"#)).unwrap();
    assert_eq!(r[0], 0.0, "section applied: {r:?}");
}
