//! `enricher eval` as a user runs it: tables, JSON, `--errors`, `--min-f1` exit codes and
//! bad gold files. No broker needed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn repo_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn eval(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_enricher"))
        .env_remove("ENRICHER_GAZETTEER")
        .arg("eval")
        .args(args)
        .output()
        .expect("the enricher binary runs")
}

/// Writes `contents` to a file of its own in the temp dir and returns its path.
fn temp_file(name: &str, contents: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("enricher-eval-{}-{name}", std::process::id()));
    std::fs::write(&path, contents).expect("temp file written");
    path
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// One article whose only gold mention is a made-up country the gazetteer cannot know,
/// so country scores are 0 and the other types have nothing to find and nothing found.
const UNKNOWN_COUNTRY: &str = r#"{"id":"t1","lang":"en","body":"Blorf","gold":[{"type":"country","id":"ZZ","field":"body","start":0,"end":5}]}
"#;

#[test]
fn project_gold_file_scores_as_json() {
    let gold = repo_dir().join("gold/gold.ndjson");
    let out = eval(&[
        "--gold",
        gold.to_str().expect("utf-8 path"),
        "--format",
        "json",
    ]);
    assert!(out.status.success(), "stderr: {}", text(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    let lines = std::fs::read_to_string(&gold)
        .expect("gold file read")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count();
    assert!(lines >= 64, "the gold set has {lines} articles");
    assert_eq!(v["articles"], lines);
    for level in ["span", "document"] {
        for t in ["country", "organization", "weapon", "micro"] {
            let f1 = v[level][t]["f1"].as_f64().expect("f1 is a number");
            assert!((0.0..=1.0).contains(&f1), "{level}.{t} f1 {f1}");
        }
    }
    assert!(v
        .get("span_errors")
        .and_then(Value::as_array)
        .is_some_and(Vec::is_empty));
}

#[test]
fn thresholds_set_the_exit_code() {
    let gold = temp_file("unknown.ndjson", UNKNOWN_COUNTRY);
    let gold = gold.to_str().expect("utf-8 path");

    let out = eval(&[
        "--gold",
        gold,
        "--min-f1",
        "organization=0.9",
        "--min-f1",
        "doc.weapon=1",
    ]);
    assert!(out.status.success(), "stderr: {}", text(&out.stderr));

    let out = eval(&[
        "--gold",
        gold,
        "--min-f1",
        "country=0.5",
        "--min-f1",
        "weapon=0.5",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("threshold not met: span.country F1 0.0000 < 0.5"),
        "{stderr}"
    );
    assert!(!stderr.contains("span.weapon"), "{stderr}");

    let out = eval(&["--gold", gold, "--min-f1", "country=high"]);
    assert_eq!(out.status.code(), Some(2), "a bad flag is a usage error");
    let _ = std::fs::remove_file(gold);
}

#[test]
fn errors_flag_lists_false_negatives_with_their_text() {
    let gold = temp_file("errors.ndjson", UNKNOWN_COUNTRY);
    let out = eval(&["--gold", gold.to_str().expect("utf-8 path"), "--errors"]);
    assert!(out.status.success(), "stderr: {}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("span level"), "{stdout}");
    assert!(stdout.contains("document level"), "{stdout}");
    assert!(
        stdout.contains("FN t1 body 0..5 country:ZZ alone \"Blorf\""),
        "{stdout}"
    );
    assert!(stdout.contains("FN t1 country:ZZ"), "{stdout}");
    let _ = std::fs::remove_file(gold);
}

#[test]
fn bad_gold_file_names_every_bad_line() {
    let gold = temp_file(
        "bad.ndjson",
        "{\"id\":\"a\",\"body\":\"x\",\"gold\":[]}\n{\"id\":\"b\",\"body\":\"x\"}\nnot json\n",
    );
    let out = eval(&["--gold", gold.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("2 bad lines in gold file"), "{stderr}");
    assert!(stderr.contains("line 2: no \"gold\" array"), "{stderr}");
    assert!(
        stderr.contains("line 3: message is not valid JSON"),
        "{stderr}"
    );

    let out = eval(&["--gold", "/nonexistent/gold.ndjson"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("cannot read gold file"));
}
