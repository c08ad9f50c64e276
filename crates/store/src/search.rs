//! Searching: words, filters, facets, sorting and pages.
//!
//! A [`SearchRequest`] names the words to look for and narrows the matches by language, outlet, original
//! outlet, entity, speaker, story and publication dates. The index answers with one page of hits, the
//! number of matches in all, and [`Facets`]: for each of those dimensions, its most frequent values among
//! the matches, so a reader can see what the results are made of and narrow them further.
//!
//! Stories merge as ingest learns more. The index keeps the story an article joined when it was indexed;
//! a story filter therefore asks for the story and every story merged into it, and the story facet
//! counts merged stories under the story they became.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};

use crate::{SearchHit, Store, StoreError};

/// The most hits one request may skip plus ask for: paging deeper than this is not reading, it is
/// exporting, and the cost of ranking grows with it.
pub const MAX_SEARCH_WINDOW: usize = 10_000;

/// How the hits are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SearchSort {
    /// Best match first.
    #[default]
    Relevance,
    /// Newest first by publication time; undated articles last.
    Date,
}

/// What to search for. Every filter that is set must hold; values are matched exactly as stored (as the
/// facets list them).
#[derive(Clone, Debug, PartialEq)]
pub struct SearchRequest {
    /// Words, `"a phrase"`, `+required`, `-excluded`; empty matches every article.
    pub query: String,
    /// Language code, as `Article::lang`.
    pub lang: Option<String>,
    pub outlet: Option<String>,
    pub original_outlet: Option<String>,
    /// An entity's canonical name.
    pub entity: Option<String>,
    /// A speaker's resolved name, or the phrase naming them as written.
    pub speaker: Option<String>,
    /// A story id; the id of a story since merged into another still works.
    pub story: Option<String>,
    /// Published at or after.
    pub from: Option<DateTime<Utc>>,
    /// Published at or before.
    pub to: Option<DateTime<Utc>>,
    pub sort: SearchSort,
    /// Hits to skip.
    pub offset: usize,
    /// Hits to return.
    pub limit: usize,
}

impl SearchRequest {
    /// The first `limit` hits for `query`, best first, unfiltered.
    pub fn new(query: &str, limit: usize) -> SearchRequest {
        SearchRequest {
            query: query.to_string(),
            lang: None,
            outlet: None,
            original_outlet: None,
            entity: None,
            speaker: None,
            story: None,
            from: None,
            to: None,
            sort: SearchSort::Relevance,
            offset: 0,
            limit,
        }
    }
}

/// A page of hits, how many articles matched in all, and what they are made of.
#[derive(Clone, Debug, serde::Serialize)]
pub struct SearchResults {
    /// Articles matching the request, over all pages.
    pub total: usize,
    pub hits: Vec<SearchHit>,
    pub facets: Facets,
}

/// For each dimension a search can be narrowed by, its most frequent values among all matches (not only
/// the page shown) as `(value, articles)` pairs, most first.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Facets {
    pub langs: Vec<(String, usize)>,
    pub outlets: Vec<(String, usize)>,
    pub original_outlets: Vec<(String, usize)>,
    pub entities: Vec<(String, usize)>,
    pub speakers: Vec<(String, usize)>,
    pub stories: Vec<(String, usize)>,
}

impl Store {
    /// Searches with filters, sorting and paging; see [`SearchRequest`]. Hits SQLite does not hold (indexed
    /// by a batch that crashed before its SQLite commit) are left out of the page.
    pub fn search_with(&self, request: &SearchRequest) -> Result<SearchResults, StoreError> {
        let mut request = request.clone();
        request.offset = request.offset.min(MAX_SEARCH_WINDOW);
        request.limit = request.limit.min(MAX_SEARCH_WINDOW - request.offset);
        let stories = match &request.story {
            Some(story) => self.story_and_merged(story)?,
            None => Vec::new(),
        };
        let (found, highlighter) = self.index.search(&request, &stories)?;
        let conn = self.reader();
        let mut statement = conn.prepare_cached(
            "SELECT title, text, published, lang, outlet FROM articles WHERE id = ?1",
        )?;
        let mut hits = Vec::with_capacity(found.hits.len());
        for hit in found.hits {
            let article = statement
                .query_row([&hit.id], |row| {
                    Ok((
                        row.get::<_, Option<String>>(0)?,
                        row.get::<_, String>(1)?,
                        row.get(2)?,
                        row.get(3)?,
                        row.get(4)?,
                    ))
                })
                .optional()?;
            let Some((title, text, published, lang, outlet)) = article else {
                continue;
            };
            hits.push(SearchHit {
                snippet: highlighter.snippet(&text),
                id: hit.id,
                title,
                published,
                lang,
                outlet,
                score: hit.score,
            });
        }
        let mut facets = found.facets;
        facets.stories = merge_aliases(&conn, facets.stories)?;
        Ok(SearchResults {
            total: found.total,
            hits,
            facets,
        })
    }

    /// The story `story` is now (itself, or the one it was merged into) and every story merged into that.
    fn story_and_merged(&self, story: &str) -> Result<Vec<String>, StoreError> {
        let conn = self.reader();
        let survivor = survivor(&conn, story)?;
        let mut statement =
            conn.prepare_cached("SELECT alias FROM story_aliases WHERE story_id = ?1")?;
        let mut stories: Vec<String> = statement
            .query_map(params![survivor], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        stories.push(survivor);
        Ok(stories)
    }
}

/// The story `story` was merged into, or itself. Merges keep aliases pointing at the final survivor.
fn survivor(conn: &rusqlite::Connection, story: &str) -> Result<String, StoreError> {
    let merged_into: Option<String> = conn
        .query_row(
            "SELECT story_id FROM story_aliases WHERE alias = ?1",
            [story],
            |row| row.get(0),
        )
        .optional()?;
    Ok(merged_into.unwrap_or_else(|| story.to_string()))
}

/// Story counts with merged stories counted under their survivor, most first.
fn merge_aliases(
    conn: &rusqlite::Connection,
    counts: Vec<(String, usize)>,
) -> Result<Vec<(String, usize)>, StoreError> {
    let mut merged: Vec<(String, usize)> = Vec::with_capacity(counts.len());
    for (story, count) in counts {
        let story = survivor(conn, &story)?;
        match merged.iter_mut().find(|(known, _)| *known == story) {
            Some((_, total)) => *total += count,
            None => merged.push((story, count)),
        }
    }
    merged.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(merged)
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::tests::linked_corpus;
    use crate::StoryChanges;

    /// The linked corpus (stories "s-harbour": articles 0 and 1, "s-flood": article 2), the third article
    /// credited to an original outlet.
    fn store(dir: &std::path::Path) -> (Store, Vec<String>) {
        let store = Store::open(dir).unwrap();
        let mut items = linked_corpus();
        items[2].article.original_outlet = Some("Antara".to_string());
        store.put_items(&items, &StoryChanges::default()).unwrap();
        let ids = items.iter().map(|item| item.article.id.clone()).collect();
        (store, ids)
    }

    /// Which articles (by their number in the corpus) `request` finds, in order.
    fn found(store: &Store, ids: &[String], request: &SearchRequest) -> Vec<usize> {
        let results = store.search_with(request).unwrap();
        results
            .hits
            .iter()
            .filter_map(|hit| ids.iter().position(|id| *id == hit.id))
            .collect()
    }

    /// [`found`] in corpus order, for requests whose hits all score alike.
    fn found_sorted(store: &Store, ids: &[String], request: &SearchRequest) -> Vec<usize> {
        let mut found = found(store, ids, request);
        found.sort_unstable();
        found
    }

    fn on(year: i32, month: u32, day: u32) -> Option<DateTime<Utc>> {
        Utc.with_ymd_and_hms(year, month, day, 0, 0, 0).single()
    }

    #[test]
    fn each_filter_narrows_the_matches() {
        let dir = tempfile::tempdir().unwrap();
        let (store, ids) = store(dir.path());
        let all = SearchRequest::new("", 10);
        let text = |value: &str| Some(value.to_string());
        // (request, articles found, in corpus order)
        let cases: Vec<(SearchRequest, Vec<usize>)> = vec![
            (all.clone(), vec![0, 1, 2]),
            (
                SearchRequest {
                    lang: text("id"),
                    ..all.clone()
                },
                vec![0, 2],
            ),
            (
                SearchRequest {
                    lang: text("en"),
                    ..all.clone()
                },
                vec![1],
            ),
            (
                SearchRequest {
                    outlet: text("Contoh News"),
                    ..all.clone()
                },
                vec![0, 1, 2],
            ),
            (
                SearchRequest {
                    outlet: text("contoh news"),
                    ..all.clone()
                },
                vec![],
            ),
            (
                SearchRequest {
                    original_outlet: text("Antara"),
                    ..all.clone()
                },
                vec![2],
            ),
            (
                SearchRequest {
                    entity: text("Surabaya"),
                    ..all.clone()
                },
                vec![0],
            ),
            // A speaker by resolved name, and by the phrase as written.
            (
                SearchRequest {
                    speaker: text("Prabowo Subianto"),
                    ..all.clone()
                },
                vec![0],
            ),
            (
                SearchRequest {
                    speaker: text("gubernur"),
                    ..all.clone()
                },
                vec![2],
            ),
            (
                SearchRequest {
                    story: text("s-harbour"),
                    ..all.clone()
                },
                vec![0, 1],
            ),
            (
                SearchRequest {
                    story: text("s-none"),
                    ..all.clone()
                },
                vec![],
            ),
            // Published 2024-03-04 02:00, 03-05 10:00 and 03-06 01:00 UTC.
            (
                SearchRequest {
                    from: on(2024, 3, 5),
                    ..all.clone()
                },
                vec![1, 2],
            ),
            (
                SearchRequest {
                    to: on(2024, 3, 5),
                    ..all.clone()
                },
                vec![0],
            ),
            (
                SearchRequest {
                    from: on(2024, 3, 5),
                    to: on(2024, 3, 6),
                    ..all.clone()
                },
                vec![1],
            ),
            // Filters and words together.
            (
                SearchRequest {
                    lang: text("id"),
                    ..SearchRequest::new("pelabuhan", 10)
                },
                vec![0],
            ),
            (
                SearchRequest {
                    lang: text("en"),
                    ..SearchRequest::new("pelabuhan", 10)
                },
                vec![],
            ),
        ];
        for (request, expected) in cases {
            assert_eq!(
                found_sorted(&store, &ids, &request),
                expected,
                "{request:?}"
            );
            let total = store.search_with(&request).unwrap().total;
            assert_eq!(total, expected.len(), "{request:?}");
        }
    }

    #[test]
    fn facets_count_every_match() {
        let dir = tempfile::tempdir().unwrap();
        let (store, _) = store(dir.path());
        let pairs = |pairs: &[(&str, usize)]| -> Vec<(String, usize)> {
            pairs
                .iter()
                .map(|&(value, n)| (value.to_string(), n))
                .collect()
        };
        // Counted over all matches, not only the page shown.
        let facets = store
            .search_with(&SearchRequest::new("", 1))
            .unwrap()
            .facets;
        assert_eq!(
            facets,
            Facets {
                langs: pairs(&[("id", 2), ("en", 1)]),
                outlets: pairs(&[("Contoh News", 3)]),
                original_outlets: pairs(&[("Antara", 1)]),
                entities: pairs(&[("Prabowo Subianto", 1), ("Surabaya", 1)]),
                speakers: pairs(&[("Prabowo Subianto", 1), ("gubernur", 1)]),
                stories: pairs(&[("s-harbour", 2), ("s-flood", 1)]),
            }
        );
        let facets = store
            .search_with(&SearchRequest::new("pelabuhan OR banjir", 10))
            .unwrap()
            .facets;
        assert_eq!(facets.langs, pairs(&[("id", 2)]));
        assert_eq!(facets.stories, pairs(&[("s-flood", 1), ("s-harbour", 1)]));
    }

    #[test]
    fn phrases_match_words_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let (store, ids) = store(dir.path());
        let cases: &[(&str, &[usize])] = &[
            ("\"pelabuhan di Surabaya\"", &[0]),
            // The phrase's words are stemmed like the text's.
            ("\"meninjau pelabuhan\"", &[0]),
            ("\"Surabaya di pelabuhan\"", &[]),
            ("\"expansion of the harbour\"", &[1]),
            ("\"harbour expansion\"", &[1]),
            ("\"expansion harbour\"", &[]),
            // An unclosed quote is read leniently rather than failing.
            ("\"banjir sudah", &[2]),
        ];
        for (query, expected) in cases {
            let request = SearchRequest::new(query, 10);
            assert_eq!(found(&store, &ids, &request), *expected, "{query}");
        }
    }

    #[test]
    fn date_sort_puts_the_newest_first_and_pages_keep_the_total() {
        let dir = tempfile::tempdir().unwrap();
        let (store, ids) = store(dir.path());
        let by_date = SearchRequest {
            sort: SearchSort::Date,
            ..SearchRequest::new("", 10)
        };
        assert_eq!(found(&store, &ids, &by_date), [2, 1, 0]);
        // (offset, limit, articles on the page)
        let pages: &[(usize, usize, &[usize])] = &[
            (0, 2, &[2, 1]),
            (2, 2, &[0]),
            (1, 1, &[1]),
            (3, 2, &[]),
            (0, 0, &[]),
        ];
        for &(offset, limit, expected) in pages {
            let request = SearchRequest {
                offset,
                limit,
                ..by_date.clone()
            };
            let results = store.search_with(&request).unwrap();
            assert_eq!(found(&store, &ids, &request), expected, "{offset} {limit}");
            assert_eq!(results.total, 3, "{offset} {limit}");
        }
        let hits = store.search_with(&by_date).unwrap().hits;
        assert_eq!(
            hits[0].published.as_deref(),
            Some("2024-03-06T08:00:00+07:00")
        );
        assert_eq!(hits[0].lang.as_deref(), Some("id"));
    }

    #[test]
    fn a_merged_story_answers_under_both_ids() {
        let dir = tempfile::tempdir().unwrap();
        let (store, ids) = store(dir.path());
        let merge = StoryChanges {
            merged: vec![("s-flood".to_string(), "s-harbour".to_string())],
            clusterer_state: None,
        };
        store.put_items(&[], &merge).unwrap();
        for story in ["s-flood", "s-harbour"] {
            let request = SearchRequest {
                story: Some(story.to_string()),
                ..SearchRequest::new("", 10)
            };
            assert_eq!(found_sorted(&store, &ids, &request), [0, 1, 2], "{story}");
        }
        let facets = store
            .search_with(&SearchRequest::new("", 10))
            .unwrap()
            .facets;
        assert_eq!(facets.stories, [("s-harbour".to_string(), 3)]);
    }

    #[test]
    fn a_rebuilt_index_filters_like_the_original() {
        let dir = tempfile::tempdir().unwrap();
        let (store, ids) = store(dir.path());
        let all = SearchRequest::new("", 10);
        let before = store.search_with(&all).unwrap().facets;
        assert_eq!(store.reindex().unwrap(), 3);
        assert_eq!(store.search_with(&all).unwrap().facets, before);
        let requests = [
            SearchRequest {
                story: Some("s-flood".to_string()),
                ..all.clone()
            },
            SearchRequest {
                speaker: Some("Prabowo".to_string()),
                ..all.clone()
            },
            SearchRequest {
                from: on(2024, 3, 6),
                ..SearchRequest::new("banjir", 10)
            },
        ];
        let expected: [&[usize]; 3] = [&[2], &[0], &[2]];
        for (request, expected) in requests.iter().zip(expected) {
            assert_eq!(found(&store, &ids, request), expected, "{request:?}");
        }
    }

    #[test]
    fn linking_stored_articles_to_a_story_makes_them_filterable() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let (raw, article) = crate::tests::corpus().swap_remove(0);
        store.put_batch(&[(raw, article.clone())]).unwrap();
        let links = crate::Links {
            story: Some("s-late".to_string()),
            ..Default::default()
        };
        store
            .link_stored(&[(article.id.clone(), links)], &StoryChanges::default())
            .unwrap();
        let request = SearchRequest {
            story: Some("s-late".to_string()),
            ..SearchRequest::new("pelabuhan", 10)
        };
        let results = store.search_with(&request).unwrap();
        assert_eq!(results.total, 1);
        assert!(results.hits[0].snippet.contains("«pelabuhan»"));
    }
}
