//! The benchmark corpus and the bare automaton, shared by `benches/tagging.rs` and
//! `examples/cycles.rs`.

#![allow(dead_code)]

use std::path::Path;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use enricher_tagger::{Article, Gazetteer};

/// How much article text (title + body bytes) each iteration tags.
const TARGET_BYTES: usize = 4 << 20;

/// The sample articles (`samples/*.json`: one article; `*.ndjson`: one per line),
/// repeated to about [`TARGET_BYTES`].
pub fn articles() -> Vec<Article> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    let mut samples = Vec::new();
    for path in entries {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if ext != "json" && ext != "ndjson" {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("sample readable");
        let docs: Vec<&str> = if ext == "json" {
            vec![&text]
        } else {
            text.lines().collect()
        };
        for doc in docs.into_iter().filter(|d| !d.trim().is_empty()) {
            match Article::decode(doc.as_bytes(), None) {
                Ok(a) => samples.push(a),
                Err(e) => eprintln!("skipping an article of {}: {e}", path.display()),
            }
        }
    }
    assert!(
        !samples.is_empty(),
        "no sample articles in {}",
        dir.display()
    );
    let mut out = Vec::new();
    let mut bytes = 0;
    while bytes < TARGET_BYTES {
        for a in &samples {
            bytes += text_bytes(a);
            out.push(a.clone());
        }
    }
    out
}

pub fn text_bytes(a: &Article) -> usize {
    a.title.as_deref().map_or(0, str::len) + a.body.len()
}

/// The builtin gazetteer, or (while its files are placeholders) a generated one.
pub fn gazetteer() -> Gazetteer {
    let builtin = Gazetteer::builtin().expect("builtin gazetteer loads");
    if builtin.stats().patterns > 1000 {
        return builtin;
    }
    eprintln!("builtin gazetteer is (nearly) empty: using a generated one");
    let mut rng = fastrand::Rng::with_seed(7);
    let mut toml = String::new();
    for i in 0..2000 {
        let word: String = (0..rng.usize(5..12)).map(|_| rng.lowercase()).collect();
        toml.push_str(&format!(
            "[[organization]]\nid = \"org-{i}\"\nname = \"{word}\"\nkind = \"company\"\n[organization.aliases]\nen = [\"{word}\"]\n"
        ));
    }
    toml.push_str(
        "[[country]]\nid = \"KP\"\nname = \"North Korea\"\n[country.aliases]\nde = [\"Nordkorea|compound\", \"Pjöngjang|capital\", \"DVRK|exact\"]\n\
         [[country]]\nid = \"RU\"\nname = \"Russia\"\n[country.aliases]\nde = [\"Russland\", \"Moskau|capital\"]\n\
         [[country]]\nid = \"US\"\nname = \"United States\"\n[country.aliases]\nany = [\"US|exact\", \"USA|exact\"]\n",
    );
    Gazetteer::from_files(&[("generated.toml", &toml)]).expect("generated gazetteer")
}

pub fn bare_automaton(g: &Gazetteer) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .build(g.alias_texts())
        .expect("bare automaton builds")
}
