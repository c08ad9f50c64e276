//! Word classes learnt from text alone, labels unused: words that are used in similar places share a class.
//!
//! A tagger trained on a few thousand sentences has seen most names once or never. Classes let what it
//! learnt about one word carry over to others used alike: football clubs, bands, ministries or Javanese
//! first names each tend to gather in a class of their own. The classes come from the exchange algorithm
//! (Kneser & Ney 1993, Martin et al. 1998): every word starts in some class and is moved, one at a time, to
//! the class that makes a class-bigram model of the text most likely, until nothing moves much. Words are
//! lower-cased and digits folded to `0` first; words seen fewer than [`MIN_COUNT`] times get no class.
//! Two sizes are learnt ([`COARSE`] and [`FINE`] classes), so the tagger can use both broad and narrow
//! groups. The result is deterministic: the same text gives the same classes on every machine.

use std::collections::HashMap;

/// Number of classes of the coarse clustering.
pub const COARSE: usize = 64;
/// Number of classes of the fine clustering.
pub const FINE: usize = 320;
/// Words seen fewer times than this get no class: their contexts say too little.
pub const MIN_COUNT: usize = 3;
/// Passes of the exchange algorithm over the vocabulary; later passes move few words.
const PASSES: usize = 12;

/// The coarse and fine class of every clustered word.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WordClusters {
    classes: HashMap<String, (u16, u16)>,
    /// `names[c]` is `c` written out, so that features can name a class without formatting it per token.
    names: Vec<String>,
}

impl WordClusters {
    /// Classes from `(word, coarse, fine)` triples; words are normalised as [`normalise`] does.
    pub fn new(entries: impl IntoIterator<Item = (String, u16, u16)>) -> WordClusters {
        let classes: HashMap<String, (u16, u16)> = entries
            .into_iter()
            .map(|(w, c, f)| (normalise(&w), (c, f)))
            .collect();
        let most = classes.values().map(|&(c, f)| c.max(f)).max().unwrap_or(0);
        let names = (0..=most).map(|c| c.to_string()).collect();
        WordClusters { classes, names }
    }

    /// Learns classes from `sentences` (tokens as written).
    pub fn learn<'a>(sentences: impl IntoIterator<Item = &'a [String]>) -> WordClusters {
        let corpus = Corpus::new(sentences);
        let coarse = exchange(&corpus, COARSE);
        let fine = exchange(&corpus, FINE);
        WordClusters::new(
            corpus
                .words
                .iter()
                .enumerate()
                .skip(FIXED)
                .map(|(id, w)| (w.clone(), coarse[id] as u16, fine[id] as u16)),
        )
    }

    /// The (coarse, fine) classes of `word` (any case), if it has them.
    pub fn get(&self, word: &str) -> Option<(u16, u16)> {
        // Most words are already in normal form: look them up without copying.
        if word.chars().any(|c| c.is_uppercase() || c.is_numeric()) {
            self.classes.get(&normalise(word)).copied()
        } else {
            self.classes.get(word).copied()
        }
    }

    /// The (coarse, fine) classes of `word` written out as numbers, if it has them.
    pub fn names(&self, word: &str) -> Option<(&str, &str)> {
        let (coarse, fine) = self.get(word)?;
        let name = |c: u16| self.names.get(usize::from(c)).map(String::as_str);
        Some((name(coarse)?, name(fine)?))
    }

    /// Number of clustered words.
    pub fn len(&self) -> usize {
        self.classes.len()
    }

    /// Whether no word has a class.
    pub fn is_empty(&self) -> bool {
        self.classes.is_empty()
    }

    /// All `(word, coarse, fine)`, sorted by word (so that a model file is the same on every run).
    pub fn sorted(&self) -> Vec<(&str, u16, u16)> {
        let mut out: Vec<(&str, u16, u16)> = self
            .classes
            .iter()
            .map(|(w, &(c, f))| (w.as_str(), c, f))
            .collect();
        out.sort_unstable();
        out
    }
}

/// The form under which a word is clustered: lower case, every digit `0`.
pub fn normalise(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_numeric() { '0' } else { c })
        .collect()
}

/// Ids 0 and 1 are the sentence boundary and "any rare word": they keep classes of their own.
const FIXED: usize = 2;
const BOUNDARY: usize = 0;
const RARE: usize = 1;

/// The text as bigram counts between word ids.
struct Corpus {
    /// Id → word; ids from [`FIXED`] on are in order of falling frequency, ties by word.
    words: Vec<String>,
    /// Per word: the words that follow it and how often (self-bigrams left out, see `selfs`).
    next: Vec<Vec<(usize, usize)>>,
    /// Per word: the words before it and how often (self-bigrams left out).
    prev: Vec<Vec<(usize, usize)>>,
    /// Per word: how often it follows itself.
    selfs: Vec<usize>,
}

impl Corpus {
    fn new<'a>(sentences: impl IntoIterator<Item = &'a [String]>) -> Corpus {
        let sentences: Vec<Vec<String>> = sentences
            .into_iter()
            .map(|s| s.iter().map(|w| normalise(w)).collect())
            .collect();
        let mut frequency: HashMap<&str, usize> = HashMap::new();
        for w in sentences.iter().flatten() {
            *frequency.entry(w).or_default() += 1;
        }
        let mut vocabulary: Vec<(&str, usize)> = frequency
            .into_iter()
            // A word with a TAB or line break could not be written to the model file.
            .filter(|&(w, n)| n >= MIN_COUNT && !w.contains(['\t', '\n', '\r']))
            .collect();
        vocabulary.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let mut words = vec!["<s>".to_string(), "<rare>".to_string()];
        words.extend(vocabulary.iter().map(|&(w, _)| w.to_string()));
        let ids: HashMap<&str, usize> = vocabulary
            .iter()
            .enumerate()
            .map(|(i, &(w, _))| (w, i + FIXED))
            .collect();
        let mut bigrams: HashMap<(usize, usize), usize> = HashMap::new();
        for s in &sentences {
            let mut last = BOUNDARY;
            for w in s {
                let id = ids.get(w.as_str()).copied().unwrap_or(RARE);
                *bigrams.entry((last, id)).or_default() += 1;
                last = id;
            }
            *bigrams.entry((last, BOUNDARY)).or_default() += 1;
        }
        let mut bigrams: Vec<((usize, usize), usize)> = bigrams.into_iter().collect();
        bigrams.sort_unstable();
        let (mut next, mut prev) = (vec![Vec::new(); words.len()], vec![Vec::new(); words.len()]);
        let mut selfs = vec![0; words.len()];
        for ((a, b), n) in bigrams {
            if a == b {
                selfs[a] += n;
            } else {
                next[a].push((b, n));
                prev[b].push((a, n));
            }
        }
        Corpus {
            words,
            next,
            prev,
            selfs,
        }
    }
}

fn xlogx(x: f64) -> f64 {
    if x > 0.0 {
        x * x.ln()
    } else {
        0.0
    }
}

/// The exchange algorithm: a class for every word id, `k` movable classes plus the two fixed ones.
fn exchange(corpus: &Corpus, k: usize) -> Vec<usize> {
    let classes = k + FIXED;
    let n = corpus.words.len();
    // Fixed ids keep classes 0 and 1; words start round-robin by frequency, so frequent words spread out.
    let mut class: Vec<usize> = (0..n)
        .map(|id| {
            if id < FIXED {
                id
            } else {
                FIXED + (id - FIXED) % k
            }
        })
        .collect();
    // pair[c * classes + d]: how often a word of class c is followed by one of class d.
    let mut pair = vec![0f64; classes * classes];
    let mut left = vec![0f64; classes];
    let mut right = vec![0f64; classes];
    for a in 0..n {
        for &(b, count) in &corpus.next[a] {
            pair[class[a] * classes + class[b]] += count as f64;
        }
        pair[class[a] * classes + class[a]] += corpus.selfs[a] as f64;
    }
    for c in 0..classes {
        for d in 0..classes {
            left[c] += pair[c * classes + d];
            right[d] += pair[c * classes + d];
        }
    }
    // Class counts of the word's neighbours, dense by class, and the classes that are set.
    let (mut after, mut before) = (vec![0f64; classes], vec![0f64; classes]);
    let (mut after_set, mut before_set) = (Vec::new(), Vec::new());
    for _ in 0..PASSES {
        let mut moved = 0;
        for w in FIXED..n {
            let from = class[w];
            for (neighbours, dense, set) in [
                (&corpus.next[w], &mut after, &mut after_set),
                (&corpus.prev[w], &mut before, &mut before_set),
            ] {
                for &c in set.iter() {
                    dense[c] = 0.0;
                }
                set.clear();
                for &(v, count) in neighbours {
                    let c = class[v];
                    if dense[c] == 0.0 {
                        set.push(c);
                    }
                    dense[c] += count as f64;
                }
            }
            let own = corpus.selfs[w] as f64;
            let as_left: f64 = after_set.iter().map(|&c| after[c]).sum::<f64>() + own;
            let as_right: f64 = before_set.iter().map(|&c| before[c]).sum::<f64>() + own;
            // Take the word out of its class.
            for &d in &after_set {
                pair[from * classes + d] -= after[d];
            }
            for &c in &before_set {
                pair[c * classes + from] -= before[c];
            }
            pair[from * classes + from] -= own;
            left[from] -= as_left;
            right[from] -= as_right;
            // The gain in log-likelihood of putting it into class b (terms that do not depend on b dropped).
            let gain = |b: usize| {
                let mut g = 0.0;
                for &d in &after_set {
                    if d != b {
                        let p = pair[b * classes + d];
                        g += xlogx(p + after[d]) - xlogx(p);
                    }
                }
                for &c in &before_set {
                    if c != b {
                        let p = pair[c * classes + b];
                        g += xlogx(p + before[c]) - xlogx(p);
                    }
                }
                let p = pair[b * classes + b];
                g += xlogx(p + after[b] + before[b] + own) - xlogx(p);
                g - (xlogx(left[b] + as_left) - xlogx(left[b]))
                    - (xlogx(right[b] + as_right) - xlogx(right[b]))
            };
            let mut to = from;
            let mut best = gain(from);
            for b in FIXED..classes {
                let g = gain(b);
                if g > best + 1e-9 {
                    best = g;
                    to = b;
                }
            }
            for &d in &after_set {
                pair[to * classes + d] += after[d];
            }
            for &c in &before_set {
                pair[c * classes + to] += before[c];
            }
            pair[to * classes + to] += own;
            left[to] += as_left;
            right[to] += as_right;
            if to != from {
                class[w] = to;
                moved += 1;
            }
        }
        if moved * 200 < n {
            break;
        }
    }
    class.iter().map(|&c| c.saturating_sub(FIXED)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_used_alike_share_a_class() {
        // Cities after "di", people after "kata": the two groups must not mix.
        let mut text = Vec::new();
        let cities = ["bandung", "medan", "surabaya", "padang"];
        let people = ["budi", "ani", "joko", "sari"];
        for round in 0..40 {
            let city = cities[round % 4];
            let person = people[(round / 4) % 4];
            for s in [
                format!("ia tinggal di {city} sejak lama"),
                format!("kata {person} kepada wartawan"),
                format!("{person} pergi ke {city} kemarin"),
            ] {
                text.push(s.split(' ').map(str::to_string).collect::<Vec<_>>());
            }
        }
        let corpus = Corpus::new(text.iter().map(Vec::as_slice));
        let class = exchange(&corpus, 6);
        let class_of = |w: &str| {
            let id = corpus.words.iter().position(|x| x == w);
            id.map(|id| class[id])
        };
        assert!(class_of("bandung").is_some());
        assert!(cities.iter().all(|c| class_of(c) == class_of("bandung")));
        assert!(people.iter().all(|p| class_of(p) == class_of("budi")));
        assert_ne!(class_of("bandung"), class_of("budi"));
        let clusters = WordClusters::learn(text.iter().map(Vec::as_slice));
        assert_eq!(clusters.get("Bandung"), clusters.get("bandung"));
        assert!(clusters.get("bandung").is_some());
        assert_eq!(clusters.get("unseen"), None);
    }

    #[test]
    fn normalises_case_and_digits() {
        assert_eq!(normalise("Piala2024"), "piala0000");
    }
}
