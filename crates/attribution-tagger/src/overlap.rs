//! The PolNeAR match between a found attribution content and a gold one: at least half of the tokens of
//! the larger of the two are in both. The trainer ([`crate::train::score`]) chooses its settings with it
//! and `warta eval attribution` reports it, so both count a match the same way.

use std::ops::Range;

/// Code-point ranges of the alphanumeric runs of `text`: the tokens [`span_overlap`] counts.
pub fn token_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut start = None;
    let mut count = 0;
    for (i, c) in text.chars().enumerate() {
        count = i + 1;
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push(s..count);
    }
    spans
}

/// Tokens inside both the fragments `a` and the fragments `b`, over the tokens inside the larger of the two.
/// Position matters, so a repeated phrase elsewhere in the text does not count; 0.5 or more is a match.
pub fn span_overlap(tokens: &[Range<usize>], a: &[Range<usize>], b: &[Range<usize>]) -> f64 {
    let inside = |r: &Range<usize>, t: &Range<usize>| r.start <= t.start && t.end <= r.end;
    let (mut both, mut in_a, mut in_b) = (0usize, 0usize, 0usize);
    for t in tokens {
        let (x, y) = (
            a.iter().any(|a| inside(a, t)),
            b.iter().any(|b| inside(b, t)),
        );
        in_a += usize::from(x);
        in_b += usize::from(y);
        both += usize::from(x && y);
    }
    both as f64 / in_a.max(in_b).max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_alphanumeric_runs_in_code_points() {
        assert_eq!(
            token_spans("“Naik 6,5%” — kata"),
            [1..5, 6..7, 8..9, 14..18]
        );
        assert_eq!(token_spans(""), []);
    }

    #[test]
    fn overlap_is_over_the_larger_side() {
        // "the dam would hold and the river fell": tokens 0..3, 4..7, 8..13, 14..18, 19..22, 23..26, ...
        let text = "the dam would hold and the river fell";
        let tokens = token_spans(text);
        let (hold, river) = (0..18, 23..26);
        let one = std::slice::from_ref;
        assert_eq!(span_overlap(&tokens, one(&(0..18)), one(&hold)), 1.0);
        assert_eq!(span_overlap(&tokens, one(&(0..7)), one(&hold)), 0.5);
        assert_eq!(
            span_overlap(&tokens, one(&(0..37)), &[0..3, 23..32]),
            3.0 / 8.0
        );
        assert_eq!(span_overlap(&tokens, one(&(0..3)), one(&river)), 0.0);
    }
}
