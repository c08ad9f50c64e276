//! Decoding: raw bytes into text, whatever their encoding.
//!
//! Order of evidence: a byte-order mark; valid UTF-8 stays UTF-8; the charset of the content type the
//! transport declared (a WARC record's HTTP header), as browsers rank it; for HTML, a `<meta charset>` (or
//! `http-equiv` content type) near the top; otherwise chardetng's guess. Decoding never fails: bytes that are
//! invalid in the chosen encoding become U+FFFD.

use std::borrow::Cow;
use std::sync::LazyLock;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use regex::bytes::Regex;

/// How far into a page a `<meta charset>` is looked for (browsers look at 1024 bytes; pages are sloppier).
const META_SNIFF_BYTES: usize = 8 * 1024;

static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)"#).expect("static regex")
});

/// Decodes `bytes` (an HTML page when `html`), returning the text and the name of the encoding used.
pub fn decode(bytes: &[u8], html: bool) -> (String, &'static str) {
    let (text, encoding) = decode_borrowed(bytes, html, None);
    (text.into_owned(), encoding)
}

/// [`decode`] given the declared `content_type` (`text/html; charset=windows-1252`), borrowing the bytes
/// when they are already UTF-8 (most pages): no copy of the page.
pub(crate) fn decode_borrowed<'b>(
    bytes: &'b [u8],
    html: bool,
    content_type: Option<&str>,
) -> (Cow<'b, str>, &'static str) {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) =
            encoding.decode_without_bom_handling(bytes.get(bom_len..).unwrap_or_default());
        return (text, encoding.name());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (Cow::Borrowed(text), UTF_8.name());
    }
    let declared = content_type
        .and_then(header_charset)
        .or_else(|| html.then(|| meta_charset(bytes)).flatten());
    // A page that declares UTF-8 but is not valid UTF-8 is lying about something: let the detector judge.
    let encoding = declared.filter(|e| *e != UTF_8).unwrap_or_else(|| {
        let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
        detector.feed(bytes, true);
        detector.guess(None, Utf8Detection::Allow)
    });
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    (text, encoding.name())
}

/// The encoding named by the `charset` parameter of a content type, if encoding_rs knows it.
fn header_charset(content_type: &str) -> Option<&'static Encoding> {
    content_type.split(';').skip(1).find_map(|parameter| {
        let (name, value) = parameter.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| Encoding::for_label(value.trim().trim_matches(['"', '\'']).as_bytes()))
            .flatten()
    })
}

/// The encoding a page declares in a `<meta>` tag, if it names one encoding_rs knows. UTF-16 declarations
/// are ignored, as browsers do: a page that can be sniffed as ASCII is not UTF-16.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..META_SNIFF_BYTES).unwrap_or(bytes);
    let label = META_CHARSET.captures(head)?.get(1)?.as_bytes();
    Encoding::for_label(label).filter(|e| *e != UTF_16LE && *e != UTF_16BE)
}

#[cfg(test)]
mod tests {
    use super::{decode, decode_borrowed};

    #[test]
    fn encodings_are_detected() {
        let cases: &[(&[u8], bool, &str, &str)] = &[
            (b"plain ascii", false, "plain ascii", "UTF-8"),
            ("Jakarta — “kata”".as_bytes(), false, "Jakarta — “kata”", "UTF-8"),
            (b"\xef\xbb\xbfwith bom", false, "with bom", "UTF-8"),
            (b"\xff\xfeH\x00i\x00", false, "Hi", "UTF-16LE"),
            (
                b"<html><head><meta charset=\"iso-8859-1\"></head><body>Caf\xe9</body></html>",
                true,
                "<html><head><meta charset=\"iso-8859-1\"></head><body>Caf\u{e9}</body></html>",
                "windows-1252",
            ),
            (
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">\x93\xfa\x96\x7b",
                true,
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">\u{65e5}\u{672c}",
                "Shift_JIS",
            ),
        ];
        for (bytes, html, text, encoding) in cases {
            assert_eq!(decode(bytes, *html), (text.to_string(), *encoding));
        }
    }

    #[test]
    fn the_declared_charset_outranks_meta_and_detection() {
        let page = b"<meta charset=windows-1252><p>Caf\xe9</p>";
        let cases: &[(Option<&str>, &str, &str)] = &[
            // Detection alone would read Latin: the header says Greek.
            (
                Some("text/html; charset=\"ISO-8859-7\""),
                "Caf\u{3b9}",
                "ISO-8859-7",
            ),
            (
                Some("text/html;charset=iso-8859-7;x=y"),
                "Caf\u{3b9}",
                "ISO-8859-7",
            ),
            (Some("text/html"), "Caf\u{e9}", "windows-1252"),
            (
                Some("text/html; charset=no-such"),
                "Caf\u{e9}",
                "windows-1252",
            ),
            (None, "Caf\u{e9}", "windows-1252"),
        ];
        for (content_type, text, encoding) in cases {
            let (decoded, used) = decode_borrowed(page, true, *content_type);
            assert!(decoded.contains(text), "{content_type:?}: {decoded}");
            assert_eq!(used, *encoding, "{content_type:?}");
        }
        // Valid UTF-8 stays UTF-8 whatever the header says: servers default to Latin-1 wrongly.
        let (text, used) = decode_borrowed(
            "Café".as_bytes(),
            true,
            Some("text/html; charset=iso-8859-1"),
        );
        assert_eq!((text.as_ref(), used), ("Café", "UTF-8"));
    }

    #[test]
    fn windows_1252_text_is_detected() {
        let bytes = b"\x93Ini adalah kutipan,\x94 kata menteri itu. Caf\xe9 cr\xe8me br\xfbl\xe9e na\xefve r\xe9sum\xe9.";
        let (text, encoding) = decode(bytes, false);
        assert_eq!(encoding, "windows-1252");
        assert!(text.starts_with("“Ini adalah kutipan,” kata"), "{text}");
        assert!(text.contains("Café crème brûlée"));
    }

    #[test]
    fn invalid_utf8_never_fails() {
        let (text, _) = decode(b"ok \xff\xfe\xfd \xc3", false);
        assert!(text.starts_with("ok "));
        let (text, encoding) = decode(b"<meta charset=utf-8><p>bad \xff byte</p>", true);
        assert!(text.contains("bad"), "{text} {encoding}");
    }
}
