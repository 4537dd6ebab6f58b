//! Per-article CPU cost of the service's pure part (decode + enrich + serialize +
//! headers) on the German sample, one thread: what each delivery costs before the
//! broker.
//!
//! ```text
//! cargo run --release -p enricher --example tag_cost [N]            # timings, 3 rounds
//! valgrind --tool=callgrind --toggle-collect='enricher::pipeline::prepare' \
//!     target/release/examples/tag_cost N --profile                    # docs/profile/
//! ```
//!
//! `--profile` runs `prepare` N times and nothing else after the gazetteer build, so a
//! callgrind run that collects only inside `prepare` divides by exactly N.
#![allow(clippy::unwrap_used)]

use std::time::Instant;

use enricher_tagger::Gazetteer;
use lapin::BasicProperties;

const SAMPLE: &str = include_str!("../../../samples/nordkorea-de.json");

fn prepare(gazetteer: &Gazetteer, props: &BasicProperties) -> enricher::pipeline::Prepared {
    enricher::pipeline::prepare(
        SAMPLE.as_bytes(),
        props,
        ("news.raw", "article"),
        1 << 20,
        enricher_proto::MAX_MENTIONS,
        gazetteer,
        None,
    )
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args
        .next()
        .map(|a| a.parse().expect("N is a number"))
        .unwrap_or(2000);
    let profile = args.next().as_deref() == Some("--profile");
    let gazetteer = Gazetteer::builtin().unwrap();
    let props = BasicProperties::default();
    if profile {
        for _ in 0..n {
            std::hint::black_box(prepare(&gazetteer, &props));
        }
        return;
    }
    for round in 0..3 {
        let started = Instant::now();
        for _ in 0..n {
            std::hint::black_box(prepare(&gazetteer, &props));
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
    let mentions_bytes = serde_json::to_vec(&e.mentions).unwrap().len();
    println!(
        "serialize: {:.1} µs ({bytes} bytes, of which the mention list {mentions_bytes} bytes for {} mentions; input {} bytes)",
        t.elapsed().as_secs_f64() / n as f64 * 1e6,
        e.mentions.len(),
        SAMPLE.len()
    );
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(serde_json::to_vec(&e.mentions).unwrap());
    }
    println!(
        "serialize the mention list alone: {:.1} µs",
        t.elapsed().as_secs_f64() / n as f64 * 1e6
    );
}
