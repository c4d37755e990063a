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
use crate::model::Clause;

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
    /// When nothing matched: a corrected query from the charter's own words.
    pub suggestion: Option<String>,
    /// True when the query was cut to [`MAX_QUERY_CHARS`] or [`MAX_TERMS`].
    pub truncated: bool,
    /// The normalised terms that were searched for.
    pub terms: Vec<String>,
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
            kind: match kind {
                1 => Kind::Stem,
                2 => Kind::Alias,
                3 => Kind::Tag,
                4 => Kind::AliasPart,
                _ => Kind::Word,
            },
        }
    }
}

/// Per-query working memory shared by the matchers.
struct Scratch {
    best: Vec<f32>,
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
        let parsed = parse(query);
        let n = self.doc.clauses.len();
        let mut score = vec![0f32; n];
        let mut mask = vec![0u32; n];
        let mut scratch = Scratch {
            best: vec![0f32; n],
            occs: Vec::new(),
        };
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
                    self.match_term(t, *exact, u as u8, &mut scratch);
                    for d in 0..n {
                        if scratch.best[d] > 0.0 {
                            score[d] += scratch.best[d];
                            if !optional {
                                mask[d] |= bit;
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
                    }
                }
            }
        }
        // Terms found next to each other, in order, make a clause rank higher.
        self.proximity(&parsed.units, &mut scratch.occs, &mut score);

        // Rank: more query units matched, then higher score, then document
        // order — as one ascending u64 key (scores are non-negative, so their
        // bit patterns order like the numbers).
        let mut keys: Vec<u64> = (0..n)
            .filter(|&d| mask[d] != 0)
            .map(|d| {
                let missing = 32 - u64::from(mask[d].count_ones());
                let score = u64::from(u32::MAX - score[d].max(0.0).to_bits());
                pack::pack([(missing, 16), (score, 32), (d as u64, 16)])
            })
            .collect();
        keys.sort_unstable();
        let mut ranked: Vec<usize> = keys
            .iter()
            .map(|&k| pack::unpack(k, [16, 32, 16])[2] as usize)
            .collect();
        let mut section_counts: Vec<(&str, usize)> =
            self.doc.sections.iter().map(|s| (s.id, 0)).collect();
        for &d in &ranked {
            section_counts[self.section_of[d]].1 += 1;
        }
        let suggestion = if ranked.is_empty() {
            self.suggest_units(&parsed.units)
        } else {
            None
        };
        ranked.retain(|&d| filter[self.section_of[d]]);
        let total = ranked.len();
        ranked.truncate(opts.limit.unwrap_or(usize::MAX));
        scratch.occs.sort_unstable();
        let results = ranked
            .into_iter()
            .map(|d| self.hit(d, score[d], mask[d] & required == required, &scratch.occs))
            .collect();
        Ok(SearchResponse {
            results,
            total,
            section_counts,
            suggestion,
            truncated: parsed.truncated,
            terms,
        })
    }
}
