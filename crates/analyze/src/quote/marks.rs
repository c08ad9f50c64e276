//! Quotation marks: where quoted text starts and ends in a paragraph.
//!
//! Scraped and machine-translated news pairs its marks carelessly: “…,” next to ‘…,” and quotes that never
//! close. Any closing mark therefore closes any opening one, and a quote left open runs to the end of its
//! paragraph. A ’ between two letters is an apostrophe (Ukraine’s), not a closing mark. Two apostrophes
//! (''…'', as some archives write double quotes) are one mark.

use std::ops::Range;

/// What a quotation mark becomes when text in one encoding is read as another (“ as \u{FFFD}\u{FFFD}).
const REPLACEMENT: char = '\u{FFFD}';

/// A stretch of quoted text, in byte offsets into the article text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quoted {
    /// From the opening mark to just after the closing mark (or the paragraph end when it never closes).
    pub outer: Range<usize>,
    /// The words between the marks.
    pub inner: Range<usize>,
}

/// The quoted stretches of `text[paragraph]`, in order. With `single_marks`, as Indonesian news writes them,
/// a straight single quote before a capital opens a quote ('Kami siap,' kata Budi) and ‘…’ inside a
/// double-quoted stretch is a quote inside it; English keeps single marks for titles and odd nestings.
pub fn find_quoted(text: &str, paragraph: Range<usize>, single_marks: bool) -> Vec<Quoted> {
    let Some(par) = text.get(paragraph.clone()) else {
        return Vec::new();
    };
    let chars: Vec<(usize, char)> = par.char_indices().collect();
    let mut found = Vec::new();
    // The open quote: its mark's start, where its words start, and whether one straight single quote opened
    // it (only such a quote is closed by one: "the players' union" inside “…” closes nothing).
    let mut open: Option<(usize, usize, bool)> = None;
    // Quotes inside the open quote: "… semacam "utopia" bagi saya …".
    let mut nested = 0;
    // English nests single marks in double ones: “They might think, ‘Why here?’ It is …”. Only a double
    // closing mark closes the quote while a single one is open inside it.
    let mut nested_single = false;
    let mut skip = 0;
    for (k, &(i, c)) in chars.iter().enumerate() {
        if skip > 0 {
            skip -= 1;
            continue;
        }
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let at = paragraph.start + i;
        // A mark written twice is one: '' or ‘’ for ", and the two replacement characters a mangled “ became.
        let single = |m: char| matches!(m, '\'' | '‘' | '’');
        let double_apostrophe = single(c) && chars.get(k + 1).is_some_and(|&(_, n)| single(n));
        let run = if c == REPLACEMENT {
            chars[k..]
                .iter()
                .take_while(|&&(_, n)| n == REPLACEMENT)
                .count()
        } else {
            1 + usize::from(double_apostrophe)
        };
        skip = run - 1;
        let next = chars.get(k + run).map(|&(_, n)| n);
        let after = at + c.len_utf8() * run;
        let after_space = prev.is_none_or(|p| p.is_whitespace() || "([—–-".contains(p));
        let opens_word = next.is_some_and(char::is_alphanumeric);
        match open {
            None => {
                let opens_here = match c {
                    '“' | '«' | '„' => true,
                    '‘' | '"' | '’' if c != '’' || double_apostrophe => {
                        after_space
                            // "… April mendatang."Kami …": a quote run on after a full stop.
                            || c == '"' && opens_word && prev.is_some_and(|p| ".!?".contains(p))
                    }
                    // 'Kami siap,' kata Budi.: a straight single quote opens a capitalised word; "Jum'at"
                    // and "'90-an" are no quotes.
                    '\'' => {
                        after_space
                            && (double_apostrophe
                                || single_marks && next.is_some_and(char::is_uppercase))
                    }
                    // A closing mark or a mangled one at the head of a word opens too: ”Gugatan …,” ujar X.
                    '”' | REPLACEMENT => after_space && opens_word,
                    _ => false,
                };
                // "…, karena ini sudah kewajiban," jelas Amri.": the paragraph starts inside a quote whose
                // opening mark was cut off with the text before it.
                let cut_off = found.is_empty()
                    && matches!(c, '”' | '"' | REPLACEMENT)
                    && prev.is_some_and(|p| ",.!?…".contains(p));
                if opens_here {
                    open = Some((at, after, c == '\'' && !double_apostrophe));
                } else if cut_off {
                    found.push(Quoted {
                        outer: paragraph.start..after,
                        inner: paragraph.start..at,
                    });
                }
            }
            Some((start, inner_start, opened_by_single)) => {
                // An opening mark after a word (not after the end of a sentence or a clause) opens a quote
                // inside this one.
                // A single mark opening a word inside a double-quoted one opens a quote inside it: “Dafam
                // seperti ‘madu’ bagi investor,” ujarnya.
                let inner_opening = prev.is_some_and(char::is_whitespace)
                    && opens_word
                    && (matches!(c, '“' | '"')
                        && par[..i]
                            .trim_end()
                            .chars()
                            .next_back()
                            .is_some_and(char::is_alphanumeric)
                        || c == '‘'
                            && single_marks
                            && !opened_by_single
                            && !double_apostrophe
                            && par
                                .get(start - paragraph.start..)
                                .is_some_and(|q| !q.starts_with(['‘', '\''])));
                if inner_opening {
                    nested += 1;
                    continue;
                }
                let opened_by_double = par
                    .get(start - paragraph.start..)
                    .is_some_and(|q| q.starts_with(['“', '"']));
                if !single_marks
                    && opened_by_double
                    && c == '‘'
                    && !double_apostrophe
                    && prev.is_some_and(char::is_whitespace)
                    && opens_word
                {
                    nested_single = true;
                    continue;
                }
                if nested_single && c == '’' {
                    let apostrophe = prev.is_some_and(char::is_alphanumeric)
                        && next.is_some_and(char::is_alphabetic);
                    if !apostrophe {
                        nested_single = false;
                    }
                    continue;
                }
                let closes_here = match c {
                    '”' | '»' | '"' => true,
                    // "…yang ada, “ harap Walikota." : an opening mark that opens no word closes.
                    '“' => prev.is_some_and(|p| !p.is_alphanumeric()) && !opens_word,
                    // A straight single quote closes one it opened, outside a word ("Jum'at").
                    '\'' => {
                        double_apostrophe
                            || opened_by_single
                                && !(prev.is_some_and(char::is_alphanumeric)
                                    && next.is_some_and(char::is_alphabetic))
                    }
                    '’' => {
                        !(prev.is_some_and(char::is_alphanumeric)
                            && next.is_some_and(char::is_alphabetic))
                    }
                    REPLACEMENT => {
                        prev.is_some_and(|p| !p.is_whitespace())
                            && !next.is_some_and(char::is_alphanumeric)
                    }
                    _ => false,
                };
                if closes_here && nested > 0 {
                    nested -= 1;
                } else if closes_here {
                    found.push(Quoted {
                        outer: start..after,
                        inner: inner_start..at,
                    });
                    open = None;
                    nested_single = false;
                }
            }
        }
    }
    if let Some((start, inner_start, _)) = open {
        let end = paragraph.end;
        found.push(Quoted {
            outer: start..end,
            inner: inner_start..end,
        });
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        find_quoted(text, 0..text.len(), true)
            .into_iter()
            .map(|q| &text[q.inner])
            .collect()
    }

    #[test]
    fn english_nests_single_marks_in_double_ones() {
        let text = "“They might think, ‘Why here?’ or ‘Wow’ and stay,” he said. ‘Odd,” she said.";
        let found: Vec<&str> = find_quoted(text, 0..text.len(), false)
            .into_iter()
            .map(|q| &text[q.inner])
            .collect();
        assert_eq!(
            found,
            ["They might think, ‘Why here?’ or ‘Wow’ and stay,", "Odd,"]
        );
    }

    #[test]
    fn balanced_mismatched_and_unbalanced_marks() {
        let cases: [(&str, &[&str]); 7] = [
            ("“Itu pilihan yang sulit.”", &["Itu pilihan yang sulit."]),
            (
                "He said, ''We're a content provider.''",
                &["We're a content provider."],
            ),
            ("‘Hanya adil,” kata Zelenskyy.", &["Hanya adil,"]),
            ("Dia bilang \"ya\" dan \"tidak\".", &["ya", "tidak"]),
            (
                "“Kalimat yang tidak pernah ditutup",
                &["Kalimat yang tidak pernah ditutup"],
            ),
            (
                "“Ukraine’s army is ready,” he said.",
                &["Ukraine’s army is ready,"],
            ),
            (
                "dana “pertukaran tahanan perang”nya",
                &["pertukaran tahanan perang"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(inner(text), want, "{text}");
        }
    }

    #[test]
    fn mangled_cut_off_and_nested_marks() {
        let cases: [(&str, &[&str]); 5] = [
            (
                "\u{FFFD}\u{FFFD}Kami siap,\u{FFFD} kata Budi.",
                &["Kami siap,"],
            ),
            ("”Kami siap,” kata Budi.", &["Kami siap,"]),
            ("sudah kewajiban,\" jelas Amri.", &["sudah kewajiban,"]),
            (
                "\"Ini semacam \"utopia\" bagi saya,\" kata Ani.",
                &["Ini semacam \"utopia\" bagi saya,"],
            ),
            ("bulan April.\"Kami siap,\" katanya.", &["Kami siap,"]),
        ];
        for (text, want) in cases {
            assert_eq!(inner(text), want, "{text}");
        }
        // A replacement character inside a word is a lost apostrophe, not a mark.
        assert!(inner("Jum\u{FFFD}at pagi").is_empty());
    }

    #[test]
    fn single_marks_alone_doubled_and_inside_double_ones() {
        let cases: [(&str, &[&str]); 4] = [
            ("'Kami siap,' kata Budi.", &["Kami siap,"]),
            ("‘’Kami siap,’’ kata Budi.", &["Kami siap,"]),
            (
                "“Dafam seperti ‘madu’ bagi investor,” ujarnya.",
                &["Dafam seperti ‘madu’ bagi investor,"],
            ),
            (
                "“Mereka bilang ‘tidak’ kepada kami,” he said.",
                &["Mereka bilang ‘tidak’ kepada kami,"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(inner(text), want, "{text}");
        }
        // English writes a title in straight single quotes; so does a plural possessive inside a quote.
        let title = "'All Bets Are Off' was the headline.";
        assert!(find_quoted(title, 0..title.len(), false).is_empty());
        assert_eq!(
            inner("“The players' union will strike,” he said."),
            ["The players' union will strike,"]
        );
    }

    #[test]
    fn an_apostrophe_does_not_open_a_quote() {
        assert!(inner("Jum’at itu, rock ’n’ roll").is_empty());
    }
}
