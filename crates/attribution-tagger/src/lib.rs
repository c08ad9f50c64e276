//! A learned attribution tagger: who said (or believes, plans, found) what, read as a tag sequence, with an
//! English model embedded.
//!
//! PolNeAR annotates attributions in news as a `Source` ("the senator"), a `Cue` ("said", "according
//! to", "believes") and a `Content` (what is attributed), and no token has two of these roles. So the
//! tagger gives every token one [`Label`] — outside, source, cue or content — left to right with an averaged
//! perceptron over hashed [`features`] (the words around it, quotation marks, the nearest cue word from a
//! cue lexicon learnt from the training data, its place in the sentence, and the labels just given). Runs
//! of content are then joined to the nearest cue and source in their paragraph as a
//! [`TaggedAttribution`].
//!
//! Modules, in the order the data flows: [`text`] (tokens with code-point offsets, sentences, paragraphs,
//! quotation-mark state), [`lexicon`] (the cue words), [`features`], [`model`] (weights and their file),
//! [`train`] (brat reader, perceptron training, the held-out score), [`labelled`] (warta's labelled
//! Indonesian paragraphs as training texts), [`overlap`] (the PolNeAR content match that score and `warta
//! eval attribution` both use).
//!
//! The English model is trained from PolNeAR (the `train_attribution` example of `warta-analyze`, which
//! scores the tagger together with the rules) and embedded; `model/NOTICE` says how to rebuild it. The same
//! features can be trained on warta's labelled Indonesian paragraphs (the `train_attribution_id` example):
//! cross-validated with the Indonesian rules, its contents added recall only where the rules had decided on
//! purpose that a cue word was not speech (a question, a negation, "menjelaskan cara …", "yang mengaku
//! sebagai …", "menurut laporan …"), so no Indonesian model ships.
//! [`TaggedAttribution::confidence`] is the model's mean probability that the content tokens are content:
//! below 0.5 the attribution is a guess (on held-out training texts, about one in six of those was right;
//! between 0.5 and 0.6 about one in two, above 0.6 about seven in ten).

pub mod features;
pub mod label;
pub mod labelled;
pub mod lexicon;
pub mod model;
pub mod overlap;
pub mod text;
pub mod train;

use std::ops::Range;
use std::sync::OnceLock;

use features::Context;
pub use label::Label;
pub use model::{Model, ModelError, Scorer};
use text::Document;

/// An attribution the tagger found. Ranges are code points into the text.
#[derive(Clone, Debug, PartialEq)]
pub struct TaggedAttribution {
    pub content: Range<usize>,
    pub source: Option<Range<usize>>,
    pub cue: Option<Range<usize>>,
    /// The mean probability the model gives the content tokens of being content, in 0..1.
    pub confidence: f32,
}

/// The attribution tagger with its model.
#[derive(Debug, Clone)]
pub struct Tagger {
    model: Model,
}

/// The farthest (in tokens) a cue or source may be from what it attributes.
const MAX_LINK: usize = 40;

/// Perceptron scores are not probabilities: dividing them by this before the softmax spreads the
/// confidence over 0..1 (chosen on held-out training texts).
const TEMPERATURE: f32 = 50.0;

/// The most untagged tokens inside one content.
const MAX_CONTENT_GAP: usize = 4;

impl Tagger {
    pub fn new(model: Model) -> Tagger {
        Tagger { model }
    }

    /// The English model trained on PolNeAR and shipped in this crate, loaded once.
    pub fn default_english() -> &'static Tagger {
        static TAGGER: OnceLock<Tagger> = OnceLock::new();
        TAGGER.get_or_init(|| Tagger::embedded(include_bytes!("../model/tagger.bin")))
    }

    /// A tagger for a model file embedded in the binary. The embedded file is checked by a test; were it
    /// unreadable, tagging nothing is the safe side.
    fn embedded(bytes: &[u8]) -> Tagger {
        Tagger::new(Model::from_bytes(bytes).unwrap_or_else(|_| Model::empty()))
    }

    pub fn model(&self) -> &Model {
        &self.model
    }

    /// The attributions in `text`, in text order.
    pub fn attributions(&self, text: &str) -> Vec<TaggedAttribution> {
        let doc = Document::new(text);
        let context = Context::new(&doc, self.model.lexicon());
        let (labels, content) = tag(&context, &self.model);
        assemble(&doc, &labels, &content)
    }
}

/// The features of token `i` given the labels before it, into `keys`.
pub(crate) fn keys_of(context: &Context, i: usize, labels: &[Label], keys: &mut Vec<u64>) {
    keys.clear();
    keys.extend_from_slice(context.fixed(i));
    context.history(i, labels, keys);
}

/// The highest-scoring label; ties go to the earlier label (outside first).
pub(crate) fn best(scores: &[f32; Label::COUNT]) -> Label {
    let mut best = 0;
    for (l, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = l;
        }
    }
    Label::from_index(best)
}

/// Greedy left-to-right tagging: each token's label and the probability (softmax of the scores) that it
/// is content.
fn tag(context: &Context, scorer: &impl Scorer) -> (Vec<Label>, Vec<f32>) {
    let mut labels = Vec::with_capacity(context.len());
    let mut content = Vec::with_capacity(context.len());
    let mut keys = Vec::new();
    for i in 0..context.len() {
        keys_of(context, i, &labels, &mut keys);
        let scores = scorer.scores(&keys);
        labels.push(best(&scores));
        let max = scores.iter().fold(f32::MIN, |m, &s| m.max(s));
        let odds = |s: f32| ((s - max) / TEMPERATURE).exp();
        let total: f32 = scores.iter().map(|&s| odds(s)).sum();
        content.push(odds(scores[Label::Content.index()]) / total.max(f32::MIN_POSITIVE));
    }
    (labels, content)
}

/// Joins runs of content to the nearest cue, and that cue (or the content) to the nearest source, in the
/// same paragraph.
fn assemble(doc: &Document, labels: &[Label], content: &[f32]) -> Vec<TaggedAttribution> {
    let n = doc.tokens.len();
    let mut paragraph = vec![0usize; n];
    let mut sentence_of = vec![0usize; n];
    for (k, (sentence, &(p, _))) in doc.sentences.iter().zip(&doc.places).enumerate() {
        for i in sentence.start..sentence.end.min(n) {
            paragraph[i] = p;
            sentence_of[i] = k;
        }
    }
    // Runs of one label, not crossing a paragraph. A content broken by a word or two the tagger left out
    // in the same sentence is one content, but a lone full stop or quotation mark after a gap does not
    // pull the words of the gap in ("“…,” Espinoza said Friday." is not one content).
    let mut runs: Vec<(Label, Range<usize>)> = Vec::new();
    for (i, &label) in labels.iter().enumerate() {
        match runs.last_mut() {
            Some((l, r)) if *l == label && r.end == i && paragraph[r.start] == paragraph[i] => {
                r.end = i + 1
            }
            Some((Label::Content, r))
                if label == Label::Content
                    && i - r.end <= MAX_CONTENT_GAP
                    && sentence_of[r.end - 1] == sentence_of[i]
                    && is_word(&doc.tokens[i].lower) =>
            {
                r.end = i + 1
            }
            _ if label != Label::Outside => runs.push((label, i..i + 1)),
            _ => {}
        }
    }
    let gap = |a: &Range<usize>, b: &Range<usize>| {
        if a.end <= b.start {
            b.start - a.end
        } else {
            a.start.saturating_sub(b.end)
        }
    };
    let nearest = |label: Label, to: &Range<usize>| -> Option<Range<usize>> {
        runs.iter()
            .filter(|(l, r)| {
                *l == label && paragraph[r.start] == paragraph[to.start] && gap(r, to) <= MAX_LINK
            })
            .min_by_key(|(_, r)| gap(r, to))
            .map(|(_, r)| r.clone())
    };
    let chars = |r: &Range<usize>| -> Range<usize> {
        let start = doc.tokens.get(r.start).map_or(0, |t| t.start);
        let end = r
            .end
            .checked_sub(1)
            .and_then(|e| doc.tokens.get(e))
            .map_or(start, |t| t.end);
        start..end
    };
    runs.iter()
        .filter(|(l, _)| *l == Label::Content)
        .map(|(_, r)| {
            let cue = nearest(Label::Cue, r);
            let source = nearest(Label::Source, cue.as_ref().unwrap_or(r));
            let probabilities = content.get(r.clone()).unwrap_or(&[]);
            let confidence = probabilities.iter().sum::<f32>() / probabilities.len().max(1) as f32;
            TaggedAttribution {
                content: chars(r),
                source: source.as_ref().map(chars),
                cue: cue.as_ref().map(chars),
                confidence: confidence.clamp(0.0, 1.0),
            }
        })
        .collect()
}

/// Whether a token is a word (not only punctuation or quotation marks).
fn is_word(token: &str) -> bool {
    token.chars().any(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slice(text: &str, r: &Range<usize>) -> String {
        text.chars().skip(r.start).take(r.len()).collect()
    }

    #[test]
    fn the_embedded_model_reads() {
        let bytes = include_bytes!("../model/tagger.bin");
        let model = Model::from_bytes(bytes);
        assert!(model.is_ok(), "{model:?}");
        assert!(Tagger::default_english().model().lexicon().strength("said") > 0);
    }

    #[test]
    fn finds_reported_speech() {
        let text = "The senator said that the bill would pass next week.\n\
                    “We will not back down,” Ms. Rivera told reporters on Tuesday.";
        let found = Tagger::default_english().attributions(text);
        let spans: Vec<(String, Option<String>, Option<String>)> = found
            .iter()
            .map(|a| {
                (
                    slice(text, &a.content),
                    a.source.as_ref().map(|s| slice(text, s)),
                    a.cue.as_ref().map(|c| slice(text, c)),
                )
            })
            .collect();
        assert!(
            spans
                .iter()
                .any(|(c, s, q)| c.contains("the bill would pass")
                    && s.as_deref().is_some_and(|s| s.contains("senator"))
                    && q.as_deref() == Some("said")),
            "{spans:?}"
        );
        assert!(
            spans
                .iter()
                .any(|(c, s, _)| c.contains("We will not back down")
                    && s.as_deref().is_some_and(|s| s.contains("Rivera"))),
            "{spans:?}"
        );
        assert!(found.iter().all(|a| (0.0..=1.0).contains(&a.confidence)));
    }

    #[test]
    fn a_full_stop_after_a_gap_does_not_join_the_cue_to_the_content() {
        let text = "“We will win,” Espinoza said Friday.";
        let doc = Document::new(text);
        let words: Vec<&str> = doc.tokens.iter().map(|t| t.lower.as_str()).collect();
        let labels: Vec<Label> = words
            .iter()
            .map(|w| match *w {
                "we" | "will" | "win" | "," | "." => Label::Content,
                _ => Label::Outside,
            })
            .collect();
        let found = assemble(&doc, &labels, &vec![0.9; labels.len()]);
        let contents: Vec<String> = found.iter().map(|a| slice(text, &a.content)).collect();
        assert_eq!(
            contents.first().map(String::as_str),
            Some("We will win,"),
            "{words:?} {contents:?}"
        );
        assert!(contents.iter().all(|c| !c.contains("said")), "{contents:?}");
    }

    #[test]
    fn text_without_attribution_has_none() {
        let found = Tagger::default_english().attributions("The river rose two metres overnight.");
        assert!(found.iter().all(|a| a.confidence < 0.5), "{found:?}");
    }

    #[test]
    fn bad_input_does_not_crash() {
        let tagger = Tagger::default_english();
        let long = "word said ".repeat(25_000);
        let many_quotes = "“said” ".repeat(2_000);
        for text in [
            "",
            "\n\n",
            "“",
            "é\u{301}",
            &long,
            &many_quotes,
            "\u{0}said\u{0}",
        ] {
            let chars = text.chars().count();
            for a in tagger.attributions(text) {
                assert!(a.content.start <= a.content.end && a.content.end <= chars);
            }
        }
        let empty = Tagger::new(Model::empty());
        assert!(empty.attributions("He said it would rain.").is_empty());
    }
}
