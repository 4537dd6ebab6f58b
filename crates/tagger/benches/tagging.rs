//! Tagging throughput: `enrich` on the sample articles against a bare aho-corasick scan of
//! the same text with the same alias strings (leftmost-longest, ASCII case-insensitive,
//! counting matches), both as MB/s in one run. The target: `enrich` at least half
//! as fast as the bare scan.
//!
//! `cargo bench -p enricher-tagger --bench tagging -- --warm-up-time 1 --measurement-time 3`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use enricher_tagger::enrich;
use enricher_tagger::normalize::Folded;
use std::hint::black_box;

#[path = "corpus.rs"]
mod corpus;

use corpus::{articles, bare_automaton, gazetteer, text_bytes};

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
    eprintln!("bare automaton: {} bytes", bare.memory_usage());
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
    // The folding step alone (part of `enrich`), to see where the time goes.
    let mut folded = Folded::new();
    group.bench_function("fold-only", |b| {
        b.iter(|| {
            for a in &articles {
                if let Some(t) = &a.title {
                    folded.fold(black_box(t));
                }
                folded.fold(black_box(&a.body));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, tagging);
criterion_main!(benches);
