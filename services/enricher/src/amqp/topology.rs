//! The exchanges and queues of contract section 1, declared idempotently at every
//! (re)connect so that a bare broker works and a deleted object comes back.
//!
//! ```text
//! news.raw (topic) --#--> enricher.raw (durable queue) --> enricher
//! enricher --> news.enriched (topic) --#--> news.enriched.tags (headers)
//! enricher --(default exchange)--> enricher.dead (durable queue)
//! ```

use std::fmt;
use std::str::FromStr;

use lapin::options::{
    ExchangeBindOptions, ExchangeDeclareOptions, QueueBindOptions, QueueDeclareOptions,
};
use lapin::types::{AMQPValue, FieldTable};
use lapin::{Channel, ExchangeKind};

/// The type of the service's durable queues (`x-queue-type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QueueType {
    /// Replicated, Raft-based; survives a node loss. The default.
    #[default]
    Quorum,
    /// The classic queue type (for brokers or policies that need it).
    Classic,
}

impl QueueType {
    /// The `x-queue-type` argument value.
    pub fn as_str(self) -> &'static str {
        match self {
            QueueType::Quorum => "quorum",
            QueueType::Classic => "classic",
        }
    }
}

impl FromStr for QueueType {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "quorum" => Ok(QueueType::Quorum),
            "classic" => Ok(QueueType::Classic),
            other => Err(format!(
                "unknown queue type {other:?} (expected quorum or classic)"
            )),
        }
    }
}

impl fmt::Display for QueueType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The names of the service's exchanges and queues.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topology {
    /// Topic exchange scrapers publish raw articles to.
    pub input_exchange: String,
    /// Durable queue the service consumes, bound to `input_exchange` with `#`.
    pub input_queue: String,
    /// Type of `input_queue` and `dead_letter_queue`.
    pub queue_type: QueueType,
    /// Topic exchange enriched articles are published to (input routing key kept).
    pub output_exchange: String,
    /// Headers exchange bound to `output_exchange` with `#`: consumers bind with
    /// `{"x-match": "any", "country.KP": true}` to get only the articles they want.
    /// By default `<output_exchange>.tags` ([`Topology::tags_exchange_for`]), so two
    /// deployments with different output exchanges never share it.
    pub tags_exchange: String,
    /// Durable queue for messages that can never be enriched (default exchange).
    pub dead_letter_queue: String,
}

impl Default for Topology {
    /// The contract's names.
    fn default() -> Self {
        use crate::config::defaults;
        Topology {
            input_exchange: defaults::INPUT_EXCHANGE.into(),
            input_queue: defaults::INPUT_QUEUE.into(),
            queue_type: defaults::QUEUE_TYPE
                .parse()
                .expect("valid default queue type"),
            output_exchange: defaults::OUTPUT_EXCHANGE.into(),
            tags_exchange: Topology::tags_exchange_for(defaults::OUTPUT_EXCHANGE),
            dead_letter_queue: defaults::DEAD_LETTER_QUEUE.into(),
        }
    }
}

impl Topology {
    /// The default tags exchange of an output exchange: `<output_exchange>.tags`.
    ///
    /// # Examples
    ///
    /// ```
    /// use enricher::amqp::Topology;
    /// assert_eq!(Topology::tags_exchange_for("news.enriched"), "news.enriched.tags");
    /// ```
    pub fn tags_exchange_for(output_exchange: &str) -> String {
        format!(
            "{output_exchange}{}",
            crate::config::defaults::TAGS_EXCHANGE_SUFFIX
        )
    }

    /// Declares everything, idempotently. Declaring an object that exists with
    /// other settings (say a classic `enricher.raw` with `--queue-type quorum`) fails
    /// with the broker's `PRECONDITION_FAILED` text, which names the argument.
    ///
    /// # Errors
    ///
    /// The first failed declaration; the channel is closed by the broker then.
    /// [`is_conflict`] tells a conflict with what the broker has (a configuration
    /// error) from a transient failure.
    pub async fn declare(&self, channel: &Channel) -> lapin::Result<()> {
        let durable = ExchangeDeclareOptions {
            durable: true,
            ..Default::default()
        };
        for (name, kind) in [
            (&self.input_exchange, ExchangeKind::Topic),
            (&self.output_exchange, ExchangeKind::Topic),
            (&self.tags_exchange, ExchangeKind::Headers),
        ] {
            channel
                .exchange_declare(name.as_str().into(), kind, durable, FieldTable::default())
                .await?;
        }
        channel
            .exchange_bind(
                self.tags_exchange.as_str().into(),
                self.output_exchange.as_str().into(),
                "#".into(),
                ExchangeBindOptions::default(),
                FieldTable::default(),
            )
            .await?;
        for queue in [&self.input_queue, &self.dead_letter_queue] {
            channel
                .queue_declare(
                    queue.as_str().into(),
                    QueueDeclareOptions::durable(),
                    self.queue_arguments(),
                )
                .await?;
        }
        channel
            .queue_bind(
                self.input_queue.as_str().into(),
                self.input_exchange.as_str().into(),
                "#".into(),
                QueueBindOptions::default(),
                FieldTable::default(),
            )
            .await?;
        Ok(())
    }

    fn queue_arguments(&self) -> FieldTable {
        let mut args = FieldTable::default();
        args.insert(
            "x-queue-type".into(),
            AMQPValue::LongString(self.queue_type.as_str().into()),
        );
        args
    }
}

/// Whether `err` is the broker refusing a declaration because the object exists with
/// other settings (`406 PRECONDITION_FAILED`: a classic queue declared as quorum, an
/// exchange of another type). Retrying cannot fix that; an operator must.
pub fn is_conflict(err: &lapin::Error) -> bool {
    use lapin::protocol::{AMQPErrorKind, AMQPSoftError};
    matches!(
        err.kind(),
        lapin::ErrorKind::ProtocolError(e)
            if *e.kind() == AMQPErrorKind::Soft(AMQPSoftError::PRECONDITIONFAILED)
    )
}
