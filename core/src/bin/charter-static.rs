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

const USAGE: &str = "usage: charter-static [--format html|anf|embed] [--sections IDS] [--clauses IDS] [--lang az|ru]

With no format: the widget's static fallback (HTML with schema.org JSON-LD),
the whole charter, to paste inside <charter-explorer>.

  --format html    an <article> of plain semantic HTML for feeds and syndication,
                   each clause a <p id=\"charter-III.4\"> (the widget's deep links)
  --format anf     an Apple News Format article (article.json)
  --format embed   the snippet that carries the charter in the page itself (the
                   widget's static view in a declarative shadow root, and the
                   script tag), as the package build made it: pkg/embed-snippet.html
                   (CHARTER_PKG names another package folder)
  --lang az|ru     with --format embed: the snippet in Azerbaijani or Russian
  --sections IDS   only these sections, comma-separated: P (Preamble), I, II, III, IV
  --clauses IDS    only these clauses, comma-separated: III.4,II.1
                   (with both, the clauses of the sections and the clauses named)
  -h, --help       this help

Ids are case-insensitive.";

enum Format {
    Fallback,
    Html,
    Anf,
    Embed,
}

struct Args {
    format: Format,
    sections: Vec<String>,
    clauses: Vec<String>,
    lang: Option<String>,
}

/// Ok(None) for --help; Err with the message for a usage error.
fn parse_args(args: impl IntoIterator<Item = String>) -> Result<Option<Args>, String> {
    let mut a = Args {
        format: Format::Fallback,
        sections: vec![],
        clauses: vec![],
        lang: None,
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
        if !["--format", "--sections", "--clauses", "--lang"].contains(&flag.as_str()) {
            return Err(format!("unknown argument {flag:?}"));
        }
        let value = inline
            .or_else(|| it.next())
            .ok_or_else(|| format!("{flag} needs a value"))?;
        let ids = || value.split(',').map(str::to_string);
        match flag.as_str() {
            "--sections" => a.sections.extend(ids()),
            "--clauses" => a.clauses.extend(ids()),
            "--lang" => match value.to_ascii_lowercase().as_str() {
                l @ ("az" | "ru") => a.lang = Some(l.to_string()),
                "en" => a.lang = None,
                v => return Err(format!("unknown language {v:?} (az, ru or en)")),
            },
            _ => {
                a.format = match value.as_str() {
                    "html" => Format::Html,
                    "anf" => Format::Anf,
                    "embed" => Format::Embed,
                    v => return Err(format!("unknown format {v:?} (html, anf or embed)")),
                }
            }
        }
    }
    if matches!(a.format, Format::Fallback | Format::Embed)
        && !(a.sections.is_empty() && a.clauses.is_empty())
    {
        return Err("--sections and --clauses need --format html or --format anf".into());
    }
    if a.lang.is_some() && !matches!(a.format, Format::Embed) {
        return Err("--lang goes with --format embed".into());
    }
    Ok(Some(a))
}

/// The snippet the package build made (scripts/prerender.mjs renders it from
/// the widget itself; this command does not render).
fn snippet(lang: Option<&str>) -> Result<String, (u8, String)> {
    let dir = std::env::var_os("CHARTER_PKG")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../pkg"));
    let name = match lang {
        Some(l) => format!("embed-snippet.{l}.html"),
        None => "embed-snippet.html".to_string(),
    };
    let path = dir.join(name);
    std::fs::read_to_string(&path).map_err(|e| {
        (
            1,
            format!(
                "{} cannot be read ({e}): build the package first (make pkg)",
                path.display()
            ),
        )
    })
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
        Format::Embed => snippet(args.lang.as_deref())?,
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
