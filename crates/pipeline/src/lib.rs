//! The pipeline from one raw document to one analysed article.
//!
//! `process` runs the stages in the order the data flows: [`warta_extract::extract`] turns bytes into a
//! title and blocks of text, [`warta_clean::clean`] takes the scraping residue out and keeps it aside, and
//! [`warta_analyze::analyze`] finds the language, entities and quotes. Each stage is a plain function over
//! typed data, so this crate only wires them; reading and storing happen at the edges, in the binary.
//!
//! ```
//! use warta_model::{Format, RawDocument};
//! let raw = RawDocument::new(
//!     "example.txt",
//!     Format::Text,
//!     "Menteri itu berbicara kepada wartawan di Jakarta\n\n\
//!      “Kami akan terus bekerja,” kata Menteri Keuangan Sri Mulyani.\n\n(ant)\n"
//!         .as_bytes()
//!         .to_vec(),
//! );
//! let article = warta_pipeline::process(&raw).unwrap();
//! assert_eq!(article.id, raw.content_hash);
//! assert!(!article.text.contains("(ant)"));
//! ```

use warta_model::{Article, RawDocument};

/// Why a raw document produced no article.
#[derive(Debug, thiserror::Error)]
pub enum ProcessError {
    #[error("{0}")]
    Extract(#[from] warta_extract::ExtractError),
    #[error("no article text left after extraction and cleaning")]
    Empty,
}

/// Extracts, cleans and analyses one raw document.
pub fn process(raw: &RawDocument) -> Result<Article, ProcessError> {
    let extracted = warta_extract::extract(raw)?;
    let cleaned = warta_clean::clean(extracted.title.as_deref(), &extracted.blocks);
    if cleaned.text.trim().is_empty() {
        return Err(ProcessError::Empty);
    }
    let mut authors = extracted.authors;
    for name in cleaned.credits {
        if !authors.contains(&name) {
            authors.push(name);
        }
    }
    let mut article = Article {
        id: extracted.id.unwrap_or_else(|| raw.content_hash.clone()),
        raw_hash: raw.content_hash.clone(),
        source: raw.source.clone(),
        url: extracted.url,
        title: cleaned.title.or(extracted.title),
        text: cleaned.text,
        lang: None,
        published: extracted.published,
        // A title suffix naming the page's own outlet ("… | Kompas" on kompas.com) is not an original source.
        original_outlet: cleaned
            .original_outlet
            .filter(|o| Some(o) != extracted.outlet.as_ref()),
        outlet: extracted.outlet.or(cleaned.outlet),
        authors,
        removed: cleaned.removed,
        entities: Vec::new(),
        quotes: Vec::new(),
        sources: Default::default(),
        languages: Vec::new(),
        segments: cleaned.segments,
    };
    warta_analyze::analyze(&mut article);
    if article.lang.is_none() {
        article.lang = extracted.lang_hint;
    }
    Ok(article)
}
