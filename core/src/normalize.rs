//! The one normaliser: the index builder and the query parser both call it, so a
//! word is always cut, folded and stemmed the same way on both sides.
//!
//! A text is scanned into *tokens*. A token is a word with its byte span in the
//! original text and its position (word count). Hyphenated and slashed words give
//! their parts *and* a joined form ("Trans-Caspian" → `trans`, `caspian`,
//! `transcaspian`); abbreviations with dots or ampersands are joined ("U.S." →
//! `us`, "R&D" → `rd`); a possessive "’s" is dropped. Terms are NFKD-decomposed,
//! stripped of combining marks (diacritic folding), lower-cased and stemmed with
//! the Snowball English stemmer.

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};
#[cfg(feature = "nfkd-tables")]
use unicode_normalization::char::is_combining_mark;

/// Combining marks without the Unicode tables (browser build): the combining
/// diacritic blocks. Marks of other scripts that matter for words are
/// alphabetic (`Other_Alphabetic`) and pass [`char::is_alphanumeric`]; the
/// platform decomposer strips every mark (`\p{M}`) before folding anyway.
#[cfg(not(feature = "nfkd-tables"))]
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// A compatibility decomposition (NFKD) of a string, lower-cased; it may also
/// drop combining marks (they are dropped after it anyway).
pub type Decomposer = fn(&str) -> String;

static DECOMPOSER: OnceLock<Decomposer> = OnceLock::new();

/// Installs the NFKD + lower-case implementation used for non-ASCII text when
/// the crate is built without its own tables (feature `nfkd-tables` off). The
/// browser build installs the platform's `s.normalize("NFKD").toLowerCase()`
/// — the same Unicode algorithms, without shipping ~110 KB of decomposition
/// and case tables in the WebAssembly. Returns false if one was already
/// installed.
pub fn set_decomposer(f: Decomposer) -> bool {
    DECOMPOSER.set(f).is_ok()
}

/// NFKD of `s`, lower-cased (only called for non-ASCII pieces).
fn decompose(s: &str) -> String {
    #[cfg(feature = "nfkd-tables")]
    {
        use unicode_normalization::UnicodeNormalization;
        if DECOMPOSER.get().is_none() {
            return s.nfkd().flat_map(char::to_lowercase).collect();
        }
    }
    match DECOMPOSER.get() {
        Some(f) => f(s),
        None => s.to_ascii_lowercase(),
    }
}

/// Where a token stands in the text it was scanned from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Byte offset of the token's first character.
    pub start: usize,
    /// Byte offset just past the token's last character.
    pub end: usize,
    /// Word position: parts of a hyphenated word count one each; a joined form
    /// shares the position of its last part, so phrases match either way.
    pub pos: u32,
    /// True for the joined form of a hyphenated, slashed or abbreviated word.
    pub joined: bool,
}

/// A token with its normalised (not yet stemmed) term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The normalised surface term (folded, lower case, letters and digits only).
    pub term: String,
    /// Where it stands.
    pub span: Span,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '/' | '\u{2010}' | '\u{2011}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

fn is_inner(c: char) -> bool {
    matches!(c, '&' | '.')
}

fn is_connector(c: char) -> bool {
    is_hyphen(c) || is_apostrophe(c) || is_inner(c)
}

/// One word inside a run: its byte span and the pieces (sub-slices of the text)
/// whose concatenation is the word.
struct Word<'t> {
    start: usize,
    end: usize,
    pieces: Vec<&'t str>,
}

/// Scans `text` and calls `emit` for every token, in order, with its span and the
/// raw pieces that make up its term. This is the single place where words are cut.
pub fn scan<'t>(text: &'t str, mut emit: impl FnMut(Span, &[&'t str])) {
    let mut pos: u32 = 0;
    let mut run_start: Option<usize> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let in_run = is_word_char(c) || (is_connector(c) && run_start.is_some());
        if in_run && run_start.is_none() {
            run_start = Some(i);
        }
        let at_end = iter.peek().is_none();
        if (!in_run || at_end) && run_start.is_some() {
            let start = run_start.take().unwrap_or(0);
            let end = if in_run { i + c.len_utf8() } else { i };
            scan_run(text, start, end, &mut pos, &mut emit);
        }
    }
}

fn scan_run<'t>(
    text: &'t str,
    start: usize,
    end: usize,
    pos: &mut u32,
    emit: &mut impl FnMut(Span, &[&'t str]),
) {
    let run = &text[start..end];
    // Trim connectors at both ends ("D.C." → "D.C", "—trade" stays out anyway).
    let lead = run.len() - run.trim_start_matches(is_connector).len();
    let trimmed = run
        .trim_start_matches(is_connector)
        .trim_end_matches(is_connector);
    if trimmed.is_empty() {
        return;
    }
    let base = start + lead;
    let mut words: Vec<Word<'t>> = Vec::new();
    // Split on hyphens and slashes into segments.
    let mut seg_start = 0;
    let bytes_len = trimmed.len();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for (i, c) in trimmed.char_indices() {
        if is_hyphen(c) {
            cuts.push((seg_start, i));
            seg_start = i + c.len_utf8();
        }
    }
    cuts.push((seg_start, bytes_len));
    for (s, e) in cuts {
        let seg = &text[base + s..base + e];
        segment_words(seg, base + s, &mut words);
    }
    if words.is_empty() {
        return;
    }
    let first_pos = *pos;
    for w in &words {
        emit(
            Span {
                start: w.start,
                end: w.end,
                pos: *pos,
                joined: false,
            },
            &w.pieces,
        );
        *pos += 1;
    }
    if words.len() > 1 {
        let pieces: Vec<&'t str> = words
            .iter()
            .flat_map(|w| w.pieces.iter().copied())
            .collect();
        emit(
            Span {
                start: words[0].start,
                end: words[words.len() - 1].end,
                pos: first_pos + words.len() as u32 - 1,
                joined: true,
            },
            &pieces,
        );
    }
}

/// Cuts one hyphen-free segment into words: apostrophes join ("don't" → dont) or
/// drop a possessive "’s"; dots and ampersands join single letters (U.S, R&D) and
/// split longer pieces.
fn segment_words<'t>(seg: &'t str, offset: usize, out: &mut Vec<Word<'t>>) {
    let lead = seg.len() - seg.trim_start_matches(is_connector).len();
    let seg = seg.trim_matches(is_connector);
    if seg.is_empty() {
        return;
    }
    let seg_offset = offset + lead;
    // Drop a trailing possessive ’s.
    let mut seg_end = seg.len();
    let mut tail = seg.char_indices().rev();
    if let (Some((_, last)), Some((i, c))) = (tail.next(), tail.next()) {
        if is_apostrophe(c) && (last == 's' || last == 'S') && i > 0 {
            seg_end = i;
        }
    }
    let seg = &seg[..seg_end];
    // Pieces separated by '.' or '&'; apostrophes inside a piece are skipped.
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let mut p_start = 0;
    for (i, c) in seg.char_indices() {
        if is_inner(c) {
            if i > p_start {
                pieces.push((p_start, i));
            }
            p_start = i + c.len_utf8();
        }
    }
    if seg.len() > p_start {
        pieces.push((p_start, seg.len()));
    }
    let split_apos = |s: usize, e: usize| -> Vec<&'t str> {
        seg[s..e]
            .split(is_apostrophe)
            .filter(|p| !p.is_empty())
            .collect()
    };
    let all_single = pieces
        .iter()
        .all(|&(s, e)| seg[s..e].chars().filter(|c| c.is_alphanumeric()).count() == 1);
    if pieces.len() > 1 && all_single {
        let joined: Vec<&'t str> = pieces.iter().flat_map(|&(s, e)| split_apos(s, e)).collect();
        out.push(Word {
            start: seg_offset + pieces[0].0,
            end: seg_offset + pieces[pieces.len() - 1].1,
            pieces: joined,
        });
    } else {
        for (s, e) in pieces {
            let parts = split_apos(s, e);
            if !parts.is_empty() {
                out.push(Word {
                    start: seg_offset + s,
                    end: seg_offset + e,
                    pieces: parts,
                });
            }
        }
    }
}

/// Folds raw pieces into one normalised term: NFKD, lower case, combining
/// marks removed, letters and digits only; a word in a Turkic Latin alphabet
/// transliterated ([`crate::variants::turkic`]) and British spellings folded
/// to American ones ([`crate::variants::spelling`]).
pub fn fold(pieces: &[&str]) -> String {
    let mut out = String::new();
    for p in pieces {
        if p.is_ascii() {
            out.extend(
                p.chars()
                    .filter(char::is_ascii_alphanumeric)
                    .map(|c| c.to_ascii_lowercase()),
            );
            continue;
        }
        let translit = crate::variants::turkic(p);
        out.extend(
            decompose(translit.as_deref().unwrap_or(p))
                .chars()
                .filter(|&c| !is_combining_mark(c) && c.is_alphanumeric()),
        );
    }
    crate::variants::spelling(&mut out);
    out
}

/// Scans and folds a text into tokens (terms are unstemmed; see [`stem`]).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    scan(text, |span, pieces| {
        let term = fold(pieces);
        if !term.is_empty() {
            out.push(Token { term, span });
        }
    });
    out
}

/// The spans of every token of `text`, in the same order as [`tokenize`] yields
/// them (tokens whose term folds to nothing are skipped in both).
pub fn spans(text: &str) -> Vec<Span> {
    tokenize(text).into_iter().map(|t| t.span).collect()
}

/// Stems a normalised term with the Snowball English stemmer. Terms with digits
/// and very short terms are left as they are.
pub fn stem(term: &str) -> String {
    if term.chars().count() < 3 || term.chars().any(|c| c.is_ascii_digit()) {
        return term.to_string();
    }
    Stemmer::create(Algorithm::English).stem(term).into_owned()
}

/// Common English function words. They are indexed (phrases need them) but a
/// query ignores them unless they are quoted or the query has nothing else.
pub const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it",
    "its", "of", "on", "or", "such", "that", "the", "their", "them", "these", "this", "those",
    "to", "was", "were", "which", "with",
];

/// True if `term` (normalised) is a stop word.
pub fn is_stop_word(term: &str) -> bool {
    STOP_WORDS.binary_search(&term).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.term).collect()
    }

    #[test]
    fn hyphens_give_parts_and_joined() {
        assert_eq!(
            terms("Trans-Caspian Corridor"),
            ["trans", "caspian", "transcaspian", "corridor"]
        );
        let t = tokenize("the Trans-Caspian");
        assert_eq!(
            t[3].span,
            Span {
                start: 4,
                end: 17,
                pos: 2,
                joined: true
            }
        );
        assert_eq!(
            terms("public/private"),
            ["public", "private", "publicprivate"]
        );
    }

    #[test]
    fn abbreviations_join() {
        assert_eq!(terms("R&D tools"), ["rd", "tools"]);
        assert_eq!(terms("U.S. relations"), ["us", "relations"]);
        assert_eq!(terms("Washington D.C. on"), ["washington", "dc", "on"]);
        assert_eq!(
            terms("Azerbaijan-U.S. relations"),
            ["azerbaijan", "us", "azerbaijanus", "relations"]
        );
    }

    #[test]
    fn possessives_quotes_and_punctuation() {
        assert_eq!(
            terms("each other’s sovereignty;"),
            ["each", "other", "sovereignty"]
        );
        assert_eq!(terms("Azerbaijan's efforts"), ["azerbaijan", "efforts"]);
        assert_eq!(terms("“quoted” (TRIPP), end."), ["quoted", "tripp", "end"]);
        let t = tokenize("other’s x");
        assert_eq!(&"other’s x"[t[0].span.start..t[0].span.end], "other");
    }

    #[test]
    fn folds_case_and_diacritics() {
        // A Turkic letter (Ç) marks the word: it is transliterated, not just stripped.
        assert_eq!(terms("NAKHÇIVAN Él Ａｂ"), ["nakhchivan", "el", "ab"]);
        assert_eq!(terms("e\u{301}nergie"), ["energie"]);
        assert_eq!(terms("İlham"), ["ilham"]);
    }

    #[test]
    fn stems_english() {
        assert_eq!(stem("transfers"), stem("transfer"));
        assert_eq!(stem("mobilizing"), stem("mobilize"));
        assert_eq!(stem("diversifying"), stem("diversify"));
        assert_eq!(stem("2025"), "2025");
    }

    #[test]
    fn spans_stay_on_char_boundaries() {
        let s = "—Ə ’ x‐y 🙂 ١٢ שלום";
        for t in tokenize(s) {
            assert!(s.is_char_boundary(t.span.start) && s.is_char_boundary(t.span.end));
            assert!(t.span.start < t.span.end);
        }
    }

    #[test]
    fn stop_words_sorted_for_binary_search() {
        let mut s = STOP_WORDS.to_vec();
        s.sort_unstable();
        assert_eq!(s, STOP_WORDS);
        assert!(is_stop_word("the") && !is_stop_word("nuclear"));
    }
}
