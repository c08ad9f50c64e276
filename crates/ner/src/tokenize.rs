//! Splitting text into word and punctuation tokens, the units the tagger labels.
//!
//! Indonesian-aware: reduplicated and hyphenated words ("desa-desa", "Rabu-nya") stay whole, as do numbers
//! with separators ("6,5", "1.000", "15/9/2012", "10:30") and names with apostrophes ("Ma'ruf"). Everything
//! else that is neither a letter, a digit nor a space is a punctuation token; runs of one punctuation
//! character ("...", "--") are one token.

/// Splits `text` into tokens and returns their spans as `(start, end)` in code points (end exclusive).
pub fn tokenize(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<char> = text.chars().collect();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if c.is_alphanumeric() {
            i += 1;
            while i < chars.len() {
                if chars[i].is_alphanumeric() || is_combining(chars[i]) {
                    i += 1;
                } else if joins_word(&chars, i) {
                    i += 2;
                } else {
                    break;
                }
            }
        } else {
            i += 1;
            while i < chars.len() && chars[i] == c {
                i += 1;
            }
        }
        spans.push((start, i));
    }
    spans
}

/// `spans` (of [`tokenize`] over `chars`) with an English possessive split off its word: "Trump's" becomes
/// "Trump" and "'s", "Gingrich’s" "Gingrich" and "’s", so that the tagger sees the name alone.
///
/// Only for tagging raw text: the training and evaluation data are read with [`tokenize`] alone, where a
/// name labelled inside "Trump's" leaves the whole token unlabelled, so a model learns nothing of the
/// name there and misses it ("Donald Trump's" read as "Donald").
pub fn split_possessives(chars: &[char], spans: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(spans.len());
    for &(start, end) in spans {
        let possessive = end >= start + 3
            && matches!(chars[end - 2], '\'' | '\u{2019}')
            && matches!(chars[end - 1], 's' | 'S')
            && chars[end - 3].is_alphanumeric();
        if possessive {
            out.push((start, end - 2));
            out.push((end - 2, end));
        } else {
            out.push((start, end));
        }
    }
    out
}

/// Whether the separator at `chars[i]` glues the word before it to the one after it.
fn joins_word(chars: &[char], i: usize) -> bool {
    let (Some(&prev), Some(&sep), Some(&next)) = (
        i.checked_sub(1).and_then(|p| chars.get(p)),
        chars.get(i),
        chars.get(i + 1),
    ) else {
        return false;
    };
    match sep {
        // Reduplication and clitics: "desa-desa", "kata-kata", "COVID-19", "Presiden-nya".
        '-' | '\u{2010}' | '\u{2011}' => next.is_alphanumeric(),
        // Names and elisions: "Ma'ruf", "Qur'an", "O'Brien".
        '\'' | '\u{2019}' => prev.is_alphabetic() && next.is_alphabetic(),
        // Decimal commas, thousands dots, dates and times: "6,5", "1.000", "15/9/2012", "10:30".
        '.' | ',' | '/' | ':' => prev.is_ascii_digit() && next.is_ascii_digit(),
        _ => false,
    }
}

/// Combining marks belong to the letter before them (decomposed accents in scraped text).
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        tokenize(text)
            .into_iter()
            .map(|(s, e)| chars[s..e].iter().collect())
            .collect()
    }

    #[test]
    fn keeps_indonesian_units_whole() {
        let cases: [(&str, &[&str]); 6] = [
            (
                "Desa-desa itu rusak, katanya.",
                &["Desa-desa", "itu", "rusak", ",", "katanya", "."],
            ),
            (
                "Gempa 6,5 SR pada 15/9/2012 pukul 10:30.",
                &[
                    "Gempa",
                    "6,5",
                    "SR",
                    "pada",
                    "15/9/2012",
                    "pukul",
                    "10:30",
                    ".",
                ],
            ),
            (
                "Rp 1.000, lalu \"Ma'ruf\" pergi...",
                &[
                    "Rp", "1.000", ",", "lalu", "\"", "Ma'ruf", "\"", "pergi", "...",
                ],
            ),
            ("rumah-nya (COVID-19)", &["rumah-nya", "(", "COVID-19", ")"]),
            ("akhir- tahun -", &["akhir", "-", "tahun", "-"]),
            ("", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(words(text), want, "{text}");
        }
    }

    #[test]
    fn english_possessives_come_off_their_words() {
        let text = "Trump's plan, Gingrich’s book, O'Brien's Jum'at";
        let chars: Vec<char> = text.chars().collect();
        let split: Vec<String> = split_possessives(&chars, &tokenize(text))
            .into_iter()
            .map(|(s, e)| chars[s..e].iter().collect())
            .collect();
        assert_eq!(
            split,
            [
                "Trump", "'s", "plan", ",", "Gingrich", "’s", "book", ",", "O'Brien", "'s",
                "Jum'at"
            ]
        );
    }

    #[test]
    fn offsets_are_code_points() {
        let text = "Café «Surabaya» ëlan";
        assert_eq!(
            tokenize(text),
            vec![(0, 4), (5, 6), (6, 14), (14, 15), (16, 20)]
        );
    }
}
