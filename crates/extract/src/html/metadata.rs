//! Page metadata: title, dates, authors, outlet, canonical URL and language, from `<meta>` tags, JSON-LD,
//! microdata and the visible `<h1>`/`<title>`, in that order of trust.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset};
use ego_tree::iter::Edge;
use regex::Regex;
use scraper::{ElementRef, Html, Node, Selector};
use serde_json::Value;

use super::collapse_whitespace;
use crate::date::{find_date_in_url, find_written_date, in_local_time, parse_date, plausible};

#[derive(Debug, Default)]
pub(crate) struct Metadata {
    pub title: Option<String>,
    pub published: Option<DateTime<FixedOffset>>,
    pub modified: Option<DateTime<FixedOffset>>,
    pub authors: Vec<String>,
    pub outlet: Option<String>,
    pub canonical_url: Option<String>,
    pub lang: Option<String>,
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).expect("static selector")
}

static META: LazyLock<Selector> = LazyLock::new(|| selector("meta"));
static SCRIPT: LazyLock<Selector> = LazyLock::new(|| selector("script"));
static H1: LazyLock<Selector> = LazyLock::new(|| selector("h1"));
static TITLE: LazyLock<Selector> = LazyLock::new(|| selector("title"));
static HTML: LazyLock<Selector> = LazyLock::new(|| selector("html"));
static CANONICAL: LazyLock<Selector> = LazyLock::new(|| selector("link[rel=canonical]"));
static TIME: LazyLock<Selector> = LazyLock::new(|| selector("time[datetime]"));
static ITEMPROP_DATES: LazyLock<Selector> =
    LazyLock::new(|| selector("[itemprop=datePublished], [itemprop=dateModified]"));
static AUTHOR_LINKS: LazyLock<Selector> =
    LazyLock::new(|| selector("a[rel=author], [itemprop=author]"));
static ITEMPROP_NAME: LazyLock<Selector> = LazyLock::new(|| selector("[itemprop=name]"));
static LD_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#""(datePublished|dateModified)"\s*:\s*"([^"]{4,40})""#).expect("static regex")
});

/// What JSON-LD says about the article.
#[derive(Default)]
struct LinkedData {
    headline: Option<String>,
    published: Option<String>,
    modified: Option<String>,
    authors: Vec<String>,
    publisher: Option<String>,
}

pub(crate) fn metadata(page: &Html) -> Metadata {
    let meta = meta_tags(page);
    let get = |key: &str| meta.get(key).map(String::as_str);
    let ld = linked_data(page);
    // A machine-readable date must be a plausible one: CMSs fill empty fields with "0001-01-01". Whether it
    // names UTC is kept: a time without an offset is usually the outlet's own.
    let date = |text: &str| {
        parse_date(text)
            .filter(plausible)
            .map(|date| (date, names_utc(text)))
    };
    let itemprop_date = |name: &str| {
        page.select(&ITEMPROP_DATES)
            .filter(|e| e.attr("itemprop") == Some(name))
            .find_map(|e| e.attr("datetime").or(e.attr("content")).and_then(date))
    };
    let first_date =
        |candidates: &[Option<&str>]| candidates.iter().flatten().find_map(|d| date(d));

    let title = get("og:title")
        .map(strip_site_suffix)
        .or(ld.headline.clone())
        .or_else(|| page.select(&H1).map(text_of).find(|t| !t.is_empty()))
        .or_else(|| {
            page.select(&TITLE)
                .map(text_of)
                .map(|t| strip_site_suffix(&t))
                .find(|t| !t.is_empty())
        });

    let machine_readable = first_date(&[get("article:published_time"), ld.published.as_deref()])
        .or_else(|| itemprop_date("datePublished"))
        .or_else(|| {
            page.select(&TIME)
                .find_map(|e| e.attr("datetime").and_then(date))
        })
        .or_else(|| {
            let names = [
                "date",
                "pubdate",
                "publishdate",
                "content_publisheddate",
                "dc.date",
                "dc.date.issued",
                "dcterms.created",
            ];
            first_date(&names.map(get))
        });
    let url_date = || {
        [
            get("og:url"),
            page.select(&CANONICAL).find_map(|e| e.attr("href")),
        ]
        .into_iter()
        .flatten()
        .find_map(find_date_in_url)
    };
    let around = || AroundHeadline::of(page, title.as_deref().filter(|t| !t.is_empty()));
    let published = match machine_readable {
        // A date in UTC (or with no offset) may fall on another day than the one the page shows its
        // readers, in its byline or URL: that day is the publication date.
        Some((date, names_utc)) if date.offset().local_minus_utc() == 0 => Some(in_local_time(
            date,
            names_utc,
            find_written_date(around().byline()),
            url_date().map(|d| d.date_naive()),
        )),
        Some((date, _)) => Some(date),
        None => find_written_date(&around().searched())
            .and_then(|written| written.to_datetime())
            .or_else(url_date),
    };
    let modified = first_date(&[
        get("article:modified_time"),
        get("og:updated_time"),
        ld.modified.as_deref(),
    ])
    .or_else(|| itemprop_date("dateModified"))
    .map(|(date, _)| date);

    let mut authors = Vec::new();
    for name in get("author")
        .into_iter()
        .chain(get("article:author").filter(|a| !is_url(a)))
    {
        authors.extend(split_names(name));
    }
    authors.extend(ld.authors);
    for element in page.select(&AUTHOR_LINKS) {
        let name = element
            .select(&ITEMPROP_NAME)
            .next()
            .map_or_else(|| text_of(element), text_of);
        let name = element.attr("content").map_or(name, str::to_string);
        authors.push(name);
    }

    Metadata {
        title: title.filter(|t| !t.is_empty()),
        published,
        modified,
        authors: clean_names(authors),
        outlet: get("og:site_name").map(str::to_string).or(ld.publisher),
        canonical_url: page
            .select(&CANONICAL)
            .find_map(|e| e.attr("href"))
            .or(get("og:url"))
            .map(|u| u.trim().to_string())
            .filter(|u| !u.is_empty()),
        lang: page
            .select(&HTML)
            .find_map(|e| e.attr("lang"))
            .or(get("og:locale"))
            .and_then(primary_language),
    }
}

/// How much visible text after the headline (and before it) is searched for a written-out date.
const DATE_WINDOW_AFTER: usize = 3000;
const DATE_WINDOW_BEFORE: usize = 400;
/// A text this long (in bytes) is a paragraph of the story, not a byline.
const STORY_TEXT: usize = 120;

/// The visible text around the headline, where bylines put the date.
struct AroundHeadline {
    text: String,
    /// Where the headline starts in `text`.
    at: usize,
    /// Where the story (after a possible deck) starts.
    story_at: usize,
}

impl AroundHeadline {
    /// The visible text from a little before the first `<h1>` to a stretch after it; without an `<h1>`,
    /// around the first text that reads as the title, else from the start of the page. Dates further away
    /// (a "today is" bar in the page header, related articles) are more often not the article's.
    fn of(page: &Html, title: Option<&str>) -> AroundHeadline {
        let mut text = String::new();
        let mut headline_at = None;
        let mut title_at = None;
        let mut long_texts = Vec::new();
        let mut hidden_depth = 0usize;
        let mut headline_depth = 0usize;
        let hidden = |e: &scraper::node::Element| {
            matches!(
                e.name(),
                "script" | "style" | "noscript" | "template" | "head"
            )
        };
        for edge in page.tree.root().traverse() {
            match edge {
                Edge::Open(node) => match node.value() {
                    Node::Element(e) if hidden(e) => hidden_depth += 1,
                    Node::Element(e) if e.name() == "h1" => {
                        headline_depth += 1;
                        headline_at.get_or_insert(text.len());
                    }
                    Node::Text(t) if hidden_depth == 0 => {
                        // Whitespace collapsing only shortens: a text shorter than the title is not it.
                        let could_be_title = |title: &str| {
                            let len = t.trim().len();
                            len >= title.len()
                                && len <= 2 * title.len()
                                && collapse_whitespace(t).eq_ignore_ascii_case(title)
                        };
                        if title_at.is_none() && title.is_some_and(could_be_title) {
                            title_at = Some(text.len());
                        } else if headline_depth == 0 && t.trim().len() >= STORY_TEXT {
                            long_texts.push(text.len());
                        }
                        text.push_str(t);
                        text.push(' ');
                    }
                    _ => {}
                },
                Edge::Close(node) => match node.value().as_element() {
                    Some(e) if hidden(e) => hidden_depth = hidden_depth.saturating_sub(1),
                    Some(e) if e.name() == "h1" => {
                        headline_depth = headline_depth.saturating_sub(1)
                    }
                    _ => {}
                },
            }
            if headline_at.is_some_and(|at| text.len() > at + DATE_WINDOW_AFTER) {
                break;
            }
        }
        let at = headline_at.or(title_at).unwrap_or(0);
        // A deck (the standfirst under the headline) may come before the byline: the story starts at the
        // second paragraph-long text.
        let story_at = long_texts
            .into_iter()
            .filter(|&i| i > at)
            .nth(1)
            .unwrap_or(text.len());
        AroundHeadline { text, at, story_at }
    }

    fn boundary(&self, mut i: usize) -> usize {
        i = i.min(self.text.len());
        while !self.text.is_char_boundary(i) {
            i -= 1;
        }
        i
    }

    /// The byline area: from the headline to the story.
    fn byline(&self) -> &str {
        let end = self.boundary(self.story_at.min(self.at + DATE_WINDOW_AFTER));
        self.text.get(self.at..end).unwrap_or("")
    }

    /// The text searched for a date when the page has no machine-readable one: after the headline first
    /// (where bylines are), before it only as a fallback.
    fn searched(&self) -> String {
        let end = self.boundary(self.at + DATE_WINDOW_AFTER);
        let start = self.boundary(self.at.saturating_sub(DATE_WINDOW_BEFORE));
        let after = self.text.get(self.at..end).unwrap_or("");
        let before = self.text.get(start..self.at).unwrap_or("");
        format!("{after} \n {before}")
    }
}

/// `<meta property|name|itemprop=KEY content=VALUE>`, keys lower-cased, first value wins.
fn meta_tags(page: &Html) -> HashMap<String, String> {
    let mut tags = HashMap::new();
    for element in page.select(&META) {
        let Some(content) = element
            .attr("content")
            .map(collapse_whitespace)
            .filter(|c| !c.is_empty())
        else {
            continue;
        };
        for key in ["property", "name", "itemprop"]
            .iter()
            .filter_map(|k| element.attr(k))
        {
            tags.entry(key.trim().to_ascii_lowercase())
                .or_insert_with(|| content.clone());
        }
    }
    tags
}

/// The first article-like object in the page's JSON-LD scripts (walked without recursion: the JSON comes
/// from the page).
fn linked_data(page: &Html) -> LinkedData {
    let mut found = LinkedData::default();
    let scripts = page
        .select(&SCRIPT)
        .filter(|s| s.attr("type").is_some_and(|t| t.contains("ld+json")));
    for script in scripts {
        let json = script.text().collect::<String>();
        let Ok(value) = serde_json::from_str::<Value>(&json) else {
            // Broken JSON-LD (an unescaped quote in a headline) still names its dates.
            let field = |name: &str| {
                LD_DATE
                    .captures_iter(&json)
                    .find(|c| c.get(1).is_some_and(|n| n.as_str() == name))
                    .and_then(|c| Some(c.get(2)?.as_str().to_string()))
            };
            found.published = found.published.or_else(|| field("datePublished"));
            found.modified = found.modified.or_else(|| field("dateModified"));
            continue;
        };
        let mut stack = vec![&value];
        while let Some(value) = stack.pop() {
            match value {
                Value::Array(items) => stack.extend(items.iter().rev()),
                Value::Object(object) => {
                    if let Some(graph) = object.get("@graph") {
                        stack.push(graph);
                    }
                    let article_like = object.get("@type").is_some_and(|t| {
                        let types = t.to_string();
                        ["Article", "BlogPosting", "Report", "NewsArticle"]
                            .iter()
                            .any(|k| types.contains(k))
                    });
                    if !article_like {
                        continue;
                    }
                    let string = |key: &str| {
                        object
                            .get(key)
                            .and_then(Value::as_str)
                            .map(collapse_whitespace)
                    };
                    found.headline = found.headline.or_else(|| string("headline"));
                    found.published = found.published.or_else(|| string("datePublished"));
                    found.modified = found.modified.or_else(|| string("dateModified"));
                    if found.authors.is_empty() {
                        found.authors = object.get("author").map(names).unwrap_or_default();
                    }
                    if found.publisher.is_none() {
                        found.publisher = object
                            .get("publisher")
                            .and_then(|p| names(p).into_iter().next());
                    }
                }
                _ => {}
            }
        }
    }
    found
}

/// Names in a JSON-LD person/organisation value: a string, `{"name": …}`, or a list of those.
fn names(value: &Value) -> Vec<String> {
    let one = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => o.get("name").and_then(Value::as_str).map(str::to_string),
        _ => None,
    };
    match value {
        Value::Array(items) => items.iter().filter_map(one).collect(),
        other => one(other).into_iter().collect(),
    }
}

fn split_names(text: &str) -> Vec<String> {
    let mut names = vec![text.to_string()];
    for separator in [",", ";", " and ", " & ", " dan "] {
        names = names
            .iter()
            .flat_map(|n| n.split(separator).map(str::to_string).collect::<Vec<_>>())
            .collect();
    }
    names
}

/// Trims bylines to names ("By Jane Doe" → "Jane Doe"), drops URLs and implausible lengths, de-duplicates.
fn clean_names(names: Vec<String>) -> Vec<String> {
    let mut clean: Vec<String> = Vec::new();
    for name in names {
        let name = collapse_whitespace(&name);
        let lower = name.to_lowercase();
        let name = ["by ", "oleh ", "oleh: ", "by: "]
            .iter()
            .find(|prefix| lower.starts_with(*prefix))
            .and_then(|prefix| name.get(prefix.len()..))
            .unwrap_or(&name)
            .trim();
        let plausible = (2..=80).contains(&name.chars().count()) && !is_url(name);
        if plausible && !clean.iter().any(|c| c.eq_ignore_ascii_case(name)) {
            clean.push(name.to_string());
        }
    }
    clean.truncate(10);
    clean
}

/// Whether a machine-readable date says it is in UTC ("…Z", "+00:00", "GMT"), rather than giving no offset.
fn names_utc(date: &str) -> bool {
    let date = date.trim();
    date.ends_with(['Z', 'z'])
        || ["+00:00", "+0000", "GMT", "UTC"]
            .iter()
            .any(|utc| date.contains(utc))
}

fn is_url(text: &str) -> bool {
    text.starts_with("http://") || text.starts_with("https://") || text.starts_with("//")
}

/// "Headline | Outlet" → "Headline": the last part goes when it is much shorter than the rest (a site name).
pub(crate) fn strip_site_suffix(title: &str) -> String {
    let title = collapse_whitespace(title);
    for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some((head, tail)) = title.rsplit_once(separator) {
            let (head_words, tail_words) = (
                head.split_whitespace().count(),
                tail.split_whitespace().count(),
            );
            if tail_words <= 4 && head_words >= 2 * tail_words {
                return strip_site_suffix(head);
            }
        }
    }
    title
}

fn primary_language(tag: &str) -> Option<String> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (primary.len() == 2 || primary.len() == 3)
        .then_some(primary)
        .filter(|p| p.chars().all(|c| c.is_ascii_alphabetic()))
}

fn text_of(element: ElementRef<'_>) -> String {
    collapse_whitespace(&element.text().collect::<String>())
}
