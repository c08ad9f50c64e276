//! Answers assembled from several store reads, shared by the API and the pages so the two always show
//! the same thing: what is known about one name (under its canonical name, whichever spelling was asked
//! for), and which outlets the articles come from.

use std::collections::BTreeMap;

use serde::Serialize;
use utoipa::ToSchema;
use warta_store::{QuoteRow, SearchHit, Store, StoreError};

use crate::{params, schema};

/// What the archive holds about one name.
#[derive(Serialize, ToSchema)]
pub(crate) struct EntityReport {
    /// The canonical name: the one asked for, or the name it is a spelling of ("Zelenskyy" is reported
    /// as "Volodymyr Zelensky").
    pub(crate) name: String,
    /// Quotes whose speaker's name or phrase as written contains the name, newest first.
    #[schema(value_type = Vec<schema::QuoteRow>)]
    pub(crate) quotes: Vec<QuoteRow>,
    /// Quotes about the name: those whose quoted words mention it, newest first.
    #[schema(value_type = Vec<schema::QuoteRow>)]
    pub(crate) quotes_about: Vec<QuoteRow>,
    /// Articles whose title or text contains the name as a phrase, best first.
    #[schema(value_type = Vec<schema::SearchHit>)]
    pub(crate) articles: Vec<SearchHit>,
}

impl EntityReport {
    pub(crate) fn read(store: &Store, name: String) -> Result<EntityReport, StoreError> {
        let name = store.entity_canonical(&name)?.unwrap_or(name);
        // The name as one phrase; quotation marks inside it would end the phrase early.
        let phrase = format!("\"{}\"", name.replace('"', " "));
        Ok(EntityReport {
            quotes: store.quotes(Some(&name), params::DEFAULT_LIMIT)?,
            quotes_about: store.quotes_about(&name, params::DEFAULT_LIMIT)?,
            articles: store.search(&phrase, params::DEFAULT_LIMIT)?,
            name,
        })
    }
}

/// An outlet and how many articles name it.
#[derive(Serialize, ToSchema)]
pub(crate) struct OutletCount {
    pub(crate) outlet: String,
    pub(crate) articles: usize,
}

/// The outlets of the archive, most articles first.
#[derive(Serialize, ToSchema)]
pub(crate) struct Outlets {
    /// The outlets that published the articles.
    pub(crate) published: Vec<OutletCount>,
    /// The outlets the articles credit as where they were taken from.
    pub(crate) original: Vec<OutletCount>,
}

impl Outlets {
    /// Reads the article list a page at a time, so only the counts are held.
    pub(crate) fn read(store: &Store) -> Result<Outlets, StoreError> {
        const PAGE: usize = 500;
        let mut published: BTreeMap<String, usize> = BTreeMap::new();
        let mut original: BTreeMap<String, usize> = BTreeMap::new();
        let mut offset = 0;
        loop {
            let rows = store.list_articles(offset, PAGE)?;
            for row in &rows {
                if let Some(outlet) = &row.outlet {
                    *published.entry(outlet.clone()).or_default() += 1;
                }
                if let Some(outlet) = &row.original_outlet {
                    *original.entry(outlet.clone()).or_default() += 1;
                }
            }
            if rows.len() < PAGE {
                break;
            }
            offset += PAGE;
        }
        Ok(Outlets {
            published: most_first(published),
            original: most_first(original),
        })
    }
}

fn most_first(counts: BTreeMap<String, usize>) -> Vec<OutletCount> {
    let mut counts: Vec<OutletCount> = counts
        .into_iter()
        .map(|(outlet, articles)| OutletCount { outlet, articles })
        .collect();
    counts.sort_by(|a, b| {
        b.articles
            .cmp(&a.articles)
            .then_with(|| a.outlet.cmp(&b.outlet))
    });
    counts
}
