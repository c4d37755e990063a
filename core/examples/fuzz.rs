//! A long randomized run of the query path (`make fuzz`): queries built from
//! the charter's own words with typos, prefixes, quotes, hyphens, Unicode junk
//! (RTL, combining marks, emoji, control characters), very long inputs, and
//! random section filters. Checks the same invariants as the property tests on
//! every answer and reports the count and the slowest query.
//!
//!   cargo run --release -p charter-core --example fuzz -- [CASES] [SEED]

use charter_core::builder::SourceData;
use charter_core::{Index, SearchOptions};
use std::time::{Duration, Instant};

/// xorshift64*: small, deterministic, good enough to spread the inputs.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const JUNK: &[&str] = &[
    "\u{202e}",
    "\u{200b}",
    "\u{0301}",
    "🙂",
    "שלום",
    "عالم",
    "Ə",
    "ı",
    "ß",
    "\u{0}",
    "\u{1b}[31m",
    "\\",
    "\"",
    "“",
    "”",
    "(",
    ")",
    "*",
    "+",
    "?",
    "[",
    "]",
    "{",
    "}",
    "|",
    "^",
    "$",
    ".",
    "&",
    "/",
    "-",
    "’",
    "'",
    "<script>",
    "&amp;",
    "%00",
    "\t",
    "\n",
    "  ",
];

fn mutate(rng: &mut Rng, w: &str) -> String {
    let mut c: Vec<char> = w.chars().collect();
    if c.is_empty() {
        return String::new();
    }
    match rng.below(6) {
        0 => {
            let i = rng.below(c.len());
            c.remove(i);
        }
        1 if c.len() > 1 => {
            let i = rng.below(c.len() - 1);
            c.swap(i, i + 1);
        }
        2 => {
            let i = rng.below(c.len());
            c[i] = (b'a' + rng.below(26) as u8) as char;
        }
        3 => c.truncate(1 + rng.below(c.len())),
        4 => return w.to_uppercase(),
        _ => {}
    }
    c.into_iter().collect()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let cases: u64 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let seed: u64 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(0x5EED_CAFE);
    let bytes = SourceData::bundled_index().expect("index");
    let index = Index::load(&bytes).expect("load");
    let vocab: Vec<String> = index
        .clauses()
        .iter()
        .flat_map(|c| c.text.split_whitespace().map(str::to_string))
        .collect();
    let sections = ["P", "I", "II", "III", "IV"];
    let mut rng = Rng(seed | 1);
    let mut slowest = (Duration::ZERO, String::new());
    let mut total = Duration::ZERO;
    let mut hits = 0u64;
    let started = Instant::now();
    for n in 0..cases {
        let words = 1 + rng.below(if n % 1000 == 0 { 400 } else { 5 });
        let mut q = String::new();
        for _ in 0..words {
            match rng.below(10) {
                0 => q.push_str(JUNK[rng.below(JUNK.len())]),
                1 => {
                    let len = 1 + rng.below(12);
                    q.extend(
                        (0..len).map(|_| char::from_u32(rng.below(0x3000) as u32).unwrap_or('x')),
                    );
                }
                _ => {
                    let w = &vocab[rng.below(vocab.len())];
                    q.push_str(&mutate(&mut rng, w));
                }
            }
            if rng.below(4) > 0 {
                q.push(' ');
            }
        }
        let secs: Vec<String> = (0..rng.below(3))
            .map(|_| sections[rng.below(5)].to_string())
            .collect();
        let opts = SearchOptions {
            sections: secs.clone(),
            limit: if rng.below(3) == 0 {
                Some(1 + rng.below(10))
            } else {
                None
            },
            ..Default::default()
        };
        let t = Instant::now();
        let r = index.search(&q, &opts).expect("known sections never fail");
        let dt = t.elapsed();
        total += dt;
        if dt > slowest.0 {
            slowest = (dt, q.clone());
        }
        hits += r.results.len() as u64;
        let mut prev: Option<(bool, f32)> = None;
        for h in &r.results {
            assert!(
                secs.is_empty() || secs.iter().any(|s| s == h.section),
                "filter leaked {} for {q:?}",
                h.id
            );
            // Clauses matching every term come first, best score first; partial
            // matches follow, ranked by how many terms they match, then score.
            if let Some((c, s)) = prev {
                assert!(
                    c || !h.complete,
                    "a complete match after a partial one for {q:?}"
                );
                assert!(
                    !(c && h.complete) || s >= h.score,
                    "unsorted complete matches for {q:?}"
                );
            }
            prev = Some((h.complete, h.score));
            let mut last = 0;
            for &(s, e) in &h.highlights {
                assert!(
                    s < e && e <= h.clause.text.len() && s >= last,
                    "bad highlight for {q:?}"
                );
                assert!(h.clause.text.is_char_boundary(s) && h.clause.text.is_char_boundary(e));
                last = e;
            }
        }
        assert!(r.total >= r.results.len());
    }
    let shown: String = slowest.1.chars().take(80).collect();
    println!(
        "{cases} queries without a panic in {:.1} s (mean {:.2} µs, {hits} results); slowest {:.1} µs: {shown:?}{}",
        started.elapsed().as_secs_f64(),
        total.as_secs_f64() * 1e6 / cases as f64,
        slowest.0.as_secs_f64() * 1e6,
        if slowest.1.chars().count() > 80 { "…" } else { "" }
    );
}
