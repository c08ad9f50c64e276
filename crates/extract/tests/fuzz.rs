//! Property test: no input makes the extractor panic. Random bytes and mutations of a real page (markup
//! tokens spliced in, ranges cut, duplicated or truncated) go through every format, from a fixed seed so
//! that a failure reproduces.

use std::path::PathBuf;

use warta_extract::{document_id, extract};
use warta_model::{Format, RawDocument};

/// xorshift64*: a tiny deterministic generator, enough to drive mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const TOKENS: &[&str] = &[
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<br>",
    "<script>",
    "</script>",
    "<article>",
    "<h1>",
    "<a href=x>",
    "</a>",
    "<meta charset=\"shift_jis\">",
    "<!--",
    "-->",
    "<![CDATA[",
    "&#x",
    "&amp;",
    "\u{0}",
    "\u{feff}",
    "“",
    "é",
    "\u{200b}",
    "<time datetime=\"2024-13-99\">",
    "Selasa, 31 Februari 2020 25:99 WIB",
    "{\"@type\":\"NewsArticle\",\"author\":",
    "<script type=\"application/ld+json\">",
    "\"",
    "{",
    "}",
];

fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(5) {
            0 => {
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                bytes.splice(at..at, token.iter().copied());
            }
            1 => {
                let end = (at + rng.below(200)).min(bytes.len());
                bytes.drain(at..end);
            }
            2 => {
                let end = (at + rng.below(300)).min(bytes.len());
                let copy = bytes[at..end].to_vec();
                bytes.splice(at..at, copy);
            }
            3 => bytes.truncate(at),
            _ => {
                if let Some(byte) = bytes.get_mut(at) {
                    *byte = rng.next() as u8;
                }
            }
        }
    }
    bytes
}

#[test]
fn extraction_never_panics() {
    let page = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/article.html"),
    )
    .unwrap();
    let record = br#"{"id":"1","url":"https://a.id/x","title":"T","html":"<p>Isi berita yang cukup panjang.</p>","published":"2024-05-30","authors":["A"]}"#;
    let text =
        "Judul berita yang cukup panjang\n\nSelasa, 15 September 2020 10:00 WIB\nIsi.".as_bytes();
    let mut rng = Rng(0x5eed_0fa1);
    for round in 0..2000 {
        let (format, bytes) = match round % 4 {
            0 => (Format::Html, mutate(&mut rng, &page)),
            1 => (Format::JsonRecord, mutate(&mut rng, record)),
            2 => (Format::Text, mutate(&mut rng, text)),
            _ => {
                let len = rng.below(2000);
                let format = [Format::Html, Format::Text, Format::JsonRecord][rng.below(3)];
                (format, (0..len).map(|_| rng.next() as u8).collect())
            }
        };
        let raw = RawDocument::new(format!("fuzz-{round}.html"), format, bytes);
        if let Ok(extracted) = extract(&raw) {
            assert!(!document_id(&raw, &extracted).is_empty());
            for block in &extracted.blocks {
                assert!(!block.text.trim().is_empty());
            }
        }
    }
}
