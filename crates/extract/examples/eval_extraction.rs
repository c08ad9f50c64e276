//! Scores the HTML extractor on the article-extraction benchmark layout: a directory holding
//! `html/<id>.html.gz` and `ground-truth.json` (`{"<id>": {"articleBody": …}}`).
//!
//! `cargo run --release -p warta-extract --example eval_extraction -- ../shared/eval/extraction`
//! (`VERBOSE=1` prints per-page scores, `SHOW=<id>` one page's extracted and gold bodies).

use std::io::Read;
use std::path::PathBuf;
use std::time::Instant;

use warta_model::{Format, RawDocument};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .ok_or("usage: eval_extraction DIR")?,
    );
    let truth: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("ground-truth.json"))?)?;
    let truth = truth
        .as_object()
        .ok_or("ground-truth.json is not an object")?;
    // `SHOW=<id>` extracts only that page and prints its extracted and gold bodies.
    let show = std::env::var("SHOW").ok();
    let mut pages = Vec::new();
    for (id, gold) in truth {
        if show.as_ref().is_some_and(|show| show != id) {
            continue;
        }
        let mut bytes = Vec::new();
        let file = std::fs::File::open(dir.join("html").join(format!("{id}.html.gz")))?;
        flate2::read::MultiGzDecoder::new(file).read_to_end(&mut bytes)?;
        let gold = gold
            .get("articleBody")
            .and_then(|b| b.as_str())
            .unwrap_or("")
            .to_string();
        pages.push((
            id.clone(),
            RawDocument::new(id.clone(), Format::Html, bytes),
            gold,
        ));
    }
    let verbose = std::env::var_os("VERBOSE").is_some();
    let started = Instant::now();
    let (mut precision, mut recall) = (0.0, 0.0);
    for (id, raw, gold) in &pages {
        let predicted = warta_extract::extract(raw)
            .map(|doc| {
                doc.blocks
                    .iter()
                    .map(|b| b.text.as_str())
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .unwrap_or_default();
        let (p, r) = warta_extract::eval::score(&predicted, gold);
        if show.as_deref() == Some(id.as_str()) {
            println!("=== extracted\n{predicted}\n=== gold\n{gold}\n===");
        }
        if verbose {
            println!("{id} P={p:.3} R={r:.3}");
        }
        precision += p;
        recall += r;
    }
    let seconds = started.elapsed().as_secs_f64();
    let n = pages.len() as f64;
    let (p, r) = (precision / n, recall / n);
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!(
        "{} pages  P {p:.3}  R {r:.3}  F1 {f1:.3}  {:.0} docs/s",
        pages.len(),
        n / seconds
    );
    Ok(())
}
