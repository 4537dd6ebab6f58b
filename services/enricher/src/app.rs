//! The `serve` service: [`App::build`] prepares everything that does not need the
//! broker (gazetteer, metrics endpoint); [`App::run_until`] runs one broker
//! [`session`](crate::session) after another until the shutdown future resolves,
//! reconnecting with backoff whenever a session is lost.
//!
//! The guarantees about acks, in-flight work and draining are the session's: see
//! [`crate::session`].

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use enricher_tagger::Gazetteer;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tracing::info;

use crate::amqp::backoff::Backoff;
use crate::gazetteer::{Reloader, SharedGazetteer};
use crate::pipeline::Pipeline;
use crate::session::{self, Outcome};
use crate::telemetry::events::{SessionLost, TopologyRefused};
use crate::telemetry::{http, Emit, Metrics};

pub use crate::config::Config;
pub use crate::telemetry::Readiness;

/// A session that lasted this long worked: the next reconnect starts the backoff over.
const SESSION_WORKED_AFTER: Duration = Duration::from_secs(30);

/// A built service, ready to [`run_until`](App::run_until).
#[derive(Debug)]
pub struct App {
    config: Config,
    reloader: Reloader,
    pipeline: Arc<Pipeline>,
    metrics: Arc<Metrics>,
    metrics_addr: SocketAddr,
    /// Cancelled by `run_until` when it returns; held by the metrics HTTP task.
    http_shutdown: CancellationToken,
    http_task: JoinHandle<()>,
}

impl App {
    /// Loads the gazetteer and binds the metrics endpoint. Does not touch the broker:
    /// an unreachable broker is retried by `run_until`, not a start-up error.
    ///
    /// # Errors
    ///
    /// A gazetteer that does not load (the message names file, line and cause) or a
    /// metrics address that cannot be bound.
    pub async fn build(config: Config) -> anyhow::Result<App> {
        let gazetteer = match &config.gazetteer {
            None => Gazetteer::builtin().context("the built-in gazetteer does not load")?,
            Some(dir) => Gazetteer::load_dir(dir)
                .with_context(|| format!("cannot load gazetteer {}", dir.display()))?,
        };
        let gazetteer = Arc::new(gazetteer);
        let metrics = Arc::new(Metrics::new(&gazetteer));
        let shared = Arc::new(SharedGazetteer::new(gazetteer.clone()));
        let reloader = Reloader::new(shared.clone(), config.gazetteer.clone(), metrics.clone());
        let http_shutdown = CancellationToken::new();
        let (metrics_addr, http_task) =
            http::serve(config.metrics_addr, metrics.clone(), http_shutdown.clone())
                .await
                .with_context(|| format!("cannot serve metrics on {}", config.metrics_addr))?;
        info!(%metrics_addr, gazetteer = gazetteer.content_hash(), "metrics endpoint up");
        let pipeline = Arc::new(Pipeline {
            gazetteer: shared,
            metrics: metrics.clone(),
            output_exchange: config.topology.output_exchange.clone(),
            dead_letter_queue: config.topology.dead_letter_queue.clone(),
            max_message_bytes: config.max_message_bytes,
            max_mentions: config.max_mentions,
            retry_delay: config.retry_delay,
        });
        Ok(App {
            config,
            reloader,
            pipeline,
            metrics,
            metrics_addr,
            http_shutdown,
            http_task,
        })
    }

    /// The address `/metrics` is served on (the real port when configured with 0).
    pub fn metrics_addr(&self) -> SocketAddr {
        self.metrics_addr
    }

    /// What reloads the gazetteer in place (on SIGHUP in `serve`); usable while
    /// [`App::run_until`] runs.
    pub fn gazetteer_reloader(&self) -> Reloader {
        self.reloader.clone()
    }

    /// A view of whether the service is consuming.
    pub fn readiness(&self) -> Readiness {
        self.metrics.readiness_view()
    }

    /// Runs the service until `shutdown` resolves, then drains and closes cleanly.
    ///
    /// Connection failures (at start or later) are retried forever with capped
    /// exponential backoff; topology is re-declared on every connect.
    ///
    /// # Errors
    ///
    /// Only for failures that retrying cannot fix: a [`session::TopologyConflict`]
    /// (the broker has a queue or exchange of a configured name with other settings),
    /// already logged once. `Ok` after a shutdown.
    pub async fn run_until<F>(self, shutdown: F) -> anyhow::Result<()>
    where
        F: Future<Output = ()> + Send + 'static,
    {
        // The root of every cancellation token of the service.
        let root = CancellationToken::new();
        let tracker = TaskTracker::new();
        {
            let root = root.clone();
            tracker.spawn(async move {
                tokio::select! {
                    _ = shutdown => info!("shutdown requested"),
                    _ = root.cancelled() => {}
                }
                root.cancel();
            });
        }
        let mut backoff = Backoff::new(
            self.config.reconnect_min_delay,
            self.config.reconnect_max_delay,
        );
        let mut first_url = 0;
        let mut refused = None;
        while !root.is_cancelled() {
            let started = Instant::now();
            let ended = session::run(
                first_url,
                &self.config,
                &self.pipeline,
                &self.metrics,
                &root,
            )
            .await;
            first_url = ended.next_url;
            match ended.outcome {
                Outcome::Shutdown => break,
                Outcome::Refused(conflict) => {
                    TopologyRefused {
                        conflict: &conflict,
                    }
                    .emit(&self.metrics);
                    refused = Some(conflict);
                    break;
                }
                Outcome::Lost(lost) => {
                    if started.elapsed() > SESSION_WORKED_AFTER {
                        backoff.reset();
                    }
                    let retry_in = backoff.next_delay();
                    SessionLost {
                        reason: &lost,
                        retry_in,
                    }
                    .emit(&self.metrics);
                    tokio::select! {
                        _ = tokio::time::sleep(retry_in) => {}
                        _ = root.cancelled() => break,
                    }
                }
            }
        }
        root.cancel();
        tracker.close();
        tracker.wait().await;
        self.http_shutdown.cancel();
        let _ = self.http_task.await;
        info!("stopped");
        match refused {
            Some(conflict) => Err(conflict.into()),
            None => Ok(()),
        }
    }
}
