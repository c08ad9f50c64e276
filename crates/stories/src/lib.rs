//! Stories: articles grouped into the events they report, across languages, one article at a time.
//!
//! An analyst does not want 400 articles but the dozen stories they tell. A [`StoryInput`] (an article's id,
//! headline, body, publication time and language, or an [`Article`] converted into one) goes into a
//! [`Clusterer`], which puts it into an existing story or starts a new one and answers with the
//! [`StoryId`]. Ids come from the story's first article, so they are stable across runs and re-ingests;
//! when two stories turn out to be one, the older id survives and the younger stays valid as an alias.
//!
//! - [`terms`] turns an article into weighted key terms (words, names, numbers, Chinese character pairs);
//! - [`clusterer`] keeps the stories and the index that finds candidate stories for a new article;
//! - [`summary`] reads a story's articles into what an analyst wants to see: headline, time span, first
//!   reporter, outlets, languages, entities, quotes by speaker and a timeline;
//! - [`eval`] scores a clustering against gold labels (BCubed, adjusted Rand index).
//!
//! ```
//! use warta_stories::{cluster, StoryInput};
//! let docs = [
//!     StoryInput::new("a", "Hurricane Fiona heads to Bermuda", "Fiona killed 8 people in Puerto Rico."),
//!     StoryInput::new("b", "Taufan Fiona menuju Bermuda", "Fiona meragut 8 nyawa di Puerto Rico."),
//!     StoryInput::new("c", "HSBC raises lending rate", "HSBC raised its best lending rate to 5.125%."),
//! ];
//! let stories = cluster(&docs);
//! assert_eq!(stories[0], stories[1]);
//! assert_ne!(stories[0], stories[2]);
//! ```

pub mod clusterer;
pub mod eval;
pub mod summary;
pub mod terms;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use warta_model::Article;

pub use clusterer::{Clusterer, Config, StoryId};
pub use summary::{summarize, StorySummary};

/// What the clusterer needs to know about an article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoryInput {
    pub id: String,
    pub title: String,
    pub text: String,
    pub published: Option<DateTime<FixedOffset>>,
    /// ISO 639-1 code, when known.
    pub lang: Option<String>,
    /// Canonical names of the entities the analysis found ("Russia" whether the text says "Rusia" or
    /// "Russia"), when known: they match across languages where words do not.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entities: Vec<String>,
}

impl StoryInput {
    /// An undated article of unknown language.
    pub fn new(
        id: impl Into<String>,
        title: impl Into<String>,
        text: impl Into<String>,
    ) -> StoryInput {
        StoryInput {
            id: id.into(),
            title: title.into(),
            text: text.into(),
            published: None,
            lang: None,
            entities: Vec::new(),
        }
    }
}

impl From<&Article> for StoryInput {
    fn from(article: &Article) -> StoryInput {
        StoryInput {
            id: article.id.clone(),
            title: article.title.clone().unwrap_or_default(),
            text: article.text.clone(),
            published: article.published,
            lang: article.lang.clone(),
            entities: article.entities.iter().map(|e| e.name.clone()).collect(),
        }
    }
}

/// Clusters articles in the given order with the default configuration and returns each article's final
/// story id (after any merges), in input order.
pub fn cluster(docs: &[StoryInput]) -> Vec<String> {
    cluster_with(docs, &Config::default())
}

/// [`cluster`] with a chosen configuration.
pub fn cluster_with(docs: &[StoryInput], config: &Config) -> Vec<String> {
    let mut clusterer = Clusterer::new(config.clone());
    for doc in docs {
        clusterer.add(doc);
    }
    docs.iter()
        .map(|doc| {
            clusterer
                .story_of(&doc.id)
                .map(|id| id.to_string())
                .unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A seed article: the first line is the headline when `titled`.
    fn seed(id: &str, raw: &str, titled: bool) -> StoryInput {
        let (title, text) = match raw.split_once('\n') {
            Some((first, rest)) if titled => (first, rest),
            _ => ("", raw),
        };
        StoryInput::new(id, title.trim(), text)
    }

    fn seeds() -> Vec<StoryInput> {
        vec![
            seed(
                "000",
                include_str!("../../../examples/corpus/000_c8f3cde4977ff973.txt"),
                true,
            ),
            seed(
                "003",
                include_str!("../../../examples/corpus/003_21f1d49beaa1a5c2.txt"),
                false,
            ),
            seed(
                "004",
                include_str!("../../../examples/corpus/004_1001db7d9672cb84.txt"),
                true,
            ),
        ]
    }

    #[test]
    fn the_seeds_tell_two_stories() {
        let stories = cluster(&seeds());
        // 000 and 003: Western weapons used against Russian territory (May 2024); 004: the Kursk incursion.
        assert_eq!(stories[0], stories[1]);
        assert_ne!(stories[0], stories[2]);
    }

    #[test]
    fn ids_are_stable_across_runs_and_re_ingests() {
        let docs = seeds();
        let first = cluster(&docs);
        assert_eq!(cluster(&docs), first);

        let mut clusterer = Clusterer::new(Config::default());
        let ids: Vec<StoryId> = docs.iter().map(|d| clusterer.add(d)).collect();
        // Re-ingesting the same articles changes nothing.
        let again: Vec<StoryId> = docs.iter().map(|d| clusterer.add(d)).collect();
        assert_eq!(ids, again);
        assert_eq!(clusterer.len(), 2);
        // The id comes from the first article, not from a counter.
        assert_eq!(ids[0].as_str(), first[0]);
        assert!(ids[0].as_str().starts_with("s-"));
    }

    #[test]
    fn an_indonesian_and_an_english_report_of_one_event_form_one_story() {
        let docs = [
            StoryInput::new(
                "en",
                "Magnitude 6.2 earthquake hits Cianjur, West Java, killing 268",
                "A magnitude 6.2 earthquake struck Cianjur in West Java on Monday, killing at least 268 people \
                 and injuring 1,083, the National Disaster Management Agency (BNPB) said. Suharyanto, head of \
                 BNPB, said 58,362 people were displaced.",
            ),
            StoryInput::new(
                "fr-noise",
                "Bank Indonesia raises benchmark rate to 5.25%",
                "Bank Indonesia raised its benchmark rate by 50 basis points to 5.25% on Thursday to fight \
                 inflation, Governor Perry Warjiyo said.",
            ),
            StoryInput::new(
                "id",
                "Gempa magnitudo 6,2 guncang Cianjur, 268 orang tewas",
                "Gempa bermagnitudo 6,2 mengguncang Cianjur, Jawa Barat, pada Senin dan menewaskan sedikitnya \
                 268 orang serta melukai 1.083 orang, kata Badan Nasional Penanggulangan Bencana (BNPB). \
                 Kepala BNPB Suharyanto mengatakan 58.362 warga mengungsi.",
            ),
        ];
        let stories = cluster(&docs);
        assert_eq!(stories[0], stories[2]);
        assert_ne!(stories[0], stories[1]);
    }

    #[test]
    fn canonical_entities_carry_a_story_across_languages() {
        let docs = |entities: &[&str]| {
            let with = |doc: StoryInput| StoryInput {
                entities: entities.iter().map(|e| e.to_string()).collect(),
                ..doc
            };
            [
                with(StoryInput::new(
                    "en",
                    "Russia expels diplomats",
                    "Russia expelled twelve diplomats on Tuesday, the foreign ministry in Moscow said.",
                )),
                with(StoryInput::new(
                    "id",
                    "Rusia usir diplomat",
                    "Rusia mengusir dua belas diplomat pada Selasa, kata kementerian luar negeri di Moskow.",
                )),
            ]
        };
        let apart = cluster(&docs(&[]));
        assert_ne!(apart[0], apart[1]);
        let together = cluster(&docs(&["Russia", "Moscow"]));
        assert_eq!(together[0], together[1]);
    }

    #[test]
    fn the_same_report_two_months_apart_is_another_story() {
        let dated = |id: &str, date: &str| StoryInput {
            published: DateTime::parse_from_rfc3339(date).ok(),
            ..StoryInput::new(
                id,
                "Volcano erupts in Iceland",
                "Lava flows from the Reykjanes volcano near Grindavik.",
            )
        };
        let mut clusterer = Clusterer::new(Config::default());
        let may = clusterer.add(&dated("a", "2024-05-01T08:00:00+00:00"));
        assert_eq!(clusterer.add(&dated("b", "2024-05-02T08:00:00+00:00")), may);
        assert_ne!(clusterer.add(&dated("c", "2024-07-01T08:00:00+00:00")), may);
    }

    #[test]
    fn stories_bridged_by_an_article_merge_and_keep_the_old_id_as_alias() {
        let config = Config {
            join_threshold: 0.3,
            merge_threshold: 0.3,
            ..Config::default()
        };
        let mut clusterer = Clusterer::new(config);
        let volcano = clusterer.add(&StoryInput::new("a", "", "volcano erupts lava glacier"));
        let flights = clusterer.add(&StoryInput::new("b", "", "airline flights cancelled ash"));
        assert_ne!(volcano, flights);
        let both = clusterer.add(&StoryInput::new(
            "c",
            "",
            "volcano erupts lava glacier airline flights cancelled ash",
        ));
        assert_eq!(both, volcano);
        assert_eq!(clusterer.story_of("b"), Some(volcano.clone()));
        assert_eq!(clusterer.resolve(&flights), Some(volcano));
        assert_eq!(clusterer.len(), 1);
    }

    #[test]
    fn a_saved_clusterer_carries_on_where_it_stopped() {
        let docs = seeds();
        let mut before = Clusterer::new(Config::default());
        before.add(&docs[0]);
        let saved = serde_json::to_string(&before).unwrap();
        let mut after: Clusterer = serde_json::from_str(&saved).unwrap();
        let mut uninterrupted = before.clone();
        for doc in &docs[1..] {
            assert_eq!(after.add(doc), uninterrupted.add(doc));
        }
    }

    #[test]
    fn articles_convert_from_the_model() {
        let article: Article = serde_json::from_value(serde_json::json!({
            "id": "x1", "raw_hash": "h", "source": "-", "url": null, "title": "Judul", "text": "Isi berita.",
            "lang": "id", "published": "2024-05-30T10:00:00+07:00", "outlet": null, "original_outlet": null,
            "authors": [], "removed": [], "quotes": [], "segments": [],
            "entities": [{"name": "Russia", "type": "LOCATION", "mentions": [{"text": "Rusia", "start": 0, "end": 5}]}]
        }))
        .unwrap();
        let input = StoryInput::from(&article);
        assert_eq!(
            (
                input.id.as_str(),
                input.title.as_str(),
                input.lang.as_deref()
            ),
            ("x1", "Judul", Some("id"))
        );
        assert!(input.published.is_some());
        assert_eq!(input.entities, ["Russia"]);
    }
}
