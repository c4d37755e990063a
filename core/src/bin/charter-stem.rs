//! charter-stem: the search's stemmer (Snowball English, rust-stemmers) for
//! tools in other languages: one word a line on stdin, its stem a line on
//! stdout. The lexicon generator (scripts/lexicon.mjs) uses it to drop
//! readers' words that the search already finds by stem.

use std::io::{self, BufRead, BufWriter, Write};

fn main() -> io::Result<()> {
    let out = io::stdout();
    let mut out = BufWriter::new(out.lock());
    for line in io::stdin().lock().lines() {
        writeln!(out, "{}", charter_core::normalize::stem(line?.trim()))?;
    }
    out.flush()
}
