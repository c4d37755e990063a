//! Matching one term: exact words, stems, aliases and tags, prefixes of the
//! word being typed, then typos (typo.rs); and the
//! BM25-style weight each posting adds.

use fst::automaton::{Automaton, Str};
use fst::{IntoStreamer, Streamer};

use super::query::{max_edits, QTerm};
use super::{Link, Occ, Scratch};
use crate::format::{is_surface, unpack, Kind, Posting};
use crate::fuzzy::MAX_LEN;
use crate::index::Index;

/// At most this many dictionary terms extend a prefix.
const MAX_PREFIX_KEYS: usize = 48;

const K1: f32 = 1.2;
const B: f32 = 0.75;

fn kind_weight(k: Kind) -> f32 {
    match k {
        Kind::Word => 1.0,
        Kind::Stem => 0.85,
        Kind::Alias => 0.8,
        Kind::Tag => 0.55,
        Kind::AliasPart => 0.45,
        Kind::Form => 0.8,
        Kind::Related => 0.4,
        Kind::Weak => 0.25,
    }
}

/// A set of posting kinds, one bit per [`Kind`] (a test per posting).
#[derive(Clone, Copy)]
pub(super) struct Kinds(u8);

impl Kinds {
    const fn of(kinds: &[Kind]) -> Kinds {
        let mut bits = 0u8;
        let mut i = 0;
        while i < kinds.len() {
            bits |= 1 << kinds[i] as u8;
            i += 1;
        }
        Kinds(bits)
    }

    #[inline]
    fn has(self, k: Kind) -> bool {
        self.0 & (1 << k as u8) != 0
    }
}

/// Every kind of posting: what a term lookup matches unless it says otherwise.
pub(super) const ALL: Kinds = Kinds(u8::MAX);

/// What a typo may reach: the charter's words and aliases, not an editorial
/// topic tag ("wine" is not a typo of the tag "mining") nor a reader's word
/// from the lexicon.
pub(super) const TYPO: Kinds = Kinds::of(&[Kind::Word, Kind::Stem, Kind::Alias, Kind::AliasPart]);

/// The lexicon's kinds of posting (readers' words).
const LEXICON: Kinds = Kinds::of(&[Kind::Form, Kind::Related, Kind::Weak]);

/// A plural's singular by its last letter ("regulators" → "regulator"), not
/// for "ss" ("process") or short words.
fn singular(word: &str) -> Option<&str> {
    let one = word.strip_suffix('s')?;
    (one.len() >= 4 && !one.ends_with('s')).then_some(one)
}

const W_EXACT: f32 = 1.0;
const W_STEM: f32 = 0.9;
const W_PREFIX: f32 = 0.75;
pub(super) const W_FUZZY: [f32; 3] = [0.6, 0.5, 0.35];

impl<'a> Index<'a> {
    /// Adds every posting of one dictionary entry: per clause the best BM25
    /// contribution is kept in `best`, and every occurrence is recorded.
    pub(super) fn add_entry(
        &self,
        value: u64,
        weight: f32,
        unit: u8,
        kinds: Kinds,
        s: &mut Scratch,
    ) -> bool {
        self.add_entry_in(self.postings, value, weight, unit, kinds, s)
    }

    /// [`Index::add_entry`] for an entry of another postings block (the
    /// readers' words).
    fn add_entry_in(
        &self,
        postings: &[u8],
        value: u64,
        weight: f32,
        unit: u8,
        kinds: Kinds,
        s: &mut Scratch,
    ) -> bool {
        let (off, count) = unpack(value);
        let n = self.doc.clauses.len() as f32;
        let mut df = 0u32;
        let mut last = u8::MAX;
        let mut any = false;
        for i in off..off + count {
            let p = Posting::decode(postings, i);
            if kinds.has(p.kind) && p.doc != last {
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
            let doc = Posting::decode(postings, i).doc;
            let mut tf = 0f32;
            let mut kw = 0f32;
            let mut literal = false;
            let mut text = false;
            let mut tag = false;
            let mut strong = false;
            while i < off + count {
                let p = Posting::decode(postings, i);
                if p.doc != doc {
                    break;
                }
                i += 1;
                if !kinds.has(p.kind) {
                    continue;
                }
                if p.kind != Kind::Tag {
                    tf += 1.0;
                }
                kw = kw.max(kind_weight(p.kind));
                literal |= matches!(p.kind, Kind::Word | Kind::Stem | Kind::Alias | Kind::Form);
                text |= !matches!(p.kind, Kind::Related | Kind::Weak | Kind::Tag);
                tag |= p.kind == Kind::Tag;
                strong |= p.kind == Kind::Related;
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
            // The clause says the word itself (as written, by stem or by an
            // alias), not only something near it.
            s.literal[d] |= literal && weight >= W_STEM;
            s.firm[d] |= weight >= W_STEM;
            s.link[d] = s.link[d].max(if text {
                Link::Text
            } else if strong {
                Link::Related
            } else if tag {
                Link::Tag
            } else {
                Link::Weak
            });
            any = true;
        }
        any
    }

    /// Every way one query term matches: exact, stem, prefix and, when those
    /// find nothing, typos.
    pub(super) fn match_term(&self, t: &QTerm, exact: bool, unit: u8, s: &mut Scratch) {
        let mut found = false;
        if let Some(v) = self.map.get(&t.surface) {
            found |= self.add_entry(v, W_EXACT, unit, ALL, s);
        }
        if t.stem != t.surface {
            if let Some(v) = self.map.get(&t.stem) {
                found |= self.add_entry(v, W_STEM, unit, ALL, s);
            }
        }
        // A reader's word from the lexicon in the plural ("regulators"), whose
        // stem cuts deeper than the lexicon's key ("regulator").
        let one = singular(&t.surface);
        if let Some(v) = one.and_then(|k| self.map.get(k)) {
            found |= self.add_entry(v, W_STEM, unit, LEXICON, s);
        }
        // The readers' words loaded apart (WordNet's related words), as
        // typed, by stem and in the plural.
        if let Some(r) = self.readers.get() {
            for (key, w) in [
                (Some(t.surface.as_str()), W_EXACT),
                (Some(t.stem.as_str()).filter(|k| *k != t.surface), W_STEM),
                (one, W_STEM),
            ] {
                if let Some(v) = key.and_then(|k| r.map.get(k)) {
                    found |= self.add_entry_in(r.postings, v, w, unit, LEXICON, s);
                }
            }
        }
        if !found {
            // A transliteration: "Naxcivan" meets "Nakhchivan" by skeleton.
            let sk = crate::variants::skeleton(&t.surface);
            if let Some(v) = sk.and_then(|k| self.map.get(k)) {
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
                let grew = self.add_entry(v, W_PREFIX, unit, ALL, s);
                // Growing into a word of the charter (text, alias or tag),
                // not into a reader's word from the lexicon.
                s.grows |= grew && is_surface(v);
                found |= grew;
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
}
