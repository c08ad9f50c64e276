//! Stories and duplicates, in the API and on the pages: the story list, one story with its timeline, who
//! reported first, its outlets, names and voices, and for an article the other articles that repeat it
//! ("also published by …", and which came first).
//!
//! The store keeps which story each article joined; a story's summary is computed from its articles on each
//! request with [`warta_stories::summarize`], so it always reflects what the store holds.

use std::sync::Arc;

use axum::{
    extract::{
        rejection::{PathRejection, QueryRejection},
        Path, Query, State,
    },
    Extension, Json,
};
use maud::{html, Markup};
use serde::Serialize;
use utoipa::ToSchema;
use warta_model::Article;
use warta_store::{DuplicateRow, Store, StoreError, StoryRow};
use warta_stories::summary::{TimelineItem, TimelineKind};
use warta_stories::{summarize, StoryId, StorySummary};

use crate::{
    api::ErrorBody,
    error::{ApiError, Failure, PageError},
    fetch, fetch_found, labels,
    labels::{Labels, Language},
    pages::{article_href, date_part, entity_href, layout, title_or_untitled},
    params::{self, Paging},
    schema,
};

/// A page of the story list.
#[derive(Serialize, ToSchema)]
pub(crate) struct StoryList {
    offset: usize,
    limit: usize,
    /// Stories in the store.
    total: usize,
    #[schema(value_type = Vec<schema::StoryRow>)]
    stories: Vec<StoryRow>,
}

/// The articles that repeat an article, or that it repeats.
#[derive(Serialize, ToSchema)]
pub(crate) struct DuplicateList {
    article_id: String,
    #[schema(value_type = Vec<schema::DuplicateRow>)]
    duplicates: Vec<DuplicateRow>,
}

/// Stories, the most recently published first.
#[utoipa::path(get, path = "/api/stories", tag = "stories", params(Paging), responses(
    (status = 200, description = "A page of stories", body = StoryList),
    (status = 400, description = "Invalid parameters", body = ErrorBody, content_type = "application/problem+json"),
))]
pub(crate) async fn story_list(
    State(store): State<Arc<Store>>,
    query: Result<Query<Paging>, QueryRejection>,
) -> Result<Json<StoryList>, ApiError> {
    let paging = params::parsed(query)?;
    let (offset, limit) = (paging.offset(), paging.limit());
    let (total, stories) = fetch(&store, move |store| stories_from(store, offset, limit)).await?;
    Ok(Json(StoryList {
        offset,
        limit,
        total,
        stories,
    }))
}

/// One story: its articles by time with the first reporter marked, languages, outlets, names, voices and
/// timeline. The id of a story merged into another answers with the surviving story.
#[utoipa::path(get, path = "/api/stories/{story}", tag = "stories",
    params(("story" = String, Path, description = "The story id")),
    responses(
        (status = 200, description = "The story", body = schema::StorySummary),
        (status = 400, description = "Invalid id", body = ErrorBody, content_type = "application/problem+json"),
        (status = 404, description = "No story with this id", body = ErrorBody, content_type = "application/problem+json"),
    ))]
pub(crate) async fn story(
    State(store): State<Arc<Store>>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<StorySummary>, ApiError> {
    let id = params::article_id(id)?;
    Ok(Json(read_story(&store, id).await?))
}

/// The articles linked to this one as duplicates (exact, near or translated), in either direction, the
/// earliest first, each saying whether it came before this one.
#[utoipa::path(get, path = "/api/articles/{id}/duplicates", tag = "articles",
    params(("id" = String, Path, description = "The article id")),
    responses(
        (status = 200, description = "The linked articles", body = DuplicateList),
        (status = 400, description = "Invalid id", body = ErrorBody, content_type = "application/problem+json"),
        (status = 404, description = "No article with this id", body = ErrorBody, content_type = "application/problem+json"),
    ))]
pub(crate) async fn duplicates(
    State(store): State<Arc<Store>>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<DuplicateList>, ApiError> {
    let article_id = params::article_id(id)?;
    let key = article_id.clone();
    let duplicates = fetch_found(&store, labels::NO_SUCH_ARTICLE, move |store| {
        store
            .has_article(&key)?
            .then(|| store.duplicates_of(&key))
            .transpose()
    })
    .await?;
    Ok(Json(DuplicateList {
        article_id,
        duplicates,
    }))
}

/// How many stories the store holds, and the page of them from `offset`.
fn stories_from(
    store: &Store,
    offset: usize,
    limit: usize,
) -> Result<(usize, Vec<StoryRow>), StoreError> {
    Ok((store.count_stories()?, store.stories(offset, limit)?))
}

async fn read_story(store: &Arc<Store>, id: String) -> Result<StorySummary, Failure> {
    let (current, articles) =
        fetch_found(store, labels::NO_SUCH_STORY, move |store| store.story(&id)).await?;
    let members: Vec<&Article> = articles.iter().collect();
    Ok(summarize(&StoryId::from(current.as_str()), &members))
}

pub(crate) fn story_href(id: &str) -> String {
    // Story ids are `s-` and hex digits, but an id from a path is echoed back: encode it like any other.
    article_href(id).replacen("/articles/", "/stories/", 1)
}

/// `/stories`: the stories, the most recently published first.
pub(crate) async fn story_list_page(
    State(store): State<Arc<Store>>,
    Extension(language): Extension<Language>,
    query: Result<Query<Paging>, QueryRejection>,
) -> Result<Markup, PageError> {
    let l = language.labels();
    let paging = params::parsed(query)?;
    let (offset, limit) = (paging.offset(), paging.limit());
    let (total, rows) = fetch(&store, move |store| stories_from(store, offset, limit)).await?;
    let body = html! {
        h1 { (l.nav_stories) }
        @if rows.is_empty() {
            p.muted { (l.no_stories) }
        } @else {
            table {
                thead {
                    tr {
                        th { (l.col_title) }
                        th.num { (l.col_articles) }
                        th { (l.col_language) }
                        th { (l.col_span) }
                    }
                }
                tbody {
                    @for row in &rows {
                        tr {
                            td { a href=(story_href(&row.id)) { (title_or_untitled(l, row.title.as_deref())) } }
                            td.num { (row.articles) }
                            td { (row.languages.join(", ")) }
                            td.when { (span(row.first_published.as_deref(), row.last_published.as_deref())) }
                        }
                    }
                }
            }
        }
        nav.pager {
            span {
                @if offset > 0 {
                    a href=(format!("/stories?offset={}&limit={limit}", offset.saturating_sub(limit))) { (l.previous) }
                }
            }
            span {
                @if offset.saturating_add(rows.len()) < total {
                    a href=(format!("/stories?offset={}&limit={limit}", offset.saturating_add(limit))) { (l.next) }
                }
            }
        }
    };
    Ok(layout(l, l.nav_stories, "", body))
}

/// "2024-05-30 – 2024-06-01", or one date when both are the same day.
fn span(first: Option<&str>, last: Option<&str>) -> String {
    match (first.map(date_part), last.map(date_part)) {
        (Some(first), Some(last)) if first != last => format!("{first} – {last}"),
        (Some(day), _) | (None, Some(day)) => day.to_string(),
        (None, None) => String::new(),
    }
}

/// `/stories/{story}`: one story with its timeline drawn.
pub(crate) async fn story_page(
    State(store): State<Arc<Store>>,
    Extension(language): Extension<Language>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Markup, PageError> {
    let l = language.labels();
    let id = params::article_id(id)?;
    let story = read_story(&store, id).await?;
    let title = title_or_untitled(l, story.title.as_deref());
    Ok(layout(l, title, "", story_view(l, &story)))
}

fn story_view(l: &Labels, story: &StorySummary) -> Markup {
    let headline = |article: &str| {
        story
            .articles
            .iter()
            .find(|a| a.id == article)
            .and_then(|a| a.title.as_deref())
    };
    let first = story.articles.iter().find(|a| a.first);
    let languages: Vec<&str> = story.languages.iter().map(|t| t.name.as_str()).collect();
    let when = span(
        story.first_published.map(|d| d.to_rfc3339()).as_deref(),
        story.last_published.map(|d| d.to_rfc3339()).as_deref(),
    );
    // The timeline, one entry per day: what was published and what was said that day.
    let mut days: Vec<(&str, Vec<&TimelineItem>)> = Vec::new();
    for item in &story.timeline {
        match days.last_mut() {
            Some((day, items)) if *day == item.date => items.push(item),
            _ => days.push((item.date.as_str(), vec![item])),
        }
    }
    // Undated articles have no place on the time axis, but belong to the story's record: listed at the end.
    let undated: Vec<_> = story
        .articles
        .iter()
        .filter(|a| a.published.is_none())
        .collect();
    html! {
        article.story {
            h1 { (title_or_untitled(l, story.title.as_deref())) }
            p.summary {
                (l.article_count(story.articles.len()))
                @if !when.is_empty() { " · " (when) }
                @if !languages.is_empty() { " · " (languages.join(", ")) }
            }
            @if let Some(first) = first {
                p {
                    (l.story_first_by) ": "
                    strong { (first.outlet.as_deref().or(first.original_outlet.as_deref()).unwrap_or(l.unknown)) }
                    " — " a href=(article_href(&first.id)) { (title_or_untitled(l, first.title.as_deref())) }
                }
            }
            h2 { (l.story_timeline) }
            ol.timeline {
                @for (day, items) in &days {
                    li {
                        time.day datetime=(day) { (day) }
                        ul {
                            @for item in items {
                                li class=(match item.kind { TimelineKind::Published => "published", TimelineKind::Quote => "quote" }) {
                                    @match item.kind {
                                        TimelineKind::Published => {
                                            span.tag { (l.timeline_published) } " "
                                            a href=(article_href(&item.article)) { (item.text) }
                                        }
                                        TimelineKind::Quote => {
                                            strong { (item.speaker.as_deref().unwrap_or(l.unknown)) } " "
                                            span.tag { (l.timeline_said) } " "
                                            q { (item.text) } " "
                                            a.muted href=(article_href(&item.article)) title=[headline(&item.article)] { "↗" }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                @if !undated.is_empty() {
                    li.undated {
                        span.day { (l.timeline_undated) }
                        ul {
                            @for article in &undated {
                                li.published {
                                    @if let Some(outlet) = article.outlet.as_deref().or(article.original_outlet.as_deref()) {
                                        span.tag { (outlet) } " "
                                    }
                                    a href=(article_href(&article.id)) { (title_or_untitled(l, article.title.as_deref())) }
                                }
                            }
                        }
                    }
                }
            }
            h2 { (l.story_articles) }
            table {
                thead {
                    tr {
                        th { (l.col_date) }
                        th { (l.col_title) }
                        th { (l.col_outlet) }
                        th { (l.col_language) }
                    }
                }
                tbody {
                    @for article in &story.articles {
                        tr {
                            td.when { (article.published.map(|d| d.format("%Y-%m-%d %H:%M").to_string()).unwrap_or_default()) }
                            td {
                                a href=(article_href(&article.id)) { (title_or_untitled(l, article.title.as_deref())) }
                                @if article.first { " " span.first { (l.story_first) } }
                            }
                            td { (article.outlet.as_deref().unwrap_or("")) }
                            td { (article.lang.as_deref().unwrap_or("")) }
                        }
                    }
                }
            }
            @if !story.voices.is_empty() {
                h2 { (l.story_voices) }
                @for voice in &story.voices {
                    h3 { (voice.speaker) }
                    ol.quotes {
                        @for quote in &voice.quotes {
                            li {
                                blockquote { (quote.content) }
                                div.attribution {
                                    span.tag { (l.quote_kind(quote.kind)) }
                                    @if let Some(via) = &quote.via { " · " span.tag { (l.quote_via) ": " } (via) }
                                    @if let Some(day) = &quote.said_on { " · " (day) }
                                    " · " a href=(article_href(&quote.article)) { (title_or_untitled(l, headline(&quote.article))) }
                                }
                            }
                        }
                    }
                }
            }
            @if !story.entities.is_empty() {
                h2 { (l.nav_entities) }
                ul.entities {
                    @for entity in &story.entities {
                        li {
                            a href=(entity_href(&entity.name)) { (entity.name) }
                            " " span.muted { "· " (l.article_count(entity.articles)) }
                        }
                    }
                }
            }
            @if !story.outlets.is_empty() {
                h2 { (l.outlets_title) }
                table {
                    thead {
                        tr { th { (l.col_outlet) } th.num { (l.outlets_published) } th.num { (l.outlets_original) } }
                    }
                    tbody {
                        @for outlet in &story.outlets {
                            tr { td { (outlet.name) } td.num { (outlet.published) } td.num { (outlet.original_of) } }
                        }
                    }
                }
            }
        }
    }
}

/// What the article page shows about the article's story and duplicates.
pub(crate) struct ArticleLinks {
    story: Option<String>,
    duplicates: Vec<DuplicateRow>,
}

impl ArticleLinks {
    pub(crate) fn read(store: &Store, article_id: &str) -> Result<ArticleLinks, StoreError> {
        Ok(ArticleLinks {
            story: store.story_of(article_id)?,
            duplicates: store.duplicates_of(article_id)?,
        })
    }

    /// The story link, as lines of the article's metadata list.
    pub(crate) fn story_meta(&self, l: &Labels) -> Markup {
        html! {
            @if let Some(story) = &self.story {
                dt { (l.meta_story) } dd { a href=(story_href(story)) { (l.see_story) } }
            }
        }
    }

    /// "Also published by …": the linked articles, the earliest first, each saying whether it came first.
    pub(crate) fn also_published(&self, l: &Labels) -> Markup {
        html! {
            @if !self.duplicates.is_empty() {
                section.also {
                    h2 { (l.also_published) }
                    ul {
                        @for row in &self.duplicates {
                            li {
                                strong { (row.outlet.as_deref().unwrap_or(&row.source)) } " — "
                                a href=(article_href(&row.id)) { (title_or_untitled(l, row.title.as_deref())) }
                                " " span.muted {
                                    "(" (l.duplicate_kind(row.kind))
                                    @if let Some(published) = &row.published { ", " (date_part(published)) }
                                    ")"
                                }
                                " " @if row.came_first { span.first { (l.came_first) } } @else { span.tag { (l.came_later) } }
                            }
                        }
                    }
                }
            }
        }
    }
}
