//! Store behaviour end to end, on a temporary data directory.

use std::path::Path;

use chrono::DateTime;
use warta_model::{
    Article, Entity, Format, Mention, Quote, QuoteKind, RawDocument, Speaker, SpeakerKind, When,
};

use super::*;

/// A raw document and the article derived from it. `n` picks the bytes, so different `n` differ.
fn pair(n: usize, title: &str, text: &str, published: &str) -> (RawDocument, Article) {
    let raw = RawDocument::new(
        format!("corpus/{n}.txt"),
        Format::Text,
        format!("{title}\n\n{text}").into_bytes(),
    );
    let article = Article {
        id: raw.content_hash.clone(),
        raw_hash: raw.content_hash.clone(),
        source: raw.source.clone(),
        url: Some(format!("https://example.id/berita/{n}")),
        title: Some(title.to_string()),
        text: text.to_string(),
        lang: Some(["id", "en"][n % 2].to_string()),
        published: DateTime::parse_from_rfc3339(published).ok(),
        outlet: Some("Contoh News".to_string()),
        original_outlet: None,
        authors: vec!["Penulis".to_string()],
        removed: Vec::new(),
        entities: Vec::new(),
        quotes: Vec::new(),
        segments: Vec::new(),
    };
    (raw, article)
}

fn quote(content: &str, speaker_text: &str, speaker_name: Option<&str>) -> Quote {
    Quote {
        content: content.to_string(),
        kind: QuoteKind::Direct,
        cue: Some("kata".to_string()),
        speaker: Speaker {
            text: speaker_text.to_string(),
            kind: SpeakerKind::NamedPerson,
            name: speaker_name.map(str::to_string),
            start: Some(0),
            end: Some(speaker_text.chars().count()),
        },
        via: Some("Telegram".to_string()),
        when: Some(When {
            text: "Senin".to_string(),
            start: 1,
            end: 6,
            date: Some("2024-03-04".to_string()),
        }),
        start: 10,
        end: 20,
        confidence: 0.75,
    }
}

/// Three articles: an Indonesian one with a quote and entities, an English one, an Indonesian one with a
/// quote from another speaker, published in that order.
fn corpus() -> Vec<(RawDocument, Article)> {
    let (raw, mut first) = pair(
        0,
        "Menteri Pertahanan meninjau pelabuhan",
        "Menteri Pertahanan Prabowo Subianto meninjau pelabuhan di Surabaya pada Senin. “Kita siap,” kata Prabowo.",
        "2024-03-04T09:00:00+07:00",
    );
    first
        .quotes
        .push(quote("Kita siap", "Prabowo", Some("Prabowo Subianto")));
    first.entities.push(Entity {
        name: "Prabowo Subianto".to_string(),
        kind: "PERSON".to_string(),
        roles: vec!["Menteri Pertahanan".to_string()],
        mentions: vec![
            Mention {
                text: "Prabowo Subianto".to_string(),
                start: 19,
                end: 35,
            },
            Mention {
                text: "Prabowo".to_string(),
                start: 95,
                end: 102,
            },
        ],
    });
    first.entities.push(Entity {
        name: "Surabaya".to_string(),
        kind: "LOCATION".to_string(),
        roles: Vec::new(),
        mentions: vec![Mention {
            text: "Surabaya".to_string(),
            start: 58,
            end: 66,
        }],
    });
    let second = pair(
        1,
        "Harbour expansion approved",
        "The ministry approved the expansion of the harbour on Tuesday, officials said.",
        "2024-03-05T10:00:00+00:00",
    );
    let (raw3, mut third) = pair(
        2,
        "Gubernur bicara soal banjir",
        "Gubernur Jawa Timur mengatakan banjir sudah surut. “Warga aman,” ujar gubernur.",
        "2024-03-06T08:00:00+07:00",
    );
    third.quotes.push(quote("Warga aman", "gubernur", None));
    vec![(raw, first), second, (raw3, third)]
}

fn open(dir: &Path) -> Store {
    Store::open(dir).unwrap()
}

fn ids(hits: &[SearchHit]) -> Vec<&str> {
    hits.iter().map(|hit| hit.id.as_str()).collect()
}

#[test]
fn store_is_send_and_sync() {
    fn shareable<T: Send + Sync>() {}
    shareable::<Store>();
}

#[test]
fn open_lays_out_the_data_directory() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("not/yet/there");
    open(&data);
    assert!(data.join("warta.sqlite3").is_file());
    assert!(data.join("index/meta.json").is_file());
}

#[test]
fn an_article_comes_back_as_it_went_in() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let batch = corpus();
    assert_eq!(
        store.put_batch(&batch).unwrap(),
        BatchOutcome {
            stored: 3,
            duplicates: 0
        }
    );
    for (raw, article) in &batch {
        let back = store.article(&article.id).unwrap().unwrap();
        assert_eq!(
            serde_json::to_value(&back).unwrap(),
            serde_json::to_value(article).unwrap()
        );
        assert!(store.has_raw(&raw.content_hash).unwrap());
        assert!(store.has_article(&article.id).unwrap());
        let raw_back = store.raw_document(&raw.content_hash).unwrap().unwrap();
        assert_eq!(raw_back.bytes, raw.bytes);
        assert_eq!(
            (raw_back.source.as_str(), raw_back.format),
            (raw.source.as_str(), raw.format)
        );
        assert_eq!(raw_back.read_at, raw.read_at);
    }
    assert!(store.article("nope").unwrap().is_none());
    assert!(!store.has_raw("nope").unwrap());
    assert!(store.raw_document("nope").unwrap().is_none());
}

#[test]
fn re_putting_stores_nothing_new() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let batch = corpus();
    store.put_batch(&batch).unwrap();
    let before = store.stats().unwrap();
    assert_eq!(
        store.put_batch(&batch).unwrap(),
        BatchOutcome {
            stored: 0,
            duplicates: 3
        }
    );
    // The same raw bytes twice in one batch, and the same article id under other bytes.
    let (fresh_raw, fresh) = pair(
        7,
        "Baru",
        "Berita baru hari ini.",
        "2024-03-07T08:00:00+07:00",
    );
    let (other_raw, mut same_id) = pair(8, "Lain", "Berita lain.", "2024-03-07T08:00:00+07:00");
    same_id.id = fresh.id.clone();
    let twins = [
        (fresh_raw.clone(), fresh.clone()),
        (fresh_raw, fresh),
        (other_raw, same_id),
    ];
    assert_eq!(
        store.put_batch(&twins).unwrap(),
        BatchOutcome {
            stored: 1,
            duplicates: 2
        }
    );
    let after = store.stats().unwrap();
    assert_eq!(
        (after.articles, after.raw_documents),
        (before.articles + 1, before.raw_documents + 1)
    );
    assert_eq!(
        (after.quotes, after.entities),
        (before.quotes, before.entities)
    );
    assert_eq!(store.search("berita", 10).unwrap().len(), 1);
}

#[test]
fn an_article_must_name_the_raw_document_it_comes_with() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let (raw, mut article) = pair(0, "Judul", "Isi.", "2024-03-04T09:00:00+07:00");
    article.raw_hash = "0000".to_string();
    let err = store.put_batch(&[(raw, article)]).unwrap_err();
    assert!(matches!(err, StoreError::RawMismatch { .. }), "{err}");
    assert_eq!(store.stats().unwrap().articles, 0);
}

#[test]
fn search_finds_title_and_body_words() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let batch = corpus();
    store.put_batch(&batch).unwrap();
    let id = |n: usize| batch[n].1.id.as_str();

    // A body word, any case: the snippet marks it.
    let hits = store.search("SURABAYA", 10).unwrap();
    assert_eq!(ids(&hits), [id(0)]);
    assert!(
        hits[0].snippet.contains("«Surabaya»"),
        "{}",
        hits[0].snippet
    );
    assert_eq!(
        hits[0].title.as_deref(),
        Some("Menteri Pertahanan meninjau pelabuhan")
    );
    assert!(hits[0].score > 0.0);

    // Words in title and body.
    let hits = store.search("harbour", 10).unwrap();
    assert_eq!(ids(&hits), [id(1)]);
    let hits = store.search("banjir", 10).unwrap();
    assert_eq!(ids(&hits), [id(2)]);

    // A title-only word: the snippet is the body's opening.
    let hits = store.search("approved", 10).unwrap();
    assert_eq!(ids(&hits), [id(1)]);
    let hits = store.search("bicara", 10).unwrap();
    assert_eq!(ids(&hits), [id(2)]);
    assert!(
        hits[0].snippet.starts_with("Gubernur Jawa Timur"),
        "{}",
        hits[0].snippet
    );

    // Limits.
    assert_eq!(
        store
            .search("pelabuhan OR harbour OR banjir", 2)
            .unwrap()
            .len(),
        2
    );
    assert!(store.search("harbour", 0).unwrap().is_empty());
}

#[test]
fn a_title_word_outranks_the_same_word_in_a_body() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let in_body = pair(
        0,
        "Rapat kabinet",
        "Rapat kabinet membahas banjir di Jakarta.",
        "2024-03-04T09:00:00+07:00",
    );
    let in_title = pair(
        1,
        "Banjir di Jakarta",
        "Rapat kabinet membahas air di Jakarta.",
        "2024-03-04T09:00:00+07:00",
    );
    store
        .put_batch(&[in_body.clone(), in_title.clone()])
        .unwrap();
    let hits = store.search("banjir", 10).unwrap();
    assert_eq!(ids(&hits), [in_title.1.id.as_str(), in_body.1.id.as_str()]);
}

#[test]
fn a_bad_query_never_errors() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    store.put_batch(&corpus()).unwrap();
    for query in [
        "",
        "\"",
        "title:",
        "(((",
        "AND OR NOT",
        "pelabuhan)",
        "+-",
        "*",
        "ä\u{0}\u{202e}",
        "id:[a TO",
    ] {
        assert!(store.search(query, 10).is_ok(), "{query:?}");
    }
    assert_eq!(store.search("\"pelabuhan", 10).unwrap().len(), 1);
}

#[test]
fn quotes_by_speaker_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let batch = corpus();
    store.put_batch(&batch).unwrap();

    let all = store.quotes(None, 10).unwrap();
    let contents: Vec<&str> = all.iter().map(|row| row.quote.content.as_str()).collect();
    assert_eq!(contents, ["Warga aman", "Kita siap"]);
    assert_eq!(all[1].quote, batch[0].1.quotes[0]);
    assert_eq!(all[1].article_id, batch[0].1.id);
    assert_eq!(
        all[1].article_title.as_deref(),
        Some("Menteri Pertahanan meninjau pelabuhan")
    );
    assert_eq!(
        all[1].published.as_deref(),
        Some("2024-03-04T09:00:00+07:00")
    );

    // By resolved name, by phrase as written, in any case; nothing for a stranger.
    for (speaker, expected) in [
        ("subianto", vec!["Kita siap"]),
        ("PRABOWO", vec!["Kita siap"]),
        ("Gubernur", vec!["Warga aman"]),
        ("  gubernur ", vec!["Warga aman"]),
        ("jokowi", vec![]),
    ] {
        let rows = store.quotes(Some(speaker), 10).unwrap();
        let contents: Vec<&str> = rows.iter().map(|row| row.quote.content.as_str()).collect();
        assert_eq!(contents, expected, "{speaker:?}");
    }
    assert_eq!(store.quotes(None, 1).unwrap().len(), 1);
}

#[test]
fn lists_entities_and_stats() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    store.put_batch(&corpus()).unwrap();

    let list = store.list_articles(0, 10).unwrap();
    let titles: Vec<Option<&str>> = list.iter().map(|a| a.title.as_deref()).collect();
    assert_eq!(
        titles,
        [
            Some("Gubernur bicara soal banjir"),
            Some("Harbour expansion approved"),
            Some("Menteri Pertahanan meninjau pelabuhan")
        ]
    );
    assert_eq!((list[2].quotes, list[2].entities), (1, 2));
    assert_eq!(
        list[2].published.as_deref(),
        Some("2024-03-04T09:00:00+07:00")
    );
    assert_eq!(
        store.list_articles(1, 1).unwrap()[0].title.as_deref(),
        Some("Harbour expansion approved")
    );
    assert!(store.list_articles(3, 10).unwrap().is_empty());
    assert_eq!(store.count_articles().unwrap(), 3);

    let entities = store.entities(10).unwrap();
    assert_eq!(
        entities[0],
        EntityRow {
            name: "Prabowo Subianto".to_string(),
            kind: "PERSON".to_string(),
            articles: 1,
            mentions: 2
        }
    );
    assert_eq!(entities.len(), 2);

    let stats = store.stats().unwrap();
    assert_eq!(
        (
            stats.raw_documents,
            stats.articles,
            stats.quotes,
            stats.entities
        ),
        (3, 3, 2, 2)
    );
    assert_eq!(
        stats.languages,
        [("id".to_string(), 2), ("en".to_string(), 1)]
    );
}

#[test]
fn reopening_keeps_everything_and_migrates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let batch = corpus();
    open(dir.path()).put_batch(&batch).unwrap();
    let store = open(dir.path());
    assert_eq!(
        migrate::schema_version(&store.reader()).unwrap(),
        migrate::LATEST_VERSION
    );
    assert_eq!(migrate::migrate(&mut store.writer()).unwrap(), 0);
    assert_eq!(store.stats().unwrap().articles, 3);
    assert_eq!(store.search("surabaya", 10).unwrap().len(), 1);
}

#[test]
fn a_store_from_a_newer_warta_fails_clearly() {
    let dir = tempfile::tempdir().unwrap();
    drop(open(dir.path()));
    let conn = Connection::open(dir.path().join("warta.sqlite3")).unwrap();
    conn.pragma_update(None, "user_version", sql_int(migrate::LATEST_VERSION + 1))
        .unwrap();
    drop(conn);
    let err = Store::open(dir.path()).err().unwrap();
    assert!(matches!(err, StoreError::NewerSchema { .. }));
    assert!(err.to_string().contains("upgrade warta"), "{err}");
}

#[test]
fn two_threads_read_while_a_third_writes() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let batch = corpus();
    store.put_batch(&batch[..1]).unwrap();
    std::thread::scope(|scope| {
        let readers: Vec<_> = (0..2)
            .map(|_| {
                scope.spawn(|| {
                    for _ in 0..20 {
                        assert!(!store.search("pelabuhan", 10).unwrap().is_empty());
                        assert!(store.article(&batch[0].1.id).unwrap().is_some());
                        assert!(store.stats().unwrap().articles >= 1);
                    }
                })
            })
            .collect();
        scope.spawn(|| store.put_batch(&batch[1..]).unwrap());
        for reader in readers {
            reader.join().unwrap();
        }
    });
    assert_eq!(store.stats().unwrap().articles, 3);
}

#[test]
fn a_crash_between_the_index_and_the_database_commit_is_repaired_by_a_rerun() {
    let dir = tempfile::tempdir().unwrap();
    let batch = corpus();
    {
        let store = open(dir.path());
        store.put_batch(&batch[..1]).unwrap();
        store
            .put_batch_and_die_before_sqlite_commit(&batch[1..])
            .unwrap();
        // The index holds the crashed batch, the database does not: searches must not show it.
        assert_eq!(store.index.num_docs(), 3);
        assert!(store.search("harbour", 10).unwrap().is_empty());
        assert_eq!(store.stats().unwrap().articles, 1);
        assert!(!store.has_raw(&batch[1].0.content_hash).unwrap());
    }
    let store = open(dir.path());
    assert!(store.search("harbour", 10).unwrap().is_empty());
    // The re-run of the whole input: the first article is a duplicate, the crashed two are stored.
    assert_eq!(
        store.put_batch(&batch).unwrap(),
        BatchOutcome {
            stored: 2,
            duplicates: 1
        }
    );
    let stats = store.stats().unwrap();
    assert_eq!(
        (stats.raw_documents, stats.articles, stats.quotes),
        (3, 3, 2)
    );
    // Each article once in the index, the re-indexed ones included.
    for query in ["harbour", "banjir", "pelabuhan"] {
        assert_eq!(store.search(query, 10).unwrap().len(), 1, "{query}");
    }
    let everything = store
        .search("pelabuhan OR harbour OR banjir OR the OR di", 10)
        .unwrap();
    let mut found = ids(&everything);
    found.sort_unstable();
    let mut expected: Vec<&str> = batch
        .iter()
        .map(|(_, article)| article.id.as_str())
        .collect();
    expected.sort_unstable();
    assert_eq!(found, expected);
    assert_eq!(store.index.num_docs(), 3);
}
