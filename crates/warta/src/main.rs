//! The `warta` command: a thin layer that parses flags, runs one command and maps its outcome to an exit
//! code. Every command lives in its own module under `cmd`; the work itself is done by the library crates.

mod cli;
mod cmd;
mod output;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match cmd::run(cli) {
        Ok(code) => code,
        Err(err) if output::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("warta: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
