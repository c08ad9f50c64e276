//! Scores the embedded NER model on a labelled CoNLL file and measures tagging speed.
//!
//! ```text
//! cargo run --release -p warta-ner --example eval_ner -- <file.conll> <scheme: nergrit|nerp|warta> [--errors]
//! ```
//! With `--errors`, also prints every sentence the tagger gets wrong as `token gold predicted` lines.

use std::fs::File;
use std::io::BufReader;
use std::process::ExitCode;
use std::time::Instant;

use warta_ner::conll::read_labelled;
use warta_ner::eval::evaluate;
use warta_ner::{Scheme, Tagger};

fn run(args: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    let (path, scheme, show_errors) = match args {
        [path, scheme] => (path, scheme, false),
        [path, scheme, flag] if flag == "--errors" => (path, scheme, true),
        _ => return Err("usage: eval_ner <file.conll> <nergrit|nerp|warta> [--errors]".into()),
    };
    let scheme = Scheme::parse(scheme).ok_or("scheme must be nergrit, nerp or warta")?;
    let sentences = read_labelled(BufReader::new(File::open(path)?), scheme)?;
    let tagger = Tagger::load_default()?;
    let start = Instant::now();
    let scores = evaluate(&tagger, &sentences);
    let secs = start.elapsed().as_secs_f64();
    let tokens: usize = sentences.iter().map(|s| s.tokens.len()).sum();
    println!("{path}: {} sentences, {tokens} tokens", sentences.len());
    println!("{scores}");
    if show_errors {
        for s in &sentences {
            let tokens: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
            let predicted = tagger.tag(&tokens);
            if predicted != s.labels {
                for ((token, gold), pred) in tokens.iter().zip(&s.labels).zip(&predicted) {
                    let mark = if gold == pred { "" } else { "  <--" };
                    println!("{token}\t{}\t{}{mark}", gold.as_str(), pred.as_str());
                }
                println!();
            }
        }
    }
    println!("tagging: {:.0} tokens/s (one core)", tokens as f64 / secs);
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("eval_ner: {e}");
            ExitCode::FAILURE
        }
    }
}
