//! Trains the English attribution tagger on PolNeAR and writes the model file
//! (`crates/attribution-tagger/model/tagger.bin` is made this way; see its NOTICE). It lives here, not in
//! the tagger's crate, because the held-out score that chooses settings is that of `find_quotes`: the
//! rules and the tagger together.
//!
//! ```text
//! cargo run --release -p warta-analyze --example train_attribution -- <polnear-dir> <out> [key=value …]
//! ```
//! `<polnear-dir>` holds `data/train/{text,attributions}`. Keys: `bits`, `epochs`, `min-cue`, `seed`
//! (see `train::Settings`), and `heldout=K`: train on all but
//! every K-th document and print the scores of the held-out ones — the tagger alone at several confidence
//! thresholds, the rules alone, and `find_quotes` (rules and tagger) — to choose settings without looking
//! at dev.

use std::ops::Range;
use std::path::Path;
use std::process::ExitCode;

use warta_analyze::quote::find_quotes_with_tagger;
use warta_attribution_tagger::model::Model;
use warta_attribution_tagger::train::{self, Annotated, Score, Settings};
use warta_attribution_tagger::Tagger;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(out)) = (args.first(), args.get(1)) else {
        eprintln!(
            "usage: train_attribution <polnear-dir> <out> [bits=N epochs=N min-cue=N seed=N heldout=K]"
        );
        return ExitCode::FAILURE;
    };
    let mut settings = Settings::default();
    let mut heldout = 0usize;
    for arg in &args[2..] {
        let parsed = arg
            .split_once('=')
            .and_then(|(k, v)| Some((k, v.parse::<u64>().ok()?)));
        match parsed {
            Some(("bits", v)) => settings.bits = v.clamp(8, 24) as u32,
            Some(("epochs", v)) => settings.epochs = v as usize,
            Some(("min-cue", v)) => settings.min_cue = v as u32,
            Some(("seed", v)) => settings.seed = v,
            Some(("heldout", v)) => heldout = v as usize,
            _ => {
                eprintln!("unknown setting {arg}");
                return ExitCode::FAILURE;
            }
        }
    }
    let texts = match train::read_dir(&Path::new(dir).join("data/train")) {
        Ok(texts) => texts,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let held = |k: usize| heldout > 0 && k % heldout == heldout - 1;
    let (mut fit, mut test) = (Vec::new(), Vec::new());
    for (k, t) in texts.into_iter().enumerate() {
        if held(k) {
            test.push(t);
        } else {
            fit.push(t);
        }
    }
    eprintln!("training on {} texts with {settings:?}", fit.len());
    let model = train::train(&fit, settings);
    let bytes = model.to_bytes();
    if let Err(e) = std::fs::write(out, &bytes) {
        eprintln!("{out}: {e}");
        return ExitCode::FAILURE;
    }
    eprintln!(
        "wrote {out}: {} bytes, {} cue words",
        bytes.len(),
        model.lexicon().len()
    );
    if !test.is_empty() {
        report_heldout(Tagger::new(model), &test);
    }
    ExitCode::SUCCESS
}

fn report_heldout(tagger: Tagger, test: &[Annotated]) {
    for threshold in [0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9] {
        let s = train::score(&tagger, test, threshold);
        print_score(
            &format!("tagger, confidence ≥ {threshold:.1}"),
            test.len(),
            &s,
        );
    }
    let quotes = |tagger: &Tagger, a: &Annotated| -> Vec<(Range<usize>, Option<Range<usize>>)> {
        find_quotes_with_tagger(&a.text, "en", &[], None, tagger)
            .into_iter()
            .map(|q| {
                (
                    q.start..q.end,
                    q.speaker.start.zip(q.speaker.end).map(|(s, e)| s..e),
                )
            })
            .collect()
    };
    let rules = Tagger::new(Model::empty());
    print_score(
        "rules",
        test.len(),
        &train::score_with(test, |a| quotes(&rules, a)),
    );
    print_score(
        "rules + tagger",
        test.len(),
        &train::score_with(test, |a| quotes(&tagger, a)),
    );
}

fn print_score(what: &str, texts: usize, s: &Score) {
    println!(
        "held-out {texts} texts, {what}: gold {} predicted {} matched {}  P {:.3} R {:.3} F1 {:.3}  source {}/{} ({:.3})",
        s.gold,
        s.predicted,
        s.matched,
        s.precision(),
        s.recall(),
        s.f1(),
        s.source_agrees,
        s.with_source,
        s.source_agrees as f64 / s.with_source.max(1) as f64
    );
}
