//! News Enricher: tags countries, organizations and weapon categories in news
//! articles that flow through RabbitMQ, and publishes the enriched articles.
//!
//! # Layout
//!
//! - [`cli`]: the command line (`serve`, `enrich`, `publish`, `gazetteer check`, `eval`)
//!   and dispatch to the commands.
//! - [`commands`]: one module per subcommand; each owns its arguments.
//! - [`config`]: the `serve` configuration and every default, read by clap and code.
//! - [`app`]: the `serve` service: builds the pipeline and metrics endpoint, runs one
//!   session after another (reconnect with backoff) until shutdown.
//! - [`session`]: one broker session: open, declare, consume, settle, end with a typed
//!   outcome (shutdown, or lost with a reason).
//! - [`content`]: `content_type` and `content_encoding` (gzip, deflate) of a body, with
//!   the size limit applied after decoding.
//! - [`gazetteer`]: the gazetteer in use behind an `Arc`, and its live reload (SIGHUP).
//! - [`pipeline`]: what happens to one delivery (decode, enrich, publish or
//!   dead-letter, settle).
//! - [`amqp`]: the lapin edge: topology, confirmed publishing, batched acks, backoff,
//!   URL redaction.
//! - [`telemetry`]: logging set-up, named events (log line and metrics in one
//!   `emit()`), the Prometheus [`telemetry::Metrics`] and the HTTP endpoint.
//!
//! Tagging itself is the pure `enricher-tagger` crate; this crate only moves bytes between
//! the broker (or files) and `enricher_tagger::enrich`.

pub mod amqp;
pub mod app;
pub mod cli;
pub mod commands;
pub mod config;
pub mod content;
pub mod gazetteer;
pub mod pipeline;
pub mod session;
pub mod telemetry;
