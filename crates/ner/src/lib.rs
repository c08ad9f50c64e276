//! Named-entity tagger for Indonesian and English news: finds people, places and organisations.
//!
//! A [`Tagger`] labels tokens with BIO labels ([`Label`]: B-/I-PERSON, B-/I-LOCATION, B-/I-ORGANIZATION, O)
//! using a linear model over hashed features ([`features`]: the word and its neighbours, affixes, character
//! trigrams, shapes, acronyms, the run of capitalised words it stands in, whether the training text uses it
//! as an everyday word, the word classes of it and its neighbours ([`clusters`]), name lists and the titles
//! and head words before a name ("Bupati", "Kabupaten", "Partai") from [`gazetteer`], some also paired with
//! the previous tag) and Viterbi decoding that only allows well-formed tags ([`decode`]). The model predicts
//! BILOU tags ([`tag`]: the first, inside, last or only token of an entity), reported as BIO labels. Rules
//! from [`gazetteer`] then fix what the model still gets wrong, among them: a listed place or organisation is
//! split off the front of a person's name, honorifics and degrees come off the ends of names ("H", "SIK"), an
//! office is joined to the place it serves ("Polres Sikka"), and two organisations read side by side with
//! nothing between them are one.
//!
//! The model was trained in this repository ([`train`], `examples/train.rs`) from these labelled texts: the
//! IndoNLU NERGRIT train split (cased, Wikipedia-like sentences), the IndoNLU NERP train split (lower-cased
//! news, learnt from its words only, not from letter case), and news paragraphs labelled by hand for warta:
//! Indonesian and Malay ones of the DSLCC news corpus (`train/dslcc-news-*.jsonl`) and English ones of the
//! PolNeAR articles (`train/polnear-news-en.jsonl`), gold entity offsets only, the text stays where it is
//! published; and paragraphs written for warta in the style of Indonesian news, with invented people
//! (`train/written-news-id.jsonl`, text included); all read with [`spans`]. Only the news paragraphs teach how
//! news names its organisations ("KPU Kabupaten Kebumen", "Polres Sikka", "Bangkapos.com"); the IndoNLU
//! sentences are brought to the same convention for institutions, offices and places before training
//! ([`train::harmonise_with_news`]). The model is embedded in the binary (`model/tagger.bin`, licence notice
//! and the command that rebuilds it byte for byte in `model/NOTICE`), so nothing is read from disk or the
//! network at run time.
//!
//! - [`tokenize()`] splits text into tokens with code-point offsets,
//! - [`Tagger::tag`] labels tokens, [`Tagger::entities`] finds entities in raw text,
//! - [`conll()`] implements `warta ner --conll`,
//! - [`eval`] scores labels against gold data as seqeval does,
//! - [`spans`] turns gold entity offsets over a paragraph into labelled tokens,
//! - [`model_bytes`] holds the quantised weight table and the byte reader of the model file, shared with
//!   the attribution tagger.

pub mod clusters;
pub mod conll;
pub mod decode;
pub mod eval;
pub mod features;
pub mod gazetteer;
pub mod label;
pub mod model;
pub mod model_bytes;
pub mod spans;
pub mod tag;
pub mod tokenize;
pub mod train;

use std::io::{BufRead, Write};

pub use label::{EntityKind, Label, Scheme};
pub use model::{Model, ModelError};
pub use tokenize::tokenize;

use features::{extract, Casing, SentenceFeatures};
use tag::Tag;

/// The model trained in this repository, embedded at build time.
static DEFAULT_MODEL: &[u8] = include_bytes!("../model/tagger.bin");

/// The most tokens decoded as one sequence; far above any real sentence.
pub const MAX_WINDOW: usize = 2000;

/// Why tagging a CoNLL stream failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Model(#[from] ModelError),
    #[error("reading or writing CoNLL: {0}")]
    Io(#[from] std::io::Error),
}

/// Labels tokens with people, places and organisations.
#[derive(Debug, Clone)]
pub struct Tagger {
    model: Model,
}

impl Tagger {
    /// The tagger with the model embedded in warta.
    pub fn load_default() -> Result<Tagger, ModelError> {
        Tagger::from_bytes(DEFAULT_MODEL)
    }

    /// A tagger from model bytes written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, ModelError> {
        Ok(Tagger::new(Model::from_bytes(bytes)?))
    }

    /// A tagger using `model`.
    pub fn new(model: Model) -> Tagger {
        Tagger { model }
    }

    /// Whether the training text mostly writes `lower` (a lower-cased word) in lower case: an everyday
    /// word, not a name, when it stands capitalised at the head of a sentence.
    pub fn is_everyday_word(&self, lower: &str) -> bool {
        self.model.common_words().contains(lower)
    }

    /// Labels the tokens of one sentence (any length; an empty slice gives no labels).
    ///
    /// A sentence without a single capital letter is read as lower-cased text: its case says nothing, so the
    /// case features are left out, as they were for the lower-cased training data. Runaway "sentences" (a
    /// file without blank lines) are tagged in windows of [`MAX_WINDOW`] tokens so memory stays bounded.
    pub fn tag(&self, tokens: &[&str]) -> Vec<Label> {
        tokens
            .chunks(MAX_WINDOW)
            .flat_map(|window| self.tag_window(window))
            .collect()
    }

    fn tag_window(&self, tokens: &[&str]) -> Vec<Label> {
        let casing = if tokens.iter().any(|t| t.chars().any(char::is_uppercase)) {
            Casing::Cased
        } else {
            Casing::Lower
        };
        let mut features = SentenceFeatures::default();
        extract(
            tokens,
            casing,
            self.model.common_words(),
            self.model.clusters(),
            self.model.bits(),
            &mut features,
        );
        let (mut emissions, mut pairs, mut best) = (Vec::new(), Vec::new(), Vec::new());
        self.model.scores(&features, &mut emissions, &mut pairs);
        decode::viterbi(&emissions, &pairs, self.model.transitions(), &mut best);
        let mut labels: Vec<Label> = best.into_iter().map(|j| Tag::ALL[j].label()).collect();
        gazetteer::join_adjacent_organizations(&mut labels);
        gazetteer::separate_leading_names(tokens, &mut labels);
        gazetteer::separate_trailing_names(tokens, &mut labels);
        gazetteer::trim_titles_and_degrees(tokens, &mut labels);
        gazetteer::split_people_at_conjunctions(tokens, &mut labels);
        gazetteer::short_forms_in_brackets(tokens, &mut labels);
        gazetteer::initials_keep_their_last_stop(tokens, &mut labels);
        // The model was trained on office names joined this way, but still reads some as a bare place.
        gazetteer::join_offices_and_places(tokens, &mut labels, casing);
        gazetteer::split_place_chains(tokens, &mut labels);
        gazetteer::outlet_domains_as_organizations(tokens, &mut labels);
        gazetteer::organizations_by_their_last_word(tokens, &mut labels);
        gazetteer::people_by_their_other_mentions(tokens, &mut labels);
        labels
    }

    /// The entities in `text` as `(start, end, kind)`, offsets in code points (end exclusive), kind one of
    /// "PERSON", "LOCATION", "ORGANIZATION".
    pub fn entities(&self, text: &str) -> Vec<(usize, usize, &'static str)> {
        let chars: Vec<char> = text.chars().collect();
        let spans = tokenize::split_possessives(&chars, &tokenize(text));
        let mut found = Vec::new();
        for sentence in paragraphs(&chars, &spans) {
            let words: Vec<String> = sentence
                .iter()
                .map(|&(s, e)| chars[s..e].iter().collect())
                .collect();
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            for (first, end, kind) in eval::chunks(&self.tag(&words)) {
                found.push((sentence[first].0, sentence[end - 1].1, kind.as_str()));
            }
        }
        found
    }

    /// Tags a CoNLL stream: see [`conll()`].
    pub fn conll(&self, input: impl BufRead, output: impl Write) -> std::io::Result<()> {
        conll::tag_conll(self, input, output)
    }
}

/// The contract of `warta ner --conll` with the embedded model: reads CoNLL (token in the first TAB-separated
/// column, blank line between sentences, other columns ignored) and writes `token<TAB>label` per token, blank
/// lines kept.
pub fn conll(input: impl BufRead, output: impl Write) -> Result<(), Error> {
    Tagger::load_default()?.conll(input, output)?;
    Ok(())
}

/// Groups token spans into lines (paragraphs): a line break between two tokens ends one. A paragraph is
/// tagged whole, as the model learnt from whole news paragraphs: cut at every full stop, it also split
/// "SERAMBINEWS.COM", "Kab. Sumedang" and names after an initial, and lost 0.02-0.04 F1 on the labelled
/// news paragraphs through the pipeline.
fn paragraphs<'a>(chars: &[char], spans: &'a [(usize, usize)]) -> Vec<&'a [(usize, usize)]> {
    split_tokens(chars, spans, false)
}

/// Groups token spans into sentences: after ".", "!" or "?" as well as at line breaks (for training on
/// sentences, [`spans::Paragraph::sentences`]).
fn sentences<'a>(chars: &[char], spans: &'a [(usize, usize)]) -> Vec<&'a [(usize, usize)]> {
    split_tokens(chars, spans, true)
}

fn split_tokens<'a>(
    chars: &[char],
    spans: &'a [(usize, usize)],
    at_stops: bool,
) -> Vec<&'a [(usize, usize)]> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &(s, e)) in spans.iter().enumerate() {
        let ends_sentence = at_stops && matches!(chars.get(s..e), Some(['.' | '!' | '?', ..]));
        let line_break_after = spans
            .get(i + 1)
            .and_then(|&(next, _)| chars.get(e..next))
            .is_some_and(|gap| gap.contains(&'\n'));
        if ends_sentence || line_break_after {
            out.push(&spans[start..=i]);
            start = i + 1;
        }
    }
    if start < spans.len() {
        out.push(&spans[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_splits_into_paragraphs_at_line_breaks_and_sentences_at_stops() {
        let text = "Ia pergi ke SERAMBINEWS.COM. Lalu pulang\nBesok datang";
        let chars: Vec<char> = text.chars().collect();
        let spans = tokenize(text);
        let lens =
            |groups: Vec<&[(usize, usize)]>| groups.iter().map(|s| s.len()).collect::<Vec<_>>();
        assert_eq!(lens(paragraphs(&chars, &spans)), [9, 2]);
        assert_eq!(lens(sentences(&chars, &spans)), [5, 2, 2, 2]);
    }
}
