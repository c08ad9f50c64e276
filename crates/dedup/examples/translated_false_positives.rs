//! How often `is_translated_duplicate` flags two articles about different events: a sanity check on the
//! MDS multilingual event set (English and Malay articles grouped by gold event).
//!
//! Usage: `translated_false_positives mds_ac_dev_final.json`. Articles of one gold event are different
//! reports, not translations of each other, so flagged same-event pairs are only shown for context; every
//! flagged pair of two different events is a false positive. The largest gold cluster is a catch-all of
//! unrelated articles, so its members count as one event each.

use std::collections::HashMap;

use anyhow::{bail, Context, Result};
use warta_analyze::language::detect_line;
use warta_dedup::{TranslationKeys, TRANSLATED_DUPLICATE_THRESHOLD};

struct Article {
    id: String,
    event: Option<u64>,
    lang: &'static str,
    keys: TranslationKeys,
}

/// Pairs seen and pairs flagged.
#[derive(Default)]
struct Count {
    pairs: usize,
    flagged: usize,
}

impl Count {
    fn add(&mut self, flagged: bool) {
        self.pairs += 1;
        self.flagged += usize::from(flagged);
    }

    fn line(&self, label: &str) -> String {
        let rate = self.flagged as f64 / self.pairs.max(1) as f64;
        format!(
            "{label:<32} {:>6} pairs {:>5} flagged  rate {rate:.4}",
            self.pairs, self.flagged
        )
    }
}

fn main() -> Result<()> {
    let Some(path) = std::env::args().nth(1) else {
        bail!("usage: translated_false_positives mds_ac_dev_final.json");
    };
    let text = std::fs::read_to_string(&path).with_context(|| format!("reading {path}"))?;
    let set: serde_json::Value =
        serde_json::from_str(&text).with_context(|| format!("parsing {path}"))?;
    let (Some(articles), Some(clusters)) = (set["articles"].as_array(), set["clusters"].as_array())
    else {
        bail!("{path}: expected arrays `articles` and `clusters`");
    };
    let mut sizes: HashMap<u64, usize> = HashMap::new();
    for cluster in clusters.iter().filter_map(|c| c.as_u64()) {
        *sizes.entry(cluster).or_default() += 1;
    }
    let catch_all = sizes
        .iter()
        .max_by_key(|(_, size)| **size)
        .map(|(id, _)| *id);

    let articles: Vec<Article> = articles
        .iter()
        .zip(clusters)
        .map(|(article, cluster)| {
            let sentences: Vec<&str> = article["sentences"]
                .as_array()
                .map(|s| s.iter().filter_map(|s| s["content"].as_str()).collect())
                .unwrap_or_default();
            let text = format!(
                "{}\n\n{}",
                article["title"].as_str().unwrap_or_default(),
                sentences.join(" ")
            );
            Article {
                id: article["ID"].to_string(),
                event: cluster.as_u64().filter(|c| Some(*c) != catch_all),
                lang: detect_line(&text),
                keys: TranslationKeys::of(&text),
            }
        })
        .collect();

    let mut cross_event = Count::default();
    let mut cross_event_cross_language = Count::default();
    let mut same_event_cross_language = Count::default();
    for (i, a) in articles.iter().enumerate() {
        for b in &articles[i + 1..] {
            let similarity = a.keys.similarity(&b.keys);
            let flagged = similarity >= TRANSLATED_DUPLICATE_THRESHOLD;
            let same_event = a.event.is_some() && a.event == b.event;
            let cross_language = a.lang != b.lang;
            if !same_event {
                if flagged {
                    println!(
                        "false positive: articles {} ({}) and {} ({}), similarity {similarity:.2}",
                        a.id, a.lang, b.id, b.lang
                    );
                }
                cross_event.add(flagged);
                if cross_language {
                    cross_event_cross_language.add(flagged);
                }
            } else if cross_language {
                same_event_cross_language.add(flagged);
            }
        }
    }
    let mut languages: HashMap<&str, usize> = HashMap::new();
    for article in &articles {
        *languages.entry(article.lang).or_default() += 1;
    }
    let mut languages: Vec<_> = languages.into_iter().collect();
    languages.sort();
    println!("articles {} languages {languages:?}", articles.len());
    println!("{}", cross_event.line("different events (false pos.)"));
    println!(
        "{}",
        cross_event_cross_language.line("  of them across languages")
    );
    println!(
        "{}",
        same_event_cross_language.line("same event, across languages")
    );
    Ok(())
}
