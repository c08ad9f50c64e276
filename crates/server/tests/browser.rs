//! End to end in a real browser: headless Chromium, driven through chromedriver, against the server on a
//! store holding the seed articles. Opens the home page, searches "serangan", opens a hit, finds a quote
//! with its speaker, opens the story list, an article's "also published by" and its story's timeline, and
//! switches the interface language. Screenshots of each step are written to
//! `target/browser-screenshots/` for a person (or CI's artifacts) to look at.
//!
//! Needs `/usr/bin/chromium` and `chromedriver` (Debian: `apt-get install chromium chromium-driver`).
//! Without them the test fails, unless `WARTA_SKIP_BROWSER=1` says to skip it.

use std::{
    net::{Ipv4Addr, SocketAddr, TcpListener as StdListener},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::Arc,
};

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use warta_model::{Format, RawDocument};
use warta_store::{BatchItem, DuplicateKind, DuplicateLink, Store, StoryChanges};
use warta_stories::{Clusterer, Config, StoryInput};

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "chromedriver";
/// How many times to look for chromedriver's port before giving up: it starts in well under a second.
const DRIVER_START_ATTEMPTS: usize = 200;

/// chromedriver, stopped when dropped.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    StdListener::bind((Ipv4Addr::LOCALHOST, 0))
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .expect("a free local port")
}

async fn start_driver() -> (Driver, String) {
    let port = free_port();
    let child = Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|err| {
            panic!("cannot start {CHROMEDRIVER} ({err}); install chromium-driver or set WARTA_SKIP_BROWSER=1")
        });
    let driver = Driver(child);
    for _ in 0..DRIVER_START_ATTEMPTS {
        if tokio::net::TcpStream::connect((Ipv4Addr::LOCALHOST, port))
            .await
            .is_ok()
        {
            return (driver, format!("http://127.0.0.1:{port}"));
        }
        tokio::task::yield_now().await;
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    panic!("{CHROMEDRIVER} did not open port {port}");
}

/// A store with the seed articles run through the pipeline and grouped into stories, plus a copy of the
/// first seed under other bytes, linked to it as an exact duplicate. Returns the first seed's id beside it.
fn seed_store(dir: &Path) -> (Store, String) {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .expect("examples/corpus")
        .map(|entry| entry.expect("a corpus entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 3, "the seed articles are in {corpus:?}");
    let mut documents: Vec<RawDocument> = paths
        .iter()
        .map(|path| {
            let bytes = std::fs::read(path).expect("a seed article");
            RawDocument::new(path.display().to_string(), Format::Text, bytes)
        })
        .collect();
    let copy = String::from_utf8_lossy(&documents[0].bytes).replace("\n\n", "\n\n\n");
    documents.push(RawDocument::new(
        "mirror/copy.txt",
        Format::Text,
        copy.into_bytes(),
    ));
    let mut clusterer = Clusterer::new(Config::default());
    // The seeds carry no dates; the mirror dated its copy, which puts a day on the story's timeline.
    let mirror_date = chrono::DateTime::parse_from_rfc3339("2024-05-31T09:30:00+07:00").ok();
    let mut items: Vec<BatchItem> = documents
        .into_iter()
        .map(|raw| {
            let mut article = warta_pipeline::process(&raw).expect("the pipeline handles a seed");
            if raw.source.starts_with("mirror/") {
                article.published = article.published.or(mirror_date);
            }
            clusterer.add(&StoryInput::from(&article));
            BatchItem::new(raw, article)
        })
        .collect();
    // Stories may merge as articles arrive: ask for each article's final story once all are in.
    for item in &mut items {
        item.links.story = clusterer
            .story_of(&item.article.id)
            .map(|id| id.to_string());
    }
    let original = items[0].article.id.clone();
    if let Some(copy) = items.last_mut() {
        copy.links.duplicates.push(DuplicateLink {
            of: original,
            kind: DuplicateKind::Exact,
            similarity: 1.0,
        });
    }
    let store = Store::open(dir).expect("open store");
    store
        .put_items(&items, &StoryChanges::default())
        .expect("store the seeds");
    (store, items.swap_remove(0).article.id)
}

fn screenshot_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let dir = target.join("browser-screenshots");
    std::fs::create_dir_all(&dir).expect("create the screenshot folder");
    dir
}

async fn screenshot(browser: &Client, name: &str) {
    save(name, browser.screenshot().await.expect("a screenshot"));
}

fn save(name: &str, png: Vec<u8>) {
    let path = screenshot_dir().join(format!("{name}.png"));
    std::fs::write(&path, png).expect("write the screenshot");
    eprintln!("screenshot: {}", path.display());
}

async fn text_of(browser: &Client, css: &str) -> String {
    browser
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|err| panic!("no {css}: {err}"))
        .text()
        .await
        .expect("element text")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_open_an_article_and_see_who_said_what() {
    if !Path::new(CHROMIUM).exists() {
        if std::env::var("WARTA_SKIP_BROWSER").as_deref() == Ok("1") {
            eprintln!("skipped: {CHROMIUM} is absent and WARTA_SKIP_BROWSER=1");
            return;
        }
        panic!(
            "{CHROMIUM} is absent: install it (apt-get install chromium chromium-driver) \
             or set WARTA_SKIP_BROWSER=1 to skip this test"
        );
    }

    let data = tempfile::tempdir().expect("temp dir");
    let (store, first_seed) = seed_store(data.path());
    let store = Arc::new(store);
    let listener = tokio::net::TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
        .await
        .expect("bind the server");
    let site = format!("http://{}", listener.local_addr().expect("server address"));
    tokio::spawn(async move { axum::serve(listener, warta_server::router(store)).await });

    let (_driver, webdriver) = start_driver().await;
    let profile = tempfile::tempdir().expect("browser profile dir");
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".to_string(),
        serde_json::json!({
            "binary": CHROMIUM,
            "args": [
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,1000",
                "--lang=en-US",
                format!("--user-data-dir={}", profile.path().display()),
            ],
        }),
    );
    let browser = ClientBuilder::new(HttpConnector::new())
        .capabilities(capabilities)
        .connect(&webdriver)
        .await
        .expect("a browser session");

    // The home page lists the seeds.
    browser.goto(&site).await.expect("open the home page");
    let links = browser
        .find_all(Locator::Css("table a[href^='/articles/']"))
        .await
        .expect("article links");
    assert!(links.len() >= 3, "the home page lists the seed articles");
    screenshot(&browser, "1-home").await;

    // Search as a reader would: type in the box and press the button.
    let search_box = browser
        .find(Locator::Css("header input[name=q]"))
        .await
        .expect("the search box");
    search_box.send_keys("serangan").await.expect("type");
    browser
        .find(Locator::Css("header form[role=search] button"))
        .await
        .expect("the search button")
        .click()
        .await
        .expect("search");
    let hits = browser
        .wait()
        .for_element(Locator::Css("ol.hits li a"))
        .await
        .expect("search hits");
    assert!(browser
        .current_url()
        .await
        .expect("url")
        .as_str()
        .contains("q=serangan"));
    let marked = text_of(&browser, "ol.hits mark").await;
    assert!(!marked.is_empty(), "the matched word is marked");
    screenshot(&browser, "2-search").await;

    // Open the first hit: its quotes are marked in the text and listed with their speakers.
    hits.click().await.expect("open the hit");
    browser
        .wait()
        .for_element(Locator::Css("article h1"))
        .await
        .expect("the article page");
    let marks = browser
        .find_all(Locator::Css(".article-text mark.quote"))
        .await
        .expect("quote marks");
    assert!(!marks.is_empty(), "the quotes are marked in the text");
    let quote = text_of(&browser, "ol.quotes li blockquote").await;
    let speaker = text_of(&browser, "ol.quotes li .attribution strong").await;
    assert!(!quote.trim().is_empty(), "a quote");
    assert!(!speaker.trim().is_empty(), "its speaker");
    screenshot(&browser, "3-article").await;
    let quotes = browser
        .find(Locator::Css("ol.quotes"))
        .await
        .expect("the quote list");
    save(
        "3-article-quotes",
        quotes.screenshot().await.expect("a screenshot"),
    );

    // The stories: the list shows the seeds' two stories; the first story's page draws its timeline.
    browser
        .goto(&format!("{site}/stories"))
        .await
        .expect("open the story list");
    let stories = browser
        .find_all(Locator::Css("table a[href^='/stories/']"))
        .await
        .expect("story links");
    assert_eq!(stories.len(), 2, "the seeds tell two stories");
    screenshot(&browser, "4-stories").await;
    browser
        .goto(&format!("{site}/articles/{first_seed}"))
        .await
        .expect("open the first seed");
    let also = text_of(&browser, "section.also").await;
    assert!(also.contains("same text"), "its copy is listed: {also}");
    screenshot(&browser, "5-article-also-published").await;
    // Its sources: the chains its quotes came through, drawn as a graph.
    let sources = browser
        .find(Locator::Css("section.sources"))
        .await
        .expect("the sources section");
    save(
        "5-article-sources",
        sources.screenshot().await.expect("a screenshot"),
    );
    browser
        .find(Locator::Css("dl.meta a[href^='/stories/']"))
        .await
        .expect("the link to the article's story")
        .click()
        .await
        .expect("open the story");
    browser
        .wait()
        .for_element(Locator::Css("ol.timeline"))
        .await
        .expect("the story page");
    let days = browser
        .find_all(Locator::Css("ol.timeline > li time.day"))
        .await
        .expect("timeline days");
    assert!(!days.is_empty(), "the timeline has dated entries");
    let first = text_of(&browser, "table .first").await;
    assert!(!first.is_empty(), "the first reporter is marked");
    screenshot(&browser, "6-story").await;

    // Switch the interface to Indonesian from the header; the choice sticks on the next page.
    browser
        .find(Locator::Css("nav.languages a[lang=id]"))
        .await
        .expect("the language switch")
        .click()
        .await
        .expect("switch language");
    browser
        .wait()
        .for_element(Locator::Css("html[lang=id]"))
        .await
        .expect("the page in Indonesian");
    browser
        .goto(&format!("{site}/entities"))
        .await
        .expect("open the entities page");
    assert_eq!(text_of(&browser, "main h1").await, "Nama dalam artikel");
    screenshot(&browser, "7-entities-id").await;

    browser.close().await.expect("close the browser");
}
