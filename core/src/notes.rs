//! Editors' notes: a newsroom's own words attached to clauses, searchable
//! beside the charter but never mixed with it. A note match ranks below every
//! match in the charter's own words and says it is a note match.
//!
//! Notes are small (at most [`MAX_NOTES`] of at most [`MAX_NOTE_CHARS`]
//! characters), so they are scanned per query with the same normaliser as the
//! charter: a word matches as written, by stem, or — the word being typed — as
//! a prefix.

use crate::normalize::{stem, tokenize};

/// At most this many notes are kept.
pub const MAX_NOTES: usize = 200;
/// A note longer than this many characters is left out.
pub const MAX_NOTE_CHARS: usize = 2000;

#[derive(Debug, Clone)]
struct Word {
    term: String,
    stem: String,
    span: (usize, usize),
}

/// One clause's note, tokenised for search.
#[derive(Debug, Clone)]
pub struct Note {
    /// The clause it belongs to (index in document order).
    pub clause: usize,
    /// Its text, as written.
    pub text: String,
    words: Vec<Word>,
}

/// The notes of one widget, ready to search.
#[derive(Debug, Clone, Default)]
pub struct Notes {
    notes: Vec<Note>,
}

impl Notes {
    /// Tokenises `(clause index, text)` pairs.
    pub fn new<I: IntoIterator<Item = (usize, String)>>(items: I) -> Notes {
        Notes {
            notes: items
                .into_iter()
                .map(|(clause, text)| {
                    let words = tokenize(&text)
                        .into_iter()
                        .filter(|t| !t.span.joined)
                        .map(|t| Word {
                            stem: stem(&t.term),
                            term: t.term,
                            span: (t.span.start, t.span.end),
                        })
                        .collect();
                    Note {
                        clause,
                        text,
                        words,
                    }
                })
                .collect(),
        }
    }

    /// The note of clause `idx`, if any.
    pub fn get(&self, idx: usize) -> Option<&Note> {
        self.notes.iter().find(|n| n.clause == idx)
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.notes.is_empty()
    }

    /// Every note, in the order given.
    pub fn iter(&self) -> impl Iterator<Item = &Note> {
        self.notes.iter()
    }
}

/// One query word as the note matcher sees it.
pub(crate) struct NoteTerm<'q> {
    pub(crate) surface: &'q str,
    pub(crate) stem: &'q str,
    pub(crate) prefix: bool,
}

impl Note {
    /// The byte ranges of the note's words that match each of `groups` (a
    /// group is one query unit: a word, or a phrase's words), or `None` when
    /// some group finds nothing.
    pub(crate) fn matches(&self, groups: &[Vec<NoteTerm<'_>>]) -> Option<Vec<(usize, usize)>> {
        let mut out = Vec::new();
        for g in groups {
            for t in g {
                let before = out.len();
                out.extend(
                    self.words
                        .iter()
                        .filter(|w| {
                            w.term == t.surface
                                || w.stem == t.stem
                                || (t.prefix && w.term.starts_with(t.surface))
                        })
                        .map(|w| w.span),
                );
                if out.len() == before {
                    return None;
                }
            }
        }
        // Sorted as u64 keys: the sort the search already has, not another one.
        let mut keys: Vec<u64> = out
            .iter()
            .map(|&(a, b)| ((a as u64) << 32) | b as u64)
            .collect();
        keys.sort_unstable();
        keys.dedup();
        Some(
            keys.into_iter()
                .map(|k| ((k >> 32) as usize, k as u32 as usize))
                .collect(),
        )
    }
}
