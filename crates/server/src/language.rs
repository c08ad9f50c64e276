//! Which language a page is shown in: `?lang=id|en` when the reader just chose, else the `lang` cookie
//! that choice left, else Indonesian when the browser's `Accept-Language` ranks Indonesian above English,
//! else English.
//!
//! [`remember`] runs around every request: it works the language out once, hands it to the handlers as a
//! request extension, sets the cookie when the reader chose, and renders failed pages in the language.

use axum::{
    extract::Request,
    http::{header, HeaderMap, HeaderValue},
    middleware::Next,
    response::{IntoResponse, Response},
};

use crate::{error::FailedPage, labels::Language, pages};

/// How long the choice is remembered: a year.
const COOKIE_MAX_AGE_SECONDS: u32 = 365 * 24 * 60 * 60;

/// The language asked for in the query string, if any.
fn chosen(query: Option<&str>) -> Option<Language> {
    query?
        .split('&')
        .filter_map(|pair| pair.strip_prefix("lang="))
        .find_map(Language::from_code)
}

/// The language of a `lang` cookie.
fn remembered(headers: &HeaderMap) -> Option<Language> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|cookies| cookies.split(';'))
        .filter_map(|cookie| cookie.trim().strip_prefix("lang="))
        .find_map(Language::from_code)
}

/// Indonesian when `Accept-Language` gives Indonesian a higher weight than English (or the same weight,
/// listed first); English otherwise.
pub(crate) fn preferred(accept_language: Option<&str>) -> Language {
    let mut best: Option<(Language, f32)> = None;
    for range in accept_language.unwrap_or("").split(',') {
        let mut parts = range.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        // "in" is the code Indonesian had before 1989; old systems still send it.
        let language = match primary.to_ascii_lowercase().as_str() {
            "id" | "in" => Language::Indonesian,
            "en" => Language::English,
            _ => continue,
        };
        let weight = parts
            .filter_map(|param| param.trim().strip_prefix("q="))
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        if weight > 0.0 && best.is_none_or(|(_, best_weight)| weight > best_weight) {
            best = Some((language, weight));
        }
    }
    best.map_or(Language::English, |(language, _)| language)
}

/// Works out the request's language, runs the request with it, and remembers a choice in a cookie.
pub(crate) async fn remember(mut request: Request, next: Next) -> Response {
    let choice = chosen(request.uri().query());
    let language = choice
        .or_else(|| remembered(request.headers()))
        .unwrap_or_else(|| {
            preferred(
                request
                    .headers()
                    .get(header::ACCEPT_LANGUAGE)
                    .and_then(|value| value.to_str().ok()),
            )
        });
    request.extensions_mut().insert(language);
    let mut response = next.run(request).await;
    if let Some(failed) = response.extensions_mut().remove::<FailedPage>() {
        let status = response.status();
        response = (status, pages::error_page(language, status, &failed.0)).into_response();
    }
    // The same address is worded differently for different readers: caches must tell them apart.
    response.headers_mut().append(
        header::VARY,
        HeaderValue::from_static("accept-language, cookie"),
    );
    if let Some(choice) = choice {
        let cookie = format!(
            "lang={}; Path=/; Max-Age={COOKIE_MAX_AGE_SECONDS}; SameSite=Lax",
            choice.code()
        );
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_decides_between_indonesian_and_english() {
        for (header, expected) in [
            (None, Language::English),
            (Some(""), Language::English),
            (
                Some("id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7"),
                Language::Indonesian,
            ),
            (Some("en-US,en;q=0.9,id;q=0.8"), Language::English),
            (Some("fr-FR,fr;q=0.9,id;q=0.5"), Language::Indonesian),
            (Some("en;q=0.4, id;q=0.6"), Language::Indonesian),
            (Some("in"), Language::Indonesian),
            (Some("id;q=0, en;q=0.1"), Language::English),
            (Some("de, fr"), Language::English),
            (Some("id;q=bogus"), Language::Indonesian),
        ] {
            assert_eq!(preferred(header), expected, "{header:?}");
        }
    }

    #[test]
    fn a_choice_in_the_query_or_cookie_is_found() {
        assert_eq!(chosen(Some("q=x&lang=id")), Some(Language::Indonesian));
        assert_eq!(chosen(Some("lang=EN")), Some(Language::English));
        assert_eq!(chosen(Some("lang=fr")), None);
        assert_eq!(chosen(None), None);
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_static("a=1; lang=id"));
        assert_eq!(remembered(&headers), Some(Language::Indonesian));
    }
}
