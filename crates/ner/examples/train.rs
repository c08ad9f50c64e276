//! Trains the embedded NER model from the IndoNLU data and prints its scores on the valid splits.
//!
//! ```text
//! cargo run --release -p warta-ner --example train -- <ner-id-dir> <out-model> [nerp: lexical|skip|plain|truecase|both] [bits] [epochs] [seed]
//! ```
//! `<ner-id-dir>` holds `nergrit_ner-grit/` and `nerp_ner-prosa/` with `{train,valid}_preprocess.txt`. Only the
//! train splits are learnt from. How the lower-cased NERP data is used: `lexical` (the default, best on the
//! cased NERGRIT valid split) learns only from its words, not from letter case; `skip` leaves it out;
//! `plain` treats it as cased; `truecase` restores capitals first; `both` adds it lexical and truecased.
//! Defaults: 2^22 feature rows, 40 epochs, seed 0x5eed (24301) — the committed model/tagger.bin.

use std::fs::File;
use std::io::BufReader;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use warta_ner::conll::{read_labelled, Sentence};
use warta_ner::eval::evaluate;
use warta_ner::features::Casing;
use warta_ner::train::{label_listed_organizations, train, truecase, TrainConfig, TrainingSet};
use warta_ner::{Scheme, Tagger};

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

fn run(args: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    let [dir, out, rest @ ..] = args else {
        return Err("usage: train <ner-id-dir> <out-model> [lexical|skip|plain|truecase|both] [bits] [epochs] [seed]".into());
    };
    let dir = Path::new(dir);
    let nerp_use = rest.first().map_or("lexical", String::as_str);
    let mut config = TrainConfig::default();
    if let Some(bits) = rest.get(1) {
        config.bits = bits.parse()?;
    }
    if let Some(epochs) = rest.get(2) {
        config.epochs = epochs.parse()?;
    }
    if let Some(seed) = rest.get(3) {
        config.seed = seed.parse()?;
    }
    let nergrit = read(dir, "nergrit_ner-grit", "train", Scheme::Nergrit)?;
    let mut nerp = read(dir, "nerp_ner-prosa", "train", Scheme::Nerp)?;
    // NERP leaves government bodies such as KPK unlabelled (its IND type is products), which would teach
    // that they are not organisations.
    label_listed_organizations(&mut nerp);
    let mut sets = vec![TrainingSet {
        sentences: nergrit.clone(),
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
            truecase(&mut nerp, &nergrit);
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
            truecase(&mut nerp, &nergrit);
            sets.push(TrainingSet {
                sentences: nerp,
                casing: Casing::Cased,
            });
        }
        other => return Err(format!("unknown NERP use {other:?}").into()),
    }
    let start = Instant::now();
    let model = train(&sets, &config);
    println!(
        "trained ({nerp_use}, bits {}, {} epochs) in {:.1}s",
        config.bits,
        config.epochs,
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
