//! Training: an averaged structured perceptron over hashed features, decoded with the same Viterbi as tagging.
//!
//! The perceptron tags each training sentence with the current weights and, where it is wrong, moves weight
//! from the features of the wrong labels to those of the right ones. Averaging the weights over all steps
//! (kept cheaply with a second, time-weighted table) makes it generalise about as well as a CRF. A model may be
//! the mean of several such perceptrons, each visiting the sentences in its own order ([`TrainConfig::orders`]):
//! one order alone is a draw whose news F1 varies by ±0.003 with the seed, and the mean of three sits above
//! any single order's average.

use std::collections::HashMap;

use crate::clusters::WordClusters;
use crate::conll::Sentence;
use crate::decode::{viterbi, Transitions, PREVIOUS};
use crate::features::{extract, is_acronym, is_capitalised, Casing, CommonWords, SentenceFeatures};
use crate::gazetteer;
use crate::label::{EntityKind, Label};
use crate::model::Model;
use crate::tag::{self, Tag};

const L: usize = Tag::COUNT;

/// Sentences to learn from, and whether their text keeps capital letters.
#[derive(Debug, Clone)]
pub struct TrainingSet {
    pub sentences: Vec<Sentence>,
    pub casing: Casing,
}

/// How to train.
#[derive(Debug, Clone, Copy)]
pub struct TrainConfig {
    /// The feature table has `2^bits` rows.
    pub bits: u32,
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the order in which sentences are visited.
    pub seed: u64,
    /// How many perceptrons, each visiting the sentences in its own order (seeds `seed`, `seed + 2`, …: the shuffle reads a seed as odd), are
    /// trained; the model is the mean of their weights.
    pub orders: usize,
    /// Whether to learn word classes ([`WordClusters`]) from the training text.
    pub word_classes: bool,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            bits: 22,
            epochs: 25,
            seed: 0x5eed,
            orders: 1,
            word_classes: true,
        }
    }
}

/// Trains a model on all the given sets together.
pub fn train(sets: &[TrainingSet], config: &TrainConfig) -> Model {
    let bits = config.bits;
    let common = everyday_words(sets);
    let clusters = if config.word_classes {
        // The labelled text is the only Indonesian text at hand whose licence allows shipping what is
        // learnt from it; unlabelled English and Malay articles added no measurable gain.
        WordClusters::learn(
            sets.iter()
                .flat_map(|set| set.sentences.iter().map(|s| s.tokens.as_slice())),
        )
    } else {
        WordClusters::default()
    };
    let examples: Vec<(SentenceFeatures, Vec<usize>)> = sets
        .iter()
        .flat_map(|set| set.sentences.iter().map(move |s| (s, set.casing)))
        .filter(|(s, _)| !s.tokens.is_empty())
        .map(|(s, casing)| {
            let tokens: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
            let mut features = SentenceFeatures::default();
            extract(&tokens, casing, &common, &clusters, bits, &mut features);
            (
                features,
                tag::encode(&s.labels).iter().map(|t| t.index()).collect(),
            )
        })
        .collect();

    // Each order's averaged weights, summed; their mean is the model.
    let orders = config.orders.max(1);
    let mut table = vec![0f32; (1usize << bits) * L];
    let mut transitions = Transitions::default();
    for k in 0..orders {
        let seed = config.seed.wrapping_add(2 * k as u64);
        let (order_table, order_transitions) = perceptron(&examples, bits, config.epochs, seed);
        for (t, w) in table.iter_mut().zip(&order_table) {
            *t += w;
        }
        for (t, w) in transitions.values_mut().zip(order_transitions.values()) {
            *t += w;
        }
    }
    let n = orders as f32;
    table.iter_mut().for_each(|w| *w /= n);
    transitions.values_mut().for_each(|w| *w /= n);
    Model::quantize(bits, &table, transitions, common, clusters)
}

/// One averaged structured perceptron over `examples`, visited in the order `seed` shuffles them: the averaged
/// feature table and transitions.
fn perceptron(
    examples: &[(SentenceFeatures, Vec<usize>)],
    bits: u32,
    epochs: usize,
    seed: u64,
) -> (Vec<f32>, Transitions) {
    let mut current = Weights::new(bits);
    // Sum over steps of (step × update): the average is current - summed / steps.
    let mut summed = Weights::new(bits);
    let mut step = 1f32;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = seed | 1;
    let (mut emissions, mut pairs, mut predicted) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..epochs {
        shuffle(&mut order, &mut rng);
        for &e in &order {
            let (features, gold) = &examples[e];
            current.scores(features, &mut emissions, &mut pairs);
            viterbi(&emissions, &pairs, &current.transitions, &mut predicted);
            if predicted != *gold {
                for (delta, labels) in [(1f32, gold), (-1f32, &predicted)] {
                    current.update(features, labels, delta);
                    summed.update(features, labels, delta * step);
                }
            }
            step += 1.0;
        }
    }
    let averaged: Vec<f32> = current
        .table
        .iter()
        .zip(&summed.table)
        .map(|(w, s)| w - s / step)
        .collect();
    let mut transitions = Transitions::default();
    let (cur, sum) = (&current.transitions, &summed.transitions);
    for ((t, w), s) in transitions.values_mut().zip(cur.values()).zip(sum.values()) {
        *t = w - s / step;
    }
    (averaged, transitions)
}

/// A word must be seen this often to count as an everyday word.
const EVERYDAY_MIN_COUNT: usize = 3;

/// The words the training text writes as everyday words in all but one in twenty uses (cased sets: in lower
/// case inside a sentence; lower-cased sets: outside names), seen at least `EVERYDAY_MIN_COUNT` times.
pub fn everyday_words(sets: &[TrainingSet]) -> CommonWords {
    // Per lower-cased word: (uses that look everyday, all uses).
    let mut counts: HashMap<String, (usize, usize)> = HashMap::new();
    for set in sets {
        for s in &set.sentences {
            for (t, (token, label)) in s.tokens.iter().zip(&s.labels).enumerate() {
                let everyday = match set.casing {
                    Casing::Cased if t == 0 => continue,
                    Casing::Cased => !is_capitalised(token),
                    Casing::Lower => *label == Label::O,
                };
                let entry = counts.entry(token.to_lowercase()).or_default();
                entry.0 += usize::from(everyday);
                entry.1 += 1;
            }
        }
    }
    CommonWords::new(
        counts
            .into_iter()
            .filter(|&(_, (everyday, all))| all >= EVERYDAY_MIN_COUNT && everyday * 20 >= all * 19)
            .map(|(word, _)| word),
    )
}

/// Float weights during training.
struct Weights {
    table: Vec<f32>,
    transitions: Transitions,
}

impl Weights {
    fn new(bits: u32) -> Weights {
        Weights {
            table: vec![0.0; (1usize << bits) * L],
            transitions: Transitions::default(),
        }
    }

    fn scores(&self, features: &SentenceFeatures, emissions: &mut Vec<f32>, pairs: &mut Vec<f32>) {
        emissions.clear();
        pairs.clear();
        for t in 0..features.len() {
            emissions.extend(self.sum(features.token(t)));
            for prev in 0..PREVIOUS {
                pairs.extend(self.sum(features.pair(t, prev)));
            }
        }
    }

    fn sum(&self, ids: &[u32]) -> [f32; L] {
        let mut sum = [0f32; L];
        for &f in ids {
            let row = &self.table[f as usize * L..(f as usize + 1) * L];
            for (s, w) in sum.iter_mut().zip(row) {
                *s += w;
            }
        }
        sum
    }

    /// Adds `delta` to every feature and transition that the label sequence uses.
    fn update(&mut self, features: &SentenceFeatures, labels: &[usize], delta: f32) {
        for (t, &label) in labels.iter().enumerate() {
            for &f in features.token(t) {
                self.table[f as usize * L + label] += delta;
            }
            let prev = match t.checked_sub(1).and_then(|p| labels.get(p)) {
                Some(&prev) => {
                    self.transitions.pair[prev * L + label] += delta;
                    prev
                }
                None => {
                    self.transitions.start[label] += delta;
                    L
                }
            };
            for &f in features.pair(t, prev) {
                self.table[f as usize * L + label] += delta;
            }
        }
    }
}

/// Fisher–Yates with xorshift: a fixed seed gives the same model on every machine.
fn shuffle(order: &mut [usize], state: &mut u64) {
    for i in (1..order.len()).rev() {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        order.swap(i, (*state % (i as u64 + 1)) as usize);
    }
}

/// Words that stay lower-case inside names ("Bank of America", "Universitas Islam Negeri di …").
const NAME_PARTICLES: &[&str] = &[
    "dan", "di", "dari", "untuk", "ke", "bin", "binti", "van", "von", "der", "de", "da", "la",
    "of", "the", "and", "for", "al",
];

/// Labels as organisations the listed organisations ([`gazetteer`]) that a data set leaves unlabelled.
///
/// NERP's IND type is products and industries: it tags "kpk", "dpr" or "kementerian luar negeri" as O, which
/// would teach the tagger that they are not organisations; NERGRIT leaves some universities, companies and
/// acronyms ("UEFA", "SCTV") unlabelled. Only tokens labelled O are changed, and only names of two words or
/// more or acronyms written in capitals: lower-cased text never matches those (labelling "kpk", "tni" too
/// made the scores on cased text worse), and single words such as "antara" (also "between") or "golkar"
/// relabelled against NERP's own choices cost over a point of F1 on its cross-validation.
pub fn label_listed_organizations(sentences: &mut [Sentence]) {
    for s in sentences {
        let tokens: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
        let lower: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
        let marks = gazetteer::mark(&tokens, &lower);
        for (t, mark) in marks.iter().enumerate() {
            let Some((EntityKind::Organization, begins)) = *mark else {
                continue;
            };
            let name_len = (t..s.labels.len())
                .take_while(|&u| {
                    u == t || matches!(marks[u], Some((EntityKind::Organization, false)))
                })
                .count();
            let whole_name_unlabelled = s.labels[t..t + name_len].iter().all(|l| *l == Label::O);
            let acronym = name_len == 1 && is_acronym(&s.tokens[t]);
            if begins && (name_len > 1 || acronym) && whole_name_unlabelled {
                for u in (t..s.labels.len()).take_while(|&u| {
                    u == t || matches!(marks[u], Some((EntityKind::Organization, false)))
                }) {
                    s.labels[u] = if u == t {
                        Label::B(EntityKind::Organization)
                    } else {
                        Label::I(EntityKind::Organization)
                    };
                }
            }
        }
    }
}

/// Brings every sentence to the news convention for institutions and offices: a school, hospital or court
/// labelled as a place becomes an organisation ([`gazetteer::institutions_as_organizations`]), and an office
/// and the place it serves become one ("Polres Sikka", "DPRD Ngada":
/// [`gazetteer::join_offices_and_places`]).
///
/// NERGRIT and NERP label only the place there (or the office and the place apart), so unchanged they teach
/// the tagger the opposite of the news.
pub fn harmonise_with_news(sentences: &mut [Sentence], casing: Casing) {
    for s in sentences {
        let tokens: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
        gazetteer::institutions_as_organizations(&tokens, &mut s.labels);
        gazetteer::join_offices_and_places(&tokens, &mut s.labels, casing);
    }
}

/// Restores likely capitals in lower-cased sentences (NERP), so that they can teach the case features too:
/// entity words get an initial capital (or the casing `reference` gives them, e.g. "KPK"), other words the
/// casing they most often have inside `reference` sentences, and each sentence a capital first letter.
pub fn truecase(sentences: &mut [Sentence], reference: &[Sentence]) {
    let mut seen: HashMap<String, HashMap<&str, usize>> = HashMap::new();
    for s in reference {
        for token in s.tokens.iter().skip(1) {
            *seen
                .entry(token.to_lowercase())
                .or_default()
                .entry(token.as_str())
                .or_default() += 1;
        }
    }
    let usual: HashMap<String, String> = seen
        .into_iter()
        .filter_map(|(lower, forms)| {
            let (form, _) = forms.into_iter().max_by_key(|&(f, n)| (n, f))?;
            Some((lower, form.to_string()))
        })
        .collect();
    for s in sentences {
        for (t, (token, label)) in s.tokens.iter_mut().zip(&s.labels).enumerate() {
            let lower = token.to_lowercase();
            let known = usual.get(&lower);
            let in_name = *label != Label::O && !NAME_PARTICLES.contains(&lower.as_str());
            *token = match known {
                Some(form) if !in_name || form.chars().any(char::is_uppercase) => form.clone(),
                _ if in_name || t == 0 => capitalise(&lower),
                _ => lower,
            };
            if t == 0 {
                *token = capitalise(token);
            }
        }
    }
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::label::Scheme;

    fn sentence(pairs: &[(&str, &str)]) -> Sentence {
        Sentence {
            tokens: pairs.iter().map(|(t, _)| t.to_string()).collect(),
            labels: pairs.iter().map(|(_, l)| Scheme::Warta.map(l)).collect(),
        }
    }

    #[test]
    fn learns_a_toy_pattern() {
        let data = [
            sentence(&[
                ("Andi", "B-PERSON"),
                ("tinggal", "O"),
                ("di", "O"),
                ("Bandung", "B-LOCATION"),
            ]),
            sentence(&[
                ("Sari", "B-PERSON"),
                ("pergi", "O"),
                ("ke", "O"),
                ("Medan", "B-LOCATION"),
            ]),
            sentence(&[
                ("Kemarin", "O"),
                ("Budi", "B-PERSON"),
                ("Santoso", "I-PERSON"),
                ("datang", "O"),
            ]),
        ];
        let set = TrainingSet {
            sentences: data.to_vec(),
            casing: Casing::Cased,
        };
        let config = TrainConfig {
            bits: 12,
            epochs: 5,
            seed: 1,
            // Two orders, so that the mean of perceptrons is what is tested.
            orders: 2,
            word_classes: true,
        };
        let model = train(&[set], &config);
        let tokens = ["Andi", "tinggal", "di", "Bandung"];
        let mut features = SentenceFeatures::default();
        extract(
            &tokens,
            Casing::Cased,
            model.common_words(),
            model.clusters(),
            12,
            &mut features,
        );
        let (mut emissions, mut pairs, mut best) = (Vec::new(), Vec::new(), Vec::new());
        model.scores(&features, &mut emissions, &mut pairs);
        viterbi(&emissions, &pairs, model.transitions(), &mut best);
        assert_eq!(
            best,
            tag::encode(&data[0].labels)
                .iter()
                .map(|t| t.index())
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn listed_organizations_get_labels_where_there_were_none() {
        let mut data = [sentence(&[
            ("kata", "O"),
            ("KPK", "O"),
            ("kpk", "O"),
            ("antara", "O"),
            ("kementerian", "O"),
            ("luar", "O"),
            ("negeri", "O"),
            ("nato", "B-LOCATION"),
            ("partai", "O"),
            ("golkar", "O"),
        ])];
        label_listed_organizations(&mut data);
        let tags: Vec<&str> = data[0].labels.iter().map(|l| l.as_str()).collect();
        assert_eq!(
            tags,
            [
                "O",
                "B-ORGANIZATION",
                "O",
                "O",
                "B-ORGANIZATION",
                "I-ORGANIZATION",
                "I-ORGANIZATION",
                "B-LOCATION",
                "B-ORGANIZATION",
                "I-ORGANIZATION",
            ]
        );
    }

    #[test]
    fn truecase_uses_labels_and_reference() {
        let reference = [sentence(&[
            ("Kata", "O"),
            ("KPK", "B-ORGANIZATION"),
            ("pada", "O"),
            ("Senin", "O"),
        ])];
        let mut data = [sentence(&[
            ("kata", "O"),
            ("kpk", "B-ORGANIZATION"),
            ("kepada", "O"),
            ("bank", "B-ORGANIZATION"),
            ("of", "I-ORGANIZATION"),
            ("america", "I-ORGANIZATION"),
            ("senin", "O"),
        ])];
        truecase(&mut data, &reference);
        assert_eq!(
            data[0].tokens,
            ["Kata", "KPK", "kepada", "Bank", "of", "America", "Senin"]
        );
        assert_eq!(data[0].labels[1], Label::B(EntityKind::Organization));
    }
}
