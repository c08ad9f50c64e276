//! Duplicates: which stored articles repeat which, exactly, nearly, or in another language.
//!
//! Ingest decides what is a duplicate (see `warta_dedup`); the store keeps each link from the later article to
//! the earlier one, and answers for an article with every article linked to it, in either direction, with
//! which of the two came first.

use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};

use crate::{Store, StoreError};

/// How an article repeats another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DuplicateKind {
    /// The same text under different bytes (markup, whitespace, case, quotation marks).
    Exact,
    /// The same article lightly edited, with other boilerplate, or cut short.
    Near,
    /// The same article in another language.
    Translated,
}

impl DuplicateKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DuplicateKind::Exact => "exact",
            DuplicateKind::Near => "near",
            DuplicateKind::Translated => "translated",
        }
    }

    fn parse(kind: &str) -> Result<DuplicateKind, StoreError> {
        match kind {
            "exact" => Ok(DuplicateKind::Exact),
            "near" => Ok(DuplicateKind::Near),
            "translated" => Ok(DuplicateKind::Translated),
            other => Err(StoreError::Corrupt(format!(
                "unknown duplicate kind {other:?}"
            ))),
        }
    }
}

/// A new article's link to an earlier article it repeats.
#[derive(Clone, Debug, PartialEq)]
pub struct DuplicateLink {
    /// The earlier article's id.
    pub of: String,
    pub kind: DuplicateKind,
    /// 1.0 for exact duplicates; the estimated shared share of the text for near ones; the agreement of
    /// numbers, dates and names for translations.
    pub similarity: f64,
}

/// An article linked to another as its duplicate: "also published by …".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DuplicateRow {
    pub id: String,
    pub title: Option<String>,
    pub source: String,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub lang: Option<String>,
    /// ISO 8601, with the offset the article gave.
    pub published: Option<String>,
    pub kind: DuplicateKind,
    pub similarity: f64,
    /// Whether this article came before the one asked about: published earlier, or, when the dates do not
    /// tell, stored earlier.
    pub came_first: bool,
}

impl Store {
    /// The earliest stored article whose text has this fingerprint: what a new article with the same
    /// fingerprint is an exact duplicate of.
    pub fn article_with_fingerprint(
        &self,
        fingerprint: &str,
    ) -> Result<Option<String>, StoreError> {
        Ok(self
            .reader()
            .query_row(
                "SELECT id FROM articles WHERE fingerprint = ?1 ORDER BY stored_at, rowid LIMIT 1",
                [fingerprint],
                |row| row.get(0),
            )
            .optional()?)
    }

    /// Every article linked to `article_id` as a duplicate, in either direction, the earliest first.
    pub fn duplicates_of(&self, article_id: &str) -> Result<Vec<DuplicateRow>, StoreError> {
        let conn = self.reader();
        let Some(this) = conn
            .query_row(
                "SELECT published_utc, stored_at FROM articles WHERE id = ?1",
                [article_id],
                |row| Ok((row.get::<_, Option<String>>(0)?, row.get::<_, String>(1)?)),
            )
            .optional()?
        else {
            return Ok(Vec::new());
        };
        // `linked_earlier`: the link says the other article is the original (it points from this one to it).
        let mut statement = conn.prepare_cached(
            "SELECT a.id, a.title, a.source, a.url, a.outlet, a.lang, a.published, d.kind, d.similarity,
                    d.linked_earlier, a.published_utc, a.stored_at
             FROM (SELECT duplicate_of AS other, kind, similarity, 1 AS linked_earlier
                     FROM duplicates WHERE article_id = ?1
                   UNION ALL
                   SELECT article_id, kind, similarity, 0 FROM duplicates WHERE duplicate_of = ?1) d
             JOIN articles a ON a.id = d.other
             ORDER BY a.published_utc IS NULL, a.published_utc, a.stored_at, a.id",
        )?;
        let mut rows = statement.query([article_id])?;
        let mut found: Vec<DuplicateRow> = Vec::new();
        while let Some(row) = rows.next()? {
            let id: String = row.get(0)?;
            if found.iter().any(|seen| seen.id == id) {
                continue;
            }
            let published_utc: Option<String> = row.get(10)?;
            let stored_at: String = row.get(11)?;
            let linked_earlier: bool = row.get(9)?;
            // RFC 3339 in UTC with whole seconds sorts as text.
            let came_first = match (&published_utc, &this.0) {
                (Some(other), Some(this)) if other != this => other < this,
                _ if stored_at != this.1 => stored_at < this.1,
                _ => linked_earlier,
            };
            found.push(DuplicateRow {
                id,
                title: row.get(1)?,
                source: row.get(2)?,
                url: row.get(3)?,
                outlet: row.get(4)?,
                lang: row.get(5)?,
                published: row.get(6)?,
                kind: DuplicateKind::parse(&row.get::<_, String>(7)?)?,
                similarity: row.get(8)?,
                came_first,
            });
        }
        Ok(found)
    }
}

/// Links `article_id` to the earlier article it repeats. A link to an article the store does not hold (or to
/// itself) is dropped: the link would lead nowhere.
pub(crate) fn insert_link(
    tx: &Transaction<'_>,
    article_id: &str,
    link: &DuplicateLink,
) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT OR IGNORE INTO duplicates (article_id, duplicate_of, kind, similarity)
         SELECT ?1, ?2, ?3, ?4 WHERE ?1 <> ?2 AND EXISTS (SELECT 1 FROM articles WHERE id = ?2)",
    )?
    .execute(params![
        article_id,
        link.of,
        link.kind.as_str(),
        link.similarity
    ])?;
    Ok(())
}
