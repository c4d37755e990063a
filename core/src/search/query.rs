//! Parsing a query: words, quoted phrases, the word being typed (a prefix),
//! stop words, and the limits on length and terms.

use super::{MAX_QUERY_CHARS, MAX_TERMS};
use crate::normalize::{fold, is_stop_word, scan, stem};

#[derive(Debug, Clone)]
pub(super) struct QTerm {
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

fn qterm(surface: String, prefix: bool) -> QTerm {
    QTerm {
        stem: stem(&surface),
        surface,
        prefix,
    }
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
        let mut words: Vec<String> = Vec::new();
        scan(seg, |span, pieces| {
            if !span.joined {
                let w = fold(pieces);
                if !w.is_empty() {
                    words.push(w);
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
    // Stop words count only when the query has nothing else; a stop word being
    // typed may still grow into a real word, so it stays as an optional prefix.
    let all_stop = units
        .iter()
        .all(|u| matches!(u, Unit::Term { t, exact: false, .. } if is_stop_word(&t.surface)));
    if !all_stop {
        units.retain_mut(|u| match u {
            Unit::Term {
                t,
                optional,
                exact: false,
            } if is_stop_word(&t.surface) => {
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
