//! What comes in from JavaScript: the options of `mount()` (the embed passes
//! its attributes as these too), of `search()`, labels and notes. Each is a
//! serde type read with `serde_wasm_bindgen::from_value`; its TypeScript
//! declaration is generated from it (see [`crate::document::typescript`]).
//!
//! The lenient contract is written once, in [`Lenient`]: every field of an
//! options object is read on its own, so a bad field becomes a problem for
//! that field alone. `mount()` turns it into a warning and the field's
//! default ([`Lenient::or_warn`]); `search()` and the handle's setters turn it
//! into an error with a stable code ([`Lenient::strict`]). Unknown fields are
//! ignored. The field types say what a value may be (`TryFrom<`[`Raw`]`>`,
//! with the messages developers see); the charter's own names (clause ids,
//! section names) and link safety are checked in [`crate::check`].

use std::sync::Arc;

use charter_core::lens::Firmness;
use charter_core::notes::{Notes as NoteIndex, MAX_NOTES, MAX_NOTE_CHARS};
use serde::de::{self, DeserializeOwned, Deserializer, IgnoredAny};
use serde::Deserialize;
use tsify_next::Tsify;
use wasm_bindgen::{JsCast, JsValue};

use crate::check::{self, Code, Problem};
use crate::ui::state::NoteSet;
use crate::ui::{Labels, Theme};

/// One field as JavaScript gave it: left out (`undefined` or `null`), read,
/// or unreadable, with the reason (a sentence for developers).
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Lenient<T> {
    /// `undefined`, `null` or not there.
    #[default]
    Absent,
    /// A value of the field's type.
    Given(T),
    /// A value the field's type refuses, and why.
    Bad(String),
}

impl<T: DeserializeOwned> Lenient<T> {
    /// Reads one value; never fails.
    pub fn read(v: JsValue) -> Self {
        if v.is_undefined() || v.is_null() {
            return Lenient::Absent;
        }
        match serde_wasm_bindgen::from_value(v) {
            Ok(t) => Lenient::Given(t),
            Err(e) => Lenient::Bad(reason(e)),
        }
    }
}

impl<T> Lenient<T> {
    /// The value; left out: `default`; unreadable: `default`, and the reason
    /// is added to `warnings`.
    pub fn or_warn(self, default: T, warnings: &mut Vec<String>) -> T {
        match self {
            Lenient::Given(t) => t,
            Lenient::Absent => default,
            Lenient::Bad(m) => {
                warnings.push(m);
                default
            }
        }
    }

    /// The value (`None` when left out), or a problem with `code`.
    pub fn strict(self, code: Code) -> Result<Option<T>, Problem> {
        match self {
            Lenient::Given(t) => Ok(Some(t)),
            Lenient::Absent => Ok(None),
            Lenient::Bad(message) => Err(Problem { code, message }),
        }
    }
}

/// Fields are taken as JavaScript values (serde-wasm-bindgen's `preserve`),
/// then read on their own: a bad value cannot fail the whole object.
impl<'de, T: DeserializeOwned> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        serde_wasm_bindgen::preserve::deserialize(d).map(Lenient::read)
    }
}

/// The sentence of a serde-wasm-bindgen error (a JS `Error`), without the
/// "Error: " that `String(error)` puts first.
fn reason(e: serde_wasm_bindgen::Error) -> String {
    let v = JsValue::from(e);
    match v.dyn_ref::<js_sys::Error>() {
        Some(e) => e.message().into(),
        None => v.as_string().unwrap_or_default(),
    }
}

/// What kind of value `v` is, for messages ("a number", "an array").
pub fn kind(v: &JsValue) -> &'static str {
    if v.is_null() {
        "null"
    } else if v.is_undefined() {
        "undefined"
    } else if v.is_string() {
        "a string"
    } else if v.as_f64().is_some() {
        "a number"
    } else if v.as_bool().is_some() {
        "a boolean"
    } else if js_sys::Array::is_array(v) {
        "an array"
    } else if v.is_function() {
        "a function"
    } else {
        "an object"
    }
}

/// Reads an options object (or nothing: the defaults). Anything else than
/// an object is an `INVALID_OPTIONS` problem; inside it, each field is
/// [`Lenient`], so reading never fails on a field.
pub fn object<T: DeserializeOwned + Default>(v: &JsValue) -> Result<T, Problem> {
    let problem = |message| Problem {
        code: Code::InvalidOptions,
        message,
    };
    if v.is_undefined() || v.is_null() {
        return Ok(T::default());
    }
    if !v.is_object() || js_sys::Array::is_array(v) {
        return Err(problem(format!(
            "options must be an object, not {}",
            kind(v)
        )));
    }
    serde_wasm_bindgen::from_value(v.clone()).map_err(|e| problem(reason(e)))
}

/// A value from JavaScript that is not a plain object, as the field types
/// read it (`#[serde(try_from = "Raw")]`): one small visitor for them all.
#[derive(Debug, Clone, PartialEq)]
pub enum Raw {
    /// A string.
    Text(String),
    /// A number.
    Number(f64),
    /// A boolean.
    Bool(bool),
    /// An array.
    List(Vec<Raw>),
    /// Anything else (an object, a function, bytes).
    Other,
}

impl Raw {
    fn kind(&self) -> &'static str {
        match self {
            Raw::Text(_) => "a string",
            Raw::Number(_) => "a number",
            Raw::Bool(_) => "a boolean",
            Raw::List(_) => "an array",
            Raw::Other => "an object",
        }
    }
}

impl<'de> Deserialize<'de> for Raw {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> de::Visitor<'de> for V {
            type Value = Raw;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a value")
            }
            fn visit_str<E>(self, s: &str) -> Result<Raw, E> {
                Ok(Raw::Text(s.to_string()))
            }
            fn visit_string<E>(self, s: String) -> Result<Raw, E> {
                Ok(Raw::Text(s))
            }
            fn visit_f64<E>(self, n: f64) -> Result<Raw, E> {
                Ok(Raw::Number(n))
            }
            fn visit_i64<E>(self, n: i64) -> Result<Raw, E> {
                Ok(Raw::Number(n as f64))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Raw, E> {
                Ok(Raw::Number(n as f64))
            }
            fn visit_bool<E>(self, b: bool) -> Result<Raw, E> {
                Ok(Raw::Bool(b))
            }
            fn visit_unit<E>(self) -> Result<Raw, E> {
                Ok(Raw::Other)
            }
            fn visit_byte_buf<E>(self, _: Vec<u8>) -> Result<Raw, E> {
                Ok(Raw::Other)
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut a: A) -> Result<Raw, A::Error> {
                let mut items = Vec::new();
                while let Some(x) = a.next_element()? {
                    items.push(x);
                }
                Ok(Raw::List(items))
            }
            fn visit_map<A: de::MapAccess<'de>>(self, _: A) -> Result<Raw, A::Error> {
                Ok(Raw::Other)
            }
        }
        d.deserialize_any(V)
    }
}

/// The search text: a string.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(try_from = "Raw")]
pub struct Query(pub String);

impl TryFrom<Raw> for Query {
    type Error = String;
    fn try_from(r: Raw) -> Result<Self, String> {
        match r {
            Raw::Text(s) => Ok(Query(s)),
            r => Err(format!("the query must be a string, not {}", r.kind())),
        }
    }
}

/// A query passed on its own (`search(query)`, `setQuery(query)`): a string.
/// Read without serde: it is on the path of every keystroke.
pub fn query(v: &JsValue) -> Result<String, Problem> {
    v.as_string().ok_or_else(|| Problem {
        code: Code::InvalidQuery,
        message: format!("the query must be a string, not {}", kind(v)),
    })
}

/// A clause id to look up (`clause(id)`): a string; an unknown id is not an
/// error here.
pub fn clause_id(v: &JsValue) -> Result<String, Problem> {
    v.as_string().ok_or_else(|| Problem {
        code: Code::UnknownClause,
        message: "clause id must be a string".into(),
    })
}

/// A section filter: one id, several separated by spaces or commas ("I III",
/// "I,III"), or an array of ids; ids and names ("Preamble") in any case,
/// resolved to ids by [`check::sections`]. Empty: every section.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(try_from = "Raw")]
pub struct Sections(pub Vec<String>);

impl TryFrom<Raw> for Sections {
    type Error = String;
    fn try_from(r: Raw) -> Result<Self, String> {
        let shape = || "section must be a section id string or an array of them".to_string();
        let words: Vec<String> = match r {
            Raw::Text(s) => s
                .split([' ', ',', '\t', '\n'])
                .map(str::to_string)
                .collect(),
            Raw::List(items) => items
                .into_iter()
                .map(|x| match x {
                    Raw::Text(s) => Ok(s),
                    _ => Err(shape()),
                })
                .collect::<Result<_, _>>()?,
            _ => return Err(shape()),
        };
        check::sections(&words).map(Sections).map_err(|p| p.message)
    }
}

/// At most this many results: a positive whole number (capped at 1,000).
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(try_from = "Raw")]
pub struct Limit(pub usize);

impl TryFrom<Raw> for Limit {
    type Error = String;
    fn try_from(r: Raw) -> Result<Self, String> {
        match r {
            Raw::Number(n) if n >= 1.0 && n.fract() == 0.0 => Ok(Limit(n.min(1000.0) as usize)),
            _ => Err("limit must be a positive whole number".into()),
        }
    }
}

/// A wording filter: `binds`, `aims`, `intent`, `may`, `reaffirms` or
/// `states`; empty: none.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(try_from = "Raw")]
pub struct Wording(pub Option<Firmness>);

impl TryFrom<Raw> for Wording {
    type Error = String;
    fn try_from(r: Raw) -> Result<Self, String> {
        let use_ = "use binds, aims, intent, may, reaffirms or states";
        match r {
            Raw::Text(s) if s.trim().is_empty() => Ok(Wording(None)),
            Raw::Text(s) => Firmness::parse(&s)
                .map(|f| Wording(Some(f)))
                .ok_or_else(|| format!("unknown wording \"{s}\": {use_}")),
            r => Err(format!(
                "wording must be a string, not {}: {use_}",
                r.kind()
            )),
        }
    }
}

/// A clause to open by id ("III.4", any case), checked by [`check::clause`];
/// empty: none.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(try_from = "Raw")]
pub struct ClauseRef(pub Option<usize>);

impl TryFrom<Raw> for ClauseRef {
    type Error = String;
    fn try_from(r: Raw) -> Result<Self, String> {
        match r {
            Raw::Text(s) => check::clause(&s).map(ClauseRef).map_err(|p| p.message),
            _ => Err("clause id must be a string".into()),
        }
    }
}

/// The colour theme: `light`, `dark` or `auto` (empty: light).
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(try_from = "Raw")]
pub struct ThemeName(pub Theme);

impl TryFrom<Raw> for ThemeName {
    type Error = String;
    fn try_from(r: Raw) -> Result<Self, String> {
        match r {
            Raw::Text(s) => Theme::parse(&s)
                .map(ThemeName)
                .ok_or_else(|| format!("unknown theme \"{s}\": use light, dark or auto")),
            r => Err(format!(
                "theme must be a string, not {}: use light, dark or auto",
                r.kind()
            )),
        }
    }
}

/// Deep links on or off: a boolean, or "on"/"off" (also true/false, 1/0) as
/// an attribute says it; empty: on.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(try_from = "Raw")]
pub struct Hash(pub bool);

impl TryFrom<Raw> for Hash {
    type Error = String;
    fn try_from(r: Raw) -> Result<Self, String> {
        match r {
            Raw::Bool(b) => Ok(Hash(b)),
            Raw::Number(n) => Ok(Hash(n != 0.0)),
            Raw::Text(s) => match s.trim().to_ascii_lowercase().as_str() {
                "" | "on" | "true" | "1" => Ok(Hash(true)),
                "off" | "false" | "0" => Ok(Hash(false)),
                _ => Err(format!("hash \"{s}\" should be \"on\" or \"off\"")),
            },
            r => Err(format!(
                "hash must be a boolean (or \"on\" or \"off\"), not {}",
                r.kind()
            )),
        }
    }
}

/// The entries of a plain object, in its order, each value read as `V`
/// (with `V` = [`Lenient`], a bad value spoils only its entry). Anything
/// else than a plain object (an array too) is refused.
#[derive(Debug, Clone, PartialEq)]
pub struct Entries<V>(pub Vec<(String, V)>);

impl<V> Default for Entries<V> {
    fn default() -> Self {
        Entries(Vec::new())
    }
}

impl<'de, V: DeserializeOwned> Deserialize<'de> for Entries<V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v: JsValue = serde_wasm_bindgen::preserve::deserialize(d)?;
        if !v.is_object() || js_sys::Array::is_array(&v) {
            return Err(de::Error::custom(format!(
                "expected an object, not {}",
                kind(&v)
            )));
        }
        let mut out = Vec::new();
        for entry in js_sys::Object::entries(v.unchecked_ref()).iter() {
            let pair: js_sys::Array = entry.unchecked_into();
            let value = serde_wasm_bindgen::from_value(pair.get(1))
                .map_err(|e| de::Error::custom(reason(e)))?;
            out.push((pair.get(0).as_string().unwrap_or_default(), value));
        }
        Ok(Entries(out))
    }
}

/// A site's labels: an object of label → text. Each string value is
/// applied; a value that is not a string, or a key that names no label, is a
/// problem of its own ([`LabelSet::apply`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LabelSet(pub Entries<Lenient<String>>);

impl<'de> Deserialize<'de> for LabelSet {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Entries::deserialize(d)
            .map(LabelSet)
            .map_err(|_: D::Error| de::Error::custom("labels must be an object of strings"))
    }
}

impl LabelSet {
    /// The labels to use (the defaults with every valid string applied) and
    /// the problems with the rest.
    pub fn apply(self) -> (Labels, Vec<Problem>) {
        let bad = |message| Problem {
            code: Code::InvalidOptions,
            message,
        };
        let mut over = Vec::new();
        let mut problems = Vec::new();
        for (key, value) in self.0 .0 {
            match value {
                Lenient::Given(text) => over.push((key, text)),
                _ => problems.push(bad(format!(
                    "label \"{key}\" must be a string; it was ignored"
                ))),
            }
        }
        let (labels, unknown) = Labels::merge(over);
        if !unknown.is_empty() {
            problems.push(bad(format!(
                "unknown label(s) {}: they were ignored",
                unknown.join(", ")
            )));
        }
        (labels, problems)
    }
}

/// One note: its text, or `{ text, link }`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Note {
    /// The text, when it is a string.
    pub text: Option<String>,
    /// The link, as given.
    pub link: Lenient<String>,
}

#[derive(Deserialize)]
struct NoteObject {
    #[serde(default)]
    text: Lenient<String>,
    #[serde(default)]
    link: Lenient<String>,
}

impl<'de> Deserialize<'de> for Note {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v: JsValue = serde_wasm_bindgen::preserve::deserialize(d)?;
        if let Some(text) = v.as_string() {
            return Ok(Note {
                text: Some(text),
                link: Lenient::Absent,
            });
        }
        if !v.is_object() {
            return Ok(Note::default());
        }
        let o: NoteObject =
            serde_wasm_bindgen::from_value(v).map_err(|e| de::Error::custom(reason(e)))?;
        Ok(Note {
            text: match o.text {
                Lenient::Given(t) => Some(t),
                _ => None,
            },
            link: o.link,
        })
    }
}

/// Editors' notes: `{ by: 'Desk', notes: { 'I.a': 'text', 'III.4': { text,
/// link } } }`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Tsify)]
pub struct Notes {
    /// The desk that wrote them ("Note from {by}").
    #[serde(default)]
    #[tsify(type = "string")]
    pub by: Lenient<String>,
    /// Plain text per clause id (at most 200 notes of at most 2,000
    /// characters); a link must be http(s).
    #[tsify(type = "Readonly<Record<string, string | { text: string; link?: string }>>")]
    pub notes: Entries<Lenient<Note>>,
}

/// The `notes` option: [`Notes`], or its JSON text (an attribute's value).
/// Empty text: no notes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NotesOption(pub Notes);

const NOTES_SHAPE: &str = "notes must be a JSON object like {\"by\": \"Desk\", \"notes\": {\"I.a\": \"text\"}}; no notes are shown";

impl<'de> Deserialize<'de> for NotesOption {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let mut v: JsValue = serde_wasm_bindgen::preserve::deserialize(d)?;
        if let Some(text) = v.as_string() {
            if text.trim().is_empty() {
                return Ok(NotesOption::default());
            }
            v = js_sys::JSON::parse(&text).map_err(|_| de::Error::custom(NOTES_SHAPE))?;
        }
        if js_sys::Array::is_array(&v) {
            return Err(de::Error::custom(NOTES_SHAPE));
        }
        serde_wasm_bindgen::from_value(v)
            .map(NotesOption)
            .map_err(|_| de::Error::custom(NOTES_SHAPE))
    }
}

impl Notes {
    /// The notes to show and one problem per kind of fault (unknown clause
    /// ids, notes without text, over-long notes, too many notes, links that
    /// are not http(s)): the faulty notes are left out (a bad link only loses
    /// its link), the rest are shown. One note a clause (the first).
    pub fn apply(self) -> (NoteSet, Vec<Problem>) {
        let bad = |message| Problem {
            code: Code::InvalidOptions,
            message,
        };
        let mut problems = Vec::new();
        let by = match self.by {
            Lenient::Given(s) if !s.trim().is_empty() => {
                Some(s.trim().chars().take(120).collect::<String>())
            }
            Lenient::Bad(_) => {
                problems.push(bad(
                    "notes: \"by\" must be the desk's name as a string; it was ignored".into(),
                ));
                None
            }
            _ => None,
        };
        let given = self.notes.0.len();
        let (mut unknown, mut empty, mut long, mut links) = (vec![], vec![], vec![], vec![]);
        let mut kept: Vec<(usize, String)> = Vec::new();
        let mut kept_links = Vec::new();
        for (id, note) in self.notes.0 {
            let Some((idx, id)) = check::clause_id_of(&id) else {
                unknown.push(id);
                continue;
            };
            let note = match note {
                Lenient::Given(n) => n,
                _ => Note::default(),
            };
            let Some(text) = note
                .text
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
            else {
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
            match note.link {
                Lenient::Absent => {}
                Lenient::Given(l) => match check::safe_link(&l) {
                    Some(l) => kept_links.push((idx, l)),
                    None => links.push(id),
                },
                Lenient::Bad(_) => links.push(id),
            }
            kept.push((idx, text));
        }
        if !unknown.is_empty() {
            problems.push(bad(format!(
                "notes name clause(s) the charter does not have: {}; ids look like P.1, I.a, II.4 — those notes are not shown",
                unknown.join(", ")
            )));
        }
        if !empty.is_empty() {
            problems.push(bad(format!(
                "note(s) on {} have no text: not shown",
                empty.join(", ")
            )));
        }
        if !long.is_empty() {
            problems.push(bad(format!(
                "note(s) on {} are longer than {MAX_NOTE_CHARS} characters: not shown",
                long.join(", ")
            )));
        }
        if given > MAX_NOTES {
            problems.push(bad(format!(
                "{given} notes given; at most {MAX_NOTES} are shown"
            )));
        }
        if !links.is_empty() {
            problems.push(bad(format!(
                "note link(s) on {} are not http(s) addresses: the notes are shown without them",
                links.join(", ")
            )));
        }
        let set = NoteSet {
            by,
            notes: Arc::new(NoteIndex::new(kept)),
            links: kept_links,
        };
        (set, problems)
    }
}

/// Reads notes given on their own (`setNotes`): bad ones are left out with
/// a problem each kind, never an error.
pub fn notes(v: JsValue) -> (NoteSet, Vec<Problem>) {
    match Lenient::<NotesOption>::read(v) {
        Lenient::Given(n) => n.0.apply(),
        Lenient::Absent => (NoteSet::default(), vec![]),
        Lenient::Bad(message) => (
            NoteSet::default(),
            vec![Problem {
                code: Code::InvalidOptions,
                message,
            }],
        ),
    }
}

/// The options of `search()` and `explain()`. A bad field is an error:
/// `UNKNOWN_SECTION` for `section`, `INVALID_OPTIONS` for the others.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Tsify)]
#[serde(default)]
pub struct SearchOptions {
    /// One section or several; omitted = all.
    #[tsify(type = "SectionId | readonly SectionId[]")]
    pub section: Lenient<Sections>,
    /// At most this many results (a positive integer).
    #[tsify(type = "number")]
    pub limit: Lenient<Limit>,
    /// Only clauses with this wording.
    #[tsify(type = "Wording")]
    pub wording: Lenient<Wording>,
}

impl SearchOptions {
    /// Reads and checks the options of `search()`.
    pub fn read(v: &JsValue) -> Result<charter_core::SearchOptions, Problem> {
        let o: SearchOptions = object(v)?;
        Ok(charter_core::SearchOptions {
            sections: o
                .section
                .strict(Code::UnknownSection)?
                .unwrap_or_default()
                .0,
            limit: o.limit.strict(Code::InvalidOptions)?.map(|l| l.0),
            wording: o.wording.strict(Code::InvalidOptions)?.and_then(|w| w.0),
            ..Default::default()
        })
    }
}

/// The options of `mount()`, and the embed's attributes as it passes them.
/// Every field is optional; a bad one is replaced by its default with one
/// warning, and the others still apply.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Tsify)]
#[serde(default, rename_all = "camelCase")]
pub struct MountOptions {
    /// The search text.
    #[tsify(type = "string")]
    pub query: Lenient<Query>,
    /// One section or several (ids or names; as a string, separated by
    /// spaces or commas).
    #[tsify(type = "SectionId | readonly SectionId[]")]
    pub section: Lenient<Sections>,
    /// Show only clauses with this wording.
    #[tsify(type = "Wording")]
    pub wording: Lenient<Wording>,
    /// Editors' notes, or their JSON text. Faulty notes are left out with one
    /// warning per kind.
    #[tsify(type = "Notes | string")]
    pub notes: Lenient<NotesOption>,
    /// Clause id to open on mount.
    #[tsify(type = "string")]
    pub clause: Lenient<ClauseRef>,
    /// The colour theme (default light).
    #[tsify(type = "Theme")]
    pub theme: Lenient<ThemeName>,
    /// Keep `#charter-ID` in the page URL in step with the open clause
    /// (default true).
    #[tsify(type = "boolean")]
    pub hash: Lenient<Hash>,
    /// UI strings to replace.
    #[tsify(type = "Labels")]
    pub labels: Lenient<LabelSet>,
    /// Height of the widget box (CSS length, or 'none' to grow with
    /// content). Applied by js/api.js.
    #[tsify(type = "string | number")]
    pub max_height: Lenient<IgnoredAny>,
}
