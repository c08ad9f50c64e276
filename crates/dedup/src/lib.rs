//! Duplicate detection.
//!
//! An exact duplicate is the same article text under different bytes: re-scraped with other markup, another
//! encoding, other whitespace or other quotation marks. [`text_fingerprint`] gives such texts one key, so the
//! store can link a document to the article it repeats instead of storing it twice.
//!
//! ```
//! use warta_dedup::text_fingerprint;
//! assert_eq!(
//!     text_fingerprint("“Itu pilihan yang sulit.”\n\nKata dia."),
//!     text_fingerprint("\"Itu  pilihan yang SULIT.\" Kata dia."),
//! );
//! ```

/// A key equal for texts that differ only in case, whitespace, punctuation and quotation marks.
pub fn text_fingerprint(text: &str) -> String {
    let mut hasher = blake3::Hasher::new();
    let mut buf = [0u8; 4];
    let mut pending_space = false;
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            if pending_space {
                hasher.update(b" ");
                pending_space = false;
            }
            for lower in ch.to_lowercase() {
                hasher.update(lower.encode_utf8(&mut buf).as_bytes());
            }
        } else if ch.is_whitespace() {
            pending_space = true;
        }
    }
    hasher.finalize().to_hex()[..20].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differs_when_a_word_differs() {
        assert_ne!(text_fingerprint("Rusia menyerang Kharkiv"), text_fingerprint("Rusia menyerang Kyiv"));
    }

    #[test]
    fn word_boundaries_matter() {
        assert_ne!(text_fingerprint("serangan udara"), text_fingerprint("seranganudara"));
    }

    #[test]
    fn empty_and_punctuation_only_texts_agree() {
        assert_eq!(text_fingerprint(""), text_fingerprint(" … — "));
    }
}
