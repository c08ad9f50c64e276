//! Search for both faces of the server: turning `?q=&lang=…` into a [`SearchRequest`], and the search
//! page, whose facet lists, sort switch and pages are plain links that add or remove one parameter.

use std::sync::Arc;

use axum::{
    extract::{rejection::QueryRejection, Query, State},
    Extension,
};
use chrono::NaiveTime;
use maud::{html, Markup};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use warta_store::{SearchRequest, SearchResults, Store, MAX_SEARCH_WINDOW};

use crate::{
    error::{Failure, PageError},
    fetch,
    labels::{self, Labels, Language},
    pages,
    params::{self, SearchParams, SortOrder},
};

/// Characters escaped in a query-string value: all but letters, digits and `-_.~`.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// The longest filter value accepted: names and ids are far shorter.
const MAX_FILTER_CHARS: usize = 200;

/// The store's request for these parameters; `None` when they ask for nothing (no words, no filter).
pub(crate) fn request(search: &SearchParams) -> Result<Option<SearchRequest>, Failure> {
    let filter = |value: Option<&String>, what| bounded(value.map(String::as_str), what);
    let request = SearchRequest {
        query: params::search_query(search.q.as_deref())?.unwrap_or_default(),
        lang: filter(
            search.lang.as_ref().or(search.language.as_ref()),
            "language",
        )?,
        outlet: filter(search.outlet.as_ref(), "outlet")?,
        original_outlet: filter(search.original_outlet.as_ref(), "original outlet")?,
        entity: filter(search.entity.as_ref(), "entity")?,
        speaker: filter(search.speaker.as_ref(), "speaker")?,
        story: filter(search.story.as_ref(), "story")?,
        from: params::instant(search.from.as_deref(), "from", NaiveTime::MIN)?,
        to: params::instant(search.to.as_deref(), "to", params::end_of_day())?,
        sort: search.sort.unwrap_or_default().into(),
        offset: search.offset.unwrap_or(0).min(MAX_SEARCH_WINDOW),
        limit: params::clamp_limit(search.limit),
    };
    let unfiltered = SearchRequest {
        sort: request.sort,
        offset: request.offset,
        limit: request.limit,
        ..SearchRequest::new("", request.limit)
    };
    Ok((request != unfiltered).then_some(request))
}

fn bounded(value: Option<&str>, what: &str) -> Result<Option<String>, Failure> {
    let value = value.map(str::trim).unwrap_or("");
    if value.chars().count() > MAX_FILTER_CHARS {
        return Err(Failure::BadRequest(labels::too_long(
            what,
            MAX_FILTER_CHARS,
        )));
    }
    Ok((!value.is_empty()).then(|| value.to_string()))
}

/// The words of the search page, in one language.
struct SearchLabels {
    results: fn(usize) -> String,
    sort_by: &'static str,
    relevance: &'static str,
    newest: &'static str,
    remove: &'static str,
    filters: &'static str,
    /// Facet headings: language, outlet, original outlet, entity, speaker, story.
    facets: [&'static str; 6],
}

const ENGLISH: SearchLabels = SearchLabels {
    results: |n| format!("{n} {}", if n == 1 { "result" } else { "results" }),
    sort_by: "Sort by",
    relevance: "relevance",
    newest: "newest",
    remove: "remove filter",
    filters: "Narrow down",
    facets: [
        "Language",
        "Outlet",
        "Original outlet",
        "Names",
        "Speakers",
        "Stories",
    ],
};

const INDONESIAN: SearchLabels = SearchLabels {
    results: |n| format!("{n} hasil"),
    sort_by: "Urutkan",
    relevance: "relevansi",
    newest: "terbaru",
    remove: "hapus filter",
    filters: "Persempit",
    facets: [
        "Bahasa",
        "Media",
        "Media asal",
        "Nama",
        "Narasumber",
        "Peristiwa",
    ],
};

fn search_labels(l: &Labels) -> &'static SearchLabels {
    match l.language {
        Language::Indonesian => &INDONESIAN,
        Language::English => &ENGLISH,
    }
}

/// The filter parameters, in the order of [`SearchLabels::facets`], as (name, value) of `search`.
fn filters(search: &mut SearchParams) -> [(&'static str, &mut Option<String>); 6] {
    [
        // `lang` picks the interface language on pages.
        ("language", &mut search.language),
        ("outlet", &mut search.outlet),
        ("original_outlet", &mut search.original_outlet),
        ("entity", &mut search.entity),
        ("speaker", &mut search.speaker),
        ("story", &mut search.story),
    ]
}

/// The search page's address for `search`, back at the first page unless `offset` says otherwise.
fn href(search: &SearchParams) -> String {
    let mut search = search.clone();
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(q) = &search.q {
        pairs.push(("q", q.clone()));
    }
    for (name, value) in filters(&mut search) {
        if let Some(value) = value {
            pairs.push((name, value.clone()));
        }
    }
    let rest = [
        ("from", search.from.clone()),
        ("to", search.to.clone()),
        (
            "sort",
            (search.sort == Some(SortOrder::Date)).then(|| "date".to_string()),
        ),
        (
            "offset",
            search.offset.filter(|&n| n > 0).map(|n| n.to_string()),
        ),
        ("limit", search.limit.map(|n| n.to_string())),
    ];
    pairs.extend(
        rest.into_iter()
            .filter_map(|(name, value)| Some((name, value?))),
    );
    let query: Vec<String> = pairs
        .iter()
        .map(|(name, value)| format!("{name}={}", utf8_percent_encode(value, QUERY_VALUE)))
        .collect();
    format!("/search?{}", query.join("&"))
}

/// `/search?q=&…`: hits with snippets, the facets of all matches as links that narrow the search, active
/// filters with a link removing each, a sort switch and pages. Without words or filters, just the box.
pub(crate) async fn page(
    State(store): State<Arc<Store>>,
    Extension(language): Extension<Language>,
    query: Result<Query<SearchParams>, QueryRejection>,
) -> Result<Markup, PageError> {
    let l = language.labels();
    let s = search_labels(l);
    let mut search = params::parsed(query)?;
    search.lang = None;
    let results = match request(&search)? {
        Some(request) => Some((
            request.offset,
            request.limit,
            fetch(&store, move |store| store.search_with(&request)).await?,
        )),
        None => None,
    };
    let q = search.q.clone().unwrap_or_default();
    let at_first_page = SearchParams {
        offset: None,
        ..search.clone()
    };
    let body = html! {
        h1 { (l.search_title) @if !q.trim().is_empty() { ": " (q) } }
        @if let Some((offset, limit, results)) = &results {
            p.summary {
                ((s.results)(results.total)) " · " (s.sort_by) ": "
                @for (order, name) in [(SortOrder::Relevance, s.relevance), (SortOrder::Date, s.newest)] {
                    @if search.sort.unwrap_or_default() == order {
                        strong { (name) }
                    } @else {
                        a href=(href(&SearchParams { sort: Some(order), ..at_first_page.clone() })) { (name) }
                    }
                    " "
                }
            }
            (active_filters(s, &at_first_page))
            @if results.hits.is_empty() {
                p.muted { (l.no_results) }
            }
            div.search-results {
                div { (pages::hit_list(l, &results.hits)) (pager(l, &search, *offset, *limit, results)) }
                (facet_lists(s, &at_first_page, results))
            }
        }
    };
    Ok(pages::layout(l, l.search_title, &q, body))
}

/// The filters in force, each with a link that removes it.
fn active_filters(s: &SearchLabels, search: &SearchParams) -> Markup {
    let mut links = Vec::new();
    for index in 0..6 {
        let mut without = search.clone();
        let taken = filters(&mut without)
            .into_iter()
            .nth(index)
            .and_then(|(_, slot)| slot.take());
        let Some(value) = taken else {
            continue;
        };
        links.push((s.facets[index], value, href(&without)));
    }
    html! {
        @if !links.is_empty() {
            ul.filters {
                @for (facet, value, without) in &links {
                    li { (facet) ": " strong { (value) } " " a href=(without) title=(s.remove) { "×" } }
                }
            }
        }
    }
}

/// For each facet, its values among the matches with their counts, each a link adding it as a filter.
fn facet_lists(s: &SearchLabels, search: &SearchParams, results: &SearchResults) -> Markup {
    let facets = &results.facets;
    let counts = [
        &facets.langs,
        &facets.outlets,
        &facets.original_outlets,
        &facets.entities,
        &facets.speakers,
        &facets.stories,
    ];
    html! {
        aside.facets aria-label=(s.filters) {
            @for (index, values) in counts.into_iter().enumerate() {
                @if !values.is_empty() {
                    h2 { (s.facets[index]) }
                    ul {
                        @for (value, count) in values {
                            li {
                                a href=(with_filter(search, index, value)) { (value) }
                                " " span.muted { (count) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn with_filter(search: &SearchParams, index: usize, value: &str) -> String {
    let mut with = search.clone();
    if let Some((_, slot)) = filters(&mut with).into_iter().nth(index) {
        *slot = Some(value.to_string());
    }
    href(&with)
}

/// Links to the previous and next page of hits.
fn pager(
    l: &Labels,
    search: &SearchParams,
    offset: usize,
    limit: usize,
    results: &SearchResults,
) -> Markup {
    let at = |offset: usize| {
        href(&SearchParams {
            offset: Some(offset),
            ..search.clone()
        })
    };
    let has_next = offset.saturating_add(limit) < results.total.min(MAX_SEARCH_WINDOW);
    html! {
        nav.pager {
            @if offset > 0 {
                a href=(at(offset.saturating_sub(limit))) { (l.previous) } " "
            }
            @if has_next {
                a href=(at(offset.saturating_add(limit))) { (l.next) }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use axum::http::StatusCode;

    use super::*;

    #[test]
    fn parameters_become_a_request() {
        let search = SearchParams {
            q: Some(" serangan ".to_string()),
            lang: Some("id".to_string()),
            from: Some("2024-03-05".to_string()),
            to: Some("2024-03-06".to_string()),
            sort: Some(SortOrder::Date),
            offset: Some(20),
            ..SearchParams::default()
        };
        let request = request(&search).unwrap().unwrap();
        assert_eq!(request.query, "serangan");
        assert_eq!(request.lang.as_deref(), Some("id"));
        assert_eq!(
            request.from.unwrap().to_rfc3339(),
            "2024-03-05T00:00:00+00:00"
        );
        assert_eq!(
            request.to.unwrap().to_rfc3339(),
            "2024-03-06T23:59:59+00:00"
        );
        assert_eq!(request.sort, warta_store::SearchSort::Date);
        assert_eq!((request.offset, request.limit), (20, params::DEFAULT_LIMIT));

        // Nothing asked: no request. A bad date or an overlong filter: an error.
        assert!(request_of(SearchParams::default()).unwrap().is_none());
        let bad_date = SearchParams {
            from: Some("kemarin".to_string()),
            ..SearchParams::default()
        };
        assert!(request_of(bad_date).is_err());
        let long = SearchParams {
            entity: Some("x".repeat(MAX_FILTER_CHARS + 1)),
            ..SearchParams::default()
        };
        assert!(request_of(long).is_err());
    }

    fn request_of(search: SearchParams) -> Result<Option<SearchRequest>, Failure> {
        request(&search)
    }

    #[test]
    fn links_add_and_remove_one_parameter() {
        let search = SearchParams {
            q: Some("harga beras".to_string()),
            outlet: Some("Kompas".to_string()),
            ..SearchParams::default()
        };
        assert_eq!(href(&search), "/search?q=harga%20beras&outlet=Kompas");
        assert_eq!(
            with_filter(&search, 3, "Joko Widodo"),
            "/search?q=harga%20beras&outlet=Kompas&entity=Joko%20Widodo"
        );
    }

    #[tokio::test]
    async fn the_api_filters_counts_sorts_and_pages() {
        use crate::tests::{app, get, STORY_ID};
        let (_dir, app) = app();
        let story = format!("/api/search?story={STORY_ID}");
        // (request, total); only the first of the two articles names Widodo in its body.
        let cases = [
            ("/api/search?entity=Joko%20Widodo", 2),
            ("/api/search?q=widodo&outlet=Warta%20Harian&lang=id", 1),
            ("/api/search?q=widodo&outlet=Nobody", 0),
            ("/api/search?q=widodo&original_outlet=Reuters", 1),
            ("/api/search?speaker=Joko%20Widodo&sort=date", 2),
            (story.as_str(), 2),
            ("/api/search?lang=id&from=2024-03-02", 0),
            ("/api/search?lang=id&to=2024-03-01", 2),
            ("/api/search?q=%22kata%20Joko%22", 1),
            ("/api/search?q=%22Joko%20kata%22", 0),
        ];
        for (uri, total) in cases {
            let answer = get(&app, uri).await.json();
            assert_eq!(answer["total"], total, "{uri}: {answer}");
        }
        let page = get(&app, "/api/search?lang=id&offset=1&limit=1")
            .await
            .json();
        assert_eq!(page["total"], 2, "{page}");
        assert_eq!(page["hits"].as_array().map(Vec::len), Some(1), "{page}");
        assert_eq!(page["facets"]["entities"][0][0], "Joko Widodo", "{page}");
        assert_eq!(page["facets"]["entities"][0][1], 2, "{page}");
        assert_eq!(page["facets"]["stories"][0][0], STORY_ID, "{page}");
        for bad in ["/api/search?lang=id&from=kemarin", "/api/search?sort=best"] {
            let status = get(&app, bad).await.status;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{bad}");
        }
    }

    #[tokio::test]
    async fn the_page_links_facets_filters_sort_and_pages() {
        use crate::tests::{app, get};
        let (_dir, app) = app();
        // `lang` picks the interface language here, it does not filter.
        let page = get(&app, "/search?outlet=Warta%20Harian&limit=1&lang=en")
            .await
            .body;
        for expected in [
            "2 results",
            // The active filter, with a link that removes it.
            "href=\"/search?limit=1\"",
            // Facet values adding a filter (the page goes back to its start).
            "href=\"/search?outlet=Warta%20Harian&amp;entity=Joko%20Widodo&amp;limit=1\"",
            "href=\"/search?language=id&amp;outlet=Warta%20Harian&amp;limit=1\"",
            "href=\"/search?outlet=Warta%20Harian&amp;story=s-0123456789ab&amp;limit=1\"",
            // The sort switch and the next page.
            "href=\"/search?outlet=Warta%20Harian&amp;sort=date&amp;limit=1\"",
            "href=\"/search?outlet=Warta%20Harian&amp;offset=1&amp;limit=1\"",
        ] {
            assert!(page.contains(expected), "{expected} in {page}");
        }
        let page = get(&app, "/search?q=widodo&lang=id").await.body;
        assert!(page.contains("1 hasil"), "{page}");
    }
}
