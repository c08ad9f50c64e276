//! The JSON API under `/api`: the store's rows as JSON, errors as problem details
//! (`{"type", "title", "status", "detail"}`, RFC 9457).
//!
//! Every handler carries its OpenAPI description (`#[utoipa::path]`); [`routes`] registers handlers and
//! descriptions together, so the document served at `/api/openapi.json` lists exactly the routes that
//! answer.

use std::sync::Arc;

use axum::{
    extract::{
        rejection::{PathRejection, QueryRejection},
        Path, Query, State,
    },
    Json,
};
use chrono::NaiveTime;
use serde::Serialize;
use serde_json::{json, Value};
use utoipa::{openapi::OpenApi as Document, OpenApi, ToSchema};
use utoipa_axum::{router::OpenApiRouter, routes};
use warta_model::Article;
use warta_store::{
    ArticleSummary, EntityRow, Facets, QuoteFilter, QuoteRow, SearchHit, Stats, Store,
};

use crate::{
    error::{ApiError, Failure},
    export, fetch, fetch_found,
    gather::{EntityReport, Outlets},
    labels,
    params::{self, Limit, Paging, QuoteParams, SearchParams},
    schema, sources, stories, timeline,
};

type Answer<T> = Result<Json<T>, ApiError>;

/// The document's frame; the paths and schemas come from the handlers.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "warta",
        description = "News intelligence: articles, who said what, through whom, and when."
    ),
    components(schemas(ErrorBody))
)]
struct Frame;

/// The API's routes with their OpenAPI descriptions.
pub(crate) fn routes() -> OpenApiRouter<Arc<Store>> {
    OpenApiRouter::with_openapi(Frame::openapi())
        .routes(routes!(articles))
        .routes(routes!(article))
        .routes(routes!(search))
        .routes(routes!(quotes))
        .routes(routes!(entities))
        .routes(routes!(entity))
        .routes(routes!(timeline::timeline))
        .routes(routes!(outlets))
        .routes(routes!(stats))
        .routes(routes!(stories::story_list))
        .routes(routes!(stories::story))
        .routes(routes!(stories::duplicates))
        .routes(routes!(sources::sources))
        .routes(routes!(sources::reports))
        .routes(routes!(export::export))
        .routes(routes!(openapi))
}

/// The OpenAPI document of [`routes`].
pub(crate) fn document() -> Document {
    routes().into_openapi()
}

/// `GET /api/openapi.json`: this API described in OpenAPI 3.1.
#[utoipa::path(get, path = "/api/openapi.json", tag = "meta",
    responses((status = 200, description = "The OpenAPI document", body = Object)))]
pub(crate) async fn openapi() -> Json<Document> {
    Json(document())
}

pub(crate) async fn health() -> Json<Value> {
    Json(json!({ "status": "ok" }))
}

/// A failure, as every API error is answered: an RFC 9457 (formerly 7807) problem details object, sent as
/// `application/problem+json`.
#[derive(Serialize, ToSchema)]
pub(crate) struct ErrorBody {
    /// Always `about:blank`: the status code says what kind of problem it is.
    #[serde(rename = "type")]
    kind: &'static str,
    /// The status code's reason phrase ("Not Found").
    title: String,
    /// The HTTP status code.
    status: u16,
    /// What went wrong, for a person to read.
    detail: String,
}

impl ErrorBody {
    pub(crate) fn new(status: axum::http::StatusCode, detail: String) -> ErrorBody {
        ErrorBody {
            kind: "about:blank",
            title: status.canonical_reason().unwrap_or("Error").to_string(),
            status: status.as_u16(),
            detail,
        }
    }
}

/// A page of the article list.
#[derive(Serialize, ToSchema)]
pub(crate) struct ArticleList {
    offset: usize,
    limit: usize,
    #[schema(value_type = Vec<schema::ArticleSummary>)]
    articles: Vec<ArticleSummary>,
}

/// What a search found: a page of hits, how many matched in all, and the facets of all matches.
#[derive(Serialize, ToSchema)]
pub(crate) struct SearchResults {
    query: String,
    /// Articles matching, over all pages.
    total: usize,
    offset: usize,
    limit: usize,
    #[schema(value_type = Vec<schema::SearchHit>)]
    hits: Vec<SearchHit>,
    #[schema(value_type = schema::Facets)]
    facets: Facets,
}

/// Quotes, newest first.
#[derive(Serialize, ToSchema)]
pub(crate) struct QuoteList {
    speaker: Option<String>,
    #[schema(value_type = Vec<schema::QuoteRow>)]
    quotes: Vec<QuoteRow>,
}

/// Entities, those named in the most articles first.
#[derive(Serialize, ToSchema)]
pub(crate) struct EntityList {
    #[schema(value_type = Vec<schema::EntityRow>)]
    entities: Vec<EntityRow>,
}

/// Articles newest first, a page at a time.
#[utoipa::path(get, path = "/api/articles", tag = "articles", params(Paging), responses(
    (status = 200, description = "A page of articles", body = ArticleList),
    (status = 400, description = "Invalid parameters", body = ErrorBody, content_type = "application/problem+json"),
))]
pub(crate) async fn articles(
    State(store): State<Arc<Store>>,
    query: Result<Query<Paging>, QueryRejection>,
) -> Answer<ArticleList> {
    let paging = params::parsed(query)?;
    let (offset, limit) = (paging.offset(), paging.limit());
    let articles = fetch(&store, move |store| store.list_articles(offset, limit)).await?;
    Ok(Json(ArticleList {
        offset,
        limit,
        articles,
    }))
}

/// One article, exactly as stored.
#[utoipa::path(get, path = "/api/articles/{id}", tag = "articles",
    params(("id" = String, Path, description = "The article id")),
    responses(
        (status = 200, description = "The article", body = schema::Article),
        (status = 400, description = "Invalid id", body = ErrorBody, content_type = "application/problem+json"),
        (status = 404, description = "No article with this id", body = ErrorBody, content_type = "application/problem+json"),
    ))]
pub(crate) async fn article(
    State(store): State<Arc<Store>>,
    id: Result<Path<String>, PathRejection>,
) -> Answer<Article> {
    let id = params::article_id(id)?;
    let article = fetch_found(&store, labels::NO_SUCH_ARTICLE, move |store| {
        store.article(&id)
    })
    .await?;
    Ok(Json(article))
}

/// Full-text search over titles and bodies, filtered, with facets, best or newest first, a page at a time.
#[utoipa::path(get, path = "/api/search", tag = "search", params(SearchParams), responses(
    (status = 200, description = "The hits, the total and the facets", body = SearchResults),
    (status = 400, description = "No query nor filter, a value too long or a bad date", body = ErrorBody, content_type = "application/problem+json"),
))]
pub(crate) async fn search(
    State(store): State<Arc<Store>>,
    query: Result<Query<SearchParams>, QueryRejection>,
) -> Answer<SearchResults> {
    let search = params::parsed(query)?;
    let request = crate::search::request(&search)?
        .ok_or_else(|| Failure::BadRequest(labels::EMPTY_QUERY.to_string()))?;
    let (query, offset, limit) = (request.query.clone(), request.offset, request.limit);
    let found = fetch(&store, move |store| store.search_with(&request)).await?;
    Ok(Json(SearchResults {
        query,
        total: found.total,
        offset,
        limit,
        hits: found.hits,
        facets: found.facets,
    }))
}

/// Who said what: quotes newest first, optionally by one speaker, in articles naming one entity, or
/// within a date range.
#[utoipa::path(get, path = "/api/quotes", tag = "quotes", params(QuoteParams), responses(
    (status = 200, description = "The quotes", body = QuoteList),
    (status = 400, description = "Invalid parameters", body = ErrorBody, content_type = "application/problem+json"),
))]
pub(crate) async fn quotes(
    State(store): State<Arc<Store>>,
    query: Result<Query<QuoteParams>, QueryRejection>,
) -> Answer<QuoteList> {
    let params = params::parsed(query)?;
    let speaker = params::speaker(params.speaker.as_deref())?;
    let limit = params::clamp_limit(params.limit);
    let filter = QuoteFilter {
        speaker: speaker.clone(),
        entity: params::entity(params.entity.as_deref())?,
        from: params::instant(params.from.as_deref(), "from", NaiveTime::MIN)?,
        to: params::instant(params.to.as_deref(), "to", params::end_of_day())?,
    };
    let quotes = fetch(&store, move |store| store.quotes_with(&filter, limit)).await?;
    Ok(Json(QuoteList { speaker, quotes }))
}

/// The names found in the most articles first.
#[utoipa::path(get, path = "/api/entities", tag = "entities", params(Limit), responses(
    (status = 200, description = "The entities", body = EntityList),
    (status = 400, description = "Invalid parameters", body = ErrorBody, content_type = "application/problem+json"),
))]
pub(crate) async fn entities(
    State(store): State<Arc<Store>>,
    query: Result<Query<Limit>, QueryRejection>,
) -> Answer<EntityList> {
    let limit = params::parsed(query)?.limit();
    let entities = fetch(&store, move |store| store.entities(limit)).await?;
    Ok(Json(EntityList { entities }))
}

/// What the archive holds about one name: the quotes attributed to it, the quotes about it, and the
/// articles naming it. Another spelling of a name answers for its canonical name.
#[utoipa::path(get, path = "/api/entities/{name}", tag = "entities",
    params(("name" = String, Path, description = "The name, as in the entity list")),
    responses(
        (status = 200, description = "The name's quotes, the quotes about it, and its articles", body = EntityReport),
        (status = 400, description = "Invalid name", body = ErrorBody, content_type = "application/problem+json"),
    ))]
pub(crate) async fn entity(
    State(store): State<Arc<Store>>,
    name: Result<Path<String>, PathRejection>,
) -> Answer<EntityReport> {
    let name = params::entity_name(name)?;
    Ok(Json(
        fetch(&store, move |store| EntityReport::read(store, name)).await?,
    ))
}

/// The outlets that published the articles and those they were taken from, most articles first.
#[utoipa::path(get, path = "/api/outlets", tag = "outlets", responses(
    (status = 200, description = "The outlets", body = Outlets),
))]
pub(crate) async fn outlets(State(store): State<Arc<Store>>) -> Answer<Outlets> {
    Ok(Json(fetch(&store, Outlets::read).await?))
}

/// Counts of what the store holds.
#[utoipa::path(get, path = "/api/stats", tag = "meta", responses(
    (status = 200, description = "The totals", body = schema::Stats),
))]
pub(crate) async fn stats(State(store): State<Arc<Store>>) -> Answer<Stats> {
    Ok(Json(fetch(&store, |store| store.stats()).await?))
}

#[cfg(test)]
mod tests {
    use axum::http::StatusCode;
    use serde_json::Value;

    use crate::tests::{app, get, ARTICLE_ID, STORY_ID};

    /// Every `$ref` in `value`, wherever it sits.
    fn refs<'v>(value: &'v Value, found: &mut Vec<&'v str>) {
        match value {
            Value::Object(map) => {
                if let Some(Value::String(target)) = map.get("$ref") {
                    found.push(target);
                }
                map.values().for_each(|v| refs(v, found));
            }
            Value::Array(items) => items.iter().for_each(|v| refs(v, found)),
            _ => {}
        }
    }

    fn resolve<'d>(document: &'d Value, schema: &'d Value) -> &'d Value {
        match schema["$ref"].as_str() {
            Some(target) => target
                .strip_prefix("#/components/schemas/")
                .map(|name| &document["components"]["schemas"][name])
                .unwrap_or(&Value::Null),
            None => schema,
        }
    }

    /// Whether `value` fits `schema`, as far as the schemas of this API go: types, required and declared
    /// properties, items, `oneOf` and enums. Returns what does not fit.
    fn misfits(document: &Value, schema: &Value, value: &Value, at: &str, out: &mut Vec<String>) {
        let schema = resolve(document, schema);
        if let Some(choices) = schema["oneOf"].as_array() {
            let fits = choices.iter().any(|choice| {
                let mut inner = Vec::new();
                misfits(document, choice, value, at, &mut inner);
                inner.is_empty()
            });
            if !fits {
                out.push(format!("{at}: fits none of oneOf"));
            }
            return;
        }
        let fits_type = match schema["type"].as_str() {
            Some("object") => value.is_object(),
            Some("array") => value.is_array(),
            Some("string") => value.is_string(),
            Some("integer") => value.is_u64() || value.is_i64(),
            Some("number") => value.is_number(),
            Some("boolean") => value.is_boolean(),
            Some("null") => value.is_null(),
            _ => true,
        };
        if !fits_type {
            out.push(format!("{at}: {value} is not {}", schema["type"]));
            return;
        }
        if let Some(allowed) = schema["enum"].as_array() {
            if !allowed.contains(value) {
                out.push(format!("{at}: {value} not in {allowed:?}"));
            }
        }
        if let (Some(object), Some(properties)) =
            (value.as_object(), schema["properties"].as_object())
        {
            for required in schema["required"].as_array().into_iter().flatten() {
                if let Some(name) = required.as_str().filter(|n| !object.contains_key(*n)) {
                    out.push(format!("{at}: missing {name}"));
                }
            }
            for (name, field) in object {
                match properties.get(name) {
                    Some(property) => {
                        misfits(document, property, field, &format!("{at}.{name}"), out)
                    }
                    None => out.push(format!("{at}: undeclared property {name}")),
                }
            }
        }
        if let Some(items) = value.as_array() {
            for (i, item) in items.iter().enumerate() {
                let positional = schema["prefixItems"].get(i);
                let item_schema = positional.unwrap_or(&schema["items"]);
                if !item_schema.is_null() {
                    misfits(document, item_schema, item, &format!("{at}[{i}]"), out);
                }
            }
        }
    }

    #[tokio::test]
    async fn the_served_document_is_openapi_3_and_every_reference_resolves() {
        let (_dir, app) = app();
        let answer = get(&app, "/api/openapi.json").await;
        assert_eq!(answer.status, StatusCode::OK);
        let document = answer.json();
        let version = document["openapi"].as_str().unwrap_or("");
        assert!(version.starts_with("3."), "openapi {version:?}");
        assert!(document["info"]["title"].is_string());
        assert!(document["info"]["version"].is_string());

        let mut targets = Vec::new();
        refs(&document, &mut targets);
        assert!(!targets.is_empty());
        for target in targets {
            assert!(
                !resolve(&document, &serde_json::json!({ "$ref": target })).is_null(),
                "unresolved {target}"
            );
        }

        let paths = document["paths"].as_object().expect("paths");
        for expected in [
            "/api/articles",
            "/api/articles/{id}",
            "/api/search",
            "/api/quotes",
            "/api/entities",
            "/api/entities/{name}",
            "/api/entities/{name}/timeline",
            "/api/outlets",
            "/api/stats",
            "/api/export",
            "/api/openapi.json",
            "/api/stories",
            "/api/stories/{story}",
            "/api/articles/{id}/duplicates",
        ] {
            assert!(paths.contains_key(expected), "{expected} is not documented");
        }
        for (path, item) in paths {
            for (method, operation) in item.as_object().into_iter().flatten() {
                let responses = operation["responses"].as_object();
                assert!(
                    responses.is_some_and(|r| !r.is_empty()),
                    "{method} {path} has no responses"
                );
                // Every `{name}` in the path is a declared path parameter.
                for name in path
                    .split('{')
                    .skip(1)
                    .filter_map(|rest| rest.split('}').next())
                {
                    let declared = operation["parameters"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .any(|p| p["name"] == name && p["in"] == "path" && p["required"] == true);
                    assert!(
                        declared,
                        "{method} {path}: {{{name}}} is not a path parameter"
                    );
                }
            }
        }
    }

    #[tokio::test]
    async fn every_documented_route_answers_as_documented() {
        let (_dir, app) = app();
        let document = get(&app, "/api/openapi.json").await.json();
        let paths = document["paths"].as_object().expect("paths");
        for (path, item) in paths {
            let Some(operation) = item.get("get") else {
                continue;
            };
            let mut uri = path
                .replace("{id}", ARTICLE_ID)
                .replace("{story}", STORY_ID)
                .replace("{n}", "0")
                .replace("{name}", "Joko%20Widodo");
            if operation["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|p| p["name"] == "q")
            {
                uri.push_str("?q=widodo");
            }
            let answer = get(&app, &uri).await;
            assert_eq!(answer.status, StatusCode::OK, "{uri}: {}", answer.body);
            let schema = &operation["responses"]["200"]["content"]["application/json"]["schema"];
            if schema.is_null() {
                continue;
            }
            let mut out = Vec::new();
            misfits(&document, schema, &answer.json(), &uri, &mut out);
            assert!(out.is_empty(), "{uri}: {out:#?}");
        }
        // Errors are documented with the shape and the media type they are served in.
        let error = get(&app, "/api/articles/no-such-article").await;
        assert_eq!(error.status, StatusCode::NOT_FOUND);
        let schema = &document["paths"]["/api/articles/{id}"]["get"]["responses"]["404"]["content"]
            [error.content_type.as_str()]["schema"];
        let mut out = Vec::new();
        misfits(&document, schema, &error.json(), "404", &mut out);
        assert!(out.is_empty(), "{out:#?}");
    }
}
