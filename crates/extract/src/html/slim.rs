//! The page as the parser needs it. Parsing is most of extraction's cost and grows with every byte and
//! every attribute, so what extraction never reads is left out first, in one linear scan: comments, the
//! contents of scripts, styles, SVG and `<noscript>`, and unread attributes. Text is never touched, so
//! block offsets found in the original page stay true.

use std::borrow::Cow;

/// Elements whose contents are emptied before parsing: never article text, often most of a page's bytes.
const EMPTIED: &[&str] = &["script", "style", "svg", "noscript"];
/// Elements whose contents are text, not markup: passed to the parser unchanged.
const RAW_TEXT: &[&str] = &["title", "textarea", "xmp"];
/// The attributes extraction reads; the parser is spared the others (`data-*`, `src`, `srcset`, event
/// handlers, …), which are a third of a page's markup. `href` is read on `<link>` only.
const READ_ATTRIBUTES: &[&str] = &[
    "class",
    "id",
    "style",
    "hidden",
    "aria-hidden",
    "itemprop",
    "content",
    "datetime",
    "lang",
    "type",
    "property",
    "name",
    "rel",
];

/// The page as the parser needs it: comments removed, the contents of `<script>`, `<style>`, `<svg>` and
/// `<noscript>` emptied (except JSON-LD, which the metadata reads), and the attributes extraction never
/// reads left out of start tags. Text is untouched. Scripts alone are often half of a page's bytes; the
/// parser's work grows with every byte and attribute, so this makes parsing much cheaper. Like a browser,
/// a script ends at the first `</script`.
pub(super) fn slimmed(page: &str) -> Cow<'_, str> {
    let bytes = page.as_bytes();
    let mut out = String::new();
    let mut copied = 0;
    // Appends the page from where copying stopped up to `to`, then skips to `resume`.
    let mut cut = |out: &mut String, to: usize, resume: usize| {
        if out.is_empty() {
            out.reserve(page.len());
        }
        out.push_str(page.get(copied..to).unwrap_or(""));
        copied = resume;
    };
    let mut at = 0;
    while let Some(open) = memchr::memchr(b'<', bytes.get(at..).unwrap_or_default()).map(|i| at + i)
    {
        at = open + 1;
        let rest = bytes.get(open + 1..).unwrap_or_default();
        if rest.starts_with(b"!--") {
            // A comment ends at the first `-->`; an unclosed one is left for the parser.
            let Some(end) = memchr::memmem::find(rest, b"-->").map(|i| open + 1 + i + 3) else {
                break;
            };
            cut(&mut out, open, end);
            at = end;
            continue;
        }
        if !rest.first().is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name_end = rest
            .iter()
            .position(|b| b.is_ascii_whitespace() || matches!(b, b'/' | b'>'))
            .map_or(bytes.len(), |i| open + 1 + i);
        let name = bytes.get(open + 1..name_end).unwrap_or_default();
        let Some(tag) = start_tag(bytes, name_end) else {
            break;
        };
        let is = |names: &[&'static str]| {
            names
                .iter()
                .find(|n| name.eq_ignore_ascii_case(n.as_bytes()))
                .copied()
        };
        let href_read = name.eq_ignore_ascii_case(b"link");
        for (start, end, attribute) in &tag.attributes {
            let read = READ_ATTRIBUTES
                .iter()
                .any(|a| attribute.eq_ignore_ascii_case(a.as_bytes()))
                || href_read && attribute.eq_ignore_ascii_case(b"href");
            if !read {
                cut(&mut out, *start, *end);
            }
        }
        at = tag.end;
        let json_ld = || {
            memchr::memmem::find(
                &bytes
                    .get(open..tag.end)
                    .unwrap_or_default()
                    .to_ascii_lowercase(),
                b"ld+json",
            )
            .is_some()
        };
        if let Some(element) = is(EMPTIED) {
            let Some(close) = find_close(bytes, tag.end, element) else {
                break;
            };
            if !json_ld() {
                cut(&mut out, tag.end, close);
            }
            at = close;
        } else if let Some(element) = is(RAW_TEXT) {
            let Some(close) = find_close(bytes, tag.end, element) else {
                break;
            };
            at = close;
        }
    }
    if copied == 0 {
        return Cow::Borrowed(page);
    }
    out.push_str(page.get(copied..).unwrap_or(""));
    Cow::Owned(out)
}

/// A start tag's end (after its `>`) and its attributes as (start, end, name), byte offsets into the page.
struct StartTag<'p> {
    end: usize,
    attributes: Vec<(usize, usize, &'p [u8])>,
}

/// Reads a start tag's attributes from `at` (just after its name) the way the HTML tokenizer does: a name
/// runs to whitespace, `/`, `>` or `=`; a value is quoted or runs to whitespace or `>`. `None` when the
/// page ends inside the tag.
fn start_tag(bytes: &[u8], mut at: usize) -> Option<StartTag<'_>> {
    let mut attributes = Vec::new();
    let skip_space = |mut i: usize| {
        while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        i
    };
    loop {
        while bytes
            .get(at)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'/')
        {
            at += 1;
        }
        match bytes.get(at)? {
            b'>' => {
                return Some(StartTag {
                    end: at + 1,
                    attributes,
                })
            }
            _ => {
                let start = at;
                // The first character of a name may be `=`.
                at += 1;
                while bytes
                    .get(at)
                    .is_some_and(|b| !b.is_ascii_whitespace() && !matches!(b, b'/' | b'>' | b'='))
                {
                    at += 1;
                }
                let name = bytes.get(start..at)?;
                let after_name = skip_space(at);
                if bytes.get(after_name) == Some(&b'=') {
                    let value = skip_space(after_name + 1);
                    at = match bytes.get(value)? {
                        quote @ (b'"' | b'\'') => {
                            value + 1 + memchr::memchr(*quote, bytes.get(value + 1..)?)? + 1
                        }
                        _ => {
                            let mut end = value;
                            while bytes
                                .get(end)
                                .is_some_and(|b| !b.is_ascii_whitespace() && *b != b'>')
                            {
                                end += 1;
                            }
                            end
                        }
                    };
                }
                attributes.push((start, at, name));
            }
        }
    }
}

/// Where the first `</name` (any case) at or after `from` starts.
fn find_close(bytes: &[u8], from: usize, name: &str) -> Option<usize> {
    let mut at = from;
    loop {
        let found = at + memchr::memmem::find(bytes.get(at..)?, b"</")?;
        let candidate = bytes.get(found + 2..found + 2 + name.len())?;
        if candidate.eq_ignore_ascii_case(name.as_bytes()) {
            return Some(found);
        }
        at = found + 2;
    }
}

#[cfg(test)]
mod tests {
    use super::slimmed;

    #[test]
    fn what_the_parser_never_needs_is_left_out() {
        let cases = [
            ("<p>a</p>", "<p>a</p>"),
            (
                "<SCRIPT src=x>var a = '<p>no</p>';</Script><p>yes</p><style>p{}</style>",
                "<SCRIPT ></Script><p>yes</p><style></style>",
            ),
            (
                "<script type=\"application/ld+json\">{\"a\":1}</script><scripts>kept</scripts>",
                "<script type=\"application/ld+json\">{\"a\":1}</script><scripts>kept</scripts>",
            ),
            ("<p>é</p><script>“unclosed", "<p>é</p><script>“unclosed"),
            ("<script", "<script"),
            (
                "<p>a<!-- <script>x</script> --></p><SVG viewBox=1><path d=x/></svg><noscript><img></noscript>",
                "<p>a</p><SVG ></svg><noscript></noscript>",
            ),
            ("<p>a</p><!-- unclosed", "<p>a</p><!-- unclosed"),
            (
                r#"<div class="a" data-x='{"b":1}' onclick=go()><img src=x.jpg alt="a > b"/>é</div>"#,
                r#"<div class="a"  ><img  />é</div>"#,
            ),
            (
                r#"<link rel=canonical href="/a"><a href="/b" rel=author>X</a><a id=c href=d>"#,
                r#"<link rel=canonical href="/a"><a  rel=author>X</a><a id=c >"#,
            ),
            (
                "<title>A <b data-x=1> c</title><textarea>d <i x=1></textarea><p x",
                "<title>A <b data-x=1> c</title><textarea>d <i x=1></textarea><p x",
            ),
            (
                r#"<script type="application/ld+json">{"a":"<p data-x=1>"}</script>"#,
                r#"<script type="application/ld+json">{"a":"<p data-x=1>"}</script>"#,
            ),
            ("a < b <3 <= c", "a < b <3 <= c"),
        ];
        for (page, expected) in cases {
            assert_eq!(slimmed(page), expected, "{page}");
        }
    }
}
