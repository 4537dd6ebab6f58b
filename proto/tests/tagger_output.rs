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
