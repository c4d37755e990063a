//! Loading an index: zero-copy over its bytes, validated once so that queries
//! never index out of bounds.

use std::sync::OnceLock;

use fst::{IntoStreamer, Map, Streamer};

use crate::error::IndexError;
use crate::format::{self, unpack, Kind, Posting, POSTING_SIZE};
use crate::model::{Clause, Document, Metadata, Section};
use crate::normalize::{spans, Span};

/// A loaded index: term dictionary, postings, the document and per-clause token
/// spans (recomputed from the text with the same scanner that built the index).
pub struct Index<'a> {
    pub(crate) map: Map<&'a [u8]>,
    pub(crate) postings: &'a [u8],
    pub(crate) doc: Document<'a>,
    pub(crate) spans: Vec<Vec<Span>>,
    pub(crate) section_of: Vec<usize>,
    pub(crate) lens: Vec<f32>,
    pub(crate) avg_len: f32,
    /// Per clause: (byte offset just past a non-ASCII character, bytes minus
    /// UTF-16 units up to there), for fast highlight offsets in UTF-16.
    utf16: Vec<Vec<(u32, u32)>>,
    /// The index bytes' [`format::fingerprint`], which readers' words must carry.
    fingerprint: u32,
    /// The readers' words, once attached ([`Index::attach_readers`]).
    pub(crate) readers: OnceLock<Readers<'a>>,
}

/// Readers' words loaded apart from the index: their own term dictionary and
/// postings into the index's clauses (see [`format::encode_readers`]).
pub(crate) struct Readers<'a> {
    pub(crate) map: Map<&'a [u8]>,
    pub(crate) postings: &'a [u8],
}

/// Checks every postings range of `map` and every posting of `block` against
/// the document, so that queries never index out of bounds.
fn check_postings(
    map: &Map<&[u8]>,
    block: &[u8],
    doc: &Document<'_>,
    spans: &[Vec<Span>],
) -> Result<(), IndexError> {
    let total = block.len() / POSTING_SIZE;
    let mut stream = map.stream();
    while let Some((_, v)) = stream.next() {
        let (off, n) = unpack(v);
        if off.checked_add(n).is_none_or(|end| end > total) {
            return Err(IndexError::Truncated("postings range"));
        }
    }
    for i in 0..total {
        let p = Posting::decode(block, i);
        let Some(c) = doc.clauses.get(p.doc as usize) else {
            return Err(IndexError::Truncated("posting clause"));
        };
        let ok = match p.kind {
            Kind::Tag => (p.tok as usize) < c.tags.len(),
            _ => (p.tok as usize + p.extra as usize) < spans[p.doc as usize].len(),
        };
        if !ok {
            return Err(IndexError::Truncated("posting token"));
        }
    }
    Ok(())
}

impl<'a> Index<'a> {
    /// Loads an index from bytes written by the builder. Checks the signature,
    /// the format version and every posting.
    pub fn load(bytes: &'a [u8]) -> Result<Index<'a>, IndexError> {
        let d = format::decode(bytes)?;
        let map = Map::new(d.fst)?;
        let doc = d.doc;
        let mut section_of = Vec::with_capacity(doc.clauses.len());
        for c in &doc.clauses {
            let s = doc
                .sections
                .iter()
                .position(|s| s.id == c.section)
                .ok_or(IndexError::Truncated("clause section"))?;
            section_of.push(s);
        }
        let spans: Vec<Vec<Span>> = doc.clauses.iter().map(|c| spans(c.text)).collect();
        let lens: Vec<f32> = spans
            .iter()
            .map(|s| s.iter().filter(|t| !t.joined).count().max(1) as f32)
            .collect();
        let avg_len = lens.iter().sum::<f32>() / lens.len().max(1) as f32;
        check_postings(&map, d.postings, &doc, &spans)?;
        let utf16 = doc
            .clauses
            .iter()
            .map(|c| {
                let mut delta = 0u32;
                c.text
                    .char_indices()
                    .filter(|(_, ch)| !ch.is_ascii())
                    .map(|(i, ch)| {
                        delta += (ch.len_utf8() - ch.len_utf16()) as u32;
                        ((i + ch.len_utf8()) as u32, delta)
                    })
                    .collect()
            })
            .collect();
        Ok(Index {
            map,
            postings: d.postings,
            doc,
            spans,
            section_of,
            lens,
            avg_len,
            utf16,
            fingerprint: format::fingerprint(bytes),
            readers: OnceLock::new(),
        })
    }

    /// Attaches the readers' words (loaded apart: see
    /// [`format::encode_readers`]) built with this index. Checked like the
    /// index; attaching twice keeps the first.
    pub fn attach_readers(&self, bytes: &'a [u8]) -> Result<(), IndexError> {
        let (fst, postings) = format::decode_readers(bytes, self.fingerprint)?;
        let map = Map::new(fst)?;
        check_postings(&map, postings, &self.doc, &self.spans)?;
        let _ = self.readers.set(Readers { map, postings });
        Ok(())
    }

    /// True once readers' words are attached.
    pub fn has_readers(&self) -> bool {
        self.readers.get().is_some()
    }

    /// The whole document.
    pub fn document(&self) -> &Document<'a> {
        &self.doc
    }

    /// Every clause, in order.
    pub fn clauses(&self) -> &[Clause<'a>] {
        &self.doc.clauses
    }

    /// Every section, in order.
    pub fn sections(&self) -> &[Section<'a>] {
        &self.doc.sections
    }

    /// The article metadata.
    pub fn metadata(&self) -> &Metadata<'a> {
        &self.doc.metadata
    }

    /// A clause by id ("II.4"), case-insensitively.
    pub fn clause(&self, id: &str) -> Option<&Clause<'a>> {
        self.doc
            .clauses
            .iter()
            .find(|c| c.id.eq_ignore_ascii_case(id.trim()))
    }

    /// The position of a clause by id.
    pub fn clause_index(&self, id: &str) -> Option<usize> {
        self.doc
            .clauses
            .iter()
            .position(|c| c.id.eq_ignore_ascii_case(id.trim()))
    }

    /// A section by id, case-insensitively ("iii" → III; "preamble" → P).
    pub fn section(&self, id: &str) -> Option<&Section<'a>> {
        self.section_index(id).map(|i| &self.doc.sections[i])
    }

    /// The position of a section by id, case-insensitively.
    pub fn section_index(&self, id: &str) -> Option<usize> {
        let id = id.trim();
        self.doc
            .sections
            .iter()
            .position(|s| s.id.eq_ignore_ascii_case(id) || s.title.eq_ignore_ascii_case(id))
    }

    /// A byte offset in clause `doc`'s text (on a character boundary) as a
    /// UTF-16 code-unit offset, for JavaScript.
    pub fn utf16_offset(&self, doc: usize, byte: usize) -> u32 {
        let breaks = self.utf16.get(doc).map(Vec::as_slice).unwrap_or_default();
        let i = breaks.partition_point(|&(end, _)| end as usize <= byte);
        let delta = if i == 0 { 0 } else { breaks[i - 1].1 };
        byte as u32 - delta
    }

    /// Number of distinct terms in the dictionary.
    pub fn term_count(&self) -> usize {
        self.map.len()
    }

    /// All dictionary terms (for tests and tools).
    pub fn terms(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut s = self.map.keys().into_stream();
        while let Some(k) = s.next() {
            out.push(String::from_utf8_lossy(k).into_owned());
        }
        out
    }
}
