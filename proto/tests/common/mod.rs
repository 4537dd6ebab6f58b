//! Shared by the schema tests: the two compiled schemas, the examples, and the
//! invariants of an enriched article that JSON Schema cannot express.

#![allow(dead_code)] // each test binary uses a different part

use std::path::{Path, PathBuf};

use jsonschema::{Resource, Validator};
use serde_json::Value;

pub const RAW_SCHEMA: &str = "schemas/news.raw.v1.schema.json";
pub const ENRICHED_SCHEMA: &str = "schemas/news.enriched.v1.schema.json";

/// The `proto/` directory.
pub fn proto_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The repository root.
pub fn repo_dir() -> PathBuf {
    proto_dir()
        .parent()
        .expect("proto/ has a parent")
        .to_path_buf()
}

pub fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

/// Both schemas, compiled as draft 2020-12 with `format` checked (so `date-time` is
/// enforced, not only annotated). The enriched schema's `$ref` to the raw schema is
/// resolved in memory: nothing is fetched.
#[derive(Debug)]
pub struct Schemas {
    pub raw: Validator,
    pub enriched: Validator,
}

impl Schemas {
    pub fn load() -> Schemas {
        let raw = read_json(&proto_dir().join(RAW_SCHEMA));
        let enriched = read_json(&proto_dir().join(ENRICHED_SCHEMA));
        let raw_id = raw["$id"]
            .as_str()
            .expect("raw schema has an $id")
            .to_owned();
        let raw_validator = jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&raw)
            .unwrap_or_else(|e| panic!("{RAW_SCHEMA} does not compile: {e}"));
        let resource = Resource::from_contents(raw).expect("raw schema is a resource");
        let enriched_validator = jsonschema::draft202012::options()
            .should_validate_formats(true)
            .with_resource(raw_id, resource)
            .build(&enriched)
            .unwrap_or_else(|e| panic!("{ENRICHED_SCHEMA} does not compile: {e}"));
        Schemas {
            raw: raw_validator,
            enriched: enriched_validator,
        }
    }
}

/// Every schema violation of `instance`, one line each (`/path: message`).
pub fn violations(validator: &Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path))
        .collect()
}

/// The example files whose name starts with `prefix` (`raw.` or `enriched.`), sorted.
/// Names are `<schema>.<expectation>.<what>.json`.
pub fn examples(prefix: &str) -> Vec<(String, PathBuf)> {
    let dir = proto_dir().join("examples");
    let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter_map(|path| {
            let name = path.file_name()?.to_str()?.to_owned();
            (name.starts_with(prefix) && name.ends_with(".json")).then_some((name, path))
        })
        .collect();
    out.sort();
    assert!(
        !out.is_empty(),
        "no {prefix}*.json examples in {}",
        dir.display()
    );
    out
}

/// The expectation part of an example name: `raw.missing_body.null-body.json` -> `missing_body`.
pub fn expectation(name: &str) -> &str {
    name.split('.')
        .nth(1)
        .unwrap_or_else(|| panic!("example name {name} has no expectation"))
}

/// Checks what the enriched schema cannot say, and returns every broken rule:
/// each mention slices its field to `text` by bytes and by code points; tags and
/// mentions agree (counts, `in_title`, no tag without mentions and no mention
/// without a tag); lists are sorted as the contract says.
pub fn invariant_violations(enriched: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let article = &enriched["article"];
    let empty = Vec::new();
    let mentions = enriched["mentions"].as_array().unwrap_or(&empty);

    for (i, m) in mentions.iter().enumerate() {
        let field = m["field"].as_str().unwrap_or("?");
        let Some(text) = article[field].as_str() else {
            problems.push(format!(
                "mentions[{i}]: article has no string field {field:?}"
            ));
            continue;
        };
        let want = m["text"].as_str().unwrap_or("");
        let n = |k: &str| m[k].as_u64().map(|v| v as usize);
        let (start, end, cs, ce) = (n("start"), n("end"), n("char_start"), n("char_end"));
        match (start, end) {
            (Some(s), Some(e)) if text.get(s..e) == Some(want) => {}
            _ => problems.push(format!(
                "mentions[{i}]: bytes {start:?}..{end:?} of {field} are {:?}, not {want:?}",
                start.zip(end).and_then(|(s, e)| text.get(s..e))
            )),
        }
        let by_chars: Option<String> = cs.zip(ce).and_then(|(s, e)| {
            (s <= e).then(|| text.chars().skip(s).take(e - s).collect::<String>())
        });
        if by_chars.as_deref() != Some(want) {
            problems.push(format!(
                "mentions[{i}]: code points {cs:?}..{ce:?} of {field} are {by_chars:?}, not {want:?}"
            ));
        }
    }

    // Mentions sorted by field (title first), then start.
    let key = |m: &Value| {
        (
            m["field"].as_str() != Some("title"),
            m["start"].as_u64().unwrap_or(0),
        )
    };
    for (i, pair) in mentions.windows(2).enumerate() {
        if key(&pair[0]) > key(&pair[1]) {
            problems.push(format!("mentions[{}] and [{}] are out of order", i, i + 1));
        }
    }

    // Nesting (contract section 3): only mentions of different types, wholly inside.
    if let Ok(typed) =
        serde_json::from_value::<Vec<enricher_proto::Mention>>(enriched["mentions"].clone())
    {
        problems.extend(enricher_proto::nesting_problems(&typed));
    }

    // A list cut at its cap (MAX_MENTIONS or a lower `--max-mentions`): flagged, shorter
    // than `mentions_found`, which is the tag total.
    let truncated = enriched["mentions_truncated"] == Value::Bool(true);
    let mut count_sum = 0u64;
    let found = enriched["mentions_found"].as_u64().unwrap_or(0);
    if truncated
        && (mentions.len() > enricher_proto::MAX_MENTIONS || mentions.len() as u64 >= found)
    {
        problems.push(format!(
            "mentions_truncated with {} mentions listed of {found} found (cap {})",
            mentions.len(),
            enricher_proto::MAX_MENTIONS
        ));
    }
    if !truncated && enriched.get("mentions_found").is_some() {
        problems.push("mentions_found without mentions_truncated".into());
    }
    for (list, ty) in [
        ("countries", "country"),
        ("organizations", "organization"),
        ("weapons", "weapon"),
    ] {
        let tags = enriched[list].as_array().unwrap_or(&empty);
        for (i, tag) in tags.iter().enumerate() {
            let id = tag["id"].as_str().unwrap_or("?");
            let of_tag: Vec<&Value> = mentions
                .iter()
                .filter(|m| m["type"] == ty && m["id"] == id)
                .collect();
            if truncated {
                // Cut lists keep exact counts: at least as many as listed.
                if tag["mentions"].as_u64().unwrap_or(0) < of_tag.len() as u64 {
                    problems.push(format!(
                        "{list}[{i}] ({id}): mentions = {}, fewer than the {} listed",
                        tag["mentions"],
                        of_tag.len()
                    ));
                }
                count_sum += tag["mentions"].as_u64().unwrap_or(0);
                continue;
            }
            if tag["mentions"].as_u64() != Some(of_tag.len() as u64) {
                problems.push(format!(
                    "{list}[{i}] ({id}): mentions = {}, but {} mentions have this id",
                    tag["mentions"],
                    of_tag.len()
                ));
            }
            let in_title = of_tag.iter().any(|m| m["field"] == "title");
            if tag["in_title"].as_bool() != Some(in_title) {
                problems.push(format!("{list}[{i}] ({id}): in_title should be {in_title}"));
            }
        }
        // Sorted by mentions (descending), then id.
        for (i, pair) in tags.windows(2).enumerate() {
            let k = |t: &Value| {
                (
                    std::cmp::Reverse(t["mentions"].as_u64()),
                    t["id"].as_str().map(str::to_owned),
                )
            };
            if k(&pair[0]) >= k(&pair[1]) {
                problems.push(format!(
                    "{list}[{}] and [{}] are out of order or repeated",
                    i,
                    i + 1
                ));
            }
        }
        for (i, m) in mentions.iter().enumerate() {
            if m["type"] == ty && !tags.iter().any(|t| t["id"] == m["id"]) {
                problems.push(format!(
                    "mentions[{i}] ({ty} {}) has no tag in {list}",
                    m["id"]
                ));
            }
        }
    }
    if truncated && enriched["mentions_found"].as_u64() != Some(count_sum) {
        problems.push(format!(
            "mentions_found = {}, but the tags count {count_sum}",
            enriched["mentions_found"]
        ));
    }
    problems
}
