//! What the real tagger (`enricher_tagger::enrich` with the built-in gazetteer)
//! produces validates against `news.enriched.v1` and keeps the invariants the schema
//! cannot express (offsets slice to `text`, counts, order).

mod common;

use common::{examples, invariant_violations, repo_dir, violations, Schemas};
use enricher_proto::Article;
use enricher_tagger::Gazetteer;

/// Every raw article we have: the valid examples and the bundled samples.
fn raw_articles() -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = examples("raw.ok.")
        .into_iter()
        .map(|(name, path)| (name, std::fs::read(path).expect("readable")))
        .collect();
    let samples = repo_dir().join("samples");
    let single = std::fs::read(samples.join("nordkorea-de.json")).expect("sample");
    out.push(("samples/nordkorea-de.json".into(), single));
    let ndjson = std::fs::read_to_string(samples.join("articles.ndjson")).expect("samples");
    for (i, line) in ndjson.lines().enumerate() {
        out.push((
            format!("samples/articles.ndjson:{}", i + 1),
            line.as_bytes().to_vec(),
        ));
    }
    out
}

#[test]
fn tagger_output_validates_and_keeps_the_invariants() {
    let schemas = Schemas::load();
    let gazetteer = Gazetteer::builtin().expect("the built-in gazetteer loads");
    let mut failures = Vec::new();
    let mut mentions = 0;
    for (name, bytes) in raw_articles() {
        let article = Article::decode(&bytes, None).unwrap_or_else(|e| panic!("{name}: {e}"));
        let enriched = enricher_tagger::enrich(&article, &gazetteer);
        mentions += enriched.mentions.len();
        let value = serde_json::to_value(&enriched).expect("serializes");
        for problem in violations(&schemas.enriched, &value) {
            failures.push(format!("{name}: schema: {problem}"));
        }
        // What the service publishes is written by `write_json`: the same bytes.
        let mut written = Vec::new();
        enriched.write_json(&mut written);
        if written != serde_json::to_vec(&enriched).expect("serializes") {
            failures.push(format!("{name}: write_json differs from serde_json"));
        }
        for problem in invariant_violations(&value) {
            failures.push(format!("{name}: {problem}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} problem(s) in tagger output:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
    assert!(
        mentions > 0,
        "the tagger found nothing in any sample: not a meaningful check"
    );
}

/// An article packed with entity names (the outside test sent 100,000 countries in
/// 750 KB): the mention list is cut at `MAX_MENTIONS`, says so, and the tag counts stay
/// exact; the output still validates.
#[test]
fn packed_article_is_cut_at_max_mentions_with_exact_counts() {
    let schemas = Schemas::load();
    let gazetteer = Gazetteer::builtin().expect("the built-in gazetteer loads");
    let body = "Nordkorea, Russland und Frankreich. ".repeat(1_000);
    let raw = serde_json::json!({"id": "packed", "lang": "de", "title": "Nordkorea", "body": body});
    let article = Article::decode(raw.to_string().as_bytes(), None).expect("decodes");
    let enriched = enricher_tagger::enrich(&article, &gazetteer);
    assert_eq!(enriched.mentions.len(), enricher_proto::MAX_MENTIONS);
    assert!(enriched.mentions_truncated);
    assert_eq!(enriched.mentions_found, Some(3_001));
    let kp = enriched
        .countries
        .iter()
        .find(|c| c.id == "KP")
        .expect("KP");
    assert_eq!((kp.mentions, kp.in_title), (1_001, true));
    let mut written = Vec::new();
    enriched.write_json(&mut written);
    assert!(
        written == serde_json::to_vec(&enriched).expect("serializes"),
        "write_json differs from serde_json on a truncated list"
    );
    let value = serde_json::to_value(&enriched).expect("serializes");
    let mut problems = violations(&schemas.enriched, &value);
    problems.extend(invariant_violations(&value));
    assert!(problems.is_empty(), "{problems:#?}");

    // One under the cap: nothing cut, no flags in the output.
    let small = serde_json::json!({"id": "s", "lang": "de", "body": "Nordkorea. ".repeat(999)});
    let article = Article::decode(small.to_string().as_bytes(), None).expect("decodes");
    let value = serde_json::to_value(enricher_tagger::enrich(&article, &gazetteer)).expect("json");
    assert_eq!(value["mentions"].as_array().map(Vec::len), Some(999));
    assert!(value.get("mentions_truncated").is_none() && value.get("mentions_found").is_none());
}

/// The closed sets the schema and the AsyncAPI document spell out are the ones the
/// tagger uses: weapon categories (also in the tag-header pattern) and organization kinds.
#[test]
fn schema_enums_match_the_tagger_and_the_asyncapi_document() {
    let schema = common::read_json(&common::proto_dir().join(common::ENRICHED_SCHEMA));
    let strings = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    let categories = strings(&schema["$defs"]["weaponCategory"]["enum"]);
    let tagger_categories: Vec<String> = enricher_tagger::gazetteer::WEAPON_CATEGORIES
        .iter()
        .map(|(id, _)| (*id).to_owned())
        .collect();
    assert_eq!(
        categories, tagger_categories,
        "weapon categories: schema vs tagger (contract order)"
    );

    let builtin = Gazetteer::builtin().expect("the built-in gazetteer loads");
    let builtin_categories: Vec<String> = builtin
        .weapon_category_ids()
        .into_iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        categories, builtin_categories,
        "weapon categories: schema vs built-in weapons.toml"
    );

    let kinds = strings(&schema["$defs"]["organizationTag"]["properties"]["kind"]["enum"]);
    let tagger_kinds: Vec<String> = enricher_tagger::gazetteer::ORGANIZATION_KINDS
        .iter()
        .map(|k| (*k).to_owned())
        .collect();
    assert_eq!(kinds, tagger_kinds, "organization kinds: schema vs tagger");

    let asyncapi =
        std::fs::read_to_string(common::proto_dir().join("asyncapi.yaml")).expect("readable");
    let header_pattern = format!("'^weapon\\.({})$'", categories.join("|"));
    assert!(
        asyncapi.contains(&header_pattern),
        "asyncapi.yaml's weapon header pattern is not {header_pattern}"
    );
    for address in [
        "news.raw",
        "enricher.raw",
        "news.enriched",
        "news.enriched.tags",
        "enricher.dead",
    ] {
        assert!(
            asyncapi.contains(&format!("address: {address}\n")),
            "asyncapi.yaml has no channel {address}"
        );
    }
}
