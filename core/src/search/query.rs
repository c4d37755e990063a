//! Parsing a query: words, quoted phrases, the word being typed (a prefix),
//! stop words, and the limits on length and terms.

use super::{MAX_QUERY_CHARS, MAX_TERMS};
use crate::normalize::{fold, is_stop_word, scan, stem};
use crate::variants::{dates, is_asking_word, month};

#[derive(Debug, Clone)]
pub(crate) struct QTerm {
    /// The word as the reader typed it (for "does not mention …").
    pub(super) raw: String,
    pub(super) surface: String,
    pub(super) stem: String,
    pub(super) prefix: bool,
}

#[derive(Debug, Clone)]
pub(super) enum Unit {
    /// A single term; `optional` ones add to the score but are not required.
    Term {
        t: QTerm,
        optional: bool,
        exact: bool,
    },
    /// Quoted words that must stand next to each other, in order.
    Phrase(Vec<QTerm>),
}

pub(super) struct Parsed {
    pub(super) units: Vec<Unit>,
    pub(super) truncated: bool,
}

fn is_quote(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}'
    )
}

fn qterm((raw, surface): (String, String), prefix: bool) -> QTerm {
    // A month as people abbreviate it is the month ("Feb 2026").
    let surface = month(&surface).map_or(surface, str::to_string);
    QTerm {
        raw,
        stem: stem(&surface),
        surface,
        prefix,
    }
}

/// Words that do not name a topic: stop words and question frames.
fn is_frame_word(term: &str) -> bool {
    is_stop_word(term) || is_asking_word(term)
}

pub(super) fn parse(query: &str) -> Parsed {
    let mut truncated = false;
    let query = match query.char_indices().nth(MAX_QUERY_CHARS) {
        Some((i, _)) => {
            truncated = true;
            &query[..i]
        }
        None => query,
    };
    // Numeric dates as the text writes dates ("10.02.2026" → "10 february 2026").
    let query = &dates(query);
    // The reader is still typing the last word unless the query ends in a space
    // or punctuation: that word is also matched as a prefix.
    let typing = query.chars().last().is_some_and(|c| c.is_alphanumeric());
    let mut units: Vec<Unit> = Vec::new();
    let mut in_quote = false;
    let mut words_total = 0;
    for (seg_no, seg) in query.split(is_quote).enumerate() {
        if seg_no > 0 {
            in_quote = !in_quote;
        }
        let mut words: Vec<(String, String)> = Vec::new();
        scan(seg, |span, pieces| {
            if !span.joined {
                let w = fold(pieces);
                if !w.is_empty() {
                    words.push((seg[span.start..span.end].to_string(), w));
                }
            }
        });
        if words.len() + words_total > MAX_TERMS {
            truncated = true;
            words.truncate(MAX_TERMS - words_total);
        }
        words_total += words.len();
        if in_quote && words.len() > 1 {
            units.push(Unit::Phrase(
                words.into_iter().map(|w| qterm(w, false)).collect(),
            ));
        } else {
            for w in words {
                units.push(Unit::Term {
                    t: qterm(w, false),
                    optional: false,
                    exact: in_quote,
                });
            }
        }
    }
    if typing && !in_quote {
        if let Some(Unit::Term {
            t, exact: false, ..
        }) = units.last_mut()
        {
            t.prefix = true;
        }
    }
    // Stop words and question frames ("does it mention …") count only when the
    // query has nothing else; one being typed may still grow into a real word,
    // so it stays as an optional prefix.
    let all_stop = units
        .iter()
        .all(|u| matches!(u, Unit::Term { t, exact: false, .. } if is_frame_word(&t.surface)));
    if !all_stop {
        units.retain_mut(|u| match u {
            Unit::Term {
                t,
                optional,
                exact: false,
            } if is_frame_word(&t.surface) => {
                *optional = true;
                t.prefix
            }
            _ => true,
        });
    }
    Parsed { units, truncated }
}

/// How many edits a term of this length may have.
pub fn max_edits(term: &str) -> u8 {
    match term.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}
