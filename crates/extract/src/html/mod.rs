//! HTML pages: metadata from the head and structured data, the article body from the chosen container.
//!
//! [`metadata`] reads what the page says about itself; [`content`] finds the article text. Both work on a
//! `scraper` (html5ever) tree, which parses malformed HTML the way browsers do.

mod content;
mod metadata;

use std::borrow::Cow;

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
    let document = Html::parse_document(&without_script_bodies(page));
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

/// The page with the contents of its `<script>` and `<style>` elements emptied, except JSON-LD (which the
/// metadata reads). Scripts are often most of a page's bytes and never article text; skipping them before
/// the HTML parser sees them makes parsing much cheaper. Like a browser, a script ends at the first
/// `</script`.
fn without_script_bodies(page: &str) -> Cow<'_, str> {
    let lower = page.to_ascii_lowercase();
    let mut out = String::new();
    let mut copied = 0;
    let mut at = 0;
    while let Some(found) = lower.get(at..).and_then(|rest| rest.find('<')) {
        let open = at + found;
        at = open + 1;
        let rest = lower.get(open + 1..).unwrap_or("");
        let Some(name) = ["script", "style"].into_iter().find(|name| {
            rest.starts_with(name)
                && rest
                    .as_bytes()
                    .get(name.len())
                    .is_some_and(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/'))
        }) else {
            continue;
        };
        let Some(tag_end) = rest.find('>').map(|i| open + 1 + i + 1) else {
            break;
        };
        if lower
            .get(open..tag_end)
            .is_some_and(|tag| tag.contains("ld+json"))
        {
            at = tag_end;
            continue;
        }
        let close = format!("</{name}");
        let Some(body_end) = lower
            .get(tag_end..)
            .and_then(|r| r.find(&close))
            .map(|i| tag_end + i)
        else {
            break;
        };
        out.push_str(page.get(copied..tag_end).unwrap_or(""));
        copied = body_end;
        at = body_end;
    }
    if copied == 0 {
        return Cow::Borrowed(page);
    }
    out.push_str(page.get(copied..).unwrap_or(""));
    Cow::Owned(out)
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
        let found = self.byte + rest.find(prefix)?;
        self.chars += self.page.get(self.byte..found)?.chars().count();
        self.byte = found;
        Some(self.chars)
    }
}

/// Runs of whitespace as one space, trimmed.
pub(crate) fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::without_script_bodies;

    #[test]
    fn script_bodies_are_emptied() {
        let cases = [
            ("<p>a</p>", "<p>a</p>"),
            (
                "<SCRIPT src=x>var a = '<p>no</p>';</Script><p>yes</p><style>p{}</style>",
                "<SCRIPT src=x></Script><p>yes</p><style></style>",
            ),
            (
                "<script type=\"application/ld+json\">{\"a\":1}</script><scripts>kept</scripts>",
                "<script type=\"application/ld+json\">{\"a\":1}</script><scripts>kept</scripts>",
            ),
            ("<p>é</p><script>“unclosed", "<p>é</p><script>“unclosed"),
            ("<script", "<script"),
        ];
        for (page, expected) in cases {
            assert_eq!(without_script_bodies(page), expected, "{page}");
        }
    }
}
