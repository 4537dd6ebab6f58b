//! News Enricher: tags countries, organizations and weapon categories in news
//! articles that flow through RabbitMQ, and publishes the enriched articles.
//!
//! # Layout
//!
//! - [`cli`]: the command line (`serve`, `enrich`, `publish`, `gazetteer check`, `eval`)
//!   and dispatch to the commands.
//! - [`commands`]: one module per subcommand; each owns its arguments.
//! - [`telemetry`]: logging set-up, the Prometheus [`telemetry::Metrics`] and the HTTP
//!   endpoint that serves them.
//!
//! Tagging itself is the pure `enricher-tagger` crate; this crate only moves bytes between
//! the broker (or files) and `enricher_tagger::enrich`.

pub mod cli;
pub mod commands;
pub mod telemetry;
