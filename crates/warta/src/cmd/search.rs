//! `warta search`: full-text search over the stored articles.

use std::{
    io::{self, Write},
    process::ExitCode,
};
use warta_store::Store;

pub fn run(store: &Store, query: &str, json: bool, limit: usize) -> anyhow::Result<ExitCode> {
    let hits = store
        .search(query, limit)
        .map_err(|e| anyhow::anyhow!("search failed: {e}"))?;
    let mut out = io::BufWriter::new(io::stdout().lock());
    for hit in &hits {
        if json {
            serde_json::to_writer(&mut out, hit)?;
            writeln!(out)?;
        } else {
            writeln!(
                out,
                "{}  {:.2}  {}",
                hit.id,
                hit.score,
                hit.title.as_deref().unwrap_or("(untitled)")
            )?;
            writeln!(out, "    {}", hit.snippet.replace('\n', " "))?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
