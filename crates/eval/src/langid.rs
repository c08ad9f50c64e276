//! Indonesian vs Malay on a labelled sentence file (`sentence<TAB>label` or `sentence<TAB>group<TAB>label`,
//! label `id`, `ms` or `my` for Malay), against plain whatlang.
//!
//! The discriminator's word weights come from word-frequency lists, never from the file scored here. Its one
//! tuned parameter, the bias toward Malay, is chosen by 10-fold cross-validation: for each fold the bias that
//! does best on the other nine is applied to it, so every cross-validated decision is made on a sentence the
//! tuning did not see.

use crate::{data_error, read_to_string, EvalError};
use std::{collections::BTreeMap, fmt, path::Path};
use warta_analyze::language::{detect_line, iso639_1, malay_evidence, MALAY_BIAS};

const FOLDS: usize = 10;

#[derive(Debug)]
pub struct LangidReport {
    pub sentences: usize,
    pub malay: usize,
    /// The discriminator with its bias chosen by cross-validation (the honest figure).
    pub cross_validated: f64,
    pub bias_per_fold: Vec<f64>,
    /// The discriminator with no bias: nothing tuned on this file.
    pub untuned: f64,
    /// The discriminator with the shipped bias (tuned on this very file: not a held-out figure).
    pub shipped_bias: f64,
    /// `warta langid` end to end: whatlang, then the discriminator.
    pub warta: f64,
    pub whatlang: f64,
    /// (gold, what whatlang said) → count.
    pub whatlang_confusion: BTreeMap<(&'static str, &'static str), usize>,
}

struct Sentence {
    text: String,
    label: &'static str,
}

pub fn evaluate(path: &Path) -> Result<LangidReport, EvalError> {
    let data = read_to_string(path)?;
    let sentences: Vec<Sentence> = data
        .lines()
        .filter_map(|line| {
            let (text, label) = line.rsplit_once('\t')?;
            let text = text.split('\t').next()?.to_string();
            let label = match label.trim() {
                "id" => "id",
                "ms" | "my" => "ms",
                _ => return None,
            };
            Some(Sentence { text, label })
        })
        .collect();
    if sentences.is_empty() {
        return Err(data_error(path, "no labelled sentences"));
    }
    let total = sentences.len() as f64;
    let accuracy = |correct: usize| correct as f64 / total;

    let evidence: Vec<f64> = sentences.iter().map(|s| malay_evidence(&s.text)).collect();
    let correct_with = |bias: f64, pick: &dyn Fn(usize) -> bool| {
        (0..sentences.len())
            .filter(|&i| pick(i))
            .filter(|&i| (evidence[i] + bias > 0.0) == (sentences[i].label == "ms"))
            .count()
    };
    let biases: Vec<f64> = (0..=32).map(|i| f64::from(i) * 0.25).collect();
    let mut cv_correct = 0;
    let mut bias_per_fold = Vec::new();
    for fold in 0..FOLDS {
        let in_training = |i: usize| i % FOLDS != fold;
        let best = biases
            .iter()
            .copied()
            .max_by_key(|&bias| correct_with(bias, &in_training))
            .unwrap_or(MALAY_BIAS);
        bias_per_fold.push(best);
        cv_correct += correct_with(best, &|i| i % FOLDS == fold);
    }

    let mut whatlang_confusion = BTreeMap::new();
    let mut whatlang_correct = 0;
    for s in &sentences {
        let code = whatlang::detect(&s.text).map_or("und", |info| iso639_1(info.lang()));
        whatlang_correct += usize::from(code == s.label);
        *whatlang_confusion.entry((s.label, code)).or_insert(0) += 1;
    }
    Ok(LangidReport {
        sentences: sentences.len(),
        malay: sentences.iter().filter(|s| s.label == "ms").count(),
        cross_validated: accuracy(cv_correct),
        bias_per_fold,
        untuned: accuracy(correct_with(0.0, &|_| true)),
        shipped_bias: accuracy(correct_with(MALAY_BIAS, &|_| true)),
        warta: accuracy(
            sentences
                .iter()
                .filter(|s| detect_line(&s.text) == s.label)
                .count(),
        ),
        whatlang: accuracy(whatlang_correct),
        whatlang_confusion,
    })
}

impl fmt::Display for LangidReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "langid: {} sentences ({} Malay); accuracy",
            self.sentences, self.malay
        )?;
        writeln!(
            f,
            "  id/ms discriminator, bias tuned by {FOLDS}-fold CV   {:.4}",
            self.cross_validated
        )?;
        writeln!(f, "    bias chosen per fold: {:?}", self.bias_per_fold)?;
        writeln!(
            f,
            "  id/ms discriminator, no bias (nothing tuned)    {:.4}",
            self.untuned
        )?;
        writeln!(
            f,
            "  id/ms discriminator, shipped bias {MALAY_BIAS} (not held out) {:.4}",
            self.shipped_bias
        )?;
        writeln!(
            f,
            "  warta langid (whatlang + discriminator)         {:.4}",
            self.warta
        )?;
        writeln!(
            f,
            "  whatlang alone                                  {:.4}",
            self.whatlang
        )?;
        for ((gold, said), count) in &self.whatlang_confusion {
            writeln!(f, "    gold {gold}, whatlang said {said}: {count}")?;
        }
        Ok(())
    }
}
