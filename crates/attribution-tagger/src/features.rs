//! Features of a token, hashed to 64-bit keys (the model folds each into its table).
//!
//! What a reader uses to see an attribution: the word and its neighbours, its shape, whether it stands in
//! quotation marks, the nearest attributing word to its left and right in the sentence and how far it is,
//! the word right after that cue ("said that", "said,"), where the token stands in its sentence and the
//! sentence in its paragraph, the clause breaks (commas, semicolons, dashes) since the cue, and the labels
//! the tagger just gave.

use crate::label::Label;
use crate::lexicon::CueLexicon;
use crate::text::{Document, Quoting};

/// Cue words at least this strong are the landmarks for the nearest-cue features.
const LANDMARK: u8 = 2;

/// Template numbers: each feature key starts from one, so that equal values of different templates differ.
#[derive(Clone, Copy)]
enum T {
    Bias,
    Word,
    Prev,
    Next,
    Prev2,
    Next2,
    PrevWord,
    WordNext,
    Suffix3,
    Suffix2,
    Shape,
    Shapes,
    Quote,
    QuoteCue,
    Cue,
    LeftCue,
    LeftCueDistance,
    LeftCueAfter,
    RightCue,
    RightCueDistance,
    BothCues,
    Position,
    ToEnd,
    SentenceInParagraph,
    Paragraph,
    Label1,
    Label2,
    Label1Word,
    Label1Cue,
    Label1Quote,
    LastRole,
    Label1LeftCue,
    QuoteFrame,
    BreaksSinceCue,
    BreakBefore,
}

fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(0x517c_c1b7_2722_0a95)
}

fn key(template: T, values: &[u64]) -> u64 {
    values
        .iter()
        .fold(mix(0x2545_f491_4f6c_dd1d, template as u64 + 1), |h, &v| {
            mix(h, v)
        })
}

/// FNV-1a: a stable hash of a string, so that a model file means the same on every build.
fn hash_str(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn suffix(word: &str, n: usize) -> &str {
    let start = word
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    word.get(start..).unwrap_or(word)
}

/// Distances in tokens, bucketed: 1, 2, 3, 4–5, 6–10, 11–20, more.
fn bucket(distance: usize) -> u64 {
    match distance {
        0..=3 => distance as u64,
        4..=5 => 4,
        6..=10 => 5,
        11..=20 => 6,
        _ => 7,
    }
}

/// For each token inside quotation marks, whether a cue stands just after the closing mark (1), just
/// before the opening one (2), or both (3): "“…,” she said" frames every sentence of the quote, however
/// far the cue is from it.
fn quote_frames(quote: &[Quoting], cue: &[u8]) -> Vec<u64> {
    let n = quote.len();
    let mut frame = vec![0u64; n];
    let mut i = 0;
    while i < n {
        if quote[i] != Quoting::Inside {
            i += 1;
            continue;
        }
        let start = i;
        while i < n && quote[i] == Quoting::Inside {
            i += 1;
        }
        let cue_in = |r: std::ops::Range<usize>| {
            cue.get(r).is_some_and(|c| c.iter().any(|&c| c >= LANDMARK))
        };
        let after = cue_in(i.min(n)..(i + 5).min(n));
        let before = cue_in(start.saturating_sub(7)..start);
        let value = u64::from(after) + 2 * u64::from(before);
        for f in &mut frame[start..i] {
            *f = value;
        }
    }
    frame
}

/// Punctuation that ends a clause: a content often stops there rather than at the sentence's end ("… to
/// prison, Judge Berman proceeded to …").
fn is_break(token: &str) -> bool {
    matches!(token, "," | ";" | ":" | "—" | "–" | "(" | ")" | "-")
}

/// The per-token facts every feature is built from, computed once per text.
pub struct Context {
    words: Vec<u64>,
    cue: Vec<u8>,
    quote: Vec<Quoting>,
    /// The static features of each token, `per_token` at a time.
    fixed: Vec<u64>,
    per_token: usize,
    /// For each token, the nearest landmark cue to its left in the sentence (token index).
    left_cue: Vec<Option<usize>>,
    sentence_start: Vec<usize>,
}

/// Boundary values for the window beyond the sentence.
const BEFORE: u64 = 1;
const AFTER: u64 = 2;
const NONE: u64 = 3;

impl Context {
    pub fn new(doc: &Document, lexicon: &CueLexicon) -> Context {
        let n = doc.tokens.len();
        let words: Vec<u64> = doc.tokens.iter().map(|t| hash_str(&t.lower)).collect();
        let cue: Vec<u8> = doc
            .tokens
            .iter()
            .map(|t| lexicon.strength(&t.lower))
            .collect();
        let quote: Vec<Quoting> = doc.tokens.iter().map(|t| t.quote).collect();
        let shapes: Vec<u64> = doc.tokens.iter().map(|t| hash_str(&t.shape)).collect();
        let frame = quote_frames(&quote, &cue);
        let mut context = Context {
            words,
            cue,
            quote,
            fixed: Vec::with_capacity(n * 24),
            per_token: 0,
            left_cue: vec![None; n],
            sentence_start: vec![0; n],
        };
        for (sentence, &(paragraph, in_paragraph)) in doc.sentences.iter().zip(&doc.places) {
            let (start, end) = (sentence.start, sentence.end.min(n));
            let mut right_cue = vec![None; end.saturating_sub(start)];
            let mut next = None;
            for i in (start..end).rev() {
                right_cue[i - start] = next;
                if context.cue[i] >= LANDMARK {
                    next = Some(i);
                }
            }
            let mut last = None;
            let mut breaks = 0u64;
            let mut breaks_since = vec![0u64; end.saturating_sub(start)];
            for i in start..end {
                breaks_since[i - start] = breaks.min(3);
                if is_break(&doc.tokens[i].lower) {
                    breaks += 1;
                }
                if context.cue[i] >= LANDMARK {
                    breaks = 0;
                }
                context.left_cue[i] = last;
                context.sentence_start[i] = start;
                if context.cue[i] >= LANDMARK {
                    last = Some(i);
                }
            }
            for i in start..end {
                let word = |offset: isize| -> u64 {
                    let j = i as isize + offset;
                    if j < start as isize {
                        BEFORE
                    } else if j >= end as isize {
                        AFTER
                    } else {
                        context.words[j as usize]
                    }
                };
                let shape = |offset: isize| -> u64 {
                    let j = i as isize + offset;
                    if j < start as isize || j >= end as isize {
                        NONE
                    } else {
                        shapes[j as usize]
                    }
                };
                let lower = &doc.tokens[i].lower;
                let q = context.quote[i] as u64;
                let c = u64::from(context.cue[i]);
                let left = context.left_cue[i];
                let right = right_cue[i - start];
                let left_word = left.map_or(NONE, |l| context.words[l]);
                let left_distance = left.map_or(NONE, |l| bucket(i - l));
                let after_left = left.map_or(NONE, |l| {
                    if l + 1 < end {
                        context.words[l + 1]
                    } else {
                        AFTER
                    }
                });
                let right_word = right.map_or(NONE, |r| context.words[r]);
                let right_distance = right.map_or(NONE, |r| bucket(r - i));
                let fixed = [
                    key(T::Bias, &[]),
                    key(T::Word, &[word(0)]),
                    key(T::Prev, &[word(-1)]),
                    key(T::Next, &[word(1)]),
                    key(T::Prev2, &[word(-2)]),
                    key(T::Next2, &[word(2)]),
                    key(T::PrevWord, &[word(-1), word(0)]),
                    key(T::WordNext, &[word(0), word(1)]),
                    key(T::Suffix3, &[hash_str(suffix(lower, 3))]),
                    key(T::Suffix2, &[hash_str(suffix(lower, 2))]),
                    key(T::Shape, &[shape(0)]),
                    key(T::Shapes, &[shape(-1), shape(0), shape(1)]),
                    key(T::Quote, &[q]),
                    key(T::QuoteCue, &[q, c, left_distance]),
                    key(T::Cue, &[c]),
                    key(T::LeftCue, &[left_word, left_distance]),
                    key(T::LeftCueDistance, &[left_distance, q]),
                    key(T::LeftCueAfter, &[after_left, left_distance]),
                    key(T::RightCue, &[right_word, right_distance]),
                    key(T::RightCueDistance, &[right_distance, q]),
                    key(
                        T::BothCues,
                        &[u64::from(left.is_some()), u64::from(right.is_some())],
                    ),
                    key(T::Position, &[bucket(i - start)]),
                    key(T::ToEnd, &[bucket(end - i)]),
                    key(T::SentenceInParagraph, &[in_paragraph.min(3) as u64]),
                    key(T::Paragraph, &[paragraph.min(3) as u64]),
                    key(T::QuoteFrame, &[frame[i], q]),
                    key(
                        T::BreaksSinceCue,
                        &[breaks_since[i - start], left_distance, q],
                    ),
                    key(
                        T::BreakBefore,
                        &[
                            u64::from(i > start && is_break(&doc.tokens[i - 1].lower)),
                            shape(0),
                            shape(1),
                        ],
                    ),
                ];
                context.per_token = fixed.len();
                context.fixed.extend_from_slice(&fixed);
            }
        }
        context
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The features of token `i` that do not depend on the labels before it.
    pub fn fixed(&self, i: usize) -> &[u64] {
        self.fixed
            .get(i * self.per_token..(i + 1) * self.per_token)
            .unwrap_or(&[])
    }

    /// Appends to `out` the features of token `i` that read the labels already given (`labels[..i]`).
    pub fn history(&self, i: usize, labels: &[Label], out: &mut Vec<u64>) {
        let start = self.sentence_start.get(i).copied().unwrap_or(0);
        let label = |back: usize| -> u64 {
            i.checked_sub(back)
                .and_then(|j| labels.get(j))
                .map_or(NONE, |l| l.index() as u64 + 10)
        };
        let (l1, l2) = (label(1), label(2));
        // Distances beyond 20 share a bucket, so looking further back would change nothing (and would make a
        // text without full stops quadratic).
        let last_role = (start.max(i.saturating_sub(21))..i.min(labels.len()))
            .rev()
            .find(|&j| labels[j] != Label::Outside)
            .map_or((NONE, NONE), |j| (labels[j].index() as u64, bucket(i - j)));
        let word = self.words.get(i).copied().unwrap_or(NONE);
        let cue = u64::from(self.cue.get(i).copied().unwrap_or(0));
        let quote = self.quote.get(i).map_or(NONE, |&q| q as u64);
        let left = self.left_cue.get(i).copied().flatten();
        let left_label = left
            .and_then(|l| labels.get(l))
            .map_or(NONE, |l| l.index() as u64);
        out.extend([
            key(T::Label1, &[l1]),
            key(T::Label2, &[l2, l1]),
            key(T::Label1Word, &[l1, word]),
            key(T::Label1Cue, &[l1, cue]),
            key(T::Label1Quote, &[l1, quote]),
            key(T::LastRole, &[last_role.0, last_role.1]),
            key(T::Label1LeftCue, &[l1, left_label]),
        ]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_depend_on_words_and_history() {
        let lexicon = CueLexicon::new([("said".to_string(), 3)]);
        let doc = Document::new("She said that taxes rose. Taxes rose.");
        let context = Context::new(&doc, &lexicon);
        assert_eq!(context.len(), 9);
        // "taxes" after "said that" and "Taxes" opening a sentence share their word but not their context.
        let (a, b) = (context.fixed(3), context.fixed(6));
        assert_eq!(a[1], b[1]);
        assert_ne!(a[15], b[15]);
        let mut with_cue = Vec::new();
        let mut without = Vec::new();
        context.history(
            3,
            &[Label::Source, Label::Cue, Label::Content],
            &mut with_cue,
        );
        context.history(3, &[Label::Outside; 3], &mut without);
        assert_ne!(with_cue, without);
        assert!(context.fixed(99).is_empty());
    }

    #[test]
    fn clause_breaks_since_the_cue_are_features() {
        for (token, expected) in [
            (",", true),
            (";", true),
            ("—", true),
            (".", false),
            ("said", false),
        ] {
            assert_eq!(is_break(token), expected, "{token}");
        }
        let lexicon = CueLexicon::new([("said".to_string(), 3)]);
        let doc = Document::new("She said a b c d e f, g h.");
        let context = Context::new(&doc, &lexicon);
        let outside = Quoting::Outside as u64;
        let breaks =
            |n: u64, distance: usize| key(T::BreaksSinceCue, &[n, bucket(distance), outside]);
        // "f" is six tokens after the cue with no break between; "g" and "h" come after a comma.
        assert_eq!(doc.tokens[7].lower, "f");
        assert!(context.fixed(7).contains(&breaks(0, 6)));
        assert!(context.fixed(9).contains(&breaks(1, 8)));
        assert!(context.fixed(10).contains(&breaks(1, 9)));
    }

    #[test]
    fn suffixes_respect_characters() {
        assert_eq!(suffix("café", 3), "afé");
        assert_eq!(suffix("é", 3), "é");
        assert_eq!(suffix("", 2), "");
    }
}
