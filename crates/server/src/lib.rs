//! The HTTP server: a JSON API and a server-rendered web UI over the [`Store`].
//!
//! [`router`] builds the whole application. Paths under `/api` answer JSON ([`api`], described in OpenAPI
//! at `/api/openapi.json` with the help of [`schema`]) or stream exports ([`export`]); the other paths
//! answer HTML pages rendered with maud ([`pages`]), styled by one embedded stylesheet ([`style`]). Stories
//! and duplicates have their own module, [`stories`], for both the API and the pages; so have sources, quote
//! chains and who reported a claim first, [`sources`]; so has when and by whom one name is mentioned,
//! [`timeline`]. Answers
//! that combine several reads are assembled once in [`gather`] for both. Both
//! read the store through [`fetch`], which runs the store's blocking SQLite and tantivy calls on tokio's
//! blocking pool so that a slow query never stalls the other requests. Query parameters are parsed and
//! bounded in [`params`]; every failure is one [`error::Failure`], shown as a JSON error object under
//! `/api` and as an HTML page elsewhere. The interface text lives in [`labels`], in Indonesian and
//! English; [`language`] picks one per request.
//!
//! The server never touches the file system on behalf of a request: paths name routes, not files.

mod api;
mod error;
mod export;
mod gather;
mod highlight;
mod labels;
mod language;
mod pages;
mod params;
mod schema;
mod search;
mod sources;
mod stories;
mod style;
mod timeline;

use std::{net::SocketAddr, sync::Arc};

use axum::{
    http::{header, HeaderValue, Uri},
    middleware,
    response::{IntoResponse, Response},
    routing::get,
    Router,
};
use warta_store::{Store, StoreError};

use error::{ApiError, Failure, PageError};

/// The application: every route, the fallbacks, and the security headers, over `store`.
pub fn router(store: Arc<Store>) -> Router {
    // The API's routes come with their OpenAPI description; the document itself is served by one of them.
    let (routes, _) = api::routes().split_for_parts();
    routes
        .route("/healthz", get(api::health))
        .route("/", get(pages::home))
        .route("/search", get(search::page))
        .route("/articles/{id}", get(pages::article))
        .route("/quotes", get(pages::quotes))
        .route("/entities", get(pages::entity_list))
        .route("/entities/{name}", get(pages::entity))
        .route("/outlets", get(pages::outlets))
        .route("/stories", get(stories::story_list_page))
        .route("/stories/{story}", get(stories::story_page))
        .route(style::PATH, get(style::stylesheet))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(middleware::from_fn(language::remember))
        .layer(middleware::map_response(security_headers))
        .with_state(store)
}

/// Serves [`router`] on `addr` until the process receives Ctrl-C, then finishes the requests in flight.
pub async fn serve(store: Arc<Store>, addr: SocketAddr) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    axum::serve(listener, router(store))
        .with_graceful_shutdown(async {
            // Without a signal handler the server would stop at once; run until killed instead.
            if tokio::signal::ctrl_c().await.is_err() {
                std::future::pending::<()>().await;
            }
        })
        .await
}

/// Runs a store read on the blocking pool.
async fn fetch<T, F>(store: &Arc<Store>, read: F) -> Result<T, Failure>
where
    T: Send + 'static,
    F: FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
{
    let store = Arc::clone(store);
    Ok(tokio::task::spawn_blocking(move || read(&store)).await??)
}

/// [`fetch`] for a read that may find nothing, which is answered 404 with `missing` as its message.
async fn fetch_found<T, F>(store: &Arc<Store>, missing: &'static str, read: F) -> Result<T, Failure>
where
    T: Send + 'static,
    F: FnOnce(&Store) -> Result<Option<T>, StoreError> + Send + 'static,
{
    fetch(store, read).await?.ok_or(Failure::NotFound(missing))
}

async fn not_found(uri: Uri) -> Response {
    failure_for(&uri, Failure::NotFound(labels::NOT_FOUND))
}

async fn method_not_allowed(uri: Uri) -> Response {
    failure_for(&uri, Failure::MethodNotAllowed)
}

/// A failure in the form the address calls for: JSON under `/api`, HTML elsewhere.
fn failure_for(uri: &Uri, failure: Failure) -> Response {
    let path = uri.path();
    if path == "/api" || path.starts_with("/api/") {
        ApiError(failure).into_response()
    } else {
        PageError(failure).into_response()
    }
}

/// Pages carry no scripts and load only our stylesheet; the policy makes a missed escape harmless.
async fn security_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        ),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::{
        body::Body,
        http::{Request, StatusCode},
    };
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    use warta_model::{
        Article, Entity, Format, Mention, Quote, QuoteKind, RawDocument, RemovalReason, Removed,
        Speaker, SpeakerKind, When,
    };
    use warta_store::{BatchItem, DuplicateKind, DuplicateLink, StoryChanges};

    pub(crate) const ARTICLE_ID: &str = "seed-1";
    pub(crate) const STORY_ID: &str = "s-0123456789ab";
    const BROKEN_ID: &str = "broken-spans";
    const TEXT: &str =
        "“Kami siap,” kata Joko Widodo di Jakarta. Dia menambahkan bahwa semua berjalan baik.";

    /// A store in a temporary directory holding one article with a quote, an entity and removed residue.
    pub(crate) fn app() -> (tempfile::TempDir, Router) {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path()).expect("open store");
        let raw = RawDocument::new("corpus/seed-1.txt", Format::Text, TEXT.as_bytes().to_vec());
        let article = Article {
            id: ARTICLE_ID.to_string(),
            raw_hash: raw.content_hash.clone(),
            source: raw.source.clone(),
            url: Some("javascript:alert(1)".to_string()),
            title: Some("Presiden <script>alert(1)</script> siap".to_string()),
            text: TEXT.to_string(),
            lang: Some("id".to_string()),
            published: chrono::DateTime::parse_from_rfc3339("2024-03-01T10:00:00+07:00").ok(),
            outlet: Some("Warta Harian".to_string()),
            original_outlet: Some("Reuters".to_string()),
            authors: vec!["Ani".to_string()],
            removed: vec![Removed {
                text: "Baca juga: Harga beras naik".to_string(),
                reason: RemovalReason::RelatedHeadline,
                raw_start: None,
            }],
            entities: vec![Entity {
                name: "Joko Widodo".to_string(),
                kind: "PERSON".to_string(),
                roles: vec!["Presiden".to_string()],
                mentions: vec![Mention {
                    text: "Joko Widodo".to_string(),
                    start: 17,
                    end: 28,
                }],
            }],
            quotes: vec![Quote {
                content: "Kami siap,".to_string(),
                kind: QuoteKind::Direct,
                cue: Some("kata".to_string()),
                speaker: Speaker {
                    text: "Joko Widodo".to_string(),
                    kind: SpeakerKind::NamedPerson,
                    name: Some("Joko Widodo".to_string()),
                    start: Some(17),
                    end: Some(28),
                    antecedent: None,
                },
                via: None,
                when: Some(When {
                    text: "kemarin".to_string(),
                    start: 0,
                    end: 0,
                    date: None,
                }),
                start: 1,
                end: 11,
                confidence: 0.9,
                parts: Vec::new(),
                chain: Vec::new(),
            }],
            sources: Default::default(),
            languages: Vec::new(),
            segments: Vec::new(),
        };
        // An analyzer bug must not take the page down: quote spans overlapping and past the end of the text.
        let broken_raw =
            RawDocument::new("corpus/broken.txt", Format::Text, b"Broken spans".to_vec());
        let mut broken = article.clone();
        broken.id = BROKEN_ID.to_string();
        broken.raw_hash = broken_raw.content_hash.clone();
        broken.text = "Pendek: “ya”.".to_string();
        broken.quotes = [(8, 12), (9, 9_999), (40, 2)]
            .into_iter()
            .map(|(start, end)| Quote {
                start,
                end,
                ..article.quotes[0].clone()
            })
            .collect();
        // Both articles in one story; the broken one repeats the first nearly.
        let in_story = |raw, article| {
            let mut item = BatchItem::new(raw, article);
            item.links.story = Some(STORY_ID.to_string());
            item
        };
        let mut repeat = in_story(broken_raw, broken);
        repeat.links.duplicates.push(DuplicateLink {
            of: ARTICLE_ID.to_string(),
            kind: DuplicateKind::Near,
            similarity: 0.9,
        });
        store
            .put_items(&[in_story(raw, article), repeat], &StoryChanges::default())
            .expect("store the articles");
        (dir, router(Arc::new(store)))
    }

    pub(crate) struct Answer {
        pub(crate) status: StatusCode,
        pub(crate) content_type: String,
        pub(crate) headers: header::HeaderMap,
        pub(crate) body: String,
    }

    impl Answer {
        pub(crate) fn json(&self) -> serde_json::Value {
            serde_json::from_str(&self.body).expect("a JSON body")
        }
    }

    pub(crate) async fn get(app: &Router, uri: &str) -> Answer {
        get_with(app, uri, &[]).await
    }

    /// A GET request with these headers.
    async fn get_with(app: &Router, uri: &str, headers: &[(header::HeaderName, &str)]) -> Answer {
        let mut request = Request::get(uri);
        for (name, value) in headers {
            request = request.header(name, *value);
        }
        let request = request.body(Body::empty()).expect("request");
        let response = app
            .clone()
            .oneshot(request)
            .await
            .expect("infallible router");
        let status = response.status();
        let content_type = response
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .unwrap_or("")
            .to_string();
        let headers = response.headers().clone();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        Answer {
            status,
            content_type,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    #[tokio::test]
    async fn healthz_says_ok() {
        let (_dir, app) = app();
        let answer = get(&app, "/healthz").await;
        assert_eq!(answer.status, StatusCode::OK);
        assert_eq!(answer.json(), serde_json::json!({ "status": "ok" }));
    }

    #[tokio::test]
    async fn article_json_round_trips() {
        let (_dir, app) = app();
        let answer = get(&app, "/api/articles/seed-1").await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
        let article: Article = serde_json::from_str(&answer.body).expect("an Article");
        assert_eq!(article.id, ARTICLE_ID);
        assert_eq!(article.text, TEXT);
        assert_eq!(article.quotes.len(), 1);
        assert_eq!(
            article.quotes[0].speaker.name.as_deref(),
            Some("Joko Widodo")
        );
        assert_eq!(article.entities[0].mentions.len(), 1);

        let list = get(&app, "/api/articles?limit=1000").await.json();
        assert_eq!(list["limit"], 200, "the page size is capped");
        let ids: Vec<&str> = list["articles"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|summary| summary["id"].as_str())
            .collect();
        assert!(ids.contains(&ARTICLE_ID), "{list}");
    }

    #[tokio::test]
    async fn errors_are_problem_details_under_api_and_html_elsewhere() {
        let (_dir, app) = app();
        for (uri, status) in [
            ("/api/articles/no-such-article", StatusCode::NOT_FOUND),
            ("/api/no-such-route", StatusCode::NOT_FOUND),
            ("/api/search", StatusCode::BAD_REQUEST),
            ("/api/search?q=%20%20", StatusCode::BAD_REQUEST),
            ("/api/articles?limit=many", StatusCode::BAD_REQUEST),
            ("/api/articles/%FF", StatusCode::BAD_REQUEST),
        ] {
            let answer = get(&app, uri).await;
            assert_eq!(answer.status, status, "{uri}");
            assert_eq!(answer.content_type, "application/problem+json", "{uri}");
            let problem = answer.json();
            assert_eq!(problem["type"], "about:blank", "{uri}");
            assert_eq!(problem["status"], status.as_u16(), "{uri}");
            assert_eq!(
                problem["title"],
                status.canonical_reason().unwrap_or_default(),
                "{uri}"
            );
            assert!(
                problem["detail"].as_str().is_some_and(|m| !m.is_empty()),
                "{uri}"
            );
        }
        let too_long = format!("/api/search?q={}", "a".repeat(params::MAX_QUERY_CHARS + 1));
        assert_eq!(get(&app, &too_long).await.status, StatusCode::BAD_REQUEST);
        let page = get(&app, &too_long.replace("/api", "")).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST);
        assert!(page.content_type.starts_with("text/html"));

        let post = Request::post("/api/stats")
            .body(Body::empty())
            .expect("request");
        let response = app.clone().oneshot(post).await.expect("infallible router");
        assert_eq!(response.status(), StatusCode::METHOD_NOT_ALLOWED);

        for uri in ["/no-such-page", "/articles/no-such-article"] {
            let answer = get(&app, uri).await;
            assert_eq!(answer.status, StatusCode::NOT_FOUND, "{uri}");
            assert!(answer.content_type.starts_with("text/html"), "{uri}");
        }
    }

    #[tokio::test]
    async fn article_page_escapes_the_title_and_marks_the_quote() {
        let (_dir, app) = app();
        let answer = get(&app, "/articles/seed-1").await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
        let page = &answer.body;
        assert!(page.contains("Presiden &lt;script&gt;alert(1)&lt;/script&gt; siap"));
        assert!(
            !page.contains("<script"),
            "no script element may reach the page"
        );
        assert!(
            !page.contains("href=\"javascript:"),
            "only web addresses become links"
        );
        assert!(page.contains("<mark class=\"quote\" title=\"Joko Widodo\">Kami siap,</mark>"));
        assert!(page.contains("<strong>Joko Widodo</strong>"));
        assert!(page.contains("Baca juga: Harga beras naik"));
        assert!(page.contains("<details class=\"removed\">"));
    }

    #[tokio::test]
    async fn article_page_survives_broken_quote_spans() {
        let (_dir, app) = app();
        let answer = get(&app, "/articles/broken-spans").await;
        assert_eq!(answer.status, StatusCode::OK, "{}", answer.body);
        assert!(answer.body.contains(
            "<mark class=\"quote overlap\" title=\"Joko Widodo / Joko Widodo\">ya”</mark>"
        ));
        // The reversed span has nowhere to point; the other two have.
        assert_eq!(
            answer.body.matches("show in text").count(),
            2,
            "{}",
            answer.body
        );
    }

    #[tokio::test]
    async fn list_page_renders_with_the_article() {
        let (_dir, app) = app();
        let answer = get(&app, "/").await;
        assert_eq!(answer.status, StatusCode::OK);
        assert!(answer.content_type.starts_with("text/html"));
        assert!(
            answer.body.contains("href=\"/articles/seed-1\""),
            "{}",
            answer.body
        );
        assert!(answer.body.contains("Warta Harian"));
    }

    #[tokio::test]
    async fn search_and_quotes_find_the_article() {
        let (_dir, app) = app();
        let hits = get(&app, "/api/search?q=widodo").await.json();
        assert_eq!(hits["hits"][0]["id"], ARTICLE_ID, "{hits}");
        let page = get(&app, "/search?q=widodo").await.body;
        assert!(page.contains("<mark>Widodo</mark>"), "{page}");

        let quotes = get(&app, "/api/quotes?speaker=joko").await.json();
        assert_eq!(
            quotes["quotes"][0]["quote"]["content"], "Kami siap,",
            "{quotes}"
        );
        let none = get(&app, "/api/quotes?speaker=nobody").await.json();
        assert_eq!(none["quotes"].as_array().map(Vec::len), Some(0));
        let by_entity = get(&app, "/api/quotes?entity=Joko%20Widodo").await.json();
        assert_eq!(
            by_entity["quotes"][0]["quote"]["content"], "Kami siap,",
            "{by_entity}"
        );
        let future = get(&app, "/api/quotes?from=2100-01-01").await.json();
        assert_eq!(
            future["quotes"].as_array().map(Vec::len),
            Some(0),
            "{future}"
        );
        let bad_day = get(&app, "/api/quotes?to=kemarin").await;
        assert_eq!(bad_day.status, StatusCode::BAD_REQUEST);

        let stats = get(&app, "/api/stats").await.json();
        assert_eq!(stats["articles"], 2);
        let entities = get(&app, "/api/entities").await.json();
        assert_eq!(entities["entities"][0]["name"], "Joko Widodo");
    }

    #[tokio::test]
    async fn pages_render_without_results_and_carry_security_headers() {
        let (_dir, app) = app();
        for uri in [
            "/search",
            "/search?q=kami",
            "/quotes",
            "/quotes?speaker=Joko%20Widodo",
        ] {
            assert_eq!(get(&app, uri).await.status, StatusCode::OK, "{uri}");
        }
        let request = Request::get(style::PATH)
            .body(Body::empty())
            .expect("request");
        let response = app.oneshot(request).await.expect("infallible router");
        assert_eq!(response.status(), StatusCode::OK);
        assert!(response
            .headers()
            .contains_key(header::CONTENT_SECURITY_POLICY));
        assert_eq!(
            response
                .headers()
                .get(header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok()),
            Some("text/css; charset=utf-8")
        );
    }

    #[tokio::test]
    async fn the_interface_speaks_the_readers_language() {
        let (_dir, app) = app();
        let indonesian = [(header::ACCEPT_LANGUAGE, "id-ID,id;q=0.9,en;q=0.8")];
        let english = [(header::ACCEPT_LANGUAGE, "en-GB,en;q=0.9,id;q=0.5")];
        let page = get_with(&app, "/", &indonesian).await;
        assert!(page.body.contains("<html lang=\"id\">"), "{}", page.body);
        assert!(page.body.contains("<h1>Artikel</h1>"));
        assert!(
            page.body.contains("href=\"?lang=en\""),
            "a link switches to English"
        );
        let page = get_with(&app, "/", &english).await;
        assert!(page.body.contains("<html lang=\"en\">"));
        assert!(page.body.contains("<h1>Articles</h1>"));
        assert!(
            page.body.contains("href=\"?lang=id\""),
            "a link switches to Indonesian"
        );
        assert!(
            get(&app, "/").await.body.contains("<html lang=\"en\">"),
            "English by default"
        );

        // Choosing in the query wins over the browser, and is remembered in a cookie.
        let chosen = get_with(&app, "/quotes?lang=id", &english).await;
        assert!(
            chosen.body.contains("<h1>Siapa berkata apa</h1>"),
            "{}",
            chosen.body
        );
        let cookie = chosen.headers[header::SET_COOKIE].to_str().expect("ASCII");
        assert!(cookie.starts_with("lang=id; Path=/;"), "{cookie}");
        let remembered = get_with(
            &app,
            "/articles/seed-1",
            &[english[0].clone(), (header::COOKIE, "lang=id")],
        )
        .await;
        assert!(remembered.body.contains("<h2>Kutipan</h2>"));
        assert!(remembered.body.contains("Pembicara"));
        assert!(!get(&app, "/")
            .await
            .headers
            .contains_key(header::SET_COOKIE));

        // Error pages too.
        let missing = get_with(&app, "/articles/none", &[(header::COOKIE, "lang=id")]).await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
        assert!(missing.content_type.starts_with("text/html"));
        assert!(
            missing.body.contains("<title>Galat · warta</title>"),
            "{}",
            missing.body
        );
        assert!(missing.body.contains("There is no article with this id."));
    }

    #[tokio::test]
    async fn entity_and_outlet_pages_show_the_store() {
        let (_dir, app) = app();
        let list = get(&app, "/entities").await;
        assert_eq!(list.status, StatusCode::OK);
        assert!(
            list.body.contains("href=\"/entities/Joko%20Widodo\""),
            "{}",
            list.body
        );
        let article = get(&app, "/articles/seed-1").await;
        assert!(article.body.contains("href=\"/entities/Joko%20Widodo\""));

        let entity = get(&app, "/entities/Joko%20Widodo").await;
        assert_eq!(entity.status, StatusCode::OK);
        assert!(entity.body.contains("<h1>Joko Widodo</h1>"));
        assert!(
            entity.body.contains("<blockquote>Kami siap,</blockquote>"),
            "{}",
            entity.body
        );
        assert!(entity.body.contains("href=\"/articles/seed-1\""));
        // When and where it is named: both articles, one day, one outlet, drawn as one weekly bar.
        assert!(entity.body.contains("<h2>Mentions over time</h2>"));
        assert!(
            entity
                .body
                .contains("<title>Week of 2024-02-26: 2 articles, 2 mentions</title>"),
            "{}",
            entity.body
        );
        assert!(entity
            .body
            .contains("<td>Warta Harian</td><td class=\"num\">2</td><td class=\"num\">2</td>"));
        // Its only quote is by it, not about it: no mention lies inside the quoted words.
        assert!(entity.body.contains("<h2>Quotes about this name</h2>"));
        let nobody = get(&app, "/entities/Nobody%20%22At%22%20All").await;
        assert_eq!(nobody.status, StatusCode::OK);
        assert!(nobody.body.contains("No quotes found."));
        assert!(nobody.body.contains("No dated article names it."));

        let timeline = get(&app, "/api/entities/Joko%20Widodo/timeline")
            .await
            .json();
        assert_eq!(timeline["name"], "Joko Widodo");
        assert_eq!(timeline["types"], serde_json::json!(["PERSON"]));
        assert_eq!(
            timeline["days"],
            serde_json::json!([{ "date": "2024-03-01", "articles": 2, "mentions": 2 }])
        );
        assert_eq!(timeline["weeks"][0]["date"], "2024-02-26");
        assert_eq!(timeline["outlets"][0]["outlet"], "Warta Harian");
        let report = get(&app, "/api/entities/Joko%20Widodo").await.json();
        assert_eq!(
            report["quotes"].as_array().map(Vec::len),
            Some(4),
            "{report}"
        );
        assert_eq!(report["quotes_about"], serde_json::json!([]));

        let outlets = get(&app, "/outlets").await;
        assert_eq!(outlets.status, StatusCode::OK);
        // Both articles come from Warta Harian, taken from Reuters.
        assert!(
            outlets
                .body
                .contains("<td>Warta Harian</td><td class=\"num\">2</td>"),
            "{}",
            outlets.body
        );
        assert!(outlets
            .body
            .contains("<td>Reuters</td><td class=\"num\">2</td>"));
    }

    #[tokio::test]
    async fn stories_and_duplicates_answer_in_the_api() {
        let (_dir, app) = app();
        let list = get(&app, "/api/stories").await.json();
        assert_eq!(list["total"], 1, "{list}");
        assert_eq!(list["stories"][0]["id"], STORY_ID);
        assert_eq!(list["stories"][0]["articles"], 2);

        let story = get(&app, &format!("/api/stories/{STORY_ID}")).await.json();
        assert_eq!(story["id"], STORY_ID);
        assert_eq!(story["articles"].as_array().map(Vec::len), Some(2));
        assert_eq!(story["voices"][0]["speaker"], "Joko Widodo", "{story}");
        let missing = get(&app, "/api/stories/s-none").await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);

        let links = get(&app, "/api/articles/seed-1/duplicates").await.json();
        assert_eq!(links["duplicates"][0]["id"], BROKEN_ID, "{links}");
        assert_eq!(links["duplicates"][0]["kind"], "near");
        let back = get(&app, "/api/articles/broken-spans/duplicates")
            .await
            .json();
        assert_eq!(back["duplicates"][0]["id"], ARTICLE_ID);
        let missing = get(&app, "/api/articles/none/duplicates").await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND);
    }

    #[tokio::test]
    async fn story_pages_draw_the_timeline_and_articles_link_to_them() {
        let (_dir, app) = app();
        let list = get(&app, "/stories").await;
        assert_eq!(list.status, StatusCode::OK);
        assert!(
            list.body.contains(&format!("href=\"/stories/{STORY_ID}\"")),
            "{}",
            list.body
        );
        let story = get(&app, &format!("/stories/{STORY_ID}")).await;
        assert_eq!(story.status, StatusCode::OK, "{}", story.body);
        assert!(
            story.body.contains("<ol class=\"timeline\">"),
            "{}",
            story.body
        );
        assert!(story
            .body
            .contains("<time class=\"day\" datetime=\"2024-03-01\">"));
        assert!(story
            .body
            .contains("Presiden &lt;script&gt;alert(1)&lt;/script&gt; siap"));
        assert!(!story.body.contains("<script"));
        let indonesian = get_with(
            &app,
            &format!("/stories/{STORY_ID}"),
            &[(header::COOKIE, "lang=id")],
        )
        .await;
        assert!(
            indonesian.body.contains("<h2>Linimasa</h2>"),
            "{}",
            indonesian.body
        );

        let article = get(&app, "/articles/seed-1").await.body;
        assert!(
            article.contains(&format!("href=\"/stories/{STORY_ID}\"")),
            "{article}"
        );
        assert!(article.contains("Also published by"));
        assert!(article.contains("href=\"/articles/broken-spans\""));
        assert!(article.contains("nearly the same text"));
        assert_eq!(
            get(&app, "/stories/s-none").await.status,
            StatusCode::NOT_FOUND
        );
    }
}
