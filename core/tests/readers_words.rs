//! Readers' words reaching the charter's: partial answers that name the
//! missing words, compounds, other forms, short forms and related words — and
//! the precision that keeps absent topics empty. The cases here are not in the
//! judged files (tests/fixtures/queries.*.json): they check the mechanisms.

use charter_core::builder::SourceData;
use charter_core::{Index, SearchOptions, SearchResponse};
use std::sync::OnceLock;

fn index() -> &'static Index<'static> {
    static B: OnceLock<Vec<u8>> = OnceLock::new();
    static I: OnceLock<Index<'static>> = OnceLock::new();
    I.get_or_init(|| Index::load(B.get_or_init(|| SourceData::bundled_index().unwrap())).unwrap())
}

fn search(q: &str) -> SearchResponse<'static> {
    index().search(q, &SearchOptions::default()).unwrap()
}

fn ids(r: &SearchResponse<'_>) -> Vec<&'static str> {
    r.results
        .iter()
        .map(|h| index().clause(h.id).unwrap().id)
        .collect()
}

/// The first result's id, or "" when nothing matched.
fn first(q: &str) -> &'static str {
    ids(&search(q)).first().copied().unwrap_or("")
}

#[test]
fn partial_answers_name_the_missing_words() {
    let r = search("oil prices");
    assert_eq!(ids(&r), ["I.3"]);
    assert_eq!(r.missing, ["prices"]);
    assert!(!r.results[0].complete, "a partial answer is not complete");
    // As typed, in the reader's order and case.
    let r = search("Landmines near Fuzuli");
    assert_eq!(ids(&r)[0], "III.4");
    assert_eq!(r.missing, ["near", "Fuzuli"]);
    // Every word in the charter: nothing missing.
    let r = search("energy security");
    assert!(r.missing.is_empty());
    assert_eq!(ids(&r)[0], "I.3");
    // The whole topic absent: no results, every word missing.
    let r = search("visa regime");
    assert!(r.results.is_empty());
    assert_eq!(r.missing, ["visa", "regime"]);
}

#[test]
fn topics_the_charter_does_not_cover_stay_empty() {
    for q in [
        "human rights",
        "tourism",
        "world cup",
        "olympic games",
        "gold medal",
        "drug trafficking",
        "wine festival",
        "visa free travel",
    ] {
        let r = search(q);
        assert!(r.results.is_empty(), "{q} returned {:?}", ids(&r));
    }
}

#[test]
fn compounds_join_and_split() {
    // Two words the charter writes as one.
    assert_eq!(first("land mines"), "III.4");
    assert_eq!(first("counter terrorism"), "III.2");
    assert_eq!(first("work force"), "II.6");
    let r = search("land mine clearance");
    assert!(r.missing.is_empty(), "{:?}", r.missing);
    // One word the charter writes as two.
    let r = search("datacenters");
    assert_eq!(ids(&r), ["II.4"]);
    assert!(r.missing.is_empty());
    let r = search("datacentres in Baku");
    assert_eq!(ids(&r)[0], "II.4");
    // Not every pair of words is a compound.
    assert!(search("digital infrastructure").missing.is_empty());
}

#[test]
fn related_words_rank_below_the_charters_own_and_say_why() {
    let r = search("cyberattacks");
    assert_eq!(r.missing, ["cyberattacks"]);
    let h = &r.results[0];
    assert_eq!(h.id, "III.3");
    assert_eq!(h.related_words(), ["cybersecurity"]);
    // The charter's own word beside a related one: the own word ranks first.
    let r = search("uranium cooperation");
    assert!(r.results.len() > 1);
    assert_eq!(r.missing, ["uranium"]);
    assert_eq!(r.results[0].id, "I.4", "{:?}", ids(&r));
    // A related word's clause is marked as such; the own word's is not.
    let r = search("servicemen");
    assert_eq!(ids(&r), ["III.a"]);
    assert_eq!(r.results[0].related_words(), ["forces"]);
    let r = search("forces");
    assert!(r.results[0].related.is_empty());
}

/// The index and its readers' words built apart (as the browser gets them).
fn split() -> &'static (Vec<u8>, Vec<u8>) {
    static S: OnceLock<(Vec<u8>, Vec<u8>)> = OnceLock::new();
    S.get_or_init(|| SourceData::bundled().unwrap().build_split().unwrap())
}

fn judged_queries() -> Vec<String> {
    let mut out = Vec::new();
    for text in [
        include_str!("fixtures/queries.public.json"),
        include_str!("fixtures/queries.more.json"),
        include_str!("fixtures/queries.project.json"),
    ] {
        let v: serde_json::Value = serde_json::from_str(text).unwrap();
        for q in v["queries"].as_array().unwrap() {
            out.push(q["q"].as_str().unwrap().to_string());
        }
    }
    out.extend(
        [
            "money for startups",
            "railway",
            "bomb",
            "human rights",
            "world cup",
        ]
        .map(String::from),
    );
    out
}

fn answer(idx: &Index<'_>, q: &str) -> (Vec<String>, Vec<String>, Vec<Vec<String>>) {
    let r = idx.search(q, &SearchOptions::default()).unwrap();
    (
        r.results.iter().map(|h| h.id.to_string()).collect(),
        r.missing.clone(),
        r.results
            .iter()
            .map(|h| h.related_words().iter().map(|w| w.to_string()).collect())
            .collect(),
    )
}

#[test]
fn split_index_answers_like_the_whole_once_readers_attach() {
    let (main, readers) = split();
    let whole = index();
    let part = Index::load(main).unwrap();
    assert!(!part.has_readers());
    assert!(
        readers.len() > main.len() / 4,
        "the readers' words are the large part: {} of {} bytes",
        readers.len(),
        main.len()
    );
    // Before: some loose links are not there yet ("money" → "finance").
    let before: Vec<_> = judged_queries().iter().map(|q| answer(&part, q)).collect();
    part.attach_readers(readers).unwrap();
    assert!(part.has_readers());
    let mut changed = 0;
    for (q, b) in judged_queries().iter().zip(before) {
        let a = answer(&part, q);
        assert_eq!(a, answer(whole, q), "{q}");
        changed += usize::from(a != b);
    }
    assert!(changed > 0, "the readers' words changed no answer");
}

#[test]
fn readers_words_refuse_another_index_and_bad_bytes() {
    use charter_core::IndexError;
    let (main, readers) = split();
    let part = Index::load(main).unwrap();
    // Readers' words of another build of the data.
    let mut other = SourceData::bundled().unwrap();
    other.charter.clauses[0].text.push_str(" Amended.");
    let (_, foreign) = other.build_split().unwrap();
    assert_eq!(part.attach_readers(&foreign), Err(IndexError::Mismatch));
    assert_eq!(
        part.attach_readers(b"not readers"),
        Err(IndexError::BadMagic)
    );
    for cut in [12, 20, readers.len() / 2, readers.len() - 1] {
        assert!(
            part.attach_readers(&readers[..cut]).is_err(),
            "cut at {cut}"
        );
    }
    assert!(!part.has_readers());
    assert!(part.attach_readers(readers).is_ok());
}

#[test]
fn a_related_word_inside_a_longer_one_is_named_once() {
    let r = search("bomb disposal");
    let h = &r.results[0];
    assert_eq!(h.id, "III.4");
    let words = h.related_words();
    assert!(words.contains(&"explosive remnants of war"), "{words:?}");
    assert!(!words.contains(&"explosive"), "{words:?}");
}

#[test]
fn a_word_the_query_says_itself_is_no_related_word() {
    // "weapons" links loosely to "nuclear"; I.4 says "nuclear" for the query's
    // own first word: no "related: nuclear" mark.
    let r = search("nuclear weapons");
    assert_eq!(r.results[0].id, "I.4");
    assert!(
        r.results[0].related.is_empty(),
        "{:?}",
        r.results[0].related_words()
    );
}

#[test]
fn other_forms_of_the_charters_words() {
    // WordNet's derivations, restricted to the charter's words.
    let r = search("regulate");
    assert!(r.missing.is_empty(), "{:?}", r.missing);
    assert!(["II.6", "II.7"].contains(&r.results[0].id), "{:?}", ids(&r));
    assert_eq!(first("decide"), "IV.b");
    assert_eq!(first("diplomats"), "P.4");
    // A derivation that crosses senses (crisis → critical) is no form of the
    // charter's word: an absent topic stays absent.
    for q in ["refugee crisis", "crisis"] {
        let r = search(q);
        assert!(r.results.is_empty(), "{q}: {:?}", ids(&r));
    }
}

#[test]
fn short_forms_readers_type() {
    // From data/abbreviations.json, restricted to the charter's words.
    let r = search("memo");
    assert_eq!(ids(&r)[0], "P.2");
    assert!(r.missing.is_empty());
    let r = search("pvt sector");
    assert!(r.missing.is_empty(), "{:?}", r.missing);
    assert!(
        ["P.5", "II.3", "I.2", "II.4"].contains(&r.results[0].id),
        "{:?}",
        ids(&r)
    );
    assert_eq!(first("collab"), "P.3");
}

#[test]
fn a_word_still_being_typed_is_not_named_missing() {
    // "weap" may still grow into a word the charter's tags know: not missing
    // yet; the whole word, typed, is.
    assert!(search("nuclear weap").missing.is_empty());
    assert_eq!(search("nuclear weapons").missing, ["weapons"]);
    assert_eq!(search("nuclear weapons ").missing, ["weapons"]);
    // A word that grows into nothing is missing at once.
    assert_eq!(search("nuclear zzq").missing, ["zzq"]);
}

#[test]
fn question_words_are_never_named_missing() {
    for q in ["when was it signed", "why does it mention demining"] {
        let r = search(q);
        assert!(r.missing.is_empty(), "{q}: {:?}", r.missing);
        assert!(!r.results.is_empty(), "{q}");
    }
}
