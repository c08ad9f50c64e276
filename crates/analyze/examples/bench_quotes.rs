//! The speed of the attribution stage (quotes, speakers, sources and chains) on one thread, in megabytes of
//! article text per second.
//!
//! Usage: `bench_quotes [ROUNDS] PATH...` where each PATH is a text file (one article) or a JSON object of
//! articles with an `articleBody` each (`../shared/eval/extraction/ground-truth.json`). Language and entities,
//! which other stages find, are computed first and not timed; the timed loop is what `analyze` does after
//! them. Run with `cargo run --release -p warta-analyze --example bench_quotes -- 5 examples/corpus/*.txt
//! ../shared/eval/extraction/ground-truth.json`.

use std::time::Instant;

use warta_analyze::{entity, language, quote, source};
use warta_model::Entity;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// An article with what the earlier stages found in it.
struct Prepared {
    text: String,
    lang: &'static str,
    entities: Vec<Entity>,
}

fn main() -> Result<()> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let rounds: usize = match args.first().map(|a| a.parse()) {
        Some(Ok(rounds)) => {
            args.remove(0);
            rounds
        }
        _ => 3,
    };
    if args.is_empty() {
        return Err("usage: bench_quotes [ROUNDS] PATH...".into());
    }
    let mut texts = Vec::new();
    for path in &args {
        let content = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
        if path.ends_with(".json") {
            let articles: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(&content).map_err(|e| format!("{path}: {e}"))?;
            texts.extend(
                articles
                    .values()
                    .filter_map(|a| a["articleBody"].as_str().map(str::to_string)),
            );
        } else {
            texts.push(content);
        }
    }
    let prepared: Vec<Prepared> = texts
        .into_iter()
        .map(|text| {
            let lang = language::detect(&text).map_or("und", |l| l.code);
            let entities = entity::find_entities(&text, lang);
            Prepared {
                text,
                lang,
                entities,
            }
        })
        .collect();
    let bytes: usize = prepared.iter().map(|p| p.text.len()).sum();

    let mut best = f64::INFINITY;
    let mut found = 0;
    for _ in 0..rounds.max(1) {
        let start = Instant::now();
        found = 0;
        for article in &prepared {
            let mut quotes =
                quote::find_quotes(&article.text, article.lang, &article.entities, None);
            let sources =
                source::sources(&article.text, None, None, None, &quotes, &article.entities);
            for quote in &mut quotes {
                quote.chain = source::chain(quote, &sources);
            }
            found += quotes.len();
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "articles {} MB {:.2} quotes {found} best of {rounds} rounds {:.3} s: {:.2} MB/s",
        prepared.len(),
        bytes as f64 / 1e6,
        best,
        bytes as f64 / 1e6 / best.max(1e-9)
    );
    Ok(())
}
