//! The embedded store. SKELETON: the store helper replaces this file.

use std::path::Path;
use warta_model::{Article, Quote, RawDocument};

#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct StoreError(pub String);

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BatchOutcome {
    pub stored: usize,
    pub duplicates: usize,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct ArticleSummary {
    pub id: String,
    pub title: Option<String>,
    pub source: String,
    pub lang: Option<String>,
    pub published: Option<String>,
    pub outlet: Option<String>,
    pub original_outlet: Option<String>,
    pub quotes: usize,
    pub entities: usize,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct SearchHit {
    pub id: String,
    pub title: Option<String>,
    pub snippet: String,
    pub score: f32,
}

#[derive(Clone, Debug, serde::Serialize)]
pub struct QuoteRow {
    pub article_id: String,
    pub article_title: Option<String>,
    pub quote: Quote,
}

#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct Stats {
    pub raw_documents: usize,
    pub articles: usize,
    pub quotes: usize,
    pub entities: usize,
    pub languages: Vec<(String, usize)>,
}

pub struct Store;

impl Store {
    pub fn open(data_dir: &Path) -> Result<Store, StoreError> {
        let _ = data_dir;
        Ok(Store)
    }
    pub fn has_raw(&self, content_hash: &str) -> Result<bool, StoreError> {
        let _ = content_hash;
        Ok(false)
    }
    pub fn put_batch(&self, batch: &[(RawDocument, Article)]) -> Result<BatchOutcome, StoreError> {
        let _ = batch;
        Ok(BatchOutcome::default())
    }
    pub fn article(&self, id: &str) -> Result<Option<Article>, StoreError> {
        let _ = id;
        Ok(None)
    }
    pub fn list_articles(&self, offset: usize, limit: usize) -> Result<Vec<ArticleSummary>, StoreError> {
        let _ = (offset, limit);
        Ok(Vec::new())
    }
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError> {
        let _ = (query, limit);
        Ok(Vec::new())
    }
    pub fn quotes(&self, speaker: Option<&str>, limit: usize) -> Result<Vec<QuoteRow>, StoreError> {
        let _ = (speaker, limit);
        Ok(Vec::new())
    }
    pub fn stats(&self) -> Result<Stats, StoreError> {
        Ok(Stats::default())
    }
}
