//! Native query benchmark: the public judged queries, and search-as-you-type
//! (every prefix of every query, one keystroke at a time).

use charter_core::builder::SourceData;
use charter_core::{Index, SearchOptions};
use std::sync::OnceLock;

fn main() {
    divan::main();
}

fn index() -> &'static Index<'static> {
    static B: OnceLock<Vec<u8>> = OnceLock::new();
    static I: OnceLock<Index<'static>> = OnceLock::new();
    let bytes = B.get_or_init(|| SourceData::bundled_index().unwrap());
    I.get_or_init(|| Index::load(bytes).unwrap())
}

fn queries() -> Vec<(String, Option<String>)> {
    let v: serde_json::Value =
        serde_json::from_str(include_str!("../tests/fixtures/queries.public.json")).unwrap();
    v["queries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            (
                q["q"].as_str().unwrap().to_string(),
                q["section"].as_str().map(String::from),
            )
        })
        .collect()
}

fn keystrokes() -> Vec<String> {
    let mut out = Vec::new();
    for (q, _) in queries() {
        let chars: Vec<char> = q.chars().collect();
        for n in 1..=chars.len() {
            out.push(chars[..n].iter().collect());
        }
    }
    out
}

/// One judged query (samples cycle through all of them several times).
#[divan::bench(sample_count = 620)]
fn judged_query(b: divan::Bencher) {
    let idx = index();
    let qs: Vec<(String, SearchOptions)> = queries()
        .into_iter()
        .map(|(q, s)| {
            (
                q,
                SearchOptions {
                    sections: s.into_iter().collect(),
                    limit: None,
                    ..Default::default()
                },
            )
        })
        .collect();
    let mut i = 0;
    b.bench_local(|| {
        let (q, o) = &qs[i % qs.len()];
        i += 1;
        divan::black_box(idx.search(q, o).unwrap());
    });
}

/// One keystroke: a prefix of a judged query, as typed (samples cycle through
/// all of them several times).
#[divan::bench(sample_count = 2000)]
fn keystroke(b: divan::Bencher) {
    let idx = index();
    let ks = keystrokes();
    let o = SearchOptions::default();
    let mut i = 0;
    b.bench_local(|| {
        let q = &ks[i % ks.len()];
        i += 1;
        divan::black_box(idx.search(q, &o).unwrap());
    });
}

/// Loading the index from bytes (start-up cost).
#[divan::bench]
fn load(b: divan::Bencher) {
    let bytes = SourceData::bundled_index().unwrap();
    b.bench_local(|| divan::black_box(Index::load(&bytes).unwrap().term_count()));
}
