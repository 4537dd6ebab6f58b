//! `enricher serve`: the microservice. Every flag can also be set by its environment
//! variable (contract section 1).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use crate::amqp::{QueueType, Topology};
use crate::app::App;
use crate::config::{defaults, BrokerArgs, Config};
use crate::session::TopologyConflict;
use crate::telemetry::{init_logging, LogFormat};

/// Arguments of `enricher serve`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = "\
Topology (declared idempotently at every connect, so a bare broker works):
  INPUT_EXCHANGE (topic) --#--> INPUT_QUEUE (durable) --> enricher
  enricher --> OUTPUT_EXCHANGE (topic, input routing key kept)
  OUTPUT_EXCHANGE --#--> TAGS_EXCHANGE (headers, default OUTPUT_EXCHANGE.tags): bind with {\"x-match\": \"any\", \"country.KP\": true}
  enricher --(default exchange)--> DEAD_LETTER_QUEUE (durable)

Outputs are published `mandatory` with publisher confirms: at least one queue must be bound
to the output exchange, otherwise inputs stay in the input queue (requeued after
--retry-delay) instead of being lost.

A topology that conflicts with what the broker has (406 PRECONDITION_FAILED, say an
existing classic queue under --queue-type quorum) is a configuration error: serve says so
once and exits 1. Unreachable brokers and lost connections are retried forever.

Signals: SIGTERM or SIGINT stop consuming, give in-flight deliveries --shutdown-timeout to
finish, hand the rest back to the queue and exit 0. A second signal exits at once (130).
SIGHUP reloads the gazetteer (--gazetteer DIR, or the built-in one) without stopping:
deliveries in flight finish with the old one, the next ones use the new one; a gazetteer
that does not load is refused with file:line: cause in the log and
enricher_gazetteer_reloads_total{result=\"failure\"}, and the old one keeps serving.")]
pub struct ServeArgs {
    #[command(flatten)]
    pub broker: BrokerArgs,

    /// Topic exchange scrapers publish raw articles to.
    #[arg(long, env = "ENRICHER_INPUT_EXCHANGE", default_value = defaults::INPUT_EXCHANGE)]
    pub input_exchange: String,

    /// Durable queue consumed by the service, bound to the input exchange with `#`.
    #[arg(long, env = "ENRICHER_INPUT_QUEUE", default_value = defaults::INPUT_QUEUE)]
    pub input_queue: String,

    /// Type of the input and dead-letter queues: quorum (replicated) or classic.
    #[arg(long, env = "ENRICHER_QUEUE_TYPE", default_value = defaults::QUEUE_TYPE)]
    pub queue_type: QueueType,

    /// Topic exchange enriched articles are published to, with the input's routing key.
    #[arg(
        long,
        env = "ENRICHER_OUTPUT_EXCHANGE",
        default_value = defaults::OUTPUT_EXCHANGE
    )]
    pub output_exchange: String,

    /// Headers exchange bound to the output exchange; every enriched message carries one
    /// `true` header per tag (`country.KP`, `organization.kcna`, `weapon.missiles`).
    /// [default: <OUTPUT_EXCHANGE>.tags]
    #[arg(long, env = "ENRICHER_TAGS_EXCHANGE")]
    pub tags_exchange: Option<String>,

    /// Durable queue for inputs that can never be enriched (original body and properties
    /// plus the `x-enricher-error` and `x-enricher-detail` headers).
    #[arg(
        long,
        env = "ENRICHER_DEAD_LETTER_QUEUE",
        default_value = defaults::DEAD_LETTER_QUEUE
    )]
    pub dead_letter_queue: String,

    /// Unacked deliveries the broker may send ahead; also the number handled at once.
    /// Throughput is bounded by in-flight deliveries / confirm latency, so too small a
    /// prefetch starves the pipeline. Measured end to end on 2 cores (examples/e2e_bench.rs,
    /// 20,000 German articles, quorum queue): about 3.6k msg/s at 50, 3.5-4.4k at 100,
    /// 4.0k at 200, 4.5k at 300, 4.8k at 500, 4.4k at 1000. 300 is within 5% of the best
    /// and keeps the worst case of buffered input (prefetch x max message size) lower.
    #[arg(long, env = "ENRICHER_PREFETCH", default_value_t = defaults::PREFETCH, value_parser = clap::value_parser!(u16).range(1..))]
    pub prefetch: u16,

    /// Acks are sent with `multiple` once this many are ready together (at most half
    /// the prefetch), or at the latest 5 ms after one became ready.
    #[arg(long, env = "ENRICHER_ACK_BATCH", default_value_t = defaults::ACK_BATCH, value_parser = clap::value_parser!(u16).range(1..))]
    pub ack_batch: u16,

    /// Address of the Prometheus `/metrics` endpoint.
    #[arg(long, env = "ENRICHER_METRICS_ADDR", default_value = defaults::METRICS_ADDR)]
    pub metrics_addr: SocketAddr,

    /// Gazetteer directory (countries.toml, organizations.toml, weapons.toml,
    /// regions.toml); the built-in gazetteer when absent. A bad file stops start-up
    /// with file:line: cause. SIGHUP reloads it (`enricher gazetteer export DIR` writes
    /// the built-in one out to start from).
    #[arg(long, env = "ENRICHER_GAZETTEER")]
    pub gazetteer: Option<PathBuf>,

    /// Larger inputs are dead-lettered as `too_large` without being parsed.
    #[arg(long, env = "ENRICHER_MAX_MESSAGE_BYTES", default_value_t = defaults::MAX_MESSAGE_BYTES)]
    pub max_message_bytes: usize,

    /// List at most this many mentions per article, 0 to 1000: past it the list is cut
    /// and the article says so (`mentions_truncated`, `mentions_found`), as at the
    /// built-in cap of 1000; the tag counts stay exact. 0 publishes tags only, without
    /// the mention list that is most of an output's bytes (contract section 3).
    #[arg(long, env = "ENRICHER_MAX_MENTIONS", default_value_t = enricher_proto::MAX_MENTIONS,
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(0..=1000))]
    pub max_mentions: usize,

    /// Budget of bytes in flight across deliveries: each delivery being handled holds
    /// four times its size (body, article, output) until settled; while the budget is
    /// spent no further delivery is taken. Bounds memory by bytes, not only by prefetch.
    #[arg(long, env = "ENRICHER_MAX_IN_FLIGHT_BYTES", default_value_t = defaults::MAX_IN_FLIGHT_BYTES)]
    pub max_in_flight_bytes: usize,

    /// Log format: text for people, json for machines. The level comes from RUST_LOG
    /// (default info).
    #[arg(long, env = "ENRICHER_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,

    /// Time in-flight deliveries get to finish after SIGTERM/SIGINT; the rest are
    /// handed back to the queue.
    #[arg(long, env = "ENRICHER_SHUTDOWN_TIMEOUT", default_value = defaults::SHUTDOWN_TIMEOUT, value_parser = humantime::parse_duration)]
    pub shutdown_timeout: Duration,

    /// Time to wait for a publisher confirm before requeueing the input (time the
    /// broker spends blocking publishers does not count).
    #[arg(long, env = "ENRICHER_PUBLISH_TIMEOUT", default_value = defaults::PUBLISH_TIMEOUT, value_parser = humantime::parse_duration)]
    pub publish_timeout: Duration,

    /// Pause before an input whose publish failed (nacked, returned, timed out) is
    /// requeued, so a broken output does not become a hot redelivery loop.
    #[arg(long, env = "ENRICHER_RETRY_DELAY", default_value = defaults::RETRY_DELAY, value_parser = humantime::parse_duration)]
    pub retry_delay: Duration,

    /// Longest wait between reconnect attempts (exponential from 100ms, with jitter).
    #[arg(long, env = "ENRICHER_RECONNECT_MAX_DELAY", default_value = defaults::RECONNECT_MAX_DELAY, value_parser = humantime::parse_duration)]
    pub reconnect_max_delay: Duration,

    /// The connection name shown by the broker (`rabbitmqctl list_connections name
    /// client_properties`); default "enricher serve (pid N)".
    #[arg(long, env = "ENRICHER_CONNECTION_NAME")]
    pub connection_name: Option<String>,
}

impl ServeArgs {
    /// The service configuration these arguments describe.
    ///
    /// # Errors
    ///
    /// An unreadable `AMQP_URL_FILE` or TLS file.
    pub fn config(&self) -> anyhow::Result<Config> {
        let defaults = Config::default();
        let (amqp_url, tls) = self.broker.resolve()?;
        Ok(Config {
            amqp_url,
            tls,
            connection_name: self
                .connection_name
                .clone()
                .unwrap_or(defaults.connection_name),
            topology: Topology {
                input_exchange: self.input_exchange.clone(),
                input_queue: self.input_queue.clone(),
                queue_type: self.queue_type,
                output_exchange: self.output_exchange.clone(),
                tags_exchange: self
                    .tags_exchange
                    .clone()
                    .unwrap_or_else(|| Topology::tags_exchange_for(&self.output_exchange)),
                dead_letter_queue: self.dead_letter_queue.clone(),
            },
            prefetch: self.prefetch,
            ack_batch: self.ack_batch,
            metrics_addr: self.metrics_addr,
            gazetteer: self.gazetteer.clone(),
            max_message_bytes: self.max_message_bytes,
            max_mentions: self.max_mentions,
            max_in_flight_bytes: self.max_in_flight_bytes,
            shutdown_timeout: self.shutdown_timeout,
            publish_timeout: self.publish_timeout,
            retry_delay: self.retry_delay,
            reconnect_max_delay: self.reconnect_max_delay,
            ..defaults
        })
    }
}

/// Runs `enricher serve` until SIGTERM or SIGINT; SIGHUP reloads the gazetteer.
pub fn run(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    // SIGHUP's default action ends the process: take it over before anything else
    // starts. A SIGHUP that arrives before the reload task runs is kept for it.
    #[cfg(unix)]
    let hangups = {
        let _runtime = runtime.enter();
        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())?
    };
    init_logging(args.log_format);
    let config = args.config()?;
    runtime.block_on(async move {
        let app = App::build(config).await?;
        #[cfg(unix)]
        {
            let reloader = app.gazetteer_reloader();
            let mut hangups = hangups;
            tokio::spawn(async move {
                while hangups.recv().await.is_some() {
                    tracing::info!("SIGHUP received: reloading the gazetteer");
                    // The outcome is logged and counted by the reloader's events.
                    let _ = reloader.reload().await;
                }
            });
        }
        // The service runs as a task on the worker threads, not on this thread in
        // `block_on`: the consume loop then hands each delivery's task to the worker it
        // runs on (tokio's LIFO slot), which starts it without waking another thread.
        let ran = tokio::spawn(app.run_until(async {
            shutdown_signal().await;
            // A second signal while draining means "now": exit at once; the broker
            // hands every unacked delivery to the next consumer.
            tokio::spawn(async {
                shutdown_signal().await;
                tracing::warn!("second signal: exiting without draining");
                std::process::exit(130);
            });
        }))
        .await
        .map_err(|err| anyhow::anyhow!("the service task ended abnormally: {err}"))?;
        match ran {
            Ok(()) => anyhow::Ok(ExitCode::SUCCESS),
            // Logged once already by the service; say nothing more.
            Err(err) if err.is::<TopologyConflict>() => Ok(ExitCode::FAILURE),
            Err(err) => Err(err),
        }
    })
}

/// Resolves on the first SIGTERM or SIGINT (Ctrl-C).
async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut term = match signal(SignalKind::terminate()) {
            Ok(s) => s,
            Err(err) => {
                tracing::error!(error = %err, "cannot listen for SIGTERM; only SIGINT stops the service");
                let _ = tokio::signal::ctrl_c().await;
                return;
            }
        };
        tokio::select! {
            _ = term.recv() => tracing::info!("SIGTERM received"),
            _ = tokio::signal::ctrl_c() => tracing::info!("SIGINT received"),
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
