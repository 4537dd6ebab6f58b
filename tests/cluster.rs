//! `enricher serve` against a three-node RabbitMQ cluster on this machine
//! (`scripts/cluster.sh`: nodes enr1..3@localhost on 5691-5693, beside the broker on
//! 5672): the node the service is connected to is stopped mid-stream, then the node that
//! leads the input queue; every article comes out, duplicates stay bounded, and the
//! service process is never restarted.
//!
//! Its own test binary, one test at a time (a lock), because it stops broker nodes. Each
//! test starts the cluster and tears it down again, also when it fails. Skipped, with a
//! message, only where RabbitMQ is not installed.
//!
//! Run: `cargo test -p enricher --test cluster`.
#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use common::broker;
use common::cluster::{connect_retrying, node_url, Cluster};
use enricher::amqp::QueueType;
use futures_util::StreamExt;
use lapin::options::{ConfirmSelectOptions, QueueDeclareOptions};
use lapin::types::FieldTable;
use lapin::Connection;

/// One cluster at a time in this process (fixed ports).
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

async fn connect(urls: &str) -> Connection {
    connect_retrying(urls, 0, "enricher cluster test").await
}

/// Messages ready in `queue`, asked through a fresh connection to a node that answers.
async fn depth(urls: &str, queue: &str) -> u32 {
    let conn = connect(urls).await;
    let n = common::queue_depth_on(&conn, queue).await;
    let _ = conn.close(200, "ok".into()).await;
    n
}

/// Waits until `queue` holds at least `n` messages.
async fn wait_depth(urls: &str, queue: &str, n: u32) -> u32 {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(600);
    loop {
        let d = depth(urls, queue).await;
        if d >= n {
            return d;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "{queue} stuck at {d} < {n}"
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

fn article(i: usize) -> Vec<u8> {
    format!(
        r#"{{"id":"fo-{i}","lang":"en","title":"Report {i}","body":"North Korea and South Korea held talks in Seoul while Russia watched; the missile tests went on."}}"#
    )
    .into_bytes()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failover_between_nodes_loses_nothing_and_the_process_lives_on() {
    let _serial = ONE_AT_A_TIME.lock().await;
    let Some(cluster) = Cluster::up(3) else {
        return;
    };
    let urls = cluster.urls();
    // Large enough that the stream outlasts both faults on an idle machine (the service
    // drains a few thousand a second; stopping a node takes seconds).
    const N: usize = 20_000;
    const PREFETCH: u16 = 20;
    let suffix = broker::random_suffix("cluster");
    let topology = broker::topology(&suffix, QueueType::Quorum);
    let out_queue = format!("test.out.{suffix}");

    // Arrange: topology, a quorum output queue, N articles in the input queue; all
    // declared through node 2, so that node 2 leads the queues.
    let conn = connect(&node_url(2)).await;
    let ch = conn.create_channel().await.unwrap();
    broker::declare_with_quorum_output(&ch, &topology, &out_queue).await;
    ch.confirm_select(ConfirmSelectOptions::default())
        .await
        .unwrap();
    let articles: Vec<Vec<u8>> = (0..N).map(article).collect();
    broker::publish_confirmed(&ch, &topology.input_exchange, &articles).await;
    let _ = conn.close(200, "ok".into()).await;

    // Act: the service on all three addresses; stop its node, then the queue's leader.
    let name = format!("enricher serve {suffix}");
    let mut child = broker::serve_command(
        Path::new(env!("CARGO_BIN_EXE_enricher")),
        &urls,
        &topology,
        &name,
    )
    .env("ENRICHER_PREFETCH", PREFETCH.to_string())
    .env("ENRICHER_RECONNECT_MAX_DELAY", "2s")
    .spawn()
    .unwrap();

    // The service uses the first address that answers: node 1. The input queue was
    // declared through node 2, which leads it (the declaring node leads a new quorum
    // queue). No rabbitmqctl round trips on the way: they take minutes on a busy machine.
    let mut faults = 0;
    let before = wait_depth(&urls, &out_queue, (N / 100) as u32).await;
    eprintln!("stopping enr1 (the service's node) at {before} outputs");
    cluster.stop_node(1).await;
    faults += 1;
    let during = depth(&urls, &out_queue).await;
    assert!(
        (during as usize) < N,
        "the stream ended before the first fault"
    );
    // The service goes on through another node.
    wait_depth(&urls, &out_queue, during + 200.min((N as u32) - during)).await;
    cluster.start_node(1).await;

    let progress = depth(&urls, &out_queue).await;
    if (progress as usize) < N {
        eprintln!("stopping enr2 (the input queue's leader) at {progress} outputs");
        cluster.stop_node(2).await;
        faults += 1;
        wait_depth(&urls, &out_queue, progress + 100.min((N as u32) - progress)).await;
        cluster.start_node(2).await;
    }

    // Assert: every article came out, duplicates bounded by what was in flight at each
    // fault, and the process is the one we started.
    let conn = connect(&urls).await;
    let ch = conn.create_channel().await.unwrap();
    let mut outputs = common::consume_no_ack(&ch, &out_queue).await;
    let mut seen: BTreeMap<String, u32> = BTreeMap::new();
    while seen.len() < N {
        let d = tokio::time::timeout(Duration::from_secs(300), outputs.next())
            .await
            .unwrap_or_else(|_| panic!("only {} of {N} articles came out", seen.len()))
            .unwrap()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&d.data).unwrap();
        *seen
            .entry(v["id"].as_str().unwrap().to_owned())
            .or_default() += 1;
    }
    // Anything still queued is a duplicate too.
    while let Ok(Some(Ok(d))) = tokio::time::timeout(Duration::from_secs(2), outputs.next()).await {
        let v: serde_json::Value = serde_json::from_slice(&d.data).unwrap();
        *seen
            .entry(v["id"].as_str().unwrap().to_owned())
            .or_default() += 1;
    }
    let duplicates: u32 = seen.values().map(|n| n - 1).sum();
    eprintln!("{N} articles, {faults} faults, {duplicates} duplicates");
    assert_eq!(seen.len(), N, "every article came out");
    assert!(
        duplicates <= u32::from(PREFETCH) * 2 * faults,
        "{duplicates} duplicates for {faults} faults at prefetch {PREFETCH}"
    );
    assert!(
        child.try_wait().unwrap().is_none(),
        "the service process ended"
    );
    child.kill().await.unwrap();

    // Leave the cluster clean (it is torn down anyway).
    broker::delete_topology(&conn, &topology, &[out_queue], &[]).await;
    let _ = conn.close(200, "ok".into()).await;
    drop(cluster);
}

/// Writes a CA, a server certificate for 127.0.0.1 and a client certificate signed by
/// it, and a second CA that signed nothing, with the openssl command line.
fn make_certificates(dir: &std::path::Path) {
    let sh = |script: &str| {
        common::run_ok(
            Command::new("bash")
                .args(["-euo", "pipefail", "-c", script])
                .current_dir(dir),
            script,
        );
    };
    sh("openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj '/CN=enricher test CA' 2>/dev/null");
    sh("openssl req -x509 -newkey rsa:2048 -nodes -keyout other-ca.key -out other-ca.pem -days 2 -subj '/CN=some other CA' 2>/dev/null");
    for (name, ext) in [
        (
            "server",
            "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth",
        ),
        ("client", "extendedKeyUsage=clientAuth"),
    ] {
        std::fs::write(
            dir.join(format!("{name}.ext")),
            format!(
                "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n{ext}\n"
            ),
        )
        .unwrap();
        sh(&format!(
            "openssl req -newkey rsa:2048 -nodes -keyout {name}.key -out {name}.csr -subj '/CN={name}' 2>/dev/null && \
             openssl x509 -req -in {name}.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out {name}.pem -days 2 -extfile {name}.ext 2>/dev/null"
        ));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn amqps_with_a_custom_ca_and_client_certificate_and_a_wrong_ca_fails_clearly() {
    let _serial = ONE_AT_A_TIME.lock().await;
    if Command::new("openssl").arg("version").output().is_err() {
        eprintln!("SKIPPED: the openssl command is not installed");
        return;
    }
    let dir = std::env::temp_dir().join(format!("enricher-tls-{:016x}", fastrand::u64(..)));
    std::fs::create_dir_all(&dir).unwrap();
    make_certificates(&dir);
    let Some(cluster) = Cluster::up_with(1, Some(&dir)) else {
        return;
    };

    // A queue bound to the exchange `publish` sends to, so that its lines are routed.
    let exchange = format!("news.raw.tls-{:016x}", fastrand::u64(..));
    let conn = connect(&node_url(1)).await;
    let ch = conn.create_channel().await.unwrap();
    ch.exchange_declare(
        exchange.as_str().into(),
        lapin::ExchangeKind::Topic,
        lapin::options::ExchangeDeclareOptions {
            durable: true,
            ..Default::default()
        },
        FieldTable::default(),
    )
    .await
    .unwrap();
    broker::declare_bound_queue(
        &ch,
        &exchange,
        QueueDeclareOptions::default(),
        FieldTable::default(),
        &exchange,
        "#",
        FieldTable::default(),
    )
    .await
    .unwrap_or_else(|e| panic!("{e}"));
    let input = dir.join("in.ndjson");
    std::fs::write(&input, article(1)).unwrap();

    let publish = |ca: &str, with_client_cert: bool| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_enricher"));
        cmd.args(["publish", "--exchange", &exchange])
            .arg(&input)
            .env("AMQP_URL", "amqps://guest:guest@127.0.0.1:5696/%2f")
            .env("ENRICHER_TLS_CA_FILE", dir.join(ca))
            .env_remove("AMQP_URL_FILE")
            .stdin(Stdio::null());
        if with_client_cert {
            cmd.env("ENRICHER_TLS_CERT_FILE", dir.join("client.pem"))
                .env("ENRICHER_TLS_KEY_FILE", dir.join("client.key"));
        }
        cmd.output().unwrap()
    };

    let ok = publish("ca.pem", true);
    assert!(
        ok.status.success(),
        "publish over TLS: {}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert_eq!(depth(&node_url(1), &exchange).await, 1);

    let wrong_ca = publish("other-ca.pem", true);
    let err = String::from_utf8_lossy(&wrong_ca.stderr);
    assert!(!wrong_ca.status.success());
    assert!(
        err.contains("cannot connect to amqps://guest:***@127.0.0.1:5696")
            && err.contains("certificate"),
        "a wrong CA fails clearly: {err}"
    );

    let no_client_cert = publish("ca.pem", false);
    assert!(
        !no_client_cert.status.success(),
        "the broker asks for a client certificate"
    );

    // `serve` over TLS consumes.
    let mut serve = tokio::process::Command::new(env!("CARGO_BIN_EXE_enricher"))
        .arg("serve")
        .env("AMQP_URL", "amqps://guest:guest@127.0.0.1:5696/%2f")
        .env("ENRICHER_TLS_CA_FILE", dir.join("ca.pem"))
        .env("ENRICHER_TLS_CERT_FILE", dir.join("client.pem"))
        .env("ENRICHER_TLS_KEY_FILE", dir.join("client.key"))
        .env("ENRICHER_INPUT_EXCHANGE", &exchange)
        .env("ENRICHER_INPUT_QUEUE", format!("{exchange}.in"))
        .env("ENRICHER_QUEUE_TYPE", "classic")
        .env("ENRICHER_METRICS_ADDR", "127.0.0.1:0")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(120);
    loop {
        let consumers = cluster.list("queues", &["name", "consumers"]).await;
        let consuming = consumers.lines().any(|l| l == format!("{exchange}.in\t1"));
        if consuming {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "serve over TLS never consumed: {consumers}"
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    serve.kill().await.unwrap();
    let _ = conn.close(200, "ok".into()).await;
    drop(cluster);
    let _ = std::fs::remove_dir_all(&dir);
}
