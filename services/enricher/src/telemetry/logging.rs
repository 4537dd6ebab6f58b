//! Log set-up: `tracing` events to stderr, as text for people or JSON lines for machines.
//!
//! Levels, as every command uses them (see `docs/operations.md`):
//!
//! - `ERROR`: the service cannot do its job (cannot connect after start, cannot bind).
//! - `WARN`: something an operator should see but that heals itself (connection lost,
//!   publish not confirmed, message dead-lettered).
//! - `INFO`: life-cycle only (start, listening, connected, draining, stopped); never once
//!   per message.
//! - `DEBUG`/`TRACE`: per-message detail (a message enriched, its timings).
//!
//! Errors are logged with their whole cause chain: `error = %ErrorChain(&err)`.

use std::error::Error;
use std::fmt;

use tracing_subscriber::EnvFilter;

/// The log line format (`--log-format` / `ENRICHER_LOG_FORMAT`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    #[default]
    Text,
    /// One JSON object per line (`timestamp`, `level`, `target`, `fields`, `spans`).
    Json,
}

/// The filter used when `RUST_LOG` is unset or empty.
pub const DEFAULT_FILTER: &str = "info";

/// Installs the global `tracing` subscriber: events go to stderr (stdout is data for
/// `enrich`), filtered by `RUST_LOG` (default [`DEFAULT_FILTER`]).
///
/// Call once at start. A second call (or a subscriber installed by someone else, such as
/// a test harness) leaves the first in place. An invalid `RUST_LOG` falls back to the
/// default and says so on stderr.
pub fn init_logging(format: LogFormat) {
    let filter = match std::env::var("RUST_LOG") {
        Ok(spec) if !spec.trim().is_empty() => EnvFilter::try_new(&spec).unwrap_or_else(|err| {
            eprintln!(
                "enricher: ignoring invalid RUST_LOG={spec:?} ({err}); using {DEFAULT_FILTER:?}"
            );
            EnvFilter::new(DEFAULT_FILTER)
        }),
        _ => EnvFilter::new(DEFAULT_FILTER),
    };
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    // `try_init` fails only when a global subscriber is already set: keep that one.
    let _ = match format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder
            .json()
            .with_current_span(true)
            .with_span_list(true)
            .try_init(),
    };
}

/// Displays an error followed by its sources: `outer: middle: root cause`.
///
/// # Examples
///
/// ```
/// use enricher::telemetry::ErrorChain;
/// let err = anyhow::anyhow!("connection refused").context("connecting to the broker");
/// let err: &(dyn std::error::Error + 'static) = err.as_ref();
/// assert_eq!(ErrorChain(err).to_string(), "connecting to the broker: connection refused");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct ErrorChain<'a>(pub &'a (dyn Error + 'static));

impl fmt::Display for ErrorChain<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)?;
        let mut source = self.0.source();
        while let Some(cause) = source {
            write!(f, ": {cause}")?;
            source = cause.source();
        }
        Ok(())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[derive(Debug)]
    struct Layer(&'static str, Option<Box<Layer>>);

    impl fmt::Display for Layer {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str(self.0)
        }
    }

    impl Error for Layer {
        fn source(&self) -> Option<&(dyn Error + 'static)> {
            self.1.as_deref().map(|l| l as &(dyn Error + 'static))
        }
    }

    #[test]
    fn error_chain_lists_every_cause() {
        let cases = [
            ("single", Layer("a", None), "a"),
            ("two", Layer("a", Some(Box::new(Layer("b", None)))), "a: b"),
            (
                "three",
                Layer(
                    "a",
                    Some(Box::new(Layer("b", Some(Box::new(Layer("c", None)))))),
                ),
                "a: b: c",
            ),
        ];
        for (name, err, want) in cases {
            assert_eq!(ErrorChain(&err).to_string(), want, "row {name}");
        }
    }

    #[test]
    fn log_format_parses_from_the_command_line() {
        use clap::ValueEnum;
        assert_eq!(LogFormat::from_str("text", true), Ok(LogFormat::Text));
        assert_eq!(LogFormat::from_str("json", true), Ok(LogFormat::Json));
        assert!(LogFormat::from_str("yaml", true).is_err());
    }
}
