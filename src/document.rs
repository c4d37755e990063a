//! What goes out to JavaScript: the charter's clauses, sections and metadata
//! (read once by js/api.js, which freezes them), what a query finds
//! (`explain`) and a widget's state, as `#[derive(Serialize)]` types turned
//! into JavaScript values by [`to_js`]. Their TypeScript declarations, and
//! those of the options in [`crate::options`], are generated from these
//! types: the search API's (`typescript_search`) into js/search.d.ts, the
//! widget's (`typescript_widget`) into js/charter_explorer.d.ts.
//!
//! Search results are not here: `searchRaw` answers with one packed array of
//! numbers that js/api.js turns into `SearchResult` objects (see
//! [`crate::api::search_raw`] for why).

use serde::Serialize;
use tsify_next::Tsify;
use wasm_bindgen::JsValue;

/// Serialises an answer for JavaScript through serde-wasm-bindgen: structs
/// as plain objects, sequences as arrays, `None` as `null` (as the types
/// declare: `missing_as_null`).
pub fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsValue> {
    const JS: serde_wasm_bindgen::Serializer =
        serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    Ok(v.serialize(&JS)?)
}

/// One clause of the charter.
#[derive(Debug, Clone, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct Clause<'a> {
    /// Canonical id: "P.1"…"P.5", "I.a", "I.b", "I.1"…, "IV.c".
    pub id: &'a str,
    /// The section it is in.
    #[tsify(type = "SectionId")]
    pub section: &'a str,
    /// Full title of the clause's section.
    pub section_title: &'a str,
    /// The printed number ("4"), or null for an unnumbered paragraph.
    pub number: Option<&'a str>,
    /// The clause's exact text as signed.
    pub text: &'a str,
    /// Position in the document (0-based).
    pub index: u32,
    /// Editorial topic tags (not charter text).
    #[tsify(type = "readonly string[]")]
    pub tags: &'a [&'a str],
    /// How firm its operative wording is (read from the text by the core's rules).
    #[tsify(type = "Wording")]
    pub wording: &'a str,
    /// The phrase that decides `wording` ("aim to"), or null when the clause simply states something.
    pub wording_phrase: Option<&'a str>,
    /// True when the clause uses binding words ("shall", "agree to", "commit to"…).
    pub binding: bool,
}

/// A section of the charter (the Preamble, I–IV).
#[derive(Debug, Clone, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
#[tsify(missing_as_null)]
pub struct Section<'a> {
    /// Its id.
    #[tsify(type = "SectionId")]
    pub id: &'a str,
    /// Its full title.
    pub title: &'a str,
    /// Its title in a few words.
    pub short_title: &'a str,
    /// The sentence that introduces its clauses, if any.
    pub lead_in: Option<&'a str>,
}

/// Facts about the charter from the news article (context, not charter text).
#[derive(Debug, Clone, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Metadata<'a> {
    /// The charter's title.
    pub title: &'a str,
    /// Its title in a few words.
    pub short_title: &'a str,
    /// The parties.
    #[tsify(type = "readonly string[]")]
    pub parties: &'a [&'a str],
    /// When and where it was signed.
    pub signed: Signed<'a>,
    /// Who signed it.
    #[tsify(type = "readonly Signatory[]")]
    pub signatories: Vec<Signatory<'a>>,
    /// What happened before and after.
    #[tsify(type = "readonly TimelineEntry[]")]
    pub timeline: Vec<TimelineEntry<'a>>,
    /// Where the text comes from.
    pub source: &'a str,
}

/// When and where the charter was signed.
#[derive(Debug, Clone, Serialize, Tsify)]
pub struct Signed<'a> {
    /// ISO date.
    pub date: &'a str,
    /// The date as readers see it.
    pub label: &'a str,
    /// The place.
    pub place: &'a str,
}

/// One who signed the charter.
#[derive(Debug, Clone, Serialize, Tsify)]
pub struct Signatory<'a> {
    /// Their name.
    pub name: &'a str,
    /// Their office.
    pub role: &'a str,
}

/// An event of the charter's history.
#[derive(Debug, Clone, Serialize, Tsify)]
#[tsify(missing_as_null)]
pub struct TimelineEntry<'a> {
    /// ISO date, or null when only a label is known.
    pub date: Option<&'a str>,
    /// The date as readers see it.
    pub label: &'a str,
    /// What happened.
    pub text: &'a str,
}

/// The whole document, as `documentRaw` gives it to js/api.js.
#[derive(Debug, Clone, Serialize)]
pub struct Document<'a> {
    /// Every clause, in order.
    pub clauses: Vec<Clause<'a>>,
    /// The sections, in order.
    pub sections: Vec<Section<'a>>,
    /// Facts about the charter.
    pub metadata: Metadata<'a>,
}

fn nonempty(s: &str) -> Option<&str> {
    (!s.is_empty()).then_some(s)
}

impl<'a> Document<'a> {
    /// The document as it crosses to JavaScript.
    pub fn new(d: &'a charter_core::Document<'a>) -> Document<'a> {
        let title = |id: &str| {
            d.sections
                .iter()
                .find(|s| s.id == id)
                .map_or("", |s| s.title)
        };
        let m = &d.metadata;
        Document {
            clauses: d
                .clauses
                .iter()
                .enumerate()
                .map(|(i, c)| Clause {
                    id: c.id,
                    section: c.section,
                    section_title: title(c.section),
                    number: c.number,
                    text: c.text,
                    index: i as u32,
                    tags: &c.tags,
                    wording: c.lens.firmness.name(),
                    wording_phrase: c
                        .text
                        .get(c.lens.phrase.0..c.lens.phrase.1)
                        .and_then(nonempty),
                    binding: c.lens.binding.is_some(),
                })
                .collect(),
            sections: d
                .sections
                .iter()
                .map(|s| Section {
                    id: s.id,
                    title: s.title,
                    short_title: s.short_title,
                    lead_in: s.lead_in,
                })
                .collect(),
            metadata: Metadata {
                title: m.title,
                short_title: m.short_title,
                parties: &m.parties,
                signed: Signed {
                    date: m.signed_date,
                    label: m.signed_label,
                    place: m.signed_place,
                },
                signatories: m
                    .signatories
                    .iter()
                    .map(|s| Signatory {
                        name: s.name,
                        role: s.role,
                    })
                    .collect(),
                timeline: m
                    .timeline
                    .iter()
                    .map(|t| TimelineEntry {
                        date: nonempty(t.date),
                        label: t.date_label,
                        text: t.text,
                    })
                    .collect(),
                source: m.source,
            },
        }
    }
}

/// What a query finds in the charter, from `explain`.
///
/// @example
/// explain('nuclear weapons'); // { missing: ['weapons'], suggestion: null, total: 2, covered: true }: search() gives I.4 first
/// explain('refugees');        // { missing: ['refugees'], suggestion: null, total: 0, covered: false }: search() gives []
#[derive(Debug, Clone, Serialize, Tsify)]
#[tsify(missing_as_null)]
pub struct Explanation<'a> {
    /// The reader's words (as typed) that the charter's text does not contain in
    /// any form: "Not in the charter: weapons". Clauses matching the other words
    /// are still returned by `search`.
    #[tsify(type = "readonly string[]")]
    pub missing: Vec<&'a str>,
    /// "Did you mean": a corrected query when nothing matches, else null.
    pub suggestion: Option<String>,
    /// How many clauses match under the options (what `search` returns without `limit`).
    pub total: u32,
    /// False exactly when some word is missing and no clause of the charter (any
    /// section, any wording) matches: the charter does not mention the topic.
    /// With a `suggestion`, the word may be a typo ("nukelar"): offer it first.
    pub covered: bool,
}

/// A mounted widget's state (`handle.state`).
#[derive(Debug, Clone, Serialize, Tsify)]
#[tsify(missing_as_null)]
pub struct ExplorerState {
    /// The search text.
    pub query: String,
    /// The section filter (empty: all).
    #[tsify(type = "readonly SectionId[]")]
    pub sections: Vec<String>,
    /// The wording filter, or null.
    #[tsify(type = "Wording | null")]
    pub wording: Option<&'static str>,
    /// How many results are listed.
    pub count: u32,
    /// The open clause's id, or null.
    pub clause: Option<&'static str>,
}

/// Helpers of the generated declarations (tsify-next's output, tidied).
#[cfg(not(target_arch = "wasm32"))]
mod decl {
    /// `export type NAME = 'a' | 'b' …;` with its doc comment.
    pub fn union(doc: &str, name: &str, items: &[&str]) -> String {
        let items: Vec<String> = items.iter().map(|i| format!("'{i}'")).collect();
        format!("/** {doc} */\nexport type {name} = {};", items.join(" | "))
    }

    /// Out of the engine: every property and array read-only.
    pub fn readonly(decl: &str) -> String {
        decl.lines()
            .map(|l| match l.strip_prefix("    ") {
                Some(rest) if rest.starts_with(|c: char| c.is_ascii_alphabetic()) => {
                    format!("    readonly {rest}")
                }
                _ => l.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// tsify-next writes doc comments as Rust string escapes (`\"`, `\'`)
    /// and over three lines each: unescape them, and put one-line docs on
    /// one line.
    pub fn tidy(decl: &str) -> String {
        let decl = decl.replace("\\\"", "\"").replace("\\'", "'");
        let lines: Vec<&str> = decl.lines().collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < lines.len() {
            let l = lines[i];
            let indent = &l[..l.len() - l.trim_start().len()];
            if l.trim() == "/**"
                && i + 2 < lines.len()
                && lines[i + 1].trim_start().starts_with("* ")
                && lines[i + 2].trim() == "*/"
            {
                out.push(format!(
                    "{indent}/** {} */",
                    &lines[i + 1].trim_start()[2..]
                ));
                i += 3;
            } else {
                out.push(l.to_string());
                i += 1;
            }
        }
        out.join("\n")
    }

    /// The parts between the markers ([`super::GENERATED_START`], [`super::GENERATED_END`]).
    pub fn block(parts: impl IntoIterator<Item = String>) -> String {
        let mut out = String::from(super::GENERATED_START);
        out.push('\n');
        for p in parts {
            out.push_str(&p);
            out.push('\n');
        }
        out.push_str(super::GENERATED_END);
        out
    }
}

/// The public types of js/search.d.ts (the `charter-explorer/search` entry,
/// which the main entry re-exports): the document, the search options and
/// answers, generated from the Rust types (tsify-next's declarations; the
/// unions from the lists the code uses). Declarations of values that cross
/// out of the engine are made read-only, as the package has always typed
/// them. `make types` writes it into the .d.ts; tests/contract.rs fails when
/// the file is not current.
#[cfg(not(target_arch = "wasm32"))]
pub fn typescript_search() -> String {
    use crate::options::SearchOptions;
    use charter_core::lens::Firmness;
    use decl::{readonly, tidy, union};

    let index = crate::index().expect("the index loads");
    let sections: Vec<&str> = index.document().sections.iter().map(|s| s.id).collect();
    let wordings: Vec<&str> = Firmness::ALL.iter().map(|f| f.name()).collect();
    decl::block([
        union("Section ids of the charter.", "SectionId", &sections),
        union(
            "How firm a clause's wording is: binding words (\"shall\", \"agree to\"),\n * \"aim to\", an \"intent to\", \"may\", \"reaffirm\", or none of these (\"states\").",
            "Wording",
            &wordings,
        ),
        readonly(&tidy(Clause::DECL)),
        readonly(&tidy(Section::DECL)),
        readonly(&tidy(Metadata::DECL)),
        readonly(&tidy(Signed::DECL)),
        readonly(&tidy(Signatory::DECL)),
        readonly(&tidy(TimelineEntry::DECL)),
        readonly(&tidy(Explanation::DECL)),
        tidy(SearchOptions::DECL),
    ])
}

/// The widget's public types, in js/charter_explorer.d.ts (beside its
/// re-export of js/search.d.ts): the options of `mount()`, the theme, the
/// labels, the notes and a widget's state. Checked and written as
/// [`typescript_search`] is.
#[cfg(all(not(target_arch = "wasm32"), feature = "widget"))]
pub fn typescript_widget() -> String {
    use crate::options::{MountOptions, Notes};
    use crate::ui::{Labels, Theme};
    use decl::{readonly, tidy, union};

    let themes = ["light", "dark", "auto"];
    assert!(themes.iter().all(|t| Theme::parse(t).is_some()));
    decl::block([
        union("The colour theme.", "Theme", &themes),
        union("UI strings that `labels` may replace.", "LabelKey", Labels::KEYS),
        "/** UI strings to replace, by key. */\nexport type Labels = Partial<Record<LabelKey, string>>;".into(),
        readonly(&tidy(ExplorerState::DECL)),
        tidy(Notes::DECL),
        tidy(MountOptions::DECL),
    ])
}

/// The line that opens the generated part of js/search.d.ts and of
/// js/charter_explorer.d.ts.
pub const GENERATED_START: &str = "// ---- Generated from the Rust types (src/options.rs, src/document.rs) by `make types`;\n// tests/contract.rs checks it is current. Do not edit by hand. ----";
/// The line that closes it.
pub const GENERATED_END: &str = "// ---- End of the generated types ----";
