//! Gold entities kept as code-point spans over text that lives elsewhere, turned into labelled sentences.
//!
//! warta's hand-labelled news paragraphs (for training, `train/*.jsonl`; for the evaluation,
//! `crates/eval/data/ner-*-news*.jsonl`) do not ship the text. Each record says where its paragraph is and
//! gives the entities as offsets into it. A paragraph is either a line of a TAB-separated file whose first
//! column is a paragraph (the DSLCC news file), named by its 1-based `line`:
//!
//! ```text
//! {"line": 3, "chars": 250, "entities": [[0, 12, "PERSON"], [72, 80, "LOCATION"]]}
//! ```
//!
//! or a run of lines of a document under a directory (PolNeAR's `train/text/*.txt`), named by its `file`
//! and the code point it `start`s at:
//!
//! ```text
//! {"file": "dev/text/a.txt", "start": 2942, "chars": 128, "entities": [[1, 8, "PERSON"]]}
//! ```
//!
//! or, for paragraphs written for warta (whose text it may ship), the `text` itself:
//!
//! ```text
//! {"text": "Polres Sikka memeriksa Budi.", "chars": 28, "entities": [[0, 12, "ORGANIZATION"]]}
//! ```
//!
//! `chars` is the paragraph's length in code points, so that a different file is caught rather than
//! mislabelled (a document paragraph must also begin and end at a line break). Offsets are code points with
//! the end exclusive. A gold entity labels the tokens of [`tokenize`] that lie inside it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::conll::Sentence;
use crate::label::{EntityKind, Label};
use crate::tokenize::tokenize;

/// A gold entity: `(start, end, kind)`, code points into its text, end exclusive.
pub type EntitySpan = (usize, usize, EntityKind);

/// Why labelled paragraphs could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SpansError {
    #[error("reading {path}: {source}", path = path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} line {line}: {message}", path = path.display())]
    Record {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error(
        "{text} {place} is not the paragraph labelled in {gold} line {record}: {found}",
        text = text.display(),
        gold = gold.display()
    )]
    Mismatch {
        text: PathBuf,
        /// "line 3" or "at code point 2942".
        place: String,
        gold: PathBuf,
        record: usize,
        found: String,
    },
}

/// One labelled paragraph: its text and its gold entities as `(start, end, kind)` in code points.
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    /// The line of its text file the paragraph starts on (1-based).
    pub line: usize,
    pub text: String,
    pub entities: Vec<EntitySpan>,
}

impl Paragraph {
    /// The whole paragraph as one labelled sentence.
    pub fn labelled(&self) -> Sentence {
        Sentence::from_spans(&self.text, &self.entities)
    }

    /// The paragraph cut into sentences at stops and line breaks, but never inside an entity ("Jl.
    /// Sudirman").
    pub fn sentences(&self) -> Vec<Sentence> {
        let whole = self.labelled();
        let chars: Vec<char> = self.text.chars().collect();
        let spans = tokenize(&self.text);
        let mut out: Vec<Sentence> = Vec::new();
        let mut first = 0;
        for group in crate::sentences(&chars, &spans) {
            let end = first + group.len();
            let continues_entity = matches!(whole.labels.get(first), Some(Label::I(_)));
            match out.last_mut() {
                Some(last) if continues_entity => {
                    last.tokens.extend_from_slice(&whole.tokens[first..end]);
                    last.labels.extend_from_slice(&whole.labels[first..end]);
                }
                _ => out.push(Sentence {
                    tokens: whole.tokens[first..end].to_vec(),
                    labels: whole.labels[first..end].to_vec(),
                }),
            }
            first = end;
        }
        out
    }
}

impl Sentence {
    /// The tokens of `text` ([`tokenize`]) with BIO labels from gold entity spans `(start, end, kind)` in
    /// code points (end exclusive): a token inside a span is part of that entity. Spans that hold no whole
    /// token label nothing; where spans overlap, the later one wins.
    pub fn from_spans(text: &str, entities: &[EntitySpan]) -> Sentence {
        let chars: Vec<char> = text.chars().collect();
        let spans = tokenize(text);
        let mut labels = vec![Label::O; spans.len()];
        for &(start, end, kind) in entities {
            let inside = spans
                .iter()
                .enumerate()
                .filter(|(_, &(s, e))| start <= s && e <= end);
            for (n, (t, _)) in inside.enumerate() {
                labels[t] = if n == 0 {
                    Label::B(kind)
                } else {
                    Label::I(kind)
                };
            }
        }
        Sentence {
            tokens: spans
                .iter()
                .map(|&(s, e)| chars.get(s..e).unwrap_or_default().iter().collect())
                .collect(),
            labels,
        }
    }
}

/// One record of a gold file as written.
#[derive(Deserialize)]
struct Record {
    #[serde(flatten)]
    place: Place,
    chars: usize,
    entities: Vec<(usize, usize, String)>,
}

/// Where a record's paragraph is.
#[derive(Deserialize)]
#[serde(untagged)]
enum Place {
    Line { line: usize },
    Document { file: String, start: usize },
    Inline { text: String },
}

/// Reads the paragraphs labelled in `gold` (JSON lines as in the module docs) from `texts`: the
/// TAB-separated file that `line` records point into, or the directory that `file` records are under
/// (records that carry their `text` need neither).
///
/// Fails, naming the file and line, on a record that is not valid JSON, on an entity type other than
/// PERSON, LOCATION or ORGANIZATION, and when the text has no such paragraph or one of another length.
pub fn read_paragraphs(gold: &Path, texts: &Path) -> Result<Vec<Paragraph>, SpansError> {
    let read = |path: &Path| {
        std::fs::read_to_string(path).map_err(|source| SpansError::Io {
            path: path.to_path_buf(),
            source,
        })
    };
    let records = read(gold)?;
    // Read once, whichever kind of record asks first: the TSV's lines, each document's code points.
    let mut tsv: Option<Vec<String>> = None;
    let mut documents: HashMap<String, Vec<char>> = HashMap::new();
    let mut paragraphs = Vec::new();
    for (n, line) in records.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let bad_record = |message: String| SpansError::Record {
            path: gold.to_path_buf(),
            line: n + 1,
            message,
        };
        let record: Record = serde_json::from_str(line).map_err(|e| bad_record(e.to_string()))?;
        let entities = record
            .entities
            .iter()
            .map(|(start, end, kind)| match kind.as_str() {
                "PERSON" => Ok((*start, *end, EntityKind::Person)),
                "LOCATION" => Ok((*start, *end, EntityKind::Location)),
                "ORGANIZATION" => Ok((*start, *end, EntityKind::Organization)),
                other => Err(bad_record(format!("unknown entity type {other:?}"))),
            })
            .collect::<Result<Vec<_>, _>>()?;
        let mismatch = |text: PathBuf, place: String, found: String| SpansError::Mismatch {
            text,
            place,
            gold: gold.to_path_buf(),
            record: n + 1,
            found,
        };
        let (line, text) = match record.place {
            Place::Line { line } => {
                let tsv = match &tsv {
                    Some(lines) => lines,
                    None => tsv.insert(read(texts)?.lines().map(str::to_string).collect()),
                };
                let lines = tsv.len();
                let paragraph = tsv
                    .get(line.wrapping_sub(1))
                    .map(|l| l.split('\t').next().unwrap_or_default());
                let wrong = |found| mismatch(texts.to_path_buf(), format!("line {line}"), found);
                match paragraph {
                    None => return Err(wrong(format!("the file has {lines} lines"))),
                    Some(p) if p.chars().count() != record.chars => {
                        return Err(wrong(format!(
                            "{} code points, the record says {}",
                            p.chars().count(),
                            record.chars
                        )))
                    }
                    Some(p) => (line, p.to_string()),
                }
            }
            Place::Document { file, start } => {
                let path = texts.join(&file);
                let chars = match documents.get(&file) {
                    Some(chars) => chars,
                    None => documents
                        .entry(file)
                        .or_insert(read(&path)?.chars().collect()),
                };
                let end = start.saturating_add(record.chars);
                let breaks_before = start == 0 || chars.get(start - 1) == Some(&'\n');
                let breaks_after = matches!(chars.get(end), None | Some('\n'));
                let wrong = |found| mismatch(path.clone(), format!("at code point {start}"), found);
                match chars.get(start..end) {
                    None => return Err(wrong(format!("the file has {} code points", chars.len()))),
                    Some(_) if !(breaks_before && breaks_after) => {
                        return Err(wrong("no line break around it".to_string()))
                    }
                    Some(p) => {
                        let line = 1 + chars[..start].iter().filter(|&&c| c == '\n').count();
                        (line, p.iter().collect())
                    }
                }
            }
            Place::Inline { text } => {
                let found = text.chars().count();
                if found != record.chars {
                    return Err(bad_record(format!(
                        "the text has {found} code points, the record says {}",
                        record.chars
                    )));
                }
                (n + 1, text)
            }
        };
        paragraphs.push(Paragraph {
            line,
            text,
            entities,
        });
    }
    Ok(paragraphs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(sentence: &Sentence) -> Vec<String> {
        sentence
            .tokens
            .iter()
            .zip(&sentence.labels)
            .map(|(t, l)| format!("{t}/{}", l.as_str()))
            .collect()
    }

    #[test]
    fn spans_become_bio_labels() {
        use EntityKind::*;
        // "Kapolres Sikka AKBP Budi Santoso, kata Bangkapos.com." with the name, the police unit and the
        // outlet; a span that cuts a token ("Sik") labels nothing of it.
        let text = "Polres Sikka memeriksa Budi Santoso, kata Bangkapos.com.";
        let cases: [(&[EntitySpan], &[&str]); 3] = [
            (
                &[
                    (0, 12, Organization),
                    (23, 35, Person),
                    (42, 55, Organization),
                ],
                &[
                    "Polres/B-ORGANIZATION",
                    "Sikka/I-ORGANIZATION",
                    "memeriksa/O",
                    "Budi/B-PERSON",
                    "Santoso/I-PERSON",
                    ",/O",
                    "kata/O",
                    "Bangkapos/B-ORGANIZATION",
                    "./I-ORGANIZATION",
                    "com/I-ORGANIZATION",
                    "./O",
                ],
            ),
            (
                &[(7, 10, Location)],
                &[
                    "Polres/O",
                    "Sikka/O",
                    "memeriksa/O",
                    "Budi/O",
                    "Santoso/O",
                    ",/O",
                    "kata/O",
                    "Bangkapos/O",
                    "./O",
                    "com/O",
                    "./O",
                ],
            ),
            (
                &[(23, 27, Person), (28, 35, Person)],
                &[
                    "Polres/O",
                    "Sikka/O",
                    "memeriksa/O",
                    "Budi/B-PERSON",
                    "Santoso/B-PERSON",
                    ",/O",
                    "kata/O",
                    "Bangkapos/O",
                    "./O",
                    "com/O",
                    "./O",
                ],
            ),
        ];
        for (entities, want) in cases {
            assert_eq!(tags(&Sentence::from_spans(text, entities)), want);
        }
    }

    #[test]
    fn offsets_are_code_points() {
        let sentence =
            Sentence::from_spans("Café Ölmez di Bandung", &[(14, 21, EntityKind::Location)]);
        assert_eq!(tags(&sentence)[3], "Bandung/B-LOCATION");
    }

    fn fixture(name: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name)
    }

    #[test]
    fn reads_paragraphs_and_cuts_sentences_outside_entities() {
        let paragraphs = read_paragraphs(
            &fixture("news-spans.jsonl"),
            &fixture("news-paragraphs.tsv"),
        );
        let paragraphs = match paragraphs {
            Ok(p) => p,
            Err(e) => panic!("fixture must read: {e}"),
        };
        assert_eq!(paragraphs.len(), 2);
        assert_eq!(paragraphs[0].line, 1);
        assert_eq!(paragraphs[1].line, 3);
        let sentences = paragraphs[1].sentences();
        let lens: Vec<usize> = sentences.iter().map(|s| s.tokens.len()).collect();
        // "Ia tinggal di Jl. Sudirman." stays one sentence: the stop after "Jl" is inside the street.
        assert_eq!(lens, [5, 7]);
        assert_eq!(
            tags(&sentences[1])[3..6],
            ["Jl/B-LOCATION", "./I-LOCATION", "Sudirman/I-LOCATION"]
        );
        assert_eq!(
            tags(&paragraphs[0].labelled())[..3],
            [
                "KPU/B-ORGANIZATION",
                "Kabupaten/I-ORGANIZATION",
                "Kebumen/I-ORGANIZATION"
            ]
        );
    }

    #[test]
    fn reads_paragraphs_of_documents_under_a_directory() {
        let docs = fixture("documents");
        let paragraphs = match read_paragraphs(&fixture("document-spans.jsonl"), &docs) {
            Ok(p) => p,
            Err(e) => panic!("fixture must read: {e}"),
        };
        assert_eq!(paragraphs.len(), 2);
        assert_eq!(
            paragraphs[0].text,
            "Senator Ted Cruz (R-Texas) met the FBI."
        );
        assert_eq!(paragraphs[1].line, 5);
        assert_eq!(
            tags(&paragraphs[1].labelled())[..4],
            [
                "Roper/B-ORGANIZATION",
                "Center/I-ORGANIZATION",
                "for/I-ORGANIZATION",
                "Public/I-ORGANIZATION"
            ]
        );
        // A record whose paragraph does not sit between line breaks names the place.
        let shifted =
            std::env::temp_dir().join(format!("warta-spans-{}.jsonl", std::process::id()));
        let record = r#"{"file":"a.txt","start":1,"chars":37,"entities":[]}"#;
        if let Err(e) = std::fs::write(&shifted, record) {
            panic!("writing {}: {e}", shifted.display());
        }
        let err = read_paragraphs(&shifted, &docs).map(|p| p.len());
        let _ = std::fs::remove_file(&shifted);
        match err {
            Ok(_) => panic!("a paragraph cut mid-line must be refused"),
            Err(e) => assert!(e.to_string().contains("a.txt at code point 1"), "{e}"),
        }
    }

    #[test]
    fn reads_paragraphs_that_carry_their_text() {
        // No text file is read for such records: the path given for texts does not exist.
        let paragraphs =
            match read_paragraphs(&fixture("written-spans.jsonl"), &fixture("no-such-file")) {
                Ok(p) => p,
                Err(e) => panic!("fixture must read: {e}"),
            };
        assert_eq!(paragraphs.len(), 2);
        assert_eq!(paragraphs[1].line, 2);
        assert_eq!(
            tags(&paragraphs[0].labelled()),
            [
                "Polres/B-ORGANIZATION",
                "Sikka/I-ORGANIZATION",
                "memeriksa/O",
                "Budi/B-PERSON",
                "Santoso/I-PERSON",
                "di/O",
                "Maumere/B-LOCATION",
                "./O"
            ]
        );
        // A text of another length than the record says is refused, naming the record.
        let wrong =
            std::env::temp_dir().join(format!("warta-written-{}.jsonl", std::process::id()));
        if let Err(e) = std::fs::write(&wrong, r#"{"text":"Budi.","chars":4,"entities":[]}"#) {
            panic!("writing {}: {e}", wrong.display());
        }
        let err = read_paragraphs(&wrong, &fixture("no-such-file")).map(|p| p.len());
        let _ = std::fs::remove_file(&wrong);
        match err {
            Ok(_) => panic!("a record with the wrong length must be refused"),
            Err(e) => assert!(
                e.to_string().contains("line 1: the text has 5 code points"),
                "{e}"
            ),
        }
    }

    #[test]
    fn a_different_text_file_is_named_in_the_error() {
        let err = read_paragraphs(&fixture("news-spans.jsonl"), &fixture("news-id.conll"));
        let message = match err {
            Ok(_) => panic!("a CoNLL file is not the labelled text"),
            Err(e) => e.to_string(),
        };
        assert!(
            message.contains("news-id.conll line 1 is not the paragraph"),
            "{message}"
        );
        assert!(message.contains("news-spans.jsonl line 1"), "{message}");
    }
}
