//! `warta stats`: what the store holds.

use std::process::ExitCode;
use warta_store::Store;

pub fn run(store: &Store, json: bool) -> anyhow::Result<ExitCode> {
    let stats = store
        .stats()
        .map_err(|e| anyhow::anyhow!("reading stats failed: {e}"))?;
    let mut text = String::new();
    if json {
        text = serde_json::to_string(&stats)? + "\n";
    } else {
        text += &format!(
            "raw documents {}, articles {}, quotes {}, entities {}\n",
            stats.raw_documents, stats.articles, stats.quotes, stats.entities
        );
        for (lang, count) in &stats.languages {
            text += &format!("  {lang}: {count}\n");
        }
    }
    crate::output::emit(text)?;
    Ok(ExitCode::SUCCESS)
}
