//! Stemmers for search: they reduce a word to the form its relatives share, so that a search for
//! "serangan" (attack) finds "menyerang" (to attack) and "diserang" (attacked), and "attacks" finds
//! "attacked".
//!
//! - [`indonesian`]: a Nazief–Adriani style confix-stripping stemmer. It takes off particles, possessives,
//!   derivational suffixes and up to three prefixes (undoing the sound changes prefixes cause: "menyerang" is
//!   me- + "serang"), and accepts a result only when it is a root word of the [`dictionary`]. A word it cannot
//!   bring to a root is returned unchanged: under-stemming loses a match, over-stemming ("menteri" to "teri")
//!   makes false ones.
//! - [`english`]: the Snowball (Porter 2) English stemmer.
//!
//! [`Stemmer`] picks one by language code. Both expect one word, lower-case or not; they return it
//! lower-cased if they change it.

pub mod dictionary;
pub mod english;
pub mod indonesian;

use std::borrow::Cow;

/// A stemmer for one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stemmer {
    /// Indonesian, also used for Malay, which shares its affixes.
    Indonesian,
    English,
}

impl Stemmer {
    /// The stemmer for an ISO 639-1 language code ("id", "ms", "en"), `None` for languages without one.
    pub fn for_language(code: &str) -> Option<Stemmer> {
        match code.trim().to_ascii_lowercase().as_str() {
            "id" | "ms" => Some(Stemmer::Indonesian),
            "en" => Some(Stemmer::English),
            _ => None,
        }
    }

    /// The stem of `word`.
    pub fn stem(self, word: &str) -> Cow<'_, str> {
        match self {
            Stemmer::Indonesian => indonesian::stem(word),
            Stemmer::English => english::stem(word),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_code_picks_the_stemmer() {
        let cases = [
            ("id", Some(Stemmer::Indonesian)),
            ("ms", Some(Stemmer::Indonesian)),
            ("EN", Some(Stemmer::English)),
            ("fr", None),
            ("", None),
        ];
        for (code, expected) in cases {
            assert_eq!(Stemmer::for_language(code), expected, "{code}");
        }
        assert_eq!(Stemmer::Indonesian.stem("diserang"), "serang");
        assert_eq!(Stemmer::English.stem("attacks"), "attack");
    }
}
