//! The outlet a title names at its end ("Biden ‘diam-diam’ mengizinkan … – Politico", "… | Reuters").

use std::sync::LazyLock;

use regex::Regex;

/// A separator with spaces around it, then the last part of the title.
static SUFFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s[–—\-|]\s+([^–—|]+?)\s*$").expect("static regex"));

/// The outlet named after the title's last separator, if that part looks like an outlet's name:
/// one to four capitalised words (or a domain such as "Kompas.com"), none of them a bare number.
pub(crate) fn outlet_suffix(title: &str) -> Option<String> {
    let name = SUFFIX.captures(title)?.get(1)?.as_str();
    let words: Vec<&str> = name.split_whitespace().collect();
    let outlet_word = |word: &str| {
        let mut chars = word.chars();
        let first = chars.next().is_some_and(|c| c.is_uppercase());
        // "detikNews", "tempo.co": lower-case first letter but shaped like a brand.
        let brand = word.chars().skip(1).any(char::is_uppercase) || word.contains('.');
        let number = word
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_ascii_punctuation());
        (first || brand) && !number && !word.ends_with([':', ','])
    };
    let is_outlet = (1..=4).contains(&words.len()) && words.iter().all(|w| outlet_word(w));
    (is_outlet && name.len() < title.len() / 2 + 1).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::outlet_suffix;

    #[test]
    fn outlets_after_a_separator() {
        let cases = [
            ("Biden ‘diam-diam’ mengizinkan Ukraina melakukan serangan luas terhadap Rusia – Politico", Some("Politico")),
            ("Markets slide as oil jumps | Reuters", Some("Reuters")),
            ("Harga BBM naik - Kompas.com", Some("Kompas.com")),
            ("Pemilu 2024 - detikNews", Some("detikNews")),
            ("The war - Day 500", None),
            ("Ukraine war - live updates", None),
            ("Biden signs bill", None),
            ("Self-driving cars are here", None),
        ];
        for (title, outlet) in cases {
            assert_eq!(outlet_suffix(title).as_deref(), outlet, "{title}");
        }
    }
}
