//! Named entities in real Indonesian news paragraphs: a tenth of the Indonesian lines of the DSLCC test set,
//! labelled by hand for warta with PERSON, LOCATION and ORGANIZATION (`crates/eval/data/ner-id-news.jsonl`,
//! how it was made in `crates/eval/data/README.md`). The gold keeps only code-point offsets into the
//! DSLCC file, which stays where its owners put it.
//!
//! Each paragraph is read by [`warta_ner::spans`] (split by [`warta_ner::tokenize`]; a gold entity labels the
//! tokens that lie inside it) and tagged whole. Entities are scored at the token level as seqeval does
//! (exact span and type). The training paragraphs of `crates/ner/train/` are other lines of the same file.

use super::SplitReport;
use crate::{data_error, EvalError};
use std::{path::Path, time::Instant};
use warta_ner::spans::{read_paragraphs, Paragraph, SpansError};
use warta_ner::Tagger;

/// Scores the tagger on the DSLCC file `dslcc` against the gold labels kept in the repository.
pub fn evaluate_news(tagger: &Tagger, dslcc: &Path) -> Result<SplitReport, EvalError> {
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/ner-id-news.jsonl");
    score_news(tagger, dslcc, &gold)
}

/// Scores the tagger on the paragraphs of `dslcc` labelled in `gold_path`.
pub fn score_news(
    tagger: &Tagger,
    dslcc: &Path,
    gold_path: &Path,
) -> Result<SplitReport, EvalError> {
    let paragraphs = read_paragraphs(gold_path, dslcc).map_err(|e| match e {
        SpansError::Io { path, source } => EvalError::Io { path, source },
        other => data_error(gold_path, other.to_string()),
    })?;
    if paragraphs.is_empty() {
        return Err(data_error(gold_path, "no labelled paragraphs"));
    }
    let sentences: Vec<_> = paragraphs.iter().map(Paragraph::labelled).collect();
    let started = Instant::now();
    let scores = warta_ner::eval::evaluate(tagger, &sentences);
    let seconds = started.elapsed().as_secs_f64().max(f64::MIN_POSITIVE);
    let tokens = sentences.iter().map(|s| s.tokens.len()).sum();
    Ok(SplitReport {
        name: "DSLCC Indonesian news paragraphs (cased, hand-labelled)",
        sentences: sentences.len(),
        tokens,
        scores,
        tokens_per_second: tokens as f64 / seconds,
    })
}
