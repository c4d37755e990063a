//! Building the index from `data/` (feature `build`): used by the wasm crate's
//! `build.rs`, by the native CLI and by tests. Reads the charter, the editorial
//! layer and the article metadata, derives aliases from parenthetical
//! definitions, and writes the binary format of [`crate::format`].

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::format::{self, pack, Kind, Posting};
use crate::model::{Clause, Document, Metadata, Section, Signatory, TimelineEntry};
use crate::normalize::{is_stop_word, stem, tokenize, Token};

/// `data/charter.json`: the charter's own words.
#[derive(Debug, Deserialize)]
pub struct CharterData {
    /// Full title.
    pub title: String,
    /// Short title.
    pub short_title: String,
    /// Sections in order.
    pub sections: Vec<SectionData>,
    /// Clauses in order.
    pub clauses: Vec<ClauseData>,
}

/// A section in `charter.json`.
#[derive(Debug, Deserialize)]
pub struct SectionData {
    /// Section id.
    pub id: String,
    /// Printed title.
    pub title: String,
    /// Editorial short title.
    pub short_title: String,
    /// Lead-in line, if any.
    #[serde(default)]
    pub lead_in: Option<String>,
}

/// A clause in `charter.json`.
#[derive(Debug, Deserialize)]
pub struct ClauseData {
    /// Clause id.
    pub id: String,
    /// Section id.
    pub section: String,
    /// Printed number, if any.
    pub number: Option<String>,
    /// Exact text.
    pub text: String,
}

/// `data/editorial.json`: aliases and topic tags written by the desk.
#[derive(Debug, Deserialize)]
pub struct EditorialData {
    /// Groups of equivalent spellings or names.
    pub aliases: Vec<Vec<String>>,
    /// Topic tags per clause id.
    pub tags: BTreeMap<String, Vec<String>>,
    /// Names the region's press uses for things the charter names otherwise
    /// ("Zangezur corridor" for TRIPP), each with the sources that show the use.
    #[serde(default)]
    pub local_names: Vec<LocalName>,
    /// Readers' words for the charter's ideas that no word list links
    /// ("hackers" for "cybersecurity"), each with the sources that show the
    /// use. Searched as related words: ranked below the charter's own words
    /// and explained in results.
    #[serde(default)]
    pub related: Vec<RelatedTerm>,
}

/// Readers' words for one of the charter's ideas.
#[derive(Debug, Deserialize)]
pub struct RelatedTerm {
    /// The charter's words for it, as written in the text.
    pub charter: String,
    /// The words readers use (single words or phrases).
    pub reader: Vec<String>,
    /// Where the use is documented (URLs); at least one.
    pub sources: Vec<String>,
}

/// `data/lexicon.json`: readers' words mapped to the charter's, generated at
/// development time from WordNet and a documented list of abbreviations
/// (`make lexicon`). Keys are readers' words; values are words or phrases of
/// the charter's text.
#[derive(Debug, Default, Deserialize)]
pub struct LexiconData {
    /// Other forms of the charter's words (derivations: "decide" → "decisions").
    #[serde(default)]
    pub forms: BTreeMap<String, Vec<String>>,
    /// Short forms readers type ("govt" → "government").
    #[serde(default)]
    pub short: BTreeMap<String, Vec<String>>,
    /// Synonyms of the charter's words.
    #[serde(default)]
    pub related: BTreeMap<String, Vec<String>>,
    /// Looser links: gloss words and narrower words.
    #[serde(default)]
    pub weak: BTreeMap<String, Vec<String>>,
}

/// Local names for one thing the charter names.
#[derive(Debug, Deserialize)]
pub struct LocalName {
    /// The charter's own name for it, as written in the text.
    pub charter: String,
    /// The names used locally (any script or spelling).
    pub names: Vec<String>,
    /// Where the local use is documented (URLs); at least one.
    pub sources: Vec<String>,
}

/// `data/metadata.json`: context from the article.
#[derive(Debug, Deserialize)]
pub struct MetadataData {
    /// The parties.
    pub parties: Vec<String>,
    /// Signing.
    pub signed: SignedData,
    /// Signatories.
    pub signatories: Vec<SignatoryData>,
    /// Timeline.
    pub timeline: Vec<TimelineData>,
    /// Source of the context.
    pub source: String,
}

/// Signing date and place.
#[derive(Debug, Deserialize)]
pub struct SignedData {
    /// ISO date.
    pub date: String,
    /// Date as shown.
    pub date_label: String,
    /// Place.
    pub place: String,
}

/// A signatory.
#[derive(Debug, Deserialize)]
pub struct SignatoryData {
    /// Name.
    pub name: String,
    /// Office.
    pub role: String,
}

/// A timeline step.
#[derive(Debug, Deserialize)]
pub struct TimelineData {
    /// ISO date or empty.
    pub date: String,
    /// Date as shown.
    pub date_label: String,
    /// Text.
    pub text: String,
    /// Clauses the step belongs to (editorial): its date is searchable there.
    #[serde(default)]
    pub clauses: Vec<String>,
}

/// Everything in `data/`.
#[derive(Debug)]
pub struct SourceData {
    /// The charter.
    pub charter: CharterData,
    /// The editorial layer.
    pub editorial: EditorialData,
    /// The article metadata.
    pub metadata: MetadataData,
    /// Readers' words (empty when the data directory has no lexicon).
    pub lexicon: LexiconData,
}

/// Why the index could not be built.
#[derive(Debug)]
pub enum BuildError {
    /// A data file could not be read.
    Io(PathBuf, std::io::Error),
    /// A data file is not valid JSON of the expected shape.
    Json(PathBuf, serde_json::Error),
    /// The data is inconsistent (duplicate ids, unknown sections, …).
    Invalid(String),
    /// The term dictionary could not be built.
    Fst(fst::Error),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::Io(p, e) => write!(f, "cannot read {}: {e}", p.display()),
            BuildError::Json(p, e) => write!(f, "{} is not valid: {e}", p.display()),
            BuildError::Invalid(m) => write!(f, "invalid charter data: {m}"),
            BuildError::Fst(e) => write!(f, "cannot build the term dictionary: {e}"),
        }
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BuildError::Io(_, e) => Some(e),
            BuildError::Json(_, e) => Some(e),
            BuildError::Fst(e) => Some(e),
            BuildError::Invalid(_) => None,
        }
    }
}

impl From<fst::Error> for BuildError {
    fn from(e: fst::Error) -> Self {
        BuildError::Fst(e)
    }
}

/// The data files read from a data directory, for `rerun-if-changed`.
pub const DATA_FILES: &[&str] = &[
    "charter.json",
    "editorial.json",
    "metadata.json",
    "lexicon.json",
];

fn parse_json<T: for<'de> Deserialize<'de>>(
    name: impl Into<PathBuf>,
    text: &str,
) -> Result<T, BuildError> {
    serde_json::from_str(text).map_err(|e| BuildError::Json(name.into(), e))
}

fn read_json<T: for<'de> Deserialize<'de>>(dir: &Path, name: &str) -> Result<T, BuildError> {
    let path = dir.join(name);
    let text = std::fs::read_to_string(&path).map_err(|e| BuildError::Io(path.clone(), e))?;
    parse_json(path, &text)
}

impl SourceData {
    /// Reads `charter.json`, `editorial.json` and `metadata.json` from `dir`,
    /// and `lexicon.json` when it is there.
    pub fn read(dir: &Path) -> Result<SourceData, BuildError> {
        let lexicon = if dir.join("lexicon.json").exists() {
            read_json(dir, "lexicon.json")?
        } else {
            LexiconData::default()
        };
        Ok(SourceData {
            charter: read_json(dir, "charter.json")?,
            editorial: read_json(dir, "editorial.json")?,
            metadata: read_json(dir, "metadata.json")?,
            lexicon,
        })
    }

    /// This repository's own `data/`, compiled in: what the command-line tools,
    /// the tests, the benchmarks and the examples start from.
    pub fn bundled() -> Result<SourceData, BuildError> {
        let mut data = SourceData::from_strs(
            include_str!("../../data/charter.json"),
            include_str!("../../data/editorial.json"),
            include_str!("../../data/metadata.json"),
        )?;
        data.lexicon = parse_json("lexicon.json", include_str!("../../data/lexicon.json"))?;
        Ok(data)
    }

    /// The index built from [`SourceData::bundled`].
    pub fn bundled_index() -> Result<Vec<u8>, BuildError> {
        SourceData::bundled()?.build_index()
    }

    /// Parses the three files from strings (for embedding in binaries and tests).
    pub fn from_strs(
        charter: &str,
        editorial: &str,
        metadata: &str,
    ) -> Result<SourceData, BuildError> {
        Ok(SourceData {
            charter: parse_json("charter.json", charter)?,
            editorial: parse_json("editorial.json", editorial)?,
            metadata: parse_json("metadata.json", metadata)?,
            lexicon: LexiconData::default(),
        })
    }

    /// Checks ids, sections and tags, and returns the document view of the data.
    pub fn document(&self) -> Result<Document<'_>, BuildError> {
        let c = &self.charter;
        let mut seen = HashMap::new();
        for cl in &c.clauses {
            if seen.insert(cl.id.as_str(), ()).is_some() {
                return Err(BuildError::Invalid(format!(
                    "duplicate clause id {}",
                    cl.id
                )));
            }
            if !c.sections.iter().any(|s| s.id == cl.section) {
                return Err(BuildError::Invalid(format!(
                    "clause {} names unknown section {}",
                    cl.id, cl.section
                )));
            }
        }
        if c.clauses.len() > 255 {
            return Err(BuildError::Invalid("more than 255 clauses".into()));
        }
        for id in self.editorial.tags.keys() {
            if !seen.contains_key(id.as_str()) {
                return Err(BuildError::Invalid(format!(
                    "editorial tags name unknown clause {id}"
                )));
            }
        }
        let m = &self.metadata;
        for t in &m.timeline {
            if let Some(id) = t.clauses.iter().find(|id| !seen.contains_key(id.as_str())) {
                return Err(BuildError::Invalid(format!(
                    "timeline step {:?} names unknown clause {id}",
                    t.date_label
                )));
            }
        }
        // Editorial words from outside the charter need a source and a name
        // the charter itself uses.
        let sourced = self
            .editorial
            .related
            .iter()
            .map(|r| (&r.charter, &r.sources, "related words"))
            .chain(
                self.editorial
                    .local_names
                    .iter()
                    .map(|l| (&l.charter, &l.sources, "local names")),
            );
        for (charter, sources, what) in sourced {
            if sources.is_empty()
                || !c
                    .clauses
                    .iter()
                    .any(|cl| cl.text.contains(charter.as_str()))
            {
                return Err(BuildError::Invalid(format!(
                    "{what} for {charter:?} need a source and a name the charter uses"
                )));
            }
        }
        Ok(Document {
            clauses: c
                .clauses
                .iter()
                .map(|cl| Clause {
                    id: &cl.id,
                    section: &cl.section,
                    number: cl.number.as_deref(),
                    text: &cl.text,
                    tags: self
                        .editorial
                        .tags
                        .get(&cl.id)
                        .map(|t| t.iter().map(String::as_str).collect::<Vec<_>>())
                        .unwrap_or_default()
                        .into_iter()
                        .chain(
                            m.timeline
                                .iter()
                                .filter(|t| t.clauses.contains(&cl.id))
                                .map(|t| t.date_label.as_str()),
                        )
                        .collect(),
                    lens: crate::lens::read(&cl.text),
                })
                .collect(),
            sections: c
                .sections
                .iter()
                .map(|s| Section {
                    id: &s.id,
                    title: &s.title,
                    short_title: &s.short_title,
                    lead_in: s.lead_in.as_deref(),
                })
                .collect(),
            metadata: Metadata {
                title: &c.title,
                short_title: &c.short_title,
                parties: m.parties.iter().map(String::as_str).collect(),
                signed_date: &m.signed.date,
                signed_label: &m.signed.date_label,
                signed_place: &m.signed.place,
                signatories: m
                    .signatories
                    .iter()
                    .map(|s| Signatory {
                        name: &s.name,
                        role: &s.role,
                    })
                    .collect(),
                timeline: m
                    .timeline
                    .iter()
                    .map(|t| TimelineEntry {
                        date: &t.date,
                        date_label: &t.date_label,
                        text: &t.text,
                    })
                    .collect(),
                source: &m.source,
            },
        })
    }

    /// Builds the binary index.
    pub fn build_index(&self) -> Result<Vec<u8>, BuildError> {
        let doc = self.document()?;
        let (mut terms, surface) = self.terms(&doc)?;
        let own = text_terms(&terms);
        self.add_lexicon(&doc, &own, Part::Index, &mut terms);
        self.add_lexicon(&doc, &own, Part::Readers, &mut terms);
        let (fst, postings) = dictionary(terms, &surface)?;
        Ok(format::encode(&fst, &postings, &doc))
    }

    /// Builds the index and, apart, its readers' words (WordNet's related
    /// words, the larger part of the lexicon), which the browser loads only
    /// when a query has a word the charter lacks: (index, readers' words).
    /// Together they answer exactly as [`SourceData::build_index`].
    pub fn build_split(&self) -> Result<(Vec<u8>, Vec<u8>), BuildError> {
        let doc = self.document()?;
        let (mut terms, surface) = self.terms(&doc)?;
        let own = text_terms(&terms);
        self.add_lexicon(&doc, &own, Part::Index, &mut terms);
        let (fst, postings) = dictionary(terms, &surface)?;
        let index = format::encode(&fst, &postings, &doc);
        let mut readers = BTreeMap::new();
        self.add_lexicon(&doc, &own, Part::Readers, &mut readers);
        let (fst, postings) = dictionary(readers, &Default::default())?;
        let readers = format::encode_readers(&index, &fst, &postings);
        Ok((index, readers))
    }

    /// The charter's own terms (text, stems, skeletons, aliases, tags) and
    /// which of them are real words.
    #[allow(clippy::type_complexity)]
    fn terms(
        &self,
        doc: &Document<'_>,
    ) -> Result<(BTreeMap<String, Vec<Posting>>, BTreeSet<String>), BuildError> {
        let mut groups: Vec<Vec<String>> = self.editorial.aliases.clone();
        for cl in &doc.clauses {
            groups.extend(parenthetical_aliases(cl.text));
        }
        for l in &self.editorial.local_names {
            groups.push(
                std::iter::once(&l.charter)
                    .chain(&l.names)
                    .cloned()
                    .collect(),
            );
        }
        // Numbers as words and as digits ("three months" / "3 months").
        for (n, w) in crate::variants::NUMBER_WORDS.iter().enumerate() {
            groups.push(vec![n.to_string(), w.to_string()]);
        }
        let groups: Vec<Vec<Vec<Token>>> = groups
            .iter()
            .map(|g| g.iter().map(|form| tokenize(form)).collect())
            .collect();

        let mut terms: BTreeMap<String, Vec<Posting>> = BTreeMap::new();
        let mut surface: BTreeSet<String> = Default::default();
        for (d, cl) in doc.clauses.iter().enumerate() {
            let d = d as u8;
            let toks = tokenize(cl.text);
            if toks.len() > u16::MAX as usize {
                return Err(BuildError::Invalid(format!("clause {} is too long", cl.id)));
            }
            let stems: Vec<String> = toks.iter().map(|t| stem(&t.term)).collect();
            for (i, t) in toks.iter().enumerate() {
                let tok = i as u16;
                terms.entry(t.term.clone()).or_default().push(Posting {
                    doc: d,
                    kind: Kind::Word,
                    tok,
                    extra: 0,
                });
                surface.insert(t.term.clone());
                if stems[i] != t.term {
                    terms.entry(stems[i].clone()).or_default().push(Posting {
                        doc: d,
                        kind: Kind::Stem,
                        tok,
                        extra: 0,
                    });
                }
                // Its transliteration skeleton ("naxcivan" for "nakhchivan"),
                // looked up for query words that find nothing as written.
                if let Some(sk) = crate::variants::skeleton(&t.term) {
                    terms.entry(sk).or_default().push(Posting {
                        doc: d,
                        kind: Kind::Alias,
                        tok,
                        extra: 0,
                    });
                }
            }
            for group in &groups {
                for (fi, form) in group.iter().enumerate() {
                    for (start, last) in find_form(form, &toks, &stems) {
                        let extra = (last - start) as u8;
                        for (oi, other) in group.iter().enumerate() {
                            if oi == fi {
                                continue;
                            }
                            let kind = if other.iter().filter(|t| !t.span.joined).count() > 1 {
                                Kind::AliasPart
                            } else {
                                Kind::Alias
                            };
                            for t in other.iter().filter(|t| !is_stop_word(&t.term)) {
                                add(
                                    &mut terms,
                                    &t.term,
                                    Posting {
                                        doc: d,
                                        kind,
                                        tok: start as u16,
                                        extra,
                                    },
                                );
                                surface.insert(t.term.clone());
                            }
                        }
                    }
                }
            }
            for (ti, tag) in cl.tags.iter().enumerate() {
                for t in tokenize(tag).iter().filter(|t| !is_stop_word(&t.term)) {
                    add(
                        &mut terms,
                        &t.term,
                        Posting {
                            doc: d,
                            kind: Kind::Tag,
                            tok: ti as u16,
                            extra: 0,
                        },
                    );
                    surface.insert(t.term.clone());
                }
            }
        }

        Ok((terms, surface))
    }
}

/// Which part of the lexicon: the index's own (derived forms, short forms,
/// editorial related terms) or the readers' words loaded apart (WordNet's
/// related words).
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Index,
    Readers,
}

/// Terms of the charter's text (a topic tag is the desk's word: a reader's
/// word may be both a tag and a related word).
fn text_terms(terms: &BTreeMap<String, Vec<Posting>>) -> BTreeSet<String> {
    terms
        .iter()
        .filter(|(_, list)| list.iter().any(|p| p.kind != Kind::Tag))
        .map(|(k, _)| k.clone())
        .collect()
}

/// The term dictionary and the encoded postings block.
fn dictionary(
    terms: BTreeMap<String, Vec<Posting>>,
    surface: &BTreeSet<String>,
) -> Result<(Vec<u8>, Vec<u8>), BuildError> {
    let mut postings = Vec::new();
    let mut map = fst::MapBuilder::memory();
    let mut offset = 0u32;
    for (term, mut list) in terms {
        list.sort();
        list.dedup();
        postings.extend_from_slice(&list);
        map.insert(
            term.as_bytes(),
            pack(offset, list.len() as u32, surface.contains(&term)),
        )?;
        offset += list.len() as u32;
    }
    Ok((map.into_inner()?, Posting::encode_all(&postings)))
}

impl SourceData {
    /// Readers' words from the lexicon and the editorial related terms, as
    /// postings of [`Kind::Form`], [`Kind::Related`] or [`Kind::Weak`] on the
    /// charter's words they stand for. A reader's word that is already a word
    /// (or stem) of the charter's text gets none: the charter's own word wins.
    fn add_lexicon(
        &self,
        doc: &Document<'_>,
        own: &BTreeSet<String>,
        part: Part,
        terms: &mut BTreeMap<String, Vec<Posting>>,
    ) {
        let lx = &self.lexicon;
        let mut links: Vec<(&str, &str, Kind)> = Vec::new();
        let maps = match part {
            Part::Index => [(&lx.forms, Kind::Form), (&lx.short, Kind::Form)],
            // WordNet's synonyms link loosely too: a word has many senses.
            Part::Readers => [(&lx.related, Kind::Weak), (&lx.weak, Kind::Weak)],
        };
        for (map, kind) in maps {
            for (reader, charter) in map {
                links.extend(charter.iter().map(|c| (reader.as_str(), c.as_str(), kind)));
            }
        }
        // A one-word reader term links strongly; each word of a longer one
        // ("bomb disposal") only loosely, so that it counts with the others.
        if part == Part::Index {
            for r in &self.editorial.related {
                links.extend(r.reader.iter().map(|w| {
                    let words = tokenize(w).iter().filter(|t| !t.span.joined).count();
                    let kind = if words > 1 { Kind::Weak } else { Kind::Related };
                    (w.as_str(), r.charter.as_str(), kind)
                }));
            }
        }
        let clauses: Vec<(Vec<Token>, Vec<String>)> = doc
            .clauses
            .iter()
            .map(|cl| {
                let toks = tokenize(cl.text);
                let stems = toks.iter().map(|t| stem(&t.term)).collect();
                (toks, stems)
            })
            .collect();
        for (reader, charter, kind) in links {
            let form = tokenize(charter);
            let keys: Vec<String> = tokenize(reader)
                .into_iter()
                .filter(|t| !t.span.joined && !is_stop_word(&t.term))
                .map(|t| t.term)
                .filter(|k| !own.contains(k) && !own.contains(&stem(k)))
                .collect();
            if keys.is_empty() {
                continue;
            }
            for (d, (toks, stems)) in clauses.iter().enumerate() {
                for (start, last) in find_form(&form, toks, stems) {
                    let p = Posting {
                        doc: d as u8,
                        kind,
                        tok: start as u16,
                        extra: (last - start) as u8,
                    };
                    for k in &keys {
                        // The reader's word as written, and its stem when the
                        // stem only drops an ending ("decide" → "decid", so
                        // "deciding" finds it): a deeper cut would reach other
                        // words ("humanity" → "human").
                        let s = stem(k);
                        if s != *k && k.starts_with(&s) && k.len() - s.len() <= 2 {
                            terms.entry(s).or_default().push(p);
                        }
                        terms.entry(k.clone()).or_default().push(p);
                    }
                }
            }
        }
    }
}

/// Adds a posting under a term and under its stem.
fn add(terms: &mut BTreeMap<String, Vec<Posting>>, term: &str, p: Posting) {
    let s = stem(term);
    if s != term {
        terms.entry(s).or_default().push(p);
    }
    terms.entry(term.to_string()).or_default().push(p);
}

/// Occurrences of an alias form in a clause's tokens: (first token, last token).
/// A one-word form matches any token (joined forms too) by stem; a longer form
/// matches consecutive words by stem.
fn find_form(form: &[Token], toks: &[Token], stems: &[String]) -> Vec<(usize, usize)> {
    let words: Vec<String> = form
        .iter()
        .filter(|t| !t.span.joined)
        .map(|t| stem(&t.term))
        .collect();
    let mut out = Vec::new();
    if words.is_empty() {
        return out;
    }
    if words.len() == 1 || form.len() == 1 {
        let whole = stem(&form.last().map(|t| t.term.clone()).unwrap_or_default());
        for (i, s) in stems.iter().enumerate() {
            if *s == whole || (words.len() == 1 && *s == words[0]) {
                out.push((i, i));
            }
        }
        return out;
    }
    let idx: Vec<usize> = (0..toks.len()).filter(|&i| !toks[i].span.joined).collect();
    for w in 0..idx.len().saturating_sub(words.len() - 1) {
        if (0..words.len()).all(|k| stems[idx[w + k]] == words[k]) {
            out.push((idx[w], idx[w + words.len() - 1]));
        }
    }
    out
}

/// Words that may stand inside a defined name ("Trump Route *for* Peace *and* Prosperity").
const NAME_JOINERS: &[&str] = &["and", "for", "of", "the", "de"];

/// Alias groups from parenthetical definitions: "Trump Route for Peace and
/// Prosperity (TRIPP)" → [name, "TRIPP"]. The name is the run of capitalised
/// words (with joiners inside) right before the parenthesis.
pub fn parenthetical_aliases(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = 0;
    while let Some(open) = text[rest..].find('(').map(|i| i + rest) {
        let Some(close) = text[open..].find(')').map(|i| i + open) else {
            break;
        };
        rest = close + 1;
        let inner = text[open + 1..close].trim();
        if !inner.chars().any(char::is_alphabetic) {
            continue;
        }
        let before = &text[..open];
        let words: Vec<Token> = tokenize(before)
            .into_iter()
            .filter(|t| !t.span.joined)
            .collect();
        let mut first = None;
        let mut capitals = 0;
        for t in words.iter().rev() {
            let raw = &before[t.span.start..t.span.end];
            if raw.chars().next().is_some_and(char::is_uppercase) {
                capitals += 1;
                first = Some(t.span.start);
            } else if NAME_JOINERS.contains(&t.term.as_str()) {
                continue;
            } else {
                break;
            }
        }
        if let (Some(start), true) = (first, capitals > 0) {
            let name = before[start..].trim_end();
            if !name.is_empty() {
                out.push(vec![name.to_string(), inner.to_string()]);
            }
        }
    }
    out
}
