//! What the tagger looks at for each token, turned into hashed feature ids.
//!
//! Each feature is a string-like key (template name plus values, e.g. word-before = "presiden") hashed into a
//! fixed number of buckets. Hashing keeps the model a flat table with no vocabulary to store, at the price of
//! rare collisions; the hash is written out here so that a model trained on one machine reads the same on all.
//! A few features are also keyed by the previous token's label ("pair" features), so that, e.g., a
//! capitalised word after a place name may start a new name rather than continue the place.

use std::collections::HashSet;

use crate::clusters::WordClusters;
use crate::decode::PREVIOUS;
use crate::gazetteer;
use crate::label::EntityKind;
use crate::tag::Tag;

/// Whether the text the features come from keeps its capital letters.
///
/// Lower-cased training text (NERP) says nothing about capitals; with `Casing::Lower` the features that
/// look at letter case are left out so they learn only from cased text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Casing {
    Cased,
    Lower,
}

/// The hashed feature ids of every token of one sentence.
#[derive(Debug, Default, Clone)]
pub struct SentenceFeatures {
    ids: Vec<u32>,
    /// `ids[starts[i]..starts[i + 1]]` are the features of token `i`.
    starts: Vec<usize>,
    /// Features that score a label together with the previous one: `PAIR_TEMPLATES` ids for each token and
    /// each previous label (see [`PREVIOUS`]).
    pairs: Vec<u32>,
}

/// Number of previous-label features per token and previous label.
const PAIR_TEMPLATES: usize = 3;

impl SentenceFeatures {
    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// Whether the sentence has no tokens.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The ids of the features of token `t` that go with previous tag `prev` (`Tag::COUNT` at the
    /// sentence start; empty if out of range).
    pub fn pair(&self, t: usize, prev: usize) -> &[u32] {
        let start = (t * PREVIOUS + prev) * PAIR_TEMPLATES;
        self.pairs.get(start..start + PAIR_TEMPLATES).unwrap_or(&[])
    }

    /// The feature ids of token `i` (empty if out of range).
    pub fn token(&self, i: usize) -> &[u32] {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&s), Some(&e)) => self.ids.get(s..e).unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// Words (lower-cased) that the training text mostly writes in lower case: everyday words. A capitalised
/// word that is not one of them is probably a name even when the model never saw it; one that is, is
/// probably a sentence start or a title. The list is learnt with the model and stored in its file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CommonWords(HashSet<String>);

impl CommonWords {
    /// The list from its words (lower-cased by the caller).
    pub fn new(words: impl IntoIterator<Item = String>) -> CommonWords {
        CommonWords(words.into_iter().collect())
    }

    /// Whether `lower` (a lower-cased word) is an everyday word.
    pub fn contains(&self, lower: &str) -> bool {
        self.0.contains(lower)
    }

    /// The words, sorted (so that a model file is the same on every run).
    pub fn sorted(&self) -> Vec<&str> {
        let mut words: Vec<&str> = self.0.iter().map(String::as_str).collect();
        words.sort_unstable();
        words
    }
}

/// Computes the features of every token of `tokens` (one sentence) into `out`, hashed into `2^bits`
/// buckets.
pub fn extract(
    tokens: &[&str],
    casing: Casing,
    common: &CommonWords,
    clusters: &WordClusters,
    bits: u32,
    out: &mut SentenceFeatures,
) {
    out.ids.clear();
    out.starts.clear();
    out.pairs.clear();
    let lower: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
    let everyday: Vec<&str> = lower
        .iter()
        .map(|w| if common.contains(w) { "c" } else { "n" })
        .collect();
    let everyday_at = |i: isize| -> &str {
        usize::try_from(i)
            .ok()
            .and_then(|i| everyday.get(i))
            .copied()
            .unwrap_or("-")
    };
    let classes: Vec<(&str, &str)> = lower
        .iter()
        .map(|w| clusters.names(w).unwrap_or(("-", "-")))
        .collect();
    let class = |i: isize| -> (&str, &str) {
        usize::try_from(i)
            .ok()
            .and_then(|i| classes.get(i))
            .copied()
            .unwrap_or(("<s>", "<s>"))
    };
    let runs = capitalised_runs(tokens);
    let acronyms: Vec<bool> = tokens.iter().map(|t| is_acronym(t)).collect();
    let shapes: Vec<String> = tokens.iter().map(|t| short_shape(t)).collect();
    let listed = gazetteer::mark(tokens, &lower);
    let listed_at = |i: isize| -> &str {
        match usize::try_from(i)
            .ok()
            .and_then(|i| listed.get(i))
            .copied()
            .flatten()
        {
            Some((kind, true)) => match kind {
                EntityKind::Person => "B-PER",
                EntityKind::Location => "B-LOC",
                EntityKind::Organization => "B-ORG",
            },
            Some((kind, false)) => match kind {
                EntityKind::Person => "I-PER",
                EntityKind::Location => "I-LOC",
                EntityKind::Organization => "I-ORG",
            },
            None => "-",
        }
    };
    let cased = casing == Casing::Cased;
    let word = |i: isize| -> &str {
        match usize::try_from(i).ok().and_then(|i| lower.get(i)) {
            Some(w) => w,
            None if i < 0 => "<s>",
            None => "</s>",
        }
    };
    let shape = |i: isize| -> &str {
        match usize::try_from(i).ok().and_then(|i| shapes.get(i)) {
            Some(s) => s,
            None if i < 0 => "<s>",
            None => "</s>",
        }
    };
    for (i, raw) in tokens.iter().enumerate() {
        out.starts.push(out.ids.len());
        let i = i as isize;
        let mut add = |parts: &[&str]| out.ids.push(bucket(parts, bits));
        let w = word(i);
        add(&["bias"]);
        add(&["w", w]);
        add(&["w-1", word(i - 1)]);
        add(&["w+1", word(i + 1)]);
        add(&["w-2", word(i - 2)]);
        add(&["w+2", word(i + 2)]);
        add(&["w-1w", word(i - 1), w]);
        add(&["ww+1", w, word(i + 1)]);
        let chars: Vec<char> = w.chars().collect();
        for n in 1..=4.min(chars.len()) {
            let prefix: String = chars[..n].iter().collect();
            let suffix: String = chars[chars.len() - n..].iter().collect();
            add(&["p", &prefix]);
            add(&["x", &suffix]);
        }
        // Character trigrams (with word-boundary marks) let an unseen name share evidence with seen ones
        // that sound alike ("-ovich", "Sura-", "-wati").
        let marked: Vec<char> = std::iter::once('^')
            .chain(chars.iter().copied())
            .chain(std::iter::once('$'))
            .collect();
        let mut gram = String::new();
        for window in marked.windows(3).take(MAX_TRIGRAMS) {
            gram.clear();
            gram.extend(window);
            add(&["c3", &gram]);
        }
        add(&["len", length_class(chars.len())]);
        let (coarse, fine) = class(i);
        add(&["k", coarse]);
        add(&["K", fine]);
        add(&["k-1", class(i - 1).0]);
        add(&["k+1", class(i + 1).0]);
        add(&["K-1", class(i - 1).1]);
        add(&["K+1", class(i + 1).1]);
        add(&["every", everyday_at(i)]);
        add(&["every-1", everyday_at(i - 1)]);
        add(&["every+1", everyday_at(i + 1)]);
        add(&["list", listed_at(i)]);
        add(&["list-1", listed_at(i - 1)]);
        add(&["list+1", listed_at(i + 1)]);
        add(&["first", if i == 0 { "1" } else { "0" }]);
        for (kind, cue) in [
            (EntityKind::Person, "person"),
            (EntityKind::Location, "location"),
        ] {
            if gazetteer::announces(word(i - 1), kind) {
                add(&["cue-1", cue]);
            }
        }
        if gazetteer::announces(w, EntityKind::Organization) {
            add(&["orghead"]);
        }
        if gazetteer::is_common_acronym(w) {
            add(&["common-acr"]);
        }
        if gazetteer::announces(word(i - 1), EntityKind::Organization) {
            add(&["orghead-1"]);
        }
        // In the order of `Tag::ALL`, then the sentence start.
        let pair_shape = if cased { shape(i) } else { "?" };
        for prev in Tag::ALL.iter().map(|t| t.name()).chain(["start"]) {
            for parts in [
                ["ps", pair_shape, prev],
                ["pw", w, prev],
                ["pl", listed_at(i), prev],
            ] {
                out.pairs.push(bucket(&parts, bits));
            }
        }
        if cased {
            let s = shape(i);
            add(&["W", raw]);
            add(&["s", s]);
            add(&["s-1", shape(i - 1)]);
            add(&["s+1", shape(i + 1)]);
            add(&["s-2", shape(i - 2)]);
            add(&["s+2", shape(i + 2)]);
            add(&["s-1ss+1", shape(i - 1), s, shape(i + 1)]);
            add(&["w-1s", word(i - 1), s]);
            add(&["sw+1", s, word(i + 1)]);
            add(&["first-s", if i == 0 { "1" } else { "0" }, s]);
            add(&["s-every", s, everyday_at(i)]);
            add(&["sK", s, fine]);
            let run = runs.get(i as usize).copied().flatten();
            let (position, length) = run_position(i as usize, run);
            add(&["run", position, length]);
            add(&["run-every", position, everyday_at(i)]);
            add(&["run-list", position, listed_at(i)]);
            // A listed acronym ("BMKG", "MUI") is trusted differently from a listed word ("Mandiri").
            add(&["list-s", listed_at(i), s]);
            for (kind, distance) in cues_before(tokens, &lower, i as usize) {
                add(&["cue-run", kind, distance]);
            }
            // An acronym the lists do not know ("IAGI", "KJKS") is mostly an organisation, unless it is an
            // everyday word in capitals; one before a place is often that body's office there ("KPU
            // Kebumen"), and the words before it say what it is ("kata", "Ketua", "di").
            if acronyms[i as usize] {
                add(&["acr", everyday_at(i), listed_at(i)]);
                add(&["acr+1", shape(i + 1), listed_at(i + 1)]);
                add(&["acr-1", word(i - 1)]);
            }
            if i > 0 && acronyms[i as usize - 1] {
                add(&["-1acr", s, listed_at(i)]);
            }
        }
    }
    out.starts.push(out.ids.len());
}

/// The titles and head words ([`gazetteer::announces`]) that stand before token `t` in its run of
/// capitalised words, or just before the run, as (kind, distance in words): in "Wali Kota Bogor Bima Arya",
/// "Bima" has a place head two words back ("Kota") and a person title three back ("Wali"). A full stop
/// after an abbreviation ("H.", "Jl.") is looked through; the nearest cue of each kind counts.
fn cues_before(tokens: &[&str], lower: &[String], t: usize) -> Vec<(&'static str, &'static str)> {
    let mut found: Vec<(&'static str, &'static str)> = Vec::new();
    let mut distance = 0;
    for j in (0..t).rev() {
        if lower[j] == "." {
            continue;
        }
        distance += 1;
        if distance > 4 {
            break;
        }
        for (kind, name) in [
            (EntityKind::Person, "person"),
            (EntityKind::Location, "location"),
            (EntityKind::Organization, "organization"),
        ] {
            if !found.iter().any(|&(k, _)| k == name) && gazetteer::announces(&lower[j], kind) {
                found.push((name, ["1", "2", "3", "4"][distance - 1]));
            }
        }
        if !is_capitalised(tokens[j]) {
            break;
        }
    }
    found
}

/// Whether `token` begins with a capital letter.
pub(crate) fn is_capitalised(token: &str) -> bool {
    token.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `token` looks like an acronym: two to six letters, all capitals ("KPU", "IAGI", "BPBD").
pub(crate) fn is_acronym(token: &str) -> bool {
    (2..=6).contains(&token.chars().count()) && token.chars().all(|c| c.is_uppercase())
}

/// The most character trigrams taken from one word: enough for any real word, bounded for junk.
const MAX_TRIGRAMS: usize = 16;

/// For each token, the run of capitalised words it stands in, as `(first token, end token exclusive)`.
fn capitalised_runs(tokens: &[&str]) -> Vec<Option<(usize, usize)>> {
    let capitalised: Vec<bool> = tokens.iter().map(|t| is_capitalised(t)).collect();
    let mut out = vec![None; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        if !capitalised[i] {
            i += 1;
            continue;
        }
        let end = (i..tokens.len())
            .find(|&j| !capitalised[j])
            .unwrap_or(tokens.len());
        for slot in &mut out[i..end] {
            *slot = Some((i, end));
        }
        i = end;
    }
    out
}

/// Where token `t` stands in its run of capitalised words ("-" outside one; "only", "first", "mid",
/// "last") and the run's length class: the first word of a three-word run is read differently from a lone
/// capitalised word.
fn run_position(t: usize, run: Option<(usize, usize)>) -> (&'static str, &'static str) {
    let Some((start, end)) = run else {
        return ("-", "-");
    };
    let length = match end - start {
        1 => "1",
        2 => "2",
        3 => "3",
        _ => "4+",
    };
    let position = match (t == start, t + 1 == end) {
        (true, true) => "only",
        (true, false) => "first",
        (false, true) => "last",
        (false, false) => "mid",
    };
    (position, length)
}

/// What a character stands for in a word shape: `X` upper case, `x` lower case, `d` a digit, any other
/// character itself. The attribution tagger writes its shapes with it too.
pub fn shape_class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else {
        c
    }
}

/// The shape of a word with repeats collapsed: "Jakarta" → "Xx", "KPK" → "X", "6,5" → "d,d", "McCain" → "XxXx".
/// It stops once the shape is 12 bytes long (the trained model's features were computed that way).
fn short_shape(token: &str) -> String {
    let mut shape = String::new();
    let mut last = None;
    for c in token.chars() {
        let class = shape_class(c);
        if last != Some(class) {
            shape.push(class);
            last = Some(class);
        }
        if shape.len() >= 12 {
            break;
        }
    }
    shape
}

fn length_class(len: usize) -> &'static str {
    match len {
        0..=1 => "1",
        2..=3 => "2-3",
        4..=6 => "4-6",
        7..=10 => "7-10",
        _ => "11+",
    }
}

/// FNV-1a over the parts (with a separator so ("ab","c") and ("a","bc") differ), then a multiplicative mix
/// whose top `bits` bits pick the bucket.
fn bucket(parts: &[&str], bits: u32) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in part.as_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    (h >> (64 - bits)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms() {
        for (word, want) in [
            ("KPU", true),
            ("IAGI", true),
            ("BPBD", true),
            ("A", false),
            ("KEMENTERIAN", false),
            ("Polres", false),
            ("COVID-19", false),
        ] {
            assert_eq!(is_acronym(word), want, "{word}");
        }
    }

    #[test]
    fn shapes() {
        let cases = [
            ("Jakarta", "Xx"),
            ("KPK", "X"),
            ("joko", "x"),
            ("2012", "d"),
            ("6,5", "d,d"),
            ("McCain", "XxXx"),
            ("Desa-desa", "Xx-x"),
            ("Kemenkopolhukam-RI", "Xx-X"),
            ("aAaAaAaAaAaAaAaA", "xXxXxXxXxXxX"),
        ];
        for (word, want) in cases {
            assert_eq!(short_shape(word), want, "{word}");
        }
    }

    #[test]
    fn bucket_is_stable_and_in_range() {
        // The model file depends on these exact values: a change here needs a retrained model.
        assert_eq!(bucket(&["w", "jakarta"], 20), bucket(&["w", "jakarta"], 20));
        assert_ne!(bucket(&["ab", "c"], 20), bucket(&["a", "bc"], 20));
        assert!(bucket(&["w", "jakarta"], 10) < 1 << 10);
    }

    #[test]
    fn words_of_one_class_share_features() {
        let common = CommonWords::default();
        let shared = |padang_class: (u16, u16)| {
            let clusters = WordClusters::new([
                ("medan".to_string(), 1, 7),
                ("padang".to_string(), padang_class.0, padang_class.1),
            ]);
            let (mut a, mut b) = (SentenceFeatures::default(), SentenceFeatures::default());
            extract(
                &["di", "Medan"],
                Casing::Cased,
                &common,
                &clusters,
                20,
                &mut a,
            );
            extract(
                &["di", "Padang"],
                Casing::Cased,
                &common,
                &clusters,
                20,
                &mut b,
            );
            let (a, b) = (a.token(1), b.token(1));
            a.iter().filter(|f| b.contains(f)).count()
        };
        assert!(shared((1, 7)) > shared((2, 8)));
    }

    #[test]
    fn cues_are_found_through_capitalised_words() {
        let cases = [
            ("Wali Kota Bogor Bima Arya", 3, "location 2, person 3"),
            // The full stop of an abbreviation is looked through; the nearest cue of a kind counts.
            ("oleh H . Agus Salim", 3, "person 1"),
            // A lower-case word ends the run: "kemarin" is no cue and hides "Partai".
            ("Partai kemarin Budi", 2, ""),
            ("warga Kabupaten Bogor", 2, "location 1"),
        ];
        for (text, t, want) in cases {
            let tokens: Vec<&str> = text.split(' ').collect();
            let lower: Vec<String> = tokens.iter().map(|w| w.to_lowercase()).collect();
            let got: Vec<String> = cues_before(&tokens, &lower, t)
                .into_iter()
                .map(|(kind, distance)| format!("{kind} {distance}"))
                .collect();
            assert_eq!(got.join(", "), want, "{text}");
        }
    }

    #[test]
    fn lower_cased_text_gets_no_case_features() {
        let tokens = ["presiden", "joko", "widodo"];
        let (mut cased, mut lower) = (SentenceFeatures::default(), SentenceFeatures::default());
        let common = CommonWords::new(["presiden".to_string()]);
        let clusters = WordClusters::default();
        extract(&tokens, Casing::Cased, &common, &clusters, 20, &mut cased);
        extract(&tokens, Casing::Lower, &common, &clusters, 20, &mut lower);
        assert_eq!(cased.len(), 3);
        assert_eq!(lower.len(), 3);
        assert!(lower.token(1).len() < cased.token(1).len());
        assert!(cased.token(3).is_empty());
    }
}
