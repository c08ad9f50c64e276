//! Every piece of interface text, in English, in one place so that the interface can be translated later
//! without hunting through the templates.

use warta_model::{QuoteKind, RemovalReason, SpeakerKind};

/// The interface language, for `<html lang>`.
pub(crate) const LANG: &str = "en";
pub(crate) const SITE_NAME: &str = "warta";
pub(crate) const TAGLINE: &str = "Who said what, through whom, and when.";
pub(crate) const NAV_ARTICLES: &str = "Articles";
pub(crate) const NAV_QUOTES: &str = "Who said what";
pub(crate) const SEARCH_PLACEHOLDER: &str = "Search the articles";
pub(crate) const SEARCH_BUTTON: &str = "Search";
pub(crate) const SEARCH_TITLE: &str = "Search";
pub(crate) const NO_RESULTS: &str = "Nothing matched.";
pub(crate) const UNTITLED: &str = "(untitled)";
pub(crate) const UNKNOWN: &str = "unknown";
pub(crate) const PREVIOUS: &str = "← Previous";
pub(crate) const NEXT: &str = "Next →";

pub(crate) const COL_TITLE: &str = "Title";
pub(crate) const COL_OUTLET: &str = "Outlet";
pub(crate) const COL_LANGUAGE: &str = "Language";
pub(crate) const COL_DATE: &str = "Date";
pub(crate) const COL_QUOTES: &str = "Quotes";
pub(crate) const NO_ARTICLES: &str = "No articles yet. Ingest some with `warta ingest PATH`.";

pub(crate) const META_SOURCE: &str = "Source";
pub(crate) const META_URL: &str = "Address";
pub(crate) const META_OUTLET: &str = "Outlet";
pub(crate) const META_ORIGINAL_OUTLET: &str = "Original outlet";
pub(crate) const META_AUTHORS: &str = "Authors";
pub(crate) const META_LANGUAGE: &str = "Language";
pub(crate) const META_PUBLISHED: &str = "Published";
pub(crate) const SECTION_TEXT: &str = "Text";
pub(crate) const SECTION_QUOTES: &str = "Quotes";
pub(crate) const SECTION_ENTITIES: &str = "Named in the article";
pub(crate) const SECTION_REMOVED: &str = "Removed from the text";
pub(crate) const NO_QUOTES: &str = "No quotes found.";
pub(crate) const NO_ENTITIES: &str = "No names found.";
pub(crate) const SHOW_IN_TEXT: &str = "show in text";

pub(crate) const QUOTE_SPEAKER: &str = "Speaker";
pub(crate) const QUOTE_AS_WRITTEN: &str = "as written";
pub(crate) const QUOTE_CUE: &str = "Cue";
pub(crate) const QUOTE_VIA: &str = "Via";
pub(crate) const QUOTE_WHEN: &str = "When";
pub(crate) const QUOTE_IN: &str = "In";
pub(crate) const QUOTE_GUESS: &str = "uncertain attribution";

pub(crate) const QUOTES_TITLE: &str = "Who said what";
pub(crate) const SPEAKER_PLACEHOLDER: &str = "Speaker name";
pub(crate) const SPEAKER_BUTTON: &str = "Filter";

pub(crate) const NOT_FOUND: &str = "There is nothing at this address.";
pub(crate) const NO_SUCH_ARTICLE: &str = "There is no article with this id.";
pub(crate) const METHOD_NOT_ALLOWED: &str = "This address does not accept this method.";
pub(crate) const EMPTY_QUERY: &str = "The search query is empty.";
pub(crate) const INTERNAL_ERROR: &str = "Something went wrong on our side. Please try again later.";
pub(crate) const ERROR_TITLE: &str = "Error";

pub(crate) fn too_long(what: &str, max_chars: usize) -> String {
    format!("The {what} is longer than {max_chars} characters.")
}

pub(crate) fn invalid_parameters(detail: &str) -> String {
    format!("Invalid parameters: {detail}")
}

pub(crate) fn summary_counts(articles: usize, quotes: usize, entities: usize) -> String {
    format!("{articles} articles, {quotes} quotes, {entities} named entities")
}

pub(crate) fn mentions(n: usize) -> String {
    match n {
        1 => "1 mention".to_string(),
        n => format!("{n} mentions"),
    }
}

pub(crate) fn removed_count(n: usize) -> String {
    format!("{} ({n})", SECTION_REMOVED)
}

pub(crate) fn quote_kind(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Indirect => "indirect",
        QuoteKind::Mixed => "partly direct",
    }
}

pub(crate) fn speaker_kind(kind: SpeakerKind) -> &'static str {
    match kind {
        SpeakerKind::NamedPerson => "named person",
        SpeakerKind::RoleOrDescription => "role or description",
        SpeakerKind::Anonymous => "anonymous",
        SpeakerKind::Organization => "organisation",
        SpeakerKind::Outlet => "news outlet",
        SpeakerKind::Pronoun => "pronoun",
        SpeakerKind::Unknown => "unknown",
    }
}

pub(crate) fn removal_reason(reason: RemovalReason) -> &'static str {
    match reason {
        RemovalReason::RelatedHeadline => "related headline",
        RemovalReason::OriginalSource => "original source line",
        RemovalReason::Navigation => "navigation",
        RemovalReason::Credit => "credit or tag",
        RemovalReason::Advertisement => "advertisement",
        RemovalReason::Copyright => "copyright notice",
        RemovalReason::Marker => "live-blog marker",
        RemovalReason::Other => "other",
    }
}

/// Entity types are upper-case words from the analyzer; known ones get a readable plural heading.
pub(crate) fn entity_type(kind: &str) -> &str {
    match kind {
        "PERSON" => "People",
        "ORGANIZATION" => "Organisations",
        "LOCATION" => "Places",
        other => other,
    }
}
