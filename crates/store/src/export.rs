//! Exporting: every article, or every article a search finds, handed one at a time to the caller.
//!
//! An export may cover the whole archive, so it never holds more than one page of articles: pages are
//! read by id (a key that does not move when new articles arrive newest-first), and the reading
//! connection is released between pages so that other readers are not held up by a slow consumer
//! (a CSV file on a slow disk, or a web client downloading over a slow line).

use rusqlite::params;
use warta_model::Article;

use crate::{sql_int, Store, StoreError};

/// How an exported article is written: the same files whether they come from `warta export` or from
/// `GET /api/export`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// One article as JSON per line.
    Jsonl,
    /// One article per row, in the order of [`CSV_COLUMNS`].
    Csv,
}

/// The columns of a CSV export, in order.
pub const CSV_COLUMNS: [&str; 9] = [
    "id",
    "title",
    "published",
    "lang",
    "outlet",
    "original_outlet",
    "authors",
    "url",
    "text",
];

impl ExportFormat {
    /// What an export file starts with: the column names for CSV, nothing for JSON lines.
    pub fn header(self) -> Result<Vec<u8>, StoreError> {
        match self {
            ExportFormat::Jsonl => Ok(Vec::new()),
            ExportFormat::Csv => csv_line(CSV_COLUMNS),
        }
    }

    /// One article, encoded, with its line end.
    pub fn record(self, article: &Article) -> Result<Vec<u8>, StoreError> {
        match self {
            ExportFormat::Jsonl => {
                let mut line = serde_json::to_vec(article)?;
                line.push(b'\n');
                Ok(line)
            }
            ExportFormat::Csv => csv_line(csv_row(article)),
        }
    }
}

/// One CSV record, quoted as needed, with its line end.
fn csv_line<const N: usize, F: AsRef<[u8]>>(fields: [F; N]) -> Result<Vec<u8>, StoreError> {
    let failed = |err: &dyn std::fmt::Display| StoreError::Export(err.to_string());
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(fields).map_err(|err| failed(&err))?;
    writer.into_inner().map_err(|err| failed(&err))
}

/// One CSV row, in the order of [`CSV_COLUMNS`]; absent values are empty cells.
fn csv_row(article: &Article) -> [String; 9] {
    let text = |value: &Option<String>| value.as_deref().map(spreadsheet_safe).unwrap_or_default();
    [
        spreadsheet_safe(&article.id),
        text(&article.title),
        article
            .published
            .map(|published| published.to_rfc3339())
            .unwrap_or_default(),
        text(&article.lang),
        text(&article.outlet),
        text(&article.original_outlet),
        spreadsheet_safe(&article.authors.join("; ")),
        text(&article.url),
        spreadsheet_safe(&article.text),
    ]
}

/// A cell a spreadsheet will show as text: one starting with `=`, `+`, `-` or `@` would be run as a
/// formula (scraped text is untrusted), so it gets a leading apostrophe, which spreadsheets hide.
fn spreadsheet_safe(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// Articles read from SQLite at a time.
const PAGE: usize = 500;
/// The most search hits an export covers: past this, a search is a poor filter and the whole archive is
/// the better export.
const EXPORT_SEARCH_CAP: usize = 10_000;

impl Store {
    /// Calls `each` with every stored article in id order, or, with a `query`, with the articles the
    /// search finds (best first, at most 10,000). Returns how many articles were handed
    /// over. Stops at the first error `each` returns, and returns that error.
    ///
    /// Memory stays bounded whatever the archive's size: at most one page of articles is held at once.
    pub fn export_articles<E>(
        &self,
        query: Option<&str>,
        each: impl FnMut(&Article) -> Result<(), E>,
    ) -> Result<usize, E>
    where
        E: From<StoreError>,
    {
        match query {
            Some(query) => self.export_search(query, PAGE, each),
            None => self.export_all(PAGE, each),
        }
    }

    fn export_all<E>(
        &self,
        page: usize,
        mut each: impl FnMut(&Article) -> Result<(), E>,
    ) -> Result<usize, E>
    where
        E: From<StoreError>,
    {
        let mut after = String::new();
        let mut exported = 0;
        loop {
            let rows = self.page_after(&after, page).map_err(E::from)?;
            let Some((last, _)) = rows.last() else {
                return Ok(exported);
            };
            after = last.clone();
            let full = rows.len() == page;
            for (_, json) in rows {
                let article: Article = serde_json::from_str(&json).map_err(StoreError::from)?;
                each(&article)?;
                exported += 1;
            }
            if !full {
                return Ok(exported);
            }
        }
    }

    /// Up to `page` (id, article JSON) rows with ids after `after`, in id order. The connection's lock is
    /// released on return.
    fn page_after(&self, after: &str, page: usize) -> Result<Vec<(String, String)>, StoreError> {
        let conn = self.reader();
        let mut statement = conn
            .prepare_cached("SELECT id, json FROM articles WHERE id > ?1 ORDER BY id LIMIT ?2")?;
        let rows = statement.query_map(params![after, sql_int(page)], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn export_search<E>(
        &self,
        query: &str,
        page: usize,
        mut each: impl FnMut(&Article) -> Result<(), E>,
    ) -> Result<usize, E>
    where
        E: From<StoreError>,
    {
        // The hits are ids and scores only, small enough to hold all of them.
        let (found, _) = self
            .index
            .search(&crate::SearchRequest::new(query, EXPORT_SEARCH_CAP), &[])
            .map_err(E::from)?;
        let mut exported = 0;
        for chunk in found.hits.chunks(page.max(1)) {
            let articles = chunk
                .iter()
                .map(|hit| self.article(&hit.id))
                .collect::<Result<Vec<_>, _>>()
                .map_err(E::from)?;
            // An id SQLite does not know was indexed by a batch that crashed before its SQLite commit.
            for article in articles.iter().flatten() {
                each(article)?;
                exported += 1;
            }
        }
        Ok(exported)
    }
}

#[cfg(test)]
mod tests {
    use warta_model::RawDocument;

    use super::*;
    use crate::tests::bare;

    /// A store holding `n` articles whose bodies are all about rice, every third also about floods.
    fn store(dir: &std::path::Path, n: usize) -> Store {
        let store = Store::open(dir).expect("open store");
        let batch: Vec<(RawDocument, Article)> = (0..n)
            .map(|i| {
                let text = if i % 3 == 0 {
                    format!("Harga beras naik setelah banjir ke-{i}.")
                } else {
                    format!("Harga beras naik ke-{i}.")
                };
                let (raw, article) = bare(format!("corpus/{i}.txt"), text.clone().into_bytes());
                let article = Article {
                    id: format!("article-{i:03}"),
                    title: Some(format!("Berita {i}")),
                    text,
                    lang: Some("id".to_string()),
                    ..article
                };
                (raw, article)
            })
            .collect();
        store.put_batch(&batch).expect("store the batch");
        store
    }

    fn collect(
        export: impl FnOnce(
            &mut dyn FnMut(&Article) -> Result<(), StoreError>,
        ) -> Result<usize, StoreError>,
    ) -> (usize, Vec<String>) {
        let mut ids = Vec::new();
        let count = export(&mut |article: &Article| {
            ids.push(article.id.clone());
            Ok(())
        })
        .expect("export");
        (count, ids)
    }

    #[test]
    fn exports_everything_across_pages_in_id_order() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = store(dir.path(), 7);
        let expected: Vec<String> = (0..7).map(|i| format!("article-{i:03}")).collect();
        // Page sizes that divide the count, do not, and exceed it.
        for page in [1, 2, 7, 500] {
            let (count, ids) = collect(|each| store.export_all(page, each));
            assert_eq!(count, 7, "page {page}");
            assert_eq!(ids, expected, "page {page}");
        }
        let (count, _) = collect(|each| store.export_articles(None, each));
        assert_eq!(count, 7);
    }

    #[test]
    fn exports_only_the_search_hits() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = store(dir.path(), 7);
        let (count, mut ids) = collect(|each| store.export_articles(Some("banjir"), each));
        ids.sort();
        assert_eq!(count, 3);
        assert_eq!(ids, ["article-000", "article-003", "article-006"]);
        let (count, _) = collect(|each| store.export_articles(Some("tidakada"), each));
        assert_eq!(count, 0);
    }

    #[test]
    fn an_error_from_the_consumer_stops_the_export() {
        #[derive(Debug)]
        enum Stop {
            Full,
            Store,
        }
        impl From<StoreError> for Stop {
            fn from(_: StoreError) -> Stop {
                Stop::Store
            }
        }
        let dir = tempfile::tempdir().expect("temp dir");
        let store = store(dir.path(), 5);
        let mut seen = 0;
        let outcome = store.export_all(2, |_| {
            seen += 1;
            if seen == 3 {
                Err(Stop::Full)
            } else {
                Ok(())
            }
        });
        assert!(matches!(outcome, Err(Stop::Full)), "{outcome:?}");
        assert_eq!(seen, 3);
    }
}
