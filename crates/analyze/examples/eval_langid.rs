//! Accuracy of the Indonesian-vs-Malay discrimination on a labelled file, against plain whatlang.
//!
//! Usage: `cargo run -p warta-analyze --example eval_langid -- FILE.tsv`, where each line is
//! `sentence<TAB>label` (or `sentence<TAB>group<TAB>label`) and the label is `id`, `ms` or `my` (Malay).
//!
//! The word weights come from word-frequency lists, never from this file. The one tuned parameter, the bias
//! toward Malay, is chosen by 10-fold cross-validation: for each fold, the bias that does best on the other
//! nine folds is applied to it, so every reported decision is made on a sentence the tuning did not see.

use std::process::ExitCode;

use warta_analyze::language::{detect_line, iso639_1, malay_evidence, MALAY_BIAS};

const FOLDS: usize = 10;

struct Sentence {
    text: String,
    /// "id" or "ms".
    label: &'static str,
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: eval_langid FILE.tsv");
        return ExitCode::FAILURE;
    };
    let data = match std::fs::read_to_string(&path) {
        Ok(data) => data,
        Err(err) => {
            eprintln!("{path}: {err}");
            return ExitCode::FAILURE;
        }
    };
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
        eprintln!("{path}: no labelled sentences");
        return ExitCode::FAILURE;
    }
    let total = sentences.len() as f64;

    let evidence: Vec<f64> = sentences.iter().map(|s| malay_evidence(&s.text)).collect();
    let biases: Vec<f64> = (0..=32).map(|i| f64::from(i) * 0.25).collect();
    let correct_with = |bias: f64, pick: &dyn Fn(usize) -> bool| {
        (0..sentences.len())
            .filter(|&i| pick(i))
            .filter(|&i| (evidence[i] + bias > 0.0) == (sentences[i].label == "ms"))
            .count()
    };
    let mut cv_correct = 0;
    let mut chosen = Vec::new();
    for fold in 0..FOLDS {
        let in_training = |i: usize| i % FOLDS != fold;
        let best = biases
            .iter()
            .copied()
            .max_by_key(|&bias| correct_with(bias, &in_training))
            .unwrap_or(MALAY_BIAS);
        chosen.push(best);
        cv_correct += correct_with(best, &|i| i % FOLDS == fold);
    }
    let mut whatlang_said = std::collections::BTreeMap::new();
    for s in &sentences {
        let code = whatlang::detect(&s.text).map_or("und", |info| iso639_1(info.lang()));
        *whatlang_said.entry((s.label, code)).or_insert(0) += 1;
    }
    let shipped = correct_with(MALAY_BIAS, &|_| true);
    let unbiased = correct_with(0.0, &|_| true);

    let full = sentences
        .iter()
        .filter(|s| detect_line(&s.text) == s.label)
        .count();
    let plain_whatlang = sentences
        .iter()
        .filter(|s| whatlang::detect(&s.text).map(|info| iso639_1(info.lang())) == Some(s.label))
        .count();

    println!(
        "sentences: {} ({} Malay)",
        sentences.len(),
        sentences.iter().filter(|s| s.label == "ms").count()
    );
    println!(
        "id/ms discriminator, bias tuned by {FOLDS}-fold CV: {:.4}",
        cv_correct as f64 / total
    );
    println!("  bias chosen per fold: {chosen:?}");
    println!(
        "id/ms discriminator, no bias (nothing tuned):  {:.4}",
        unbiased as f64 / total
    );
    println!(
        "id/ms discriminator, shipped bias {MALAY_BIAS}:      {:.4}",
        shipped as f64 / total
    );
    println!(
        "language::detect (whatlang + discriminator): {:.4}",
        full as f64 / total
    );
    println!(
        "whatlang alone:                              {:.4}",
        plain_whatlang as f64 / total
    );
    for ((label, code), count) in whatlang_said {
        println!("  gold {label}, whatlang said {code}: {count}");
    }
    ExitCode::SUCCESS
}
