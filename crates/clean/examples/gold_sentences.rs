//! Precision on real article bodies: every line of a gold body is article text, so every piece `clean`
//! removes from one is a false positive.
//!
//! Usage: `cargo run -p warta-clean --example gold_sentences -- ground-truth.json`, where the JSON maps ids to
//! `{"articleBody": …}` (the article-extraction benchmark's format). Prints each removed piece and the count.

use std::process::ExitCode;

use serde_json::Value;
use warta_model::Block;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: gold_sentences GROUND_TRUTH.json");
        return ExitCode::FAILURE;
    };
    let gold: Value = match std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|text| serde_json::from_str(&text).map_err(|e| e.to_string()))
    {
        Ok(gold) => gold,
        Err(err) => {
            eprintln!("{path}: {err}");
            return ExitCode::FAILURE;
        }
    };
    let Some(articles) = gold.as_object() else {
        eprintln!("{path}: expected an object of articles");
        return ExitCode::FAILURE;
    };
    let (mut lines, mut removed) = (0, 0);
    for (id, article) in articles {
        let body = article["articleBody"].as_str().unwrap_or_default();
        let blocks: Vec<Block> = body
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(|line| Block {
                text: line.to_string(),
                raw_start: None,
            })
            .collect();
        lines += blocks.len();
        for piece in warta_clean::clean(None, &blocks).removed {
            removed += 1;
            println!("{id}\t{:?}\t{}", piece.reason, piece.text);
        }
    }
    println!(
        "{removed} removed pieces out of {lines} gold lines in {} articles",
        articles.len()
    );
    ExitCode::SUCCESS
}
