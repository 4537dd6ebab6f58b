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
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

use enricher::amqp::{connect_any, AmqpUrls, QueueType, TlsConfig, Topology};
use futures_util::StreamExt;
use lapin::options::{
    BasicPublishOptions, ConfirmSelectOptions, ExchangeDeleteOptions, QueueBindOptions,
    QueueDeclareOptions, QueueDeleteOptions,
};
use lapin::types::{AMQPValue, FieldTable};
use lapin::{BasicProperties, Connection};

const RABBITMQ_SERVER: &str = "/usr/lib/rabbitmq/bin/rabbitmq-server";
const NODES: [u16; 3] = [5691, 5692, 5693];

/// One cluster at a time in this process (fixed ports).
static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

fn script() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../scripts/cluster.sh")
}

fn cluster_sh(args: &[&str]) -> String {
    cluster_sh_with(args, None)
}

/// Runs the script, with node 1's TLS listener when `tls_dir` holds the certificates.
fn cluster_sh_with(args: &[&str], tls_dir: Option<&std::path::Path>) -> String {
    let mut cmd = Command::new("bash");
    if let Some(dir) = tls_dir {
        cmd.env("ENRICHER_CLUSTER_TLS_DIR", dir);
    }
    let out = cmd
        .arg(script())
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run scripts/cluster.sh");
    assert!(
        out.status.success(),
        "cluster.sh {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The running cluster; `Drop` stops every node and removes its data.
struct Cluster;

impl Cluster {
    /// Starts `n` nodes, or `None` (after saying why) where RabbitMQ is not installed.
    fn up(n: usize) -> Option<Cluster> {
        Cluster::up_with(n, None)
    }

    /// Same as [`Cluster::up`], node 1 with a TLS listener on 5696.
    fn up_with(n: usize, tls_dir: Option<&std::path::Path>) -> Option<Cluster> {
        if !std::path::Path::new(RABBITMQ_SERVER).exists() {
            eprintln!("SKIPPED: RabbitMQ is not installed ({RABBITMQ_SERVER} missing)");
            return None;
        }
        // The guard exists before the nodes do, so a failed start is cleaned up too.
        let cluster = Cluster;
        cluster_sh_with(&["up", &n.to_string()], tls_dir);
        Some(cluster)
    }

    fn urls(&self) -> String {
        NODES
            .iter()
            .map(|p| format!("amqp://guest:guest@127.0.0.1:{p}/%2f"))
            .collect::<Vec<_>>()
            .join(",")
    }

    fn stop_node(&self, i: usize) {
        cluster_sh(&["stop-node", &i.to_string()]);
    }

    fn start_node(&self, i: usize) {
        cluster_sh(&["start-node", &i.to_string()]);
    }

    /// `rabbitmqctl -q --no-table-headers ARGS` on the first node that answers.
    fn ctl(&self, args: &[&str]) -> String {
        for i in 1..=NODES.len() {
            let out = Command::new("bash")
                .arg(script())
                .args(["ctl", &i.to_string(), "-q", "--no-table-headers"])
                .args(args)
                .stdin(Stdio::null())
                .output()
                .unwrap();
            if out.status.success() {
                return String::from_utf8_lossy(&out.stdout).into_owned();
            }
        }
        panic!("no node answers rabbitmqctl {args:?}");
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = Command::new("bash")
            .arg(script())
            .arg("down")
            .stdin(Stdio::null())
            .status();
    }
}

async fn connect(urls: &str) -> Connection {
    let urls: AmqpUrls = urls.parse().unwrap();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(120);
    loop {
        match connect_any(&urls, 0, "enricher cluster test", &TlsConfig::default()).await {
            Ok((conn, _)) => return conn,
            Err(err) if tokio::time::Instant::now() < deadline => {
                eprintln!("test connection: {err}; retrying");
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
            Err(err) => panic!("no cluster node answers: {err}"),
        }
    }
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

fn quorum() -> FieldTable {
    let mut args = FieldTable::default();
    args.insert(
        "x-queue-type".into(),
        AMQPValue::LongString("quorum".into()),
    );
    args
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
    let suffix = format!("cluster-{:016x}", fastrand::u64(..));
    let topology = Topology {
        input_exchange: format!("news.raw.{suffix}"),
        input_queue: format!("enricher.raw.{suffix}"),
        queue_type: QueueType::Quorum,
        output_exchange: format!("news.enriched.{suffix}"),
        tags_exchange: Topology::tags_exchange_for(&format!("news.enriched.{suffix}")),
        dead_letter_queue: format!("enricher.dead.{suffix}"),
    };
    let out_queue = format!("test.out.{suffix}");

    // Arrange: topology, a quorum output queue, N articles in the input queue; all
    // declared through node 2, so that node 2 leads the queues.
    let conn = connect("amqp://guest:guest@127.0.0.1:5692/%2f").await;
    let ch = conn.create_channel().await.unwrap();
    topology.declare(&ch).await.unwrap();
    ch.queue_declare(
        out_queue.as_str().into(),
        QueueDeclareOptions::durable(),
        quorum(),
    )
    .await
    .unwrap();
    ch.queue_bind(
        out_queue.as_str().into(),
        topology.output_exchange.as_str().into(),
        "#".into(),
        QueueBindOptions::default(),
        FieldTable::default(),
    )
    .await
    .unwrap();
    ch.confirm_select(ConfirmSelectOptions::default())
        .await
        .unwrap();
    let mut confirms = Vec::with_capacity(N);
    for i in 0..N {
        confirms.push(
            ch.basic_publish(
                topology.input_exchange.as_str().into(),
                "article".into(),
                BasicPublishOptions {
                    mandatory: true,
                    ..Default::default()
                },
                &article(i),
                BasicProperties::default().with_delivery_mode(2),
            )
            .await
            .unwrap(),
        );
    }
    for c in confirms {
        assert!(c.await.unwrap().is_ack());
    }
    let _ = conn.close(200, "ok".into()).await;

    // Act: the service on all three addresses; stop its node, then the queue's leader.
    let name = format!("enricher serve {suffix}");
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_enricher"))
        .arg("serve")
        .env("AMQP_URL", &urls)
        .env("ENRICHER_INPUT_EXCHANGE", &topology.input_exchange)
        .env("ENRICHER_INPUT_QUEUE", &topology.input_queue)
        .env("ENRICHER_OUTPUT_EXCHANGE", &topology.output_exchange)
        .env("ENRICHER_DEAD_LETTER_QUEUE", &topology.dead_letter_queue)
        .env("ENRICHER_PREFETCH", PREFETCH.to_string())
        .env("ENRICHER_RECONNECT_MAX_DELAY", "2s")
        .env("ENRICHER_METRICS_ADDR", "127.0.0.1:0")
        .env("ENRICHER_CONNECTION_NAME", &name)
        .env_remove("ENRICHER_TAGS_EXCHANGE")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(if std::env::var_os("TEST_LOG").is_some() {
            Stdio::inherit()
        } else {
            Stdio::null()
        })
        .kill_on_drop(true)
        .spawn()
        .unwrap();

    // The service uses the first address that answers: node 1. The input queue was
    // declared through node 2, which leads it (the declaring node leads a new quorum
    // queue). No rabbitmqctl round trips on the way: they take minutes on a busy machine.
    let mut faults = 0;
    let before = wait_depth(&urls, &out_queue, (N / 100) as u32).await;
    eprintln!("stopping enr1 (the service's node) at {before} outputs");
    cluster.stop_node(1);
    faults += 1;
    let during = depth(&urls, &out_queue).await;
    assert!(
        (during as usize) < N,
        "the stream ended before the first fault"
    );
    // The service goes on through another node.
    wait_depth(&urls, &out_queue, during + 200.min((N as u32) - during)).await;
    cluster.start_node(1);

    let progress = depth(&urls, &out_queue).await;
    if (progress as usize) < N {
        eprintln!("stopping enr2 (the input queue's leader) at {progress} outputs");
        cluster.stop_node(2);
        faults += 1;
        wait_depth(&urls, &out_queue, progress + 100.min((N as u32) - progress)).await;
        cluster.start_node(2);
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
    for q in [
        &topology.input_queue,
        &topology.dead_letter_queue,
        &out_queue,
    ] {
        let _ = ch
            .queue_delete(q.as_str().into(), QueueDeleteOptions::default())
            .await;
    }
    for x in [
        &topology.input_exchange,
        &topology.output_exchange,
        &topology.tags_exchange,
    ] {
        let _ = ch
            .exchange_delete(x.as_str().into(), ExchangeDeleteOptions::default())
            .await;
    }
    let _ = conn.close(200, "ok".into()).await;
    drop(cluster);
}

/// Writes a CA, a server certificate for 127.0.0.1 and a client certificate signed by
/// it, and a second CA that signed nothing, with the openssl command line.
fn make_certificates(dir: &std::path::Path) {
    let sh = |script: &str| {
        let out = Command::new("bash")
            .args(["-euo", "pipefail", "-c", script])
            .current_dir(dir)
            .output()
            .expect("run openssl");
        assert!(
            out.status.success(),
            "{script}: {}",
            String::from_utf8_lossy(&out.stderr)
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
    let conn = connect("amqp://guest:guest@127.0.0.1:5691/%2f").await;
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
    ch.queue_declare(
        exchange.as_str().into(),
        QueueDeclareOptions::default(),
        FieldTable::default(),
    )
    .await
    .unwrap();
    ch.queue_bind(
        exchange.as_str().into(),
        exchange.as_str().into(),
        "#".into(),
        QueueBindOptions::default(),
        FieldTable::default(),
    )
    .await
    .unwrap();
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
    assert_eq!(
        depth("amqp://guest:guest@127.0.0.1:5691/%2f", &exchange).await,
        1
    );

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
        let consumers = cluster.ctl(&["list_queues", "name", "consumers"]);
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
