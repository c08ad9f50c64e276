//! The body-extraction metric of the article-extraction benchmark: 4-token shingles compared as multisets.
//!
//! Both texts are split into `\w+` tokens; every run of 4 consecutive tokens is a shingle (a text of fewer
//! tokens is one shingle). Per document, tp/fp/fn are the multiset overlap and excesses, normalised so that
//! tp + fp + fn = 1. Callers average precision and recall over documents, then take the harmonic mean.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

static TOKEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").expect("static regex"));
const SHINGLE: usize = 4;

/// Precision and recall of `predicted` against `gold` for one document. Two empty texts score (1, 1); an
/// empty prediction scores precision 0 against a non-empty gold text, as a non-empty one does against an
/// empty gold text for recall.
pub fn score(predicted: &str, gold: &str) -> (f64, f64) {
    let predicted = shingles(predicted);
    let mut gold = shingles(gold);
    let (mut tp, mut fp) = (0usize, 0usize);
    for (shingle, count) in predicted {
        let gold_count = gold.get_mut(&shingle).map_or(0, std::mem::take);
        tp += count.min(gold_count);
        fp += count.saturating_sub(gold_count);
        if gold_count > count {
            gold.insert(shingle, gold_count - count);
        }
    }
    let fn_ = gold.values().sum::<usize>();
    if tp + fp + fn_ == 0 {
        return (1.0, 1.0);
    }
    let ratio = |a: usize, b: usize| {
        if a + b == 0 {
            0.0
        } else {
            a as f64 / (a + b) as f64
        }
    };
    (ratio(tp, fp), ratio(tp, fn_))
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let tokens: Vec<&str> = TOKEN.find_iter(text).map(|m| m.as_str()).collect();
    let mut counts = HashMap::new();
    if tokens.is_empty() {
        return counts;
    }
    for window in tokens.windows(SHINGLE.min(tokens.len())) {
        *counts.entry(window.to_vec()).or_insert(0) += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::score;

    #[test]
    fn shingle_overlap() {
        assert_eq!(score("", ""), (1.0, 1.0));
        assert_eq!(score("a b c d e", "a b c d e"), (1.0, 1.0));
        assert_eq!(score("", "a b c d"), (0.0, 0.0));
        // 2 shingles predicted, 4 gold, 2 shared.
        assert_eq!(score("a b c d e", "a b c d e f g"), (1.0, 0.5));
        // Punctuation is not a token; shingles are a multiset.
        assert_eq!(score("x, y. z w! x y z w", "x y z w"), (0.2, 1.0));
        assert_eq!(score("Kata “ya”", "Kata ya"), (1.0, 1.0));
    }
}
