//! `just chaos`: N articles (default 100,000) through `enricher serve` (the release
//! binary, as a child process) on a three-node RabbitMQ cluster while, at seeded random
//! times, the service is SIGKILLed and started again, its connection is closed
//! (`rabbitmqctl close_connection`) and a node is stopped and started. Prints the faults
//! with their times, then sent, received, missing, duplicates and dead letters; exits 1
//! on any loss (or an unexpected message, a service that ended on its own, duplicates
//! over 2 x prefetch x faults + republished), 130 when interrupted.
//!
//! ```text
//! cargo build --release -p enricher --bin enricher --example chaos
//! target/release/examples/chaos [--articles 100000] [--rate 1000] [--faults 9]
//!     [--seed N] [--prefetch 300] [--bad-every 100] [--settle-secs 120]
//! ```
//! `CHAOS_SEED` sets the seed too; the seed is printed either way and repeats the plan
//! (kinds, times, nodes, pauses). Uses the cluster running on 5691-5693 if there is one
//! (`just cluster-up`) and leaves it running; otherwise starts one and tears it down.
//! Always: stopped nodes are started again, the run's queues and exchanges deleted, the
//! service process killed, also on failure or Ctrl-C (a second Ctrl-C exits at once).
//! `ENRICHER_BIN` overrides the service binary. The run itself is
//! `tests/common/chaos.rs`, shared with the CI test `tests/chaos.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../../../tests/common/broker.rs"]
mod broker;
#[path = "../../../tests/common/chaos.rs"]
mod chaos;
#[path = "../../../tests/common/cluster.rs"]
mod cluster;

use std::time::Duration;

use tokio_util::sync::CancellationToken;

fn parse_args(mut it: impl Iterator<Item = String>) -> chaos::Options {
    let seed = std::env::var("CHAOS_SEED")
        .ok()
        .map(|s| s.parse().expect("CHAOS_SEED is a number"))
        .unwrap_or_else(|| fastrand::u64(..));
    let mut o = chaos::Options {
        articles: 100_000,
        rate: 1000.0,
        faults: 9,
        seed,
        prefetch: enricher::config::defaults::PREFETCH,
        bad_every: 100,
        settle: Duration::from_secs(120),
        service_bin: broker::sibling_service_bin(),
    };
    while let Some(a) = it.next() {
        let mut value = || it.next().unwrap_or_else(|| panic!("{a} needs a value"));
        match a.as_str() {
            "--articles" | "--n" => o.articles = value().parse().unwrap(),
            "--rate" => o.rate = value().parse().unwrap(),
            "--faults" => o.faults = value().parse().unwrap(),
            "--seed" => o.seed = value().parse().unwrap(),
            "--prefetch" => o.prefetch = value().parse().unwrap(),
            "--bad-every" => o.bad_every = value().parse().unwrap(),
            "--settle-secs" => o.settle = Duration::from_secs(value().parse().unwrap()),
            "-h" | "--help" => {
                println!("usage: chaos [--articles N] [--rate PER_S] [--faults N] [--seed N] [--prefetch N] [--bad-every N] [--settle-secs S]");
                std::process::exit(0);
            }
            other => panic!("unknown argument {other} (try --help)"),
        }
    }
    assert!(o.rate > 0.0, "--rate must be positive");
    o
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let options = parse_args(std::env::args().skip(1));
    assert!(
        options.service_bin.exists(),
        "no service binary at {} (cargo build --release -p enricher, or set ENRICHER_BIN)",
        options.service_bin.display()
    );
    println!(
        "chaos: {} articles at {}/s, {} faults, seed {}, service {}",
        options.articles,
        options.rate,
        options.faults,
        options.seed,
        options.service_bin.display()
    );
    for p in chaos::plan(&options) {
        println!("  planned t={:>7.2}s  {}", p.at.as_secs_f64(), p.kind);
    }

    let interrupt = CancellationToken::new();
    {
        let interrupt = interrupt.clone();
        tokio::spawn(async move {
            let _ = tokio::signal::ctrl_c().await;
            eprintln!("[chaos] interrupted: cleaning up (Ctrl-C again to exit at once)");
            interrupt.cancel();
            let _ = tokio::signal::ctrl_c().await;
            std::process::exit(130);
        });
    }
    let Some(report) = chaos::run(&options, interrupt).await else {
        eprintln!(
            "chaos needs RabbitMQ installed ({})",
            cluster::RABBITMQ_SERVER
        );
        std::process::exit(2);
    };
    println!("{report}");
    if report.interrupted {
        std::process::exit(130);
    }
    if !report.failures().is_empty() {
        std::process::exit(1);
    }
}
