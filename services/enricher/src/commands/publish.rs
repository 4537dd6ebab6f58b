//! `enricher publish`.

use std::process::ExitCode;

/// Arguments of `enricher publish`.
#[derive(Debug, clap::Args)]
pub struct PublishArgs {}

/// Runs `enricher publish`.
pub fn run(_args: PublishArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`enricher publish` is not built yet")
}
