//! The web UI: HTML pages rendered on the server with maud, no JavaScript: the article list, search,
//! an article with its quotes marked (and its story and duplicates, from [`crate::stories`]), who said
//! what, the names in the archive and one name's page, and the outlets; the story pages live in
//! [`crate::stories`]. Each page is worded in the reader's language ([`Labels`], chosen by
//! [`crate::language`]), with a link in the header to switch.
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
    Extension,
};
use maud::{html, Markup, DOCTYPE};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use warta_model::{Article, Entity, Quote};
use warta_store::{ArticleSummary, ClaimReport, QuoteRow, SearchHit, Store};

use crate::{
    error::PageError,
    fetch, fetch_found,
    gather::{EntityReport, OutletCount, Outlets},
    highlight,
    labels::{self, Labels, Language},
    params::{self, Limit, Paging, QuoteParams},
    sources,
    stories::ArticleLinks,
    style,
    timeline::{self, Timeline},
};

type Page = Result<Markup, PageError>;

/// `/`: the newest articles, a page at a time.
pub(crate) async fn home(
    State(store): State<Arc<Store>>,
    Extension(language): Extension<Language>,
    query: Result<Query<Paging>, QueryRejection>,
) -> Page {
    let l = language.labels();
    let paging = params::parsed(query)?;
    let (offset, limit) = (paging.offset(), paging.limit());
    let (stats, rows) = fetch(&store, move |store| {
        Ok((store.stats()?, store.list_articles(offset, limit)?))
    })
    .await?;
    let body = html! {
        h1 { (l.nav_articles) }
        p.summary { (l.summary_counts(stats.articles, stats.quotes, stats.entities)) }
        @if rows.is_empty() {
            p.muted { (l.no_articles) }
        } @else {
            (article_table(l, &rows))
        }
        nav.pager {
            span {
                @if offset > 0 {
                    a href=(format!("/?offset={}&limit={limit}", offset.saturating_sub(limit))) {
                        (l.previous)
                    }
                }
            }
            span {
                @if offset.saturating_add(rows.len()) < stats.articles {
                    a href=(format!("/?offset={}&limit={limit}", offset.saturating_add(limit))) {
                        (l.next)
                    }
                }
            }
        }
    };
    Ok(layout(l, l.nav_articles, "", body))
}

fn article_table(l: &Labels, rows: &[ArticleSummary]) -> Markup {
    html! {
        table {
            thead {
                tr {
                    th { (l.col_title) }
                    th { (l.col_outlet) }
                    th { (l.col_language) }
                    th { (l.col_date) }
                    th { (l.col_quotes) }
                }
            }
            tbody {
                @for row in rows {
                    tr {
                        td { a href=(article_href(&row.id)) { (title_or_untitled(l, row.title.as_deref())) } }
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

/// `/articles/{id}`: the article with its quotes marked, who said them, the names in it and what was
/// removed from it.
pub(crate) async fn article(
    State(store): State<Arc<Store>>,
    Extension(language): Extension<Language>,
    id: Result<Path<String>, PathRejection>,
) -> Page {
    let l = language.labels();
    let id = params::article_id(id)?;
    let (article, links, reports) = fetch_found(&store, labels::NO_SUCH_ARTICLE, move |store| {
        let links = ArticleLinks::read(store, &id)?;
        let Some(article) = store.article(&id)? else {
            return Ok(None);
        };
        let reports = sources::reports_of(store, &id, article.quotes.len())?;
        Ok(Some((article, links, reports)))
    })
    .await?;
    let title = title_or_untitled(l, article.title.as_deref());
    Ok(layout(
        l,
        title,
        "",
        article_view(l, &article, &links, &reports),
    ))
}

fn article_view(
    l: &Labels,
    article: &Article,
    links: &ArticleLinks,
    reports: &[Vec<ClaimReport>],
) -> Markup {
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
            h1 { (title_or_untitled(l, article.title.as_deref())) }
            (metadata(l, article, links))
            (links.also_published(l))
            h2 { (l.section_text) }
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
            h2 { (l.section_quotes) }
            @if article.quotes.is_empty() {
                p.muted { (l.no_quotes) }
            } @else {
                ol.quotes {
                    @for (i, quote) in article.quotes.iter().enumerate() {
                        li class=[guess_class(quote)] {
                            blockquote { (quote.content) }
                            (attribution(l, quote))
                            (sources::also_reported(l, &article.id, reports.get(i).map_or(&[], Vec::as_slice)))
                            @if in_text.get(i).copied().unwrap_or(false) {
                                a.muted href=(format!("#{}", quote_anchor(i))) { (l.show_in_text) }
                            }
                        }
                    }
                }
            }
            (sources::section(l, article))
            h2 { (l.section_entities) }
            (entities(l, &article.entities))
            @if !article.removed.is_empty() {
                details.removed {
                    summary { (l.removed_count(article.removed.len())) }
                    ul {
                        @for removed in &article.removed {
                            li {
                                span.reason { (l.removal_reason(removed.reason)) }
                                (removed.text)
                            }
                        }
                    }
                }
            }
        }
    }
}

fn metadata(l: &Labels, article: &Article, links: &ArticleLinks) -> Markup {
    html! {
        dl.meta {
            dt { (l.meta_source) } dd { (article.source) }
            @if let Some(url) = &article.url {
                dt { (l.meta_url) }
                dd {
                    // Only web addresses become links: a `javascript:` URL from a scraped page must not.
                    @if url.starts_with("https://") || url.starts_with("http://") {
                        a href=(url) rel="noopener noreferrer nofollow" { (url) }
                    } @else {
                        (url)
                    }
                }
            }
            dt { (l.meta_outlet) } dd { (article.outlet.as_deref().unwrap_or(l.unknown)) }
            @if let Some(original) = &article.original_outlet {
                dt { (l.meta_original_outlet) } dd { (original) }
            }
            @if !article.authors.is_empty() {
                dt { (l.meta_authors) } dd { (article.authors.join(", ")) }
            }
            dt { (l.meta_language) } dd { (article.lang.as_deref().unwrap_or(l.unknown)) }
            dt { (l.meta_published) }
            dd {
                @match &article.published {
                    Some(published) => (published.format("%Y-%m-%d %H:%M (UTC%:z)")),
                    None => (l.unknown),
                }
            }
            (links.story_meta(l))
        }
    }
}

/// Quotes whose attribution is a guess are drawn differently.
fn guess_class(quote: &Quote) -> Option<&'static str> {
    quote.is_guess().then_some("guess")
}

/// Who said it, how, through whom and when: shared by the article page and the quotes page.
fn attribution(l: &Labels, quote: &Quote) -> Markup {
    let speaker = &quote.speaker;
    let name = speaker.name.as_deref().unwrap_or(&speaker.text);
    html! {
        div.attribution {
            span.tag { (l.quote_speaker) ": " }
            strong { (name) }
            @if name != speaker.text && !speaker.text.is_empty() {
                " " span.tag { "(" (l.quote_as_written) ": “" (speaker.text) "”)" }
            }
            " · " span.tag { (l.speaker_kind(speaker.kind)) }
            " · " span.tag { (l.quote_kind(quote.kind)) }
            @if quote.is_guess() {
                " · " span.guess { (l.quote_guess) }
            }
            @if let Some(cue) = &quote.cue {
                br; span.tag { (l.quote_cue) ": " } (cue)
            }
            @if let Some(via) = &quote.via {
                br; span.tag { (l.quote_via) ": " } (via)
            }
            @if let Some(when) = &quote.when {
                br; span.tag { (l.quote_when) ": " } (when.text)
                @if let Some(date) = &when.date { " (" (date) ")" }
            }
        }
    }
}

/// Entities grouped by type, the most mentioned first.
fn entities(l: &Labels, entities: &[Entity]) -> Markup {
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
            p.muted { (l.no_entities) }
        }
        @for (kind, group) in &groups {
            h3 { (l.entity_type(kind)) }
            ul.entities {
                @for entity in group {
                    li title=(entity.roles.join("; ")) {
                        a href=(entity_href(&entity.name)) { (entity.name) }
                        " " span.muted { "· " (l.mentions(entity.mentions.len())) }
                    }
                }
            }
        }
    }
}

/// `/quotes?speaker=`: who said what, across all articles.
pub(crate) async fn quotes(
    State(store): State<Arc<Store>>,
    Extension(language): Extension<Language>,
    query: Result<Query<QuoteParams>, QueryRejection>,
) -> Page {
    let l = language.labels();
    let filter = params::parsed(query)?;
    let speaker = params::speaker(filter.speaker.as_deref())?;
    let limit = params::clamp_limit(filter.limit);
    let name = speaker.clone();
    let rows = fetch(&store, move |store| store.quotes(name.as_deref(), limit)).await?;
    let body = html! {
        h1 { (l.quotes_title) @if let Some(speaker) = &speaker { ": " (speaker) } }
        form action="/quotes" method="get" {
            input type="text" name="speaker" value=(speaker.as_deref().unwrap_or(""))
                placeholder=(l.speaker_placeholder) aria-label=(l.speaker_placeholder)
                maxlength=(params::MAX_SPEAKER_CHARS);
            " " button type="submit" { (l.speaker_button) }
        }
        @if rows.is_empty() {
            p.muted { (l.no_quotes) }
        }
        (quote_list(l, &rows))
    };
    Ok(layout(l, l.quotes_title, "", body))
}

/// Search hits with their snippets, the matched words marked.
pub(crate) fn hit_list(l: &Labels, hits: &[SearchHit]) -> Markup {
    html! {
        ol.hits {
            @for hit in hits {
                li {
                    a href=(article_href(&hit.id)) { (title_or_untitled(l, hit.title.as_deref())) }
                    p.snippet {
                        @for (text, matched) in highlight::snippet_words(&hit.snippet) {
                            @if matched { mark { (text) } } @else { (text) }
                        }
                    }
                }
            }
        }
    }
}

/// Quotes across articles, each with who said it and where.
fn quote_list(l: &Labels, rows: &[QuoteRow]) -> Markup {
    html! {
        ol.quotes {
            @for row in rows {
                li class=[guess_class(&row.quote)] {
                    blockquote { (row.quote.content) }
                    (attribution(l, &row.quote))
                    div.attribution {
                        span.tag { (l.quote_in) ": " }
                        a href=(article_href(&row.article_id)) {
                            (title_or_untitled(l, row.article_title.as_deref()))
                        }
                        @if let Some(published) = &row.published {
                            " " span.tag { "(" (date_part(published)) ")" }
                        }
                    }
                }
            }
        }
    }
}

/// `/entities`: the names found in the most articles.
pub(crate) async fn entity_list(
    State(store): State<Arc<Store>>,
    Extension(language): Extension<Language>,
    query: Result<Query<Limit>, QueryRejection>,
) -> Page {
    let l = language.labels();
    let limit = params::parsed(query)?.limit();
    let rows = fetch(&store, move |store| store.entities(limit)).await?;
    let body = html! {
        h1 { (l.entities_title) }
        @if rows.is_empty() {
            p.muted { (l.no_entities) }
        } @else {
            table {
                thead {
                    tr {
                        th { (l.col_name) }
                        th { (l.col_type) }
                        th.num { (l.col_articles) }
                        th.num { (l.col_mentions) }
                    }
                }
                tbody {
                    @for row in &rows {
                        tr {
                            td { a href=(entity_href(&row.name)) { (row.name) } }
                            td { (l.entity_type(&row.kind)) }
                            td.num { (row.articles) }
                            td.num { (row.mentions) }
                        }
                    }
                }
            }
        }
    };
    Ok(layout(l, l.entities_title, "", body))
}

/// `/entities/{name}`: when and by whom the name is mentioned, what it said, what was said about it, and
/// the articles whose text names it.
pub(crate) async fn entity(
    State(store): State<Arc<Store>>,
    Extension(language): Extension<Language>,
    name: Result<Path<String>, PathRejection>,
) -> Page {
    let l = language.labels();
    let name = params::entity_name(name)?;
    let (report, timeline) = fetch(&store, move |store| {
        let report = EntityReport::read(store, name)?;
        let timeline = Timeline::read(store, &report.name)?;
        Ok((report, timeline))
    })
    .await?;
    let body = html! {
        h1 { (report.name) }
        (timeline::section(l, &timeline))
        h2 { (l.entity_quotes) }
        @if report.quotes.is_empty() {
            p.muted { (l.no_quotes) }
        }
        (quote_list(l, &report.quotes))
        h2 { (l.entity_quotes_about) }
        @if report.quotes_about.is_empty() {
            p.muted { (l.no_quotes) }
        }
        (quote_list(l, &report.quotes_about))
        h2 { (l.entity_articles) }
        @if report.articles.is_empty() {
            p.muted { (l.no_results) }
        }
        (hit_list(l, &report.articles))
    };
    Ok(layout(l, &report.name, "", body))
}

/// `/outlets`: the outlets that published the articles, and those they were taken from.
pub(crate) async fn outlets(
    State(store): State<Arc<Store>>,
    Extension(language): Extension<Language>,
) -> Page {
    let l = language.labels();
    let outlets = fetch(&store, Outlets::read).await?;
    let table = |counts: &[OutletCount]| {
        html! {
            table {
                thead { tr { th { (l.col_outlet) } th.num { (l.col_articles) } } }
                tbody {
                    @for count in counts {
                        tr { td { (count.outlet) } td.num { (count.articles) } }
                    }
                }
            }
        }
    };
    let body = html! {
        h1 { (l.outlets_title) }
        h2 { (l.outlets_published) }
        @if outlets.published.is_empty() { p.muted { (l.no_articles) } }
        (table(&outlets.published))
        h2 { (l.outlets_original) }
        (table(&outlets.original))
    };
    Ok(layout(l, l.outlets_title, "", body))
}

/// The page shown for a failure, with the failure's status.
pub(crate) fn error_page(language: Language, status: StatusCode, message: &str) -> Markup {
    let l = language.labels();
    let body = html! {
        div.error {
            h1 { (status.as_u16()) " " (status.canonical_reason().unwrap_or(l.error_title)) }
            p { (message) }
            p { a href="/" { (l.nav_articles) } }
        }
    };
    layout(l, l.error_title, "", body)
}

/// The frame around every page: head, navigation with the search box, footer.
pub(crate) fn layout(l: &Labels, title: &str, search: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(l.language.code()) {
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
                            a href="/" { (l.nav_articles) }
                            a href="/stories" { (l.nav_stories) }
                            a href="/quotes" { (l.nav_quotes) }
                            a href="/entities" { (l.nav_entities) }
                            a href="/outlets" { (l.nav_outlets) }
                        }
                        nav.languages {
                            @for other in Language::ALL.into_iter().filter(|&other| other != l.language) {
                                a href=(format!("?lang={}", other.code())) lang=(other.code()) hreflang=(other.code()) {
                                    (other.labels().name)
                                }
                            }
                        }
                        form action="/search" method="get" role="search" {
                            input type="search" name="q" value=(search)
                                placeholder=(l.search_placeholder) aria-label=(l.search_placeholder)
                                maxlength=(params::MAX_QUERY_CHARS);
                            " " button type="submit" { (l.search_button) }
                        }
                    }
                }
                main { (body) }
                footer.site { (l.tagline) }
            }
        }
    }
}

/// Characters escaped in an id placed in a path: all but letters, digits and `-_~`, so an id with `/`, `?`
/// or `#` stays one path segment while ordinary ids stay readable.
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'~');

pub(crate) fn article_href(id: &str) -> String {
    format!("/articles/{}", utf8_percent_encode(id, PATH_SEGMENT))
}

pub(crate) fn entity_href(name: &str) -> String {
    format!("/entities/{}", utf8_percent_encode(name, PATH_SEGMENT))
}

fn quote_anchor(index: usize) -> String {
    format!("quote-{}", index + 1)
}

pub(crate) fn title_or_untitled<'t>(l: &'t Labels, title: Option<&'t str>) -> &'t str {
    title.filter(|t| !t.trim().is_empty()).unwrap_or(l.untitled)
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
pub(crate) fn date_part(timestamp: &str) -> &str {
    timestamp.split('T').next().unwrap_or(timestamp)
}
