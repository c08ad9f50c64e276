//! The SQLite schema and its versioned migrations.
//!
//! The schema version lives in `PRAGMA user_version`. Each entry of [`MIGRATIONS`] moves the schema one
//! version up; a store is brought to the latest version when it is opened. A store written by a newer warta
//! (a version above the latest known here) is refused rather than guessed at.

use rusqlite::{Connection, TransactionBehavior};

use crate::StoreError;

/// The migrations in order: entry `i` takes the schema from version `i` to version `i + 1`.
/// Append only: never edit a migration that has been released.
const MIGRATIONS: &[&str] = &[
    // Version 1: raw documents as read, the articles derived from them, and the quotes and entities of each
    // article in their own tables so they can be queried across articles.
    r#"
    CREATE TABLE raw_documents (
        content_hash TEXT PRIMARY KEY,
        source       TEXT NOT NULL,
        format       TEXT NOT NULL,
        bytes        BLOB NOT NULL,
        read_at      TEXT NOT NULL
    );

    CREATE TABLE articles (
        id              TEXT PRIMARY KEY,
        raw_hash        TEXT NOT NULL REFERENCES raw_documents(content_hash),
        source          TEXT NOT NULL,
        url             TEXT,
        title           TEXT,
        text            TEXT NOT NULL,
        lang            TEXT,
        -- ISO 8601 with the offset the article gave.
        published       TEXT,
        -- The same instant in UTC: offsets differ between outlets, so only this column sorts by time.
        published_utc   TEXT,
        outlet          TEXT,
        original_outlet TEXT,
        -- The whole serde_json Article: the record of truth the columns above are drawn from.
        json            TEXT NOT NULL,
        stored_at       TEXT NOT NULL
    );
    CREATE INDEX articles_raw_hash ON articles(raw_hash);
    CREATE INDEX articles_newest ON articles(published_utc DESC, stored_at DESC, id);
    CREATE INDEX articles_lang ON articles(lang);

    CREATE TABLE quotes (
        article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ordinal      INTEGER NOT NULL,
        speaker_text TEXT NOT NULL,
        speaker_name TEXT,
        speaker_kind TEXT NOT NULL,
        -- Speaker name and phrase lower-cased with Unicode rules (SQLite's lower() only knows ASCII), for
        -- case-insensitive substring search.
        speaker_key  TEXT NOT NULL,
        kind         TEXT NOT NULL,
        cue          TEXT,
        content      TEXT NOT NULL,
        via          TEXT,
        start        INTEGER NOT NULL,
        "end"        INTEGER NOT NULL,
        -- The whole serde_json Quote, so a quote row gives back everything the analyser found.
        json         TEXT NOT NULL,
        PRIMARY KEY (article_id, ordinal)
    );
    CREATE INDEX quotes_speaker_name ON quotes(speaker_name);
    CREATE INDEX quotes_speaker_text ON quotes(speaker_text);

    CREATE TABLE entities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ordinal    INTEGER NOT NULL,
        name       TEXT NOT NULL,
        type       TEXT NOT NULL,
        mentions   INTEGER NOT NULL,
        PRIMARY KEY (article_id, ordinal)
    );
    CREATE INDEX entities_name ON entities(name);
    "#,
    // Version 2: duplicates and stories. Each article gets the fingerprint of its text (exact duplicates share
    // it), links to the earlier articles it duplicates, and the story it joined; the clusterer's state is
    // checkpointed so that an ingest carries on where the last one stopped.
    r#"
    ALTER TABLE articles ADD COLUMN fingerprint TEXT;
    CREATE INDEX articles_fingerprint ON articles(fingerprint);

    -- `article_id` repeats (exactly, nearly, or in translation) the earlier `duplicate_of`.
    CREATE TABLE duplicates (
        article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        duplicate_of TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind         TEXT NOT NULL CHECK (kind IN ('exact', 'near', 'translated')),
        similarity   REAL NOT NULL,
        PRIMARY KEY (article_id, duplicate_of)
    );
    CREATE INDEX duplicates_duplicate_of ON duplicates(duplicate_of);

    -- `seq` is the order the clusterer saw the articles in: replaying the members after a checkpoint in
    -- this order rebuilds the clusterer exactly.
    CREATE TABLE story_members (
        seq        INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
        -- Always the surviving story: a merge rewrites its members.
        story_id   TEXT NOT NULL,
        joined_at  TEXT NOT NULL
    );
    CREATE INDEX story_members_story ON story_members(story_id);

    -- The id of a story merged into another stays valid and leads to the survivor.
    CREATE TABLE story_aliases (
        alias    TEXT PRIMARY KEY,
        story_id TEXT NOT NULL
    );

    -- The clusterer as it was after the member with seq `through` (one row).
    CREATE TABLE clusterer_checkpoint (
        id       INTEGER PRIMARY KEY CHECK (id = 1),
        state    BLOB NOT NULL,
        through  INTEGER NOT NULL,
        saved_at TEXT NOT NULL
    );
    "#,
    // Version 3: each quote's content normalised (see `claims::content_key`), so the articles carrying the
    // same quote are found by index. Rows stored before get their key when the store is opened.
    r#"
    ALTER TABLE quotes ADD COLUMN content_key TEXT;
    CREATE INDEX quotes_content_key ON quotes(content_key);
    "#,
    // Version 4: canonical entities across articles (see `entities`). Each entity row gets the canonical
    // name it is listed under and the skeleton key its spellings share; mentions get their offsets, to
    // tell the quotes about an entity. Rows stored before are filled in when the store is opened.
    r#"
    ALTER TABLE entities ADD COLUMN canonical TEXT;
    ALTER TABLE entities ADD COLUMN name_key TEXT;
    CREATE INDEX entities_canonical ON entities(canonical);
    CREATE INDEX entities_name_type ON entities(name, type);
    CREATE INDEX entities_key ON entities(type, name_key);

    -- A mention of entity `entity` (its ordinal in the article), in code points into the article text.
    CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity     INTEGER NOT NULL,
        start      INTEGER NOT NULL,
        "end"      INTEGER NOT NULL
    );
    CREATE INDEX mentions_entity ON mentions(article_id, entity);
    "#,
    // Version 5: each article's near-duplicate signature (`warta_dedup::Signature::to_bytes`), so that ingest
    // loads it instead of shingling every stored text at start. Rows stored before have none and are
    // signed from their text. A change of the MinHash scheme must clear the column in a migration.
    r#"
    ALTER TABLE articles ADD COLUMN minhash BLOB;
    "#,
    // Version 6: the media type the raw document came with (a WARC record's HTTP Content-Type), part of the
    // record as read: its charset decides how the bytes decode.
    r#"
    ALTER TABLE raw_documents ADD COLUMN content_type TEXT;
    "#,
];

/// The schema version this build writes.
pub(crate) const LATEST_VERSION: usize = MIGRATIONS.len();

/// Brings the schema to [`LATEST_VERSION`] and returns how many migrations were applied.
///
/// Each migration runs in its own IMMEDIATE transaction together with the version bump, and the version is
/// read again inside it, so two processes opening a new store at once cannot both apply a migration.
pub(crate) fn migrate(conn: &mut Connection) -> Result<usize, StoreError> {
    let mut applied = 0;
    loop {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let version = schema_version(&tx)?;
        if version > LATEST_VERSION {
            return Err(StoreError::NewerSchema {
                found: version,
                supported: LATEST_VERSION,
            });
        }
        let Some(sql) = MIGRATIONS.get(version) else {
            return Ok(applied);
        };
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", crate::sql_int(version + 1))?;
        tx.commit()?;
        applied += 1;
    }
}

/// The schema version recorded in the database (0 for a new, empty one).
pub(crate) fn schema_version(conn: &Connection) -> Result<usize, StoreError> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    // A negative user_version was not written by warta; treat it as unknown, i.e. from the future.
    Ok(usize::try_from(version).unwrap_or(usize::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_database_gets_every_migration_then_none() {
        let mut conn = Connection::open_in_memory().unwrap();
        assert_eq!(migrate(&mut conn).unwrap(), LATEST_VERSION);
        assert_eq!(schema_version(&conn).unwrap(), LATEST_VERSION);
        assert_eq!(migrate(&mut conn).unwrap(), 0);
        assert_eq!(schema_version(&conn).unwrap(), LATEST_VERSION);
    }

    #[test]
    fn a_version_1_store_keeps_its_articles_and_gains_duplicates_and_stories() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(MIGRATIONS[0]).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute_batch(
            "INSERT INTO raw_documents VALUES ('h', 'a.txt', 'text', x'00', '2024-01-01T00:00:00Z');
             INSERT INTO articles (id, raw_hash, source, text, json, stored_at)
             VALUES ('a', 'h', 'a.txt', 'Isi.', '{}', '2024-01-01T00:00:00Z');",
        )
        .unwrap();
        assert_eq!(migrate(&mut conn).unwrap(), LATEST_VERSION - 1);
        let fingerprint: Option<String> = conn
            .query_row(
                "SELECT fingerprint FROM articles WHERE id = 'a'",
                [],
                |row| row.get(0),
            )
            .unwrap();
        assert_eq!(fingerprint, None);
        conn.execute(
            "INSERT INTO story_members (article_id, story_id, joined_at) VALUES ('a', 's-1', 'now')",
            [],
        )
        .unwrap();
        // A link must name a known kind.
        assert!(conn
            .execute(
                "INSERT INTO duplicates VALUES ('a', 'a', 'copied', 1.0)",
                []
            )
            .is_err());
    }

    #[test]
    fn a_database_from_a_newer_warta_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", crate::sql_int(LATEST_VERSION + 1))
            .unwrap();
        let err = migrate(&mut conn).unwrap_err();
        assert!(matches!(err, StoreError::NewerSchema { found, supported }
            if found == LATEST_VERSION + 1 && supported == LATEST_VERSION));
        assert!(err.to_string().contains("newer"), "{err}");
    }
}
