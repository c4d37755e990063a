//! The contract between Rust, JavaScript and the docs, checked natively:
//! the label keys (one list, `Labels::KEYS`) against the TypeScript types and
//! the README; the error codes against the types; the generated types are
//! current; and no reader-facing English in the views outside
//! src/ui/labels.rs. The widget's half needs the `widget` feature (default).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use charter_explorer::check::Code;

/// The main entry's types: the widget's, and a re-export of the search API's.
#[cfg(feature = "widget")]
const DTS: &str = include_str!("../js/charter_explorer.d.ts");
/// The search API's types (`charter-explorer/search`).
const SEARCH_DTS: &str = include_str!("../js/search.d.ts");
#[cfg(feature = "widget")]
const README: &str = include_str!("../README.md");

/// The quoted members of a TypeScript union type `export type NAME = 'a' | 'b' …;`.
fn ts_union(src: &str, name: &str) -> BTreeSet<String> {
    let start = src
        .find(&format!("export type {name} ="))
        .unwrap_or_else(|| panic!("{name} not in the .d.ts"));
    let body = &src[start..];
    let body = &body[..body.find(';').unwrap()];
    body.split('\'')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

#[cfg(feature = "widget")]
#[test]
fn label_keys_agree_with_the_types_and_the_readme() {
    use charter_explorer::ui::Labels;
    let keys: BTreeSet<String> = Labels::KEYS.iter().map(|k| k.to_string()).collect();
    assert_eq!(keys.len(), Labels::KEYS.len(), "a key is listed twice");
    assert_eq!(
        ts_union(DTS, "LabelKey"),
        keys,
        "js/charter_explorer.d.ts LabelKey"
    );
    let start = README
        .find("Keys: `")
        .expect("the README lists the label keys")
        + 7;
    let listed: BTreeSet<String> = README[start..start + README[start..].find('`').unwrap()]
        .split_whitespace()
        .map(str::to_string)
        .collect();
    assert_eq!(listed, keys, "README.md label keys");
}

#[test]
fn every_error_code_from_rust_is_in_the_types() {
    let codes = ts_union(SEARCH_DTS, "CharterErrorCode");
    for c in [
        Code::InvalidQuery,
        Code::InvalidOptions,
        Code::UnknownSection,
        Code::UnknownClause,
        Code::Internal,
    ] {
        assert!(
            codes.contains(c.as_str()),
            "{} is not a CharterErrorCode",
            c.as_str()
        );
    }
}

/// String literals of Rust source outside `#[cfg(test)]` modules and
/// comments, each with the text before and after it on its line.
fn literals(src: &str) -> Vec<(String, String, String)> {
    let src = match src.find("#[cfg(test)]") {
        Some(i) => &src[..i],
        None => src,
    };
    let mut out = Vec::new();
    for line in src.lines() {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        let b = line.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'/' if b.get(i + 1) == Some(&b'/') => break,
                b'\'' if b.get(i + 2) == Some(&b'\'') || b.get(i + 1) == Some(&b'\\') => {
                    // a char literal: skip it
                    i += line[i + 1..].find('\'').map_or(1, |j| j + 2);
                }
                b'"' => {
                    let mut j = i + 1;
                    while j < b.len() && b[j] != b'"' {
                        j += if b[j] == b'\\' { 2 } else { 1 };
                    }
                    out.push((
                        line[..i].to_string(),
                        line[i + 1..j.min(b.len())].to_string(),
                        line.get(j + 1..).unwrap_or_default().to_string(),
                    ));
                    i = j + 1;
                }
                _ => i += 1,
            }
        }
    }
    out
}

/// Words a reader would see or hear, in literals of view code: visible
/// attributes, text children, and the text of `format!` strings (outside
/// `{…}` and hyphenated ids such as `charter-` or `chip-`).
fn english_in(src: &str) -> Vec<String> {
    const SPOKEN: &[&str] = &[
        "aria-label=",
        "title=",
        "placeholder=",
        "alt=",
        "aria-description=",
    ];
    let mut found = Vec::new();
    for (before, lit, after) in literals(src) {
        let before = before.trim_end();
        let visible_attr = SPOKEN.iter().any(|a| before.ends_with(a));
        let closes_tag =
            before.ends_with('>') && !before.ends_with("=>") && !before.ends_with("->");
        let text_child = (before.is_empty() && after.trim().is_empty()) || closes_tag;
        let formatted = before.ends_with("format!(");
        if !(visible_attr || text_child || formatted) {
            continue;
        }
        let mut text = String::new();
        let mut depth = 0;
        for ch in lit.chars() {
            match ch {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ if depth == 0 => text.push(ch),
                _ => {}
            }
        }
        let words: Vec<&str> = text
            .split(|c: char| !(c.is_alphabetic() || c == '-'))
            .filter(|w| !w.ends_with('-') && w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .collect();
        if !words.is_empty() {
            found.push(format!("{before} \"{lit}\""));
        }
    }
    found
}

#[test]
fn the_scan_finds_english_where_it_should() {
    let sample = r##"
        view! { <nav aria-label="Clauses"> "Next page" <span>{x}</span> </nav> }
        let a = format!("Section {id}: {title}");
        let b = format!("#charter-{}", id);
        let c = format!("{} ({})", x, y);
        let d = view! { <input type="search" class="ce-input" data-testid="search" /> };
        match key { "Escape" => {} _ => {} }
            "Escape" if open => {}
        // "a comment with words"
    "##;
    let found = english_in(sample);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found[0].contains("Clauses"));
    assert!(found[1].contains("Next page"));
    assert!(found[2].contains("Section"));
}

#[test]
fn no_english_ui_word_outside_the_labels() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut found = Vec::new();
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "rs") || path.ends_with("labels.rs") {
            continue;
        }
        files += 1;
        let src = std::fs::read_to_string(&path).unwrap();
        for f in english_in(&src) {
            found.push(format!("{}: {f}", path.display()));
        }
    }
    assert!(files >= 8, "the views were not found in {}", dir.display());
    assert!(
        found.is_empty(),
        "words a reader sees must come from src/ui/labels.rs:\n{}",
        found.join("\n")
    );
}

/// Checks (or with CHARTER_WRITE_TYPES=1 rewrites) the generated part of
/// the .d.ts at `file` (relative to the crate) against `fresh`.
fn generated_part_is(file: &str, fresh: &str) {
    use charter_explorer::document::{GENERATED_END, GENERATED_START};
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    let dts = std::fs::read_to_string(&path).unwrap();
    let start = dts
        .find(GENERATED_START)
        .unwrap_or_else(|| panic!("{file} has a generated part"));
    let end = dts[start..]
        .find(GENERATED_END)
        .map(|e| start + e + GENERATED_END.len())
        .unwrap_or_else(|| panic!("the generated part of {file} ends"));
    assert!(
        !dts[end..].contains(GENERATED_START),
        "{file} has one generated part"
    );
    if std::env::var_os("CHARTER_WRITE_TYPES").is_some() {
        std::fs::write(&path, format!("{}{fresh}{}", &dts[..start], &dts[end..])).unwrap();
        return;
    }
    assert!(
        dts[start..end] == *fresh,
        "{file} is not current: run `make types`\n{fresh}"
    );
}

/// The public types of js/search.d.ts and js/charter_explorer.d.ts are
/// generated from the Rust types (`charter_explorer::document::typescript_*`);
/// this fails when a file is not current. `make types`
/// (CHARTER_WRITE_TYPES=1) rewrites them.
#[test]
fn generated_types_are_current() {
    generated_part_is(
        "js/search.d.ts",
        &charter_explorer::document::typescript_search(),
    );
    #[cfg(feature = "widget")]
    generated_part_is(
        "js/charter_explorer.d.ts",
        &charter_explorer::document::typescript_widget(),
    );
}

/// The members of `export interface NAME { … }` in generated TypeScript.
fn ts_members(src: &str, name: &str) -> Vec<String> {
    let start = src
        .find(&format!("export interface {name} {{"))
        .unwrap_or_else(|| panic!("{name} not generated"));
    let body = &src[start..];
    let body = &body[body.find('{').unwrap() + 1..body.find("\n}").unwrap()];
    body.lines()
        .filter_map(|l| l.strip_prefix("    "))
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .map(|l| l[..l.find(['?', ':']).unwrap()].to_string())
        .collect()
}

/// The options are read field by field by the names the readers list; those
/// must be the names the generated types declare (the Rust field names with
/// serde's renaming), in the same order.
#[test]
fn option_readers_read_the_fields_the_types_declare() {
    use charter_explorer::options::SearchOptions;
    let ts = charter_explorer::document::typescript_search();
    assert_eq!(ts_members(&ts, "SearchOptions"), SearchOptions::FIELDS);
    #[cfg(feature = "widget")]
    {
        use charter_explorer::options::{MountOptions, Notes};
        let ts = charter_explorer::document::typescript_widget();
        assert_eq!(ts_members(&ts, "MountOptions"), MountOptions::FIELDS);
        assert_eq!(ts_members(&ts, "Notes"), Notes::FIELDS);
    }
}
