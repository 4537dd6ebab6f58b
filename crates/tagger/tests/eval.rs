//! `eval::evaluate` end to end: a tiny gazetteer, a handmade gold file, the real tagger,
//! and scores worked out by hand.

#![allow(clippy::unwrap_used)] // tests unwrap on purpose: a panic is a failure

use enricher_proto::EntityType;
use enricher_tagger::eval::{self, ErrorClass, ErrorKind, GoldSet, Score};
use enricher_tagger::Gazetteer;
use serde_json::json;

fn gazetteer() -> Gazetteer {
    let countries = r#"
[[country]]
id = "KP"
name = "North Korea"
[country.aliases]
de = ["Nordkorea|compound", "Pjöngjang|capital"]

[[country]]
id = "RU"
name = "Russia"
[country.aliases]
de = ["Russland", "Moskau|capital"]
"#;
    let organizations = r#"
[[organization]]
id = "kcna"
name = "Korean Central News Agency"
acronym = "KCNA"
kind = "state-media"
country = "KP"
[organization.aliases]
any = ["KCNA|exact"]
"#;
    let weapons = r#"
[[category]]
id = "missiles"
name = "Missiles"

[[category]]
id = "arms-general"
name = "Arms (general)"

[[weapon]]
id = "rakete"
category = "missiles"
name = "missile"
[weapon.aliases]
de = ["Rakete"]

[[weapon]]
id = "waffe"
category = "arms-general"
name = "weapon"
[weapon.aliases]
de = ["Waffe"]
"#;
    Gazetteer::from_files(&[
        ("countries.toml", countries),
        ("organizations.toml", organizations),
        ("weapons.toml", weapons),
    ])
    .unwrap()
}

/// Byte span of the `nth` (0-based) occurrence of `needle` in `text`.
fn span(text: &str, needle: &str, nth: usize) -> (usize, usize) {
    let start = text.match_indices(needle).nth(nth).unwrap().0;
    (start, start + needle.len())
}

const TITLE: &str = "Nordkorea liefert Raketen";
const BODY: &str =
    "Pjöngjang bestreitet Waffenlieferungen an Moskau, meldet KCNA. Die Raketen kamen aus Pjöngjang.";

/// One article. The gold marks `Waffenlieferungen` (the gazetteer's `Waffe` is not a
/// compound head, so the tagger misses it) and leaves the second `Pjöngjang` out (a
/// place, which the tagger cannot tell from the government).
fn gold_file() -> String {
    let g = |t: &str, id: &str, field: &str, (start, end): (usize, usize)| json!({"type": t, "id": id, "field": field, "start": start, "end": end});
    let line = json!({
        "id": "g1",
        "lang": "de",
        "title": TITLE,
        "body": BODY,
        "gold": [
            g("country", "KP", "title", span(TITLE, "Nordkorea", 0)),
            g("weapon", "missiles", "title", span(TITLE, "Raketen", 0)),
            g("country", "KP", "body", span(BODY, "Pjöngjang", 0)),
            g("weapon", "arms-general", "body", span(BODY, "Waffenlieferungen", 0)),
            g("country", "RU", "body", span(BODY, "Moskau", 0)),
            g("organization", "kcna", "body", span(BODY, "KCNA", 0)),
            g("weapon", "missiles", "body", span(BODY, "Raketen", 0)),
        ],
    });
    format!("{line}\n")
}

fn assert_score(what: &str, got: &Score, counts: (usize, usize, usize), rates: (f64, f64, f64)) {
    assert_eq!((got.tp, got.fp, got.fn_), counts, "{what}: tp/fp/fn");
    let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
    assert!(
        close(got.precision, rates.0) && close(got.recall, rates.1) && close(got.f1, rates.2),
        "{what}: expected P/R/F1 {rates:?}, got {}/{}/{}",
        got.precision,
        got.recall,
        got.f1
    );
}

#[test]
fn scores_of_the_real_tagger_match_hand_computation() {
    let gold = GoldSet::parse(&gold_file()).unwrap();
    let e = eval::evaluate(&gold, &gazetteer());

    assert_eq!(
        (e.articles, e.gold_mentions, e.predicted_mentions),
        (1, 7, 7)
    );
    // span level
    // country: gold KP title, KP body, RU; predicted also the second Pjöngjang
    assert_score(
        "span country",
        &e.span.country,
        (3, 1, 0),
        (0.75, 1.0, 6.0 / 7.0),
    );
    assert_score(
        "span organization",
        &e.span.organization,
        (1, 0, 0),
        (1.0, 1.0, 1.0),
    );
    // weapon: both Raketen found, Waffenlieferungen missed
    assert_score(
        "span weapon",
        &e.span.weapon,
        (2, 0, 1),
        (1.0, 2.0 / 3.0, 0.8),
    );
    assert_score(
        "span micro",
        &e.span.micro,
        (6, 1, 1),
        (6.0 / 7.0, 6.0 / 7.0, 6.0 / 7.0),
    );
    // document level: {KP, RU}, {kcna}, {missiles, arms-general} vs {missiles}
    assert_score(
        "doc country",
        &e.document.country,
        (2, 0, 0),
        (1.0, 1.0, 1.0),
    );
    assert_score(
        "doc organization",
        &e.document.organization,
        (1, 0, 0),
        (1.0, 1.0, 1.0),
    );
    assert_score(
        "doc weapon",
        &e.document.weapon,
        (1, 0, 1),
        (1.0, 0.5, 2.0 / 3.0),
    );
    assert_score(
        "doc micro",
        &e.document.micro,
        (4, 0, 1),
        (1.0, 0.8, 8.0 / 9.0),
    );

    let errors: Vec<(ErrorKind, ErrorClass, EntityType, &str, &str)> = e
        .span_errors
        .iter()
        .map(|s| {
            (
                s.kind,
                s.class,
                s.entity_type,
                s.id.as_str(),
                s.text.as_str(),
            )
        })
        .collect();
    assert_eq!(
        errors,
        vec![
            (
                ErrorKind::FalseNegative,
                ErrorClass::Alone,
                EntityType::Weapon,
                "arms-general",
                "Waffenlieferungen"
            ),
            (
                ErrorKind::FalsePositive,
                ErrorClass::Alone,
                EntityType::Country,
                "KP",
                "Pjöngjang"
            ),
        ]
    );
    assert_eq!(e.span_errors[1].start, span(BODY, "Pjöngjang", 1).0);
}

#[test]
fn evaluation_serializes_with_contract_field_names() {
    let gold = GoldSet::parse(&gold_file()).unwrap();
    let e = eval::evaluate(&gold, &gazetteer());
    let v = serde_json::to_value(&e).unwrap();
    assert_eq!(v["span"]["weapon"]["fn"], json!(1));
    assert_eq!(v["document"]["micro"]["tp"], json!(4));
    assert_eq!(v["span_errors"][0]["kind"], json!("false-negative"));
    assert_eq!(v["span_errors"][0]["type"], json!("weapon"));
    assert_eq!(v["span_errors"][1]["field"], json!("body"));
}
