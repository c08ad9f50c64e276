//! Quotes: who said what, through whom, and when.
//!
//! The text is read paragraph by paragraph, sentence by sentence:
//! - [`marks`] finds quoted stretches. A stretch that stands as a sentence of its own (or follows
//!   "X mengatakan:") is a direct quote; a few words in quotes inside a sentence are a verbatim fragment that
//!   makes the reported speech around it `mixed`.
//! - [`cue`] knows the attributing words and where each puts its speaker: after ("…, kata X"), before
//!   ("X mengatakan bahwa …"), or nowhere ("…, tambahnya").
//! - [`learned`]: in English, the contents the rules miss (beliefs, plans, findings, rarer verbs) come from a
//!   tagger trained on PolNeAR (`warta-attribution-tagger`), where it names a source.
//! - [`direct`]: a direct quote takes its cue from right after it, from the words before it in its sentence, or from a
//!   cue sentence next to it ("X mengatakan kepada wartawan pekan lalu."); a quote paragraph with no cue
//!   continues the previous direct quote's speaker. A quote split by its cue ("“A,” kata Budi, “B.”") is one
//!   quote in English and two in Indonesian, as each language's annotated news has it.
//! - a statement reported inside another ("“… Menurut dokter, korban …,” kata Kapolres") is an attribution
//!   of its own, but not the speaker a following "tambahnya" points back to.
//! - [`indonesian`]: Indonesian news opens a sentence with lead-ins and sets circumstances between speaker
//!   and cue ("Menyikapi insiden ini, Ketua X, Budi, di Jakarta (Kamis, 5/1), menyatakan, …"): the speaker
//!   is the role and name in apposition, or a list of names; "Demikian dikatakan X" sums up the sentences
//!   before it.
//! - [`channel`]: through whom or what the statement came: a listener, an outlet's note, or the medium or
//!   occasion ("kepada wartawan", "seperti dikutip Antara", "dalam konferensi pers").
//! - [`note`]: sources named beside a statement: an outlet's note ("seperti dikutip Antara"), a closing
//!   source clause ("…, menurut Politico Eropa"), whom a report cites ("mengutip pejabat AS").
//! - [`resolve`] turns what was found into quotes; [`speaker`] classifies the speaker phrase and resolves it: pronouns, "-nya" and "pejabat itu" to the
//!   nearest earlier compatible speaker, surnames to full names. A "-nya" cue with nobody before it
//!   ("“…,” katanya.") is itself the speaker, a pronoun left unresolved.
//!
//! Precision comes first: a sentence with a cue but no speaker-like phrase, a negated cue ("tidak
//! mengatakan") or no content is not an attribution.

mod channel;
mod cue;
mod direct;
pub mod eval;
mod indonesian;
mod learned;
mod marks;
mod note;
mod resolve;
mod speaker;

use std::ops::Range;

use chrono::NaiveDate;
use warta_attribution_tagger::Tagger;
use warta_model::{Entity, Quote, QuoteKind};

use crate::date;
use crate::source::outlets;
use cue::{CueForm, Lexicon};
use indonesian::{is_document, is_id_verb, sentence_adverb_len};
use marks::Quoted;

/// Finds the quotes in `text` (an article body in language `lang`), attributing each to a speaker.
/// `entities` (may be empty) help complete surnames; `published` resolves date expressions. A speaker
/// resolved through a pronoun, a "-nya" cue or "pejabat itu" keeps the phrase it points back to in
/// `Speaker::antecedent`.
pub fn find_quotes(
    text: &str,
    lang: &str,
    entities: &[Entity],
    published: Option<NaiveDate>,
) -> Vec<Quote> {
    find_quotes_with_tagger(text, lang, entities, published, Tagger::default_english())
}

/// [`find_quotes`] with another English attribution model in place of the shipped one (a model trained
/// on part of a corpus, scored on the rest).
pub fn find_quotes_with_tagger(
    text: &str,
    lang: &str,
    entities: &[Entity],
    published: Option<NaiveDate>,
    tagger: &Tagger,
) -> Vec<Quote> {
    let reader = Reader {
        text,
        lex: Lexicon::for_lang(lang),
        dates: date::find_date_ranges(text),
    };
    let (mut found, pronoun_subjects) = reader.attribute();
    if reader.lex.is_english_only() {
        learned::add(&reader, &mut found, tagger);
    }
    // "Bezos announced earlier this year": a time alone is not what was said, nor is a circumstance ("Cook
    // said while visiting the conference").
    found.retain(|f| !reader.is_only_date(f.content.clone()) && !reader.is_circumstance(f));
    resolve::resolve(
        text,
        entities,
        published,
        found,
        &pronoun_subjects,
        reader.lex.is_english(),
    )
}

/// Who an attribution's speaker is before resolution.
#[derive(Clone, Debug, PartialEq)]
enum Who {
    /// A phrase in the text.
    Phrase(Range<usize>),
    /// The previous speaker: "tambahnya", or a quote paragraph continuing the last one.
    Previous,
    /// The previous speaker, or the subject of an earlier sentence of the paragraph when it was named after
    /// that speaker: "Saerang berharap …. “…,” tutupnya."
    PreviousOr(Range<usize>),
    /// Nobody the text names.
    Unknown,
}

/// The subject of an earlier sentence of its paragraph that an Indonesian speaker who points back ("Ia
/// menyatakan …", "Menurut dia, …", "pria 70 tahun itu") may stand for: "Wali Kota Bandung mengumumkan …. Ia
/// meminta …". Byte offsets.
#[derive(Clone, Debug)]
struct PronounSubject {
    /// The speaker phrase.
    pronoun: Range<usize>,
    subject: Range<usize>,
}

/// The most words from an English quote to its cue when titles run before the speaker's name ("…,” lead
/// researcher and NASA planetary scientist Lucas Paganini said").
const LONG_TITLED_NAME: usize = 12;

/// The confidence of a quote whose speaker the text does not name: a guess, shown as one.
const UNKNOWN_SPEAKER_CONFIDENCE: f32 = 0.3;

/// Adverbs set off by commas between a subject and its verb: "Israeli courts, however, have …", "Akun
/// Twitter @fadhilah_arief, misalnya, mengatakan …".
const SET_OFF_ADVERBS: &[&str] = &[
    "however",
    "though",
    "too",
    "also",
    "meanwhile",
    "instead",
    "therefore",
    "nevertheless",
    "indeed",
    "moreover",
    "furthermore",
    "meanwhile",
    "similarly",
    "likewise",
    "misalnya",
    "contohnya",
    "umpamanya",
    "sebaliknya",
];

/// Spans of time that open a sentence before its subject: "Hours before the game, …".
const TIME_SPANS: &[&str] = &[
    "minutes", "hours", "days", "weeks", "months", "years", "moments",
];

/// What stands before a direct quote that has no cue of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Context {
    /// Another direct quote in the same sentence: the same speaker goes on.
    SameSentence,
    /// A direct quote in this or the previous paragraph: probably the same speaker.
    AfterQuote,
    /// Nothing to go by.
    Alone,
}

/// An attribution in byte offsets, before its speaker is resolved.
#[derive(Clone, Debug)]
struct Found {
    content: Range<usize>,
    kind: QuoteKind,
    cue: Option<Range<usize>>,
    who: Who,
    via: Option<Range<usize>>,
    when: Option<Range<usize>>,
    confidence: f32,
    /// The pieces of `content` when its cue stands inside it ("“A,” she said. “B.”"), else empty.
    parts: Vec<Range<usize>>,
}

impl Found {
    /// An attribution of `kind` whose content, cue, speaker, channel and date are those `clause` parsed.
    fn from_clause(clause: Clause, kind: QuoteKind, confidence: f32) -> Found {
        Found {
            content: clause.content,
            kind,
            cue: Some(clause.cue),
            who: clause.who,
            via: clause.via,
            when: clause.when,
            confidence,
            parts: Vec::new(),
        }
    }
}

/// A speaker and its cue as parsed from a clause, with the content that follows (empty for a bare cue
/// sentence such as "X mengatakan kepada wartawan pekan lalu.").
#[derive(Clone, Debug)]
struct Clause {
    who: Who,
    cue: Range<usize>,
    via: Option<Range<usize>>,
    when: Option<Range<usize>>,
    content: Range<usize>,
}

/// A word: its letters (punctuation and quote marks trimmed) and what follows them up to the next space.
#[derive(Clone, Debug)]
struct Word {
    /// Where the token starts, opening quote marks included.
    raw_start: usize,
    start: usize,
    end: usize,
    /// The end of the whitespace-delimited token, trailing punctuation included.
    raw_end: usize,
    lower: String,
}

impl Word {
    fn punct_after<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.end..self.raw_end).unwrap_or("")
    }

    /// True when a comma, colon, semicolon or full stop follows the word.
    fn closes_clause(&self, text: &str) -> bool {
        let punct = self.punct_after(text);
        // "Mr. Podesta said", "Perdue (R-Ga.) said": the full stop of a title or an initial, or one inside
        // parentheses, closes nothing.
        let abbreviation = punct == ".)"
            || punct == "."
                && text
                    .get(self.start..self.end)
                    .is_some_and(|w| is_abbreviation(w) || is_initials(w));
        punct.contains([',', ':', ';', '.']) && !abbreviation
    }

    /// True for a word of two letters or more written all in capitals: "WHO", "AS", "PBB".
    fn in_capitals(&self, text: &str) -> bool {
        text.get(self.start..self.end).is_some_and(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
        })
    }

    fn is_capitalised(&self, text: &str) -> bool {
        text.get(self.start..self.end)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    }

    /// True when a speaker phrase may start with the word: a name, a pronoun, a determiner or a noun for
    /// people ("Budi", "dia", "seorang", "polisi"), not a thing ("arti kata demokrasi").
    fn opens_speaker(&self, text: &str) -> bool {
        self.is_capitalised(text)
            || self.is_one_of(PRONOUN_SUBJECTS, text)
            || self.is_one_of(DETERMINERS, text)
            || speaker::is_person_noun(&self.lower)
    }

    /// True when the word is one of `list` written in lower case ("as" the conjunction, not "AS").
    fn is_one_of(&self, list: &[&str], text: &str) -> bool {
        list.contains(&self.lower.as_str()) && !self.is_capitalised(text)
    }
}

/// Words after a comma that open the writer's comment on a reported clause, not more of it.
const COMMENT_OPENERS: &[&str] = &[
    "which", "while", "whereas", "compared", "though", "although",
];

/// Words that end a speaker phrase written after its cue ("kata X kepada …", "said X on …").
const SPEAKER_STOPS: &[&str] = &[
    "kepada",
    "seperti",
    "sebagaimana",
    "melalui",
    "lewat",
    "pada",
    "dalam",
    "saat",
    "ketika",
    "menjelang",
    "setelah",
    "sebelum",
    "usai",
    "seusai",
    "sambil",
    "bahwa",
    "dan",
    "di",
    "seraya",
    "sembari",
    "didampingi",
    "terkait",
    "mengenai",
    "tentang",
    "perihal",
    "lagi",
    "selaku",
    "sebagai",
    "to",
    "via",
    "through",
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "while",
    "when",
    "that",
    "and",
    "as",
];

/// True when `words[k]` opens the source an outlet cites ("menurut Associated Press yang mengutip dua pejabat
/// Pentagon"): the next link of the chain, not a part of the outlet's name.
fn opens_cited_source(words: &[Word], k: usize) -> bool {
    words.get(k).is_some_and(|w| w.lower == "yang")
        && words.get(k + 1).is_some_and(|w| w.lower == "mengutip")
}

/// Nouns of saying that report a clause: "his claim that …".
const STATEMENT_NOUNS: &[&str] = &[
    "statement",
    "statements",
    "claim",
    "claims",
    "assertion",
    "argument",
    "warning",
    "promise",
    "pledge",
    "remarks",
    "remark",
    "insistence",
    "contention",
    "suggestion",
    "prediction",
    "accusation",
    "allegation",
    "charge",
    "vow",
    "admission",
    "declaration",
    "announcement",
    "belief",
    "view",
    "comment",
    "comments",
];

/// Words before a colon that label a part of the page rather than name a speaker ("Update:", "Read more:").
const COLON_LABELS: &[&str] = &[
    "update",
    "updated",
    "note",
    "photo",
    "photos",
    "video",
    "watch",
    "read",
    "source",
    "sources",
    "related",
    "editor",
    "editors",
    "reporter",
    "reporting",
    "tags",
    "caption",
    "credit",
    "image",
    "correction",
    "breaking",
    "exclusive",
    "live",
    "opinion",
    "analysis",
    "summary",
    "background",
    "here",
    "there",
    "what",
    "why",
    "how",
    "who",
    "when",
    "where",
    "question",
    "answer",
    "q",
    "a",
    "full",
    "text",
    "transcript",
    "baca",
    "foto",
    "sumber",
    "penulis",
    "lihat",
    "simak",
    "also",
    "more",
    "see",
    "listen",
    "click",
    "follow",
    "subscribe",
    "contact",
    "email",
    "tel",
    "phone",
    "the",
    "this",
    "that",
    "these",
    "it",
    "we",
    "they",
    "i",
    "he",
    "she",
    "you",
    "contributing",
    "remember",
    "plus",
    "so",
    "wow",
    "look",
    "bombshell",
    "boom",
    "just",
    "paid",
];

/// The most words before a cue that are read for its subject: longer than any speaker phrase with the
/// asides and lead-ins before it.
const SUBJECT_REACH: usize = 60;

/// Words that introduce a channel: "kepada wartawan", "melalui Telegram", "told reporters".
const CHANNEL_WORDS: &[&str] = &[
    "kepada", "melalui", "lewat", "to", "via", "through", "dengan",
];

/// Whether `w` opens a channel phrase ("kepada wartawan", "melalui Telegram", "to reporters"). "dengan"
/// is one only after verbs of speaking with someone, which their callers check.
fn opens_channel(w: &Word) -> bool {
    w.lower != "dengan" && CHANNEL_WORDS.contains(&w.lower.as_str())
}

/// Words between a speaker and its verb that belong to neither: "X telah mengatakan", "X also said".
const AUXILIARIES: &[&str] = &[
    "telah",
    "juga",
    "sebelumnya",
    "kemudian",
    "pun",
    "sudah",
    "akan",
    "lalu",
    "bahkan",
    "hanya",
    "sempat",
    "pernah",
    "kembali",
    "baru",
    "sendiri",
    "secara",
    "terpisah",
    // "Beliau selalu berpesan", "Ratna hanya bisa berharap", "Ia tetap mengaku …", "PKB kan mengumumkan …".
    "selalu",
    "kan",
    "bisa",
    "tetap",
    "terus",
    "justru",
    "has",
    "had",
    "have",
    "also",
    "previously",
    "later",
    "earlier",
    "then",
    "recently",
    "now",
    "still",
    "repeatedly",
    "publicly",
    "privately",
    "reportedly",
    "openly",
    "immediately",
    "initially",
    "ultimately",
    "eventually",
    "finally",
    "already",
    "often",
    "frequently",
    "sometimes",
    "always",
    "once",
    "again",
    "even",
    "just",
    "first",
    "flatly",
    "strongly",
    "explicitly",
    "clearly",
    "firmly",
    "consistently",
    "personally",
    "directly",
    "separately",
    "subsequently",
    "himself",
    "herself",
    "themselves",
    "masih",
    "sekarang",
    "lagi-lagi",
    // "…, turut mendesak", "saling mengingatkan", "Ditegaskan pula": never a speaker.
    "turut",
    "ikut",
    "saling",
    "pula",
];

/// Words that open a clause inside a sentence: the speaker starts after the last of them.
const SUBORDINATORS: &[&str] = &[
    "ketika",
    "saat",
    "sementara",
    "karena",
    "namun",
    "tetapi",
    "meskipun",
    "walaupun",
    "setelah",
    "sebelum",
    "bahwa",
    "sedangkan",
    "padahal",
    "sehingga",
    "jika",
    "kalau",
    "termasuk",
    "when",
    "while",
    "because",
    "but",
    "although",
    "after",
    "before",
    "that",
    "as",
    "which",
];

/// Indonesian words that open a condition: speech after them is supposed, not made ("kalau atasan
/// mengatakan mundur", "jika Palestina mengklaim …").
const CONDITIONALS: &[&str] = &[
    "jika",
    "kalau",
    "bila",
    "apabila",
    "seandainya",
    "andai",
    "andaikan",
];

const NEGATIONS: &[&str] = &[
    "tidak",
    "tak",
    "belum",
    "bukan",
    "enggan",
    "menolak",
    "not",
    "never",
    "declined",
    "don't",
    "doesn't",
    "didn't",
    "won't",
    "can't",
    "cannot",
    "wouldn't",
    "couldn't",
    "don’t",
    "doesn’t",
    "didn’t",
    "won’t",
    "can’t",
    "wouldn’t",
    "couldn’t",
];

/// Words that show a cue is about a topic, not reporting content: "mengatakan tentang invasi".
const TOPIC_WORDS: &[&str] = &[
    "tentang", "mengenai", "soal", "about", "nothing", "little", "apa-apa",
];

/// Words after which an English cue form is a noun: "the report", "his plans".
const NOUN_MARKERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
    "whose", "every", "each", "no",
];

/// Listeners a speaker says something to: "said to reporters".
const LISTENERS: &[&str] = &[
    "reporters",
    "journalists",
    "supporters",
    "voters",
    "lawmakers",
    "students",
    "viewers",
    "listeners",
    "members",
    "delegates",
    "him",
    "her",
    "them",
    "us",
    "me",
    "you",
];

/// Words that open the content of a cue that is as often a noun: "promises to …", "claims that …".
const CONTENT_OPENERS: &[&str] = &[
    "that", "whether", "if", "to", "for", "on", "out", "about", "the", "a", "an", "his", "her",
    "their", "its", "this", "these", "those", "he", "she", "they", "it", "we", "him", "them", "us",
    "me", "our", "my", "your", "any", "no", "more", "how", "why", "what", "who",
];

/// Words that open an English description of a speaker by number: "one Republican", "several aides".
const QUANTIFIERS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "several",
    "many",
    "most",
    "both",
    "few",
    "dozens",
    "hundreds",
    "thousands",
    "other",
    "others",
];

const PRONOUN_SUBJECTS: &[&str] = &[
    "dia", "ia", "beliau", "dirinya", "mereka", "he", "she", "they", "we", "kami",
];

const DETERMINERS: &[&str] = &[
    "seorang", "para", "beberapa", "sejumlah", "a", "an", "the", "some", "another",
];

struct Reader<'t> {
    text: &'t str,
    lex: Lexicon,
    dates: Vec<Range<usize>>,
}

impl Reader<'_> {
    fn attribute(&self) -> (Vec<Found>, Vec<PronounSubject>) {
        let mut found: Vec<Found> = Vec::new();
        let mut pronoun_subjects = Vec::new();
        let mut previous_paragraph_quoted = false;
        // The previous paragraph ended with a direct quote: a cue-less quote opening this one goes on with it.
        let mut previous_paragraph_ends_quoted = false;
        for paragraph in paragraphs(self.text) {
            let paragraph_first = found.len();
            let quoted = self.quoted_in(paragraph.clone());
            let sentences = self.sentences(paragraph.clone(), &quoted);
            let (full, fragments): (Vec<&Quoted>, Vec<&Quoted>) =
                quoted.iter().partition(|q| self.is_direct(q, &sentences));
            let mut used = vec![false; sentences.len()];
            let mut this_paragraph_quoted = false;
            let mut last_quoted_sentence = None;
            for q in &full {
                let Some(s) = sentences.iter().position(|s| s.contains(&q.outer.start)) else {
                    continue;
                };
                used[s] = true;
                let context = if last_quoted_sentence == Some(s) {
                    Context::SameSentence
                } else if previous_paragraph_quoted || this_paragraph_quoted {
                    Context::AfterQuote
                } else {
                    Context::Alone
                };
                let Some(f) = self.direct(q, s, &sentences, &mut used, context) else {
                    continue;
                };
                // "“A,” she said. “B.”": one quote split by its cue; B goes on A. Indonesian news (and the
                // Indonesian gold) keeps the two pieces as two quotes of one speaker: "“A,” kata Budi. “B.”".
                let split_quote = self.lex.is_english_only()
                    && last_quoted_sentence.is_some_and(|last| last + 1 == s || last == s)
                    && found.last().is_some_and(|prev| {
                        (f.cue.is_none() && f.who == Who::Previous || f.cue == prev.cue)
                            && prev.kind == QuoteKind::Direct
                            && prev
                                .cue
                                .as_ref()
                                .is_some_and(|c| c.start >= prev.content.end)
                            && prev.content.end <= f.content.start
                            && paragraph.contains(&prev.content.start)
                    });
                // English news runs a long quote over several paragraphs, each opening with a quote mark and
                // no cue of its own: the quote goes on, it is not a new one.
                let cueless_opening = self.lex.is_english_only()
                    && s == 0
                    && f.cue.is_none()
                    && f.who == Who::Previous
                    && self
                        .text
                        .get(paragraph.start..q.outer.start)
                        .is_some_and(|before| before.trim().is_empty());
                let continued = cueless_opening
                    && previous_paragraph_ends_quoted
                    && found.last().is_some_and(|prev| {
                        prev.kind == QuoteKind::Direct
                            && prev.content.end <= f.content.start
                            // A question is answered by someone else.
                            && !self.text.get(prev.content.clone()).is_some_and(|c| c.ends_with('?'))
                            && self.short_gap(prev.content.end..f.content.start)
                    });
                match found.last_mut().filter(|_| split_quote || continued) {
                    Some(prev) => {
                        // The cue between the pieces is no part of what was said.
                        if split_quote {
                            if prev.parts.is_empty() {
                                prev.parts.push(prev.content.clone());
                            }
                            prev.parts.push(f.content.clone());
                        } else if let Some(last) = prev.parts.last_mut() {
                            last.end = f.content.end;
                        }
                        prev.content.end = f.content.end;
                    }
                    // A cue-less English quote paragraph that does not go on with the quote before it (which
                    // asked a question, or ended a paragraph that went on) is another voice: too unsure.
                    None if cueless_opening && !split_quote => {}
                    None => found.push(f),
                }
                this_paragraph_quoted = true;
                last_quoted_sentence = Some(s);
            }
            for (s, sentence) in sentences.iter().enumerate() {
                if used[s] {
                    continue;
                }
                // "…. Demikian dikatakan X.", "…. Hal itu dikatakan X.": the sentences before it that nothing
                // else attributed.
                let words = self.words(sentence.clone());
                let summed = self.summing_up(&words, 0, sentence.end);
                let summing = summed.is_some();
                if let Some(clause) = summed.or_else(|| self.seconding(&words, sentence.end)) {
                    let taken = |r: &Range<usize>| {
                        found[paragraph_first..]
                            .iter()
                            .any(|f| f.content.start < r.end && r.start < f.content.end)
                    };
                    // "Hal itu dikatakan X bahwa …" says what was said itself.
                    let points = clause.content.start < clause.cue.end;
                    let mut first = s;
                    while summing
                        && points
                        && first > 0
                        && !used[first - 1]
                        && !taken(&sentences[first - 1])
                    {
                        first -= 1;
                    }
                    // What "Hal itu" points to: the sentences before it that nothing else attributed. With
                    // none (they are someone else's words, or outside the text), and always for "Hal senada"
                    // (someone else said something like it), the pointing phrase stands for what was said.
                    let content = if first < s {
                        sentences[first].start..sentences[s - 1].end
                    } else {
                        clause.content
                    };
                    if !content.is_empty() {
                        let content = trim_range(self.text, content, &['.', ' ']);
                        found.push(Found::from_clause(
                            Clause { content, ..clause },
                            QuoteKind::Indirect,
                            0.85,
                        ));
                        continue;
                    }
                }
                let found_here = self
                    .indirect(sentence.clone())
                    .or_else(|| self.statement_noun(sentence.clone()))
                    .or_else(|| self.headline_colon(sentence.clone()));
                if let Some(mut f) = found_here {
                    if fragments
                        .iter()
                        .any(|q| f.content.start <= q.outer.start && q.outer.start < f.content.end)
                    {
                        f.kind = QuoteKind::Mixed;
                    }
                    // "X mengakui …, tetapi berkilah …", "…, sementara Y menyebut …": a second statement
                    // after the turn that ended the first.
                    let turn = self.turn_clause(&f, sentence.clone());
                    found.push(f);
                    found.extend(turn);
                }
            }
            // "…, he said, adding that …": a second attribution to the same speaker, cut off the first.
            for sentence in &sentences {
                let Some((cut, added)) = self.adding_clause(sentence.clone()) else {
                    continue;
                };
                // "…, telling Reuters, “…”": the quote the clause reports had no cue of its own.
                if let Some(k) = found[paragraph_first..].iter().position(|f| {
                    self.lex.is_english_only()
                        && f.cue.is_none()
                        && f.who == Who::Unknown
                        && added.content.start <= f.content.start
                        && f.content.start < added.content.end
                }) {
                    found.remove(paragraph_first + k);
                }
                // "X is telling … and says …": the sentence's own parse may have read the second verb already.
                if found[paragraph_first..]
                    .iter()
                    .any(|f| f.content == added.content)
                {
                    continue;
                }
                let attributed = found
                    .iter_mut()
                    .filter(|f| sentence.contains(&f.content.start) && f.content.start < cut)
                    .last();
                if let Some(first) = attributed {
                    first.content.end = first.content.end.min(cut);
                    found.push(added);
                } else if let Some(subject) = self.sentence_subject(sentence.start..cut) {
                    // "Trump tweeted on Monday, saying …": the subject of the sentence.
                    found.push(Found {
                        who: Who::Phrase(subject),
                        ..added
                    });
                }
            }
            // "Asked whether …, Ban demurred.": a question put by someone the text does not name.
            for sentence in &sentences {
                let Some(question) = self.asked_clause(sentence.clone()) else {
                    continue;
                };
                let taken = found
                    .iter()
                    .rev()
                    .take_while(|f| f.content.end > paragraph.start)
                    .any(|f| {
                        f.content.start < question.content.end
                            && question.content.start < f.content.end
                    });
                if !taken {
                    found.push(question);
                }
            }
            // A quote paragraph without a cue continues the speaker of the paragraph just before it.
            // "Saerang berharap …. “…,” tutupnya.": a "-nya" cue may point back to a sentence subject that no
            // cue attributed anything to.
            if !self.lex.is_english() {
                let subjects: Vec<Range<usize>> = sentences
                    .iter()
                    .filter_map(|s| {
                        self.head_subject(s.clone())
                            .or_else(|| self.seconding_speaker(s.clone()))
                    })
                    // "“Saya melihat …,” tegasnya.": a subject inside a quote is the quote's own voice.
                    .filter(|r| !quoted.iter().any(|q| q.outer.contains(&r.start)))
                    .collect();
                for f in found
                    .iter_mut()
                    .filter(|f| paragraph.contains(&f.content.start))
                {
                    let nya = f.cue.as_ref().is_some_and(|c| {
                        self.text.get(c.clone()).is_some_and(|c| c.ends_with("nya"))
                    });
                    let cue_start = f.cue.as_ref().map_or(0, |c| c.start);
                    // "Dosen yang terbukti … akan diberhentikan, tegasnya.", "Warga, menurutnya, ikut …": the
                    // subject of the sentence the cue is in is the subject of what was said, not its speaker.
                    let cue_sentence = sentences
                        .iter()
                        .find(|s| s.contains(&cue_start))
                        .map_or(cue_start, |s| s.start);
                    // A subject a later speaker may stand for names someone, not "ia" or "mereka" again.
                    let names_someone = |r: &Range<usize>| {
                        let phrase = self.text.get(r.clone()).unwrap_or("");
                        !speaker::stands_for_one_person(phrase)
                            && !speaker::is_group_reference(phrase)
                    };
                    let subject_before = |at: usize, sentence: usize| {
                        subjects
                            .iter()
                            .rev()
                            .find(|r| r.end <= at && r.start < sentence)
                            .filter(|r| names_someone(r))
                            .cloned()
                    };
                    if let Some(subject) = subject_before(cue_start, cue_sentence)
                        .filter(|_| nya && f.who == Who::Previous)
                    {
                        f.who = Who::PreviousOr(subject);
                    }
                    if let Who::Phrase(r) = &f.who {
                        let phrase = self.text.get(r.clone()).unwrap_or("");
                        let phrase = speaker::pronoun_within(phrase)
                            .and_then(|p| phrase.get(p))
                            .unwrap_or(phrase);
                        // "DPR mengaku serius …. Pihaknya meminta …": "pihaknya" stands for the side the
                        // sentence before was about, a body as often as a person.
                        let points_back = speaker::stands_for_one_person(phrase)
                            || speaker::is_person_reference(phrase)
                            || phrase.eq_ignore_ascii_case("mereka")
                            || phrase.eq_ignore_ascii_case("pihaknya");
                        // "Juru bicara PLN menyangkal …, tetapi dia mengatakan …": after a comma and a
                        // conjunction the pronoun may stand for the subject of its own sentence.
                        let sentence = sentences
                            .iter()
                            .find(|s| s.contains(&r.start))
                            .map_or(r.start, |s| s.start);
                        let own_subject = self
                            .comma_and_conjunction_before(r.start)
                            .filter(|&comma| sentence < comma)
                            .and_then(|comma| self.head_subject(sentence..comma))
                            .filter(names_someone);
                        if let Some(subject) = own_subject
                            .or_else(|| subject_before(r.start, sentence))
                            .filter(|_| points_back)
                        {
                            pronoun_subjects.push(PronounSubject {
                                pronoun: r.clone(),
                                subject,
                            });
                        }
                    }
                }
            }
            // "“… Menurut mereka, pelaku kabur ke utara,” kata Kapolres.", "Menurut Frans, Gubernur mengatakan
            // …": a statement reported inside another is an attribution of its own.
            if !self.lex.is_english_only() {
                let nested: Vec<Found> = found[paragraph_first..]
                    .iter()
                    .flat_map(|outer| self.nested(outer))
                    .collect();
                for n in nested {
                    if !found.iter().any(|f| f.cue == n.cue) {
                        found.push(n);
                    }
                }
            }
            previous_paragraph_quoted = this_paragraph_quoted;
            previous_paragraph_ends_quoted =
                last_quoted_sentence.is_some_and(|s| s + 1 == sentences.len());
        }
        found.sort_by_key(|f| f.content.start);
        (found, pronoun_subjects)
    }

    /// The attributions reported inside `outer`'s content, each with a speaker named there: "“… Menurut
    /// mereka, pelaku kabur,” kata Kapolres.", "Menurut Frans, Gubernur mengatakan …".
    fn nested(&self, outer: &Found) -> Vec<Found> {
        let inside =
            |r: &Range<usize>| outer.content.start <= r.start && r.end <= outer.content.end;
        // Of an indirect statement only one whose cue leads holds a nested one: "Prancis menyatakan …, kata
        // seorang pejabat" is one report (as the seeds gold has it), and "Harga beras, katanya, akan turun"
        // holds its own cue.
        let cue_leads = outer
            .cue
            .as_ref()
            .is_some_and(|c| c.end <= outer.content.start);
        if outer.kind != QuoteKind::Direct && !cue_leads {
            return Vec::new();
        }
        // Inside a direct quote the speaker's own voice ("Kami memperingatkan …", "Saya ingin menegaskan …")
        // and speech supposed ("kalau atasan mengatakan mundur, …") report nothing new.
        let own_voice = |n: &Found| {
            let Some(who) = phrase_range(&n.who) else {
                return true;
            };
            let first = self.words(who.clone()).into_iter().next();
            // "Kalau atasan mengatakan …": the condition may open the speaker phrase itself.
            let before = self.words(outer.content.start..first.as_ref().map_or(who.end, |w| w.end));
            outer.kind == QuoteKind::Direct
                && (first.is_some_and(|w| {
                    matches!(
                        w.lower.as_str(),
                        "saya" | "aku" | "kami" | "kita" | "anda" | "kamu" | "engkau"
                    )
                }) || before
                    .iter()
                    .rev()
                    .take(6)
                    .any(|w| CONDITIONALS.contains(&w.lower.as_str())))
        };
        // "Menurut dia, …, ia menyarankan agar …": in reported speech "ia" is the reporter again, not a new
        // source.
        let reporter_again = |n: &Found| {
            outer.kind != QuoteKind::Direct
                && phrase_range(&n.who).is_some_and(|who| {
                    self.text.get(who).is_some_and(|w| {
                        matches!(w.to_lowercase().as_str(), "ia" | "dia" | "beliau")
                    })
                })
        };
        // "Ia mengatakan pertemuan kemarin membantah …": a thing named inside a statement does not speak.
        let someone = |n: &Found| {
            phrase_range(&n.who).is_none_or(|who| {
                self.words(who)
                    .first()
                    .is_some_and(|w| w.opens_speaker(self.text) || speaker::is_body_word(&w.lower))
            })
        };
        let quoted = marks::find_quoted(self.text, outer.content.clone(), true);
        self.sentences(outer.content.clone(), &quoted)
            .into_iter()
            .filter_map(|sentence| self.indirect(sentence))
            .filter(|n| {
                inside(&n.content)
                    && n.content != outer.content
                    && n.cue.as_ref().is_some_and(inside)
                    && !own_voice(n)
                    && !reporter_again(n)
                    && someone(n)
            })
            .map(|n| Found {
                confidence: n.confidence.min(0.7),
                ..n
            })
            .collect()
    }

    /// A sentence that only names a speaker and a cue: "X mengatakan kepada wartawan pekan lalu."
    fn bare_clause(&self, sentence: Range<usize>) -> Option<Clause> {
        let words = self.words(sentence.clone());
        (0..words.len()).find_map(|i| self.before_cue(&words, i, sentence.clone()))
    }

    /// A speaker-before cue at `words[i]` whose content is empty (a cue introducing a quote).
    fn before_cue(&self, words: &[Word], i: usize, range: Range<usize>) -> Option<Clause> {
        let clause = self.pre_cue(words, i, range)?;
        clause.content.is_empty().then_some(clause)
    }

    /// Whether the quote `q` opens sentence `s` and the sentence before it in the paragraph reports what a
    /// named speaker said.
    fn opens_after_statement(&self, q: &Quoted, s: usize, sentences: &[Range<usize>]) -> bool {
        let Some(before) = s.checked_sub(1).and_then(|p| sentences.get(p)) else {
            return false;
        };
        let opens = self
            .text
            .get(sentences[s].start..q.outer.start)
            .is_some_and(|lead| lead.trim().is_empty());
        opens
            && self
                .indirect(before.clone())
                .is_some_and(|f| matches!(f.who, Who::Phrase(_)))
    }

    /// The attribution of a sentence without a direct quote, if it has one.
    fn indirect(&self, sentence: Range<usize>) -> Option<Found> {
        let words = self.words(sentence.clone());
        let end = trim_range(self.text, sentence.clone(), &['.', ' ', '!', '?', '…']).end;
        // "Apakah presiden mengatakan bahwa …?": a question asks whether something was said.
        let question = self
            .text
            .get(sentence.clone())
            .is_some_and(|s| s.trim_end().ends_with('?'))
            && words.first().is_some_and(|w| {
                matches!(
                    w.lower.as_str(),
                    "apakah"
                        | "apa"
                        | "benarkah"
                        | "mengapa"
                        | "kenapa"
                        | "bagaimana"
                        | "siapa"
                        | "akankah"
                        | "bukankah"
                        | "betulkah"
                )
            });
        if question {
            return None;
        }
        let found = |clause: Clause, confidence: f32| {
            Found::from_clause(clause, QuoteKind::Indirect, confidence)
        };
        // "…, demikian X.": the clause before sums up what X said.
        if let Some((k, clause)) = words
            .iter()
            .rposition(|w| w.lower == "demikian")
            .filter(|&k| k >= 3 && words[k - 1].punct_after(self.text).contains(','))
            .and_then(|k| Some((k, self.summing_up(&words, k, end)?)))
        {
            let content = words[0].raw_start..words[k - 1].end;
            return Some(found(Clause { content, ..clause }, 0.9));
        }
        // "Seperti dilansir Kompas.com, …": the outlet reported what follows, or passed on what someone in it
        // said ("Dikutip dari Reuters, Menteri X mengatakan bahwa …").
        if let Some(note) = self.source_note_first(&words, end) {
            let passed_on = self
                .indirect(note.content.start..sentence.end)
                .filter(|f| phrase_range(&f.who).is_some());
            if let Some(mut inner) =
                passed_on.or_else(|| self.reported_statement(&note, sentence.end))
            {
                inner.via = inner.via.or_else(|| phrase_range(&note.who));
                return Some(inner);
            }
            return Some(found(note, 0.9));
        }
        // "Menurut X, …" / "According to X, …", also after a sentence adverb ("Namun menurut X, …").
        let lead = self.opening_adverbs(&words);
        if let Some(clause) = self.according_to_first(&words[lead..], end) {
            return Some(found(clause, 0.9));
        }
        if let Some(clause) = self.passive_opening(&words, end) {
            return Some(found(clause, 0.8));
        }
        if let Some(clause) = self.quoted_as_saying(&words, end) {
            return Some(found(clause, 0.9));
        }
        // "…, kata X (kepada Y) (pada hari Z)." / "…, said X." / "…, tambahnya."
        for i in (1..words.len()).rev() {
            let form = self.lex.form(&words[i].lower);
            // "…, hal itu disampaikan X": a passive cue may stand after "hal itu".
            let points_back = self.lex.is_passive(&words[i].lower)
                && i >= 2
                && words[i - 2].lower == "hal"
                && matches!(words[i - 1].lower.as_str(), "itu" | "tersebut");
            // "…, maka kata Febri, …", "…, namun kata dia, …", "…, seperti disampaikan oleh IOC.": a
            // connective between the comma and the cue.
            let connective = !self.lex.is_english()
                && i >= 2
                && matches!(
                    words[i - 1].lower.as_str(),
                    "maka" | "namun" | "tetapi" | "tapi" | "lalu" | "seperti" | "sebagaimana"
                )
                && words[i - 2].punct_after(self.text).contains(',');
            let Some(last) =
                i.checked_sub(1 + 2 * usize::from(points_back) + usize::from(connective))
            else {
                continue;
            };
            // "… by 271 delegates according to a count by AP": "according to" needs no comma.
            let after_comma = words[last].punct_after(self.text).contains(',')
                || words[i].lower == "according"
                    && words.get(i + 1).is_some_and(|w| w.lower == "to")
                    && !words[last].closes_clause(self.text);
            // "…, tetapi tidak ada yang terluka kata polisi.", "… paling hangat menurut Badan Kelautan
            // Nasional.": translated news drops the comma before a short cue and its speaker that close the
            // sentence.
            let bare_close = !after_comma
                && !self.lex.is_english()
                && matches!(
                    words[i].lower.as_str(),
                    "kata" | "ujar" | "tutur" | "ucap" | "menurut"
                )
                && !words[last].closes_clause(self.text)
                && !words[last].is_one_of(
                    &[
                        "dengan", "sebuah", "satu", "per", "dalam", "setiap", "tiap", "sebagai",
                    ],
                    self.text,
                )
                && self
                    .speaker_after(&words, i, end)
                    .and_then(|c| phrase_range(&c.who))
                    .is_some_and(|who| {
                        // A person, not a word ("arti kata demokrasi") or a document ("menurut
                        // Undang-Undang"), up to the end of the sentence.
                        let speaker = self.words(who.clone());
                        speaker.first().is_some_and(|w| w.opens_speaker(self.text))
                            && !is_not_a_source(&words[i].lower, &speaker)
                            && words.last().is_some_and(|w| who.end >= w.end)
                    });
            if !after_comma && !bare_close {
                continue;
            }
            // "Adapun lokasinya, kata Johan, adalah …": a cue set off inside the sentence it attributes.
            let aside = (form == Some(CueForm::SpeakerAfter))
                .then(|| self.speaker_after(&words, i, end))
                .flatten()
                .and_then(|c| {
                    let comma =
                        self.aside_end(&words, if connective { i } else { last + 1 }, &c)?;
                    let content = self.around_aside(&words, comma, end);
                    Some(Clause { content, ..c })
                });
            if let Some(clause) = aside {
                return Some(found(clause, 0.9));
            }
            // "Pemkot, terangnya, sudah menyiapkan lahan …": a "-nya" cue set off inside the sentence it
            // attributes.
            if let Some(clause) = (form == Some(CueForm::Anaphoric))
                .then(|| self.nya_aside(&words, i, end))
                .flatten()
            {
                return Some(found(clause, 0.8));
            }
            if last < 2 {
                continue;
            }
            let content = words[0].start..words[last].end;
            let clause = match form {
                Some(CueForm::Anaphoric)
                    if i + 1 == words.len()
                        || self.circumstance_after(&words, i)
                        || self.only_initials_after(&words[i], end)
                        || self
                            .source_note(&words, i + 1)
                            .is_some_and(|(_, k)| k == words.len()) =>
                {
                    Some(Clause {
                        who: Who::Previous,
                        cue: words[i].start..words[i].end,
                        // "…, ujarnya kepada wartawan.", "…, ujarnya dinukil The Guardian."
                        via: self
                            .channel(&words, i, end)
                            .0
                            .or_else(|| self.source_note(&words, i + 1).map(|(outlet, _)| outlet)),
                        when: self.when_in(words[i].start..end),
                        content,
                    })
                }
                Some(CueForm::SpeakerAfter) | Some(CueForm::SpeakerBefore)
                    if form == Some(CueForm::SpeakerAfter) || self.lex.inverts(&words[i].lower) =>
                {
                    self.speaker_after(&words, i, end).map(|c| {
                        // "…, akan tetapi, dikatakan oleh X bahwa ancaman itu …": what "bahwa" opens is
                        // said, not the words before the cue.
                        let said = self
                            .said_after_speaker(&words, &c, end)
                            .unwrap_or(content.clone());
                        Clause { content: said, ..c }
                    })
                }
                _ => None,
            };
            // "…, kata Damien Kingsbury, pakar Timor Leste, dikutip AFP.": what was said came first.
            let clause = clause.map(|mut c| {
                if c.content.end <= c.cue.start {
                    c.via = self.channel_in_tail(&words, &c, end).or(c.via);
                }
                c
            });
            if let Some(clause) = clause {
                let is_source_only = matches!(words[i].lower.as_str(), "menurut" | "according");
                let inner = || {
                    let inner = self.words(clause.content.clone());
                    (0..inner.len()).find_map(|k| {
                        self.pre_cue(&inner, k, clause.content.clone())
                            .filter(|c| !c.content.is_empty())
                    })
                };
                if is_source_only {
                    // "X mengatakan bahwa …, menurut Politico." — the outlet is the channel, X the speaker.
                    if let Some(mut pre) = inner() {
                        pre.via = Some(phrase_range(&clause.who).unwrap_or(clause.cue));
                        return Some(found(pre, 0.9));
                    }
                }
                // "Haniv menyebutkan …, ujarnya, Rabu (23/11)." — the "-nya" repeats the cue of a speaker
                // named in the sentence itself, who opens it.
                if clause.who == Who::Previous {
                    let opens = |pre: &Clause| {
                        phrase_range(&pre.who).is_some_and(|who| {
                            let before = self.words(clause.content.start..who.start);
                            before.is_empty()
                                || before
                                    .last()
                                    .is_some_and(|w| w.punct_after(self.text) == ",")
                        })
                    };
                    if let Some(mut pre) = inner().filter(opens) {
                        pre.via = pre.via.or(clause.via);
                        pre.when = pre.when.or(clause.when);
                        return Some(found(pre, 0.9));
                    }
                }
                let confidence = if clause.who == Who::Previous {
                    0.8
                } else {
                    0.9
                };
                return Some(found(clause, confidence));
            }
        }
        if let Some(clause) = self.note_aside(&words, end) {
            return Some(found(clause, 0.85));
        }
        if let Some(clause) = self.issued_statement(&words, end) {
            return Some(found(clause, 0.9));
        }
        if let Some(clause) = self.menurut_inside(&words, end) {
            let confidence = if clause.who == Who::Previous {
                0.8
            } else {
                0.9
            };
            return Some(found(clause, confidence));
        }
        // "X mengatakan (kepada Y) (bahwa) …"
        for i in 1..words.len() {
            let Some(mut clause) = self.pre_cue(&words, i, sentence.clone()) else {
                continue;
            };
            if clause.content.is_empty() {
                // "…, the minister said." — the speaker closes the sentence.
                break;
            }
            if let Some((via, content_end)) = self.trailing_source(clause.content.clone()) {
                clause.via = Some(via);
                clause.content.end = content_end;
            }
            clause.content.end = self.citing_end(clause.content.clone());
            let (end, setting) = self.reported_end(clause.content.clone());
            clause.content.end = end;
            clause.via = clause.via.or(setting);
            // "Politico melaporkan bahwa seorang pejabat mengatakan …" — the inner speaker through the outlet.
            let inner = self.words(clause.content.clone());
            let nested = (1..inner.len().min(10)).find_map(|k| {
                self.pre_cue(&inner, k, clause.content.clone())
                    .filter(|c| !c.content.is_empty())
            });
            // In English only an outlet's report passes the word on: "Trump said he believes …" is what Trump
            // said, not what he believes said through Trump.
            // In Indonesian too: "Ia mengatakan pertemuan kemarin membantah …" is what he said.
            let passes_on = self.text.get(clause.cue.clone()).is_some_and(|cue| {
                matches!(
                    cue.to_lowercase().as_str(),
                    "report"
                        | "reports"
                        | "reported"
                        | "reporting"
                        | "wrote"
                        | "writes"
                        | "melaporkan"
                        | "memberitakan"
                        | "mewartakan"
                        | "menulis"
                        | "mengabarkan"
                        | "melansir"
                )
            }) || !self.lex.is_english()
                && phrase_range(&clause.who)
                    .and_then(|r| self.text.get(r))
                    .is_some_and(outlets::starts_with_outlet);
            if let Some(mut nested) = nested.filter(|n| {
                passes_on && phrase_range(&n.who).is_some_and(|r| r.start == inner[0].start)
            }) {
                nested.via = phrase_range(&clause.who);
                return Some(found(nested, 0.9));
            }
            return Some(found(clause, 0.9));
        }
        if let Some(clause) = self.parenthetical(&words, end) {
            let confidence = if clause.who == Who::Previous {
                0.8
            } else {
                0.9
            };
            return Some(found(clause, confidence));
        }
        if let Some(clause) = self.passive_inside(&words, end) {
            return Some(found(clause, 0.85));
        }
        // "…, Wall Street Journal melaporkan pada hari Selasa."
        let (via, content_end) = self.trailing_source(words.first()?.start..end)?;
        let content = words[0].start..content_end;
        // The cue is the verb after the source ("Graham (R-S.C.) told The Huffington Post") or the note
        // before it ("seperti dikutip dari Antara").
        let after = self.words(content_end..end);
        let k = after.iter().position(|w| {
            w.start >= via.end && self.lex.form(&w.lower).is_some()
                || w.end <= via.start && (self.lex.is_source_note(&w.lower) || is_citing(&w.lower))
        })?;
        let cue_word = &after[k];
        // "Otoritas kesehatan Thailand mengumumkan kasus pertama …, seperti dikutip dari Bangkok Post.": a
        // statement the outlet passed on, whose content is a thing; its speaker said it.
        let note = Clause {
            who: Who::Phrase(via.clone()),
            cue: cue_word.start..cue_word.end,
            via: None,
            when: None,
            content: content.clone(),
        };
        if let Some(mut passed_on) = self
            .reported_statement(&note, content.end)
            .filter(|_| self.lex.is_source_note(&cue_word.lower))
        {
            passed_on.via = Some(via);
            return Some(passed_on);
        }
        let channel = if self.lex.form(&cue_word.lower) == Some(CueForm::SpeakerBeforeTelling) {
            self.channel_words(&after, k + 1, end).0
        } else {
            self.channel(&after, k, end).0
        };
        (self.words(content.clone()).len() >= 3).then(|| {
            found(
                Clause {
                    who: Who::Phrase(via),
                    cue: cue_word.start..cue_word.end,
                    via: channel,
                    when: self.when_in(cue_word.start..end),
                    content,
                },
                0.9,
            )
        })
    }

    /// The last word of a source written without its comma, "Menurut wakil ketua partai Agus Hermanto polisi
    /// harus …": the first run of capitalised words, when a clause of its own follows it.
    fn name_before_clause(&self, words: &[Word], from: usize, longest: usize) -> Option<usize> {
        if self.lex.is_english() {
            return None;
        }
        let limit = words.len().min(from + longest);
        let first = (from..limit).find(|&k| words[k].is_capitalised(self.text))?;
        let last = (first..limit)
            .take_while(|&k| words[k].is_capitalised(self.text))
            .last()?;
        let lead_in_verb = words[from..first].iter().any(|w| is_id_verb(&w.lower));
        let rest = words.get(last + 1..)?;
        (!lead_in_verb
            && rest.len() >= 3
            && !words[last].closes_clause(self.text)
            && !rest[0].is_capitalised(self.text)
            && self.opens_clause(rest))
        .then_some(last)
    }

    /// "Bank Indonesia mengeluarkan pernyataan bahwa …": a statement issued, made or given, with what it says
    /// after "bahwa".
    fn issued_statement(&self, words: &[Word], end: usize) -> Option<Clause> {
        if self.lex.is_english() {
            return None;
        }
        let i = (1..words.len().saturating_sub(2)).find(|&i| {
            words[i].is_one_of(
                &[
                    "mengeluarkan",
                    "membuat",
                    "merilis",
                    "memberikan",
                    "menyampaikan",
                ],
                self.text,
            ) && words[i + 1].is_one_of(&["pernyataan", "keterangan", "penjelasan"], self.text)
        })?;
        let mut j = i + 2;
        if words
            .get(j)
            .is_some_and(|w| w.is_one_of(&["resmi", "tertulis"], self.text))
        {
            j += 1;
        }
        if words.get(j).is_none_or(|w| w.lower != "bahwa") || words.len() - j < 4 {
            return None;
        }
        let (who, via) = self.subject(words, i)?;
        let via = via.or_else(|| self.channel_before_cue(words, i, &who));
        let (content_end, setting) = self.reported_end(words[j + 1].raw_start..end);
        Some(Clause {
            who: Who::Phrase(who),
            cue: words[i].start..words[j - 1].end,
            via: via.or(setting),
            when: self.when_in(words[i].start..end),
            content: words[j + 1].raw_start..content_end,
        })
    }

    /// True when all that follows `word` up to `end` is the editor's initials in parentheses, as news sites
    /// close an article: "…, katanya. (Iam)".
    fn only_initials_after(&self, word: &Word, end: usize) -> bool {
        let rest = self.text.get(word.raw_end..end).unwrap_or_default().trim();
        word.closes_clause(self.text)
            && rest.starts_with('(')
            && rest.ends_with(')')
            && rest.chars().count() <= 12
            && !rest.contains(' ')
    }

    /// "Trump's claim that the vote was rigged", "his warning that …": a noun of saying owned by its speaker,
    /// with the clause it reports (up to the next comma).
    fn statement_noun(&self, sentence: Range<usize>) -> Option<Found> {
        if !self.lex.is_english() {
            return None;
        }
        let words = self.words(sentence.clone());
        let k = (1..words.len().saturating_sub(2)).find(|&k| {
            words[k].is_one_of(STATEMENT_NOUNS, self.text)
                && words[k + 1].is_one_of(&["that"], self.text)
                && !words[k - 1].closes_clause(self.text)
        })?;
        let owner = &words[k - 1];
        let possessive = owner.lower.ends_with("’s") || owner.lower.ends_with("'s");
        let who = if owner.is_one_of(&["his", "her", "their"], self.text) {
            owner.start..owner.end
        } else if possessive && owner.is_capitalised(self.text) {
            // "Mr. Trump's": the capitalised words up to the possessive.
            let first = (0..k - 1)
                .rev()
                .take(3)
                .take_while(|&j| {
                    words[j].is_capitalised(self.text) && !words[j].closes_clause(self.text)
                })
                .last()
                .unwrap_or(k - 1);
            let suffix = if owner.lower.ends_with("’s") {
                "’s".len()
            } else {
                "'s".len()
            };
            let end = owner.end.saturating_sub(suffix);
            words[first].start..end
        } else {
            return None;
        };
        let end = trim_range(self.text, sentence, &['.', ' ', '!', '?', '…']).end;
        let content_end = words[k + 1..]
            .iter()
            .find(|w| w.punct_after(self.text).contains([',', ';', ':']))
            .map_or(end, |w| w.end.min(end));
        let content = words[k + 1].start..content_end;
        (self.words(content.clone()).len() >= 4).then(|| Found {
            content,
            kind: QuoteKind::Indirect,
            cue: Some(words[k].start..words[k].end),
            who: Who::Phrase(who),
            via: None,
            when: None,
            confidence: 0.7,
            parts: Vec::new(),
        })
    }

    /// "Trump: We will win the state." A name at the head of a sentence followed by a colon is news shorthand
    /// for "Trump said that …" (mostly headlines). Labels ("Update:", "Photo:", "Read more:") are not names.
    fn headline_colon(&self, sentence: Range<usize>) -> Option<Found> {
        // Most sentences have no colon near their head: skip them before splitting into words.
        let head = self.text.get(sentence.clone())?.chars().take(80);
        if !head.into_iter().any(|c| c == ':') {
            return None;
        }
        let words = self.words(sentence.clone());
        let k = words
            .iter()
            .take(4)
            .position(|w| w.punct_after(self.text).starts_with(':'))?;
        let name = &words[..=k];
        let content_words = words.get(k + 1..)?;
        let label = name
            .iter()
            .any(|w| COLON_LABELS.contains(&w.lower.as_str()) || date::is_calendar_word(&w.lower));
        let named = name.iter().all(|w| {
            w.is_capitalised(self.text)
                && w.lower
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '.' || c == '’' || c == '\'')
        }) || name.len() >= 2
            && name[0].is_capitalised(self.text)
            && name[name.len() - 1].is_one_of(
                &[
                    "camp",
                    "campaign",
                    "aide",
                    "aides",
                    "spokesman",
                    "spokeswoman",
                ],
                self.text,
            );
        // "TAPPER: …" is a transcript turn, "Iowa: Tim Albrecht, Brad Anderson, …" a list.
        let shouted = name.iter().any(|w| {
            let letters = w.lower.chars().filter(|c| c.is_alphabetic()).count();
            letters >= 4
                && self
                    .text
                    .get(w.start..w.end)
                    .is_some_and(|t| !t.chars().any(char::is_lowercase))
        });
        let list = content_words
            .iter()
            .filter(|w| w.punct_after(self.text).contains(','))
            .count()
            >= 3;
        // "Tokyo - Micom: …" is a dateline, the place and the outlet reporting from it.
        let dateline = self
            .text
            .get(name[0].start..name[k].end)
            .is_some_and(|t| t.contains(['-', '–', '—']));
        if label
            || shouted
            || list
            || dateline
            || !named
            || content_words.len() < 3
            || !self.is_speaker_phrase(name)
        {
            return None;
        }
        let end = trim_range(self.text, sentence, &['.', ' ', '!', '?', '…']).end;
        let colon = name[k].end..name[k].end + 1;
        Some(Found {
            content: content_words[0].raw_start..end,
            kind: QuoteKind::Indirect,
            cue: Some(colon),
            who: Who::Phrase(name[0].start..name[k].end),
            via: None,
            when: None,
            confidence: 0.6,
            parts: Vec::new(),
        })
    }

    /// ", adding that …", ", seraya menambahkan bahwa …" in `sentence`: where the clause before it ends and
    /// the attribution it adds, to the speaker just named.
    fn adding_clause(&self, sentence: Range<usize>) -> Option<(usize, Found)> {
        let words = self.words(sentence.clone());
        let end = trim_range(self.text, sentence, &['.', ' ', '!', '?', '…', ';']).end;
        (2..words.len()).find_map(|i| {
            let w = &words[i];
            let joined = matches!(words[i - 1].lower.as_str(), "seraya" | "sambil" | "sembari");
            // "… and said …", "…, and warned …": a second verb of the same subject.
            let and_verb = words[i - 1].is_one_of(&["and"], self.text)
                && self.lex.form(&w.lower) == Some(CueForm::SpeakerBefore)
                && self.is_cue_at(&words, i);
            let comma = if joined || and_verb {
                i.checked_sub(2)?
            } else {
                i - 1
            };
            // "…, citing two sources, that …": whom a report cites, not what it adds.
            let participle = self.lex.is_participle(&w.lower)
                && self.citing_aside(&words, i).is_none()
                || joined
                    && matches!(
                        w.lower.as_str(),
                        "menambahkan" | "mengatakan" | "menegaskan" | "menyebutkan" | "menjelaskan"
                    );
            // "“…,” kata X seraya menambahkan …": "seraya" joins the second verb without a comma; what it
            // adds goes to the speaker attributed before it in the sentence, if any.
            let set_off = words[comma].punct_after(self.text).contains(',') || joined;
            if !(participle && set_off || and_verb) {
                return None;
            }
            let mut k = i + 1;
            // "telling Reuters, “…”", "telling reporters that …": the listener is the channel, not content.
            if w.lower == "telling" {
                let listener_end = (k..words.len().min(k + 5)).find(|&m| {
                    words[m].punct_after(self.text).contains([',', ':'])
                        || words
                            .get(m + 1)
                            .is_some_and(|n| self.lex.is_complementizer(&n.lower))
                });
                k = listener_end.map_or(k, |m| m + 1);
            }
            if words
                .get(k)
                .is_some_and(|w| self.lex.is_complementizer(&w.lower))
            {
                k += 1;
            }
            let content = trim_range(self.text, words.get(k)?.raw_start..end, &[',', ' ']);
            // "…, adding, “…”": a quote of its own is direct speech, without its marks.
            let quote = self
                .text
                .get(content.clone())
                .filter(|_| self.lex.is_english_only())
                .and_then(|c| {
                    let open = c.chars().next().filter(|m| "“\"‘".contains(*m))?;
                    let close = c.chars().last().filter(|m| "”\"’".contains(*m))?;
                    (c.len() > open.len_utf8() + close.len_utf8())
                        .then(|| content.start + open.len_utf8()..content.end - close.len_utf8())
                });
            let kind = if quote.is_some() {
                QuoteKind::Direct
            } else {
                QuoteKind::Indirect
            };
            let content = quote.unwrap_or(content);
            (self.words(content.clone()).len() >= 3).then(|| {
                let cut = words[comma].end;
                let found = Found {
                    content,
                    kind,
                    cue: Some(w.start..w.end),
                    who: Who::Previous,
                    via: None,
                    when: None,
                    confidence: 0.8,
                    parts: Vec::new(),
                };
                (cut, found)
            })
        })
    }

    /// Where the comma is when the word before byte `at` is a conjunction that opens a second clause after
    /// it: "…, tetapi dia mengatakan", "…, namun ia menambahkan".
    fn comma_and_conjunction_before(&self, at: usize) -> Option<usize> {
        let before = self.text.get(..at)?.trim_end();
        let (rest, word) = before.rsplit_once(char::is_whitespace)?;
        let conjunction = matches!(
            word.to_lowercase().as_str(),
            "tetapi" | "tapi" | "namun" | "sedangkan" | "dan"
        );
        let rest = rest.trim_end();
        (conjunction && rest.ends_with(',')).then(|| rest.len() - 1)
    }

    /// A question put to someone by an asker the text does not name: "Asked whether he was concerned, Ban
    /// demurred.", "…, she said when asked about Cruz.", "He was asked if he would run." The content is the
    /// question, up to the main clause.
    fn asked_clause(&self, sentence: Range<usize>) -> Option<Found> {
        if !self.lex.is_english_only() {
            return None;
        }
        let words = self.words(sentence.clone());
        let k = words.iter().position(|w| w.lower == "asked")?;
        let passive = match k.checked_sub(1) {
            None => true,
            Some(p) => words[p].is_one_of(
                &[
                    "when", "after", "if", "once", "being", "was", "were", "is", "been",
                ],
                self.text,
            ),
        };
        let question = words.get(k + 1)?;
        if !passive
            || !question.is_one_of(
                &[
                    "whether", "if", "why", "how", "what", "about", "who", "when", "where",
                ],
                self.text,
            )
        {
            return None;
        }
        let end = trim_range(self.text, sentence, &['.', ' ', '!', '?', '…']).end;
        let commas = |w: &&Word| w.end < end && w.punct_after(self.text).contains([',', ';']);
        // At the head of the sentence the question runs to the comma before the main clause; inside it, to
        // the next comma.
        let close = if k == 0 {
            words[k + 1..].iter().rev().find(commas)
        } else {
            words[k + 1..].iter().find(commas)
        };
        let content = question.raw_start..close.map_or(end, |w| w.end);
        (self.words(content.clone()).len() >= 3).then(|| Found {
            content,
            kind: QuoteKind::Indirect,
            cue: Some(words[k].start..words[k].end),
            who: Who::Unknown,
            via: None,
            when: None,
            confidence: 0.5,
            parts: Vec::new(),
        })
    }

    /// The subject opening an English clause: a pronoun or a name, after an opening phrase set off by a comma
    /// ("On Monday, the White House …") and a conjunction ("But Trump …").
    fn sentence_subject(&self, range: Range<usize>) -> Option<Range<usize>> {
        if !self.lex.is_english() {
            return None;
        }
        let words = self.words(range);
        let mut k = 0;
        // "Hours before the game, Wild coach Bruce Boudreau …", "Shortly after, …": a time or circumstance
        // set off before the subject.
        let opener = words.first().is_some_and(|w| {
            matches!(
                w.lower.as_str(),
                "on" | "in"
                    | "at"
                    | "after"
                    | "before"
                    | "during"
                    | "over"
                    | "since"
                    | "following"
                    | "amid"
                    | "despite"
                    | "when"
                    | "while"
                    | "earlier"
                    | "later"
                    | "last"
                    | "this"
                    | "meanwhile"
                    | "speaking"
                    | "asked"
                    | "separately"
                    | "shortly"
                    | "recently"
                    | "previously"
                    | "subsequently"
                    | "finally"
                    | "ultimately"
            ) || TIME_SPANS.contains(&w.lower.as_str())
                && words.get(1).is_some_and(|n| {
                    matches!(n.lower.as_str(), "before" | "after" | "later" | "earlier")
                })
        });
        if opener {
            k = (0..words.len().min(8)).find(|&c| words[c].punct_after(self.text).contains(','))?
                + 1;
        }
        if words
            .get(k)
            .is_some_and(|w| matches!(w.lower.as_str(), "but" | "and" | "so" | "yet" | "still"))
        {
            k += 1;
        }
        let first = words.get(k)?;
        if matches!(first.lower.as_str(), "he" | "she" | "they" | "we" | "i") {
            return Some(first.start..first.end);
        }
        let det = usize::from(first.lower == "the");
        let mut j = k + det;
        while let Some(w) = words.get(j).filter(|w| w.is_capitalised(self.text)) {
            j += 1;
            if w.closes_clause(self.text) || j - k >= 6 {
                break;
            }
        }
        // "Two federal prison officers were charged …": a number or quantifier opens a subject that runs on
        // in lower case to its auxiliary; without one in sight, the subject is unknown.
        if j == k + det + 1 && QUANTIFIERS.contains(&words[k + det].lower.as_str()) {
            let aux = (j..(j + 6).min(words.len()))
                .take_while(|&m| !words[m - 1].closes_clause(self.text))
                .find(|&m| words[m].is_one_of(speaker::AUXILIARY_WORDS, self.text))?;
            return (aux > j).then(|| words[k].start..words[aux - 1].end);
        }
        // The name must be followed by its verb, not be the whole clause.
        let named = j > k + det && j < words.len() && !words[j - 1].closes_clause(self.text);
        (named && self.is_speaker_phrase(&words[k..j])).then(|| words[k].start..words[j - 1].end)
    }

    /// A cue set off by commas inside the sentence it attributes: "But to prevent problems, he said, local
    /// officials should be vigilant." / "Pemerintah, katanya, akan menaikkan harga."
    fn parenthetical(&self, words: &[Word], end: usize) -> Option<Clause> {
        let comma_after = |k: usize| words[k].punct_after(self.text).contains(',');
        // For each word, the word after the last comma before it: one pass, not one scan per cue.
        let mut comma_before = Vec::with_capacity(words.len());
        let mut last = None;
        for k in 0..words.len() {
            comma_before.push(last);
            if comma_after(k) {
                last = Some(k + 1);
            }
        }
        (1..words.len().saturating_sub(3)).find_map(|i| {
            let cue = &words[i];
            let form = self.lex.form(&cue.lower)?;
            let start = comma_before[i]?;
            if cue.lower == "according" {
                return self.according_to_inside(words, i, end);
            }
            // "…, Hollande said Tuesday in Paris, noting …": a short tail of time and place after the cue,
            // then a clause that goes on reporting.
            let tail_then_participle = || {
                (i + 1..words.len().min(i + 7))
                    .find(|&j| comma_after(j))
                    .is_some_and(|j| {
                        words[i + 1..=j]
                            .iter()
                            .all(|w| self.lex.form(&w.lower).is_none())
                            && words
                                .get(j + 1)
                                .is_some_and(|w| self.lex.is_participle(&w.lower))
                    })
            };
            // "Still, he said, officials …": in English one opening word before the cue is enough.
            let least = if self.lex.is_english_only() { 1 } else { 2 };
            // "…, Reuters reported, citing two sources.": the source closes the sentence, with whom it cites.
            let citing_tail = comma_after(i)
                && words.get(i + 1).is_some_and(|w| is_citing(&w.lower))
                && !(i + 1..words.len()).any(comma_after);
            if !(comma_after(i) || form == CueForm::SpeakerBefore && tail_then_participle())
                || start < least
                || citing_tail
            {
                return None;
            }
            let who = match form {
                CueForm::Anaphoric if start == i => Who::Previous,
                CueForm::SpeakerBefore => {
                    let speaker = strip_auxiliaries(&words[start..i]);
                    // "…, the agency said, …", "…, officials said, …": a lower-case speaker is a description.
                    let described = |w: &Word| {
                        w.is_one_of(&["the", "a", "an"], self.text)
                            || speaker.len() == 1 && speaker::is_person_noun(&w.lower)
                    };
                    let named = speaker.first().is_some_and(|w| {
                        w.is_capitalised(self.text)
                            || w.is_one_of(PRONOUN_SUBJECTS, self.text)
                            || described(w)
                    });
                    // An Indonesian name runs longer with its rank: "Brigjen Pol Agus Rianto".
                    let longest = if self.lex.is_english() { 3 } else { 5 };
                    if !named || speaker.len() > longest || !self.is_speaker_phrase(speaker) {
                        return None;
                    }
                    Who::Phrase(speaker[0].start..speaker[speaker.len() - 1].end)
                }
                _ => return None,
            };
            // "Dari kelompok pendukung itu, katanya, banyak yang diperiksa": in Indonesian the tail is what
            // is said. After a full verb and its subject ("Kepala biro penerangan, Divisi Humas, Brigjen Agus
            // mengatakan, kepolisian …") the head is the speaker's role or a circumstance, and only the tail
            // is said.
            let content = if self.lex.is_english() || !comma_after(i) {
                words[0].raw_start..end
            } else if matches!(who, Who::Phrase(_)) {
                words.get(i + 1)?.raw_start..end
            } else {
                self.around_aside(words, i, end)
            };
            Some(Clause {
                who,
                cue: cue.start..cue.end,
                via: None,
                when: None,
                content,
            })
        })
    }

    /// Where the reported clause in `content` ends: in English, a comma before "which", "while" or "compared
    /// with" turns to the writer's own comment ("…, which forced her resignation", "…, compared with 64
    /// percent who …"). Also the setting the statement was made in, when it closes the content and is cut
    /// off (Indonesian: "… dalam konferensi pers").
    fn reported_end(&self, content: Range<usize>) -> (usize, Option<Range<usize>>) {
        if !self.lex.is_english() {
            return indonesian::reported_end(self, content);
        }
        if !self.lex.is_english_only() {
            return (content.end, None);
        }
        let words = self.words(content.clone());
        let end = words
            .windows(3)
            .skip(2)
            .find(|w| {
                // "…, as he deflected Republican attacks": a clause of the writer's own.
                let as_clause = w[1].is_one_of(&["as"], self.text)
                    && (w[2].is_one_of(PRONOUN_SUBJECTS, self.text) || w[2].lower == "the");
                w[0].punct_after(self.text).contains(',')
                    && (w[1].is_one_of(COMMENT_OPENERS, self.text) || as_clause)
            })
            .map_or(content.end, |w| w[0].end);
        (end, None)
    }

    /// "Fundraising, according to the campaign, has surged.": an English source set off by commas inside the
    /// sentence it attributes, at `words[i]` right after a comma.
    fn according_to_inside(&self, words: &[Word], i: usize, end: usize) -> Option<Clause> {
        if !self.lex.is_english_only()
            || !words[i - 1].punct_after(self.text).contains(',')
            || words.get(i + 1).is_none_or(|w| w.lower != "to")
        {
            return None;
        }
        let last = (i + 2..words.len().min(i + 10))
            .find(|&k| words[k].punct_after(self.text).contains(','))?;
        let source = &words[i + 2..=last];
        if last + 1 >= words.len()
            || is_not_a_source(&words[i].lower, source)
            || !self.is_speaker_phrase(source)
        {
            return None;
        }
        Some(Clause {
            who: Who::Phrase(source[0].start..source[source.len() - 1].end),
            cue: words[i].start..words[i + 1].end,
            via: None,
            when: None,
            content: words[0].raw_start..end,
        })
    }

    /// "Menurut X, …" at the start of a sentence.
    fn according_to_first(&self, words: &[Word], end: usize) -> Option<Clause> {
        let first = words.first()?;
        // "Menurutnya, …": the speaker named before.
        // Indonesian news writes "Menurutnya pihak PNA sudah …" without the comma too.
        if self.lex.form(&first.lower) == Some(CueForm::Anaphoric)
            && first.lower.starts_with("menurut")
            && (first.punct_after(self.text).contains(',') || !self.lex.is_english())
        {
            let content_start = words.get(1)?.raw_start;
            return (self.words(content_start..end).len() >= 3).then_some(Clause {
                who: Who::Previous,
                cue: first.start..first.end,
                via: None,
                when: None,
                content: content_start..end,
            });
        }
        // "Kata dia, pihaknya merasa bangga …": a short cue and its speaker open the sentence.
        if !matches!(first.lower.as_str(), "menurut" | "according")
            && self.lex.form(&first.lower) == Some(CueForm::SpeakerAfter)
            && !self.lex.is_passive(&first.lower)
        {
            let clause = self.speaker_after(words, 0, end)?;
            let comma = self.aside_end(words, 0, &clause)?;
            let content = words.get(comma + 1)?.raw_start..end;
            return Some(Clause { content, ..clause });
        }
        // "Berdasarkan laporan Nielsen, …", "Merujuk laporan Jawa Pos, …": a report the sentence rests on, when
        // it names who reported (not "berdasarkan data BPS").
        let on_report = self.lex.is_indonesian()
            && matches!(first.lower.as_str(), "berdasarkan" | "merujuk" | "mengacu");
        let skip = match first.lower.as_str() {
            "menurut" if self.lex.form("menurut").is_some() => 1,
            "according" if words.get(1).is_some_and(|w| w.lower == "to") => 2,
            // "Informasi dari petugas info Tol Jasa Marga, Riska, kemacetan …": news passed on by its source.
            "informasi" | "keterangan" | "kabar"
                if self.lex.is_indonesian()
                    && !self.lex.is_english()
                    && words.get(1).is_some_and(|w| w.lower == "dari") =>
            {
                2
            }
            _ if on_report => 1 + usize::from(words.get(1).is_some_and(|w| w.lower == "pada")),
            _ => return None,
        };
        // "Menurut aku, …, tutup Raisa.", "Menurut saya bikin nada …, ujar Once": the first person of unmarked
        // speech is its speaker's, named after.
        if skip == 1
            && words
                .get(1)
                .is_some_and(|w| w.is_one_of(&["aku", "saya", "kami", "kita"], self.text))
        {
            return None;
        }
        // "Menurut dia dari 5 kg biji kopi …": a pronoun needs no comma to end it.
        if let Some(pronoun) = words
            .get(skip)
            .filter(|w| skip == 1 && !on_report && w.is_one_of(PRONOUN_SUBJECTS, self.text))
            .filter(|w| !w.punct_after(self.text).contains(','))
        {
            let content_start = words.get(skip + 1)?.raw_start;
            return (words.len() - skip > 3).then_some(Clause {
                who: Who::Phrase(pronoun.start..pronoun.end),
                cue: first.start..first.end,
                via: None,
                when: None,
                content: content_start..end,
            });
        }
        // An Indonesian source runs longer: "Menurut ahli matematika Prof X dari Queensland University of
        // Technology, …".
        let longest = if self.lex.is_english() { 8 } else { 12 };
        let mut last = (skip..words.len().min(skip + longest))
            .find(|&k| words[k].punct_after(self.text).contains(','))
            .or_else(|| self.name_before_clause(words, skip, longest))?;
        // "Menurut laporan Reuters, …", "According to a Reuters report, …": the one who reported.
        let reporter = self.report_source(&words[skip..=last]);
        if reporter.is_none()
            && (on_report
                || is_not_a_source(&first.lower, &words[skip..=last])
                || self.runs_into_clause(&words[skip..=last]))
        {
            return None;
        }
        let who_start = reporter.map_or(words[skip].start, |r| r[0].start);
        let mut who_end = reporter.map_or(words[last].end, |r| r[r.len() - 1].end);
        if let Some(cites) = (skip + 1..last).find(|&k| opens_cited_source(words, k)) {
            who_end = who_end.min(words[cites - 1].end);
        }
        // "Menurut seorang warga, Atep Suyono (42) yang ditemui di masjid, massa …": a name in apposition and a
        // relative clause belong to the source.
        if let Some(name) = words.get(last + 1).filter(|w| {
            reporter.is_none()
                && !self.lex.is_english()
                && w.is_capitalised(self.text)
                && !self.in_date(w)
        }) {
            let relative = (last + 2..words.len().min(last + 6))
                .take_while(|&k| !words[k - 1].punct_after(self.text).contains(','))
                .find(|&k| words[k].lower == "yang");
            let closed = relative.and_then(|r| {
                (r..words.len().min(r + 14))
                    .find(|&k| words[k].punct_after(self.text).contains(','))
            });
            if let (Some(r), Some(c)) = (relative, closed) {
                let named = self.before_parenthesis(&words[last + 1..r]);
                who_end = named.last().map_or(name.end, |w| w.end);
                last = c;
            } else if let Some(k) = self
                .appositive_name(words, last + 1, &words[skip..=last])
                .filter(|&k| words[k].punct_after(self.text).contains(','))
            {
                // "Menurut Kepala LLDIKTI Wilayah IV, Samsuri Hadi, …"
                who_end = words[k].end;
                last = k;
            } else if let Some(k) = self.role_after_name(words, last + 1) {
                // "Menurut Ibu Eva Ho, Manajer Komunikasi Exxonmobil, …"
                who_end = words[k].end;
                last = k;
            }
        } else if reporter.is_none()
            && !self.lex.is_english()
            && words[skip].is_capitalised(self.text)
        {
            // "Menurut Sri Lestari, pedagang beras yang sudah 20 tahun berjualan di pasar itu, …": a role
            // in lower case after the name.
            if let Some(k) = self.role_after_name(words, last + 1) {
                who_end = words[k].end;
                last = k;
            }
        }
        // "Informasi dari akun resmi BLU Transjakarta pada Rabu (4/4/12), …": the date is when, not who.
        let when = self.when_in(who_start..words[last].raw_end);
        if let Some(date) = &when {
            let before = words[skip..=last]
                .iter()
                .take_while(|w| w.end <= date.start)
                .filter(|w| !w.is_one_of(&["pada", "on"], self.text))
                .last();
            if let Some(w) = before.filter(|w| w.start >= who_start) {
                who_end = who_end.min(w.end);
            }
        }
        // "Menurut Budi, seperti dikutip dari Antara, harga …"
        let note = self.source_note(words, last + 1);
        let mut after = note.as_ref().map_or(last + 1, |(_, k)| *k);
        // "Menurut Budi, Senin (5/2), harga …": a date set off after the source is when it was said.
        let set_off_date = words.get(after).and_then(|w| {
            let close = (after..words.len().min(after + 6))
                .find(|&k| words[k].punct_after(self.text).contains(','))?;
            self.is_only_date(w.start..words[close].end)
                .then(|| (close, self.when_in(w.start..words[close].raw_end)))
        });
        let when = match set_off_date {
            Some((close, date)) if when.is_none() => {
                after = close + 1;
                date
            }
            _ => when,
        };
        let content_start = words.get(after)?.raw_start;
        (self.words(content_start..end).len() >= 3).then(|| Clause {
            who: Who::Phrase(who_start..who_end),
            cue: first.start..words[skip - 1].end,
            via: note.map(|(outlet, _)| outlet),
            when,
            content: content_start..end,
        })
    }

    /// How many words open an Indonesian sentence before a cue that opens it: a sentence adverb ("Namun",
    /// "Lebih lanjut") or "Masih" ("Masih kata Cak Imin, …": still in the words of the one quoted before).
    fn opening_adverbs(&self, words: &[Word]) -> usize {
        if self.lex.is_english() {
            0
        } else if words.first().is_some_and(|w| w.lower == "masih") {
            1
        } else {
            sentence_adverb_len(words)
        }
    }

    /// The last word of a role set off by commas at `words[j..]` after a name ("Manajer Komunikasi
    /// Exxonmobil" in "Menurut Ibu Eva Ho, Manajer Komunikasi Exxonmobil, apinya …"): a role word, then no
    /// verb up to the closing comma.
    fn role_after_name(&self, words: &[Word], j: usize) -> Option<usize> {
        if !speaker::is_person_noun(&words.get(j)?.lower) {
            return None;
        }
        // "Menurut Sri Lestari, pedagang beras yang sudah 20 tahun berjualan di pasar itu, …": a relative
        // clause lengthens the role, and its verbs describe the person.
        let relative = (j + 1..words.len().min(j + 4)).find(|&k| words[k].lower == "yang");
        let reach = if relative.is_some() { 14 } else { 6 };
        let comma = (j..words.len().min(j + reach))
            .find(|&k| words[k].punct_after(self.text).contains(','))?;
        let role_end = relative.map_or(comma + 1, |r| r.min(comma + 1));
        words[j..role_end]
            .iter()
            .all(|w| !is_id_verb(&w.lower) && !indonesian::is_di_passive(&w.lower))
            .then_some(comma)
    }

    /// The speaker after a speaker-after cue at `words[i]`, with channel and date.
    fn speaker_after(&self, words: &[Word], i: usize, end: usize) -> Option<Clause> {
        let cue_word = &words[i];
        let mut j = i + 1;
        if cue_word.lower == "according" && words.get(j).is_some_and(|w| w.lower == "to") {
            j += 1;
        }
        if self.lex.is_passive(&cue_word.lower) && words.get(j).is_some_and(|w| w.lower == "oleh") {
            j += 1;
        }
        let start = j;
        // "kata kepala bidang pembinaan dan prestasi PBSI Susi Susanti", "kata Menteri dalam negeri Gamawan
        // Fauzi": an Indonesian office written in lower case, a name after it.
        let office = !self.lex.is_english()
            && words.get(start).is_some_and(|w| {
                warta_ner::gazetteer::is_person_title(&w.lower) || speaker::is_person_noun(&w.lower)
            });
        // A speaker runs over at most 8 words, or over a longer title and name written in capitals ("kata
        // Kepala Bidang Humas Polda Metro Jaya Komisaris Besar Rikwanto") or an office.
        let too_long = |end: usize| {
            let titled = office
                || words[start..end]
                    .iter()
                    .all(|w| w.is_capitalised(self.text) || w.lower == "dan");
            end - start > if titled { LONG_TITLED_NAME } else { 8 }
        };
        // A name ahead in the clause, after the words of an office.
        let name_ahead = |j: usize| {
            words[j + 1..]
                .iter()
                .take(6)
                .take_while(|n| self.lex.form(&n.lower).is_none() && !self.in_date(n))
                .scan(false, |closed, n| {
                    let this = (!*closed).then_some(n);
                    *closed |= n.closes_clause(self.text);
                    this
                })
                .any(|n| n.is_capitalised(self.text))
        };
        while let Some(w) = words.get(j) {
            // "Kepala Bidang Pencegahan dan Pengendalian Penyakit": "dan" inside a capitalised title.
            let in_title = w.lower == "dan"
                && !self.lex.is_english()
                && (words[j - 1].is_capitalised(self.text)
                    && words
                        .get(j + 1)
                        .is_some_and(|n| n.is_capitalised(self.text))
                    || office && name_ahead(j))
                && !words[j - 1].closes_clause(self.text)
                || office
                    && w.lower == "dalam"
                    && words.get(j + 1).is_some_and(|n| n.lower == "negeri")
                    && name_ahead(j);
            if j > start
                && !in_title
                && (w.is_one_of(SPEAKER_STOPS, self.text)
                    // "ujar Budi dikutip Antara": the note names the outlet, not the speaker.
                    || self.lex.is_source_note(&w.lower)
                    || opens_cited_source(words, j)
                    || self.date_starts_at(w)
                    // "kata seorang warga yang meminta identitasnya dirahasiakan": the verbs of a relative
                    // clause describe the speaker.
                    || !words[start..j].iter().any(|w| w.lower == "yang")
                        && self.ends_named_speaker(&words[j - 1], w))
            {
                break;
            }
            j += 1;
            if w.closes_clause(self.text) || too_long(j) {
                break;
            }
        }
        let speaker = self.before_parenthesis(words.get(start..j)?);
        // "…, menurut laporan Reuters.": the one who reported.
        let reporter = matches!(cue_word.lower.as_str(), "menurut" | "according")
            .then(|| self.report_source(speaker))
            .flatten();
        let speaker = reporter.unwrap_or(speaker);
        // "kata kunci", "sebut saja Ani": the cue word is a noun or opens a pseudonym. A capital after a
        // lower-case cue makes the partner a name ("…, kata Sandi."), not a compound ("kata sandi").
        let named = |w: &Word| w.is_capitalised(self.text) && !cue_word.is_capitalised(self.text);
        if speaker
            .first()
            .is_some_and(|w| self.lex.is_idiom(&cue_word.lower, &w.lower) && !named(w))
        {
            return None;
        }
        // "naik tajam, jelas terlihat …": an adjective-like cue takes only a speaker-like word after it, unless
        // it follows a closing quote mark ("“…,” tandas mantan pelatih itu").
        let after_quote = self.text.get(..cue_word.raw_start).is_some_and(|t| {
            t.trim_end()
                .ends_with(['”', '"', '\'', '’', '\u{FFFD}', '“'])
        });
        if self.lex.is_also_adjective(&cue_word.lower)
            && !after_quote
            && !speaker.first().is_some_and(|w| w.opens_speaker(self.text))
        {
            return None;
        }
        if speaker.is_empty()
            || too_long(j)
            || !self.is_speaker_phrase(speaker)
            || (reporter.is_none()
                && matches!(cue_word.lower.as_str(), "menurut" | "according")
                && is_not_a_source(&cue_word.lower, speaker))
        {
            return None;
        }
        // An English verb before its speaker ("…, said Smith") takes only a name, a pronoun or "the …".
        let inverted = self.lex.form(&cue_word.lower) != Some(CueForm::SpeakerAfter)
            && cue_word.lower != "according";
        // "…, said former Utah governor Michael Leavitt", "…, said one Republican involved in the planning".
        let described = self.lex.is_english_only()
            && (speaker[0].is_one_of(QUANTIFIERS, self.text)
                || speaker[1..].iter().any(|w| w.is_capitalised(self.text)));
        let named = speaker[0].is_capitalised(self.text)
            || speaker[0].is_one_of(DETERMINERS, self.text)
            || speaker[0].is_one_of(PRONOUN_SUBJECTS, self.text)
            || described;
        // "…, said he." but not "…, said he cannot comment": an inverted pronoun stands alone.
        // "…, said he and other leaders are …" is a clause too.
        let lone_pronoun = !speaker[0].is_one_of(PRONOUN_SUBJECTS, self.text)
            || speaker.len() == 1
                && !words
                    .get(j)
                    .is_some_and(|w| w.is_one_of(&["and", "or", "that"], self.text));
        // "…, said Monday that …", "…, said the president also has spoken …": a date or a clause is no
        // speaker.
        let clause_like = speaker.iter().any(|w| {
            self.in_date(w)
                || w.is_one_of(AUXILIARIES, self.text)
                || w.is_one_of(&["is", "was", "are", "were", "will", "would"], self.text)
        });
        if inverted && (!named || !lone_pronoun || clause_like) {
            return None;
        }
        // "kata Kepala Kantor SAR Mataram, Lalu Wirawan, kepada Antara": the name after a role is the speaker.
        // "kata Ketua Kelompok Tani di Indramayu, Karsono.": a place may stand between the role and the name.
        let appositive = self.appositive_name(words, j, speaker).or_else(|| {
            // A role, not a pronoun: "ujar dia di Kompleks Parlemen, Senayan."
            if !speaker.iter().any(|w| speaker::is_person_noun(&w.lower)) {
                return None;
            }
            let place_end = self.place_set_off(words, j)?;
            let role_start = j.checked_sub(speaker.len())?;
            (words[j - 1].end == speaker[speaker.len() - 1].end).then(|| {
                self.appositive_name(words, place_end + 1, &words[role_start..=place_end])
            })?
        });
        let named_end = appositive.map_or(speaker[speaker.len() - 1].end, |k| words[k].end);
        // "kata Budi kepada wartawan", "kata Budi seperti dikutip Reuters", "kata Kapolres, Budi, kepada
        // wartawan": after the name set off, if there is one.
        let last = appositive.unwrap_or(j - 1);
        // The comma that closes the name set off does not close the sentence.
        let listener_after_comma = appositive.is_some()
            && words[last].punct_after(self.text) == ","
            && words.get(last + 1).is_some_and(opens_channel);
        let channel = if listener_after_comma {
            self.channel_words(words, last + 2, end).0
        } else {
            self.channel(words, last, end)
                .0
                .or_else(|| self.listener_after_description(words, last + 1, end))
        };
        let via = channel.or_else(|| self.source_note(words, last + 1).map(|(outlet, _)| outlet));
        Some(Clause {
            who: Who::Phrase(speaker[0].start..named_end),
            cue: cue_word.start..words[start - 1].end,
            via,
            when: self.when_in(cue_word.start..end),
            content: 0..0,
        })
    }

    /// A speaker-before cue at `words[i]`: the speaker is the phrase before it, the content what follows
    /// (after a channel, a date and "bahwa").
    fn pre_cue(&self, words: &[Word], i: usize, range: Range<usize>) -> Option<Clause> {
        let cue_word = words.get(i)?;
        let form = self.lex.form(&cue_word.lower)?;
        if !matches!(form, CueForm::SpeakerBefore | CueForm::SpeakerBeforeTelling)
            || i == 0
            || !self.is_cue_at(words, i)
        {
            return None;
        }
        let led_in = self.id_subject(words, i);
        let (mut speaker, mut via) = match led_in.clone() {
            Some(speaker) => (speaker, None),
            None => self.subject(words, i)?,
        };
        // "kelima wilayah itu akan meminta bantuan": a statement to come is not made yet.
        if !self.lex.is_english()
            && words[..i].last().is_some_and(|w| {
                w.is_one_of(&["akan", "hendak", "ingin", "mau", "bakal"], self.text)
            })
        {
            return None;
        }
        // "konyol jika Palestina mengklaim …": a statement supposed, not made.
        let supposed = !self.lex.is_english()
            && words
                .iter()
                .rposition(|w| w.end <= speaker.start)
                .is_some_and(|k| words[k].is_one_of(CONDITIONALS, self.text));
        if supposed {
            return None;
        }
        // "Sebuah dokumen penelitian menyebutkan, …": a document is no speaker. "Laporan Reuters
        // menyebutkan, …": the one who reported is.
        let subject = self.words(speaker.clone());
        if !self.lex.is_english() && is_document(&subject) {
            let reporter = self.report_source(&subject)?;
            speaker = reporter[0].start..reporter[reporter.len() - 1].end;
        }
        let end = trim_range(self.text, range.clone(), &['.', ' ', '!', '?', '…', ':']).end;

        // Channel: "memberitahu Wall Street Journal", "mengatakan kepada wartawan".
        let (channel, mut j) = if form == CueForm::SpeakerBeforeTelling {
            self.channel_words(words, i + 1, end)
        } else {
            self.channel(words, i, end)
        };
        via = channel
            .or(via)
            .or_else(|| self.leading_channel(words, speaker.start))
            .or_else(|| self.channel_before_cue(words, i, &speaker));
        let when_start = words
            .get(j)
            .filter(|w| self.date_starts_at(w))
            .map(|w| w.start);
        while words.get(j).is_some_and(|w| self.in_date(w)) {
            j += 1;
        }
        // "X melaporkan, mengutip pejabat AS yang tidak disebutkan namanya, bahwa …": the source the report
        // cites is set off before what it says (the chain records it, see `source::chain`).
        if let Some(k) = self.citing_aside(words, j) {
            j = k;
        }
        // "menyebutkan kalau …": spoken Indonesian uses "kalau" for "bahwa" right after the verb.
        let mut introduced = words.get(j).is_some_and(|w| {
            self.lex.is_complementizer(&w.lower)
                || j == i + 1
                    && self.lex.is_indonesian()
                    && !self.lex.is_english()
                    && w.lower == "kalau"
        });
        if introduced {
            j += 1;
        } else {
            // "mengatakan pada Selasa setelah serangan drone ke Rusia bahwa …"
            let limit = (j + 12).min(words.len());
            if let Some(k) = (j..limit).find(|&k| {
                words[k].lower == "bahwa"
                    && !words[j..k]
                        .iter()
                        .any(|w| self.lex.form(&w.lower).is_some())
            }) {
                j = k + 1;
                introduced = true;
            } else if let Some((channel, k)) = self.channel_before_that(words, j) {
                // "wrote on Twitter that …", "said in an interview that …"
                via = via.or(Some(channel));
                j = k + 1;
                introduced = true;
            }
        }
        // "Daud menjawab singkat, “…”": a manner set off with the statement.
        if !introduced
            && self.lex.is_indonesian()
            && words.get(j).is_some_and(|w| {
                w.is_one_of(indonesian::SAID_MANNERS, self.text)
                    && w.punct_after(self.text).contains([',', ':'])
            })
        {
            j += 1;
        }
        // "X menjelaskan, …" / "X menegaskan: …": a comma or colon introduces the statement too.
        let set_off = j > i && words[j - 1].punct_after(self.text).contains([',', ':']);
        // "Kapolres menegaskan pihaknya akan …", "Ia menjelaskan dananya tidak besar": Indonesian drops "bahwa"
        // before a clause with its own subject and predicate.
        let clause_follows =
            self.lex.is_indonesian() && words.get(j..).is_some_and(|w| self.opens_clause(w));
        // "menyebut terdakwa sebagai “otak” sindikat", "menyebut final itu sebagai laga terbesar": a name given
        // is what was said.
        let naming = matches!(cue_word.lower.as_str(), "menyebut" | "menyebutkan");
        let named_as = self.lex.is_indonesian()
            && (j + 1..words.len().min(j + 7)).any(|m| {
                words[m - 1].lower == "sebagai"
                    && !words[j..m].iter().any(|w| w.closes_clause(self.text))
                    && (naming
                        || self
                            .text
                            .get(words[m].raw_start..words[m].start)
                            .is_some_and(|p| p.contains(['“', '"'])))
            });
        // "bertanya dari mana …", "menanyakan apakah …": a question asked; "mengingatkan para santri agar
        // tidak …": a warning given.
        let asks_or_warns = self.lex.is_indonesian()
            && (indonesian::asks_question(&cue_word.lower, words.get(j..).unwrap_or(&[]))
                || indonesian::admits(&cue_word.lower, words.get(j..).unwrap_or(&[]))
                || indonesian::urges(&cue_word.lower)
                    && (j..words.len().min(j + 8))
                        .take_while(|&m| m == j || !words[m - 1].closes_clause(self.text))
                        .any(|m| {
                            matches!(words[m].lower.as_str(), "agar" | "supaya")
                                // "meminta aparat kepolisian untuk bertindak tegas": people asked to
                                // do something.
                                || words[m].lower == "untuk"
                                    && words.get(j).is_some_and(|w| {
                                        speaker::is_person_noun(&w.lower)
                                            || w.is_one_of(DETERMINERS, self.text)
                                            || w.is_one_of(&["masyarakat", "semua", "seluruh"], self.text)
                                    })
                                    && words.get(m + 1).is_some_and(|w| {
                                        is_id_verb(&w.lower)
                                            || w.is_one_of(&["tetap", "tidak", "segera", "terus"], self.text)
                                    })
                        }));
        // Right before a quote ("berteriak “Hukum mati!”") the verb needs nothing after it.
        if !introduced
            && !set_off
            && !clause_follows
            && !named_as
            && !asks_or_warns
            && j < words.len()
            && self.lex.needs_that_clause(&cue_word.lower)
        {
            return None;
        }
        // "…, Mr. Obama said in his interview." / "said in a statement, …": a circumstance, not content.
        if !introduced
            && words
                .get(j)
                .is_some_and(|w| w.is_one_of(&["in", "at", "during", "dalam"], self.text))
        {
            let limit = (j + 8).min(words.len());
            if let Some(k) = (j..limit).find(|&k| words[k].closes_clause(self.text)) {
                j = if words[k].punct_after(self.text).contains(',') {
                    k + 1
                } else {
                    words.len()
                };
            } else if limit == words.len() {
                j = words.len();
            }
        }
        // "…, X melaporkan pada hari Selasa, mengutip …": a cue clause that itself follows a comma and is closed
        // by one is a source note; what follows is not what X said. At the head of a sentence
        // ("X mengatakan, banjir sudah surut.") the comma introduces the content.
        // "Sementara Wakil Wali Kota X mengatakan, …": an opening adverb does not move the speaker off the head.
        let adverb = if self.lex.is_english() {
            0
        } else {
            sentence_adverb_len(words).max(usize::from(
                words.first().is_some_and(|w| w.lower == "sementara"),
            ))
        };
        let opens_sentence = led_in.is_some()
            || words.first().is_some_and(|w| w.start == speaker.start)
            || words.get(adverb).is_some_and(|w| w.start == speaker.start);
        if !introduced
            && !opens_sentence
            && j > i
            && j < words.len()
            && words[j - 1].punct_after(self.text).contains(',')
        {
            return None;
        }
        let when = self
            .when_in(speaker.start..words.get(j).map_or(end, |w| w.start))
            .or_else(|| when_start.and_then(|s| self.dates.iter().find(|d| d.start == s).cloned()))
            // "Kamis (28/12) dia mengungkapkan …", "Pada Selasa, Budi mengatakan …": the date opening the
            // sentence.
            .or_else(|| {
                let first = words.first().filter(|w| w.end <= speaker.start)?;
                self.dates
                    .iter()
                    .find(|d| d.start <= first.start && first.end <= d.end)
                    .cloned()
            });
        // "menambahkan garam ke dalam adonan", "melaporkan Budi ke polisi", "berkata jujur": not a statement.
        if !introduced
            && !set_off
            && self.lex.is_indonesian()
            && self.not_a_statement(
                &cue_word.lower,
                self.text.get(speaker.clone()).unwrap_or(""),
                words.get(j..).unwrap_or(&[]),
            )
        {
            return None;
        }
        // "memberitahu warga dan menyisir pinggir kali", "mengatakan hal itu usai rapat": no content here.
        if !introduced
            && !set_off
            && !clause_follows
            && self.lex.is_indonesian()
            && indonesian::opens_no_content(words.get(j..).unwrap_or(&[]))
        {
            return None;
        }
        // "mengatakan soal gaji": a topic; "menyatakan, soal Bahasa Indonesia bukan …": set off, a statement.
        let topic = (self.lex.is_english() || !set_off)
            && TOPIC_WORDS.contains(&words.get(j).map_or("", |w| w.lower.as_str()));
        let content = match words.get(j) {
            Some(w) if w.start < end && !topic => w.raw_start..end,
            Some(w) if w.start < end => return None,
            _ => end..end,
        };
        let calls = matches!(cue_word.lower.as_str(), "call" | "calls" | "called");
        let content = match self.names_in_quotes(words, i) {
            // "called Clinton's plan “a disaster,” and …": the name given is the content.
            Some(name_end) if calls && content.start < name_end && name_end < content.end => {
                content.start..name_end
            }
            _ => content,
        };
        // "mengaku khilaf": an admission may be one word.
        let content_words = self.words(content.clone()).len();
        let admission =
            cue_word.lower == "mengaku" && self.lex.is_indonesian() && content_words == 1;
        let content = if content_words >= 3 || introduced || admission {
            content
        } else {
            content.end..content.end
        };
        if content.is_empty() && !words[j.saturating_sub(1)..].iter().all(|w| w.end <= end) {
            return None;
        }
        Some(Clause {
            who: Who::Phrase(speaker),
            cue: cue_word.start..cue_word.end,
            via,
            when,
            content,
        })
    }

    /// True when the cue word `words[i]` attributes where it stands. An English cue right after a determiner
    /// or a possessive is a noun ("the report", "Trump's plans"); one that is as often a noun attributes
    /// only when what follows opens content ("promises to …", "claims that …", not "reports suggest").
    fn is_cue_at(&self, words: &[Word], i: usize) -> bool {
        let Some(w) = words.get(i) else {
            return false;
        };
        if self.lex.form(&w.lower).is_none() {
            return false;
        }
        if !self.lex.is_english_cue(&w.lower) {
            return self.lex.is_english() || !indonesian::describes(words, i);
        }
        // "the State Department", "Planned Parenthood": a capitalised word inside a sentence is a name.
        if i > 0 && w.is_capitalised(self.text) {
            return false;
        }
        let after_determiner = i.checked_sub(1).is_some_and(|p| {
            let prev = &words[p];
            // "to respond", "hope to win over": an infinitive's subject is not before it; "was found",
            // "were reported": nor is a passive's.
            prev.is_one_of(
                &["to", "was", "were", "is", "are", "be", "been", "being"],
                self.text,
            )
                // A determiner is one at the head of a sentence too, capitalised ("The claim that …").
                || NOUN_MARKERS.contains(&prev.lower.as_str())
                || prev.lower.ends_with("'s")
                || prev.lower.ends_with("’s")
                || prev.lower.ends_with("s'")
        });
        if after_determiner {
            return false;
        }
        let next = words.get(i + 1);
        if self.lex.takes_clause_only(&w.lower) {
            return next.is_some_and(|n| {
                n.is_one_of(&["that", "whether", "if", "how", "why", "what"], self.text)
            });
        }
        // "The stock added more than 2%", "Clifton added a goal", "the Nikkei declined 0.3%": a quantity
        // added or lost, not words.
        if matches!(
            w.lower.as_str(),
            "add" | "adds" | "added" | "adding" | "decline" | "declines" | "declined" | "declining"
        ) && self.adds_quantity(&words[i + 1..])
        {
            return false;
        }
        // "called for …", "called on X to …", "called Clinton “crooked”", but not "called reporters".
        if matches!(w.lower.as_str(), "call" | "calls" | "called") {
            return next.is_some_and(|n| matches!(n.lower.as_str(), "for" | "on"))
                || self.names_in_quotes(words, i).is_some();
        }
        // "asked whether …", "asked Kasich to lay out …", "asked Richards what …".
        if matches!(w.lower.as_str(), "ask" | "asks" | "asked") {
            let asks = |n: &Word| {
                n.is_one_of(&["whether", "if", "why", "how", "what", "about"], self.text)
            };
            let object = words
                .get(i + 1..(i + 4).min(words.len()))
                .unwrap_or(&[])
                .iter()
                .take_while(|o| {
                    (o.is_capitalised(self.text) || o.is_one_of(LISTENERS, self.text))
                        && !o.closes_clause(self.text)
                })
                .count();
            return next.is_some_and(asks)
                || object > 0
                    && words
                        .get(i + 1 + object)
                        .is_some_and(|n| asks(n) || self.opens_infinitive(words, i + 1 + object));
        }
        if !self.lex.is_also_noun(&w.lower) {
            return true;
        }
        let set_off = w.punct_after(self.text).contains([',', ':']);
        set_off
            || next.is_some_and(|n| {
                n.raw_start < n.start
                    || n.is_capitalised(self.text)
                    || n.lower.starts_with(|c: char| c.is_ascii_digit())
                    || n.is_one_of(CONTENT_OPENERS, self.text)
            })
    }

    /// Whether `after` (the words after "added") opens with a quantity: a number or an amount ("2%", "$5
    /// million", "more than 300 points") or a score in sport ("a goal and an assist", "two rebounds").
    fn adds_quantity(&self, after: &[Word]) -> bool {
        let amount = |w: &Word| {
            w.lower.starts_with(|c: char| c.is_ascii_digit())
                || self
                    .text
                    .get(w.raw_start..w.start)
                    .is_some_and(|p| p.contains(['$', '€', '£']))
        };
        let mut rest = after
            .iter()
            .take(4)
            .take_while(|w| !w.closes_clause(self.text) || amount(w));
        match rest.next() {
            Some(w) if amount(w) => true,
            Some(w)
                if w.is_one_of(
                    &[
                        "more", "nearly", "almost", "about", "roughly", "another", "over", "some",
                    ],
                    self.text,
                ) =>
            {
                rest.next().is_some_and(|n| amount(n) || n.lower == "than")
                    || after.get(1..3).is_some_and(|n| n.iter().any(amount))
            }
            _ => after.iter().take(3).any(|w| {
                matches!(
                    w.lower.as_str(),
                    "goal"
                        | "goals"
                        | "assist"
                        | "assists"
                        | "rebounds"
                        | "touchdown"
                        | "touchdowns"
                        | "yards"
                        | "runs"
                        | "percent"
                        | "points"
                )
            }),
        }
    }

    /// Where the quoted name ends after "called" at `words[i]`: "called Clinton “crooked”", "called it “an
    /// incredibly significant development.”" — a name in quotes within a few words, nothing closing the clause
    /// before it.
    fn names_in_quotes(&self, words: &[Word], i: usize) -> Option<usize> {
        if !self.lex.is_english() {
            return None;
        }
        let opens = |w: &Word| {
            self.text
                .get(w.raw_start..w.start)
                .is_some_and(|p| p.contains(['“', '"', '‘', '\'']))
        };
        let limit = (i + 7).min(words.len());
        let k = (i + 1..limit).find(|&k| opens(&words[k]))?;
        if words[i..k].iter().any(|w| w.closes_clause(self.text)) {
            return None;
        }
        // The name ends at the word its closing mark follows (at most a dozen words on).
        let closes = |w: &Word| w.punct_after(self.text).contains(['”', '"', '’', '\'']);
        let last = (k..(k + 12).min(words.len())).find(|&m| closes(&words[m]))?;
        Some(words[last].end)
    }

    /// "Smith was quoted as saying (that) …": a passive report of what the subject said.
    fn quoted_as_saying(&self, words: &[Word], end: usize) -> Option<Clause> {
        if !self.lex.is_english_only() {
            return None;
        }
        let k = (2..words.len().saturating_sub(3)).find(|&k| {
            words[k].lower == "quoted"
                && words[k - 1].is_one_of(&["was", "were", "is", "are", "been"], self.text)
                && words[k + 1].lower == "as"
                && words[k + 2].lower == "saying"
        })?;
        let (speaker, _) = self.subject(words, k - 1)?;
        let mut start = k + 3;
        if words
            .get(start)
            .is_some_and(|w| self.lex.is_complementizer(&w.lower))
        {
            start += 1;
        }
        let content = trim_range(self.text, words.get(start)?.raw_start..end, &[',', ' ']);
        (self.words(content.clone()).len() >= 3).then(|| Clause {
            who: Who::Phrase(speaker),
            cue: words[k].start..words[k + 2].end,
            via: None,
            when: None,
            content,
        })
    }

    /// The speaker phrase before the cue at `words[i]` and a channel named inside it
    /// ("Seorang pejabat AS yang berbicara kepada Politico").
    fn subject(&self, words: &[Word], i: usize) -> Option<(Range<usize>, Option<Range<usize>>)> {
        // A clause with no punctuation for longer than the reach is read from its last words only, so that
        // a text without sentence punctuation costs a bounded search per cue.
        let clause_before = |end: usize| {
            let reach = end.saturating_sub(SUBJECT_REACH);
            (reach..end)
                .rev()
                .find(|&k| words[k].closes_clause(self.text))
                .map_or(reach, |k| k + 1)
        };
        // "The architect, who said …" / "listeners who said …": the speaker is the noun the relative
        // pronoun stands for.
        // "who has repeatedly said": the pronoun stands before the auxiliaries.
        let lead = match strip_auxiliaries(&words[..i]).len() {
            k if k >= 2 && words[k - 1].is_one_of(&["who"], self.text) => k,
            _ => i,
        };
        // "the United States, which accuses him …": a body's relative pronoun, set off.
        let relative = lead >= 2
            && (words[lead - 1].is_one_of(&["who", "yang"], self.text)
                || words[lead - 1].lower == "which"
                    && self.lex.is_english_only()
                    && words[lead - 2].closes_clause(self.text));
        if relative && words[lead - 2].closes_clause(self.text) {
            let start = clause_before(lead - 2);
            let noun = self.before_parenthesis(strip_auxiliaries(&words[start..lead - 1]));
            let noun = match noun.first() {
                Some(w) if w.is_one_of(SUBORDINATORS, self.text) => &noun[1..],
                _ => noun,
            };
            // "they turned to the Chicago Police Department, which reported …": the object the pronoun
            // follows.
            let noun = match noun
                .iter()
                .rposition(|w| w.is_one_of(&["to", "from", "with", "by", "at"], self.text))
            {
                Some(p) if self.lex.is_english_only() => &noun[p + 1..],
                _ => noun,
            };
            // "The loss was steep for Mr. Sanders, who said …": in a long clause, the name that ends it.
            let noun = if noun.len() > 6 && self.lex.is_english_only() {
                let run = noun
                    .iter()
                    .rev()
                    .take_while(|w| w.is_capitalised(self.text))
                    .count()
                    .min(4);
                &noun[noun.len() - run..]
            } else {
                noun
            };
            return (!noun.is_empty() && noun.len() <= 6 && self.is_speaker_phrase(noun))
                .then(|| (noun[0].start..noun[noun.len() - 1].end, None));
        }
        // "Kami bertemu Budi yang mengatakan …", "… tutur Farahi yang menyebut …": a name inside the clause,
        // right before "yang" and the cue, is the one the relative clause describes.
        if relative && lead == i && self.lex.is_indonesian() && !self.lex.is_english() {
            let run = words[..lead - 1]
                .iter()
                .rev()
                .take_while(|w| {
                    w.is_capitalised(self.text) && !w.closes_clause(self.text) && !self.in_date(w)
                })
                .count()
                .min(4);
            let name_start = lead - 1 - run;
            // After a verb, a preposition or a noun of saying ("pernyataan Fadli yang mengatakan …") the
            // name is the one described; after another noun ("aturan KPU yang menyatakan …") it names whose
            // the noun is, and the noun is what the clause describes.
            let object = name_start > 0 && {
                let before = &words[name_start - 1];
                !before.closes_clause(self.text)
                    && (is_id_verb(&before.lower)
                        || self.lex.form(&before.lower).is_some()
                        || before.is_one_of(
                            &[
                                "dengan",
                                "kepada",
                                "bersama",
                                "oleh",
                                "pernyataan",
                                "ucapan",
                                "keterangan",
                                "komentar",
                                "tudingan",
                                "tuduhan",
                                "klaim",
                            ],
                            self.text,
                        ))
            };
            if run > 0 && object {
                let name = &words[name_start..lead - 1];
                if self.is_speaker_phrase(name) {
                    return Some((name[0].start..name[run - 1].end, None));
                }
            }
        }
        let mut clause_start = clause_before(i);
        // "Home Depot (ticker: HD) reported": a bracket closing before the cue holds an aside; the subject
        // stands before it opens.
        let opens_bracket = |w: &Word| {
            self.text
                .get(w.raw_start..w.start)
                .is_some_and(|p| p.contains('('))
        };
        if self.lex.is_english_only()
            && i > 0
            && words[i - 1].punct_after(self.text).starts_with(')')
            && !words[clause_start..i].iter().any(opens_bracket)
        {
            if let Some(k) = (0..clause_start)
                .rev()
                .take(8)
                .find(|&k| opens_bracket(&words[k]))
            {
                clause_start = clause_before(k);
                // An empty phrase is no speaker phrase, so `k - 1` is a word of it.
                return self
                    .is_speaker_phrase(&words[clause_start..k])
                    .then(|| (words[clause_start].start..words[k - 1].end, None));
            }
        }
        let chunk_end = if relative { lead - 1 } else { i };
        // "yang, menyebut": the relative pronoun closes its own clause; nothing before it is the subject.
        if clause_start > chunk_end {
            return None;
        }
        let mut chunk: &[Word] = &words[clause_start..chunk_end];
        if denies(chunk) {
            return None;
        }
        // "Ia berbicara diam-diam lalu mengatakan": "lalu"/"kemudian" join a second verb to the sentence
        // ("Budi kemudian mengatakan" is only an adverb, "pekan lalu" a time).
        let then_clause = chunk
            .last()
            .is_some_and(|w| matches!(w.lower.as_str(), "lalu" | "kemudian") && !self.in_date(w));
        chunk = strip_auxiliaries(chunk);
        let has_predicate = chunk
            .iter()
            .skip(1)
            .any(|w| is_id_verb(&w.lower) || NEGATIONS.contains(&w.lower.as_str()));
        // "John Kirby, penasihat …, mengatakan": the cue follows an appositive; the name stands before it.
        if chunk.is_empty() && clause_start > 0 {
            let appositive_start = clause_before(clause_start - 1);
            let appositive = &words[appositive_start..clause_start];
            if appositive_start > 0 && appositive.len() <= 16 {
                let prev = &words[clause_before(appositive_start - 1)..appositive_start];
                let run = prev
                    .iter()
                    .rev()
                    .take_while(|w| w.is_capitalised(self.text))
                    .count();
                // A capitalised appositive ("Dianne Feinstein, Democrat of California,") needs a full name
                // before it to be told from a list of places or bodies.
                let capitalised = appositive
                    .first()
                    .is_some_and(|w| w.is_capitalised(self.text));
                if run > usize::from(capitalised) {
                    let name = &prev[prev.len() - run..];
                    if self.is_speaker_phrase(name) {
                        return Some((name[0].start..name[run - 1].end, None));
                    }
                }
            }
            // "Most mainstream economists, however, argue …": an adverb set off is no appositive; the
            // subject stands before it.
            let set_off_adverb =
                appositive.len() == 1 && appositive[0].is_one_of(SET_OFF_ADVERBS, self.text);
            // "McCormick, who has split from …, told …", "The news organization, citing an anonymous
            // source, reported …", "Kelompok ini, yang terdiri atas pejuang Misrata, menyatakan …": a
            // relative or participle clause set off after the subject.
            let indonesian_only = self.lex.is_indonesian() && !self.lex.is_english();
            let set_off_clause = appositive.first().is_some_and(|w| {
                self.lex.is_english_only()
                    && w.is_one_of(&["who", "which", "citing", "quoting"], self.text)
                    || indonesian_only && w.lower == "yang"
            });
            // "Voronin menuduh Moskow menciptakan konflik, menyatakan bahwa …": a second predicate of the
            // name that opens the sentence.
            let subject_verb = appositive
                .iter()
                .take(4)
                .position(|w| is_id_verb(&w.lower))
                .filter(|&p| {
                    indonesian_only
                        && appositive_start == 0
                        && p > 0
                        && appositive[..p].iter().all(|w| w.is_capitalised(self.text))
                        && words.get(i + 1).is_some_and(|w| w.lower == "bahwa")
                });
            if let Some(p) = subject_verb {
                return self
                    .is_speaker_phrase(&appositive[..p])
                    .then(|| (appositive[0].start..appositive[p - 1].end, None));
            }
            if (set_off_adverb || set_off_clause) && appositive_start > 0 {
                clause_start = clause_before(appositive_start - 1);
                chunk = &words[clause_start..appositive_start];
            } else {
                clause_start = appositive_start;
                chunk = appositive;
            }
        }
        // "Putin bahkan mencoba … dan mengatakan", "Ia tidak menyebutkan nama korban namun mengatakan": the
        // subject of the sentence. "pekan lalu mengatakan" is a time, not a second verb.
        if chunk.last().is_some_and(|w| {
            matches!(
                w.lower.as_str(),
                "dan" | "and" | "serta" | "lalu" | "kemudian" | "namun" | "tetapi" | "tapi"
            ) && !self.in_date(w)
        }) || then_clause && has_predicate
        {
            let run = words
                .iter()
                .take_while(|w| w.is_capitalised(self.text))
                .count()
                .min(4);
            return (run > 0 && clause_start == 0)
                .then(|| (words[0].start..words[run - 1].end, None));
        }
        // "Kepala BPBD saat dihubungi menyebutkan …": a circumstance between the speaker and the cue.
        if let Some(k) = chunk
            .iter()
            .position(|w| w.is_one_of(&["saat", "ketika", "usai", "seusai", "setelah"], self.text))
        {
            let circumstance = chunk
                .get(k + 1)
                .is_some_and(|w| indonesian::is_di_passive(&w.lower));
            if k > 0 && circumstance && self.lex.is_indonesian() && !self.lex.is_english() {
                chunk = &chunk[..k];
            }
        }
        // "Yuri Fedotov dalam pertemuan Majelis Umum PBB mengungkapkan …": the occasion between the speaker
        // and the cue ("Menteri Dalam Negeri" is a title, written with a capital).
        if let Some(k) = chunk.iter().position(|w| {
            w.lower == "dalam"
                && !w.is_capitalised(self.text)
                && self.lex.is_indonesian()
                && !self.lex.is_english()
        }) {
            let occasion = chunk
                .get(k + 1)
                .is_some_and(|w| !w.is_capitalised(self.text) && !self.in_date(w));
            if k > 0 && occasion && chunk[0].is_capitalised(self.text) {
                chunk = &chunk[..k];
            }
        }
        if let Some(k) = chunk
            .iter()
            .rposition(|w| w.is_one_of(SUBORDINATORS, self.text))
        {
            chunk = &chunk[k + 1..];
        }
        // "With …", "But Mr. Obama said": a sentence-opening word, capitalised or not, is not the speaker.
        if chunk.first().is_some_and(|w| {
            matches!(
                w.lower.as_str(),
                "dengan" | "with" | "but" | "and" | "so" | "yet" | "namun" | "tetapi" | "dan"
            )
        }) {
            chunk = &chunk[1..];
        }
        // "Sebelumnya Korut menyatakan …": a sentence adverb is not the speaker.
        if !self.lex.is_english() {
            chunk = &chunk[sentence_adverb_len(chunk)..];
            // "Kepada Kompastekno Pudji mengatakan", "Kepada wartawan Budi menjelaskan": the listener opens
            // the sentence without its comma (`leading_channel` takes it as the channel). The listener runs
            // to a pronoun if one follows; else an outlet is one capitalised word and a description runs to
            // the first capitalised word.
            if chunk.len() >= 3 && chunk[0].lower == "kepada" {
                let pronoun = chunk[2..]
                    .iter()
                    .position(|w| w.is_one_of(PRONOUN_SUBJECTS, self.text));
                let listener = if let Some(p) = pronoun {
                    // "Kepada Presiden Jokowi ia mengatakan": the pronoun is the speaker.
                    p + 1
                } else if chunk[1].is_capitalised(self.text) {
                    1
                } else {
                    chunk[1..]
                        .iter()
                        .take(3)
                        .take_while(|w| !w.is_capitalised(self.text))
                        .count()
                };
                let speaker_opens = chunk
                    .get(1 + listener)
                    .is_some_and(|w| w.is_capitalised(self.text) || pronoun.is_some());
                if speaker_opens {
                    chunk = &chunk[1 + listener..];
                }
            }
        }
        // A date inside the subject is the date of the saying: "Kyiv minggu ini mengatakan", "Kamis (28/12)
        // dia mengungkapkan".
        while chunk.last().is_some_and(|w| self.in_date(w)) {
            chunk = &chunk[..chunk.len() - 1];
        }
        chunk = strip_auxiliaries(chunk);
        let dated = chunk.iter().take_while(|w| self.in_date(w)).count();
        if dated < chunk.len() && !self.lex.is_english() {
            chunk = &chunk[dated..];
        }
        let mut via = None;
        // "dua sumber yang mengetahui rencana itu mengatakan": a relative clause with its own verb describes
        // the person before it, and stays in the speaker as written.
        let mut described = false;
        if let Some(k) = chunk
            .iter()
            .position(|w| w.is_one_of(&["yang", "who"], self.text))
        {
            if let Some(c) = chunk[k..]
                .iter()
                .position(|w| CHANNEL_WORDS.contains(&w.lower.as_str()))
            {
                let channel = &chunk[k + c + 1..];
                via = channel
                    .first()
                    .map(|f| f.start..channel[channel.len() - 1].end);
                chunk = &chunk[..k];
            } else if !self.lex.is_english()
                && k > 0
                && (chunk[k - 1].is_capitalised(self.text)
                    || chunk.len() > 8
                        && chunk[..k].iter().any(|w| speaker::is_person_noun(&w.lower)))
                && self.is_speaker_phrase(&chunk[..k])
            {
                // "Wakil Wali Kota X yang turun langsung ke lokasi mengatakan", "Seorang sopir truk yang
                // terjebak macet mengaku …": the relative clause describes the speaker.
                chunk = &chunk[..k];
            } else {
                described = !self.lex.is_english()
                    && chunk.len() <= 10
                    && chunk[..k].iter().any(|w| speaker::is_person_noun(&w.lower))
                    && self.is_speaker_phrase(&chunk[..k])
                    && chunk[k + 1..].iter().all(|w| {
                        // "yang meminta namanya tidak disebut": the formula of an unnamed source.
                        let anonymity = matches!(
                            w.lower.as_str(),
                            "meminta" | "minta" | "enggan" | "disebut" | "disebutkan"
                        );
                        (anonymity || self.lex.form(&w.lower).is_none()) && w.lower != "yang"
                    });
            }
        }
        // "Lukman Sardi seperti dikutip Antara mengatakan …": the outlet's note stands between the speaker
        // and the cue.
        if let Some((k, outlet)) = (1..chunk.len())
            .filter(|_| via.is_none())
            .find_map(|k| Some((k, self.source_note(chunk, k)?.0)))
        {
            via = Some(outlet);
            chunk = &chunk[..k];
        }
        // "Divisi Humas Polri melalui keterangan tertulis menyampaikan …", "Darman kepada Serambi
        // mengatakan …": the channel stands between the speaker and the cue.
        if let Some(k) = chunk
            .iter()
            .position(|w| w.is_one_of(&["melalui", "lewat", "kepada"], self.text))
            .filter(|&k| k > 0 && via.is_none() && self.lex.is_indonesian())
        {
            let channel = &chunk[k + 1..];
            via = channel
                .first()
                .map(|f| f.start..channel[channel.len() - 1].end);
            chunk = &chunk[..k];
        }
        // An Indonesian title runs long when it opens the sentence: "Kepala Bidang Investigasi Lembaga Pemantau
        // Penyelenggara Negara (LPPN) AM Damanik menyebutkan …". Not in parentheses then: the name follows.
        let long_title = !self.lex.is_english()
            && chunk.first().is_some_and(|w| w.start == words[0].start)
            && chunk.len() <= 16
            && chunk.iter().filter(|w| w.is_capitalised(self.text)).count() * 4 >= chunk.len() * 3;
        if !long_title {
            chunk = self.before_parenthesis(chunk);
        }
        let longest = if long_title { 16 } else { 8 };
        if chunk.is_empty()
            || chunk.len() > longest
            || !(described || self.is_speaker_phrase(chunk))
        {
            return None;
        }
        Some((chunk[0].start..chunk[chunk.len() - 1].end, via))
    }

    /// The words before a parenthesis: "Mike Pence" of "Mike Pence (R-IN)".
    fn before_parenthesis<'w>(&self, words: &'w [Word]) -> &'w [Word] {
        let opens = |w: &Word| {
            self.text
                .get(w.raw_start..w.start)
                .is_some_and(|p| p.contains('('))
        };
        let k = words.iter().position(opens).unwrap_or(words.len());
        &words[..k]
    }

    /// True for a phrase that runs into a clause of its own, so names no one: "Menurut tim juri mereka
    /// layak karena …", "They need to do something if they".
    fn runs_into_clause(&self, words: &[Word]) -> bool {
        if self.lex.is_english_only() {
            // "was rapturous and they", "They need to do something if they", "That’s smaller than what
            // McKinley": a verb or a subordinator inside (not in a relative clause: "a woman who was there").
            let relative = words
                .iter()
                .position(|w| w.is_one_of(&["who", "whose", "that", "which"], self.text));
            return words.iter().enumerate().skip(1).any(|(k, w)| {
                relative.is_none_or(|r| k < r) && w.is_one_of(speaker::AUXILIARY_WORDS, self.text)
                    || w.is_one_of(&["if", "than", "because", "unless", "although"], self.text)
            }) || words
                .first()
                .is_some_and(|w| w.is_one_of(speaker::AUXILIARY_WORDS, self.text));
        }
        self.lex.is_indonesian()
            && !self.lex.is_english()
            && words.iter().skip(1).any(|w| {
                w.is_one_of(CONDITIONALS, self.text)
                    || w.is_one_of(&["karena", "sehingga", "meskipun", "walaupun"], self.text)
            })
    }

    /// True when `words` can name a speaker: a noun phrase, not a clause or a prepositional phrase.
    fn is_speaker_phrase(&self, words: &[Word]) -> bool {
        let Some(first) = words.first() else {
            return false;
        };
        // "WHO" is the World Health Organization, not the pronoun.
        if !first.in_capitals(self.text)
            && matches!(
            first.lower.as_str(),
            "di" | "ke"
                | "kepada"
                | "dari"
                | "untuk"
                | "pada"
                | "dalam"
                | "oleh"
                | "in"
                | "on"
                | "at"
                | "to"
                | "for"
                | "of"
                | "by"
                | "from"
                | "despite"
                | "amid"
                | "unlike"
                | "itu"
                | "ini"
                | "this"
                | "there"
                | "or"
                | "and"
                | "but"
                | "atau"
                | "dan"
                | "tetapi"
                | "namun"
                | "yang"
                | "who"
                | "which"
                | "that"
        ) || first.lower == "it" && (words.len() > 1 || !self.lex.is_english_only())
            // "…, masih keukeuh melanjutkan": an adverb opens a predicate, not a noun phrase.
            || !self.lex.is_english() && first.is_one_of(AUXILIARIES, self.text)
            || words.len() == 1 && first.lower.chars().count() < 2
            || self
                .text
                .get(first.raw_start..words[words.len() - 1].raw_end)
                .is_some_and(|t| t.contains(['"', '“', '”', '‘', '«', '»']))
        {
            return false;
        }
        // "a lead in [pledged delegates]", "Clinton may [support]": a phrase that ends in a preposition, an
        // auxiliary or a conjunction is not a noun phrase.
        if words.len() > 1
            && words[words.len() - 1].is_one_of(
                &[
                    "in", "of", "to", "for", "by", "with", "from", "at", "on", "as", "than", "and",
                    "or", "but", "may", "might", "will", "would", "can", "could", "should", "must",
                    "is", "are", "was", "were", "be", "been", "had", "do", "does", "did", "don't",
                    "doesn't", "didn't", "not", "who", "that", "which",
                ],
                self.text,
            )
        {
            return false;
        }
        // "Sulit untuk [mengatakan]", "Siswa diminta [menyebutkan]": one who is asked, told or unable to say
        // something says nothing.
        if self.lex.is_indonesian()
            && words[words.len() - 1].is_one_of(
                &[
                    "untuk",
                    "diminta",
                    "dilarang",
                    "disuruh",
                    "diharapkan",
                    "diwajibkan",
                    "ditugaskan",
                    "dipaksa",
                    "sulit",
                    "mudah",
                    "berani",
                    "takut",
                    "yang",
                ],
                self.text,
            )
        {
            return false;
        }
        // "Pemain berusia 19 tahun itu", "Pedagang bernama Ujang": verbs that describe a person; so does a
        // relative clause ("seorang relawan yang menangani kasus itu").
        let verb_like = self.lex.is_indonesian()
            && words.iter().take_while(|w| w.lower != "yang").any(|w| {
                !w.is_capitalised(self.text)
                    && is_id_verb(&w.lower)
                    && !speaker::describes_person(&w.lower)
            });
        let relative_from = words
            .iter()
            .position(|w| w.is_one_of(&["yang", "who"], self.text))
            .unwrap_or(words.len());
        let lower_start_ok = PRONOUN_SUBJECTS.contains(&first.lower.as_str())
            || DETERMINERS.contains(&first.lower.as_str())
            || first.lower.chars().all(|c| c.is_alphabetic() || c == '-');
        !verb_like
            && !self.runs_into_clause(words)
            && (first.is_capitalised(self.text) || lower_start_ok)
            // "pejabat yang tidak disebutkan namanya", "warga yang meminta identitasnya dirahasiakan": a verb
            // in a relative clause is no cue.
            && (0..relative_from).all(|k| !self.is_cue_at(words, k))
    }

    /// True when `words[k]` is the "to" of an infinitive ("pledged to ban …", "hopes to win"), not of a
    /// listener ("said to reporters", "wrote to the committee").
    fn opens_infinitive(&self, words: &[Word], k: usize) -> bool {
        words[k].lower == "to"
            && words.get(k + 1).is_some_and(|n| {
                !n.is_capitalised(self.text)
                    && n.raw_start == n.start
                    && !n.lower.starts_with(|c: char| c.is_ascii_digit())
                    && !n.is_one_of(DETERMINERS, self.text)
                    && !n.is_one_of(NOUN_MARKERS, self.text)
                    && !n.is_one_of(LISTENERS, self.text)
            })
    }

    fn date_starts_at(&self, w: &Word) -> bool {
        self.dates.iter().any(|d| d.start == w.start)
    }

    fn in_date(&self, w: &Word) -> bool {
        self.dates
            .iter()
            .any(|d| d.start <= w.start && w.end <= d.end)
    }

    /// Whether what an English verb of saying reports is a circumstance of the saying: a subordinator and a
    /// verb in -ing ("said while visiting the conference", "spoke after meeting the minister"). What follows
    /// "according to X," and words in quotation marks are what was said, whatever they open with.
    fn is_circumstance(&self, f: &Found) -> bool {
        let words = self.words(f.content.clone());
        let after_verb = f.kind == QuoteKind::Indirect
            && f.cue
                .as_ref()
                .and_then(|c| self.text.get(c.clone()))
                .is_some_and(|c| !c.to_lowercase().starts_with("according"));
        self.lex.is_english_only()
            && after_verb
            && words.first().is_some_and(|w| {
                matches!(
                    w.lower.as_str(),
                    "while" | "when" | "after" | "before" | "during" | "since"
                )
            })
            && words.get(1).is_some_and(|w| {
                w.lower.ends_with("ing")
                    && !matches!(
                        w.lower.as_str(),
                        "something" | "anything" | "nothing" | "everything"
                    )
            })
    }

    /// Whether `range` holds nothing but a date expression and punctuation. The date may close past the
    /// range's last word ("Kamis (22/6" ends before the bracket of "Kamis (22/6)").
    fn is_only_date(&self, range: Range<usize>) -> bool {
        self.words(range.clone())
            .iter()
            .all(|w| self.in_date(w) || w.lower.chars().all(|c| !c.is_alphanumeric()))
            && self
                .dates
                .iter()
                .any(|d| range.start <= d.start && d.start < range.end)
    }

    /// The first date expression inside `range`.
    fn when_in(&self, range: Range<usize>) -> Option<Range<usize>> {
        self.dates
            .iter()
            .find(|d| range.start <= d.start && d.end <= range.end)
            .cloned()
    }

    fn words(&self, range: Range<usize>) -> Vec<Word> {
        let Some(slice) = self.text.get(range.clone()) else {
            return Vec::new();
        };
        let mut words: Vec<Word> = Vec::new();
        for (offset, token) in split_tokens(slice) {
            let lead = token.len()
                - token
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .len();
            let core = token.trim_matches(|c: char| !c.is_alphanumeric());
            if core.is_empty() {
                // "Dalam rapat tersebut , kata dia, …": a comma set apart still closes the word before it.
                if let Some(last) = words.last_mut().filter(|_| token == "," || token == ";") {
                    last.raw_end = range.start + offset + token.len();
                }
                continue;
            }
            let start = range.start + offset + lead;
            let lower = core.to_lowercase();
            // "memberi tahu", the dictionary spelling of "memberitahu", is one verb of telling.
            if let Some(memberi) = words.last_mut().filter(|w| {
                w.lower == "memberi" && lower == "tahu" && w.raw_end == w.end && lead == 0
            }) {
                memberi.lower = "memberitahu".to_string();
                memberi.end = start + core.len();
                memberi.raw_end = range.start + offset + token.len();
                continue;
            }
            words.push(Word {
                raw_start: range.start + offset,
                start,
                end: start + core.len(),
                raw_end: range.start + offset + token.len(),
                lower,
            });
        }
        words
    }

    /// The sentences of a paragraph. A full stop inside a quotation does not end a sentence, nor does one
    /// followed by a lower-case word ("tambahnya. kata pejabat itu").
    fn sentences(&self, paragraph: Range<usize>, quoted: &[Quoted]) -> Vec<Range<usize>> {
        let Some(par) = self.text.get(paragraph.clone()) else {
            return Vec::new();
        };
        let mut sentences = Vec::new();
        // "JAKARTA, KOMPAS.com — Menteri X mengatakan …": the dateline is no part of the first sentence, so it
        // never joins the speaker.
        let mut start = paragraph.start + dateline_len(par);
        let chars: Vec<(usize, char)> = par.char_indices().collect();
        for k in 0..chars.len() {
            let (i, c) = chars[k];
            // "… April mendatang.“Kami …": a quote glued to the full stop before it opens a sentence too.
            let glued = k > 0
                && matches!(chars[k - 1].1, '.' | '!' | '?')
                && quoted.iter().any(|q| q.outer.start == paragraph.start + i)
                && chars.get(k + 1).is_some_and(|&(_, n)| n.is_uppercase());
            if glued && !self.is_abbreviation(start..paragraph.start + i) {
                sentences.push(start..paragraph.start + i);
                start = paragraph.start + i;
                continue;
            }
            // A run of spaces ("commands.  He was") is one gap: it is read at its first space.
            if !c.is_whitespace() || k == 0 || chars[k - 1].1.is_whitespace() {
                continue;
            }
            let at = paragraph.start + i;
            let prev_chars: String = chars[..k].iter().rev().take(3).map(|&(_, c)| c).collect();
            let after_stop = prev_chars
                .trim_start_matches(['”', '’', '"', '»', ')', '\''])
                .starts_with(['.', '!', '?', '…']);
            let (next_at, next) = chars[k + 1..]
                .iter()
                .find(|&&(_, n)| !n.is_whitespace())
                .map_or((par.len(), None), |&(j, n)| (j, Some(n)));
            // "… soal waktu. ”Masih digodok …": a closing mark may open a quote too.
            let opens = next
                .is_some_and(|n| n.is_uppercase() || n.is_ascii_digit() || "“‘\"«'".contains(n))
                || quoted
                    .iter()
                    .any(|q| q.outer.start == paragraph.start + next_at);
            let inside_quote = quoted
                .iter()
                .any(|q| q.outer.start < at && at < q.outer.end);
            // "said on Nov. 8.": a month written short before its day ends no sentence.
            let month_day = next.is_some_and(|n| n.is_ascii_digit())
                && self.text.get(start..at).is_some_and(|before| {
                    before.split_whitespace().next_back().is_some_and(|w| {
                        date::is_short_month(&w.trim_end_matches('.').to_lowercase())
                    })
                });
            if after_stop
                && opens
                && !inside_quote
                && !month_day
                && !self.is_abbreviation(start..at)
            {
                sentences.push(start..at);
                start = at + c.len_utf8();
            }
        }
        if start < paragraph.end {
            sentences.push(start..paragraph.end);
        }
        sentences
    }

    /// True when the text before a full stop ends with a title or an initial ("Dr.", "J."), or with a
    /// person's initials after a name or title ("Rep. G.K.", not "the U.S.").
    fn is_abbreviation(&self, range: Range<usize>) -> bool {
        let mut words = self
            .text
            .get(range)
            .map(|s| s.split_whitespace().rev())
            .into_iter()
            .flatten();
        let last = words.next().unwrap_or("").trim_end_matches('.');
        let personal_initials = is_initials(last)
            && words
                .next()
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_uppercase);
        is_abbreviation(last) || personal_initials
    }
}

/// True for the words that name whom a report cites: "…, mengutip pejabat AS", "…, citing two sources".
/// The length in bytes of a dateline opening `paragraph`, dash and spaces included, or 0: a place in
/// capitals, maybe an outlet, then a dash ("JAKARTA, KOMPAS.com — ", "BANGKAPOS.COM, JAKARTA - ",
/// "WASHINGTON (Reuters) - ").
fn dateline_len(paragraph: &str) -> usize {
    /// A dateline is a few words; a longer stretch before a dash is a sentence.
    const MAX_LEN: usize = 60;
    let mut end = MAX_LEN.min(paragraph.len());
    while !paragraph.is_char_boundary(end) {
        end -= 1;
    }
    let head = &paragraph[..end];
    let Some((before, dash)) = [" - ", " – ", " — ", " -- "]
        .iter()
        .filter_map(|d| head.find(d).map(|i| (i, d.len())))
        .min()
    else {
        return 0;
    };
    let first = head[..before].split_whitespace().next().unwrap_or("");
    let capitals = first.chars().filter(|c| c.is_uppercase()).count();
    let place_in_capitals = capitals >= 4 && !first.chars().any(char::is_lowercase);
    let sentence_inside = head[..before].contains(['!', '?', '“', '"']);
    if place_in_capitals && !sentence_inside {
        before + dash
    } else {
        0
    }
}

fn is_citing(lower: &str) -> bool {
    matches!(lower, "mengutip" | "citing" | "quoting")
}

/// True for a title or an initial written with a full stop: "Dr", "Sen", "J".
fn is_abbreviation(bare: &str) -> bool {
    (bare.chars().count() == 1 && bare.chars().all(char::is_uppercase))
        || matches!(
            bare,
            "Mr" | "Mrs"
                | "Ms"
                | "Dr"
                | "Prof"
                | "St"
                | "Jr"
                | "Gen"
                | "Sen"
                | "Rep"
                | "Gov"
                | "No"
                | "Jl"
                | "Ir"
                | "Drs"
                | "Dra"
                | "Hj"
                // Indonesian titles and name abbreviations: "dr. Slamet", "KH Moh. Kholil", "Ny. Rahma".
                | "dr"
                | "drg"
                | "Moh"
                | "Muh"
                | "Moch"
                | "Mochd"
                | "Mohd"
                | "Ny"
                | "Pdt"
                | "Sdr"
        )
}

/// `speaker` with the bracket it leaves open closed, when the text closes it right after: the sentence
/// reading stops at a full stop, so "Rep. Gwen Moore (D-Wis.) said" reads "Rep. Gwen Moore (D-Wis".
fn closing_bracket(text: &str, speaker: Range<usize>) -> Range<usize> {
    let Some(phrase) = text.get(speaker.clone()) else {
        return speaker;
    };
    if phrase.matches('(').count() <= phrase.matches(')').count() {
        return speaker;
    }
    let after = text.get(speaker.end..).unwrap_or("");
    [".)", ")"]
        .iter()
        .find(|close| after.starts_with(*close))
        .map_or(speaker.clone(), |close| {
            speaker.start..speaker.end + close.len()
        })
}

/// True for initials joined by full stops: "U.S", "S.E.C". After one a sentence may end ("… in the U.S.
/// The …"), but a clause does not ("The S.E.C. said").
fn is_initials(bare: &str) -> bool {
    bare.contains('.') && bare.split('.').all(|p| p.chars().count() <= 2)
}

/// Whitespace-delimited tokens with their byte offsets.
fn split_tokens(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split_whitespace()
        .map(move |t| (t.as_ptr() as usize - s.as_ptr() as usize, t))
}

/// The non-empty lines of `text`, as byte ranges.
fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), '\n')))
    {
        if c == '\n' {
            if text.get(start..i).is_some_and(|p| !p.trim().is_empty()) {
                out.push(start..i);
            }
            start = i + 1;
        }
    }
    out
}

/// True for what "menurut"/"according to" can follow without naming a source: "menurut rencana", "according
/// to the schedule".
fn is_not_a_source(cue: &str, words: &[Word]) -> bool {
    const NOT_SOURCES: &[&str] = &[
        "rencana",
        "jadwal",
        "aturan",
        "peraturan",
        "ketentuan",
        "undang-undang",
        "hukum",
        "kalender",
        "tradisi",
        "kebiasaan",
        "prosedur",
        "standar",
        "teori",
        "definisi",
        // Hearsay with no teller: "menurut gosip", "menurut berita" (an outlet after it is a source, read
        // before this list: "menurut berita Reuters").
        "gosip",
        "rumor",
        "isu",
        "kabar",
        "berita",
        "plan",
        "plans",
        "schedule",
        "rules",
        "law",
        "tradition",
        "custom",
        "legend",
        "theory",
        "rumors",
    ];
    words
        .iter()
        .find(|w| !DETERMINERS.contains(&w.lower.as_str()))
        .is_some_and(|w| {
            NOT_SOURCES.contains(&w.lower.as_str()) || cue == "menurut" && is_document(words)
        })
}

/// True when the words before a cue deny it ("tidak banyak mengatakan", "Hamas tak lagi mengakui"), but
/// not when the negation is a relative clause's own ("yang namanya tidak disebutkan mengatakan").
fn denies(before_cue: &[Word]) -> bool {
    let negated_relative = before_cue.iter().any(|w| w.lower == "yang")
        && before_cue
            .last()
            .is_some_and(|w| indonesian::is_di_passive(&w.lower));
    !negated_relative
        && before_cue
            .iter()
            .rev()
            .take(2)
            .any(|w| NEGATIONS.contains(&w.lower.as_str()))
}

fn strip_auxiliaries(mut words: &[Word]) -> &[Word] {
    while words
        .last()
        .is_some_and(|w| AUXILIARIES.contains(&w.lower.as_str()))
    {
        words = &words[..words.len() - 1];
    }
    words
}

/// `range` without leading whitespace and without trailing characters from `trim`.
/// The most bytes of a sentence read on either side of a quote for its cue and speaker: far more than any
/// cue phrase, so that a text without sentence punctuation costs a bounded read per quote.
const QUOTE_REACH: usize = 1000;

/// `sentence` cut to [`QUOTE_REACH`] bytes on either side of `quote`, at spaces.
fn around(text: &str, sentence: Range<usize>, quote: Range<usize>) -> Range<usize> {
    let mut start = sentence.start;
    if quote.start > start + QUOTE_REACH {
        let from = (quote.start - QUOTE_REACH..quote.start)
            .find(|&k| text.is_char_boundary(k))
            .unwrap_or(quote.start);
        start = text
            .get(from..quote.start)
            .and_then(|t| t.find(' '))
            .map_or(quote.start, |k| from + k + 1);
    }
    let mut end = sentence.end;
    if end > quote.end + QUOTE_REACH {
        let to = quote.end + QUOTE_REACH;
        end = (quote.end..=to)
            .rev()
            .find(|&k| text.is_char_boundary(k) && text[..k].ends_with(' '))
            .map_or(quote.end, |k| k - 1);
    }
    start..end.max(start)
}

fn trim_range(text: &str, range: Range<usize>, trim: &[char]) -> Range<usize> {
    let Some(s) = text.get(range.clone()) else {
        return range.start..range.start;
    };
    let lead = s.len() - s.trim_start().len();
    let kept = s
        .trim_start()
        .trim_end_matches(|c: char| trim.contains(&c) || c.is_whitespace());
    range.start + lead..range.start + lead + kept.len()
}

fn phrase_range(who: &Who) -> Option<Range<usize>> {
    match who {
        Who::Phrase(r) => Some(r.clone()),
        _ => None,
    }
}

/// Ranges in order of start with the furthest end reached so far, so that whether a range overlaps one of
/// them, or lies inside one, is a binary search rather than a scan of them all.
struct SortedRanges {
    by_start: Vec<Range<usize>>,
    furthest_end: Vec<usize>,
}

impl SortedRanges {
    fn new(ranges: impl IntoIterator<Item = Range<usize>>) -> SortedRanges {
        let mut by_start: Vec<Range<usize>> = ranges.into_iter().collect();
        by_start.sort_by_key(|r| r.start);
        let furthest_end = by_start
            .iter()
            .scan(0, |end, r| {
                *end = r.end.max(*end);
                Some(*end)
            })
            .collect();
        SortedRanges {
            by_start,
            furthest_end,
        }
    }

    /// Whether `range` shares a position with one of the ranges.
    fn overlap(&self, range: &Range<usize>) -> bool {
        let k = self.by_start.partition_point(|r| r.start < range.end);
        k > 0 && self.furthest_end[k - 1] > range.start
    }

    /// Whether `range` lies inside one of the ranges: one starting at or before it reaches past its end.
    fn cover(&self, range: &Range<usize>) -> bool {
        let k = self.by_start.partition_point(|r| r.start <= range.start);
        k > 0 && self.furthest_end[k - 1] >= range.end
    }
}

#[cfg(test)]
mod tests;
