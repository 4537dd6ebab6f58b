//! End-to-end throughput of `enricher serve` against the real broker.
//!
//! For each prefetch value: fresh random topology, N copies of the German sample
//! article (unique ids, persistent) published to the input exchange, then the service
//! (in this process, the real `App`) drains the queue while a no-ack consumer counts
//! the outputs. Reports msg/s from service start to the N-th output ("drain"), and in
//! `--live` mode with the publisher running at the same time.
//!
//! ```text
//! cargo run --release -p enricher --example e2e_bench -- [--n 20000] [--prefetch 50,100,200,500]
//!     [--queue-type quorum|classic] [--live] [--rounds 2] [--relay]
//! ```
//! `--relay` measures a bare relay instead (consume, republish unchanged with confirms,
//! ack in batches of 50): the ceiling on this machine at this moment, to compare with.
//! ```text
//! ```
//! Needs the broker at AMQP_URL (default amqp://guest:guest@127.0.0.1:5672/%2f).
#![allow(clippy::unwrap_used)]

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use enricher::amqp::{QueueType, Topology};
use enricher::app::{App, Config};
use futures_util::StreamExt;
use lapin::options::*;
use lapin::types::FieldTable;
use lapin::{BasicProperties, Connection, ConnectionProperties};

const SAMPLE: &str = include_str!("../../../samples/nordkorea-de.json");

struct Args {
    n: usize,
    prefetch: Vec<u16>,
    queue_type: QueueType,
    live: bool,
    rounds: usize,
    relay: bool,
}

fn parse_args() -> Args {
    let mut args = Args {
        n: 20_000,
        prefetch: vec![50, 100, 200, 500],
        queue_type: QueueType::Quorum,
        live: false,
        rounds: 1,
        relay: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--n" => args.n = it.next().unwrap().parse().unwrap(),
            "--prefetch" => {
                args.prefetch = it
                    .next()
                    .unwrap()
                    .split(',')
                    .map(|p| p.parse().unwrap())
                    .collect()
            }
            "--queue-type" => args.queue_type = it.next().unwrap().parse().unwrap(),
            "--live" => args.live = true,
            "--rounds" => args.rounds = it.next().unwrap().parse().unwrap(),
            "--relay" => args.relay = true,
            other => panic!("unknown argument {other}"),
        }
    }
    args
}

fn amqp_url() -> String {
    std::env::var("AMQP_URL").unwrap_or_else(|_| "amqp://guest:guest@127.0.0.1:5672/%2f".into())
}

fn articles(n: usize) -> Vec<Vec<u8>> {
    let base: serde_json::Value = serde_json::from_str(SAMPLE).unwrap();
    (0..n)
        .map(|i| {
            let mut a = base.clone();
            a["id"] = format!("bench-{i}").into();
            serde_json::to_vec(&a).unwrap()
        })
        .collect()
}

async fn publish_all(channel: &lapin::Channel, exchange: &str, bodies: &[Vec<u8>]) {
    let mut pending = futures_util::stream::FuturesUnordered::new();
    for body in bodies {
        let confirm = channel
            .basic_publish(
                exchange.into(),
                "article".into(),
                BasicPublishOptions {
                    mandatory: true,
                    ..Default::default()
                },
                body,
                BasicProperties::default()
                    .with_content_type("application/json".into())
                    .with_delivery_mode(2),
            )
            .await
            .unwrap();
        pending.push(confirm);
        while pending.len() >= 1000 {
            let c = tokio::time::timeout(Duration::from_secs(60), pending.next()).await;
            assert!(c.expect("confirm within 60 s").unwrap().unwrap().is_ack());
        }
    }
    while let Some(c) = tokio::time::timeout(Duration::from_secs(60), pending.next())
        .await
        .expect("confirm within 60 s")
    {
        assert!(c.unwrap().is_ack());
    }
}

async fn run_once(
    conn: &Connection,
    bodies: &[Vec<u8>],
    prefetch: u16,
    queue_type: QueueType,
    live: bool,
    relay: bool,
) -> f64 {
    let suffix = format!("bench-{:016x}", fastrand::u64(..));
    let topology = Topology {
        input_exchange: format!("news.raw.{suffix}"),
        input_queue: format!("enricher.raw.{suffix}"),
        queue_type,
        output_exchange: format!("news.enriched.{suffix}"),
        tags_exchange: format!("news.enriched.tags.{suffix}"),
        dead_letter_queue: format!("enricher.dead.{suffix}"),
    };
    let ch = conn.create_channel().await.unwrap();
    topology.declare(&ch).await.unwrap();
    let out_q = format!("bench.out.{suffix}");
    ch.queue_declare(
        out_q.as_str().into(),
        QueueDeclareOptions {
            auto_delete: true,
            ..Default::default()
        },
        FieldTable::default(),
    )
    .await
    .unwrap();
    ch.queue_bind(
        out_q.as_str().into(),
        topology.output_exchange.as_str().into(),
        "#".into(),
        Default::default(),
        FieldTable::default(),
    )
    .await
    .unwrap();
    let pub_ch = conn.create_channel().await.unwrap();
    pub_ch.confirm_select(Default::default()).await.unwrap();
    if !live {
        publish_all(&pub_ch, &topology.input_exchange, bodies).await;
    }
    let mut outputs = ch
        .basic_consume(
            out_q.as_str().into(),
            "".into(),
            BasicConsumeOptions {
                no_ack: true,
                ..Default::default()
            },
            FieldTable::default(),
        )
        .await
        .unwrap();

    if relay {
        let started = Instant::now();
        let relay_task = tokio::spawn(bare_relay(topology.clone(), prefetch));
        let mut n = 0;
        while n < bodies.len() {
            match tokio::time::timeout(Duration::from_secs(60), outputs.next()).await {
                Ok(Some(Ok(_))) => n += 1,
                other => panic!("relay output {n} missing: {other:?}"),
            }
        }
        let secs = started.elapsed().as_secs_f64();
        relay_task.abort();
        cleanup(&ch, &topology, &out_q).await;
        return bodies.len() as f64 / secs;
    }
    let config = Config {
        amqp_url: amqp_url().parse().unwrap(),
        connection_name: format!("enricher e2e bench {suffix}"),
        topology: topology.clone(),
        prefetch,
        metrics_addr: SocketAddr::from(([127, 0, 0, 1], 0)),
        ..Config::default()
    };
    let app = App::build(config).await.unwrap();
    let mut ready = app.readiness();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let started = Instant::now();
    let service = tokio::spawn(app.run_until(async move {
        let _ = rx.await;
    }));
    ready.wait_ready().await;
    let publisher = live.then(|| {
        let bodies = bodies.to_vec();
        let exchange = topology.input_exchange.clone();
        let pub_ch = pub_ch.clone();
        tokio::spawn(async move { publish_all(&pub_ch, &exchange, &bodies).await })
    });
    let mut n = 0;
    while n < bodies.len() {
        match tokio::time::timeout(Duration::from_secs(60), outputs.next()).await {
            Ok(Some(Ok(_))) => n += 1,
            other => panic!("output {n} missing: {other:?}"),
        }
    }
    let secs = started.elapsed().as_secs_f64();
    if let Some(p) = publisher {
        p.await.unwrap();
    }
    let _ = tx.send(());
    service.await.unwrap().unwrap();
    cleanup(&ch, &topology, &out_q).await;
    bodies.len() as f64 / secs
}

async fn cleanup(ch: &lapin::Channel, topology: &Topology, out_q: &str) {
    for q in [
        topology.input_queue.as_str(),
        topology.dead_letter_queue.as_str(),
        out_q,
    ] {
        let _ = ch.queue_delete(q.into(), Default::default()).await;
    }
    for e in [
        &topology.tags_exchange,
        &topology.output_exchange,
        &topology.input_exchange,
    ] {
        let _ = ch
            .exchange_delete(e.as_str().into(), Default::default())
            .await;
    }
    // Bounded: a relay round once hung here waiting for close-ok.
    let _ = tokio::time::timeout(Duration::from_secs(5), ch.close(200, "ok".into())).await;
}

/// The ceiling under the same conditions: consume, republish the body unchanged with
/// confirms (many in flight), ack with `multiple` every 50 after the confirms, as in
/// measured-facts' relay. One task per delivery, like the service.
async fn bare_relay(topology: Topology, prefetch: u16) {
    let conn = Connection::connect(
        &amqp_url(),
        ConnectionProperties::default().with_connection_name("enricher bench relay".into()),
    )
    .await
    .unwrap();
    let consume = conn.create_channel().await.unwrap();
    consume
        .basic_qos(prefetch, Default::default())
        .await
        .unwrap();
    let publish = conn.create_channel().await.unwrap();
    publish.confirm_select(Default::default()).await.unwrap();
    let mut consumer = consume
        .basic_consume(
            topology.input_queue.as_str().into(),
            "".into(),
            Default::default(),
            FieldTable::default(),
        )
        .await
        .unwrap();
    let (tx, mut rx) = tokio::sync::mpsc::channel::<u64>(prefetch as usize);
    let acker = consume.clone();
    tokio::spawn(async move {
        let mut done = std::collections::BTreeSet::new();
        let mut contiguous = 0u64;
        let mut acked = 0u64;
        while let Some(tag) = rx.recv().await {
            done.insert(tag);
            while done.remove(&(contiguous + 1)) {
                contiguous += 1;
            }
            if contiguous - acked >= 50 || (rx.is_empty() && contiguous > acked) {
                acker
                    .basic_ack(contiguous, BasicAckOptions { multiple: true })
                    .await
                    .unwrap();
                acked = contiguous;
            }
        }
    });
    while let Some(Ok(d)) = consumer.next().await {
        let (publish, tx, out) = (
            publish.clone(),
            tx.clone(),
            topology.output_exchange.clone(),
        );
        tokio::spawn(async move {
            let c = publish
                .basic_publish(
                    out.as_str().into(),
                    d.routing_key.clone(),
                    BasicPublishOptions {
                        mandatory: true,
                        ..Default::default()
                    },
                    &d.data,
                    d.properties.clone(),
                )
                .await
                .unwrap()
                .await
                .unwrap();
            assert!(c.is_ack());
            let _ = tx.send(d.delivery_tag).await;
        });
    }
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args = parse_args();
    let conn = Connection::connect(
        &amqp_url(),
        ConnectionProperties::default().with_connection_name("enricher e2e bench driver".into()),
    )
    .await
    .expect("broker at AMQP_URL");
    let bodies = articles(args.n);
    let size = bodies[0].len();
    println!(
        "n={} article={}B queue={} mode={}",
        args.n,
        size,
        args.queue_type,
        if args.live {
            "live (publisher concurrent)"
        } else {
            "drain (queue pre-filled)"
        }
    );
    for prefetch in &args.prefetch {
        let mut rates = Vec::new();
        for _ in 0..args.rounds {
            rates.push(
                run_once(
                    &conn,
                    &bodies,
                    *prefetch,
                    args.queue_type,
                    args.live,
                    args.relay,
                )
                .await,
            );
        }
        let shown: Vec<String> = rates.iter().map(|r| format!("{r:.0}")).collect();
        println!("prefetch {prefetch:>4}: {} msg/s", shown.join(" / "));
    }
    let _ = conn.close(200, "ok".into()).await;
}
