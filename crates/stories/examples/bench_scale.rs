//! Clusters a large synthetic archive incrementally and reports throughput per slice and peak memory, to show
//! that the cost of an article depends on the active window, not on the size of the archive.
//!
//! ```text
//! cargo run --release -p warta-stories --example bench_scale -- ../shared/eval/clustering/mds_ac_dev_final.json [ARTICLES]
//! ```
//!
//! The archive is made from real texts: the MDS articles and the three seed articles are the templates of
//! synthetic events. Each event takes one template, a date within one year and its own names, numbers and
//! vocabulary (every capitalised word, every number and half of the other words of the template are
//! replaced, consistently within the event, so two events of one template are as alike as two events of
//! one kind, such as two earthquakes); each
//! of its articles keeps a random part of the template's sentences in a shuffled order and is published
//! within three days of the event. Articles arrive in publication order, so the active window slides through
//! the year.

use std::time::Instant;

use chrono::{DateTime, Duration, FixedOffset};
use warta_stories::eval::{parse_mds, score};
use warta_stories::{Clusterer, Config, StoryInput};

const SLICE: usize = 10_000;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or("usage: bench_scale MDS_JSON [ARTICLES]")?;
    let total: usize = args.next().map_or(Ok(100_000), |n| n.parse())?;

    let mut templates: Vec<StoryInput> = parse_mds(&std::fs::read_to_string(&path)?)?.articles;
    for seed in [
        include_str!("../../../examples/corpus/000_c8f3cde4977ff973.txt"),
        include_str!("../../../examples/corpus/003_21f1d49beaa1a5c2.txt"),
        include_str!("../../../examples/corpus/004_1001db7d9672cb84.txt"),
    ] {
        let (title, text) = seed.split_once('\n').unwrap_or(("", seed));
        templates.push(StoryInput::new("seed", title.trim(), text));
    }

    let plan = plan(total, templates.len());
    let events = plan.iter().map(|a| a.event).max().map_or(0, |e| e + 1);
    println!(
        "{total} articles from {events} synthetic events over {} templates; memory before clustering: {}",
        templates.len(),
        memory("VmRSS")
    );

    let mut clusterer = Clusterer::new(Config::default());
    let mut assigned = Vec::with_capacity(total);
    // The machine may be shared: besides wall-clock time, the CPU time of this thread counts what the
    // clusterer itself cost.
    let (mut wall, mut cpu) = (0.0, 0.0);
    let (mut slice_wall, mut slice_cpu) = (0.0, 0.0);
    for (n, planned) in plan.iter().enumerate() {
        let doc = planned.write(n, &templates[planned.template]);
        let (started, started_cpu) = (Instant::now(), thread_cpu_seconds());
        assigned.push(clusterer.add(&doc));
        let (took, took_cpu) = (
            started.elapsed().as_secs_f64(),
            thread_cpu_seconds() - started_cpu,
        );
        (wall, cpu, slice_wall, slice_cpu) = (
            wall + took,
            cpu + took_cpu,
            slice_wall + took,
            slice_cpu + took_cpu,
        );
        if (n + 1) % SLICE == 0 || n + 1 == total {
            let in_slice = (n % SLICE) + 1;
            println!(
                "articles {:>7}..{:>7}: {:>6.0} articles/s of CPU ({:>6.0} wall), {:>6} active stories, \
                 {:>6} stories in all",
                n + 1 - in_slice,
                n + 1,
                in_slice as f64 / slice_cpu,
                in_slice as f64 / slice_wall,
                clusterer.active_stories(),
                clusterer.len()
            );
            (slice_wall, slice_cpu) = (0.0, 0.0);
        }
    }
    let gold: Vec<usize> = plan.iter().map(|a| a.event).collect();
    let scores = score(&assigned, &gold);
    println!(
        "overall: {:.0} articles/s of CPU ({:.1} s), {:.0} wall ({:.1} s); peak memory (VmHWM) {}; \
         BCubed F1 against the synthetic events {:.3}",
        total as f64 / cpu,
        cpu,
        total as f64 / wall,
        wall,
        memory("VmHWM"),
        scores.bcubed.f1
    );
    Ok(())
}

/// One article of the archive, before its text is written.
struct Planned {
    event: usize,
    template: usize,
    published: DateTime<FixedOffset>,
}

/// Events of one to eight articles until `total` articles, sorted by publication time.
fn plan(total: usize, templates: usize) -> Vec<Planned> {
    let mut rng = Rng(0x5eed);
    let start = DateTime::parse_from_rfc3339("2023-01-01T00:00:00+00:00")
        .unwrap_or_else(|_| unreachable!("a valid literal"));
    let mut plan = Vec::with_capacity(total);
    let mut event = 0;
    while plan.len() < total {
        let template = rng.below(templates as u64) as usize;
        let day = start + Duration::minutes(rng.below(365 * 24 * 60) as i64);
        for _ in 0..(1 + rng.below(8)).min((total - plan.len()) as u64) {
            plan.push(Planned {
                event,
                template,
                published: day + Duration::minutes(rng.below(3 * 24 * 60) as i64),
            });
        }
        event += 1;
    }
    plan.sort_by_key(|a| a.published);
    plan
}

impl Planned {
    /// The article: the template with the event's names and numbers, part of its sentences, shuffled.
    fn write(&self, n: usize, template: &StoryInput) -> StoryInput {
        let mut rng = Rng(n as u64 ^ 0x9e37_79b9_7f4a_7c15);
        let mut sentences: Vec<&str> = template
            .text
            .split_inclusive(['\n', '.', '。'])
            .filter(|s| !s.trim().is_empty())
            .collect();
        for i in (1..sentences.len()).rev() {
            sentences.swap(i, rng.below(i as u64 + 1) as usize);
        }
        let keep = sentences.len().div_ceil(2) + rng.below(sentences.len() as u64 / 2 + 1) as usize;
        sentences.truncate(keep.max(1));
        StoryInput {
            published: Some(self.published),
            ..StoryInput::new(
                format!("a{n}"),
                self.vary(&template.title),
                self.vary(&sentences.concat()),
            )
        }
    }

    /// `text` with every capitalised word and every number replaced by the event's own.
    fn vary(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + 16);
        let mut word = String::new();
        let flush = |word: &mut String, out: &mut String| {
            if word.is_empty() {
                return;
            }
            let hash =
                Rng(hash(word) ^ (self.event as u64).wrapping_mul(0x2545_f491_4f6c_dd1d)).next();
            if word.chars().all(|c| c.is_ascii_digit()) {
                out.push_str(&(hash % 10u64.pow(word.len().min(6) as u32)).to_string());
            } else if word.chars().next().is_some_and(char::is_uppercase) {
                out.push_str(&name(hash));
            } else if word.chars().count() >= 4 && hash.is_multiple_of(2) {
                out.push_str(&name(hash).to_lowercase());
            } else {
                out.push_str(word);
            }
            word.clear();
        };
        for c in text.chars() {
            if c.is_alphanumeric() {
                word.push(c);
            } else {
                flush(&mut word, &mut out);
                out.push(c);
            }
        }
        flush(&mut word, &mut out);
        out
    }
}

/// A made-up name of three syllables.
fn name(mut hash: u64) -> String {
    const SYLLABLES: [&str; 16] = [
        "ka", "ri", "mo", "tan", "su", "ve", "lo", "bar", "ni", "dek", "ra", "zu", "pe", "gor",
        "wi", "sha",
    ];
    let mut name = String::new();
    for _ in 0..3 {
        name.push_str(SYLLABLES[(hash % 16) as usize]);
        hash /= 16;
    }
    let mut chars = name.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn hash(word: &str) -> u64 {
    // FNV-1a: stable across runs, unlike the standard library's hasher.
    word.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// SplitMix64: a small deterministic generator, so every run builds the same archive.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// The CPU time this thread has used, from /proc/thread-self/schedstat (Linux; 0 elsewhere).
fn thread_cpu_seconds() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e9)
}

/// A line of /proc/self/status (Linux), such as the peak resident memory `VmHWM`.
fn memory(field: &str) -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status.lines().find_map(|l| {
                l.strip_prefix(field)?
                    .strip_prefix(':')
                    .map(|v| v.trim().to_string())
            })
        })
        .unwrap_or_else(|| "unknown".into())
}
