//! `charter-search`: search the charter from the command line.
//!
//! ```text
//! charter-search [--section S]... [--limit N] [--json] QUERY...
//! charter-search --jsonl < queries.jsonl
//! ```

use std::io::{self, BufRead, IsTerminal, Write};
use std::process::ExitCode;

use charter_core::builder::SourceData;
use charter_core::{Index, SearchOptions, SearchResponse};
use serde::Deserialize;
use serde_json::json;

const USAGE: &str = "usage: charter-search [--section S]... [--limit N] [--json] QUERY...
       charter-search --jsonl   (reads {\"q\": \"...\", \"section\": \"II\"} lines from stdin)

Sections: P (Preamble), I, II, III, IV. --section may be repeated.";

fn index_bytes() -> Vec<u8> {
    let data = SourceData::bundled();
    match data.and_then(|d| d.build_index()) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("charter-search: {e}");
            std::process::exit(1);
        }
    }
}

struct Args {
    sections: Vec<String>,
    limit: Option<usize>,
    json: bool,
    jsonl: bool,
    query: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        sections: vec![],
        limit: Some(10),
        json: false,
        jsonl: false,
        query: vec![],
    };
    let mut it = std::env::args().skip(1);
    let mut rest_is_query = false;
    while let Some(arg) = it.next() {
        if rest_is_query {
            a.query.push(arg);
            continue;
        }
        match arg.as_str() {
            "--" => rest_is_query = true,
            "-h" | "--help" => return Err(String::new()),
            "--json" => a.json = true,
            "--jsonl" => a.jsonl = true,
            "-s" | "--section" => a.sections.push(it.next().ok_or("--section needs a value")?),
            "-n" | "--limit" => {
                let v = it.next().ok_or("--limit needs a value")?;
                let n: usize = v
                    .parse()
                    .map_err(|_| format!("--limit takes a whole number, not {v:?}"))?;
                a.limit = Some(n);
            }
            s if s.starts_with("--section=") => {
                a.sections.push(s["--section=".len()..].to_string())
            }
            s if s.starts_with('-') && s.len() > 1 => return Err(format!("unknown option {s}")),
            _ => a.query.push(arg),
        }
    }
    if !a.jsonl && a.query.is_empty() {
        return Err("a query is required".into());
    }
    Ok(a)
}

fn marked(text: &str, ranges: &[(usize, usize)], ansi: bool) -> String {
    let (open, close) = if ansi {
        ("\x1b[1;4m", "\x1b[0m")
    } else {
        ("**", "**")
    };
    let mut out = String::new();
    let mut at = 0;
    for &(s, e) in ranges {
        out.push_str(&text[at..s]);
        out.push_str(open);
        out.push_str(&text[s..e]);
        out.push_str(close);
        at = e;
    }
    out.push_str(&text[at..]);
    out
}

fn response_json(q: &str, r: &SearchResponse<'_>, full: bool) -> serde_json::Value {
    let results: Vec<_> = r
        .results
        .iter()
        .map(|h| {
            if full {
                json!({"id": h.id, "section": h.section, "score": h.score, "complete": h.complete,
                       "text": h.clause.text, "highlights": h.highlights, "tags": h.tags,
                       "related": h.related_words()})
            } else {
                json!({"id": h.id, "section": h.section, "score": h.score})
            }
        })
        .collect();
    let mut v = json!({"q": q, "results": results, "missing": r.missing,
                       "suggestion": r.suggestion});
    if full {
        v["total"] = json!(r.total);
        v["section_counts"] = json!(r.section_counts);
        v["truncated"] = json!(r.truncated);
    }
    v
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    q: String,
    #[serde(default)]
    section: Option<SectionArg>,
    #[serde(default)]
    limit: Option<usize>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum SectionArg {
    One(String),
    Many(Vec<String>),
}

fn run_jsonl(index: &Index<'_>, default_limit: Option<usize>) -> ExitCode {
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for (n, line) in stdin.lock().lines().enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("charter-search: cannot read stdin: {e}");
                return ExitCode::from(1);
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let v = match serde_json::from_str::<Line>(&line) {
            Err(e) => {
                eprintln!("charter-search: line {}: {e}", n + 1);
                json!({"line": n + 1, "error": format!("malformed input line: {e}")})
            }
            Ok(l) => {
                let sections = match l.section {
                    None => vec![],
                    Some(SectionArg::One(s)) => vec![s],
                    Some(SectionArg::Many(v)) => v,
                };
                let opts = SearchOptions {
                    sections,
                    limit: l.limit.or(default_limit),
                    ..Default::default()
                };
                match index.search(&l.q, &opts) {
                    Ok(r) => response_json(&l.q, &r, false),
                    Err(e) => {
                        eprintln!("charter-search: line {}: {e}", n + 1);
                        json!({"line": n + 1, "q": l.q, "error": e.to_string()})
                    }
                }
            }
        };
        if writeln!(out, "{v}").is_err() {
            return ExitCode::from(1);
        }
    }
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(msg) => {
            if msg.is_empty() {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            eprintln!("charter-search: {msg}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let bytes = index_bytes();
    let index = match Index::load(&bytes) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("charter-search: {e}");
            return ExitCode::from(1);
        }
    };
    if args.jsonl {
        return run_jsonl(&index, args.limit);
    }
    let q = args.query.join(" ");
    let opts = SearchOptions {
        sections: args.sections,
        limit: args.limit,
        ..Default::default()
    };
    let r = match index.search(&q, &opts) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("charter-search: {e}");
            return ExitCode::from(2);
        }
    };
    if args.json {
        println!("{}", response_json(&q, &r, true));
        return ExitCode::SUCCESS;
    }
    let ansi = io::stdout().is_terminal();
    if r.truncated {
        eprintln!(
            "note: the query was cut to {} characters / {} terms",
            charter_core::MAX_QUERY_CHARS,
            charter_core::MAX_TERMS
        );
    }
    if r.results.is_empty() {
        println!("No clause mentions “{q}”.");
        if let Some(s) = &r.suggestion {
            println!("Did you mean “{s}”?");
        }
        return ExitCode::SUCCESS;
    }
    println!("{} of {} clauses", r.results.len(), r.total);
    if !r.missing.is_empty() {
        println!("Not in the charter: {}", r.missing.join(", "));
    }
    for h in &r.results {
        let partial = if h.complete { "" } else { "  (partial)" };
        println!("{:<6} {:<4} {:>6.2}{partial}", h.id, h.section, h.score);
        println!("       {}", marked(h.clause.text, &h.highlights, ansi));
        if !h.tags.is_empty() {
            println!("       topics: {}", h.tags.join(", "));
        }
        if !h.related.is_empty() {
            println!("       related: {}", h.related_words().join(", "));
        }
    }
    ExitCode::SUCCESS
}
