//! Training from brat-annotated attributions (the PolNeAR layout: `text/NAME.txt` and
//! `attributions/NAME_ANNOTATOR.ann`, spans in code points), and the score used to choose settings.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::features::Context;
use crate::label::Label;
use crate::lexicon::CueLexicon;
use crate::model::{slot, Model, Scorer};
use crate::overlap::{span_overlap, token_spans};
use crate::text::Document;
use crate::{best, keys_of, Tagger};

/// Why a training directory could not be read.
#[derive(Debug, thiserror::Error)]
pub enum TrainError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// An annotated text.
#[derive(Clone, Debug)]
pub struct Annotated {
    pub name: String,
    pub text: String,
    /// The role spans: label and fragments (code points).
    pub spans: Vec<(Label, Vec<Range<usize>>)>,
    pub attributions: Vec<Gold>,
}

/// A gold attribution: its content fragments and, when annotated, its source fragments.
#[derive(Clone, Debug, PartialEq)]
pub struct Gold {
    pub content: Vec<Range<usize>>,
    pub source: Option<Vec<Range<usize>>>,
}

/// Reads a PolNeAR-style directory. Texts annotated more than once count with their first annotation file
/// (by name), as the evaluation does.
pub fn read_dir(dir: &Path) -> Result<Vec<Annotated>, TrainError> {
    annotation_files(dir)?
        .into_iter()
        .filter_map(|(name, files)| Some((name, files.into_iter().next()?)))
        .map(|(name, ann)| read_text(dir, name, &ann))
        .collect()
}

/// The texts of a PolNeAR-style directory annotated at least twice, each as its first and its second
/// annotation (by file name): how far two careful readers of the scheme agree.
pub fn read_twice(dir: &Path) -> Result<Vec<(Annotated, Annotated)>, TrainError> {
    let mut out = Vec::new();
    for (name, files) in annotation_files(dir)? {
        if let [first, second, ..] = &files[..] {
            out.push((
                read_text(dir, name.clone(), first)?,
                read_text(dir, name, second)?,
            ));
        }
    }
    Ok(out)
}

fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> TrainError {
    let path = path.to_path_buf();
    move |source| TrainError::Io { path, source }
}

/// Each text's name with its annotation files (`attributions/NAME_ANNOTATOR.ann`), sorted by name.
fn annotation_files(dir: &Path) -> Result<BTreeMap<String, Vec<PathBuf>>, TrainError> {
    let attributions = dir.join("attributions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&attributions)
        .map_err(io_error(&attributions))?
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    let mut by_text: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for path in files {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if let Some((name, _annotator)) = stem.rsplit_once('_') {
            by_text.entry(name.to_string()).or_default().push(path);
        }
    }
    Ok(by_text)
}

/// The text `text/NAME.txt` of `dir` with the annotation file `ann`.
fn read_text(dir: &Path, name: String, ann: &Path) -> Result<Annotated, TrainError> {
    let text_path = dir.join("text").join(format!("{name}.txt"));
    let text = std::fs::read_to_string(&text_path).map_err(io_error(&text_path))?;
    let ann = std::fs::read_to_string(ann).map_err(io_error(ann))?;
    Ok(read_brat(name, text, &ann))
}

/// Parses a brat standoff file: `T` lines give spans (`Label start end;start end`), `E` lines link a
/// `Content` to its `Source`.
pub fn read_brat(name: String, text: String, ann: &str) -> Annotated {
    let mut spans: BTreeMap<&str, (Label, Vec<Range<usize>>)> = BTreeMap::new();
    let mut sources: BTreeMap<&str, &str> = BTreeMap::new();
    for line in ann.lines() {
        let mut fields = line.split('\t');
        let (Some(id), Some(spec)) = (fields.next(), fields.next()) else {
            continue;
        };
        if id.starts_with('T') {
            let Some((label, offsets)) = spec.split_once(' ') else {
                continue;
            };
            let Some(label) = Label::from_brat(label) else {
                continue;
            };
            let fragments: Vec<Range<usize>> = offsets
                .split(';')
                .filter_map(|pair| {
                    let (start, end) = pair.trim().split_once(' ')?;
                    Some(start.parse().ok()?..end.parse().ok()?)
                })
                .filter(|r: &Range<usize>| r.start < r.end)
                .collect();
            if !fragments.is_empty() {
                spans.insert(id, (label, fragments));
            }
        } else if id.starts_with('E') {
            let args: BTreeMap<&str, &str> =
                spec.split(' ').filter_map(|a| a.split_once(':')).collect();
            if let (Some(content), Some(source)) = (args.get("Content"), args.get("Source")) {
                sources.insert(content, source);
            }
        }
    }
    let attributions = spans
        .iter()
        .filter(|(_, (label, _))| *label == Label::Content)
        .map(|(id, (_, content))| Gold {
            content: content.clone(),
            source: sources
                .get(id)
                .and_then(|s| spans.get(s))
                .map(|(_, r)| r.clone()),
        })
        .collect();
    Annotated {
        name,
        text,
        spans: spans.into_values().collect(),
        attributions,
    }
}

/// The gold label of each token: the role of the span it starts in.
pub fn gold_labels(doc: &Document, spans: &[(Label, Vec<Range<usize>>)]) -> Vec<Label> {
    doc.tokens
        .iter()
        .map(|t| {
            spans
                .iter()
                .find(|(_, fragments)| fragments.iter().any(|f| f.contains(&t.start)))
                .map_or(Label::Outside, |(label, _)| *label)
        })
        .collect()
}

/// What training may vary.
#[derive(Clone, Copy, Debug)]
pub struct Settings {
    /// The feature table has 2^bits rows.
    pub bits: u32,
    pub epochs: usize,
    /// Cue uses a word needs to enter the cue lexicon.
    pub min_cue: u32,
    /// Seed of the document order in each epoch.
    pub seed: u64,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            bits: 20,
            epochs: 15,
            min_cue: 3,
            seed: 4,
        }
    }
}

/// Float weights with the running sums that averaging needs.
struct Weights {
    bits: u32,
    current: Vec<f32>,
    total: Vec<f64>,
    stamp: Vec<u32>,
    step: u32,
}

impl Weights {
    fn new(bits: u32) -> Weights {
        let n = (1usize << bits) * Label::COUNT;
        Weights {
            bits,
            current: vec![0.0; n],
            total: vec![0.0; n],
            stamp: vec![0; n],
            step: 0,
        }
    }

    fn update(&mut self, keys: &[u64], label: Label, delta: f32) {
        for &key in keys {
            let at = slot(key, self.bits) * Label::COUNT + label.index();
            self.total[at] += f64::from(self.step - self.stamp[at]) * f64::from(self.current[at]);
            self.stamp[at] = self.step;
            self.current[at] += delta;
        }
    }

    fn averaged(&self) -> Vec<f32> {
        let step = f64::from(self.step.max(1));
        (0..self.current.len())
            .map(|at| {
                let total = self.total[at]
                    + f64::from(self.step - self.stamp[at]) * f64::from(self.current[at]);
                (total / step) as f32
            })
            .collect()
    }
}

impl Scorer for Weights {
    fn scores(&self, keys: &[u64]) -> [f32; Label::COUNT] {
        let mut sum = [0f32; Label::COUNT];
        for &key in keys {
            let start = slot(key, self.bits) * Label::COUNT;
            for (s, w) in sum
                .iter_mut()
                .zip(&self.current[start..start + Label::COUNT])
            {
                *s += w;
            }
        }
        sum
    }
}

/// Trains a model on `texts`: the cue lexicon from their Cue spans, then an averaged perceptron that tags
/// greedily left to right with its own earlier labels as history (as it will when tagging).
pub fn train(texts: &[Annotated], settings: Settings) -> Model {
    let docs: Vec<(Document, Vec<Label>)> = texts
        .iter()
        .map(|a| {
            let doc = Document::new(&a.text);
            let gold = gold_labels(&doc, &a.spans);
            (doc, gold)
        })
        .collect();
    let mut cues: HashMap<String, u32> = HashMap::new();
    let mut totals: HashMap<String, u32> = HashMap::new();
    for (doc, gold) in &docs {
        for (token, label) in doc.tokens.iter().zip(gold) {
            *totals.entry(token.lower.clone()).or_default() += 1;
            if *label == Label::Cue {
                *cues.entry(token.lower.clone()).or_default() += 1;
            }
        }
    }
    let lexicon = CueLexicon::learn(&cues, &totals, settings.min_cue);
    let contexts: Vec<Context> = docs
        .iter()
        .map(|(d, _)| Context::new(d, &lexicon))
        .collect();
    let mut weights = Weights::new(settings.bits);
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut rng = settings.seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    let mut keys = Vec::new();
    for _ in 0..settings.epochs {
        // Fisher–Yates with xorshift: the same order on every machine.
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        for &d in &order {
            let (context, gold) = (&contexts[d], &docs[d].1);
            let mut labels = Vec::with_capacity(gold.len());
            for (i, &truth) in gold.iter().enumerate() {
                keys_of(context, i, &labels, &mut keys);
                let guess = best(&weights.scores(&keys));
                weights.step += 1;
                if guess != truth {
                    weights.update(&keys, truth, 1.0);
                    weights.update(&keys, guess, -1.0);
                }
                labels.push(guess);
            }
        }
    }
    Model::quantize(settings.bits, &weights.averaged(), lexicon)
}

/// Contents found against gold contents, scored as `warta eval attribution` scores PolNeAR: a found
/// content matches an unmatched gold one when they share at least half of the tokens of the longer.
#[derive(Clone, Copy, Debug, Default)]
pub struct Score {
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
    /// Matched contents whose gold names a source, and how many of those the found source overlaps.
    pub with_source: usize,
    pub source_agrees: usize,
}

impl Score {
    pub fn precision(&self) -> f64 {
        self.matched as f64 / self.predicted.max(1) as f64
    }

    pub fn recall(&self) -> f64 {
        self.matched as f64 / self.gold.max(1) as f64
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
}

/// Scores the tagger's attributions of at least `threshold` confidence on `texts`.
pub fn score(tagger: &Tagger, texts: &[Annotated], threshold: f32) -> Score {
    score_with(texts, |a| {
        tagger
            .attributions(&a.text)
            .into_iter()
            .filter(|f| f.confidence >= threshold)
            .map(|f| (f.content, f.source))
            .collect()
    })
}

/// Scores the contents and their sources (code points) that `find` gives for each of `texts`: the tagger
/// alone, or the rules and the tagger together (`warta-analyze`'s `train_attribution` example).
pub fn score_with(
    texts: &[Annotated],
    mut find: impl FnMut(&Annotated) -> Vec<(Range<usize>, Option<Range<usize>>)>,
) -> Score {
    let mut score = Score::default();
    for a in texts {
        let found = find(a);
        let tokens = token_spans(&a.text);
        let mut used = vec![false; a.attributions.len()];
        for f in &found {
            let hit = (0..a.attributions.len()).find(|&g| {
                !used[g]
                    && span_overlap(
                        &tokens,
                        std::slice::from_ref(&f.0),
                        &a.attributions[g].content,
                    ) >= 0.5
            });
            let Some(g) = hit else { continue };
            used[g] = true;
            score.matched += 1;
            if let Some(source) = &a.attributions[g].source {
                score.with_source += 1;
                score.source_agrees +=
                    usize::from(f.1.as_ref().is_some_and(|s| {
                        source.iter().any(|g| s.start < g.end && g.start < s.end)
                    }));
            }
        }
        score.gold += a.attributions.len();
        score.predicted += found.len();
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;

    fn annotated() -> Vec<Annotated> {
        // "Officials said that …" (source 0–9, cue 10–14, content 15–…), made up.
        let texts = [
            (
                "Officials said that the dam would hold.",
                "Officials",
                "said",
            ),
            (
                "Analysts believe that prices will rise.",
                "Analysts",
                "believe",
            ),
            (
                "The mayor said that the roads are open.",
                "The mayor",
                "said",
            ),
        ];
        texts
            .iter()
            .enumerate()
            .map(|(k, (text, source, cue))| {
                let cue_start = source.len() + 1;
                let content_start = cue_start + cue.len() + 1;
                let content_end = text.len() - 1;
                let ann = format!(
                    "T1\tSource 0 {}\tx\nT2\tCue {cue_start} {}\tx\nT3\tContent {content_start} {content_end}\tx\n\
                     T4\tAttribution {cue_start} {}\tx\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n",
                    source.len(),
                    cue_start + cue.len(),
                    cue_start + cue.len(),
                );
                read_brat(format!("doc{k}"), text.to_string(), &ann)
            })
            .collect()
    }

    #[test]
    fn reads_brat_and_labels_tokens() {
        let texts = annotated();
        assert_eq!(texts[0].attributions.len(), 1);
        let source = texts[0].attributions[0].source.clone().unwrap_or_default();
        assert_eq!((source.len(), source.first()), (1, Some(&(0..9))));
        let doc = Document::new(&texts[0].text);
        let labels = gold_labels(&doc, &texts[0].spans);
        use Label::*;
        assert_eq!(
            labels,
            [Source, Cue, Content, Content, Content, Content, Content, Outside]
        );
    }

    #[test]
    fn a_text_annotated_twice_counts_once_and_pairs_its_two_readings() {
        let dir = tempfile::tempdir().expect("temporary directory");
        let write = |path: &str, body: &str| {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().expect("a parent")).expect("a folder");
            std::fs::write(path, body).expect("a file");
        };
        write("text/a.txt", "Officials said that the dam would hold.");
        write("text/b.txt", "The mayor said the roads are open.");
        write("attributions/a_0001.ann", "T1\tContent 15 38\tx\n");
        write(
            "attributions/a_0002.ann",
            "T1\tContent 20 38\tx\nT2\tContent 0 9\tx\n",
        );
        write("attributions/b_0001.ann", "T1\tContent 15 33\tx\n");
        let texts = read_dir(dir.path()).expect("readable");
        let counts: Vec<(&str, usize)> = texts
            .iter()
            .map(|t| (t.name.as_str(), t.attributions.len()))
            .collect();
        assert_eq!(counts, [("a", 1), ("b", 1)]);
        let pairs = read_twice(dir.path()).expect("readable");
        let counts: Vec<(&str, usize, usize)> = pairs
            .iter()
            .map(|(first, second)| {
                (
                    first.name.as_str(),
                    first.attributions.len(),
                    second.attributions.len(),
                )
            })
            .collect();
        assert_eq!(counts, [("a", 1, 2)]);
        assert!(read_twice(&dir.path().join("missing")).is_err());
    }

    #[test]
    fn training_learns_a_tiny_corpus_deterministically() {
        let texts = annotated();
        let settings = Settings {
            bits: 12,
            epochs: 5,
            min_cue: 1,
            seed: 1,
        };
        let model = train(&texts, settings);
        assert_eq!(model.to_bytes(), train(&texts, settings).to_bytes());
        assert_eq!(model.lexicon().strength("said"), 3);
        let tagger = Tagger::new(model);
        let s = score(&tagger, &texts, 0.0);
        assert_eq!((s.gold, s.matched, s.source_agrees), (3, 3, 3), "{s:?}");
    }
}
