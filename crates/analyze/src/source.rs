//! Sources: which outlets an article names and how, and the chain each quote travelled along.
//!
//! A translated or syndicated article passes words along several hands: an official tells Politico, Politico
//! reports it, a site translates Politico, a scraper picks the translation up. [`sources`] finds the outlets
//! of one article — its publisher, the outlet it was translated or syndicated from, and every outlet it cites
//! ("menurut New York Times", "Wall Street Journal melaporkan … mengutip pejabat AS", "kata … kepada
//! Politico", "told CNN", "Journal melaporkan" with "Journal" resolved to the Wall Street Journal named
//! earlier). [`chain`] then lays out one quote's path: speaker → channel → reporting outlet → original
//! outlet → publisher.

pub mod outlets;

use warta_model::{
    Citation, CitationKind, Entity, FoundIn, Hop, HopRole, OriginalOutlet, Quote, Sources, Span,
    SpeakerKind,
};

/// Words between an outlet and its reporting verb: "BI sebelumnya melaporkan", "Politico Eropa juga
/// melaporkan", "Reuters also reported".
const BETWEEN_OUTLET_AND_VERB: &[&str] = &[
    "juga",
    "sebelumnya",
    "telah",
    "pun",
    "pertama",
    "kemudian",
    "also",
    "earlier",
    "previously",
    "first",
    "later",
    "has",
    "had",
    "pada",
    "hari",
    "on",
];

const REPORTING_VERBS: &[&str] = &[
    "melaporkan",
    "memberitakan",
    "mewartakan",
    "menulis",
    "menyebutkan",
    "mengabarkan",
    "mengatakan",
    "menyatakan",
    "reported",
    "reports",
    "wrote",
    "writes",
    "said",
    "says",
    "revealed",
    "first",
];

/// Words before an outlet whose report the article takes over: "mengutip Reuters", "dilansir dari CNN".
const TAKEN_FROM: &[&str] = &[
    "mengutip",
    "melansir",
    "dilansir",
    "dikutip",
    "dilaporkan",
    "diberitakan",
    "diwartakan",
    // "…, lapor AFP", "…, tulis The Guardian": a short verb before the outlet that reported.
    "lapor",
    "tulis",
    "citing",
    "cited",
    "quoting",
    "quoted",
];

/// Words between a citing word and an outlet's name: "the", "harian", "kantor berita".
const MEDIUM_WORDS: &[&str] = &[
    "the",
    "harian",
    "majalah",
    "kantor",
    "berita",
    "surat",
    "kabar",
    "situs",
    "media",
    "stasiun",
    "televisi",
    "newspaper",
    "magazine",
    "broadcaster",
    "outlet",
    // "menurut laporan Reuters": the outlet's report.
    "laporan",
];

/// Words before an outlet that a source spoke to: "kepada Politico", "told CNN", "memberitahu Journal".
const TOLD_TO: &[&str] = &["kepada", "told", "memberitahu", "memberitahukan", "tells"];

/// The outlets of an article: `text` is its body, `title` its headline, `publisher` the site it was taken
/// from and `original_outlet` the outlet the clean stage found it was translated or syndicated from. Besides
/// the well-known outlets and the gazetteer's, the names of quotes' outlet speakers and of entities typed
/// OUTLET count as outlet names.
pub fn sources(
    text: &str,
    title: Option<&str>,
    publisher: Option<&str>,
    original_outlet: Option<&str>,
    quotes: &[Quote],
    entities: &[Entity],
) -> Sources {
    let named: Vec<&str> = quotes
        .iter()
        .filter(|q| q.speaker.kind == SpeakerKind::Outlet)
        // "Kantor berita Antara": the name, without the medium.
        .map(|q| q.speaker.name.as_deref().unwrap_or(&q.speaker.text))
        .chain(
            entities
                .iter()
                .filter(|e| e.kind == "OUTLET")
                .map(|e| e.name.as_str()),
        )
        .collect();
    let dateline = dateline_outlet(text);
    // "JAKARTA, KOMPAS.com - …": where nothing else named the publisher, the dateline may.
    let publisher = publisher
        .map(outlets::canonical)
        .filter(|p| !p.is_empty())
        .or_else(|| match &dateline {
            Some(DatelineOutlet::Site(site)) => Some(site.clone()),
            _ => None,
        });
    let original = original_outlet
        .map(outlets::canonical)
        .filter(|o| !o.is_empty())
        .map(|name| OriginalOutlet {
            name,
            found_in: FoundIn::Metadata,
        })
        .or_else(|| {
            title.and_then(headline_outlet).map(|name| OriginalOutlet {
                name,
                found_in: FoundIn::Headline,
            })
        })
        .or_else(|| {
            credit_line_outlet(text).map(|name| OriginalOutlet {
                name,
                found_in: FoundIn::CreditLine,
            })
        })
        .or(match dateline {
            Some(DatelineOutlet::Agency(name)) => Some(OriginalOutlet {
                name,
                found_in: FoundIn::Dateline,
            }),
            _ => None,
        });
    let mut cited = citations(
        text,
        &named,
        publisher.as_deref(),
        original.as_ref().map(|o| o.name.as_str()),
    );
    cited.retain(|c| {
        c.kind != CitationKind::Mentioned || publisher.as_deref() != Some(c.outlet.as_str())
    });
    Sources {
        publisher,
        original_outlet: original,
        cited,
    }
}

/// The full name of the outlet `name` refers to in an article with these `sources` ("Journal" → "Wall
/// Street Journal"), if it names one.
pub fn resolve_outlet(sources: &Sources, name: &str) -> Option<String> {
    let name = outlets::canonical(name);
    if let Some(c) = sources
        .cited
        .iter()
        .find(|c| c.text == name || c.outlet == name)
    {
        return Some(c.outlet.clone());
    }
    let tokens: Vec<&str> = name.split_whitespace().collect();
    if outlets::known_at(&tokens) == Some(tokens.len()) && !tokens.is_empty() {
        return Some(name);
    }
    let mut known = sources.outlets();
    known.extend(sources.original_outlet.as_ref().map(|o| o.name.as_str()));
    known.extend(sources.publisher.as_deref());
    outlets::expand_short(&name, &known).map(str::to_string)
}

/// The outlet named at the end of a channel phrase after a word in lower case: "Tempo" of "saat dihubungi
/// Tempo", "Financial Times" of "dalam wawancara dengan harian Financial Times".
fn outlet_ending(sources: &Sources, phrase: &str) -> Option<String> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    (1..words.len())
        .filter(|&k| words[k - 1].chars().next().is_some_and(char::is_lowercase))
        .find_map(|k| resolve_outlet(sources, &words[k..].join(" ")))
}

/// The hands `quote` passed through, from its speaker to this article's publisher.
pub fn chain(quote: &Quote, sources: &Sources) -> Vec<Hop> {
    let hop = |role, name: &str| Hop {
        role,
        name: name.to_string(),
    };
    let mut hops = Vec::new();
    let speaker = quote.speaker.name.as_deref().unwrap_or(&quote.speaker.text);
    // "Kantor berita Antara": the name is the outlet, the text names its medium too.
    let speaking_outlet = (quote.speaker.kind == SpeakerKind::Outlet)
        .then(|| {
            let name = quote.speaker.name.as_deref();
            name.and_then(|n| resolve_outlet(sources, n))
                .or_else(|| resolve_outlet(sources, &quote.speaker.text))
        })
        .flatten();
    let mut reporting = None;
    match &speaking_outlet {
        Some(outlet) => {
            // "Wall Street Journal melaporkan …, mengutip pejabat AS": the officials spoke, the Journal reported.
            // The citation lies inside the speaker phrase: "The Wall Street Journal", "Harian Kompas".
            let within = |start: usize| {
                quote
                    .speaker
                    .start
                    .zip(quote.speaker.end)
                    .is_some_and(|(s, e)| s <= start && start < e)
            };
            let quoting = sources
                .cited
                .iter()
                .find(|c| within(c.start) && c.outlet == *outlet)
                .and_then(|c| c.quoting.as_deref());
            if let Some(q) = quoting {
                hops.push(hop(HopRole::Speaker, q));
            }
            reporting = Some(outlet.clone());
        }
        None if !speaker.is_empty() => hops.push(hop(HopRole::Speaker, speaker)),
        None => {}
    }
    if let Some(via) = quote.via.as_deref() {
        // "Tom Porter dari BI": a reporter of an outlet.
        let of_outlet = [" dari ", " of ", " from "].iter().find_map(|sep| {
            let (who, outlet) = via.rsplit_once(sep)?;
            Some((who, resolve_outlet(sources, outlet)?))
        });
        match (of_outlet, resolve_outlet(sources, via)) {
            (_, Some(outlet)) => reporting = reporting.or(Some(outlet)),
            (Some((who, outlet)), None) => {
                hops.push(hop(HopRole::Channel, who));
                reporting = reporting.or(Some(outlet));
            }
            (None, None) => {
                hops.push(hop(HopRole::Channel, via));
                // "saat dihubungi Tempo", "dalam wawancara dengan Variety": the occasion, and the outlet
                // that heard the words.
                reporting = reporting.or_else(|| outlet_ending(sources, via));
            }
        }
    }
    // "…, Journal melaporkan." / "Menurut Politico, X mengatakan …": an outlet cited in the quote's sentence.
    let reporting = reporting.or_else(|| {
        sources
            .cited
            .iter()
            .find(|c| {
                c.kind != CitationKind::Mentioned
                    && c.sentence.start <= quote.start
                    && quote.start < c.sentence.end
            })
            .map(|c| c.outlet.clone())
    });
    if let Some(outlet) = reporting {
        hops.push(hop(HopRole::ReportingOutlet, &outlet));
    }
    if let Some(original) = &sources.original_outlet {
        hops.push(hop(HopRole::OriginalOutlet, &original.name));
    }
    if let Some(publisher) = &sources.publisher {
        hops.push(hop(HopRole::Publisher, publisher));
    }
    hops
}

/// A word of the text: its letters without surrounding punctuation, as a byte range.
struct Token<'t> {
    word: &'t str,
    start: usize,
    end: usize,
    /// The end of the whitespace-delimited token, trailing punctuation included.
    raw_end: usize,
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    for raw in text.split_whitespace() {
        let raw_start = raw.as_ptr() as usize - text.as_ptr() as usize;
        let lead = raw.len() - raw.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if word.is_empty() {
            continue;
        }
        out.push(Token {
            word,
            start: raw_start + lead,
            end: raw_start + lead + word.len(),
            raw_end: raw_start + raw.len(),
        });
    }
    out
}

/// Sentences as byte ranges: a line, or a stretch of one ended by ". ", "! " or "? " before a capital.
fn sentences(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n);
        let ends = c == '\n'
            || (c.is_whitespace()
                && prev.is_some_and(|p| matches!(p, '.' | '!' | '?' | '”' | '"'))
                && next.is_some_and(|n| n.is_uppercase() || matches!(n, '“' | '"' | '‘')));
        if ends {
            if text.get(start..i).is_some_and(|s| !s.trim().is_empty()) {
                out.push(start..i);
            }
            start = i + c.len_utf8();
        }
        prev = Some(c);
    }
    if text.get(start..).is_some_and(|s| !s.trim().is_empty()) {
        out.push(start..text.len());
    }
    out
}

/// Every outlet mention in `text`: full names first, then short forms of them in a citing context.
fn citations(
    text: &str,
    named: &[&str],
    publisher: Option<&str>,
    original: Option<&str>,
) -> Vec<Citation> {
    let toks = tokens(text);
    let words: Vec<&str> = toks.iter().map(|t| t.word).collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let sentences = sentences(text);
    let sentence_of = |byte: usize| {
        let k = sentences.partition_point(|s| s.end <= byte);
        sentences
            .get(k)
            .filter(|s| s.start <= byte)
            .cloned()
            .unwrap_or(byte..byte)
    };
    let named_words: Vec<Vec<&str>> = named
        .iter()
        .map(|n| n.split_whitespace().collect())
        .collect();
    // Full names: (first token, token count).
    let mut full: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // A name does not run across punctuation: "Rusia,” Journal" is two things.
        // Outlet names are short: look no further than eight words ahead.
        let run_end = (i..toks.len().min(i + 8))
            .find(|&k| {
                toks[k].end < toks[k].raw_end
                    || toks
                        .get(k + 1)
                        .is_some_and(|n| n.start > toks[k].raw_end + 1)
            })
            .map_or(toks.len().min(i + 8), |k| k + 1);
        let rest = &words[i..run_end];
        let named_here = named_words
            .iter()
            .filter(|n| !n.is_empty() && rest.len() >= n.len() && rest[..n.len()] == n[..])
            .map(|n| n.len())
            .max();
        // "Menurut New York Times": a known name inside a capitalised run wins over the run's shape.
        let pattern = || {
            outlets::by_pattern_at(rest, &lower[i.saturating_sub(2)..i])
                .filter(|&n| (1..n).all(|k| outlets::known_at(&rest[k..]).is_none()))
        };
        let found = outlets::known_at(rest).or(named_here).or_else(pattern);
        match found {
            Some(n) => {
                full.push((i, n));
                i += n;
            }
            None => i += 1,
        }
    }
    let mut covered = vec![false; toks.len()];
    for &(s, n) in &full {
        covered[s..s + n].iter_mut().for_each(|c| *c = true);
    }
    let name_of = |(i, n): (usize, usize)| {
        text.get(toks[i].start..toks[i + n - 1].end)
            .map(outlets::canonical)
            .unwrap_or_default()
    };
    let mut known: Vec<String> = full.iter().map(|&m| name_of(m)).collect();
    known.extend(original.map(str::to_string));
    known.extend(publisher.map(str::to_string));
    let known_refs: Vec<&str> = known.iter().map(String::as_str).collect();

    let mut mentions: Vec<(usize, usize, String)> =
        full.iter().map(|&m| (m.0, m.1, name_of(m))).collect();
    for (i, t) in toks.iter().enumerate() {
        let covered = covered[i];
        let capitalised = t.word.chars().next().is_some_and(char::is_uppercase);
        if covered || !capitalised {
            continue;
        }
        if let Some(outlet) = outlets::expand_short(t.word, &known_refs) {
            // A short form only counts where an outlet is expected: "Journal melaporkan", "kepada BI".
            if citation_kind(&lower, &toks, text, i, 1) != CitationKind::Mentioned {
                mentions.push((i, 1, outlet.to_string()));
            }
        }
    }
    mentions.sort_by_key(|m| m.0);
    // Code-point offsets of the mentions and their sentences, counted in one pass over the text.
    let mut bytes: Vec<usize> = mentions
        .iter()
        .flat_map(|&(i, n, _)| {
            let sentence = sentence_of(toks[i].start);
            [
                toks[i].start,
                toks[i + n - 1].end,
                sentence.start,
                sentence.end,
            ]
        })
        .collect();
    bytes.sort_unstable();
    bytes.dedup();
    let chars = code_points(text, &bytes);
    let char_at = |byte: usize| {
        bytes
            .binary_search(&byte)
            .map_or(0, |k| chars.get(k).copied().unwrap_or(0))
    };
    mentions
        .into_iter()
        .map(|(i, n, outlet)| {
            let (start, end) = (toks[i].start, toks[i + n - 1].end);
            let kind = citation_kind(&lower, &toks, text, i, n);
            let sentence = sentence_of(start);
            let quoting = matches!(kind, CitationKind::Reported | CitationKind::According)
                .then(|| quoted_source(&lower, &toks, text, i + n, sentence.end))
                .flatten();
            Citation {
                outlet,
                text: text.get(start..end).unwrap_or("").to_string(),
                start: char_at(start),
                end: char_at(end),
                kind,
                quoting,
                sentence: Span::new(char_at(sentence.start), char_at(sentence.end)),
            }
        })
        .collect()
}

/// The code-point offset of each of `bytes` (ascending byte offsets on char boundaries) in `text`.
fn code_points(text: &str, bytes: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut chars = text.char_indices().map(|(b, _)| b).enumerate().peekable();
    for &byte in bytes {
        while chars.next_if(|&(_, b)| b < byte).is_some() {}
        out.push(chars.peek().map_or(text.chars().count(), |&(c, _)| c));
    }
    out
}

/// What the words around the outlet at tokens `i..i + n` say it did.
fn citation_kind(lower: &[String], toks: &[Token], text: &str, i: usize, n: usize) -> CitationKind {
    // "according to the Washington Post", "menurut harian Kompas": skip the article and the kind of medium.
    let head = (0..3)
        .take_while(|&k| {
            i.checked_sub(k + 1).is_some_and(|j| {
                !toks[j].word.starts_with(char::is_uppercase)
                    && MEDIUM_WORDS.contains(&lower[j].as_str())
            })
        })
        .count();
    let i_head = i - head;
    let before = |k: usize| {
        i_head
            .checked_sub(k)
            .map(|j| lower[j].as_str())
            .unwrap_or("")
    };
    // Punctuation between the previous word and the outlet breaks the link ("…, kata X. Reuters").
    let closed_before = i_head
        .checked_sub(1)
        .and_then(|j| text.get(toks[j].end..toks[j].raw_end))
        .is_some_and(|p| p.contains(['.', ',', ';', ':']));
    if !closed_before {
        if before(1) == "menurut" || (before(2) == "according" && before(1) == "to") {
            return CitationKind::According;
        }
        if TOLD_TO.contains(&before(1))
            || (before(1) == "to" && matches!(before(2), "spoke" | "said" | "speaking" | "talking"))
            || (matches!(before(1), "with" | "dengan")
                && matches!(before(2), "interview" | "wawancara"))
        {
            return CitationKind::Told;
        }
        // "kepada Tom Porter dari BI", "told Jane Doe of CNN"
        if matches!(before(1), "dari" | "of" | "from")
            && (2..=4).any(|k| TOLD_TO.contains(&before(k)))
        {
            return CitationKind::Told;
        }
        if TAKEN_FROM.contains(&before(1))
            || (matches!(before(1), "dari" | "oleh" | "by") && TAKEN_FROM.contains(&before(2)))
        {
            return CitationKind::Reported;
        }
    }
    let after = toks[i + n - 1..]
        .iter()
        .zip(&lower[i + n - 1..])
        .skip(1)
        .take(6);
    for (k, (t, w)) in after.enumerate() {
        let prev_closed = toks
            .get(i + n - 1 + k)
            .and_then(|p| text.get(p.end..p.raw_end))
            .is_some_and(|p| p.contains(['.', ';', ':']));
        if prev_closed {
            break;
        }
        if REPORTING_VERBS.contains(&w.as_str()) && w != "first" {
            return CitationKind::Reported;
        }
        let is_date_word = t.word.chars().next().is_some_and(char::is_uppercase) && k > 0;
        if !BETWEEN_OUTLET_AND_VERB.contains(&w.as_str()) && !is_date_word {
            break;
        }
    }
    CitationKind::Mentioned
}

/// The source an outlet's report cites: the phrase after "mengutip"/"citing"/"quoting" (or "which cited")
/// later in its sentence, up to a comma or the sentence's end.
fn quoted_source(
    lower: &[String],
    toks: &[Token],
    text: &str,
    from: usize,
    sentence_end: usize,
) -> Option<String> {
    let k = (from..toks.len())
        .take_while(|&k| toks[k].end <= sentence_end)
        .take(12)
        .find(|&k| {
            let before = k.checked_sub(1).map_or("", |b| lower[b].as_str());
            crate::quote::cites(before, &lower[k])
        })?;
    let first = k + 1;
    let mut last = first;
    while last < toks.len() && toks[last].end <= sentence_end && last - first < 10 {
        if text
            .get(toks[last].end..toks[last].raw_end)
            .is_some_and(|p| p.contains([',', '.', ';']))
        {
            break;
        }
        last += 1;
    }
    let last = last.min(toks.len() - 1);
    (first <= last && toks.get(first)?.end <= sentence_end)
        .then(|| text.get(toks[first].start..toks[last].end))
        .flatten()
        .map(str::to_string)
}

/// The outlet named at the end of a headline: "… – Politico", "… | Reuters".
fn headline_outlet(title: &str) -> Option<String> {
    let (_, tail) = [" – ", " — ", " - ", " | "]
        .iter()
        .filter_map(|sep| title.rsplit_once(sep))
        .min_by_key(|(_, tail)| tail.len())?;
    let tail = tail.trim();
    let words: Vec<&str> = tail.split_whitespace().collect();
    let whole = outlets::known_at(&words).or_else(|| outlets::by_pattern_at(&words, &[]));
    (!words.is_empty() && whole == Some(words.len())).then(|| outlets::canonical(tail))
}

/// The outlet of a credit line: "Baca artikel asli di Business Insider", "Read the original article on X".
/// An outlet a story's dateline names.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum DatelineOutlet {
    /// A news site by its address or a known outlet by its name, beside the place: "JAKARTA, KOMPAS.com -
    /// …", "TEMPO.CO, Jakarta - …", "Jakarta, CNN Indonesia -- …". The page's own outlet.
    Site(String),
    /// A known agency in brackets after the place: "WASHINGTON (Reuters) - …", "Jakarta (ANTARA) - …". Where
    /// the story came from.
    Agency(String),
}

/// The words before the dash of a dateline that may open `paragraph` ("JAKARTA, KOMPAS.com - …",
/// "WASHINGTON (Reuters) - …"), and the bytes up to the dash's end. Whether they are a dateline is the
/// caller's to judge; only a few words can be one.
pub(crate) fn dateline(paragraph: &str) -> Option<(&str, usize)> {
    /// A dateline is a few words; a longer stretch before a dash is a sentence.
    const MAX_LEN: usize = 60;
    let mut end = MAX_LEN.min(paragraph.len());
    while !paragraph.is_char_boundary(end) {
        end -= 1;
    }
    let head = &paragraph[..end];
    // The first dash; of " -- " and " --" at one place, the longer.
    let (at, dash) = [" - ", " – ", " — ", " -- ", " --"]
        .iter()
        .filter_map(|d| head.find(d).map(|i| (i, d.len())))
        .min_by_key(|&(i, len)| (i, std::cmp::Reverse(len)))?;
    Some((&head[..at], at + dash))
}

/// The outlet the dateline opening `text` names, if it opens with one.
pub(crate) fn dateline_outlet(text: &str) -> Option<DatelineOutlet> {
    let (dateline, _) = dateline(text.trim_start().lines().next()?)?;
    let dateline = dateline.trim();
    if dateline.contains(['!', '?', '“', '"', ':']) {
        return None;
    }
    // A known agency only: "Presiden Joko Widodo (Jokowi) - …" is no dateline.
    if let Some((_, inner)) = dateline.strip_suffix(')').and_then(|d| d.rsplit_once('(')) {
        let tokens: Vec<&str> = inner.split_whitespace().collect();
        let known = !tokens.is_empty() && outlets::known_at(&tokens) == Some(tokens.len());
        return known.then(|| DatelineOutlet::Agency(outlets::canonical(inner)));
    }
    // A place and a site, either way round.
    match dateline
        .split(',')
        .map(str::trim)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [a, b] => {
            let site = [a, b]
                .into_iter()
                .find(|p| !p.contains(' ') && outlets::is_site_address(p))
                .map(|site| DatelineOutlet::Site(site.to_string()));
            // "Jakarta, CNN Indonesia -- …": a known outlet by its name, beside a place of a word or two.
            let is_place = |p: &str| {
                let words: Vec<&str> = p.split_whitespace().collect();
                (1..=2).contains(&words.len())
                    && words.iter().all(|w| w.starts_with(char::is_uppercase))
            };
            let is_known = |p: &str| {
                let tokens: Vec<&str> = p.split_whitespace().collect();
                !tokens.is_empty() && outlets::known_at(&tokens) == Some(tokens.len())
            };
            let named = [(a, b), (b, a)]
                .into_iter()
                .find(|(name, place)| is_known(name) && is_place(place) && !is_known(place))
                .map(|(name, _)| DatelineOutlet::Site(outlets::canonical(name)));
            site.or(named)
        }
        _ => None,
    }
}

fn credit_line_outlet(text: &str) -> Option<String> {
    const CREDITS: &[&str] = &[
        "baca artikel asli di ",
        "artikel asli di ",
        "read the original article on ",
        "this article originally appeared on ",
        "originally published by ",
    ];
    text.lines().rev().find_map(|line| {
        let trimmed = line.trim();
        let lower = trimmed.to_lowercase();
        let credit = CREDITS.iter().find(|c| lower.starts_with(*c))?;
        let name = trimmed
            .get(credit.len()..)?
            .trim()
            .trim_end_matches(['.', '!']);
        (!name.is_empty() && name.split_whitespace().count() <= 5).then(|| outlets::canonical(name))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quote::find_quotes;

    #[test]
    fn the_dateline_names_the_site_or_the_agency() {
        let site = |s: &str| Some(DatelineOutlet::Site(s.to_string()));
        let agency = |s: &str| Some(DatelineOutlet::Agency(s.to_string()));
        let cases = [
            (
                "JAKARTA, KOMPAS.com - Presiden menegaskan …",
                site("KOMPAS.com"),
            ),
            ("TEMPO.CO, Jakarta - Menteri Keuangan …", site("TEMPO.CO")),
            (
                "REPUBLIKA.CO.ID, JAKARTA -- Badan …",
                site("REPUBLIKA.CO.ID"),
            ),
            (
                "Liputan6.com, Jakarta - Kementerian …",
                site("Liputan6.com"),
            ),
            ("WASHINGTON (Reuters) - The U.S. …", agency("Reuters")),
            ("Jakarta (ANTARA) - Presiden …", agency("ANTARA")),
            (
                "Jakarta, CNN Indonesia -- Komisi V DPR meminta …",
                site("CNN Indonesia"),
            ),
            ("HAYWARD, Calif. (AP) — Police said …", agency("AP")),
            // A place alone names no outlet, nor does a sentence with a dash in it.
            ("BERLIN - Kanselir Jerman menegaskan …", None),
            ("Harga BBM - kata Budi - naik.", None),
            ("AS - Rusia sepakat menggelar pertemuan.", None),
            ("Presiden Joko Widodo (Jokowi) - yang baru …", None),
        ];
        for (text, expected) in cases {
            assert_eq!(dateline_outlet(text), expected, "{text}");
        }
        // Only where nothing else named the publisher or the original outlet.
        let text = "WASHINGTON (Reuters) - Prices rose.";
        let found = sources(text, None, Some("Kompas"), None, &[], &[]);
        assert_eq!(found.publisher.as_deref(), Some("Kompas"));
        let original = found.original_outlet.map(|o| (o.name, o.found_in));
        assert_eq!(original, Some(("Reuters".to_string(), FoundIn::Dateline)));
        let found = sources(
            "JAKARTA, KOMPAS.com - Harga naik.",
            None,
            None,
            None,
            &[],
            &[],
        );
        assert_eq!(found.publisher.as_deref(), Some("KOMPAS.com"));
    }

    fn seed(name: &str) -> String {
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus");
        std::fs::read_to_string(corpus.join(name)).unwrap()
    }

    fn gold() -> serde_json::Value {
        serde_json::from_str(include_str!("../../../tests/fixtures/seeds-gold.json")).unwrap()
    }

    /// An article's sources and its quotes' chains, as the pipeline would compute them.
    fn analyse(
        name: &str,
        publisher: Option<&str>,
        original: Option<&str>,
    ) -> (Sources, Vec<(Quote, Vec<Hop>)>) {
        let text = seed(name);
        let gold = gold();
        let title = gold["articles"][name]["title"].as_str();
        let quotes = find_quotes(&text, "id", &[], None);
        let sources = sources(&text, title, publisher, original, &quotes, &[]);
        let chains = quotes
            .into_iter()
            .map(|q| {
                let c = chain(&q, &sources);
                (q, c)
            })
            .collect();
        (sources, chains)
    }

    const SEEDS: [(&str, Option<&str>); 3] = [
        ("000_c8f3cde4977ff973.txt", None),
        ("003_21f1d49beaa1a5c2.txt", Some("Bloomberg Technoz")),
        ("004_1001db7d9672cb84.txt", None),
    ];

    #[test]
    fn seeds_outlets_against_gold() {
        let gold = gold();
        for (name, publisher) in SEEDS {
            let g = &gold["articles"][name];
            let original = g["original_outlet"].as_str();
            let (sources, _) = analyse(name, publisher, original);
            let mut want: Vec<&str> = g["outlets_cited"]
                .as_array()
                .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
                .unwrap_or_default();
            let mut got = sources.outlets();
            want.sort_unstable();
            got.sort_unstable();
            assert_eq!(got, want, "{name}");
            let want_original = g["original_outlet"]
                .as_str()
                .or(g["headline_source"].as_str());
            assert_eq!(
                sources.original_outlet.as_ref().map(|o| o.name.as_str()),
                want_original,
                "{name}"
            );
        }
    }

    /// Every gold `via` that names an outlet is the reporting outlet of the matching quote's chain.
    #[test]
    fn seeds_via_outlets_are_reporting_outlets() {
        let gold = gold();
        let mut checked = 0;
        for (name, publisher) in SEEDS {
            let g = &gold["articles"][name];
            let (sources, chains) = analyse(name, publisher, g["original_outlet"].as_str());
            for q in g["quotes"].as_array().unwrap() {
                let Some(outlet) = q["via"].as_str().and_then(|v| resolve_outlet(&sources, v))
                else {
                    continue;
                };
                let speaker = q["speaker"].as_str().unwrap();
                let content = q["content"].as_str().unwrap();
                let head: String = content.chars().take(30).collect();
                let (_, hops) = chains
                    .iter()
                    .find(|(p, _)| {
                        (p.speaker.text == speaker || p.speaker.name.as_deref() == Some(speaker))
                            && p.content.contains(head.trim_matches('“'))
                    })
                    .unwrap_or_else(|| panic!("{name}: no quote for {speaker}: {head}"));
                let reporting = hops.iter().find(|h| h.role == HopRole::ReportingOutlet);
                assert_eq!(
                    reporting.map(|h| h.name.as_str()),
                    Some(outlet.as_str()),
                    "{name}: {speaker}"
                );
                checked += 1;
            }
        }
        assert!(checked >= 10, "checked {checked}");
    }

    fn hops(chain: &[Hop]) -> Vec<(HopRole, &str)> {
        chain.iter().map(|h| (h.role, h.name.as_str())).collect()
    }

    #[test]
    fn seed_chains() {
        use HopRole::*;
        let (_, chains) = analyse(SEEDS[0].0, None, None);
        assert_eq!(
            hops(&chains[0].1),
            [
                (Speaker, "seorang pejabat AS"),
                (ReportingOutlet, "Politico"),
                (OriginalOutlet, "Politico")
            ]
        );
        let (_, chains) = analyse(SEEDS[2].0, None, Some("Business Insider"));
        let find = |speaker: &str, cue: &str| {
            chains
                .iter()
                .find(|(q, _)| {
                    (q.speaker.text == speaker || q.speaker.name.as_deref() == Some(speaker))
                        && q.cue.as_deref() == Some(cue)
                })
                .map(|(_, c)| hops(c))
                .unwrap()
        };
        let heorhiy = [
            (Speaker, "Heorhiy Tykhi"),
            (ReportingOutlet, "Wall Street Journal"),
            (OriginalOutlet, "Business Insider"),
        ];
        assert_eq!(find("Heorhiy Tykhi", "mengatakan"), heorhiy);
        assert_eq!(find("Heorhiy Tykhi", "tambahnya"), heorhiy);
        assert_eq!(
            find("Wall Street Journal", "melaporkan"),
            [
                (Speaker, "pejabat AS yang tidak disebutkan namanya"),
                (ReportingOutlet, "Wall Street Journal"),
                (OriginalOutlet, "Business Insider"),
            ]
        );
        let porter = chains
            .iter()
            .find(|(q, _)| q.via.as_deref() == Some("Tom Porter dari BI"))
            .map(|(_, c)| hops(c))
            .unwrap();
        assert_eq!(
            porter,
            [
                (Speaker, "analis militer"),
                (Channel, "Tom Porter"),
                (ReportingOutlet, "Business Insider"),
                (OriginalOutlet, "Business Insider"),
            ]
        );
    }

    /// Outlets speaking through their medium, citing unnamed sources or passing a statement on: the chain
    /// runs from whom the outlet cites, through the outlet, to the publisher.
    #[test]
    fn outlet_chains() {
        use HopRole::*;
        let cases: &[(&str, &[(HopRole, &str)])] = &[
            (
                "The Wall Street Journal melaporkan, mengutip pejabat AS yang tidak disebutkan namanya, bahwa Washington akan mengirim rudal.",
                &[
                    (Speaker, "pejabat AS yang tidak disebutkan namanya"),
                    (ReportingOutlet, "Wall Street Journal"),
                    (Publisher, "Tempo"),
                ],
            ),
            (
                "Kantor berita Antara mengatakan bahwa gempa mengguncang Cianjur pagi tadi.",
                &[(ReportingOutlet, "Antara"), (Publisher, "Tempo")],
            ),
            (
                "Seperti dilansir Kompas.com, polisi telah menahan tiga tersangka.",
                &[(ReportingOutlet, "Kompas.com"), (Publisher, "Tempo")],
            ),
            (
                "Dikutip dari Reuters, Menteri Luar Negeri Sergei Lavrov mengatakan bahwa perundingan akan dilanjutkan.",
                &[
                    (Speaker, "Sergei Lavrov"),
                    (ReportingOutlet, "Reuters"),
                    (Publisher, "Tempo"),
                ],
            ),
            // The occasion is the channel, and the outlet it names heard the words.
            (
                "“Kami akan menggelar operasi pasar,” kata Menteri Perdagangan Budi Santoso saat dihubungi Kompas.com, Jumat.",
                &[
                    (Speaker, "Budi Santoso"),
                    (Channel, "saat dihubungi Kompas.com"),
                    (ReportingOutlet, "Kompas.com"),
                    (Publisher, "Tempo"),
                ],
            ),
            (
                "“Stok aman,” ujar Budi dalam konferensi pers di Jakarta.",
                &[
                    (Speaker, "Budi"),
                    (Channel, "dalam konferensi pers di Jakarta"),
                    (Publisher, "Tempo"),
                ],
            ),
        ];
        for (text, want) in cases {
            let quotes = find_quotes(text, "id", &[], None);
            let s = sources(text, None, Some("Tempo"), None, &quotes, &[]);
            assert_eq!(quotes.len(), 1, "{text}");
            assert_eq!(hops(&chain(&quotes[0], &s)), *want, "{text}");
        }
    }

    #[test]
    fn indonesian_outlet_notes_are_reports() {
        let text = "Menurut laporan Reuters, pasukan itu mundur. Kota itu sepi, lapor AFP. \
                    Pajak naik, tulis The Guardian. Kantor berita Antara mengatakan bahwa gempa terjadi.";
        let s = sources(text, None, None, None, &[], &[]);
        let got: Vec<(&str, CitationKind)> = s
            .cited
            .iter()
            .map(|c| (c.outlet.as_str(), c.kind))
            .collect();
        assert_eq!(
            got,
            [
                ("Reuters", CitationKind::According),
                ("AFP", CitationKind::Reported),
                ("Guardian", CitationKind::Reported),
                ("Antara", CitationKind::Reported),
            ]
        );
    }

    #[test]
    fn citation_kinds_and_short_names() {
        let text = "According to Reuters, the talks stalled. The minister told CNN that he would stay. \
                    Harga naik, Wall Street Journal melaporkan, mengutip dua pejabat. Journal juga melaporkan hal lain. \
                    Permintaan komentar dari Business Insider tidak dijawab. Menurut harian Suara Rakyat, banjir surut.";
        let s = sources(
            text,
            Some("Banjir surut - Reuters"),
            Some("Detik"),
            None,
            &[],
            &[],
        );
        let got: Vec<(&str, &str, CitationKind, Option<&str>)> = s
            .cited
            .iter()
            .map(|c| {
                (
                    c.outlet.as_str(),
                    c.text.as_str(),
                    c.kind,
                    c.quoting.as_deref(),
                )
            })
            .collect();
        use CitationKind::*;
        assert_eq!(
            got,
            [
                ("Reuters", "Reuters", According, None),
                ("CNN", "CNN", Told, None),
                (
                    "Wall Street Journal",
                    "Wall Street Journal",
                    Reported,
                    Some("dua pejabat")
                ),
                ("Wall Street Journal", "Journal", Reported, None),
                ("Business Insider", "Business Insider", Mentioned, None),
                ("Suara Rakyat", "Suara Rakyat", According, None),
            ]
        );
        assert_eq!(s.publisher.as_deref(), Some("Detik"));
        assert_eq!(
            s.original_outlet,
            Some(OriginalOutlet {
                name: "Reuters".into(),
                found_in: FoundIn::Headline
            })
        );
        let chars: Vec<char> = text.chars().collect();
        let c = &s.cited[3];
        assert_eq!(chars[c.start..c.end].iter().collect::<String>(), "Journal");
        assert_eq!(
            resolve_outlet(&s, "WSJ").as_deref(),
            Some("Wall Street Journal")
        );
        assert_eq!(resolve_outlet(&s, "wartawan"), None);
    }

    #[test]
    fn english_citations() {
        let text =
            "The talks stalled, according to the Washington Post. Smith told the New York Times \
                    that he would stay, the Times reported on Tuesday.";
        let s = sources(text, None, None, None, &[], &[]);
        let got: Vec<(&str, &str, CitationKind)> = s
            .cited
            .iter()
            .map(|c| (c.outlet.as_str(), c.text.as_str(), c.kind))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Washington Post",
                    "Washington Post",
                    CitationKind::According
                ),
                ("New York Times", "New York Times", CitationKind::Told),
                ("New York Times", "Times", CitationKind::Reported),
            ]
        );
        // Whom the source of "according to" cites is the first hand of the chain.
        let text =
            "According to the Wall Street Journal, which cited people familiar with the matter, \
                    the package could be worth $725 million.";
        let s = sources(text, None, None, None, &[], &[]);
        let quoting: Vec<Option<&str>> = s.cited.iter().map(|c| c.quoting.as_deref()).collect();
        assert_eq!(quoting, [Some("people familiar with the matter")]);
    }

    #[test]
    fn credit_line_names_the_original_outlet() {
        let s = sources(
            "Teks.\n\nBaca artikel asli di Business Insider",
            None,
            None,
            None,
            &[],
            &[],
        );
        assert_eq!(
            s.original_outlet,
            Some(OriginalOutlet {
                name: "Business Insider".into(),
                found_in: FoundIn::CreditLine
            })
        );
    }

    /// A 50,000-word paragraph without sentence punctuation, one unclosed quote and a few outlets: both
    /// stages read it in one pass each (a quadratic scan would not finish in a test run); so are one with a
    /// cue, or a quote and a cue, every few words.
    #[test]
    fn huge_unpunctuated_article() {
        // `n` words of `filler`, with `marked` every `every` words, in one endless sentence.
        let endless = |n: usize, every: usize, marked: &str, filler: &str| -> String {
            (0..n)
                .map(|k| if k % every == 0 { marked } else { filler })
                .collect()
        };
        let text = format!(
            "“Kami siap kata Budi kepada Reuters menurut Journal {}",
            endless(50_000, 1000, "Wall Street Journal melaporkan ", "kata ")
        );
        let quotes = find_quotes(&text, "id", &[], None);
        let s = sources(&text, None, None, None, &quotes, &[]);
        assert!(s.outlets().contains(&"Wall Street Journal"));
        // A cue every few words, each looking for its channel in the same endless sentence.
        let text = endless(50_000, 5, "Budi mengatakan ", "dalam rapat ");
        assert!(!find_quotes(&text, "id", &[], None).is_empty());
        // A quote and its cue every few words, in the same endless sentence.
        let text = endless(30_000, 5, "\"Harga naik,\" kata Budi ", "dan ");
        assert!(!find_quotes(&text, "id", &[], None).is_empty());
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "",
            "Journal",
            "menurut",
            "according to",
            "“Reuters",
            "Reuters melaporkan, mengutip",
            "BI. BI, BI",
        ] {
            let s = sources(text, Some(" – "), Some(""), None, &[], &[]);
            let _ = s.outlets();
        }
    }
}
