//! Queries: parsing, matching through the fst, BM25-style ranking, highlights,
//! per-section counts and "did you mean".
//!
//! Match quality, best first: a word of the clause, its stem, an alias, an
//! editorial tag, a prefix of a word (the last query term, as the reader types),
//! and — only for a term that found nothing better — a word within a few edits
//! (none up to 3 letters, one for 4–7, two from 8; a swap counts as one).
//! Clauses that match every term rank above clauses that match only some.

use serde::Serialize;

use crate::error::QueryError;
use crate::format::Kind;
use crate::index::Index;
use crate::lens::Firmness;
use crate::model::Clause;
use crate::notes::{NoteTerm, Notes};
use std::sync::Arc;

mod compound;
mod highlight;
mod matching;
mod pack;
mod phrase;
mod proximity;
mod query;
mod suggest;
mod typo;

pub use query::max_edits;
use query::{parse, Unit};

/// Queries longer than this many characters are cut (and flagged).
pub const MAX_QUERY_CHARS: usize = 256;
/// Queries with more terms than this are cut (and flagged).
pub const MAX_TERMS: usize = 16;

/// Options for [`Index::search`].
#[derive(Debug, Clone, Default)]
pub struct SearchOptions {
    /// Only clauses of these sections (ids such as "II"); empty = all.
    pub sections: Vec<String>,
    /// At most this many results; `None` = all.
    pub limit: Option<usize>,
    /// Only clauses with this operative wording.
    pub wording: Option<Firmness>,
    /// Editors' notes to search too (their matches rank below the charter's).
    pub notes: Option<Arc<Notes>>,
}

/// One ranked clause.
#[derive(Debug, Clone, Serialize)]
pub struct Hit<'i> {
    /// The clause.
    #[serde(skip)]
    pub clause: &'i Clause<'i>,
    /// Position of the clause in the document.
    pub index: usize,
    /// Clause id.
    pub id: &'i str,
    /// Section id.
    pub section: &'i str,
    /// Relevance score (higher is better; comparable within one query).
    pub score: f32,
    /// True when every query term matched.
    pub complete: bool,
    /// Byte ranges of `clause.text` to highlight, sorted and disjoint.
    pub highlights: Vec<(usize, usize)>,
    /// Editorial topic tags that matched (shown apart from the text).
    pub tags: Vec<&'i str>,
    /// Found only in the editors' note on the clause, not in its text: the
    /// byte ranges of the note's matching words.
    pub note: Option<Vec<(usize, usize)>>,
    /// The clause's words reached only through a related word of the query
    /// ("defense sales" for "weapons"): byte ranges of `clause.text`, one per
    /// distinct word, the reason the clause is shown, for a "related: …" mark
    /// (see [`Hit::related_words`]).
    pub related: Vec<(usize, usize)>,
}

impl<'i> Hit<'i> {
    /// The clause's words reached through related words, as written.
    pub fn related_words(&self) -> Vec<&'i str> {
        self.related
            .iter()
            .map(|&(s, e)| &self.clause.text[s..e])
            .collect()
    }
}

/// The answer to a query.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResponse<'i> {
    /// Ranked results (after the section filter and the limit).
    pub results: Vec<Hit<'i>>,
    /// Matches after the section filter, before the limit.
    pub total: usize,
    /// Matches per section for this query, ignoring the section filter, in
    /// document order.
    pub section_counts: Vec<(&'i str, usize)>,
    /// Matches per operative wording (indexed by [`Firmness`] as `usize`),
    /// after the section filter and ignoring the wording filter: what the
    /// wording lens counts while a query is on.
    pub wording_counts: [usize; 6],
    /// When nothing matched: a corrected query from the charter's own words.
    pub suggestion: Option<String>,
    /// True when the query was cut to [`MAX_QUERY_CHARS`] or [`MAX_TERMS`].
    pub truncated: bool,
    /// The normalised terms that were searched for.
    pub terms: Vec<String>,
    /// The reader's words that the charter does not contain in any form (as
    /// typed): "Not in the charter: …". Clauses that match the other words are
    /// still returned; when nothing matches, the charter does not mention the
    /// topic at all.
    pub missing: Vec<String>,
}

/// How a query term reached a clause, weakest first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Link {
    /// Not at all.
    None,
    /// Only through a loose related word (a gloss or a narrower word).
    Weak,
    /// Through an editorial topic tag only: the clause is about it, but its
    /// text does not say the word.
    Tag,
    /// Through a related word: an editorial related term (sourced), which
    /// says more than a tag: the clause's own words for the reader's.
    Related,
    /// Through the charter's own words (as written, stem, alias, form,
    /// prefix or typo).
    Text,
}

/// A matched occurrence, for highlights and proximity, packed into a u64 (see
/// [`pack`]) so that it sorts by (clause, query unit, token).
#[derive(Clone, Copy)]
struct Occ {
    doc: u8,
    unit: u8,
    kind: Kind,
    tok: u16,
    extra: u8,
}

impl Occ {
    const WIDTHS: [u32; 5] = [8, 8, 16, 8, 8];

    fn pack(self) -> u64 {
        pack::pack([
            (u64::from(self.doc), 8),
            (u64::from(self.unit), 8),
            (u64::from(self.tok), 16),
            (u64::from(self.extra), 8),
            (self.kind as u64, 8),
        ])
    }

    fn unpack(v: u64) -> Occ {
        let [doc, unit, tok, extra, kind] = pack::unpack(v, Self::WIDTHS);
        Occ {
            doc: doc as u8,
            unit: unit as u8,
            tok: tok as u16,
            extra: extra as u8,
            kind: Kind::from_u8(kind as u8).unwrap_or(Kind::Word),
        }
    }
}

impl<'a> Index<'a> {
    /// Clauses whose editors' note matches every required unit of the query,
    /// among those the charter's own words did not already return.
    fn match_notes(
        &self,
        units: &[Unit],
        opts: &SearchOptions,
        ranked: &[usize],
        keep: &dyn Fn(usize) -> bool,
    ) -> Vec<(usize, Vec<(usize, usize)>)> {
        let Some(notes) = opts.notes.as_deref().filter(|n| !n.is_empty()) else {
            return vec![];
        };
        fn term(t: &query::QTerm) -> NoteTerm<'_> {
            NoteTerm {
                surface: &t.surface,
                stem: &t.stem,
                prefix: t.prefix,
            }
        }
        let groups: Vec<Vec<NoteTerm<'_>>> = units
            .iter()
            .filter_map(|u| match u {
                Unit::Term { optional: true, .. } => None,
                Unit::Term { t, .. } => Some(vec![term(t)]),
                Unit::Phrase(ws) => Some(ws.iter().map(term).collect()),
            })
            .collect();
        if groups.is_empty() {
            return vec![];
        }
        notes
            .iter()
            .filter(|n| {
                n.clause < self.doc.clauses.len() && !ranked.contains(&n.clause) && keep(n.clause)
            })
            .filter_map(|n| Some((n.clause, n.matches(&groups)?)))
            .collect()
    }
}

/// Per-query working memory shared by the matchers.
struct Scratch {
    best: Vec<f32>,
    /// Per clause: the term matched a word of its text literally (see
    /// `add_entry`), not by typo, prefix or topic tag.
    literal: Vec<bool>,
    /// Per clause: the strongest way the term reached it.
    link: Vec<Link>,
    /// Per clause: the term reached it as typed or by stem (any kind), not
    /// only through a typo's neighbour or a prefix.
    firm: Vec<bool>,
    /// The word being typed is the start of a longer dictionary word that
    /// matched: the reader may still be typing it.
    grows: bool,
    occs: Vec<u64>,
}

impl<'a> Index<'a> {
    /// Runs a query. Never panics; an unknown section is the only error.
    pub fn search(
        &self,
        query: &str,
        opts: &SearchOptions,
    ) -> Result<SearchResponse<'_>, QueryError> {
        let mut filter: Vec<bool> = vec![opts.sections.is_empty(); self.doc.sections.len()];
        for s in &opts.sections {
            let i = self
                .section_index(s)
                .ok_or_else(|| QueryError::UnknownSection(s.clone()))?;
            filter[i] = true;
        }
        let mut parsed = parse(query);
        parsed.units = self.compounds(parsed.units);
        let n = self.doc.clauses.len();
        let mut score = vec![0f32; n];
        // Per clause, the query units it matches: in any way, by the charter's
        // own words (text), by its text or topic tags (own), and by a related
        // word (strong).
        let mut mask = vec![0u32; n];
        let mut text = vec![0u32; n];
        let mut own = vec![0u32; n];
        let mut strong = vec![0u32; n];
        let mut scratch = Scratch {
            best: vec![0f32; n],
            literal: vec![false; n],
            link: vec![Link::None; n],
            firm: vec![false; n],
            grows: false,
            occs: Vec::new(),
        };
        let mut literal = vec![0u32; n];
        let mut firm = vec![0u32; n];
        // Units whose word is still being typed and may grow into a word of
        // the charter: never reported missing ("nuclear weap").
        let mut growing = 0u32;
        let mut required = 0u32;
        let mut terms = Vec::new();
        for (u, unit) in parsed.units.iter().enumerate() {
            let bit = 1u32 << u;
            match unit {
                Unit::Term { t, optional, exact } => {
                    terms.push(t.surface.clone());
                    if !optional {
                        required |= bit;
                    }
                    scratch.best.iter_mut().for_each(|b| *b = 0.0);
                    scratch.literal.iter_mut().for_each(|b| *b = false);
                    scratch.link.iter_mut().for_each(|b| *b = Link::None);
                    scratch.firm.iter_mut().for_each(|b| *b = false);
                    scratch.grows = false;
                    self.match_term(t, *exact, u as u8, &mut scratch);
                    if scratch.grows {
                        growing |= bit;
                    }
                    // A word the charter writes as two ("datacenters"), when
                    // it found nothing as one.
                    if !*optional && !*exact && scratch.best.iter().all(|&b| b == 0.0) {
                        if let Some(parts) = self.split(t) {
                            for (d, s) in self.match_phrase(&parts, u as u8, &mut scratch.occs) {
                                scratch.best[d] = s;
                                scratch.literal[d] = true;
                                scratch.firm[d] = true;
                                scratch.link[d] = Link::Text;
                            }
                        }
                    }
                    for d in 0..n {
                        if scratch.best[d] > 0.0 {
                            score[d] += scratch.best[d];
                            if !optional {
                                mask[d] |= bit;
                                match scratch.link[d] {
                                    Link::Text => {
                                        text[d] |= bit;
                                        own[d] |= bit;
                                    }
                                    Link::Tag => own[d] |= bit,
                                    Link::Related => strong[d] |= bit,
                                    Link::Weak | Link::None => {}
                                }
                                if scratch.literal[d] {
                                    literal[d] |= bit;
                                }
                                if scratch.firm[d] {
                                    firm[d] |= bit;
                                }
                            }
                        }
                    }
                }
                Unit::Phrase(words) => {
                    terms.extend(words.iter().map(|w| w.surface.clone()));
                    required |= bit;
                    for (d, s) in self.match_phrase(words, u as u8, &mut scratch.occs) {
                        score[d] += s;
                        mask[d] |= bit;
                        text[d] |= bit;
                        own[d] |= bit;
                        literal[d] |= bit;
                        firm[d] |= bit;
                    }
                }
            }
        }
        // Terms found next to each other, in order, make a clause rank higher.
        self.proximity(&parsed.units, &mut scratch.occs, &mut score);

        let any = |m: &[u32]| m.iter().fold(0u32, |a, m| a | m);
        // Words with no firm link to the charter (as typed or by stem: not
        // only a typo's neighbour or a prefix), not even a related word: the
        // query's topic is then not (all) in the charter, and tags or related
        // words alone do not make a hit.
        let unlinked = required & !any(&firm);
        let keep = |d: usize| {
            opts.wording
                .is_none_or(|w| self.doc.clauses[d].lens.firmness == w)
        };
        // A clause is shown when it matches every word by the charter's own
        // words or tags, or says one of them literally, or is reached by an
        // editorial related term (a sourced equivalence such as "weapons" for
        // "defense sales"). A typo's neighbour or a topic tag alone is too
        // loose for a partial hit. Tags and loose related words (WordNet)
        // carry a partial hit only when every word of the query links to the
        // charter firmly somehow, and loose links need two words agreeing on
        // the clause.
        let enough = |d: usize| {
            own[d] & required == required
                || (literal[d] | strong[d]) & required != 0
                || (unlinked == 0
                    && (own[d] & required != 0 || (mask[d] & required).count_ones() >= 2))
        };

        let mut wording_counts = [0usize; 6];
        for d in (0..n).filter(|&d| mask[d] != 0 && enough(d) && filter[self.section_of[d]]) {
            wording_counts[self.doc.clauses[d].lens.firmness as usize] += 1;
        }

        // Rank: clauses that match every word (by text or tags) first, then
        // more words matched by text, tags or editorial related terms, then
        // higher score (loose related words add to it), then document order —
        // as one ascending u64 key (scores are non-negative, so their bit
        // patterns order like the numbers).
        let mut keys: Vec<u64> = (0..n)
            .filter(|&d| mask[d] != 0 && enough(d) && keep(d))
            .map(|d| {
                let partial = u64::from(own[d] & required != required);
                let gap = 32 - u64::from((own[d] | strong[d]).count_ones());
                let score = u64::from(u32::MAX - score[d].max(0.0).to_bits());
                pack::pack([(partial, 8), (gap, 8), (score, 32), (d as u64, 16)])
            })
            .collect();
        keys.sort_unstable();
        let mut ranked: Vec<usize> = keys
            .iter()
            .map(|&k| pack::unpack(k, [8, 8, 32, 16])[3] as usize)
            .collect();
        // The reader's words that the charter's text does not contain in any
        // form, reported as missing while clauses that match the other words
        // are still shown. A word counts as found when a shown clause says it
        // (as typed, by stem, alias, form, prefix or a typo's neighbour); a
        // topic tag is the desk's word, not the charter's, and a typo's
        // neighbour in a clause that is not shown ("near" for "year") finds
        // nothing.
        let found = if ranked.is_empty() {
            // Nothing shown: found only as typed or by stem, not as a typo's
            // neighbour ("climate change" names both words).
            (0..n).fold(0u32, |a, d| a | (text[d] & firm[d]))
        } else {
            ranked.iter().fold(0u32, |a, &d| a | text[d])
        };
        let missing_bits = required & !found & !growing;
        let missing: Vec<String> = parsed
            .units
            .iter()
            .enumerate()
            .filter(|(u, _)| missing_bits & (1 << u) != 0)
            .map(|(_, unit)| match unit {
                Unit::Term { t, .. } => t.raw.clone(),
                Unit::Phrase(ws) => ws
                    .iter()
                    .map(|w| w.raw.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            })
            .collect();
        let note_hits = self.match_notes(&parsed.units, opts, &ranked, &keep);
        let mut section_counts: Vec<(&str, usize)> =
            self.doc.sections.iter().map(|s| (s.id, 0)).collect();
        // Where the charter itself mentions it (note matches are not counted).
        for &d in &ranked {
            section_counts[self.section_of[d]].1 += 1;
        }
        let suggestion = if ranked.is_empty() {
            self.suggest_units(&parsed.units, missing_bits)
        } else {
            None
        };
        ranked.retain(|&d| filter[self.section_of[d]]);
        scratch.occs.sort_unstable();
        let mut results: Vec<Hit<'_>> = ranked
            .into_iter()
            .map(|d| {
                let complete = own[d] & required == required;
                self.hit(d, score[d], complete, own[d], &scratch.occs)
            })
            .collect();
        results.extend(
            note_hits
                .into_iter()
                .filter(|(d, _)| filter[self.section_of[*d]])
                .map(|(d, ranges)| Hit {
                    note: Some(ranges),
                    ..self.hit(d, 0.0, true, u32::MAX, &[])
                }),
        );
        let total = results.len();
        results.truncate(opts.limit.unwrap_or(usize::MAX));
        Ok(SearchResponse {
            results,
            total,
            section_counts,
            wording_counts,
            suggestion,
            truncated: parsed.truncated,
            terms,
            missing,
        })
    }
}
