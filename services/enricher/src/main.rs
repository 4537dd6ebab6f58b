//! `enricher`: see `enricher --help` and the README.

use std::process::ExitCode;

use clap::Parser;

/// The allocator: the per-delivery path allocates a few hundred small blocks (mentions,
/// names, frames) and frees them on another thread; mimalloc's per-thread free lists do
/// that in fewer instructions than glibc's malloc (BENCHMARKS.md section 20).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = enricher::cli::Cli::parse();
    enricher::cli::run(cli)
}
