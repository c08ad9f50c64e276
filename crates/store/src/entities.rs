//! Entities across articles: one canonical name for the spellings of one person or place, how often an
//! entity is named over time and by which outlets, and the quotes that speak about it.
//!
//! The analyser merges spellings within one article and through its alias table; across articles a name
//! still arrives spelled as each outlet transliterates it ("Dmitriy Peskov" here, "Dmitry Peskov" there).
//! So each entity row gets a canonical name when it is written: the one the same name and type already
//! have; else, for a person or a place, that of a stored name of the same type matching it by skeleton
//! ([`warta_analyze::entity::skeleton`]) unless the alias table keeps the two apart; else its own name.
//! The first spelling stored stands for the others, and lists, filters and entity pages go by it.
//!
//! Mentions are kept with their offsets, so a quote is known to speak about an entity when one of the
//! entity's mentions lies inside the quoted words.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use warta_analyze::entity::skeleton::{match_key, same_name};
use warta_analyze::entity::AliasTable;
use warta_model::{Article, Entity};

use crate::read::{quote_rows, NEWEST_FIRST};
use crate::{count, sql_int, QuoteRow, Store, StoreError};

/// The most stored spellings compared with a new name: names sharing a skeleton key are few, and a
/// pathological key must not make a write slow.
const MAX_CANDIDATES: i64 = 64;

/// Articles and mentions in one period (or in the undated articles).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TimelineBucket {
    /// The day (`YYYY-MM-DD`, the article's own calendar date), or for a week its Monday.
    pub date: String,
    pub articles: usize,
    pub mentions: usize,
}

/// An outlet naming an entity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OutletMentions {
    /// `None` for the articles whose outlet is unknown.
    pub outlet: Option<String>,
    pub articles: usize,
    pub mentions: usize,
}

/// How often an entity is named over time, and by whom.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EntityTimeline {
    /// The canonical name.
    pub name: String,
    /// The types it was found as (PERSON, LOCATION, …).
    pub types: Vec<String>,
    /// The names stored under it, the most frequent first: the canonical name and the other spellings.
    pub spellings: Vec<String>,
    /// One bucket per day with articles naming it, oldest first.
    pub days: Vec<TimelineBucket>,
    /// Articles without a publication date that name it, and their mentions.
    pub undated_articles: usize,
    pub undated_mentions: usize,
    /// The outlets naming it, most articles first.
    pub outlets: Vec<OutletMentions>,
}

impl EntityTimeline {
    /// The days added up by ISO week (Monday to Sunday), oldest first; weeks without articles are left out.
    pub fn weeks(&self) -> Vec<TimelineBucket> {
        let mut weeks: BTreeMap<NaiveDate, (usize, usize)> = BTreeMap::new();
        for day in &self.days {
            let Ok(date) = NaiveDate::parse_from_str(&day.date, "%Y-%m-%d") else {
                continue;
            };
            let back = Days::new(u64::from(date.weekday().num_days_from_monday()));
            let monday = date.checked_sub_days(back).unwrap_or(date);
            let week = weeks.entry(monday).or_default();
            week.0 += day.articles;
            week.1 += day.mentions;
        }
        weeks
            .into_iter()
            .map(|(monday, (articles, mentions))| TimelineBucket {
                date: monday.format("%Y-%m-%d").to_string(),
                articles,
                mentions,
            })
            .collect()
    }
}

impl Store {
    /// The canonical name `name` is stored under: its own when it is canonical, that of its group when it
    /// is another spelling ("Dmitry Peskov" → "Dmitriy Peskov"); `None` when no article names it.
    pub fn entity_canonical(&self, name: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .reader()
            .query_row(
                "SELECT canonical FROM entities WHERE canonical = ?1 OR name = ?1
                 ORDER BY canonical = ?1 DESC LIMIT 1",
                [name],
                |row| row.get(0),
            )
            .optional()?)
    }

    /// How often the entity with canonical name `name` is named, per day and per outlet.
    pub fn entity_timeline(&self, name: &str) -> Result<EntityTimeline, StoreError> {
        let conn = self.reader();
        let mut timeline = EntityTimeline {
            name: name.to_string(),
            types: Vec::new(),
            spellings: Vec::new(),
            days: Vec::new(),
            undated_articles: 0,
            undated_mentions: 0,
            outlets: Vec::new(),
        };
        let mut statement = conn.prepare_cached(
            "SELECT type FROM entities WHERE canonical = ?1 GROUP BY type ORDER BY COUNT(*) DESC, type",
        )?;
        timeline.types = statement
            .query_map([name], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        let mut statement = conn.prepare_cached(
            "SELECT name FROM entities WHERE canonical = ?1 GROUP BY name
             ORDER BY name = ?1 DESC, COUNT(*) DESC, name",
        )?;
        timeline.spellings = statement
            .query_map([name], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        // The article's own calendar date: `published` keeps the offset the article gave.
        let mut statement = conn.prepare_cached(
            "SELECT substr(a.published, 1, 10), COUNT(DISTINCT e.article_id), SUM(e.mentions)
             FROM entities e JOIN articles a ON a.id = e.article_id
             WHERE e.canonical = ?1 GROUP BY 1 ORDER BY 1",
        )?;
        let rows = statement.query_map([name], |row| {
            Ok((
                row.get::<_, Option<String>>(0)?,
                count(row.get(1)?),
                count(row.get(2)?),
            ))
        })?;
        for row in rows {
            match row? {
                (Some(date), articles, mentions) => timeline.days.push(TimelineBucket {
                    date,
                    articles,
                    mentions,
                }),
                (None, articles, mentions) => {
                    timeline.undated_articles = articles;
                    timeline.undated_mentions = mentions;
                }
            }
        }
        let mut statement = conn.prepare_cached(
            "SELECT a.outlet, COUNT(DISTINCT e.article_id), SUM(e.mentions)
             FROM entities e JOIN articles a ON a.id = e.article_id
             WHERE e.canonical = ?1 GROUP BY a.outlet ORDER BY 2 DESC, 3 DESC, a.outlet",
        )?;
        timeline.outlets = statement
            .query_map([name], |row| {
                Ok(OutletMentions {
                    outlet: row.get(0)?,
                    articles: count(row.get(1)?),
                    mentions: count(row.get(2)?),
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(timeline)
    }

    /// Quotes about the entity with canonical name `name`: those whose quoted words mention it, newest
    /// first (by their article's publication date), at most `limit`. Its own words are left out: they are
    /// the quotes by it ([`Store::quotes`] with its name as the speaker).
    pub fn quotes_about(&self, name: &str, limit: usize) -> Result<Vec<QuoteRow>, StoreError> {
        let conn = self.reader();
        let mut statement = conn.prepare_cached(&format!(
            r#"SELECT q.article_id, a.title, a.published, q.json
               FROM quotes q JOIN articles a ON a.id = q.article_id
               WHERE q.article_id IN (SELECT article_id FROM entities WHERE canonical = ?1)
                 AND EXISTS (
                     SELECT 1 FROM entities e
                     JOIN mentions m ON m.article_id = e.article_id AND m.entity = e.ordinal
                     WHERE e.article_id = q.article_id AND e.canonical = ?1
                       AND m.start >= q.start AND m."end" <= q."end")
                 AND instr(q.speaker_key, ?3) = 0
               ORDER BY {NEWEST_FIRST}, q.ordinal LIMIT ?2"#
        ))?;
        let speaker = name.to_lowercase();
        quote_rows(&mut statement, params![name, sql_int(limit), speaker])
    }
}

/// Writes the entities of `article` with their canonical names and their mentions.
pub(crate) fn insert_entities(
    conn: &Connection,
    article: &Article,
    aliases: &AliasTable,
) -> Result<(), StoreError> {
    let mut insert = conn.prepare_cached(
        "INSERT INTO entities (article_id, ordinal, name, type, mentions, canonical, name_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (ordinal, entity) in article.entities.iter().enumerate() {
        let canonical = canonical_name(conn, &entity.name, &entity.kind, aliases)?;
        insert.execute(params![
            article.id,
            sql_int(ordinal),
            entity.name,
            entity.kind,
            sql_int(entity.mentions.len()),
            canonical,
            match_key(&entity.name),
        ])?;
        insert_mentions(conn, &article.id, ordinal, entity)?;
    }
    Ok(())
}

fn insert_mentions(
    conn: &Connection,
    article_id: &str,
    ordinal: usize,
    entity: &Entity,
) -> Result<(), StoreError> {
    let mut insert = conn.prepare_cached(
        r#"INSERT INTO mentions (article_id, entity, start, "end") VALUES (?1, ?2, ?3, ?4)"#,
    )?;
    for mention in &entity.mentions {
        insert.execute(params![
            article_id,
            sql_int(ordinal),
            sql_int(mention.start),
            sql_int(mention.end)
        ])?;
    }
    Ok(())
}

/// The canonical name for an entity named `name` of type `kind`, given what is stored (see the module
/// documentation). Two names `aliases` knows as different entities never merge.
fn canonical_name(
    conn: &Connection,
    name: &str,
    kind: &str,
    aliases: &AliasTable,
) -> Result<String, StoreError> {
    let known: Option<String> = conn
        .prepare_cached(
            "SELECT canonical FROM entities WHERE name = ?1 AND type = ?2 AND canonical IS NOT NULL
             LIMIT 1",
        )?
        .query_row([name, kind], |row| row.get(0))
        .optional()?;
    if let Some(known) = known {
        return Ok(known);
    }
    let Some(key) = match_key(name).filter(|_| matches!(kind, "PERSON" | "LOCATION")) else {
        return Ok(name.to_string());
    };
    let mut candidates = conn.prepare_cached(
        "SELECT name, canonical FROM entities
         WHERE type = ?1 AND name_key = ?2 AND canonical IS NOT NULL
         GROUP BY name ORDER BY MIN(rowid) LIMIT ?3",
    )?;
    let rows = candidates.query_map(params![kind, key, MAX_CANDIDATES], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
    })?;
    for row in rows {
        let (other, canonical) = row?;
        if same_name(name, &other)
            && !aliases.keeps_apart(name, &other)
            && !aliases.keeps_apart(name, &canonical)
        {
            return Ok(canonical);
        }
    }
    Ok(name.to_string())
}

/// Gives the entities stored before canonical names existed their canonical names, skeleton keys and
/// mentions, oldest article first so the first spelling stored stands for the others. A no-op once done.
pub(crate) fn fill_canonical(
    conn: &mut Connection,
    aliases: &AliasTable,
) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    {
        let articles: Vec<(String, String)> = tx
            .prepare(
                "SELECT a.id, a.json FROM articles a
                 WHERE EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.canonical IS NULL)
                 ORDER BY a.rowid",
            )?
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<Result<_, _>>()?;
        let mut update = tx.prepare(
            "UPDATE entities SET canonical = ?3, name_key = ?4 WHERE article_id = ?1 AND ordinal = ?2",
        )?;
        for (id, json) in articles {
            let article: Article = serde_json::from_str(&json)?;
            for (ordinal, entity) in article.entities.iter().enumerate() {
                let canonical = canonical_name(&tx, &entity.name, &entity.kind, aliases)?;
                update.execute(params![
                    id,
                    sql_int(ordinal),
                    canonical,
                    match_key(&entity.name)
                ])?;
                insert_mentions(&tx, &id, ordinal, entity)?;
            }
        }
    }
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use warta_model::{Format, Mention, RawDocument};

    use super::*;
    use crate::tests::{pair, quote};

    fn entity(name: &str, kind: &str, mentions: &[(usize, usize)]) -> Entity {
        Entity {
            name: name.to_string(),
            kind: kind.to_string(),
            roles: Vec::new(),
            mentions: mentions
                .iter()
                .map(|&(start, end)| Mention {
                    text: name.to_string(),
                    start,
                    end,
                })
                .collect(),
        }
    }

    /// An article `n` of `outlet` published at `published` (undated when empty) naming `entities`.
    fn article(
        n: usize,
        outlet: &str,
        published: &str,
        entities: Vec<Entity>,
    ) -> (RawDocument, Article) {
        let (raw, mut article) = pair(
            n,
            &format!("Artikel {n}"),
            &format!("Isi artikel {n}."),
            published,
        );
        article.outlet = (!outlet.is_empty()).then(|| outlet.to_string());
        article.entities = entities;
        (raw, article)
    }

    fn names(store: &Store) -> Vec<(String, String, usize)> {
        let mut rows: Vec<_> = store
            .entities(100)
            .unwrap()
            .into_iter()
            .map(|row| (row.name, row.kind, row.articles))
            .collect();
        rows.sort();
        rows
    }

    #[test]
    fn spellings_across_articles_share_the_first_ones_canonical_name() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let batch = [
            article(
                0,
                "A",
                "2024-03-04T09:00:00+07:00",
                vec![
                    entity("Dmitriy Peskov", "PERSON", &[(0, 14)]),
                    entity("Kharkov", "LOCATION", &[(20, 27)]),
                    entity("Putin", "PERSON", &[(30, 35)]),
                    entity("Kim", "PERSON", &[(40, 43)]),
                ],
            ),
            article(
                1,
                "B",
                "2024-03-05T09:00:00+07:00",
                vec![
                    entity("Dmitry Peskov", "PERSON", &[(0, 13)]),
                    entity("Kharkiv", "LOCATION", &[(20, 27)]),
                    entity("Patin", "PERSON", &[(30, 35)]),
                    entity("Kin", "PERSON", &[(40, 43)]),
                    // Another type never merges.
                    entity("Kharkiv", "ORGANIZATION", &[(50, 57)]),
                ],
            ),
        ];
        store.put_batch(&batch[..1]).unwrap();
        store.put_batch(&batch[1..]).unwrap();
        // One entity for both spellings of Peskov and of Kharkiv, under the first stored.
        assert_eq!(
            names(&store),
            [
                ("Dmitriy Peskov".to_string(), "PERSON".to_string(), 2),
                ("Kharkiv".to_string(), "ORGANIZATION".to_string(), 1),
                ("Kharkov".to_string(), "LOCATION".to_string(), 2),
                ("Kim".to_string(), "PERSON".to_string(), 1),
                ("Kin".to_string(), "PERSON".to_string(), 1),
                ("Patin".to_string(), "PERSON".to_string(), 1),
                ("Putin".to_string(), "PERSON".to_string(), 1),
            ]
        );
        for (asked, canonical) in [
            ("Dmitry Peskov", Some("Dmitriy Peskov")),
            ("Dmitriy Peskov", Some("Dmitriy Peskov")),
            // A name that is itself canonical answers for itself: here the organisation.
            ("Kharkiv", Some("Kharkiv")),
            ("Nobody", None),
        ] {
            assert_eq!(
                store.entity_canonical(asked).unwrap().as_deref(),
                canonical,
                "{asked}"
            );
        }
        // Quotes filtered by an entity find it under any of its spellings.
        let timeline = store.entity_timeline("Dmitriy Peskov").unwrap();
        assert_eq!(timeline.spellings, ["Dmitriy Peskov", "Dmitry Peskov"]);
        assert_eq!(timeline.types, ["PERSON"]);
    }

    #[test]
    fn unlisted_spellings_join_the_listed_name() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        // "Kyïv" is an unlisted spelling of "Kyiv" and joins it; "Kiev" is listed as one and joins it too.
        store
            .put_batch(&[
                article(0, "A", "", vec![entity("Kyiv", "LOCATION", &[(0, 4)])]),
                article(1, "A", "", vec![entity("Kyïv", "LOCATION", &[(0, 4)])]),
                article(2, "A", "", vec![entity("Kiev", "LOCATION", &[(0, 4)])]),
            ])
            .unwrap();
        assert_eq!(
            names(&store),
            [("Kyiv".to_string(), "LOCATION".to_string(), 3)]
        );
        // "Ukraina" is listed as "Ukraine" and matches it by skeleton too; "Austria" matches nothing.
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        store
            .put_batch(&[
                article(0, "A", "", vec![entity("Austria", "LOCATION", &[(0, 7)])]),
                article(1, "A", "", vec![entity("Ukraine", "LOCATION", &[(0, 7)])]),
                article(2, "A", "", vec![entity("Ukraina", "LOCATION", &[(0, 7)])]),
            ])
            .unwrap();
        assert_eq!(
            names(&store),
            [
                ("Austria".to_string(), "LOCATION".to_string(), 1),
                ("Ukraine".to_string(), "LOCATION".to_string(), 2),
            ]
        );
    }

    #[test]
    fn the_timeline_counts_articles_and_mentions_by_day_week_and_outlet() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let prabowo = |n: usize| entity("Prabowo Subianto", "PERSON", &vec![(0, 16); n]);
        store
            .put_batch(&[
                // Monday 4 and Tuesday 5 March are one week; Monday 11 March the next.
                article(0, "Kompas", "2024-03-04T09:00:00+07:00", vec![prabowo(2)]),
                article(1, "Tempo", "2024-03-04T23:30:00+07:00", vec![prabowo(1)]),
                article(2, "Kompas", "2024-03-05T09:00:00+07:00", vec![prabowo(3)]),
                article(3, "Kompas", "2024-03-11T09:00:00+07:00", vec![prabowo(1)]),
                article(4, "", "", vec![prabowo(4)]),
                article(5, "Tempo", "2024-03-11T09:00:00+07:00", Vec::new()),
            ])
            .unwrap();
        let timeline = store.entity_timeline("Prabowo Subianto").unwrap();
        let bucket = |date: &str, articles, mentions| TimelineBucket {
            date: date.to_string(),
            articles,
            mentions,
        };
        assert_eq!(
            timeline.days,
            [
                bucket("2024-03-04", 2, 3),
                bucket("2024-03-05", 1, 3),
                bucket("2024-03-11", 1, 1)
            ]
        );
        assert_eq!(
            timeline.weeks(),
            [bucket("2024-03-04", 3, 6), bucket("2024-03-11", 1, 1)]
        );
        assert_eq!(
            (timeline.undated_articles, timeline.undated_mentions),
            (1, 4)
        );
        let outlets: Vec<(Option<&str>, usize, usize)> = timeline
            .outlets
            .iter()
            .map(|o| (o.outlet.as_deref(), o.articles, o.mentions))
            .collect();
        assert_eq!(
            outlets,
            [(Some("Kompas"), 3, 6), (None, 1, 4), (Some("Tempo"), 1, 1)]
        );
        let nobody = store.entity_timeline("Nobody").unwrap();
        assert!(nobody.days.is_empty() && nobody.outlets.is_empty() && nobody.weeks().is_empty());
    }

    #[test]
    fn quotes_about_an_entity_mention_it_inside_the_quoted_words() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        // The quote covers code points 10..20: a mention there is spoken about; one before it is not.
        let (raw, mut about) = article(
            0,
            "A",
            "2024-03-04T09:00:00+07:00",
            vec![
                entity("Kharkiv", "LOCATION", &[(12, 19)]),
                entity("Joko Widodo", "PERSON", &[(0, 8)]),
            ],
        );
        about
            .quotes
            .push(quote("Di Kharkiv", "Joko Widodo", Some("Joko Widodo")));
        store.put_batch(&[(raw, about)]).unwrap();
        let kharkiv = store.quotes_about("Kharkiv", 10).unwrap();
        assert_eq!(kharkiv.len(), 1);
        assert_eq!(kharkiv[0].quote.content, "Di Kharkiv");
        assert!(store.quotes_about("Joko Widodo", 10).unwrap().is_empty());
        // Its own words are not about it, even when they name it.
        let (raw, mut own) = article(
            1,
            "A",
            "2024-03-05T09:00:00+07:00",
            vec![entity("Kharkiv", "LOCATION", &[(12, 19)])],
        );
        own.quotes
            .push(quote("Di Kharkiv", "Kharkiv", Some("Kharkiv")));
        store.put_batch(&[(raw, own)]).unwrap();
        assert_eq!(store.quotes_about("Kharkiv", 10).unwrap().len(), 1);
    }

    #[test]
    fn entities_stored_before_canonical_names_get_them_on_opening() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open(dir.path()).unwrap();
            store
                .put_batch(&[
                    article(
                        0,
                        "A",
                        "",
                        vec![entity("Dmitriy Peskov", "PERSON", &[(0, 14)])],
                    ),
                    article(
                        1,
                        "A",
                        "",
                        vec![entity("Dmitry Peskov", "PERSON", &[(0, 13)])],
                    ),
                ])
                .unwrap();
            // As a version 3 store left them.
            let conn = store.writer();
            conn.execute_batch(
                "UPDATE entities SET canonical = NULL, name_key = NULL; DELETE FROM mentions;",
            )
            .unwrap();
        }
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(
            names(&store),
            [("Dmitriy Peskov".to_string(), "PERSON".to_string(), 2)]
        );
        let mentions: i64 = store
            .reader()
            .query_row("SELECT COUNT(*) FROM mentions", [], |row| row.get(0))
            .unwrap();
        assert_eq!(mentions, 2);
    }

    /// The must-show case end to end: an Indonesian and an English article about the same people and
    /// places, each spelling them its own way, read by the pipeline and stored, give one entity each.
    #[test]
    fn an_indonesian_and_an_english_article_share_canonical_entities() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let batch: Vec<(RawDocument, Article)> = [
            (
                "testdata/zelensky-id.txt",
                &include_bytes!("../testdata/zelensky-id.txt")[..],
            ),
            (
                "testdata/zelensky-en.txt",
                &include_bytes!("../testdata/zelensky-en.txt")[..],
            ),
        ]
        .into_iter()
        .map(|(source, bytes)| {
            let raw = RawDocument::new(source, Format::Text, bytes.to_vec());
            let article = warta_pipeline::process(&raw).unwrap();
            (raw, article)
        })
        .collect();
        store.put_batch(&batch).unwrap();
        let entities = store.entities(100).unwrap();
        for (name, kind) in [
            ("Volodymyr Zelensky", "PERSON"),
            ("Dmytro Kuleba", "PERSON"),
            ("John Kirby", "PERSON"),
            ("Kyiv", "LOCATION"),
            ("United States", "LOCATION"),
            ("Ukraine", "LOCATION"),
            ("White House", "ORGANIZATION"),
        ] {
            let rows: Vec<&crate::EntityRow> = entities.iter().filter(|e| e.name == name).collect();
            assert_eq!(rows.len(), 1, "one {name}: {entities:#?}");
            assert_eq!(
                (rows[0].kind.as_str(), rows[0].articles),
                (kind, 2),
                "{name}: {entities:#?}"
            );
        }
        for spelling in [
            "Volodymyr Zelenskyy",
            "Zelensky",
            "Kiev",
            "Amerika Serikat",
            "Dmitro Kuleba",
        ] {
            let canonical = store.entity_canonical(spelling).unwrap();
            assert!(
                canonical.is_none() || entities.iter().any(|e| Some(&e.name) == canonical.as_ref()),
                "{spelling} → {canonical:?}"
            );
        }
        assert_eq!(
            store.entity_canonical("Dmitro Kuleba").unwrap().as_deref(),
            Some("Dmytro Kuleba")
        );
    }
}
