//! End-to-end tests of the `warta` command as a user runs it: the seed corpus, re-ingest, crashes and bad input.

use serde_json::Value;
use std::{
    io::{BufRead, BufReader, Read, Write},
    net::TcpStream,
    path::{Path, PathBuf},
    process::{Command, Output, Stdio},
    time::{Duration, Instant},
};

fn warta() -> Command {
    Command::new(env!("CARGO_BIN_EXE_warta"))
}

/// `warta --data-dir DATA`.
fn warta_in(data: impl AsRef<Path>) -> Command {
    let mut command = warta();
    command.arg("--data-dir").arg(data.as_ref());
    command
}

/// Runs `command` with `input` on its stdin and its stdout captured.
fn run_with_stdin(command: &mut Command, input: &str) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn seeds() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(repo_root().join("examples/corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
}

fn gold() -> Value {
    let text = std::fs::read_to_string(repo_root().join("tests/fixtures/seeds-gold.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn run(cmd: &mut Command) -> Output {
    let output = cmd.output().unwrap();
    eprintln!("stdout: {}", String::from_utf8_lossy(&output.stdout));
    eprintln!("stderr: {}", String::from_utf8_lossy(&output.stderr));
    output
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn analyze_seeds() -> Vec<Value> {
    let output = run(warta().arg("analyze").arg("--json").args(seeds()));
    assert!(output.status.success());
    stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

fn file_name(article: &Value) -> String {
    Path::new(article["source"].as_str().unwrap())
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

#[test]
fn analyze_removes_every_gold_residue_line_and_nothing_of_the_article() {
    let gold = gold();
    let articles = analyze_seeds();
    assert_eq!(articles.len(), 3);
    for article in &articles {
        let name = file_name(article);
        let gold_article = &gold["articles"][&name];
        let removed: Vec<&str> = article["removed"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["text"].as_str().unwrap().trim())
            .collect();
        for residue in gold_article["residue"].as_array().unwrap() {
            let residue = residue.as_str().unwrap().trim();
            assert!(
                removed.contains(&residue),
                "{name}: residue {residue:?} not removed; removed {removed:?}"
            );
            assert!(!article["text"].as_str().unwrap().contains(residue) || residue == "Sumber");
        }
        let allowed: Vec<&str> = gold_article["residue"]
            .as_array()
            .unwrap()
            .iter()
            .chain(gold_article.get("credits"))
            .map(|v| v.as_str().unwrap().trim())
            .collect();
        for text in removed {
            let is_marker = text.split_whitespace().count() <= 2 && text.ends_with(':');
            assert!(
                allowed.contains(&text) || is_marker,
                "{name}: removed an article sentence: {text:?}"
            );
        }
    }
}

#[test]
fn analyze_finds_the_direct_quotes_with_their_speakers_as_written() {
    let gold = gold();
    for article in analyze_seeds() {
        let name = file_name(&article);
        let quotes = article["quotes"].as_array().unwrap();
        for expected in gold["articles"][&name]["quotes"].as_array().unwrap() {
            if expected["kind"] != "direct" {
                continue;
            }
            let content = expected["content"].as_str().unwrap();
            let head: String = content.chars().take(30).collect();
            let found = quotes
                .iter()
                .find(|q| q["content"].as_str().unwrap().contains(head.as_str()));
            let found = found.unwrap_or_else(|| panic!("{name}: direct quote {head:?} not found"));
            // The phrase as written may carry the role set off after the name ("Heorhiy Tykhi, juru bicara
            // …"); then the resolved name is the gold's phrase.
            let speaker = &found["speaker"];
            assert!(
                speaker["text"] == expected["speaker"] || speaker["name"] == expected["speaker"],
                "{name}: speaker of {head:?}: {speaker}"
            );
        }
    }
}

#[test]
fn analyze_reports_the_contract_fields() {
    for article in analyze_seeds() {
        for field in [
            "id",
            "source",
            "title",
            "text",
            "lang",
            "published",
            "outlet",
            "original_outlet",
        ] {
            assert!(article.get(field).is_some(), "missing {field}");
        }
        assert_eq!(article["lang"], "id");
        assert_eq!(article["languages"][0]["code"], "id");
        assert!(article["authors"].is_array() && article["entities"].is_array());
        let text: Vec<char> = article["text"].as_str().unwrap().chars().collect();
        for quote in article["quotes"].as_array().unwrap() {
            let (start, end) = (
                quote["start"].as_u64().unwrap() as usize,
                quote["end"].as_u64().unwrap() as usize,
            );
            let span: String = text[start..end].iter().collect();
            assert_eq!(
                span,
                quote["content"].as_str().unwrap(),
                "quote offsets are code points into text"
            );
        }
        for entity in article["entities"].as_array().unwrap() {
            for mention in entity["mentions"].as_array().unwrap() {
                let (start, end) = (
                    mention["start"].as_u64().unwrap() as usize,
                    mention["end"].as_u64().unwrap() as usize,
                );
                let span: String = text[start..end].iter().collect();
                assert_eq!(span, mention["text"].as_str().unwrap());
            }
        }
    }
}

fn summary_line(output: &Output) -> String {
    stdout(output)
        .lines()
        .find(|l| l.starts_with("read "))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn ingesting_the_same_files_twice_stores_nothing_new() {
    let data = tempfile::tempdir().unwrap();
    let first = run(warta_in(data.path()).arg("ingest").args(seeds()));
    assert!(first.status.success());
    assert_eq!(
        summary_line(&first),
        "read 3, stored 3, duplicates 0, failed 0"
    );
    let second = run(warta_in(data.path()).arg("ingest").args(seeds()));
    assert!(second.status.success());
    assert_eq!(
        summary_line(&second),
        "read 3, stored 0, duplicates 3, failed 0"
    );
    let stats = run(warta_in(data.path()).args(["stats", "--json"]));
    let stats: Value = serde_json::from_str(stdout(&stats).trim()).unwrap();
    assert_eq!(stats["articles"], 3);
    let jsonl = run(warta_in(data.path()).arg("export"));
    assert_eq!(stdout(&jsonl).lines().count(), 3);
    let csv =
        run(warta_in(data.path()).args(["export", "--format", "csv", "--query", "Stoltenberg"]));
    assert!(stdout(&csv)
        .starts_with("id,title,published,lang,outlet,original_outlet,authors,url,text\n"));
    let hits = run(warta_in(data.path()).args(["search", "--json", "Stoltenberg"]));
    assert_eq!(stdout(&hits).lines().count(), 1);
}

fn write_jsonl_corpus(path: &Path, count: usize) {
    let mut file = std::fs::File::create(path).unwrap();
    for i in 0..count {
        let record = serde_json::json!({
            "id": format!("doc-{i}"),
            "title": format!("Laporan nomor {i} tentang serangan drone"),
            "text": format!(
                "Pejabat itu mengatakan serangan ke{i} terjadi pada hari Selasa.\n\n\
                 “Kami akan menyelidiki kejadian ini,” kata juru bicara polisi penanda{i}."
            ),
        });
        writeln!(file, "{record}").unwrap();
    }
}

fn stored_articles(data_dir: &Path) -> Option<i64> {
    let stats = warta_in(data_dir).args(["stats", "--json"]).output().ok()?;
    let stats: Value = serde_json::from_str(String::from_utf8_lossy(&stats.stdout).trim()).ok()?;
    stats["articles"].as_i64()
}

#[test]
fn ingest_killed_mid_way_completes_on_rerun_without_duplicates_or_loss() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus.jsonl");
    let data = dir.path().join("data");
    let total = 4000;
    write_jsonl_corpus(&corpus, total);

    let mut child = warta_in(&data)
        .args(["ingest", "--batch-size", "50"])
        .arg(&corpus)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut killed_at = None;
    while Instant::now() < deadline {
        if let Some(n) = stored_articles(&data).filter(|&n| n > 0) {
            child.kill().unwrap(); // SIGKILL on Unix
            killed_at = Some(n);
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    child.wait().unwrap();
    let killed_at = killed_at.expect("ingest stored nothing within the deadline");
    assert!(
        killed_at < total as i64,
        "ingest finished before it could be killed"
    );

    let rerun = run(warta_in(&data)
        .args(["ingest", "--batch-size", "50"])
        .arg(&corpus));
    assert!(rerun.status.success());
    assert_eq!(stored_articles(&data), Some(total as i64));
    // Every document is in the index exactly once.
    for i in [0, total / 2, total - 1] {
        let hits = run(warta_in(&data).args(["search", "--json", &format!("penanda{i}")]));
        let ids: Vec<Value> = stdout(&hits)
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].clone())
            .collect();
        assert_eq!(ids, vec![Value::from(format!("doc-{i}"))]);
    }
}

#[test]
fn bad_input_is_reported_per_record_and_the_rest_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::write(corpus.join("a-empty.txt"), b"").unwrap();
    std::fs::write(
        corpus.join("b-binary.txt"),
        [0u8, 159, 146, 150, 0, 1, 2, 3].repeat(100),
    )
    .unwrap();
    let mut latin1 =
        b"Judul berita yang cukup panjang untuk judul\n\nKata Menteri: \"Caf\xe9 itu tutup.\"\n"
            .to_vec();
    latin1.extend_from_slice(b"\xff\xfe invalid \xc3\x28 bytes\n");
    std::fs::write(corpus.join("c-latin1.txt"), latin1).unwrap();
    let gz = {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        encoder
            .write_all(
                "Judul lengkap dari sebuah berita panjang\n\nIsi berita.\n"
                    .repeat(200)
                    .as_bytes(),
            )
            .unwrap();
        encoder.finish().unwrap()
    };
    std::fs::write(corpus.join("d-truncated.txt.gz"), &gz[..gz.len() / 2]).unwrap();
    std::fs::write(
        corpus.join("e-lines.jsonl"),
        "{\"id\": \"ok-1\", \"text\": \"Presiden mengatakan bahwa harga turun.\"}\nthis is not json\n{\"id\": \"ok-2\", \"text\": \"Menteri itu berkata lain.\"}\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(dir.path().join("missing"), corpus.join("f-dangling.txt")).unwrap();
    // 200 MB, sparse on disk: refused by its size before a byte of it is read into memory.
    let mut huge = std::fs::File::create(corpus.join("g-huge.txt")).unwrap();
    huge.write_all("Berita panjang sekali. ".repeat(1000).as_bytes())
        .unwrap();
    huge.set_len(200 * 1024 * 1024).unwrap();

    let data = dir.path().join("data");
    let output = run(warta_in(&data).arg("ingest").arg(&corpus));
    assert!(
        output.status.success(),
        "something was read, so the exit code is 0"
    );
    let out = stdout(&output);
    assert!(
        summary_line(&output).starts_with("read 3, stored 3,"),
        "{out}"
    );
    for (record, reason) in [
        ("a-empty.txt", "empty"),
        ("b-binary.txt", "binary"),
        ("d-truncated.txt.gz", "gzip"),
        ("e-lines.jsonl:2", "json"),
        ("f-dangling.txt", "no such file"),
        ("g-huge.txt", "larger than the limit"),
    ] {
        let reported = out.lines().any(|l| {
            l.contains("failed:") && l.contains(record) && l.to_lowercase().contains(reason)
        });
        assert!(reported, "{record} not reported with {reason:?}: {out}");
    }
}

#[test]
fn nothing_readable_exits_non_zero() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), b"").unwrap();
    let output = run(warta_in(dir.path().join("data"))
        .arg("ingest")
        .arg(dir.path().join("empty.txt")));
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn analyze_into_a_closed_pipe_exits_quietly() {
    let mut child = warta()
        .arg("analyze")
        .args(seeds())
        .args(seeds())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert!(status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"));
}

#[test]
fn serve_ingests_then_answers_http() {
    let data = tempfile::tempdir().unwrap();
    let mut child = warta_in(data.path())
        .args(["serve", "--addr", "127.0.0.1:0"])
        .args(seeds())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let addr = lines
        .by_ref()
        .map_while(Result::ok)
        .find_map(|line| line.split("http://").nth(1).map(str::to_string))
        .expect("serve prints its address");
    let get = |path: &str| {
        let mut stream = TcpStream::connect(&addr).unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        response
    };
    let health = get("/healthz");
    let articles = get("/api/articles");
    let home = get("/");
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
    assert_eq!(articles.matches("\"source\":").count(), 3, "{articles}");
    assert!(
        home.starts_with("HTTP/1.1 200") && home.contains("Biden"),
        "{home}"
    );
}

#[test]
fn langid_writes_one_code_per_line_in_order() {
    let input =
        "Kerajaan negeri berkata bahawa bilangan pelancong meningkat selepas sambutan itu.\n\
                 Pemerintah mengatakan jumlah wisatawan meningkat setelah perayaan itu.\n\
                 The government said the number of tourists rose after the celebration.\n\
                 \n";
    let output = run_with_stdin(warta().arg("langid"), input);
    assert_eq!(String::from_utf8_lossy(&output.stdout), "ms\nid\nen\nund\n");
}

#[test]
fn cluster_answers_every_input_line_in_order() {
    let mut input = String::new();
    for path in seeds() {
        let text = std::fs::read_to_string(&path).unwrap();
        let (title, body) = text.split_once('\n').unwrap();
        let id = path.file_stem().unwrap().to_string_lossy().into_owned();
        input.push_str(&serde_json::json!({ "id": id, "title": title, "text": body }).to_string());
        input.push('\n');
    }
    input.push_str("not json\n");
    let output = run_with_stdin(warta().arg("cluster"), &input);
    let answers: Vec<Value> = stdout(&output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(answers.len(), 4);
    assert_eq!(answers[0]["id"], "000_c8f3cde4977ff973");
    // 000 and 003 report on Western weapons against Russian territory; 004 on the Kursk incursion.
    assert_eq!(answers[0]["story"], answers[1]["story"]);
    assert_ne!(answers[0]["story"], answers[2]["story"]);
    assert!(answers[3]["error"].is_string());
}

#[test]
fn extract_prints_the_contract_fields_with_the_file_name_as_id() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("kabar-42.html");
    std::fs::write(
        &page,
        r#"<html lang="id"><head><title>Menteri meninjau banjir di Bekasi | Kabar</title>
        <meta property="og:site_name" content="Kabar"><meta name="author" content="Rina Wulandari">
        <meta property="article:published_time" content="2024-05-30T10:00:00+07:00"></head>
        <body><nav>Beranda Nasional Dunia</nav><article><h1>Menteri meninjau banjir di Bekasi</h1>
        <p>Menteri Sosial meninjau lokasi banjir di Bekasi pada Kamis pagi dan bertemu para pengungsi.</p>
        <p>“Kami akan mengirim bantuan tambahan hari ini,” kata menteri itu kepada wartawan di lokasi.</p>
        </article><footer>Hak cipta Kabar</footer></body></html>"#,
    )
    .unwrap();
    let output = run(warta().args(["extract", "--jsonl"]).arg(&page));
    assert!(output.status.success());
    let doc: Value = serde_json::from_str(stdout(&output).trim()).unwrap();
    assert_eq!(doc["id"], "kabar-42");
    assert_eq!(doc["title"], "Menteri meninjau banjir di Bekasi");
    assert_eq!(doc["outlet"], "Kabar");
    assert_eq!(doc["authors"], serde_json::json!(["Rina Wulandari"]));
    assert_eq!(doc["lang"], "id");
    assert!(doc["published"]
        .as_str()
        .unwrap()
        .starts_with("2024-05-30T10:00:00"));
    let text = doc["text"].as_str().unwrap();
    assert!(
        text.contains("bantuan tambahan")
            && !text.contains("Beranda")
            && !text.contains("Hak cipta")
    );
}

#[test]
fn ner_conll_labels_every_token_and_keeps_blank_lines() {
    let input = "Presiden\tO\nJoko\tB-PERSON\nWidodo\tI-PERSON\ntiba\tO\ndi\tO\nJakarta\tB-PLACE\n\nIa\tO\npergi\tO\n";
    let output = run_with_stdin(warta().args(["ner", "--conll"]), input);
    let out = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 9);
    assert_eq!(lines[6], "");
    assert_eq!(&lines[1..3], ["Joko\tB-PERSON", "Widodo\tI-PERSON"]);
    assert_eq!(lines[5], "Jakarta\tB-LOCATION");
    let allowed = [
        "O",
        "B-PERSON",
        "I-PERSON",
        "B-LOCATION",
        "I-LOCATION",
        "B-ORGANIZATION",
        "I-ORGANIZATION",
    ];
    for line in lines.iter().filter(|l| !l.is_empty()) {
        let label = line.split('\t').nth(1).unwrap();
        assert!(allowed.contains(&label), "{line}");
    }
}

/// A gzipped WARC with one HTML response, and an RSS feed and an Atom feed of one item each.
fn crawl_fixtures(dir: &Path) {
    let page = "<html><head><title>Banjir rob melanda pesisir Jakarta Utara</title></head><body><article>\
        <p>Banjir rob kembali melanda permukiman di pesisir Jakarta Utara pada Selasa pagi.</p>\
        <p>“Air masuk ke rumah sejak subuh,” kata seorang warga kepada wartawan.</p></article></body></html>";
    let http = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Length: {}\r\n\r\n{page}",
        page.len()
    );
    let record = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://kabar.example/banjir-rob\r\n\
         WARC-Date: 2024-05-30T07:05:00Z\r\nContent-Type: application/http; msgtype=response\r\n\
         Content-Length: {}\r\n\r\n{http}\r\n\r\n",
        http.len()
    );
    let mut warc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    warc.write_all(record.as_bytes()).unwrap();
    std::fs::write(dir.join("crawl.warc.gz"), warc.finish().unwrap()).unwrap();
    std::fs::write(
        dir.join("feed.rss"),
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Kabar</title>
        <item><title>Harga cabai naik menjelang Lebaran</title><link>https://kabar.example/cabai</link>
        <pubDate>Tue, 02 Apr 2024 08:00:00 +0700</pubDate>
        <description>Harga cabai rawit di pasar induk naik dua kali lipat menjelang Lebaran, kata pedagang.</description>
        </item></channel></rss>"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("feed.atom"),
        r#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Warta Dunia</title>
        <id>urn:warta-dunia</id><updated>2024-06-01T10:00:00Z</updated>
        <entry><title>Gempa guncang Sulawesi Barat</title><id>urn:gempa</id>
        <link href="https://dunia.example/gempa"/><updated>2024-06-01T10:00:00Z</updated>
        <content type="html">&lt;p&gt;Gempa bermagnitudo 6,2 mengguncang Mamuju di Sulawesi Barat pada Jumat dini hari.&lt;/p&gt;</content>
        </entry></feed>"#,
    )
    .unwrap();
}

#[test]
fn warc_rss_and_atom_round_trip_into_stored_searchable_articles() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("crawl");
    std::fs::create_dir(&corpus).unwrap();
    crawl_fixtures(&corpus);
    let data = dir.path().join("data");
    let output = run(warta_in(&data).arg("ingest").arg(&corpus));
    assert!(output.status.success());
    assert_eq!(
        summary_line(&output),
        "read 3, stored 3, duplicates 0, failed 0"
    );
    for (word, source) in [
        ("rob", "https://kabar.example/banjir-rob"),
        ("cabai", "https://kabar.example/cabai"),
        ("Mamuju", "https://dunia.example/gempa"),
    ] {
        let hits = run(warta_in(&data).args(["search", "--json", word]));
        let hits: Vec<Value> = stdout(&hits)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(hits.len(), 1, "{word}");
        let id = hits[0]["id"].as_str().unwrap().to_string();
        let article = run(warta_in(&data).args(["export", "--query", word]));
        let article: Value = serde_json::from_str(stdout(&article).trim()).unwrap();
        assert_eq!(article["id"], id);
        assert_eq!(article["source"], source, "{word}");
    }
}

#[test]
fn a_users_alias_file_merges_spellings_the_shipped_table_does_not_know() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("ziarah.txt");
    std::fs::write(
        &article,
        "Peziarah mengenang mantan presiden\n\n\
         Ribuan peziarah mendatangi makam Abdurrahman Wahid di Jombang pada Minggu. Mereka datang dari \
         berbagai kota untuk mengenang Gus Dur. \"Gus Dur mengajarkan kami toleransi,\" kata Ahmad Fauzi, \
         seorang peziarah dari Surabaya.\n",
    )
    .unwrap();
    let aliases = dir.path().join("aliases.tsv");
    std::fs::write(&aliases, "# mine\nAbdurrahman Wahid\tGus Dur\n").unwrap();
    let people = |output: Output| -> Vec<(String, usize)> {
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let article: Value = serde_json::from_str(stdout(&output).trim()).unwrap();
        article["entities"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["type"] == "PERSON" && e["name"] != "Ahmad Fauzi")
            .map(|e| {
                let name = e["name"].as_str().unwrap().to_string();
                (name, e["mentions"].as_array().unwrap().len())
            })
            .collect()
    };
    let shipped = people(run(warta().args(["analyze", "--json"]).arg(&article)));
    assert_eq!(shipped.len(), 2, "{shipped:?}");
    let extended = people(run(warta()
        .arg("--aliases")
        .arg(&aliases)
        .args(["analyze", "--json"])
        .arg(&article)));
    assert_eq!(extended, [("Abdurrahman Wahid".to_string(), 3)]);
}
