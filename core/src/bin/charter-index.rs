//! charter-index: writes the search index built from `data/`, or its readers'
//! words (the supplement the browser loads only when a query has a word the
//! charter lacks), to stdout. `make pkg` ships the readers' words as
//! pkg/charter_readers.bin; the index itself is built into the wasm by
//! build.rs from the same data, so the pair carries one fingerprint.
//!
//! charter-index [index|readers|whole] > FILE

use std::io::Write;
use std::process::ExitCode;

use charter_core::builder::SourceData;

fn main() -> ExitCode {
    let what = std::env::args().nth(1).unwrap_or_else(|| "index".into());
    let built = SourceData::bundled().and_then(|d| match what.as_str() {
        "whole" => d.build_index(),
        "index" => d.build_split().map(|s| s.0),
        "readers" => d.build_split().map(|s| s.1),
        _ => Err(charter_core::builder::BuildError::Invalid(format!(
            "unknown part {what:?}: index, readers or whole"
        ))),
    });
    match built {
        Ok(bytes) => match std::io::stdout().lock().write_all(&bytes) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("charter-index: {e}");
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            eprintln!("charter-index: {e}");
            ExitCode::from(2)
        }
    }
}
