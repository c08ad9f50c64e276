//! Stories on the MDS multilingual event-clustering set (English, Malay, Chinese), side by side with a
//! TF-IDF + average-link agglomerative baseline whose threshold is picked on the same set (so the baseline
//! is flattered, not warta). The largest gold cluster is a catch-all and is scored as singletons.

use crate::{data_error, read_to_string, EvalError};
use std::{collections::HashMap, fmt, path::Path};
use warta_stories::eval::{parse_mds, score, Scores};
use warta_stories::terms::plain_tokens;
use warta_stories::{cluster, StoryInput};

#[derive(Debug)]
pub struct ClusteringReport {
    pub articles: usize,
    pub gold_stories: usize,
    /// Titles and texts only, as `warta cluster` gets them.
    pub warta: Scores,
    /// With the canonical entities warta's analysis finds, as ingest clusters.
    pub warta_with_entities: Scores,
    pub baseline_threshold: f64,
    pub baseline: Scores,
}

pub fn evaluate(path: &Path) -> Result<ClusteringReport, EvalError> {
    let set = parse_mds(&read_to_string(path)?).map_err(|e| data_error(path, e.to_string()))?;
    let mut gold_stories = set.gold.clone();
    gold_stories.sort();
    gold_stories.dedup();

    let warta = score(&cluster(&set.articles), &set.gold);
    let with_entities: Vec<StoryInput> = set
        .articles
        .iter()
        .map(|article| {
            let mut article = article.clone();
            let text = format!("{}\n\n{}", article.title, article.text);
            let lang = warta_analyze::language::detect_line(&text);
            article.entities = warta_analyze::entity::find_entities(&text, lang)
                .into_iter()
                .map(|e| e.name)
                .collect();
            article
        })
        .collect();
    let warta_with_entities = score(&cluster(&with_entities), &set.gold);

    let baseline = Baseline::new(&set.articles);
    let (baseline_threshold, baseline) = (1..=19)
        .map(|step| {
            let threshold = f64::from(step) / 20.0;
            (threshold, score(&baseline.cluster(threshold), &set.gold))
        })
        .max_by(|a, b| a.1.bcubed.f1.total_cmp(&b.1.bcubed.f1))
        .ok_or_else(|| data_error(path, "no articles"))?;
    Ok(ClusteringReport {
        articles: set.articles.len(),
        gold_stories: gold_stories.len(),
        warta,
        warta_with_entities,
        baseline_threshold,
        baseline,
    })
}

impl fmt::Display for ClusteringReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "clustering: {} articles, {} gold stories (catch-all as singletons)",
            self.articles, self.gold_stories
        )?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, s: &Scores| {
            writeln!(
                f,
                "  {name:<40} BCubed P {:.3} R {:.3} F1 {:.3}  ARI {:.3}",
                s.bcubed.precision, s.bcubed.recall, s.bcubed.f1, s.adjusted_rand
            )
        };
        row(f, "warta cluster (titles and texts)", &self.warta)?;
        row(
            f,
            "warta stories with analysed entities",
            &self.warta_with_entities,
        )?;
        row(
            f,
            &format!(
                "baseline tf-idf + average link @ {:.2}",
                self.baseline_threshold
            ),
            &self.baseline,
        )
    }
}

/// TF-IDF vectors (plain tokens of title and text, unit length) and their pairwise cosine similarities.
struct Baseline {
    similarity: Vec<Vec<f64>>,
}

impl Baseline {
    fn new(articles: &[StoryInput]) -> Baseline {
        let counts: Vec<HashMap<String, f64>> = articles
            .iter()
            .map(|a| {
                let mut tf = HashMap::new();
                for token in plain_tokens(&format!("{}\n{}", a.title, a.text)) {
                    *tf.entry(token).or_insert(0.0) += 1.0;
                }
                tf
            })
            .collect();
        let mut df: HashMap<&str, f64> = HashMap::new();
        for tf in &counts {
            for term in tf.keys() {
                *df.entry(term).or_insert(0.0) += 1.0;
            }
        }
        let n = articles.len() as f64;
        let vectors: Vec<HashMap<&str, f64>> = counts
            .iter()
            .map(|tf| {
                let mut v: HashMap<&str, f64> = tf
                    .iter()
                    .map(|(t, c)| {
                        (
                            t.as_str(),
                            c * (((1.0 + n) / (1.0 + df[t.as_str()])).ln() + 1.0),
                        )
                    })
                    .collect();
                let norm = v
                    .values()
                    .map(|w| w * w)
                    .sum::<f64>()
                    .sqrt()
                    .max(f64::MIN_POSITIVE);
                v.values_mut().for_each(|w| *w /= norm);
                v
            })
            .collect();
        let similarity = vectors
            .iter()
            .map(|a| {
                vectors
                    .iter()
                    .map(|b| a.iter().filter_map(|(t, w)| b.get(t).map(|x| w * x)).sum())
                    .collect()
            })
            .collect();
        Baseline { similarity }
    }

    /// Average-link agglomerative clustering: merge the two closest clusters while their mean pairwise
    /// similarity reaches `threshold`.
    fn cluster(&self, threshold: f64) -> Vec<usize> {
        let mut clusters: Vec<Vec<usize>> = (0..self.similarity.len()).map(|i| vec![i]).collect();
        loop {
            let mut best: Option<(f64, usize, usize)> = None;
            for i in 0..clusters.len() {
                for j in i + 1..clusters.len() {
                    let total: f64 = clusters[i]
                        .iter()
                        .flat_map(|&a| clusters[j].iter().map(move |&b| (a, b)))
                        .map(|(a, b)| self.similarity[a][b])
                        .sum();
                    let mean = total / (clusters[i].len() * clusters[j].len()) as f64;
                    if mean >= threshold && best.is_none_or(|(m, _, _)| mean > m) {
                        best = Some((mean, i, j));
                    }
                }
            }
            let Some((_, i, j)) = best else { break };
            let absorbed = clusters.remove(j);
            clusters[i].extend(absorbed);
        }
        let mut labels = vec![0; self.similarity.len()];
        for (label, members) in clusters.iter().enumerate() {
            for &m in members {
                labels[m] = label;
            }
        }
        labels
    }
}
