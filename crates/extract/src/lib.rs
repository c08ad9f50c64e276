//! Extractors: a [`RawDocument`] into an [`Extracted`] document (title, blocks of text, metadata).
//!
//! [`extract`] first decodes the raw bytes ([`decode`]: byte-order mark, UTF-8, the declared content type's
//! charset, `<meta charset>`, then detection), then reads them according to the document's [`Format`]:
//! - plain text: one [`Block`] per non-empty line; the first line is the title when it reads like one;
//! - HTML: metadata from the page head and structured data, body blocks from the article container
//!   (module `html`);
//! - JSON records: the record's fields, with its `text` or `html` read as above.
//!
//! A page without a machine-readable publication date gets the first date written near its headline
//! ("Selasa, 15 September 2020 10:00 WIB"; not one labelled as an update), else the one in its URL. A
//! machine-readable date in UTC or without an offset is restated in the time zone the byline shows
//! ("11:03 PM" beside 07:03Z is UTC−8), so that its day is the one the page's readers see.
//! [`document_id`] names a document the way `warta extract` prints it.
//!
//! Extraction does not clean: residue such as "Baca juga: …" lines stays in the blocks for the clean stage.
//! Bad input does not make it fail, except a JSON record that is not JSON or holds no text.
//!
//! ```
//! use warta_model::{Format, RawDocument};
//! let raw = RawDocument::new("a.txt", Format::Text, "Judul berita hari ini datang\n\nIsi berita.".into());
//! let doc = warta_extract::extract(&raw).unwrap();
//! assert_eq!(doc.title.as_deref(), Some("Judul berita hari ini datang"));
//! assert_eq!(doc.blocks[0].text, "Isi berita.");
//! ```

mod date;
mod decode;
pub mod eval;
mod html;
mod id;
mod record;
mod text;

use chrono::{DateTime, FixedOffset};
use warta_model::{Block, Format, RawDocument};

pub use date::parse_date;
pub use decode::decode;
pub use id::document_id;

/// What an extractor found in one raw document.
///
/// `Block::raw_start` is a code-point offset into the decoded raw document; for a JSON record, into the
/// record's `text` (or `html`) field, since the JSON escaping hides the positions in the line itself.
#[derive(Clone, Debug, Default)]
pub struct Extracted {
    /// The document's own id, when the input gave one (JSON Lines `id`).
    pub id: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub blocks: Vec<Block>,
    pub published: Option<DateTime<FixedOffset>>,
    /// When the page says it was last changed.
    pub modified: Option<DateTime<FixedOffset>>,
    pub outlet: Option<String>,
    pub authors: Vec<String>,
    pub lang_hint: Option<String>,
    /// The URL the page names as its own (`<link rel=canonical>`, `og:url`).
    pub canonical_url: Option<String>,
    /// The name of the encoding the raw bytes were decoded from ("UTF-8", "windows-1252", ...).
    pub encoding: &'static str,
}

#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
pub struct ExtractError(pub String);

/// Extracts title, blocks and metadata from `raw`.
pub fn extract(raw: &RawDocument) -> Result<Extracted, ExtractError> {
    match raw.format {
        Format::JsonRecord => record::extract_record(&raw.bytes),
        Format::Text => {
            let (text, encoding) =
                decode::decode_borrowed(&raw.bytes, false, raw.content_type.as_deref());
            let (title, blocks) = text::extract_text(&text);
            Ok(Extracted {
                title,
                blocks,
                encoding,
                ..Extracted::default()
            })
        }
        Format::Html => {
            let (text, encoding) =
                decode::decode_borrowed(&raw.bytes, true, raw.content_type.as_deref());
            let page = html::extract_html(&text);
            let meta = page.metadata;
            Ok(Extracted {
                url: meta.canonical_url.clone(),
                title: meta.title,
                blocks: page.blocks,
                published: meta.published,
                modified: meta.modified,
                outlet: meta.outlet,
                authors: meta.authors,
                lang_hint: meta.lang,
                canonical_url: meta.canonical_url,
                encoding,
                ..Extracted::default()
            })
        }
    }
}
