//! JSON records (a line of a JSON Lines file): fields `id`, `url`, `title`, `text`, `html`, `published`,
//! `outlet`, `authors`/`author`, `lang`.

use serde_json::{Map, Value};

use crate::date::parse_date;
use crate::html::extract_html;
use crate::text::extract_text;
use crate::{ExtractError, Extracted};

pub(crate) fn extract_record(bytes: &[u8]) -> Result<Extracted, ExtractError> {
    // JSON is UTF-8; a record with stray invalid bytes is read lossily rather than refused.
    let json = String::from_utf8_lossy(bytes);
    let value: Value = serde_json::from_str(&json)
        .map_err(|e| ExtractError(format!("invalid JSON record: {e}")))?;
    let Value::Object(record) = value else {
        return Err(ExtractError("a JSON record must be an object".into()));
    };
    let field = |key: &str| string_field(&record, key);

    let mut extracted = if let Some(text) = field("text") {
        let (title, mut blocks) = extract_text(&text);
        let given = field("title");
        // The record's title wins; the text's first line is then the body unless it repeats that title.
        let title = match (given, title) {
            (Some(given), Some(first)) if first != given => {
                blocks.insert(
                    0,
                    warta_model::Block {
                        text: first,
                        raw_start: Some(first_line_start(&text)),
                    },
                );
                Some(given)
            }
            (given, found) => given.or(found),
        };
        Extracted {
            title,
            blocks,
            ..Extracted::default()
        }
    } else if let Some(html) = field("html") {
        let page = extract_html(&html);
        let meta = page.metadata;
        Extracted {
            title: field("title").or(meta.title),
            blocks: page.blocks,
            published: meta.published,
            modified: meta.modified,
            outlet: meta.outlet,
            authors: meta.authors,
            url: meta.canonical_url.clone(),
            canonical_url: meta.canonical_url,
            lang_hint: meta.lang,
            ..Extracted::default()
        }
    } else {
        return Err(ExtractError(
            "JSON record has neither `text` nor `html`".into(),
        ));
    };

    extracted.encoding = encoding_rs::UTF_8.name();
    extracted.id = field("id");
    extracted.url = field("url").or(extracted.url);
    extracted.published = field("published")
        .and_then(|d| parse_date(&d))
        .or(extracted.published);
    extracted.outlet = field("outlet").or(extracted.outlet);
    extracted.lang_hint = field("lang").or(extracted.lang_hint);
    let authors = authors(&record);
    if !authors.is_empty() {
        extracted.authors = authors;
    }
    Ok(extracted)
}

/// A non-empty string field; numbers (numeric ids) are taken as their text.
fn string_field(record: &Map<String, Value>, key: &str) -> Option<String> {
    match record.get(key)? {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn authors(record: &Map<String, Value>) -> Vec<String> {
    let value = record.get("authors").or_else(|| record.get("author"));
    let names: Vec<String> = match value {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        Some(Value::String(name)) => vec![name.clone()],
        _ => Vec::new(),
    };
    names
        .into_iter()
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .collect()
}

fn first_line_start(text: &str) -> usize {
    text.chars().take_while(|c| c.is_whitespace()).count()
}
