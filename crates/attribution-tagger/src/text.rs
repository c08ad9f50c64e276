//! The text as the tagger sees it: tokens with code-point offsets, grouped into sentences and paragraphs,
//! each knowing whether it stands inside quotation marks.

use std::ops::Range;

use warta_ner::features::shape_class;

/// A word or punctuation token.
#[derive(Clone, Debug)]
pub struct Token {
    /// Code-point offsets into the text, end exclusive.
    pub start: usize,
    pub end: usize,
    pub lower: String,
    /// Letters and digits folded to a pattern: "Obama" → "Xx", "2016" → "d", "U.S" → "X".
    pub shape: String,
    pub quote: Quoting,
}

/// Where a token stands relative to quotation marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quoting {
    Outside = 0,
    Inside = 1,
    /// The token is a quotation mark.
    Mark = 2,
}

/// A tokenised text: tokens, sentences (token ranges) and for each sentence its paragraph.
#[derive(Clone, Debug, Default)]
pub struct Document {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Range<usize>>,
    /// For each sentence: (paragraph number, sentence number within the paragraph).
    pub places: Vec<(usize, usize)>,
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "st", "jr", "sr", "gen", "col", "lt", "sgt",
    "capt", "prof", "rev", "vs", "no", "inc", "corp", "co", "ltd", "jan", "feb", "aug", "sept",
    "oct", "nov", "dec", "ft", "mt", "ave", "u.s", "d.c",
];

impl Document {
    pub fn new(text: &str) -> Document {
        let chars: Vec<char> = text.chars().collect();
        let spans = warta_ner::tokenize(text);
        let mut tokens = Vec::with_capacity(spans.len());
        let mut sentences = Vec::new();
        let mut places = Vec::new();
        let (mut paragraph, mut in_paragraph, mut sentence_start) = (0usize, 0usize, 0usize);
        let mut inside = false;
        let mut previous_end = 0;
        for (i, &(start, end)) in spans.iter().enumerate() {
            let word: String = chars.get(start..end).unwrap_or(&[]).iter().collect();
            let new_paragraph = i > 0
                && chars
                    .get(previous_end..start)
                    .is_some_and(|gap| gap.contains(&'\n'));
            let new_sentence = new_paragraph || i > 0 && ends_sentence(&tokens, &word);
            if new_sentence {
                sentences.push(sentence_start..i);
                places.push((paragraph, in_paragraph));
                sentence_start = i;
                in_paragraph += 1;
            }
            if new_paragraph {
                paragraph += 1;
                in_paragraph = 0;
                inside = false;
            }
            let quote = match word.as_str() {
                "\"" | "“" | "”" | "«" | "»" => {
                    inside = match word.as_str() {
                        "“" | "«" => true,
                        "”" | "»" => false,
                        _ => !inside,
                    };
                    Quoting::Mark
                }
                _ if inside => Quoting::Inside,
                _ => Quoting::Outside,
            };
            tokens.push(Token {
                start,
                end,
                lower: word.to_lowercase(),
                shape: shape(&word),
                quote,
            });
            previous_end = end;
        }
        if sentence_start < tokens.len() {
            sentences.push(sentence_start..tokens.len());
            places.push((paragraph, in_paragraph));
        }
        Document {
            tokens,
            sentences,
            places,
        }
    }
}

/// Whether a sentence ends before `next`, given the tokens so far.
fn ends_sentence(tokens: &[Token], next: &str) -> bool {
    let opens = next
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“‘(".contains(c));
    if !opens {
        return false;
    }
    // "… said.” Next": the closing mark belongs to the sentence before.
    let mut k = tokens.len();
    while k > 0 && matches!(tokens[k - 1].lower.as_str(), "\"" | "”" | "’" | "'" | ")") {
        k -= 1;
    }
    let Some(last) = k.checked_sub(1).and_then(|k| tokens.get(k)) else {
        return false;
    };
    let terminal = last.lower.starts_with(['.', '!', '?', '…']);
    let abbreviation = last.lower.starts_with('.')
        && k >= 2
        && tokens.get(k - 2).is_some_and(|w| {
            ABBREVIATIONS.contains(&w.lower.as_str())
                || w.lower.chars().count() == 1 && w.lower.chars().all(char::is_alphabetic)
        });
    terminal && !abbreviation
}

/// The shape of the first 12 characters of a word: runs of upper case, lower case, digits and other
/// characters ([`shape_class`]), each written once. Unlike the NER tagger's shape, which stops after 12
/// bytes of shape, it never looks past the 12th character ("Kemenkopolhukam-RI" is "Xx" here, "Xx-X"
/// there); the trained model's features were computed this way.
fn shape(word: &str) -> String {
    let mut out = String::new();
    for c in word.chars().take(12) {
        let class = shape_class(c);
        if !out.ends_with(class) {
            out.push(class);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_paragraphs_and_quotes() {
        let text = "Mr. Smith said “prices will fall.” He left.\nThe U.S. economy grew, she said.";
        let doc = Document::new(text);
        let words = |r: &Range<usize>| {
            doc.tokens[r.clone()]
                .iter()
                .map(|t| t.lower.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        let sentences: Vec<String> = doc.sentences.iter().map(words).collect();
        assert_eq!(
            sentences,
            [
                "mr . smith said “ prices will fall . ”",
                "he left .",
                "the u . s . economy grew , she said ."
            ]
        );
        assert_eq!(doc.places, [(0, 0), (0, 1), (1, 0)]);
        let inside: Vec<&str> = doc
            .tokens
            .iter()
            .filter(|t| t.quote == Quoting::Inside)
            .map(|t| t.lower.as_str())
            .collect();
        assert_eq!(inside, ["prices", "will", "fall", "."]);
        assert_eq!(doc.tokens[2].shape, "Xx");
    }

    #[test]
    fn shapes_look_at_the_first_twelve_characters() {
        let words = ["Jakarta", "6,5%", "McCain", "Kemenkopolhukam-RI"];
        assert_eq!(words.map(shape), ["Xx", "d,d%", "XxXx", "Xx"]);
    }

    #[test]
    fn empty_and_odd_text() {
        for text in ["", " \n\n ", "\"", "…”“", "a\u{301}b"] {
            let doc = Document::new(text);
            assert_eq!(doc.sentences.len(), doc.places.len());
            assert!(doc.sentences.iter().all(|s| s.end <= doc.tokens.len()));
        }
    }
}
