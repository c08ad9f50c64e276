//! `warta analyze`: the pipeline without the store; JSON Lines or a readable report on stdout.

use crate::cmd::report;
use anyhow::Context;
use std::{
    io::{self, Write},
    path::PathBuf,
    process::ExitCode,
};
use warta_analyze::entity::AliasTable;

pub fn run(paths: &[PathBuf], json: bool, aliases: &AliasTable) -> anyhow::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let tally = crate::output::for_each_document(paths, |raw| {
        let article = match warta_pipeline::process_with(raw, aliases) {
            Ok(article) => article,
            Err(err) => return Ok(Err(err)),
        };
        if json {
            serde_json::to_writer(&mut out, &article).context("writing JSON")?;
            writeln!(out)?;
        } else {
            report::write_article(&mut out, &article)?;
        }
        Ok(Ok(()))
    })?;
    out.flush()?;
    if !json {
        eprintln!("analysed {}, failed {}", tally.done, tally.failed);
    }
    Ok(tally.exit_code())
}
