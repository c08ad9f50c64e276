//! English: the Snowball (Porter 2) stemmer from `rust-stemmers`.

use std::borrow::Cow;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

static ENGLISH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// The stem of `word`: "attacks", "attacked", "attacking" give "attack".
///
/// Snowball expects lower-case input, so a word with capitals is lower-cased first.
pub fn stem(word: &str) -> Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        return Cow::Owned(ENGLISH.stem(&word.to_lowercase()).into_owned());
    }
    ENGLISH.stem(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_families_meet() {
        let families: &[(&str, &[&str])] = &[
            ("attack", &["attack", "attacks", "attacked", "attacking"]),
            ("minist", &["minister", "ministers"]),
            ("negoti", &["negotiation", "negotiations", "negotiated"]),
            ("said", &["said", "Said"]),
        ];
        for (stem_of_all, words) in families {
            for word in *words {
                assert_eq!(stem(word), *stem_of_all, "{word}");
            }
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for word in ["", "2024", "é", "x-y-z", "ÉCOLE"] {
            let _ = stem(word);
        }
    }
}
