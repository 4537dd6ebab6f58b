//! Bad gazetteer files: loading names file, line and cause; `check_dir` collects all.

#![allow(clippy::unwrap_used)] // tests unwrap on purpose: a panic is a failure

use std::path::Path;

use enricher_tagger::{Gazetteer, Severity};

const HEAD: &str = "[[country]]\nid = \"KP\"\nname = \"North Korea\"\n";

#[rustfmt::skip]
const CASES: &[(&str, &str, usize, &str)] = &[
    // (name, file, line, cause contains)
    ("syntax", "[[country]\nid = \"KP\"\n", 1, "invalid table header"),
    ("unknown field", "[[country]]\nid = \"KP\"\nname = \"x\"\ncolour = \"red\"\n", 4, "unknown field `colour`"),
    ("missing name", "\n[[country]]\nid = \"KP\"\n", 2, "missing field `name`"),
    ("wrong type", "[[country]]\nid = 5\nname = \"x\"\n", 2, "invalid type"),
    ("lower-case ISO code", "[[country]]\nid = \"kp\"\nname = \"x\"\n[country.aliases]\nen = [\"x\"]\n", 2, "invalid country id \"kp\""),
    ("three-letter code", "[[country]]\nid = \"PRK\"\nname = \"x\"\n[country.aliases]\nen = [\"x\"]\n", 2, "ISO 3166-1 alpha-2"),
    ("empty name", "[[country]]\nid = \"KP\"\nname = \" \"\n[country.aliases]\nen = [\"x\"]\n", 3, "empty name"),
    ("unknown language", "[[country]]\nid = \"KP\"\nname = \"x\"\n[country.aliases]\nen = [\"x\"]\nkp = [\"y\"]\n", 6, "unknown alias language \"kp\""),
    ("unknown flag", "[[country]]\nid = \"KP\"\nname = \"x\"\n[country.aliases]\nde = [\n  \"Nordkorea\",\n  \"Pjöngjang|capitol\",\n]\n", 7, "unknown flag \"capitol\""),
    ("empty alias", "[[country]]\nid = \"KP\"\nname = \"x\"\n[country.aliases]\nde = [\"Nordkorea\",\n \"\"]\n", 6, "empty alias"),
    ("flags only", "[[country]]\nid = \"KP\"\nname = \"x\"\n[country.aliases]\nde = [\"|exact\"]\n", 5, "empty alias"),
    ("no letters", "[[country]]\nid = \"KP\"\nname = \"x\"\n[country.aliases]\nde = [\"--\"]\n", 5, "no letters or digits"),
    ("fixed with inflection", "[[country]]\nid = \"KP\"\nname = \"x\"\n[country.aliases]\nde = [\"Nordkorea|fixed|de-name\"]\n", 5, "`fixed` excludes"),
    ("duplicate id", "[[country]]\nid = \"KP\"\nname = \"x\"\n[country.aliases]\nen = [\"x\"]\n[[country]]\nid = \"KP\"\nname = \"y\"\n[country.aliases]\nen = [\"y\"]\n", 7, "duplicate country id \"KP\" (first at bad.toml:2)"),
    ("unknown organization kind", "[[organization]]\nid = \"kcna\"\nname = \"KCNA\"\nkind = \"news\"\n[organization.aliases]\nany = [\"KCNA|exact\"]\n", 4, "unknown organization kind \"news\""),
    ("organization id", "[[organization]]\nid = \"KCNA\"\nname = \"x\"\nkind = \"media\"\n[organization.aliases]\nany = [\"KCNA|exact\"]\n", 2, "invalid organization id"),
    ("organization country", "[[organization]]\nid = \"kcna\"\nname = \"x\"\nkind = \"media\"\ncountry = \"North Korea\"\n[organization.aliases]\nany = [\"KCNA|exact\"]\n", 5, "invalid country \"North Korea\""),
    ("home without a country", "[[organization]]\nid = \"eta\"\nname = \"ETA\"\nkind = \"armed-group\"\n[organization.aliases]\nen = [\"ETA|exact|home\"]\n", 6, "`home` is for an organization with a `country`"),
    ("weapon category", "[[weapon]]\nid = \"tank\"\ncategory = \"tanks\"\nname = \"tank\"\n[weapon.aliases]\nen = [\"tank\"]\n", 3, "unknown weapon category \"tanks\""),
    ("category not of the contract", "[[category]]\nid = \"lasers\"\nname = \"Lasers\"\n", 2, "unknown weapon category \"lasers\""),
    ("region id", "[[region]]\nid = \"Middle East\"\nname = \"x\"\n[region.aliases]\nen = [\"Middle East\"]\n", 2, "invalid region id"),
    ("unknown table", "[[countries]]\nid = \"KP\"\n", 1, "unknown field `countries`"),
];

#[test]
fn bad_files_name_file_line_and_cause() {
    let mut failures = Vec::new();
    for (name, toml, line, cause) in CASES {
        match Gazetteer::from_files(&[("bad.toml", toml)]) {
            Ok(_) => failures.push(format!("{name}: loaded")),
            Err(e) => {
                if e.file != "bad.toml" || e.line != *line || !e.cause.contains(cause) {
                    failures.push(format!(
                        "{name}: expected bad.toml:{line}: …{cause}…, got {e}"
                    ));
                }
                if e.to_string() != format!("{}:{}: {}", e.file, e.line, e.cause) {
                    failures.push(format!("{name}: display {e}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn valid_file_loads() {
    let toml = format!("{HEAD}[country.aliases]\nde = [\"Nordkorea|compound\"]\n");
    let g = Gazetteer::from_files(&[("ok.toml", &toml)]).expect("valid");
    assert_eq!(g.country_ids(), ["KP"]);
    assert_eq!(g.weapon_category_ids().len(), 14);
}

#[test]
fn load_dir_reports_a_missing_file() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/does-not-exist");
    let e = Gazetteer::load_dir(&dir).unwrap_err();
    assert!(e.file.ends_with("countries.toml"), "{e}");
    assert_eq!(e.line, 0);
    assert!(e.cause.contains("cannot read"), "{e}");
}

#[test]
fn load_dir_stops_at_the_first_error() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad");
    let e = Gazetteer::load_dir(&dir).unwrap_err();
    assert_eq!((e.file.as_str(), e.line), ("countries.toml", 7), "{e}");
}

#[test]
fn check_dir_collects_every_finding() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad");
    let report = Gazetteer::check_dir(Some(&dir)).expect("files readable");
    let got: Vec<(Severity, String, usize, String)> = report
        .findings
        .iter()
        .map(|f| (f.severity, f.file.clone(), f.line, f.message.clone()))
        .collect();
    #[rustfmt::skip]
    let expected: &[(Severity, &str, usize, &str)] = &[
        (Severity::Error, "countries.toml", 7, "invalid country id \"Kp\""),
        (Severity::Error, "countries.toml", 10, "unknown flag \"capitol\""),
        (Severity::Warning, "countries.toml", 15, "alias \"Georgia\" of country \"US\" is a common word of en"),
        (Severity::Warning, "countries.toml", 20, "alias \"Georgia\" of country \"GE\" is also claimed by country \"US\""),
        (Severity::Warning, "countries.toml", 20, "alias \"Georgia\" of country \"GE\" is a common word of en"),
        (Severity::Error, "countries.toml", 22, "duplicate country id \"US\""),
        (Severity::Warning, "countries.toml", 26, "alias \"Vereinigte Staaten\" repeats"),
        (Severity::Error, "organizations.toml", 4, "unknown organization kind \"news-agency\""),
        (Severity::Warning, "organizations.toml", 7, "has no aliases"),
        (Severity::Error, "weapons.toml", 3, "unknown weapon category \"rockets\""),
        (Severity::Error, "weapons.toml", 6, "empty alias"),
        (Severity::Error, "regions.toml", 1, "expected"),
    ];
    let mut failures = Vec::new();
    for (i, exp) in expected.iter().enumerate() {
        match got.get(i) {
            Some((sev, file, line, msg))
                if *sev == exp.0 && file == exp.1 && *line == exp.2 && msg.contains(exp.3) => {}
            other => failures.push(format!("finding {i}: expected {exp:?}, got {other:?}")),
        }
    }
    if got.len() != expected.len() {
        failures.push(format!(
            "expected {} findings, got {}: {got:#?}",
            expected.len(),
            got.len()
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(report.has_errors());
    assert!(report.stats.is_none(), "no stats when there are errors");
}

#[test]
fn check_dir_of_a_good_dir_has_stats() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good");
    let report = Gazetteer::check_dir(Some(&dir)).expect("files readable");
    assert!(!report.has_errors(), "{:?}", report.findings);
    let stats = report.stats.expect("stats");
    assert_eq!(stats.entries["country"], 2);
    assert_eq!(stats.entries["organization"], 1);
    assert_eq!(stats.entries["weapon"], 1);
    assert_eq!(stats.entries["region"], 1);
    assert_eq!(stats.aliases[&("country".to_owned(), "de".to_owned())], 3);
    // Nordkorea (+s, head), Pjöngjang (+s), Russland (+s), KCNA (+ K.C.N.A.), Rakete (+n),
    // Nahost (+s)
    assert_eq!(stats.patterns, 3 + 2 + 2 + 2 + 2 + 2);
    assert!(stats.automaton_bytes > 0);
    let g = Gazetteer::load_dir(&dir).expect("loads");
    assert_eq!(g.stats().patterns, 13);
}

#[test]
fn content_hash_follows_the_content() {
    let a = format!("{HEAD}[country.aliases]\nde = [\"Nordkorea\"]\n");
    let b = format!("{HEAD}[country.aliases]\nde = [\"Nordkorea\", \"DVRK|exact\"]\n");
    let ha = Gazetteer::from_files(&[("countries.toml", &a)])
        .unwrap()
        .content_hash()
        .to_owned();
    let ha2 = Gazetteer::from_files(&[("countries.toml", &a)])
        .unwrap()
        .content_hash()
        .to_owned();
    let hb = Gazetteer::from_files(&[("countries.toml", &b)])
        .unwrap()
        .content_hash()
        .to_owned();
    assert_eq!(ha, ha2);
    assert_ne!(ha, hb);
    assert!(ha.starts_with("sha256:") && ha.len() == 7 + 64, "{ha}");
}

#[test]
fn builtin_checks_without_errors() {
    let report = Gazetteer::check_dir(None).expect("builtin readable");
    let errors: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    Gazetteer::builtin().expect("builtin loads");
}

/// A capitalized name that is also a common word of its language (or a generated form
/// that is) is a warning unless a case or support flag guards it; lower-case aliases
/// (adjectives, common nouns) are not checked.
#[test]
fn names_that_are_common_words_are_flagged() {
    let toml = r#"
[[country]]
id = "RE"
name = "Réunion"
[country.aliases]
fr = ["Réunion", "réunion"]
en = ["Reunion|cap"]

[[country]]
id = "WS"
name = "Samoa"
[country.aliases]
ru = ["Самое", "Самоа"]

[[organization]]
id = "kremlin"
name = "Kremlin"
kind = "government"
[organization.aliases]
ru = ["Кремль|cap"]
"#;
    let dir = std::env::temp_dir().join(format!("common-words-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for name in enricher_tagger::gazetteer::FILE_NAMES {
        let body = if name == "countries.toml" { toml } else { "" };
        std::fs::write(dir.join(name), body).unwrap();
    }
    let report = enricher_tagger::Gazetteer::check_dir(Some(&dir)).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let flagged: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.message.contains("common word"))
        .map(|f| f.message.split('"').nth(1).unwrap())
        .collect();
    assert_eq!(flagged, ["Réunion", "Самое"], "{:#?}", report.findings);
}

/// An `en` or `any` alias matches in every language's articles, so the common-word check
/// reads it against every language's list; an alias of one language only against that
/// language's list (`Minimi` is an Italian word, not a French one).
#[test]
fn common_word_check_reads_en_and_any_aliases_against_every_language() {
    let good = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good");
    let dir = std::env::temp_dir().join(format!("enricher-common-words-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for f in ["countries.toml", "weapons.toml", "regions.toml"] {
        std::fs::copy(good.join(f), dir.join(f)).unwrap();
    }
    let org = |id: &str, line: &str| {
        format!("[[organization]]\nid = \"{id}\"\nname = \"{id}\"\nkind = \"company\"\n[organization.aliases]\n{line}\n\n")
    };
    let orgs = [
        org("on-en", "en = [\"Minimi\"]"),
        org("on-any", "any = [\"Minimi Group\", \"Minimi\"]"),
        org("on-fr", "fr = [\"Minimi\"]"),
        org("guarded", "en = [\"Minimi|cap\"]"),
    ]
    .concat();
    std::fs::write(dir.join("organizations.toml"), orgs).unwrap();
    let report = Gazetteer::check_dir(Some(&dir)).expect("files readable");
    std::fs::remove_dir_all(&dir).unwrap();
    let common: Vec<(usize, &str)> = report
        .findings
        .iter()
        .filter(|f| f.file == "organizations.toml" && f.message.contains("common word"))
        .map(|f| (f.line, f.message.as_str()))
        .collect();
    assert_eq!(common.len(), 2, "{common:#?}");
    assert_eq!(common[0].0, 6, "{common:#?}");
    assert!(common[0]
        .1
        .contains("\"Minimi\" of organization \"on-en\" is a common word of it"));
    assert_eq!(common[1].0, 13, "{common:#?}");
    assert!(common[1]
        .1
        .contains("\"Minimi\" of organization \"on-any\" is a common word of it"));
}
