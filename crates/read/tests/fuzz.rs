//! Property test: no file makes the reader panic or loop. WARC (plain and gzipped), JSON Lines, feeds and
//! gzip files are mutated (markup and record tokens spliced in, ranges cut, duplicated or truncated) from a
//! fixed seed, so that a failure reproduces; every file must end in a bounded number of items.

use std::io::Write;

use flate2::write::GzEncoder;
use flate2::Compression;
use warta_read::Reader;

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
    "WARC/1.0\r\n",
    "WARC/1.1\r\n",
    "Content-Length: 99999999\r\n",
    "Content-Length: -3\r\n",
    "WARC-Type: response\r\n",
    "\r\n\r\n",
    "\n",
    "HTTP/1.1 200 OK\r\n",
    "Content-Type: text/html\r\n",
    "Transfer-Encoding: chunked\r\n",
    "ffffffff\r\n",
    "Content-Encoding: gzip\r\n",
    "<item>",
    "</item>",
    "<entry>",
    "<![CDATA[",
    "]]>",
    "<!ENTITY x \"&x;&x;\">",
    "&x;",
    "{\"",
    "\"}",
    "\u{0}",
    "\u{1f}\u{8b}",
];

fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut bytes = seed.to_vec();
    for _ in 0..1 + rng.below(6) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(5) {
            0 => {
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                bytes.splice(at..at, token.iter().copied());
            }
            1 => {
                let end = (at + rng.below(100)).min(bytes.len());
                bytes.drain(at..end);
            }
            2 => {
                let end = (at + rng.below(200)).min(bytes.len());
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

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

fn warc_record(kind: &str, block: &str) -> String {
    format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: https://a.id/x\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
        block.len()
    )
}

#[test]
fn reading_never_panics() {
    let page = "<html><body><p>Isi berita.</p></body></html>";
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{page}");
    let warc = [
        warc_record("warcinfo", "x: y"),
        warc_record("response", &http),
        warc_record("response", &http),
    ]
    .concat();
    let feed = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>K</title><item><title>A</title><link>https://a.id/1</link><description>&lt;p&gt;Isi&lt;/p&gt;</description></item><item><title>B</title><description>Isi dua</description></item></channel></rss>"#;
    let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>x</title><link href="https://a.id/2"/><content type="html">&lt;p&gt;y&lt;/p&gt;</content></entry></feed>"#;
    let jsonl = "{\"id\":\"1\",\"text\":\"a\"}\n{\"id\":\"2\",\"html\":\"<p>b</p>\"}\n";
    let seeds: [(&str, &[u8]); 5] = [
        ("f.warc", warc.as_bytes()),
        ("f.rss", feed.as_bytes()),
        ("f.atom", atom.as_bytes()),
        ("f.jsonl", jsonl.as_bytes()),
        ("f.html", page.as_bytes()),
    ];
    let dir = tempfile::tempdir().unwrap();
    let reader = Reader::new()
        .max_document_bytes(64 * 1024)
        .max_line_bytes(4096);
    let mut rng = Rng(0x0dd_ba11);
    for round in 0..700 {
        let (name, seed) = seeds[round % seeds.len()];
        let mut bytes = mutate(&mut rng, seed);
        let mut name = name.to_string();
        // Gzip before or after mutating: a damaged record inside a sound stream, or a damaged stream.
        match rng.below(4) {
            0 => {
                bytes = gzip(&bytes);
                name.push_str(".gz");
            }
            1 => {
                bytes = mutate(&mut rng, &gzip(seed));
                name.push_str(".gz");
            }
            2 => name = format!("sniffed{round}"),
            _ => {}
        }
        let path = dir.path().join(&name);
        std::fs::write(&path, &bytes).unwrap();
        let items = reader.read(&[path]).take(10_000).count();
        assert!(items < 10_000, "{name}: runaway reader");
    }
}
