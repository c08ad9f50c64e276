//! Sources and claims, in the API and on the article page: the outlets of an article, the chain each quote
//! passed through (speaker → channel → reporting outlet → original outlet → publisher) drawn as a small
//! graph, and for each quote the other stored articles carrying it, the first reporter marked.
//!
//! The chains are the analyser's ([`warta_model::Quote::chain`]); the reports across articles are the
//! store's ([`Store::quote_reports`]). The graph is server-rendered SVG: no script, every name escaped by
//! maud like any other text.

use std::sync::Arc;

use axum::{
    extract::{rejection::PathRejection, Path, State},
    Json,
};
use maud::{html, Markup};
use serde::Serialize;
use utoipa::ToSchema;
use warta_model::{Article, Hop, HopRole, Quote, Sources};
use warta_store::{ClaimReport, Store, StoreError};

use crate::{
    api::ErrorBody,
    error::{ApiError, Failure},
    fetch, fetch_found, labels,
    labels::Labels,
    pages::{article_href, title_or_untitled},
    schema,
};

/// An article's outlets and the chain of each of its quotes.
#[derive(Serialize, ToSchema)]
pub(crate) struct ArticleSources {
    article_id: String,
    #[schema(value_type = schema::Sources)]
    sources: Sources,
    quotes: Vec<QuoteSource>,
}

/// Through whose hands one quote came.
#[derive(Serialize, ToSchema)]
pub(crate) struct QuoteSource {
    /// The quote's position in the article's quotes.
    ordinal: usize,
    content: String,
    /// The speaker: the resolved name, else the phrase as written.
    speaker: String,
    /// The channel the words came through, as written.
    via: Option<String>,
    /// Speaker → channel → reporting outlet → original outlet → publisher, the hands known.
    #[schema(value_type = Vec<schema::Hop>)]
    chain: Vec<Hop>,
}

/// The stored articles carrying one quote's claim, the earliest first.
#[derive(Serialize, ToSchema)]
pub(crate) struct QuoteReports {
    article_id: String,
    quote: usize,
    #[schema(value_type = Vec<schema::ClaimReport>)]
    reports: Vec<ClaimReport>,
}

/// The article's publisher, original outlet and cited outlets, and each quote's chain.
#[utoipa::path(get, path = "/api/articles/{id}/sources", tag = "articles",
    params(("id" = String, Path, description = "The article id")),
    responses(
        (status = 200, description = "The article's sources", body = ArticleSources),
        (status = 400, description = "Invalid id", body = ErrorBody, content_type = "application/problem+json"),
        (status = 404, description = "No article with this id", body = ErrorBody, content_type = "application/problem+json"),
    ))]
pub(crate) async fn sources(
    State(store): State<Arc<Store>>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<ArticleSources>, ApiError> {
    let id = crate::params::article_id(id)?;
    let article = fetch_found(&store, labels::NO_SUCH_ARTICLE, move |store| {
        store.article(&id)
    })
    .await?;
    let quotes = article
        .quotes
        .iter()
        .enumerate()
        .map(|(ordinal, quote)| QuoteSource {
            ordinal,
            content: quote.content.clone(),
            speaker: speaker_of(quote).to_string(),
            via: quote.via.clone(),
            chain: quote.chain.clone(),
        })
        .collect();
    Ok(Json(ArticleSources {
        article_id: article.id,
        sources: article.sources,
        quotes,
    }))
}

/// Every stored article carrying the claim of quote `n` (from 0) of this article, this one included, the
/// earliest (published, else stored) first: the first is the outlet that reported it first, as far as the
/// store knows. Same words up to case and punctuation, or the same speaker with nearly the same words.
#[utoipa::path(get, path = "/api/articles/{id}/quotes/{n}/reports", tag = "articles",
    params(
        ("id" = String, Path, description = "The article id"),
        ("n" = usize, Path, description = "The quote's position in the article's quotes, from 0"),
    ),
    responses(
        (status = 200, description = "The articles carrying the quote", body = QuoteReports),
        (status = 400, description = "Invalid id or position", body = ErrorBody, content_type = "application/problem+json"),
        (status = 404, description = "No such article or quote", body = ErrorBody, content_type = "application/problem+json"),
    ))]
pub(crate) async fn reports(
    State(store): State<Arc<Store>>,
    path: Result<Path<(String, String)>, PathRejection>,
) -> Result<Json<QuoteReports>, ApiError> {
    let Path((id, n)) = path.map_err(|rejection| {
        ApiError(Failure::BadRequest(labels::invalid_parameters(
            &rejection.body_text(),
        )))
    })?;
    let id = crate::params::article_id(Ok(Path(id)))?;
    let quote: usize = n.parse().map_err(|_| {
        ApiError(Failure::BadRequest(labels::invalid_parameters(
            "the quote position is not a number",
        )))
    })?;
    let key = id.clone();
    let reports = fetch(&store, move |store| store.quote_reports(&key, quote)).await?;
    // The asked quote is always among its own reports: none means there is no such quote.
    if reports.is_empty() {
        return Err(ApiError(Failure::NotFound(labels::NO_SUCH_QUOTE)));
    }
    Ok(Json(QuoteReports {
        article_id: id,
        quote,
        reports,
    }))
}

fn speaker_of(quote: &Quote) -> &str {
    quote.speaker.name.as_deref().unwrap_or(&quote.speaker.text)
}

/// The reports of each quote of an article, for its page: one list per quote, in order.
pub(crate) fn reports_of(
    store: &Store,
    article_id: &str,
    quotes: usize,
) -> Result<Vec<Vec<ClaimReport>>, StoreError> {
    (0..quotes)
        .map(|n| store.quote_reports(article_id, n))
        .collect()
}

/// "Also reported by … (first: X)" under a quote, when other articles carry it.
pub(crate) fn also_reported(l: &Labels, article_id: &str, reports: &[ClaimReport]) -> Markup {
    let s = l.sources();
    let others: Vec<&ClaimReport> = reports
        .iter()
        .filter(|r| r.article_id != article_id)
        .collect();
    html! {
        @if let (false, Some(first)) = (others.is_empty(), reports.first()) {
            div.reported {
                span.tag { (s.also_reported) ": " }
                @for (i, report) in others.iter().enumerate() {
                    @if i > 0 { ", " }
                    a href=(article_href(&report.article_id))
                        title=(title_or_untitled(l, report.title.as_deref())) { (outlet_of(report)) }
                }
                " " span.first {
                    "(" (s.first_reported) ": "
                    @if first.article_id == article_id { (s.this_article) } @else { (outlet_of(first)) }
                    ")"
                }
            }
        }
    }
}

fn outlet_of(report: &ClaimReport) -> &str {
    report.outlet.as_deref().unwrap_or(&report.source)
}

/// The graph's columns, in the order the words travel backwards from the reader.
const COLUMNS: [HopRole; 5] = [
    HopRole::Speaker,
    HopRole::Channel,
    HopRole::ReportingOutlet,
    HopRole::OriginalOutlet,
    HopRole::Publisher,
];
const BOX_WIDTH: usize = 150;
const BOX_HEIGHT: usize = 30;
const COLUMN_GAP: usize = 34;
const ROW_HEIGHT: usize = 44;
const HEADER_HEIGHT: usize = 26;
const COUNT_WIDTH: usize = 90;
/// Longer names are cut in the box; the whole name is its tooltip.
const MAX_LABEL_CHARS: usize = 20;

/// The "Sources" section: the article's outlets, and the distinct chains of its quotes drawn as boxes and
/// arrows, one row per chain, with how many quotes came that way.
pub(crate) fn section(l: &Labels, article: &Article) -> Markup {
    let s = l.sources();
    let sources = &article.sources;
    let mut chains: Vec<(&[Hop], usize)> = Vec::new();
    for quote in article.quotes.iter().filter(|q| !q.chain.is_empty()) {
        match chains
            .iter_mut()
            .find(|(chain, _)| *chain == quote.chain.as_slice())
        {
            Some((_, count)) => *count += 1,
            None => chains.push((&quote.chain, 1)),
        }
    }
    let cited = sources.outlets();
    html! {
        section.sources {
            h2 { (s.section) }
            dl.meta {
                dt { (s.publisher) } dd { (sources.publisher.as_deref().unwrap_or(l.unknown)) }
                @if let Some(original) = &sources.original_outlet {
                    dt { (s.original_outlet) } dd { (original.name) }
                }
                @if !cited.is_empty() {
                    dt { (s.cited) } dd { (cited.join(", ")) }
                }
            }
            @if chains.is_empty() {
                p.muted { (s.no_chains) }
            } @else {
                (graph(l, &chains))
            }
        }
    }
}

fn graph(l: &Labels, chains: &[(&[Hop], usize)]) -> Markup {
    let s = l.sources();
    let step = BOX_WIDTH + COLUMN_GAP;
    let width = COLUMNS.len() * step + COUNT_WIDTH;
    let height = HEADER_HEIGHT + chains.len() * ROW_HEIGHT;
    html! {
        svg.chains xmlns="http://www.w3.org/2000/svg" role="img" aria-label=(s.graph_label)
            // Scaled to the page's width; the view box keeps the proportions.
            width="100%" viewBox=(format!("0 0 {width} {height}")) font-family="sans-serif" {
            defs {
                marker id="chain-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7"
                    markerHeight="7" orient="auto-start-reverse" {
                    path d="M 0 0 L 10 5 L 0 10 z" fill="#666" {}
                }
            }
            @for (column, role) in COLUMNS.iter().enumerate() {
                text x=(column * step + BOX_WIDTH / 2) y="16" text-anchor="middle" font-size="12"
                    fill="#555" { (s.role(*role)) }
            }
            @for (row, (chain, count)) in chains.iter().enumerate() {
                @let y = HEADER_HEIGHT + row * ROW_HEIGHT;
                @let placed = place(chain);
                @for pair in placed.windows(2) {
                    @if let [(from, _), (to, _)] = pair {
                        line x1=(from * step + BOX_WIDTH) y1=(y + BOX_HEIGHT / 2)
                            x2=(to * step - 2) y2=(y + BOX_HEIGHT / 2)
                            stroke="#666" stroke-width="1.5" marker-end="url(#chain-arrow)" {}
                    }
                }
                @for (column, hop) in &placed {
                    g.hop {
                        title { (s.role(hop.role)) ": " (hop.name) }
                        rect x=(column * step) y=(y) width=(BOX_WIDTH) height=(BOX_HEIGHT) rx="5"
                            fill=(fill_of(hop.role)) stroke="#888" {}
                        text x=(column * step + BOX_WIDTH / 2) y=(y + BOX_HEIGHT / 2 + 5)
                            text-anchor="middle" font-size="13" { (shortened(&hop.name)) }
                    }
                }
                text x=(COLUMNS.len() * step) y=(y + BOX_HEIGHT / 2 + 5) font-size="13" {
                    "×" (count) " " (s.quotes(*count))
                }
            }
        }
    }
}

/// Each hop with its column; a hop of a role already placed (or of no column) is left out, so the arrows
/// always run left to right.
fn place(chain: &[Hop]) -> Vec<(usize, &Hop)> {
    let mut placed: Vec<(usize, &Hop)> = Vec::new();
    for hop in chain {
        let Some(column) = COLUMNS.iter().position(|role| *role == hop.role) else {
            continue;
        };
        if placed.last().is_none_or(|(last, _)| *last < column) {
            placed.push((column, hop));
        }
    }
    placed
}

/// People, channels and outlets in three colours. Drawn as attributes: the graph needs no stylesheet.
fn fill_of(role: HopRole) -> &'static str {
    match role {
        HopRole::Speaker => "#fdf0c4",
        HopRole::Channel => "#e4eefb",
        HopRole::ReportingOutlet | HopRole::OriginalOutlet | HopRole::Publisher => "#e3f4e1",
    }
}

/// A name cut to fit its box, on a character boundary.
fn shortened(name: &str) -> String {
    if name.chars().count() <= MAX_LABEL_CHARS {
        return name.to_string();
    }
    let mut cut: String = name.chars().take(MAX_LABEL_CHARS - 1).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use axum::http::StatusCode;

    use super::*;
    use crate::labels::Language;
    use crate::tests::{app, get, ARTICLE_ID};

    #[tokio::test]
    async fn the_api_answers_with_chains_and_reports() {
        let (_dir, app) = app();
        let sources = get(&app, &format!("/api/articles/{ARTICLE_ID}/sources")).await;
        assert_eq!(sources.status, StatusCode::OK, "{}", sources.body);
        let sources = sources.json();
        assert_eq!(sources["quotes"][0]["speaker"], "Joko Widodo");
        assert!(sources["quotes"][0]["chain"].is_array());
        // The fixture's second article repeats the quote, published at the same time but stored with it.
        let reports = get(
            &app,
            &format!("/api/articles/{ARTICLE_ID}/quotes/0/reports"),
        )
        .await;
        assert_eq!(reports.status, StatusCode::OK, "{}", reports.body);
        let reports = reports.json();
        assert_eq!(reports["reports"].as_array().map(Vec::len), Some(2));
        assert_eq!(reports["reports"][0]["first"], true);
        for (uri, status) in [
            ("/api/articles/no-such/sources", StatusCode::NOT_FOUND),
            (
                "/api/articles/seed-1/quotes/7/reports",
                StatusCode::NOT_FOUND,
            ),
            (
                "/api/articles/seed-1/quotes/x/reports",
                StatusCode::BAD_REQUEST,
            ),
        ] {
            assert_eq!(get(&app, uri).await.status, status, "{uri}");
        }
        let page = get(&app, &format!("/articles/{ARTICLE_ID}?lang=en")).await;
        assert!(page.body.contains("Also reported by"), "{}", page.body);
        assert!(page.body.contains("<h2>Sources</h2>"), "{}", page.body);
    }

    #[test]
    fn the_graph_draws_one_row_per_chain_and_escapes_names() {
        let chain = vec![
            hop(HopRole::Speaker, "<script>alert(1)</script>"),
            hop(HopRole::Channel, "Telegram"),
            hop(HopRole::Publisher, "Warta"),
        ];
        let other = vec![
            hop(HopRole::Speaker, "Biden"),
            hop(HopRole::Publisher, "Warta"),
        ];
        let chains: Vec<(&[Hop], usize)> = vec![(&chain, 2), (&other, 1)];
        let markup = graph(Language::English.labels(), &chains).into_string();
        assert!(!markup.contains("<script>"), "{markup}");
        assert!(markup.contains("&lt;script&gt;"), "{markup}");
        assert_eq!(markup.matches("<rect").count(), 5, "{markup}");
        assert_eq!(markup.matches("<line").count(), 3, "{markup}");
        assert!(
            markup.contains("×2 quotes") && markup.contains("×1 quote<"),
            "{markup}"
        );
    }

    fn hop(role: HopRole, name: &str) -> Hop {
        Hop {
            role,
            name: name.to_string(),
        }
    }

    #[test]
    fn hops_are_placed_left_to_right_once_per_column() {
        let chain = [
            hop(HopRole::Speaker, "A"),
            hop(HopRole::ReportingOutlet, "Politico"),
            hop(HopRole::Channel, "Telegram"),
            hop(HopRole::Publisher, "Warta"),
        ];
        let placed: Vec<(usize, &str)> = place(&chain)
            .into_iter()
            .map(|(column, hop)| (column, hop.name.as_str()))
            .collect();
        assert_eq!(placed, [(0, "A"), (2, "Politico"), (4, "Warta")]);
    }

    #[test]
    fn long_names_are_cut_on_a_character_boundary() {
        assert_eq!(shortened("Reuters"), "Reuters");
        let cut = shortened("Pejabat Amerika Serikat yang tidak disebutkan namanya");
        assert_eq!(cut.chars().count(), MAX_LABEL_CHARS);
        assert!(cut.ends_with('…'));
        assert_eq!(shortened(&"é".repeat(40)).chars().count(), MAX_LABEL_CHARS);
    }
}
