//! Near-duplicate detection over a JSONL corpus, timed on one thread: the warta side of
//! `crates/dedup/bench/run.sh`, which runs datasketch on the same file.
//!
//! Usage: `bench_near_dup CORPUS.jsonl OUT_PAIRS.tsv` (one `{"id", "text"}` object per line). For each document in
//! order: signature, query the index, insert. Writes the reported pairs and prints
//! `docs N seconds S docs_per_s R`. Reading the file is not timed.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use warta_dedup::{NearDuplicateIndex, Signature};

const THRESHOLD: f64 = 0.8;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let [_, corpus, out] = args.as_slice() else {
        bail!("usage: bench_near_dup CORPUS.jsonl OUT_PAIRS.tsv");
    };
    let mut docs = Vec::new();
    let reader = BufReader::new(File::open(corpus).with_context(|| format!("opening {corpus}"))?);
    for (number, line) in reader.lines().enumerate() {
        let line = line.with_context(|| format!("{corpus}:{}", number + 1))?;
        let record: serde_json::Value =
            serde_json::from_str(&line).with_context(|| format!("{corpus}:{}", number + 1))?;
        let (Some(id), Some(text)) = (record["id"].as_str(), record["text"].as_str()) else {
            bail!(
                "{corpus}:{}: expected string fields id and text",
                number + 1
            );
        };
        docs.push((id.to_string(), text.to_string()));
    }

    let start = Instant::now();
    let mut index = NearDuplicateIndex::new(THRESHOLD);
    let mut pairs = Vec::new();
    for (position, (_, text)) in docs.iter().enumerate() {
        let signature = Signature::of(text);
        for (earlier, _) in index.query(&signature) {
            pairs.push((earlier, position));
        }
        index.insert(position, &signature);
    }
    let seconds = start.elapsed().as_secs_f64();

    let mut writer = BufWriter::new(File::create(out).with_context(|| format!("creating {out}"))?);
    for (a, b) in pairs {
        writeln!(writer, "{}\t{}", docs[a].0, docs[b].0)?;
    }
    writer.flush()?;
    println!(
        "docs {} seconds {seconds:.3} docs_per_s {:.1}",
        docs.len(),
        docs.len() as f64 / seconds
    );
    Ok(())
}
