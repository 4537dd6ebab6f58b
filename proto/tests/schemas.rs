//! The JSON Schemas in `proto/schemas/` and the Rust types say the same thing.
//!
//! - every example in `proto/examples/` gets the verdict its name promises
//!   (`raw.ok.*` / `enriched.ok.*` valid; `raw.<reason>.*` rejected by the schema and by
//!   `Article::decode` with that reason; `enriched.bad.*` rejected);
//! - for every known field and every JSON type, the raw schema accepts exactly what
//!   `Article::decode` accepts, and a rejection has the same reason and field;
//! - enriched examples round-trip through `EnrichedArticle` unchanged, and
//!   `EnrichedArticle` values built in Rust validate.

mod common;

use common::{examples, expectation, invariant_violations, read_json, violations, Schemas};
use enricher_proto::{
    Article, CountryTag, DecodeError, EnrichedArticle, EnricherInfo, EntityType, Field, Mention,
    OrganizationTag, WeaponTag, ENRICHED_SCHEMA,
};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// Fails with every problem at once, each naming its row.
fn assert_no_failures(what: &str, failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{what}: {} failing row(s):\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}

#[test]
fn schemas_compile_and_name_themselves() {
    let schemas = Schemas::load();
    for (file, validator) in [
        (common::RAW_SCHEMA, &schemas.raw),
        (common::ENRICHED_SCHEMA, &schemas.enriched),
    ] {
        let schema = read_json(&common::proto_dir().join(file));
        assert_eq!(
            schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "{file}"
        );
        let id = schema["$id"].as_str().unwrap_or_default();
        let file_name = file.rsplit('/').next().unwrap_or(file);
        assert!(
            id.ends_with(file_name),
            "{file}: $id {id:?} should end with the file name"
        );
        // Neither schema is vacuous.
        assert!(!validator.is_valid(&json!(42)), "{file} accepts a number");
        assert!(
            !validator.is_valid(&json!({})),
            "{file} accepts an empty object"
        );
    }
    let enriched = read_json(&common::proto_dir().join(common::ENRICHED_SCHEMA));
    assert_eq!(enriched["properties"]["schema"]["const"], ENRICHED_SCHEMA);
}

/// The id `Article::decode` must choose for a valid raw object.
fn expected_id(object: &Value) -> String {
    match object["id"].as_str() {
        Some(id) if !id.is_empty() => id.to_owned(),
        _ => {
            let basis = object["url"]
                .as_str()
                .or(object["body"].as_str())
                .unwrap_or_default();
            format!(
                "sha256:{}",
                hex_prefix(&Sha256::digest(basis.as_bytes())[..16])
            )
        }
    }
}

fn hex_prefix(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn raw_examples_get_the_verdict_their_name_promises() {
    let schemas = Schemas::load();
    let mut failures = Vec::new();
    for (name, path) in examples("raw.") {
        let bytes = std::fs::read(&path).expect("example is readable");
        let expected = expectation(&name);
        let decoded = Article::decode(&bytes, None);
        let value: Result<Value, _> = serde_json::from_slice(&bytes);

        if expected == "ok" {
            let value = match value {
                Ok(v) => v,
                Err(e) => {
                    failures.push(format!("{name}: not JSON: {e}"));
                    continue;
                }
            };
            let problems = violations(&schemas.raw, &value);
            if !problems.is_empty() {
                failures.push(format!("{name}: schema rejects it: {problems:?}"));
            }
            match decoded {
                Err(e) => failures.push(format!("{name}: decode fails: {} ({e})", e.reason())),
                Ok(article) => {
                    let field = |k: &str| value[k].as_str().map(str::to_owned);
                    let got = (
                        article.id.clone(),
                        article.title.clone(),
                        Some(article.body.clone()),
                        article.lang.clone(),
                    );
                    let want = (
                        expected_id(&value),
                        field("title"),
                        field("body"),
                        field("lang"),
                    );
                    if got != want {
                        failures.push(format!("{name}: decoded {got:?}, want {want:?}"));
                    }
                    let raw: Value = serde_json::from_str(article.raw.get()).expect("raw is JSON");
                    if raw != value {
                        failures.push(format!("{name}: Article::raw is not the input object"));
                    }
                }
            }
            continue;
        }

        if !DecodeError::REASONS.contains(&expected) {
            failures.push(format!(
                "{name}: {expected:?} is neither `ok` nor a DecodeError reason"
            ));
            continue;
        }
        match &decoded {
            Ok(_) => failures.push(format!("{name}: decode accepts it, want {expected}")),
            Err(e) if e.reason() != expected => failures.push(format!(
                "{name}: decode says {} ({e}), want {expected}",
                e.reason()
            )),
            Err(_) => {}
        }
        match (expected, value) {
            ("invalid_json", Ok(_)) => {
                failures.push(format!("{name}: meant to be invalid JSON, but parses"))
            }
            ("invalid_json", Err(_)) => {}
            // Nesting depth is checked before the schema applies (a schema cannot say it).
            ("too_deep", _) => {}
            (_, Err(e)) => failures.push(format!(
                "{name}: not JSON ({e}), so it cannot test the schema"
            )),
            (_, Ok(value)) => {
                let errors: Vec<_> = schemas.raw.iter_errors(&value).collect();
                if errors.is_empty() {
                    failures.push(format!("{name}: schema accepts it, decode says {expected}"));
                }
                // A wrongly typed field: the schema points at the same field as decode.
                if let Err(DecodeError::InvalidField { field, .. }) = &decoded {
                    let pointer = format!("/{field}");
                    if !errors
                        .iter()
                        .any(|e| e.instance_path.to_string() == pointer)
                    {
                        let paths: Vec<String> =
                            errors.iter().map(|e| e.instance_path.to_string()).collect();
                        failures.push(format!(
                            "{name}: decode blames {field:?}, schema blames {paths:?}"
                        ));
                    }
                }
            }
        }
    }
    assert_no_failures("raw examples", &failures);
}

/// For every field the enricher knows (and one it does not) and every JSON type, the
/// raw schema and `Article::decode` agree: both accept, or both reject and decode's
/// reason is the one the schema's rule stands for.
#[test]
fn raw_schema_accepts_exactly_what_decode_accepts() {
    let schemas = Schemas::load();
    let values = [
        json!("text"),
        json!(""),
        json!("Pj\u{f6}ngjang"),
        Value::Null,
        json!(0),
        json!(-1.5),
        json!(true),
        json!([]),
        json!(["text"]),
        json!({}),
        json!({"text": "x"}),
    ];
    let fields = [
        "id",
        "title",
        "body",
        "lang",
        "url",
        "source",
        "published_at",
        "extra",
    ];
    let mut failures = Vec::new();
    for field in fields {
        for value in &values {
            let mut object = json!({"body": "Nordkorea testet Raketen."});
            object[field] = value.clone();
            let bytes = serde_json::to_vec(&object).expect("serializes");
            let schema_ok = schemas.raw.is_valid(&object);
            let decoded = Article::decode(&bytes, None);
            let want_reason = match (field, value) {
                (_, _) if schema_ok => None,
                ("body", Value::Null) => Some("missing_body"),
                _ => Some("invalid_field"),
            };
            let got_reason = decoded.as_ref().err().map(DecodeError::reason);
            if got_reason != want_reason {
                failures.push(format!(
                    "{field} = {value}: schema {}, decode {got_reason:?}",
                    if schema_ok { "accepts" } else { "rejects" }
                ));
            }
            if let Err(DecodeError::InvalidField { field: blamed, .. }) = decoded {
                if blamed != field {
                    failures.push(format!("{field} = {value}: decode blames {blamed:?}"));
                }
            }
        }
    }
    for top in [
        json!([]),
        json!("body"),
        json!(1),
        json!(false),
        Value::Null,
    ] {
        let bytes = serde_json::to_vec(&top).expect("serializes");
        let reason = Article::decode(&bytes, None).err().map(|e| e.reason());
        if schemas.raw.is_valid(&top) || reason != Some("not_an_object") {
            failures.push(format!(
                "top-level {top}: schema valid {}, decode {reason:?}",
                schemas.raw.is_valid(&top)
            ));
        }
    }
    assert_no_failures("field types", &failures);
}

#[test]
fn every_decode_reason_is_documented() {
    let raw_schema =
        std::fs::read_to_string(common::proto_dir().join(common::RAW_SCHEMA)).expect("readable");
    let asyncapi =
        std::fs::read_to_string(common::proto_dir().join("asyncapi.yaml")).expect("readable");
    let mut failures = Vec::new();
    for reason in DecodeError::REASONS {
        if !raw_schema.contains(&format!("`{reason}`")) {
            failures.push(format!("{reason}: not in {}", common::RAW_SCHEMA));
        }
        if !asyncapi.contains(&format!("- {reason}")) {
            failures.push(format!(
                "{reason}: not in the x-enricher-error enum of asyncapi.yaml"
            ));
        }
    }
    assert_no_failures("decode reasons", &failures);
}

#[test]
fn enriched_examples_get_their_verdict_and_round_trip() {
    let schemas = Schemas::load();
    let mut failures = Vec::new();
    for (name, path) in examples("enriched.") {
        let value = read_json(&path);
        let problems = violations(&schemas.enriched, &value);
        match expectation(&name) {
            "ok" => {
                if !problems.is_empty() {
                    failures.push(format!("{name}: schema rejects it: {problems:?}"));
                }
                for p in invariant_violations(&value) {
                    failures.push(format!("{name}: {p}"));
                }
                match serde_json::from_value::<EnrichedArticle>(value.clone()) {
                    Err(e) => failures.push(format!("{name}: not an EnrichedArticle: {e}")),
                    Ok(article) => {
                        let back = serde_json::to_value(&article).expect("serializes");
                        if back != value {
                            failures.push(format!(
                                "{name}: changes in a round trip through EnrichedArticle"
                            ));
                        }
                    }
                }
            }
            "bad" => {
                if problems.is_empty() {
                    failures.push(format!("{name}: schema accepts it"));
                }
            }
            other => failures.push(format!(
                "{name}: expectation {other:?} is neither ok nor bad"
            )),
        }
    }
    assert_no_failures("enriched examples", &failures);
}

/// A hand-built enrichment of `article` (as the tagger would build it) with every
/// optional field both present and absent.
fn enriched_in_rust(article: &Article) -> EnrichedArticle {
    let body = &article.body;
    let mut mentions = Vec::new();
    if let Some(start) = body.find("Pjöngjang") {
        let char_start = body[..start].chars().count();
        mentions.push(Mention {
            entity_type: EntityType::Country,
            id: "KP".into(),
            field: Field::Body,
            start,
            end: start + "Pjöngjang".len(),
            char_start,
            char_end: char_start + "Pjöngjang".chars().count(),
            text: "Pjöngjang".into(),
            term: None,
        });
    }
    let kp = mentions.len() as u32;
    EnrichedArticle {
        schema: ENRICHED_SCHEMA.into(),
        id: article.id.clone(),
        article: article.raw.clone(),
        language: article
            .lang
            .as_deref()
            .map(|l| l[..2].to_ascii_lowercase())
            .unwrap_or_else(|| "und".into()),
        countries: if kp > 0 {
            vec![CountryTag {
                id: "KP".into(),
                name: "North Korea".into(),
                mentions: kp,
                in_title: false,
            }]
        } else {
            vec![]
        },
        organizations: vec![],
        weapons: vec![],
        mentions,
        mentions_truncated: false,
        mentions_found: None,
        enricher: EnricherInfo {
            version: "0.1.0".into(),
            gazetteer: format!("sha256:{}", "ab".repeat(32)),
            processed_at: "2026-11-28T10:00:00Z".into(),
        },
    }
}

#[test]
fn enriched_articles_built_in_rust_validate() {
    let schemas = Schemas::load();
    let mut failures = Vec::new();
    for (name, path) in examples("raw.ok.") {
        let bytes = std::fs::read(&path).expect("readable");
        let article = Article::decode(&bytes, None).expect("raw.ok examples decode");
        let value = serde_json::to_value(enriched_in_rust(&article)).expect("serializes");
        for p in violations(&schemas.enriched, &value) {
            failures.push(format!("built from {name}: {p}"));
        }
    }

    // Optional fields: present and absent both validate.
    let article = Article::decode(
        br#"{"id":"a","body":"KCNA meldet einen HIMARS-Angriff."}"#,
        None,
    )
    .expect("decodes");
    let mut enriched = enriched_in_rust(&article);
    let org = |acronym: Option<&str>, country: Option<&str>| OrganizationTag {
        id: "kcna".into(),
        name: "Korean Central News Agency".into(),
        acronym: acronym.map(Into::into),
        kind: "state-media".into(),
        country: country.map(Into::into),
        mentions: 1,
        in_title: false,
    };
    let mention = |ty, id: &str, start, text: &str, term: Option<&str>| Mention {
        entity_type: ty,
        id: id.into(),
        field: Field::Body,
        start,
        end: start + text.len(),
        char_start: start,
        char_end: start + text.len(),
        text: text.into(),
        term: term.map(Into::into),
    };
    enriched.mentions = vec![
        mention(EntityType::Organization, "kcna", 0, "KCNA", None),
        mention(
            EntityType::Weapon,
            "artillery",
            18,
            "HIMARS",
            Some("himars"),
        ),
    ];
    enriched.weapons = vec![WeaponTag {
        id: "artillery".into(),
        name: "Artillery".into(),
        mentions: 1,
        in_title: false,
    }];
    for (label, tag) in [
        ("with acronym and country", org(Some("KCNA"), Some("KP"))),
        ("without", org(None, None)),
    ] {
        enriched.organizations = vec![tag];
        let value = serde_json::to_value(&enriched).expect("serializes");
        for p in violations(&schemas.enriched, &value)
            .into_iter()
            .chain(invariant_violations(&value))
        {
            failures.push(format!("organization {label}: {p}"));
        }
        let omitted = value["organizations"][0].get("acronym").is_none();
        if omitted != (label == "without") {
            failures.push(format!(
                "organization {label}: acronym present = {}",
                !omitted
            ));
        }
    }

    // The schema holds the tagger to `term` on weapon mentions.
    enriched.mentions[1].term = None;
    let value = serde_json::to_value(&enriched).expect("serializes");
    if schemas.enriched.is_valid(&value) {
        failures.push("a weapon mention without `term` validates".into());
    }
    assert_no_failures("Rust-built enriched articles", &failures);
}
