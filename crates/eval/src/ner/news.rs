//! Named entities in real news paragraphs, labelled by hand for warta with PERSON, LOCATION and ORGANIZATION
//! (how, in `crates/eval/data/README.md`):
//! - Indonesian: a tenth of the Indonesian lines of the DSLCC test set (`data/ner-id-news.jsonl`);
//! - English: paragraphs of the PolNeAR dev articles, US political news (`data/ner-en-news.jsonl`).
//!
//! The gold keeps only code-point offsets into the texts, which stay where their owners put them.
//! Each paragraph is read by [`warta_ner::spans`] (split by [`warta_ner::tokenize`]; a gold entity labels the
//! tokens that lie inside it) and tagged whole. Entities are scored at the token level as seqeval does
//! (exact span and type). The training paragraphs of `crates/ner/train/` are other paragraphs of the same
//! sources: other DSLCC lines, PolNeAR train articles.

use super::SplitReport;
use crate::{data_error, EvalError};
use std::{path::Path, time::Instant};
use warta_ner::conll::Sentence;
use warta_ner::eval::Scores;
use warta_ner::spans::{read_paragraphs, Paragraph, SpansError};
use warta_ner::{EntityKind, Tagger};

/// Scores the tagger on the DSLCC file `dslcc` against the gold labels kept in the repository.
pub fn evaluate_news(tagger: &Tagger, dslcc: &Path) -> Result<SplitReport, EvalError> {
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/ner-id-news.jsonl");
    score_news(
        tagger,
        "DSLCC Indonesian news paragraphs (cased, hand-labelled)",
        dslcc,
        &gold,
    )
}

/// Scores the tagger on the PolNeAR data directory `polnear` (holding `dev/text/`) against the gold labels
/// kept in the repository.
pub fn evaluate_english_news(tagger: &Tagger, polnear: &Path) -> Result<SplitReport, EvalError> {
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/ner-en-news.jsonl");
    score_news(
        tagger,
        "PolNeAR dev English news paragraphs (hand-labelled)",
        polnear,
        &gold,
    )
}

/// Scores the tagger on the paragraphs of `texts` (a TSV file or a directory, as [`read_paragraphs`]
/// reads them) labelled in `gold_path`; `name` names the set in the report.
pub fn score_news(
    tagger: &Tagger,
    name: &'static str,
    texts: &Path,
    gold_path: &Path,
) -> Result<SplitReport, EvalError> {
    let paragraphs = read_paragraphs(gold_path, texts).map_err(|e| match e {
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
    let mut pipeline = Scores::default();
    for (paragraph, gold) in paragraphs.iter().zip(&sentences) {
        pipeline.add(&gold.labels, &pipeline_labels(&paragraph.text));
    }
    Ok(SplitReport {
        name,
        sentences: sentences.len(),
        tokens,
        scores,
        pipeline: Some(pipeline),
        tokens_per_second: tokens as f64 / seconds,
    })
}

/// The labels of the entity mentions that the analysis pipeline (`warta analyze`, what the store, the API and
/// the pages show) finds in `text`, token by token as the gold is labelled.
fn pipeline_labels(text: &str) -> Vec<warta_ner::Label> {
    let lang = warta_analyze::language::detect_line(text);
    let mentions: Vec<(usize, usize, EntityKind)> =
        warta_analyze::entity::find_entities(text, lang)
            .iter()
            .filter_map(|entity| {
                let kind = EntityKind::ALL
                    .into_iter()
                    .find(|k| k.as_str() == entity.kind)?;
                Some(entity.mentions.iter().map(move |m| (m.start, m.end, kind)))
            })
            .flatten()
            .collect();
    Sentence::from_spans(text, &mentions).labels
}
