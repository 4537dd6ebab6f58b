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
use std::io::IsTerminal;

use tracing::Subscriber;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::util::SubscriberInitExt;
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
    let (filter, warning) = filter_from(std::env::var("RUST_LOG").ok().as_deref());
    if let Some(warning) = warning {
        eprintln!("enricher: {warning}");
    }
    let ansi = std::io::stderr().is_terminal();
    // `try_init` fails only when a global subscriber is already set: keep that one.
    let _ = subscriber(format, filter, ansi, std::io::stderr).try_init();
}

/// The filter for a `RUST_LOG` value, and a warning when the value had to be ignored.
fn filter_from(spec: Option<&str>) -> (EnvFilter, Option<String>) {
    match spec.map(str::trim).filter(|s| !s.is_empty()) {
        None => (EnvFilter::new(DEFAULT_FILTER), None),
        Some(spec) => match EnvFilter::try_new(spec) {
            Ok(filter) => (filter, None),
            Err(err) => (
                EnvFilter::new(DEFAULT_FILTER),
                Some(format!(
                    "ignoring invalid RUST_LOG={spec:?} ({err}); using {DEFAULT_FILTER:?}"
                )),
            ),
        },
    }
}

/// The subscriber [`init_logging`] installs, writing to `writer` (tests capture it).
fn subscriber<W>(
    format: LogFormat,
    filter: EnvFilter,
    ansi: bool,
    writer: W,
) -> Box<dyn Subscriber + Send + Sync>
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer);
    match format {
        LogFormat::Text => Box::new(builder.with_ansi(ansi).finish()),
        LogFormat::Json => Box::new(
            builder
                .json()
                .with_current_span(true)
                .with_span_list(true)
                .finish(),
        ),
    }
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

    /// A `MakeWriter` that appends to a shared buffer.
    #[derive(Clone, Default)]
    struct Capture(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

    impl std::io::Write for Capture {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl<'w> MakeWriter<'w> for Capture {
        type Writer = Capture;
        fn make_writer(&'w self) -> Capture {
            self.clone()
        }
    }

    /// Logs a few events through the subscriber for `format` and `spec`; returns the output.
    fn log_with(format: LogFormat, spec: Option<&str>) -> String {
        let capture = Capture::default();
        let (filter, _) = filter_from(spec);
        let sub = subscriber(format, filter, false, capture.clone());
        tracing::subscriber::with_default(sub, || {
            let span = tracing::info_span!("delivery", message_id = "m-1");
            let _guard = span.enter();
            let err = Layer(
                "publish not confirmed",
                Some(Box::new(Layer("channel closed", None))),
            );
            tracing::warn!(error = %ErrorChain(&err), "message left for redelivery");
            tracing::info!("consuming");
            tracing::debug!(tags = 3, "article enriched");
        });
        let bytes = capture.0.lock().unwrap().clone();
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn json_lines_carry_fields_spans_and_cause_chains() {
        let out = log_with(LogFormat::Json, None);
        let lines: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(
            lines.len(),
            2,
            "debug is filtered at the default level: {out}"
        );
        let warn = &lines[0];
        assert_eq!(warn["level"], "WARN");
        assert_eq!(warn["fields"]["message"], "message left for redelivery");
        assert_eq!(
            warn["fields"]["error"],
            "publish not confirmed: channel closed"
        );
        assert_eq!(warn["span"]["message_id"], "m-1");
        assert_eq!(warn["spans"][0]["name"], "delivery");
        assert!(warn["timestamp"].is_string());
        assert_eq!(lines[1]["fields"]["message"], "consuming");
    }

    #[test]
    fn rust_log_sets_the_level() {
        // (RUST_LOG, expected lines, row name)
        let cases: &[(Option<&str>, usize, &str)] = &[
            (None, 2, "default info"),
            (Some(""), 2, "empty is the default"),
            (Some("debug"), 3, "debug"),
            (Some("warn"), 1, "warn"),
            (Some("enricher=debug"), 3, "by target"),
            (Some("off"), 0, "off"),
            (Some("=^=not a filter"), 2, "invalid falls back to info"),
        ];
        for (spec, want, name) in cases {
            let out = log_with(LogFormat::Json, *spec);
            assert_eq!(out.lines().count(), *want, "row {name}: {out}");
        }
        assert!(filter_from(Some("=^=not a filter")).1.is_some());
        assert!(filter_from(Some("info")).1.is_none());
    }

    #[test]
    fn text_lines_are_plain_without_a_terminal() {
        let out = log_with(LogFormat::Text, None);
        let warn = out.lines().next().unwrap();
        assert!(warn.contains("WARN"), "{warn}");
        assert!(warn.contains("delivery{message_id=\"m-1\"}"), "{warn}");
        assert!(
            warn.contains("error=publish not confirmed: channel closed"),
            "{warn}"
        );
        assert!(!out.contains('\x1b'), "no ANSI escapes: {out:?}");
    }
}
