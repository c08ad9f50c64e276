//! Translated duplicates: the same article in another language (an Indonesian translation of an English
//! report, or the reverse).
//!
//! Shingles share nothing across languages, but facts do. What a translator carries over unchanged:
//! - numbers, once written the same way: "1.500" (Indonesian) and "1,500" (English) are both 1500, "6,2" and
//!   "6.2" both 62, and scale words are dropped by ignoring trailing zeros ("400 ribu" = "400,000" = 4); small
//!   numbers spelled out ("enam", "six") count as digits; month and weekday names count as dates;
//! - names: capitalised words, compared by their first five lower-cased letters so that "Ukraina"/"Ukraine"
//!   and "Presiden"/"President" meet; a capitalised word opening a sentence counts only if the text also
//!   writes it capitalised elsewhere (so "The", "Namun", "However" do not);
//! - names inside quotation marks, which stay in the same quote in a translation.
//!
//! Each kind is compared with the Dice coefficient and the three are weighted; a pair sharing only a few facts
//! is damped, since a date and a country are not enough to call two articles one.

use std::collections::BTreeSet;

/// Pairs scoring at least this are reported as translated duplicates by [`is_translated_duplicate`].
pub const TRANSLATED_DUPLICATE_THRESHOLD: f64 = 0.5;

/// Shared facts below which the similarity is scaled down proportionally.
const MIN_SHARED_FACTS: usize = 4;

const NUMBER_WEIGHT: f64 = 0.45;
const NAME_WEIGHT: f64 = 0.4;
const QUOTED_NAME_WEIGHT: f64 = 0.15;

/// Letters of a name that are compared: enough to tell names apart, few enough to pass over the language's
/// ending ("Indonesia"/"Indonesian", "Ukraina"/"Ukraine").
const NAME_PREFIX: usize = 5;

const SPELLED_NUMBERS: [(&str, &str); 18] = [
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "1"),
    ("dua", "2"),
    ("tiga", "3"),
    ("empat", "4"),
    ("lima", "5"),
    ("enam", "6"),
    ("tujuh", "7"),
    ("delapan", "8"),
    ("sembilan", "9"),
    ("sepuluh", "1"),
];

/// Month names in English and Indonesian, by month number.
const MONTHS: [&[&str]; 12] = [
    &["january", "januari"],
    &["february", "februari", "pebruari"],
    &["march", "maret"],
    &["april"],
    &["may", "mei"],
    &["june", "juni"],
    &["july", "juli"],
    &["august", "agustus"],
    &["september"],
    &["october", "oktober"],
    &["november", "nopember"],
    &["december", "desember"],
];

/// Weekday names in English and Indonesian, Monday first.
const WEEKDAYS: [&[&str]; 7] = [
    &["monday", "senin"],
    &["tuesday", "selasa"],
    &["wednesday", "rabu"],
    &["thursday", "kamis"],
    &["friday", "jumat", "jum'at"],
    &["saturday", "sabtu"],
    &["sunday", "minggu", "ahad"],
];

/// The language-independent facts of a text, computed once per article and compared with many others.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TranslationKeys {
    /// Normalised numbers, plus `month:N` and `day:N` date keys.
    numbers: BTreeSet<String>,
    /// First letters of capitalised names.
    names: BTreeSet<String>,
    /// The names that appear inside quotation marks.
    quoted_names: BTreeSet<String>,
}

impl TranslationKeys {
    /// Extracts the numbers, dates and names of `text`.
    pub fn of(text: &str) -> TranslationKeys {
        let tokens = tokenize(text);
        // A capitalised word opening a sentence is a name only if the text also capitalises it mid-sentence.
        let mid_sentence_capitalised: BTreeSet<&str> = tokens
            .iter()
            .filter(|t| !t.sentence_initial && is_capitalised(t.text))
            .map(|t| t.text)
            .collect();
        let mut keys = TranslationKeys::default();
        for token in &tokens {
            let lower = token.text.to_lowercase();
            if token.text.starts_with(|c: char| c.is_ascii_digit()) {
                keys.numbers.insert(normalise_number(token.text));
            } else if let Some(&(_, digit)) =
                SPELLED_NUMBERS.iter().find(|(word, _)| *word == lower)
            {
                keys.numbers.insert(digit.to_string());
            } else if !is_capitalised(token.text) {
                continue;
            } else if let Some(month) = MONTHS
                .iter()
                .position(|names| names.contains(&lower.as_str()))
            {
                keys.numbers.insert(format!("month:{}", month + 1));
            } else if let Some(day) = WEEKDAYS
                .iter()
                .position(|names| names.contains(&lower.as_str()))
            {
                keys.numbers.insert(format!("day:{}", day + 1));
            } else if !token.sentence_initial || mid_sentence_capitalised.contains(token.text) {
                let name: String = lower.chars().take(NAME_PREFIX).collect();
                if token.quoted {
                    keys.quoted_names.insert(name.clone());
                }
                keys.names.insert(name);
            }
        }
        keys
    }

    /// How strongly the facts of the two texts agree, from 0.0 (nothing shared) to 1.0.
    pub fn similarity(&self, other: &TranslationKeys) -> f64 {
        let features = [
            (NUMBER_WEIGHT, &self.numbers, &other.numbers),
            (NAME_WEIGHT, &self.names, &other.names),
            (QUOTED_NAME_WEIGHT, &self.quoted_names, &other.quoted_names),
        ];
        let mut score = 0.0;
        let mut weight = 0.0;
        let mut shared_facts = 0;
        for (feature_weight, a, b) in features {
            if a.is_empty() && b.is_empty() {
                continue;
            }
            let shared = a.intersection(b).count();
            score += feature_weight * 2.0 * shared as f64 / (a.len() + b.len()) as f64;
            weight += feature_weight;
            shared_facts += shared;
        }
        if weight == 0.0 {
            return 0.0;
        }
        let evidence = (shared_facts as f64 / MIN_SHARED_FACTS as f64).min(1.0);
        score / weight * evidence
    }
}

/// How strongly two texts, possibly in different languages, report the same facts (see the module docs).
pub fn translation_similarity(a: &str, b: &str) -> f64 {
    TranslationKeys::of(a).similarity(&TranslationKeys::of(b))
}

/// True when `a` and `b` look like translations of one article.
pub fn is_translated_duplicate(a: &str, b: &str) -> bool {
    translation_similarity(a, b) >= TRANSLATED_DUPLICATE_THRESHOLD
}

struct Token<'a> {
    text: &'a str,
    sentence_initial: bool,
    quoted: bool,
}

/// Words and numbers, with whether each opens a sentence and whether it stands inside quotation marks.
/// A number keeps its thousands and decimal separators ("1.500", "6,2"); a word ends at any other character.
fn tokenize(text: &str) -> Vec<Token<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut tokens = Vec::new();
    let mut sentence_initial = true;
    let mut quoted = false;
    let mut i = 0;
    while let Some(&(start, ch)) = chars.get(i) {
        if ch.is_alphanumeric() {
            let numeric = ch.is_ascii_digit();
            let mut end = i + 1;
            while let Some(&(_, next)) = chars.get(end) {
                let separator_in_number = numeric
                    && matches!(next, '.' | ',')
                    && chars
                        .get(end + 1)
                        .is_some_and(|&(_, after)| after.is_ascii_digit());
                if next.is_alphanumeric() || separator_in_number {
                    end += 1;
                } else {
                    break;
                }
            }
            let byte_end = chars.get(end).map_or(text.len(), |&(offset, _)| offset);
            if let Some(word) = text.get(start..byte_end) {
                tokens.push(Token {
                    text: word,
                    sentence_initial,
                    quoted,
                });
            }
            sentence_initial = false;
            i = end;
            continue;
        }
        match ch {
            '.' | '!' | '?'
                if chars
                    .get(i + 1)
                    .is_none_or(|&(_, next)| next.is_whitespace()) =>
            {
                sentence_initial = true
            }
            '\n' => {
                sentence_initial = true;
                // Quotes do not run across paragraphs when a scraper lost the closing mark.
                quoted = false;
            }
            '"' => quoted = !quoted,
            '“' | '«' | '„' => quoted = true,
            '”' | '»' => quoted = false,
            _ => {}
        }
        i += 1;
    }
    tokens
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().nth(1).is_some()
}

/// Digits only, without leading or trailing zeros: "1.500" and "1,500" → "15", "6,2" → "62", "400.000" → "4".
fn normalise_number(number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let trimmed = digits.trim_start_matches('0').trim_end_matches('0');
    if trimmed.is_empty() {
        "0".to_string()
    } else {
        trimmed.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENGLISH: &str = "JAKARTA — Indonesia's disaster agency said on Tuesday that 400 houses were destroyed \
        and six people killed after a magnitude 6.2 earthquake struck West Sulawesi on 14 January 2021. Agency \
        spokesman Raditya Jati said rescuers from Mamuju and Majene were still searching for 12 missing \
        residents.\n\n\"We have sent 1,500 tents to Mamuju,\" Jati told reporters, adding that the government had \
        set aside Rp 2.5 billion for emergency relief.";

    const INDONESIAN: &str = "JAKARTA — Badan Nasional Penanggulangan Bencana (BNPB) menyatakan pada Selasa \
        bahwa 400 rumah hancur dan 6 orang tewas setelah gempa bermagnitudo 6,2 mengguncang Sulawesi Barat pada \
        14 Januari 2021. Juru bicara BNPB Raditya Jati mengatakan tim penyelamat dari Mamuju dan Majene masih \
        mencari 12 warga yang hilang.\n\n“Kami sudah mengirim 1.500 tenda ke Mamuju,” kata Jati kepada \
        wartawan. Ia menambahkan pemerintah telah menyiapkan Rp 2,5 miliar untuk bantuan darurat.";

    /// Same region and towns, different event and figures.
    const OTHER_EVENT: &str = "MAMUJU — A magnitude 5.0 aftershock hit Majene on Saturday, damaging 30 more \
        homes and injuring nine people, officials in West Sulawesi said. The regional head, Sitti Sutinah \
        Suhardi, said 800 evacuees had been moved to schools in Mamuju and that classes would resume in \
        March.";

    #[test]
    fn a_translation_is_a_translated_duplicate() {
        let similarity = translation_similarity(ENGLISH, INDONESIAN);
        assert!(
            similarity >= TRANSLATED_DUPLICATE_THRESHOLD,
            "similarity {similarity}"
        );
        assert!(is_translated_duplicate(INDONESIAN, ENGLISH));
    }

    #[test]
    fn same_topic_with_other_facts_is_not() {
        for text in [ENGLISH, INDONESIAN] {
            let similarity = translation_similarity(text, OTHER_EVENT);
            assert!(
                similarity < TRANSLATED_DUPLICATE_THRESHOLD,
                "similarity {similarity}"
            );
        }
    }

    #[test]
    fn similarity_is_symmetric_and_bounded() {
        let ab = translation_similarity(ENGLISH, INDONESIAN);
        assert_eq!(ab, translation_similarity(INDONESIAN, ENGLISH));
        assert!((0.0..=1.0).contains(&ab));
        assert_eq!(translation_similarity(ENGLISH, ENGLISH), 1.0);
    }

    #[test]
    fn texts_without_facts_score_zero() {
        for (a, b) in [
            ("", ""),
            ("", ENGLISH),
            ("hujan turun sore ini", "it rained this afternoon"),
        ] {
            assert_eq!(translation_similarity(a, b), 0.0, "{a:?} vs {b:?}");
        }
    }

    #[test]
    fn numbers_match_across_separator_conventions() {
        let cases = [
            ("1.500", "15"),
            ("1,500", "15"),
            ("6,2", "62"),
            ("6.2", "62"),
            ("400.000", "4"),
            ("2021", "2021"),
            ("05", "5"),
            ("000", "0"),
        ];
        for (number, expected) in cases {
            assert_eq!(normalise_number(number), expected, "{number}");
        }
    }

    #[test]
    fn keys_hold_dates_names_and_quoted_names() {
        let keys = TranslationKeys::of(
            "Pada Senin, 3 Mei, Presiden Joko Widodo berkata: “Jakarta siap.” Joko pergi.",
        );
        let set = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
        assert_eq!(keys.numbers, set(&["3", "day:1", "month:5"]));
        // "Pada" opens the text and is never capitalised elsewhere; "Joko" opens a sentence but is a name.
        assert_eq!(keys.names, set(&["presi", "joko", "widod", "jakar"]));
        assert_eq!(keys.quoted_names, set(&["jakar"]));
    }
}
