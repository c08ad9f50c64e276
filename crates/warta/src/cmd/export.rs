//! `warta export [--query Q] [--format jsonl|csv]`: every stored article, or those a search finds, on
//! stdout, streamed (the whole archive is never held in memory).

use crate::cli::ExportFormatArg;
use std::{
    io::{self, Write},
    process::ExitCode,
};
use warta_store::{ExportFormat, Store};

pub fn run(
    store: &Store,
    query: Option<&str>,
    format: ExportFormatArg,
) -> anyhow::Result<ExitCode> {
    let format = match format {
        ExportFormatArg::Jsonl => ExportFormat::Jsonl,
        ExportFormatArg::Csv => ExportFormat::Csv,
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    out.write_all(&format.header()?)?;
    let exported = store.export_articles(query, |article| -> anyhow::Result<()> {
        out.write_all(&format.record(article)?)?;
        Ok(())
    })?;
    out.flush()?;
    eprintln!("exported {exported} articles");
    Ok(ExitCode::SUCCESS)
}
