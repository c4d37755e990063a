//! Every value that comes from JavaScript is checked here, once, by the same
//! rules for the search API and for the widget. `search()` and the handle's
//! setters turn a [`Problem`] into an error; `mount()` and the embed's
//! attributes turn it into a warning and use the default, so a typo in an
//! attribute never breaks the widget. A problem crosses to JavaScript as an
//! `Error` with a stable `code`; js/api.js wraps it in a `CharterError`
//! without reading its message.

use wasm_bindgen::{JsCast, JsValue};

use std::sync::Arc;

use charter_core::lens::Firmness;
use charter_core::notes::{Notes, MAX_NOTES, MAX_NOTE_CHARS};

use crate::ui::state::NoteSet;
use crate::ui::{Labels, Theme};

/// The error codes (the `CharterErrorCode` type in js/charter_explorer.d.ts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// The query is not a string.
    InvalidQuery,
    /// An option has the wrong type or value.
    InvalidOptions,
    /// A section id the charter does not have.
    UnknownSection,
    /// A clause id the charter does not have.
    UnknownClause,
    /// The index could not be loaded (never expected: it is built in).
    Internal,
}

impl Code {
    /// The code as JavaScript sees it.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::InvalidQuery => "INVALID_QUERY",
            Code::InvalidOptions => "INVALID_OPTIONS",
            Code::UnknownSection => "UNKNOWN_SECTION",
            Code::UnknownClause => "UNKNOWN_CLAUSE",
            Code::Internal => "INTERNAL",
        }
    }
}

/// What is wrong with a value, for programs (`code`) and people (`message`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Stable code.
    pub code: Code,
    /// A sentence that says what to do instead.
    pub message: String,
}

impl Problem {
    fn new(code: Code, message: String) -> Problem {
        Problem { code, message }
    }
}

impl From<Problem> for JsValue {
    fn from(p: Problem) -> JsValue {
        let e = js_sys::Error::new(&p.message);
        let _ = js_sys::Reflect::set(&e, &"code".into(), &p.code.as_str().into());
        e.into()
    }
}

/// The index, or an `INTERNAL` problem.
pub fn index() -> Result<&'static charter_core::Index<'static>, Problem> {
    crate::index().map_err(|e| Problem::new(Code::Internal, e.to_string()))
}

fn absent(v: &JsValue) -> bool {
    v.is_undefined() || v.is_null()
}

fn type_name(v: &JsValue) -> String {
    if v.is_null() {
        "null".into()
    } else if js_sys::Array::is_array(v) {
        "an array".into()
    } else {
        v.js_typeof().as_string().unwrap_or_default()
    }
}

/// Reads `key` of an options object (undefined when absent).
pub fn field(options: &JsValue, key: &str) -> JsValue {
    if absent(options) {
        return JsValue::UNDEFINED;
    }
    js_sys::Reflect::get(options, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Options must be an object (or left out).
pub fn options(v: &JsValue) -> Result<(), Problem> {
    if absent(v) || (v.is_object() && !js_sys::Array::is_array(v)) {
        Ok(())
    } else {
        Err(Problem::new(
            Code::InvalidOptions,
            format!("options must be an object, not {}", type_name(v)),
        ))
    }
}

/// A query: a string.
pub fn query(v: &JsValue) -> Result<String, Problem> {
    v.as_string().ok_or_else(|| {
        Problem::new(
            Code::InvalidQuery,
            format!("the query must be a string, not {}", type_name(v)),
        )
    })
}

/// A query that may be left out (empty).
pub fn query_or_empty(v: &JsValue) -> Result<String, Problem> {
    if absent(v) {
        Ok(String::new())
    } else {
        query(v)
    }
}

/// Section ids as written by people: one id, several separated by spaces or
/// commas ("I III", "I,III"), or an array of ids; ids and names ("Preamble")
/// in any case. Left out or empty: every section.
pub fn sections(v: &JsValue) -> Result<Vec<String>, Problem> {
    let mut words: Vec<String> = Vec::new();
    if let Some(s) = v.as_string() {
        words.extend(s.split([' ', ',', '\t', '\n']).map(str::to_string));
    } else if js_sys::Array::is_array(v) {
        for x in js_sys::Array::from(v).iter() {
            words.push(x.as_string().ok_or_else(|| {
                Problem::new(
                    Code::UnknownSection,
                    "section must be a section id string or an array of them".into(),
                )
            })?);
        }
    } else if !absent(v) {
        return Err(Problem::new(
            Code::UnknownSection,
            "section must be a section id string or an array of them".into(),
        ));
    }
    let index = index()?;
    let mut out: Vec<String> = Vec::new();
    for w in words.iter().map(|w| w.trim()).filter(|w| !w.is_empty()) {
        let s = index.section(w).ok_or_else(|| {
            Problem::new(
                Code::UnknownSection,
                format!("unknown section \"{w}\": use P, I, II, III or IV"),
            )
        })?;
        if !out.iter().any(|x| x == s.id) {
            out.push(s.id.to_string());
        }
    }
    Ok(out)
}

/// At most this many results: a positive whole number (capped at 1,000), or
/// left out for all.
pub fn limit(v: &JsValue) -> Result<Option<usize>, Problem> {
    if absent(v) {
        return Ok(None);
    }
    match v.as_f64() {
        Some(n) if n >= 1.0 && n.fract() == 0.0 => Ok(Some(n.min(1000.0) as usize)),
        _ => Err(Problem::new(
            Code::InvalidOptions,
            "limit must be a positive whole number".into(),
        )),
    }
}

/// A clause id to open ("III.4", any case); left out or empty: none.
pub fn clause(v: &JsValue) -> Result<Option<usize>, Problem> {
    if absent(v) {
        return Ok(None);
    }
    let id = clause_id(v)?;
    if id.trim().is_empty() {
        return Ok(None);
    }
    index()?.clause_index(id.trim()).map(Some).ok_or_else(|| {
        Problem::new(
            Code::UnknownClause,
            format!("unknown clause \"{id}\": ids look like P.1, I.a, II.4, IV.c"),
        )
    })
}

/// A clause id to look up: a string (an unknown id is not an error here).
pub fn clause_id(v: &JsValue) -> Result<String, Problem> {
    v.as_string()
        .ok_or_else(|| Problem::new(Code::UnknownClause, "clause id must be a string".into()))
}

/// `light`, `dark` or `auto`; left out or empty: light.
pub fn theme(v: &JsValue) -> Result<Theme, Problem> {
    if absent(v) {
        return Ok(Theme::Light);
    }
    let s = v.as_string().unwrap_or_else(|| type_name(v));
    Theme::parse(&s).ok_or_else(|| {
        Problem::new(
            Code::InvalidOptions,
            format!("unknown theme \"{s}\": use light, dark or auto"),
        )
    })
}

/// Deep links on or off: a boolean, or "on"/"off" (also true/false, 1/0) as
/// an attribute says it; left out or empty: on.
pub fn hash(v: &JsValue) -> Result<bool, Problem> {
    if absent(v) {
        return Ok(true);
    }
    if let Some(b) = v.as_bool() {
        return Ok(b);
    }
    if let Some(n) = v.as_f64() {
        return Ok(n != 0.0);
    }
    let s = v.as_string().unwrap_or_else(|| type_name(v));
    match s.trim().to_ascii_lowercase().as_str() {
        "" | "on" | "true" | "1" => Ok(true),
        "off" | "false" | "0" => Ok(false),
        _ => Err(Problem::new(
            Code::InvalidOptions,
            format!("hash \"{s}\" should be \"on\" or \"off\""),
        )),
    }
}

/// A site's labels: an object of strings. Returns the labels to use (every
/// valid string applied) and the problems with the rest (values that are not
/// strings, keys that name no label).
pub fn labels(v: &JsValue) -> Result<(Labels, Vec<Problem>), Problem> {
    if absent(v) {
        return Ok((Labels::default(), vec![]));
    }
    if !v.is_object() || js_sys::Array::is_array(v) {
        return Err(Problem::new(
            Code::InvalidOptions,
            "labels must be an object of strings".into(),
        ));
    }
    let mut over = Vec::new();
    let mut problems = Vec::new();
    for entry in js_sys::Object::entries(v.unchecked_ref()).iter() {
        let pair = js_sys::Array::from(&entry);
        let key = pair.get(0).as_string().unwrap_or_default();
        match pair.get(1).as_string() {
            Some(text) => over.push((key, text)),
            None => problems.push(Problem::new(
                Code::InvalidOptions,
                format!("label \"{key}\" must be a string; it was ignored"),
            )),
        }
    }
    let (labels, unknown) = Labels::merge(over);
    if !unknown.is_empty() {
        problems.push(Problem::new(
            Code::InvalidOptions,
            format!("unknown label(s) {}: they were ignored", unknown.join(", ")),
        ));
    }
    Ok((labels, problems))
}

/// A wording filter: `binds`, `aims`, `intent`, `may`, `reaffirms` or
/// `states`; left out or empty: none.
pub fn wording(v: &JsValue) -> Result<Option<Firmness>, Problem> {
    if absent(v) || v.as_string().is_some_and(|s| s.trim().is_empty()) {
        return Ok(None);
    }
    let s = v.as_string().unwrap_or_else(|| type_name(v));
    Firmness::parse(&s).map(Some).ok_or_else(|| {
        Problem::new(
            Code::InvalidOptions,
            format!("unknown wording \"{s}\": use binds, aims, intent, may, reaffirms or states"),
        )
    })
}

/// A note's link: an http(s) address without spaces, or nothing.
fn safe_link(s: &str) -> Option<String> {
    let t = s.trim();
    let lower = t.get(..8).unwrap_or(t).to_ascii_lowercase();
    let ok = (lower.starts_with("https://") || lower.starts_with("http://"))
        && t.len() > 8
        && !t.chars().any(|c| c.is_whitespace() || c.is_control());
    ok.then(|| t.to_string())
}

/// A newsroom's notes: `{"by": "Desk", "notes": {"I.a": "text", "III.4":
/// {"text": "…", "link": "https://…"}}}`, as an object or as its JSON text.
/// Returns the notes to show and one problem per kind of fault (bad JSON,
/// unknown clause ids, notes without text, over-long notes, too many notes,
/// links that are not http(s)): the faulty notes are left out (a bad link
/// only loses its link), the rest are shown.
pub fn notes(v: &JsValue) -> (NoteSet, Vec<Problem>) {
    let bad = |m: &str| Problem::new(Code::InvalidOptions, m.to_string());
    let shape = "notes must be a JSON object like {\"by\": \"Desk\", \"notes\": {\"I.a\": \"text\"}}; no notes are shown";
    if absent(v) || v.as_string().is_some_and(|s| s.trim().is_empty()) {
        return (NoteSet::default(), vec![]);
    }
    let parsed;
    let v = match v.as_string() {
        Some(text) => match js_sys::JSON::parse(&text) {
            Ok(p) => {
                parsed = p;
                &parsed
            }
            Err(_) => return (NoteSet::default(), vec![bad(shape)]),
        },
        None => v,
    };
    let items = field(v, "notes");
    if !v.is_object()
        || js_sys::Array::is_array(v)
        || !items.is_object()
        || js_sys::Array::is_array(&items)
    {
        return (NoteSet::default(), vec![bad(shape)]);
    }
    let mut problems = Vec::new();
    let by = field(v, "by");
    let by = match by.as_string() {
        Some(s) if !s.trim().is_empty() => Some(s.trim().chars().take(120).collect::<String>()),
        _ if absent(&by) => None,
        _ => {
            problems.push(bad(
                "notes: \"by\" must be the desk's name as a string; it was ignored",
            ));
            None
        }
    };
    let Ok(index) = index() else {
        return (NoteSet::default(), vec![]);
    };
    let (mut unknown, mut empty, mut long, mut links) = (vec![], vec![], vec![], vec![]);
    let mut kept: Vec<(usize, String)> = Vec::new();
    let mut kept_links = Vec::new();
    let entries = js_sys::Object::entries(items.unchecked_ref());
    for entry in entries.iter() {
        let pair = js_sys::Array::from(&entry);
        let id = pair.get(0).as_string().unwrap_or_default();
        let value = pair.get(1);
        let (text, link) = match value.as_string() {
            Some(t) => (Some(t), JsValue::UNDEFINED),
            None if value.is_object() => (field(&value, "text").as_string(), field(&value, "link")),
            None => (None, JsValue::UNDEFINED),
        };
        let Some(idx) = index.clause_index(id.trim()) else {
            unknown.push(id);
            continue;
        };
        let id = index.clauses()[idx].id.to_string();
        let Some(text) = text.map(|t| t.trim().to_string()).filter(|t| !t.is_empty()) else {
            empty.push(id);
            continue;
        };
        if text.chars().count() > MAX_NOTE_CHARS {
            long.push(id);
            continue;
        }
        // One note a clause (the first); at most MAX_NOTES (reported below).
        if kept.iter().any(|k| k.0 == idx) || kept.len() >= MAX_NOTES {
            continue;
        }
        if !absent(&link) {
            match link.as_string().as_deref().and_then(safe_link) {
                Some(l) => kept_links.push((idx, l)),
                None => links.push(id.clone()),
            }
        }
        kept.push((idx, text));
    }
    let list = |v: &[String]| v.join(", ");
    if !unknown.is_empty() {
        problems.push(bad(&format!(
            "notes name clause(s) the charter does not have: {}; ids look like P.1, I.a, II.4 — those notes are not shown",
            list(&unknown)
        )));
    }
    if !empty.is_empty() {
        problems.push(bad(&format!(
            "note(s) on {} have no text: not shown",
            list(&empty)
        )));
    }
    if !long.is_empty() {
        problems.push(bad(&format!(
            "note(s) on {} are longer than {MAX_NOTE_CHARS} characters: not shown",
            list(&long)
        )));
    }
    let given = entries.length() as usize;
    if given > MAX_NOTES {
        problems.push(bad(&format!(
            "{given} notes given; at most {MAX_NOTES} are shown"
        )));
    }
    if !links.is_empty() {
        problems.push(bad(&format!(
            "note link(s) on {} are not http(s) addresses: the notes are shown without them",
            list(&links)
        )));
    }
    let set = NoteSet {
        by,
        notes: Arc::new(Notes::new(kept)),
        links: kept_links,
    };
    (set, problems)
}

/// The value, or the default with the problem noted as a warning.
pub fn or_warn<T>(r: Result<T, Problem>, default: T, warnings: &mut Vec<String>) -> T {
    r.unwrap_or_else(|p| {
        warnings.push(p.message);
        default
    })
}
