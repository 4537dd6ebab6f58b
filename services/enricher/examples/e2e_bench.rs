//! End to end against the real broker: `enricher serve` beside a bare relay, on the same
//! input, queue type and prefetch, in one invocation (`just bench-e2e`).
//!
//! For each queue type, each round and each consumer (the relay, then the service):
//!
//! 1. **Drain.** A fresh random topology of that queue type is pre-filled with `--n`
//!    persistent copies of the German sample article (unique ids). The consumer starts as
//!    its own process (`enricher serve` from `target/release`, or this binary's `relay`
//!    mode) and drains the queue while this process counts the outputs. Reported from the
//!    first output to the last: msg/s, client CPU µs per message (the consumer process's
//!    user + system time from `/proc`), broker CPU µs per message (the `beam.smp`
//!    process's), and the consumer's peak resident memory (`VmHWM`).
//! 2. **Live.** Fresh topology, consumer running, then articles are published at half the
//!    service's median drain rate for `--live-secs`; each carries its send time, and the
//!    latency publish → output received is reported as p50 / p99 / max. `--live-rate R`
//!    skips the drain and runs only this phase, at R msg/s (to compare settings quickly);
//!    `--latency-file F` writes every live message's send time and latency in ms, one per
//!    line, to `F.<relay|service>.<queue type>` (the last round's), to see stalls over time.
//!
//! 3. **Burst**, last, once per queue type. Memory bounded by bytes: the service drains
//!    `--burst` (60) articles of the largest allowed size (`DEFAULT_MAX_MESSAGE_BYTES`,
//!    1 MiB) whose body is nothing but entity names (about 90,000 hits each, cut at the
//!    mention cap in the output), and its peak resident memory is reported.
//!    `--burst 0` skips it, `--burst-only` runs only it.
//!
//! A measurement that fails (the broker closes the connection, an output does not come
//! within 60 s) is printed as `FAILED` with its round, consumer and cause, left out of
//! the medians, and its topology deleted; the driver reconnects and the bench goes on,
//! or stops with a message and exit code 1 when the broker stays unreachable. After
//! deleting quorum queues it waits 2 s before declaring the next ones.
//!
//! Each figure is the median over `--rounds` (of the measurements that succeeded). The
//! bare relay consumes, republishes each body unchanged with publisher confirms (many in
//! flight) and acks with `multiple` every 50 confirmed deliveries (or when idle), one
//! task per delivery: what any consumer on
//! this broker must at least pay.
//!
//! ```text
//! cargo build --release -p enricher --bin enricher --example e2e_bench
//! target/release/examples/e2e_bench [--n 20000] [--rounds 3] [--prefetch 300]
//!     [--queue-types classic,quorum] [--live-secs 10] [--no-live] [--only relay|service]
//!     [--burst 60] [--burst-only] [--live-rate MSG_PER_S] [--latency-file PATH]
//! target/release/examples/e2e_bench --replicas 3 [--n 20000] [--rounds 3] [--queue-types quorum]
//! ```
//! `--replicas K` benchmarks competing consumers instead (`just bench-replicas`): per
//! round, one service and then K services on one input queue, all consuming before the
//! articles are published; total msg/s from the first output to the last, and each
//! replica's share (its own `enricher_messages_published_total`), msg/s and CPU.
//! Needs the broker at AMQP_URL (default amqp://guest:guest@127.0.0.1:5672/%2f) and
//! Linux `/proc`. `ENRICHER_BIN` overrides the service binary.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../../../tests/common/broker.rs"]
mod broker;

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use enricher::amqp::{QueueType, Topology};
use futures_util::StreamExt;
use lapin::options::*;
use lapin::types::FieldTable;
use lapin::{Connection, ConnectionProperties};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::process::{Child, Command};

const SAMPLE: &str = include_str!("../../../samples/nordkorea-de.json");

#[derive(Debug, Clone)]
struct Args {
    n: usize,
    rounds: usize,
    prefetch: u16,
    queue_types: Vec<QueueType>,
    live_secs: f64,
    live: bool,
    only: Option<Kind>,
    burst: usize,
    burst_only: bool,
    /// Competing consumers: drain with 1 and with this many services on one queue.
    replicas: Option<usize>,
    /// Live phase only, at this rate (msg/s), without the drain that would set it.
    live_rate: Option<f64>,
    /// Write each live message's send time and latency (ms) to `<this>.<consumer>.<queue type>`.
    latency_file: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Relay,
    Service,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Relay => "relay",
            Kind::Service => "service",
        }
    }
}

fn parse_args(mut it: impl Iterator<Item = String>) -> Args {
    let mut args = Args {
        n: 20_000,
        rounds: 3,
        prefetch: 300,
        queue_types: vec![QueueType::Classic, QueueType::Quorum],
        live_secs: 10.0,
        live: true,
        only: None,
        burst: 60,
        burst_only: false,
        replicas: None,
        live_rate: None,
        latency_file: None,
    };
    while let Some(a) = it.next() {
        let mut value = || it.next().unwrap_or_else(|| panic!("{a} needs a value"));
        match a.as_str() {
            "--n" => args.n = value().parse().unwrap(),
            "--rounds" => args.rounds = value().parse().unwrap(),
            "--prefetch" => args.prefetch = value().parse().unwrap(),
            "--queue-types" | "--queue-type" => {
                args.queue_types = value().split(',').map(|q| q.parse().unwrap()).collect()
            }
            "--live-secs" => args.live_secs = value().parse().unwrap(),
            "--no-live" => args.live = false,
            "--burst" => args.burst = value().parse().unwrap(),
            "--burst-only" => args.burst_only = true,
            "--replicas" => args.replicas = Some(value().parse().unwrap()),
            "--live-rate" => args.live_rate = Some(value().parse().unwrap()),
            "--latency-file" => args.latency_file = Some(value()),
            "--only" => {
                args.only = Some(match value().as_str() {
                    "relay" => Kind::Relay,
                    "service" => Kind::Service,
                    other => panic!("--only relay|service, not {other}"),
                })
            }
            other => panic!("unknown argument {other}"),
        }
    }
    args
}

fn amqp_url() -> String {
    std::env::var("AMQP_URL").unwrap_or_else(|_| "amqp://guest:guest@127.0.0.1:5672/%2f".into())
}

/// The sample article around its id, without the closing brace: `head + i + tail` and
/// then `}` (drain) or `,"sent_ns":N}` (live).
#[derive(Debug, Clone)]
struct Template {
    head: String,
    tail: String,
}

impl Template {
    fn new() -> Template {
        let mut base: serde_json::Value = serde_json::from_str(SAMPLE).unwrap();
        base["id"] = "bench-#ID#".into();
        let mut s = serde_json::to_string(&base).unwrap();
        assert_eq!(s.pop(), Some('}'));
        let (head, tail) = s.split_once("#ID#").unwrap();
        Template {
            head: head.to_owned(),
            tail: tail.to_owned(),
        }
    }

    fn drain(&self, i: usize) -> Vec<u8> {
        format!("{}{i}{}}}", self.head, self.tail).into_bytes()
    }

    fn live(&self, i: usize, sent_ns: u128) -> Vec<u8> {
        format!("{}{i}{},\"sent_ns\":{sent_ns}}}", self.head, self.tail).into_bytes()
    }
}

/// An article of exactly `size` bytes whose body is entity names and nothing else
/// (countries, organizations and weapons the German sample also names).
fn packed_article(i: usize, size: usize) -> Vec<u8> {
    const NAMES: &str = "Nordkorea, Russland, China, Iran, Ukraine, NATO, Israel, Japan, \
        Frankreich, Deutschland, Südkorea, Pentagon, Raketen, Artilleriegranaten, ";
    let head =
        format!(r#"{{"id":"burst-{i}","lang":"de","title":"Nordkorea und Russland","body":""#);
    let tail = r#""}"#;
    let room = size - head.len() - tail.len();
    let mut body = NAMES.repeat(room / NAMES.len() + 1);
    let mut cut = room;
    while !body.is_char_boundary(cut) {
        cut -= 1;
    }
    body.truncate(cut);
    // Pad a cut inside a multi-byte letter with spaces: exactly `size` bytes.
    body.extend(std::iter::repeat_n(' ', room - cut));
    let article = format!("{head}{body}{tail}").into_bytes();
    assert_eq!(article.len(), size);
    article
}

/// Pause after deleting quorum queues, before the next round declares new ones.
const QUORUM_DELETE_PAUSE: Duration = Duration::from_secs(2);

/// The driver's connection to the broker. When the broker closes it (RabbitMQ 3.10's
/// quorum segment writer crashed once mid-run), the failed measurement is reported, and
/// [`Driver::conn`] opens a new one for the cleanup and the next measurement.
struct Driver {
    conn: Connection,
}

impl Driver {
    async fn connect() -> Result<Driver, String> {
        let conn = Connection::connect(
            &amqp_url(),
            ConnectionProperties::default()
                .with_connection_name("enricher e2e bench driver".into()),
        )
        .await
        .map_err(|e| format!("cannot connect to the broker at AMQP_URL: {e}"))?;
        Ok(Driver { conn })
    }

    /// Reports the failed measurement `what` and its cause, and makes sure the next one
    /// has a connection (the error when the broker stays unreachable).
    async fn failed(&mut self, what: &str, error: &str) -> Result<(), String> {
        println!(
            "  {what}: FAILED, left out of the medians: {error} (load {})",
            load()
        );
        self.conn().await.map(|_| ())
    }

    /// A new channel in confirm mode, for publishing the input.
    async fn confirm_channel(&mut self) -> Result<lapin::Channel, String> {
        let ch = self
            .conn()
            .await?
            .create_channel()
            .await
            .map_err(|e| format!("open the publish channel: {e}"))?;
        ch.confirm_select(Default::default())
            .await
            .map_err(|e| format!("confirm.select: {e}"))?;
        Ok(ch)
    }

    /// The connection, opened again (up to 10 tries, 1 s apart) when it is gone.
    async fn conn(&mut self) -> Result<&Connection, String> {
        if !self.conn.status().connected() {
            let mut last = String::new();
            for _ in 0..10 {
                match Driver::connect().await {
                    Ok(d) => {
                        println!("  (the driver's broker connection was closed; reconnected)");
                        *self = d;
                        return Ok(&self.conn);
                    }
                    Err(e) => last = e,
                }
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
            return Err(format!("the broker connection is gone: {last}"));
        }
        Ok(&self.conn)
    }
}

/// A fresh topology of this queue type, declared, with an output queue bound to the
/// output exchange and consumed (no-ack) by this process.
struct Bench {
    topology: Topology,
    ch: lapin::Channel,
    out_q: String,
}

impl Bench {
    /// A fresh topology of `queue_type`, declared, with its output queue consumed.
    ///
    /// On an error the topology is already deleted again (as far as the broker allows).
    async fn new(
        driver: &mut Driver,
        queue_type: QueueType,
    ) -> Result<(Bench, lapin::Consumer), String> {
        let suffix = broker::random_suffix("bench");
        let topology = broker::topology(&suffix, queue_type);
        let out_q = format!("bench.out.{suffix}");
        let conn = driver.conn().await?;
        let ch = conn
            .create_channel()
            .await
            .map_err(|e| format!("open the driver's channel: {e}"))?;
        let bench = Bench {
            topology,
            ch,
            out_q,
        };
        match bench.declare().await {
            Ok(outputs) => Ok((bench, outputs)),
            Err(e) => {
                bench.cleanup(driver).await;
                Err(e)
            }
        }
    }

    /// Declares the topology and the output queue, and consumes the latter.
    async fn declare(&self) -> Result<lapin::Consumer, String> {
        let (topology, ch, out_q) = (&self.topology, &self.ch, &self.out_q);
        topology
            .declare(ch)
            .await
            .map_err(|e| format!("declare the topology: {e}"))?;
        broker::declare_bound_queue(
            ch,
            out_q,
            QueueDeclareOptions {
                auto_delete: true,
                ..Default::default()
            },
            FieldTable::default(),
            &topology.output_exchange,
            "#",
            FieldTable::default(),
        )
        .await?;
        ch.basic_qos(2000, Default::default())
            .await
            .map_err(|e| format!("basic.qos: {e}"))?;
        broker::try_consume_no_ack(ch, out_q).await
    }

    /// Starts the consumer process and waits until it consumes from the input queue.
    async fn start(&self, kind: Kind, prefetch: u16) -> Result<Child, String> {
        let t = &self.topology;
        let mut cmd = match kind {
            Kind::Service => self.service_command(prefetch),
            Kind::Relay => {
                let mut c = Command::new(std::env::current_exe().unwrap());
                c.args([
                    "relay",
                    &t.input_queue,
                    &t.output_exchange,
                    &prefetch.to_string(),
                ]);
                c
            }
        };
        let mut child = cmd
            .kill_on_drop(true)
            .spawn()
            .map_err(|e| format!("start the {}: {e}", kind.name()))?;
        if let Err(e) = self.wait_for_consumers(1, kind.name()).await {
            stop(&mut child).await;
            return Err(e);
        }
        Ok(child)
    }

    /// `enricher serve` on this topology, warnings on stderr.
    fn service_command(&self, prefetch: u16) -> Command {
        let mut c = broker::serve_command(
            &service_bin(),
            &amqp_url(),
            &self.topology,
            "enricher e2e bench service",
        );
        c.env("ENRICHER_PREFETCH", prefetch.to_string())
            .env("RUST_LOG", "warn")
            .stderr(std::process::Stdio::inherit());
        c
    }

    /// Waits (up to 60 s) until the input queue has `n` consumers.
    async fn wait_for_consumers(&self, n: u32, what: &str) -> Result<(), String> {
        let started = Instant::now();
        loop {
            let q = self
                .ch
                .queue_declare(
                    self.topology.input_queue.as_str().into(),
                    QueueDeclareOptions {
                        passive: true,
                        ..Default::default()
                    },
                    FieldTable::default(),
                )
                .await
                .map_err(|e| format!("passive declare of {}: {e}", self.topology.input_queue))?;
            if q.consumer_count() >= n {
                return Ok(());
            }
            if started.elapsed() > Duration::from_secs(60) {
                return Err(format!("{what} did not start consuming within 60 s"));
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Deletes the topology (on a new connection when the broker closed the driver's),
    /// then, for quorum queues, gives the broker a moment: deleting a quorum queue
    /// while the next round declares and fills new ones once crashed RabbitMQ 3.10's
    /// segment writer, which closed the driver's connection.
    async fn cleanup(self, driver: &mut Driver) {
        let _ = tokio::time::timeout(Duration::from_secs(5), self.ch.close(200, "ok".into())).await;
        match driver.conn().await {
            Ok(conn) => {
                broker::delete_topology(conn, &self.topology, &[self.out_q], &[]).await;
            }
            Err(e) => println!(
                "  could not delete {} and its exchanges and queues: {e}",
                self.topology.input_queue
            ),
        }
        if self.topology.queue_type == QueueType::Quorum {
            tokio::time::sleep(QUORUM_DELETE_PAUSE).await;
        }
    }
}

fn service_bin() -> PathBuf {
    broker::sibling_service_bin()
}

/// User + system CPU time of a process, in microseconds (`/proc/PID/stat`).
fn cpu_us(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // Fields after the `(comm)`, which may contain spaces.
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11).and_then(|v| v.parse().ok()).unwrap_or(0.0)
        + f.get(12).and_then(|v| v.parse().ok()).unwrap_or(0.0);
    ticks * 1e6 / clock_ticks()
}

fn clock_ticks() -> f64 {
    // USER_HZ is 100 on every Linux this runs on; `getconf CLK_TCK` to be sure.
    static HZ: std::sync::OnceLock<f64> = std::sync::OnceLock::new();
    *HZ.get_or_init(|| {
        std::process::Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .ok()
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(100.0)
    })
}

/// Peak resident memory of a process in MiB (`VmHWM`).
fn peak_rss_mib(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map(|kb| kb / 1024.0)
        .unwrap_or(f64::NAN)
}

/// The broker's Erlang VM (`beam.smp`), to read its CPU time.
fn broker_pid() -> Option<u32> {
    std::fs::read_dir("/proc").ok()?.flatten().find_map(|e| {
        let pid: u32 = e.file_name().to_str()?.parse().ok()?;
        let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).ok()?;
        (comm.trim() == "beam.smp").then_some(pid)
    })
}

#[derive(Debug, Clone, Copy, Default)]
struct Drain {
    msg_per_s: f64,
    client_us: f64,
    broker_us: f64,
    rss_mib: f64,
}

/// One drain; on a failure (the broker closed the connection, an output did not come)
/// the consumer is stopped, the topology deleted, and the error says which step failed.
async fn drain_once(
    driver: &mut Driver,
    bodies: &[Vec<u8>],
    kind: Kind,
    args: &Args,
    queue_type: QueueType,
) -> Result<Drain, String> {
    let (bench, mut outputs) = Bench::new(driver, queue_type).await?;
    let mut child = None;
    let result = async {
        let pub_ch = driver.confirm_channel().await?;
        broker::try_publish_confirmed(&pub_ch, &bench.topology.input_exchange, bodies)
            .await
            .map_err(|e| format!("pre-fill: {e}"))?;
        let _ = pub_ch.close(200, "ok".into()).await;
        let broker = broker_pid();
        let pid = child
            .insert(bench.start(kind, args.prefetch).await?)
            .id()
            .ok_or("the consumer exited at once")?;
        let mut first = None;
        let mut n = 0;
        while n < bodies.len() {
            match tokio::time::timeout(Duration::from_secs(60), outputs.next()).await {
                Ok(Some(Ok(_))) => n += 1,
                Ok(Some(Err(e))) => return Err(format!("output {n}: {e}")),
                Ok(None) => return Err(format!("output {n}: the output consumer ended")),
                Err(_) => return Err(format!("output {n} did not come within 60 s")),
            }
            if n == 1 {
                first = Some((Instant::now(), cpu_us(pid), broker.map(cpu_us)));
            }
        }
        let (t0, c0, b0) = first.ok_or("no output")?;
        let secs = t0.elapsed().as_secs_f64();
        let (c1, b1) = (cpu_us(pid), broker.map(cpu_us));
        let m = (bodies.len() - 1) as f64;
        Ok(Drain {
            msg_per_s: m / secs,
            client_us: (c1 - c0) / m,
            broker_us: b0.zip(b1).map(|(a, b)| (b - a) / m).unwrap_or(f64::NAN),
            rss_mib: peak_rss_mib(pid),
        })
    }
    .await;
    if let Some(child) = &mut child {
        stop(child).await;
    }
    bench.cleanup(driver).await;
    result
}

#[derive(Debug, Clone, Copy, Default)]
struct Live {
    p50_ms: f64,
    p99_ms: f64,
    max_ms: f64,
    lost: usize,
}

/// One live run; failures as in [`drain_once`].
async fn live_once(
    driver: &mut Driver,
    kind: Kind,
    args: &Args,
    queue_type: QueueType,
    rate: f64,
    template: &Template,
) -> Result<Live, String> {
    let (bench, mut outputs) = Bench::new(driver, queue_type).await?;
    let mut child = None;
    let result = async {
        child = Some(bench.start(kind, args.prefetch).await?);
        let total = (rate * args.live_secs) as usize;
        let epoch = Instant::now();
        let exchange = bench.topology.input_exchange.clone();
        let pub_ch = driver.confirm_channel().await?;
        let confirmed = Arc::new(AtomicU64::new(0));
        let (confirm_tx, mut confirm_rx) =
            tokio::sync::mpsc::channel::<lapin::PublisherConfirm>(20_000);
        let drainer = {
            let confirmed = confirmed.clone();
            tokio::spawn(async move {
                while let Some(c) = confirm_rx.recv().await {
                    if matches!(c.await, Ok(c) if c.is_ack()) {
                        confirmed.fetch_add(1, Ordering::Relaxed);
                    }
                }
            })
        };
        let publisher = {
            let template = template.clone();
            let pub_ch = pub_ch.clone();
            tokio::spawn(async move {
                for i in 0..total {
                    let due = epoch + Duration::from_secs_f64(i as f64 / rate);
                    tokio::time::sleep_until(due.into()).await;
                    let body = template.live(i, epoch.elapsed().as_nanos());
                    let c = pub_ch
                        .basic_publish(
                            exchange.as_str().into(),
                            "article".into(),
                            BasicPublishOptions::default(),
                            &body,
                            broker::article_properties(),
                        )
                        .await
                        .map_err(|e| format!("basic.publish of live message {i}: {e}"))?;
                    if confirm_tx.send(c).await.is_err() {
                        break;
                    }
                }
                Ok::<(), String>(())
            })
        };
        let mut latencies = Vec::with_capacity(total);
        let mut dump = args.latency_file.as_ref().map(|p| {
            let path = format!("{p}.{}.{}", kind.name(), queue_type.as_str());
            std::fs::File::create(&path).unwrap_or_else(|e| panic!("create {path}: {e}"))
        });
        let deadline = Duration::from_secs_f64(args.live_secs + 30.0);
        let mut failed = None;
        while latencies.len() < total && epoch.elapsed() < deadline {
            let d = match tokio::time::timeout(Duration::from_secs(5), outputs.next()).await {
                Ok(Some(Ok(d))) => d,
                Ok(Some(Err(e))) => {
                    failed = Some(format!("output {}: {e}", latencies.len()));
                    break;
                }
                Ok(None) => {
                    failed = Some("the output consumer ended".to_owned());
                    break;
                }
                Err(_) => continue,
            };
            let now = epoch.elapsed().as_nanos() as f64;
            let sent = find_sent_ns(&d.data).ok_or("an output without sent_ns")?;
            latencies.push((now - sent) / 1e6);
            if let Some(f) = dump.as_mut() {
                use std::io::Write;
                let _ = writeln!(f, "{:.3} {:.3}", sent / 1e6, (now - sent) / 1e6);
            }
        }
        if failed.is_some() {
            publisher.abort();
        }
        let published = publisher
            .await
            .unwrap_or_else(|e| Err(format!("publisher task: {e}")));
        let _ = drainer.await;
        let _ = pub_ch.close(200, "ok".into()).await;
        if let Some(e) = failed {
            return Err(e);
        }
        published?;
        latencies.sort_by(f64::total_cmp);
        let q = |p: f64| {
            latencies
                .get(((latencies.len() as f64 * p) as usize).min(latencies.len().saturating_sub(1)))
                .copied()
                .unwrap_or(f64::NAN)
        };
        Ok(Live {
            p50_ms: q(0.50),
            p99_ms: q(0.99),
            max_ms: latencies.last().copied().unwrap_or(f64::NAN),
            lost: total - latencies.len(),
        })
    }
    .await;
    if let Some(child) = &mut child {
        stop(child).await;
    }
    bench.cleanup(driver).await;
    result
}

/// SIGTERM (a graceful stop; a profiler wrapped around the consumer writes its data),
/// then SIGKILL after 10 s.
async fn stop(child: &mut Child) {
    if let Some(pid) = child.id() {
        let _ = Command::new("kill").arg(pid.to_string()).status().await;
        if tokio::time::timeout(Duration::from_secs(10), child.wait())
            .await
            .is_ok()
        {
            return;
        }
    }
    let _ = child.kill().await;
}

/// The send time of a live message, from its output: the last `"sent_ns":` (the input
/// ends with it; the service's output carries the input as `article` and then its tags),
/// found with memchr's vectorized search so that the measuring loop costs about as much
/// per output for a 16 KB enriched article as for the relay's 4 KB copy.
fn find_sent_ns(data: &[u8]) -> Option<f64> {
    let key = b"\"sent_ns\":";
    let at = memchr::memmem::rfind(data, key)? + key.len();
    let digits: Vec<u8> = data[at..]
        .iter()
        .copied()
        .take_while(u8::is_ascii_digit)
        .collect();
    std::str::from_utf8(&digits).ok()?.parse().ok()
}

/// What ran, on what input, at what load.
fn print_header(what: &str, extra: &str, bodies: &[Vec<u8>], args: &Args) {
    println!(
        "{what}: n={} article={} B persistent, prefetch {}, {} round(s){extra}, load {}",
        args.n,
        bodies[0].len(),
        args.prefetch,
        args.rounds,
        load()
    );
    println!("service binary: {}", service_bin().display());
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// Runs the whole bench. A failed measurement is reported (which round, which
/// consumer, why), its topology deleted, and the bench goes on; when the broker cannot
/// be reached again it stops with that message and a non-zero exit.
async fn bench(args: Args) -> Result<(), String> {
    let mut driver = Driver::connect().await?;
    if args.burst_only {
        burst(&mut driver, args.burst, &args).await?;
        let _ = driver.conn.close(200, "ok".into()).await;
        return Ok(());
    }
    let template = Template::new();
    let bodies: Vec<Vec<u8>> = (0..args.n).map(|i| template.drain(i)).collect();
    if let Some(replicas) = args.replicas {
        competing(&mut driver, &bodies, replicas, &args).await?;
        let _ = driver.conn.close(200, "ok".into()).await;
        return Ok(());
    }
    let kinds: Vec<Kind> = [Kind::Relay, Kind::Service]
        .into_iter()
        .filter(|k| args.only.is_none_or(|o| o == *k))
        .collect();
    print_header("e2e bench", "", &bodies, &args);
    for &queue_type in &args.queue_types {
        println!("\n== {queue_type} queue ==");
        let mut drains: Vec<(Kind, Vec<Drain>)> = kinds.iter().map(|k| (*k, vec![])).collect();
        for round in 0..args.rounds {
            if args.live_rate.is_some() {
                break;
            }
            for (kind, runs) in &mut drains {
                let d = match drain_once(&mut driver, &bodies, *kind, &args, queue_type).await {
                    Ok(d) => d,
                    Err(e) => {
                        let what = format!("drain round {} {:<7}", round + 1, kind.name());
                        driver.failed(&what, &e).await?;
                        continue;
                    }
                };
                println!(
                    "  drain round {} {:<7}: {:>6.0} msg/s, client {:>5.1} µs/msg, broker {:>5.1} µs/msg, peak RSS {:>6.1} MiB (load {})",
                    round + 1,
                    kind.name(),
                    d.msg_per_s,
                    d.client_us,
                    d.broker_us,
                    d.rss_mib,
                    load()
                );
                runs.push(d);
            }
        }
        println!("  drain, medians:      msg/s   client µs/msg   broker µs/msg   peak RSS MiB");
        let mut med = Vec::new();
        for (kind, runs) in &drains {
            let m = |f: fn(&Drain) -> f64| median(runs.iter().map(f).collect());
            let d = Drain {
                msg_per_s: m(|d| d.msg_per_s),
                client_us: m(|d| d.client_us),
                broker_us: m(|d| d.broker_us),
                rss_mib: m(|d| d.rss_mib),
            };
            println!(
                "    {:<16} {:>8.0}   {:>13.1}   {:>13.1}   {:>12.1}",
                kind.name(),
                d.msg_per_s,
                d.client_us,
                d.broker_us,
                d.rss_mib
            );
            med.push((*kind, d));
        }
        let get = |k: Kind| med.iter().find(|(m, _)| *m == k).map(|(_, d)| *d);
        if let (Some(r), Some(s)) = (get(Kind::Relay), get(Kind::Service)) {
            println!(
                "    service/relay: throughput {:.2} (target >= 0.85), client CPU {:.2}x (target <= 1.6x)",
                s.msg_per_s / r.msg_per_s,
                s.client_us / r.client_us
            );
        }
        if let Some(s) = get(Kind::Service) {
            println!(
                "    service peak RSS {:.1} MiB (target < 150 MiB)",
                s.rss_mib
            );
        }
        if !args.live {
            continue;
        }
        let Some(rate) = args.live_rate.or_else(|| {
            get(Kind::Service)
                .or(get(Kind::Relay))
                .map(|d| d.msg_per_s / 2.0)
                .filter(|r| r.is_finite())
        }) else {
            println!("  live: skipped, no drain succeeded to set its rate");
            continue;
        };
        println!(
            "  live at {rate:.0} msg/s ({}) for {} s:",
            if args.live_rate.is_some() {
                "--live-rate"
            } else {
                "half the service's drain rate"
            },
            args.live_secs
        );
        let mut lives: Vec<(Kind, Vec<Live>)> = kinds.iter().map(|k| (*k, vec![])).collect();
        for round in 0..args.rounds {
            for (kind, runs) in &mut lives {
                let l =
                    match live_once(&mut driver, *kind, &args, queue_type, rate, &template).await {
                        Ok(l) => l,
                        Err(e) => {
                            let what = format!("live round {} {:<7}", round + 1, kind.name());
                            driver.failed(&what, &e).await?;
                            continue;
                        }
                    };
                println!(
                    "  live round {} {:<7}: p50 {:>7.2} ms, p99 {:>7.2} ms, max {:>7.2} ms, lost {} (load {})",
                    round + 1,
                    kind.name(),
                    l.p50_ms,
                    l.p99_ms,
                    l.max_ms,
                    l.lost,
                    load()
                );
                runs.push(l);
            }
        }
        println!("  live, medians:       p50 ms    p99 ms    max ms");
        for (kind, runs) in &lives {
            let m = |f: fn(&Live) -> f64| median(runs.iter().map(f).collect());
            println!(
                "    {:<16} {:>7.2}   {:>7.2}   {:>7.2}",
                kind.name(),
                m(|l| l.p50_ms),
                m(|l| l.p99_ms),
                m(|l| l.max_ms)
            );
            if *kind == Kind::Service {
                let (p99_target, p50_target) = match queue_type {
                    QueueType::Classic => ("< 20 ms", "< 3 ms"),
                    QueueType::Quorum => ("< 50 ms", "none"),
                };
                println!(
                    "    service: p99 {:.2} ms (target {p99_target}), p50 {:.2} ms (target {p50_target})",
                    m(|l| l.p99_ms),
                    m(|l| l.p50_ms)
                );
            }
        }
    }
    if args.burst > 0 {
        println!();
        burst(&mut driver, args.burst, &args).await?;
    }
    println!("\nload at the end: {}", load());
    let _ = driver.conn.close(200, "ok".into()).await;
    Ok(())
}

/// Memory bounded by bytes: the service drains `n` largest allowed articles packed with
/// entity names, per queue type; its peak RSS against the 512 MiB target.
async fn burst(driver: &mut Driver, n: usize, args: &Args) -> Result<(), String> {
    let size = enricher_proto::DEFAULT_MAX_MESSAGE_BYTES;
    let bodies: Vec<Vec<u8>> = (0..n).map(|i| packed_article(i, size)).collect();
    println!(
        "e2e bench, burst: {n} articles of {size} B packed with entity names, prefetch {}, load {}",
        args.prefetch,
        load()
    );
    println!("service binary: {}", service_bin().display());
    for &queue_type in &args.queue_types {
        match drain_once(driver, &bodies, Kind::Service, args, queue_type).await {
            Ok(d) => println!(
                "  {queue_type:<8} service: {:>6.1} msg/s, client {:>8.0} µs/msg, peak RSS {:>6.1} MiB (target < 512 MiB) (load {})",
                d.msg_per_s,
                d.client_us,
                d.rss_mib,
                load()
            ),
            Err(e) => driver.failed(&format!("{queue_type:<8} service"), &e).await?,
        }
    }
    Ok(())
}

/// One drain by `replicas` services on one queue.
#[derive(Debug, Clone, Default)]
struct Shared {
    /// All outputs, first to last.
    msg_per_s: f64,
    /// Per replica: outputs it published, msg/s over the same span, CPU µs per message.
    replicas: Vec<(f64, f64, f64)>,
}

/// Starts `replicas` services on a fresh topology, waits until all consume, then
/// publishes `bodies` and counts the outputs; each replica's share comes from its own
/// `enricher_messages_published_total`.
async fn drain_shared(
    driver: &mut Driver,
    bodies: &[Vec<u8>],
    replicas: usize,
    args: &Args,
    queue_type: QueueType,
) -> Result<Shared, String> {
    let (bench, mut outputs) = Bench::new(driver, queue_type).await?;
    let mut children = Vec::new();
    let result = async {
        for _ in 0..replicas {
            let port = std::net::TcpListener::bind("127.0.0.1:0")
                .and_then(|l| l.local_addr())
                .map_err(|e| format!("a free port: {e}"))?
                .port();
            let mut cmd = bench.service_command(args.prefetch);
            cmd.env("ENRICHER_METRICS_ADDR", format!("127.0.0.1:{port}"));
            let child = cmd.spawn().map_err(|e| format!("start a service: {e}"))?;
            children.push((child, port));
        }
        bench
            .wait_for_consumers(replicas as u32, "the replicas")
            .await?;
        let pub_ch = driver.confirm_channel().await?;
        let exchange = bench.topology.input_exchange.clone();
        let publisher = {
            let (pub_ch, bodies) = (pub_ch.clone(), bodies.to_vec());
            tokio::spawn(
                async move { broker::try_publish_confirmed(&pub_ch, &exchange, &bodies).await },
            )
        };
        let mut first = None;
        let mut n = 0;
        while n < bodies.len() {
            match tokio::time::timeout(Duration::from_secs(60), outputs.next()).await {
                Ok(Some(Ok(_))) => n += 1,
                other => {
                    publisher.abort();
                    return Err(format!("output {n} missing: {other:?}"));
                }
            }
            if n == 1 {
                let cpu: Vec<f64> = children
                    .iter()
                    .map(|(c, _)| c.id().map(cpu_us).unwrap_or(f64::NAN))
                    .collect();
                first = Some((Instant::now(), cpu));
            }
        }
        let (t0, cpu0) = first.ok_or("no output")?;
        let secs = t0.elapsed().as_secs_f64();
        publisher
            .await
            .map_err(|e| format!("publisher task: {e}"))??;
        let _ = pub_ch.close(200, "ok".into()).await;
        let mut shared = Shared {
            msg_per_s: (bodies.len() - 1) as f64 / secs,
            replicas: Vec::new(),
        };
        for ((child, port), c0) in children.iter_mut().zip(cpu0) {
            let c1 = child.id().map(cpu_us).unwrap_or(f64::NAN);
            let published = scrape_counter(*port, "enricher_messages_published_total").await;
            shared
                .replicas
                .push((published, published / secs, (c1 - c0) / published.max(1.0)));
        }
        Ok(shared)
    }
    .await;
    for (child, _) in &mut children {
        stop(child).await;
    }
    bench.cleanup(driver).await;
    result
}

/// A counter's value from `GET /metrics` on 127.0.0.1:`port` (0 when absent).
async fn scrape_counter(port: u16, name: &str) -> f64 {
    let mut sock = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .expect("connect to /metrics");
    sock.write_all(b"GET /metrics HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut text = String::new();
    sock.read_to_string(&mut text).await.unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.parse().ok())
        .unwrap_or(0.0)
}

/// Competing consumers: per round, one service and then `replicas` services drain the
/// same input (live publishing into a queue they all consume); medians over rounds.
async fn competing(
    driver: &mut Driver,
    bodies: &[Vec<u8>],
    replicas: usize,
    args: &Args,
) -> Result<(), String> {
    print_header(
        "competing consumers",
        &format!(", 1 vs {replicas} services"),
        bodies,
        args,
    );
    for &queue_type in &args.queue_types {
        println!("\n== {queue_type} queue ==");
        let mut runs: Vec<(usize, Vec<Shared>)> = vec![(1, vec![]), (replicas, vec![])];
        for round in 0..args.rounds {
            for (k, results) in &mut runs {
                let s = match drain_shared(driver, bodies, *k, args, queue_type).await {
                    Ok(s) => s,
                    Err(e) => {
                        driver
                            .failed(&format!("round {} x{k}", round + 1), &e)
                            .await?;
                        continue;
                    }
                };
                let shares: Vec<String> = s
                    .replicas
                    .iter()
                    .map(|(n, r, cpu)| format!("{n:.0} out, {r:.0} msg/s, {cpu:.1} µs/msg"))
                    .collect();
                println!(
                    "  round {} x{k}: {:>6.0} msg/s total; {} (load {})",
                    round + 1,
                    s.msg_per_s,
                    shares.join(" | "),
                    load()
                );
                results.push(s);
            }
        }
        println!("  medians:   total msg/s   per replica msg/s (mean of replicas)   CPU µs/msg");
        for (k, results) in &runs {
            let total = median(results.iter().map(|s| s.msg_per_s).collect());
            let per = median(
                results
                    .iter()
                    .map(|s| s.replicas.iter().map(|r| r.1).sum::<f64>() / *k as f64)
                    .collect(),
            );
            let cpu = median(
                results
                    .iter()
                    .map(|s| s.replicas.iter().map(|r| r.2).sum::<f64>() / *k as f64)
                    .collect(),
            );
            println!("    x{k:<8} {total:>10.0}   {per:>32.0}   {cpu:>10.1}");
        }
    }
    println!("\nload at the end: {}", load());
    Ok(())
}

/// The bare relay (its own process): consume, republish unchanged with confirms, ack
/// with `multiple` every 50 contiguous confirmed deliveries or when no confirm is waiting.
async fn relay(queue: String, output_exchange: String, prefetch: u16) {
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
            queue.as_str().into(),
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
        let (publish, tx, out) = (publish.clone(), tx.clone(), output_exchange.clone());
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
    let mut argv = std::env::args().skip(1).peekable();
    if argv.peek().map(String::as_str) == Some("relay") {
        let _ = argv.next();
        let (queue, out, prefetch) = (
            argv.next().unwrap(),
            argv.next().unwrap(),
            argv.next().unwrap().parse().unwrap(),
        );
        relay(queue, out, prefetch).await;
        return;
    }
    if let Err(e) = bench(parse_args(argv)).await {
        eprintln!("e2e bench stopped: {e}");
        std::process::exit(1);
    }
}
