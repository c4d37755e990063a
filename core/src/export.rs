//! The charter for pages and platforms that run no script (`charter-static`):
//! the widget's fallback with schema.org JSON-LD, plain semantic HTML for
//! feeds and syndication, and an Apple News Format article. The last two can
//! be limited to some sections and clauses ([`Selection`]).
//!
//! ```
//! use charter_core::builder::SourceData;
//! use charter_core::export::{self, Selection};
//! let data = SourceData::bundled().unwrap();
//! let doc = data.document().unwrap();
//! let only = Selection::new(&doc, &[] as &[&str], &["iii.4"]).unwrap();
//! let html = export::html(&doc, &only);
//! assert!(html.contains("id=\"charter-III.4\"") && !html.contains("charter-III.3"));
//! let anf = export::anf(&doc, &Selection::default());
//! assert_eq!(anf["language"], "en");
//! ```

use std::fmt;

use serde_json::{json, Value};

use crate::model::{Clause, Document, Section};
use crate::wording::Words;

/// Escapes text for HTML content and double-quoted attribute values.
pub fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A section or clause id that the charter does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownId {
    /// "section" or "clause".
    pub kind: &'static str,
    /// The id as given.
    pub id: String,
    /// The ids there are, in document order.
    pub known: Vec<String>,
}

impl fmt::Display for UnknownId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} {:?} (the charter's are {})",
            self.kind,
            self.id,
            self.known.join(", ")
        )
    }
}

impl std::error::Error for UnknownId {}

/// Which clauses an export carries: those of the chosen sections and the
/// chosen clauses; the whole charter when nothing is chosen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    sections: Vec<String>,
    clauses: Vec<String>,
}

/// The canonical spelling of each wanted id (matched case-insensitively).
fn resolve<'d>(
    kind: &'static str,
    known: impl Iterator<Item = &'d str> + Clone,
    wanted: &[impl AsRef<str>],
) -> Result<Vec<String>, UnknownId> {
    wanted
        .iter()
        .map(|w| {
            let w = w.as_ref();
            known
                .clone()
                .find(|k| k.eq_ignore_ascii_case(w.trim()))
                .map(str::to_string)
                .ok_or_else(|| UnknownId {
                    kind,
                    id: w.to_string(),
                    known: known.clone().map(str::to_string).collect(),
                })
        })
        .collect()
}

impl Selection {
    /// Section ids (`P` is the preamble) and clause ids, in any case; an id
    /// the charter does not have is an error.
    pub fn new(
        doc: &Document<'_>,
        sections: &[impl AsRef<str>],
        clauses: &[impl AsRef<str>],
    ) -> Result<Self, UnknownId> {
        Ok(Selection {
            sections: resolve("section", doc.sections.iter().map(|s| s.id), sections)?,
            clauses: resolve("clause", doc.clauses.iter().map(|c| c.id), clauses)?,
        })
    }

    /// True when the selection limits nothing.
    pub fn is_whole(&self) -> bool {
        self.sections.is_empty() && self.clauses.is_empty()
    }

    /// Whether the export carries this clause.
    pub fn keeps(&self, c: &Clause<'_>) -> bool {
        self.is_whole()
            || self.sections.iter().any(|s| s == c.section)
            || self.clauses.iter().any(|id| id == c.id)
    }

    /// The chosen ids, sections first ("I III.4"), for names.
    fn ids(&self) -> String {
        [&self.sections[..], &self.clauses[..]].concat().join(" ")
    }
}

/// The sections with a clause kept (every section when nothing is chosen),
/// each with its kept clauses, in document order.
fn groups<'a, 'd>(
    doc: &'a Document<'d>,
    sel: &Selection,
) -> Vec<(&'a Section<'d>, Vec<&'a Clause<'d>>)> {
    doc.sections
        .iter()
        .map(|s| {
            let kept: Vec<_> = doc
                .clauses
                .iter()
                .filter(|c| c.section == s.id && sel.keeps(c))
                .collect();
            (s, kept)
        })
        .filter(|(_, kept)| sel.is_whole() || !kept.is_empty())
        .collect()
}

/// A section's `<h3>` heading, lead-in and clauses, one `<p>` each with its
/// printed number; `attr` is each clause's identifying attribute.
fn section_html(
    out: &mut String,
    s: &Section<'_>,
    clauses: &[&Clause<'_>],
    attr: impl Fn(&Clause<'_>) -> String,
) {
    let heading = Words::ENGLISH.section_heading(s);
    out.push_str(&format!("<h3>{}</h3>\n", escape_html(&heading)));
    if let Some(l) = s.lead_in {
        out.push_str(&format!("<p>{}</p>\n", escape_html(l)));
    }
    for c in clauses {
        let number = c.number.map(|n| format!("{n}. ")).unwrap_or_default();
        out.push_str(&format!(
            "<p {}>{}{}</p>\n",
            attr(c),
            escape_html(&number),
            escape_html(c.text)
        ));
    }
}

/// The widget's fallback (`charter-static` with no format): the whole
/// charter as HTML with schema.org JSON-LD, pasted inside `<charter-explorer>`.
pub fn fallback_html(doc: &Document<'_>) -> String {
    let m = &doc.metadata;
    let parts: Vec<_> = doc
        .clauses
        .iter()
        .map(|c| json!({"@type": "Legislation", "identifier": c.id, "name": format!("{} {}", m.short_title, c.id), "text": c.text}))
        .collect();
    let ld = json!({
        "@context": "https://schema.org",
        "@type": "Legislation",
        "name": m.title,
        "alternateName": m.short_title,
        "legislationDate": m.signed_date,
        "legislationType": "Strategic partnership charter",
        "spatialCoverage": ["Azerbaijan", "United States"],
        "locationCreated": m.signed_place,
        "hasPart": parts,
    });
    // "</" inside a script block would end it early.
    let ld = ld.to_string().replace("</", "<\\/");
    let mut out = String::new();
    out.push_str("<div class=\"charter-static\" lang=\"en\">\n");
    out.push_str(&format!(
        "<script type=\"application/ld+json\">{ld}</script>\n"
    ));
    out.push_str(&format!("<h2>{}</h2>\n", escape_html(m.short_title)));
    let signed = Words::ENGLISH.signed(m);
    out.push_str(&format!("<p>{}.</p>\n", escape_html(&signed)));
    for (s, clauses) in groups(doc, &Selection::default()) {
        section_html(&mut out, s, &clauses, |c| {
            format!("data-clause=\"{}\"", escape_html(c.id))
        });
    }
    out.push_str("</div>\n");
    out
}

/// Plain semantic HTML for feeds and syndication: an `<article>` fragment
/// with the title and signing date, a `<section>` with an `<h3>` per section
/// and a `<p>` per clause carrying the widget's deep-link id
/// (`id="charter-III.4"`), and the source. No script, no style, all text
/// escaped.
pub fn html(doc: &Document<'_>, sel: &Selection) -> String {
    let m = &doc.metadata;
    let mut out = String::from("<article class=\"charter\" lang=\"en\" dir=\"ltr\">\n");
    out.push_str(&format!(
        "<header>\n<h2>{}</h2>\n<p><cite>{}</cite>. <time datetime=\"{}\">{}</time>.</p>\n</header>\n",
        escape_html(m.short_title),
        escape_html(m.title),
        escape_html(m.signed_date),
        escape_html(&Words::ENGLISH.signed(m))
    ));
    for (s, clauses) in groups(doc, sel) {
        out.push_str("<section>\n");
        section_html(&mut out, s, &clauses, |c| {
            format!("id=\"charter-{}\"", escape_html(c.id))
        });
        out.push_str("</section>\n");
    }
    out.push_str(&format!(
        "<footer><p>{}</p></footer>\n</article>\n",
        escape_html(m.source)
    ));
    out
}

/// Lower-case ASCII letters and digits joined by single hyphens.
fn slug(s: &str) -> String {
    s.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

/// An Apple News Format article (`article.json`): a title, a byline with the
/// signing, a `heading2` per section (the preamble too), its lead-in as an
/// `intro`, and one `body` per clause whose text is the clause's id, " — ",
/// then the clause's text verbatim (the component's `identifier` is the
/// widget's deep-link id). Unformatted text throughout, so nothing is
/// escaped but by JSON.
pub fn anf(doc: &Document<'_>, sel: &Selection) -> Value {
    let m = &doc.metadata;
    let words = Words::ENGLISH;
    let signed = words.signed(m);
    let mut components = vec![
        json!({"role": "title", "text": m.short_title}),
        json!({"role": "byline", "text": signed}),
    ];
    let mut count = 0;
    for (s, clauses) in groups(doc, sel) {
        components.push(json!({"role": "heading2", "text": words.section_heading(s)}));
        if let Some(l) = s.lead_in {
            components.push(json!({"role": "intro", "text": l}));
        }
        count += clauses.len();
        components.extend(clauses.into_iter().map(|c| {
            json!({
                "role": "body",
                "identifier": format!("charter-{}", c.id),
                "text": format!("{} — {}", c.id, c.text),
            })
        }));
    }
    let font = |name: &str, size: u32, line: u32| json!({"fontName": name, "fontSize": size, "lineHeight": line, "textColor": "#1A1A1A"});
    json!({
        "version": "1.7",
        "identifier": slug(&format!("{} {}", m.short_title, sel.ids())),
        "title": m.short_title,
        "language": "en",
        "layout": {"columns": 20, "width": 1024, "margin": 60, "gutter": 20},
        "components": components,
        "componentTextStyles": {
            "default": font("Georgia", 18, 26),
            "default-title": font("HelveticaNeue-Bold", 34, 40),
            "default-heading2": font("HelveticaNeue-Bold", 24, 30),
            "default-byline": font("HelveticaNeue", 14, 20),
        },
        "metadata": {
            "datePublished": format!("{}T00:00:00Z", m.signed_date),
            "excerpt": format!("{}. {signed}; {}.", m.title, words.count(count)),
            "generatorName": "charter-static",
            "generatorVersion": env!("CARGO_PKG_VERSION"),
        },
    })
}
