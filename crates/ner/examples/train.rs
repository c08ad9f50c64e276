//! Trains the embedded NER model from the IndoNLU data and warta's hand-labelled news paragraphs and prints
//! its scores on the valid splits, or cross-validates a training setup on the training data alone.
//!
//! ```text
//! cargo run --release -p warta-ner --example train -- <ner-id-dir> <out-model> [key=value …]
//! cargo run --release -p warta-ner --example train -- <ner-id-dir> cv=<k> [key=value …]
//! ```
//! `<ner-id-dir>` holds `nergrit_ner-grit/` and `nerp_ner-prosa/` with `{train,valid}_preprocess.txt`. Only the
//! train splits are learnt from. Options:
//!
//! - `news=a.jsonl[,b.jsonl]`: hand-labelled news paragraphs (`train/dslcc-news-*.jsonl`, read with
//!   [`warta_ner::spans`]) learnt from as cased text; their text is read from the DSLCC file, by default
//!   `<ner-id-dir>/../langid/dslcc-v1-test-id-my.tsv`, else `dslcc=<file>`. A line that is not the labelled
//!   paragraph stops training with an error naming both files and lines. Paragraphs written for warta
//!   (`train/written-news-id.jsonl`) carry their text and need no DSLCC file.
//! - `english=a.jsonl[,b.jsonl]`: hand-labelled English news paragraphs (`train/polnear-news-en.jsonl`),
//!   their text read from the PolNeAR articles under `<ner-id-dir>/../attribution-en/data`, else
//!   `polnear=<dir>`; learnt from after the `news=` files, as news. `check-english=` scores such files after
//!   training, as `check=` does.
//! - `news-weight=N[,N…]`: how many times each news file is learnt from per epoch (default 1; the last
//!   number holds for the files after it); `news-split=true` cuts paragraphs into sentences first.
//! - `harmonise=false`: leaves NERGRIT and NERP as they are labelled instead of bringing them to the news
//!   convention (a school or hospital is an organisation, and so is an office with the place it serves:
//!   "Polres Sikka").
//! - `check=a.jsonl[,b.jsonl]`: labelled paragraphs only scored after training (e.g. the evaluation set
//!   `crates/eval/data/ner-id-news.jsonl`, which must never be passed to `news=`).
//! - `nerp=`: how the lower-cased NERP data is used: `lexical` (the default) learns only from its words,
//!   not from letter case; `skip` leaves it out; `plain` treats it as cased; `truecase` restores capitals
//!   first; `both` adds it lexical and truecased.
//! - `bits=`, `epochs=`, `seed=`, `orders=`, `classes=true|false` (word classes): see [`TrainConfig`]; `jobs=N` runs
//!   N cross-validation folds at a time; `errors=N` prints the N entities most often missed and most often
//!   wrongly found on the held-out folds of each data set.
//!
//! The committed model/tagger.bin was made, byte for byte, from the workspace root with
//!
//! ```text
//! cargo run --release -p warta-ner --example train -- <ner-id-dir> crates/ner/model/tagger.bin \
//!     news=crates/ner/train/dslcc-news-id.jsonl,crates/ner/train/dslcc-news-ms.jsonl,crates/ner/train/written-news-id.jsonl \
//!     english=crates/ner/train/polnear-news-en.jsonl news-weight=2,1,1,2 orders=3
//! ```
//! (the real Indonesian news paragraphs and the English ones learnt from twice per epoch, the Malay and the
//! written paragraphs once, as the many written paragraphs would otherwise outweigh them; the mean of three
//! perceptrons, each visiting the sentences in its own order; other options at their defaults:
//! `news-split=false harmonise=true nerp=lexical bits=22 epochs=25 seed=24301 classes=true`), in about
//! two and a half minutes on one core.
//!
//! With `cv=<k>` nothing is written and the valid splits are not read: each train split and each news file
//! is cut into `k` folds (every k-th sentence or paragraph), a model is trained on the rest for each fold
//! in turn, and the scores on the held-out sentences (news: whole paragraphs, as `warta eval ner` tags them)
//! are pooled per data set. That is how training choices are made, so that the valid splits and the news
//! evaluation set stay an honest check.

use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use std::collections::HashMap;
use warta_ner::conll::{read_labelled, Sentence};

use warta_ner::eval::{chunks, evaluate, Chunk, Scores};
use warta_ner::features::Casing;
use warta_ner::spans::{read_paragraphs, Paragraph};
use warta_ner::train::{
    harmonise_with_news, label_listed_organizations, train, truecase, TrainConfig, TrainingSet,
};
use warta_ner::{Scheme, Tagger};

const USAGE: &str = "usage: train <ner-id-dir> (<out-model> | cv=<k>) [news=a.jsonl[,b.jsonl]] [news-weight=N[,N…]] [news-split=true|false] [harmonise=true|false] [dslcc=file] [check=a.jsonl[,b.jsonl]] [english=a.jsonl[,b.jsonl]] [check-english=a.jsonl[,b.jsonl]] [polnear=dir] [nerp=lexical|skip|plain|truecase|both] [bits=N] [epochs=N] [seed=N] [orders=N] [classes=true|false] [jobs=N] [errors=N]";

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

/// The labelled news paragraphs of one file.
struct News {
    name: String,
    paragraphs: Vec<Paragraph>,
}

/// What to learn from besides NERGRIT.
struct Setup {
    /// How NERP is used (see the module docs).
    nerp: String,
    /// How many times the paragraphs of each news file are learnt from in an epoch, in the order of the
    /// files; the last applies to the files after it.
    news_weights: Vec<usize>,
    /// Whether news paragraphs are cut into sentences before training.
    news_split: bool,
    /// Whether NERGRIT and NERP are brought to the news convention for institutions and offices
    /// ([`harmonise_with_news`]).
    harmonise: bool,
}

/// The training sets made from the NERGRIT and NERP train sentences, NERP used as `setup.nerp` says, and
/// the paragraphs of each news file as a cased set.
fn training_sets(
    nergrit: &[Sentence],
    nerp: &[Sentence],
    news: &[Vec<&Paragraph>],
    setup: &Setup,
) -> Result<Vec<TrainingSet>, String> {
    let (mut nergrit, mut nerp) = (nergrit.to_vec(), nerp.to_vec());
    // NERP leaves government bodies such as KPK unlabelled (its IND type is products), and NERGRIT some
    // universities and companies, which would teach that they are not organisations.
    label_listed_organizations(&mut nerp);
    label_listed_organizations(&mut nergrit);
    if setup.harmonise {
        harmonise_with_news(&mut nergrit, Casing::Cased);
        harmonise_with_news(&mut nerp, Casing::Lower);
    }
    let mut sets = vec![TrainingSet {
        sentences: nergrit.clone(),
        casing: Casing::Cased,
    }];
    match setup.nerp.as_str() {
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
        other => return Err(format!("unknown NERP use {other:?}")),
    }
    for (i, paragraphs) in news.iter().enumerate() {
        let sentences: Vec<Sentence> = paragraphs
            .iter()
            .flat_map(|p| {
                if setup.news_split {
                    p.sentences()
                } else {
                    vec![p.labelled()]
                }
            })
            .collect();
        let weight = setup.news_weights.get(i).or(setup.news_weights.last());
        for _ in 0..weight.copied().unwrap_or(1) {
            sets.push(TrainingSet {
                sentences: sentences.clone(),
                casing: Casing::Cased,
            });
        }
    }
    Ok(sets)
}

/// Splits `items` into (kept, held out) for fold `fold` of `k`: every k-th item is held out.
fn split_fold<T>(items: &[T], k: usize, fold: usize) -> (Vec<&T>, Vec<&T>) {
    let (mut kept, mut held) = (Vec::new(), Vec::new());
    for (i, item) in items.iter().enumerate() {
        if i % k == fold {
            held.push(item);
        } else {
            kept.push(item);
        }
    }
    (kept, held)
}

/// What a tagger got right and wrong on some sentences: the scores, and how often each entity was missed
/// ("ORGANIZATION Polres Sikka") or wrongly found.
#[derive(Default)]
struct Outcome {
    scores: Scores,
    missed: HashMap<String, usize>,
    wrong: HashMap<String, usize>,
}

impl Outcome {
    fn of(tagger: &Tagger, sentences: &[Sentence]) -> Outcome {
        let mut outcome = Outcome::default();
        for s in sentences {
            let tokens: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
            let predicted = tagger.tag(&tokens);
            outcome.scores.add(&s.labels, &predicted);
            let (gold, found) = (chunks(&s.labels), chunks(&predicted));
            let name = |&(first, end, kind): &Chunk| {
                format!("{} {}", kind.as_str(), tokens[first..end].join(" "))
            };
            for (mine, theirs, tally) in [
                (&gold, &found, &mut outcome.missed),
                (&found, &gold, &mut outcome.wrong),
            ] {
                for chunk in mine.iter().filter(|c| !theirs.contains(c)) {
                    *tally.entry(name(chunk)).or_default() += 1;
                }
            }
        }
        outcome
    }

    fn merge(&mut self, other: Outcome) {
        self.scores.merge(&other.scores);
        for (mine, theirs) in [
            (&mut self.missed, other.missed),
            (&mut self.wrong, other.wrong),
        ] {
            for (name, n) in theirs {
                *mine.entry(name).or_default() += n;
            }
        }
    }

    /// The `n` most frequent entries of `tally`, most frequent first, as "3× ORGANIZATION Polres Sikka".
    fn most_frequent(tally: &HashMap<String, usize>, n: usize) -> String {
        let mut entries: Vec<(&String, &usize)> = tally.iter().collect();
        entries.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let shown: Vec<String> = entries
            .iter()
            .take(n)
            .map(|(name, count)| format!("{count}× {name}"))
            .collect();
        shown.join("; ")
    }
}

/// Outcomes of one fold: NERGRIT, NERP, then each news file.
fn cross_validate_fold(
    nergrit: &[Sentence],
    nerp: &[Sentence],
    news: &[News],
    setup: &Setup,
    config: &TrainConfig,
    k: usize,
    fold: usize,
) -> Result<Vec<Outcome>, String> {
    let owned = |v: Vec<&Sentence>| -> Vec<Sentence> { v.into_iter().cloned().collect() };
    let (grit_train, grit_held) = split_fold(nergrit, k, fold);
    let (nerp_train, nerp_held) = split_fold(nerp, k, fold);
    let (mut news_train, mut news_held) = (Vec::new(), Vec::new());
    for file in news {
        let (train, held) = split_fold(&file.paragraphs, k, fold);
        news_train.push(train);
        news_held.push(
            held.into_iter()
                .map(Paragraph::labelled)
                .collect::<Vec<_>>(),
        );
    }
    let sets = training_sets(&owned(grit_train), &owned(nerp_train), &news_train, setup)?;
    let tagger = Tagger::new(train(&sets, config));
    let held = [owned(grit_held), owned(nerp_held)]
        .into_iter()
        .chain(news_held);
    Ok(held
        .map(|sentences| Outcome::of(&tagger, &sentences))
        .collect())
}

/// How to cross-validate: `k` folds, `jobs` of them at a time, printing the `errors` most frequent errors.
struct CrossValidation {
    k: usize,
    jobs: usize,
    errors: usize,
}

/// Cuts every data set into `k` folds, trains on all but one fold of each in turn (`jobs` folds at a time)
/// and prints the pooled scores on the held-out folds, and the `errors` most frequent misses and false alarms
/// of each data set.
fn cross_validate(
    nergrit: &[Sentence],
    nerp: &[Sentence],
    news: &[News],
    setup: &Setup,
    config: &TrainConfig,
    plan: &CrossValidation,
) -> Result<(), String> {
    let &CrossValidation { k, jobs, errors } = plan;
    let start = Instant::now();
    let mut folds: Vec<Result<Vec<Outcome>, String>> = Vec::new();
    for batch in (0..k).collect::<Vec<_>>().chunks(jobs.max(1)) {
        std::thread::scope(|scope| {
            let handles: Vec<_> = batch
                .iter()
                .map(|&fold| {
                    scope.spawn(move || {
                        cross_validate_fold(nergrit, nerp, news, setup, config, k, fold)
                    })
                })
                .collect();
            for handle in handles {
                folds.push(
                    handle
                        .join()
                        .unwrap_or_else(|_| Err("a fold panicked".to_string())),
                );
            }
        });
    }
    let names = ["NERGRIT", "NERP"]
        .into_iter()
        .map(str::to_string)
        .chain(news.iter().map(|n| n.name.clone()));
    let mut pooled: Vec<(String, Outcome)> = names.map(|n| (n, Outcome::default())).collect();
    for fold in folds {
        for ((_, total), outcome) in pooled.iter_mut().zip(fold?) {
            total.merge(outcome);
        }
    }
    println!(
        "cv={k} nerp={} news-weight={:?} news-split={} harmonise={} bits={} epochs={} seed={} classes={} ({:.0}s)",
        setup.nerp,
        setup.news_weights,
        setup.news_split,
        setup.harmonise,
        config.bits,
        config.epochs,
        config.seed,
        config.word_classes,
        start.elapsed().as_secs_f64()
    );
    for (name, outcome) in &pooled {
        println!("{name} train cv: {}", outcome.scores);
    }
    if errors > 0 {
        for (name, outcome) in &pooled {
            println!(
                "{name} missed: {}",
                Outcome::most_frequent(&outcome.missed, errors)
            );
            println!(
                "{name} wrongly found: {}",
                Outcome::most_frequent(&outcome.wrong, errors)
            );
        }
    }
    Ok(())
}

/// Reads the news gold files listed in `list` (comma-separated) from `texts`: the DSLCC file, or the
/// PolNeAR data directory for English paragraphs.
fn read_news(list: &str, texts: &Path) -> Result<Vec<News>, Box<dyn std::error::Error>> {
    let mut news = Vec::new();
    for path in list.split(',').filter(|p| !p.is_empty()) {
        let paragraphs = read_paragraphs(Path::new(path), texts)?;
        let name = Path::new(path)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.to_string());
        news.push(News { name, paragraphs });
    }
    Ok(news)
}

fn run(args: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    let [dir, out, options @ ..] = args else {
        return Err(USAGE.into());
    };
    let dir = Path::new(dir);
    let mut config = TrainConfig::default();
    let mut setup = Setup {
        nerp: "lexical".to_string(),
        news_weights: vec![1],
        news_split: false,
        harmonise: true,
    };
    let (mut news_list, mut check_list) = (String::new(), String::new());
    let (mut english_list, mut check_english_list) = (String::new(), String::new());
    let mut dslcc: PathBuf = dir.join("../langid/dslcc-v1-test-id-my.tsv");
    let mut polnear: PathBuf = dir.join("../attribution-en/data");
    let (mut folds, mut jobs, mut errors) = (None, 1, 0);
    for option in std::iter::once(out).chain(options) {
        match option.split_once('=') {
            Some(("news", v)) => news_list = v.to_string(),
            Some(("english", v)) => english_list = v.to_string(),
            Some(("check-english", v)) => check_english_list = v.to_string(),
            Some(("polnear", v)) => polnear = PathBuf::from(v),
            Some(("news-weight", v)) => {
                setup.news_weights = v.split(',').map(str::parse).collect::<Result<_, _>>()?
            }
            Some(("news-split", v)) => setup.news_split = v.parse()?,
            Some(("harmonise", v)) => setup.harmonise = v.parse()?,
            Some(("dslcc", v)) => dslcc = PathBuf::from(v),
            Some(("check", v)) => check_list = v.to_string(),
            Some(("nerp", v)) => setup.nerp = v.to_string(),
            Some(("bits", v)) => config.bits = v.parse()?,
            Some(("epochs", v)) => config.epochs = v.parse()?,
            Some(("seed", v)) => config.seed = v.parse()?,
            Some(("orders", v)) => config.orders = v.parse()?,
            Some(("classes", v)) => config.word_classes = v.parse()?,
            Some(("cv", v)) => folds = Some(v.parse::<usize>()?.max(2)),
            Some(("jobs", v)) => jobs = v.parse()?,
            Some(("errors", v)) => errors = v.parse()?,
            Some(_) => return Err(format!("unknown option {option:?}; {USAGE}").into()),
            None if option == out => {}
            None => return Err(format!("unexpected argument {option:?}; {USAGE}").into()),
        }
    }
    let nergrit = read(dir, "nergrit_ner-grit", "train", Scheme::Nergrit)?;
    let nerp = read(dir, "nerp_ner-prosa", "train", Scheme::Nerp)?;
    let mut news = read_news(&news_list, &dslcc)?;
    news.extend(read_news(&english_list, &polnear)?);
    if let Some(k) = folds {
        let plan = CrossValidation { k, jobs, errors };
        return Ok(cross_validate(
            &nergrit, &nerp, &news, &setup, &config, &plan,
        )?);
    }
    let start = Instant::now();
    let paragraphs: Vec<Vec<&Paragraph>> =
        news.iter().map(|n| n.paragraphs.iter().collect()).collect();
    let model = train(
        &training_sets(&nergrit, &nerp, &paragraphs, &setup)?,
        &config,
    );
    println!(
        "trained (nerp={}, news={news_list:?} english={english_list:?} weight {:?} split {}, harmonise {}, bits {}, {} epochs, seed {}, classes {}) in {:.1}s",
        setup.nerp,
        setup.news_weights,
        setup.news_split,
        setup.harmonise,
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
    let mut checked = read_news(&check_list, &dslcc)?;
    checked.extend(read_news(&check_english_list, &polnear)?);
    for file in checked {
        let sentences: Vec<Sentence> = file.paragraphs.iter().map(Paragraph::labelled).collect();
        report(&tagger, &file.name, &sentences);
    }
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
