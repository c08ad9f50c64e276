//! `GET /api/export`: every article, or every article a search finds, streamed as JSON lines or CSV.
//!
//! The store hands articles over one at a time ([`Store::export_articles`]) on a blocking thread; each is
//! encoded there and sent through a small channel to the response body. The channel's bound is what keeps
//! memory flat: when the client reads slowly, the store waits.

use std::sync::Arc;

use axum::{
    body::Body,
    extract::{rejection::QueryRejection, Query, State},
    http::header,
    response::{IntoResponse, Response},
};
use tokio::sync::mpsc;
use warta_model::Article;
use warta_store::{Store, StoreError};

use crate::{
    error::ApiError,
    params::{self, ExportFormat, ExportParams},
};

/// Encoded articles waiting for the client; past this the store waits.
const CHANNEL_CHUNKS: usize = 16;

/// Why an export stopped early.
#[derive(Debug, thiserror::Error)]
enum Stop {
    #[error("store: {0}")]
    Store(#[from] StoreError),
    #[error("the client went away")]
    ClientGone,
}

/// Every article as JSON lines or CSV, streamed.
#[utoipa::path(get, path = "/api/export", tag = "articles", params(ExportParams), responses(
    (status = 200, description = "The articles, one per line (`application/x-ndjson`) or per CSV row \
        (`text/csv`), as an attachment", content(
        (String = "application/x-ndjson"), (String = "text/csv"))),
    (status = 400, description = "Invalid parameters", body = crate::api::ErrorBody, content_type = "application/problem+json"),
))]
pub(crate) async fn export(
    State(store): State<Arc<Store>>,
    query: Result<Query<ExportParams>, QueryRejection>,
) -> Result<Response, ApiError> {
    let export = params::parsed(query)?;
    let q = params::search_query(export.q.as_deref())?;
    let format = export.format.unwrap_or_default();
    let (sender, receiver) = mpsc::channel::<Result<Vec<u8>, std::io::Error>>(CHANNEL_CHUNKS);
    tokio::task::spawn_blocking(move || {
        if let Err(stop) = run(&store, q.as_deref(), format, &sender) {
            if !matches!(stop, Stop::ClientGone) {
                // The status line is long sent: cutting the body short is the only way left to say so.
                eprintln!("warta-server: export stopped: {stop}");
                let _ = sender.blocking_send(Err(std::io::Error::other(stop.to_string())));
            }
        }
    });
    let chunks = futures_util::stream::unfold(receiver, |mut receiver| async move {
        receiver.recv().await.map(|chunk| (chunk, receiver))
    });
    let (content_type, extension) = match format {
        ExportFormat::Jsonl => ("application/x-ndjson", "jsonl"),
        ExportFormat::Csv => ("text/csv; charset=utf-8", "csv"),
    };
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"warta-export.{extension}\""),
            ),
        ],
        Body::from_stream(chunks),
    )
        .into_response())
}

/// Encodes every exported article and sends it to the client, one chunk per article.
fn run(
    store: &Store,
    query: Option<&str>,
    format: ExportFormat,
    sender: &mpsc::Sender<Result<Vec<u8>, std::io::Error>>,
) -> Result<usize, Stop> {
    let format = match format {
        ExportFormat::Jsonl => warta_store::ExportFormat::Jsonl,
        ExportFormat::Csv => warta_store::ExportFormat::Csv,
    };
    let send = |chunk: Vec<u8>| {
        sender
            .blocking_send(Ok(chunk))
            .map_err(|_| Stop::ClientGone)
    };
    let header = format.header()?;
    if !header.is_empty() {
        send(header)?;
    }
    store.export_articles(query, |article: &Article| send(format.record(article)?))
}

#[cfg(test)]
mod tests {
    use axum::http::{header, StatusCode};
    use warta_model::Article;

    use crate::tests::{app, get, ARTICLE_ID};

    #[tokio::test]
    async fn exports_every_article_as_json_lines() {
        let (_dir, app) = app();
        let answer = get(&app, "/api/export").await;
        assert_eq!(answer.status, StatusCode::OK);
        assert_eq!(answer.content_type, "application/x-ndjson");
        assert_eq!(
            answer.headers[header::CONTENT_DISPOSITION],
            "attachment; filename=\"warta-export.jsonl\""
        );
        let articles: Vec<Article> = answer
            .body
            .lines()
            .map(|line| serde_json::from_str(line).expect("an Article per line"))
            .collect();
        let ids: Vec<&str> = articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["broken-spans", ARTICLE_ID]);
        assert_eq!(articles[1].quotes[0].content, "Kami siap,");
    }

    #[tokio::test]
    async fn exports_search_hits_as_csv() {
        let (_dir, app) = app();
        let answer = get(&app, "/api/export?q=menambahkan&format=csv").await;
        assert_eq!(answer.status, StatusCode::OK);
        assert_eq!(answer.content_type, "text/csv; charset=utf-8");
        let mut reader = csv::Reader::from_reader(answer.body.as_bytes());
        let columns: Vec<String> = reader
            .headers()
            .expect("a header row")
            .iter()
            .map(str::to_string)
            .collect();
        assert_eq!(columns, warta_store::CSV_COLUMNS);
        let rows: Vec<csv::StringRecord> = reader
            .records()
            .collect::<Result<_, _>>()
            .expect("CSV rows");
        assert_eq!(rows.len(), 1, "only the article with the word");
        let row: Vec<&str> = rows[0].iter().collect();
        assert_eq!(row[0], ARTICLE_ID);
        assert_eq!(row[2], "2024-03-01T10:00:00+07:00");
        assert_eq!(row[4..7], ["Warta Harian", "Reuters", "Ani"]);
        assert!(
            row[8].starts_with("“Kami siap,”"),
            "the text, quotes and all"
        );
    }

    #[tokio::test]
    async fn refuses_an_unknown_format() {
        let (_dir, app) = app();
        let answer = get(&app, "/api/export?format=xml").await;
        assert_eq!(answer.status, StatusCode::BAD_REQUEST);
    }
}
