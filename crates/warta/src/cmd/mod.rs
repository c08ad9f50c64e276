//! One module per command.

mod analyze;
mod cluster;
mod eval;
mod export;
mod extract;
mod ingest;
mod langid;
mod report;
mod search;
mod serve;
mod stats;

use crate::cli::{Cli, Command};
use std::process::ExitCode;
use warta_store::Store;

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Ingest(args) => {
            let store = open_store(&cli.data_dir)?;
            let summary = ingest::run(&store, &args)?;
            Ok(summary.exit_code())
        }
        Command::Extract { jsonl, paths } => extract::run(&paths, jsonl),
        Command::Analyze { json, paths } => analyze::run(&paths, json),
        Command::Search { query, json, limit } => {
            search::run(&open_store(&cli.data_dir)?, &query, json, limit)
        }
        Command::Serve { addr, ingest } => serve::run(open_store(&cli.data_dir)?, addr, &ingest),
        Command::Langid => langid::run(),
        Command::Ner { conll: _ } => {
            warta_ner::conll(
                std::io::stdin().lock(),
                std::io::BufWriter::new(std::io::stdout().lock()),
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval { stage, path } => eval::run(stage, path),
        Command::Cluster => cluster::run(),
        Command::Export { query, format } => {
            export::run(&open_store(&cli.data_dir)?, query.as_deref(), format)
        }
        Command::Stats { json } => stats::run(&open_store(&cli.data_dir)?, json),
    }
}

fn open_store(data_dir: &std::path::Path) -> anyhow::Result<Store> {
    Store::open(data_dir)
        .map_err(|e| anyhow::anyhow!("cannot open the store in {}: {e}", data_dir.display()))
}
