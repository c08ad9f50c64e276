//! Query-string parameters and the limits that keep one request cheap: page sizes are capped, search
//! queries and speaker names have a maximum length, and ids are bounded before they reach the store.

use axum::extract::{
    rejection::{PathRejection, QueryRejection},
    Path, Query,
};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use crate::{error::Failure, labels};

/// Rows per page when the client does not say.
pub(crate) const DEFAULT_LIMIT: usize = 50;
/// The most rows one request may ask for.
pub(crate) const MAX_LIMIT: usize = 200;
/// Offsets beyond this are clamped: no store holds that many articles, and the bound keeps the value
/// safely inside SQLite's signed 64-bit integers.
pub(crate) const MAX_OFFSET: usize = u32::MAX as usize;
pub(crate) const MAX_QUERY_CHARS: usize = 500;
pub(crate) const MAX_SPEAKER_CHARS: usize = 200;
pub(crate) const MAX_ID_CHARS: usize = 256;

/// `?offset=&limit=`
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct Paging {
    /// Rows to skip.
    offset: Option<usize>,
    /// Rows per page, 1 to 200 (default 50).
    limit: Option<usize>,
}

impl Paging {
    pub(crate) fn offset(&self) -> usize {
        self.offset.unwrap_or(0).min(MAX_OFFSET)
    }

    pub(crate) fn limit(&self) -> usize {
        clamp_limit(self.limit)
    }
}

/// `?limit=`, for lists that show only their top rows.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct Limit {
    /// Rows to return, 1 to 200 (default 50).
    limit: Option<usize>,
}

impl Limit {
    pub(crate) fn limit(&self) -> usize {
        clamp_limit(self.limit)
    }
}

/// `?q=&lang=&outlet=&original_outlet=&entity=&speaker=&story=&from=&to=&sort=&offset=&limit=`
#[derive(Clone, Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct SearchParams {
    /// The search query: words, `"a phrase"`, `+required`, `-excluded`. The API requires it unless a
    /// filter is given.
    pub(crate) q: Option<String>,
    /// Only articles in this language (ISO 639-1 code).
    pub(crate) lang: Option<String>,
    /// The same filter under the name the web page uses, whose `lang` picks the interface language.
    pub(crate) language: Option<String>,
    /// Only articles published by this outlet.
    pub(crate) outlet: Option<String>,
    /// Only articles credited to this original outlet.
    pub(crate) original_outlet: Option<String>,
    /// Only articles naming this entity (its canonical name).
    pub(crate) entity: Option<String>,
    /// Only articles quoting this speaker (resolved name, or the phrase as written).
    pub(crate) speaker: Option<String>,
    /// Only articles of this story (a merged story's old id works too).
    pub(crate) story: Option<String>,
    /// Published on or after this day (`YYYY-MM-DD`, UTC) or instant (RFC 3339).
    pub(crate) from: Option<String>,
    /// Published on or before this day (`YYYY-MM-DD`, UTC, the whole day) or instant (RFC 3339).
    pub(crate) to: Option<String>,
    /// `relevance` (the default) or `date` (newest first).
    #[param(inline)]
    pub(crate) sort: Option<SortOrder>,
    /// Hits to skip (at most 10,000 hits deep).
    pub(crate) offset: Option<usize>,
    /// Hits to return, 1 to 200 (default 50).
    pub(crate) limit: Option<usize>,
}

/// How search hits are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub(crate) enum SortOrder {
    /// Best match first.
    #[default]
    Relevance,
    /// Newest first; undated articles last.
    Date,
}

impl From<SortOrder> for warta_store::SearchSort {
    fn from(order: SortOrder) -> warta_store::SearchSort {
        match order {
            SortOrder::Relevance => warta_store::SearchSort::Relevance,
            SortOrder::Date => warta_store::SearchSort::Date,
        }
    }
}

/// `?speaker=&limit=`
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct QuoteParams {
    /// Only quotes whose speaker's name or phrase as written contains this, ignoring case.
    pub(crate) speaker: Option<String>,
    /// Only quotes from articles naming this entity (its canonical name, as the entities list gives it).
    pub(crate) entity: Option<String>,
    /// Only quotes from articles published on or after this day (`YYYY-MM-DD`) or RFC 3339 time.
    pub(crate) from: Option<String>,
    /// Only quotes from articles published on or before this day (`YYYY-MM-DD`, the whole day) or time.
    pub(crate) to: Option<String>,
    /// Quotes to return, 1 to 200 (default 50).
    pub(crate) limit: Option<usize>,
}

/// `?q=&format=`
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ExportParams {
    /// Export only what this search finds (at most 10,000 articles); without it, every article.
    pub(crate) q: Option<String>,
    /// `jsonl` (the default) or `csv`.
    #[param(inline)]
    pub(crate) format: Option<ExportFormat>,
}

/// The file formats of an export.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub(crate) enum ExportFormat {
    /// One article as JSON per line.
    #[default]
    Jsonl,
    /// One article per row: id, title, published, lang, outlet, original_outlet, authors, url, text.
    Csv,
}

/// The parsed query string, or a 400 saying what was wrong with it.
pub(crate) fn parsed<T>(query: Result<Query<T>, QueryRejection>) -> Result<T, Failure> {
    query.map(|Query(params)| params).map_err(|rejection| {
        Failure::BadRequest(labels::invalid_parameters(&rejection.body_text()))
    })
}

/// The page size: the default when absent, at least one row, at most [`MAX_LIMIT`].
pub(crate) fn clamp_limit(limit: Option<usize>) -> usize {
    limit.unwrap_or(DEFAULT_LIMIT).clamp(1, MAX_LIMIT)
}

/// A search query trimmed of surrounding space; `None` when empty, an error when too long.
pub(crate) fn search_query(q: Option<&str>) -> Result<Option<String>, Failure> {
    bounded(q, "search query", MAX_QUERY_CHARS)
}

/// A speaker filter trimmed of surrounding space; `None` when empty, an error when too long.
pub(crate) fn speaker(speaker: Option<&str>) -> Result<Option<String>, Failure> {
    bounded(speaker, "speaker name", MAX_SPEAKER_CHARS)
}

/// The entity filter, trimmed, refused when absurdly long.
pub(crate) fn entity(entity: Option<&str>) -> Result<Option<String>, Failure> {
    bounded(entity, "entity name", MAX_SPEAKER_CHARS)
}

/// The article id from the path, refused before it reaches the store when it is absurdly long.
pub(crate) fn article_id(path: Result<Path<String>, PathRejection>) -> Result<String, Failure> {
    bounded_path(path, "article id")
}

/// The entity name from the path, trimmed, refused when absurdly long.
pub(crate) fn entity_name(path: Result<Path<String>, PathRejection>) -> Result<String, Failure> {
    Ok(bounded_path(path, "name")?.trim().to_string())
}

fn bounded_path(path: Result<Path<String>, PathRejection>, what: &str) -> Result<String, Failure> {
    let Path(value) = path.map_err(|rejection| {
        Failure::BadRequest(labels::invalid_parameters(&rejection.body_text()))
    })?;
    if value.chars().count() > MAX_ID_CHARS {
        return Err(Failure::BadRequest(labels::too_long(what, MAX_ID_CHARS)));
    }
    Ok(value)
}

fn bounded(value: Option<&str>, what: &str, max_chars: usize) -> Result<Option<String>, Failure> {
    let value = value.map(str::trim).unwrap_or("");
    if value.chars().count() > max_chars {
        return Err(Failure::BadRequest(labels::too_long(what, max_chars)));
    }
    Ok((!value.is_empty()).then(|| value.to_string()))
}

/// The last second of a day, so that `to=YYYY-MM-DD` covers the whole day.
pub(crate) fn end_of_day() -> NaiveTime {
    NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN)
}

/// A day (`YYYY-MM-DD`, UTC, at `time_of_day`) or an RFC 3339 instant.
pub(crate) fn instant(
    value: Option<&str>,
    what: &str,
    time_of_day: NaiveTime,
) -> Result<Option<DateTime<Utc>>, Failure> {
    let Some(value) = value.map(str::trim).filter(|value| !value.is_empty()) else {
        return Ok(None);
    };
    if let Ok(day) = NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        return Ok(Some(day.and_time(time_of_day).and_utc()));
    }
    DateTime::parse_from_rfc3339(value)
        .map(|instant| Some(instant.with_timezone(&Utc)))
        .map_err(|_| {
            Failure::BadRequest(labels::invalid_parameters(&format!(
                "{what}: expected a day (YYYY-MM-DD) or an RFC 3339 time, got {value:?}"
            )))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_clamped() {
        for (asked, got) in [
            (None, DEFAULT_LIMIT),
            (Some(0), 1),
            (Some(7), 7),
            (Some(10_000), MAX_LIMIT),
        ] {
            assert_eq!(clamp_limit(asked), got, "limit {asked:?}");
        }
        let paging = Paging {
            offset: Some(usize::MAX),
            limit: None,
        };
        assert_eq!(paging.offset(), MAX_OFFSET);
    }

    #[test]
    fn queries_are_trimmed_and_bounded() {
        assert_eq!(search_query(None).ok(), Some(None));
        assert_eq!(search_query(Some("   ")).ok(), Some(None));
        assert_eq!(
            search_query(Some(" Biden ")).ok(),
            Some(Some("Biden".to_string()))
        );
        // The bound counts characters, not bytes: 500 multi-byte characters pass.
        assert!(search_query(Some(&"é".repeat(MAX_QUERY_CHARS))).is_ok());
        assert!(search_query(Some(&"a".repeat(MAX_QUERY_CHARS + 1))).is_err());
        assert!(speaker(Some(&"a".repeat(MAX_SPEAKER_CHARS + 1))).is_err());
        assert!(article_id(Ok(Path("x".repeat(MAX_ID_CHARS)))).is_ok());
        assert!(article_id(Ok(Path("x".repeat(MAX_ID_CHARS + 1)))).is_err());
    }
}
