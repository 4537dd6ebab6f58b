//! The service's named events. Each one is a small struct; its [`Emit::emit`] writes the
//! event's log line and moves its metrics, so the two never drift apart and the code
//! that reports something only says *what* happened:
//!
//! ```ignore
//! SessionLost { reason: &lost, retry_in }.emit(&metrics);
//! ```
//!
//! | event | level | metrics |
//! |---|---|---|
//! | [`DeliveryReceived`] | none | consumed, redelivered, article size |
//! | [`ArticlePublished`] | trace | published, mentions, documents by country / weapon category |
//! | [`DeliveryDeadLettered`] | debug | dead lettered by reason |
//! | [`PublishFailed`] | warn (debug when the channel is gone) | publish failures by reason |
//! | [`SessionConsuming`] | info | broker connected = 1, consuming = 1 |
//! | [`ConsumingStopped`] | none | consuming = 0 |
//! | [`SessionEnded`] | none | broker connected = 0, consuming = 0, blocked = 0 |
//! | [`SessionLost`] | warn | reconnects + 1 |
//! | [`TopologyRefused`] | error | none (the process exits 1) |
//! | [`BrokerBlocked`] / [`BrokerUnblocked`] | warn / info | broker blocked = 1 / 0 |
//! | [`GazetteerReloaded`] | info | gazetteer info (new hash), entries, reloads{success} |
//! | [`GazetteerReloadFailed`] | warn (file:line: cause) | reloads{failure} |
//!
//! Readiness (`/readyz` and [`super::Readiness`]) follows the connected and consuming
//! gauges, so these events are its one source.

use std::time::Duration;

use enricher_proto::EnrichedArticle;
use enricher_tagger::GazetteerError;
use tracing::{debug, info, trace, warn};

use super::{ErrorChain, GazetteerLabels, Metrics};
use crate::amqp::{AmqpUrl, PublishError};

/// A named event: one log line (or none) and its metrics, written together.
pub trait Emit {
    /// Writes the log line and moves the metrics of this event.
    fn emit(self, metrics: &Metrics);
}

/// A delivery arrived from the input queue.
#[derive(Debug, Clone, Copy)]
pub struct DeliveryReceived {
    /// Body size in bytes.
    pub bytes: usize,
    /// The broker's redelivered flag.
    pub redelivered: bool,
}

impl Emit for DeliveryReceived {
    fn emit(self, metrics: &Metrics) {
        metrics.delivery_received(self.bytes, self.redelivered);
    }
}

/// An enriched article was published and confirmed.
#[derive(Debug, Clone, Copy)]
pub struct ArticlePublished<'a> {
    /// The article as published.
    pub article: &'a EnrichedArticle,
}

impl Emit for ArticlePublished<'_> {
    fn emit(self, metrics: &Metrics) {
        trace!(message_id = %self.article.id, "enriched article confirmed");
        metrics.article_tagged(self.article);
        metrics.published();
    }
}

/// An input that can never be enriched was published to the dead-letter queue and
/// confirmed.
#[derive(Debug, Clone, Copy)]
pub struct DeliveryDeadLettered {
    /// `DecodeError::reason()`: a closed set.
    pub reason: &'static str,
}

impl Emit for DeliveryDeadLettered {
    fn emit(self, metrics: &Metrics) {
        debug!(reason = self.reason, "input dead-lettered");
        metrics.dead_lettered(self.reason);
    }
}

/// A publish (output or dead letter) was not confirmed; the input goes back to the
/// queue after `retry_in` (or is redelivered by the broker when the channel is gone).
#[derive(Debug, Clone, Copy)]
pub struct PublishFailed<'a> {
    /// Why.
    pub error: &'a PublishError,
    /// Pause before the requeue; `None` when the channel is gone and nothing can be
    /// settled.
    pub retry_in: Option<Duration>,
}

impl Emit for PublishFailed<'_> {
    fn emit(self, metrics: &Metrics) {
        metrics.publish_failed(self.error.reason());
        match self.retry_in {
            Some(retry_in) => {
                warn!(error = %self.error, ?retry_in, "publish failed; requeueing the input")
            }
            None => debug!(error = %self.error, "channel gone; the broker will redeliver"),
        }
    }
}

/// A session is connected, has declared the topology and consumes the input queue.
#[derive(Debug, Clone, Copy)]
pub struct SessionConsuming<'a> {
    /// The broker (displayed redacted).
    pub url: &'a AmqpUrl,
    /// The input queue.
    pub queue: &'a str,
    /// `basic.qos` prefetch.
    pub prefetch: u16,
}

impl Emit for SessionConsuming<'_> {
    fn emit(self, metrics: &Metrics) {
        metrics.connection_up(true);
        metrics.consuming(true);
        info!(url = %self.url, queue = self.queue, prefetch = self.prefetch, "consuming");
    }
}

/// The session stopped taking deliveries (shutdown or loss); in-flight ones finish.
#[derive(Debug, Clone, Copy)]
pub struct ConsumingStopped;

impl Emit for ConsumingStopped {
    fn emit(self, metrics: &Metrics) {
        metrics.consuming(false);
    }
}

/// A session is over: its connection is closed or gone.
#[derive(Debug, Clone, Copy)]
pub struct SessionEnded;

impl Emit for SessionEnded {
    fn emit(self, metrics: &Metrics) {
        metrics.consuming(false);
        metrics.connection_up(false);
        metrics.blocked(false);
    }
}

/// A session could not be opened or was lost; the next attempt starts after `retry_in`.
#[derive(Debug, Clone, Copy)]
pub struct SessionLost<'a> {
    /// Why (logged with its causes: connection errors, the broker's reply text).
    pub reason: &'a (dyn std::error::Error + 'static),
    /// Backoff before the next attempt.
    pub retry_in: Duration,
}

impl Emit for SessionLost<'_> {
    fn emit(self, metrics: &Metrics) {
        metrics.reconnect();
        warn!(error = %ErrorChain(self.reason), retry_in = ?self.retry_in, "broker session ended; reconnecting");
    }
}

/// The broker refuses the configured topology: the service stops (exit 1).
#[derive(Debug, Clone, Copy)]
pub struct TopologyRefused<'a> {
    /// The broker's reply.
    pub conflict: &'a crate::session::TopologyConflict,
}

impl Emit for TopologyRefused<'_> {
    fn emit(self, _metrics: &Metrics) {
        tracing::error!("{}; stopping", self.conflict);
    }
}

/// The broker blocks publishers on this connection (memory or disk alarm).
#[derive(Debug, Clone, Copy)]
pub struct BrokerBlocked<'a> {
    /// The broker's reason text.
    pub reason: &'a str,
}

impl Emit for BrokerBlocked<'_> {
    fn emit(self, metrics: &Metrics) {
        metrics.blocked(true);
        warn!(
            reason = self.reason,
            "broker blocks publishers; pausing consumption"
        );
    }
}

/// The broker lifted its block.
#[derive(Debug, Clone, Copy)]
pub struct BrokerUnblocked;

impl Emit for BrokerUnblocked {
    fn emit(self, metrics: &Metrics) {
        metrics.blocked(false);
        info!("broker unblocked publishers; resuming");
    }
}

/// A reloaded gazetteer replaced the old one.
#[derive(Debug, Clone, Copy)]
pub struct GazetteerReloaded<'a> {
    /// The directory it came from, or `built-in`.
    pub source: &'a str,
    /// The hash of the gazetteer it replaced.
    pub old_hash: &'a str,
    /// The new gazetteer's hash, entries and label sets.
    pub labels: &'a GazetteerLabels,
}

impl Emit for GazetteerReloaded<'_> {
    fn emit(self, metrics: &Metrics) {
        metrics.gazetteer_reloaded(self.labels);
        info!(
            source = self.source,
            old_hash = self.old_hash,
            new_hash = %self.labels.hash,
            entries = ?self.labels.entries,
            "gazetteer reloaded"
        );
    }
}

/// A reload was refused; the gazetteer in use keeps serving.
#[derive(Debug, Clone, Copy)]
pub struct GazetteerReloadFailed<'a> {
    /// The directory it came from, or `built-in`.
    pub source: &'a str,
    /// File, line and cause.
    pub error: &'a GazetteerError,
}

impl Emit for GazetteerReloadFailed<'_> {
    fn emit(self, metrics: &Metrics) {
        metrics.gazetteer_reload_failed();
        warn!(
            source = self.source,
            file = %self.error.file,
            line = self.error.line,
            cause = %self.error.cause,
            "gazetteer reload refused ({}); the loaded gazetteer keeps serving",
            self.error
        );
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn sample(m: &Metrics, series: &str) -> f64 {
        m.encode()
            .lines()
            .find_map(|l| {
                let (k, v) = l.rsplit_once(' ')?;
                (k == series).then(|| v.parse().ok()).flatten()
            })
            .unwrap_or_else(|| panic!("no {series}"))
    }

    #[test]
    fn session_events_drive_readiness_and_gauges() {
        let m = Metrics::with_labels(&GazetteerLabels::default());
        let ready = m.readiness_view();
        assert!(!ready.is_ready());
        SessionConsuming {
            url: &"amqp://h".parse().unwrap(),
            queue: "q",
            prefetch: 1,
        }
        .emit(&m);
        assert!(ready.is_ready());
        assert_eq!(sample(&m, "enricher_broker_connected"), 1.0);
        BrokerBlocked { reason: "memory" }.emit(&m);
        assert_eq!(sample(&m, "enricher_broker_blocked"), 1.0);
        ConsumingStopped.emit(&m);
        assert!(!ready.is_ready());
        assert_eq!(sample(&m, "enricher_broker_connected"), 1.0);
        SessionEnded.emit(&m);
        assert_eq!(sample(&m, "enricher_broker_connected"), 0.0);
        assert_eq!(sample(&m, "enricher_broker_blocked"), 0.0);
        SessionLost {
            reason: &PublishError::Nacked,
            retry_in: Duration::ZERO,
        }
        .emit(&m);
        assert_eq!(sample(&m, "enricher_broker_reconnects_total"), 1.0);
    }

    #[test]
    fn delivery_events_move_their_counters() {
        let m = Metrics::with_labels(&GazetteerLabels::default());
        DeliveryReceived {
            bytes: 10,
            redelivered: true,
        }
        .emit(&m);
        DeliveryDeadLettered {
            reason: "invalid_json",
        }
        .emit(&m);
        PublishFailed {
            error: &PublishError::Nacked,
            retry_in: Some(Duration::ZERO),
        }
        .emit(&m);
        assert_eq!(sample(&m, "enricher_messages_consumed_total"), 1.0);
        assert_eq!(sample(&m, "enricher_messages_redelivered_total"), 1.0);
        assert_eq!(
            sample(
                &m,
                "enricher_messages_dead_lettered_total{reason=\"invalid_json\"}"
            ),
            1.0
        );
        assert_eq!(
            sample(&m, "enricher_publish_failures_total{reason=\"nack\"}"),
            1.0
        );
    }
}
