//! Article body extraction on the article-extraction benchmark layout: a directory holding
//! `html/<id>.html.gz` and `ground-truth.json` (`{"<id>": {"articleBody": …}}`).
//!
//! Scored twice: the extractor's blocks alone, and the body warta delivers (extracted, then cleaned of
//! residue), which is what `warta extract` prints. Metric: `warta_extract::eval::score` per page (4-word
//! shingles), precision and recall averaged over pages, F1 their harmonic mean.

use crate::{data_error, read_to_string, EvalError};
use std::{fmt, io::Read, path::Path, time::Instant};
use warta_model::{Format, RawDocument};

/// Precision, recall and F1 averaged over pages.
#[derive(Clone, Copy, Debug, Default)]
pub struct BodyScores {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

#[derive(Debug)]
pub struct PageScore {
    pub id: String,
    pub extracted: (f64, f64),
    pub delivered: (f64, f64),
}

#[derive(Debug)]
pub struct ExtractionReport {
    pub pages: Vec<PageScore>,
    pub extracted: BodyScores,
    pub delivered: BodyScores,
    /// Extraction and cleaning, pages per second on one thread (decompression and file reading excluded).
    pub pages_per_second: f64,
}

pub fn evaluate(dir: &Path) -> Result<ExtractionReport, EvalError> {
    let truth_path = dir.join("ground-truth.json");
    let truth: serde_json::Value = serde_json::from_str(&read_to_string(&truth_path)?)
        .map_err(|e| data_error(&truth_path, e.to_string()))?;
    let truth = truth
        .as_object()
        .ok_or_else(|| data_error(&truth_path, "expected an object of pages"))?;
    let mut pages = Vec::with_capacity(truth.len());
    for (id, gold) in truth {
        let path = dir.join("html").join(format!("{id}.html.gz"));
        let mut bytes = Vec::new();
        std::fs::File::open(&path)
            .and_then(|file| flate2::read::MultiGzDecoder::new(file).read_to_end(&mut bytes))
            .map_err(|source| EvalError::Io {
                path: path.clone(),
                source,
            })?;
        let gold = gold
            .get("articleBody")
            .and_then(|b| b.as_str())
            .unwrap_or_default()
            .to_string();
        pages.push((
            id.clone(),
            RawDocument::new(id.clone(), Format::Html, bytes),
            gold,
        ));
    }

    let started = Instant::now();
    let bodies: Vec<(String, String)> = pages.iter().map(|(_, raw, _)| bodies(raw)).collect();
    let pages_per_second =
        pages.len() as f64 / started.elapsed().as_secs_f64().max(f64::MIN_POSITIVE);

    let scores: Vec<PageScore> = pages
        .iter()
        .zip(&bodies)
        .map(|((id, _, gold), (extracted, delivered))| PageScore {
            id: id.clone(),
            extracted: warta_extract::eval::score(extracted, gold),
            delivered: warta_extract::eval::score(delivered, gold),
        })
        .collect();
    Ok(ExtractionReport {
        extracted: average(scores.iter().map(|s| s.extracted)),
        delivered: average(scores.iter().map(|s| s.delivered)),
        pages: scores,
        pages_per_second,
    })
}

/// The extractor's blocks joined, and the cleaned body built from them.
fn bodies(raw: &RawDocument) -> (String, String) {
    let Ok(doc) = warta_extract::extract(raw) else {
        return (String::new(), String::new());
    };
    let extracted = doc
        .blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let delivered = warta_clean::clean(doc.title.as_deref(), &doc.blocks).text;
    (extracted, delivered)
}

fn average(scores: impl ExactSizeIterator<Item = (f64, f64)>) -> BodyScores {
    let n = scores.len().max(1) as f64;
    let (p, r) = scores.fold((0.0, 0.0), |(p, r), (pp, rr)| (p + pp, r + rr));
    let (precision, recall) = (p / n, r / n);
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    BodyScores {
        precision,
        recall,
        f1,
    }
}

impl ExtractionReport {
    /// The per-page lines, worst delivered F1 first: where to look next.
    pub fn worst_pages(&self, count: usize) -> Vec<&PageScore> {
        let f1 = |(p, r): (f64, f64)| {
            if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            }
        };
        let mut pages: Vec<&PageScore> = self.pages.iter().collect();
        pages.sort_by(|a, b| f1(a.delivered).total_cmp(&f1(b.delivered)));
        pages.truncate(count);
        pages
    }
}

impl fmt::Display for ExtractionReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "extraction: {} pages, {:.0} pages/s (extract + clean, one thread)",
            self.pages.len(),
            self.pages_per_second
        )?;
        for (name, s) in [
            ("extractor blocks", self.extracted),
            ("delivered body (extract + clean)", self.delivered),
        ] {
            writeln!(
                f,
                "  {name:<34} P {:.4} R {:.4} F1 {:.4}",
                s.precision, s.recall, s.f1
            )?;
        }
        writeln!(f, "  published F1 on this set: rs-trafilatura 0.970, trafilatura 2.0 0.958, readability.js 0.947")?;
        writeln!(f, "  worst pages (delivered P, R):")?;
        for page in self.worst_pages(5) {
            writeln!(
                f,
                "    {} P {:.3} R {:.3}",
                page.id, page.delivered.0, page.delivered.1
            )?;
        }
        Ok(())
    }
}
