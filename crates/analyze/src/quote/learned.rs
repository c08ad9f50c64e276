//! English attributions the rules miss, from the learned tagger (`warta-attribution-tagger`, trained on
//! PolNeAR): beliefs, plans, findings, "according to" variants and the long tail of reporting verbs.
//!
//! The rules come first: a learned content is added only where no rule found anything, and, as for the
//! rules, only when it names a source, its cue is not negated and the model is confident enough. Its
//! speaker is the subject the rules' own speaker parse reads before the model's cue ("Farmers in the
//! valley fear …"), else the model's source phrase (so the usual resolution runs); its confidence is the
//! model's, less a [`DISCOUNT`] measured on news labelled for who said what.
//!
//! (Tried on held-out training texts and left out: giving the tagger the rules' findings as features —
//! stacking — made its own contents better but the union with the rules worse; letting the tagger's span
//! replace or extend an overlapping rule content; joining contents across paragraphs, which PolNeAR almost
//! never does. Adding contents that name nobody, as guesses, gained a little recall for less precision and
//! speaker accuracy.)

use std::ops::Range;

use warta_attribution_tagger::Tagger;
use warta_model::QuoteKind;

use super::{is_citing, marks, paragraphs, Found, Reader, SortedRanges, Who, NEGATIONS};

/// The least confidence for a learned content to be added, chosen on held-out training texts (with 0.5
/// precision falls as fast as recall rises, and precision comes first).
const MIN_CONFIDENCE: f32 = 0.55;

/// How much less a learned attribution is trusted than the model says. The model's probability is
/// calibrated on PolNeAR, whose broad scheme counts beliefs, plans and findings; on English news labelled
/// for who said what (`crates/eval/data/attribution-en-news.jsonl`), about one in four learned contents was a
/// statement at the model's 0.55 and two in three from its 0.75. So most are shown as guesses (below 0.5).
const DISCOUNT: f32 = 0.25;

/// The fewest words of a learned content: a single word is mostly a piece of a longer content the tagger
/// broke up.
const MIN_WORDS: usize = 2;

const QUOTE_MARKS: &[char] = &['"', '“', '”', '«', '»'];

/// Adds to `found` (byte offsets, in text order) the tagger's contents that no rule-found content overlaps.
pub(super) fn add(reader: &Reader, found: &mut Vec<Found>, tagger: &Tagger) {
    let text = reader.text;
    // Code point → byte offset, for every code point and the end of the text.
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    let to_bytes = |r: &Range<usize>| -> Option<Range<usize>> {
        Some(*bytes.get(r.start)?..*bytes.get(r.end)?)
    };
    // The rules' contents, so that whether a learned content overlaps one of them is a binary search.
    let rules = SortedRanges::new(found.iter().map(|f| f.content.clone()));
    let paragraphs = paragraphs(text);
    for a in tagger.attributions(text) {
        let Some(content) = to_bytes(&a.content) else {
            continue;
        };
        let content = trim_marks(text, content);
        let words = text
            .get(content.clone())
            .map_or(0, |c| c.split_whitespace().count());
        let overlaps = rules.overlap(&content);
        let cue = a.cue.as_ref().and_then(to_bytes);
        if a.confidence < MIN_CONFIDENCE
            || words < MIN_WORDS
            || overlaps
            || negated(text, &cue)
            || citing(text, &cue)
        {
            continue;
        }
        // Precision first, as for the rules: an attribution that names nobody ("the council is expected
        // to …") is not reported. Where the model names a source, the rules' speaker parse before the
        // model's cue draws its bounds better than the model does.
        let Some(source) = a.source.as_ref().and_then(to_bytes) else {
            continue;
        };
        let source = cue
            .as_ref()
            .and_then(|c| subject_before(reader, &paragraphs, c.start))
            .unwrap_or(source);
        // "Warning: …", "Graphic: …": one word before a colon heads a note ("Elizabeth Warren Hammers Wells
        // Fargo CEO: ‘…’" is a headline's quote).
        let one_word = text
            .get(source.clone())
            .is_some_and(|s| s.split_whitespace().count() == 1);
        if one_word && only_punctuation(text, &cue) {
            continue;
        }
        let quoted = text
            .get(..content.start)
            .is_some_and(|b| b.ends_with(QUOTE_MARKS))
            || text
                .get(content.end..)
                .is_some_and(|a| a.starts_with(QUOTE_MARKS));
        found.push(Found {
            content,
            kind: if quoted {
                QuoteKind::Direct
            } else {
                QuoteKind::Indirect
            },
            cue,
            who: Who::Phrase(source),
            via: None,
            when: None,
            confidence: (a.confidence - DISCOUNT).max(0.0),
            parts: Vec::new(),
        });
    }
    found.sort_by_key(|f| f.content.start);
}

/// The speaker phrase the rules read before the cue that starts at byte `cue`, within its sentence as the
/// rules cut it (so "Mr. Podesta said" stays one sentence).
fn subject_before(
    reader: &Reader,
    paragraphs: &[Range<usize>],
    cue: usize,
) -> Option<Range<usize>> {
    let text = reader.text;
    // Paragraphs are in text order: the one holding the cue is found by binary search.
    let k = paragraphs.partition_point(|p| p.end <= cue);
    let paragraph = paragraphs.get(k).filter(|p| p.contains(&cue))?.clone();
    let quoted = marks::find_quoted(text, paragraph.clone(), !reader.lex.is_english_only());
    let sentence = reader
        .sentences(paragraph, &quoted)
        .into_iter()
        .find(|s| s.contains(&cue))?;
    let end = text
        .get(cue..)?
        .find(char::is_whitespace)
        .map_or(text.len(), |k| cue + k);
    let words = reader.words(sentence.start..end);
    let i = words.iter().position(|w| w.start >= cue)?;
    reader.subject(&words, i).map(|(who, _)| who)
}

/// Whether the cue names what is cited ("citing two sources"): a source, not a statement.
fn citing(text: &str, cue: &Option<Range<usize>>) -> bool {
    cue.as_ref()
        .and_then(|c| text.get(c.clone()))
        .is_some_and(|c| is_citing(&c.to_lowercase()))
}

/// Whether the cue is a colon or a dash alone.
fn only_punctuation(text: &str, cue: &Option<Range<usize>>) -> bool {
    cue.as_ref()
        .and_then(|c| text.get(c.clone()))
        .is_some_and(|c| !c.chars().any(char::is_alphanumeric))
}

/// Whether the cue, or the word just before it, negates it: "did not discuss", "never said". As for the
/// rules, what someone did not say is not an attribution.
fn negated(text: &str, cue: &Option<Range<usize>>) -> bool {
    let Some(cue) = cue else {
        return false;
    };
    let before = text
        .get(..cue.start)
        .and_then(|b| b.split_whitespace().next_back());
    let words = text
        .get(cue.clone())
        .into_iter()
        .flat_map(str::split_whitespace);
    before
        .into_iter()
        .chain(words)
        .any(|w| NEGATIONS.contains(&w.to_lowercase().as_str()))
}

/// `range` without the quotation marks, spaces and trailing commas around it.
fn trim_marks(text: &str, range: Range<usize>) -> Range<usize> {
    let Some(s) = text.get(range.clone()) else {
        return range;
    };
    let start = s.len()
        - s.trim_start_matches(|c: char| QUOTE_MARKS.contains(&c) || c.is_whitespace())
            .len();
    let kept = s[start..]
        .trim_end_matches(|c: char| QUOTE_MARKS.contains(&c) || c == ',' || c.is_whitespace());
    range.start + start..range.start + start + kept.len()
}

#[cfg(test)]
mod tests {
    use warta_attribution_tagger::{Model, Tagger};

    use super::super::{find_quotes, find_quotes_with_tagger, paragraphs, Lexicon, Reader};
    use super::subject_before;

    #[test]
    fn adds_what_the_rules_miss_in_english_only() {
        let text =
            "Farmers in the valley fear the river will flood their fields again this spring.";
        let english = find_quotes(text, "en", &[], None);
        assert!(
            english
                .iter()
                .any(|q| q.content.contains("the river will flood their fields")
                    && q.speaker.text == "Farmers in the valley"
                    && q.cue.as_deref() == Some("fear")),
            "{english:?}"
        );
        assert!(find_quotes(text, "id", &[], None).is_empty());
        // The rules alone (a tagger with an empty model) miss it.
        let rules = find_quotes_with_tagger(text, "en", &[], None, &Tagger::new(Model::empty()));
        assert!(rules.is_empty(), "{rules:?}");
    }

    #[test]
    fn the_speaker_is_read_before_the_models_cue() {
        let reader = Reader {
            text: "On Monday, the three largest unions in the state believe the strike will end.",
            lex: Lexicon::for_lang("en"),
            dates: Vec::new(),
        };
        let pars = paragraphs(reader.text);
        let cue = reader.text.find("believe").unwrap_or(0);
        let speaker = subject_before(&reader, &pars, cue).and_then(|s| reader.text.get(s));
        assert_eq!(speaker, Some("the three largest unions in the state"));
        assert_eq!(subject_before(&reader, &pars, reader.text.len() + 3), None);
        // The rules' sentences: the full stop of "Mr." ends none.
        let reader = Reader {
            text: "Mr. Podesta believes the emails were stolen.",
            ..reader
        };
        let pars = paragraphs(reader.text);
        let cue = reader.text.find("believes").unwrap_or(0);
        let speaker = subject_before(&reader, &pars, cue).and_then(|s| reader.text.get(s));
        assert_eq!(speaker, Some("Mr. Podesta"));
    }
}
