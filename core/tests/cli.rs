//! The native CLI: ranked output, JSON, JSON lines, and clear errors.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_charter-search"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(s) = stdin {
        child.stdin.take().unwrap().write_all(s.as_bytes()).unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn prints_ranked_marked_results() {
    let o = run(&["--limit", "3", "nuclear"], None);
    assert!(o.status.success());
    let out = text(&o.stdout);
    assert!(out.contains("I.4"), "{out}");
    assert!(out.contains("civil **nuclear** cooperation"), "{out}");
}

#[test]
fn json_and_section_filter() {
    let o = run(&["--json", "--section", "IV", "cooperation"], None);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let ids: Vec<&str> = v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["IV.a"]);
    assert!(v["results"][0]["highlights"].as_array().is_some());
}

#[test]
fn jsonl_answers_line_by_line_and_survives_bad_lines() {
    let input = "{\"q\": \"demining\"}\nnot json\n{\"q\": \"digital\", \"section\": \"I\"}\n{\"q\": \"x\", \"section\": \"V\"}\n{\"q\": \"blockchain\"}\n";
    let o = run(&["--jsonl"], Some(input));
    assert!(o.status.success());
    let lines: Vec<serde_json::Value> = text(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0]["q"], "demining");
    assert_eq!(lines[0]["results"][0]["id"], "III.4");
    assert!(lines[0]["results"][0]["score"].as_f64().unwrap() > 0.0);
    assert_eq!(lines[0]["suggestion"], serde_json::Value::Null);
    assert!(lines[1]["error"].as_str().unwrap().contains("malformed"));
    assert!(lines[2]["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["section"] == "I"));
    assert!(lines[3]["error"]
        .as_str()
        .unwrap()
        .contains("unknown section"));
    assert_eq!(lines[4]["results"].as_array().unwrap().len(), 0);
    let err = text(&o.stderr);
    assert!(err.contains("line 2") && err.contains("line 4"), "{err}");
}

#[test]
fn bad_arguments_exit_2() {
    for args in [
        &["--section", "V", "x"][..],
        &["--limit", "many", "x"],
        &["--bogus", "x"],
        &[],
    ] {
        let o = run(args, None);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(text(&o.stderr).contains("charter-search:"), "{args:?}");
    }
}

#[test]
fn zero_results_suggest() {
    let o = run(&["nukelar"], None);
    assert!(o.status.success());
    let out = text(&o.stdout);
    assert!(out.contains("No clause mentions “nukelar”."), "{out}");
    assert!(out.contains("Did you mean “nuclear”?"), "{out}");
}
