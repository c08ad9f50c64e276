//! End-to-end extraction of whole documents: seeds, encodings, HTML pages, JSON records, hostile input.

use std::path::PathBuf;

use warta_extract::extract;
use warta_model::{Format, RawDocument};

fn repo_file(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn body(doc: &warta_extract::Extracted) -> Vec<&str> {
    doc.blocks.iter().map(|b| b.text.as_str()).collect()
}

#[test]
fn seed_titles() {
    let cases = [
        (
            "000_c8f3cde4977ff973.txt",
            Some("Biden ‘diam-diam’ mengizinkan Ukraina melakukan serangan luas terhadap Rusia – Politico"),
        ),
        ("003_21f1d49beaa1a5c2.txt", None),
        (
            "004_1001db7d9672cb84.txt",
            Some(
                "Invasi Ukraina yang mengejutkan ke Kursk membuat Kremlin menarik sebagian pasukan dari Ukraina \
                 untuk mempertahankan Rusia, sesuai laporan.",
            ),
        ),
    ];
    for (name, title) in cases {
        let bytes = std::fs::read(repo_file("../../examples/corpus").join(name)).unwrap();
        let text = String::from_utf8(bytes.clone()).unwrap();
        let doc = extract(&RawDocument::new(name, Format::Text, bytes)).unwrap();
        assert_eq!(doc.title.as_deref(), title, "{name}");
        assert_eq!(doc.encoding, "UTF-8");
        assert!(doc.blocks.len() > 3);
        if title.is_none() {
            assert_eq!(doc.blocks[0].text, "Logo Bloomberg Technoz");
        }
        for block in &doc.blocks {
            let start = block.raw_start.unwrap();
            let found: String = text
                .chars()
                .skip(start)
                .take(block.text.chars().count())
                .collect();
            assert_eq!(found, block.text, "{name}");
        }
    }
}

#[test]
fn windows_1252_text() {
    let bytes = b"Menteri berkata \x93tidak ada\x94 soal kenaikan harga\n\nIa menambahkan, \x93Kami sudah siap.\x94 Caf\xe9 itu tutup.".to_vec();
    let doc = extract(&RawDocument::new("a.txt", Format::Text, bytes)).unwrap();
    assert_eq!(doc.encoding, "windows-1252");
    assert_eq!(
        doc.title.as_deref(),
        Some("Menteri berkata “tidak ada” soal kenaikan harga")
    );
    assert_eq!(
        body(&doc),
        ["Ia menambahkan, “Kami sudah siap.” Café itu tutup."]
    );
}

#[test]
fn html_with_declared_legacy_charset() {
    let latin1 = b"<html><head><meta charset=\"ISO-8859-1\"><title>Caf\xe9 cr\xe8me story of the day | Le Site</title></head>\
        <body><article><p>Le caf\xe9 \xe9tait plein, dit le patron, et la cr\xe8me br\xfbl\xe9e \xe9tait finie depuis midi.</p></article></body></html>";
    let doc = extract(&RawDocument::new("a.html", Format::Html, latin1.to_vec())).unwrap();
    assert_eq!(doc.encoding, "windows-1252");
    assert_eq!(doc.title.as_deref(), Some("Café crème story of the day"));
    assert!(body(&doc)[0].starts_with("Le café était plein"));

    let mut sjis = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head><body><p>".to_vec();
    let (encoded, _, _) = encoding_rs::SHIFT_JIS
        .encode("日本の首相は、経済対策を発表したと、政府関係者が木曜日に明らかにした。");
    sjis.extend_from_slice(&encoded);
    sjis.extend_from_slice(b"</p></body></html>");
    let doc = extract(&RawDocument::new("b.html", Format::Html, sjis)).unwrap();
    assert_eq!(doc.encoding, "Shift_JIS");
    assert_eq!(
        body(&doc),
        ["日本の首相は、経済対策を発表したと、政府関係者が木曜日に明らかにした。"]
    );
}

#[test]
fn invalid_utf8_does_not_fail() {
    for format in [Format::Text, Format::Html, Format::JsonRecord] {
        let bytes = match format {
            Format::JsonRecord => {
                b"{\"text\": \"Berita \xff\xfe rusak tapi tetap dibaca.\"}".to_vec()
            }
            _ => b"<p>Berita \xff\xfe\xc3 rusak tapi tetap dibaca sampai akhir.</p>".to_vec(),
        };
        let doc = extract(&RawDocument::new("x", format, bytes)).unwrap();
        assert!(
            body(&doc).concat().contains("rusak tapi tetap dibaca"),
            "{format:?}"
        );
    }
}

#[test]
fn malformed_and_deeply_nested_html() {
    let unclosed = "<html><body><div><p>Paragraf pertama yang tidak ditutup, cukup panjang untuk dihitung.<p>Paragraf \
                    kedua <b>tebal <i>miring</div></span></table>";
    let doc = extract(&RawDocument::new("u.html", Format::Html, unclosed.into())).unwrap();
    assert_eq!(doc.blocks.len(), 2);
    assert_eq!(doc.blocks[1].text, "Paragraf kedua tebal miring");

    let depth = 10_000;
    let mut nested = "<div>".repeat(depth);
    nested.push_str("<p>Teks di dasar sepuluh ribu div, dengan koma, dan titik.</p>");
    nested.push_str(&"</div>".repeat(depth));
    let doc = extract(&RawDocument::new("n.html", Format::Html, nested.into())).unwrap();
    assert_eq!(
        body(&doc),
        ["Teks di dasar sepuluh ribu div, dengan koma, dan titik."]
    );

    for junk in ["", "<", "<<<>>>", "</p></p>", "<html>", "\u{0}\u{0}"] {
        let doc = extract(&RawDocument::new("j.html", Format::Html, junk.into())).unwrap();
        assert!(doc.blocks.iter().all(|b| !b.text.trim().is_empty()));
    }
}

#[test]
fn article_page_without_boilerplate() {
    let bytes = std::fs::read(repo_file("tests/fixtures/article.html")).unwrap();
    let page = String::from_utf8(bytes.clone()).unwrap();
    let doc = extract(&RawDocument::new("article.html", Format::Html, bytes)).unwrap();
    assert_eq!(
        doc.title.as_deref(),
        Some("Menteri umumkan kebijakan baru untuk nelayan")
    );
    assert_eq!(
        body(&doc),
        [
            "Menteri Kelautan mengumumkan kebijakan baru pada hari Kamis, yang akan memberi nelayan kecil akses ke \
             bahan bakar bersubsidi, kata kementerian.",
            "“Kami ingin nelayan kecil tidak lagi kalah bersaing,” kata menteri di Jakarta, menambahkan bahwa aturan \
             itu berlaku bulan depan.",
            "Reaksi nelayan",
            "Kelompok nelayan di pesisir utara Jawa menyambut baik kebijakan tersebut, meski mereka meminta \
             pengawasan yang lebih ketat.",
        ]
    );
    for block in &doc.blocks {
        let start = block.raw_start.unwrap();
        let found: String = page
            .chars()
            .skip(start)
            .take(block.text.chars().count())
            .collect();
        assert_eq!(found, block.text);
    }
    assert_eq!(
        doc.published.map(|d| d.to_rfc3339()).as_deref(),
        Some("2024-05-30T14:05:00+07:00")
    );
    assert_eq!(
        doc.modified.map(|d| d.to_rfc3339()).as_deref(),
        Some("2024-05-31T08:00:00+07:00")
    );
    assert_eq!(doc.authors, ["Siti Aminah", "Budi Santoso"]);
    assert_eq!(doc.outlet.as_deref(), Some("Kabar Pesisir"));
    assert_eq!(
        doc.canonical_url.as_deref(),
        Some("https://kabarpesisir.example/berita/kebijakan-nelayan")
    );
    assert_eq!(doc.lang_hint.as_deref(), Some("id"));
}

#[test]
fn json_record_variants() {
    let record = |json: &str| {
        extract(&RawDocument::new(
            "r.jsonl:1",
            Format::JsonRecord,
            json.into(),
        ))
    };

    let doc = record(
        r#"{"id": 42, "url": "https://x.example/a", "title": "Judul dari rekaman", "text": "Paragraf satu.\n\nParagraf dua.",
            "published": "Thu, 30 May 2024 14:05:00 +0700", "outlet": "Kompas", "authors": ["A", "B"], "lang": "id"}"#,
    )
    .unwrap();
    assert_eq!(doc.id.as_deref(), Some("42"));
    assert_eq!(doc.title.as_deref(), Some("Judul dari rekaman"));
    assert_eq!(body(&doc), ["Paragraf satu.", "Paragraf dua."]);
    assert_eq!(
        doc.published.map(|d| d.to_rfc3339()).as_deref(),
        Some("2024-05-30T14:05:00+07:00")
    );
    assert_eq!(
        (doc.outlet.as_deref(), doc.lang_hint.as_deref()),
        (Some("Kompas"), Some("id"))
    );
    assert_eq!(doc.authors, ["A", "B"]);

    // No title field: the text's headline is used; an unparseable date is not an error.
    let doc = record(r#"{"text": "Judul di baris pertama teks\nIsi berita.", "published": "kemarin", "author": "C"}"#)
        .unwrap();
    assert_eq!(doc.title.as_deref(), Some("Judul di baris pertama teks"));
    assert_eq!((doc.published, doc.authors), (None, vec!["C".to_string()]));

    // HTML: its metadata fills what the record lacks.
    let doc = record(
        r#"{"url": "https://y.example/b", "html": "<html lang=en><head><meta property='og:site_name' content='Daily'><meta property='article:published_time' content='2024-01-02'></head><body><article><p>The minister said on Monday, in a statement, that prices would fall.</p></article></body></html>"}"#,
    )
    .unwrap();
    assert_eq!(doc.url.as_deref(), Some("https://y.example/b"));
    assert_eq!(
        (doc.outlet.as_deref(), doc.lang_hint.as_deref()),
        (Some("Daily"), Some("en"))
    );
    assert_eq!(
        doc.published.map(|d| d.to_rfc3339()).as_deref(),
        Some("2024-01-02T00:00:00+00:00")
    );
    assert_eq!(
        body(&doc),
        ["The minister said on Monday, in a statement, that prices would fall."]
    );

    for bad in [r#"{"title": "only a title"}"#, "[1, 2]", "{not json"] {
        assert!(record(bad).is_err(), "{bad}");
    }
}

#[test]
fn warc_charset_comes_from_the_http_header() {
    // Two responses whose pages name no charset: only their HTTP Content-Type says how to read them.
    let path = repo_file("tests/fixtures/legacy-charsets.warc");
    let docs: Vec<RawDocument> = warta_read::read_paths(&[path])
        .map(|doc| doc.unwrap())
        .collect();
    let cases: [(&str, &[&str]); 2] = [
        (
            "windows-1252",
            &[
                "“Kami sudah siap,” kata Menteri Perdagangan di Jakarta, Senin. Ia menambahkan bahwa stok beras cukup.",
                "Pedagang di pasar menyebut harga naik sejak pekan lalu – terutama beras premium …",
            ],
        ),
        (
            "ISO-8859-15",
            &["Le café coûte désormais 3 € à Paris, selon l'enquête."],
        ),
    ];
    assert_eq!(docs.len(), cases.len());
    for (raw, (encoding, blocks)) in docs.iter().zip(cases) {
        let doc = extract(raw).unwrap();
        assert_eq!((doc.encoding, body(&doc).as_slice()), (encoding, blocks));
    }
    // Without the header, the Latin-9 euro sign would be read as windows-1252's currency sign.
    let mut bare = docs[1].clone();
    bare.content_type = None;
    assert!(body(&extract(&bare).unwrap())[0].contains("3 ¤"));
}

#[test]
fn publication_dates() {
    let page = |head: &str, body: &str| {
        let html = format!(
            "<html><head>{head}</head><body><h1>Judul berita</h1>{body}<p>{}</p><p>{}</p></body></html>",
            "Isi berita yang panjang sekali, cukup panjang untuk menjadi paragraf. ".repeat(3),
            "Paragraf kedua juga panjang, dengan banyak kata di dalamnya sekali lagi. ".repeat(3),
        );
        let raw = RawDocument::new("a.html", Format::Html, html.into_bytes());
        extract(&raw).unwrap().published.map(|d| d.to_rfc3339())
    };
    let cases = [
        // Metadata in UTC, the byline in the outlet's own time.
        (
            r#"<meta property="article:published_time" content="2019-11-19T07:03:25+00:00">"#,
            "<p>By Reuters November 18, 2019 11:03 PM</p>",
            "2019-11-18T23:03:25-08:00",
        ),
        // A time without an offset, which the byline says is WIB.
        (
            r#"<meta name="publishdate" content="2024/08/12 14:30:00">"#,
            "<div>Senin, 12 Agustus 2024 14:30 WIB</div>",
            "2024-08-12T14:30:00+07:00",
        ),
        // A placeholder in the metadata: the byline decides.
        (
            r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script>"#,
            "<p>Published 7:07 PM EST Nov 19, 2019</p>",
            "2019-11-19T00:00:00+00:00",
        ),
        // JSON-LD broken by an unescaped quote still names its date.
        (
            r#"<script type="application/ld+json">{"@type":"Article","headline":"A "quoted" word","datePublished":"2018-04-18T14:39:09+02:00"}</script>"#,
            "<p>2019-04-10</p>",
            "2018-04-18T14:39:09+02:00",
        ),
    ];
    for (head, body, expected) in cases {
        assert_eq!(page(head, body).as_deref(), Some(expected), "{head}");
    }
}
