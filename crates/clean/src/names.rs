//! Person names in credit lines ("Iain Marlow, Sylvia Westall dan Alex Morales").

use std::sync::LazyLock;

use regex::Regex;

/// Separators between names in a credit: commas, semicolons, slashes, "dan", "and", "&".
static SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*(?:[,;/&]|\s(?:dan|and)\s)\s*").expect("static regex"));

/// "in London", "di Jakarta": where a reporter filed from, not part of the name.
static PLACE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s+(?:in|di|from|dari)\s+\p{Lu}.*$").expect("static regex"));

/// Lower-case particles that may stand inside a name ("Ali bin Abdullah", "Vincent van Gogh").
const PARTICLES: &[&str] = &[
    "bin", "binti", "van", "von", "de", "der", "da", "al", "el", "la", "di",
];

/// The names listed in a credit value, and whether every listed part looked like a name.
///
/// `all_names` lets a caller tell "Dengan asistensi Iain Marlow" (a credit) from "Dengan bantuan Amerika,
/// Ukraina berhasil …" (a sentence), which share their opening words.
pub(crate) struct NameList {
    pub names: Vec<String>,
    pub all_names: bool,
}

pub(crate) fn parse(value: &str) -> NameList {
    let value = value.trim().trim_end_matches(['.', ';', ',']);
    let mut names = Vec::new();
    let mut all_names = true;
    for part in SEPARATOR.split(value) {
        let part = part
            .trim()
            .trim_start_matches("dan ")
            .trim_start_matches("and ");
        if part.is_empty() {
            continue;
        }
        let part = PLACE.replace(part, "");
        if is_name(&part) {
            names.push(part.into_owned());
        } else {
            all_names = false;
        }
    }
    all_names &= !names.is_empty();
    NameList { names, all_names }
}

/// One to five words, each capitalised (or a known particle), made of letters and name punctuation.
fn is_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 {
        return false;
    }
    let capitalised = |word: &str| word.chars().next().is_some_and(char::is_uppercase);
    let letters = |word: &str| {
        word.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
    };
    capitalised(words[0])
        && words
            .iter()
            .all(|w| letters(w) && (capitalised(w) || PARTICLES.contains(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_names_joined_by_commas_and_conjunctions() {
        let list = parse("Iain Marlow, Sylvia Westall dan Alex Morales.");
        assert_eq!(
            list.names,
            ["Iain Marlow", "Sylvia Westall", "Alex Morales"]
        );
        assert!(list.all_names);
        let list = parse("Jane Doe in London and John Smith");
        assert_eq!(list.names, ["Jane Doe", "John Smith"]);
    }

    #[test]
    fn a_clause_is_not_a_name() {
        let list = parse("Amerika, Ukraina berhasil menahan serangan itu");
        assert!(!list.all_names);
        assert_eq!(list.names, ["Amerika"]);
    }
}
