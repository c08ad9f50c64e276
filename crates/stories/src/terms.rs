//! Key terms of an article: the words, names, numbers and Chinese/Japanese/Korean character pairs that say
//! which event it reports.
//!
//! Names and numbers matter most across languages: an Indonesian translation of an English report shares
//! "Kharkiv", "Biden" and "1.300" with it even when no ordinary word matches. So terms keep one key per
//! spelling (lower case), and a capitalised word inside a sentence, an acronym or a number counts more.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// How much each kind of occurrence counts towards a term's weight in an article.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TermWeights {
    /// An occurrence in the headline counts this many times an occurrence in the body.
    pub title: f32,
    /// A capitalised word inside a sentence or an acronym (a likely name) counts this many times more.
    pub name: f32,
    /// A number of two digits or more counts this many times more.
    pub number: f32,
    /// The weight of a canonical entity the analysis found (once per article, whatever its mentions).
    #[serde(default = "default_entity_weight")]
    pub entity: f32,
}

fn default_entity_weight() -> f32 {
    2.0
}

impl Default for TermWeights {
    fn default() -> TermWeights {
        TermWeights {
            title: 3.0,
            name: 2.0,
            number: 1.5,
            entity: default_entity_weight(),
        }
    }
}

/// The writing family of an article: articles of different families share few words, only names and
/// numbers ("anchors").
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Family {
    /// English and other languages in Latin script without the Malay-Indonesian affixes.
    English,
    /// Indonesian and Malay.
    Malay,
    /// Chinese, Japanese and Korean.
    Cjk,
}

/// A key term of an article.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyTerm {
    pub term: String,
    /// Sublinear in the (weighted) count, `1 + ln(count)`, so a word repeated ten times does not drown the
    /// rest.
    pub weight: f32,
    /// A name or a number: the kind of term that carries across languages.
    pub anchor: bool,
}

/// The key terms of an article, sorted by term, and the article's writing family.
pub fn key_terms(
    title: &str,
    text: &str,
    lang: Option<&str>,
    weights: &TermWeights,
) -> (Vec<KeyTerm>, Family) {
    let family = match lang {
        Some("id" | "ms") => Family::Malay,
        Some("zh" | "ja" | "ko") => Family::Cjk,
        Some(_) => Family::English,
        None => guess_family(title, text),
    };
    let mut counts: HashMap<String, (f32, bool)> = HashMap::new();
    for (field, field_weight) in [(title, weights.title), (text, 1.0)] {
        scan(field, |token| {
            let Some((term, boost, anchor)) = weigh(token, family == Family::Malay, weights) else {
                return;
            };
            let entry = counts.entry(term).or_insert((0.0, false));
            entry.0 += field_weight * boost;
            entry.1 |= anchor;
        });
    }
    let mut terms: Vec<KeyTerm> = counts
        .into_iter()
        .map(|(term, (count, anchor))| KeyTerm {
            term,
            weight: if count >= 1.0 {
                1.0 + count.ln()
            } else {
                count
            },
            anchor,
        })
        .collect();
    terms.sort_by(|a, b| a.term.cmp(&b.term));
    (terms, family)
}

/// Key terms for the canonical names of an article's entities ("Russia" for "Rusia" and "Russia"), so that
/// reports in different languages share them. They live apart from words ("entity:" keys) and are anchors.
pub fn entity_terms(names: &[String], weights: &TermWeights) -> Vec<KeyTerm> {
    let mut keys: Vec<String> = names
        .iter()
        .map(|n| n.trim().to_lowercase())
        .filter(|n| !n.is_empty())
        .map(|n| format!("entity:{n}"))
        .collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .map(|term| KeyTerm {
            term,
            weight: weights.entity,
            anchor: true,
        })
        .collect()
}

/// Plain tokens of a text: lower-cased words without stop words, numbers, and character pairs of
/// Chinese/Japanese/Korean runs. No stemming and no weighting (what a textbook TF-IDF would see).
pub fn plain_tokens(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    scan(text, |token| match token {
        Token::Word { text, .. } => {
            let lower = text.to_lowercase();
            if !stop_words().contains(&lower) {
                tokens.push(lower);
            }
        }
        Token::Number(digits) => tokens.push(digits),
        Token::Cjk(pair) => tokens.push(pair),
    });
    tokens
}

/// One token as the scanner found it.
#[derive(Debug, PartialEq)]
enum Token {
    /// A run of letters (and digits), as written. `inside_sentence` is false for the first word of a sentence,
    /// whose capital says nothing about being a name.
    Word { text: String, inside_sentence: bool },
    /// The digits of a number, thousands and decimal separators removed ("1,300" and "1.300" both give "1300").
    Number(String),
    /// Two consecutive Chinese/Japanese/Korean characters (or a lone one).
    Cjk(String),
}

/// The key, boost and anchorness of a token, or None when it says nothing (stop words, single letters,
/// single digits).
fn weigh(token: Token, malay_family: bool, weights: &TermWeights) -> Option<(String, f32, bool)> {
    match token {
        Token::Cjk(pair) => Some((pair, 1.0, false)),
        Token::Number(digits) => (digits.len() >= 2).then_some((digits, weights.number, true)),
        Token::Word {
            text,
            inside_sentence,
        } => {
            let lower = text.to_lowercase();
            if lower.chars().count() < 2 || stop_words().contains(&lower) {
                return None;
            }
            let mut chars = text.chars();
            let capitalised = chars.next().is_some_and(char::is_uppercase);
            let acronym = text.chars().count() >= 2 && text.chars().all(|c| !c.is_lowercase());
            if acronym || (capitalised && inside_sentence) {
                return Some((lower, weights.name, true));
            }
            let term = if malay_family {
                strip_affixes(&lower)
            } else {
                lower
            };
            Some((term, 1.0, false))
        }
    }
}

/// Calls `emit` with each token of `text`, in order.
fn scan(text: &str, mut emit: impl FnMut(Token)) {
    let chars: Vec<char> = text.chars().collect();
    let mut inside_sentence = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if is_cjk(c) {
            let start = i;
            while i < chars.len() && is_cjk(chars[i]) {
                i += 1;
            }
            if i - start == 1 {
                emit(Token::Cjk(c.to_string()));
            }
            for pair in chars[start..i].windows(2) {
                emit(Token::Cjk(pair.iter().collect()));
            }
            inside_sentence = true;
        } else if c.is_alphanumeric() {
            let mut word = String::new();
            while i < chars.len() && chars[i].is_alphanumeric() && !is_cjk(chars[i]) {
                word.push(chars[i]);
                i += 1;
                // A separator between digits of a number ("1,300", "5.125") is part of it.
                let separator = chars.get(i).is_some_and(|&s| s == ',' || s == '.');
                let digit_after = chars.get(i + 1).is_some_and(char::is_ascii_digit);
                if separator && digit_after && word.chars().all(|d| d.is_ascii_digit()) {
                    i += 1;
                }
            }
            if word.chars().all(|d| d.is_ascii_digit()) {
                emit(Token::Number(word));
            } else {
                emit(Token::Word {
                    text: word,
                    inside_sentence,
                });
            }
            inside_sentence = true;
        } else {
            if matches!(
                c,
                '.' | '!' | '?' | '\n' | ':' | ';' | '。' | '！' | '？' | '“' | '"'
            ) {
                inside_sentence = false;
            }
            i += 1;
        }
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK extension A
        | 0x4E00..=0x9FFF    // CJK unified ideographs
        | 0xAC00..=0xD7AF    // Hangul syllables
        | 0xF900..=0xFAFF) // CJK compatibility ideographs
}

/// The family a text reads as: Chinese/Japanese/Korean when character pairs outnumber Latin words,
/// Indonesian/Malay when more of its words are Indonesian/Malay stop words than English ones.
fn guess_family(title: &str, text: &str) -> Family {
    let lists = stop_word_lists();
    let (mut english, mut malay, mut words, mut cjk) = (0usize, 0usize, 0usize, 0usize);
    for field in [title, text] {
        scan(field, |token| match token {
            Token::Word { text, .. } => {
                let lower = text.to_lowercase();
                words += 1;
                english += usize::from(lists.english.contains(&lower));
                malay += usize::from(lists.malay_family.contains(&lower));
            }
            Token::Cjk(_) => cjk += 1,
            Token::Number(_) => {}
        });
    }
    if cjk > words {
        Family::Cjk
    } else if malay > english {
        Family::Malay
    } else {
        Family::English
    }
}

/// A light Indonesian/Malay stemmer: takes off particles, the suffixes -kan/-an/-i and the common verb and
/// noun prefixes, restoring the first consonant that a nasal prefix swallowed (menyerang → serang,
/// menembak → tembak, memukul → pukul). It over-stems some words, but the same way in every article, which is
/// all that matching needs. Stems shorter than four letters are not cut.
fn strip_affixes(word: &str) -> String {
    const MIN: usize = 4;
    let len = |s: &str| s.chars().count();
    let mut stem = word.to_string();
    for particle in ["nya", "lah", "kah", "pun"] {
        if let Some(rest) = stem.strip_suffix(particle) {
            if len(rest) >= MIN {
                stem = rest.to_string();
                break;
            }
        }
    }
    for suffix in ["kan", "an", "i"] {
        if let Some(rest) = stem.strip_suffix(suffix) {
            if len(rest) >= MIN {
                stem = rest.to_string();
                break;
            }
        }
    }
    // (prefix, consonant the nasal replaced when a vowel follows)
    const PREFIXES: [(&str, &str); 14] = [
        ("memper", ""),
        ("diper", ""),
        ("meny", "s"),
        ("peny", "s"),
        ("meng", ""),
        ("peng", ""),
        ("mem", "p"),
        ("pem", "p"),
        ("men", "t"),
        ("pen", "t"),
        ("ber", ""),
        ("ter", ""),
        ("me", ""),
        ("di", ""),
    ];
    for (prefix, restored) in PREFIXES {
        let Some(rest) = stem.strip_prefix(prefix) else {
            continue;
        };
        let vowel_next = rest.starts_with(['a', 'e', 'i', 'o', 'u']);
        let candidate = if vowel_next && !restored.is_empty() {
            format!("{restored}{rest}")
        } else {
            rest.to_string()
        };
        if len(&candidate) >= MIN {
            stem = candidate;
        }
        break;
    }
    stem
}

struct StopWordLists {
    english: HashSet<String>,
    malay_family: HashSet<String>,
    all: HashSet<String>,
}

fn stop_word_lists() -> &'static StopWordLists {
    static LISTS: OnceLock<StopWordLists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut lists = StopWordLists {
            english: HashSet::new(),
            malay_family: HashSet::new(),
            all: HashSet::new(),
        };
        let mut english = true;
        for line in include_str!("../data/stopwords.txt").lines() {
            let line = line.trim();
            if line.starts_with('#') {
                continue;
            }
            if let Some(code) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                english = code == "en";
                continue;
            }
            for word in line.split_whitespace() {
                let target = if english {
                    &mut lists.english
                } else {
                    &mut lists.malay_family
                };
                target.insert(word.to_string());
                lists.all.insert(word.to_string());
            }
        }
        lists
    })
}

fn stop_words() -> &'static HashSet<String> {
    &stop_word_lists().all
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        scan(text, |t| out.push(t));
        out
    }

    #[test]
    fn numbers_lose_their_separators_in_every_language() {
        assert_eq!(
            tokens("1,300 orang"),
            vec![
                Token::Number("1300".into()),
                Token::Word {
                    text: "orang".into(),
                    inside_sentence: true
                }
            ]
        );
        assert_eq!(tokens("1.300")[0], Token::Number("1300".into()));
        assert_eq!(
            tokens("ended.")[0],
            Token::Word {
                text: "ended".into(),
                inside_sentence: false
            }
        );
    }

    #[test]
    fn chinese_runs_become_character_pairs() {
        assert_eq!(
            tokens("飓风菲"),
            vec![Token::Cjk("飓风".into()), Token::Cjk("风菲".into())]
        );
        assert_eq!(
            tokens("在 Fiona"),
            vec![
                Token::Cjk("在".into()),
                Token::Word {
                    text: "Fiona".into(),
                    inside_sentence: true
                }
            ]
        );
    }

    #[test]
    fn affixes_are_stripped_lightly() {
        for (word, stem) in [
            ("menyerang", "serang"),
            ("serangan", "serang"),
            ("menembak", "tembak"),
            ("digunakan", "guna"),
            ("senjata", "senjata"),
            ("beritanya", "berita"),
            ("kata", "kata"),
        ] {
            assert_eq!(strip_affixes(word), stem, "{word}");
        }
    }

    #[test]
    fn names_and_title_weigh_more_and_stop_words_vanish() {
        let terms = key_terms(
            "Fiona hits Bermuda",
            "The storm hit Bermuda. Storm damage was reported.",
            None,
            &TermWeights::default(),
        );
        let weight = |t: &str| terms.0.iter().find(|k| k.term == t).map(|k| k.weight);
        assert_eq!(weight("the"), None);
        assert!(weight("bermuda") > weight("storm"));
        assert!(weight("fiona") > weight("damage"));
    }

    #[test]
    fn indonesian_text_is_recognised_and_stemmed() {
        let terms = key_terms(
            "",
            "Mereka menyerang kota itu dan serangan itu berlanjut.",
            None,
            &TermWeights::default(),
        );
        assert_eq!(terms.1, Family::Malay);
        assert!(terms.0.iter().any(|k| k.term == "serang" && k.weight > 1.5));
    }
}
