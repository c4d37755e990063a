//! Writes the index with and without the readers' words (the WordNet lexicon
//! and the editorial related terms), and the index the wasm carries (its
//! WordNet part apart), for `make size-readers`:
//! `cargo run -p charter-core --example index_sizes -- DIR`.

use charter_core::builder::{LexiconData, SourceData};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/index-sizes".into());
    std::fs::create_dir_all(&dir)?;
    let full = SourceData::bundled()?;
    std::fs::write(format!("{dir}/with.idx"), full.build_index()?)?;
    let mut bare = SourceData::bundled()?;
    bare.lexicon = LexiconData::default();
    bare.editorial.related.clear();
    std::fs::write(format!("{dir}/without.idx"), bare.build_index()?)?;
    let (index, _) = full.build_split()?;
    std::fs::write(format!("{dir}/split.idx"), index)?;
    let mut wordnet_only = SourceData::bundled()?;
    wordnet_only.editorial.related.clear();
    std::fs::write(
        format!("{dir}/wordnet-only.idx"),
        wordnet_only.build_index()?,
    )?;
    Ok(())
}
