//! Scores `find_quotes` on brat-annotated English attribution data (PolNeAR layout: `text/NAME.txt` and
//! `attributions/NAME_XXXX.ann` with `Content` spans in code points).
//!
//! A predicted quote matches a gold `Content` span when they share at least half of the tokens of the longer
//! of the two; each gold span is matched at most once. Prints content-span precision, recall and F1 (at ≥ 50%
//! token overlap and exact), and how often the predicted speaker overlaps the gold `Source` of a matched content.
//!
//! Usage: `cargo run -p warta-analyze --example eval_attribution -- DIR [--misses]` (DIR holds `text/` and
//! `attributions/`; `--misses` prints the gold spans not found, with the words around them).

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: eval_attribution DIR  (DIR holds text/ and attributions/)");
        std::process::exit(2);
    };
    let dir = Path::new(&dir);
    let show_misses = std::env::args().any(|a| a == "--misses");
    // One annotation file per text: some texts were annotated twice; the first file (by name) counts.
    let mut annotations: BTreeMap<String, std::path::PathBuf> = BTreeMap::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir.join("attributions"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    entries.sort();
    for path in entries {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let Some((name, _annotator)) = stem.rsplit_once('_') else {
            continue;
        };
        annotations.entry(name.to_string()).or_insert(path);
    }
    let (mut gold_total, mut predicted_total, mut matched, mut exact) =
        (0usize, 0usize, 0usize, 0usize);
    let (mut with_source, mut source_agrees) = (0usize, 0usize);
    for (name, ann) in &annotations {
        let Ok(text) = std::fs::read_to_string(dir.join("text").join(format!("{name}.txt"))) else {
            continue;
        };
        let gold = gold_attributions(&std::fs::read_to_string(ann).unwrap_or_default());
        let predicted = warta_analyze::quote::find_quotes(&text, "en", &[], None);
        let tokens = token_spans(&text);
        let mut used = vec![false; gold.len()];
        for p in &predicted {
            let span = p.start..p.end;
            let hit = (0..gold.len())
                .find(|&g| !used[g] && overlap(&tokens, &span, &gold[g].content) >= 0.5);
            let Some(g) = hit else { continue };
            used[g] = true;
            matched += 1;
            exact += usize::from(overlap(&tokens, &span, &gold[g].content) == 1.0);
            if let Some(source) = &gold[g].source {
                with_source += 1;
                let speaker = p.speaker.start.zip(p.speaker.end).map(|(s, e)| s..e);
                source_agrees += usize::from(
                    speaker.is_some_and(|s| s.start < source.end && source.start < s.end),
                );
            }
        }
        if show_misses {
            let chars: Vec<char> = text.chars().collect();
            let around = |r: Range<usize>| {
                chars
                    .get(r.start.min(chars.len())..r.end.min(chars.len()))
                    .map(String::from_iter)
                    .unwrap_or_default()
            };
            for g in gold
                .iter()
                .zip(&used)
                .filter(|(_, u)| !**u)
                .map(|(g, _)| &g.content)
            {
                let (before, after) = (
                    around(g.start.saturating_sub(50)..g.start),
                    around(g.end..g.end + 50),
                );
                println!(
                    "MISS {name}: …{before}[[{}]]{after}…",
                    around(g.clone()).replace('\n', " ")
                );
            }
        }
        gold_total += gold.len();
        predicted_total += predicted.len();
    }
    let f1 = |hits: usize| {
        let (p, r) = (
            hits as f64 / predicted_total.max(1) as f64,
            hits as f64 / gold_total.max(1) as f64,
        );
        (
            p,
            r,
            if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            },
        )
    };
    let (precision, recall, f) = f1(matched);
    println!(
        "documents {}  gold {gold_total}  predicted {predicted_total}  matched {matched}",
        annotations.len()
    );
    println!(
        "content >=50% token overlap: precision {precision:.3}  recall {recall:.3}  F1 {f:.3}"
    );
    let (precision, recall, f) = f1(exact);
    println!(
        "content exact (same tokens): precision {precision:.3}  recall {recall:.3}  F1 {f:.3}"
    );
    println!(
        "source overlaps gold source: {source_agrees} of {with_source} matched contents that have one ({:.3})",
        source_agrees as f64 / with_source.max(1) as f64
    );
}

/// A gold attribution: its content span and, when annotated, its source span.
struct Gold {
    content: Range<usize>,
    source: Option<Range<usize>>,
}

/// The `Content` spans of a brat file with the `Source` of their attribution event (a discontinuous span
/// counts from its first start to its last end).
fn gold_attributions(ann: &str) -> Vec<Gold> {
    let mut spans: BTreeMap<&str, (&str, Range<usize>)> = BTreeMap::new();
    let mut sources: BTreeMap<&str, &str> = BTreeMap::new();
    for line in ann.lines() {
        let mut fields = line.split('\t');
        let (Some(id), Some(spec)) = (fields.next(), fields.next()) else {
            continue;
        };
        if id.starts_with('T') {
            let Some((label, offsets)) = spec.split_once(' ') else {
                continue;
            };
            let numbers: Vec<usize> = offsets
                .split([' ', ';'])
                .filter_map(|n| n.parse().ok())
                .collect();
            if let (Some(&start), Some(&end)) = (numbers.first(), numbers.last()) {
                spans.insert(id, (label, start..end));
            }
        } else if id.starts_with('E') {
            let args: BTreeMap<&str, &str> =
                spec.split(' ').filter_map(|a| a.split_once(':')).collect();
            if let (Some(content), Some(source)) = (args.get("Content"), args.get("Source")) {
                sources.insert(content, source);
            }
        }
    }
    spans
        .iter()
        .filter(|(_, (label, _))| *label == "Content")
        .map(|(id, (_, content))| Gold {
            content: content.clone(),
            source: sources
                .get(id)
                .and_then(|s| spans.get(s))
                .map(|(_, r)| r.clone()),
        })
        .collect()
}

/// Code-point ranges of the alphanumeric tokens of `text`.
fn token_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.chars().enumerate() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push(s..i);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push(s..text.chars().count());
    }
    spans
}

/// Tokens inside both spans over tokens inside the larger.
fn overlap(tokens: &[Range<usize>], a: &Range<usize>, b: &Range<usize>) -> f64 {
    let inside = |r: &Range<usize>, t: &Range<usize>| r.start <= t.start && t.end <= r.end;
    let (mut both, mut in_a, mut in_b) = (0usize, 0usize, 0usize);
    for t in tokens {
        let (x, y) = (inside(a, t), inside(b, t));
        in_a += usize::from(x);
        in_b += usize::from(y);
        both += usize::from(x && y);
    }
    both as f64 / in_a.max(in_b).max(1) as f64
}
