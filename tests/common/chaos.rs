//! The chaos run: articles through `enricher serve` on a three-node cluster while faults
//! are injected at random times, then a count of what came out. One implementation for
//! `just chaos` (`services/enricher/examples/chaos.rs`, 100,000 articles by default) and
//! the small version CI runs (`tests/chaos.rs`).
//!
//! The run:
//!
//! 1. A cluster ([`Cluster::reuse_or_up`]); a fresh topology with quorum queues declared
//!    through node 2, and a quorum queue bound to the output exchange.
//! 2. `enricher serve` as a child process, given all three node URLs.
//! 3. A publisher sends `articles` articles at `rate` per second with confirms, through
//!    whichever node answers (a batch whose confirms did not all arrive is sent again and
//!    counted as `republished`). Every `bad_every`-th one is not a valid article (`body`
//!    is a number) and must come out as a dead letter instead.
//! 4. A collector reads the output and dead-letter queues with manual acks, through
//!    whichever node answers, and counts ids. A message the broker redelivers to the
//!    collector (it lost its connection before the ack) is not counted twice.
//! 5. Faults at seeded random times within the publishing window, one at a time, the
//!    kinds in turn (shuffled): the service SIGKILLed and started again, its connection
//!    closed with `rabbitmqctl close_connection`, a random node stopped (SIGTERM) and
//!    started again after a short random pause.
//! 6. When everything is published and every fault is over, wait until every id came out
//!    (or nothing new came for `settle`), then a little longer for late duplicates.
//!
//! Cleanup is by guards, so it happens on success, failure, panic and interruption: the
//! service process is killed on drop, the topology is deleted, stopped nodes are started
//! again, and a cluster the run started is torn down.
#![allow(dead_code, clippy::unwrap_used)]

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use enricher::amqp::{QueueType, Topology};
use futures_util::StreamExt;
use lapin::options::{
    BasicAckOptions, BasicConsumeOptions, BasicPublishOptions, BasicQosOptions,
    ConfirmSelectOptions,
};
use lapin::types::FieldTable;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use super::broker;
use super::cluster::{connect_retrying, node_url, Cluster, NODES};

/// What a run does.
#[derive(Debug, Clone)]
pub struct Options {
    /// Articles published (each with its own id).
    pub articles: usize,
    /// Articles published per second.
    pub rate: f64,
    /// Faults injected.
    pub faults: usize,
    /// Seed of the fault plan (kinds, times, nodes, pauses).
    pub seed: u64,
    /// The service's `ENRICHER_PREFETCH`.
    pub prefetch: u16,
    /// Every `bad_every`-th article is invalid and must be dead-lettered (0: none).
    pub bad_every: usize,
    /// How long to wait without a new output before giving up on the missing ones.
    pub settle: Duration,
    /// The `enricher` binary to run.
    pub service_bin: PathBuf,
}

/// One kind of fault.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FaultKind {
    /// SIGKILL to the service, then a new process.
    KillService,
    /// `rabbitmqctl close_connection` on the service's connection.
    CloseConnection,
    /// Node `i` stopped, then started again after `pause`.
    StopNode { node: usize, pause: Duration },
}

impl fmt::Display for FaultKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FaultKind::KillService => write!(f, "SIGKILL the service and start it again"),
            FaultKind::CloseConnection => write!(f, "close the service's connection"),
            FaultKind::StopNode { node, pause } => write!(
                f,
                "stop enr{node}@localhost, start it again after {:.1} s",
                pause.as_secs_f64()
            ),
        }
    }
}

/// A fault of the plan: what, and when (from the start of publishing).
#[derive(Debug, Clone, Copy)]
pub struct Planned {
    pub at: Duration,
    pub kind: FaultKind,
}

/// The faults of `options`, by time: the kinds in turn (each round shuffled), times
/// uniform within 5-85 % of the publishing window, nodes and pauses random. The same
/// seed gives the same plan.
pub fn plan(options: &Options) -> Vec<Planned> {
    let mut rng = fastrand::Rng::with_seed(options.seed);
    let window = options.articles as f64 / options.rate;
    let mut kinds = Vec::with_capacity(options.faults);
    while kinds.len() < options.faults {
        let mut round = [0, 1, 2];
        rng.shuffle(&mut round);
        kinds.extend(round.into_iter().take(options.faults - kinds.len()));
    }
    let mut times: Vec<f64> = (0..options.faults)
        .map(|_| window * (0.05 + 0.80 * rng.f64()))
        .collect();
    times.sort_by(f64::total_cmp);
    kinds
        .into_iter()
        .zip(times)
        .map(|(k, t)| Planned {
            at: Duration::from_secs_f64(t),
            kind: match k {
                0 => FaultKind::KillService,
                1 => FaultKind::CloseConnection,
                _ => FaultKind::StopNode {
                    node: rng.usize(1..=NODES.len()),
                    pause: Duration::from_millis(rng.u64(1000..=5000)),
                },
            },
        })
        .collect()
}

/// A fault as it happened.
#[derive(Debug, Clone)]
pub struct Injected {
    /// When it started, from the start of publishing.
    pub at: Duration,
    /// How long it took (a node: stopped until started again).
    pub took: Duration,
    pub kind: FaultKind,
    /// What was seen (connections closed, exit status).
    pub note: String,
}

/// What came out of a run.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub seed: u64,
    pub prefetch: u16,
    /// Distinct articles published and confirmed (valid + invalid): all of them unless
    /// the run was interrupted.
    pub sent: usize,
    /// Of those, invalid ones (expected as dead letters).
    pub sent_invalid: usize,
    /// Articles the publisher sent again because their confirms did not arrive.
    pub republished: usize,
    /// Distinct valid articles that came out enriched.
    pub received: usize,
    /// Outputs beyond the first of each article.
    pub duplicates: usize,
    /// Distinct invalid articles in the dead-letter queue.
    pub dead_letters: usize,
    /// Dead letters beyond the first of each.
    pub dead_letter_duplicates: usize,
    /// Valid articles that never came out, invalid ones never dead-lettered.
    pub missing: Vec<String>,
    /// Outputs or dead letters of ids that were never sent, or in the wrong place.
    pub unexpected: Vec<String>,
    /// The service ended without being killed (exit status).
    pub unexpected_exits: Vec<String>,
    pub faults: Vec<Injected>,
    /// Faults of the plan not injected (the run was interrupted).
    pub skipped: usize,
    pub elapsed: Duration,
    pub interrupted: bool,
}

impl Report {
    /// Duplicates the at-least-once design allows: each fault can hand back what was in
    /// flight (at most prefetch) twice over (inputs and unconfirmed outputs), plus what
    /// the publisher sent again.
    pub fn duplicate_bound(&self) -> usize {
        2 * usize::from(self.prefetch) * self.faults.len() + self.republished
    }

    /// Why the run failed, if it did: anything missing, unexpected, a service that
    /// ended on its own, duplicates over the bound, an interruption.
    pub fn failures(&self) -> Vec<String> {
        let mut f = Vec::new();
        if !self.missing.is_empty() {
            f.push(format!("{} article(s) lost", self.missing.len()));
        }
        if !self.unexpected.is_empty() {
            f.push(format!("{} unexpected message(s)", self.unexpected.len()));
        }
        if !self.unexpected_exits.is_empty() {
            f.push(format!(
                "the service ended on its own: {:?}",
                self.unexpected_exits
            ));
        }
        let dups = self.duplicates + self.dead_letter_duplicates;
        if dups > self.duplicate_bound() {
            f.push(format!(
                "{dups} duplicates, more than the bound {}",
                self.duplicate_bound()
            ));
        }
        if self.interrupted {
            f.push("interrupted".into());
        }
        f
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "chaos: seed {} (CHAOS_SEED={} or --seed {} repeats the plan), prefetch {}, {:.1} s",
            self.seed,
            self.seed,
            self.seed,
            self.prefetch,
            self.elapsed.as_secs_f64()
        )?;
        writeln!(f, "faults injected:")?;
        for i in &self.faults {
            writeln!(
                f,
                "  t={:>7.2}s  {:<52} took {:>5.1} s  {}",
                i.at.as_secs_f64(),
                i.kind.to_string(),
                i.took.as_secs_f64(),
                i.note
            )?;
        }
        if self.skipped > 0 {
            writeln!(f, "  ({} planned fault(s) not injected)", self.skipped)?;
        }
        writeln!(
            f,
            "sent          {:>9}  ({} valid, {} invalid; {} republished by the publisher)",
            self.sent,
            self.sent - self.sent_invalid,
            self.sent_invalid,
            self.republished
        )?;
        writeln!(
            f,
            "received      {:>9}  distinct enriched articles",
            self.received
        )?;
        writeln!(
            f,
            "dead letters  {:>9}  distinct invalid articles",
            self.dead_letters
        )?;
        writeln!(f, "missing       {:>9}", self.missing.len())?;
        writeln!(
            f,
            "duplicates    {:>9}  (outputs {}, dead letters {}; bound {} = 2 x prefetch x faults + republished)",
            self.duplicates + self.dead_letter_duplicates,
            self.duplicates,
            self.dead_letter_duplicates,
            self.duplicate_bound()
        )?;
        if !self.missing.is_empty() {
            let head: Vec<_> = self.missing.iter().take(10).collect();
            writeln!(f, "missing ids (first 10): {head:?}")?;
        }
        if !self.unexpected.is_empty() {
            let head: Vec<_> = self.unexpected.iter().take(10).collect();
            writeln!(f, "unexpected (first 10): {head:?}")?;
        }
        match self.failures().as_slice() {
            [] => write!(f, "result: OK, nothing lost"),
            failures => write!(f, "result: FAILED: {}", failures.join("; ")),
        }
    }
}

/// The article with index `i`: valid, or (every `bad_every`-th) with a number as body.
fn article(i: usize, bad_every: usize) -> (String, Vec<u8>, bool) {
    let id = format!("chaos-{i}");
    let bad = bad_every > 0 && i % bad_every == bad_every - 1;
    let body = if bad {
        format!(r#"{{"id":"{id}","body":{i}}}"#)
    } else {
        format!(
            r#"{{"id":"{id}","lang":"en","title":"Report {i}","body":"North Korea and South Korea held talks in Seoul while Russia watched; the missile tests went on."}}"#
        )
    };
    (id, body.into_bytes(), bad)
}

/// Ids seen by the collector: count per id in the output and dead-letter queues.
#[derive(Debug, Default)]
struct Tally {
    outputs: HashMap<String, u32>,
    dead: HashMap<String, u32>,
    /// Messages without a readable id.
    unreadable: Vec<String>,
    last_new: Option<Instant>,
}

impl Tally {
    fn record(&mut self, dead: bool, data: &[u8], redelivered: bool) {
        let id = serde_json::from_slice::<serde_json::Value>(data)
            .ok()
            .and_then(|v| v["id"].as_str().map(str::to_owned));
        let Some(id) = id else {
            self.unreadable
                .push(String::from_utf8_lossy(&data[..data.len().min(80)]).into_owned());
            return;
        };
        let map = if dead {
            &mut self.dead
        } else {
            &mut self.outputs
        };
        match map.get_mut(&id) {
            // The broker gave the collector a message again (its connection broke
            // before the ack): the same message, not a duplicate.
            Some(_) if redelivered => {}
            Some(n) => *n += 1,
            None => {
                map.insert(id, 1);
                self.last_new = Some(Instant::now());
            }
        }
    }

    fn distinct(&self) -> usize {
        self.outputs.len() + self.dead.len()
    }
}

/// Reads the output and dead-letter queues until `stop`, reconnecting through any node.
async fn collect(
    urls: String,
    out_queue: String,
    dead_queue: String,
    tally: Arc<Mutex<Tally>>,
    stop: CancellationToken,
) {
    let mut attempt = 0;
    while !stop.is_cancelled() {
        let conn = tokio::select! {
            c = connect_retrying(&urls, attempt, "enricher chaos collector") => c,
            _ = stop.cancelled() => return,
        };
        attempt += 1;
        let consume = async {
            let ch = conn.create_channel().await?;
            ch.basic_qos(1000, BasicQosOptions::default()).await?;
            let mut consumers = Vec::new();
            for (queue, dead) in [(&out_queue, false), (&dead_queue, true)] {
                let c = ch
                    .basic_consume(
                        queue.as_str().into(),
                        "".into(),
                        BasicConsumeOptions::default(),
                        FieldTable::default(),
                    )
                    .await?;
                consumers.push(c.map(move |d| (dead, d)));
            }
            let mut both = futures_util::stream::select_all(consumers);
            while let Some((dead, delivery)) = both.next().await {
                let d = delivery?;
                tally.lock().unwrap().record(dead, &d.data, d.redelivered);
                d.acker.ack(BasicAckOptions::default()).await?;
            }
            Ok::<(), lapin::Error>(())
        };
        tokio::select! {
            r = consume => {
                if let Err(e) = r {
                    eprintln!("[chaos] collector: {e}; reconnecting");
                }
                tokio::time::sleep(Duration::from_millis(500)).await;
            }
            _ = stop.cancelled() => {}
        }
        let _ = tokio::time::timeout(Duration::from_secs(5), conn.close(200, "done".into())).await;
    }
}

/// How far the publisher got.
#[derive(Debug, Clone, Copy, Default)]
struct Published {
    /// Articles `0..confirmed` are in the input queue (all unless interrupted).
    confirmed: usize,
    /// Articles `0..attempted` were handed to the broker at least once.
    attempted: usize,
    /// Articles sent again because their batch's confirms did not all arrive.
    republished: usize,
}

/// Publishes every article at `rate`, in batches with confirms, reconnecting through any
/// node, until done or `stop`.
async fn publish(
    urls: String,
    exchange: String,
    options: Options,
    epoch: Instant,
    stop: CancellationToken,
) -> Published {
    let batch = ((options.rate / 20.0).ceil() as usize).clamp(1, 500);
    let mut republished = 0;
    let mut attempted = 0;
    let mut next = 0;
    let mut attempt = 0;
    // Whether the batch at `next` was sent before without all its confirms.
    let mut retry = false;
    'connect: while next < options.articles && !stop.is_cancelled() {
        let conn = tokio::select! {
            c = connect_retrying(&urls, attempt, "enricher chaos publisher") => c,
            _ = stop.cancelled() => break,
        };
        attempt += 1;
        let ch = match conn.create_channel().await {
            Ok(ch)
                if ch
                    .confirm_select(ConfirmSelectOptions::default())
                    .await
                    .is_ok() =>
            {
                ch
            }
            _ => {
                tokio::time::sleep(Duration::from_millis(500)).await;
                continue;
            }
        };
        while next < options.articles {
            let end = (next + batch).min(options.articles);
            let due = epoch + Duration::from_secs_f64(next as f64 / options.rate);
            tokio::select! {
                _ = tokio::time::sleep_until(due) => {}
                _ = stop.cancelled() => break 'connect,
            }
            if retry {
                republished += end - next;
            }
            attempted = attempted.max(end);
            let sent = async {
                let mut confirms = Vec::with_capacity(end - next);
                for i in next..end {
                    let (_, body, _) = article(i, options.bad_every);
                    confirms.push(
                        ch.basic_publish(
                            exchange.as_str().into(),
                            "article".into(),
                            BasicPublishOptions {
                                mandatory: true,
                                ..Default::default()
                            },
                            &body,
                            broker::article_properties(),
                        )
                        .await?,
                    );
                }
                let mut all_ack = true;
                for c in confirms {
                    let c = c.await?;
                    all_ack &= c.is_ack() && c.take_message().is_none();
                }
                Ok::<bool, lapin::Error>(all_ack)
            };
            match tokio::time::timeout(Duration::from_secs(30), sent).await {
                Ok(Ok(true)) => {
                    next = end;
                    retry = false;
                }
                other => {
                    eprintln!(
                        "[chaos] publisher: batch {next}..{end} not confirmed ({other:?}); sending it again"
                    );
                    retry = true;
                    let _ = tokio::time::timeout(
                        Duration::from_secs(5),
                        conn.close(200, "again".into()),
                    )
                    .await;
                    tokio::time::sleep(Duration::from_millis(500)).await;
                    continue 'connect;
                }
            }
        }
        let _ = tokio::time::timeout(Duration::from_secs(5), conn.close(200, "done".into())).await;
    }
    Published {
        confirmed: next,
        attempted,
        republished,
    }
}

/// The service under test: one child process at a time.
struct Service {
    bin: PathBuf,
    urls: String,
    topology: Topology,
    name: String,
    prefetch: u16,
    child: tokio::process::Child,
}

impl Service {
    fn spawn(
        bin: &std::path::Path,
        urls: &str,
        t: &Topology,
        name: &str,
        prefetch: u16,
    ) -> tokio::process::Child {
        let mut cmd = broker::serve_command(bin, urls, t, name);
        cmd.env("ENRICHER_PREFETCH", prefetch.to_string())
            .env("ENRICHER_RECONNECT_MAX_DELAY", "2s")
            .env(
                "RUST_LOG",
                std::env::var("RUST_LOG").unwrap_or("warn".into()),
            )
            // Its own process group: a Ctrl-C meant for the run does not reach it.
            .process_group(0);
        cmd.spawn().expect("start enricher serve")
    }

    fn start(
        bin: PathBuf,
        urls: String,
        topology: Topology,
        name: String,
        prefetch: u16,
    ) -> Service {
        let child = Service::spawn(&bin, &urls, &topology, &name, prefetch);
        Service {
            bin,
            urls,
            topology,
            name,
            prefetch,
            child,
        }
    }

    fn respawn(&mut self) {
        self.child = Service::spawn(
            &self.bin,
            &self.urls,
            &self.topology,
            &self.name,
            self.prefetch,
        );
    }

    /// SIGKILL, wait for the exit, start a new process.
    async fn kill_and_restart(&mut self) -> String {
        let _ = self.child.start_kill();
        let status = self.child.wait().await;
        self.respawn();
        format!("old process {status:?}")
    }

    /// The exit status, if the process ended on its own; a new process then takes over
    /// (so that the run still counts what comes out).
    fn check_alive(&mut self) -> Option<String> {
        match self.child.try_wait() {
            Ok(Some(status)) => {
                self.respawn();
                Some(status.to_string())
            }
            _ => None,
        }
    }

    /// SIGTERM, then SIGKILL after 15 s.
    async fn stop(mut self) {
        if let Some(pid) = self.child.id() {
            let _ = tokio::process::Command::new("kill")
                .arg(pid.to_string())
                .status()
                .await;
            if tokio::time::timeout(Duration::from_secs(15), self.child.wait())
                .await
                .is_ok()
            {
                return;
            }
        }
        let _ = self.child.kill().await;
    }
}

/// Deletes the run's queues and exchanges when dropped (also on panic), through any node.
struct TopologyGuard {
    urls: String,
    topology: Topology,
    out_queue: String,
}

impl Drop for TopologyGuard {
    fn drop(&mut self) {
        let (urls, t, q) = (
            self.urls.clone(),
            self.topology.clone(),
            self.out_queue.clone(),
        );
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let urls: enricher::amqp::AmqpUrls = urls.parse().unwrap();
                let tls = enricher::amqp::TlsConfig::default();
                let connect = enricher::amqp::connect_any(&urls, 0, "enricher chaos cleanup", &tls);
                if let Ok(Ok((conn, _))) =
                    tokio::time::timeout(Duration::from_secs(30), connect).await
                {
                    broker::delete_topology(&conn, &t, &[q], &[]).await;
                    let _ = conn.close(200, "cleanup".into()).await;
                }
            });
        })
        .join();
    }
}

/// Runs the chaos of `options` on a cluster (`None` where RabbitMQ is not installed).
/// `interrupt` ends the run early (Ctrl-C): the report then says `interrupted`, and
/// cleanup happens all the same.
pub async fn run(options: &Options, interrupt: CancellationToken) -> Option<Report> {
    let started = Instant::now();
    let cluster = Cluster::reuse_or_up()?;
    let urls = cluster.urls();
    let suffix = broker::random_suffix("chaos");
    let topology = broker::topology(&suffix, QueueType::Quorum);
    let out_queue = format!("chaos.out.{suffix}");
    let plan = plan(options);
    let mut report = Report {
        seed: options.seed,
        prefetch: options.prefetch,
        ..Report::default()
    };
    eprintln!(
        "[chaos] seed {}: {} articles at {}/s, {} faults planned, topology *.{suffix}",
        options.seed,
        options.articles,
        options.rate,
        plan.len()
    );

    // Arrange: everything declared through node 2, so node 2 leads the queues at first.
    let conn = connect_retrying(&node_url(2), 0, "enricher chaos setup").await;
    let guard = TopologyGuard {
        urls: urls.clone(),
        topology: topology.clone(),
        out_queue: out_queue.clone(),
    };
    let ch = conn.create_channel().await.unwrap();
    broker::declare_with_quorum_output(&ch, &topology, &out_queue).await;
    let _ = conn.close(200, "ok".into()).await;

    let name = format!("enricher serve {suffix}");
    let mut service = Service::start(
        options.service_bin.clone(),
        urls.clone(),
        topology.clone(),
        name.clone(),
        options.prefetch,
    );
    wait_for_consumer(&urls, &topology.input_queue).await;

    let stop = CancellationToken::new();
    let tally = Arc::new(Mutex::new(Tally::default()));
    let collector = tokio::spawn(collect(
        urls.clone(),
        out_queue.clone(),
        topology.dead_letter_queue.clone(),
        tally.clone(),
        stop.clone(),
    ));
    let epoch = Instant::now();
    let publisher = tokio::spawn(publish(
        urls.clone(),
        topology.input_exchange.clone(),
        options.clone(),
        epoch,
        interrupt.clone(),
    ));

    // Act: the faults, one at a time.
    for (k, planned) in plan.iter().enumerate() {
        tokio::select! {
            _ = tokio::time::sleep_until(epoch + planned.at) => {}
            _ = interrupt.cancelled() => {
                report.skipped = plan.len() - k;
                break;
            }
        }
        if let Some(status) = service.check_alive() {
            report.unexpected_exits.push(status);
        }
        // Each fault meets a service that consumes (a restarted one may still be
        // starting, or reconnecting after the previous fault).
        wait_for_consumer(&urls, &topology.input_queue).await;
        let at = epoch.elapsed();
        eprintln!("[chaos] t={:.2}s {}", at.as_secs_f64(), planned.kind);
        let note = match planned.kind {
            FaultKind::KillService => service.kill_and_restart().await,
            FaultKind::CloseConnection => {
                let n = cluster
                    .close_connections_named(&name, "closed by the chaos run")
                    .await;
                format!("{n} connection(s) closed")
            }
            FaultKind::StopNode { node, pause } => {
                cluster.stop_node(node).await;
                tokio::time::sleep(pause).await;
                cluster.start_node(node).await;
                String::new()
            }
        };
        report.faults.push(Injected {
            at,
            took: epoch.elapsed() - at,
            kind: planned.kind,
            note,
        });
    }
    let published = publisher.await.unwrap_or_default();
    report.republished = published.republished;
    report.sent = published.confirmed;
    report.sent_invalid = (0..published.confirmed)
        .filter(|i| article(*i, options.bad_every).2)
        .count();

    // Wait for everything (or for nothing new within `settle`), then for late copies.
    let expected = published.confirmed;
    let mut last_count = 0;
    let mut last_change = Instant::now();
    loop {
        if let Some(status) = service.check_alive() {
            report.unexpected_exits.push(status);
        }
        let now = tally.lock().unwrap().distinct();
        if now != last_count {
            last_count = now;
            last_change = Instant::now();
        }
        if now >= expected || last_change.elapsed() > options.settle || interrupt.is_cancelled() {
            break;
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_millis(500)) => {}
            _ = interrupt.cancelled() => {}
        }
    }
    if !interrupt.is_cancelled() {
        tokio::time::sleep(Duration::from_secs(3)).await;
    }
    service.stop().await;
    stop.cancel();
    let _ = collector.await;

    // Assert-ready numbers.
    let tally = tally.lock().unwrap();
    for i in 0..published.confirmed {
        let (id, _, bad) = article(i, options.bad_every);
        let (here, there) = if bad {
            (&tally.dead, &tally.outputs)
        } else {
            (&tally.outputs, &tally.dead)
        };
        if !here.contains_key(&id) {
            report.missing.push(id.clone());
        }
        if there.contains_key(&id) {
            report.unexpected.push(format!(
                "{id} in the {} queue",
                if bad { "output" } else { "dead-letter" }
            ));
        }
    }
    // An interrupted run may have sent a batch without its confirms: not unexpected.
    let sent: HashSet<String> = (0..published.attempted).map(|i| article(i, 0).0).collect();
    for id in tally.outputs.keys().chain(tally.dead.keys()) {
        if !sent.contains(id) {
            report.unexpected.push(format!("{id} was never sent"));
        }
    }
    report.unexpected.extend(tally.unreadable.iter().cloned());
    let extra = |m: &HashMap<String, u32>| m.values().map(|n| (*n as usize) - 1).sum::<usize>();
    report.received = tally.outputs.keys().filter(|id| sent.contains(*id)).count();
    report.dead_letters = tally.dead.keys().filter(|id| sent.contains(*id)).count();
    report.duplicates = extra(&tally.outputs);
    report.dead_letter_duplicates = extra(&tally.dead);
    report.interrupted = interrupt.is_cancelled();
    report.elapsed = started.elapsed();
    drop(tally);
    drop(guard);
    drop(cluster);
    Some(report)
}

/// Waits (up to 120 s) until the input queue has a consumer.
async fn wait_for_consumer(urls: &str, queue: &str) {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let conn = connect_retrying(urls, 0, "enricher chaos probe").await;
        let consumers = broker::queue_counts(&conn, queue).await.map(|c| c.1);
        let _ = conn.close(200, "ok".into()).await;
        if matches!(consumers, Ok(n) if n > 0) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "enricher serve did not consume within 120 s"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}
