//! Broker plumbing shared by the tests (through `common`), the end-to-end benchmark and
//! the chaos run (`services/enricher/examples/*.rs` include this file with `#[path]`):
//! fresh topology names, a queue declared and bound in one call, confirmed publishing,
//! deleting what a run declared, and the `enricher serve` command line for a topology.
//!
//! Nothing here knows which binary it runs in (no `CARGO_BIN_EXE_*`): callers pass the
//! service binary.
#![allow(dead_code, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use enricher::amqp::{QueueType, Topology};
use futures_util::StreamExt;
use lapin::options::{
    BasicConsumeOptions, BasicPublishOptions, ExchangeDeleteOptions, QueueBindOptions,
    QueueDeclareOptions, QueueDeleteOptions,
};
use lapin::types::{AMQPValue, FieldTable};
use lapin::{BasicProperties, Channel, Connection, Consumer};

/// Confirms awaited together when publishing many messages.
const CONFIRM_WINDOW: usize = 1000;

/// `<prefix>-<16 random hex digits>`: the suffix of one run's names.
pub fn random_suffix(prefix: &str) -> String {
    format!("{prefix}-{:016x}", fastrand::u64(..))
}

/// The contract's names with `.<suffix>` appended; the tags exchange is named after the
/// output exchange, as the service does by default.
pub fn topology(suffix: &str, queue_type: QueueType) -> Topology {
    let output_exchange = format!("news.enriched.{suffix}");
    Topology {
        input_exchange: format!("news.raw.{suffix}"),
        input_queue: format!("enricher.raw.{suffix}"),
        queue_type,
        tags_exchange: Topology::tags_exchange_for(&output_exchange),
        output_exchange,
        dead_letter_queue: format!("enricher.dead.{suffix}"),
    }
}

/// Queue arguments of a quorum queue.
pub fn quorum() -> FieldTable {
    let mut args = FieldTable::default();
    args.insert(
        "x-queue-type".into(),
        AMQPValue::LongString("quorum".into()),
    );
    args
}

/// Declares `queue` (with `options` and `arguments`) and binds it to `exchange` with
/// `routing_key` and `binding` arguments (headers exchanges match on those); the error
/// names the failed step and carries the broker's reply.
pub async fn declare_bound_queue(
    ch: &Channel,
    queue: &str,
    options: QueueDeclareOptions,
    arguments: FieldTable,
    exchange: &str,
    routing_key: &str,
    binding: FieldTable,
) -> Result<(), String> {
    ch.queue_declare(queue.into(), options, arguments)
        .await
        .map_err(|e| format!("declare queue {queue}: {e}"))?;
    ch.queue_bind(
        queue.into(),
        exchange.into(),
        routing_key.into(),
        QueueBindOptions::default(),
        binding,
    )
    .await
    .map_err(|e| format!("bind queue {queue} to {exchange}: {e}"))?;
    Ok(())
}

/// Declares topology `t` and `out_queue`, a durable quorum queue bound to its output
/// exchange with `#` (outputs survive the loss of a cluster node).
pub async fn declare_with_quorum_output(ch: &Channel, t: &Topology, out_queue: &str) {
    t.declare(ch).await.expect("declare the topology");
    declare_bound_queue(
        ch,
        out_queue,
        QueueDeclareOptions::durable(),
        quorum(),
        &t.output_exchange,
        "#",
        FieldTable::default(),
    )
    .await
    .unwrap_or_else(|e| panic!("{e}"));
}

/// A no-ack consumer on an existing queue.
///
/// # Panics
///
/// When the broker refuses it ([`try_consume_no_ack`] says why instead).
pub async fn consume_no_ack(ch: &Channel, queue: &str) -> Consumer {
    try_consume_no_ack(ch, queue)
        .await
        .unwrap_or_else(|e| panic!("{e}"))
}

/// [`consume_no_ack`], with the broker's reply as the error.
pub async fn try_consume_no_ack(ch: &Channel, queue: &str) -> Result<Consumer, String> {
    ch.basic_consume(
        queue.into(),
        "".into(),
        BasicConsumeOptions {
            no_ack: true,
            ..Default::default()
        },
        FieldTable::default(),
    )
    .await
    .map_err(|e| format!("consume {queue}: {e}"))
}

/// `(ready messages, consumers)` of `queue`, asked on a new channel of `conn`.
pub async fn queue_counts(conn: &Connection, queue: &str) -> lapin::Result<(u32, u32)> {
    let ch = conn.create_channel().await?;
    let q = ch
        .queue_declare(
            queue.into(),
            QueueDeclareOptions {
                passive: true,
                ..Default::default()
            },
            FieldTable::default(),
        )
        .await?;
    let _ = ch.close(200, "ok".into()).await;
    Ok((q.message_count(), q.consumer_count()))
}

/// Messages currently ready in `queue`, asked on a new channel of `conn`.
pub async fn queue_depth_on(conn: &Connection, queue: &str) -> u32 {
    queue_counts(conn, queue).await.expect("passive declare").0
}

/// Persistent JSON, as scrapers publish.
pub fn article_properties() -> BasicProperties {
    BasicProperties::default()
        .with_content_type("application/json".into())
        .with_delivery_mode(2)
}

/// Publishes every body to `exchange` (routing key `article`, mandatory, persistent
/// JSON) on a channel in confirm mode, up to [`CONFIRM_WINDOW`] confirms in flight.
///
/// # Panics
///
/// When a publish fails, the broker nacks one or returns it unroutable, or a confirm
/// takes longer than 60 s ([`try_publish_confirmed`] says which instead).
pub async fn publish_confirmed<B: AsRef<[u8]>>(ch: &Channel, exchange: &str, bodies: &[B]) {
    try_publish_confirmed(ch, exchange, bodies)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
}

/// [`publish_confirmed`], with what went wrong (and at which message) as the error; a
/// closed connection or channel is an error, not a panic.
pub async fn try_publish_confirmed<B: AsRef<[u8]>>(
    ch: &Channel,
    exchange: &str,
    bodies: &[B],
) -> Result<(), String> {
    let mut pending = futures_util::stream::FuturesUnordered::new();
    let settle = |c: Option<lapin::Result<lapin::Confirmation>>| -> Result<(), String> {
        let c = c
            .ok_or("a pending confirm is missing")?
            .map_err(|e| format!("confirm: {e}"))?;
        if !c.is_ack() {
            return Err("input nacked".into());
        }
        if c.take_message().is_some() {
            return Err("input returned unroutable".into());
        }
        Ok(())
    };
    for (i, body) in bodies.iter().enumerate() {
        let confirm = ch
            .basic_publish(
                exchange.into(),
                "article".into(),
                BasicPublishOptions {
                    mandatory: true,
                    ..Default::default()
                },
                body.as_ref(),
                article_properties(),
            )
            .await
            .map_err(|e| format!("basic.publish of message {i} to {exchange}: {e}"))?;
        pending.push(confirm);
        if pending.len() >= CONFIRM_WINDOW {
            settle(wait_confirm(&mut pending).await?)?;
        }
    }
    while !pending.is_empty() {
        settle(wait_confirm(&mut pending).await?)?;
    }
    Ok(())
}

async fn wait_confirm(
    pending: &mut futures_util::stream::FuturesUnordered<lapin::PublisherConfirm>,
) -> Result<Option<lapin::Result<lapin::Confirmation>>, String> {
    tokio::time::timeout(Duration::from_secs(60), pending.next())
        .await
        .map_err(|_| "no confirm within 60 s".to_owned())
}

/// Deletes `queues`, then `exchanges` (missing ones are fine), on a new channel.
pub async fn delete_all<Q: AsRef<str>, X: AsRef<str>>(
    conn: &Connection,
    queues: &[Q],
    exchanges: &[X],
) {
    let Ok(ch) = conn.create_channel().await else {
        return;
    };
    for q in queues {
        let _ = ch
            .queue_delete(q.as_ref().into(), QueueDeleteOptions::default())
            .await;
    }
    for x in exchanges {
        let _ = ch
            .exchange_delete(x.as_ref().into(), ExchangeDeleteOptions::default())
            .await;
    }
    let _ = ch.close(200, "ok".into()).await;
}

/// Deletes a topology's queues and exchanges plus the run's own `queues` and
/// `exchanges`.
pub async fn delete_topology(
    conn: &Connection,
    t: &Topology,
    queues: &[String],
    exchanges: &[String],
) {
    let queues: Vec<&str> = queues
        .iter()
        .map(String::as_str)
        .chain([t.input_queue.as_str(), t.dead_letter_queue.as_str()])
        .collect();
    let exchanges: Vec<&str> = exchanges
        .iter()
        .map(String::as_str)
        .chain([
            t.tags_exchange.as_str(),
            t.output_exchange.as_str(),
            t.input_exchange.as_str(),
        ])
        .collect();
    delete_all(conn, &queues, &exchanges).await;
}

/// The `enricher` binary beside the running example (`target/release/examples/X` ->
/// `target/release/enricher`), or `ENRICHER_BIN`.
pub fn sibling_service_bin() -> PathBuf {
    std::env::var_os("ENRICHER_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            let exe = std::env::current_exe().unwrap();
            exe.parent().unwrap().parent().unwrap().join("enricher")
        })
}

/// `bin serve` on topology `t` at `amqp_url` (one URL or a comma-separated list), named
/// `connection_name` (so that exactly its connection can be closed), metrics on port 0,
/// killed when dropped. Its logs go to stderr only when `TEST_LOG` is set; callers add
/// or override variables on the returned command.
pub fn serve_command(
    bin: &Path,
    amqp_url: &str,
    t: &Topology,
    connection_name: &str,
) -> tokio::process::Command {
    let mut cmd = tokio::process::Command::new(bin);
    cmd.arg("serve")
        .env("AMQP_URL", amqp_url)
        .env_remove("AMQP_URL_FILE")
        .env("ENRICHER_INPUT_EXCHANGE", &t.input_exchange)
        .env("ENRICHER_INPUT_QUEUE", &t.input_queue)
        .env("ENRICHER_OUTPUT_EXCHANGE", &t.output_exchange)
        .env("ENRICHER_TAGS_EXCHANGE", &t.tags_exchange)
        .env("ENRICHER_DEAD_LETTER_QUEUE", &t.dead_letter_queue)
        .env("ENRICHER_QUEUE_TYPE", t.queue_type.as_str())
        .env("ENRICHER_METRICS_ADDR", "127.0.0.1:0")
        .env("ENRICHER_CONNECTION_NAME", connection_name)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(if std::env::var_os("TEST_LOG").is_some() {
            Stdio::inherit()
        } else {
            Stdio::null()
        })
        .kill_on_drop(true);
    cmd
}
