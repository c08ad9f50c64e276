//! The JSON API under `/api`: the store's rows as JSON, errors as `{"error": {"status", "message"}}`.

use std::sync::Arc;

use axum::{
    extract::{
        rejection::{PathRejection, QueryRejection},
        Path, Query, State,
    },
    Json,
};
use serde_json::{json, Value};
use warta_model::Article;
use warta_store::{Stats, Store};

use crate::{
    error::{ApiError, Failure},
    fetch, labels,
    params::{self, Paging, QuoteParams, SearchParams},
};

type Answer<T> = Result<Json<T>, ApiError>;

pub(crate) async fn health() -> Json<Value> {
    Json(json!({ "status": "ok" }))
}

/// `GET /api/articles?offset=&limit=`: `{"offset", "limit", "articles": [ArticleSummary]}`.
pub(crate) async fn articles(
    State(store): State<Arc<Store>>,
    query: Result<Query<Paging>, QueryRejection>,
) -> Answer<Value> {
    let paging = params::parsed(query)?;
    let (offset, limit) = (paging.offset(), paging.limit());
    let articles = fetch(&store, move |store| store.list_articles(offset, limit)).await?;
    Ok(Json(
        json!({ "offset": offset, "limit": limit, "articles": articles }),
    ))
}

/// `GET /api/articles/{id}`: the article exactly as stored.
pub(crate) async fn article(
    State(store): State<Arc<Store>>,
    id: Result<Path<String>, PathRejection>,
) -> Answer<Article> {
    let id = params::article_id(id)?;
    fetch(&store, move |store| store.article(&id))
        .await?
        .map(Json)
        .ok_or(ApiError(Failure::NotFound(labels::NO_SUCH_ARTICLE)))
}

/// `GET /api/search?q=&limit=`: `{"query", "hits": [SearchHit]}`.
pub(crate) async fn search(
    State(store): State<Arc<Store>>,
    query: Result<Query<SearchParams>, QueryRejection>,
) -> Answer<Value> {
    let search = params::parsed(query)?;
    let q = params::search_query(search.q.as_deref())?
        .ok_or_else(|| Failure::BadRequest(labels::EMPTY_QUERY.to_string()))?;
    let limit = params::clamp_limit(search.limit);
    let terms = q.clone();
    let hits = fetch(&store, move |store| store.search(&terms, limit)).await?;
    Ok(Json(json!({ "query": q, "hits": hits })))
}

/// `GET /api/quotes?speaker=&limit=`: `{"speaker", "quotes": [QuoteRow]}`.
pub(crate) async fn quotes(
    State(store): State<Arc<Store>>,
    query: Result<Query<QuoteParams>, QueryRejection>,
) -> Answer<Value> {
    let filter = params::parsed(query)?;
    let speaker = params::speaker(filter.speaker.as_deref())?;
    let limit = params::clamp_limit(filter.limit);
    let name = speaker.clone();
    let quotes = fetch(&store, move |store| store.quotes(name.as_deref(), limit)).await?;
    Ok(Json(json!({ "speaker": speaker, "quotes": quotes })))
}

/// `GET /api/entities?limit=`: `{"entities": [EntityRow]}`, the names found in the most articles first.
pub(crate) async fn entities(
    State(store): State<Arc<Store>>,
    query: Result<Query<Paging>, QueryRejection>,
) -> Answer<Value> {
    let limit = params::parsed(query)?.limit();
    let entities = fetch(&store, move |store| store.entities(limit)).await?;
    Ok(Json(json!({ "entities": entities })))
}

/// `GET /api/stats`: counts of what the store holds.
pub(crate) async fn stats(State(store): State<Arc<Store>>) -> Answer<Stats> {
    Ok(Json(fetch(&store, |store| store.stats()).await?))
}
