//! Logs, metrics and the HTTP endpoint for operators.
//!
//! - [`metrics`]: [`Metrics`], the one Prometheus registry; pipeline code calls its
//!   methods and never touches prometheus types.
//! - [`events`]: the named events (session lost, delivery dead-lettered, ...); each
//!   writes its log line and moves its metrics in one `emit()`.
//! - [`http`]: `/metrics`, `/healthz`, `/readyz` ([`http::serve`]).
//! - [`logging`]: [`init_logging`] (`--log-format text|json`, `RUST_LOG`) and
//!   [`ErrorChain`] for logging errors with their causes.
//!
//! What each metric means and what to do when an alert fires: `docs/operations.md`.

pub mod events;
pub mod http;
pub mod logging;
pub mod metrics;

pub use events::Emit;
pub use logging::{init_logging, ErrorChain, LogFormat};
pub use metrics::{GazetteerLabels, Metrics, NotReady, Readiness, Stage};
