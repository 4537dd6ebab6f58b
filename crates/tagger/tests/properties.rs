//! Fuzz-style properties of the article path, on stable Rust (proptest): decoding
//! arbitrary bytes and enriching arbitrary text with arbitrary aliases never panics, every
//! mention slices its field to its text (bytes and code points), and every output
//! serializes to JSON that parses again, with the input article inside it unchanged.
//!
//! `PROPTEST_CASES=5000 cargo test -p enricher-tagger --test properties` for a longer run.

#![allow(clippy::unwrap_used)]

mod common;

use std::sync::OnceLock;

use enricher_proto::MAX_JSON_DEPTH;
use enricher_tagger::{enrich_at, Article, EnrichedArticle, Gazetteer};
use proptest::prelude::*;

/// The alias flags a gazetteer line may carry.
const FLAGS: [&str; 12] = [
    "",
    "exact",
    "cap",
    "capital",
    "no-person",
    "weak",
    "compound",
    "fixed",
    "de-name",
    "de-adj",
    "de-noun",
    "en-noun",
];
const LANGS: [&str; 5] = ["any", "en", "de", "fr", "ru"];

/// The built-in gazetteer, loaded once for all cases.
fn builtin() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| Gazetteer::builtin().expect("the built-in gazetteer loads"))
}

/// One TOML gazetteer file from `(kind, lang, alias, flag)` entries, strings escaped by the
/// `toml` crate so that any text is a valid alias string.
fn gazetteer_toml(entries: &[(u8, usize, String, usize)]) -> String {
    let mut toml = String::new();
    for (i, (kind, lang, alias, flag)) in entries.iter().enumerate() {
        let alias = if FLAGS[*flag].is_empty() {
            alias.clone()
        } else {
            format!("{alias}|{}", FLAGS[*flag])
        };
        let alias = toml::Value::String(alias).to_string();
        let lang = LANGS[*lang];
        match kind % 4 {
            0 => toml.push_str(&format!(
                "[[country]]\nid = \"{}{}\"\nname = \"c{i}\"\n[country.aliases]\n{lang} = [{alias}]\n",
                (b'A' + (i / 26 % 26) as u8) as char,
                (b'A' + (i % 26) as u8) as char
            )),
            1 => toml.push_str(&format!(
                "[[organization]]\nid = \"org-{i}\"\nname = \"o{i}\"\nkind = \"government\"\n[organization.aliases]\n{lang} = [{alias}]\n"
            )),
            2 => toml.push_str(&format!(
                "[[weapon]]\nid = \"term-{i}\"\ncategory = \"missiles\"\n[weapon.aliases]\n{lang} = [{alias}]\n"
            )),
            _ => toml.push_str(&format!(
                "[[region]]\nid = \"region-{i}\"\nname = \"r{i}\"\n[region.aliases]\n{lang} = [{alias}]\n"
            )),
        }
    }
    toml
}

/// What every enriched article must satisfy, whatever the input.
fn check_output(article: &Article, enriched: &EnrichedArticle) -> Result<(), TestCaseError> {
    let problems = common::offset_problems(article, enriched);
    prop_assert!(problems.is_empty(), "offsets: {problems:?}");
    prop_assert!(enriched.mentions.len() <= enricher_proto::MAX_MENTIONS);
    // The output schema's pattern for `language`, whatever the input's `lang` was.
    prop_assert!(
        (2..=3).contains(&enriched.language.len())
            && enriched.language.bytes().all(|b| b.is_ascii_lowercase()),
        "language {:?} does not match ^[a-z]{{2,3}}$ (lang {:?})",
        enriched.language,
        article.lang
    );
    let json = serde_json::to_vec(enriched).expect("an EnrichedArticle serializes");
    let value: serde_json::Value = serde_json::from_slice(&json)
        .map_err(|e| TestCaseError::fail(format!("output does not parse: {e}")))?;
    let input: serde_json::Value = serde_json::from_str(article.raw.get())
        .map_err(|e| TestCaseError::fail(format!("article.raw does not parse: {e}")))?;
    prop_assert_eq!(
        &value["article"],
        &input,
        "the article passes through unchanged"
    );
    let back: EnrichedArticle = serde_json::from_slice(&json)
        .map_err(|e| TestCaseError::fail(format!("output is no EnrichedArticle: {e}")))?;
    prop_assert_eq!(back.mentions.len(), enriched.mentions.len());
    Ok(())
}

/// JSON-ish fragments: arbitrary sequences of them reach deep into `decode` (escapes,
/// surrogates, nesting, the known fields with wrong types) far more often than bytes.
fn json_fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just("[".to_owned()),
        Just("]".to_owned()),
        Just(",".to_owned()),
        Just(":".to_owned()),
        Just("\"".to_owned()),
        Just("\"body\":".to_owned()),
        Just("\"title\":".to_owned()),
        Just("\"lang\":".to_owned()),
        Just("\"id\":".to_owned()),
        Just("\"extra\":".to_owned()),
        Just("\\".to_owned()),
        Just("\\u".to_owned()),
        Just("\\ud83d".to_owned()),
        Just("\\ude00".to_owned()),
        Just("\\u00e9".to_owned()),
        Just("null".to_owned()),
        Just("true".to_owned()),
        Just("-1.5e3".to_owned()),
        Just("Nordkorea".to_owned()),
        Just("Russland ".to_owned()),
        Just("NATO".to_owned()),
        "\\PC{0,8}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Arbitrary bytes: decode returns an article or a reason, never panics; what it
    /// accepts enriches into a valid output.
    #[test]
    fn arbitrary_bytes_decode_or_fail_cleanly(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        match Article::decode(&bytes, None) {
            Ok(article) => check_output(&article, &enrich_at(&article, builtin(), std::time::SystemTime::UNIX_EPOCH))?,
            Err(e) => prop_assert!(enricher_proto::DecodeError::REASONS.contains(&e.reason())),
        }
    }

    /// JSON-ish text built from fragments, wrapped in an object with a body half the
    /// time: the same, and whatever decodes was within the depth limit and free of lone
    /// surrogates (serde_json's strict string parse agrees).
    #[test]
    fn json_fragments_decode_or_fail_cleanly(
        parts in proptest::collection::vec(json_fragment(), 0..40),
        wrap in any::<bool>(),
    ) {
        let inner = parts.concat();
        let text = if wrap { format!("{{\"body\":\"{}\",\"x\":{}}}", "Nordkorea", inner) } else { inner };
        match Article::decode(text.as_bytes(), None) {
            Ok(article) => {
                let value: serde_json::Value = serde_json::from_str(article.raw.get())
                    .map_err(|e| TestCaseError::fail(format!("accepted {text:?} but serde_json says {e}")))?;
                prop_assert!(depth(&value) <= MAX_JSON_DEPTH);
                check_output(&article, &enrich_at(&article, builtin(), std::time::SystemTime::UNIX_EPOCH))?;
            }
            Err(e) => prop_assert!(enricher_proto::DecodeError::REASONS.contains(&e.reason())),
        }
    }

    /// Arbitrary title, body, lang and aliases (some cut from the body so that they
    /// match): enrich never panics and its output holds.
    #[test]
    fn arbitrary_text_and_aliases_enrich_cleanly(
        title in proptest::option::of("\\PC{0,60}"),
        body in prop_oneof!["\\PC{0,300}", "[A-Za-zÄÖÜäöüßéИ .,'’\\-()]{0,300}"],
        lang in proptest::option::of(prop_oneof![Just("de".to_owned()), Just("en-GB".to_owned()), "\\PC{0,6}"]),
        cuts in proptest::collection::vec((any::<u8>(), 0usize..5, any::<prop::sample::Index>(), 1usize..20, 0usize..12), 1..12),
        free in proptest::collection::vec((any::<u8>(), 0usize..5, "\\PC{1,12}", 0usize..12), 0..4),
    ) {
        let chars: Vec<(usize, char)> = body.char_indices().collect();
        let mut entries: Vec<(u8, usize, String, usize)> = free;
        for (kind, lang, at, len, flag) in cuts {
            if chars.is_empty() { break; }
            let start = at.index(chars.len());
            let end = (start + len).min(chars.len());
            let from = chars[start].0;
            let to = chars.get(end).map_or(body.len(), |c| c.0);
            entries.push((kind, lang, body[from..to].to_owned(), flag));
        }
        let toml = gazetteer_toml(&entries);
        // A gazetteer that does not load is an error with file and line, not a panic.
        let Ok(g) = Gazetteer::from_files(&[("fuzz.toml", &toml)]) else { return Ok(()) };
        let json = serde_json::json!({"id": "p", "title": title, "body": body, "lang": lang});
        let article = Article::decode(json.to_string().as_bytes(), None)
            .map_err(|e| TestCaseError::fail(format!("a serde_json object does not decode: {e}")))?;
        check_output(&article, &enrich_at(&article, &g, std::time::SystemTime::UNIX_EPOCH))?;
        check_output(&article, &enrich_at(&article, builtin(), std::time::SystemTime::UNIX_EPOCH))?;
    }
}

/// Nesting depth of a JSON value (a scalar is 0, `[]` is 1).
fn depth(v: &serde_json::Value) -> usize {
    match v {
        serde_json::Value::Array(a) => 1 + a.iter().map(depth).max().unwrap_or(0),
        serde_json::Value::Object(o) => 1 + o.values().map(depth).max().unwrap_or(0),
        _ => 0,
    }
}
