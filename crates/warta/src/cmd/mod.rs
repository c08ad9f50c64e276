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
use anyhow::Context;
use std::{path::Path, process::ExitCode};
use warta_analyze::entity::AliasTable;
use warta_store::Store;

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let aliases = aliases(cli.aliases.as_deref())?;
    let open_store = |data_dir: &Path| {
        Store::open_with_aliases(data_dir, aliases.clone())
            .with_context(|| format!("cannot open the store in {}", data_dir.display()))
    };
    match cli.command {
        Command::Ingest(args) => {
            let store = open_store(&cli.data_dir)?;
            let summary = ingest::run(&store, &args)?;
            Ok(summary.exit_code())
        }
        Command::Extract { jsonl, paths } => extract::run(&paths, jsonl),
        Command::Analyze { json, paths } => analyze::run(&paths, json, &aliases),
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

/// The shipped alias table, extended by the user's file if one is given.
fn aliases(path: Option<&Path>) -> anyhow::Result<AliasTable> {
    let mut aliases = AliasTable::default();
    if let Some(path) = path {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read the alias table {}", path.display()))?;
        aliases.extend(AliasTable::parse(&text));
    }
    Ok(aliases)
}
