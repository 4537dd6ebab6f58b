//! The small chaos run CI does (the full one is `just chaos`): a few thousand articles
//! through `enricher serve` on a three-node cluster while the service is SIGKILLed and
//! started again, its connection is closed and a node is stopped and started, at seeded
//! random times. Fails on any lost article, an unexpected message, a service that ended
//! on its own or duplicates over the bound (2 x prefetch x faults + republished).
//!
//! Its own test binary (it stops broker nodes); starts the cluster and always tears it
//! down (or, when one already runs on 5691-5693, uses it and starts stopped nodes
//! again). Skipped, with a message, only where RabbitMQ is not installed.
//!
//! `CHAOS_SEED` repeats a run's fault plan; the seed is printed either way.
//! Run: `cargo test -p enricher --test chaos -- --nocapture`.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::PathBuf;
use std::time::Duration;

use common::chaos::{self, Options};
use tokio_util::sync::CancellationToken;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_small_chaos_run_loses_nothing() {
    let seed = std::env::var("CHAOS_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| fastrand::u64(..));
    let options = Options {
        articles: 3000,
        // 20 s of publishing: long enough for a node to stop and start within it.
        rate: 150.0,
        faults: 3,
        seed,
        prefetch: 50,
        bad_every: 100,
        settle: Duration::from_secs(120),
        service_bin: PathBuf::from(env!("CARGO_BIN_EXE_enricher")),
    };
    let Some(report) = chaos::run(&options, CancellationToken::new()).await else {
        return;
    };
    eprintln!("{report}");
    assert_eq!(report.faults.len(), 3, "every planned fault was injected");
    assert!(report.failures().is_empty(), "{report}");
    assert_eq!(report.sent, options.articles, "every article was published");
    assert_eq!(report.received + report.dead_letters, options.articles);
}

#[test]
fn the_fault_plan_is_set_by_the_seed_and_takes_the_kinds_in_turn() {
    let options = |seed| Options {
        articles: 3000,
        rate: 150.0,
        faults: 6,
        seed,
        prefetch: 50,
        bad_every: 100,
        settle: Duration::from_secs(1),
        service_bin: PathBuf::new(),
    };
    let (a, b, c) = (
        chaos::plan(&options(7)),
        chaos::plan(&options(7)),
        chaos::plan(&options(8)),
    );
    let show = |p: &[chaos::Planned]| format!("{p:?}");
    assert_eq!(show(&a), show(&b), "same seed, same plan");
    assert_ne!(show(&a), show(&c), "another seed, another plan");
    for plan in [&a, &c] {
        assert_eq!(plan.len(), 6);
        assert!(plan.windows(2).all(|w| w[0].at <= w[1].at), "by time");
        assert!(plan
            .iter()
            .all(|p| p.at >= Duration::from_secs(1) && p.at <= Duration::from_secs(17)));
        let kills = plan
            .iter()
            .filter(|p| p.kind == chaos::FaultKind::KillService)
            .count();
        let closes = plan
            .iter()
            .filter(|p| p.kind == chaos::FaultKind::CloseConnection)
            .count();
        assert_eq!((kills, closes), (2, 2), "each kind twice in six: {plan:?}");
    }
}
