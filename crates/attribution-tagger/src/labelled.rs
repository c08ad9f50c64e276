//! warta's own hand-labelled attribution paragraphs (`crates/eval/data/attribution-id*.jsonl`, the format in
//! that folder's README) read as training texts, so the tagger can learn Indonesian from them as it learns
//! English from PolNeAR.
//!
//! A record gives each attribution's content, speaker, cue and, for a pronoun, the phrase it points back to
//! (its antecedent). The speaker becomes a `Source` span, the cue a `Cue` span and the content a `Content`
//! span; the antecedent is no role of this attribution's tokens, so it is not tagged, but a found source
//! that overlaps it names the right person, so it counts as a gold source when scoring. Records of real
//! news keep no text, only the line of the DSLCC file they label.

use std::ops::Range;

use serde::Deserialize;

use crate::label::Label;
use crate::train::{Annotated, Gold};

/// Why labelled records could not be read.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum RecordError {
    #[error("record {record}: {message}")]
    Bad { record: usize, message: String },
}

/// A labelled paragraph as a training text, and for each of its attributions (in the order of
/// `annotated.attributions`) whether it is `core`: a verb of saying or a quote, rather than a stated
/// opinion, admission or request (`extended`), which recall leaves out.
#[derive(Clone, Debug)]
pub struct Labelled {
    pub annotated: Annotated,
    pub core: Vec<bool>,
}

#[derive(Deserialize)]
struct Record {
    line: Option<usize>,
    text: Option<String>,
    chars: usize,
    quotes: Vec<Quote>,
}

#[derive(Deserialize)]
struct Quote {
    content: [usize; 2],
    speaker: Option<[usize; 2]>,
    antecedent: Option<[usize; 2]>,
    cue: Option<[usize; 2]>,
    class: String,
}

/// Reads the JSONL `records`. A record that carries no `text` labels the first tab-separated column of
/// line `line` (1-based) of `dslcc`, the DSLCC file; its length must be the record's `chars`.
pub fn read_labelled(records: &str, dslcc: &str) -> Result<Vec<Labelled>, RecordError> {
    let lines: Vec<&str> = dslcc.lines().collect();
    let mut out = Vec::new();
    for (n, line) in records.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let bad = |message: String| RecordError::Bad {
            record: n + 1,
            message,
        };
        let record: Record = serde_json::from_str(line).map_err(|e| bad(e.to_string()))?;
        let (name, text) = match (record.text, record.line) {
            (Some(text), _) => (format!("record {}", n + 1), text),
            (None, Some(at)) => {
                let text = at
                    .checked_sub(1)
                    .and_then(|k| lines.get(k))
                    .and_then(|l| l.split('\t').next())
                    .ok_or_else(|| bad(format!("the DSLCC file has no line {at}")))?;
                (format!("line {at}"), text.to_string())
            }
            (None, None) => return Err(bad("neither a line nor a text".to_string())),
        };
        let chars = text.chars().count();
        if chars != record.chars {
            return Err(bad(format!(
                "{name} has {chars} code points, the record says {}",
                record.chars
            )));
        }
        out.push(labelled(name, text, &record.quotes));
    }
    Ok(out)
}

/// The spans and gold attributions of one paragraph. Cue spans come first: a "-nya" cue whose person the
/// paragraph never names ("katanya") is labelled as its own speaker, and its tokens are a cue.
fn labelled(name: String, text: String, quotes: &[Quote]) -> Labelled {
    let span = |r: &Option<[usize; 2]>| r.map(|[s, e]| s..e).filter(|r| r.start < r.end);
    let quotes: Vec<&Quote> = quotes
        .iter()
        .filter(|q| span(&Some(q.content)).is_some())
        .collect();
    let mut spans: Vec<(Label, Vec<Range<usize>>)> = quotes
        .iter()
        .flat_map(|q| {
            [
                (Label::Cue, q.cue),
                (Label::Content, Some(q.content)),
                (Label::Source, q.speaker),
            ]
        })
        .filter_map(|(label, r)| Some((label, vec![span(&r)?])))
        .collect();
    spans.sort_by_key(|(label, _)| *label != Label::Cue);
    let attributions = quotes
        .iter()
        .map(|q| Gold {
            content: span(&Some(q.content)).into_iter().collect(),
            source: span(&q.speaker).map(|s| {
                [Some(s), span(&q.antecedent)]
                    .into_iter()
                    .flatten()
                    .collect()
            }),
        })
        .collect();
    Labelled {
        annotated: Annotated {
            name,
            text,
            spans,
            attributions,
        },
        core: quotes.iter().map(|q| q.class != "extended").collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Document;
    use crate::train::gold_labels;

    const RECORDS: &str = include_str!("../testdata/labelled.jsonl");
    const DSLCC: &str = include_str!("../testdata/dslcc.tsv");

    fn labels(a: &Annotated) -> Vec<(String, Label)> {
        let doc = Document::new(&a.text);
        let labels = gold_labels(&doc, &a.spans);
        doc.tokens
            .iter()
            .zip(labels)
            .map(|(t, l)| (t.lower.clone(), l))
            .collect()
    }

    #[test]
    fn reads_records_with_and_without_their_text() {
        let read = read_labelled(RECORDS, DSLCC);
        let Ok(read) = read else {
            panic!("{read:?}");
        };
        assert_eq!(read.len(), 3, "the blank line is no record");
        // A DSLCC line: "Jembatan itu selesai bulan depan, kata Budi Santoso di Medan."
        let dslcc = &read[0].annotated;
        assert_eq!(dslcc.name, "line 2");
        assert!(dslcc.text.starts_with("Jembatan"));
        use Label::*;
        let roles: Vec<Label> = labels(dslcc).into_iter().map(|(_, l)| l).collect();
        assert_eq!(
            roles,
            [
                Content, Content, Content, Content, Content, Outside, Cue, Source, Source, Outside,
                Outside, Outside
            ]
        );
        // "Menurut dia, stok aman": the pronoun is the source, and the phrase it points back to counts too.
        let written = &read[1];
        assert_eq!(written.core, [false, true]);
        let menurut = &written.annotated.attributions[1];
        assert_eq!(menurut.content.first(), Some(&(48..57)));
        assert_eq!(menurut.source, Some(vec![43..46, 0..2]));
        // "…, katanya.": the cue is its own speaker, and a cue.
        let katanya = labels(&read[2].annotated);
        assert_eq!(katanya[6], ("katanya".to_string(), Cue), "{katanya:?}");
    }

    #[test]
    fn a_record_that_does_not_fit_is_an_error() {
        let wrong_length = r#"{"text":"Kata dia.","chars":3,"quotes":[]}"#;
        let missing_line = r#"{"line":9,"chars":3,"quotes":[]}"#;
        for (records, expected) in [
            (
                wrong_length,
                "record 1: record 1 has 9 code points, the record says 3",
            ),
            (missing_line, "record 1: the DSLCC file has no line 9"),
            (
                "{",
                "record 1: EOF while parsing an object at line 1 column 1",
            ),
        ] {
            let error = read_labelled(records, DSLCC).map(|r| r.len());
            assert_eq!(error.map_err(|e| e.to_string()), Err(expected.to_string()));
        }
    }
}
