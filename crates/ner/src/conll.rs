//! CoNLL files: one token per line, TAB-separated columns, a blank line between sentences.
//!
//! Reading never fails on odd content: bytes that are not UTF-8 are decoded lossily, lines without a TAB are a
//! token on their own, and blank lines anywhere (also at the start, or several in a row) are kept as sentence
//! breaks.

use std::io::{self, BufRead, Write};

use crate::label::{Label, Scheme};
use crate::Tagger;

/// A sentence of a labelled data set.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sentence {
    pub tokens: Vec<String>,
    pub labels: Vec<Label>,
}

/// Reads labelled sentences: token in the first column, label in the last, mapped by `scheme`.
pub fn read_labelled(input: impl BufRead, scheme: Scheme) -> io::Result<Vec<Sentence>> {
    let mut sentences = Vec::new();
    let mut current = Sentence::default();
    for line in lossy_lines(input) {
        let line = line?;
        if line.trim().is_empty() {
            if !current.tokens.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            continue;
        }
        let token = line.split('\t').next().unwrap_or_default();
        let label = match line.rsplit_once('\t') {
            Some((_, tag)) => scheme.map(tag),
            None => Label::O,
        };
        current.tokens.push(token.trim().to_string());
        current.labels.push(label);
    }
    if !current.tokens.is_empty() {
        sentences.push(current);
    }
    Ok(sentences)
}

/// The contract of `warta ner --conll`: reads tokens (first TAB-separated column; other columns ignored) and
/// writes `token<TAB>label` for each, one line out for every line in, blank lines kept.
pub fn tag_conll(tagger: &Tagger, input: impl BufRead, mut output: impl Write) -> io::Result<()> {
    let mut sentence: Vec<String> = Vec::new();
    for line in lossy_lines(input) {
        let line = line?;
        if line.trim().is_empty() {
            write_sentence(tagger, &sentence, &mut output)?;
            sentence.clear();
            writeln!(output)?;
        } else {
            sentence.push(line.split('\t').next().unwrap_or_default().to_string());
        }
    }
    write_sentence(tagger, &sentence, &mut output)?;
    output.flush()
}

fn write_sentence(tagger: &Tagger, tokens: &[String], output: &mut impl Write) -> io::Result<()> {
    let trimmed: Vec<&str> = tokens.iter().map(|t| t.trim()).collect();
    let labels = tagger.tag(&trimmed);
    for (token, label) in tokens.iter().zip(labels) {
        writeln!(output, "{token}\t{}", label.as_str())?;
    }
    Ok(())
}

/// Lines of `input` without their line ending, decoded lossily from bytes.
fn lossy_lines(mut input: impl BufRead) -> impl Iterator<Item = io::Result<String>> {
    let mut buf = Vec::new();
    std::iter::from_fn(move || {
        buf.clear();
        match input.read_until(b'\n', &mut buf) {
            Ok(0) => None,
            Ok(_) => {
                while matches!(buf.last(), Some(b'\n' | b'\r')) {
                    buf.pop();
                }
                Some(Ok(String::from_utf8_lossy(&buf).into_owned()))
            }
            Err(e) => Some(Err(e)),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_labelled_sentences_with_scheme() {
        let text = "\n\nBudi\tB-PPL\npergi\tO\nke\tO\nbali\tB-PLC\n\n\n\nsate\tB-FNB\nenak";
        let sentences = read_labelled(text.as_bytes(), Scheme::Nerp).unwrap_or_default();
        assert_eq!(sentences.len(), 2);
        assert_eq!(sentences[0].tokens, ["Budi", "pergi", "ke", "bali"]);
        let tags: Vec<&str> = sentences[0].labels.iter().map(|l| l.as_str()).collect();
        assert_eq!(tags, ["B-PERSON", "O", "O", "B-LOCATION"]);
        assert_eq!(sentences[1].labels, [Label::O, Label::O]);
    }

    #[test]
    fn lines_are_decoded_lossily() {
        let bytes: &[u8] = b"caf\xe9\r\nok";
        let lines: Vec<String> = lossy_lines(bytes).filter_map(Result::ok).collect();
        assert_eq!(lines, ["caf\u{FFFD}", "ok"]);
    }
}
