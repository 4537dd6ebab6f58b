//! INTERIM stand-in for `crate::telemetry::Metrics` (owned by the "obs" engineer) with
//! the agreed method names, so the service compiles and its tests can scrape counters
//! until the real registry lands. Remove when `telemetry::Metrics` is on main.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use enricher_proto::EnrichedArticle;
use enricher_tagger::Gazetteer;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_util::sync::CancellationToken;

/// Pipeline stages timed by [`Metrics::stage_duration`].
#[derive(Debug, Clone, Copy)]
pub enum Stage {
    Decode,
    Tag,
    PublishConfirm,
}

/// Interim metrics (atomics, text exposition by hand).
#[derive(Debug, Default)]
pub struct Metrics {
    received: AtomicU64,
    redelivered: AtomicU64,
    published: AtomicU64,
    dead: Mutex<BTreeMap<&'static str, u64>>,
    failed: Mutex<BTreeMap<&'static str, u64>>,
    in_flight: AtomicI64,
    up: AtomicI64,
    reconnects: AtomicU64,
    blocked: AtomicI64,
    consuming: AtomicI64,
}

impl Metrics {
    pub fn new(_gazetteer: &Gazetteer) -> Metrics {
        Metrics::default()
    }
    pub fn encode(&self) -> String {
        let mut out = String::new();
        let g = |a: &AtomicU64| a.load(Ordering::Relaxed);
        out += &format!("enricher_deliveries_received_total {}\n", g(&self.received));
        out += &format!("enricher_deliveries_redelivered_total {}\n", g(&self.redelivered));
        out += &format!("enricher_articles_published_total {}\n", g(&self.published));
        for (r, n) in self.dead.lock().expect("lock").iter() {
            out += &format!("enricher_dead_letters_total{{reason=\"{r}\"}} {n}\n");
        }
        for (r, n) in self.failed.lock().expect("lock").iter() {
            out += &format!("enricher_publish_failures_total{{reason=\"{r}\"}} {n}\n");
        }
        out += &format!("enricher_in_flight {}\n", self.in_flight.load(Ordering::Relaxed));
        out += &format!("enricher_connection_up {}\n", self.up.load(Ordering::Relaxed));
        out += &format!("enricher_reconnects_total {}\n", g(&self.reconnects));
        out += &format!("enricher_connection_blocked {}\n", self.blocked.load(Ordering::Relaxed));
        out += &format!("enricher_consuming {}\n", self.consuming.load(Ordering::Relaxed));
        out
    }
    pub fn delivery_received(&self, _bytes: usize, redelivered: bool) {
        self.received.fetch_add(1, Ordering::Relaxed);
        if redelivered {
            self.redelivered.fetch_add(1, Ordering::Relaxed);
        }
    }
    pub fn stage_duration(&self, _stage: Stage, _seconds: f64) {}
    pub fn article_tagged(&self, _article: &EnrichedArticle) {}
    pub fn published(&self) {
        self.published.fetch_add(1, Ordering::Relaxed);
    }
    pub fn dead_lettered(&self, reason: &'static str) {
        *self.dead.lock().expect("lock").entry(reason).or_default() += 1;
    }
    pub fn publish_failed(&self, reason: &'static str) {
        *self.failed.lock().expect("lock").entry(reason).or_default() += 1;
    }
    pub fn in_flight_add(&self, delta: i64) {
        self.in_flight.fetch_add(delta, Ordering::Relaxed);
    }
    pub fn connection_up(&self, up: bool) {
        self.up.store(up as i64, Ordering::Relaxed);
    }
    pub fn reconnect(&self) {
        self.reconnects.fetch_add(1, Ordering::Relaxed);
    }
    pub fn blocked(&self, blocked: bool) {
        self.blocked.store(blocked as i64, Ordering::Relaxed);
    }
    pub fn consuming(&self, consuming: bool) {
        self.consuming.store(consuming as i64, Ordering::Relaxed);
    }
}

pub mod http {
    use super::*;

    /// Interim `/metrics` endpoint: answers every request with the exposition text.
    pub async fn serve(
        addr: SocketAddr,
        metrics: Arc<Metrics>,
        shutdown: CancellationToken,
    ) -> std::io::Result<(SocketAddr, tokio::task::JoinHandle<()>)> {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let bound = listener.local_addr()?;
        let handle = tokio::spawn(async move {
            loop {
                let (mut sock, _) = tokio::select! {
                    _ = shutdown.cancelled() => return,
                    a = listener.accept() => match a { Ok(a) => a, Err(_) => continue },
                };
                let metrics = metrics.clone();
                tokio::spawn(async move {
                    let mut buf = [0u8; 2048];
                    let _ = sock.read(&mut buf).await;
                    let body = metrics.encode();
                    let resp = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: text/plain; version=0.0.4\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{}",
                        body.len(),
                        body
                    );
                    let _ = sock.write_all(resp.as_bytes()).await;
                });
            }
        });
        Ok((bound, handle))
    }
}
