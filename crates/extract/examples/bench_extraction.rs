//! Times the extractor alone on a directory of `*.html.gz` pages (the article-extraction benchmark's
//! `html/`): pages are read and decompressed first, then extracted in a loop, one thread. When the
//! directory's parent holds the benchmark's `ground-truth.json`, the body F1 of the extracted blocks is
//! printed too (the "extractor blocks" line of `warta eval extraction`).
//!
//! `cargo run --release -p warta-extract --example bench_extraction -- ../shared/eval/extraction/html [ROUNDS]`
//! (`crates/extract/bench/run.sh` runs it beside trafilatura and rs-trafilatura). With `--dump FILE`, each
//! page's body text and publication date are written to FILE as JSON Lines (`{"id", "text", "date"}`) for
//! `crates/extract/bench/score.py`, and nothing is timed.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use warta_model::{Format, RawDocument};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let dump = match args.iter().position(|a| a == "--dump") {
        Some(at) => {
            let file = args.get(at + 1).cloned().ok_or("--dump needs a FILE")?;
            args.drain(at..=at + 1);
            Some(file)
        }
        None => None,
    };
    let dir = PathBuf::from(
        args.first()
            .ok_or("usage: bench_extraction DIR [ROUNDS] [--dump FILE]")?,
    );
    let rounds: usize = args.get(1).map_or(Ok(3), |r| r.parse())?;
    let pages = read_pages(&dir)?;
    if let Some(file) = dump {
        let mut out = std::io::BufWriter::new(std::fs::File::create(file)?);
        for (id, page) in &pages {
            let doc = warta_extract::extract(page).unwrap_or_default();
            let line = serde_json::json!({
                "id": id,
                "text": body(&doc),
                // The date as the page writes it, in its own time zone.
                "date": doc.published.map(|d| d.format("%Y-%m-%d").to_string()),
            });
            writeln!(out, "{line}")?;
        }
        return Ok(());
    }
    let started = Instant::now();
    let mut blocks = 0;
    for _ in 0..rounds {
        for (_, page) in &pages {
            blocks += warta_extract::extract(page).map_or(0, |doc| doc.blocks.len());
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let docs = (pages.len() * rounds) as f64;
    println!(
        "warta: {} pages x {rounds} rounds in {seconds:.2} s: {:.1} docs/s ({blocks} blocks)",
        pages.len(),
        docs / seconds
    );
    if let Some(truth) = ground_truth(&dir) {
        let (mut precision, mut recall) = (0.0, 0.0);
        for (id, page) in &pages {
            let gold = truth[id.as_str()]["articleBody"].as_str().unwrap_or("");
            let doc = warta_extract::extract(page).unwrap_or_default();
            let (p, r) = warta_extract::eval::score(&body(&doc), gold);
            precision += p;
            recall += r;
        }
        let n = pages.len().max(1) as f64;
        let (p, r) = (precision / n, recall / n);
        println!(
            "warta extractor blocks: P {p:.4} R {r:.4} F1 {:.4}",
            2.0 * p * r / (p + r).max(f64::MIN_POSITIVE)
        );
    }
    Ok(())
}

/// The `*.html.gz` pages of `dir` in name order, as (id, raw document).
fn read_pages(dir: &Path) -> Result<Vec<(String, RawDocument)>, Box<dyn std::error::Error>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.to_string_lossy().ends_with(".html.gz"))
        .collect();
    paths.sort();
    let mut pages = Vec::new();
    for path in paths {
        let mut bytes = Vec::new();
        flate2::read::MultiGzDecoder::new(std::fs::File::open(&path)?).read_to_end(&mut bytes)?;
        let id = path
            .file_name()
            .map(|n| n.to_string_lossy().trim_end_matches(".html.gz").to_string())
            .unwrap_or_default();
        pages.push((
            id,
            RawDocument::new(path.display().to_string(), Format::Html, bytes),
        ));
    }
    Ok(pages)
}

/// The benchmark's gold bodies, when `dir`'s parent has them.
fn ground_truth(dir: &Path) -> Option<serde_json::Value> {
    let text = std::fs::read_to_string(dir.parent()?.join("ground-truth.json")).ok()?;
    serde_json::from_str(&text).ok()
}

/// The extracted blocks joined as `warta eval extraction` joins them.
fn body(doc: &warta_extract::Extracted) -> String {
    doc.blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}
