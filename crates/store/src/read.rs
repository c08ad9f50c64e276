//! Reading: articles, raw documents, searches, quotes, entities and totals.

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{params, OptionalExtension, Params, Row, Statement};
use warta_model::{Article, Format, Quote, RawDocument};

use crate::write::{article_stored, raw_stored};
use crate::{
    count, sql_int, ArticleSummary, EntityRow, QuoteFilter, QuoteRow, SearchHit, SearchRequest,
    Stats, Store, StoreError,
};

/// Newest first by publication instant; undated articles last (SQLite sorts NULL below any value), most
/// recently stored first. The `articles_newest` index is in this order, so lists page without sorting.
pub(crate) const NEWEST_FIRST: &str = "a.published_utc DESC, a.stored_at DESC, a.id";

impl Store {
    /// Whether a raw document with this content hash is stored, so a caller can skip re-processing it.
    pub fn has_raw(&self, content_hash: &str) -> Result<bool, StoreError> {
        raw_stored(&self.reader(), content_hash)
    }

    /// Whether an article with this id is stored.
    pub fn has_article(&self, id: &str) -> Result<bool, StoreError> {
        article_stored(&self.reader(), id)
    }

    /// The article with this id, exactly as it was stored.
    pub fn article(&self, id: &str) -> Result<Option<Article>, StoreError> {
        let json: Option<String> = self
            .reader()
            .query_row("SELECT json FROM articles WHERE id = ?1", [id], |row| {
                row.get(0)
            })
            .optional()?;
        json.map(|json| serde_json::from_str(&json))
            .transpose()
            .map_err(StoreError::from)
    }

    /// The raw document with this content hash, bytes as read: the evidence an article was derived from.
    pub fn raw_document(&self, content_hash: &str) -> Result<Option<RawDocument>, StoreError> {
        let row = self
            .reader()
            .query_row(
                "SELECT source, format, bytes, read_at, content_type FROM raw_documents WHERE content_hash = ?1",
                [content_hash],
                |row| {
                    Ok((
                        row.get::<_, String>(0)?,
                        row.get::<_, String>(1)?,
                        row.get::<_, Vec<u8>>(2)?,
                        row.get::<_, String>(3)?,
                        row.get::<_, Option<String>>(4)?,
                    ))
                },
            )
            .optional()?;
        let Some((source, format, bytes, read_at, content_type)) = row else {
            return Ok(None);
        };
        let format = match format.as_str() {
            "text" => Format::Text,
            "html" => Format::Html,
            "json_record" => Format::JsonRecord,
            other => {
                return Err(StoreError::Corrupt(format!(
                    "unknown raw document format {other:?}"
                )))
            }
        };
        let read_at = DateTime::parse_from_rfc3339(&read_at)
            .map_err(|err| StoreError::Corrupt(format!("raw document read_at {read_at:?}: {err}")))?
            .with_timezone(&Utc);
        Ok(Some(RawDocument {
            source,
            format,
            bytes,
            content_hash: content_hash.to_string(),
            read_at,
            content_type,
        }))
    }

    /// Articles newest first (by publication date; undated ones last), `limit` of them from `offset`.
    pub fn list_articles(
        &self,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<ArticleSummary>, StoreError> {
        let conn = self.reader();
        let mut statement = conn.prepare_cached(&format!(
            "SELECT a.id, a.title, a.source, a.lang, a.published, a.outlet, a.original_outlet,
                    (SELECT COUNT(*) FROM quotes q WHERE q.article_id = a.id),
                    (SELECT COUNT(*) FROM entities e WHERE e.article_id = a.id)
             FROM articles a ORDER BY {NEWEST_FIRST} LIMIT ?1 OFFSET ?2"
        ))?;
        let rows = statement.query_map(params![sql_int(limit), sql_int(offset)], summary)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// How many articles are stored (for paging through [`Store::list_articles`]).
    pub fn count_articles(&self) -> Result<usize, StoreError> {
        let n: i64 = self
            .reader()
            .query_row("SELECT COUNT(*) FROM articles", [], |row| row.get(0))?;
        Ok(count(n))
    }

    /// Full-text search over titles (weighted double) and bodies, best first, at most `limit` hits.
    ///
    /// Any string is a valid query: words are matched case-insensitively, `"…"` searches a phrase, `+word`
    /// requires a word and `-word` excludes one; what does not parse is skipped, never an error.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError> {
        Ok(self.search_with(&SearchRequest::new(query, limit))?.hits)
    }

    /// Quotes newest first, at most `limit`; with `speaker`, only those whose speaker's resolved name or
    /// phrase as written contains it, ignoring case ("prabowo" finds "Prabowo Subianto").
    pub fn quotes(&self, speaker: Option<&str>, limit: usize) -> Result<Vec<QuoteRow>, StoreError> {
        let filter = QuoteFilter {
            speaker: speaker.map(str::to_string),
            ..QuoteFilter::default()
        };
        self.quotes_with(&filter, limit)
    }

    /// Quotes newest first (by their article's publication date), `limit` of them, that pass `filter`.
    pub fn quotes_with(
        &self,
        filter: &QuoteFilter,
        limit: usize,
    ) -> Result<Vec<QuoteRow>, StoreError> {
        let conn = self.reader();
        let mut statement = conn.prepare_cached(&format!(
            "SELECT q.article_id, a.title, a.published, q.json
             FROM quotes q JOIN articles a ON a.id = q.article_id
             WHERE (?1 IS NULL OR instr(q.speaker_key, ?1) > 0)
               AND (?2 IS NULL OR EXISTS (
                    SELECT 1 FROM entities e WHERE e.article_id = q.article_id AND ?2 IN (e.canonical, e.name)))
               AND (?3 IS NULL OR a.published_utc >= ?3)
               AND (?4 IS NULL OR a.published_utc <= ?4)
             ORDER BY {NEWEST_FIRST}, q.ordinal LIMIT ?5"
        ))?;
        let needle = filter
            .speaker
            .as_ref()
            .map(|speaker| speaker.trim().to_lowercase());
        // published_utc is stored as RFC 3339 in UTC to the second, so text order is time order.
        let bound = |instant: Option<DateTime<Utc>>| {
            instant.map(|i| i.to_rfc3339_opts(SecondsFormat::Secs, true))
        };
        quote_rows(
            &mut statement,
            params![
                needle,
                filter.entity,
                bound(filter.from),
                bound(filter.to),
                sql_int(limit)
            ],
        )
    }

    /// The entities named in the most articles, at most `limit`, under their canonical names (every
    /// spelling of one person or place counts for it; see [`Store::entity_timeline`]).
    pub fn entities(&self, limit: usize) -> Result<Vec<EntityRow>, StoreError> {
        let conn = self.reader();
        let mut statement = conn.prepare_cached(
            "SELECT canonical, type, COUNT(DISTINCT article_id), SUM(mentions) FROM entities
             GROUP BY canonical, type ORDER BY 3 DESC, 4 DESC, canonical LIMIT ?1",
        )?;
        let rows = statement.query_map([sql_int(limit)], |row| {
            Ok(EntityRow {
                name: row.get(0)?,
                kind: row.get(1)?,
                articles: count(row.get(2)?),
                mentions: count(row.get(3)?),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Totals, and articles per language.
    pub fn stats(&self) -> Result<Stats, StoreError> {
        let conn = self.reader();
        let total = |table: &str| -> Result<usize, StoreError> {
            let n: i64 = conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |row| {
                row.get(0)
            })?;
            Ok(count(n))
        };
        let mut statement = conn.prepare_cached(
            "SELECT COALESCE(lang, 'unknown'), COUNT(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1",
        )?;
        let languages = statement
            .query_map([], |row| Ok((row.get(0)?, count(row.get(1)?))))?
            .collect::<Result<_, _>>()?;
        Ok(Stats {
            raw_documents: total("raw_documents")?,
            articles: total("articles")?,
            quotes: total("quotes")?,
            entities: total("entities")?,
            languages,
        })
    }
}

/// The quotes `statement` selects with `params`, its columns being the article's id, title and publication
/// date and the quote's JSON, in that order.
pub(crate) fn quote_rows(
    statement: &mut Statement<'_>,
    params: impl Params,
) -> Result<Vec<QuoteRow>, StoreError> {
    let rows = statement.query_map(params, |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get(1)?,
            row.get(2)?,
            row.get::<_, String>(3)?,
        ))
    })?;
    let mut quotes = Vec::new();
    for row in rows {
        let (article_id, article_title, published, json) = row?;
        let quote: Quote = serde_json::from_str(&json)?;
        quotes.push(QuoteRow {
            article_id,
            article_title,
            published,
            quote,
        });
    }
    Ok(quotes)
}

fn summary(row: &Row<'_>) -> rusqlite::Result<ArticleSummary> {
    Ok(ArticleSummary {
        id: row.get(0)?,
        title: row.get(1)?,
        source: row.get(2)?,
        lang: row.get(3)?,
        published: row.get(4)?,
        outlet: row.get(5)?,
        original_outlet: row.get(6)?,
        quotes: count(row.get(7)?),
        entities: count(row.get(8)?),
    })
}

/// What a speaker search matches against: the resolved name and the phrase as written, lower-cased with
/// Unicode rules. Written with each quote, and the search term is lower-cased the same way.
pub(crate) fn speaker_key(name: &str, text: &str) -> String {
    format!("{}\n{}", name.to_lowercase(), text.to_lowercase())
}
