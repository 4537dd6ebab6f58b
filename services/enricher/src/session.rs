//! One broker session: open a connection, declare the topology, consume, hand each
//! delivery to the [`Pipeline`], settle, and end, with a typed [`Outcome`].
//!
//! A session knows the pipeline, the [`Config`] and the [`Metrics`] (through which
//! readiness is reported); it never sees the `App`. [`crate::app::App`] runs one
//! session after another and decides, from the outcome, whether to reconnect.
//!
//! # Cancellation
//!
//! Every token is a child of the one root the caller passes in (cancelled on
//! shutdown):
//!
//! ```text
//! root (shutdown)
//! └── session: cancelled when the session ends; stops its connection-event task
//!     └── lost: cancelled when the connection or a channel is gone
//! ```
//!
//! The consume loop runs one `select!` per turn and gives shutdown priority over loss,
//! so a shutdown (which also cancels `lost`, its descendant) is never mistaken for a
//! lost connection.
//!
//! # Guarantees
//!
//! - An input is acked only after its output (or its dead letter) is confirmed;
//!   everything else is requeued or left to the broker to redeliver.
//! - At most `prefetch` deliveries are unacked and being handled at once.
//! - While the broker blocks publishers (`connection.blocked`) no new delivery is taken.
//! - On shutdown the consumer is cancelled, in-flight deliveries get
//!   `shutdown_timeout` to finish, the rest go back to the queue when the channel
//!   closes, and the connection is closed cleanly.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::StreamExt;
use lapin::options::{BasicCancelOptions, BasicConsumeOptions, BasicQosOptions};
use lapin::types::FieldTable;
use lapin::{Connection, Event};
use tokio::sync::{mpsc, watch, OwnedSemaphorePermit, Semaphore};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tracing::{debug, error, info, info_span, warn, Instrument};

use crate::amqp::acks::{settle_loop, Settle};
use crate::amqp::{ConnectError, Publisher};
use crate::config::Config;
use crate::pipeline::{Handled, Pipeline};
use crate::telemetry::events::{
    BrokerBlocked, BrokerUnblocked, ConsumingStopped, SessionConsuming, SessionEnded,
};
use crate::telemetry::{Emit, Metrics};

/// Bound on waiting for `channel.close` / `connection.close` answers.
const CLOSE_TIMEOUT: Duration = Duration::from_secs(5);

/// How a session ended.
#[derive(Debug)]
pub enum Outcome {
    /// The root token was cancelled; in-flight deliveries were drained (within
    /// `shutdown_timeout`) and the connection closed cleanly.
    Shutdown,
    /// The session could not be opened or was lost; a new one may succeed.
    Lost(Lost),
    /// The broker refuses the topology as configured; no new session can succeed until
    /// an operator changes the configuration or the broker.
    Refused(TopologyConflict),
}

/// The broker has an exchange or queue of the configured name with other settings
/// (`406 PRECONDITION_FAILED` on declare): a configuration error, not a transient one.
#[derive(Debug, thiserror::Error)]
#[error(
    "the broker refuses the configured topology (a queue or exchange exists with other \
     settings; change the names, --queue-type, or delete the object): {reply}"
)]
pub struct TopologyConflict {
    /// The broker's reply text, which names the object and the argument.
    pub reply: String,
}

/// Why a session could not be opened or did not last.
#[derive(Debug, thiserror::Error)]
pub enum Lost {
    /// No connection (the URL in the error is redacted).
    #[error(transparent)]
    Connect(#[from] ConnectError),
    /// A step of opening the session failed (channel, declaration, qos, consume).
    #[error("{step}")]
    Open {
        /// What was being done, for people.
        step: String,
        /// lapin's error (the broker's reply text for a refused declaration).
        source: lapin::Error,
    },
    /// The connection reported an error (closed by the broker, network lost).
    #[error("connection lost: {0}")]
    Connection(String),
    /// The consumer stream yielded an error.
    #[error("consumer failed: {0}")]
    ConsumerFailed(String),
    /// The broker cancelled the consumer (the queue was deleted, say).
    #[error("the broker cancelled the consumer")]
    ConsumerCancelled,
    /// The publish channel closed while the consume channel may live on.
    #[error("the publish channel closed")]
    PublishChannelClosed,
    /// A dead letter came back unroutable: the dead-letter queue is gone and only a new
    /// session declares it again.
    #[error("the dead-letter queue is gone; declaring it again")]
    DeadLetterQueueGone,
}

/// The first reason a session was lost, written by whoever notices first (the
/// connection-event task or a delivery task), read once by the consume loop.
#[derive(Debug, Clone, Default)]
struct LostReason(Arc<Mutex<Option<Lost>>>);

impl LostReason {
    fn set(&self, lost: Lost) {
        self.0
            .lock()
            .expect("the lock is never poisoned")
            .get_or_insert(lost);
    }

    fn take_or(&self, default: Lost) -> Lost {
        self.0
            .lock()
            .expect("the lock is never poisoned")
            .take()
            .unwrap_or(default)
    }
}

/// How a session ended and which broker URL the next one should try first.
#[derive(Debug)]
pub struct Ended {
    /// Shutdown or lost.
    pub outcome: Outcome,
    /// Index (round `config.amqp_url`) of the URL to try first next time: the one
    /// after the node this session used, so that a node that went away is tried last.
    pub next_url: usize,
}

/// Connects to the first URL of `config.amqp_url` that answers, starting with the
/// one at `first_url`, runs one session on it until shutdown or loss, and says which.
///
/// `root` is the service's shutdown token; the session's own tokens are its children.
pub async fn run(
    first_url: usize,
    config: &Config,
    pipeline: &Arc<Pipeline>,
    metrics: &Arc<Metrics>,
    root: &CancellationToken,
) -> Ended {
    let (session, used) = match Session::open(first_url, config, metrics, root).await {
        Ok(opened) => opened,
        Err((lost, next_url)) => {
            let outcome = match lost {
                Lost::Open { source, .. } if crate::amqp::is_conflict(&source) => {
                    Outcome::Refused(TopologyConflict {
                        reply: source.to_string(),
                    })
                }
                lost => Outcome::Lost(lost),
            };
            return Ended { outcome, next_url };
        }
    };
    SessionConsuming {
        url: config.amqp_url.nth_round(used),
        queue: &config.topology.input_queue,
        prefetch: config.prefetch,
    }
    .emit(metrics);
    let outcome = session.consume(config, pipeline, metrics, root).await;
    SessionEnded.emit(metrics);
    Ended {
        outcome,
        next_url: used + 1,
    }
}

/// One connection with its consume and publish channels.
struct Session {
    conn: Connection,
    consume: lapin::Channel,
    publisher: Publisher,
    consumer: lapin::Consumer,
    /// Child of the root; cancelled when the session ends (stops the event task).
    token: CancellationToken,
    /// Child of `token`; cancelled when the connection reports an error or a delivery
    /// task finds the publish channel gone. The reason is in `lost_reason`.
    lost: CancellationToken,
    lost_reason: LostReason,
    /// `true` while the broker blocks publishers; the sender is the event task.
    blocked: watch::Receiver<bool>,
}

impl Session {
    /// Opens a session on the first URL that answers; with the index of its URL, or
    /// the reason and the URL to start from next time.
    async fn open(
        first_url: usize,
        cfg: &Config,
        metrics: &Arc<Metrics>,
        root: &CancellationToken,
    ) -> Result<(Session, usize), (Lost, usize)> {
        let (conn, used) =
            crate::amqp::connect_any(&cfg.amqp_url, first_url, &cfg.connection_name, &cfg.tls)
                .await
                .map_err(|e| (Lost::from(e), first_url))?;
        let token = root.child_token();
        let lost = token.child_token();
        let lost_reason = LostReason::default();
        let (blocked_tx, blocked) = watch::channel(conn.status().blocked());
        tokio::spawn(watch_connection(
            conn.events_listener(),
            blocked_tx,
            lost.clone(),
            lost_reason.clone(),
            token.clone(),
            metrics.clone(),
        ));
        let open = async {
            let step = |step: &str| {
                let step = step.to_owned();
                move |source| Lost::Open { step, source }
            };
            let consume = conn
                .create_channel()
                .await
                .map_err(step("cannot open the consume channel"))?;
            cfg.topology
                .declare(&consume)
                .await
                .map_err(step("cannot declare the topology"))?;
            consume
                .basic_qos(cfg.prefetch, BasicQosOptions { global: false })
                .await
                .map_err(step("basic.qos failed"))?;
            let publish = conn
                .create_channel()
                .await
                .map_err(step("cannot open the publish channel"))?;
            let publisher = Publisher::new(publish, cfg.publish_timeout, blocked.clone())
                .await
                .map_err(step("confirm.select failed"))?;
            let consumer = consume
                .basic_consume(
                    cfg.topology.input_queue.as_str().into(),
                    "".into(),
                    BasicConsumeOptions::default(),
                    FieldTable::default(),
                )
                .await
                .map_err(step(&format!(
                    "cannot consume from {}",
                    cfg.topology.input_queue
                )))?;
            Ok((consume, publisher, consumer))
        };
        match open.await {
            Ok((consume, publisher, consumer)) => Ok((
                Session {
                    conn,
                    consume,
                    publisher,
                    consumer,
                    token,
                    lost,
                    lost_reason,
                    blocked,
                },
                used,
            )),
            Err(err) => {
                token.cancel();
                let _ =
                    tokio::time::timeout(CLOSE_TIMEOUT, conn.close(200, "start-up failed".into()))
                        .await;
                Err((err, used + 1))
            }
        }
    }

    /// Takes deliveries until shutdown or loss, then drains and closes.
    async fn consume(
        mut self,
        cfg: &Config,
        pipeline: &Arc<Pipeline>,
        metrics: &Arc<Metrics>,
        shutdown: &CancellationToken,
    ) -> Outcome {
        let in_flight = cfg.prefetch.max(1) as usize;
        let permits = Arc::new(Semaphore::new(in_flight));
        let (settle_tx, settle_rx) = mpsc::channel::<Settle>(in_flight);
        let stop_settling = self.token.child_token();
        let batch = u64::from(cfg.ack_batch.min((cfg.prefetch / 2).max(1)));
        let settler = tokio::spawn(settle_loop(
            self.consume.clone(),
            settle_rx,
            batch,
            cfg.ack_linger,
            stop_settling.clone(),
        ));
        let tasks = TaskTracker::new();

        // The permit for the next delivery, taken before asking the consumer for it so
        // that at most `prefetch` deliveries are handled at once.
        let mut permit: Option<OwnedSemaphorePermit> = None;
        // `false` once the event task (the sender) is gone.
        let mut blocked_open = true;
        let stop = loop {
            let blocked = *self.blocked.borrow_and_update();
            tokio::select! {
                biased;
                _ = shutdown.cancelled() => break None,
                _ = self.lost.cancelled() => {
                    break Some(self.lost_reason.take_or(Lost::Connection("connection lost".into())))
                }
                changed = self.blocked.changed(), if blocked_open => {
                    blocked_open = changed.is_ok();
                }
                p = permits.clone().acquire_owned(), if permit.is_none() && !blocked => {
                    permit = Some(p.expect("the semaphore is never closed"));
                }
                delivery = self.consumer.next(), if permit.is_some() && !blocked => {
                    let delivery = match delivery {
                        Some(Ok(d)) => d,
                        Some(Err(err)) => break Some(Lost::ConsumerFailed(err.to_string())),
                        None => break Some(self.lost_reason.take_or(Lost::ConsumerCancelled)),
                    };
                    let permit = permit.take().expect("guarded by the select condition");
                    tasks.spawn(handle_delivery(
                        delivery,
                        pipeline.clone(),
                        self.publisher.clone(),
                        settle_tx.clone(),
                        shutdown.clone(),
                        self.lost.clone(),
                        self.lost_reason.clone(),
                        permit,
                    ));
                }
            }
        };
        drop(settle_tx);
        drop(permit);
        tasks.close();
        ConsumingStopped.emit(metrics);

        let Some(lost) = stop else {
            self.drain_and_close(cfg, &tasks, &stop_settling, settler)
                .await;
            return Outcome::Shutdown;
        };
        // Handlers fail fast once the channel is gone (pending confirms are rejected);
        // the timeout only bounds a hung one.
        let _ = tokio::time::timeout(cfg.shutdown_timeout, tasks.wait()).await;
        stop_settling.cancel();
        let _ = settler.await;
        let _ =
            tokio::time::timeout(CLOSE_TIMEOUT, self.conn.close(320, "reconnecting".into())).await;
        self.token.cancel();
        Outcome::Lost(lost)
    }

    /// Shutdown: cancel the consumer, let in-flight deliveries finish (bounded), send
    /// the last acks, close channels and connection (bounded).
    async fn drain_and_close(
        self,
        cfg: &Config,
        tasks: &TaskTracker,
        stop_settling: &CancellationToken,
        settler: tokio::task::JoinHandle<lapin::Result<crate::amqp::acks::SettleStats>>,
    ) {
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
        // Closing the consume channel hands every unacked delivery back to the queue;
        // bounded so a vanished broker cannot hang the exit.
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
        self.token.cancel();
    }
}

/// Follows the connection's events until the session ends: blocked/unblocked into
/// `blocked`, an error into `lost`.
async fn watch_connection(
    mut events: impl futures_util::Stream<Item = Event> + Unpin,
    blocked: watch::Sender<bool>,
    lost: CancellationToken,
    lost_reason: LostReason,
    session: CancellationToken,
    metrics: Arc<Metrics>,
) {
    loop {
        let event = tokio::select! {
            e = events.next() => e,
            _ = session.cancelled() => return,
        };
        match event {
            Some(Event::ConnectionBlocked(reason)) => {
                BrokerBlocked { reason: &reason }.emit(&metrics);
                blocked.send_replace(true);
            }
            Some(Event::ConnectionUnblocked) => {
                BrokerUnblocked.emit(&metrics);
                blocked.send_replace(false);
            }
            Some(Event::Error(err)) => {
                lost_reason.set(Lost::Connection(err.to_string()));
                lost.cancel();
            }
            Some(_) => {}
            None => return,
        }
    }
}

/// Handles one delivery to the end, sends its settlement, and signals a lost session
/// when the pipeline says the channel is gone or the topology must be declared again.
#[allow(clippy::too_many_arguments)] // one task's inputs, each moved in once
async fn handle_delivery(
    delivery: lapin::message::Delivery,
    pipeline: Arc<Pipeline>,
    publisher: Publisher,
    settle: mpsc::Sender<Settle>,
    shutdown: CancellationToken,
    lost: CancellationToken,
    lost_reason: LostReason,
    permit: OwnedSemaphorePermit,
) {
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
    async move {
        pipeline.metrics.in_flight_add(1);
        let decision = pipeline.handle(&publisher, delivery, &shutdown).await;
        pipeline.metrics.in_flight_add(-1);
        let restart = match decision {
            Handled::Settle(settle_as) => {
                let _ = settle.send(settle_as).await;
                None
            }
            Handled::SettleAndRedeclare(settle_as) => {
                let _ = settle.send(settle_as).await;
                Some(Lost::DeadLetterQueueGone)
            }
            // The publish channel is gone (say the broker closed it after a publish to
            // a deleted exchange) while the consume channel may live on: without a new
            // session every delivery would stay unacked until prefetch runs out.
            Handled::ChannelGone => Some(Lost::PublishChannelClosed),
        };
        if let Some(why) = restart {
            lost_reason.set(why);
            lost.cancel();
        }
        drop(permit);
    }
    .instrument(span)
    .await
}
