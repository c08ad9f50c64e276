//! Scores the story clusterer on the MDS multilingual event-clustering set, side by side with a
//! TF-IDF + average-link agglomerative baseline whose threshold is picked on the same set.
//!
//! ```text
//! cargo run -p warta-stories --example eval_clustering -- ../shared/eval/clustering/mds_ac_dev_final.json
//! ```
//! An optional second argument sweeps the clusterer's join threshold instead (`sweep`).

use std::collections::HashMap;

use warta_stories::eval::{parse_mds, score, Scores};
use warta_stories::terms::plain_tokens;
use warta_stories::{cluster_with, Config, StoryInput};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or("usage: eval_clustering MDS_JSON [sweep]")?;
    let set = parse_mds(&std::fs::read_to_string(&path)?)?;
    println!(
        "{} articles, {} gold stories (catch-all as singletons)",
        set.articles.len(),
        {
            let mut g = set.gold.clone();
            g.sort();
            g.dedup();
            g.len()
        }
    );

    if args.next().as_deref() == Some("sweep") {
        for step in 6..=30 {
            let config = Config {
                join_threshold: step as f32 / 100.0,
                ..Config::default()
            };
            print_row(
                &format!("stories @ {:.2}", config.join_threshold),
                &score(&cluster_with(&set.articles, &config), &set.gold),
            );
        }
        return Ok(());
    }

    let ours = cluster_with(&set.articles, &Config::default());
    print_row("warta-stories (online)", &score(&ours, &set.gold));

    let baseline = Baseline::new(&set.articles);
    let (threshold, scores) = (1..=19)
        .map(|step| {
            let threshold = step as f64 / 20.0;
            (threshold, score(&baseline.cluster(threshold), &set.gold))
        })
        .max_by(|a, b| a.1.bcubed.f1.total_cmp(&b.1.bcubed.f1))
        .ok_or("no threshold")?;
    print_row(
        &format!("baseline tfidf+avg-link @ {threshold:.2}"),
        &scores,
    );
    Ok(())
}

fn print_row(name: &str, s: &Scores) {
    println!(
        "{name:<34} BCubed P {:.3} R {:.3} F1 {:.3}  ARI {:.3}",
        s.bcubed.precision, s.bcubed.recall, s.bcubed.f1, s.adjusted_rand
    );
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
