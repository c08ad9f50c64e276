//! Precision of residue removal on real article bodies: every line of a gold body is article text, so every
//! piece the cleaner removes from one is a false positive. The target is zero.

use crate::{data_error, read_to_string, EvalError};
use std::{fmt, path::Path};
use warta_model::Block;

/// One removed piece of a gold body.
#[derive(Debug)]
pub struct FalseRemoval {
    pub article: String,
    pub reason: warta_model::RemovalReason,
    pub text: String,
}

#[derive(Debug)]
pub struct CleaningReport {
    pub articles: usize,
    pub gold_lines: usize,
    pub removed: Vec<FalseRemoval>,
}

/// Runs the cleaner over the bodies of `ground-truth.json` (the article-extraction benchmark's format: ids
/// mapped to `{"articleBody": …}`), one block per non-empty line.
pub fn evaluate(ground_truth: &Path) -> Result<CleaningReport, EvalError> {
    let gold: serde_json::Value = serde_json::from_str(&read_to_string(ground_truth)?)
        .map_err(|e| data_error(ground_truth, e.to_string()))?;
    let articles = gold
        .as_object()
        .ok_or_else(|| data_error(ground_truth, "expected an object of articles"))?;
    let mut report = CleaningReport {
        articles: articles.len(),
        gold_lines: 0,
        removed: Vec::new(),
    };
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
        report.gold_lines += blocks.len();
        for piece in warta_clean::clean(None, &blocks).removed {
            report.removed.push(FalseRemoval {
                article: id.clone(),
                reason: piece.reason,
                text: piece.text,
            });
        }
    }
    Ok(report)
}

impl fmt::Display for CleaningReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "cleaning: gold body lines removed (a person should judge each; target 0)"
        )?;
        for piece in &self.removed {
            writeln!(f, "  {}\t{:?}\t{}", piece.article, piece.reason, piece.text)?;
        }
        writeln!(
            f,
            "{} removed pieces out of {} gold lines in {} articles",
            self.removed.len(),
            self.gold_lines,
            self.articles
        )
    }
}
