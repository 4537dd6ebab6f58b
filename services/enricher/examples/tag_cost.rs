//! Per-article CPU cost of the service's pure part (decode + enrich + serialize +
//! headers) on the German sample, one thread: what each delivery costs before the
//! broker. `cargo run --release -p enricher --example tag_cost [N]` (N articles per round,
//! default 2000; a small N under callgrind gives the per-stage profile in `docs/profile/`).
#![allow(clippy::unwrap_used)]

use std::time::Instant;

use enricher_tagger::Gazetteer;
use lapin::BasicProperties;

const SAMPLE: &str = include_str!("../../../samples/nordkorea-de.json");

fn main() {
    let gazetteer = Gazetteer::builtin().unwrap();
    let props = BasicProperties::default();
    let n: usize = std::env::args()
        .nth(1)
        .map(|a| a.parse().expect("N is a number"))
        .unwrap_or(2000);
    for round in 0..3 {
        let started = Instant::now();
        for _ in 0..n {
            let p = enricher::pipeline::prepare(
                SAMPLE.as_bytes(),
                &props,
                ("news.raw", "article"),
                1 << 20,
                &gazetteer,
                None,
            );
            std::hint::black_box(p);
        }
        let per = started.elapsed().as_secs_f64() / n as f64;
        println!(
            "round {round}: {:.1} µs per article ({:.0} articles/s on one core)",
            per * 1e6,
            1.0 / per
        );
    }
    let article = enricher_proto::Article::decode(SAMPLE.as_bytes(), None).unwrap();
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(enricher_proto::Article::decode(SAMPLE.as_bytes(), None).unwrap());
    }
    println!(
        "decode:    {:.1} µs",
        t.elapsed().as_secs_f64() / n as f64 * 1e6
    );
    let t = Instant::now();
    let mut e = None;
    for _ in 0..n {
        e = Some(enricher_tagger::enrich(&article, &gazetteer));
    }
    println!(
        "enrich:    {:.1} µs",
        t.elapsed().as_secs_f64() / n as f64 * 1e6
    );
    let e = e.unwrap();
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(serde_json::to_vec(&e).unwrap());
    }
    let bytes = serde_json::to_vec(&e).unwrap().len();
    println!(
        "serialize: {:.1} µs ({bytes} bytes, {} mentions)",
        t.elapsed().as_secs_f64() / n as f64 * 1e6,
        e.mentions.len()
    );
}
