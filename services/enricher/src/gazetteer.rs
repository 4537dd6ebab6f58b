//! The gazetteer the service tags with, and its live reload.
//!
//! [`SharedGazetteer`] holds the current gazetteer behind an `Arc`; every delivery takes
//! the `Arc` once ([`SharedGazetteer::current`]) and tags with it to the end, so a
//! reload never changes the gazetteer under a delivery in flight. [`Reloader::reload`]
//! builds the new gazetteer on a blocking thread (deliveries go on meanwhile with the
//! old one) and swaps it in with one pointer store. A gazetteer that does not load is
//! refused with its file, line and cause; the old one keeps serving.

use std::path::PathBuf;
use std::sync::{Arc, RwLock};

use enricher_tagger::{Gazetteer, GazetteerError};

use crate::telemetry::events::{GazetteerReloadFailed, GazetteerReloaded};
use crate::telemetry::{Emit, GazetteerLabels, Metrics};

/// The gazetteer in use; swapped whole on reload.
#[derive(Debug)]
pub struct SharedGazetteer(RwLock<Arc<Gazetteer>>);

impl SharedGazetteer {
    /// Starts with `gazetteer`.
    pub fn new(gazetteer: Arc<Gazetteer>) -> SharedGazetteer {
        SharedGazetteer(RwLock::new(gazetteer))
    }

    /// The gazetteer to tag the next delivery with (an `Arc` clone: no copy).
    pub fn current(&self) -> Arc<Gazetteer> {
        self.0
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Puts `gazetteer` in place; returns the one it replaces.
    fn swap(&self, gazetteer: Arc<Gazetteer>) -> Arc<Gazetteer> {
        let mut current = self
            .0
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        std::mem::replace(&mut *current, gazetteer)
    }
}

/// Loads the gazetteer from `dir`, or the built-in one.
///
/// # Errors
///
/// The first invalid file, line and cause.
pub fn load(dir: Option<&std::path::Path>) -> Result<Gazetteer, GazetteerError> {
    match dir {
        None => Gazetteer::builtin(),
        Some(dir) => Gazetteer::load_dir(dir),
    }
}

/// Reloads the gazetteer from where it came from (a directory, or the binary). Cheap to
/// clone; reloads are serialized.
#[derive(Debug, Clone)]
pub struct Reloader {
    shared: Arc<SharedGazetteer>,
    dir: Option<PathBuf>,
    metrics: Arc<Metrics>,
    /// Held for the whole of one reload, so two signals in a row reload one after the other.
    running: Arc<tokio::sync::Mutex<()>>,
}

impl Reloader {
    /// A reloader for `shared`, reading `dir` (`None`: the built-in gazetteer).
    pub fn new(shared: Arc<SharedGazetteer>, dir: Option<PathBuf>, metrics: Arc<Metrics>) -> Self {
        Reloader {
            shared,
            dir,
            metrics,
            running: Arc::new(tokio::sync::Mutex::new(())),
        }
    }

    /// Loads the gazetteer again and, when it loads, swaps it in. Emits
    /// `GazetteerReloaded` or `GazetteerReloadFailed`.
    ///
    /// # Errors
    ///
    /// The [`GazetteerError`] (file, line, cause) of a gazetteer that does not load; the
    /// old one stays in place.
    pub async fn reload(&self) -> Result<Arc<Gazetteer>, GazetteerError> {
        let _one_at_a_time = self.running.lock().await;
        let dir = self.dir.clone();
        let loaded = tokio::task::spawn_blocking(move || load(dir.as_deref()))
            .await
            .unwrap_or_else(|panic| {
                Err(GazetteerError {
                    file: String::new(),
                    line: 0,
                    cause: format!("the loader panicked: {panic}"),
                })
            });
        let source = match &self.dir {
            Some(dir) => dir.display().to_string(),
            None => "built-in".to_owned(),
        };
        match loaded {
            Ok(new) => {
                let new = Arc::new(new);
                let old = self.shared.swap(new.clone());
                GazetteerReloaded {
                    source: &source,
                    old_hash: old.content_hash(),
                    labels: &GazetteerLabels::from_gazetteer(&new),
                }
                .emit(&self.metrics);
                Ok(new)
            }
            Err(error) => {
                GazetteerReloadFailed {
                    source: &source,
                    error: &error,
                }
                .emit(&self.metrics);
                Err(error)
            }
        }
    }
}
