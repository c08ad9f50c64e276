//! The id `warta extract` prints for a document: what the input calls it, else its file name, else its URL.

use std::path::Path;

use warta_model::{content_hash, Format, RawDocument};

use crate::Extracted;

/// The document's id, in order of precedence:
/// 1. the `id` the input gave (a JSON record's `id` field);
/// 2. for a page or text read from a file `X.html` or `X.html.gz`: `X`, the file name up to its first dot;
/// 3. for a document that came from the web (a WARC record, a feed item): the [`content_hash`] of its URL;
/// 4. otherwise the raw document's content hash.
///
/// ```
/// use warta_model::{Format, RawDocument};
/// let raw = RawDocument::new("pages/0042.html.gz", Format::Html, b"<p>x</p>".to_vec());
/// let doc = warta_extract::extract(&raw).unwrap();
/// assert_eq!(warta_extract::document_id(&raw, &doc), "0042");
/// ```
pub fn document_id(raw: &RawDocument, extracted: &Extracted) -> String {
    if let Some(id) = &extracted.id {
        return id.clone();
    }
    let from_web = raw.source.contains("://");
    if raw.format != Format::JsonRecord && !from_web {
        let stem = Path::new(&raw.source)
            .file_name()
            .and_then(|name| name.to_str())
            .and_then(|name| name.split('.').next())
            .filter(|stem| !stem.is_empty() && raw.source != "-");
        if let Some(stem) = stem {
            return stem.to_string();
        }
    }
    let url = if from_web {
        Some(raw.source.as_str())
    } else {
        extracted.url.as_deref()
    };
    match url {
        Some(url) => content_hash(url.as_bytes()),
        None => raw.content_hash.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_the_contract() {
        let url_hash = content_hash(b"https://a.id/berita/1");
        let cases: &[(&str, Format, &str, &str)] = &[
            ("dir/0042.html.gz", Format::Html, "<p>x</p>", "0042"),
            ("dir/abc.def.html", Format::Html, "<p>x</p>", "abc"),
            ("story.txt", Format::Text, "Isi.", "story"),
            ("https://a.id/berita/1", Format::Html, "<p>x</p>", &url_hash),
            (
                "f.jsonl:3",
                Format::JsonRecord,
                r#"{"id":"r7","text":"x"}"#,
                "r7",
            ),
            (
                "f.jsonl:4",
                Format::JsonRecord,
                r#"{"id":12,"text":"x"}"#,
                "12",
            ),
            (
                "https://a.id/berita/1",
                Format::JsonRecord,
                r#"{"url":"https://a.id/berita/1","text":"x"}"#,
                &url_hash,
            ),
            (
                "f.jsonl:5",
                Format::JsonRecord,
                r#"{"url":"https://a.id/berita/1","text":"x"}"#,
                &url_hash,
            ),
        ];
        for (source, format, bytes, id) in cases {
            let raw = RawDocument::new(*source, *format, bytes.as_bytes().to_vec());
            let extracted = crate::extract(&raw).unwrap();
            assert_eq!(document_id(&raw, &extracted), *id, "{source}");
        }
        for source in ["-", "dir/.hidden"] {
            let raw = RawDocument::new(source, Format::Text, b"Isi.".to_vec());
            let extracted = crate::extract(&raw).unwrap();
            assert_eq!(document_id(&raw, &extracted), raw.content_hash, "{source}");
        }
    }
}
