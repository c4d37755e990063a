use charter_core::builder::SourceData;
use charter_core::{Index, SearchOptions};
fn main() {
    let which = std::env::args().nth(1).unwrap_or_default();
    let mut d = SourceData::bundled().unwrap();
    for w in which.split(',') {
        match w {
            "weak" => d.lexicon.weak.clear(),
            "related" => d.lexicon.related.clear(),
            "forms" => d.lexicon.forms.clear(),
            "short" => d.lexicon.short.clear(),
            "editorial" => d.editorial.related.clear(),
            _ => {}
        }
    }
    let bytes = d.build_index().unwrap();
    eprintln!("index {} bytes", bytes.len());
    let idx = Index::load(&bytes).unwrap();
    let mut line = String::new();
    while std::io::stdin().read_line(&mut line).unwrap() > 0 {
        let q = line.trim().to_string();
        line.clear();
        let r = idx.search(&q, &SearchOptions::default()).unwrap();
        println!(
            "{}\t{}",
            q,
            r.results.iter().map(|h| h.id).collect::<Vec<_>>().join(",")
        );
    }
}
