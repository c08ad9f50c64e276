//! Writing: a batch of articles with their raw documents, duplicate links and stories, to SQLite and the
//! search index.

use std::collections::HashSet;

use chrono::{SecondsFormat, Utc};
use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};
use serde::Serialize;
use warta_analyze::entity::AliasTable;
use warta_model::{Article, RawDocument};

use crate::duplicates::DuplicateLink;
use crate::index::Indexed;
use crate::{BatchOutcome, Store, StoreError};

/// How an article relates to the others, as ingest found out: the key it shares with its exact duplicates,
/// its story, and the earlier articles it repeats.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Links {
    /// The key exact duplicates share (see `warta_dedup::text_fingerprint`), to find them later.
    pub fingerprint: Option<String>,
    /// The article's near-duplicate signature as bytes (see `warta_dedup::Signature::to_bytes`), kept so that
    /// the next run need not recompute it; the store does not read it.
    pub minhash: Option<Vec<u8>>,
    /// The story the article joined.
    pub story: Option<String>,
    /// Earlier articles this one repeats. Links to articles the store does not hold are dropped.
    pub duplicates: Vec<DuplicateLink>,
}

/// An article to store, with the raw document it came from and its links.
#[derive(Clone, Debug)]
pub struct BatchItem {
    pub raw: RawDocument,
    pub article: Article,
    pub links: Links,
}

impl BatchItem {
    /// An article with nothing known beyond itself.
    pub fn new(raw: RawDocument, article: Article) -> BatchItem {
        BatchItem {
            raw,
            article,
            links: Links::default(),
        }
    }
}

/// What changed in the stories beyond the batch's own articles, written in the batch's transaction.
#[derive(Clone, Debug, Default)]
pub struct StoryChanges {
    /// `(alias, survivor)`: stories merged into others. Their members move to the survivor and the old id
    /// keeps answering.
    pub merged: Vec<(String, String)>,
    /// The clusterer's serialised state after this batch, to checkpoint (see [`Store::clusterer_checkpoint`]).
    pub clusterer_state: Option<Vec<u8>>,
}

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
        let items: Vec<BatchItem> = batch
            .iter()
            .map(|(raw, article)| BatchItem::new(raw.clone(), article.clone()))
            .collect();
        self.put_items(&items, &StoryChanges::default())
    }

    /// [`Store::put_batch`] with each article's fingerprint, story and duplicate links, and the batch's story
    /// merges and clusterer checkpoint, all in the batch's one SQLite transaction: a crash loses them together
    /// with the articles, and the re-run writes them together again.
    pub fn put_items(
        &self,
        items: &[BatchItem],
        changes: &StoryChanges,
    ) -> Result<BatchOutcome, StoreError> {
        let mut conn = self.writer();
        // IMMEDIATE takes SQLite's write lock now, so a concurrent writer in another process waits here (up to
        // the busy timeout) rather than failing at commit after the index was already written.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (outcome, new) = stage(&tx, items, changes, &self.aliases)?;
        self.index.replace(&new)?;
        tx.commit()?;
        Ok(outcome)
    }

    /// Records the fingerprint, story and duplicate links of articles already stored (articles stored before
    /// warta kept stories), with the story changes, in one transaction; items whose article is not stored
    /// are skipped. Returns how many articles were updated. Their index documents are rewritten with their
    /// story, which searches filter by (before the SQLite commit, as in [`Store::put_batch`]).
    pub fn link_stored(
        &self,
        articles: &[(String, Links)],
        changes: &StoryChanges,
    ) -> Result<usize, StoreError> {
        let mut conn = self.writer();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let joined_at = Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true);
        let mut linked = Vec::new();
        for (id, links) in articles {
            let Some(json) = tx
                .query_row("SELECT json FROM articles WHERE id = ?1", [id], |row| {
                    row.get::<_, String>(0)
                })
                .optional()?
            else {
                continue;
            };
            tx.execute(
                "UPDATE articles SET fingerprint = ?2, minhash = ?3 WHERE id = ?1",
                params![id, links.fingerprint, links.minhash],
            )?;
            write_links(&tx, id, links, &joined_at)?;
            linked.push((
                serde_json::from_str::<Article>(&json)?,
                links.story.as_deref(),
            ));
        }
        write_story_changes(&tx, changes, &joined_at)?;
        let reindexed: Vec<Indexed<'_>> = linked
            .iter()
            .map(|(article, story)| Indexed {
                article,
                story: *story,
            })
            .collect();
        self.index.replace(&reindexed)?;
        tx.commit()?;
        Ok(linked.len())
    }

    /// Steps 1 and 2 of [`Store::put_batch`] without step 3, the SQLite commit: what a crash between the
    /// two commits leaves behind.
    #[cfg(test)]
    pub(crate) fn put_items_and_die_before_sqlite_commit(
        &self,
        items: &[BatchItem],
        changes: &StoryChanges,
    ) -> Result<(), StoreError> {
        let mut conn = self.writer();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (_, new) = stage(&tx, items, changes, &self.aliases)?;
        self.index.replace(&new)?;
        drop(tx);
        Ok(())
    }
}

/// Writes the batch's new rows in `tx` and returns the outcome and the articles written.
fn stage<'b>(
    tx: &Transaction<'_>,
    items: &'b [BatchItem],
    changes: &StoryChanges,
    aliases: &AliasTable,
) -> Result<(BatchOutcome, Vec<Indexed<'b>>), StoreError> {
    let stored_at = Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true);
    let mut outcome = BatchOutcome::default();
    let mut new = Vec::new();
    let mut seen_ids = HashSet::new();
    let mut seen_raw = HashSet::new();
    for item in items {
        let (raw, article) = (&item.raw, &item.article);
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
        insert_article(tx, article, &item.links, &stored_at, aliases)?;
        write_links(tx, &article.id, &item.links, &stored_at)?;
        outcome.stored += 1;
        new.push(Indexed {
            article,
            story: item.links.story.as_deref(),
        });
    }
    write_story_changes(tx, changes, &stored_at)?;
    Ok((outcome, new))
}

/// The article's story membership and duplicate links (its fingerprint is a column of the article).
fn write_links(
    tx: &Transaction<'_>,
    article_id: &str,
    links: &Links,
    now: &str,
) -> Result<(), StoreError> {
    if let Some(story) = &links.story {
        crate::stories::insert_member(tx, article_id, story, now)?;
    }
    for link in &links.duplicates {
        crate::duplicates::insert_link(tx, article_id, link)?;
    }
    Ok(())
}

fn write_story_changes(
    tx: &Transaction<'_>,
    changes: &StoryChanges,
    now: &str,
) -> Result<(), StoreError> {
    for (alias, survivor) in &changes.merged {
        crate::stories::insert_alias(tx, alias, survivor)?;
    }
    if let Some(state) = &changes.clusterer_state {
        crate::stories::save_checkpoint(tx, state, now)?;
    }
    Ok(())
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
        "INSERT INTO raw_documents (content_hash, source, format, bytes, read_at, content_type)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            raw.content_hash,
            raw.source,
            raw.format.as_str(),
            raw.bytes,
            raw.read_at.to_rfc3339_opts(SecondsFormat::AutoSi, true),
            raw.content_type,
        ],
    )?;
    Ok(())
}

fn insert_article(
    tx: &Transaction<'_>,
    article: &Article,
    links: &Links,
    stored_at: &str,
    aliases: &AliasTable,
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
                               original_outlet, json, stored_at, fingerprint, minhash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
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
            links.fingerprint,
            links.minhash,
        ],
    )?;
    let mut insert_quote = tx.prepare_cached(
        r#"INSERT INTO quotes (article_id, ordinal, speaker_text, speaker_name, speaker_kind, speaker_key, kind,
                               cue, content, via, start, "end", json, content_key)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"#,
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
            crate::claims::content_key(&quote.content),
        ])?;
    }
    crate::entities::insert_entities(tx, article, aliases)?;
    Ok(())
}

/// The name serde gives a unit enum variant ("named_person", "direct"): the same words as in the JSON.
fn name_of<T: Serialize>(value: &T) -> Result<String, StoreError> {
    Ok(serde_json::to_value(value)?
        .as_str()
        .unwrap_or_default()
        .to_string())
}
