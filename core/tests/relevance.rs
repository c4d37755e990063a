//! The judged queries as a test: prints MRR@10, recall@5, per-kind scores,
//! negative false hits and filter leaks; fails below the bars.

use std::collections::BTreeMap;

use charter_core::builder::SourceData;
use charter_core::{Index, SearchOptions};
use serde::Deserialize;

#[derive(Deserialize)]
struct Judged {
    queries: Vec<Query>,
}

#[derive(Deserialize)]
struct Query {
    q: String,
    kind: String,
    #[serde(default)]
    section: Option<String>,
    rel: Vec<String>,
}

fn index_bytes() -> Vec<u8> {
    SourceData::bundled_index().unwrap()
}

#[derive(Default)]
struct Tally {
    n: usize,
    rr: f64,
    recall: f64,
}

/// The public judged set (with the project's additions), the more-queries
/// file (partial answers, other forms, short forms, readers' words for the
/// charter's ideas, questions, uncovered topics) and the project's own set
/// (the same kinds and compounds, in other words): each must meet the bars on
/// its own and together.
const FILES: &[(&str, &str)] = &[
    (
        "queries.public.json",
        include_str!("fixtures/queries.public.json"),
    ),
    (
        "queries.more.json",
        include_str!("fixtures/queries.more.json"),
    ),
    (
        "queries.project.json",
        include_str!("fixtures/queries.project.json"),
    ),
];

#[test]
fn judged_queries_meet_the_bar() {
    let bytes = index_bytes();
    let whole = Index::load(&bytes).unwrap();
    // What the browser answers with before the readers' words (loaded apart,
    // only when a query has a word the charter lacks) arrive.
    let (main, _) = SourceData::bundled().unwrap().build_split().unwrap();
    let part = Index::load(&main).unwrap();
    for (label, index) in [
        ("the index with its readers' words", &whole),
        ("the index before its readers' words arrive", &part),
    ] {
        println!("#### {label}");
        let mut all: Vec<Query> = Vec::new();
        for (name, text) in FILES {
            let judged: Judged = serde_json::from_str(text).unwrap();
            println!("== {name}");
            check(&judged.queries, index);
            all.extend(judged.queries);
        }
        println!("== all files");
        check(&all, index);
    }
}

fn check(queries: &[Query], index: &Index<'_>) {
    let mut kinds: BTreeMap<String, Tally> = BTreeMap::new();
    let mut all = Tally::default();
    let mut false_hits = Vec::new();
    let mut leaks = Vec::new();
    let mut misses = Vec::new();
    let mut empty: Vec<String> = Vec::new();
    for j in queries {
        let opts = SearchOptions {
            sections: j.section.iter().cloned().collect(),
            limit: None,
            ..Default::default()
        };
        let res = index.search(&j.q, &opts).unwrap();
        let ids: Vec<&str> = res.results.iter().map(|h| h.id).collect();
        if let Some(s) = &j.section {
            if let Some(h) = res.results.iter().find(|h| h.section != s) {
                leaks.push(format!("{:?} in {s} returned {}", j.q, h.id));
            }
        }
        if j.rel.is_empty() {
            if !ids.is_empty() {
                false_hits.push(format!("{:?} returned {:?}", j.q, ids));
            }
            // Nothing to offer is the answer: no did-you-mean to another word.
            if let Some(s) = &res.suggestion {
                false_hits.push(format!("{:?} suggested {s:?}", j.q));
            }
            continue;
        }
        if ids.is_empty() {
            empty.push(j.q.clone());
        }
        let rr = ids
            .iter()
            .take(10)
            .position(|id| j.rel.iter().any(|r| r == id))
            .map_or(0.0, |p| 1.0 / (p as f64 + 1.0));
        let found = j
            .rel
            .iter()
            .filter(|r| ids.iter().take(5).any(|id| id == r))
            .count();
        let recall = found as f64 / j.rel.len() as f64;
        if rr < 1.0 || recall < 1.0 {
            misses.push(format!(
                "{:?} ({}) → {:?}, want {:?}",
                j.q,
                j.kind,
                &ids[..ids.len().min(6)],
                j.rel
            ));
        }
        for t in [kinds.entry(j.kind.clone()).or_default(), &mut all] {
            t.n += 1;
            t.rr += rr;
            t.recall += recall;
        }
    }
    let mrr = all.rr / all.n as f64;
    let recall = all.recall / all.n as f64;
    println!(
        "judged queries: {} with relevant clauses, {} negative",
        all.n,
        queries.len() - all.n
    );
    println!("MRR@10 {mrr:.3}  recall@5 {recall:.3}");
    for (k, t) in &kinds {
        println!(
            "  {k:<9} n={:<2} MRR@10 {:.3}  recall@5 {:.3}",
            t.n,
            t.rr / t.n as f64,
            t.recall / t.n as f64
        );
    }
    println!(
        "negative false hits: {}  filter leaks: {}  relevant but empty: {}",
        false_hits.len(),
        leaks.len(),
        empty.len()
    );
    for m in misses.iter().chain(&false_hits).chain(&leaks) {
        println!("  {m}");
    }
    assert!(
        false_hits.is_empty(),
        "negative queries returned results: {false_hits:?}"
    );
    assert!(leaks.is_empty(), "section filter leaked: {leaks:?}");
    assert!(
        empty.is_empty(),
        "queries with a relevant clause returned nothing: {empty:?}"
    );
    assert!(mrr >= 0.95, "MRR@10 {mrr:.3} is below 0.95");
    assert!(recall >= 0.95, "recall@5 {recall:.3} is below 0.95");
}
