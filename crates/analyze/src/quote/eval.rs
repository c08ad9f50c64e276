//! How a found quote is compared with a gold one, for `warta eval attribution` and the seed tests: a match
//! shares at least half of the longer content's tokens.

/// The share of the longer token list that two contents have in common (as multisets, ignoring case and
/// punctuation).
pub fn content_overlap(a: &str, b: &str) -> f64 {
    let tokens = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|t| !t.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (a, mut rest) = (tokens(a), tokens(b));
    let longer = a.len().max(rest.len()).max(1);
    let common = a
        .iter()
        .filter(|t| {
            rest.iter()
                .position(|r| r == *t)
                .map(|k| rest.swap_remove(k))
                .is_some()
        })
        .count();
    common as f64 / longer as f64
}

#[cfg(test)]
mod tests {
    use super::content_overlap;

    #[test]
    fn overlap_counts_shared_tokens_against_the_longer_content() {
        assert_eq!(content_overlap("Kami siap.", "kami SIAP"), 1.0);
        assert_eq!(content_overlap("a b c d", "a b"), 0.5);
        // Multisets: a repeated word counts as often as both have it.
        assert_eq!(content_overlap("ya ya ya", "ya"), 1.0 / 3.0);
        assert_eq!(content_overlap("", ""), 0.0);
    }
}
