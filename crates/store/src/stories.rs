//! Stories: which story each article joined, merged stories' old ids, and the clusterer's checkpoint.
//!
//! Ingest runs the clusterer (`warta_stories`) and the store keeps what it decided, so that readers need no
//! clusterer: `story_members` gives each article its story (always the surviving one: a merge rewrites the
//! members), `story_aliases` leads a merged story's old id to the survivor.
//!
//! The clusterer's state is checkpointed now and then rather than after every batch, because it is large
//! (its vocabulary and stories) and rewriting it per batch would make ingest cost grow with the archive. The
//! checkpoint records the member sequence number it includes; the members after it, replayed in order,
//! bring a loaded clusterer to exactly where the last ingest stopped (the clusterer is deterministic).

use rusqlite::{params, OptionalExtension, Transaction};
use serde::Serialize;
use warta_model::Article;

use crate::{count, sql_int, Store, StoreError};

/// One line of a story list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StoryRow {
    pub id: String,
    /// The headline of the story's first article (the earliest published, else the first stored).
    pub title: Option<String>,
    pub articles: usize,
    /// ISO 8601 in UTC.
    pub first_published: Option<String>,
    /// ISO 8601 in UTC.
    pub last_published: Option<String>,
    /// Language codes of its articles, most used first.
    pub languages: Vec<String>,
}

/// The clusterer's serialised state, as it was after the story member with sequence number `through`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClustererCheckpoint {
    pub state: Vec<u8>,
    pub through: u64,
}

/// A story member as the translated-duplicate check needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberText {
    pub id: String,
    pub lang: Option<String>,
    pub text: String,
}

impl Store {
    /// Stories, the most recently published first (undated stories last), `limit` of them from `offset`.
    pub fn stories(&self, offset: usize, limit: usize) -> Result<Vec<StoryRow>, StoreError> {
        let conn = self.reader();
        let mut statement = conn.prepare_cached(
            "SELECT m.story_id, COUNT(*), MIN(a.published_utc), MAX(a.published_utc),
                    (SELECT a2.title FROM story_members m2 JOIN articles a2 ON a2.id = m2.article_id
                     WHERE m2.story_id = m.story_id
                     ORDER BY a2.title IS NULL, a2.published_utc IS NULL, a2.published_utc, m2.seq LIMIT 1),
                    (SELECT group_concat(lang, ',') FROM
                        (SELECT a3.lang AS lang FROM story_members m3 JOIN articles a3 ON a3.id = m3.article_id
                         WHERE m3.story_id = m.story_id AND a3.lang IS NOT NULL
                         GROUP BY a3.lang ORDER BY COUNT(*) DESC, a3.lang))
             FROM story_members m JOIN articles a ON a.id = m.article_id
             GROUP BY m.story_id
             ORDER BY MAX(a.published_utc) DESC, COUNT(*) DESC, m.story_id
             LIMIT ?1 OFFSET ?2",
        )?;
        let rows = statement.query_map(params![sql_int(limit), sql_int(offset)], |row| {
            let languages: Option<String> = row.get(5)?;
            Ok(StoryRow {
                id: row.get(0)?,
                articles: count(row.get(1)?),
                first_published: row.get(2)?,
                last_published: row.get(3)?,
                title: row.get(4)?,
                languages: languages
                    .unwrap_or_default()
                    .split(',')
                    .filter(|lang| !lang.is_empty())
                    .map(str::to_string)
                    .collect(),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// How many stories there are (for paging through [`Store::stories`]).
    pub fn count_stories(&self) -> Result<usize, StoreError> {
        let n: i64 = self.reader().query_row(
            "SELECT COUNT(DISTINCT story_id) FROM story_members",
            [],
            |row| row.get(0),
        )?;
        Ok(count(n))
    }

    /// The story with this id (or the story it was merged into, for an old id): its current id and its
    /// articles in the order they joined. `None` when no article belongs to it.
    pub fn story(&self, id: &str) -> Result<Option<(String, Vec<Article>)>, StoreError> {
        let conn = self.reader();
        let current: String = conn
            .query_row(
                "SELECT story_id FROM story_aliases WHERE alias = ?1",
                [id],
                |row| row.get(0),
            )
            .optional()?
            .unwrap_or_else(|| id.to_string());
        let mut statement = conn.prepare_cached(
            "SELECT a.json FROM story_members m JOIN articles a ON a.id = m.article_id
             WHERE m.story_id = ?1 ORDER BY m.seq",
        )?;
        let articles = statement
            .query_map([&current], |row| row.get::<_, String>(0))?
            .map(|json| Ok(serde_json::from_str(&json?)?))
            .collect::<Result<Vec<Article>, StoreError>>()?;
        Ok((!articles.is_empty()).then_some((current, articles)))
    }

    /// The story an article belongs to.
    pub fn story_of(&self, article_id: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .reader()
            .query_row(
                "SELECT story_id FROM story_members WHERE article_id = ?1",
                [article_id],
                |row| row.get(0),
            )
            .optional()?)
    }

    /// Every story's current id (merged stories' old ids not included).
    pub fn story_ids(&self) -> Result<Vec<String>, StoreError> {
        let conn = self.reader();
        let mut statement =
            conn.prepare_cached("SELECT DISTINCT story_id FROM story_members ORDER BY story_id")?;
        let ids = statement.query_map([], |row| row.get(0))?;
        Ok(ids.collect::<Result<_, _>>()?)
    }

    /// The `limit` latest members of a story, with their language and text.
    pub fn story_member_texts(
        &self,
        story_id: &str,
        limit: usize,
    ) -> Result<Vec<MemberText>, StoreError> {
        let conn = self.reader();
        let mut statement = conn.prepare_cached(
            "SELECT a.id, a.lang, a.text FROM story_members m JOIN articles a ON a.id = m.article_id
             WHERE m.story_id = ?1 ORDER BY m.seq DESC LIMIT ?2",
        )?;
        let rows = statement.query_map(params![story_id, sql_int(limit)], |row| {
            Ok(MemberText {
                id: row.get(0)?,
                lang: row.get(1)?,
                text: row.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The last clusterer checkpoint, if any.
    pub fn clusterer_checkpoint(&self) -> Result<Option<ClustererCheckpoint>, StoreError> {
        let found = self
            .reader()
            .query_row(
                "SELECT state, through FROM clusterer_checkpoint WHERE id = 1",
                [],
                |row| Ok((row.get::<_, Vec<u8>>(0)?, row.get::<_, i64>(1)?)),
            )
            .optional()?;
        Ok(found.map(|(state, through)| ClustererCheckpoint {
            state,
            through: u64::try_from(through).unwrap_or(0),
        }))
    }

    /// The articles the clusterer saw after the member with sequence number `through`, in the order it saw
    /// them: what to replay on top of a checkpoint.
    pub fn clustered_after(&self, through: u64) -> Result<Vec<Article>, StoreError> {
        let conn = self.reader();
        let mut statement = conn.prepare_cached(
            "SELECT a.json FROM story_members m JOIN articles a ON a.id = m.article_id
             WHERE m.seq > ?1 ORDER BY m.seq",
        )?;
        let rows = statement.query_map([i64::try_from(through).unwrap_or(i64::MAX)], |row| {
            row.get::<_, String>(0)
        })?;
        rows.map(|json| Ok(serde_json::from_str(&json?)?)).collect()
    }

    /// The ids of the articles that belong to no story (stored before warta kept stories), oldest first.
    pub fn unclustered_ids(&self) -> Result<Vec<String>, StoreError> {
        let conn = self.reader();
        let mut statement = conn.prepare(
            "SELECT id FROM articles a WHERE NOT EXISTS
                (SELECT 1 FROM story_members m WHERE m.article_id = a.id)
             ORDER BY rowid",
        )?;
        let ids = statement.query_map([], |row| row.get(0))?;
        Ok(ids.collect::<Result<_, _>>()?)
    }

    /// Calls `each` with every stored article's id and near-duplicate signature bytes, in the order they were
    /// stored (to rebuild the near-duplicate index). An article stored without a signature (by a warta before
    /// signatures were kept) comes with its text instead, to sign again.
    pub fn for_each_minhash(
        &self,
        mut each: impl FnMut(&str, StoredMinhash<'_>),
    ) -> Result<(), StoreError> {
        let conn = self.reader();
        // The text is read only where the signature is missing: reading every text is what this avoids.
        let mut statement = conn.prepare(
            "SELECT id, minhash, CASE WHEN minhash IS NULL THEN text END FROM articles ORDER BY rowid",
        )?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            let id: String = row.get(0)?;
            let minhash: Option<Vec<u8>> = row.get(1)?;
            let text: Option<String> = row.get(2)?;
            match (&minhash, &text) {
                (Some(bytes), _) => each(&id, StoredMinhash::Bytes(bytes)),
                (None, Some(text)) => each(&id, StoredMinhash::Missing { text }),
                (None, None) => {}
            }
        }
        Ok(())
    }
}

/// What [`Store::for_each_minhash`] finds for an article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoredMinhash<'a> {
    /// The signature bytes stored with the article.
    Bytes(&'a [u8]),
    /// No signature was stored: the article's text, to compute it from.
    Missing { text: &'a str },
}

/// Records that an article joined a story (under the story's current id, should it have been merged).
pub(crate) fn insert_member(
    tx: &Transaction<'_>,
    article_id: &str,
    story_id: &str,
    joined_at: &str,
) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT OR IGNORE INTO story_members (article_id, story_id, joined_at)
         VALUES (?1, COALESCE((SELECT story_id FROM story_aliases WHERE alias = ?2), ?2), ?3)",
    )?
    .execute(params![article_id, story_id, joined_at])?;
    Ok(())
}

/// Records that `alias` was merged into `survivor`: its members and its own aliases move to the survivor.
pub(crate) fn insert_alias(
    tx: &Transaction<'_>,
    alias: &str,
    survivor: &str,
) -> Result<(), StoreError> {
    if alias == survivor {
        return Ok(());
    }
    tx.execute(
        "INSERT OR REPLACE INTO story_aliases (alias, story_id) VALUES (?1, ?2)",
        [alias, survivor],
    )?;
    tx.execute(
        "UPDATE story_aliases SET story_id = ?2 WHERE story_id = ?1",
        [alias, survivor],
    )?;
    tx.execute(
        "UPDATE story_members SET story_id = ?2 WHERE story_id = ?1",
        [alias, survivor],
    )?;
    Ok(())
}

/// Replaces the checkpoint with `state`, taken after every member stored so far.
pub(crate) fn save_checkpoint(
    tx: &Transaction<'_>,
    state: &[u8],
    saved_at: &str,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT OR REPLACE INTO clusterer_checkpoint (id, state, through, saved_at)
         VALUES (1, ?1, (SELECT COALESCE(MAX(seq), 0) FROM story_members), ?2)",
        params![state, saved_at],
    )?;
    Ok(())
}
