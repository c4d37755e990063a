//! Prints the slowest keystrokes of the judged queries (a profiling aid).
use charter_core::builder::SourceData;
use charter_core::{Index, SearchOptions};
use std::time::Instant;

fn main() {
    let bytes = SourceData::bundled_index().unwrap();
    let idx = Index::load(&bytes).unwrap();
    let v: serde_json::Value =
        serde_json::from_str(include_str!("../tests/fixtures/queries.public.json")).unwrap();
    let mut times = vec![];
    for q in v["queries"].as_array().unwrap() {
        let q = q["q"].as_str().unwrap();
        let chars: Vec<char> = q.chars().collect();
        for n in 1..=chars.len() {
            let s: String = chars[..n].iter().collect();
            let t = Instant::now();
            for _ in 0..200 {
                std::hint::black_box(idx.search(&s, &SearchOptions::default()).unwrap());
            }
            times.push((t.elapsed().as_nanos() as f64 / 200.0 / 1000.0, s));
        }
    }
    parts(&idx);
    times.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (t, s) in times.iter().take(15) {
        println!("{t:>8.2} µs  {s:?}");
    }
}

#[allow(dead_code)]
fn parts(idx: &Index<'_>) {
    for w in ["cryptocurrency", "crypto", "terrorsm"] {
        let t = Instant::now();
        for _ in 0..200 {
            std::hint::black_box(idx.suggest_word(w));
        }
        println!(
            "suggest {w}: {:.2} µs",
            t.elapsed().as_nanos() as f64 / 200.0 / 1000.0
        );
    }
}
