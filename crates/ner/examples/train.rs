//! Trains the embedded NER model from the IndoNLU data and prints its scores on the valid splits, or
//! cross-validates a training setup on the train splits alone.
//!
//! ```text
//! cargo run --release -p warta-ner --example train -- <ner-id-dir> <out-model> [key=value …]
//! cargo run --release -p warta-ner --example train -- <ner-id-dir> cv=<k> [key=value …]
//! ```
//! `<ner-id-dir>` holds `nergrit_ner-grit/` and `nerp_ner-prosa/` with `{train,valid}_preprocess.txt`. Only the
//! train splits are learnt from. Options: `nerp=` how the lower-cased NERP data is used: `lexical` (the
//! default) learns only from its words, not from letter case; `skip` leaves it out; `plain` treats it as
//! cased; `truecase` restores capitals first; `both` adds it lexical and truecased. `bits=`, `epochs=`,
//! `seed=`, `classes=true|false` (word classes): see [`TrainConfig`]. The defaults (`nerp=lexical bits=22
//! epochs=40 seed=24301 classes=true`) made the committed model/tagger.bin, byte for byte, in about a
//! minute on one core.
//!
//! With `cv=<k>` nothing is written and the valid splits are not read: each train split is cut into `k`
//! folds (every k-th sentence), a model is trained on the rest for each fold in turn, and the scores on the
//! held-out sentences are pooled. That is how training choices are made, so that the valid splits stay an
//! honest check.

use std::fs::File;
use std::io::BufReader;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use warta_ner::conll::{read_labelled, Sentence};
use warta_ner::eval::{evaluate, Scores};
use warta_ner::features::Casing;
use warta_ner::train::{label_listed_organizations, train, truecase, TrainConfig, TrainingSet};
use warta_ner::{Scheme, Tagger};

const USAGE: &str = "usage: train <ner-id-dir> (<out-model> | cv=<k>) [nerp=lexical|skip|plain|truecase|both] [bits=N] [epochs=N] [seed=N] [classes=true|false]";

fn read(dir: &Path, corpus: &str, split: &str, scheme: Scheme) -> std::io::Result<Vec<Sentence>> {
    let path = dir.join(corpus).join(format!("{split}_preprocess.txt"));
    read_labelled(BufReader::new(File::open(&path)?), scheme)
}

fn report(tagger: &Tagger, name: &str, sentences: &[Sentence]) {
    let start = Instant::now();
    let scores = evaluate(tagger, sentences);
    let tokens: usize = sentences.iter().map(|s| s.tokens.len()).sum();
    let rate = tokens as f64 / start.elapsed().as_secs_f64();
    println!("{name}: {scores} | {rate:.0} tokens/s");
}

/// The training sets made from the NERGRIT and NERP train sentences, NERP used as `nerp_use` says.
fn training_sets(
    nergrit: &[Sentence],
    nerp: &[Sentence],
    nerp_use: &str,
) -> Result<Vec<TrainingSet>, String> {
    let mut nerp = nerp.to_vec();
    // NERP leaves government bodies such as KPK unlabelled (its IND type is products), which would teach
    // that they are not organisations.
    label_listed_organizations(&mut nerp);
    let mut sets = vec![TrainingSet {
        sentences: nergrit.to_vec(),
        casing: Casing::Cased,
    }];
    match nerp_use {
        "skip" => {}
        "lexical" => sets.push(TrainingSet {
            sentences: nerp,
            casing: Casing::Lower,
        }),
        "plain" => sets.push(TrainingSet {
            sentences: nerp,
            casing: Casing::Cased,
        }),
        "truecase" => {
            truecase(&mut nerp, nergrit);
            sets.push(TrainingSet {
                sentences: nerp,
                casing: Casing::Cased,
            });
        }
        "both" => {
            sets.push(TrainingSet {
                sentences: nerp.clone(),
                casing: Casing::Lower,
            });
            truecase(&mut nerp, nergrit);
            sets.push(TrainingSet {
                sentences: nerp,
                casing: Casing::Cased,
            });
        }
        other => return Err(format!("unknown NERP use {other:?}")),
    }
    Ok(sets)
}

/// Splits `sentences` into (kept, held out) for fold `fold` of `k`.
fn split_fold(sentences: &[Sentence], k: usize, fold: usize) -> (Vec<Sentence>, Vec<Sentence>) {
    let (held, kept): (Vec<_>, Vec<_>) = sentences
        .iter()
        .enumerate()
        .partition(|(i, _)| i % k == fold);
    let strip = |v: Vec<(usize, &Sentence)>| v.into_iter().map(|(_, s)| s.clone()).collect();
    (strip(kept), strip(held))
}

fn cross_validate(
    nergrit: &[Sentence],
    nerp: &[Sentence],
    nerp_use: &str,
    config: &TrainConfig,
    k: usize,
) -> Result<(), String> {
    let (mut grit_scores, mut nerp_scores) = (Scores::default(), Scores::default());
    let start = Instant::now();
    for fold in 0..k {
        let (grit_train, grit_held) = split_fold(nergrit, k, fold);
        let (nerp_train, nerp_held) = split_fold(nerp, k, fold);
        let sets = training_sets(&grit_train, &nerp_train, nerp_use)?;
        let model = train(&sets, config);
        let tagger = Tagger::new(model);
        for (held, scores) in [
            (&grit_held, &mut grit_scores),
            (&nerp_held, &mut nerp_scores),
        ] {
            for s in held {
                let tokens: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
                scores.add(&s.labels, &tagger.tag(&tokens));
            }
        }
    }
    println!(
        "cv={k} nerp={nerp_use} bits={} epochs={} seed={} classes={} ({:.0}s)",
        config.bits,
        config.epochs,
        config.seed,
        config.word_classes,
        start.elapsed().as_secs_f64()
    );
    println!("NERGRIT train cv: {grit_scores}");
    println!("NERP train cv: {nerp_scores}");
    Ok(())
}

fn run(args: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    let [dir, out, options @ ..] = args else {
        return Err(USAGE.into());
    };
    let dir = Path::new(dir);
    let mut config = TrainConfig::default();
    let mut nerp_use = "lexical".to_string();
    let mut folds = None;
    for option in std::iter::once(out).chain(options) {
        match option.split_once('=') {
            Some(("nerp", v)) => nerp_use = v.to_string(),
            Some(("bits", v)) => config.bits = v.parse()?,
            Some(("epochs", v)) => config.epochs = v.parse()?,
            Some(("seed", v)) => config.seed = v.parse()?,
            Some(("classes", v)) => config.word_classes = v.parse()?,
            Some(("cv", v)) => folds = Some(v.parse::<usize>()?.max(2)),
            Some(_) => return Err(format!("unknown option {option:?}; {USAGE}").into()),
            None if option == out => {}
            None => return Err(format!("unexpected argument {option:?}; {USAGE}").into()),
        }
    }
    let nergrit = read(dir, "nergrit_ner-grit", "train", Scheme::Nergrit)?;
    let nerp = read(dir, "nerp_ner-prosa", "train", Scheme::Nerp)?;
    if let Some(k) = folds {
        return Ok(cross_validate(&nergrit, &nerp, &nerp_use, &config, k)?);
    }
    let start = Instant::now();
    let model = train(&training_sets(&nergrit, &nerp, &nerp_use)?, &config);
    println!(
        "trained (nerp={nerp_use}, bits {}, {} epochs, seed {}, classes {}) in {:.1}s",
        config.bits,
        config.epochs,
        config.seed,
        config.word_classes,
        start.elapsed().as_secs_f64()
    );
    let bytes = model.to_bytes();
    std::fs::write(out, &bytes)?;
    println!("wrote {out} ({} bytes)", bytes.len());
    let tagger = Tagger::from_bytes(&bytes)?;
    report(
        &tagger,
        "NERGRIT valid",
        &read(dir, "nergrit_ner-grit", "valid", Scheme::Nergrit)?,
    );
    report(
        &tagger,
        "NERP valid",
        &read(dir, "nerp_ner-prosa", "valid", Scheme::Nerp)?,
    );
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train: {e}");
            ExitCode::FAILURE
        }
    }
}
