//! RSS and Atom feeds: one [`RawDocument`] per item.
//!
//! A feed item is not a page, so it is handed on as a [`Format::JsonRecord`]: a JSON object with the item's
//! `url`, `title`, `published` (RFC 3339), `authors`, `outlet` (the channel's title) and its content as `html`
//! (`content:encoded`, Atom `content`, else the description or summary) or as `text` when it holds no markup.
//! The source is the item's link, else `path#item-N`. feed-rs resolves only XML's predefined entities, so a
//! feed with an entity-expansion bomb stays small.

use feed_rs::model::Entry;
use serde_json::{json, Map, Value};
use warta_model::{Format, RawDocument};

use crate::ReadError;

/// The items of the feed in `bytes`, read from the file `name`, or why the feed could not be read.
pub(crate) fn feed_items(
    name: &str,
    bytes: &[u8],
) -> Result<Vec<Result<RawDocument, ReadError>>, ReadError> {
    let feed = feed_rs::parser::parse(bytes)
        .map_err(|e| ReadError::new(name, format!("not a readable feed: {e}")))?;
    let outlet = feed.title.map(|t| t.content.trim().to_string());
    let items = feed
        .entries
        .iter()
        .enumerate()
        .map(|(i, entry)| item(name, i + 1, entry, outlet.as_deref()))
        .collect();
    Ok(items)
}

fn item(
    name: &str,
    number: usize,
    entry: &Entry,
    outlet: Option<&str>,
) -> Result<RawDocument, ReadError> {
    let url = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|rel| rel == "alternate"))
        .or(entry.links.first())
        .map(|l| l.href.trim().to_string())
        .filter(|href| !href.is_empty());
    let source = url
        .clone()
        .unwrap_or_else(|| format!("{name}#item-{number}"));
    let content = entry
        .content
        .as_ref()
        .and_then(|c| c.body.clone())
        .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()))
        .filter(|c| !c.trim().is_empty())
        .ok_or_else(|| ReadError::new(&source, format!("feed item {number} has no content")))?;

    let mut record = Map::new();
    let mut put = |key: &str, value: Value| {
        record.insert(key.to_string(), value);
    };
    if let Some(url) = url {
        put("url", json!(url));
    }
    if let Some(title) = &entry.title {
        put("title", json!(title.content.trim()));
    }
    if let Some(date) = entry.published.or(entry.updated) {
        put("published", json!(date.to_rfc3339()));
    }
    if let Some(outlet) = outlet.filter(|o| !o.is_empty()) {
        put("outlet", json!(outlet));
    }
    let authors: Vec<&str> = entry
        .authors
        .iter()
        .filter_map(|p| p.name.as_deref())
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect();
    if !authors.is_empty() {
        put("authors", json!(authors));
    }
    let key = if content.contains('<') {
        "html"
    } else {
        "text"
    };
    put(key, json!(content));
    let bytes = serde_json::to_vec(&Value::Object(record))
        .map_err(|e| ReadError::new(&source, format!("cannot encode feed item: {e}")))?;
    Ok(RawDocument::new(source, Format::JsonRecord, bytes))
}
