//! Quotation marks: where quoted text starts and ends in a paragraph.
//!
//! Scraped and machine-translated news pairs its marks carelessly: “…,” next to ‘…,” and quotes that never
//! close. Any closing mark therefore closes any opening one, and a quote left open runs to the end of its
//! paragraph. A ’ between two letters is an apostrophe (Ukraine’s), not a closing mark. Two apostrophes
//! (''…'', as some archives write double quotes) are one mark.

use std::ops::Range;

/// A stretch of quoted text, in byte offsets into the article text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quoted {
    /// From the opening mark to just after the closing mark (or the paragraph end when it never closes).
    pub outer: Range<usize>,
    /// The words between the marks.
    pub inner: Range<usize>,
}

/// The quoted stretches of `text[paragraph]`, in order.
pub fn find_quoted(text: &str, paragraph: Range<usize>) -> Vec<Quoted> {
    let Some(par) = text.get(paragraph.clone()) else {
        return Vec::new();
    };
    let chars: Vec<(usize, char)> = par.char_indices().collect();
    let mut found = Vec::new();
    let mut open: Option<(usize, usize)> = None; // (mark start, inner start)
    let mut second_apostrophe = false;
    for (k, &(i, c)) in chars.iter().enumerate() {
        if std::mem::take(&mut second_apostrophe) {
            continue;
        }
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|&(_, n)| n);
        let at = paragraph.start + i;
        let double_apostrophe = c == '\'' && next == Some('\'');
        let after = at + c.len_utf8() * if double_apostrophe { 2 } else { 1 };
        second_apostrophe = double_apostrophe;
        match open {
            None => {
                let opens_here = match c {
                    '“' | '«' | '„' => true,
                    '‘' | '"' | '\'' if c != '\'' || double_apostrophe => {
                        prev.is_none_or(|p| p.is_whitespace() || "([—–-".contains(p))
                    }
                    _ => false,
                };
                if opens_here {
                    open = Some((at, after));
                }
            }
            Some((start, inner_start)) => {
                let closes_here = match c {
                    '”' | '»' | '"' => true,
                    '\'' => double_apostrophe,
                    '’' => {
                        !(prev.is_some_and(char::is_alphanumeric)
                            && next.is_some_and(char::is_alphabetic))
                    }
                    _ => false,
                };
                if closes_here {
                    found.push(Quoted {
                        outer: start..after,
                        inner: inner_start..at,
                    });
                    open = None;
                }
            }
        }
    }
    if let Some((start, inner_start)) = open {
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
        find_quoted(text, 0..text.len())
            .into_iter()
            .map(|q| &text[q.inner])
            .collect()
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
    fn an_apostrophe_does_not_open_a_quote() {
        assert!(inner("Jum’at itu, rock ’n’ roll").is_empty());
    }
}
