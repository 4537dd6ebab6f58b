//! The `serve` service: [`App::build`] prepares everything that does not need the
//! broker (gazetteer, metrics endpoint); [`App::run_until`] connects, consumes,
//! enriches and publishes until the shutdown future resolves, reconnecting with
//! backoff whenever the connection is lost.
//!
//! # Guarantees
//!
//! - An input is acked only after its output (or its dead letter) is confirmed by the
//!   broker; anything else is requeued or left to the broker to redeliver
//!   (at-least-once: a crash between confirm and ack produces a duplicate output).
//! - At most `prefetch` deliveries are unacked and at most `prefetch` are being
//!   handled at once; nothing else buffers messages. Deliveries being handled hold a
//!   share of a budget of bytes (`max_in_flight_bytes`, [`crate::budget`]); while it is
//!   spent no further delivery is taken.
//! - While the broker blocks publishers (`connection.blocked`) no new delivery is
//!   taken.
//! - On shutdown the consumer is cancelled, in-flight deliveries get
//!   `shutdown_timeout` to finish, the rest go back to the queue when the channel
//!   closes, and the connection is closed cleanly.

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use enricher_tagger::Gazetteer;
use futures_util::StreamExt;
use lapin::options::{BasicCancelOptions, BasicConsumeOptions, BasicQosOptions};
use lapin::types::FieldTable;
use lapin::{Connection, Event};
use tokio::sync::{mpsc, watch, Semaphore};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tracing::{debug, error, info, info_span, warn, Instrument};

use crate::amqp::acks::{settle_loop, Settle};
use crate::amqp::backoff::Backoff;
use crate::amqp::{AmqpUrl, Publisher, Topology};
use crate::pipeline::{Handled, Pipeline};
use crate::telemetry::{http, Metrics};

/// Bound on waiting for `channel.close` / `connection.close` answers.
const CLOSE_TIMEOUT: Duration = Duration::from_secs(5);

/// The prefetch used when none is configured; chosen by measurement (see `--help`).
pub const DEFAULT_PREFETCH: u16 = 300;

/// Everything `serve` needs to run. [`Config::default`] holds the contract's defaults.
#[derive(Debug, Clone)]
pub struct Config {
    /// Broker URL (password redacted in `Debug`).
    pub amqp_url: AmqpUrl,
    /// The `connection_name` client property, to find this connection on the broker.
    pub connection_name: String,
    /// Exchange and queue names.
    pub topology: Topology,
    /// Unacked deliveries the broker may send ahead (`basic.qos`); also the cap on
    /// deliveries handled at once.
    pub prefetch: u16,
    /// Acks are sent with `multiple` once this many deliveries are ackable together
    /// (capped at half the prefetch), or at the latest `ack_linger` after one became
    /// ackable.
    pub ack_batch: u16,
    /// See `ack_batch`.
    pub ack_linger: Duration,
    /// Where `/metrics` is served (port 0 picks a free port; see [`App::metrics_addr`]).
    pub metrics_addr: SocketAddr,
    /// Gazetteer directory; `None` for the built-in one.
    pub gazetteer: Option<PathBuf>,
    /// Larger inputs are dead-lettered as `too_large`.
    pub max_message_bytes: usize,
    /// The budget of bytes in flight across deliveries ([`crate::budget`]).
    pub max_in_flight_bytes: usize,
    /// How long in-flight deliveries may take to finish at shutdown.
    pub shutdown_timeout: Duration,
    /// How long to wait for a publisher confirm.
    pub publish_timeout: Duration,
    /// Pause before requeueing an input whose publish failed.
    pub retry_delay: Duration,
    /// First reconnect delay (doubles per failed attempt, with jitter).
    pub reconnect_min_delay: Duration,
    /// Upper bound of the reconnect delay.
    pub reconnect_max_delay: Duration,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            amqp_url: crate::amqp::DEFAULT_AMQP_URL
                .parse()
                .expect("valid default URL"),
            connection_name: format!("enricher serve (pid {})", std::process::id()),
            topology: Topology::default(),
            prefetch: DEFAULT_PREFETCH,
            ack_batch: 50,
            ack_linger: Duration::from_millis(5),
            metrics_addr: SocketAddr::from(([127, 0, 0, 1], 9898)),
            gazetteer: None,
            max_message_bytes: 1_048_576,
            max_in_flight_bytes: crate::budget::DEFAULT_MAX_IN_FLIGHT_BYTES,
            shutdown_timeout: Duration::from_secs(10),
            publish_timeout: Duration::from_secs(30),
            retry_delay: Duration::from_secs(1),
            reconnect_min_delay: Duration::from_millis(100),
            reconnect_max_delay: Duration::from_secs(30),
        }
    }
}

/// Whether the service is consuming; a cheap clonable view for tests and probes.
#[derive(Debug, Clone)]
pub struct Readiness(watch::Receiver<bool>);

impl Readiness {
    /// `true` while connected and consuming.
    pub fn is_ready(&self) -> bool {
        *self.0.borrow()
    }

    /// Waits until the service is connected and consuming.
    pub async fn wait_ready(&mut self) {
        let _ = self.0.wait_for(|ready| *ready).await;
    }

    /// Waits until the service is not consuming (connection lost or shutting down).
    pub async fn wait_not_ready(&mut self) {
        let _ = self.0.wait_for(|ready| !*ready).await;
    }
}

/// A built service, ready to [`run_until`](App::run_until).
#[derive(Debug)]
pub struct App {
    config: Config,
    pipeline: Arc<Pipeline>,
    metrics: Arc<Metrics>,
    metrics_addr: SocketAddr,
    /// Cancelled by `run_until` when it returns; held by the metrics HTTP task.
    http_shutdown: CancellationToken,
    http_task: JoinHandle<()>,
    /// Set by the session loop; read through [`Readiness`].
    ready: watch::Sender<bool>,
}

impl App {
    /// Loads the gazetteer and binds the metrics endpoint. Does not touch the broker:
    /// an unreachable broker is retried by `run_until`, not a start-up error.
    ///
    /// # Errors
    ///
    /// A gazetteer that does not load (the message names file, line and cause) or a
    /// metrics address that cannot be bound.
    pub async fn build(config: Config) -> anyhow::Result<App> {
        let gazetteer = match &config.gazetteer {
            None => Gazetteer::builtin().context("the built-in gazetteer does not load")?,
            Some(dir) => Gazetteer::load_dir(dir)
                .with_context(|| format!("cannot load gazetteer {}", dir.display()))?,
        };
        let gazetteer = Arc::new(gazetteer);
        let metrics = Arc::new(Metrics::new(&gazetteer));
        let http_shutdown = CancellationToken::new();
        let (metrics_addr, http_task) =
            http::serve(config.metrics_addr, metrics.clone(), http_shutdown.clone())
                .await
                .with_context(|| format!("cannot serve metrics on {}", config.metrics_addr))?;
        info!(%metrics_addr, gazetteer = gazetteer.content_hash(), "metrics endpoint up");
        let pipeline = Arc::new(Pipeline {
            gazetteer,
            metrics: metrics.clone(),
            output_exchange: config.topology.output_exchange.clone(),
            dead_letter_queue: config.topology.dead_letter_queue.clone(),
            max_message_bytes: config.max_message_bytes,
            retry_delay: config.retry_delay,
        });
        let (ready, _) = watch::channel(false);
        Ok(App {
            config,
            pipeline,
            metrics,
            metrics_addr,
            http_shutdown,
            http_task,
            ready,
        })
    }

    /// The address `/metrics` is served on (the real port when configured with 0).
    pub fn metrics_addr(&self) -> SocketAddr {
        self.metrics_addr
    }

    /// A view of whether the service is consuming.
    pub fn readiness(&self) -> Readiness {
        Readiness(self.ready.subscribe())
    }

    /// Runs the service until `shutdown` resolves, then drains and closes cleanly.
    ///
    /// Connection failures (at start or later) are retried forever with capped
    /// exponential backoff; topology is re-declared on every connect.
    ///
    /// # Errors
    ///
    /// Only for failures that retrying cannot fix; today there are none after
    /// `build`, so this returns `Ok` after a shutdown.
    pub async fn run_until<F>(self, shutdown: F) -> anyhow::Result<()>
    where
        F: Future<Output = ()> + Send + 'static,
    {
        let token = CancellationToken::new();
        let tracker = TaskTracker::new();
        {
            let token = token.clone();
            tracker.spawn(async move {
                tokio::select! {
                    _ = shutdown => info!("shutdown requested"),
                    _ = token.cancelled() => {}
                }
                token.cancel();
            });
        }
        let mut backoff = Backoff::new(
            self.config.reconnect_min_delay,
            self.config.reconnect_max_delay,
        );
        let mut first = true;
        while !token.is_cancelled() {
            if !first {
                self.metrics.reconnect();
            }
            first = false;
            let started = Instant::now();
            let ended = self.run_session(&token, &tracker).await;
            self.ready.send_replace(false);
            self.metrics.consuming(false);
            self.metrics.connection_up(false);
            match ended {
                Ok(()) => break,
                Err(err) => {
                    if started.elapsed() > Duration::from_secs(30) {
                        backoff.reset();
                    }
                    let delay = backoff.next_delay();
                    warn!(error = %format!("{err:#}"), retry_in = ?delay, "broker session ended; reconnecting");
                    tokio::select! {
                        _ = tokio::time::sleep(delay) => {}
                        _ = token.cancelled() => break,
                    }
                }
            }
        }
        token.cancel();
        tracker.close();
        tracker.wait().await;
        self.http_shutdown.cancel();
        let _ = self.http_task.await;
        info!("stopped");
        Ok(())
    }

    /// One connection's lifetime. `Ok` after a clean shutdown, `Err` when the
    /// connection could not be made or was lost.
    async fn run_session(
        &self,
        shutdown: &CancellationToken,
        tracker: &TaskTracker,
    ) -> anyhow::Result<()> {
        let cfg = &self.config;
        let conn = crate::amqp::connect(&cfg.amqp_url, &cfg.connection_name).await?;
        let session = Session::open(conn, cfg, tracker).await;
        let session = match session {
            Ok(s) => s,
            Err((conn, err)) => {
                let _ = conn.close(200, "start-up failed".into()).await;
                return Err(err);
            }
        };
        self.metrics.connection_up(true);
        self.metrics.consuming(true);
        self.ready.send_replace(true);
        info!(
            url = %cfg.amqp_url,
            queue = %cfg.topology.input_queue,
            prefetch = cfg.prefetch,
            "consuming"
        );
        session.consume(self, shutdown).await
    }
}

/// One connection with its consume and publish channels.
struct Session {
    conn: Connection,
    consume: lapin::Channel,
    publisher: Publisher,
    consumer: lapin::Consumer,
    /// Cancelled when the connection reports an error (closed by the broker, lost) or
    /// a handler finds the publish channel closed: the session must start over.
    lost: CancellationToken,
    lost_reason: Arc<std::sync::Mutex<Option<String>>>,
    /// `true` while the broker blocks publishers; sender held by the event task.
    blocked: watch::Receiver<bool>,
    /// Cancelled when the session ends, to stop the event task.
    done: CancellationToken,
}

impl Session {
    async fn open(
        conn: Connection,
        cfg: &Config,
        tracker: &TaskTracker,
    ) -> Result<Session, (Connection, anyhow::Error)> {
        let lost = CancellationToken::new();
        let done = CancellationToken::new();
        let lost_reason = Arc::new(std::sync::Mutex::new(None));
        let (blocked_tx, blocked) = watch::channel(conn.status().blocked());
        {
            let mut events = conn.events_listener();
            let (lost, done, lost_reason) = (lost.clone(), done.clone(), lost_reason.clone());
            tracker.spawn(async move {
                loop {
                    let event = tokio::select! {
                        e = events.next() => e,
                        _ = done.cancelled() => return,
                    };
                    match event {
                        Some(Event::ConnectionBlocked(reason)) => {
                            warn!(%reason, "broker blocks publishers; pausing consumption");
                            blocked_tx.send_replace(true);
                        }
                        Some(Event::ConnectionUnblocked) => {
                            info!("broker unblocked publishers; resuming");
                            blocked_tx.send_replace(false);
                        }
                        Some(Event::Error(err)) => {
                            *lost_reason.lock().expect("lock") = Some(err.to_string());
                            lost.cancel();
                        }
                        Some(_) => {}
                        None => return,
                    }
                }
            });
        }
        let open = async {
            let consume = conn
                .create_channel()
                .await
                .context("cannot open the consume channel")?;
            cfg.topology
                .declare(&consume)
                .await
                .context("cannot declare the topology")?;
            consume
                .basic_qos(cfg.prefetch, BasicQosOptions { global: false })
                .await
                .context("basic.qos failed")?;
            let publish = conn
                .create_channel()
                .await
                .context("cannot open the publish channel")?;
            let publisher = Publisher::new(publish, cfg.publish_timeout, blocked.clone())
                .await
                .context("confirm.select failed")?;
            let consumer = consume
                .basic_consume(
                    cfg.topology.input_queue.as_str().into(),
                    "".into(),
                    BasicConsumeOptions::default(),
                    FieldTable::default(),
                )
                .await
                .with_context(|| format!("cannot consume from {}", cfg.topology.input_queue))?;
            anyhow::Ok((consume, publisher, consumer))
        };
        match open.await {
            Ok((consume, publisher, consumer)) => Ok(Session {
                conn,
                consume,
                publisher,
                consumer,
                lost,
                lost_reason,
                blocked,
                done,
            }),
            Err(err) => {
                done.cancel();
                Err((conn, err))
            }
        }
    }

    async fn consume(mut self, app: &App, shutdown: &CancellationToken) -> anyhow::Result<()> {
        let cfg = &app.config;
        let in_flight = cfg.prefetch.max(1) as usize;
        let permits = Arc::new(Semaphore::new(in_flight));
        let budget = crate::budget::ByteBudget::new(cfg.max_in_flight_bytes);
        let (settle_tx, settle_rx) = mpsc::channel::<Settle>(in_flight);
        let stop_settling = CancellationToken::new();
        let batch = u64::from(cfg.ack_batch.min((cfg.prefetch / 2).max(1)));
        let settler = tokio::spawn(settle_loop(
            self.consume.clone(),
            settle_rx,
            batch,
            cfg.ack_linger,
            stop_settling.clone(),
        ));
        let tasks = TaskTracker::new();
        let lost_reason = self.lost_reason.clone();

        /// Why the consume loop stopped.
        enum Stop {
            Shutdown,
            Lost(String),
        }
        let stop = loop {
            if *self.blocked.borrow() {
                app.metrics.blocked(true);
                tokio::select! {
                    biased;
                    _ = shutdown.cancelled() => break Stop::Shutdown,
                    _ = self.lost.cancelled() => break Stop::Lost(reason_of(&lost_reason, "connection lost")),
                    _ = self.blocked.wait_for(|b| !*b) => { app.metrics.blocked(false); continue }
                }
            }
            let permit = tokio::select! {
                biased;
                _ = shutdown.cancelled() => break Stop::Shutdown,
                _ = self.lost.cancelled() => break Stop::Lost(reason_of(&lost_reason, "connection lost")),
                p = permits.clone().acquire_owned() => p.expect("the semaphore is never closed"),
            };
            let delivery = tokio::select! {
                biased;
                _ = shutdown.cancelled() => break Stop::Shutdown,
                _ = self.lost.cancelled() => break Stop::Lost(reason_of(&lost_reason, "connection lost")),
                _ = self.blocked.wait_for(|b| *b) => continue,
                d = self.consumer.next() => d,
            };
            let delivery = match delivery {
                Some(Ok(d)) => d,
                Some(Err(err)) => break Stop::Lost(format!("consumer failed: {err}")),
                None => {
                    break Stop::Lost(reason_of(&lost_reason, "the broker cancelled the consumer"))
                }
            };
            // Memory bounded by bytes: the delivery's share of the budget, held until it
            // is settled. While the budget is spent no further delivery is taken.
            let charge = tokio::select! {
                biased;
                _ = shutdown.cancelled() => break Stop::Shutdown,
                _ = self.lost.cancelled() => break Stop::Lost(reason_of(&lost_reason, "connection lost")),
                c = budget.acquire(budget.charge_for(delivery.data.len())) => c,
            };
            let (pipeline, publisher, settle, token) = (
                app.pipeline.clone(),
                self.publisher.clone(),
                settle_tx.clone(),
                shutdown.clone(),
            );
            let (lost, lost_reason) = (self.lost.clone(), lost_reason.clone());
            // Every log line about this delivery carries its tag and message id.
            let span = info_span!(
                "delivery",
                tag = delivery.delivery_tag,
                message_id = delivery
                    .properties
                    .message_id()
                    .as_ref()
                    .map(|m| m.as_str()),
                redelivered = delivery.redelivered,
            );
            tasks.spawn(
                async move {
                    pipeline.metrics.in_flight_add(1);
                    let decision = pipeline.handle(&publisher, delivery, &token).await;
                    pipeline.metrics.in_flight_add(-1);
                    let restart = match decision {
                        Handled::Settle(settle_as) => {
                            let _ = settle.send(settle_as).await;
                            None
                        }
                        Handled::SettleAndRedeclare(settle_as) => {
                            let _ = settle.send(settle_as).await;
                            Some("the dead-letter queue is gone; declaring it again")
                        }
                        // The publish channel is gone (say the broker closed it after a
                        // publish to a deleted exchange) while the consume channel may live
                        // on: without a new session every delivery would stay unacked until
                        // prefetch runs out.
                        Handled::ChannelGone => Some("the publish channel closed"),
                    };
                    if let Some(why) = restart {
                        lost_reason
                            .lock()
                            .expect("lock")
                            .get_or_insert_with(|| why.to_owned());
                        lost.cancel();
                    }
                    drop(permit);
                    drop(charge);
                }
                .instrument(span),
            );
        };
        drop(settle_tx);
        tasks.close();
        app.metrics.consuming(false);
        app.ready.send_replace(false);

        match stop {
            Stop::Shutdown => {
                let tag = self.consumer.tag();
                if let Err(err) = self
                    .consume
                    .basic_cancel(tag, BasicCancelOptions::default())
                    .await
                {
                    warn!(error = %err, "basic.cancel failed");
                }
                info!(in_flight = tasks.len(), timeout = ?cfg.shutdown_timeout, "draining in-flight deliveries");
                if tokio::time::timeout(cfg.shutdown_timeout, tasks.wait())
                    .await
                    .is_err()
                {
                    warn!(
                        unfinished = tasks.len(),
                        "shutdown timeout: unfinished deliveries go back to the queue"
                    );
                }
                stop_settling.cancel();
                match settler.await {
                    Ok(Ok(stats)) => info!(
                        acked = stats.acked,
                        requeued = stats.requeued,
                        ack_frames = stats.ack_frames,
                        "settled"
                    ),
                    Ok(Err(err)) => {
                        warn!(error = %err, "final acks failed; the broker redelivers those inputs")
                    }
                    Err(err) => error!(error = %err, "settle task panicked"),
                }
                // Closing the consume channel hands every unacked delivery back to the
                // queue; bounded so a vanished broker cannot hang the exit.
                let close = async {
                    let _ = self.publisher.channel().close(200, "shutdown".into()).await;
                    let _ = self.consume.close(200, "shutdown".into()).await;
                    self.conn.close(200, "shutdown".into()).await
                };
                match tokio::time::timeout(CLOSE_TIMEOUT, close).await {
                    Ok(Ok(())) => info!("connection closed"),
                    Ok(Err(err)) => debug!(error = %err, "connection close"),
                    Err(_) => warn!("the broker did not answer connection.close in time"),
                }
                self.done.cancel();
                Ok(())
            }
            Stop::Lost(reason) => {
                // Handlers fail fast once the channel is gone (pending confirms are
                // rejected); the timeout only bounds a hung one.
                let _ = tokio::time::timeout(cfg.shutdown_timeout, tasks.wait()).await;
                stop_settling.cancel();
                let _ = settler.await;
                let _ = tokio::time::timeout(
                    CLOSE_TIMEOUT,
                    self.conn.close(320, "reconnecting".into()),
                )
                .await;
                self.done.cancel();
                Err(anyhow::anyhow!(reason))
            }
        }
    }
}

fn reason_of(reason: &std::sync::Mutex<Option<String>>, default: &str) -> String {
    reason
        .lock()
        .expect("lock")
        .clone()
        .unwrap_or_else(|| default.to_owned())
}
