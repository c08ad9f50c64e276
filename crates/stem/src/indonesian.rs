//! Indonesian: a Nazief–Adriani style confix-stripping stemmer over a root-word dictionary.
//!
//! An Indonesian word is a root wrapped in affixes, peeled off from the outside in:
//!
//! ```text
//! [prefix [prefix [prefix]]] root [derivational suffix] [possessive] [particle]
//!  me-, di-, ke-, se-, be(r)-,      -i, -kan, -an        -ku, -mu,    -lah, -kah,
//!  te(r)-, pe(N)-, per-                                  -nya         -tah, -pun
//! ```
//!
//! Prefixes change the root's first sound: me- + "serang" is "menyerang", me- + "pukul" is "memukul",
//! pe- + "kirim" is "pengirim". Undoing that is ambiguous ("menilai" is me- + "nilai", "menari" is me- +
//! "tari"), so each prefix rule gives every root it could have come from, and the dictionary decides.
//!
//! The search follows Nazief and Adriani (2007) with the refinements of Arifin et al. (2009, "enhanced
//! confix stripping"): the suffixes first, checking the dictionary after each; then up to three prefixes,
//! checking after each; and when that finds no root, again with the suffixes put back one by one ("-kan"
//! also as "-an" after a root ending in k: "pasukan" may be "pasuk" + -an). Some prefix–suffix pairs never
//! occur together (be-…-i, di-…-an, ke-…-i, ke-…-kan, me-…-an, pe(N)-…-kan, se-…-i, se-…-kan,
//! te-…-an) and are not tried. Words that look like a prefix–suffix pair but are often a prefixed word ending in a root's own
//! letters ("memberi", "dimulai": be-…-lah, be-…-an, me-…-i, di-…-i, pe-…-i, ter-…-i) try the prefixes
//! first.
//!
//! Only a dictionary root that takes affixes is ever returned; a word the rules cannot bring to one is left as it is. So a
//! root is never taken apart ("menteri", minister, is not me- + "teri", anchovy), nor is a word the
//! dictionary does not know (a name, a foreign word).

use std::borrow::Cow;

use crate::dictionary::{is_root, takes_affixes};

/// The shortest root the stripping may end at. Two-letter roots exist, but a word stripped down to two
/// letters is far more often a mistake than a find.
const MIN_ROOT_LEN: usize = 3;

/// The most prefixes one word carries: "memperkenalkan" is mem-per-kenal-kan, and "diperdengarkan" di-per-.
const MAX_PREFIXES: usize = 3;

/// Particles, the outermost suffixes. Not the archaic "-tah": in today's text a word ending in "tah" is
/// a root ("perintah", "mentah") far more often than a word with "-tah".
const PARTICLES: [&str; 3] = ["lah", "kah", "pun"];

/// Possessive pronouns, inside the particles.
const POSSESSIVES: [&str; 3] = ["nya", "ku", "mu"];

/// Derivational suffixes, next to the root. "-kan" before "-an", as both match a word ending in "kan".
const DERIVATIONAL: [(Suffix, &str); 3] =
    [(Suffix::Kan, "kan"), (Suffix::An, "an"), (Suffix::I, "i")];

/// Words shaped like these prefix–suffix pairs try prefixes before suffixes (Arifin et al.'s "precedence
/// adjustment"): "memberi" is me- + "beri", not me- + "ber" + -i.
const PREFIX_FIRST: [(&str, &str); 6] = [
    ("be", "lah"),
    ("be", "an"),
    ("me", "i"),
    ("di", "i"),
    ("pe", "i"),
    ("ter", "i"),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Suffix {
    Kan,
    An,
    I,
}

/// A prefix family: the forms a prefix takes before different sounds ("mem-", "men-", "meng-", "meny-",
/// "me-") count as one, for the rule that one prefix does not follow itself. per- is apart from pe(N)-:
/// "pemerintah" is pe(N)-, "perbatasan" per-, and they take different suffixes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Prefix {
    Di,
    Ke,
    Se,
    Be,
    Te,
    Me,
    Pe,
    Per,
}

/// The word with some suffixes taken off, and the derivational suffix among them.
struct Form<'a> {
    stem: &'a str,
    suffix: Option<Suffix>,
}

/// The root of `word`, or `word` itself when no dictionary root can be reached.
///
/// "menyerang", "serangan", "diserang", "penyerangan", "menyerangnya" and "serangan-serangan" all give
/// "serang"; "menteri" stays "menteri". Capitals are ignored; a changed word comes back lower-case.
pub fn stem(word: &str) -> Cow<'_, str> {
    let root = if word.bytes().any(|b| b.is_ascii_uppercase()) {
        root_of(&word.to_ascii_lowercase())
    } else {
        root_of(word)
    };
    root.map_or(Cow::Borrowed(word), Cow::Owned)
}

/// The dictionary root `word` (lower-case) reduces to, `None` when it is a root already or reduces to none.
fn root_of(word: &str) -> Option<String> {
    // Indonesian is written in plain Latin letters; anything else (digits, accents) is a name, a number
    // or a foreign word, and ASCII-only words also make byte slicing below safe.
    let is_word = word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    if !is_word || word.len() <= MIN_ROOT_LEN || is_root(word) {
        return None;
    }
    match word.split_once('-') {
        Some((first, second)) => reduplication_root(first, second),
        None => strip(word),
    }
}

/// The root of a reduplicated word: "serangan-serangan" and "tembak-menembak" give the root both halves
/// share; halves with different roots ("sayur-mayur", when the dictionary does not list it) give none.
fn reduplication_root(first: &str, second: &str) -> Option<String> {
    if second.contains('-') {
        return None;
    }
    let root_or_self = |half: &str| {
        if is_root(half) {
            half.to_string()
        } else {
            strip(half).unwrap_or_else(|| half.to_string())
        }
    };
    let root = root_or_self(first);
    (root == root_or_self(second) && is_root(&root)).then_some(root)
}

/// Confix stripping of a single word that is not a root itself.
fn strip(word: &str) -> Option<String> {
    // The word, then without its particle, then without its possessive as well.
    let mut inflected = vec![word];
    let mut current = word;
    for endings in [&PARTICLES[..], &POSSESSIVES[..]] {
        if let Some(rest) = endings
            .iter()
            .find_map(|ending| long_enough(current.strip_suffix(ending)))
        {
            inflected.push(rest);
            current = rest;
        }
    }
    // Then without a derivational suffix, in each way it can be read.
    let derived: Vec<Form<'_>> = DERIVATIONAL
        .iter()
        .filter_map(|&(suffix, ending)| {
            long_enough(current.strip_suffix(ending)).map(|stem| Form {
                stem,
                suffix: Some(suffix),
            })
        })
        .collect();
    let inflected: Vec<Form<'_>> = inflected
        .into_iter()
        .map(|stem| Form { stem, suffix: None })
        .collect();

    let prefix_first = PREFIX_FIRST
        .iter()
        .any(|(prefix, suffix)| word.starts_with(prefix) && word.ends_with(suffix));
    if prefix_first {
        if let Some(root) = inflected.iter().chain(&derived).find_map(strip_prefixes) {
            return Some(root);
        }
    }
    // Suffixes alone, the dictionary checked after each.
    if let Some(form) = inflected[1..]
        .iter()
        .chain(&derived)
        .find(|form| takes_affixes(form.stem))
    {
        return Some(form.stem.to_string());
    }
    if prefix_first {
        return None;
    }
    // Prefixes after all the suffixes, then with the suffixes put back, innermost first.
    derived
        .iter()
        .chain(inflected.iter().rev())
        .find_map(strip_prefixes)
}

/// `rest` if it can still hold a root.
fn long_enough(rest: Option<&str>) -> Option<&str> {
    rest.filter(|rest| rest.len() >= MIN_ROOT_LEN)
}

/// The root reached by taking up to [`MAX_PREFIXES`] prefixes off `form`.
fn strip_prefixes(form: &Form<'_>) -> Option<String> {
    strip_prefixes_from(form.stem, form.suffix, 0, None)
}

fn strip_prefixes_from(
    word: &str,
    suffix: Option<Suffix>,
    removed: usize,
    previous: Option<Prefix>,
) -> Option<String> {
    if removed == MAX_PREFIXES {
        return None;
    }
    let (prefix, candidates) = prefix_of(word)?;
    if previous == Some(prefix) {
        return None;
    }
    // The pair rule binds the outermost prefix to the suffix.
    if removed == 0 && suffix.is_some_and(|suffix| never_together(prefix, suffix)) {
        return None;
    }
    let candidates: Vec<String> = candidates
        .into_iter()
        .filter(|candidate| candidate.len() >= MIN_ROOT_LEN)
        .collect();
    // Every reading of this prefix is checked before any is stripped further.
    if let Some(root) = candidates.iter().find(|candidate| takes_affixes(candidate)) {
        return Some(root.clone());
    }
    candidates
        .iter()
        .find_map(|candidate| strip_prefixes_from(candidate, suffix, removed + 1, Some(prefix)))
}

/// Prefix–suffix pairs that do not occur around one root. Nouns take pe(N)-…-an, never pe(N)-…-kan:
/// "penarikan" is pe- + "tarik" + -an, not pe- + "tari" + -kan.
fn never_together(prefix: Prefix, suffix: Suffix) -> bool {
    use {Prefix::*, Suffix::*};
    matches!(
        (prefix, suffix),
        (Be, I)
            | (Di, An)
            | (Ke, I)
            | (Ke, Kan)
            | (Me, An)
            | (Pe, Kan)
            | (Se, I)
            | (Se, Kan)
            | (Te, An)
    )
}

/// The prefix `word` starts with and every word it can be the prefixed form of, most likely first.
fn prefix_of(word: &str) -> Option<(Prefix, Vec<String>)> {
    let letters = Letters(word.as_bytes());
    let rest = |from: usize| word.get(from..).unwrap_or("").to_string();
    // The rest after `from` with the root's first letter, which the prefix swallowed, put back.
    let restore = |letter: &str, from: usize| format!("{letter}{}", word.get(from..).unwrap_or(""));
    let found = match word.get(..2)? {
        "di" => (Prefix::Di, vec![rest(2)]),
        "ke" => (Prefix::Ke, vec![rest(2)]),
        "se" => (Prefix::Se, vec![rest(2)]),
        "be" => {
            // "belajar" is the one root taking "bel-".
            let candidates = if word.get(2..).is_some_and(|rest| rest.starts_with("lajar")) {
                vec![rest(3)]
            } else {
                ber_or_ter(&letters, rest)
            };
            (Prefix::Be, candidates)
        }
        "te" => (Prefix::Te, ber_or_ter(&letters, rest)),
        "me" => (Prefix::Me, nasal(&letters, rest, restore, true)),
        // per-: "perbatasan", "peranan" (per- + "anan" or pe- + "ranan").
        "pe" if letters.at(2) == Some(b'r') => {
            let candidates = if letters.vowel(3) {
                vec![rest(3), rest(2)]
            } else if letters.consonant(3) {
                vec![rest(3)]
            } else {
                Vec::new()
            };
            (Prefix::Per, candidates)
        }
        "pe" => {
            let candidates = match letters.at(2) {
                Some(b'w' | b'y') if letters.vowel(3) => vec![rest(2)],
                // "pelajar" is the one root taking "pel-".
                Some(b'l') if word.get(3..).is_some_and(|rest| rest.starts_with("ajar")) => {
                    vec![rest(3)]
                }
                Some(b'l') if letters.vowel(3) => vec![rest(2)],
                Some(b'm' | b'n') => nasal(&letters, rest, restore, false),
                // pe- before other consonants: "petani", "pekerja", "pedagang".
                Some(letter) if letters.consonant(2) && !matches!(letter, b'l' | b'w' | b'y') => {
                    vec![rest(2)]
                }
                _ => Vec::new(),
            };
            (Prefix::Pe, candidates)
        }
        _ => return None,
    };
    Some(found)
}

/// be(r)- and te(r)-: "ber" + vowel may also be "be" + a root starting with r ("berantai": ber- + "antai"
/// or be- + "rantai"); before a consonant the r belongs to the prefix, and "be"/"te" + C-er-C keeps its r
/// in the root ("bekerja", "beserta").
fn ber_or_ter(letters: &Letters<'_>, rest: impl Fn(usize) -> String) -> Vec<String> {
    match letters.at(2) {
        Some(b'r') if letters.vowel(3) => vec![rest(3), rest(2)],
        Some(b'r') if letters.consonant(3) && letters.at(3) != Some(b'r') => vec![rest(3)],
        Some(_)
            if letters.consonant(2)
                && letters.at(3) == Some(b'e')
                && letters.at(4) == Some(b'r')
                && letters.consonant(5) =>
        {
            vec![rest(2)]
        }
        _ => Vec::new(),
    }
}

/// me(N)- and pe(N)-, whose nasal takes the place of the root's first sound:
/// mem-/pem- before b, f, v and for p (swallowed before a vowel); men-/pen- before c, d, j, z (and s for
/// me-) and for t; meng-/peng- before vowels, g, h, k, q and for k; meny-/peny- for s.
///
/// `me` says which prefix: me- also comes as plain "me" before l, r, w, y, and keeps the p in "memper-"
/// and "mempunyai"; those forms of pe- are handled by the caller.
fn nasal(
    letters: &Letters<'_>,
    rest: impl Fn(usize) -> String,
    restore: impl Fn(&str, usize) -> String,
    me: bool,
) -> Vec<String> {
    match letters.at(2) {
        Some(b'l' | b'r' | b'w' | b'y') if me && letters.vowel(3) => vec![rest(2)],
        Some(b'm') => match letters.at(3) {
            Some(b'b' | b'f' | b'v') => vec![rest(3)],
            Some(b'p') if me => vec![rest(3)],
            // mem- + vowel: a root starting with m ("memakan") or a swallowed p ("memukul").
            _ if letters.vowel(3) || (letters.at(3) == Some(b'r') && letters.vowel(4)) => {
                vec![rest(2), restore("p", 3)]
            }
            _ => Vec::new(),
        },
        Some(b'n') => match letters.at(3) {
            Some(b'c' | b'd' | b'j' | b'z') => vec![rest(3)],
            Some(b's') if me => vec![rest(3)],
            Some(b'y') if letters.vowel(4) => vec![restore("s", 4), rest(2)],
            Some(b'g') => match letters.at(4) {
                Some(b'g' | b'h' | b'k' | b'q') => vec![rest(4)],
                _ if letters.vowel(4) => {
                    // "menge-"/"penge-" before a one-syllable root: "mengebom", "pengecat".
                    let mut candidates = vec![rest(4), restore("k", 4)];
                    if letters.at(4) == Some(b'e') && letters.consonant(5) {
                        candidates.push(rest(5));
                    }
                    candidates
                }
                _ => Vec::new(),
            },
            // men- + vowel: a root starting with n ("menilai") or a swallowed t ("menari").
            _ if letters.vowel(3) => vec![rest(2), restore("t", 3)],
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// The letters of a lower-case ASCII word, by position.
struct Letters<'a>(&'a [u8]);

impl Letters<'_> {
    fn at(&self, i: usize) -> Option<u8> {
        self.0.get(i).copied()
    }

    fn vowel(&self, i: usize) -> bool {
        matches!(self.at(i), Some(b'a' | b'e' | b'i' | b'o' | b'u'))
    }

    fn consonant(&self, i: usize) -> bool {
        self.at(i).is_some_and(|b| b.is_ascii_lowercase()) && !self.vowel(i)
    }
}

#[cfg(test)]
mod tests;
