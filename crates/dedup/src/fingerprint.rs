//! Exact duplicates: one key for the same article text under different bytes.

use crate::words::Words;

/// A key equal for texts that differ only in case, whitespace, punctuation, quotation marks and Unicode form.
pub fn text_fingerprint(text: &str) -> String {
    let hash = blake3::hash(Words::of(text).joined().as_bytes());
    hash.to_hex()[..20].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_words_under_different_bytes_agree() {
        let cases = [
            (
                "“Itu pilihan yang sulit.”\n\nKata dia.",
                "\"Itu  pilihan yang SULIT.\" Kata dia.",
            ),
            ("  Rusia menyerang Kharkiv", "Rusia menyerang Kharkiv\n"),
            ("Cafe\u{301} ditutup", "Café ditutup"),
        ];
        for (a, b) in cases {
            assert_eq!(text_fingerprint(a), text_fingerprint(b), "{a:?} vs {b:?}");
        }
    }

    #[test]
    fn differs_when_a_word_differs() {
        assert_ne!(
            text_fingerprint("Rusia menyerang Kharkiv"),
            text_fingerprint("Rusia menyerang Kyiv")
        );
    }

    #[test]
    fn word_boundaries_matter() {
        assert_ne!(
            text_fingerprint("serangan udara"),
            text_fingerprint("seranganudara")
        );
    }

    #[test]
    fn empty_and_punctuation_only_texts_agree() {
        assert_eq!(text_fingerprint(""), text_fingerprint(" … — "));
    }
}
