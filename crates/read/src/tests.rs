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
