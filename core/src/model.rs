//! The document model: the charter's clauses and sections, and the article's
//! metadata kept apart from them. Loaded values borrow from the index bytes.

use serde::Serialize;

use crate::lens::Lens;

/// One clause of the charter: a numbered item, or an unnumbered paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Clause<'a> {
    /// Canonical id: `P.1`–`P.5`, `I.a`, `I.1`, … (letters for unnumbered paragraphs).
    pub id: &'a str,
    /// Section id: `P`, `I`, `II`, `III` or `IV`.
    pub section: &'a str,
    /// The printed number ("4"), or none for an unnumbered paragraph.
    pub number: Option<&'a str>,
    /// The clause's exact text as signed.
    pub text: &'a str,
    /// Editorial topic tags (never part of the charter's text).
    pub tags: Vec<&'a str>,
    /// How firm its operative wording is (derived from the text when the
    /// index is built; see [`crate::lens`]).
    pub lens: Lens,
}

/// A section of the charter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section<'a> {
    /// `P`, `I`, `II`, `III` or `IV`.
    pub id: &'a str,
    /// Full title as printed ("Security Cooperation").
    pub title: &'a str,
    /// Short editorial title for chips ("Security").
    pub short_title: &'a str,
    /// Lead-in line printed before the section's items (the preamble has one).
    pub lead_in: Option<&'a str>,
}

/// The preamble's section id.
pub const PREAMBLE: &str = "P";

impl Section<'_> {
    /// True for the preamble, which readers know by name rather than by id.
    pub fn is_preamble(&self) -> bool {
        self.id == PREAMBLE
    }
}

/// A signatory of the charter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Signatory<'a> {
    /// Name.
    pub name: &'a str,
    /// Office held at signing.
    pub role: &'a str,
}

/// One dated step in the article's timeline (editorial context).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineEntry<'a> {
    /// ISO date, or empty for a recurring step.
    pub date: &'a str,
    /// The date as shown to readers.
    pub date_label: &'a str,
    /// What happened or is due.
    pub text: &'a str,
}

/// Facts about the charter from the article around it (editorial context).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Metadata<'a> {
    /// Full title.
    pub title: &'a str,
    /// Short title for headers and citations.
    pub short_title: &'a str,
    /// The two parties.
    pub parties: Vec<&'a str>,
    /// ISO date of signing.
    pub signed_date: &'a str,
    /// Date of signing as shown ("10 February 2026").
    pub signed_label: &'a str,
    /// Place of signing.
    pub signed_place: &'a str,
    /// Who signed.
    pub signatories: Vec<Signatory<'a>>,
    /// Background and deadlines, in order.
    pub timeline: Vec<TimelineEntry<'a>>,
    /// Where the context comes from.
    pub source: &'a str,
}

/// The whole document: clauses in order, sections in order, metadata.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Document<'a> {
    /// Every clause, in document order.
    pub clauses: Vec<Clause<'a>>,
    /// Every section, in document order.
    pub sections: Vec<Section<'a>>,
    /// Article context.
    pub metadata: Metadata<'a>,
}
