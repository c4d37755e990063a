//! The newsroom layer in the core: the wording lens on the charter and on a
//! text that does bind its parties, readers' words (topics the charter does
//! not cover, question frames, spellings, scripts, dates) and editors' notes.

use std::sync::{Arc, OnceLock};

use charter_core::builder::SourceData;
use charter_core::lens::{counts, Firmness};
use charter_core::notes::Notes;
use charter_core::wording::Words;
use charter_core::{Index, SearchOptions};

fn bytes() -> &'static [u8] {
    static B: OnceLock<Vec<u8>> = OnceLock::new();
    B.get_or_init(|| SourceData::bundled_index().unwrap())
}

fn index() -> &'static Index<'static> {
    static I: OnceLock<Index<'static>> = OnceLock::new();
    I.get_or_init(|| Index::load(bytes()).unwrap())
}

fn at(id: &str) -> usize {
    index().clause_index(id).unwrap()
}

fn search(q: &str, opts: &SearchOptions) -> Vec<&'static str> {
    index()
        .search(q, opts)
        .unwrap()
        .results
        .iter()
        .map(|h| h.id)
        .collect()
}

fn lens_of(id: &str) -> (Firmness, &'static str) {
    let c = &index().clauses()[at(id)];
    (c.lens.firmness, &c.text[c.lens.phrase.0..c.lens.phrase.1])
}

#[test]
fn the_lens_reads_the_charter() {
    assert_eq!(lens_of("P.1"), (Firmness::Reaffirms, "Reaffirm"));
    assert_eq!(lens_of("P.2"), (Firmness::States, ""));
    assert_eq!(lens_of("P.4"), (Firmness::Intent, "shared intent to"));
    assert_eq!(lens_of("I.3"), (Firmness::Aims, "aim to"));
    assert_eq!(
        lens_of("I.5"),
        (Firmness::Intent, "express their intent to")
    );
    assert_eq!(lens_of("III.a"), (Firmness::States, ""));
    // "Acknowledging their shared intent …," opens the clause; "may" decides.
    assert_eq!(lens_of("IV.a"), (Firmness::May, "may"));
    assert_eq!(lens_of("IV.c"), (Firmness::Aims, "aim to"));
    let c = counts(index().clauses().iter().map(|c| &c.lens));
    assert_eq!(c[Firmness::Binds as usize], 0);
    assert_eq!(c.iter().sum::<usize>(), index().clauses().len());
    assert_eq!(
        (c[Firmness::Reaffirms as usize], c[Firmness::May as usize]),
        (3, 1)
    );
    assert!(index().clauses().iter().all(|c| c.lens.binding.is_none()));
    assert_eq!(
        Words::ENGLISH.binding_summary(index().clauses()),
        Words::ENGLISH.binding_none
    );
}

#[test]
fn a_text_with_binding_words_flips_the_summary() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/binding");
    let data = SourceData::read(std::path::Path::new(dir)).unwrap();
    let bytes = data.build_index().unwrap();
    let idx = Index::load(&bytes).unwrap();
    let kinds: Vec<Firmness> = idx.clauses().iter().map(|c| c.lens.firmness).collect();
    assert_eq!(
        kinds,
        [
            Firmness::Binds,
            Firmness::Binds,
            Firmness::Aims,
            Firmness::May
        ]
    );
    assert_eq!(
        Words::ENGLISH.binding_summary(idx.clauses()),
        "2 of 4 clauses use binding words such as “shall”."
    );
    let binding = SearchOptions {
        wording: Some(Firmness::Binds),
        ..Default::default()
    };
    let ids = |o: &SearchOptions| -> Vec<String> {
        idx.search("parties", o)
            .unwrap()
            .results
            .iter()
            .map(|h| h.id.to_string())
            .collect()
    };
    assert_eq!(ids(&SearchOptions::default()).len(), 4);
    assert_eq!(ids(&binding), ["I.1", "I.2"]);
}

#[test]
fn the_wording_filter_keeps_one_kind() {
    let aims = SearchOptions {
        wording: Some(Firmness::Aims),
        ..Default::default()
    };
    let all = search("cooperation", &SearchOptions::default());
    let only = search("cooperation", &aims);
    assert!(!only.is_empty() && only.len() < all.len());
    assert!(only.iter().all(|id| lens_of(id).0 == Firmness::Aims));
    assert!(all.contains(&"IV.a") && !only.contains(&"IV.a"));
}

#[test]
fn topics_the_charter_does_not_cover_return_nothing() {
    for q in [
        "elections",
        "press freedom",
        "does it mention elections?",
        "climate change",
    ] {
        let r = index().search(q, &SearchOptions::default()).unwrap();
        assert!(
            r.results.is_empty(),
            "{q} returned {:?}",
            r.results.iter().map(|h| h.id).collect::<Vec<_>>()
        );
        assert_eq!(
            r.suggestion, None,
            "{q}: no did-you-mean to an unrelated word"
        );
    }
    let r = index()
        .search("does it mention elections?", &SearchOptions::default())
        .unwrap();
    assert_eq!(
        r.missing,
        ["elections"],
        "the question frame is not the topic"
    );
    // A covered word beside an uncovered one is a partial answer, and the
    // uncovered word is named: "Not in the charter: sanctions".
    let r = index()
        .search("nuclear sanctions", &SearchOptions::default())
        .unwrap();
    let ids: Vec<&str> = r.results.iter().map(|h| h.id).collect();
    assert_eq!(ids, ["I.4"]);
    assert!(!r.results[0].complete);
    assert_eq!(r.missing, ["sanctions"]);
    // Words that are all in the charter, but not together, still give partials.
    let r = index()
        .search("demining nuclear", &SearchOptions::default())
        .unwrap();
    assert!(r.missing.is_empty());
    assert_eq!(r.results.len(), 2);
}

#[test]
fn readers_words_meet_the_text() {
    let d = SearchOptions::default();
    assert_eq!(search("does it mention oil", &d)[0], "I.3");
    assert_eq!(search("what about startups", &d), ["II.5"]);
    assert_eq!(search("defence sales", &d)[0], "III.1");
    assert_eq!(search("specialised", &d), search("specialized", &d));
    assert_eq!(search("Naxçıvan", &d), ["I.a"]);
    assert_eq!(search("Naxcivan", &d), ["I.a"]);
    assert_eq!(search("10.02.2026", &d), search("10 February 2026", &d));
    assert_eq!(search("3 months", &d), ["IV.b"]);
    assert_eq!(search("Contract of the Century", &d), ["I.b"]);
    // The did-you-mean word is spelled as the charter spells it.
    let r = index().search("secrty", &d).unwrap();
    assert_eq!(r.suggestion.as_deref(), Some("security"));
}

#[test]
fn notes_are_searched_below_the_charters_words() {
    let notes = Arc::new(Notes::new([
        (
            at("III.4"),
            "Our reporters visited demining teams in Aghdam.".to_string(),
        ),
        (
            at("I.4"),
            "No reactor is planned; demining is unrelated.".to_string(),
        ),
    ]));
    let opts = SearchOptions {
        notes: Some(notes),
        ..Default::default()
    };
    let r = index().search("Aghdam", &opts).unwrap();
    assert_eq!(r.results.len(), 1);
    assert_eq!(r.results[0].id, "III.4");
    let ranges = r.results[0].note.clone().unwrap();
    assert_eq!(ranges.len(), 1);
    // The charter's own match first, then the note match of another clause.
    let r = index().search("demining", &opts).unwrap();
    let ids: Vec<_> = r.results.iter().map(|h| (h.id, h.note.is_some())).collect();
    assert_eq!(ids, [("III.4", false), ("I.4", true)]);
    // Without notes, the note's words find nothing.
    assert!(search("Aghdam", &SearchOptions::default()).is_empty());
}
