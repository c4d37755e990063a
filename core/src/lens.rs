//! The wording lens: how firm each clause is, read from its own words.
//!
//! The rules run when the index is built ([`read`]); the index stores each
//! clause's [`Lens`], so the browser only decodes it. Nothing is tagged by
//! hand: the operative phrase of the clause's main sentence decides —
//! "reaffirm" (restating a position), "aim to" (a goal), "intent to" (a stated
//! intention), "may" (an option), binding words ("shall", "agree to", "commit
//! to", …), and otherwise the clause simply states something.

use serde::Serialize;

/// How firm a clause's operative wording is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Firmness {
    /// Binding words: "shall", "agree to", "commit to", "are obliged" …
    Binds = 0,
    /// "aim to": a goal.
    Aims = 1,
    /// "intent to", "intend to": a stated intention.
    Intent = 2,
    /// "may": an option.
    May = 3,
    /// "reaffirm": a position restated.
    Reaffirms = 4,
    /// None of the above: the clause states something.
    States = 5,
}

impl Firmness {
    /// Every kind, firmest first.
    pub const ALL: [Firmness; 6] = [
        Firmness::Binds,
        Firmness::Aims,
        Firmness::Intent,
        Firmness::May,
        Firmness::Reaffirms,
        Firmness::States,
    ];

    /// The kind's name in the API (`{ wording: 'aims' }`).
    pub fn name(self) -> &'static str {
        match self {
            Firmness::Binds => "binds",
            Firmness::Aims => "aims",
            Firmness::Intent => "intent",
            Firmness::May => "may",
            Firmness::Reaffirms => "reaffirms",
            Firmness::States => "states",
        }
    }

    /// Parses a name from [`Firmness::name`] (any case).
    pub fn parse(s: &str) -> Option<Firmness> {
        let s = s.trim().to_ascii_lowercase();
        Firmness::ALL.into_iter().find(|f| f.name() == s)
    }

    /// Decodes the stored byte.
    pub fn from_u8(v: u8) -> Option<Firmness> {
        Firmness::ALL.get(v as usize).copied()
    }
}

/// A clause's operative wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Lens {
    /// How firm it is.
    pub firmness: Firmness,
    /// The deciding phrase: a byte range of the clause's text (empty when the
    /// clause simply states something).
    pub phrase: (usize, usize),
    /// The first binding words anywhere in the clause, if any.
    pub binding: Option<(usize, usize)>,
}

impl Default for Lens {
    fn default() -> Self {
        Lens {
            firmness: Firmness::States,
            phrase: (0, 0),
            binding: None,
        }
    }
}

/// Binding words (lower case, whole words).
#[cfg(feature = "build")]
const BINDING: &[&str] = &[
    "shall",
    "must",
    "will undertake",
    "undertake to",
    "undertakes to",
    "agree to",
    "agrees to",
    "hereby agree",
    "commit to",
    "commits to",
    "are committed to",
    "is committed to",
    "are obliged",
    "is obliged",
    "are obligated",
    "is obligated",
    "are bound",
    "is bound",
    "are required to",
    "is required to",
];

/// The other operative phrases, with the kind each decides.
#[cfg(feature = "build")]
const OPERATIVE: &[(&str, Firmness)] = &[
    ("reaffirm", Firmness::Reaffirms),
    ("reaffirms", Firmness::Reaffirms),
    ("reiterate", Firmness::Reaffirms),
    ("reiterates", Firmness::Reaffirms),
    ("aim to", Firmness::Aims),
    ("aims to", Firmness::Aims),
    ("seek to", Firmness::Aims),
    ("seeks to", Firmness::Aims),
    ("strive to", Firmness::Aims),
    ("strives to", Firmness::Aims),
    ("express their intent to", Firmness::Intent),
    ("expresses its intent to", Firmness::Intent),
    ("shared intent to", Firmness::Intent),
    ("intent to", Firmness::Intent),
    ("intention to", Firmness::Intent),
    ("intend to", Firmness::Intent),
    ("intends to", Firmness::Intent),
    ("may", Firmness::May),
];

/// Leading words of an introductory phrase ("Recognizing …, the parties
/// aim to"): its words do not decide the clause.
#[cfg(feature = "build")]
const INTRODUCERS: &[&str] = &[
    "in line with",
    "in accordance with",
    "based on",
    "within",
    "given",
    "further to",
    "pursuant to",
    "as",
];

/// Every occurrence of `phrase` as whole words in `lower` (a lower-cased copy
/// of the text, same byte offsets).
#[cfg(feature = "build")]
fn find_all(lower: &str, phrase: &str) -> Vec<(usize, usize)> {
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = lower[from..].find(phrase).map(|i| i + from) {
        let end = i + phrase.len();
        if !is_word(lower[..i].chars().next_back()) && !is_word(lower[end..].chars().next()) {
            out.push((i, end));
        }
        from = i + 1;
    }
    out
}

/// Where the main sentence starts: after an introductory phrase that opens
/// with an -ing word ("Recognizing", "Taking into account") or a
/// preposition ("In line with", "Based on", "Within") and ends at the first
/// comma.
#[cfg(feature = "build")]
fn main_start(lower: &str) -> usize {
    let first = lower
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let intro = (first.len() > 4 && first.ends_with("ing"))
        || INTRODUCERS
            .iter()
            .any(|p| lower.starts_with(p) && !lower[p.len()..].starts_with(char::is_alphanumeric));
    if intro {
        lower.find(',').map_or(0, |i| i + 1)
    } else {
        0
    }
}

/// Reads a clause's operative wording (the rules above).
#[cfg(feature = "build")]
pub fn read(text: &str) -> Lens {
    // ASCII lower-casing keeps byte offsets.
    let lower = text.to_ascii_lowercase();
    let from = main_start(&lower);
    let binding = BINDING
        .iter()
        .flat_map(|p| find_all(&lower, p))
        .min_by_key(|r| (r.0, usize::MAX - r.1));
    let mut best: Option<((usize, usize), Firmness)> = binding
        .filter(|r| r.0 >= from)
        .map(|r| (r, Firmness::Binds));
    for (p, kind) in OPERATIVE {
        for r in find_all(&lower, p).into_iter().filter(|r| r.0 >= from) {
            // The earliest phrase decides; at one place, the longest.
            let better = match best {
                None => true,
                Some((b, _)) => r.0 < b.0 || (r.0 == b.0 && r.1 > b.1),
            };
            if better {
                best = Some((r, *kind));
            }
        }
    }
    match best {
        Some((phrase, firmness)) => Lens {
            firmness,
            phrase,
            binding,
        },
        None => Lens {
            binding,
            ..Lens::default()
        },
    }
}

/// How many clauses have each kind, in [`Firmness::ALL`] order.
pub fn counts<'a>(lenses: impl IntoIterator<Item = &'a Lens>) -> [usize; 6] {
    let mut out = [0; 6];
    for l in lenses {
        out[l.firmness as usize] += 1;
    }
    out
}

#[cfg(all(test, feature = "build"))]
mod tests {
    use super::*;

    fn kind(text: &str) -> (Firmness, String) {
        let l = read(text);
        (l.firmness, text[l.phrase.0..l.phrase.1].to_string())
    }

    #[test]
    fn the_operative_phrase_decides() {
        assert_eq!(
            kind("Reaffirm their mutual support for each other’s sovereignty;"),
            (Firmness::Reaffirms, "Reaffirm".into())
        );
        assert_eq!(
            kind("The parties aim to deepen civil nuclear cooperation;"),
            (Firmness::Aims, "aim to".into())
        );
        assert_eq!(
            kind("The parties express their intent to cooperate."),
            (Firmness::Intent, "express their intent to".into())
        );
        assert_eq!(
            kind("Emphasize their shared intent to strengthen relations;"),
            (Firmness::Intent, "shared intent to".into())
        );
        assert_eq!(
            kind("Peace in the region is a shared interest of both."),
            (Firmness::States, String::new())
        );
        assert_eq!(
            kind("The Parties shall establish a joint commission."),
            (Firmness::Binds, "shall".into())
        );
    }

    #[test]
    fn an_introductory_phrase_does_not_decide() {
        // "intent to" sits in the opening phrase; "may" is the main verb.
        assert_eq!(
            kind("Acknowledging their shared intent to implement this Charter, the parties may establish working groups."),
            (Firmness::May, "may".into())
        );
        assert_eq!(
            kind("In line with their shared commitment to combating terrorism, the parties aim to expand cooperation;"),
            (Firmness::Aims, "aim to".into())
        );
        // The earliest phrase of the main sentence decides: "aim to … and may".
        assert_eq!(
            kind("The parties aim to meet once a year and may also establish platforms."),
            (Firmness::Aims, "aim to".into())
        );
    }

    #[test]
    fn binding_words_are_found_anywhere_and_whole() {
        let l = read("Recognizing that the parties agree to consult, they aim to meet.");
        assert_eq!(l.firmness, Firmness::Aims);
        assert!(
            l.binding.is_some(),
            "binding words in the opening phrase still count"
        );
        // "commitment to" and "mayor" are not binding or "may".
        let l = read("Their commitment to the mayor's plan is noted.");
        assert_eq!((l.firmness, l.binding), (Firmness::States, None));
    }

    #[test]
    fn names_round_trip() {
        for f in Firmness::ALL {
            assert_eq!(Firmness::parse(f.name()), Some(f));
            assert_eq!(Firmness::from_u8(f as u8), Some(f));
        }
        assert_eq!(Firmness::parse("AIMS"), Some(Firmness::Aims));
        assert_eq!(Firmness::parse("firm"), None);
    }
}
