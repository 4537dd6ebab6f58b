//! `enricher serve`.

use std::process::ExitCode;

/// Arguments of `enricher serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {}

/// Runs `enricher serve`.
pub fn run(_args: ServeArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`enricher serve` is not built yet")
}
