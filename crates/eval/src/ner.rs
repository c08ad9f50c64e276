//! Named entities on the IndoNLU NER sets (a directory holding `nergrit_ner-grit/` and `nerp_ner-prosa/`,
//! each with `valid_preprocess.txt`): entity-level micro F1 (exact span and type, as seqeval counts) of the
//! tagger behind `warta ner --conll`, with their labels mapped to PERSON, LOCATION and ORGANIZATION; and,
//! where the shared layout puts the DSLCC file and PolNeAR beside that directory (`../langid/`,
//! `../attribution-en/`), the hand-labelled Indonesian and English news paragraphs of [`news`], the
//! closest of them to what warta reads.

mod news;

pub use news::{evaluate_english_news, evaluate_news, score_news};

use crate::{data_error, EvalError};
use std::{fmt, fs::File, io::BufReader, path::Path, time::Instant};
use warta_ner::{conll::read_labelled, eval::Scores, Scheme, Tagger};

#[derive(Debug)]
pub struct SplitReport {
    pub name: &'static str,
    pub sentences: usize,
    pub tokens: usize,
    pub scores: Scores,
    /// The same text through the analysis pipeline, whose entities the store and the API show.
    pub pipeline: Option<Scores>,
    pub tokens_per_second: f64,
}

#[derive(Debug)]
pub struct NerReport {
    pub splits: Vec<SplitReport>,
}

pub fn evaluate(dir: &Path) -> Result<NerReport, EvalError> {
    let tagger =
        Tagger::load_default().map_err(|e| data_error(dir, format!("the embedded model: {e}")))?;
    let mut splits = Vec::new();
    for (name, file, scheme) in [
        (
            "NERGRIT valid (cased)",
            "nergrit_ner-grit/valid_preprocess.txt",
            Scheme::Nergrit,
        ),
        (
            "NERP valid (lower-cased)",
            "nerp_ner-prosa/valid_preprocess.txt",
            Scheme::Nerp,
        ),
    ] {
        let path = dir.join(file);
        let input = File::open(&path).map_err(|source| EvalError::Io {
            path: path.clone(),
            source,
        })?;
        let sentences = read_labelled(BufReader::new(input), scheme)
            .map_err(|e| data_error(&path, e.to_string()))?;
        let started = Instant::now();
        let scores = warta_ner::eval::evaluate(&tagger, &sentences);
        let seconds = started.elapsed().as_secs_f64().max(f64::MIN_POSITIVE);
        let tokens = sentences.iter().map(|s| s.tokens.len()).sum();
        splits.push(SplitReport {
            name,
            sentences: sentences.len(),
            tokens,
            scores,
            pipeline: None,
            tokens_per_second: tokens as f64 / seconds,
        });
    }
    let dslcc = dir.join("../langid/dslcc-v1-test-id-my.tsv");
    if dslcc.exists() {
        splits.push(evaluate_news(&tagger, &dslcc)?);
    }
    let polnear = dir.join("../attribution-en/data");
    if polnear.join("dev/text").is_dir() {
        splits.push(evaluate_english_news(&tagger, &polnear)?);
    }
    Ok(NerReport { splits })
}

impl fmt::Display for NerReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "ner: entity-level F1 (published on other Indonesian news: BiLSTM-CRF 82.2, mBERT 82.2, IndoBERT 90.1)")?;
        for split in &self.splits {
            writeln!(
                f,
                "== {}: {} sentences, {} tokens, {:.0} tokens/s on one thread",
                split.name, split.sentences, split.tokens, split.tokens_per_second
            )?;
            writeln!(f, "{}", split.scores)?;
            if let Some(pipeline) = &split.pipeline {
                writeln!(f, "  through the pipeline (warta analyze): {pipeline}")?;
            }
        }
        Ok(())
    }
}
