//! The charter as data: every clause is the signed text, word for word, and the
//! ids are complete and unique.

use charter_core::builder::SourceData;

fn data() -> SourceData {
    SourceData::bundled().unwrap()
}

const IDS: &[&str] = &[
    "P.1", "P.2", "P.3", "P.4", "P.5", "I.a", "I.b", "I.1", "I.2", "I.3", "I.4", "I.5", "II.1",
    "II.2", "II.3", "II.4", "II.5", "II.6", "II.7", "III.a", "III.1", "III.2", "III.3", "III.4",
    "IV.a", "IV.b", "IV.c",
];

#[test]
fn ids_are_complete_unique_and_in_order() {
    let d = data();
    let ids: Vec<&str> = d.charter.clauses.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, IDS);
    let mut sorted = ids.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), ids.len(), "duplicate ids");
    for c in &d.charter.clauses {
        assert!(
            c.id.starts_with(&format!("{}.", c.section)),
            "{} is filed under {}",
            c.id,
            c.section
        );
        let suffix = &c.id[c.section.len() + 1..];
        match &c.number {
            Some(n) => assert_eq!(n, suffix),
            None => assert!(suffix.chars().all(|ch| ch.is_ascii_lowercase())),
        }
    }
    let sections: Vec<&str> = d.charter.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(sections, ["P", "I", "II", "III", "IV"]);
}

#[test]
fn every_clause_is_verbatim_from_the_article() {
    let article = include_str!("../../data/source/charter-article.txt");
    let d = data();
    for c in &d.charter.clauses {
        let line = match &c.number {
            Some(n) => format!("\n{n}. {}\n", c.text),
            None => format!("\n{}\n", c.text),
        };
        assert!(
            article.contains(&line),
            "{} is not a verbatim line of the article",
            c.id
        );
        assert!(
            !c.text.contains('\'') || c.text.contains('’'),
            "{} lost its typographic apostrophes",
            c.id
        );
    }
    for s in d.charter.sections.iter().filter(|s| s.id != "P") {
        assert!(
            article.contains(&format!("\nSection {}: {}\n", s.id, s.title)),
            "section {} title",
            s.id
        );
    }
    let lead = d.charter.sections[0].lead_in.as_deref().unwrap();
    assert!(article.contains(&format!("\"{lead}\n")), "preamble lead-in");
    assert!(
        d.charter.clauses.iter().any(|c| c.text.contains("other’s")),
        "typographic apostrophe kept"
    );
}

#[test]
fn editorial_layer_names_real_clauses_and_stays_out_of_the_text() {
    let d = data();
    let doc = d.document().unwrap();
    for c in &doc.clauses {
        assert!(!c.tags.is_empty(), "{} has no topic tags", c.id);
    }
    assert_eq!(doc.metadata.signed_place, "Baku");
    assert_eq!(doc.metadata.signed_date, "2026-02-10");
    assert_eq!(doc.metadata.signatories.len(), 2);
    assert!(doc.metadata.timeline.iter().any(|t| t.date == "2025-08-08"));
}

#[test]
fn parenthetical_definitions_become_aliases() {
    let d = data();
    let groups: Vec<Vec<String>> = d
        .charter
        .clauses
        .iter()
        .flat_map(|c| charter_core::builder::parenthetical_aliases(&c.text))
        .collect();
    assert!(
        groups.contains(&vec![
            "Trump Route for Peace and Prosperity".to_string(),
            "TRIPP".to_string()
        ]),
        "{groups:?}"
    );
    assert!(
        groups.contains(&vec![
            "Trans-Caspian Transport Corridor".to_string(),
            "Middle Corridor".to_string()
        ]),
        "{groups:?}"
    );
}

#[test]
fn bad_data_is_a_clear_error() {
    let good_c = include_str!("../../data/charter.json");
    let ed = include_str!("../../data/editorial.json");
    let meta = include_str!("../../data/metadata.json");
    let err = SourceData::from_strs("{", ed, meta)
        .unwrap_err()
        .to_string();
    assert!(err.contains("charter.json"), "{err}");
    let dup = good_c.replacen("\"id\": \"P.2\"", "\"id\": \"P.1\"", 1);
    let err = SourceData::from_strs(&dup, ed, meta)
        .unwrap()
        .build_index()
        .unwrap_err()
        .to_string();
    assert!(err.contains("duplicate clause id P.1"), "{err}");
    let bad_tag = ed.replacen("\"P.1\":", "\"P.9\":", 1);
    let err = SourceData::from_strs(good_c, &bad_tag, meta)
        .unwrap()
        .build_index()
        .unwrap_err()
        .to_string();
    assert!(err.contains("unknown clause P.9"), "{err}");
}
