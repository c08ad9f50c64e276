//! `warta analyze`: the pipeline without the store; JSON Lines or a readable report on stdout.

use crate::cmd::report;
use anyhow::Context;
use std::{
    io::{self, Write},
    path::PathBuf,
    process::ExitCode,
};

pub fn run(paths: &[PathBuf], json: bool) -> anyhow::Result<ExitCode> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let (mut analysed, mut failed) = (0usize, 0usize);
    let unreadable = crate::output::for_each_document(paths, |raw| {
        match warta_pipeline::process(&raw) {
            Ok(article) => {
                analysed += 1;
                if json {
                    serde_json::to_writer(&mut out, &article).context("writing JSON")?;
                    writeln!(out)?;
                } else {
                    report::write_article(&mut out, &article)?;
                }
            }
            Err(err) => {
                failed += 1;
                eprintln!("warta: failed: {}: {err}", raw.source);
            }
        }
        Ok(())
    })?;
    failed += unreadable;
    out.flush()?;
    if !json {
        eprintln!("analysed {analysed}, failed {failed}");
    }
    Ok(if analysed == 0 && failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
