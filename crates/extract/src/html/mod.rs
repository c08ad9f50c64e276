//! HTML pages: metadata from the head and structured data, the article body from the chosen container.
//!
//! [`slim`] leaves out of the page what neither ever reads, before parsing; [`metadata`] reads what the page
//! says about itself; [`content`] finds the article text. Both work on a `scraper` (html5ever) tree, which
//! parses malformed HTML the way browsers do.

mod content;
mod metadata;
mod slim;

use scraper::Html;
use warta_model::Block;

pub(crate) use metadata::Metadata;

/// What an HTML page yields: its metadata and its article blocks.
pub(crate) struct Page {
    pub metadata: Metadata,
    pub blocks: Vec<Block>,
}

/// Extracts a decoded HTML page. Block offsets are code points into `page`, found by looking for the
/// block's opening characters in the page source (None when entities or markup interrupt them).
pub(crate) fn extract_html(page: &str) -> Page {
    let document = Html::parse_document(&slim::slimmed(page));
    let metadata = metadata::metadata(&document);
    let texts = content::article_blocks(&document, metadata.title.as_deref());
    let mut locator = Locator {
        page,
        byte: 0,
        chars: 0,
    };
    let blocks = texts
        .into_iter()
        .map(|text| Block {
            raw_start: locator.find(&text),
            text,
        })
        .collect();
    Page { metadata, blocks }
}

/// Finds block texts in the page source, moving forward only, so that locating all blocks stays linear
/// in the common case.
struct Locator<'p> {
    page: &'p str,
    byte: usize,
    chars: usize,
}

impl Locator<'_> {
    fn find(&mut self, text: &str) -> Option<usize> {
        // Characters that the source may write as entities or markup end the searchable prefix.
        let end = text
            .char_indices()
            .take(40)
            .find(|(_, c)| {
                matches!(c, '&' | '<' | '>' | '"' | '\'' | '\u{a0}')
                    || c.is_whitespace() && *c != ' '
            })
            .map_or_else(
                || text.char_indices().nth(40).map_or(text.len(), |(i, _)| i),
                |(i, _)| i,
            );
        let prefix = text.get(..end)?;
        if prefix.chars().count() < 8 && end < text.len() {
            return None;
        }
        let rest = self.page.get(self.byte..)?;
        let found = self.byte + memchr::memmem::find(rest.as_bytes(), prefix.as_bytes())?;
        self.chars += self.page.get(self.byte..found)?.chars().count();
        self.byte = found;
        Some(self.chars)
    }
}

/// Runs of whitespace as one space, trimmed.
pub(crate) fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
