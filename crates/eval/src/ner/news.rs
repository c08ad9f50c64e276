//! Named entities in real Indonesian news paragraphs: a tenth of the Indonesian lines of the DSLCC test set,
//! labelled by hand for warta with PERSON, LOCATION and ORGANIZATION (`crates/eval/data/ner-id-news.jsonl`,
//! how it was made in `crates/eval/data/README.md`). The gold keeps only code-point offsets into the
//! DSLCC file, which stays where its owners put it.
//!
//! Each paragraph is split by [`warta_ner::tokenize`] and tagged whole; a gold entity labels the tokens that
//! lie inside it. Entities are scored at the token level as seqeval does (exact span and type).

use super::SplitReport;
use crate::{data_error, read_to_string, EvalError};
use serde::Deserialize;
use std::{path::Path, time::Instant};
use warta_ner::{conll::Sentence, EntityKind, Label, Tagger};

/// One labelled paragraph: its line in the DSLCC file (1-based), its length in code points (to catch a
/// different file) and its entities as `[start, end, type]`.
#[derive(Deserialize)]
struct GoldParagraph {
    line: usize,
    chars: usize,
    entities: Vec<(usize, usize, String)>,
}

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
    let dslcc_text = read_to_string(dslcc)?;
    let lines: Vec<&str> = dslcc_text.lines().collect();
    let mut sentences = Vec::new();
    for (n, record) in read_to_string(gold_path)?.lines().enumerate() {
        if record.trim().is_empty() {
            continue;
        }
        let gold: GoldParagraph = serde_json::from_str(record)
            .map_err(|e| data_error(gold_path, format!("line {}: {e}", n + 1)))?;
        let text = lines
            .get(gold.line.wrapping_sub(1))
            .and_then(|l| l.split('\t').next())
            .filter(|t| t.chars().count() == gold.chars)
            .ok_or_else(|| {
                data_error(
                    dslcc,
                    format!("line {} is not the labelled paragraph", gold.line),
                )
            })?;
        sentences.push(labelled(text, &gold.entities).map_err(|e| data_error(gold_path, e))?);
    }
    if sentences.is_empty() {
        return Err(data_error(gold_path, "no labelled paragraphs"));
    }
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

/// The paragraph's tokens with BIO labels from the gold entity spans.
fn labelled(text: &str, entities: &[(usize, usize, String)]) -> Result<Sentence, String> {
    let chars: Vec<char> = text.chars().collect();
    let spans = warta_ner::tokenize(text);
    let mut labels = vec![Label::O; spans.len()];
    for (start, end, kind) in entities {
        let kind = match kind.as_str() {
            "PERSON" => EntityKind::Person,
            "LOCATION" => EntityKind::Location,
            "ORGANIZATION" => EntityKind::Organization,
            other => return Err(format!("unknown entity type {other:?}")),
        };
        let inside: Vec<usize> = (0..spans.len())
            .filter(|&t| *start <= spans[t].0 && spans[t].1 <= *end)
            .collect();
        for (i, &t) in inside.iter().enumerate() {
            labels[t] = if i == 0 {
                Label::B(kind)
            } else {
                Label::I(kind)
            };
        }
    }
    Ok(Sentence {
        tokens: spans
            .iter()
            .map(|&(s, e)| {
                chars
                    .get(s..e)
                    .map(|c| c.iter().collect())
                    .unwrap_or_default()
            })
            .collect(),
        labels,
    })
}
