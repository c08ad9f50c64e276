//! Who said what in real news paragraphs labelled by hand for warta (how, in `crates/eval/data/README.md`),
//! scored paragraph by paragraph.
//!
//! Indonesian (`warta eval attribution-id`): the Indonesian lines of the DSLCC test set and sentences of the
//! NERP corpus, each in a development and a test set, and paragraphs written for warta:
//! - DSLCC development (`attribution-id.jsonl`): 720 paragraphs, the 439 that hold a cue-looking word or a
//!   quote mark and every other one of the rest; the rules were written while reading its misses;
//! - DSLCC test (`attribution-id-test.jsonl`): the other 280 Indonesian lines, labelled later by the same guide
//!   and kept out of rule writing, so its figures say how the rules carry over to unseen news;
//! - NERP development and test (`attribution-id-nerp.jsonl`, `attribution-id-nerp-test.jsonl`): 1,000 and 200
//!   news sentences of the NERP entity corpus (IndoNLU), nine in ten with a cue-looking word, which NERP ships
//!   lower-cased and tokenised; `data/make/nerp_sentences.py` recased and rejoined them before labelling, and
//!   the records carry that text;
//! - NERP third draw (`attribution-id-nerp-3.jsonl`): 600 more sentences drawn the same way, scored once
//!   before its misses were read (the figures are in `crates/eval/data/README.md`), a development set since;
//! - NERP fourth draw (`attribution-id-nerp-4.jsonl`): 600 more, a second NERP test set, never read;
//! - NERP fifth draw (`attribution-id-nerp-5.jsonl`): 600 more, scored once and read since, like the third;
//! - NERP sixth draw (`attribution-id-nerp-6.jsonl`): 600 more, a third test set, never read;
//! - NERP seventh draw (`attribution-id-nerp-7.jsonl`): 600 more, scored once and read since, like the third;
//! - written (`attribution-id-written.jsonl`): paragraphs written for warta in the style of Indonesian news,
//!   covering the cue verbs, layouts and speakers that the DSLCC lines show too rarely; a development set,
//!   which carries its own text.
//!
//! English (part of `warta eval attribution`): paragraphs of the English pages of the article-extraction
//! benchmark (`attribution-en-news.jsonl`), news and blogs of 2019 on every subject, labelled with the
//! speaker's kind as a reader sees it, which PolNeAR's broad scheme of sources does not say.
//!
//! The gold files of real text keep no text, only code-point offsets into the DSLCC file's paragraphs or into
//! a page's gold article body, so the data stays where its owners put it. Each paragraph runs through language
//! detection, entities and quotes as in `warta_analyze::analyze`, with no publication date. A predicted quote
//! matches a gold one when their contents share at least half of the tokens of the longer; its speaker is
//! right when the predicted speaker shares a word that names something (not "the", "A", "itu") with the
//! gold speaker or the phrase it points back to, or, for a
//! "-nya" cue whose person the paragraph never names, when warta leaves the speaker unnamed rather than
//! guessing. A speaker that points back ("ia", "tambahnya", "pejabat itu") is also scored for whom it is
//! resolved to: right when the resolved name or antecedent shares a word that names something with the
//! gold's antecedent (the speaker's span alone counts "ia" right whoever it is taken to be).
//!
//! Gold attributions come in two classes: `core` (verbs of saying and quotes) and `extended` (stated opinions,
//! admissions, requests, denials: "menilai", "mengaku", "meminta", "argued", "warned"). Recall is reported on
//! each; a prediction matching either class is not a false alarm.

use super::{any_overlap, prf, span_overlap, token_spans};
use crate::{data_error, read_to_string, EvalError};
use serde::Deserialize;
use std::{
    collections::HashMap,
    fmt,
    ops::Range,
    path::{Path, PathBuf},
};
use warta_analyze::{entity, language, quote};
use warta_model::{Quote, SpeakerKind};

/// The scores on each labelled Indonesian set, in the order of [`SETS`].
#[derive(Debug)]
pub struct IndonesianReport {
    pub sets: Vec<ParagraphScore>,
}

/// Words that name nobody: a predicted speaker that shares only these with the gold one is not it.
const NO_NAME: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "itu", "ini", "yang",
    "dan", "di", "ke", "dari",
];

/// The labelled Indonesian sets in `crates/eval/data`, and what each is for.
const SETS: &[(&str, &str)] = &[
    (
        "attribution-id.jsonl",
        "DSLCC, a development set: the rules were written while reading it",
    ),
    (
        "attribution-id-test.jsonl",
        "DSLCC, a test set: never read while writing rules",
    ),
    (
        "attribution-id-nerp.jsonl",
        "NERP sentences, recased; a development set",
    ),
    (
        "attribution-id-nerp-test.jsonl",
        "NERP sentences, recased; a test set: never read while writing rules",
    ),
    (
        "attribution-id-nerp-3.jsonl",
        "NERP sentences, recased, a third draw; a development set since its first score",
    ),
    (
        "attribution-id-nerp-5.jsonl",
        "NERP sentences, recased, a fifth draw; a development set since its first score",
    ),
    (
        "attribution-id-nerp-7.jsonl",
        "NERP sentences, recased, a seventh draw; a development set since its first score",
    ),
    (
        "attribution-id-nerp-4.jsonl",
        "NERP sentences, recased, a fourth draw; a test set: never read while writing rules",
    ),
    (
        "attribution-id-nerp-6.jsonl",
        "NERP sentences, recased, a sixth draw; a test set: never read while writing rules",
    ),
    (
        "attribution-id-written.jsonl",
        "written for warta in the style of Indonesian news, a development set",
    ),
];

/// The scores on one set of labelled paragraphs.
#[derive(Debug, Default)]
pub struct ParagraphScore {
    /// The language of the set and what the set is, for the report.
    pub language: &'static str,
    pub name: &'static str,
    pub paragraphs: usize,
    /// Gold attributions by class: verbs of saying and quotes, and stated opinions and requests.
    pub gold_core: usize,
    pub gold_extended: usize,
    pub predicted: usize,
    pub matched_core: usize,
    pub matched_extended: usize,
    /// Matched attributions whose gold names a speaker (or leaves a "-nya" to the context) …
    pub with_speaker: usize,
    /// … and whose predicted speaker agrees.
    pub speaker_right: usize,
    /// Matched attributions whose gold speaker points back to an earlier phrase ("ia", "tambahnya",
    /// "pejabat itu"), and those whose predicted speaker is resolved to that phrase: the speaker's span alone
    /// would count "ia" right whoever it was taken to be.
    pub with_antecedent: usize,
    pub antecedent_right: usize,
    /// Matched attributions with the right speaker whose gold gives the speaker's kind, those whose predicted
    /// kind is the same, and the commonest disagreements as (gold kind, predicted kind, count).
    pub with_kind: usize,
    pub kind_right: usize,
    pub kind_confusions: Vec<(String, String, usize)>,
    /// Matched attributions whose gold names a channel ("kepada wartawan", "told Reuters"), those whose
    /// predicted channel shares a word with it, and matched attributions given a channel the gold lacks.
    pub with_channel: usize,
    pub channel_right: usize,
    pub channel_extra: usize,
    /// Found attributions presented as fact (not as guesses), and how many of them match a gold one.
    pub stated: usize,
    pub stated_matched: usize,
    /// Paragraphs with cue-looking words that are not speech and no attribution at all, and those of them in
    /// which warta finds a quote.
    pub negative_paragraphs: usize,
    pub negative_false_alarms: usize,
}

/// One labelled paragraph: its line in the DSLCC file (1-based), or the page (`doc`, the id of the
/// article-extraction benchmark) and the code point its paragraph starts at in the page's gold article body,
/// or, for paragraphs written for warta, its text; its length in code points (to catch a different file)
/// and its attributions.
#[derive(Deserialize)]
struct GoldParagraph {
    line: Option<usize>,
    doc: Option<String>,
    start: Option<usize>,
    text: Option<String>,
    chars: usize,
    quotes: Vec<GoldQuote>,
    not_speech: Vec<[usize; 2]>,
}

#[derive(Deserialize)]
struct GoldQuote {
    content: [usize; 2],
    speaker: Option<[usize; 2]>,
    antecedent: Option<[usize; 2]>,
    via: Option<[usize; 2]>,
    speaker_kind: Option<String>,
    class: String,
}

impl GoldQuote {
    fn content(&self) -> Range<usize> {
        self.content[0]..self.content[1]
    }

    fn is_core(&self) -> bool {
        self.class != "extended"
    }

    /// Whether the gold says who spoke: a phrase, or a "-nya" cue whose person is outside the paragraph.
    fn names_speaker(&self) -> bool {
        self.speaker.is_some()
    }

    fn speaker_agrees(&self, text: &str, predicted: &Quote) -> bool {
        let speaker = &predicted.speaker;
        let unresolved_pronoun =
            self.speaker_kind.as_deref() == Some("pronoun") && self.antecedent.is_none();
        if unresolved_pronoun {
            // "…, katanya." with nobody named before: right is to say so, or to name the pronoun itself.
            return speaker.kind == SpeakerKind::Unknown
                || speaker.kind == SpeakerKind::Pronoun && speaker.antecedent.is_none();
        }
        let predicted_span = speaker.start.zip(speaker.end).map(|(s, e)| s..e);
        let gold: Vec<Range<usize>> = [self.speaker, self.antecedent]
            .into_iter()
            .flatten()
            .map(|[s, e]| s..e)
            .collect();
        // The spans must share a word that names something: "A" does not name "A similarly fresh Reuters
        // poll".
        let chars: Vec<char> = text.chars().collect();
        let shares_a_word = |p: &Range<usize>, g: &Range<usize>| {
            let shared: String = chars
                .get(p.start.max(g.start)..p.end.min(g.end))
                .map(|c| c.iter().collect())
                .unwrap_or_default();
            shared
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| !w.is_empty() && !NO_NAME.contains(&w.to_lowercase().as_str()))
        };
        let spans_overlap =
            predicted_span.is_some_and(|p| gold.iter().any(|g| shares_a_word(&p, g)));
        // A pronoun resolved to an earlier phrase: compare that phrase with the gold's, as the seeds score does.
        let phrases_agree = || {
            let gold: Vec<String> = gold
                .iter()
                .filter_map(|r| chars.get(r.clone()).map(|c| c.iter().collect()))
                .collect();
            let gold: Vec<Option<&String>> = gold.iter().map(Some).collect();
            any_overlap(&gold, &[speaker.antecedent.as_ref(), speaker.name.as_ref()])
        };
        spans_overlap || phrases_agree()
    }

    /// Whether the predicted speaker is resolved to the phrase the gold's points back to: its name or
    /// antecedent shares a word that names something with that phrase, or its own span is that phrase.
    fn antecedent_agrees(&self, text: &str, predicted: &Quote) -> bool {
        let Some([s, e]) = self.antecedent else {
            return false;
        };
        let chars: Vec<char> = text.chars().collect();
        let gold: String = chars
            .get(s..e)
            .map(|c| c.iter().collect())
            .unwrap_or_default();
        let speaker = &predicted.speaker;
        let names_it = |phrase: &String| {
            let (gold, phrase) = (gold.to_lowercase(), phrase.to_lowercase());
            phrase
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty() && !NO_NAME.contains(w))
                .any(|w| gold.split(|c: char| !c.is_alphanumeric()).any(|g| g == w))
        };
        let own_span = speaker
            .start
            .zip(speaker.end)
            .is_some_and(|(ps, pe)| ps < e && s < pe);
        own_span
            || [&speaker.antecedent, &speaker.name]
                .into_iter()
                .flatten()
                .any(names_it)
    }
}

/// Where the paragraphs of real text come from: the DSLCC `sentence<TAB>group<TAB>label` file and the
/// article-extraction benchmark's `ground-truth.json`. Each is read only when a record points into it, then
/// once.
pub struct Sources<'p> {
    dslcc: &'p Path,
    articles: &'p Path,
    dslcc_paragraphs: Option<Vec<String>>,
    article_bodies: Option<HashMap<String, Vec<char>>>,
}

impl<'p> Sources<'p> {
    pub fn new(dslcc: &'p Path, articles: &'p Path) -> Sources<'p> {
        Sources {
            dslcc,
            articles,
            dslcc_paragraphs: None,
            article_bodies: None,
        }
    }

    /// The paragraph `gold` points at, where it was read from, and how to name it in an error.
    fn paragraph(
        &mut self,
        gold: &GoldParagraph,
        gold_path: &Path,
        record: usize,
    ) -> Result<(String, PathBuf, String), EvalError> {
        if let Some(text) = &gold.text {
            return Ok((
                text.clone(),
                gold_path.to_path_buf(),
                format!("record {record}"),
            ));
        }
        if let Some(line) = gold.line {
            if self.dslcc_paragraphs.is_none() {
                self.dslcc_paragraphs = Some(
                    read_to_string(self.dslcc)?
                        .lines()
                        .map(|l| l.split('\t').next().unwrap_or_default().to_string())
                        .collect(),
                );
            }
            let text = self
                .dslcc_paragraphs
                .as_ref()
                .and_then(|p| p.get(line.wrapping_sub(1)))
                .cloned()
                .unwrap_or_default();
            return Ok((text, self.dslcc.to_path_buf(), format!("line {line}")));
        }
        let (Some(doc), Some(start)) = (&gold.doc, gold.start) else {
            return Err(data_error(
                gold_path,
                format!("record {record}: neither a line, a page nor a text"),
            ));
        };
        if self.article_bodies.is_none() {
            self.article_bodies = Some(read_article_bodies(self.articles)?);
        }
        // The paragraph is the line of the body that starts there: a record whose offsets moved reads
        // another length (and nothing when it no longer starts a line).
        let text = self
            .article_bodies
            .as_ref()
            .and_then(|bodies| bodies.get(doc))
            .filter(|body| start == 0 || body.get(start - 1) == Some(&'\n'))
            .and_then(|body| body.get(start..))
            .map(|rest| rest.iter().take_while(|&&c| c != '\n').collect())
            .unwrap_or_default();
        Ok((
            text,
            self.articles.to_path_buf(),
            format!("page {doc} at {start}"),
        ))
    }
}

/// The gold article body of each page of the article-extraction benchmark, as code points.
fn read_article_bodies(path: &Path) -> Result<HashMap<String, Vec<char>>, EvalError> {
    let pages: HashMap<String, serde_json::Value> = serde_json::from_str(&read_to_string(path)?)
        .map_err(|e| data_error(path, e.to_string()))?;
    Ok(pages
        .into_iter()
        .map(|(id, page)| {
            let body = page["articleBody"]
                .as_str()
                .unwrap_or_default()
                .chars()
                .collect();
            (id, body)
        })
        .collect())
}

/// Scores warta on every labelled Indonesian set kept in the repository; `dslcc` is the DSLCC file the DSLCC
/// sets point into.
pub fn evaluate(dslcc: &Path) -> Result<IndonesianReport, EvalError> {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut sources = Sources::new(dslcc, Path::new(""));
    let sets = SETS
        .iter()
        .map(|&(file, name)| {
            Ok(ParagraphScore {
                language: "Indonesian",
                name,
                ..score_paragraphs(&mut sources, &data.join(file))?
            })
        })
        .collect::<Result<_, EvalError>>()?;
    Ok(IndonesianReport { sets })
}

/// Scores warta on the paragraphs labelled in the gold file `gold_path`, read from `sources`.
pub fn score_paragraphs(
    sources: &mut Sources<'_>,
    gold_path: &Path,
) -> Result<ParagraphScore, EvalError> {
    let mut score = ParagraphScore {
        language: "labelled",
        name: "labelled paragraphs",
        ..ParagraphScore::default()
    };
    for (n, record) in read_to_string(gold_path)?.lines().enumerate() {
        if record.trim().is_empty() {
            continue;
        }
        let gold: GoldParagraph = serde_json::from_str(record)
            .map_err(|e| data_error(gold_path, format!("line {}: {e}", n + 1)))?;
        let (text, source, place) = sources.paragraph(&gold, gold_path, n + 1)?;
        if text.chars().count() != gold.chars {
            return Err(data_error(
                &source,
                format!(
                    "{place} is not the labelled paragraph: {} code points, the record says {}",
                    text.chars().count(),
                    gold.chars
                ),
            ));
        }
        score.add(&text, &gold);
    }
    if score.paragraphs == 0 {
        return Err(data_error(gold_path, "no labelled paragraphs"));
    }
    Ok(score)
}

impl ParagraphScore {
    fn add(&mut self, text: &str, gold: &GoldParagraph) {
        let predicted = find_quotes(text);
        let tokens = token_spans(text);
        self.paragraphs += 1;
        self.predicted += predicted.len();
        for g in &gold.quotes {
            if g.is_core() {
                self.gold_core += 1;
            } else {
                self.gold_extended += 1;
            }
        }
        if gold.quotes.is_empty() && !gold.not_speech.is_empty() {
            self.negative_paragraphs += 1;
            self.negative_false_alarms += usize::from(!predicted.is_empty());
        }
        let mut used = vec![false; gold.quotes.len()];
        for p in &predicted {
            self.stated += usize::from(!p.is_guess());
            let span = p.start..p.end;
            let hit = (0..gold.quotes.len()).find(|&k| {
                !used[k]
                    && span_overlap(
                        &tokens,
                        std::slice::from_ref(&span),
                        &[gold.quotes[k].content()],
                    ) >= 0.5
            });
            let Some(k) = hit else { continue };
            used[k] = true;
            self.stated_matched += usize::from(!p.is_guess());
            let g = &gold.quotes[k];
            if g.is_core() {
                self.matched_core += 1;
            } else {
                self.matched_extended += 1;
            }
            if g.names_speaker() {
                self.with_speaker += 1;
                let agrees = g.speaker_agrees(text, p);
                self.speaker_right += usize::from(agrees);
                if let Some(gold_kind) = g.speaker_kind.as_deref().filter(|_| agrees) {
                    self.with_kind += 1;
                    let predicted = kind_name(p.speaker.kind);
                    if predicted == gold_kind {
                        self.kind_right += 1;
                    } else {
                        self.count_confusion(gold_kind, predicted);
                    }
                }
            }
            if g.antecedent.is_some() {
                self.with_antecedent += 1;
                self.antecedent_right += usize::from(g.antecedent_agrees(text, p));
            }
            match g.via {
                Some([s, e]) => {
                    self.with_channel += 1;
                    let gold: String = text.chars().skip(s).take(e - s).collect();
                    self.channel_right += usize::from(p.via.as_ref().is_some_and(|via| {
                        phrases_share_a_word(&gold.to_lowercase(), &via.to_lowercase())
                    }));
                }
                None => self.channel_extra += usize::from(p.via.is_some()),
            }
        }
    }
}

impl ParagraphScore {
    fn count_confusion(&mut self, gold: &str, predicted: &str) {
        match self
            .kind_confusions
            .iter_mut()
            .find(|(g, p, _)| g == gold && p == predicted)
        {
            Some((_, _, n)) => *n += 1,
            None => self
                .kind_confusions
                .push((gold.to_string(), predicted.to_string(), 1)),
        }
    }
}

/// A speaker kind as the labelling guide names it ("named_person", "role_or_description", …).
fn kind_name(kind: SpeakerKind) -> &'static str {
    match kind {
        SpeakerKind::NamedPerson => "named_person",
        SpeakerKind::RoleOrDescription => "role_or_description",
        SpeakerKind::Anonymous => "anonymous",
        SpeakerKind::Organization => "organization",
        SpeakerKind::Outlet => "outlet",
        SpeakerKind::Pronoun => "pronoun",
        SpeakerKind::Unknown => "unknown",
    }
}

/// Whether two phrases have a word in common.
fn phrases_share_a_word(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let b = words(b);
    words(a).iter().any(|w| b.contains(w))
}

/// The quotes `warta_analyze::analyze` would find in a paragraph with no publication date.
fn find_quotes(text: &str) -> Vec<Quote> {
    let lang = language::detect_line(text);
    let entities = entity::find_entities(text, lang);
    quote::find_quotes(text, lang, &entities, None)
}

impl fmt::Display for ParagraphScore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let matched = self.matched_core + self.matched_extended;
        let gold = self.gold_core + self.gold_extended;
        writeln!(
            f,
            "attribution: {} news paragraphs ({}; {} paragraphs, {} gold: {} saying + {} opinion/request, {} predicted, {} matched)",
            self.language,
            self.name,
            self.paragraphs, gold, self.gold_core, self.gold_extended, self.predicted, matched
        )?;
        let (p, r, f1) = prf(
            matched,
            self.predicted,
            self.gold_core + self.matched_extended,
        );
        writeln!(
            f,
            "  quote ≥50% token overlap  precision {p:.3}  recall (saying) {r:.3}  F1 {f1:.3}"
        )?;
        let (_, r_all, _) = prf(matched, self.predicted, gold);
        writeln!(f, "  recall with opinions and requests {r_all:.3}")?;
        writeln!(
            f,
            "  presented as fact (not as a guess) {} of {} found, precision {:.3}",
            self.stated,
            self.predicted,
            self.stated_matched as f64 / self.stated.max(1) as f64
        )?;
        writeln!(
            f,
            "  speaker right            {} of {} matched ({:.3}); quotes with the right speaker / predicted {:.3}",
            self.speaker_right,
            self.with_speaker,
            self.speaker_right as f64 / self.with_speaker.max(1) as f64,
            self.speaker_right as f64 / self.predicted.max(1) as f64
        )?;
        writeln!(
            f,
            "  speaker resolved         {} of {} matched whose speaker points back to an earlier phrase ({:.3})",
            self.antecedent_right,
            self.with_antecedent,
            self.antecedent_right as f64 / self.with_antecedent.max(1) as f64
        )?;
        let mut confusions = self.kind_confusions.clone();
        confusions.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.cmp(b)));
        let confusions: Vec<String> = confusions
            .iter()
            .take(4)
            .map(|(g, p, n)| format!("{g} as {p} {n}"))
            .collect();
        writeln!(
            f,
            "  speaker kind right       {} of {} with the right speaker ({:.3}); most confused: {}",
            self.kind_right,
            self.with_kind,
            self.kind_right as f64 / self.with_kind.max(1) as f64,
            if confusions.is_empty() {
                "none".to_string()
            } else {
                confusions.join(", ")
            }
        )?;
        writeln!(
            f,
            "  channel right            {} of {} matched that name one ({:.3}); a channel where the gold has none: {}",
            self.channel_right,
            self.with_channel,
            self.channel_right as f64 / self.with_channel.max(1) as f64,
            self.channel_extra
        )?;
        writeln!(
            f,
            "  paragraphs whose cue-looking words are not speech: a quote found in {} of {}",
            self.negative_false_alarms, self.negative_paragraphs
        )
    }
}

impl fmt::Display for IndonesianReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for set in &self.sets {
            write!(f, "{set}")?;
        }
        writeln!(
            f,
            "reference (other data): PFSA-ID statement attribution, baseline F1 82.0, IndoBERT 92.3 on direct quotes"
        )
    }
}
