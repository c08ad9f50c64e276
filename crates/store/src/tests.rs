//! Store behaviour end to end, on a temporary data directory.

use std::path::Path;

use chrono::DateTime;
use warta_model::{
    Article, Entity, Format, Mention, Quote, QuoteKind, RawDocument, Speaker, SpeakerKind, When,
};

use super::*;

/// A raw text document of `bytes` read from `source`, and a bare article of it: its id the content hash,
/// everything else empty. Tests fill in what they need with `Article { …, ..article }`.
pub(crate) fn bare(source: String, bytes: Vec<u8>) -> (RawDocument, Article) {
    let raw = RawDocument::new(source, Format::Text, bytes);
    let article = Article {
        id: raw.content_hash.clone(),
        raw_hash: raw.content_hash.clone(),
        source: raw.source.clone(),
        url: None,
        title: None,
        text: String::new(),
        lang: None,
        published: None,
        outlet: None,
        original_outlet: None,
        authors: Vec::new(),
        removed: Vec::new(),
        entities: Vec::new(),
        quotes: Vec::new(),
        sources: Default::default(),
        languages: Vec::new(),
        segments: Vec::new(),
    };
    (raw, article)
}

/// A raw document of `title` and `text` and a bare article of it with that title and text. `n` picks
/// the source; different titles or texts give different ids.
pub(crate) fn titled(n: usize, title: &str, text: &str) -> (RawDocument, Article) {
    let (raw, article) = bare(
        format!("corpus/{n}.txt"),
        format!("{title}\n\n{text}").into_bytes(),
    );
    let article = Article {
        title: Some(title.to_string()),
        text: text.to_string(),
        ..article
    };
    (raw, article)
}

/// A raw document and the article derived from it, with an address, a date, an outlet and an author, in
/// Indonesian for even `n` and English for odd. `n` picks the bytes, so different `n` differ.
pub(crate) fn pair(n: usize, title: &str, text: &str, published: &str) -> (RawDocument, Article) {
    let (raw, article) = titled(n, title, text);
    let article = Article {
        url: Some(format!("https://example.id/berita/{n}")),
        lang: Some(["id", "en"][n % 2].to_string()),
        published: DateTime::parse_from_rfc3339(published).ok(),
        outlet: Some("Contoh News".to_string()),
        authors: vec!["Penulis".to_string()],
        ..article
    };
    (raw, article)
}

pub(crate) fn quote(content: &str, speaker_text: &str, speaker_name: Option<&str>) -> Quote {
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
            antecedent: None,
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
        parts: Vec::new(),
        chain: Vec::new(),
    }
}

/// Three articles: an Indonesian one with a quote and entities, an English one, an Indonesian one with a
/// quote from another speaker, published in that order.
pub(crate) fn corpus() -> Vec<(RawDocument, Article)> {
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
    let mut batch = corpus();
    // As a WARC record gives it: the charset is part of the record.
    batch[0].0.content_type = Some("text/html; charset=windows-1252".to_string());
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
        assert_eq!(raw_back.content_type, raw.content_type);
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
fn quotes_by_entity_and_date() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    store.put_batch(&corpus()).unwrap();
    let day = |d: &str| Some(format!("{d}T00:00:00Z").parse::<DateTime<Utc>>().unwrap());
    for (filter, expected) in [
        (
            QuoteFilter {
                entity: Some("Surabaya".to_string()),
                ..QuoteFilter::default()
            },
            vec!["Kita siap"],
        ),
        (
            QuoteFilter {
                entity: Some("surabaya".to_string()),
                ..QuoteFilter::default()
            },
            vec![],
        ),
        // 2024-03-04T09:00+07:00 is 02:00 UTC; 2024-03-06T08:00+07:00 is 01:00 UTC.
        (
            QuoteFilter {
                from: day("2024-03-05"),
                ..QuoteFilter::default()
            },
            vec!["Warga aman"],
        ),
        (
            QuoteFilter {
                to: day("2024-03-05"),
                ..QuoteFilter::default()
            },
            vec!["Kita siap"],
        ),
        (
            QuoteFilter {
                speaker: Some("gubernur".to_string()),
                to: day("2024-03-05"),
                ..QuoteFilter::default()
            },
            vec![],
        ),
    ] {
        let rows = store.quotes_with(&filter, 10).unwrap();
        let contents: Vec<&str> = rows.iter().map(|row| row.quote.content.as_str()).collect();
        assert_eq!(contents, expected, "{filter:?}");
    }
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
            .put_items_and_die_before_sqlite_commit(&items(&batch[1..]), &StoryChanges::default())
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

/// The corpus as batch items with nothing known beyond the articles.
fn items(batch: &[(RawDocument, Article)]) -> Vec<BatchItem> {
    batch
        .iter()
        .map(|(raw, article)| BatchItem::new(raw.clone(), article.clone()))
        .collect()
}

/// The corpus as ingest would hand it over: the first two articles in one story, the third in another, the
/// second a near duplicate of the first and the third an exact duplicate of the first (to test links, not
/// realism).
pub(crate) fn linked_corpus() -> Vec<BatchItem> {
    let mut items = items(&corpus());
    let first = items[0].article.id.clone();
    items[0].links.fingerprint = Some("fp-0".to_string());
    items[0].links.story = Some("s-harbour".to_string());
    items[1].links.fingerprint = Some("fp-1".to_string());
    items[1].links.story = Some("s-harbour".to_string());
    items[1].links.duplicates.push(DuplicateLink {
        of: first.clone(),
        kind: DuplicateKind::Near,
        similarity: 0.85,
    });
    items[2].links.fingerprint = Some("fp-0".to_string());
    items[2].links.story = Some("s-flood".to_string());
    items[2].links.duplicates = vec![
        DuplicateLink {
            of: first,
            kind: DuplicateKind::Exact,
            similarity: 1.0,
        },
        // Not stored: dropped rather than left dangling.
        DuplicateLink {
            of: "unknown".to_string(),
            kind: DuplicateKind::Translated,
            similarity: 0.7,
        },
    ];
    items
}

#[test]
fn stories_come_back_with_their_articles() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let items = linked_corpus();
    let outcome = store.put_items(&items, &StoryChanges::default()).unwrap();
    assert_eq!(outcome.stored, 3);
    let id = |n: usize| items[n].article.id.clone();

    let list = store.stories(0, 10).unwrap();
    assert_eq!(
        list,
        [
            StoryRow {
                id: "s-flood".to_string(),
                title: Some("Gubernur bicara soal banjir".to_string()),
                articles: 1,
                first_published: Some("2024-03-06T01:00:00Z".to_string()),
                last_published: Some("2024-03-06T01:00:00Z".to_string()),
                languages: vec!["id".to_string()],
            },
            StoryRow {
                id: "s-harbour".to_string(),
                title: Some("Menteri Pertahanan meninjau pelabuhan".to_string()),
                articles: 2,
                first_published: Some("2024-03-04T02:00:00Z".to_string()),
                last_published: Some("2024-03-05T10:00:00Z".to_string()),
                languages: vec!["en".to_string(), "id".to_string()],
            },
        ]
    );
    assert_eq!(store.stories(1, 10).unwrap().len(), 1);
    assert_eq!(store.count_stories().unwrap(), 2);
    assert_eq!(store.story_ids().unwrap(), ["s-flood", "s-harbour"]);

    let (current, articles) = store.story("s-harbour").unwrap().unwrap();
    assert_eq!(current, "s-harbour");
    let members: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(members, [id(0), id(1)]);
    assert!(store.story("s-none").unwrap().is_none());
    assert_eq!(store.story_of(&id(2)).unwrap().as_deref(), Some("s-flood"));
    assert!(store.story_of("nope").unwrap().is_none());

    let texts = store.story_member_texts("s-harbour", 1).unwrap();
    assert_eq!(
        texts,
        [MemberText {
            id: id(1),
            lang: Some("en".to_string()),
            text: items[1].article.text.clone(),
        }]
    );
}

#[test]
fn a_merged_story_answers_under_its_old_id() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let items = linked_corpus();
    store
        .put_items(&items[..2], &StoryChanges::default())
        .unwrap();
    // The flood story swallows the harbour story in the batch that brings its first article.
    let merged = StoryChanges {
        merged: vec![("s-harbour".to_string(), "s-flood".to_string())],
        clusterer_state: None,
    };
    store.put_items(&items[2..], &merged).unwrap();
    assert_eq!(store.story_ids().unwrap(), ["s-flood"]);
    let (current, articles) = store.story("s-harbour").unwrap().unwrap();
    assert_eq!((current.as_str(), articles.len()), ("s-flood", 3));
    assert_eq!(
        store.story_of(&items[0].article.id).unwrap().as_deref(),
        Some("s-flood")
    );
    // A later merge carries the old alias along, and a member stored under an alias lands in the survivor.
    let mut late = pair(
        7,
        "Banjir surut",
        "Air banjir surut pada Kamis.",
        "2024-03-07T08:00:00+07:00",
    );
    late.1.lang = Some("id".to_string());
    let mut late = BatchItem::new(late.0, late.1);
    late.links.story = Some("s-harbour".to_string());
    let again = StoryChanges {
        merged: vec![("s-flood".to_string(), "s-older".to_string())],
        clusterer_state: None,
    };
    store.put_items(&[late], &again).unwrap();
    for old in ["s-harbour", "s-flood", "s-older"] {
        let (current, articles) = store.story(old).unwrap().unwrap();
        assert_eq!((current.as_str(), articles.len()), ("s-older", 4), "{old}");
    }
}

#[test]
fn duplicates_link_both_ways_and_tell_who_came_first() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let items = linked_corpus();
    store.put_items(&items, &StoryChanges::default()).unwrap();
    let id = |n: usize| items[n].article.id.clone();

    assert_eq!(store.article_with_fingerprint("fp-0").unwrap(), Some(id(0)));
    assert_eq!(store.article_with_fingerprint("fp-1").unwrap(), Some(id(1)));
    assert!(store.article_with_fingerprint("fp-9").unwrap().is_none());

    let of_first = store.duplicates_of(&id(0)).unwrap();
    let seen: Vec<(&str, DuplicateKind, bool)> = of_first
        .iter()
        .map(|row| (row.id.as_str(), row.kind, row.came_first))
        .collect();
    assert_eq!(
        seen,
        [
            (id(1).as_str(), DuplicateKind::Near, false),
            (id(2).as_str(), DuplicateKind::Exact, false)
        ]
    );
    assert_eq!(of_first[0].similarity, 0.85);
    assert_eq!(of_first[0].outlet.as_deref(), Some("Contoh News"));
    assert_eq!(
        of_first[0].published.as_deref(),
        Some("2024-03-05T10:00:00Z")
    );

    let of_third = store.duplicates_of(&id(2)).unwrap();
    assert_eq!(
        of_third.len(),
        1,
        "the link to an unknown article is dropped"
    );
    assert_eq!(
        (
            of_third[0].id.as_str(),
            of_third[0].kind,
            of_third[0].came_first
        ),
        (id(0).as_str(), DuplicateKind::Exact, true)
    );
    assert!(store.duplicates_of("nope").unwrap().is_empty());
}

#[test]
fn the_clusterer_checkpoint_names_what_it_includes() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    assert!(store.clusterer_checkpoint().unwrap().is_none());
    let mut items = linked_corpus();
    items[1].links.minhash = Some(vec![7; 16]);
    let checkpoint = StoryChanges {
        merged: Vec::new(),
        clusterer_state: Some(b"after one".to_vec()),
    };
    store.put_items(&items[..1], &checkpoint).unwrap();
    store
        .put_items(&items[1..], &StoryChanges::default())
        .unwrap();
    let saved = store.clusterer_checkpoint().unwrap().unwrap();
    assert_eq!(saved.state, b"after one");
    let replay: Vec<String> = store
        .clustered_after(saved.through)
        .unwrap()
        .into_iter()
        .map(|a| a.id)
        .collect();
    assert_eq!(
        replay,
        [items[1].article.id.clone(), items[2].article.id.clone()]
    );
    assert_eq!(store.clustered_after(0).unwrap().len(), 3);

    // A batch may carry only a checkpoint.
    let last = StoryChanges {
        merged: Vec::new(),
        clusterer_state: Some(b"after three".to_vec()),
    };
    assert_eq!(
        store.put_items(&[], &last).unwrap(),
        BatchOutcome::default()
    );
    let saved = store.clusterer_checkpoint().unwrap().unwrap();
    assert_eq!(saved.state, b"after three");
    assert!(store.clustered_after(saved.through).unwrap().is_empty());

    // Signatures come back as stored; an article stored without one comes with its text to sign.
    let mut found = Vec::new();
    store
        .for_each_minhash(|id, stored| found.push(format!("{id} {stored:?}")))
        .unwrap();
    let expected: Vec<String> = items
        .iter()
        .map(|item| {
            let stored = match &item.links.minhash {
                Some(bytes) => StoredMinhash::Bytes(bytes),
                None => StoredMinhash::Missing {
                    text: &item.article.text,
                },
            };
            format!("{} {stored:?}", item.article.id)
        })
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn a_crash_loses_the_links_and_stories_with_their_batch_and_a_rerun_restores_them() {
    let dir = tempfile::tempdir().unwrap();
    let items = linked_corpus();
    let changes = StoryChanges {
        merged: vec![("s-harbour".to_string(), "s-flood".to_string())],
        clusterer_state: Some(b"state".to_vec()),
    };
    {
        let store = open(dir.path());
        store
            .put_items(&items[..1], &StoryChanges::default())
            .unwrap();
        store
            .put_items_and_die_before_sqlite_commit(&items[1..], &changes)
            .unwrap();
        assert_eq!(store.story_ids().unwrap(), ["s-harbour"]);
        assert!(store
            .duplicates_of(&items[0].article.id)
            .unwrap()
            .is_empty());
        assert!(store.clusterer_checkpoint().unwrap().is_none());
    }
    let store = open(dir.path());
    assert_eq!(
        store.put_items(&items, &changes).unwrap(),
        BatchOutcome {
            stored: 2,
            duplicates: 1
        }
    );
    assert_eq!(store.story_ids().unwrap(), ["s-flood"]);
    assert_eq!(store.duplicates_of(&items[0].article.id).unwrap().len(), 2);
    assert_eq!(
        store.clusterer_checkpoint().unwrap().map(|c| c.state),
        Some(b"state".to_vec())
    );
    assert_eq!(store.search("harbour", 10).unwrap().len(), 1);
    assert_eq!(store.index.num_docs(), 3);
}

#[test]
fn articles_stored_without_a_story_can_be_linked_later() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let batch = corpus();
    store.put_batch(&batch).unwrap();
    let ids: Vec<String> = batch.iter().map(|(_, a)| a.id.clone()).collect();
    assert_eq!(store.unclustered_ids().unwrap(), ids);

    let mut linked: Vec<(String, Links)> = linked_corpus()
        .into_iter()
        .take(2)
        .map(|item| (item.article.id, item.links))
        .collect();
    linked.push((
        "not-stored".to_string(),
        Links {
            story: Some("s-other".to_string()),
            ..Links::default()
        },
    ));
    let checkpoint = StoryChanges {
        merged: Vec::new(),
        clusterer_state: Some(b"state".to_vec()),
    };
    assert_eq!(store.link_stored(&linked, &checkpoint).unwrap(), 2);
    assert_eq!(store.unclustered_ids().unwrap(), [ids[2].clone()]);
    assert_eq!(store.story_ids().unwrap(), ["s-harbour"]);
    assert_eq!(
        store.article_with_fingerprint("fp-1").unwrap(),
        Some(ids[1].clone())
    );
    assert_eq!(store.duplicates_of(&ids[0]).unwrap().len(), 1);
    assert!(!store.has_article("not-stored").unwrap());
    assert_eq!(store.clusterer_checkpoint().unwrap().unwrap().through, 2);
}
