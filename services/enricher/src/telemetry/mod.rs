//! Logs, metrics and the HTTP endpoint for operators.

pub mod metrics;

pub use metrics::Metrics;
