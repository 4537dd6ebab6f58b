//! `enricher enrich`.

use std::process::ExitCode;

/// Arguments of `enricher enrich`.
#[derive(Debug, clap::Args)]
pub struct EnrichArgs {}

/// Runs `enricher enrich`.
pub fn run(_args: EnrichArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`enricher enrich` is not built yet")
}
