//! Scoring a clustering against gold labels, and reading the MDS multilingual event-clustering set.
//!
//! BCubed looks at each article: of the articles put in its story, how many belong with it (precision), and
//! of the articles that belong with it, how many were put in its story (recall). The adjusted Rand index
//! counts agreeing pairs, corrected for chance (0 for a random clustering, 1 for a perfect one).

use std::collections::HashMap;
use std::hash::Hash;

use serde::Deserialize;

use crate::StoryInput;

/// BCubed precision, recall and F1, averaged over articles.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BCubed {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// Everything measured about one clustering.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scores {
    pub bcubed: BCubed,
    pub adjusted_rand: f64,
}

/// Scores `predicted` story labels against `gold` labels (same order, one per article).
pub fn score<P: Eq + Hash, G: Eq + Hash>(predicted: &[P], gold: &[G]) -> Scores {
    Scores {
        bcubed: bcubed(predicted, gold),
        adjusted_rand: adjusted_rand_index(predicted, gold),
    }
}

pub fn bcubed<P: Eq + Hash, G: Eq + Hash>(predicted: &[P], gold: &[G]) -> BCubed {
    let n = predicted.len().min(gold.len());
    if n == 0 {
        return BCubed {
            precision: 1.0,
            recall: 1.0,
            f1: 1.0,
        };
    }
    let cells = contingency(&predicted[..n], &gold[..n]);
    let (predicted_sizes, gold_sizes) = (sizes(&predicted[..n]), sizes(&gold[..n]));
    let (mut precision, mut recall) = (0.0, 0.0);
    for i in 0..n {
        let both = cells[&(&predicted[i], &gold[i])] as f64;
        precision += both / predicted_sizes[&predicted[i]] as f64;
        recall += both / gold_sizes[&gold[i]] as f64;
    }
    let (precision, recall) = (precision / n as f64, recall / n as f64);
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    BCubed {
        precision,
        recall,
        f1,
    }
}

pub fn adjusted_rand_index<P: Eq + Hash, G: Eq + Hash>(predicted: &[P], gold: &[G]) -> f64 {
    let n = predicted.len().min(gold.len());
    let pairs = |k: usize| (k * k.saturating_sub(1)) as f64 / 2.0;
    let agreeing: f64 = contingency(&predicted[..n], &gold[..n])
        .values()
        .map(|&k| pairs(k))
        .sum();
    let predicted_pairs: f64 = sizes(&predicted[..n]).values().map(|&k| pairs(k)).sum();
    let gold_pairs: f64 = sizes(&gold[..n]).values().map(|&k| pairs(k)).sum();
    let all_pairs = pairs(n);
    if all_pairs == 0.0 {
        return 1.0;
    }
    let expected = predicted_pairs * gold_pairs / all_pairs;
    let best = (predicted_pairs + gold_pairs) / 2.0;
    if best == expected {
        // Both clusterings are all singletons or all one cluster: they agree perfectly.
        return 1.0;
    }
    (agreeing - expected) / (best - expected)
}

fn contingency<'a, P: Eq + Hash, G: Eq + Hash>(
    predicted: &'a [P],
    gold: &'a [G],
) -> HashMap<(&'a P, &'a G), usize> {
    let mut cells = HashMap::new();
    for pair in predicted.iter().zip(gold) {
        *cells.entry(pair).or_insert(0) += 1;
    }
    cells
}

fn sizes<L: Eq + Hash>(labels: &[L]) -> HashMap<&L, usize> {
    let mut sizes = HashMap::new();
    for label in labels {
        *sizes.entry(label).or_insert(0) += 1;
    }
    sizes
}

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("the evaluation set is not valid JSON of the expected shape: {0}")]
    Json(#[from] serde_json::Error),
    #[error("the evaluation set has {articles} articles but {labels} gold labels")]
    LengthMismatch { articles: usize, labels: usize },
}

/// Articles with their gold story labels.
#[derive(Clone, Debug)]
pub struct LabelledSet {
    pub articles: Vec<StoryInput>,
    pub gold: Vec<String>,
}

#[derive(Deserialize)]
struct MdsSet {
    articles: Vec<MdsArticle>,
    clusters: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
struct MdsArticle {
    #[serde(rename = "ID")]
    id: serde_json::Value,
    #[serde(default)]
    title: String,
    #[serde(default)]
    sentences: Vec<MdsSentence>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum MdsSentence {
    Annotated { content: String },
    Plain(String),
}

/// Reads the MDS event-clustering set (`{"articles": [{ID, title, sentences}], "clusters": [label]}`).
///
/// Only the id, title and sentence text become input; the event annotations are not looked at. The largest
/// gold cluster is a catch-all of unrelated articles, so each of its articles gets a label of its own.
pub fn parse_mds(json: &str) -> Result<LabelledSet, EvalError> {
    let set: MdsSet = serde_json::from_str(json)?;
    if set.articles.len() != set.clusters.len() {
        return Err(EvalError::LengthMismatch {
            articles: set.articles.len(),
            labels: set.clusters.len(),
        });
    }
    let labels: Vec<String> = set.clusters.iter().map(|l| l.to_string()).collect();
    let catch_all = sizes(&labels)
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))
        .map(|(label, _)| label.clone());
    let gold = labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            if Some(label) == catch_all.as_ref() {
                format!("alone-{i}")
            } else {
                label.clone()
            }
        })
        .collect();
    let articles = set
        .articles
        .into_iter()
        .map(|a| {
            let id = match a.id {
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            };
            let sentences: Vec<String> = a
                .sentences
                .into_iter()
                .map(|s| match s {
                    MdsSentence::Annotated { content } | MdsSentence::Plain(content) => content,
                })
                .collect();
            StoryInput::new(id, a.title, sentences.join("\n"))
        })
        .collect();
    Ok(LabelledSet { articles, gold })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn bcubed_matches_a_hand_computed_example() {
        // Item by item (precision, recall): (2/3, 1), (2/3, 1), (1/3, 1/2), (1, 1/2).
        let b = bcubed(&["x", "x", "x", "y"], &["a", "a", "b", "b"]);
        assert!(close(b.precision, 2.0 / 3.0));
        assert!(close(b.recall, 0.75));
        assert!(close(b.f1, 12.0 / 17.0));
    }

    #[test]
    fn adjusted_rand_matches_hand_computed_examples() {
        // One agreeing pair, one expected by chance: no better than chance.
        assert!(close(
            adjusted_rand_index(&["x", "x", "x", "y"], &["a", "a", "b", "b"]),
            0.0
        ));
        // Agreeing 1, expected 1/3, best 3/2: (2/3) / (7/6).
        assert!(close(
            adjusted_rand_index(&[0, 0, 1, 2], &[0, 0, 1, 1]),
            4.0 / 7.0
        ));
    }

    #[test]
    fn identical_clusterings_score_one_whatever_the_labels() {
        let s = score(&["p", "p", "q"], &[7, 7, 9]);
        assert!(close(s.bcubed.f1, 1.0));
        assert!(close(s.adjusted_rand, 1.0));
    }

    #[test]
    fn the_largest_gold_cluster_is_scored_as_singletons() {
        let json = r#"{"articles": [
            {"ID": 1, "title": "A", "sentences": [{"SID": 1, "content": "one"}, {"SID": 2, "content": "two"}]},
            {"ID": 2, "title": "B", "sentences": ["plain"]},
            {"ID": 3, "title": "C", "sentences": []},
            {"ID": 4, "title": "D", "sentences": []},
            {"ID": 5, "title": "E", "sentences": []}],
            "clusters": [0, 0, 9, 9, 9]}"#;
        let set = parse_mds(json).unwrap();
        assert_eq!(set.articles[0].text, "one\ntwo");
        assert_eq!(set.articles[1].id, "2");
        assert_eq!(set.gold[0], set.gold[1]);
        assert_ne!(set.gold[2], set.gold[3]);
        assert!(matches!(
            parse_mds(r#"{"articles": [], "clusters": [1]}"#),
            Err(EvalError::LengthMismatch { .. })
        ));
    }
}
