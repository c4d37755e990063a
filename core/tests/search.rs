//! Query behaviour, the round trip through the binary format, and properties
//! that must hold for any input.

use charter_core::builder::SourceData;
use charter_core::format::{FORMAT_VERSION, MAGIC};
use charter_core::{Index, IndexError, QueryError, SearchOptions, MAX_QUERY_CHARS};
use proptest::prelude::*;
use std::sync::OnceLock;

fn bytes() -> &'static [u8] {
    static B: OnceLock<Vec<u8>> = OnceLock::new();
    B.get_or_init(|| SourceData::bundled_index().unwrap())
}

fn index() -> &'static Index<'static> {
    static I: OnceLock<Index<'static>> = OnceLock::new();
    I.get_or_init(|| Index::load(bytes()).unwrap())
}

fn ids(q: &str) -> Vec<&'static str> {
    index()
        .search(q, &SearchOptions::default())
        .unwrap()
        .results
        .iter()
        .map(|h| h.id)
        .collect()
}

fn in_sections(q: &str, s: &[&str]) -> Vec<&'static str> {
    let o = SearchOptions {
        sections: s.iter().map(|x| x.to_string()).collect(),
        limit: None,
        ..Default::default()
    };
    index()
        .search(q, &o)
        .unwrap()
        .results
        .iter()
        .map(|h| h.id)
        .collect()
}

#[test]
fn round_trip_build_bytes_load_query() {
    let idx = Index::load(bytes()).unwrap();
    assert_eq!(idx.clauses().len(), 27);
    assert_eq!(idx.sections().len(), 5);
    assert_eq!(idx.metadata().signed_place, "Baku");
    let r = idx.search("demining", &SearchOptions::default()).unwrap();
    assert_eq!(r.results[0].id, "III.4");
    let h = &r.results[0];
    let (s, e) = h.highlights[0];
    assert_eq!(&h.clause.text[s..e], "demining");
    // Every stored clause reads back exactly as the data file has it.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    let data = SourceData::read(&dir).unwrap(); // the files on disk, not the bundled copy
    assert_eq!(idx.document(), &data.document().unwrap());
}

#[test]
fn utf16_offsets_match_a_full_conversion() {
    let idx = index();
    for (d, c) in idx.clauses().iter().enumerate() {
        let mut units = 0u32;
        for (i, ch) in c.text.char_indices() {
            assert_eq!(idx.utf16_offset(d, i), units, "{} at byte {i}", c.id);
            units += ch.len_utf16() as u32;
        }
        assert_eq!(idx.utf16_offset(d, c.text.len()), units);
    }
}

#[test]
fn load_rejects_bad_bytes() {
    assert_eq!(Index::load(b"hello").err(), Some(IndexError::BadMagic));
    let mut b = bytes().to_vec();
    b[8..12].copy_from_slice(&(FORMAT_VERSION + 1).to_le_bytes());
    assert!(matches!(
        Index::load(&b).err(),
        Some(IndexError::Version { .. })
    ));
    let b = bytes();
    for cut in [12, 100, b.len() / 2, b.len() - 1] {
        assert!(Index::load(&b[..cut]).is_err(), "cut at {cut} loaded");
    }
    let mut b = bytes().to_vec();
    b.push(0);
    assert!(Index::load(&b).is_err(), "trailing byte accepted");
    assert_eq!(&bytes()[..8], MAGIC);
    let e = IndexError::BadMagic.to_string();
    assert!(e.contains("not a charter index"));
}

#[test]
fn exact_stem_prefix_and_typos() {
    assert_eq!(ids("nuclear")[0], "I.4");
    assert_eq!(ids("nucelar")[0], "I.4", "a swap is one edit");
    assert_eq!(ids("demin")[0], "III.4", "last term is a prefix");
    assert!(ids("demin ").contains(&"III.4") || ids("demin ").is_empty());
    let mut top: Vec<&str> = ids("transfers").into_iter().take(2).collect();
    top.sort();
    assert_eq!(top, ["II.7", "III.4"], "stem match");
    assert_eq!(ids("sovreignty"), ["P.1"]);
}

#[test]
fn typo_tolerance_scales_with_length() {
    // Three letters: no typo allowed ("oli" is not "oil").
    assert!(ids("oli").is_empty());
    // 4–7 letters: one edit, not two.
    assert_eq!(ids("energi")[0..1], ids("energy")[0..1]);
    assert!(ids("nukelar").is_empty());
    // From 8: two edits.
    assert_eq!(ids("elecrticty").first(), Some(&"I.3"));
}

#[test]
fn every_term_matched_ranks_first() {
    let r = index()
        .search("nuclear cooperation", &SearchOptions::default())
        .unwrap();
    assert_eq!(r.results[0].id, "I.4");
    assert!(r.results[0].complete);
    assert!(
        r.results.iter().skip(1).all(|h| !h.complete),
        "only I.4 has both words"
    );
    let first_partial = r.results.iter().position(|h| !h.complete).unwrap();
    assert!(r.results[first_partial..].iter().all(|h| !h.complete));
}

#[test]
fn aliases_work_both_ways() {
    assert!(
        ids("artificial intelligence").contains(&"II.4"),
        "II.4 says AI"
    );
    assert!(
        ids("AI").contains(&"II.5"),
        "II.5 says artificial intelligence"
    );
    assert_eq!(ids("defence"), ["III.1", "IV.a"]);
    assert!(ids("TRIPP").contains(&"I.1"));
    assert!(ids("MoU").contains(&"P.2"));
    assert!(ids("memorandum of understanding").contains(&"P.2"));
    assert_eq!(ids("R&D"), ["II.5"]);
}

#[test]
fn quoted_phrases_need_adjacent_words() {
    assert_eq!(ids("\"civil nuclear\""), ["I.4"]);
    assert!(ids("\"nuclear civil\"").is_empty());
    assert_eq!(ids("“critical minerals”"), ["I.5"]);
}

#[test]
fn nonsense_gets_nothing() {
    for q in [
        "qwzx",
        "blockchain",
        "NATO",
        "cryptocurrency",
        "zzzz",
        "Iran",
        "xxxxxxxxxxxxxxxx",
    ] {
        assert!(ids(q).is_empty(), "{q} returned {:?}", ids(q));
    }
}

#[test]
fn did_you_mean_uses_the_charters_words() {
    let r = index()
        .search("nukelar", &SearchOptions::default())
        .unwrap();
    assert!(r.results.is_empty());
    assert_eq!(r.suggestion.as_deref(), Some("nuclear"));
    let r = index()
        .search("demnining", &SearchOptions::default())
        .unwrap();
    assert!(!r.results.is_empty() || r.suggestion.is_some());
    let r = index()
        .search("blockchain", &SearchOptions::default())
        .unwrap();
    assert_eq!(r.suggestion, None);
    let r = index()
        .search("nuclear", &SearchOptions::default())
        .unwrap();
    assert_eq!(r.suggestion, None, "no suggestion when something matched");
}

#[test]
fn section_filter_and_counts() {
    assert_eq!(in_sections("cooperation", &["IV"]), ["IV.a"]);
    let mut digital = in_sections("digital", &["I"]);
    digital.sort();
    assert_eq!(digital, ["I.1", "I.2"]);
    let several = in_sections("digital", &["I", "iii"]);
    assert!(several
        .iter()
        .all(|id| id.starts_with("I.") || id.starts_with("III.")));
    let r = index()
        .search(
            "digital",
            &SearchOptions {
                sections: vec!["I".into()],
                limit: None,
                ..Default::default()
            },
        )
        .unwrap();
    let counts: Vec<(&str, usize)> = r.section_counts.clone();
    assert_eq!(
        counts.iter().map(|c| c.0).collect::<Vec<_>>(),
        ["P", "I", "II", "III", "IV"]
    );
    let all = index()
        .search("digital", &SearchOptions::default())
        .unwrap();
    assert_eq!(
        counts.iter().map(|c| c.1).sum::<usize>(),
        all.total,
        "counts ignore the filter"
    );
    assert_eq!(r.total, 2);
    let e = index()
        .search(
            "x",
            &SearchOptions {
                sections: vec!["V".into()],
                limit: None,
                ..Default::default()
            },
        )
        .unwrap_err();
    assert_eq!(e, QueryError::UnknownSection("V".into()));
    assert!(e.to_string().contains("use one of"));
}

#[test]
fn limit_cuts_results_not_total() {
    let r = index()
        .search(
            "cooperation",
            &SearchOptions {
                sections: vec![],
                limit: Some(3),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(r.results.len(), 3);
    assert!(r.total > 3);
}

#[test]
fn hostile_input_is_bounded() {
    let long = "energy ".repeat(20_000);
    let r = index().search(&long, &SearchOptions::default()).unwrap();
    assert!(r.truncated);
    assert!(r.terms.len() <= 16);
    let many = (0..40)
        .map(|i| format!("w{i}"))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        index()
            .search(&many, &SearchOptions::default())
            .unwrap()
            .truncated
    );
    let exact = "a".repeat(MAX_QUERY_CHARS);
    assert!(
        !index()
            .search(&exact, &SearchOptions::default())
            .unwrap()
            .truncated
    );
    for q in [
        "",
        "   ",
        "\u{0}\u{7}\u{1b}[31m",
        "🙂🙂",
        "שלום عالم",
        ".*+?^$()[]{}|\\",
        "\"",
        "\"\"\"",
        "- / & . ’",
        "\u{202e}nuclear",
    ] {
        let r = index().search(q, &SearchOptions::default()).unwrap();
        assert!(r.results.len() <= 27, "{q:?}");
    }
    assert_eq!(
        ids("\u{202e}nuclear").first(),
        Some(&"I.4"),
        "bidi control is ignored"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_query_is_safe(q in "\\PC{0,80}", secs in proptest::collection::vec(prop::sample::select(vec!["P", "I", "II", "III", "IV"]), 0..3)) {
        let opts = SearchOptions { sections: secs.iter().map(|s| s.to_string()).collect(), limit: None, ..Default::default() };
        let r = index().search(&q, &opts).unwrap();
        for w in r.results.windows(2) {
            prop_assert!(w[0].complete >= w[1].complete);
            if w[0].complete && w[1].complete {
                prop_assert!(w[0].score >= w[1].score);
            }
        }
        for h in &r.results {
            if !secs.is_empty() {
                prop_assert!(secs.contains(&h.section), "filter leaked {}", h.id);
            }
            let t = h.clause.text;
            let mut last = 0;
            for &(s, e) in &h.highlights {
                prop_assert!(s < e && e <= t.len() && s >= last);
                prop_assert!(t.is_char_boundary(s) && t.is_char_boundary(e));
                last = e;
            }
        }
    }

    #[test]
    fn wordy_queries_are_safe(words in proptest::collection::vec("[a-zA-Z’'&./-]{1,12}", 0..20)) {
        let q = words.join(" ");
        let r = index().search(&q, &SearchOptions::default()).unwrap();
        prop_assert!(r.total == r.results.len());
    }
}
