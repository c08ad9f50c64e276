//! Times rs-trafilatura's `extract` on a directory of `*.html.gz` pages, read and decompressed first, one
//! thread; the same loop as warta's `bench_extraction` example.
//!
//! `bench-rs-trafilatura DIR [ROUNDS] [--dump FILE]`: with `--dump`, each page's body text and date are
//! written to FILE as JSON Lines (`{"id", "text", "date"}`) for `../score.py`.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::time::Instant;

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
            .ok_or("usage: bench-rs-trafilatura DIR [ROUNDS] [--dump FILE]")?,
    );
    let rounds: usize = args.get(1).map_or(Ok(3), |r| r.parse())?;
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)?
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
        pages.push((id, bytes));
    }
    if let Some(file) = dump {
        let mut out = std::io::BufWriter::new(std::fs::File::create(file)?);
        for (id, bytes) in &pages {
            let (text, date) = match rs_trafilatura::extract_bytes(bytes) {
                Ok(result) => (
                    result.content_text,
                    result
                        .metadata
                        .date
                        .map(|d| d.format("%Y-%m-%d").to_string()),
                ),
                Err(_) => (String::new(), None),
            };
            let line = serde_json::json!({ "id": id, "text": text, "date": date });
            writeln!(out, "{line}")?;
        }
        return Ok(());
    }
    let started = Instant::now();
    let mut chars = 0;
    for _ in 0..rounds {
        for (_, bytes) in &pages {
            chars += rs_trafilatura::extract_bytes(bytes).map_or(0, |r| r.content_text.len());
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "rs-trafilatura 0.2.2: {} pages x {rounds} rounds in {seconds:.2} s: {:.1} docs/s ({chars} bytes of text)",
        pages.len(),
        (pages.len() * rounds) as f64 / seconds
    );
    Ok(())
}
