//! `enricher eval`.

use std::process::ExitCode;

/// Arguments of `enricher eval`.
#[derive(Debug, clap::Args)]
pub struct EvalArgs {}

/// Runs `enricher eval`.
pub fn run(_args: EvalArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`enricher eval` is not built yet")
}
