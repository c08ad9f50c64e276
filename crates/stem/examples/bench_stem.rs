//! Measures the Indonesian stemmer's speed over the words of the example corpus.
//!
//! `cargo run --release -p warta-stem --example bench_stem [corpus-dir] [rounds]`

use std::time::Instant;

use warta_stem::indonesian;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "examples/corpus".to_string());
    let rounds: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(200);
    let mut words = Vec::new();
    for entry in std::fs::read_dir(&dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|ext| ext == "txt") {
            let text = std::fs::read_to_string(&path)?;
            words.extend(
                text.split(|c: char| !c.is_alphanumeric() && c != '-')
                    .filter(|word| !word.is_empty())
                    .map(str::to_lowercase),
            );
        }
    }
    // The dictionary loads on first use; time that apart.
    let load = Instant::now();
    let _ = indonesian::stem("menyerang");
    println!(
        "dictionary loaded in {:.1} ms",
        load.elapsed().as_secs_f64() * 1e3
    );
    let start = Instant::now();
    let mut changed = 0usize;
    for _ in 0..rounds {
        for word in &words {
            if indonesian::stem(word) != word.as_str() {
                changed += 1;
            }
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    let stemmed = words.len() * rounds;
    println!(
        "{} words × {rounds} rounds in {seconds:.3} s: {:.0} words/s; {:.1}% changed",
        words.len(),
        stemmed as f64 / seconds,
        100.0 * changed as f64 / stemmed.max(1) as f64,
    );
    Ok(())
}
