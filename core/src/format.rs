//! The binary index format, both directions: this module alone encodes and
//! decodes it, and a round-trip test keeps the two sides honest.
//!
//! Layout (all integers little-endian):
//! ```text
//! magic  b"CHRTIDX\0"          8 bytes
//! version u32                  FORMAT_VERSION
//! fst     u32 len + bytes      term → (postings offset << 32 | count)
//! posts   u32 len + bytes      4 bytes a posting, stored by column (n postings:
//!                              n doc u8, n kind u8 (kind | extra << 3), n tok low
//!                              bytes, n tok high bytes; gzip packs columns ~⅓ better)
//! docs    u16 n, then per doc: id, section, number, text, tags (u16 n + strings),
//!         lens (u8 firmness, u16 phrase start/end, u16 binding start/end; 0/0 = none)
//! sections u16 n, then per section: id, title, short_title, lead_in
//! meta    title, short_title, parties, signed date/label/place, signatories,
//!         timeline, source, note
//! ```
//! A string is a u32 byte length and UTF-8 bytes; an empty string stands for "none"
//! where a field is optional.

use crate::error::IndexError;

/// Signature at the start of the readers' words (see [`encode_readers`]).
pub const READERS_MAGIC: &[u8; 8] = b"CHRTRDW\0";

/// A fingerprint of an index's bytes (FNV-1a, 32 bits): the readers' words
/// record the one of the index they were built with.
pub fn fingerprint(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5u32, |h, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// The readers' words, a supplement to an index that is loaded apart (only
/// when a query has a word the charter lacks): magic, version, the index's
/// [`fingerprint`], then a term dictionary and postings in the index's own
/// layout, pointing into the index's clauses.
pub fn encode_readers(index: &[u8], fst: &[u8], postings: &[u8]) -> Vec<u8> {
    let mut w = Writer { buf: Vec::new() };
    w.buf.extend_from_slice(READERS_MAGIC);
    w.u32(FORMAT_VERSION);
    w.u32(fingerprint(index));
    w.bytes(fst);
    w.bytes(postings);
    w.buf
}

/// Decodes readers' words written by [`encode_readers`] for the index whose
/// fingerprint is `index`: (fst bytes, postings block).
pub fn decode_readers(bytes: &[u8], index: u32) -> Result<(&[u8], &[u8]), IndexError> {
    if bytes.len() < 16 || &bytes[..8] != READERS_MAGIC {
        return Err(IndexError::BadMagic);
    }
    let mut r = Reader { buf: bytes, at: 8 };
    let found = r.u32("version")?;
    if found != FORMAT_VERSION {
        return Err(IndexError::Version {
            found,
            expected: FORMAT_VERSION,
        });
    }
    if r.u32("fingerprint")? != index {
        return Err(IndexError::Mismatch);
    }
    let fst = r.bytes("readers' term dictionary")?;
    let postings = r.bytes("readers' postings")?;
    if postings.len() % POSTING_SIZE != 0 {
        return Err(IndexError::Truncated("readers' postings"));
    }
    Ok((fst, postings))
}

/// Signature at the start of every index.
pub const MAGIC: &[u8; 8] = b"CHRTIDX\0";
/// The format version this code writes and reads.
pub const FORMAT_VERSION: u32 = 4;

/// What a posting records about a term in a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Kind {
    /// The term is a word of the clause.
    Word = 0,
    /// The term is the stem of a word of the clause.
    Stem = 1,
    /// The term belongs to an alias of a phrase in the clause.
    Alias = 2,
    /// The term belongs to an editorial topic tag of the clause (`tok` is the tag index).
    Tag = 3,
    /// The term is one word of a several-word alias of a phrase in the clause
    /// ("caspian" of "Trans-Caspian Transport Corridor" for "Middle Corridor"):
    /// a weaker link than a whole alias.
    AliasPart = 4,
    /// The term is another form of a word of the clause (a derivation or a
    /// short form: "decide" for "decisions", "govt" for "government"), from
    /// the build-time lexicon: the clause says the reader's word, in the
    /// charter's form.
    Form = 5,
    /// The term is the reader's word for the clause's idea ("hackers" for
    /// "cybersecurity"): a one-word editorial related term, with sources. The
    /// charter does not say the reader's word; results explain the link.
    Related = 6,
    /// A looser link (a WordNet synonym, definition word or narrower word, or
    /// one word of a longer editorial term): it ranks last and never makes a
    /// hit on its own.
    Weak = 7,
}

impl Kind {
    pub(crate) fn from_u8(v: u8) -> Option<Kind> {
        match v {
            0 => Some(Kind::Word),
            1 => Some(Kind::Stem),
            2 => Some(Kind::Alias),
            3 => Some(Kind::Tag),
            4 => Some(Kind::AliasPart),
            5 => Some(Kind::Form),
            6 => Some(Kind::Related),
            7 => Some(Kind::Weak),
            _ => None,
        }
    }
}

/// One occurrence of a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Posting {
    /// Clause index.
    pub doc: u8,
    /// How the term relates to the clause.
    pub kind: Kind,
    /// Token index in the clause (tag index for [`Kind::Tag`]).
    pub tok: u16,
    /// For aliases: how many more tokens the aliased phrase covers.
    pub extra: u8,
}

/// Size of one encoded posting.
pub const POSTING_SIZE: usize = 4;

impl Posting {
    /// Encodes every posting as a block, column by column.
    #[cfg(feature = "build")]
    pub(crate) fn encode_all(list: &[Posting]) -> Vec<u8> {
        let mut out = Vec::with_capacity(list.len() * POSTING_SIZE);
        out.extend(list.iter().map(|p| p.doc));
        out.extend(list.iter().map(|p| p.kind as u8 | (p.extra.min(31) << 3)));
        out.extend(list.iter().map(|p| p.tok.to_le_bytes()[0]));
        out.extend(list.iter().map(|p| p.tok.to_le_bytes()[1]));
        out
    }

    /// Decodes the posting at `i` of a postings block (the caller checked bounds
    /// at load time; an unknown kind reads as a word).
    #[inline]
    pub fn decode(block: &[u8], i: usize) -> Posting {
        let n = block.len() / POSTING_SIZE;
        let kind = block[n + i];
        Posting {
            doc: block[i],
            kind: Kind::from_u8(kind & 7).unwrap_or(Kind::Word),
            extra: kind >> 3,
            tok: u16::from_le_bytes([block[2 * n + i], block[3 * n + i]]),
        }
    }
}

const SURFACE_BIT: u64 = 1 << 31;

/// Packs a postings range into an fst value. `surface` marks a term that is a
/// real word somewhere (text, alias or tag), not only a stem: typos are
/// measured against real words only.
pub fn pack(offset: u32, count: u32, surface: bool) -> u64 {
    (u64::from(offset) << 32)
        | u64::from(count.min(0x7fff_ffff))
        | if surface { SURFACE_BIT } else { 0 }
}

/// Unpacks an fst value into (offset, count) in postings.
pub fn unpack(v: u64) -> (usize, usize) {
    ((v >> 32) as usize, (v & 0x7fff_ffff) as usize)
}

/// True if the fst value belongs to a real word (see [`pack`]).
pub fn is_surface(v: u64) -> bool {
    v & SURFACE_BIT != 0
}

/// Appends primitives to an index being written.
#[derive(Default)]
pub struct Writer {
    /// The bytes so far.
    pub buf: Vec<u8>,
}

impl Writer {
    /// Starts an index: magic and version.
    pub fn new() -> Writer {
        let mut w = Writer { buf: Vec::new() };
        w.buf.extend_from_slice(MAGIC);
        w.u32(FORMAT_VERSION);
        w
    }
    /// A u16.
    pub fn u16(&mut self, v: u16) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    /// A u32.
    pub fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    /// A length-prefixed byte block.
    pub fn bytes(&mut self, b: &[u8]) {
        self.u32(b.len() as u32);
        self.buf.extend_from_slice(b);
    }
    /// A string.
    pub fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
    /// A list of strings.
    pub fn strs<S: AsRef<str>>(&mut self, list: &[S]) {
        self.u16(list.len() as u16);
        for s in list {
            self.str(s.as_ref());
        }
    }
}

/// Reads primitives from an index, with bounds checks that become [`IndexError`]s.
pub struct Reader<'a> {
    buf: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    /// Checks magic and version and positions after them.
    pub fn new(buf: &'a [u8]) -> Result<Reader<'a>, IndexError> {
        if buf.len() < 12 || &buf[..8] != MAGIC {
            return Err(IndexError::BadMagic);
        }
        let mut r = Reader { buf, at: 8 };
        let found = r.u32("version")?;
        if found != FORMAT_VERSION {
            return Err(IndexError::Version {
                found,
                expected: FORMAT_VERSION,
            });
        }
        Ok(r)
    }
    fn take(&mut self, n: usize, what: &'static str) -> Result<&'a [u8], IndexError> {
        let end = self.at.checked_add(n).ok_or(IndexError::Truncated(what))?;
        let s = self
            .buf
            .get(self.at..end)
            .ok_or(IndexError::Truncated(what))?;
        self.at = end;
        Ok(s)
    }
    /// A u16.
    pub fn u16(&mut self, what: &'static str) -> Result<u16, IndexError> {
        let b = self.take(2, what)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }
    /// A u32.
    pub fn u32(&mut self, what: &'static str) -> Result<u32, IndexError> {
        let b = self.take(4, what)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    /// A length-prefixed byte block, borrowed.
    pub fn bytes(&mut self, what: &'static str) -> Result<&'a [u8], IndexError> {
        let n = self.u32(what)? as usize;
        self.take(n, what)
    }
    /// A string, borrowed.
    pub fn str(&mut self, what: &'static str) -> Result<&'a str, IndexError> {
        std::str::from_utf8(self.bytes(what)?).map_err(|_| IndexError::Utf8(what))
    }
    /// An optional string (empty = none).
    pub fn opt_str(&mut self, what: &'static str) -> Result<Option<&'a str>, IndexError> {
        Ok(Some(self.str(what)?).filter(|s| !s.is_empty()))
    }
    /// A list of strings.
    pub fn strs(&mut self, what: &'static str) -> Result<Vec<&'a str>, IndexError> {
        let n = self.u16(what)?;
        (0..n).map(|_| self.str(what)).collect()
    }
    /// True when every byte was read.
    pub fn at_end(&self) -> bool {
        self.at == self.buf.len()
    }
}

use crate::lens::{Firmness, Lens};
use crate::model::{Clause, Document, Metadata, Section, Signatory, TimelineEntry};

/// Encodes a whole index: term dictionary, postings and document.
#[cfg(feature = "build")]
pub fn encode(fst: &[u8], postings: &[u8], doc: &Document<'_>) -> Vec<u8> {
    let mut w = Writer::new();
    w.bytes(fst);
    w.bytes(postings);
    w.u16(doc.clauses.len() as u16);
    for c in &doc.clauses {
        w.str(c.id);
        w.str(c.section);
        w.str(c.number.unwrap_or(""));
        w.str(c.text);
        w.strs(&c.tags);
        w.buf.push(c.lens.firmness as u8);
        let (bs, be) = c.lens.binding.unwrap_or((0, 0));
        for v in [c.lens.phrase.0, c.lens.phrase.1, bs, be] {
            w.u16(v as u16);
        }
    }
    w.u16(doc.sections.len() as u16);
    for s in &doc.sections {
        w.str(s.id);
        w.str(s.title);
        w.str(s.short_title);
        w.str(s.lead_in.unwrap_or(""));
    }
    let m = &doc.metadata;
    w.str(m.title);
    w.str(m.short_title);
    w.strs(&m.parties);
    w.str(m.signed_date);
    w.str(m.signed_label);
    w.str(m.signed_place);
    w.u16(m.signatories.len() as u16);
    for s in &m.signatories {
        w.str(s.name);
        w.str(s.role);
    }
    w.u16(m.timeline.len() as u16);
    for t in &m.timeline {
        w.str(t.date);
        w.str(t.date_label);
        w.str(t.text);
    }
    w.str(m.source);
    w.buf
}

/// The parts of a decoded index, borrowing from its bytes.
pub struct Decoded<'a> {
    /// fst bytes.
    pub fst: &'a [u8],
    /// Postings block.
    pub postings: &'a [u8],
    /// The document.
    pub doc: Document<'a>,
}

/// Decodes an index written by [`encode`].
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, IndexError> {
    let mut r = Reader::new(bytes)?;
    let fst = r.bytes("term dictionary")?;
    let postings = r.bytes("postings")?;
    if postings.len() % POSTING_SIZE != 0 {
        return Err(IndexError::Truncated("postings"));
    }
    let n = r.u16("clauses")?;
    let mut clauses = Vec::with_capacity(n as usize);
    for _ in 0..n {
        clauses.push(Clause {
            id: r.str("clause id")?,
            section: r.str("clause section")?,
            number: r.opt_str("clause number")?,
            text: r.str("clause text")?,
            tags: r.strs("clause tags")?,
            lens: {
                let kind = r.take(1, "clause wording")?[0];
                let mut v = [0usize; 4];
                for x in &mut v {
                    *x = r.u16("clause wording")? as usize;
                }
                let firmness =
                    Firmness::from_u8(kind).ok_or(IndexError::Truncated("clause wording"))?;
                Lens {
                    firmness,
                    phrase: (v[0], v[1]),
                    binding: (v[3] > 0).then_some((v[2], v[3])),
                }
            },
        });
        let c = clauses.last().expect("just pushed");
        let ok = |(a, b): (usize, usize)| {
            a <= b && b <= c.text.len() && c.text.is_char_boundary(a) && c.text.is_char_boundary(b)
        };
        if !ok(c.lens.phrase) || !c.lens.binding.is_none_or(ok) {
            return Err(IndexError::Truncated("clause wording"));
        }
    }
    let n = r.u16("sections")?;
    let mut sections = Vec::with_capacity(n as usize);
    for _ in 0..n {
        sections.push(Section {
            id: r.str("section id")?,
            title: r.str("section title")?,
            short_title: r.str("section short title")?,
            lead_in: r.opt_str("section lead-in")?,
        });
    }
    let title = r.str("title")?;
    let short_title = r.str("short title")?;
    let parties = r.strs("parties")?;
    let signed_date = r.str("signing date")?;
    let signed_label = r.str("signing date")?;
    let signed_place = r.str("signing place")?;
    let n = r.u16("signatories")?;
    let mut signatories = Vec::new();
    for _ in 0..n {
        signatories.push(Signatory {
            name: r.str("signatory")?,
            role: r.str("signatory")?,
        });
    }
    let n = r.u16("timeline")?;
    let mut timeline = Vec::new();
    for _ in 0..n {
        timeline.push(TimelineEntry {
            date: r.str("timeline")?,
            date_label: r.str("timeline")?,
            text: r.str("timeline")?,
        });
    }
    let source = r.str("source")?;
    if !r.at_end() {
        return Err(IndexError::Truncated("trailing bytes"));
    }
    Ok(Decoded {
        fst,
        postings,
        doc: Document {
            clauses,
            sections,
            metadata: Metadata {
                title,
                short_title,
                parties,
                signed_date,
                signed_label,
                signed_place,
                signatories,
                timeline,
                source,
            },
        },
    })
}

#[cfg(all(test, feature = "build"))]
mod tests {
    use super::*;

    #[test]
    fn postings_round_trip_by_column() {
        let list = [
            Posting {
                doc: 0,
                kind: Kind::Word,
                tok: 0,
                extra: 0,
            },
            Posting {
                doc: 26,
                kind: Kind::AliasPart,
                tok: 300,
                extra: 4,
            },
            Posting {
                doc: 3,
                kind: Kind::Tag,
                tok: 2,
                extra: 0,
            },
            Posting {
                doc: 255,
                kind: Kind::Alias,
                tok: u16::MAX,
                extra: 31,
            },
        ];
        let block = Posting::encode_all(&list);
        assert_eq!(block.len(), list.len() * POSTING_SIZE);
        for (i, p) in list.iter().enumerate() {
            assert_eq!(Posting::decode(&block, i), *p);
        }
    }
}
