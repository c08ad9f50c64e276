//! The embedded store: SQLite for raw documents and articles, tantivy for full-text search.
//!
//! A [`Store`] lives in one data directory:
//!
//! ```text
//! <data_dir>/warta.sqlite3   raw documents (the bytes as read), articles (the whole Article as JSON plus
//!                            columns to query by), quotes and entities, duplicate links, story
//!                            membership and the clusterer's checkpoint
//! <data_dir>/index/          the tantivy index over titles and bodies, with the values searches filter
//!                            and count by; it stores article ids only, and is rebuilt from SQLite
//!                            when its version differs from the code's
//! ```
//!
//! SQLite is the record of truth. The index is derived from it and may run ahead of it by one batch after a
//! crash (see [`Store::put_batch`] for the write order and why); searches only return articles SQLite holds.
//!
//! Writing takes [`BatchItem`]s: an article with its raw document, its text fingerprint, the story it joined
//! and its [`DuplicateLink`]s to earlier articles, all committed together (see [`Store::put_items`]).
//!
//! Reading gives rows shaped for display: [`ArticleSummary`] for lists, [`SearchHit`]s in [`SearchResults`]
//! for searches ([`Store::search_with`] filters, counts facets, sorts and pages),
//! [`QuoteRow`] for who said what, [`EntityRow`] for who and what is named most, [`EntityTimeline`] for
//! when and by whom one entity is named (under one canonical name for all its spellings), [`StoryRow`] for
//! stories, [`DuplicateRow`] for "also published by", [`ClaimReport`] for the articles carrying one quote and who
//! reported it first, and [`Stats`] for totals.
//! A `Store` is `Send + Sync` and every method takes `&self`, so a server can share one across tasks.

mod claims;
mod duplicates;
mod entities;
mod export;
mod index;
mod migrate;
mod read;
mod search;
mod stories;
mod write;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use warta_analyze::entity::AliasTable;
use warta_model::Quote;

use crate::index::SearchIndex;

pub use crate::claims::{ClaimMatch, ClaimReport, SIMILAR_OVERLAP};
pub use crate::duplicates::{DuplicateKind, DuplicateLink, DuplicateRow};
pub use crate::entities::{EntityTimeline, OutletMentions, TimelineBucket};
pub use crate::export::{ExportFormat, CSV_COLUMNS};
pub use crate::search::{Facets, SearchRequest, SearchResults, SearchSort, MAX_SEARCH_WINDOW};
pub use crate::stories::{ClustererCheckpoint, MemberText, StoredMinhash, StoryRow};
pub use crate::write::{BatchItem, Links, StoryChanges};

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot create the data directory {path}: {source}")]
    DataDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("search index error: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("cannot open the search index: {0}")]
    IndexDirectory(#[from] tantivy::directory::error::OpenDirectoryError),
    #[error("cannot rebuild the search index in {path}: {source}")]
    IndexRebuild {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("JSON error: {0}")]
    Json(#[from] serde_json::Error),
    #[error(
        "the store has schema version {found}, newer than the {supported} this warta knows: upgrade warta"
    )]
    NewerSchema { found: usize, supported: usize },
    #[error(
        "article {article} names raw document {named}, but was given with raw document {given}"
    )]
    RawMismatch {
        article: String,
        named: String,
        given: String,
    },
    #[error("cannot encode an export: {0}")]
    Export(String),
    #[error("the store holds a value it cannot read: {0}")]
    Corrupt(String),
}

/// What [`Store::put_batch`] did with a batch.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BatchOutcome {
    /// Articles written.
    pub stored: usize,
    /// Articles not written because their id or their raw document was already stored (or earlier in the
    /// same batch).
    pub duplicates: usize,
}

/// One line of an article list.
#[derive(Clone, Debug, serde::Serialize)]
pub struct ArticleSummary {
    pub id: String,
    pub title: Option<String>,
    pub source: String,
    pub lang: Option<String>,
    /// ISO 8601, with the offset the article gave.
    pub published: Option<String>,
    pub outlet: Option<String>,
    pub original_outlet: Option<String>,
    pub quotes: usize,
    pub entities: usize,
}

/// An article a search found.
#[derive(Clone, Debug, serde::Serialize)]
pub struct SearchHit {
    pub id: String,
    pub title: Option<String>,
    /// The best passage of the body, plain text (not HTML), with the matched words marked `«word»`. When
    /// only the title matched, the opening of the body, unmarked.
    pub snippet: String,
    /// ISO 8601, with the offset the article gave.
    pub published: Option<String>,
    pub lang: Option<String>,
    pub outlet: Option<String>,
    /// Relevance, higher is better; 0 when sorted by date.
    pub score: f32,
}

/// Which quotes [`Store::quotes_with`] returns; every field left `None` lets all through.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuoteFilter {
    /// The speaker's resolved name or phrase as written contains this, ignoring case.
    pub speaker: Option<String>,
    /// The quote's article names this entity (its canonical name across the store, or one of its
    /// spellings).
    pub entity: Option<String>,
    /// The article was published at or after this instant.
    pub from: Option<DateTime<Utc>>,
    /// The article was published at or before this instant.
    pub to: Option<DateTime<Utc>>,
}

/// A quote with the article it appeared in.
#[derive(Clone, Debug, serde::Serialize)]
pub struct QuoteRow {
    pub article_id: String,
    pub article_title: Option<String>,
    /// The article's publication date, ISO 8601.
    pub published: Option<String>,
    pub quote: Quote,
}

/// An entity name across all articles.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct EntityRow {
    pub name: String,
    /// PERSON, ORGANIZATION, LOCATION, …
    #[serde(rename = "type")]
    pub kind: String,
    /// Articles naming it.
    pub articles: usize,
    /// Mentions in all those articles.
    pub mentions: usize,
}

/// Totals over the whole store.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Stats {
    pub raw_documents: usize,
    pub articles: usize,
    pub quotes: usize,
    pub entities: usize,
    /// Articles per language code, most first; articles without a language count under "unknown".
    pub languages: Vec<(String, usize)>,
}

/// The store of one data directory.
pub struct Store {
    /// The one connection that writes. Holding its lock for a whole batch serialises this process's batches.
    writer: Mutex<Connection>,
    /// A separate connection for reads: with SQLite's WAL, reads do not wait for a batch being written.
    reader: Mutex<Connection>,
    index: SearchIndex,
    /// Names it knows as different entities are never listed under one canonical name.
    aliases: AliasTable,
}

/// The database file inside the data directory.
const DATABASE_FILE: &str = "warta.sqlite3";
/// The search index folder inside the data directory.
const INDEX_DIR: &str = "index";
/// Held (locked) while a process opens the store.
const OPEN_LOCK_FILE: &str = "open.lock";

/// How long a write waits for another process's write to finish before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

impl Store {
    /// Opens the store in `data_dir`, creating the directory, the database and the index as needed, and
    /// bringing an older database schema up to date. Entities are listed under canonical names by the shipped
    /// alias table.
    pub fn open(data_dir: &Path) -> Result<Store, StoreError> {
        Store::open_with_aliases(data_dir, AliasTable::default())
    }

    /// [`Store::open`] with another alias table (the shipped one extended by a user's file, say): the one
    /// the articles to store were analysed with.
    pub fn open_with_aliases(data_dir: &Path, aliases: AliasTable) -> Result<Store, StoreError> {
        let index_dir = data_dir.join(INDEX_DIR);
        std::fs::create_dir_all(&index_dir).map_err(|source| StoreError::DataDir {
            path: index_dir.clone(),
            source,
        })?;
        // Opening may migrate the database and rebuild the index. Two processes opening one store at once
        // (an ingest and a `warta stats` beside it, on a store neither has finished creating) must not both
        // do that, or one deletes the index the other is writing: one opens at a time.
        let lock_path = data_dir.join(OPEN_LOCK_FILE);
        let open_lock = std::fs::File::create(&lock_path)
            .and_then(|file| file.lock().map(|()| file))
            .map_err(|source| StoreError::DataDir {
                path: lock_path,
                source,
            })?;
        let database = data_dir.join(DATABASE_FILE);
        let mut writer = connect(&database)?;
        migrate::migrate(&mut writer)?;
        claims::fill_content_keys(&mut writer)?;
        entities::fill_canonical(&mut writer, &aliases)?;
        let reader = connect(&database)?;
        // The reader never writes; make SQLite enforce it.
        reader.pragma_update(None, "query_only", true)?;
        let index = SearchIndex::open(&index_dir)?;
        let store = Store {
            writer: Mutex::new(writer),
            reader: Mutex::new(reader),
            index,
            aliases,
        };
        // An index of another version was deleted on opening: rebuild it from the articles. The writer is
        // let go afterwards: tantivy allows one per index, and a reading process must not keep it.
        if !store.index.is_current() {
            store.reindex()?;
            store.index.release_writer();
        }
        drop(open_lock);
        Ok(store)
    }

    /// The alias table the store lists entities by (see [`Store::open_with_aliases`]).
    pub fn aliases(&self) -> &AliasTable {
        &self.aliases
    }

    fn writer(&self) -> MutexGuard<'_, Connection> {
        // A panic while the lock was held left no half-done work: an open transaction is rolled back when
        // dropped. So the connection is safe to use again.
        self.writer.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn reader(&self) -> MutexGuard<'_, Connection> {
        self.reader.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Opens a connection to the database with the settings every connection needs.
fn connect(path: &Path) -> Result<Connection, StoreError> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // WAL: readers do not block the writer nor the writer the readers. With WAL, synchronous=NORMAL
    // cannot corrupt the database; a power loss may lose the last commits, which a re-run restores.
    // (Setting journal_mode answers with the resulting mode, hence the `_and_check`.)
    conn.pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", true)?;
    Ok(conn)
}

/// A count or limit as SQLite's integer, saturating (a limit beyond i64 means "no limit" anyway).
fn sql_int(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// A count from SQLite as usize (counts are never negative; a negative one reads as 0).
fn count(n: i64) -> usize {
    usize::try_from(n).unwrap_or(0)
}

#[cfg(test)]
mod tests;
