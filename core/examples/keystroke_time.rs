//! Median time per keystroke over the judged public queries typed letter by
//! letter, in rounds (a quick native check beside bench/peers.mjs):
//! `cargo run --release -p charter-core --example keystroke_time [rounds]`.

use charter_core::builder::SourceData;
use charter_core::{Index, SearchOptions};
use std::time::Instant;

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(15);
    // CHARTER_INDEX=split: the index without its readers' words, as the
    // browser has it first; =attached: with them attached, as after init().
    let (main, readers) = SourceData::bundled().unwrap().build_split().unwrap();
    let whole = SourceData::bundled_index().unwrap();
    let variant = std::env::var("CHARTER_INDEX").unwrap_or_default();
    // =bare: no readers' words at all (what the code costs by itself).
    let mut bare = SourceData::bundled().unwrap();
    bare.lexicon = Default::default();
    bare.editorial.related.clear();
    let bare = bare.build_index().unwrap();
    let index = Index::load(match variant.as_str() {
        "" => &whole,
        "bare" => &bare,
        _ => &main,
    })
    .unwrap();
    if variant == "attached" {
        index.attach_readers(&readers).unwrap();
    }
    let judged: serde_json::Value =
        serde_json::from_str(include_str!("../tests/fixtures/queries.public.json")).unwrap();
    let keys: Vec<String> = judged["queries"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|q| {
            let q: Vec<char> = q["q"].as_str().unwrap().chars().collect();
            (1..=q.len()).map(move |n| q[..n].iter().collect::<String>())
        })
        .collect();
    let opts = SearchOptions::default();
    let mut per_key: Vec<f64> = (0..rounds)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..20 {
                for k in &keys {
                    std::hint::black_box(index.search(k, &opts).unwrap());
                }
            }
            t.elapsed().as_nanos() as f64 / (20 * keys.len()) as f64
        })
        .collect();
    per_key.sort_by(f64::total_cmp);
    println!(
        "{} keystrokes, median {:.2} µs per keystroke",
        keys.len(),
        per_key[rounds / 2] / 1000.0
    );
}
