//! Builds the search index from `data/` with the core crate and writes it to
//! OUT_DIR, where `src/lib.rs` includes it.

use std::path::PathBuf;

fn main() {
    if let Err(e) = try_main() {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

fn try_main() -> Result<(), Box<dyn std::error::Error>> {
    let data = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?).join("data");
    for f in charter_core::builder::DATA_FILES {
        println!("cargo:rerun-if-changed={}", data.join(f).display());
    }
    // The index without its readers' words, which ship apart
    // (pkg/charter_readers.bin, written by `charter-index readers`).
    let (bytes, _) = charter_core::builder::SourceData::read(&data)?.build_split()?;
    let out = PathBuf::from(std::env::var("OUT_DIR")?).join("charter.idx");
    std::fs::write(&out, &bytes)?;
    Ok(())
}
