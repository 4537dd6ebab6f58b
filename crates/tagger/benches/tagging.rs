//! Tagging throughput: `enrich` on the sample articles against a bare aho-corasick scan of
//! the same text with the same alias strings (leftmost-longest, ASCII case-insensitive,
//! counting matches), both as MB/s in one run. The target: `enrich` at least half
//! as fast as the bare scan.
//!
//! `cargo bench -p enricher-tagger --bench tagging -- --warm-up-time 1 --measurement-time 3`

use std::hint::black_box;
use std::path::Path;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use enricher_tagger::{enrich, Article, Gazetteer};

/// How much article text (title + body bytes) each iteration tags.
const TARGET_BYTES: usize = 4 << 20;

/// The sample articles (`samples/*.json`: one article; `*.ndjson`: one per line),
/// repeated to about [`TARGET_BYTES`].
fn articles() -> Vec<Article> {
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

fn text_bytes(a: &Article) -> usize {
    a.title.as_deref().map_or(0, str::len) + a.body.len()
}

/// The builtin gazetteer, or (while its files are placeholders) a generated one.
fn gazetteer() -> Gazetteer {
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

fn bare_automaton(g: &Gazetteer) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .build(g.alias_texts())
        .expect("bare automaton builds")
}

fn tagging(c: &mut Criterion) {
    let g = gazetteer();
    let articles = articles();
    let bytes: usize = articles.iter().map(text_bytes).sum();
    let stats = g.stats();
    eprintln!(
        "{} articles, {bytes} bytes; gazetteer: {} aliases, {} patterns, automaton {} bytes, built in {:.3} s",
        articles.len(),
        g.alias_texts().len(),
        stats.patterns,
        stats.automaton_bytes,
        stats.build_seconds
    );
    let bare = bare_automaton(&g);
    let mentions: usize = articles.iter().map(|a| enrich(a, &g).mentions.len()).sum();
    let raw_hits: usize = articles
        .iter()
        .map(|a| {
            bare.find_iter(&a.body).count()
                + a.title.as_deref().map_or(0, |t| bare.find_iter(t).count())
        })
        .sum();
    eprintln!("per pass: {mentions} mentions from enrich, {raw_hits} raw hits from the bare scan");

    let mut group = c.benchmark_group("tagging");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("enrich", |b| {
        b.iter(|| {
            for a in &articles {
                black_box(enrich(black_box(a), &g));
            }
        })
    });
    group.bench_function("bare-aho-corasick", |b| {
        b.iter(|| {
            let mut n = 0;
            for a in &articles {
                if let Some(t) = &a.title {
                    n += bare.find_iter(black_box(t.as_str())).count();
                }
                n += bare.find_iter(black_box(a.body.as_str())).count();
            }
            black_box(n)
        })
    });
    group.finish();
}

criterion_group!(benches, tagging);
criterion_main!(benches);
