//! `warta stats`: what the store holds.

use std::process::ExitCode;
use warta_store::Store;

pub fn run(store: &Store, json: bool) -> anyhow::Result<ExitCode> {
    let stats = store
        .stats()
        .map_err(|e| anyhow::anyhow!("reading stats failed: {e}"))?;
    if json {
        println!("{}", serde_json::to_string(&stats)?);
    } else {
        println!(
            "raw documents {}, articles {}, quotes {}, entities {}",
            stats.raw_documents, stats.articles, stats.quotes, stats.entities
        );
        for (lang, count) in &stats.languages {
            println!("  {lang}: {count}");
        }
    }
    Ok(ExitCode::SUCCESS)
}
