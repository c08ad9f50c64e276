//! Search benchmark: builds a store of many articles from real texts, then times a few hundred varied
//! searches.
//!
//! ```text
//! cargo run --release -p warta-store --example bench_search -- [GOLD_JSON] [ARTICLES]
//! ```
//!
//! The texts are the seed articles of `examples/corpus` and, when `GOLD_JSON` names an extraction
//! ground-truth file (`{"<hash>": {"articleBody": "…"}, …}`), its gold bodies. Each copy is varied so the
//! index is not full of twins: paragraphs shuffled, numbers changed, a sentence naming random people
//! and places added, a date within one year, an outlet, entities, speakers and a story. Reports the
//! index build rate through `Store::put_items` and search latency p50/p99 (with facets, snippets and the
//! SQLite look-up of each hit: what the API does).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{FixedOffset, TimeZone};
use warta_model::{Article, Entity, Format, Quote, QuoteKind, RawDocument, Speaker, SpeakerKind};
use warta_store::{BatchItem, SearchRequest, SearchSort, Store, StoryChanges};

const DEFAULT_ARTICLES: usize = 100_000;
const BATCH: usize = 1_000;
const PEOPLE: [&str; 12] = [
    "Prabowo Subianto",
    "Joko Widodo",
    "Sri Mulyani",
    "Retno Marsudi",
    "Anies Baswedan",
    "Ganjar Pranowo",
    "Joe Biden",
    "Donald Trump",
    "Vladimir Putin",
    "Volodymyr Zelensky",
    "Antonio Guterres",
    "Xi Jinping",
];
const PLACES: [&str; 10] = [
    "Jakarta",
    "Surabaya",
    "Medan",
    "Makassar",
    "Papua",
    "Kyiv",
    "Washington",
    "Beijing",
    "Gaza",
    "Moskow",
];
const OUTLETS: [&str; 8] = [
    "Kompas",
    "Detik",
    "Tempo",
    "Antara",
    "CNN Indonesia",
    "Reuters",
    "BBC",
    "Republika",
];

/// A small deterministic generator (xorshift), so runs are comparable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }
}

/// A seed text: title and paragraphs.
struct Seed {
    title: String,
    paragraphs: Vec<String>,
}

fn seeds(gold: Option<&Path>) -> Result<Vec<Seed>, Box<dyn std::error::Error>> {
    let mut texts = Vec::new();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus");
    for entry in std::fs::read_dir(corpus)? {
        texts.push(std::fs::read_to_string(entry?.path())?);
    }
    if let Some(gold) = gold {
        let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(gold)?)?;
        if let Some(records) = json.as_object() {
            texts.extend(
                records
                    .values()
                    .filter_map(|record| record["articleBody"].as_str())
                    .map(str::to_string),
            );
        }
    }
    Ok(texts
        .iter()
        .filter_map(|text| {
            let mut lines = text.lines().map(str::trim).filter(|line| !line.is_empty());
            let title = lines.next()?.chars().take(150).collect();
            let paragraphs: Vec<String> = lines.map(str::to_string).collect();
            (!paragraphs.is_empty()).then_some(Seed { title, paragraphs })
        })
        .collect())
}

/// Indonesian when its common function words outnumber English ones.
fn language(text: &str) -> &'static str {
    let count = |words: &[&str]| {
        text.split_whitespace()
            .filter(|word| words.contains(&word.to_lowercase().as_str()))
            .count()
    };
    if count(&["yang", "dan", "di", "dengan", "untuk", "dari"])
        > count(&["the", "and", "of", "to", "in"])
    {
        "id"
    } else {
        "en"
    }
}

/// The `n`th varied copy of a seed.
fn variant(n: usize, seed: &Seed, rng: &mut Rng) -> BatchItem {
    let mut paragraphs: Vec<String> = seed
        .paragraphs
        .iter()
        .map(|paragraph| {
            // Change every digit, so numbers differ between copies.
            paragraph
                .chars()
                .map(|c| {
                    if c.is_ascii_digit() {
                        char::from(b'0' + (rng.below(10) as u8))
                    } else {
                        c
                    }
                })
                .collect()
        })
        .collect();
    for i in (1..paragraphs.len()).rev() {
        paragraphs.swap(i, rng.below(i + 1));
    }
    let (person, place) = (rng.pick(&PEOPLE), rng.pick(&PLACES));
    let lang = language(&paragraphs.join(" "));
    paragraphs.push(if lang == "id" {
        format!("{person} mengatakan di {place} bahwa pemerintah akan menanggapi serangan itu.")
    } else {
        format!("{person} said in {place} that the government would respond to the attack.")
    });
    let text = paragraphs.join("\n\n");
    let raw = RawDocument::new(
        format!("bench/{n}.txt"),
        Format::Text,
        format!("{n}\n{text}").into_bytes(),
    );
    let day = rng.below(365) as i64;
    let published = FixedOffset::east_opt(7 * 3600).and_then(|zone| {
        zone.timestamp_opt(1_704_067_200 + day * 86_400 + rng.below(86_400) as i64, 0)
            .single()
    });
    let entity = |name: &str, kind: &str| Entity {
        name: name.to_string(),
        kind: kind.to_string(),
        roles: Vec::new(),
        mentions: Vec::new(),
    };
    let speaker = rng.pick(&PEOPLE);
    let article = Article {
        id: raw.content_hash.clone(),
        raw_hash: raw.content_hash.clone(),
        source: raw.source.clone(),
        url: None,
        title: Some(seed.title.clone()),
        text,
        lang: Some(lang.to_string()),
        published,
        outlet: Some(rng.pick(&OUTLETS).to_string()),
        original_outlet: (rng.below(4) == 0).then(|| rng.pick(&OUTLETS).to_string()),
        authors: Vec::new(),
        removed: Vec::new(),
        entities: vec![entity(person, "PERSON"), entity(place, "LOCATION")],
        quotes: vec![Quote {
            content: "pemerintah akan menanggapi".to_string(),
            kind: QuoteKind::Indirect,
            cue: Some("mengatakan".to_string()),
            speaker: Speaker {
                text: speaker.to_string(),
                kind: SpeakerKind::NamedPerson,
                name: Some(speaker.to_string()),
                start: None,
                end: None,
                antecedent: None,
            },
            via: None,
            when: None,
            start: 0,
            end: 0,
            confidence: 0.9,
            parts: Vec::new(),
            chain: Vec::new(),
        }],
        sources: Default::default(),
        languages: Vec::new(),
        segments: Vec::new(),
    };
    let mut item = BatchItem::new(raw, article);
    item.links.story = Some(format!("s-{}", rng.below(2_000)));
    item
}

/// The queries timed: single words, Indonesian inflections, phrases, with and without filters and sorts.
fn requests(rng: &mut Rng) -> Vec<SearchRequest> {
    let words = [
        "serangan",
        "menyerang",
        "diserang",
        "pemerintah",
        "pemerintahan",
        "menteri",
        "mengatakan",
        "kebijakan",
        "ekonomi",
        "attack",
        "attacks",
        "government",
        "election",
        "president",
        "\"pemerintah akan\"",
        "\"the government would\"",
        "\"menanggapi serangan\"",
        "harga minyak",
        "Prabowo",
        "Trump voters",
        "",
        "perang -Gaza",
    ];
    let mut requests = Vec::new();
    for round in 0..15 {
        for word in words {
            let mut request = SearchRequest::new(word, 20);
            match round % 5 {
                0 => {}
                1 => request.lang = Some(["id", "en"][rng.below(2)].to_string()),
                2 => {
                    request.outlet = Some(rng.pick(&OUTLETS).to_string());
                    request.sort = SearchSort::Date;
                }
                3 => {
                    request.entity = Some(rng.pick(&PEOPLE).to_string());
                    request.from = chrono::Utc
                        .timestamp_opt(1_704_067_200 + rng.below(200) as i64 * 86_400, 0)
                        .single();
                }
                _ => {
                    request.story = Some(format!("s-{}", rng.below(2_000)));
                    request.offset = 20;
                }
            }
            requests.push(request);
        }
    }
    requests
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(rank).copied().unwrap_or_default()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let gold = args
        .first()
        .filter(|arg| arg.parse::<usize>().is_err())
        .map(PathBuf::from);
    let articles = args
        .iter()
        .find_map(|arg| arg.parse().ok())
        .unwrap_or(DEFAULT_ARTICLES);
    let seeds = seeds(gold.as_deref())?;
    if seeds.is_empty() {
        return Err("no seed texts found".into());
    }
    let dir = tempfile::tempdir()?;
    let store = Store::open(dir.path())?;
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);

    let started = Instant::now();
    let mut n = 0;
    while n < articles {
        let batch: Vec<BatchItem> = (n..(n + BATCH).min(articles))
            .map(|i| variant(i, &seeds[i % seeds.len()], &mut rng))
            .collect();
        n += batch.len();
        store.put_items(&batch, &StoryChanges::default())?;
    }
    let build = started.elapsed();
    println!(
        "built {articles} articles from {} seed texts in {:.1} s: {:.0} articles/s",
        seeds.len(),
        build.as_secs_f64(),
        articles as f64 / build.as_secs_f64()
    );

    let requests = requests(&mut rng);
    // One untimed pass warms the caches, as a running server's would be.
    for request in &requests {
        store.search_with(request)?;
    }
    let mut times = Vec::with_capacity(requests.len());
    let mut matched = 0;
    for request in &requests {
        let started = Instant::now();
        matched += store.search_with(request)?.total;
        times.push(started.elapsed());
    }
    times.sort();
    println!(
        "{} queries (avg {} matches): p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        times.len(),
        matched / times.len().max(1),
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.99).as_secs_f64() * 1e3,
        times.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
    );
    Ok(())
}
