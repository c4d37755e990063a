//! Queries: parsing, matching through the fst, BM25-style ranking, highlights,
//! per-section counts and "did you mean".
//!
//! Match quality, best first: a word of the clause, its stem, an alias, an
//! editorial tag, a prefix of a word (the last query term, as the reader types),
//! and — only for a term that found nothing better — a word within a few edits
//! (none up to 3 letters, one for 4–7, two from 8; a swap counts as one).
//! Clauses that match every term rank above clauses that match only some.

use fst::automaton::{Automaton, Str};
use fst::{IntoStreamer, Streamer};
use serde::Serialize;

use crate::error::QueryError;
use crate::format::{is_surface, unpack, Kind, Posting};
use crate::fuzzy::{Damerau, MAX_LEN};
use crate::index::Index;
use crate::model::Clause;
use crate::normalize::{fold, is_stop_word, scan, stem};

/// Queries longer than this many characters are cut (and flagged).
pub const MAX_QUERY_CHARS: usize = 256;
/// Queries with more terms than this are cut (and flagged).
pub const MAX_TERMS: usize = 16;
/// At most this many dictionary terms extend a prefix.
const MAX_PREFIX_KEYS: usize = 48;

const K1: f32 = 1.2;
const B: f32 = 0.75;

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

#[derive(Debug, Clone)]
struct QTerm {
    surface: String,
    stem: String,
    prefix: bool,
}

#[derive(Debug, Clone)]
enum Unit {
    /// A single term; `optional` ones add to the score but are not required.
    Term {
        t: QTerm,
        optional: bool,
        exact: bool,
    },
    /// Quoted words that must stand next to each other, in order.
    Phrase(Vec<QTerm>),
}

struct Parsed {
    units: Vec<Unit>,
    truncated: bool,
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

fn parse(query: &str) -> Parsed {
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

fn kind_weight(k: Kind) -> f32 {
    match k {
        Kind::Word => 1.0,
        Kind::Stem => 0.85,
        Kind::Alias => 0.8,
        Kind::Tag => 0.55,
        Kind::AliasPart => 0.45,
    }
}

/// Every kind of posting: what a term lookup matches unless it says otherwise.
const ALL: &[Kind] = &[
    Kind::Word,
    Kind::Stem,
    Kind::Alias,
    Kind::AliasPart,
    Kind::Tag,
];

const W_EXACT: f32 = 1.0;
const W_STEM: f32 = 0.9;
const W_PREFIX: f32 = 0.75;
const W_FUZZY: [f32; 3] = [0.6, 0.5, 0.35];

/// A matched occurrence, for highlights and proximity, packed into a u64 so
/// that it sorts by (clause, query unit, token). Every sort in the query path
/// sorts plain u64 keys: one sort routine in the WebAssembly instead of one per
/// element type.
#[derive(Clone, Copy)]
struct Occ {
    doc: u8,
    unit: u8,
    kind: Kind,
    tok: u16,
    extra: u8,
}

impl Occ {
    fn pack(self) -> u64 {
        (u64::from(self.doc) << 40)
            | (u64::from(self.unit) << 32)
            | (u64::from(self.tok) << 16)
            | (u64::from(self.extra) << 8)
            | self.kind as u64
    }
    fn unpack(v: u64) -> Occ {
        Occ {
            doc: (v >> 40) as u8,
            unit: (v >> 32) as u8,
            tok: (v >> 16) as u16,
            extra: (v >> 8) as u8,
            kind: match v as u8 {
                1 => Kind::Stem,
                2 => Kind::Alias,
                3 => Kind::Tag,
                4 => Kind::AliasPart,
                _ => Kind::Word,
            },
        }
    }
}

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
                (missing << 48) | (score << 16) | d as u64
            })
            .collect();
        keys.sort_unstable();
        let mut ranked: Vec<usize> = keys.iter().map(|k| (k & 0xffff) as usize).collect();
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

    fn hit(&self, d: usize, score: f32, complete: bool, occs: &[u64]) -> Hit<'_> {
        let clause = &self.doc.clauses[d];
        let spans = &self.spans[d];
        let lo = occs.partition_point(|&o| (Occ::unpack(o).doc as usize) < d);
        let hi = occs.partition_point(|&o| (Occ::unpack(o).doc as usize) <= d);
        let mut ranges: Vec<u64> = Vec::new();
        let mut tags: Vec<&str> = Vec::new();
        for o in occs[lo..hi].iter().map(|&o| Occ::unpack(o)) {
            if o.kind == Kind::Tag {
                if let Some(t) = clause.tags.get(o.tok as usize) {
                    if !tags.contains(t) {
                        tags.push(t);
                    }
                }
            } else if let (Some(a), Some(b)) = (
                spans.get(o.tok as usize),
                spans.get(o.tok as usize + o.extra as usize),
            ) {
                ranges.push(((a.start as u64) << 32) | b.end.max(a.end) as u64);
            }
        }
        ranges.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
        for r in ranges {
            let (s, e) = ((r >> 32) as usize, (r & 0xffff_ffff) as usize);
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        Hit {
            clause,
            index: d,
            id: clause.id,
            section: clause.section,
            score,
            complete,
            highlights: merged,
            tags,
        }
    }

    /// Adds every posting of one dictionary entry: per clause the best BM25
    /// contribution is kept in `best`, and every occurrence is recorded.
    fn add_entry(
        &self,
        value: u64,
        weight: f32,
        unit: u8,
        kinds: &[Kind],
        s: &mut Scratch,
    ) -> bool {
        let (off, count) = unpack(value);
        let n = self.doc.clauses.len() as f32;
        let mut df = 0u32;
        let mut last = u8::MAX;
        let mut any = false;
        for i in off..off + count {
            let p = Posting::decode(self.postings, i);
            if kinds.contains(&p.kind) && p.doc != last {
                df += 1;
                last = p.doc;
            }
        }
        if df == 0 {
            return false;
        }
        let idf = (1.0 + (n - df as f32 + 0.5) / (df as f32 + 0.5)).ln();
        let mut i = off;
        while i < off + count {
            let doc = Posting::decode(self.postings, i).doc;
            let mut tf = 0f32;
            let mut kw = 0f32;
            while i < off + count {
                let p = Posting::decode(self.postings, i);
                if p.doc != doc {
                    break;
                }
                i += 1;
                if !kinds.contains(&p.kind) {
                    continue;
                }
                if p.kind != Kind::Tag {
                    tf += 1.0;
                }
                kw = kw.max(kind_weight(p.kind));
                s.occs.push(
                    Occ {
                        doc,
                        unit,
                        kind: p.kind,
                        tok: p.tok,
                        extra: p.extra,
                    }
                    .pack(),
                );
            }
            if kw == 0.0 {
                continue;
            }
            let d = doc as usize;
            let len = self.lens[d];
            let tf = tf.max(1.0);
            let tfn = tf * (K1 + 1.0) / (tf + K1 * (1.0 - B + B * len / self.avg_len));
            let c = weight * kw * idf * tfn;
            if c > s.best[d] {
                s.best[d] = c;
            }
            any = true;
        }
        any
    }

    fn match_term(&self, t: &QTerm, exact: bool, unit: u8, s: &mut Scratch) {
        let mut found = false;
        if let Some(v) = self.map.get(&t.surface) {
            found |= self.add_entry(v, W_EXACT, unit, ALL, s);
        }
        if t.stem != t.surface {
            if let Some(v) = self.map.get(&t.stem) {
                found |= self.add_entry(v, W_STEM, unit, ALL, s);
            }
        }
        if exact {
            return;
        }
        if t.prefix {
            let mut stream = self
                .map
                .search(Str::new(&t.surface).starts_with())
                .into_stream();
            let mut keys = 0;
            while let Some((k, v)) = stream.next() {
                if k == t.surface.as_bytes() || k == t.stem.as_bytes() {
                    continue;
                }
                found |= self.add_entry(v, W_PREFIX, unit, ALL, s);
                keys += 1;
                if keys >= MAX_PREFIX_KEYS {
                    break;
                }
            }
        }
        let edits = max_edits(&t.surface);
        if found || edits == 0 || t.surface.len() > MAX_LEN {
            return;
        }
        let prefix = t.prefix && t.surface.chars().count() >= 5;
        // Two typos are looked for after an intact first letter (walking only
        // that branch of the dictionary is ~8× faster); failing that, one
        // typo anywhere.
        if edits >= 2 && self.fuzzy_pass(t, edits, prefix, true, unit, s) {
            return;
        }
        self.fuzzy_pass(t, 1, prefix, false, unit, s);
    }

    /// One walk of the dictionary for words within `edits` of the term; with
    /// `same_first`, only under the term's first letter. True if any matched.
    fn fuzzy_pass(
        &self,
        t: &QTerm,
        edits: u8,
        prefix: bool,
        same_first: bool,
        unit: u8,
        s: &mut Scratch,
    ) -> bool {
        let q = t.surface.as_bytes();
        let aut = Damerau::new(q, edits, prefix);
        let whole = Damerau::new(q, edits, false);
        let builder = self.map.search_with_state(&aut);
        let mut stream = match (same_first, q.first().and_then(|f| f.checked_add(1))) {
            (true, Some(next)) => builder.ge(&q[..1]).lt([next]).into_stream(),
            _ => builder.into_stream(),
        };
        let mut any = false;
        // Typos are measured against real words, not stems ("tran" of "trans").
        while let Some((k, v, st)) = stream.next() {
            if !is_surface(v) || !aut.is_match(&st) {
                continue;
            }
            // In prefix mode, a key shorter than the query must match whole.
            if k.len() + 1 < q.len() && whole.distance(k).is_none() {
                continue;
            }
            let d = aut.state_distance(&st).min(2) as usize;
            any |= self.add_entry(v, W_FUZZY[d], unit, ALL, s);
        }
        any
    }

    /// Clauses where the phrase's words stand in order, next to each other.
    fn match_phrase(&self, words: &[QTerm], unit: u8, occs: &mut Vec<u64>) -> Vec<(usize, f32)> {
        const TEXT: &[Kind] = &[Kind::Word, Kind::Stem];
        let n = self.doc.clauses.len();
        // Per word: (doc, pos, tok) of every occurrence, packed to sort as u64,
        // and the word's idf.
        let pack = |doc: u8, pos: u32, tok: u16| {
            (u64::from(doc) << 48) | (u64::from(pos) << 16) | u64::from(tok)
        };
        let unpack3 = |v: u64| ((v >> 48) as u8, ((v >> 16) & 0xffff_ffff) as u32, v as u16);
        let mut lists: Vec<Vec<u64>> = Vec::with_capacity(words.len());
        let mut idf_sum = 0f32;
        for w in words {
            let mut list = Vec::new();
            for key in [&w.surface, &w.stem] {
                if let Some(v) = self.map.get(key) {
                    let (off, count) = unpack(v);
                    for i in off..off + count {
                        let p = Posting::decode(self.postings, i);
                        if TEXT.contains(&p.kind) {
                            if let Some(sp) = self.spans[p.doc as usize].get(p.tok as usize) {
                                list.push(pack(p.doc, sp.pos, p.tok));
                            }
                        }
                    }
                }
            }
            list.sort_unstable();
            list.dedup();
            let mut docs: Vec<u8> = list.iter().map(|&x| unpack3(x).0).collect();
            docs.dedup();
            let df = docs.len() as f32;
            idf_sum += (1.0 + (n as f32 - df + 0.5) / (df + 0.5)).ln();
            lists.push(list);
        }
        let mut out: Vec<(usize, f32)> = Vec::new();
        let Some(first) = lists.first() else {
            return out;
        };
        for (doc, pos, tok) in first.iter().map(|&x| unpack3(x)) {
            let mut toks = vec![tok];
            let ok = lists[1..].iter().enumerate().all(|(k, l)| {
                let want = pos + k as u32 + 1;
                match l
                    .iter()
                    .map(|&x| unpack3(x))
                    .find(|x| x.0 == doc && x.1 == want)
                {
                    Some(x) => {
                        toks.push(x.2);
                        true
                    }
                    None => false,
                }
            });
            if ok {
                for t in toks {
                    occs.push(
                        Occ {
                            doc,
                            unit,
                            kind: Kind::Word,
                            tok: t,
                            extra: 0,
                        }
                        .pack(),
                    );
                }
                match out.last_mut() {
                    Some(last) if last.0 == doc as usize => last.1 += 0.5,
                    _ => out.push((doc as usize, idf_sum * 1.5)),
                }
            }
        }
        out
    }

    /// A bonus for each pair of consecutive query terms found side by side.
    fn proximity(&self, units: &[Unit], occs: &mut [u64], score: &mut [f32]) {
        if units.len() < 2 {
            return;
        }
        occs.sort_unstable();
        let mut i = 0;
        while i < occs.len() {
            let doc = Occ::unpack(occs[i]).doc;
            let mut j = i;
            while j < occs.len() && Occ::unpack(occs[j]).doc == doc {
                j += 1;
            }
            let spans = &self.spans[doc as usize];
            let group: Vec<Occ> = occs[i..j]
                .iter()
                .map(|&o| Occ::unpack(o))
                .filter(|o| o.kind != Kind::Tag)
                .collect();
            let pos_end = |o: &Occ| spans.get(o.tok as usize + o.extra as usize).map(|s| s.pos);
            let pos_start = |o: &Occ| spans.get(o.tok as usize).map(|s| s.pos);
            for u in 0..units.len().saturating_sub(1) {
                let (a, b) = (u as u8, u as u8 + 1);
                let near = group.iter().filter(|o| o.unit == a).any(|x| {
                    group.iter().filter(|o| o.unit == b).any(
                        |y| matches!((pos_end(x), pos_start(y)), (Some(e), Some(s)) if s == e + 1),
                    )
                });
                if near {
                    score[doc as usize] += 1.0;
                }
            }
            i = j;
        }
    }

    fn suggest_units(&self, units: &[Unit]) -> Option<String> {
        let mut changed = false;
        let mut words = Vec::new();
        for u in units {
            match u {
                Unit::Term {
                    t,
                    optional: false,
                    exact: false,
                } => match self.suggest_word(&t.surface) {
                    Some(w) => {
                        changed = true;
                        words.push(w);
                    }
                    None => words.push(t.surface.clone()),
                },
                Unit::Term { t, .. } => words.push(t.surface.clone()),
                Unit::Phrase(ws) => words.push(format!(
                    "\"{}\"",
                    ws.iter()
                        .map(|w| w.surface.as_str())
                        .collect::<Vec<_>>()
                        .join(" ")
                )),
            }
        }
        changed.then(|| words.join(" "))
    }

    /// The charter word closest to `word`, within one edit more than search
    /// allows (at most two, and at most a third of the word), starting with
    /// the same letter; ties go to the more common word.
    pub fn suggest_word(&self, word: &str) -> Option<String> {
        let len = word.chars().count();
        if len < 3 || word.len() > MAX_LEN {
            return None;
        }
        // One edit more than search allows, but never more than a third of the
        // word: short words have too many neighbours to guess from.
        let edits = (max_edits(word) + 1).min((len / 3) as u8).min(2);
        if edits == 0 {
            return None;
        }
        let aut = Damerau::new(word.as_bytes(), edits, false);
        let first = word.as_bytes()[0];
        let mut best: Option<(u8, usize, String)> = None;
        // Only keys under the same first letter are walked.
        let mut stream = match first.checked_add(1) {
            Some(next) => self
                .map
                .search_with_state(&aut)
                .ge([first])
                .lt([next])
                .into_stream(),
            None => self.map.search_with_state(&aut).ge([first]).into_stream(),
        };
        while let Some((k, v, st)) = stream.next() {
            if k.first() != Some(&first) {
                continue;
            }
            let Ok(key) = std::str::from_utf8(k) else {
                continue;
            };
            if is_stop_word(key) || key == word {
                continue;
            }
            let (off, count) = unpack(v);
            let mut docs = 0;
            let mut last = u8::MAX;
            for i in off..off + count {
                let p = Posting::decode(self.postings, i);
                if p.kind == Kind::Word && p.doc != last {
                    docs += 1;
                    last = p.doc;
                }
            }
            if docs == 0 {
                continue;
            }
            let d = aut.state_distance(&st);
            let better = match &best {
                None => true,
                Some((bd, bdocs, _)) => d < *bd || (d == *bd && docs > *bdocs),
            };
            if better {
                best = Some((d, docs, key.to_string()));
            }
        }
        best.map(|b| b.2)
    }
}
