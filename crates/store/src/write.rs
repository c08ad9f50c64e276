//! Writing: a batch of articles with their raw documents, to SQLite and the search index.

use std::collections::HashSet;

use chrono::{SecondsFormat, Utc};
use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};
use serde::Serialize;
use warta_model::{Article, RawDocument};

use crate::{BatchOutcome, Store, StoreError};

impl Store {
    /// Stores a batch of articles, each with the raw document it came from, and indexes them for search.
    ///
    /// An article whose id or raw document is already stored, or appeared earlier in the batch, is a
    /// duplicate: counted, nothing written. Re-ingesting the same input therefore stores nothing new.
    ///
    /// The whole batch is one SQLite transaction, and the order of the two commits makes a crash (even
    /// SIGKILL) at any point lose at most this batch, with a re-run completing it:
    ///
    /// 1. write the rows in an open SQLite transaction (invisible to anyone else, gone if the process dies);
    /// 2. index the new articles in tantivy, deleting each id before adding it, and commit the index;
    /// 3. commit SQLite.
    ///
    /// Dying before 2 commits leaves neither. Dying between 2 and 3 leaves the articles in the index only:
    /// SQLite does not know them, so the re-run writes them again, and the delete-before-add in step 2
    /// replaces the indexed copies instead of adding second ones; searches meanwhile skip ids SQLite does
    /// not hold. The other order (SQLite first) would be unrecoverable: dying between the commits would leave
    /// articles SQLite calls duplicates, so no re-run would ever index them.
    pub fn put_batch(&self, batch: &[(RawDocument, Article)]) -> Result<BatchOutcome, StoreError> {
        let mut conn = self.writer();
        // IMMEDIATE takes SQLite's write lock now, so a concurrent writer in another process waits here (up to
        // the busy timeout) rather than failing at commit after the index was already written.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (outcome, new) = stage(&tx, batch)?;
        self.index.replace(&new)?;
        tx.commit()?;
        Ok(outcome)
    }

    /// Steps 1 and 2 of [`Store::put_batch`] without step 3, the SQLite commit: what a crash between the
    /// two commits leaves behind.
    #[cfg(test)]
    pub(crate) fn put_batch_and_die_before_sqlite_commit(
        &self,
        batch: &[(RawDocument, Article)],
    ) -> Result<(), StoreError> {
        let mut conn = self.writer();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (_, new) = stage(&tx, batch)?;
        self.index.replace(&new)?;
        drop(tx);
        Ok(())
    }
}

/// Writes the batch's new rows in `tx` and returns the outcome and the articles written.
fn stage<'b>(
    tx: &Transaction<'_>,
    batch: &'b [(RawDocument, Article)],
) -> Result<(BatchOutcome, Vec<&'b Article>), StoreError> {
    let stored_at = Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true);
    let mut outcome = BatchOutcome::default();
    let mut new = Vec::new();
    let mut seen_ids = HashSet::new();
    let mut seen_raw = HashSet::new();
    for (raw, article) in batch {
        if article.raw_hash != raw.content_hash {
            return Err(StoreError::RawMismatch {
                article: article.id.clone(),
                named: article.raw_hash.clone(),
                given: raw.content_hash.clone(),
            });
        }
        // Both sets must learn both keys, whatever the outcome, to catch a later twin by either.
        let new_id = seen_ids.insert(article.id.as_str());
        let new_raw = seen_raw.insert(raw.content_hash.as_str());
        if !(new_id && new_raw)
            || article_stored(tx, &article.id)?
            || raw_stored(tx, &raw.content_hash)?
        {
            outcome.duplicates += 1;
            continue;
        }
        insert_raw(tx, raw)?;
        insert_article(tx, article, &stored_at)?;
        outcome.stored += 1;
        new.push(article);
    }
    Ok((outcome, new))
}

pub(crate) fn article_stored(tx: &rusqlite::Connection, id: &str) -> Result<bool, StoreError> {
    Ok(tx
        .query_row("SELECT 1 FROM articles WHERE id = ?1", [id], |_| Ok(()))
        .optional()?
        .is_some())
}

pub(crate) fn raw_stored(
    tx: &rusqlite::Connection,
    content_hash: &str,
) -> Result<bool, StoreError> {
    let found = tx
        .query_row(
            "SELECT 1 FROM raw_documents WHERE content_hash = ?1",
            [content_hash],
            |_| Ok(()),
        )
        .optional()?;
    Ok(found.is_some())
}

fn insert_raw(tx: &Transaction<'_>, raw: &RawDocument) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO raw_documents (content_hash, source, format, bytes, read_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![
            raw.content_hash,
            raw.source,
            raw.format.as_str(),
            raw.bytes,
            raw.read_at.to_rfc3339_opts(SecondsFormat::AutoSi, true),
        ],
    )?;
    Ok(())
}

fn insert_article(
    tx: &Transaction<'_>,
    article: &Article,
    stored_at: &str,
) -> Result<(), StoreError> {
    let published = article
        .published
        .map(|date| date.to_rfc3339_opts(SecondsFormat::AutoSi, true));
    let published_utc = article.published.map(|date| {
        date.with_timezone(&Utc)
            .to_rfc3339_opts(SecondsFormat::Secs, true)
    });
    tx.execute(
        "INSERT INTO articles (id, raw_hash, source, url, title, text, lang, published, published_utc, outlet,
                               original_outlet, json, stored_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        params![
            article.id,
            article.raw_hash,
            article.source,
            article.url,
            article.title,
            article.text,
            article.lang,
            published,
            published_utc,
            article.outlet,
            article.original_outlet,
            serde_json::to_string(article)?,
            stored_at,
        ],
    )?;
    let mut insert_quote = tx.prepare_cached(
        r#"INSERT INTO quotes (article_id, ordinal, speaker_text, speaker_name, speaker_kind, speaker_key, kind,
                               cue, content, via, start, "end", json)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"#,
    )?;
    for (ordinal, quote) in article.quotes.iter().enumerate() {
        let speaker = &quote.speaker;
        insert_quote.execute(params![
            article.id,
            crate::sql_int(ordinal),
            speaker.text,
            speaker.name,
            name_of(&speaker.kind)?,
            crate::read::speaker_key(speaker.name.as_deref().unwrap_or(""), &speaker.text),
            name_of(&quote.kind)?,
            quote.cue,
            quote.content,
            quote.via,
            crate::sql_int(quote.start),
            crate::sql_int(quote.end),
            serde_json::to_string(quote)?,
        ])?;
    }
    let mut insert_entity = tx.prepare_cached(
        "INSERT INTO entities (article_id, ordinal, name, type, mentions) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (ordinal, entity) in article.entities.iter().enumerate() {
        insert_entity.execute(params![
            article.id,
            crate::sql_int(ordinal),
            entity.name,
            entity.kind,
            crate::sql_int(entity.mentions.len()),
        ])?;
    }
    Ok(())
}

/// The name serde gives a unit enum variant ("named_person", "direct"): the same words as in the JSON.
fn name_of<T: Serialize>(value: &T) -> Result<String, StoreError> {
    Ok(serde_json::to_value(value)?
        .as_str()
        .unwrap_or_default()
        .to_string())
}
