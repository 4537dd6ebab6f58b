//! The command line: one binary, five subcommands (contract section 1).

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::commands;

/// Tags countries, organizations and weapon categories in news articles.
///
/// `serve` runs the RabbitMQ microservice; `enrich` does the same enrichment on NDJSON
/// files with no broker.
#[derive(Debug, Parser)]
#[command(name = "enricher", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
#[allow(clippy::large_enum_variant)] // parsed once; boxing buys nothing
pub enum Command {
    /// Consume raw articles from RabbitMQ, enrich them, publish them, expose metrics.
    Serve(Box<commands::serve::ServeArgs>),
    /// Enrich NDJSON articles from files (or stdin) to NDJSON on stdout, no broker needed.
    Enrich(commands::enrich::EnrichArgs),
    /// Publish NDJSON articles to the input exchange with publisher confirms.
    Publish(commands::publish::PublishArgs),
    /// Inspect the gazetteer.
    #[command(subcommand)]
    Gazetteer(commands::gazetteer::GazetteerCommand),
    /// Score the tagger against an annotated NDJSON gold file.
    Eval(commands::eval::EvalArgs),
}

/// Runs the parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> ExitCode {
    let result = match cli.command {
        Command::Serve(args) => commands::serve::run(*args),
        Command::Enrich(args) => commands::enrich::run(args),
        Command::Publish(args) => commands::publish::run(args),
        Command::Gazetteer(cmd) => commands::gazetteer::run(cmd),
        Command::Eval(args) => commands::eval::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("enricher: error: {err:#}");
            ExitCode::FAILURE
        }
    }
}
