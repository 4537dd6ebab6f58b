//! Pure tagging core of News Enricher (no tokio, no lapin).
//!
//! INTERIM: the signatures below are the agreed API; bodies are being built.

pub mod eval;
use std::path::Path;

pub use enricher_proto::{Article, EnrichedArticle};

/// A loaded, compiled, immutable gazetteer. Cheap to share behind an `Arc`.
#[derive(Debug)]
pub struct Gazetteer {
    content_hash: String,
}

/// Why a gazetteer could not be loaded: names the file, the line and the cause.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {cause}")]
pub struct GazetteerError {
    pub file: String,
    pub line: usize,
    pub cause: String,
}

impl Gazetteer {
    /// The gazetteer built into the binary.
    pub fn builtin() -> Result<Gazetteer, GazetteerError> {
        Ok(Gazetteer { content_hash: "sha256:interim".into() })
    }

    /// Loads `countries.toml`, `organizations.toml`, `weapons.toml`, `regions.toml` from `dir`.
    pub fn load_dir(dir: &Path) -> Result<Gazetteer, GazetteerError> {
        Err(GazetteerError { file: dir.display().to_string(), line: 0, cause: "interim".into() })
    }

    /// `sha256:` + hex digest of the gazetteer's files.
    pub fn content_hash(&self) -> &str {
        &self.content_hash
    }
}

/// Enriches one article (interim: no tags yet).
pub fn enrich(article: &Article, gazetteer: &Gazetteer) -> EnrichedArticle {
    EnrichedArticle {
        schema: enricher_proto::ENRICHED_SCHEMA.into(),
        id: article.id.clone(),
        article: article.raw.clone(),
        language: article.lang.clone().unwrap_or_else(|| "und".into()),
        countries: vec![],
        organizations: vec![],
        weapons: vec![],
        mentions: vec![],
        enricher: enricher_proto::EnricherInfo {
            version: env!("CARGO_PKG_VERSION").into(),
            gazetteer: gazetteer.content_hash().into(),
            processed_at: humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string(),
        },
    }
}
