//! Text normalised for analysis, with the way back to the original.
//!
//! Scraped text spells the same words with different code points: "é" composed or as "e" plus a combining
//! accent, a no-break space between a first name and a surname, a zero-width space or a soft hyphen inside a
//! word, a non-breaking hyphen in "Al‑Assad". Pattern rules and word lists see those as different words.
//! [`Normalized`] is the text analysis should read: Unicode NFC, every space character a plain space,
//! invisible format characters gone, and the rarer quotation marks and dashes folded onto the ones the
//! quote and entity finders know. The article keeps its original text (cleaning never alters kept text), so
//! [`Normalized::original_span`] maps what analysis found back to offsets into that original.
//!
//! The common quotation marks (“ ” ‘ ’ « » „ and the ASCII ones) are kept as they are: the quote finder
//! tells an opening mark from a closing one by them, which folding onto `"` would lose.
//!
//! ```
//! use warta_clean::Normalized;
//! use warta_model::Span;
//! let original = "Kata Se\u{301}bastien\u{a0}Lecornu\u{200b}.";
//! let normalized = Normalized::new(original);
//! assert_eq!(normalized.as_str(), "Kata Sébastien Lecornu.");
//! // "Sébastien Lecornu" is chars 5..22 of the normalised text …
//! let span = normalized.original_span(Span::new(5, 22));
//! // … and chars 5..23 of the original, which has one more code point (the combining accent).
//! assert_eq!(span, Span::new(5, 23));
//! assert_eq!(span.slice(original), "Se\u{301}bastien\u{a0}Lecornu");
//! ```

use unicode_normalization::{
    char::canonical_combining_class, is_nfc_quick, IsNormalized, UnicodeNormalization,
};
use warta_model::Span;

/// A text normalised for analysis, with, for each of its characters, where it came from in the original.
#[derive(Clone, Debug)]
pub struct Normalized {
    text: String,
    /// For each char of `text`, the half-open range of original chars it was made from. Empty when the text
    /// is the original unchanged (the common case), where every offset maps to itself.
    origins: Vec<(usize, usize)>,
    original_len: usize,
}

impl Normalized {
    /// Normalises `original`: NFC, spaces unified, invisible characters removed, rare marks folded.
    pub fn new(original: &str) -> Normalized {
        let original_len = original.chars().count();
        if original.chars().all(is_kept_as_is) {
            return Normalized {
                text: original.to_string(),
                origins: Vec::new(),
                original_len,
            };
        }
        let mut normalized = Normalized {
            text: String::with_capacity(original.len()),
            origins: Vec::with_capacity(original_len),
            original_len,
        };
        // Characters are gathered into clusters that NFC can only change as a whole: a cluster starts at a
        // character nothing before it can combine with (UAX #15's "boundary before"), so each cluster is
        // normalised alone and the result is that of normalising the whole text.
        let mut cluster: Vec<(usize, char)> = Vec::new();
        for (position, c) in original.chars().enumerate() {
            let Some(c) = fold(c) else {
                continue;
            };
            if !cluster.is_empty() && is_boundary_before(c) {
                normalized.push_cluster(&cluster);
                cluster.clear();
            }
            cluster.push((position, c));
        }
        normalized.push_cluster(&cluster);
        normalized
    }

    fn push_cluster(&mut self, cluster: &[(usize, char)]) {
        let (Some(&(first, _)), Some(&(last, _))) = (cluster.first(), cluster.last()) else {
            return;
        };
        let composed: Vec<char> = cluster.iter().map(|&(_, c)| c).nfc().collect();
        let unchanged = composed.len() == cluster.len()
            && composed.iter().zip(cluster).all(|(a, (_, b))| a == b);
        for (k, c) in composed.into_iter().enumerate() {
            self.text.push(c);
            // A character NFC left alone keeps its own origin; a composed one stands for the whole cluster.
            self.origins.push(match cluster.get(k) {
                Some(&(position, _)) if unchanged => (position, position + 1),
                _ => (first, last + 1),
            });
        }
    }

    /// The normalised text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the normalised text is the original unchanged.
    pub fn is_unchanged(&self) -> bool {
        self.origins.is_empty()
    }

    /// The original offset of normalised offset `offset`: where the character at `offset` starts in the
    /// original. Characters removed before it (a zero-width space) are skipped, so an offset lands on the
    /// next kept character; the end of the text maps to the end of the original.
    pub fn original_offset(&self, offset: usize) -> usize {
        if self.is_unchanged() {
            return offset.min(self.original_len);
        }
        self.origins
            .get(offset)
            .map_or(self.original_len, |&(start, _)| start)
    }

    /// The original span of normalised span `span`: from where its first character starts to where its last
    /// character ends in the original, so removed characters at its edges stay outside and those inside
    /// stay in. An empty span maps to an empty span at [`Normalized::original_offset`].
    pub fn original_span(&self, span: Span) -> Span {
        let start = self.original_offset(span.start);
        if span.end <= span.start {
            return Span::new(start, start);
        }
        let end = if self.is_unchanged() {
            span.end.min(self.original_len)
        } else {
            self.origins
                .get(span.end - 1)
                .map_or(self.original_len, |&(_, end)| end)
        };
        Span::new(start, end.max(start))
    }
}

/// Whether `c` passes through normalisation untouched whatever surrounds it: the fast path for plain text.
fn is_kept_as_is(c: char) -> bool {
    c.is_ascii() || (fold(c) == Some(c) && is_boundary_before(c))
}

/// Whether no character before `c` can combine with it under NFC: `c` is a starter that is NFC whatever
/// precedes it.
fn is_boundary_before(c: char) -> bool {
    c.is_ascii()
        || (canonical_combining_class(c) == 0
            && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes)
}

/// What `c` becomes for analysis: `None` when it is dropped.
fn fold(c: char) -> Option<char> {
    Some(match c {
        // No-break, fixed-width and ideographic spaces separate words like a space.
        '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' => {
            ' '
        }
        // Line and paragraph separators end a line like a newline.
        '\u{85}' | '\u{2028}' | '\u{2029}' => '\n',
        // Invisible: soft hyphen, zero-width space/joiners, word joiner, byte-order mark, direction marks
        // and embeddings. They sit inside words and break every match.
        '\u{ad}'
        | '\u{180e}'
        | '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2060}'
        | '\u{2066}'..='\u{2069}'
        | '\u{feff}' => return None,
        // Reversed and full-width quotation marks read as the ones the quote finder knows.
        '\u{201b}' => '‘',
        '\u{201f}' => '“',
        '\u{ff02}' => '"',
        '\u{ff07}' => '\'',
        // Hyphens inside words ("Al‑Assad") and the minus sign are a hyphen; the figure dash and the
        // horizontal bar are the dashes the sentence splitter knows.
        '\u{2010}' | '\u{2011}' | '\u{2212}' => '-',
        '\u{2012}' => '–',
        '\u{2015}' => '—',
        c => c,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_spaces_invisibles_marks_and_composition() {
        let cases = [
            ("plain ASCII stays", "plain ASCII stays"),
            ("Cafe\u{301} “ya”", "Café “ya”"),
            (
                "Sri\u{a0}Mulyani\u{202f}dan\u{3000}Jokowi",
                "Sri Mulyani dan Jokowi",
            ),
            ("pe\u{ad}me\u{200b}rin\u{feff}tah\u{200d}", "pemerintah"),
            ("\u{201f}Kami\u{201d} \u{ff02}ya\u{ff02}", "“Kami” \"ya\""),
            ("Al\u{2011}Assad \u{2212}5 a\u{2015}b", "Al-Assad -5 a—b"),
            ("satu\u{2029}dua", "satu\ndua"),
            ("\u{212b}ngstr\u{f6}m", "\u{c5}ngstr\u{f6}m"),
            ("\u{1100}\u{1161}\u{11a8}", "\u{ac01}"),
            ("", ""),
        ];
        for (original, want) in cases {
            let normalized = Normalized::new(original);
            assert_eq!(normalized.as_str(), want, "{original:?}");
            assert_eq!(normalized.is_unchanged(), original == want, "{original:?}");
        }
    }

    #[test]
    fn spans_map_back_to_the_original() {
        let original = "\u{200b}Jose\u{301} ‘e\u{301}\u{200b}\u{301}’ x\u{ad}";
        let normalized = Normalized::new(original);
        assert_eq!(normalized.as_str(), "José ‘\u{e9}\u{301}’ x");
        let cases = [
            ((0, 4), (1, 6), "Jose\u{301}"),
            ((5, 9), (7, 13), "‘e\u{301}\u{200b}\u{301}’"),
            ((6, 8), (8, 12), "e\u{301}\u{200b}\u{301}"),
            ((10, 11), (14, 15), "x"),
            ((11, 11), (16, 16), ""),
            ((3, 3), (4, 4), ""),
        ];
        for ((start, end), (ostart, oend), slice) in cases {
            let span = normalized.original_span(Span::new(start, end));
            assert_eq!(span, Span::new(ostart, oend), "{start}..{end}");
            assert_eq!(span.slice(original), slice);
        }
        // Past the end, offsets clamp to the original's end.
        assert_eq!(normalized.original_offset(99), 16);
        let plain = Normalized::new("abc");
        assert_eq!(plain.original_span(Span::new(1, 9)), Span::new(1, 3));
    }

    /// A small deterministic generator (xorshift), so the property test needs no dependency.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    #[test]
    fn mapped_spans_slice_the_same_text_modulo_normalisation() {
        const ALPHABET: &[char] = &[
            'a', 'e', 'S', 'n', ' ', '\n', '.', '“', '”', 'é', '\u{a0}', '\u{2009}', '\u{3000}',
            '\u{301}', '\u{308}', '\u{327}', '\u{323}', '\u{200b}', '\u{200d}', '\u{feff}',
            '\u{ad}', '\u{2011}', '\u{212b}', '\u{1100}', '\u{1161}', '\u{11a8}',
        ];
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for _ in 0..2000 {
            let len = rng.below(24);
            let original: String = (0..len)
                .map(|_| ALPHABET[rng.below(ALPHABET.len())])
                .collect();
            let normalized = Normalized::new(&original);
            let chars: Vec<char> = normalized.as_str().chars().collect();
            // Normalising the whole text is normalising each piece, and NFC is NFC.
            let nfc: String = normalized.as_str().nfc().collect();
            assert_eq!(nfc, normalized.as_str(), "{original:?}");
            let mut last = 0;
            for k in 0..=chars.len() {
                let at = normalized.original_offset(k);
                assert!(at >= last, "not monotonic in {original:?}");
                last = at;
            }
            // A span between cluster boundaries slices original text that normalises to the same text; a
            // span inside a cluster widens to it.
            let boundary = |k: usize| {
                k == 0
                    || k == chars.len()
                    || normalized.origins.get(k - 1) != normalized.origins.get(k)
            };
            for _ in 0..8 {
                let a = rng.below(chars.len() + 1);
                let b = rng.below(chars.len() + 1);
                let (start, end) = (a.min(b), a.max(b));
                let want: String = chars[start..end].iter().collect();
                let span = normalized.original_span(Span::new(start, end));
                let got = Normalized::new(span.slice(&original));
                if boundary(start) && boundary(end) {
                    assert_eq!(got.as_str(), want, "{original:?} {start}..{end}");
                } else {
                    assert!(got.as_str().contains(&want), "{original:?} {start}..{end}");
                }
            }
        }
    }
}
