//! What a story tells, read from its articles: a headline, the time span, who reported first, the outlets
//! and languages, the entities named most, the quotes by speaker, and a timeline.
//!
//! [`summarize`] is a pure function of the story's articles (with their entities, quotes and resolved dates as
//! the analysis found them), so the API can call it on whatever the store holds.

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use warta_model::{Article, QuoteKind};

use crate::terms::{key_terms, TermWeights};
use crate::StoryId;

/// How many entities a summary lists.
const TOP_ENTITIES: usize = 20;

/// A story as an analyst reads it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StorySummary {
    pub id: StoryId,
    /// The most central headline: that of the article closest to what the story's articles have in common.
    pub title: Option<String>,
    pub first_published: Option<DateTime<FixedOffset>>,
    pub last_published: Option<DateTime<FixedOffset>>,
    /// Dated articles by publication time, then undated ones in the order given.
    pub articles: Vec<StoryArticle>,
    /// Languages by number of articles.
    pub languages: Vec<Tally>,
    /// Outlets by number of articles published or sourced.
    pub outlets: Vec<OutletTally>,
    /// The entities named in most articles (by canonical name).
    pub entities: Vec<EntityTally>,
    /// Quotes grouped by speaker, the speakers quoted most first.
    pub voices: Vec<Voice>,
    /// Publications and quotes by date.
    pub timeline: Vec<TimelineItem>,
}

/// One article of a story.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoryArticle {
    pub id: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<DateTime<FixedOffset>>,
    pub lang: Option<String>,
    pub outlet: Option<String>,
    pub original_outlet: Option<String>,
    /// The earliest dated article of the story: who reported first.
    pub first: bool,
}

/// A value and the number of articles that have it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub name: String,
    pub articles: usize,
}

/// An outlet: how many of the story's articles it published, and how many name it as their original source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutletTally {
    pub name: String,
    pub published: usize,
    pub original_of: usize,
}

/// An entity of the story under its canonical name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityTally {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    /// Articles that name it.
    pub articles: usize,
    pub mentions: usize,
}

/// Everything one speaker said in the story.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Voice {
    /// The resolved name, or the speaker phrase as written when it was not resolved.
    pub speaker: String,
    pub quotes: Vec<StoryQuote>,
}

/// A quote and the article it was found in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoryQuote {
    pub article: String,
    pub content: String,
    pub kind: QuoteKind,
    pub via: Option<String>,
    /// The date the words were said (resolved), when the article tells.
    pub said_on: Option<String>,
    pub confidence: f32,
}

/// What a timeline entry records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimelineKind {
    /// An article was published (its headline).
    Published,
    /// Someone said something (dated by the quote's own date, else by its article's).
    Quote,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimelineItem {
    /// ISO 8601 calendar date.
    pub date: String,
    pub kind: TimelineKind,
    pub article: String,
    /// The headline or the quote.
    pub text: String,
    pub speaker: Option<String>,
}

/// Summarises a story from its articles (in any order).
pub fn summarize(story: &StoryId, members: &[&Article]) -> StorySummary {
    let mut order: Vec<&Article> = members.to_vec();
    // Stable: undated articles keep their given order, after the dated ones.
    order.sort_by_key(|a| (a.published.is_none(), a.published));
    let first = order
        .first()
        .filter(|a| a.published.is_some())
        .map(|a| a.id.as_str());
    let articles = order
        .iter()
        .map(|a| StoryArticle {
            id: a.id.clone(),
            title: a.title.clone(),
            url: a.url.clone(),
            published: a.published,
            lang: a.lang.clone(),
            outlet: a.outlet.clone(),
            original_outlet: a.original_outlet.clone(),
            first: Some(a.id.as_str()) == first,
        })
        .collect();
    StorySummary {
        id: story.clone(),
        title: central_headline(&order),
        first_published: order.iter().filter_map(|a| a.published).min(),
        last_published: order.iter().filter_map(|a| a.published).max(),
        articles,
        languages: tally(order.iter().filter_map(|a| a.lang.clone())),
        outlets: outlets(&order),
        entities: entities(&order),
        voices: voices(&order),
        timeline: timeline(&order),
    }
}

/// The headline of the article whose key terms lie closest to the sum of all members' (each member's
/// vector of unit length, so a long article does not outweigh the others).
fn central_headline(members: &[&Article]) -> Option<String> {
    let vectors: Vec<HashMap<String, f32>> = members
        .iter()
        .map(|a| {
            let (terms, _) = key_terms(
                a.title.as_deref().unwrap_or(""),
                &a.text,
                a.lang.as_deref(),
                &TermWeights::default(),
            );
            let norm = terms
                .iter()
                .map(|t| t.weight * t.weight)
                .sum::<f32>()
                .sqrt();
            terms
                .into_iter()
                .map(|t| (t.term, t.weight / norm.max(f32::MIN_POSITIVE)))
                .collect()
        })
        .collect();
    let mut centroid: HashMap<&str, f32> = HashMap::new();
    for vector in &vectors {
        for (term, weight) in vector {
            *centroid.entry(term).or_default() += weight;
        }
    }
    members
        .iter()
        .zip(&vectors)
        .filter_map(|(a, v)| {
            let title = a
                .title
                .as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty())?;
            let closeness: f32 = v
                .iter()
                .map(|(t, w)| w * centroid.get(t.as_str()).copied().unwrap_or(0.0))
                .sum();
            Some((title, closeness))
        })
        // The closest; on a tie the earliest, which comes first.
        .fold(
            None,
            |best: Option<(&str, f32)>, (title, closeness)| match best {
                Some((_, c)) if c >= closeness => best,
                _ => Some((title, closeness)),
            },
        )
        .map(|(title, _)| title.to_string())
}

/// Counts values, most frequent first, then by name.
fn tally(values: impl Iterator<Item = String>) -> Vec<Tally> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for value in values
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
    {
        *counts.entry(value).or_default() += 1;
    }
    let mut tallies: Vec<Tally> = counts
        .into_iter()
        .map(|(name, articles)| Tally { name, articles })
        .collect();
    tallies.sort_by(|a, b| b.articles.cmp(&a.articles).then(a.name.cmp(&b.name)));
    tallies
}

fn outlets(members: &[&Article]) -> Vec<OutletTally> {
    let published = tally(members.iter().filter_map(|a| a.outlet.clone()));
    let original = tally(members.iter().filter_map(|a| a.original_outlet.clone()));
    let mut outlets: Vec<OutletTally> = published
        .iter()
        .map(|t| OutletTally {
            name: t.name.clone(),
            published: t.articles,
            original_of: 0,
        })
        .collect();
    for t in original {
        match outlets.iter_mut().find(|o| o.name == t.name) {
            Some(outlet) => outlet.original_of = t.articles,
            None => outlets.push(OutletTally {
                name: t.name,
                published: 0,
                original_of: t.articles,
            }),
        }
    }
    outlets.sort_by(|a, b| {
        (b.published + b.original_of)
            .cmp(&(a.published + a.original_of))
            .then(a.name.cmp(&b.name))
    });
    outlets
}

fn entities(members: &[&Article]) -> Vec<EntityTally> {
    let mut by_name: HashMap<&str, EntityTally> = HashMap::new();
    for article in members {
        let mut named_here: Vec<&str> = Vec::new();
        for entity in &article.entities {
            let name = entity.name.trim();
            if name.is_empty() {
                continue;
            }
            let tally = by_name.entry(name).or_insert_with(|| EntityTally {
                name: name.to_string(),
                kind: entity.kind.clone(),
                articles: 0,
                mentions: 0,
            });
            tally.mentions += entity.mentions.len().max(1);
            if !named_here.contains(&name) {
                named_here.push(name);
                tally.articles += 1;
            }
        }
    }
    let mut entities: Vec<EntityTally> = by_name.into_values().collect();
    entities.sort_by(|a, b| {
        (b.articles, b.mentions)
            .cmp(&(a.articles, a.mentions))
            .then(a.name.cmp(&b.name))
    });
    entities.truncate(TOP_ENTITIES);
    entities
}

/// Who a quote is by: the resolved name, else the phrase as written.
fn speaker_of(quote: &warta_model::Quote) -> Option<String> {
    quote
        .speaker
        .name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .or_else(|| Some(quote.speaker.text.trim()).filter(|t| !t.is_empty()))
        .map(str::to_string)
}

fn voices(members: &[&Article]) -> Vec<Voice> {
    let mut voices: Vec<Voice> = Vec::new();
    for article in members {
        let mut quotes: Vec<&warta_model::Quote> = article.quotes.iter().collect();
        quotes.sort_by_key(|q| q.start);
        for quote in quotes {
            let Some(speaker) = speaker_of(quote) else {
                continue;
            };
            let said = StoryQuote {
                article: article.id.clone(),
                content: quote.content.clone(),
                kind: quote.kind,
                via: quote.via.clone(),
                said_on: quote.when.as_ref().and_then(|w| w.date.clone()),
                confidence: quote.confidence,
            };
            match voices.iter_mut().find(|v| v.speaker == speaker) {
                Some(voice) => voice.quotes.push(said),
                None => voices.push(Voice {
                    speaker,
                    quotes: vec![said],
                }),
            }
        }
    }
    // Stable: speakers quoted equally often stay in the order they were first quoted.
    voices.sort_by_key(|v| std::cmp::Reverse(v.quotes.len()));
    voices
}

/// Each dated article's publication and each quote, by date (ties keep the articles' time order and the
/// quotes' order in the text). Items with no date at all are left out.
fn timeline(members: &[&Article]) -> Vec<TimelineItem> {
    let day = |d: DateTime<FixedOffset>| d.format("%Y-%m-%d").to_string();
    let mut items = Vec::new();
    for article in members {
        if let Some(published) = article.published {
            items.push(TimelineItem {
                date: day(published),
                kind: TimelineKind::Published,
                article: article.id.clone(),
                text: article.title.clone().unwrap_or_default(),
                speaker: None,
            });
        }
        let mut quotes: Vec<&warta_model::Quote> = article.quotes.iter().collect();
        quotes.sort_by_key(|q| q.start);
        for quote in quotes {
            let said_on = quote.when.as_ref().and_then(|w| w.date.clone());
            let Some(date) = said_on.or_else(|| article.published.map(day)) else {
                continue;
            };
            items.push(TimelineItem {
                date,
                kind: TimelineKind::Quote,
                article: article.id.clone(),
                text: quote.content.clone(),
                speaker: speaker_of(quote),
            });
        }
    }
    // Resolved dates may carry a time after the day ("2024-05-30T10:00"); the day decides the order.
    items.sort_by(|a, b| a.date.get(..10).cmp(&b.date.get(..10)));
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use warta_model::{Entity, Mention, Quote, Speaker, SpeakerKind, When};

    fn article(id: &str, title: &str, text: &str, published: Option<&str>) -> Article {
        Article {
            id: id.into(),
            raw_hash: format!("h-{id}"),
            source: "-".into(),
            url: None,
            title: Some(title.into()),
            text: text.into(),
            lang: Some("en".into()),
            published: published.and_then(|p| DateTime::parse_from_rfc3339(p).ok()),
            outlet: None,
            original_outlet: None,
            authors: vec![],
            removed: vec![],
            entities: vec![],
            quotes: vec![],
            sources: Default::default(),
            languages: Vec::new(),
            segments: vec![],
        }
    }

    fn entity(name: &str, kind: &str, mentions: usize) -> Entity {
        Entity {
            name: name.into(),
            kind: kind.into(),
            roles: vec![],
            mentions: (0..mentions)
                .map(|i| Mention {
                    text: name.into(),
                    start: i * 10,
                    end: i * 10 + name.len(),
                })
                .collect(),
        }
    }

    fn quote(content: &str, speaker: &str, name: Option<&str>, said_on: Option<&str>) -> Quote {
        Quote {
            content: content.into(),
            kind: QuoteKind::Direct,
            cue: Some("said".into()),
            speaker: Speaker {
                text: speaker.into(),
                kind: SpeakerKind::NamedPerson,
                name: name.map(str::to_string),
                start: None,
                end: None,
                antecedent: None,
            },
            via: None,
            when: said_on.map(|d| When {
                text: "on Thursday".into(),
                start: 0,
                end: 11,
                date: Some(d.into()),
            }),
            start: 0,
            end: content.len(),
            confidence: 0.9,
            parts: Vec::new(),
            chain: Vec::new(),
        }
    }

    /// Reports of one event: a wire story, a rewrite, an Indonesian translation, a late follow-up, an undated
    /// scrap.
    fn story() -> Vec<Article> {
        let mut wire = article(
            "wire",
            "Biden allows Ukraine to strike Russia near Kharkiv",
            "Biden allowed Ukraine to use US weapons to strike Russian territory near Kharkiv, officials said.",
            Some("2024-05-30T18:00:00+00:00"),
        );
        wire.outlet = Some("Politico".into());
        wire.entities = vec![
            entity("Joe Biden", "PERSON", 2),
            entity("Kharkiv", "LOCATION", 1),
        ];
        wire.quotes = vec![quote(
            "The president directed his team",
            "an official",
            None,
            Some("2024-05-30"),
        )];
        let mut translation = article(
            "terjemahan",
            "Biden izinkan Ukraina serang Rusia dekat Kharkiv",
            "Biden mengizinkan Ukraina menggunakan senjata AS untuk menyerang wilayah Rusia dekat Kharkiv.",
            Some("2024-05-31T09:00:00+07:00"),
        );
        translation.lang = Some("id".into());
        translation.outlet = Some("Kompas".into());
        translation.original_outlet = Some("Politico".into());
        translation.entities = vec![
            entity("Joe Biden", "PERSON", 1),
            entity("Ukraine", "LOCATION", 3),
        ];
        let mut follow_up = article(
            "follow-up",
            "Blinken defends the decision",
            "Blinken said the decision was right and had been adapted to the battlefield. Biden agreed.",
            Some("2024-06-03T12:00:00+00:00"),
        );
        follow_up.outlet = Some("Reuters".into());
        follow_up.entities = vec![
            entity("Antony Blinken", "PERSON", 1),
            entity("Joe Biden", "PERSON", 1),
        ];
        follow_up.quotes = vec![
            quote(
                "We adapted",
                "Blinken",
                Some("Antony Blinken"),
                Some("2024-05-31"),
            ),
            quote("It was right", "he", Some("Antony Blinken"), None),
        ];
        let echo = article(
            "echo",
            "US lets Ukraine strike Russian territory with its weapons",
            "The US will let Ukraine use its weapons to strike Russian territory near Kharkiv, officials said.",
            Some("2024-05-30T20:00:00+00:00"),
        );
        let undated = article("undated", "", "Kharkiv.", None);
        vec![follow_up, undated, echo, translation, wire]
    }

    #[test]
    fn articles_are_ordered_by_time_and_the_first_reporter_is_marked() {
        let articles = story();
        let members: Vec<&Article> = articles.iter().collect();
        let summary = summarize(&StoryId::from("s-1"), &members);
        let order: Vec<(&str, bool)> = summary
            .articles
            .iter()
            .map(|a| (a.id.as_str(), a.first))
            .collect();
        assert_eq!(
            order,
            [
                ("wire", true),
                ("echo", false),
                ("terjemahan", false),
                ("follow-up", false),
                ("undated", false)
            ]
        );
        assert_eq!(
            summary.first_published.map(|d| d.to_rfc3339()),
            Some("2024-05-30T18:00:00+00:00".into())
        );
        assert_eq!(
            summary.last_published.map(|d| d.to_rfc3339()),
            Some("2024-06-03T12:00:00+00:00".into())
        );
    }

    #[test]
    fn the_title_is_the_most_central_headline() {
        let articles = story();
        let members: Vec<&Article> = articles.iter().collect();
        let summary = summarize(&StoryId::from("s-1"), &members);
        assert_eq!(
            summary.title.as_deref(),
            Some("Biden allows Ukraine to strike Russia near Kharkiv")
        );
    }

    #[test]
    fn languages_outlets_and_entities_are_counted_per_article() {
        let articles = story();
        let members: Vec<&Article> = articles.iter().collect();
        let summary = summarize(&StoryId::from("s-1"), &members);
        let languages: Vec<(&str, usize)> = summary
            .languages
            .iter()
            .map(|t| (t.name.as_str(), t.articles))
            .collect();
        assert_eq!(languages, [("en", 4), ("id", 1)]);
        let outlets: Vec<(&str, usize, usize)> = summary
            .outlets
            .iter()
            .map(|o| (o.name.as_str(), o.published, o.original_of))
            .collect();
        assert_eq!(
            outlets,
            [("Politico", 1, 1), ("Kompas", 1, 0), ("Reuters", 1, 0)]
        );
        let entities: Vec<(&str, usize, usize)> = summary
            .entities
            .iter()
            .map(|e| (e.name.as_str(), e.articles, e.mentions))
            .collect();
        assert_eq!(
            entities,
            [
                ("Joe Biden", 3, 4),
                ("Ukraine", 1, 3),
                ("Antony Blinken", 1, 1),
                ("Kharkiv", 1, 1)
            ]
        );
    }

    #[test]
    fn quotes_are_grouped_by_resolved_speaker() {
        let articles = story();
        let members: Vec<&Article> = articles.iter().collect();
        let summary = summarize(&StoryId::from("s-1"), &members);
        let voices: Vec<(&str, Vec<&str>)> = summary
            .voices
            .iter()
            .map(|v| {
                (
                    v.speaker.as_str(),
                    v.quotes.iter().map(|q| q.content.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(
            voices,
            [
                ("Antony Blinken", vec!["We adapted", "It was right"]),
                ("an official", vec!["The president directed his team"]),
            ]
        );
    }

    #[test]
    fn the_timeline_dates_quotes_by_their_own_date_else_by_their_article() {
        let articles = story();
        let members: Vec<&Article> = articles.iter().collect();
        let summary = summarize(&StoryId::from("s-1"), &members);
        let timeline: Vec<(&str, TimelineKind, &str)> = summary
            .timeline
            .iter()
            .map(|t| (t.date.as_str(), t.kind, t.article.as_str()))
            .collect();
        assert_eq!(
            timeline,
            [
                ("2024-05-30", TimelineKind::Published, "wire"),
                ("2024-05-30", TimelineKind::Quote, "wire"),
                ("2024-05-30", TimelineKind::Published, "echo"),
                ("2024-05-31", TimelineKind::Published, "terjemahan"),
                ("2024-05-31", TimelineKind::Quote, "follow-up"),
                ("2024-06-03", TimelineKind::Published, "follow-up"),
                ("2024-06-03", TimelineKind::Quote, "follow-up"),
            ]
        );
    }

    #[test]
    fn an_empty_story_summarises_to_nothing_and_serialises() {
        let summary = summarize(&StoryId::from("s-0"), &[]);
        assert_eq!(summary.title, None);
        assert!(summary.articles.is_empty() && summary.timeline.is_empty());
        let json = serde_json::to_value(&summary).unwrap();
        assert_eq!(json["id"], "s-0");
    }
}
