//! One module per subcommand. Each defines its clap arguments and a `run` that returns
//! the exit code (errors only for failures that stop the whole command).

pub mod enrich;
pub mod eval;
pub mod gazetteer;
pub mod publish;
pub mod serve;
