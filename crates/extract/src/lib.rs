//! Extractors: a [`RawDocument`] into an [`Extracted`] document (title, blocks of text, metadata).
//! SKELETON: the extract helper replaces this file.

use chrono::{DateTime, FixedOffset};
use warta_model::{Block, RawDocument};

#[derive(Clone, Debug, Default)]
pub struct Extracted {
    /// The document's own id, when the input gave one (JSON Lines `id`).
    pub id: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub blocks: Vec<Block>,
    pub published: Option<DateTime<FixedOffset>>,
    pub outlet: Option<String>,
    pub authors: Vec<String>,
    pub lang_hint: Option<String>,
    /// The name of the encoding the raw bytes were decoded from ("UTF-8", "windows-1252", ...).
    pub encoding: &'static str,
}

#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
pub struct ExtractError(pub String);

pub fn extract(raw: &RawDocument) -> Result<Extracted, ExtractError> {
    let _ = raw;
    Err(ExtractError("not yet".into()))
}
