//! English attributions the rules miss, from the learned tagger (`warta-attribution-tagger`, trained on
//! PolNeAR): beliefs, plans, findings, "according to" variants and the long tail of reporting verbs.
//!
//! The rules come first: a learned content is added only where no rule found anything, and, as for the
//! rules, only when it names a source, its cue is not negated and the model is confident enough. Its
//! speaker is the model's source phrase (so the usual resolution runs); its confidence is the model's.

use std::ops::Range;

use warta_attribution_tagger::Tagger;
use warta_model::QuoteKind;

use super::{Found, Who, NEGATIONS};

/// The least confidence for a learned content to be added, chosen on held-out training texts: 0.5 adds a
/// little recall for as much precision, and precision comes first.
const MIN_CONFIDENCE: f32 = 0.55;

/// The fewest words of a learned content: one or two words are mostly a piece of a longer content the
/// tagger broke up, or a thing cited rather than a statement ("citing two sources").
const MIN_WORDS: usize = 3;

const QUOTE_MARKS: &[char] = &['"', '“', '”', '«', '»'];

/// Adds to `found` (byte offsets, in text order) the tagger's contents that no rule-found content overlaps.
pub(super) fn add(text: &str, found: &mut Vec<Found>) {
    // Code point → byte offset, for every code point and the end of the text.
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    let to_bytes = |r: &Range<usize>| -> Option<Range<usize>> {
        Some(*bytes.get(r.start)?..*bytes.get(r.end)?)
    };
    let rules = found.len();
    for a in Tagger::default_english().attributions(text) {
        let Some(content) = to_bytes(&a.content) else {
            continue;
        };
        let content = trim_marks(text, content);
        let words = text
            .get(content.clone())
            .map_or(0, |c| c.split_whitespace().count());
        let overlaps = found[..rules]
            .iter()
            .any(|f| f.content.start < content.end && content.start < f.content.end);
        // Precision first, as for the rules: an attribution that names nobody ("the council is expected
        // to …") is not reported.
        let Some(source) = a.source.as_ref().and_then(to_bytes) else {
            continue;
        };
        let cue = a.cue.as_ref().and_then(to_bytes);
        if a.confidence < MIN_CONFIDENCE || words < MIN_WORDS || overlaps || negated(text, &cue) {
            continue;
        }
        let quoted = text
            .get(..content.start)
            .is_some_and(|b| b.ends_with(QUOTE_MARKS))
            || text
                .get(content.end..)
                .is_some_and(|a| a.starts_with(QUOTE_MARKS));
        found.push(Found {
            content,
            kind: if quoted {
                QuoteKind::Direct
            } else {
                QuoteKind::Indirect
            },
            cue,
            who: Who::Phrase(source),
            via: None,
            when: None,
            confidence: a.confidence,
        });
    }
    found.sort_by_key(|f| f.content.start);
}

/// Whether the cue, or the word just before it, negates it: "did not discuss", "never said". As for the
/// rules, what someone did not say is not an attribution.
fn negated(text: &str, cue: &Option<Range<usize>>) -> bool {
    let Some(cue) = cue else {
        return false;
    };
    let before = text
        .get(..cue.start)
        .and_then(|b| b.split_whitespace().next_back());
    let words = text
        .get(cue.clone())
        .into_iter()
        .flat_map(str::split_whitespace);
    before
        .into_iter()
        .chain(words)
        .any(|w| NEGATIONS.contains(&w.to_lowercase().as_str()))
}

/// `range` without the quotation marks, spaces and trailing commas around it.
fn trim_marks(text: &str, range: Range<usize>) -> Range<usize> {
    let Some(s) = text.get(range.clone()) else {
        return range;
    };
    let start = s.len()
        - s.trim_start_matches(|c: char| QUOTE_MARKS.contains(&c) || c.is_whitespace())
            .len();
    let kept = s[start..]
        .trim_end_matches(|c: char| QUOTE_MARKS.contains(&c) || c == ',' || c.is_whitespace());
    range.start + start..range.start + start + kept.len()
}

#[cfg(test)]
mod tests {
    use super::super::find_quotes;

    #[test]
    fn adds_what_the_rules_miss_in_english_only() {
        let text = "Most economists believe that the central bank will raise rates again in March.";
        let english = find_quotes(text, "en", &[], None);
        assert!(
            english
                .iter()
                .any(|q| q.content.contains("the central bank will raise rates")),
            "{english:?}"
        );
        assert!(find_quotes(text, "id", &[], None).is_empty());
    }
}
