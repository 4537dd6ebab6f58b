//! A fixed amount of work for `perf stat`, to compare `enrich` with the bare aho-corasick
//! scan by CPU cycles (stable on a loaded machine, unlike wall time):
//!
//! ```text
//! cargo build --release -p enricher-tagger --example cycles
//! perf stat -e cycles:u target/release/examples/cycles enrich 5
//! perf stat -e cycles:u target/release/examples/cycles bare 5
//! perf stat -e cycles:u target/release/examples/cycles fold 5
//! perf stat -e cycles:u target/release/examples/cycles setup 5
//! ```
//!
//! (`setup` only loads; subtract it from the others. `load` builds the gazetteer alone
//! and prints its build time and the time since the process started.)

use std::hint::black_box;

use enricher_tagger::enrich;

#[path = "../benches/corpus.rs"]
mod corpus;

fn main() {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_else(|| "enrich".to_owned());
    let passes: usize = args.next().and_then(|p| p.parse().ok()).unwrap_or(5);
    let started = std::time::Instant::now();
    let g = corpus::gazetteer();
    if mode == "load" {
        let stats = g.stats();
        eprintln!(
            "load: {:.3} s (of which build {:.3} s), {} patterns, automaton {:.2} MB",
            started.elapsed().as_secs_f64(),
            stats.build_seconds,
            stats.patterns,
            stats.automaton_bytes as f64 / 1e6
        );
        return;
    }
    let articles = corpus::articles();
    let bare = corpus::bare_automaton(&g);
    let mut folded = enricher_tagger::normalize::Folded::new();
    let mut n = 0usize;
    for _ in 0..passes {
        for a in &articles {
            match mode.as_str() {
                "enrich" => n += black_box(enrich(black_box(a), &g)).mentions.len(),
                "bare" => {
                    if let Some(t) = &a.title {
                        n += bare.find_iter(black_box(t.as_str())).count();
                    }
                    n += bare.find_iter(black_box(a.body.as_str())).count();
                }
                "fold" => {
                    if let Some(t) = &a.title {
                        folded.fold(black_box(t));
                    }
                    folded.fold(black_box(&a.body));
                    n += folded.as_str().len();
                }
                _ => {}
            }
        }
    }
    let bytes: usize = articles.iter().map(corpus::text_bytes).sum();
    eprintln!("{mode}: {passes} passes over {bytes} bytes, {n} results");
}
