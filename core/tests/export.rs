//! `charter-static`'s exports for platforms that run no script: the Apple News
//! Format article, plain semantic HTML, their section and clause limits, and
//! clear errors. Expectations come from the bundled document, not from copies
//! of the output.

use std::process::{Command, Output};

use charter_core::builder::SourceData;
use charter_core::export::{self, Selection};
use charter_core::wording::Words;
use serde_json::Value;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_charter-static"))
        .args(args)
        .output()
        .unwrap()
}

fn stdout(args: &[&str]) -> String {
    let o = run(args);
    assert!(o.status.success(), "{args:?}: {}", text(&o.stderr));
    text(&o.stdout)
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn anf(args: &[&str]) -> Value {
    let args = [&["--format", "anf"], args].concat();
    serde_json::from_str(&stdout(&args)).unwrap()
}

/// The components with this role.
fn role<'v>(article: &'v Value, role: &str) -> Vec<&'v Value> {
    article["components"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["role"] == role)
        .collect()
}

/// The clause ids the body components carry, in order.
fn body_ids(article: &Value) -> Vec<String> {
    role(article, "body")
        .iter()
        .map(|b| {
            let id = b["identifier"].as_str().unwrap();
            id.strip_prefix("charter-").unwrap().to_string()
        })
        .collect()
}

/// Clause ids of the bundled document that satisfy `keep`, in order.
fn clause_ids(keep: impl Fn(&charter_core::Clause<'_>) -> bool) -> Vec<String> {
    let data = SourceData::bundled().unwrap();
    let doc = data.document().unwrap();
    let ids = doc.clauses.iter().filter(|c| keep(c));
    ids.map(|c| c.id.to_string()).collect()
}

#[test]
fn anf_has_each_required_field_well_typed() {
    let data = SourceData::bundled().unwrap();
    let doc = data.document().unwrap();
    let a = anf(&[]);
    let version = a["version"].as_str().unwrap();
    let minor = version.strip_prefix("1.").unwrap();
    assert!(minor.parse::<u32>().is_ok(), "version {version}");
    let identifier = a["identifier"].as_str().unwrap();
    assert!(
        !identifier.is_empty() && identifier.len() <= 64,
        "{identifier}"
    );
    assert!(identifier
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-'));
    assert_eq!(a["title"], doc.metadata.short_title);
    assert_eq!(a["language"], "en");
    for key in ["columns", "width", "margin", "gutter"] {
        assert!(a["layout"][key].as_u64().unwrap() > 0, "layout.{key}");
    }
    let components = a["components"].as_array().unwrap();
    assert!(components
        .iter()
        .all(|c| c["role"].is_string() && c["text"].is_string()));
    let default = a["componentTextStyles"]["default"].as_object().unwrap();
    assert!(default["fontSize"].as_u64().unwrap() > 0);
    assert!(default["fontName"].is_string());
    let published = a["metadata"]["datePublished"].as_str().unwrap();
    assert!(
        published.starts_with(&format!("{}T", doc.metadata.signed_date)),
        "{published}"
    );
    let excerpt = a["metadata"]["excerpt"].as_str().unwrap();
    assert!(excerpt.contains(&Words::ENGLISH.count(doc.clauses.len())));
}

#[test]
fn anf_has_a_heading_per_section_and_each_clause_verbatim_in_one_body() {
    let data = SourceData::bundled().unwrap();
    let doc = data.document().unwrap();
    let a = anf(&[]);
    let headings: Vec<&str> = a["components"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["role"].as_str().unwrap().starts_with("heading"))
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    let expected: Vec<String> = doc
        .sections
        .iter()
        .map(|s| Words::ENGLISH.section_heading(s))
        .collect();
    assert_eq!(headings, expected);
    let bodies = role(&a, "body");
    assert_eq!(bodies.len(), doc.clauses.len());
    for c in &doc.clauses {
        let holding: Vec<&str> = bodies
            .iter()
            .map(|b| b["text"].as_str().unwrap())
            .filter(|t| t.contains(c.text))
            .collect();
        assert_eq!(holding.len(), 1, "{} in {} bodies", c.id, holding.len());
        // The id is shown, then the clause whole.
        assert_eq!(holding[0], format!("{} — {}", c.id, c.text));
    }
    assert_eq!(body_ids(&a), clause_ids(|_| true));
}

#[test]
fn anf_limited_to_sections() {
    let a = anf(&["--sections", "i,P"]);
    assert_eq!(
        body_ids(&a),
        clause_ids(|c| c.section == "P" || c.section == "I")
    );
    let headings = role(&a, "heading2");
    assert_eq!(headings.len(), 2);
    assert_eq!(headings[0]["text"], "Preamble");
    // A limited article is another article.
    assert_ne!(a["identifier"], anf(&[])["identifier"]);
    assert!(a["metadata"]["excerpt"]
        .as_str()
        .unwrap()
        .contains(&Words::ENGLISH.count(body_ids(&a).len())));
}

#[test]
fn anf_limited_to_clauses_and_both() {
    let a = anf(&["--clauses", "III.4,ii.1"]);
    assert_eq!(body_ids(&a), ["II.1", "III.4"]);
    assert_eq!(role(&a, "heading2").len(), 2);
    // The preamble's lead-in goes with the preamble only.
    assert!(role(&a, "intro").is_empty());
    let both = anf(&["--sections=IV", "--clauses=III.4"]);
    let mut expected = vec!["III.4".to_string()];
    expected.extend(clause_ids(|c| c.section == "IV"));
    assert_eq!(body_ids(&both), expected);
}

#[test]
fn html_has_each_clause_id_once_with_its_text_escaped() {
    let data = SourceData::bundled().unwrap();
    let doc = data.document().unwrap();
    let html = stdout(&["--format", "html"]);
    assert!(html.starts_with("<article"), "{html}");
    assert!(html.trim_end().ends_with("</article>"));
    assert!(!html.contains("<script") && !html.contains("<style"));
    assert_eq!(html.matches("<h3>").count(), doc.sections.len());
    assert!(html.contains(&format!("datetime=\"{}\"", doc.metadata.signed_date)));
    for c in &doc.clauses {
        let id = format!("id=\"charter-{}\"", c.id);
        assert_eq!(html.matches(&id).count(), 1, "{id}");
        let escaped = c.text.replace('&', "&amp;").replace('"', "&quot;");
        assert!(html.contains(&escaped), "{}", c.id);
    }
    // The data's own markup characters ("R&D") arrive escaped.
    assert!(html.contains("R&amp;D") && !html.contains("R&D"));
}

#[test]
fn html_escapes_markup_in_the_text() {
    let mut charter: Value = serde_json::from_str(include_str!("../../data/charter.json")).unwrap();
    charter["clauses"][0]["text"] = "<b class=\"x\">bold</b> & <script>alert(1)</script>".into();
    charter["sections"][1]["title"] = "Economy <i>&</i> AI".into();
    let data = SourceData::from_strs(
        &charter.to_string(),
        include_str!("../../data/editorial.json"),
        include_str!("../../data/metadata.json"),
    )
    .unwrap();
    let doc = data.document().unwrap();
    let html = export::html(&doc, &Selection::default());
    assert!(html.contains(
        "&lt;b class=&quot;x&quot;&gt;bold&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;"
    ));
    assert!(html.contains("Economy &lt;i&gt;&amp;&lt;/i&gt; AI"));
    assert!(!html.contains("<b") && !html.contains("<script") && !html.contains("<i>"));
    // ANF text is unformatted: the same characters, as they are.
    let a = export::anf(&doc, &Selection::default());
    let first = &role(&a, "body")[0]["text"];
    assert!(first
        .as_str()
        .unwrap()
        .ends_with("<script>alert(1)</script>"));
}

#[test]
fn html_limited_to_one_clause_holds_only_it() {
    let data = SourceData::bundled().unwrap();
    let doc = data.document().unwrap();
    let html = stdout(&["--format", "html", "--clauses", "iii.4"]);
    assert_eq!(html.matches("id=\"charter-").count(), 1, "{html}");
    assert!(html.contains("id=\"charter-III.4\""));
    assert_eq!(html.matches("<h3>").count(), 1);
    for c in &doc.clauses {
        assert_eq!(html.contains(c.text), c.id == "III.4", "{}", c.id);
    }
    let sections = stdout(&["--format", "html", "--sections", "III"]);
    let ids: Vec<&str> = sections
        .split("id=\"charter-")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    assert_eq!(ids, clause_ids(|c| c.section == "III"));
}

#[test]
fn with_no_arguments_the_fallback_is_the_whole_charter() {
    let data = SourceData::bundled().unwrap();
    let doc = data.document().unwrap();
    let out = stdout(&[]);
    assert!(out.starts_with(
        "<div class=\"charter-static\" lang=\"en\">\n<script type=\"application/ld+json\">"
    ));
    for c in &doc.clauses {
        let attr = format!("data-clause=\"{}\"", c.id);
        assert_eq!(out.matches(&attr).count(), 1, "{attr}");
    }
    assert!(!out.contains("id=\"charter-"));
}

#[test]
fn help_prints_usage() {
    for flag in ["--help", "-h"] {
        let out = stdout(&[flag]);
        assert!(out.starts_with("usage: charter-static"), "{out}");
        assert!(out.contains("--sections") && out.contains("--clauses"));
    }
}

#[test]
fn bad_ids_and_flags_exit_2_with_a_message() {
    for (args, says) in [
        (
            &["--format", "anf", "--sections", "V"][..],
            "unknown section \"V\"",
        ),
        (
            &["--format", "html", "--clauses", "III.9"],
            "unknown clause \"III.9\"",
        ),
        (
            &["--format", "html", "--clauses", "III.4,"],
            "unknown clause \"\"",
        ),
        (
            &["--format", "html", "--sections", "I", "--clauses", "x"],
            "unknown clause \"x\"",
        ),
        (&["--format", "pdf"], "unknown format \"pdf\""),
        (&["--format"], "--format needs a value"),
        (
            &["--format", "embed", "--lang", "fr"],
            "unknown language \"fr\"",
        ),
        (
            &["--format", "embed", "--sections", "I"],
            "need --format html or --format anf",
        ),
        (
            &["--format", "html", "--lang", "az"],
            "--lang goes with --format embed",
        ),
        (&["--bogus"], "unknown argument \"--bogus\""),
        (&["nuclear"], "unknown argument \"nuclear\""),
        (&["--sections", "I"], "need --format html or --format anf"),
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty(), "{args:?}");
        let err = text(&o.stderr);
        assert!(err.starts_with("charter-static: "), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
}

#[test]
fn embed_prints_the_snippet_the_package_build_made() {
    let dir = std::env::temp_dir().join(format!("charter-static-embed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("embed-snippet.az.html"),
        "<charter-explorer lang=\"az\">…</charter-explorer>\n",
    )
    .unwrap();
    let with = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_charter-static"))
            .args(args)
            .env("CHARTER_PKG", &dir)
            .output()
            .unwrap()
    };
    let o = with(&["--format", "embed", "--lang", "AZ"]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(
        text(&o.stdout),
        "<charter-explorer lang=\"az\">…</charter-explorer>\n"
    );
    // Not built yet: a clear error, no panic.
    let o = with(&["--format", "embed"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("make pkg"), "{}", text(&o.stderr));
    std::fs::remove_dir_all(&dir).unwrap();
}
