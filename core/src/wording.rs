//! How the charter's places are worded for readers: section headings, where a
//! clause stands, paragraph names, counts and citations. One set of rules,
//! used by the widget's views (with a site's translated labels) and by the
//! static HTML (`charter-static`, in English).
//!
//! ```
//! # #[cfg(feature = "build")] {
//! use charter_core::wording::Words;
//! # let data = charter_core::builder::SourceData::bundled().unwrap();
//! # let doc = data.document().unwrap();
//! let w = Words::ENGLISH;
//! let i = doc.clauses.iter().position(|c| c.id == "III.4").unwrap();
//! assert_eq!(w.place(&doc.sections, &doc.clauses, i), "Section III — Security Cooperation · paragraph 4");
//! # }
//! ```

use crate::model::{Clause, Metadata, Section};

/// The words the rules put around the charter's own ids and titles. The
/// widget fills them from its labels; [`Words::ENGLISH`] is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words<'a> {
    /// Before a section's id: "Section III".
    pub section: &'a str,
    /// The preamble's name (it has no id for readers).
    pub preamble: &'a str,
    /// Before a paragraph's number: "paragraph 4".
    pub paragraph: &'a str,
    /// An unnumbered paragraph of a section that also has numbered ones.
    pub opening_paragraph: &'a str,
    /// "para." in citations.
    pub cite_paragraph: &'a str,
    /// "opening para." in citations.
    pub cite_opening_paragraph: &'a str,
    /// A count of one: `{n}`.
    pub count_one: &'a str,
    /// A count of several: `{n}`.
    pub count_other: &'a str,
    /// The signing line: `{place}`, `{date}`.
    pub signed: &'a str,
    /// No clause uses binding words.
    pub binding_none: &'a str,
    /// Some clauses use binding words: `{n}`, `{total}`, `{w}` (the first such words).
    pub binding_some: &'a str,
}

impl Words<'static> {
    /// The English words (the widget's default labels come from here).
    pub const ENGLISH: Words<'static> = Words {
        section: "Section",
        preamble: "Preamble",
        paragraph: "paragraph",
        opening_paragraph: "opening paragraph",
        cite_paragraph: "para.",
        cite_opening_paragraph: "opening para.",
        count_one: "{n} clause",
        count_other: "{n} clauses",
        signed: "Signed in {place}, {date}",
        binding_none:
            "No clause uses binding words such as “shall” or “agree to”: none obliges either party.",
        binding_some: "{n} of {total} clauses use binding words such as “{w}”.",
    };
}

/// How a clause is numbered for readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Numbering<'d> {
    /// Its printed number.
    Printed(&'d str),
    /// An unnumbered paragraph: its place among the section's paragraphs, and
    /// whether the section also has numbered items (then it is "opening").
    Nth {
        /// 1-based place in its section.
        nth: usize,
        /// The section also has numbered items.
        opening: bool,
    },
}

/// The numbering of clause `idx`, or `None` when there is no such clause.
pub fn numbering<'d>(clauses: &[Clause<'d>], idx: usize) -> Option<Numbering<'d>> {
    let c = clauses.get(idx)?;
    Some(match c.number {
        Some(n) => Numbering::Printed(n),
        None => {
            let same = clauses.iter().filter(|x| x.section == c.section);
            let mut nth = 0;
            let mut opening = false;
            for (k, x) in same.enumerate() {
                if x.id == c.id {
                    nth = k + 1;
                }
                opening |= x.number.is_some();
            }
            Numbering::Nth { nth, opening }
        }
    })
}

/// Fills `{key}` placeholders; an unknown `{…}` is kept as it is.
pub fn fill(template: &str, pairs: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            pairs
                .iter()
                .find(|(k, _)| *k == &after[..close])
                .map(|(_, v)| (close, v))
        });
        match value {
            Some((close, v)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// "10 February 2026" → "10 Feb. 2026" (month names of five letters or more
/// are cut).
pub fn short_date(label: &str) -> String {
    let mut out = String::new();
    for (i, w) in label.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let long = w.chars().count() > 4 && w.chars().all(char::is_alphabetic);
        match w.char_indices().nth(3) {
            Some((cut, _)) if long => {
                out.push_str(&w[..cut]);
                out.push('.');
            }
            _ => out.push_str(w),
        }
    }
    out
}

/// "{word} 4" for a clause's number, with `opening` for an unnumbered
/// paragraph of a section that also has numbered ones; empty for no clause.
fn numbered(clauses: &[Clause<'_>], idx: usize, word: &str, opening: &str) -> String {
    match numbering(clauses, idx) {
        Some(Numbering::Printed(n)) => format!("{word} {n}"),
        Some(Numbering::Nth { nth, opening: true }) => format!("{opening} {nth}"),
        Some(Numbering::Nth { nth, .. }) => format!("{word} {nth}"),
        None => String::new(),
    }
}

fn section_of<'s, 'd>(sections: &'s [Section<'d>], c: &Clause<'_>) -> Option<&'s Section<'d>> {
    sections.iter().find(|s| s.id == c.section)
}

impl Words<'_> {
    /// "Section III", or the preamble's name.
    pub fn section_name(&self, s: &Section<'_>) -> String {
        if s.is_preamble() {
            self.preamble.to_string()
        } else {
            format!("{} {}", self.section, s.id)
        }
    }

    /// A section's heading: "Section III: Security Cooperation", or the
    /// preamble's name. Browse headings, chip titles, results, static HTML.
    pub fn section_heading(&self, s: &Section<'_>) -> String {
        if s.is_preamble() {
            self.preamble.to_string()
        } else {
            format!("{}: {}", self.section_name(s), s.title)
        }
    }

    /// A section's chip: "III Security", or the preamble's name.
    pub fn section_chip(&self, s: &Section<'_>) -> String {
        if s.is_preamble() {
            self.preamble.to_string()
        } else {
            format!("{} {}", s.id, s.short_title)
        }
    }

    /// "paragraph 4", or "opening paragraph 1" for an unnumbered paragraph of
    /// a section that also has numbered ones.
    pub fn paragraph_name(&self, clauses: &[Clause<'_>], idx: usize) -> String {
        numbered(clauses, idx, self.paragraph, self.opening_paragraph)
    }

    /// Where a clause stands: "Section III — Security Cooperation ·
    /// paragraph 4", "Preamble · paragraph 2".
    pub fn place(&self, sections: &[Section<'_>], clauses: &[Clause<'_>], idx: usize) -> String {
        let Some(c) = clauses.get(idx) else {
            return String::new();
        };
        let head = match section_of(sections, c) {
            Some(s) if s.is_preamble() => self.preamble.to_string(),
            Some(s) => format!("{} — {}", self.section_name(s), s.title),
            None => String::new(),
        };
        format!("{head} · {}", self.paragraph_name(clauses, idx))
    }

    /// "1 clause", "6 clauses".
    pub fn count(&self, n: usize) -> String {
        let t = if n == 1 {
            self.count_one
        } else {
            self.count_other
        };
        fill(t, &[("n", &n.to_string())])
    }

    /// The signing line: "Signed in Baku, 10 February 2026".
    pub fn signed(&self, m: &Metadata<'_>) -> String {
        fill(
            self.signed,
            &[("place", m.signed_place), ("date", m.signed_label)],
        )
    }

    /// One sentence on whether the text binds anyone: how many clauses use
    /// binding words ([`crate::lens`]), quoting the first of them.
    pub fn binding_summary(&self, clauses: &[Clause<'_>]) -> String {
        let binding: Vec<&Clause<'_>> = clauses
            .iter()
            .filter(|c| c.lens.binding.is_some())
            .collect();
        match binding.first() {
            None => self.binding_none.to_string(),
            Some(c) => {
                let (a, b) = c.lens.binding.unwrap_or_default();
                fill(
                    self.binding_some,
                    &[
                        ("n", &binding.len().to_string()),
                        ("total", &clauses.len().to_string()),
                        (
                            "w",
                            &c.text.get(a..b).unwrap_or_default().to_ascii_lowercase(),
                        ),
                    ],
                )
            }
        }
    }

    /// A citation: "Azerbaijan–United States Strategic Partnership Charter
    /// (10 Feb. 2026), Section II, para. 4".
    pub fn citation(
        &self,
        m: &Metadata<'_>,
        sections: &[Section<'_>],
        clauses: &[Clause<'_>],
        idx: usize,
    ) -> String {
        let Some(c) = clauses.get(idx) else {
            return String::new();
        };
        let section = section_of(sections, c)
            .map(|s| self.section_name(s))
            .unwrap_or_default();
        let para = numbered(
            clauses,
            idx,
            self.cite_paragraph,
            self.cite_opening_paragraph,
        );
        format!(
            "{} ({}), {section}, {para}",
            m.short_title,
            short_date(m.signed_label)
        )
    }
}

#[cfg(all(test, feature = "build"))]
mod tests {
    use super::*;

    #[test]
    fn translated_words_change_every_form() {
        let data = crate::builder::SourceData::bundled().unwrap();
        let doc = data.document().unwrap();
        let at = |id: &str| doc.clauses.iter().position(|c| c.id == id).unwrap();
        let az = Words {
            section: "Bölmə",
            preamble: "Preambula",
            paragraph: "bənd",
            cite_paragraph: "b.",
            ..Words::ENGLISH
        };
        let (s, c) = (&doc.sections, &doc.clauses);
        assert_eq!(
            az.place(s, c, at("III.4")),
            "Bölmə III — Security Cooperation · bənd 4"
        );
        assert_eq!(az.place(s, c, at("P.2")), "Preambula · bənd 2");
        assert_eq!(az.section_heading(&s[0]), "Preambula");
        assert_eq!(az.section_heading(&s[3]), "Bölmə III: Security Cooperation");
        assert!(az
            .citation(&doc.metadata, s, c, at("II.4"))
            .ends_with("(10 Feb. 2026), Bölmə II, b. 4"));
        assert_eq!(Words::ENGLISH.count(1), "1 clause");
        assert_eq!(Words::ENGLISH.count(27), "27 clauses");
        assert_eq!(
            Words::ENGLISH.paragraph_name(c, at("I.b")),
            "opening paragraph 2"
        );
        assert_eq!(Words::ENGLISH.paragraph_name(c, 999), "");
        assert_eq!(
            fill("{n} of {m} {x} {", &[("n", "1"), ("m", "2")]),
            "1 of 2 {x} {"
        );
        assert_eq!(short_date("10 February 2026"), "10 Feb. 2026");
        assert_eq!(short_date("1 May 2026"), "1 May 2026");
    }
}
