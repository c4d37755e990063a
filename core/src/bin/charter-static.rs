//! `charter-static`: prints the charter for pages and platforms that run no
//! script (see [`charter_core::export`]).
//!
//! With no arguments it prints the widget's fallback: static HTML with
//! schema.org JSON-LD. Producers paste it inside `<charter-explorer>`: readers
//! without JavaScript or WebAssembly (or when loading fails) still read the
//! charter, search engines index the clauses, and the widget replaces it once
//! it runs. `--format html` and `--format anf` write exports for feeds and
//! Apple News, whole or limited to some sections and clauses.

use std::io::Write;
use std::process::ExitCode;

use charter_core::builder::SourceData;
use charter_core::export::{self, Selection};

const USAGE: &str = "usage: charter-static [--format html|anf] [--sections IDS] [--clauses IDS]

With no format: the widget's static fallback (HTML with schema.org JSON-LD),
the whole charter, to paste inside <charter-explorer>.

  --format html    an <article> of plain semantic HTML for feeds and syndication,
                   each clause a <p id=\"charter-III.4\"> (the widget's deep links)
  --format anf     an Apple News Format article (article.json)
  --sections IDS   only these sections, comma-separated: P (Preamble), I, II, III, IV
  --clauses IDS    only these clauses, comma-separated: III.4,II.1
                   (with both, the clauses of the sections and the clauses named)
  -h, --help       this help

Ids are case-insensitive. The embeddable snippet (--format embed) is built with
the package from the widget's prerendered view, not by this command.";

enum Format {
    Fallback,
    Html,
    Anf,
}

struct Args {
    format: Format,
    sections: Vec<String>,
    clauses: Vec<String>,
}

/// Ok(None) for --help; Err with the message for a usage error.
fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Option<Args>, String> {
    let mut a = Args {
        format: Format::Fallback,
        sections: vec![],
        clauses: vec![],
    };
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg, None),
        };
        if flag == "-h" || flag == "--help" {
            return Ok(None);
        }
        if !["--format", "--sections", "--clauses"].contains(&flag.as_str()) {
            return Err(format!("unknown argument {flag:?}"));
        }
        let value = inline
            .or_else(|| it.next())
            .ok_or_else(|| format!("{flag} needs a value"))?;
        let ids = || value.split(',').map(str::to_string);
        match flag.as_str() {
            "--sections" => a.sections.extend(ids()),
            "--clauses" => a.clauses.extend(ids()),
            _ => {
                a.format = match value.as_str() {
                    "html" => Format::Html,
                    "anf" => Format::Anf,
                    "embed" => {
                        return Err(
                            "--format embed is not made here: the package build (make pkg) \
                                    makes the snippet from the widget's prerendered view"
                                .into(),
                        )
                    }
                    v => return Err(format!("unknown format {v:?} (html or anf)")),
                }
            }
        }
    }
    if matches!(a.format, Format::Fallback) && !(a.sections.is_empty() && a.clauses.is_empty()) {
        return Err("--sections and --clauses need --format html or --format anf".into());
    }
    Ok(Some(a))
}

/// The output, or an exit code and a message.
fn run(args: &Args) -> Result<String, (u8, String)> {
    let data = SourceData::bundled().map_err(|e| (1, e.to_string()))?;
    let doc = data.document().map_err(|e| (1, e.to_string()))?;
    let sel =
        Selection::new(&doc, &args.sections, &args.clauses).map_err(|e| (2, e.to_string()))?;
    Ok(match args.format {
        Format::Fallback => export::fallback_html(&doc),
        Format::Html => export::html(&doc, &sel),
        Format::Anf => format!("{:#}\n", export::anf(&doc, &sel)),
    })
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(Some(a)) => a,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("charter-static: {e} (see charter-static --help)");
            return ExitCode::from(2);
        }
    };
    let written = run(&args).and_then(|out| {
        std::io::stdout()
            .lock()
            .write_all(out.as_bytes())
            .map_err(|e| (1, e.to_string()))
    });
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err((code, e)) => {
            eprintln!("charter-static: {e}");
            ExitCode::from(code)
        }
    }
}
