//! The Indonesian root words the stemmer accepts as results.
//!
//! They come from the Hunspell Indonesian dictionary, shipped as the separate, LGPL-3 data file
//! `data/id_ID.dic` (see `data/README.md`), compiled into the binary and parsed on first use.
//!
//! Hunspell marks each root with the affixes it takes. Two thirds of the roots carry no mark: they occur
//! only as they are ("teri", anchovy; "perin", a dish), so the stemmer does not accept them as what is left
//! after stripping affixes. That keeps "pemerintah" from being read as pe- + "perin" + -tah.

use std::collections::HashMap;
use std::sync::LazyLock;

/// The Hunspell dictionary: a count line, then one `root` or `root/AFFIX-FLAGS` per line.
const HUNSPELL_ID: &str = include_str!("../data/id_ID.dic");

/// Each root word, with whether it takes affixes.
static ROOTS: LazyLock<HashMap<String, bool>> = LazyLock::new(|| parse_hunspell(HUNSPELL_ID));

/// Whether `word` (lower-case) is an Indonesian root word.
pub fn is_root(word: &str) -> bool {
    ROOTS.contains_key(word)
}

/// Whether `word` (lower-case) is a root word that takes affixes.
pub fn takes_affixes(word: &str) -> bool {
    ROOTS.get(word).copied().unwrap_or(false)
}

/// How many root words the dictionary holds.
pub fn len() -> usize {
    ROOTS.len()
}

/// The root words of a Hunspell `.dic` file, lower-cased, each with whether it has affix flags. Proper
/// nouns ("Jakarta") are kept, so that they are never taken apart, and match as the lower-cased tokens a
/// search index holds.
fn parse_hunspell(dic: &str) -> HashMap<String, bool> {
    let mut roots = HashMap::new();
    // The first line is the word count.
    for line in dic.lines().skip(1) {
        let (root, flags) = line.split_once('/').unwrap_or((line, ""));
        let root = root.trim();
        if !root.is_empty() {
            // A word listed twice takes affixes if either listing says so.
            *roots.entry(root.to_lowercase()).or_insert(false) |= !flags.trim().is_empty();
        }
    }
    roots
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots_are_read_without_their_affix_flags() {
        let roots = parse_hunspell("3\nabadi/DkMk\nJakarta\n\nserang/B0D0\n");
        let mut roots: Vec<_> = roots.into_iter().collect();
        roots.sort();
        assert_eq!(
            roots,
            [
                ("abadi".to_string(), true),
                ("jakarta".to_string(), false),
                ("serang".to_string(), true)
            ]
        );
    }

    #[test]
    fn the_shipped_dictionary_loads() {
        assert!(len() > 30_000);
        for root in ["serang", "menteri", "kata", "jakarta"] {
            assert!(is_root(root), "{root}");
        }
        assert!(!is_root("menyerang"));
        assert!(takes_affixes("serang"));
        assert!(is_root("teri") && !takes_affixes("teri"));
    }
}
