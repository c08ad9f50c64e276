//! The web UI: HTML pages rendered on the server with maud, no JavaScript.
//!
//! Every value from the store goes through maud's escaping; nothing here builds markup from data by hand.
//! Links carry ids percent-encoded, so an id with `/`, `?` or `#` in it still points at
//! its own article.

use std::{collections::BTreeMap, sync::Arc};

use axum::{
    extract::{
        rejection::{PathRejection, QueryRejection},
        Path, Query, State,
    },
    http::StatusCode,
};
use maud::{html, Markup, DOCTYPE};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use warta_model::{Article, Entity, Quote};
use warta_store::{ArticleSummary, Store};

use crate::{
    error::{Failure, PageError},
    fetch, highlight, labels,
    params::{self, Paging, QuoteParams, SearchParams},
    style,
};

type Page = Result<Markup, PageError>;

/// Attributions below this confidence are guesses and are shown as such.
const GUESS_BELOW: f32 = 0.5;

/// `/`: the newest articles, a page at a time.
pub(crate) async fn home(
    State(store): State<Arc<Store>>,
    query: Result<Query<Paging>, QueryRejection>,
) -> Page {
    let paging = params::parsed(query)?;
    let (offset, limit) = (paging.offset(), paging.limit());
    let (stats, rows) = fetch(&store, move |store| {
        Ok((store.stats()?, store.list_articles(offset, limit)?))
    })
    .await?;
    let body = html! {
        h1 { (labels::NAV_ARTICLES) }
        p.summary { (labels::summary_counts(stats.articles, stats.quotes, stats.entities)) }
        @if rows.is_empty() {
            p.muted { (labels::NO_ARTICLES) }
        } @else {
            (article_table(&rows))
        }
        nav.pager {
            span {
                @if offset > 0 {
                    a href=(format!("/?offset={}&limit={limit}", offset.saturating_sub(limit))) {
                        (labels::PREVIOUS)
                    }
                }
            }
            span {
                @if offset.saturating_add(rows.len()) < stats.articles {
                    a href=(format!("/?offset={}&limit={limit}", offset.saturating_add(limit))) {
                        (labels::NEXT)
                    }
                }
            }
        }
    };
    Ok(layout(labels::NAV_ARTICLES, "", body))
}

fn article_table(rows: &[ArticleSummary]) -> Markup {
    html! {
        table {
            thead {
                tr {
                    th { (labels::COL_TITLE) }
                    th { (labels::COL_OUTLET) }
                    th { (labels::COL_LANGUAGE) }
                    th { (labels::COL_DATE) }
                    th { (labels::COL_QUOTES) }
                }
            }
            tbody {
                @for row in rows {
                    tr {
                        td { a href=(article_href(&row.id)) { (title_or_untitled(row.title.as_deref())) } }
                        td { (row.outlet.as_deref().unwrap_or("")) }
                        td { (row.lang.as_deref().unwrap_or("")) }
                        td title=[row.published.as_deref()] {
                            (row.published.as_deref().map(date_part).unwrap_or(""))
                        }
                        td.num { (row.quotes) }
                    }
                }
            }
        }
    }
}

/// `/search?q=`: full-text search with snippets. An empty query shows just the search box.
pub(crate) async fn search(
    State(store): State<Arc<Store>>,
    query: Result<Query<SearchParams>, QueryRejection>,
) -> Page {
    let search = params::parsed(query)?;
    let q = params::search_query(search.q.as_deref())?;
    let limit = params::clamp_limit(search.limit);
    let hits = match q.clone() {
        Some(terms) => fetch(&store, move |store| store.search(&terms, limit)).await?,
        None => Vec::new(),
    };
    let body = html! {
        h1 { (labels::SEARCH_TITLE) @if let Some(q) = &q { ": " (q) } }
        @if q.is_some() && hits.is_empty() {
            p.muted { (labels::NO_RESULTS) }
        }
        ol.hits {
            @for hit in &hits {
                li {
                    a href=(article_href(&hit.id)) { (title_or_untitled(hit.title.as_deref())) }
                    p.snippet {
                        @for (text, matched) in highlight::snippet_words(&hit.snippet) {
                            @if matched { mark { (text) } } @else { (text) }
                        }
                    }
                }
            }
        }
    };
    Ok(layout(
        labels::SEARCH_TITLE,
        q.as_deref().unwrap_or(""),
        body,
    ))
}

/// `/articles/{id}`: the article with its quotes marked, who said them, the names in it and what was
/// removed from it.
pub(crate) async fn article(
    State(store): State<Arc<Store>>,
    id: Result<Path<String>, PathRejection>,
) -> Page {
    let id = params::article_id(id)?;
    let article = fetch(&store, move |store| store.article(&id))
        .await?
        .ok_or(Failure::NotFound(labels::NO_SUCH_ARTICLE))?;
    let title = title_or_untitled(article.title.as_deref());
    Ok(layout(title, "", article_view(&article)))
}

fn article_view(article: &Article) -> Markup {
    let spans: Vec<(usize, usize)> = article.quotes.iter().map(|q| (q.start, q.end)).collect();
    let pieces = highlight::pieces(&article.text, &spans);
    // A quote whose span fell outside the text has no place to link to.
    let mut in_text = vec![false; spans.len()];
    for &i in pieces.iter().flat_map(|piece| &piece.opening) {
        if let Some(flag) = in_text.get_mut(i) {
            *flag = true;
        }
    }
    html! {
        article {
            h1 { (title_or_untitled(article.title.as_deref())) }
            (metadata(article))
            h2 { (labels::SECTION_TEXT) }
            div.article-text {
                @for piece in &pieces {
                    @for &i in &piece.opening {
                        span id=(quote_anchor(i)) {}
                    }
                    @if piece.covering.is_empty() {
                        (piece.text)
                    } @else {
                        mark.quote.overlap[piece.covering.len() > 1]
                            title=(speakers_of(&article.quotes, &piece.covering)) {
                            (piece.text)
                        }
                    }
                }
            }
            h2 { (labels::SECTION_QUOTES) }
            @if article.quotes.is_empty() {
                p.muted { (labels::NO_QUOTES) }
            } @else {
                ol.quotes {
                    @for (i, quote) in article.quotes.iter().enumerate() {
                        li class=[guess_class(quote)] {
                            blockquote { (quote.content) }
                            (attribution(quote))
                            @if in_text.get(i).copied().unwrap_or(false) {
                                a.muted href=(format!("#{}", quote_anchor(i))) { (labels::SHOW_IN_TEXT) }
                            }
                        }
                    }
                }
            }
            h2 { (labels::SECTION_ENTITIES) }
            (entities(&article.entities))
            @if !article.removed.is_empty() {
                details.removed {
                    summary { (labels::removed_count(article.removed.len())) }
                    ul {
                        @for removed in &article.removed {
                            li {
                                span.reason { (labels::removal_reason(removed.reason)) }
                                (removed.text)
                            }
                        }
                    }
                }
            }
        }
    }
}

fn metadata(article: &Article) -> Markup {
    html! {
        dl.meta {
            dt { (labels::META_SOURCE) } dd { (article.source) }
            @if let Some(url) = &article.url {
                dt { (labels::META_URL) }
                dd {
                    // Only web addresses become links: a `javascript:` URL from a scraped page must not.
                    @if url.starts_with("https://") || url.starts_with("http://") {
                        a href=(url) rel="noopener noreferrer nofollow" { (url) }
                    } @else {
                        (url)
                    }
                }
            }
            dt { (labels::META_OUTLET) } dd { (article.outlet.as_deref().unwrap_or(labels::UNKNOWN)) }
            @if let Some(original) = &article.original_outlet {
                dt { (labels::META_ORIGINAL_OUTLET) } dd { (original) }
            }
            @if !article.authors.is_empty() {
                dt { (labels::META_AUTHORS) } dd { (article.authors.join(", ")) }
            }
            dt { (labels::META_LANGUAGE) } dd { (article.lang.as_deref().unwrap_or(labels::UNKNOWN)) }
            dt { (labels::META_PUBLISHED) }
            dd {
                @match &article.published {
                    Some(published) => (published.format("%Y-%m-%d %H:%M (UTC%:z)")),
                    None => (labels::UNKNOWN),
                }
            }
        }
    }
}

/// Quotes whose attribution is a guess are drawn differently.
fn guess_class(quote: &Quote) -> Option<&'static str> {
    (quote.confidence < GUESS_BELOW).then_some("guess")
}

/// Who said it, how, through whom and when: shared by the article page and the quotes page.
fn attribution(quote: &Quote) -> Markup {
    let speaker = &quote.speaker;
    let name = speaker.name.as_deref().unwrap_or(&speaker.text);
    html! {
        div.attribution {
            span.tag { (labels::QUOTE_SPEAKER) ": " }
            strong { (name) }
            @if name != speaker.text && !speaker.text.is_empty() {
                " " span.tag { "(" (labels::QUOTE_AS_WRITTEN) ": “" (speaker.text) "”)" }
            }
            " · " span.tag { (labels::speaker_kind(speaker.kind)) }
            " · " span.tag { (labels::quote_kind(quote.kind)) }
            @if quote.confidence < GUESS_BELOW {
                " · " span.guess { (labels::QUOTE_GUESS) }
            }
            @if let Some(cue) = &quote.cue {
                br; span.tag { (labels::QUOTE_CUE) ": " } (cue)
            }
            @if let Some(via) = &quote.via {
                br; span.tag { (labels::QUOTE_VIA) ": " } (via)
            }
            @if let Some(when) = &quote.when {
                br; span.tag { (labels::QUOTE_WHEN) ": " } (when.text)
                @if let Some(date) = &when.date { " (" (date) ")" }
            }
        }
    }
}

/// Entities grouped by type, the most mentioned first.
fn entities(entities: &[Entity]) -> Markup {
    let mut groups: BTreeMap<&str, Vec<&Entity>> = BTreeMap::new();
    for entity in entities {
        groups.entry(entity.kind.as_str()).or_default().push(entity);
    }
    for group in groups.values_mut() {
        group.sort_by(|a, b| {
            b.mentions
                .len()
                .cmp(&a.mentions.len())
                .then_with(|| a.name.cmp(&b.name))
        });
    }
    html! {
        @if groups.is_empty() {
            p.muted { (labels::NO_ENTITIES) }
        }
        @for (kind, group) in &groups {
            h3 { (labels::entity_type(kind)) }
            ul.entities {
                @for entity in group {
                    li title=(entity.roles.join("; ")) {
                        (entity.name)
                        " " span.muted { "· " (labels::mentions(entity.mentions.len())) }
                    }
                }
            }
        }
    }
}

/// `/quotes?speaker=`: who said what, across all articles.
pub(crate) async fn quotes(
    State(store): State<Arc<Store>>,
    query: Result<Query<QuoteParams>, QueryRejection>,
) -> Page {
    let filter = params::parsed(query)?;
    let speaker = params::speaker(filter.speaker.as_deref())?;
    let limit = params::clamp_limit(filter.limit);
    let name = speaker.clone();
    let rows = fetch(&store, move |store| store.quotes(name.as_deref(), limit)).await?;
    let body = html! {
        h1 { (labels::QUOTES_TITLE) @if let Some(speaker) = &speaker { ": " (speaker) } }
        form action="/quotes" method="get" {
            input type="text" name="speaker" value=(speaker.as_deref().unwrap_or(""))
                placeholder=(labels::SPEAKER_PLACEHOLDER) aria-label=(labels::SPEAKER_PLACEHOLDER)
                maxlength=(params::MAX_SPEAKER_CHARS);
            " " button type="submit" { (labels::SPEAKER_BUTTON) }
        }
        @if rows.is_empty() {
            p.muted { (labels::NO_QUOTES) }
        }
        ol.quotes {
            @for row in &rows {
                li class=[guess_class(&row.quote)] {
                    blockquote { (row.quote.content) }
                    (attribution(&row.quote))
                    div.attribution {
                        span.tag { (labels::QUOTE_IN) ": " }
                        a href=(article_href(&row.article_id)) {
                            (title_or_untitled(row.article_title.as_deref()))
                        }
                        @if let Some(published) = &row.published {
                            " " span.tag { "(" (date_part(published)) ")" }
                        }
                    }
                }
            }
        }
    };
    Ok(layout(labels::QUOTES_TITLE, "", body))
}

/// The page shown for a failure, with the failure's status.
pub(crate) fn error_page(status: StatusCode, message: &str) -> Markup {
    let body = html! {
        div.error {
            h1 { (status.as_u16()) " " (status.canonical_reason().unwrap_or(labels::ERROR_TITLE)) }
            p { (message) }
            p { a href="/" { (labels::NAV_ARTICLES) } }
        }
    };
    layout(labels::ERROR_TITLE, "", body)
}

/// The frame around every page: head, navigation with the search box, footer.
fn layout(title: &str, search: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(labels::LANG) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · " (labels::SITE_NAME) }
                link rel="stylesheet" href=(style::PATH);
            }
            body {
                header.site {
                    div.bar {
                        a.brand href="/" { (labels::SITE_NAME) }
                        nav {
                            a href="/" { (labels::NAV_ARTICLES) }
                            a href="/quotes" { (labels::NAV_QUOTES) }
                        }
                        form action="/search" method="get" role="search" {
                            input type="search" name="q" value=(search)
                                placeholder=(labels::SEARCH_PLACEHOLDER) aria-label=(labels::SEARCH_PLACEHOLDER)
                                maxlength=(params::MAX_QUERY_CHARS);
                            " " button type="submit" { (labels::SEARCH_BUTTON) }
                        }
                    }
                }
                main { (body) }
                footer.site { (labels::TAGLINE) }
            }
        }
    }
}

/// Characters escaped in an id placed in a path: all but letters, digits and `-_~`, so an id with `/`, `?`
/// or `#` stays one path segment while ordinary ids stay readable.
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'~');

fn article_href(id: &str) -> String {
    format!("/articles/{}", utf8_percent_encode(id, PATH_SEGMENT))
}

fn quote_anchor(index: usize) -> String {
    format!("quote-{}", index + 1)
}

fn title_or_untitled(title: Option<&str>) -> &str {
    title
        .filter(|t| !t.trim().is_empty())
        .unwrap_or(labels::UNTITLED)
}

/// The speakers of the quotes covering a piece of text, for the tooltip of the marked text.
fn speakers_of(quotes: &[Quote], covering: &[usize]) -> String {
    covering
        .iter()
        .filter_map(|&i| quotes.get(i))
        .map(|q| q.speaker.name.as_deref().unwrap_or(&q.speaker.text))
        .collect::<Vec<_>>()
        .join(" / ")
}

/// The calendar date of an ISO 8601 timestamp ("2024-03-01T10:00:00+07:00" → "2024-03-01").
fn date_part(timestamp: &str) -> &str {
    timestamp.split('T').next().unwrap_or(timestamp)
}
