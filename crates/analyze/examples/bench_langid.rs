//! Language identification timed on one thread: the Rust side of `crates/analyze/bench/run.sh`, which runs
//! lingua on the same sentences.
//!
//! Usage: `bench_langid SENTENCES.txt warta|whatlang OUT.txt [ROUNDS]` (one sentence a line). Writes one ISO
//! 639-1 code a line ("und" when undetermined) and prints `sentences N seconds S sentences_per_s R`.
//! Reading the file and a first call (which loads the Indonesian/Malay word weights) are not timed.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::time::Instant;

use warta_analyze::language::{detect_line, iso639_1, UNDETERMINED};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

const USAGE: &str = "usage: bench_langid SENTENCES.txt warta|whatlang OUT.txt [ROUNDS]";

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let (input, tool, out, rounds) = match args.as_slice() {
        [_, input, tool, out] => (input, tool, out, 1),
        [_, input, tool, out, rounds] => (input, tool, out, rounds.parse()?),
        _ => return Err(USAGE.into()),
    };
    let detect: fn(&str) -> &'static str = match tool.as_str() {
        "warta" => detect_line,
        "whatlang" => |text| whatlang::detect(text).map_or(UNDETERMINED, |i| iso639_1(i.lang())),
        _ => return Err(USAGE.into()),
    };
    let text = std::fs::read_to_string(input).map_err(|e| format!("{input}: {e}"))?;
    let sentences: Vec<&str> = text.lines().collect();
    detect("Pemerintah mengatakan jumlah korban bertambah.");

    let start = Instant::now();
    let mut codes = Vec::with_capacity(sentences.len());
    for _ in 0..rounds {
        codes.clear();
        codes.extend(sentences.iter().map(|s| detect(s)));
    }
    let seconds = start.elapsed().as_secs_f64();

    let mut writer = BufWriter::new(File::create(out).map_err(|e| format!("{out}: {e}"))?);
    for code in &codes {
        writeln!(writer, "{code}")?;
    }
    writer.flush()?;
    let total = sentences.len() * rounds;
    println!(
        "sentences {total} seconds {seconds:.3} sentences_per_s {:.0}",
        total as f64 / seconds.max(1e-9)
    );
    Ok(())
}
