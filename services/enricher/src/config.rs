//! The `serve` configuration and every default of contract section 1, in one place.
//!
//! [`defaults`] holds each default once, in the form clap wants it (`default_value`
//! takes text, `default_value_t` a typed value); [`Config::default`] reads the same
//! constants, so a default can no longer differ between `enricher serve --help`, the
//! code and the tests.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context as _;

use crate::amqp::{AmqpUrls, TlsConfig, TlsFiles, Topology};

/// The defaults of contract section 1. Durations are humantime text (`10s`, `100ms`),
/// parsed by clap and by [`Config::default`] alike.
pub mod defaults {
    /// The broker URL used when none of `--amqp-url`, `AMQP_URL` and `AMQP_URL_FILE`
    /// is given.
    pub const AMQP_URL: &str = "amqp://guest:guest@127.0.0.1:5672/%2f";
    /// Topic exchange scrapers publish raw articles to.
    pub const INPUT_EXCHANGE: &str = "news.raw";
    /// Durable queue the service consumes.
    pub const INPUT_QUEUE: &str = "enricher.raw";
    /// `x-queue-type` of the input and dead-letter queues.
    pub const QUEUE_TYPE: &str = "quorum";
    /// Topic exchange enriched articles are published to.
    pub const OUTPUT_EXCHANGE: &str = "news.enriched";
    /// The headers exchange bound to the output exchange is named after it: the output
    /// exchange's name plus this suffix (`news.enriched.tags`).
    pub const TAGS_EXCHANGE_SUFFIX: &str = ".tags";
    /// Durable queue for inputs that can never be enriched.
    pub const DEAD_LETTER_QUEUE: &str = "enricher.dead";
    /// Unacked deliveries the broker may send ahead; chosen by measurement (see
    /// `enricher serve --help`).
    pub const PREFETCH: u16 = 300;
    /// Acks sent together with `multiple`.
    pub const ACK_BATCH: u16 = 50;
    /// Longest wait before a ready ack goes out although the batch is not full.
    pub const ACK_LINGER: &str = "5ms";
    /// Address of `/metrics`, `/healthz` and `/readyz`.
    pub const METRICS_ADDR: &str = "127.0.0.1:9898";
    /// Larger inputs are dead-lettered as `too_large`.
    pub const MAX_MESSAGE_BYTES: usize = enricher_proto::DEFAULT_MAX_MESSAGE_BYTES;
    /// The budget of bytes in flight across deliveries ([`crate::budget`]).
    pub const MAX_IN_FLIGHT_BYTES: usize = crate::budget::DEFAULT_MAX_IN_FLIGHT_BYTES;
    /// Time in-flight deliveries get to finish after SIGTERM/SIGINT.
    pub const SHUTDOWN_TIMEOUT: &str = "10s";
    /// Time to wait for a publisher confirm.
    pub const PUBLISH_TIMEOUT: &str = "30s";
    /// Pause before an input whose publish failed is requeued.
    pub const RETRY_DELAY: &str = "1s";
    /// First reconnect delay (doubled per failed attempt, with jitter).
    pub const RECONNECT_MIN_DELAY: &str = "100ms";
    /// Longest wait between reconnect attempts.
    pub const RECONNECT_MAX_DELAY: &str = "30s";
}

/// Parses one of the [`defaults`] durations.
///
/// # Panics
///
/// When a constant above is not humantime text; `defaults_parse` tests every one.
fn duration(text: &str) -> Duration {
    humantime::parse_duration(text).expect("the defaults are valid durations")
}

/// Everything `serve` needs to run. [`Config::default`] holds the contract's defaults.
#[derive(Debug, Clone)]
pub struct Config {
    /// Broker URLs, tried in order (passwords redacted in `Debug`).
    pub amqp_url: AmqpUrls,
    /// TLS settings for `amqps://` URLs.
    pub tls: TlsConfig,
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
    /// Where `/metrics` is served (port 0 picks a free port; see
    /// [`crate::app::App::metrics_addr`]).
    pub metrics_addr: SocketAddr,
    /// Gazetteer directory; `None` for the built-in one.
    pub gazetteer: Option<PathBuf>,
    /// Larger inputs are dead-lettered as `too_large`.
    pub max_message_bytes: usize,
    /// At most this many mentions are listed per article (0 to
    /// [`enricher_proto::MAX_MENTIONS`]); past it the list is cut and says so.
    pub max_mentions: usize,
    /// The budget of bytes in flight across deliveries ([`crate::budget`]): a delivery
    /// waits for its share before it is handled.
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

/// The connection name used when none is configured.
pub fn default_connection_name() -> String {
    format!("enricher serve (pid {})", std::process::id())
}

impl Default for Config {
    fn default() -> Self {
        Config {
            amqp_url: defaults::AMQP_URL.parse().expect("valid default URL"),
            tls: TlsConfig::default(),
            connection_name: default_connection_name(),
            topology: Topology::default(),
            prefetch: defaults::PREFETCH,
            ack_batch: defaults::ACK_BATCH,
            ack_linger: duration(defaults::ACK_LINGER),
            metrics_addr: defaults::METRICS_ADDR
                .parse()
                .expect("valid default address"),
            gazetteer: None,
            max_message_bytes: defaults::MAX_MESSAGE_BYTES,
            max_mentions: enricher_proto::MAX_MENTIONS,
            max_in_flight_bytes: defaults::MAX_IN_FLIGHT_BYTES,
            shutdown_timeout: duration(defaults::SHUTDOWN_TIMEOUT),
            publish_timeout: duration(defaults::PUBLISH_TIMEOUT),
            retry_delay: duration(defaults::RETRY_DELAY),
            reconnect_min_delay: duration(defaults::RECONNECT_MIN_DELAY),
            reconnect_max_delay: duration(defaults::RECONNECT_MAX_DELAY),
        }
    }
}

/// Where the broker is and how to reach it: shared by `serve` and `publish`.
#[derive(Debug, Clone, clap::Args)]
pub struct BrokerArgs {
    /// Broker URL, or several comma-separated (the nodes of one cluster): the service
    /// connects to the first that answers and, when it goes away, to the next.
    /// `amqps://` for TLS. Passwords are never logged.
    #[arg(
        long,
        env = "AMQP_URL",
        default_value = defaults::AMQP_URL,
        hide_env_values = true
    )]
    pub amqp_url: AmqpUrls,

    /// File holding the URL list (for container secrets); replaces --amqp-url.
    #[arg(long, env = "AMQP_URL_FILE", conflicts_with = "amqp_url")]
    pub amqp_url_file: Option<PathBuf>,

    /// PEM file with the CA certificate(s) that sign the broker's certificate
    /// (`amqps://`); trusted besides the system's roots.
    #[arg(long, env = "ENRICHER_TLS_CA_FILE")]
    pub tls_ca_file: Option<PathBuf>,

    /// PEM client certificate, for brokers that verify their peers (with --tls-key-file).
    #[arg(long, env = "ENRICHER_TLS_CERT_FILE", requires = "tls_key_file")]
    pub tls_cert_file: Option<PathBuf>,

    /// PEM private key (PKCS#8, unencrypted) of --tls-cert-file.
    #[arg(long, env = "ENRICHER_TLS_KEY_FILE", requires = "tls_cert_file")]
    pub tls_key_file: Option<PathBuf>,
}

impl BrokerArgs {
    /// The URL list (from the file when one is given) and the loaded TLS settings.
    ///
    /// # Errors
    ///
    /// An unreadable URL file, an invalid URL in it (redacted), an unusable TLS file.
    pub fn resolve(&self) -> anyhow::Result<(AmqpUrls, TlsConfig)> {
        let urls = match &self.amqp_url_file {
            None => self.amqp_url.clone(),
            Some(path) => std::fs::read_to_string(path)
                .with_context(|| format!("cannot read AMQP_URL_FILE {}", path.display()))?
                .trim()
                .parse::<AmqpUrls>()
                .map_err(|e| anyhow::anyhow!("AMQP_URL_FILE {}: {e}", path.display()))?,
        };
        let tls = TlsFiles {
            ca_file: self.tls_ca_file.clone(),
            cert_file: self.tls_cert_file.clone(),
            key_file: self.tls_key_file.clone(),
        }
        .load()?;
        Ok((urls, tls))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn defaults_parse() {
        let c = Config::default();
        assert_eq!(c.shutdown_timeout, Duration::from_secs(10));
        assert_eq!(c.ack_linger, Duration::from_millis(5));
        assert_eq!(c.reconnect_min_delay, Duration::from_millis(100));
        assert_eq!(c.metrics_addr.port(), 9898);
        assert_eq!(c.topology.queue_type.as_str(), defaults::QUEUE_TYPE);
    }

    #[test]
    fn clap_and_code_agree_on_every_default() {
        use clap::Parser;
        let cli = crate::cli::Cli::try_parse_from(["enricher", "serve"]).unwrap();
        let crate::cli::Command::Serve(args) = cli.command else {
            panic!("parsed as another command")
        };
        let from_cli = args.config().unwrap();
        let code = Config::default();
        // `AMQP_URL` may be set for the broker tests; the `ENRICHER_*` variables never are.
        if std::env::var_os("AMQP_URL").is_none() {
            assert_eq!(from_cli.amqp_url, code.amqp_url);
        }
        assert_eq!(from_cli.topology, code.topology);
        assert_eq!(from_cli.prefetch, code.prefetch);
        assert_eq!(from_cli.ack_batch, code.ack_batch);
        assert_eq!(from_cli.ack_linger, code.ack_linger);
        assert_eq!(from_cli.metrics_addr, code.metrics_addr);
        assert_eq!(from_cli.max_message_bytes, code.max_message_bytes);
        assert_eq!(from_cli.max_mentions, code.max_mentions);
        assert_eq!(from_cli.max_in_flight_bytes, code.max_in_flight_bytes);
        assert_eq!(from_cli.shutdown_timeout, code.shutdown_timeout);
        assert_eq!(from_cli.publish_timeout, code.publish_timeout);
        assert_eq!(from_cli.retry_delay, code.retry_delay);
        assert_eq!(from_cli.reconnect_min_delay, code.reconnect_min_delay);
        assert_eq!(from_cli.reconnect_max_delay, code.reconnect_max_delay);
    }
}
