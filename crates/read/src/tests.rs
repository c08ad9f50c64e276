use std::io::Write;
use std::path::{Path, PathBuf};

use flate2::write::GzEncoder;
use flate2::Compression;
use warta_model::Format;

use crate::{read_paths, ReadError, Reader};
use warta_model::RawDocument;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, bytes).unwrap();
    path
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

fn read_one(path: PathBuf) -> Vec<Result<RawDocument, ReadError>> {
    read_paths(&[path]).collect()
}

fn reason(item: &Result<RawDocument, ReadError>) -> String {
    item.as_ref()
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default()
}

#[test]
fn formats_follow_extension_and_content() {
    let dir = tempfile::tempdir().unwrap();
    let cases: &[(&str, &[u8], Format)] = &[
        ("a.txt", b"<b>not html by name</b>", Format::Text),
        ("b.html", b"Hello", Format::Html),
        ("c", b"  <!doctype html><p>x</p>", Format::Html),
        ("d.HTM", b"x", Format::Html),
        ("e", b"Judul\n\nIsi berita.", Format::Text),
    ];
    for (name, bytes, format) in cases {
        let docs = read_one(write(dir.path(), name, bytes));
        assert_eq!(docs.len(), 1, "{name}");
        let doc = docs[0].as_ref().unwrap();
        assert_eq!(doc.format, *format, "{name}");
        assert_eq!(doc.bytes, *bytes);
        assert_eq!(doc.source, dir.path().join(name).display().to_string());
    }
}

#[test]
fn empty_and_binary_files_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let empty = read_one(write(dir.path(), "empty.txt", b""));
    assert!(
        reason(&empty[0]).ends_with("empty file"),
        "{}",
        reason(&empty[0])
    );
    let blank = read_one(write(dir.path(), "blank.txt", b" \n\n "));
    assert!(reason(&blank[0]).ends_with("empty file"));
    let binary = read_one(write(
        dir.path(),
        "photo.jpg",
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    ));
    assert!(reason(&binary[0]).ends_with("binary file"));
    let utf16 = read_one(write(dir.path(), "utf16.txt", b"\xff\xfeH\x00i\x00"));
    assert!(utf16[0].is_ok());
}

#[test]
fn invalid_utf8_is_kept_raw() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = b"Caf\xe9 na\xefve \xff\xfe end";
    let docs = read_one(write(dir.path(), "latin1.txt", bytes));
    assert_eq!(docs[0].as_ref().unwrap().bytes, bytes);
}

#[test]
fn gzip_is_transparent() {
    let dir = tempfile::tempdir().unwrap();
    let docs = read_one(write(
        dir.path(),
        "page.html.gz",
        &gzip(b"<html><p>Hi</p></html>"),
    ));
    let doc = docs[0].as_ref().unwrap();
    assert_eq!(doc.format, Format::Html);
    assert_eq!(doc.bytes, b"<html><p>Hi</p></html>");
    // Magic bytes, not the name, decide.
    let docs = read_one(write(dir.path(), "story", &gzip(b"Plain story.")));
    assert_eq!(docs[0].as_ref().unwrap().bytes, b"Plain story.");
}

#[test]
fn truncated_gzip_keeps_complete_records_and_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut jsonl = String::new();
    for i in 0..2000 {
        jsonl.push_str(&format!(
            "{{\"id\":\"{i}\",\"text\":\"record number {i} with some words {}\"}}\n",
            i * 7919
        ));
    }
    let compressed = gzip(jsonl.as_bytes());
    let path = write(
        dir.path(),
        "dump.jsonl.gz",
        &compressed[..compressed.len() / 2],
    );
    let items = read_one(path.clone());
    let (docs, errors): (Vec<_>, Vec<_>) = items.iter().partition(|item| item.is_ok());
    assert!(
        docs.len() > 10 && docs.len() < 2000,
        "{} records",
        docs.len()
    );
    assert_eq!(errors.len(), 1);
    let last = items.last().unwrap();
    assert!(
        reason(last).contains("truncated or corrupt gzip"),
        "{}",
        reason(last)
    );
    assert!(reason(last).starts_with(&path.display().to_string()));
    for (i, doc) in docs.iter().enumerate() {
        let doc = doc.as_ref().unwrap();
        assert!(serde_json::from_slice::<serde_json::Value>(&doc.bytes).is_ok());
        assert_eq!(doc.source, format!("{}:{}", path.display(), i + 1));
    }

    let truncated_page = read_one(write(
        dir.path(),
        "page.html.gz",
        &compressed[..compressed.len() / 2],
    ));
    assert_eq!(truncated_page.len(), 1);
    assert!(reason(&truncated_page[0]).contains("truncated or corrupt gzip"));
}

#[test]
fn json_lines_bad_line_in_the_middle() {
    let dir = tempfile::tempdir().unwrap();
    let content = b"{\"id\":\"1\",\"text\":\"a\"}\r\n\n{\"id\":\"2\", oops\n[1,2]\n  \n{\"id\":\"3\",\"text\":\"caf\xe9\"}";
    let path = write(dir.path(), "records.ndjson", content);
    let items = read_one(path.clone());
    let name = path.display().to_string();
    assert_eq!(items.len(), 4);
    let first = items[0].as_ref().unwrap();
    assert_eq!(
        (first.source.clone(), first.format),
        (format!("{name}:1"), Format::JsonRecord)
    );
    assert_eq!(first.bytes, b"{\"id\":\"1\",\"text\":\"a\"}");
    let bad = items[1].as_ref().unwrap_err();
    assert_eq!(
        (bad.source_name.as_str(), bad.line),
        (name.as_str(), Some(3))
    );
    assert_eq!(items[2].as_ref().unwrap_err().line, Some(4));
    assert_eq!(items[3].as_ref().unwrap().source, format!("{name}:6"));

    // Sniffed without an extension.
    let sniffed = read_one(write(
        dir.path(),
        "export",
        b"\xef\xbb\xbf{\"text\":\"x\"}\n{\"text\":\"y\"}\n",
    ));
    assert_eq!(sniffed.iter().filter(|d| d.is_ok()).count(), 2);
}

#[test]
fn nested_directories_are_walked_in_name_order() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "b/z.txt", b"z");
    write(dir.path(), "b/a/deep/x.txt", b"x");
    write(dir.path(), "a.txt", b"a");
    write(
        dir.path(),
        "c.jsonl",
        b"{\"text\":\"c1\"}\n{\"text\":\"c2\"}\n",
    );
    write(dir.path(), ".hidden/secret.txt", b"s");
    let sources: Vec<String> = read_paths(&[dir.path().to_path_buf()])
        .map(|item| item.unwrap().source)
        .map(|source| {
            source
                .trim_start_matches(&dir.path().display().to_string())
                .to_string()
        })
        .collect();
    assert_eq!(
        sources,
        [
            "/a.txt",
            "/b/a/deep/x.txt",
            "/b/z.txt",
            "/c.jsonl:1",
            "/c.jsonl:2"
        ]
    );
}

#[test]
fn missing_paths_and_dangling_links_are_errors_and_reading_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "tree/good.txt", b"good");
    std::os::unix::fs::symlink(
        dir.path().join("nowhere"),
        dir.path().join("tree/dangling.txt"),
    )
    .unwrap();
    let missing = dir.path().join("missing.txt");
    let items: Vec<_> =
        read_paths(&[missing.clone(), dir.path().join("tree"), good.clone()]).collect();
    assert_eq!(items.len(), 4);
    let error = items[0].as_ref().unwrap_err();
    assert_eq!(error.source_name, missing.display().to_string());
    assert!(error.reason.starts_with("cannot open"));
    assert!(items[1]
        .as_ref()
        .unwrap_err()
        .source_name
        .ends_with("dangling.txt"));
    assert_eq!(items[2].as_ref().unwrap().bytes, b"good");
    assert_eq!(items[3].as_ref().unwrap().bytes, b"good");
}

#[test]
fn size_limits_refuse_large_documents_and_lines() {
    let dir = tempfile::tempdir().unwrap();
    let reader = Reader::new().max_document_bytes(100).max_line_bytes(30);
    let big = write(dir.path(), "big.txt", &[b'a'; 101]);
    let fits = write(dir.path(), "fits.txt", &[b'a'; 100]);
    let bomb = write(dir.path(), "bomb.txt.gz", &gzip(&[b'a'; 100_000]));
    let lines = write(
        dir.path(),
        "l.jsonl",
        format!("{{\"t\":\"{}\"}}\n{{\"t\":\"ok\"}}\n", "x".repeat(50)).as_bytes(),
    );
    let items: Vec<_> = reader.read(&[big, fits, bomb, lines]).collect();
    assert_eq!(items.len(), 5);
    assert!(reason(&items[0]).contains("larger than the limit of 100 bytes"));
    assert!(items[1].is_ok());
    assert!(reason(&items[2]).contains("larger than the limit"));
    assert_eq!(items[3].as_ref().unwrap_err().line, Some(1));
    assert!(reason(&items[3]).contains("line longer than the limit"));
    assert_eq!(items[4].as_ref().unwrap().bytes, b"{\"t\":\"ok\"}");
}

/// One WARC record of type `kind` with `block`, its Content-Length off by `lie` bytes.
fn warc_record(kind: &str, uri: &str, block: &[u8], lie: i64) -> Vec<u8> {
    let length = block.len() as i64 + lie;
    let mut record = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-30T07:05:00Z\r\n\
         Content-Type: application/http; msgtype={kind}\r\nContent-Length: {length}\r\n\r\n"
    )
    .into_bytes();
    record.extend_from_slice(block);
    record.extend_from_slice(b"\r\n\r\n");
    record
}

fn http(status: &str, headers: &str, body: &str) -> Vec<u8> {
    format!("HTTP/1.1 {status}\r\n{headers}\r\n\r\n{body}").into_bytes()
}

const PAGE: &str = "<html><head><title>Berita</title></head><body><p>Isi berita.</p></body></html>";

fn warc_fixture() -> Vec<Vec<u8>> {
    let html = "Content-Type: text/html; charset=UTF-8";
    let chunked = "Content-Type: text/html\r\nTransfer-Encoding: chunked";
    let body = PAGE.as_bytes();
    let chunks = format!("{:x}\r\n{PAGE}\r\n0\r\n\r\n", body.len());
    vec![
        b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 9\r\n\r\nsoftware\n\r\n\r\n".to_vec(),
        warc_record("request", "https://a.id/1", b"GET /1 HTTP/1.1\r\n\r\n", 0),
        warc_record("response", "https://a.id/1", &http("200 OK", html, PAGE), 0),
        warc_record(
            "response",
            "https://a.id/img.jpg",
            &http("200 OK", "Content-Type: image/jpeg", "\u{1}"),
            0,
        ),
        warc_record(
            "response",
            "https://a.id/old",
            &http("301 Moved", "Location: /new", ""),
            0,
        ),
        warc_record("metadata", "https://a.id/1", b"fetchTimeMs: 12\r\n", 0),
        warc_record(
            "response",
            "<https://a.id/2>",
            &http("200 OK", chunked, &chunks),
            0,
        ),
    ]
}

#[test]
fn warc_html_responses_become_documents() {
    let dir = tempfile::tempdir().unwrap();
    let records = warc_fixture();
    let plain = write(dir.path(), "crawl.warc", &records.concat());
    // Common Crawl style: one gzip member per record.
    let members: Vec<u8> = records.iter().flat_map(|r| gzip(r)).collect();
    let gzipped = write(dir.path(), "CC-NEWS-1.warc.gz", &members);
    let sniffed = write(dir.path(), "noext", &records.concat());
    for path in [plain, gzipped, sniffed] {
        let mut docs = read_paths(std::slice::from_ref(&path));
        let items: Vec<_> = docs.by_ref().collect();
        let sources: Vec<_> = items
            .iter()
            .map(|d| d.as_ref().unwrap().source.as_str())
            .collect();
        assert_eq!(
            sources,
            ["https://a.id/1", "https://a.id/2"],
            "{}",
            path.display()
        );
        for item in &items {
            let doc = item.as_ref().unwrap();
            assert_eq!(
                (doc.format, doc.bytes.as_slice()),
                (Format::Html, PAGE.as_bytes())
            );
            assert_eq!(doc.read_at.to_rfc3339(), "2024-05-30T07:05:00+00:00");
        }
        let content_types: Vec<_> = items
            .iter()
            .map(|d| d.as_ref().unwrap().content_type.as_deref())
            .collect();
        assert_eq!(
            content_types,
            [Some("text/html; charset=utf-8"), Some("text/html")]
        );
        assert_eq!(docs.skipped(), 5);
    }
}

#[test]
fn warc_with_a_lying_content_length_resyncs() {
    let dir = tempfile::tempdir().unwrap();
    let good = |n: usize| {
        warc_record(
            "response",
            &format!("https://a.id/{n}"),
            &http("200 OK", "Content-Type: text/html", PAGE),
            0,
        )
    };
    let short = warc_record(
        "response",
        "https://a.id/short",
        &http("200 OK", "Content-Type: text/html", PAGE),
        -20,
    );
    let long = warc_record(
        "response",
        "https://a.id/long",
        &http("200 OK", "Content-Type: text/html", PAGE),
        30,
    );
    let file = [
        good(1),
        short.clone(),
        good(2),
        long,
        b"a line of junk that no WARC reader would take for a record\r\n".to_vec(),
        good(3),
    ]
    .concat();
    let path = write(dir.path(), "lying.warc", &file);
    let items = read_one(path.clone());
    let outcome: Vec<String> = items
        .iter()
        .map(|item| match item {
            Ok(doc) => doc.source.clone(),
            Err(err) => format!("error@{}", err.offset.unwrap()),
        })
        .collect();
    let short_at = good(1).len();
    let long_at = short_at + short.len() + good(2).len();
    assert_eq!(
        outcome,
        [
            "https://a.id/1".to_string(),
            format!("error@{short_at}"),
            "https://a.id/2".to_string(),
            format!("error@{long_at}"),
            "https://a.id/3".to_string(),
        ]
    );
    let error = items[1].as_ref().unwrap_err().to_string();
    assert!(error.starts_with(&path.display().to_string()), "{error}");
    assert!(
        error.contains(&format!("record at byte {short_at}")),
        "{error}"
    );
    assert!(error.contains("Content-Length"), "{error}");
}

#[test]
fn truncated_warc_names_the_record_and_stops() {
    let dir = tempfile::tempdir().unwrap();
    let records = warc_fixture();
    let whole = records.concat();
    let cut = whole.len() - 40;
    let last_at = whole.len() - records[records.len() - 1].len();
    let items = read_one(write(dir.path(), "cut.warc", &whole[..cut]));
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].as_ref().unwrap().source, "https://a.id/1");
    let error = items[1].as_ref().unwrap_err();
    assert_eq!(error.offset, Some(last_at as u64));
    assert!(error.reason.starts_with("truncated record"), "{error}");

    // Larger than what is read ahead to sniff the format, so that the cut comes after it.
    let padding: String = (0..4000).map(|i| format!("{i} ")).collect();
    let mut members = gzip(&warc_record("metadata", "x", padding.as_bytes(), 0));
    members.extend(records.iter().flat_map(|r| gzip(r)));
    let items = read_one(write(
        dir.path(),
        "cut.warc.gz",
        &members[..members.len() - 30],
    ));
    assert_eq!(items[0].as_ref().unwrap().source, "https://a.id/1");
    assert!(items.last().unwrap().is_err());
}

#[test]
fn oversized_warc_records_are_refused_and_reading_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let big = format!("<html><body><p>{}</p></body></html>", "x".repeat(5000));
    let file = [
        warc_record(
            "response",
            "https://a.id/big",
            &http("200 OK", "Content-Type: text/html", &big),
            0,
        ),
        warc_record(
            "response",
            "https://a.id/small",
            &http("200 OK", "Content-Type: text/html", PAGE),
            0,
        ),
    ]
    .concat();
    let path = write(dir.path(), "big.warc", &file);
    let items: Vec<_> = Reader::new()
        .max_document_bytes(1000)
        .read(&[path])
        .collect();
    assert!(
        reason(&items[0]).contains("larger than the limit"),
        "{}",
        reason(&items[0])
    );
    assert_eq!(items[1].as_ref().unwrap().source, "https://a.id/small");
}

const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Kabar Harian</title><link>https://kabar.id</link>
<item><title>Harga beras naik</title><link>https://kabar.id/beras</link>
<pubDate>Tue, 15 Sep 2020 10:00:00 +0700</pubDate><dc:creator>Budi Santoso</dc:creator>
<description>Ringkasan.</description>
<content:encoded><![CDATA[<p>Harga beras naik lagi.</p><p>Kata pedagang.</p>]]></content:encoded></item>
<item><title>Tanpa isi</title><link>https://kabar.id/kosong</link></item>
<item><title>Hanya deskripsi</title><description>Teks biasa saja.</description></item>
</channel></rss>"#;

const ATOM: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:x</id><updated>2024-05-30T07:05:00Z</updated>
<entry><title>First</title><id>urn:1</id><link href="https://atom.example/1"/><updated>2024-05-30T07:05:00Z</updated>
<author><name>Ann Writer</name></author><content type="html">&lt;p&gt;Body one.&lt;/p&gt;</content></entry>
</feed>"#;

fn json(doc: &RawDocument) -> serde_json::Value {
    serde_json::from_slice(&doc.bytes).unwrap()
}

#[test]
fn rss_items_become_json_records() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["kabar.rss", "feed"] {
        let path = write(dir.path(), name, RSS.as_bytes());
        let items = read_one(path.clone());
        assert_eq!(items.len(), 3, "{name}");
        let first = items[0].as_ref().unwrap();
        assert_eq!(
            (first.source.as_str(), first.format),
            ("https://kabar.id/beras", Format::JsonRecord)
        );
        assert_eq!(
            json(first),
            serde_json::json!({
                "url": "https://kabar.id/beras",
                "title": "Harga beras naik",
                "published": "2020-09-15T03:00:00+00:00",
                "outlet": "Kabar Harian",
                "authors": ["Budi Santoso"],
                "html": "<p>Harga beras naik lagi.</p><p>Kata pedagang.</p>",
            })
        );
        assert!(reason(&items[1]).contains("has no content"));
        let third = items[2].as_ref().unwrap();
        assert_eq!(third.source, format!("{}#item-3", path.display()));
        assert_eq!(json(third)["text"], "Teks biasa saja.");
    }
}

#[test]
fn atom_entries_and_bad_feeds() {
    let dir = tempfile::tempdir().unwrap();
    let items = read_one(write(dir.path(), "news.atom", ATOM.as_bytes()));
    let entry = json(items[0].as_ref().unwrap());
    assert_eq!(entry["url"], "https://atom.example/1");
    assert_eq!(entry["html"], "<p>Body one.</p>");
    assert_eq!(entry["authors"][0], "Ann Writer");
    assert_eq!(entry["outlet"], "Atom News");

    let broken = read_one(write(dir.path(), "broken.xml", b"<rss><channel><item>"));
    assert!(
        reason(&broken[0]).contains("not a readable feed"),
        "{}",
        reason(&broken[0])
    );

    // Entity expansion is refused: the bomb stays a few hundred bytes.
    let bomb = r#"<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
<rss version="2.0"><channel><title>t</title><item><title>x</title><description>&d;&d;&d;&d;</description></item></channel></rss>"#;
    let items = read_one(write(dir.path(), "bomb.rss", bomb.as_bytes()));
    for doc in items.iter().flatten() {
        assert!(doc.bytes.len() < 1000, "{} bytes", doc.bytes.len());
    }
}
