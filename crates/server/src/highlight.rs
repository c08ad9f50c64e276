//! Cutting an article's text into pieces so quoted passages can be marked.
//!
//! Quote spans are code-point offsets chosen by the analyzer. They may overlap or nest, and a span may be
//! empty, reversed or run past the end of the text (an analyzer bug must not take the page down). The
//! text is cut at every span boundary; each piece knows which spans cover it and which begin with it,
//! so the page can mark overlaps and place anchors. Cuts are made only at code-point boundaries.
//!
//! Search snippets come from the store as plain text with matched words written `«word»`;
//! [`snippet_words`] splits them so the page can mark the words without trusting the text as HTML.

/// A run of text covered by the same set of spans.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Piece<'t> {
    pub(crate) text: &'t str,
    /// Indexes (into the spans given) of the spans that begin with this piece.
    pub(crate) opening: Vec<usize>,
    /// Indexes of the spans that cover this piece.
    pub(crate) covering: Vec<usize>,
}

/// `text` cut at the boundaries of `spans` (half-open `(start, end)` ranges in code points).
///
/// Spans are clamped to the text; those left empty cover and open nothing.
pub(crate) fn pieces<'t>(text: &'t str, spans: &[(usize, usize)]) -> Vec<Piece<'t>> {
    // The byte offset of every code point and of the end of the text, so a code-point offset indexes it.
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    let chars = bytes.len() - 1;
    // Clamped spans that still cover something, with their index among the spans given.
    let spans: Vec<(usize, usize, usize)> = spans
        .iter()
        .enumerate()
        .map(|(i, &(start, end))| (i, start.min(chars), end.min(chars)))
        .filter(|(_, start, end)| start < end)
        .collect();
    let mut cuts = vec![0, chars];
    cuts.extend(spans.iter().flat_map(|&(_, start, end)| [start, end]));
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .filter_map(|window| {
            let (from, to) = (window[0], window[1]);
            let text = text.get(*bytes.get(from)?..*bytes.get(to)?)?;
            let covering = spans
                .iter()
                .filter(|&&(_, start, end)| start <= from && to <= end)
                .map(|&(i, _, _)| i)
                .collect();
            let opening = spans
                .iter()
                .filter(|&&(_, start, _)| start == from)
                .map(|&(i, _, _)| i)
                .collect();
            Some(Piece {
                text,
                opening,
                covering,
            })
        })
        .collect()
}

/// A search snippet as runs of text, each with whether it is a matched word (the store writes those
/// `«word»`). An unclosed `«` is kept as text.
pub(crate) fn snippet_words(snippet: &str) -> Vec<(&str, bool)> {
    let mut runs = Vec::new();
    let mut rest = snippet;
    while let Some(open) = rest.find('«') {
        let after = &rest[open + '«'.len_utf8()..];
        let Some(close) = after.find('»') else {
            break;
        };
        runs.push((&rest[..open], false));
        runs.push((&after[..close], true));
        rest = &after[close + '»'.len_utf8()..];
    }
    runs.push((rest, false));
    runs.retain(|(text, _)| !text.is_empty());
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pieces as (text, opening, covering), for compact expectations.
    fn cut(text: &str, spans: &[(usize, usize)]) -> Vec<(String, Vec<usize>, Vec<usize>)> {
        pieces(text, spans)
            .into_iter()
            .map(|piece| (piece.text.to_string(), piece.opening, piece.covering))
            .collect()
    }

    fn piece(
        text: &str,
        opening: &[usize],
        covering: &[usize],
    ) -> (String, Vec<usize>, Vec<usize>) {
        (text.to_string(), opening.to_vec(), covering.to_vec())
    }

    #[test]
    fn no_spans_is_one_piece() {
        assert_eq!(cut("Kata dia.", &[]), vec![piece("Kata dia.", &[], &[])]);
        assert!(cut("", &[(0, 3)]).is_empty());
    }

    #[test]
    fn spans_cut_on_code_points_not_bytes() {
        // “ and ” are three bytes each: byte slicing at offsets 5 and 9 would panic or cut wrongly.
        let text = "Kata “ya”, ujarnya.";
        assert_eq!(
            cut(text, &[(5, 9)]),
            vec![
                piece("Kata ", &[], &[]),
                piece("“ya”", &[0], &[0]),
                piece(", ujarnya.", &[], &[])
            ]
        );
    }

    #[test]
    fn overlapping_spans_share_the_middle_piece() {
        assert_eq!(
            cut("abcdefgh", &[(1, 5), (3, 7)]),
            vec![
                piece("a", &[], &[]),
                piece("bc", &[0], &[0]),
                piece("de", &[1], &[0, 1]),
                piece("fg", &[], &[1]),
                piece("h", &[], &[]),
            ]
        );
    }

    #[test]
    fn broken_spans_never_panic_and_keep_their_index() {
        let text = "ąę ść";
        let got = cut(text, &[(4, 2), (3, 3), (3, 99), (usize::MAX, usize::MAX)]);
        assert_eq!(got, vec![piece("ąę ", &[], &[]), piece("ść", &[2], &[2])]);
        let rebuilt: String = got.iter().map(|(text, _, _)| text.as_str()).collect();
        assert_eq!(rebuilt, text);
    }

    #[test]
    fn snippet_marks_become_runs() {
        for (snippet, expected) in [
            ("", vec![]),
            ("tanpa tanda", vec![("tanpa tanda", false)]),
            (
                "di «Surabaya» dan «Jakarta».",
                vec![
                    ("di ", false),
                    ("Surabaya", true),
                    (" dan ", false),
                    ("Jakarta", true),
                    (".", false),
                ],
            ),
            (
                "«awal» lalu «tanpa tutup",
                vec![("awal", true), (" lalu «tanpa tutup", false)],
            ),
        ] {
            assert_eq!(snippet_words(snippet), expected, "{snippet}");
        }
    }
}
