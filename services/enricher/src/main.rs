//! `enricher`: see `enricher --help` and the README.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = enricher::cli::Cli::parse();
    enricher::cli::run(cli)
}
