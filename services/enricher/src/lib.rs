//! News Enricher: tags countries, organizations and weapon categories in news
//! articles that flow through RabbitMQ, and publishes the enriched articles.
//!
//! # Layout
//!
//! - [`cli`]: the command line (`serve`, `enrich`, `publish`, `gazetteer check`, `eval`)
//!   and dispatch to the commands.
//! - [`commands`]: one module per subcommand; each owns its arguments.
//! - [`app`]: the `serve` service: configuration, the connect/consume/reconnect loop,
//!   graceful shutdown.
//! - [`budget`]: the budget of bytes in flight across deliveries (memory bounded by
//!   bytes, not only by prefetch).
//! - [`content`]: `content_type` and `content_encoding` (gzip, deflate) of a body, with
//!   the size limit applied after decoding.
//! - [`pipeline`]: what happens to one delivery (decode, enrich, publish or
//!   dead-letter, settle).
//! - [`amqp`]: the lapin edge: topology, confirmed publishing, batched acks, backoff,
//!   URL redaction.
//! - [`telemetry`]: logging set-up, the Prometheus [`telemetry::Metrics`] and the HTTP
//!   endpoint that serves them.
//!
//! Tagging itself is the pure `enricher-tagger` crate; this crate only moves bytes between
//! the broker (or files) and `enricher_tagger::enrich`.

pub mod amqp;
pub mod app;
pub mod budget;
pub mod cli;
pub mod commands;
pub mod content;
pub mod pipeline;
pub mod telemetry;
