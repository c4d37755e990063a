//! What comes in from JavaScript: the options of `mount()` (the embed passes
//! its attributes as these too), of `search()`, labels and notes, as typed
//! Rust values. Their TypeScript declarations are generated from these types
//! (see `crate::document::typescript_search`), so the reader, the types and
//! the docs are one schema. What only the widget reads (the theme, labels,
//! notes as shown, `MountOptions`) is compiled with the `widget` feature.
//!
//! The lenient contract is written once, in [`Lenient`]: every field of an
//! options object is read on its own, so a bad field becomes a problem for
//! that field alone. `mount()` turns it into a warning and the field's
//! default ([`Lenient::or_warn`]); `search()` and the handle's setters turn it
//! into an error with a stable code ([`Lenient::strict`]). Unknown fields are
//! ignored with a warning ([`unknown_fields`]). The field types say what a value may be (`TryFrom<`[`Raw`]`>`,
//! with the messages developers see); the charter's own names (clause ids,
//! section names) and link safety are checked in [`crate::check`].
//!
//! Why not `serde_wasm_bindgen::from_value`: every design was built and
//! measured on the finished wasm (wasm-opt -Oz; Node's zlib, gzip -9 and
//! Brotli q11), against a cap of +3 KiB (3,072 bytes) Brotli for the whole
//! serde-wasm-bindgen boundary. Documents already cross through its
//! serializer ([`crate::document::to_js`]): +957 gzip, +1,054 Brotli, which
//! leaves 2,018 bytes Brotli. Beyond that (bytes over the documents-only
//! build, 212,092 gzip / 172,243 Brotli):
//!
//! | design | gzip | Brotli |
//! |---|---|---|
//! | A: `#[derive(Deserialize)]` on `MountOptions`, `SearchOptions`, `Notes`, `Note`; fields `Lenient<T>` taking the value as it is (`serde_wasm_bindgen::preserve`) and reading it with the types below | +10,629 | +8,857 |
//! | B: one walk written once (a visitor over `deserialize_map`, values preserved), fields looked up by name | +8,467 | +7,306 |
//! | A with serde-wasm-bindgen patched (below) | +4,115 | +2,935 |
//! | B with serde-wasm-bindgen patched | +1,795 | +1,486 |
//!
//! What costs: float formatting, about 9 KB of code (twiggy on a build with
//! names: `flt2dec`, `f64`'s `Display`, bignum, serde's `Unexpected` and
//! `WithDecimalPoint`), 5,922 bytes Brotli of A and 5,820 of B. Every method
//! of serde-wasm-bindgen 0.6.5's `Deserializer` that yields a value ends in
//! `invalid_type_` for a value of another type, which builds
//! `Unexpected::Float` for a number, and its `Error` keeps serde's default
//! `invalid_type`/`invalid_value`, which format the `Unexpected`. The only
//! methods without it (`deserialize_option`, `deserialize_newtype_struct`,
//! `deserialize_ignored_any`) yield no value, and the `preserve` path reads
//! the value's slot through `deserialize_u32`. So it is linked whether or not
//! the object is checked first (design A calls `from_value` only after
//! `object(v)?`) and whether the top level is read as a struct (A) or as a
//! map (B, whose keys go through `deserialize_string`).
//!
//! The "patched" rows override those two `Error` methods in a copy of the
//! crate so that they leave the `Unexpected` out. Only B then fits (+2,540
//! bytes Brotli in all), and only with that fork vendored; A's derived
//! visitors cost 6.1 KB raw more than B's walk (10,353 against 4,235 bytes
//! raw, both patched; `mountExplorer` alone grew 3.9 KB). So documents cross
//! through serde-wasm-bindgen, and options are read by classifying a JS value
//! once ([`Raw`]) into the same typed fields, which does the work of B
//! without that code.

use std::marker::PhantomData;

use charter_core::lens::Firmness;
use tsify_next::Tsify;
use wasm_bindgen::{JsCast, JsValue};

use crate::check::{self, Code, Problem};
#[cfg(feature = "widget")]
use {
    crate::ui::{state::NoteSet, Labels, Theme},
    charter_core::notes::{Notes as NoteIndex, MAX_NOTES, MAX_NOTE_CHARS},
    std::sync::Arc,
};

/// One field as JavaScript gave it: left out (`undefined` or `null`), read,
/// or unreadable, with the reason (a sentence for developers).
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Lenient<T> {
    /// `undefined`, `null` or not there.
    #[default]
    Absent,
    /// A value of the field's type.
    Given(T),
    /// A value the field's type refuses, and why (with the code it gets
    /// where bad values are errors).
    Bad(Problem),
}

impl<T: TryFrom<Raw, Error = Problem>> Lenient<T> {
    /// Reads one value; never fails.
    pub fn read(v: &JsValue) -> Self {
        match Raw::from_js(v) {
            Raw::Absent => Lenient::Absent,
            r => match T::try_from(r) {
                Ok(t) => Lenient::Given(t),
                Err(m) => Lenient::Bad(m),
            },
        }
    }

    /// Reads field `key` of an object (absent when `o` is not an object).
    pub fn field(o: &JsValue, key: &str) -> Self {
        Lenient::read(&get(o, key))
    }
}

/// Field `key` of an object; `undefined` when `o` is not an object.
#[inline(never)]
fn get(o: &JsValue, key: &str) -> JsValue {
    if !o.is_object() {
        return JsValue::UNDEFINED;
    }
    js_sys::Reflect::get(o, &JsValue::from_str(key)).unwrap_or_default()
}

impl<T> Lenient<T> {
    /// The value; left out: `default`; unreadable: `default`, and the reason
    /// is added to `warnings`.
    pub fn or_warn(self, default: T, warnings: &mut Vec<String>) -> T {
        match self {
            Lenient::Given(t) => t,
            Lenient::Absent => default,
            Lenient::Bad(p) => {
                warnings.push(p.message);
                default
            }
        }
    }

    /// The value (`None` when left out), or the problem: `INVALID_OPTIONS`
    /// for a value of the wrong type or form, `UNKNOWN_SECTION`,
    /// `UNKNOWN_WORDING` or `UNKNOWN_CLAUSE` for a well-formed name the
    /// charter does not have.
    pub fn strict(self) -> Result<Option<T>, Problem> {
        match self {
            Lenient::Given(t) => Ok(Some(t)),
            Lenient::Absent => Ok(None),
            Lenient::Bad(p) => Err(p),
        }
    }
}

/// The keys of an options object that name none of `fields` (none when `v`
/// is not a plain object).
fn unknown_keys(v: &JsValue, fields: &[&str]) -> Vec<String> {
    if !v.is_object() || js_sys::Array::is_array(v) {
        return Vec::new();
    }
    js_sys::Object::keys(v.unchecked_ref::<js_sys::Object>())
        .iter()
        .filter_map(|k| k.as_string())
        .filter(|k| !fields.contains(&k.as_str()))
        .collect()
}

/// What the warning about unknown keys says.
fn unknown_message(what: &str, keys: &[String], fields: &[&str]) -> String {
    format!(
        "unknown {what}(s) {}: ignored (the options are {})",
        keys.join(", "),
        fields.join(", ")
    )
}

/// The warning about the keys of an options object that name none of
/// `fields`, with what to do instead, or `None` when every key is known.
/// Such keys are ignored (a newer option passed to an older version still
/// works), with a warning.
pub fn unknown_fields(v: &JsValue, fields: &[&str]) -> Option<String> {
    let unknown = unknown_keys(v, fields);
    (!unknown.is_empty()).then(|| unknown_message("option", &unknown, fields))
}

/// Warns once per page about unknown keys in the options of `search()`,
/// which run on every keystroke: each key is named once.
fn warn_unknown_once(v: &JsValue, fields: &[&str]) {
    thread_local! {
        static WARNED: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let mut fresh = unknown_keys(v, fields);
    if fresh.is_empty() {
        return;
    }
    WARNED.with(|w| {
        let mut w = w.borrow_mut();
        fresh.retain(|k| !w.contains(k));
        w.extend(fresh.iter().cloned());
    });
    if !fresh.is_empty() {
        let msg = format!(
            "[charter-explorer] {}",
            unknown_message("search option", &fresh, fields)
        );
        web_sys::console::warn_1(&msg.into());
    }
}

/// Options must be an object (or left out: the defaults); anything else is
/// an `INVALID_OPTIONS` problem.
fn object(v: &JsValue) -> Result<(), Problem> {
    match Raw::from_js(v) {
        Raw::Absent | Raw::Object(_) => Ok(()),
        r => Err(Problem {
            code: Code::InvalidOptions,
            message: format!("options must be an object, not {}", r.kind()),
        }),
    }
}

/// A value from JavaScript, classified once; the field types are read from
/// it (`TryFrom<Raw>`).
#[derive(Debug, Clone, PartialEq)]
pub enum Raw {
    /// `undefined` or `null`.
    Absent,
    /// A string.
    Text(String),
    /// A number.
    Number(f64),
    /// A boolean.
    Bool(bool),
    /// An array.
    List(js_sys::Array),
    /// An object that is not an array (a function too).
    Object(JsValue),
}

impl Raw {
    /// Classifies a JavaScript value.
    pub fn from_js(v: &JsValue) -> Raw {
        if v.is_undefined() || v.is_null() {
            Raw::Absent
        } else if let Some(s) = v.as_string() {
            Raw::Text(s)
        } else if let Some(n) = v.as_f64() {
            Raw::Number(n)
        } else if let Some(b) = v.as_bool() {
            Raw::Bool(b)
        } else if js_sys::Array::is_array(v) {
            Raw::List(v.clone().unchecked_into())
        } else if v.is_object() {
            Raw::Object(v.clone())
        } else {
            // A symbol or a bigint: nothing an option may be.
            Raw::List(js_sys::Array::new())
        }
    }

    /// What kind of value it is, for messages ("a number", "an array").
    pub fn kind(&self) -> &'static str {
        match self {
            Raw::Absent => "undefined",
            Raw::Text(_) => "a string",
            Raw::Number(_) => "a number",
            Raw::Bool(_) => "a boolean",
            Raw::List(_) => "an array",
            Raw::Object(_) => "an object",
        }
    }
}

impl TryFrom<Raw> for String {
    type Error = Problem;
    fn try_from(r: Raw) -> Result<Self, Problem> {
        match r {
            Raw::Text(s) => Ok(s),
            r => Err(format!("expected a string, not {}", r.kind()).into()),
        }
    }
}

/// The search text: a string.
#[derive(Debug, Clone, PartialEq)]
pub struct Query(pub String);

impl TryFrom<Raw> for Query {
    type Error = Problem;
    fn try_from(r: Raw) -> Result<Self, Problem> {
        match r {
            Raw::Text(s) => Ok(Query(s)),
            r => Err(format!("the query must be a string, not {}", r.kind()).into()),
        }
    }
}

/// A query passed on its own (`search(query)`, `setQuery(query)`): a string.
/// Read without serde: it is on the path of every keystroke.
pub fn query(v: &JsValue) -> Result<String, Problem> {
    v.as_string().ok_or_else(|| Problem {
        code: Code::InvalidQuery,
        message: format!("the query must be a string, not {}", Raw::from_js(v).kind()),
    })
}

/// A clause id to look up (`clause(id)`): a string, else `INVALID_OPTIONS`
/// (a lookup returns nothing for an id the charter does not have; it throws
/// only for a value that cannot be an id).
pub fn clause_id(v: &JsValue) -> Result<String, Problem> {
    v.as_string().ok_or_else(|| {
        Problem::from(format!(
            "a clause id must be a string like \"III.4\", not {}",
            Raw::from_js(v).kind()
        ))
    })
}

/// A section filter: one id, several separated by spaces or commas ("I III",
/// "I,III"), or an array of ids; ids and names ("Preamble") in any case,
/// resolved to ids by [`check::sections`]. Empty: every section.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sections(pub Vec<String>);

impl TryFrom<Raw> for Sections {
    type Error = Problem;
    fn try_from(r: Raw) -> Result<Self, Problem> {
        let shape = || Problem::from("section must be a section id string or an array of them");
        let words: Vec<String> = match r {
            Raw::Text(s) => s
                .split([' ', ',', '\t', '\n'])
                .map(str::to_string)
                .collect(),
            Raw::List(items) => items
                .iter()
                .map(|x| x.as_string().ok_or_else(shape))
                .collect::<Result<_, _>>()?,
            _ => return Err(shape()),
        };
        check::sections(&words).map(Sections)
    }
}

/// At most this many results: a positive whole number (capped at 1,000).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limit(pub usize);

impl TryFrom<Raw> for Limit {
    type Error = Problem;
    fn try_from(r: Raw) -> Result<Self, Problem> {
        match r {
            Raw::Number(n) if n >= 1.0 && n.fract() == 0.0 => Ok(Limit(n.min(1000.0) as usize)),
            _ => Err("limit must be a positive whole number".into()),
        }
    }
}

/// A wording filter: `binds`, `aims`, `intent`, `may`, `reaffirms` or
/// `states`; empty: none.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Wording(pub Option<Firmness>);

impl TryFrom<Raw> for Wording {
    type Error = Problem;
    fn try_from(r: Raw) -> Result<Self, Problem> {
        let use_ = "use binds, aims, intent, may, reaffirms or states";
        match r {
            Raw::Text(s) if s.trim().is_empty() => Ok(Wording(None)),
            Raw::Text(s) => Firmness::parse(&s)
                .map(|f| Wording(Some(f)))
                .ok_or_else(|| Problem {
                    code: Code::UnknownWording,
                    message: format!("unknown wording \"{s}\": {use_}"),
                }),
            r => Err(format!("wording must be a string, not {}: {use_}", r.kind()).into()),
        }
    }
}

/// A clause to open by id ("III.4", any case), checked by [`check::clause`];
/// empty: none.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClauseRef(pub Option<usize>);

impl TryFrom<Raw> for ClauseRef {
    type Error = Problem;
    fn try_from(r: Raw) -> Result<Self, Problem> {
        match r {
            Raw::Text(s) => check::clause(&s).map(ClauseRef),
            _ => Err("clause id must be a string".into()),
        }
    }
}

/// The colour theme: `light`, `dark` or `auto` (empty: light).
#[cfg(feature = "widget")]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ThemeName(pub Theme);

#[cfg(feature = "widget")]
impl TryFrom<Raw> for ThemeName {
    type Error = Problem;
    fn try_from(r: Raw) -> Result<Self, Problem> {
        match r {
            Raw::Text(s) => Theme::parse(&s)
                .map(ThemeName)
                .ok_or_else(|| format!("unknown theme \"{s}\": use light, dark or auto").into()),
            r => Err(format!(
                "theme must be a string, not {}: use light, dark or auto",
                r.kind()
            )
            .into()),
        }
    }
}

/// Deep links on or off: a boolean, or "on"/"off" (also true/false, 1/0) as
/// an attribute says it; empty: on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hash(pub bool);

impl TryFrom<Raw> for Hash {
    type Error = Problem;
    fn try_from(r: Raw) -> Result<Self, Problem> {
        match r {
            Raw::Bool(b) => Ok(Hash(b)),
            Raw::Number(n) => Ok(Hash(n != 0.0)),
            Raw::Text(s) => match s.trim().to_ascii_lowercase().as_str() {
                "" | "on" | "true" | "1" => Ok(Hash(true)),
                "off" | "false" | "0" => Ok(Hash(false)),
                _ => Err(format!("hash \"{s}\" should be \"on\" or \"off\"").into()),
            },
            r => Err(format!(
                "hash must be a boolean (or \"on\" or \"off\"), not {}",
                r.kind()
            )
            .into()),
        }
    }
}

/// The entries of a plain object, in its order, each value read as a
/// [`Lenient`] `V` as it is visited (a bad value spoils only its entry).
/// Anything else than a plain object (an array too) is refused.
#[derive(Debug, Clone, PartialEq)]
pub struct Entries<V>(js_sys::Array, PhantomData<V>);

impl<V> Default for Entries<V> {
    fn default() -> Self {
        Entries(js_sys::Array::new(), PhantomData)
    }
}

impl<V: TryFrom<Raw, Error = Problem>> Entries<V> {
    /// How many entries there are.
    pub fn len(&self) -> usize {
        self.0.length() as usize
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Each key and its value.
    pub fn iter(&self) -> impl Iterator<Item = (String, Lenient<V>)> + '_ {
        self.0.iter().map(|e| {
            let pair: js_sys::Array = e.unchecked_into();
            let key = pair.get(0).as_string().unwrap_or_default();
            (key, Lenient::read(&pair.get(1)))
        })
    }
}

impl<V> TryFrom<Raw> for Entries<V> {
    type Error = Problem;
    fn try_from(r: Raw) -> Result<Self, Problem> {
        match r {
            Raw::Object(o) => Ok(Entries(
                js_sys::Object::entries(o.unchecked_ref()),
                PhantomData,
            )),
            r => Err(format!("expected an object, not {}", r.kind()).into()),
        }
    }
}

/// A site's labels: an object of label → text, in its order. Each string
/// value is applied; a value that is not a string, or a key that names no
/// label, is a problem of its own ([`LabelSet::apply`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LabelSet(pub Vec<(String, Option<String>)>);

impl TryFrom<Raw> for LabelSet {
    type Error = Problem;
    fn try_from(r: Raw) -> Result<Self, Problem> {
        let Raw::Object(o) = r else {
            return Err("labels must be an object of strings".into());
        };
        let entries = js_sys::Object::entries(o.unchecked_ref());
        Ok(LabelSet(
            entries
                .iter()
                .map(|e| {
                    let pair: js_sys::Array = e.unchecked_into();
                    (
                        pair.get(0).as_string().unwrap_or_default(),
                        pair.get(1).as_string(),
                    )
                })
                .collect(),
        ))
    }
}

#[cfg(feature = "widget")]
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
        for (key, value) in self.0 {
            match value {
                Some(text) => over.push((key, text)),
                None => problems.push(bad(format!(
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

/// One note: its text, or `{ text, link }` (other fields are ignored).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Note {
    /// The text, when it is a string.
    pub text: Option<String>,
    /// The link, as given.
    pub link: Lenient<String>,
}

impl TryFrom<Raw> for Note {
    type Error = Problem;
    fn try_from(r: Raw) -> Result<Self, Problem> {
        Ok(match r {
            Raw::Text(text) => Note {
                text: Some(text),
                link: Lenient::Absent,
            },
            Raw::Object(o) => Note {
                text: match Lenient::<String>::field(&o, "text") {
                    Lenient::Given(t) => Some(t),
                    _ => None,
                },
                link: Lenient::field(&o, "link"),
            },
            _ => Note::default(),
        })
    }
}

/// Editors' notes: `{ by: 'Desk', notes: { 'I.a': 'text', 'III.4': { text,
/// link } } }`.
#[derive(Debug, Clone, Default, PartialEq, Tsify)]
pub struct Notes {
    /// The desk that wrote them ("Note from {by}").
    #[serde(default)]
    #[tsify(type = "string")]
    pub by: Lenient<String>,
    /// Plain text per clause id (at most 200 notes of at most 2,000
    /// characters); a link must be http(s).
    #[tsify(type = "Readonly<Record<string, string | { text: string; link?: string }>>")]
    pub notes: Entries<Note>,
}

/// The `notes` option: [`Notes`], or its JSON text (an attribute's value).
/// Empty text: no notes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NotesOption(pub Notes);

const NOTES_SHAPE: &str = "notes must be a JSON object like {\"by\": \"Desk\", \"notes\": {\"I.a\": \"text\"}}; no notes are shown";

impl TryFrom<Raw> for NotesOption {
    type Error = Problem;
    fn try_from(r: Raw) -> Result<Self, Problem> {
        let o = match r {
            Raw::Text(text) if text.trim().is_empty() => return Ok(NotesOption::default()),
            Raw::Text(text) => {
                js_sys::JSON::parse(&text).map_err(|_| Problem::from(NOTES_SHAPE))?
            }
            Raw::Object(o) => o,
            _ => return Err(NOTES_SHAPE.into()),
        };
        if js_sys::Array::is_array(&o) {
            return Err(NOTES_SHAPE.into());
        }
        let [by, notes] = Notes::FIELDS;
        let notes = match Lenient::field(&o, notes) {
            Lenient::Given(n) => n,
            _ => return Err(NOTES_SHAPE.into()),
        };
        Ok(NotesOption(Notes {
            by: Lenient::field(&o, by),
            notes,
        }))
    }
}

impl Notes {
    /// Its fields as JavaScript names them (as in the generated types).
    pub const FIELDS: [&'static str; 2] = ["by", "notes"];
}

#[cfg(feature = "widget")]
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
        let given = self.notes.len();
        let (mut unknown, mut empty, mut long, mut links) = (vec![], vec![], vec![], vec![]);
        let mut kept: Vec<(usize, String)> = Vec::new();
        let mut kept_links = Vec::new();
        for (id, note) in self.notes.iter() {
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

/// Reads notes given on their own (`setNotes`), as the setters read every
/// value: a value that is not notes at all (not an object or its JSON text)
/// is an `INVALID_OPTIONS` error; within notes, faulty ones are left out
/// with one problem per kind (a warning) and the rest are shown.
#[cfg(feature = "widget")]
pub fn notes(v: &JsValue) -> Result<(NoteSet, Vec<Problem>), Problem> {
    Ok(match Lenient::<NotesOption>::read(v).strict()? {
        Some(n) => n.0.apply(),
        None => (NoteSet::default(), vec![]),
    })
}

/// The options of `search()` and `explain()`. A bad field throws:
/// `INVALID_OPTIONS` for a value of the wrong type or form,
/// `UNKNOWN_SECTION` or `UNKNOWN_WORDING` for a name the charter lacks.
#[derive(Debug, Clone, Default, PartialEq, Tsify)]
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
    /// Its fields as JavaScript names them (as in the generated types).
    pub const FIELDS: [&'static str; 3] = ["section", "limit", "wording"];

    /// Reads and checks the options of `search()`, field by field: the
    /// first bad one is the error.
    pub fn strict(v: &JsValue) -> Result<charter_core::SearchOptions, Problem> {
        object(v)?;
        warn_unknown_once(v, &Self::FIELDS);
        let [section, limit, wording] = Self::FIELDS;
        let sections = Lenient::<Sections>::field(v, section).strict()?;
        let limit = Lenient::<Limit>::field(v, limit).strict()?;
        let wording = Lenient::<Wording>::field(v, wording).strict()?;
        Ok(charter_core::SearchOptions {
            sections: sections.unwrap_or_default().0,
            limit: limit.map(|l| l.0),
            wording: wording.and_then(|w| w.0),
            ..Default::default()
        })
    }
}

/// The options of `mount()`, and the embed's attributes as it passes them.
/// Every field is optional; a bad one is replaced by its default with one
/// warning, and the others still apply.
#[cfg(feature = "widget")]
#[derive(Debug, Clone, Default, PartialEq, Tsify)]
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
    pub max_height: (),
}

#[cfg(feature = "widget")]
impl MountOptions {
    /// Its fields as JavaScript names them (as in the generated types).
    pub const FIELDS: [&'static str; 9] = [
        "query",
        "section",
        "wording",
        "notes",
        "clause",
        "theme",
        "hash",
        "labels",
        "maxHeight",
    ];

    /// Reads the options: each field on its own.
    pub fn read(v: &JsValue) -> Result<MountOptions, Problem> {
        object(v)?;
        let [query, section, wording, notes, clause, theme, hash, labels, _] = Self::FIELDS;
        Ok(MountOptions {
            query: Lenient::field(v, query),
            section: Lenient::field(v, section),
            wording: Lenient::field(v, wording),
            notes: Lenient::field(v, notes),
            clause: Lenient::field(v, clause),
            theme: Lenient::field(v, theme),
            hash: Lenient::field(v, hash),
            labels: Lenient::field(v, labels),
            max_height: (),
        })
    }
}
