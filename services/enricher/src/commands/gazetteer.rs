//! `enricher gazetteer ...`.

use std::process::ExitCode;

/// Gazetteer subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum GazetteerCommand {
    /// Validate gazetteer files and print counts per type and language.
    Check {},
}

/// Runs a gazetteer subcommand.
pub fn run(_cmd: GazetteerCommand) -> anyhow::Result<ExitCode> {
    anyhow::bail!("`enricher gazetteer check` is not built yet")
}
