//! Disruption tests: the service loses its connection, gets SIGTERM, or is killed
//! with SIGKILL mid-stream, and still every article comes out at least once.
//!
//! Its own test binary (`cargo test -p enricher --test disruption`) so that it never
//! runs beside the other end-to-end tests. It closes only the service's own
//! connection, found by its connection name; never anyone else's.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeSet;
use std::time::Duration;

use common::{parse_metrics, sample_articles, spawn_app_with, TestApp};

const N: usize = 3000;

/// Reads outputs until every id in `want` was seen at least once; returns how many
/// outputs were read (duplicates included).
async fn collect_all(
    app: &mut TestApp,
    want: &BTreeSet<String>,
    seen: &mut BTreeSet<String>,
) -> usize {
    let mut read = 0;
    while seen.len() < want.len() {
        let v = app.next_enriched().await.json();
        let id = v["id"].as_str().unwrap().to_owned();
        assert!(want.contains(&id), "unexpected output {id}");
        seen.insert(id);
        read += 1;
    }
    read
}

fn ids(prefix: &str) -> BTreeSet<String> {
    (0..N).map(|i| format!("{prefix}-{i}")).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connection_force_closed_mid_stream_loses_nothing() {
    let mut app = spawn_app_with(|c| {
        c.reconnect_min_delay = Duration::from_millis(50);
        c.reconnect_max_delay = Duration::from_millis(500);
    })
    .await;
    let mut readiness = app.readiness();
    app.publish_articles(&sample_articles("fc", N)).await;

    let mut seen = BTreeSet::new();
    for _ in 0..200 {
        seen.insert(
            app.next_enriched().await.json()["id"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    assert_eq!(
        app.close_service_connection().await,
        1,
        "exactly the service's connection is closed"
    );
    tokio::time::timeout(Duration::from_secs(10), readiness.wait_not_ready())
        .await
        .expect("the service noticed the closed connection");
    tokio::time::timeout(Duration::from_secs(30), readiness.wait_ready())
        .await
        .expect("the service reconnected and consumes again");

    let read = collect_all(&mut app, &ids("fc"), &mut seen).await;
    eprintln!(
        "{} outputs after the disruption for {} remaining ids",
        read,
        N - 200
    );
    let m = parse_metrics(&app.scrape_metrics().await);
    assert!(
        m.get("enricher_broker_reconnects_total")
            .copied()
            .unwrap_or(0.0)
            >= 1.0,
        "{m:?}"
    );
    app.finish().await;
}

async fn send_sigterm(child: &tokio::process::Child) {
    let pid = child.id().expect("child is running");
    let status = tokio::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .await
        .expect("run kill");
    assert!(status.success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_mid_stream_exits_0_and_loses_nothing() {
    let mut app = TestApp::without_service().await;
    app.publish_articles(&sample_articles("term", N)).await;

    let mut child = app.spawn_process();
    app.wait_for_consumers(1).await;
    let mut seen = BTreeSet::new();
    for _ in 0..200 {
        seen.insert(
            app.next_enriched().await.json()["id"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    send_sigterm(&child).await;
    let status = tokio::time::timeout(Duration::from_secs(30), child.wait())
        .await
        .expect("enricher serve exits within 30s of SIGTERM")
        .expect("wait");
    assert!(status.success(), "exit status after SIGTERM: {status:?}");
    app.wait_for_consumers(0).await;

    let mut child = app.spawn_process();
    app.wait_for_consumers(1).await;
    collect_all(&mut app, &ids("term"), &mut seen).await;
    send_sigterm(&child).await;
    let status = tokio::time::timeout(Duration::from_secs(30), child.wait())
        .await
        .unwrap()
        .unwrap();
    assert!(status.success(), "second exit status: {status:?}");
    assert_eq!(
        app.queue_depth(&app.topology.input_queue.clone()).await,
        0,
        "nothing left behind"
    );
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_mid_stream_and_restart_loses_nothing() {
    let mut app = TestApp::without_service().await;
    app.publish_articles(&sample_articles("kill", N)).await;

    let mut child = app.spawn_process();
    app.wait_for_consumers(1).await;
    let mut seen = BTreeSet::new();
    for _ in 0..200 {
        seen.insert(
            app.next_enriched().await.json()["id"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    child.kill().await.expect("SIGKILL");
    app.wait_for_consumers(0).await;

    let mut child = app.spawn_process();
    app.wait_for_consumers(1).await;
    collect_all(&mut app, &ids("kill"), &mut seen).await;
    send_sigterm(&child).await;
    let status = tokio::time::timeout(Duration::from_secs(30), child.wait())
        .await
        .unwrap()
        .unwrap();
    assert!(status.success(), "exit status: {status:?}");
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleted_input_queue_is_declared_again_and_consumed() {
    let mut app = spawn_app_with(|c| {
        c.reconnect_min_delay = Duration::from_millis(50);
        c.reconnect_max_delay = Duration::from_millis(500);
    })
    .await;
    let mut readiness = app.readiness();

    app.delete_input_queue().await;
    tokio::time::timeout(Duration::from_secs(10), readiness.wait_not_ready())
        .await
        .expect("the broker's consumer cancel is noticed");
    tokio::time::timeout(Duration::from_secs(30), readiness.wait_ready())
        .await
        .expect("the service declared its queue again and consumes");

    app.publish_article(br#"{"id":"after-delete","body":"Kiew"}"#)
        .await;
    assert_eq!(app.next_enriched().await.json()["id"], "after-delete");
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleted_output_exchange_restarts_the_session_and_nothing_is_lost() {
    let mut app = spawn_app_with(|c| {
        c.reconnect_min_delay = Duration::from_millis(50);
        c.reconnect_max_delay = Duration::from_millis(500);
        c.retry_delay = Duration::from_millis(200);
    })
    .await;
    let mut readiness = app.readiness();

    // Publishing to a deleted exchange makes the broker close the publish channel.
    app.delete_output_exchange().await;
    app.publish_article(br#"{"id":"survivor","body":"Moskau"}"#)
        .await;
    tokio::time::timeout(Duration::from_secs(10), readiness.wait_not_ready())
        .await
        .expect("the closed publish channel ends the session");
    tokio::time::timeout(Duration::from_secs(30), readiness.wait_ready())
        .await
        .expect("a new session declared the output exchange again");

    // The deletion took the test's binding with it; bind again and the article arrives.
    let output_exchange = app.topology.output_exchange.clone();
    let mut out = app.bind_queue_to(&output_exchange).await;
    let got = common::next_from(&mut out, "the article published before the deletion").await;
    assert_eq!(got.json()["id"], "survivor");
    app.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleted_dead_letter_queue_is_declared_again_and_gets_its_dead_letter() {
    let app = spawn_app_with(|c| {
        c.reconnect_min_delay = Duration::from_millis(50);
        c.reconnect_max_delay = Duration::from_millis(500);
        c.retry_delay = Duration::from_millis(100);
    })
    .await;
    let mut readiness = app.readiness();
    let dlq = app.topology.dead_letter_queue.clone();

    app.delete_queue(&dlq).await;
    app.publish_article(b"{not json").await;
    tokio::time::timeout(Duration::from_secs(10), readiness.wait_not_ready())
        .await
        .expect("the returned dead letter ends the session");
    tokio::time::timeout(Duration::from_secs(30), readiness.wait_ready())
        .await
        .expect("a new session declared the dead-letter queue again");

    let mut dead = app.consume(&dlq).await;
    let got = common::next_from(&mut dead, "the dead letter after the re-declare").await;
    assert_eq!(got.data, b"{not json");
    assert_eq!(
        got.header_text("x-enricher-error").as_deref(),
        Some("invalid_json")
    );
    app.finish().await;
}
