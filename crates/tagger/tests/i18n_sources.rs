//! The fr, es, it, pt, ru, uk, pl, tr, ar, fa, zh alias lines of `weapons.toml` and
//! `organizations.toml` are generated from `scripts/gazetteer/i18n/` by
//! `scripts/gazetteer/gen_i18n.py` (docs/gazetteer-weapons.md, *Languages beyond English
//! and German*). These tests fail when the gazetteer and its sources disagree (a generated
//! line edited by hand, a source edited without regenerating) and when an inflection rule
//! of the generator breaks (its table of expected forms).

#![allow(clippy::unwrap_used)] // tests unwrap on purpose: a panic is a failure

use std::path::PathBuf;
use std::process::Command;

fn run_generator(arg: &str) -> (bool, String) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let out = Command::new("python3")
        .arg("scripts/gazetteer/gen_i18n.py")
        .arg(arg)
        .current_dir(&root)
        .output()
        .unwrap_or_else(|e| {
            panic!("python3 (3.11 or newer, for tomllib) is needed to run gen_i18n.py: {e}")
        });
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

#[test]
fn generated_alias_lines_match_their_sources() {
    let (ok, text) = run_generator("--check");
    assert!(
        ok,
        "the gazetteer is not what scripts/gazetteer/i18n/ generates; run \
         `python3 scripts/gazetteer/gen_i18n.py` and commit:\n{text}"
    );
}

#[test]
fn inflection_rules_generate_their_expected_forms() {
    let (ok, text) = run_generator("--test");
    assert!(ok, "gen_i18n.py --test failed:\n{text}");
}
