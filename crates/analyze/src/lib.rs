//! Analysis of article text: language, entities, quotes and dates.
//!
//! Every function here is pure: text (and what earlier steps found) in, annotations out, with offsets in
//! code points into the text given. Nothing here knows about files, SQLite or HTTP.

pub mod date;
pub mod entity;
pub mod language;
pub mod quote;
pub mod source;

use entity::AliasTable;
use warta_model::{Article, LanguageShare};

/// Fills in `lang`, `languages`, `entities`, `quotes` (each with its chain of sources) and `sources` of an article from
/// its text, title, outlets and publication date, naming entities by the shipped alias table.
pub fn analyze(article: &mut Article) {
    analyze_with(article, AliasTable::shipped());
}

/// [`analyze`] with another alias table (the shipped one extended by a user's, say).
pub fn analyze_with(article: &mut Article, aliases: &AliasTable) {
    let lang = language::detect(&article.text);
    article.lang = lang.as_ref().map(|l| l.code.to_string());
    article.languages = language::language_shares(&article.text)
        .into_iter()
        .map(|(code, share)| LanguageShare {
            code: code.to_string(),
            share,
        })
        .collect();
    let lang_code = article.lang.as_deref().unwrap_or("und");
    article.entities = entity::find_entities_with(&article.text, lang_code, aliases);
    let published = article.published.map(|p| p.date_naive());
    article.quotes = quote::find_quotes(&article.text, lang_code, &article.entities, published);
    article.sources = source::sources(
        &article.text,
        article.title.as_deref(),
        article.outlet.as_deref(),
        article.original_outlet.as_deref(),
        &article.quotes,
        &article.entities,
    );
    // The publisher a dateline named is the article's outlet too, and the agency a dateline or a headline
    // named ("Surabaya (ANTARA) - …", "… – Politico") its original outlet.
    if article.outlet.is_none() {
        article.outlet.clone_from(&article.sources.publisher);
    }
    if article.original_outlet.is_none() {
        article.original_outlet = article
            .sources
            .original_outlet
            .as_ref()
            .map(|o| o.name.clone());
    }
    for quote in &mut article.quotes {
        quote.chain = source::chain(quote, &article.sources);
    }
}
