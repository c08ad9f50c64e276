//! Times the extractor alone on a directory of `*.html.gz` pages (the article-extraction benchmark's
//! `html/`): pages are read and decompressed first, then extracted in a loop, one thread.
//!
//! `cargo run --release -p warta-extract --example bench_extraction -- ../shared/eval/extraction/html`
//! (`crates/extract/bench/run.sh` runs it beside trafilatura).

use std::io::Read;
use std::path::PathBuf;
use std::time::Instant;

use warta_model::{Format, RawDocument};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .ok_or("usage: bench_extraction DIR [ROUNDS]")?,
    );
    let rounds: usize = std::env::args().nth(2).map_or(Ok(3), |r| r.parse())?;
    let mut pages = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.to_string_lossy().ends_with(".html.gz"))
        .collect();
    paths.sort();
    for path in paths {
        let mut bytes = Vec::new();
        flate2::read::MultiGzDecoder::new(std::fs::File::open(&path)?).read_to_end(&mut bytes)?;
        pages.push(RawDocument::new(
            path.display().to_string(),
            Format::Html,
            bytes,
        ));
    }
    let started = Instant::now();
    let mut blocks = 0;
    for _ in 0..rounds {
        for page in &pages {
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
    Ok(())
}
