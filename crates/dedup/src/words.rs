//! The normalised words every duplicate key is built from.
//!
//! Two copies of an article differ in markup residue, Unicode form, case, whitespace and punctuation; none of
//! that makes them different articles. A word here is a whitespace-separated run with everything but letters and
//! digits removed, lower-cased, after Unicode NFC (so a composed "é" and "e" + combining accent are one word).
//! Punctuation inside a word does not split it: "U.S." is "us" and "2.000" is "2000".

use std::borrow::Cow;
use std::ops::Range;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// A text's normalised words, joined by single spaces, with each word's byte range in the joined text.
pub(crate) struct Words {
    joined: String,
    spans: Vec<Range<usize>>,
}

impl Words {
    pub(crate) fn of(text: &str) -> Words {
        // Nearly all scraped text is already NFC; the quick check spares the copy. ASCII characters are left out
        // of the check: they are NFC starters, and leaving a starter out can only make the check fail
        // (normalising needlessly), never pass wrongly.
        let text: Cow<str> = match is_nfc_quick(text.chars().filter(|c| !c.is_ascii())) {
            IsNormalized::Yes => Cow::Borrowed(text),
            _ => Cow::Owned(text.nfc().collect()),
        };
        let mut joined = String::with_capacity(text.len());
        let mut spans = Vec::new();
        let mut word_start: Option<usize> = None;
        for ch in text.chars() {
            if ch.is_alphanumeric() {
                if word_start.is_none() {
                    if !joined.is_empty() {
                        joined.push(' ');
                    }
                    word_start = Some(joined.len());
                }
                // Most letters are ASCII; the general lower-casing is a table search.
                if ch.is_ascii() {
                    joined.push(ch.to_ascii_lowercase());
                } else {
                    joined.extend(ch.to_lowercase());
                }
            } else if ch.is_whitespace() {
                if let Some(start) = word_start.take() {
                    spans.push(start..joined.len());
                }
            }
        }
        if let Some(start) = word_start {
            spans.push(start..joined.len());
        }
        Words { joined, spans }
    }

    /// The words joined by single spaces.
    pub(crate) fn joined(&self) -> &str {
        &self.joined
    }

    /// The text of `count` consecutive words starting at word `first` (fewer at the end), spaces included.
    pub(crate) fn run(&self, first: usize, count: usize) -> &str {
        let last = (first + count).min(self.spans.len());
        match (
            self.spans.get(first),
            last.checked_sub(1).and_then(|i| self.spans.get(i)),
        ) {
            (Some(a), Some(b)) if first < last => self.joined.get(a.start..b.end).unwrap_or(""),
            _ => "",
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.spans.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_lowercased_words_without_punctuation() {
        let cases = [
            ("  Rusia MENYERANG, Kharkiv!  ", "rusia menyerang kharkiv"),
            ("“U.S.” — 2.000 orang", "us 2000 orang"),
            ("... — …", ""),
            ("Cafe\u{301} café", "café café"),
        ];
        for (text, expected) in cases {
            assert_eq!(Words::of(text).joined(), expected, "{text:?}");
        }
    }

    #[test]
    fn runs_stop_at_the_last_word() {
        let words = Words::of("satu dua tiga empat");
        assert_eq!(words.len(), 4);
        assert_eq!(words.run(1, 3), "dua tiga empat");
        assert_eq!(words.run(2, 3), "tiga empat");
        assert_eq!(words.run(4, 3), "");
    }
}
