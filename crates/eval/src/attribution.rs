//! Who said what: quote attribution scored on the three seed articles and on brat-annotated English news
//! (PolNeAR layout: `text/NAME.txt` and `attributions/NAME_XXXX.ann`, spans in code points).
//!
//! Seeds: each seed runs through the whole pipeline (extract → clean → analyse) and its quotes are matched
//! against `tests/fixtures/seeds-gold.json`. A predicted quote matches a gold one when their contents share
//! at least half of the tokens of the longer and their speakers overlap (the speaker as written or the
//! phrase it points back to); a matched speaker is resolved right when the resolved name or antecedent
//! agrees with the gold's canonical name or antecedent.
//!
//! PolNeAR: `find_quotes` runs on each text. A predicted quote matches a gold `Content` span when they share
//! at least half of the tokens of the longer of the two; each gold span is matched at most once. The report
//! gives content precision, recall and F1 (at ≥ 50% token overlap and exact), how often the predicted
//! speaker overlaps the gold `Source` of a matched content, and how fast quote finding runs.

mod paragraphs;

pub use paragraphs::{
    evaluate as evaluate_indonesian, score_paragraphs, IndonesianReport, ParagraphScore, Sources,
};

use crate::{data_error, read_to_string, EvalError};
use std::{
    fmt,
    path::Path,
    time::{Duration, Instant},
};
use warta_attribution_tagger::overlap::{span_overlap, token_spans};
use warta_attribution_tagger::train::{read_dir, read_twice, Gold};
use warta_model::{Format, Quote, RawDocument, Span, Speaker};

#[derive(Debug)]
pub struct AttributionReport {
    pub seeds: SeedScore,
    pub polnear: PolnearScore,
    /// English news paragraphs labelled for warta, when the pages they point into are at hand.
    pub english_news: Option<ParagraphScore>,
}

/// The seed articles through the whole pipeline, against the seeds gold.
#[derive(Debug, Default)]
pub struct SeedScore {
    pub articles: usize,
    pub gold: usize,
    pub predicted: usize,
    /// Content overlaps by ≥ 50% of tokens and the speaker overlaps.
    pub matched: usize,
    /// Matched quotes whose speaker resolution agrees with the gold.
    pub resolved: usize,
}

/// `find_quotes` on the PolNeAR texts, against the gold `Content` and `Source` spans.
#[derive(Debug, Default)]
pub struct PolnearScore {
    pub documents: usize,
    pub gold: usize,
    pub predicted: usize,
    /// Content shares ≥ 50% of the tokens of the longer span.
    pub matched: usize,
    /// Content covers exactly the same tokens.
    pub exact: usize,
    /// Gold contents in quotation marks (direct quotes), and how many of them were matched: the part of
    /// PolNeAR closest to what other quote extractors score.
    pub gold_direct: usize,
    pub matched_direct: usize,
    /// Matched contents whose gold attribution names a source.
    pub with_source: usize,
    /// … and whose predicted speaker overlaps that source.
    pub source_agrees: usize,
    /// UTF-8 bytes of text given to `find_quotes`, and the time it took on one thread.
    pub bytes: usize,
    pub elapsed: Duration,
    /// The texts annotated twice (in this directory and in its sibling `train`), the second annotation
    /// scored against the first as warta is: how far two readers of the scheme agree.
    pub agreement: Agreement,
}

/// A second annotation scored against the first, by the PolNeAR content match.
#[derive(Debug, Default)]
pub struct Agreement {
    pub texts: usize,
    pub first: usize,
    pub second: usize,
    pub matched: usize,
}

impl PolnearScore {
    /// Megabytes of text per second for quote finding on one thread.
    pub fn megabytes_per_second(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

/// The labelled English news paragraphs, and what the set is.
const ENGLISH_NEWS: (&str, &str) = (
    "attribution-en-news.jsonl",
    "article-extraction benchmark pages, a development set: labelled after its pages' quotes were read",
);

/// Scores the seeds (found in the repository), the PolNeAR directory `path` (holding `text/` and
/// `attributions/`) and, when the shared evaluation folder holds the article-extraction benchmark beside
/// PolNeAR (`<path>/../../../extraction/ground-truth.json`), the English news paragraphs labelled for warta.
pub fn evaluate(path: &Path) -> Result<AttributionReport, EvalError> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let pages = path.join("../../../extraction/ground-truth.json");
    let english_news = if pages.is_file() {
        let gold = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("data")
            .join(ENGLISH_NEWS.0);
        let mut sources = Sources::new(Path::new(""), &pages);
        Some(ParagraphScore {
            language: "English",
            name: ENGLISH_NEWS.1,
            ..score_paragraphs(&mut sources, &gold)?
        })
    } else {
        None
    };
    Ok(AttributionReport {
        seeds: score_seeds(
            &repo.join("examples/corpus"),
            &repo.join("tests/fixtures/seeds-gold.json"),
        )?,
        polnear: score_polnear(path)?,
        english_news,
    })
}

/// Runs each article named in the gold file (`{"articles": {"NAME.txt": {"quotes": [...]}}}`) from
/// `corpus` through the pipeline and matches its quotes against the gold ones.
pub fn score_seeds(corpus: &Path, gold_path: &Path) -> Result<SeedScore, EvalError> {
    let gold: serde_json::Value = serde_json::from_str(&read_to_string(gold_path)?)
        .map_err(|e| data_error(gold_path, e.to_string()))?;
    let articles = gold["articles"]
        .as_object()
        .ok_or_else(|| data_error(gold_path, "no \"articles\" object"))?;
    let mut score = SeedScore::default();
    for (name, article) in articles {
        let path = corpus.join(name);
        let bytes = std::fs::read(&path).map_err(|source| EvalError::Io {
            path: path.clone(),
            source,
        })?;
        let raw = RawDocument::new(path.display().to_string(), Format::Text, bytes);
        let predicted = warta_pipeline::process(&raw)
            .map_err(|e| data_error(&path, e.to_string()))?
            .quotes;
        let gold_quotes: Vec<GoldQuote> = article["quotes"]
            .as_array()
            .map(|quotes| quotes.iter().map(GoldQuote::from_json).collect())
            .unwrap_or_default();
        score.articles += 1;
        score.gold += gold_quotes.len();
        score.predicted += predicted.len();
        let mut used = vec![false; predicted.len()];
        for g in &gold_quotes {
            let hit = (0..predicted.len()).find(|&k| !used[k] && g.matches(&predicted[k]));
            let Some(k) = hit else { continue };
            used[k] = true;
            score.matched += 1;
            score.resolved += usize::from(g.resolution_agrees(&predicted[k].speaker));
        }
    }
    Ok(score)
}

/// A quote of the seeds gold, with the fields the score reads.
struct GoldQuote {
    content: String,
    speaker: String,
    antecedent: Option<String>,
    canonical: Option<String>,
}

impl GoldQuote {
    fn from_json(quote: &serde_json::Value) -> GoldQuote {
        let field = |key: &str| quote[key].as_str().map(str::to_string);
        GoldQuote {
            content: field("content").unwrap_or_default(),
            speaker: field("speaker").unwrap_or_default(),
            antecedent: field("speaker_antecedent"),
            canonical: field("speaker_canonical"),
        }
    }

    fn matches(&self, quote: &Quote) -> bool {
        let gold = [Some(&self.speaker), self.antecedent.as_ref()];
        let predicted = [Some(&quote.speaker.text), quote.speaker.antecedent.as_ref()];
        warta_analyze::quote::eval::content_overlap(&self.content, &quote.content) >= 0.5
            && any_overlap(&gold, &predicted)
    }

    /// Where the gold says whom the speaker is (a canonical name or the phrase a pronoun points back to),
    /// the predicted name or antecedent must agree; elsewhere the speaker as written must.
    fn resolution_agrees(&self, speaker: &Speaker) -> bool {
        let gold = [self.canonical.as_ref(), self.antecedent.as_ref()];
        if gold.iter().all(Option::is_none) {
            return any_overlap(&[Some(&self.speaker)], &[Some(&speaker.text)]);
        }
        any_overlap(&gold, &[speaker.name.as_ref(), speaker.antecedent.as_ref()])
    }
}

/// Whether any given phrase of `a` contains or is contained in any given phrase of `b`, ignoring case.
fn any_overlap(a: &[Option<&String>], b: &[Option<&String>]) -> bool {
    a.iter().flatten().any(|a| {
        let a = a.to_lowercase();
        b.iter().flatten().any(|b| {
            let b = b.to_lowercase();
            !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
        })
    })
}

/// Scores `find_quotes` on a PolNeAR directory. Some texts were annotated twice; the first annotation file
/// (by name) counts.
pub fn score_polnear(dir: &Path) -> Result<PolnearScore, EvalError> {
    // The Content spans with the Source of their attribution event, read as the tagger's trainer reads them.
    let texts = read_dir(dir)?;
    let mut score = PolnearScore::default();
    // The taggers' models are read on first use; the speed figure is of the stage, not of that.
    warta_analyze::quote::find_quotes("“Ready,” he said.", "en", &[], None);
    for doc in &texts {
        let (text, gold) = (&doc.text, &doc.attributions);
        let started = Instant::now();
        let predicted = warta_analyze::quote::find_quotes(text, "en", &[], None);
        score.elapsed += started.elapsed();
        score.bytes += text.len();
        let tokens = token_spans(text);
        let chars: Vec<char> = text.chars().collect();
        score.gold_direct += gold.iter().filter(|g| is_direct(g, &chars)).count();
        let mut used = vec![false; gold.len()];
        for p in &predicted {
            // A quote split by its cue is scored by its pieces, as PolNeAR marks such a content.
            let whole = [Span::new(p.start, p.end)];
            let pieces = if p.parts.is_empty() {
                &whole[..]
            } else {
                &p.parts[..]
            };
            let span: Vec<_> = pieces.iter().map(|s| s.start..s.end).collect();
            let Some(g) = match_content(&tokens, &span, gold, &mut used) else {
                continue;
            };
            score.matched += 1;
            score.matched_direct += usize::from(is_direct(&gold[g], &chars));
            score.exact += usize::from(span_overlap(&tokens, &span, &gold[g].content) == 1.0);
            if let Some(source) = &gold[g].source {
                score.with_source += 1;
                let speaker = p.speaker.start.zip(p.speaker.end).map(|(s, e)| s..e);
                score.source_agrees += usize::from(speaker.is_some_and(|s| {
                    source
                        .iter()
                        .any(|source| s.start < source.end && source.start < s.end)
                }));
            }
        }
        score.documents += 1;
        score.gold += gold.len();
        score.predicted += predicted.len();
    }
    if score.documents == 0 {
        return Err(data_error(&dir.join("attributions"), "no annotation files"));
    }
    score.agreement = agreement(dir)?;
    Ok(score)
}

/// The first gold content not yet `used` that shares at least half of its tokens with `span`, marked used.
fn match_content(
    tokens: &[std::ops::Range<usize>],
    span: &[std::ops::Range<usize>],
    gold: &[Gold],
    used: &mut [bool],
) -> Option<usize> {
    let g = (0..gold.len())
        .find(|&g| !used[g] && span_overlap(tokens, span, &gold[g].content) >= 0.5)?;
    used[g] = true;
    Some(g)
}

/// The second annotation of each text annotated twice, in `dir` and in its sibling `train` (a property of
/// the scheme, not of a model, so the training texts count too), matched against the first as warta's
/// contents are.
fn agreement(dir: &Path) -> Result<Agreement, EvalError> {
    let train = dir.join("../train");
    let dirs = [Some(dir.to_path_buf()), train.is_dir().then_some(train)];
    let mut agreement = Agreement::default();
    for dir in dirs.iter().flatten() {
        for (first, second) in read_twice(dir)? {
            let tokens = token_spans(&first.text);
            let mut used = vec![false; first.attributions.len()];
            for a in &second.attributions {
                agreement.matched += usize::from(
                    match_content(&tokens, &a.content, &first.attributions, &mut used).is_some(),
                );
            }
            agreement.texts += 1;
            agreement.first += first.attributions.len();
            agreement.second += second.attributions.len();
        }
    }
    Ok(agreement)
}

/// Whether a gold content sits in quotation marks: an opening mark just before or at its first fragment. A
/// content split by its cue ("“A,” she said. “B.”") is one span of two fragments.
fn is_direct(gold: &Gold, chars: &[char]) -> bool {
    let is_mark = |c: &char| matches!(c, '"' | '“' | '”' | '‘' | '\'' | '«');
    gold.content.iter().any(|f| {
        let before = f.start.checked_sub(1).and_then(|i| chars.get(i));
        before.is_some_and(is_mark) || chars.get(f.start).is_some_and(is_mark)
    })
}

/// Precision, recall and F1 of `hits` out of `predicted` and `gold`.
fn prf(hits: usize, predicted: usize, gold: usize) -> (f64, f64, f64) {
    let p = hits as f64 / predicted.max(1) as f64;
    let r = hits as f64 / gold.max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

impl fmt::Display for AttributionReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = &self.seeds;
        let (p, r, f1) = prf(s.matched, s.predicted, s.gold);
        writeln!(
            f,
            "attribution: seeds through the pipeline ({} articles, {} gold quotes, {} predicted, {} matched)",
            s.articles, s.gold, s.predicted, s.matched
        )?;
        writeln!(
            f,
            "  quote + speaker          precision {p:.3}  recall {r:.3}  F1 {f1:.3}"
        )?;
        writeln!(
            f,
            "  speaker resolved right   {} of {} matched ({:.3})",
            s.resolved,
            s.matched,
            s.resolved as f64 / s.matched.max(1) as f64
        )?;
        let n = &self.polnear;
        writeln!(
            f,
            "attribution: PolNeAR ({} documents, {} gold contents, {} predicted, {} matched)",
            n.documents, n.gold, n.predicted, n.matched
        )?;
        let (p, r, f1) = prf(n.matched, n.predicted, n.gold);
        writeln!(
            f,
            "  content ≥50% token overlap  precision {p:.3}  recall {r:.3}  F1 {f1:.3}"
        )?;
        let a = &n.agreement;
        if a.texts > 0 {
            let (p, r, f1) = prf(a.matched, a.second, a.first);
            writeln!(
                f,
                "  a second annotator against the first ({} texts annotated twice, dev and train): \
                 precision {p:.3}  recall {r:.3}  F1 {f1:.3}",
                a.texts
            )?;
        }
        writeln!(
            f,
            "  direct quotes (in quotation marks) found {} of {} (recall {:.3})",
            n.matched_direct,
            n.gold_direct,
            n.matched_direct as f64 / n.gold_direct.max(1) as f64
        )?;
        let (p, r, f1) = prf(n.exact, n.predicted, n.gold);
        writeln!(
            f,
            "  content exact (same tokens) precision {p:.3}  recall {r:.3}  F1 {f1:.3}"
        )?;
        writeln!(
            f,
            "  source overlaps gold source {} of {} matched contents that have one ({:.3})",
            n.source_agrees,
            n.with_source,
            n.source_agrees as f64 / n.with_source.max(1) as f64
        )?;
        writeln!(
            f,
            "  speed: find_quotes {:.2} MB/s on one thread ({} bytes in {:.3} s)",
            n.megabytes_per_second(),
            n.bytes,
            n.elapsed.as_secs_f64()
        )?;
        match &self.english_news {
            Some(news) => write!(f, "{news}")?,
            None => writeln!(
                f,
                "attribution: English news paragraphs not scored (no extraction/ground-truth.json beside PolNeAR)"
            )?,
        }
        writeln!(f, "published reference points (other data, other rules):")?;
        writeln!(
            f,
            "  Gender Gap Tracker (English news): quote F1 83.7, speaker accuracy 86.5%"
        )?;
        writeln!(f, "  BBC Citron on PARC 3.0: content overlap F1 83.3")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use warta_attribution_tagger::train::read_brat;

    /// A content split by its cue ("“A,” she said. “B.”") is written by brat as two fragments, out of text
    /// order here; the reader keeps them as separate pieces of one content, so that the cue and speaker
    /// between them are not counted as content.
    #[test]
    fn gold_reader_keeps_split_content_as_separate_pieces() {
        let text = "“Prices will fall,” she said. “Nobody doubts it.”";
        let ann = "T1\tContent 31 48;1 18\n\
                   T2\tSource 20 23\n\
                   T3\tCue 24 28\n\
                   T4\tContent 0 0\n\
                   E1\tAttribution:T3 Content:T1 Source:T2\n";
        let gold = read_brat(String::new(), text.to_string(), ann).attributions;
        assert_eq!(gold.len(), 1, "an empty span is no content");
        assert_eq!(gold[0].content, [31..48, 1..18]);
        let source = gold[0].source.clone().unwrap_or_default();
        assert_eq!((source.len(), source.first()), (1, Some(&(20..23))));
        let tokens = token_spans(text);
        let one = std::slice::from_ref;
        // The whole stretch from the first quote to the second takes in "she said" too: not all of it is
        // content, but both pieces are.
        assert!(span_overlap(&tokens, one(&(1..48)), &gold[0].content) < 1.0);
        assert_eq!(
            span_overlap(&tokens, one(&(1..18)), &gold[0].content[1..]),
            1.0
        );
        assert_eq!(span_overlap(&tokens, one(&(31..48)), &gold[0].content), 0.5);
    }
}
