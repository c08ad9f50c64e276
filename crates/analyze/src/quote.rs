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
mod tests {
    use super::*;
    use warta_model::{Speaker, SpeakerKind};

    fn speakers_match(gold: &str, predicted: &Speaker) -> bool {
        let (g, p) = (gold.to_lowercase(), predicted.text.to_lowercase());
        !p.is_empty() && (g.contains(&p) || p.contains(&g))
    }

    /// Per seed and per quote kind: gold attributions, predicted ones, matched ones (content overlap ≥ 50%
    /// and overlapping speaker), and matched ones whose quote kind and speaker kind agree too.
    #[derive(Default, Debug, PartialEq)]
    struct Tally {
        gold: usize,
        predicted: usize,
        matched: usize,
        kinds_agree: usize,
    }

    fn score_seeds() -> Vec<(String, Tally)> {
        let gold: serde_json::Value =
            serde_json::from_str(include_str!("../../../tests/fixtures/seeds-gold.json")).unwrap();
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus");
        let mut tallies: Vec<(String, Tally)> = Vec::new();
        let mut add =
            |key: String, f: &dyn Fn(&mut Tally)| match tallies.iter_mut().find(|(k, _)| *k == key)
            {
                Some((_, t)) => f(t),
                None => {
                    let mut t = Tally::default();
                    f(&mut t);
                    tallies.push((key, t));
                }
            };
        for (name, article) in gold["articles"].as_object().unwrap() {
            let text = std::fs::read_to_string(corpus.join(name)).unwrap();
            let predicted = find_quotes(&text, "id", &[], None);
            let mut used = vec![false; predicted.len()];
            for p in &predicted {
                add(name.clone(), &|t| t.predicted += 1);
                add(
                    serde_json::to_value(p.kind)
                        .unwrap()
                        .as_str()
                        .unwrap()
                        .to_string(),
                    &|t| t.predicted += 1,
                );
            }
            for g in article["quotes"].as_array().unwrap() {
                let kind = g["kind"].as_str().unwrap().to_string();
                add(name.clone(), &|t| t.gold += 1);
                add(kind.clone(), &|t| t.gold += 1);
                let hit = (0..predicted.len()).find(|&k| {
                    !used[k]
                        && eval::content_overlap(
                            g["content"].as_str().unwrap(),
                            &predicted[k].content,
                        ) >= 0.5
                        && speakers_match(g["speaker"].as_str().unwrap(), &predicted[k].speaker)
                });
                let Some(k) = hit else {
                    eprintln!("missed in {name}: {} | {}", g["speaker"], g["content"]);
                    continue;
                };
                used[k] = true;
                let p = &predicted[k];
                let agree = serde_json::to_value(p.kind).unwrap() == g["kind"]
                    && serde_json::to_value(p.speaker.kind).unwrap() == g["speaker_kind"];
                for key in [name.clone(), kind.clone()] {
                    add(key, &|t| {
                        t.matched += 1;
                        t.kinds_agree += usize::from(agree);
                    });
                }
            }
        }
        tallies
    }

    #[test]
    fn seeds_against_gold() {
        let tallies = score_seeds();
        for (key, t) in &tallies {
            eprintln!(
                "{key}: matched {} / gold {} / predicted {} (kinds agree {})",
                t.matched, t.gold, t.predicted, t.kinds_agree
            );
        }
        let total = |f: fn(&Tally) -> usize| {
            tallies
                .iter()
                .filter(|(k, _)| k.ends_with(".txt"))
                .map(|(_, t)| f(t))
                .sum::<usize>()
        };
        assert_eq!(total(|t| t.gold), 34);
        assert!(
            total(|t| t.matched) >= 34,
            "matched {}",
            total(|t| t.matched)
        );
        assert!(total(|t| t.kinds_agree) >= 32);
        assert!(
            total(|t| t.predicted) <= 36,
            "predicted {}",
            total(|t| t.predicted)
        );
    }

    fn quotes(text: &str, lang: &str) -> Vec<Quote> {
        find_quotes(text, lang, &[], NaiveDate::from_ymd_opt(2024, 5, 31))
    }

    /// (speaker as written, cue, kind, content) of each quote.
    fn summary(text: &str, lang: &str) -> Vec<(String, Option<String>, QuoteKind, String)> {
        quotes(text, lang)
            .into_iter()
            .map(|q| (q.speaker.text, q.cue, q.kind, q.content))
            .collect()
    }

    fn row(
        speaker: &str,
        cue: Option<&str>,
        kind: QuoteKind,
        content: &str,
    ) -> (String, Option<String>, QuoteKind, String) {
        (
            speaker.to_string(),
            cue.map(str::to_string),
            kind,
            content.to_string(),
        )
    }

    use QuoteKind::{Direct, Indirect, Mixed};

    #[test]
    fn indonesian_patterns() {
        let cases = [
            (
                "Harga beras akan turun bulan depan, kata Menteri Perdagangan Budi Santoso.",
                row(
                    "Menteri Perdagangan Budi Santoso",
                    Some("kata"),
                    Indirect,
                    "Harga beras akan turun bulan depan",
                ),
            ),
            (
                "Menteri itu mengatakan bahwa harga beras akan turun.",
                row(
                    "Menteri itu",
                    Some("mengatakan"),
                    Indirect,
                    "harga beras akan turun",
                ),
            ),
            (
                "Polisi menyatakan tiga orang ditahan setelah kerusuhan itu.",
                row(
                    "Polisi",
                    Some("menyatakan"),
                    Indirect,
                    "tiga orang ditahan setelah kerusuhan itu",
                ),
            ),
            (
                "Menurut Reuters, kapal itu tenggelam di dekat pantai.",
                row(
                    "Reuters",
                    Some("Menurut"),
                    Indirect,
                    "kapal itu tenggelam di dekat pantai",
                ),
            ),
            (
                "Kapal itu tenggelam di dekat pantai, menurut Reuters.",
                row(
                    "Reuters",
                    Some("menurut"),
                    Indirect,
                    "Kapal itu tenggelam di dekat pantai",
                ),
            ),
            (
                "Gubernur Jawa Barat memberitahu Kompas bahwa banjir sudah surut.",
                row(
                    "Gubernur Jawa Barat",
                    Some("memberitahu"),
                    Indirect,
                    "banjir sudah surut",
                ),
            ),
            // A second predicate of the name opening the sentence, set off by a comma.
            (
                "Voronin menuduh Moskow menciptakan konflik, menyatakan bahwa senjata Rusia adalah jaminan politik.",
                row(
                    "Voronin",
                    Some("menyatakan"),
                    Indirect,
                    "senjata Rusia adalah jaminan politik",
                ),
            ),
            // A name inside the clause, right before "yang" and the cue, is the speaker; a name that only
            // says whose a document is is not.
            (
                "Kami bertemu Budi yang mengatakan warga sudah mengungsi sejak pagi.",
                row(
                    "Budi",
                    Some("mengatakan"),
                    Indirect,
                    "warga sudah mengungsi sejak pagi",
                ),
            ),
            // "WHO" is the World Health Organization, not the pronoun "who".
            (
                "WHO menyebut stok vaksin kolera global berada di titik terendah.",
                row(
                    "WHO",
                    Some("menyebut"),
                    Indirect,
                    "stok vaksin kolera global berada di titik terendah",
                ),
            ),
            (
                "Budi menjelaskan saat ini baru ada tiga pembangkit yang memakai gas.",
                row(
                    "Budi",
                    Some("menjelaskan"),
                    Indirect,
                    "saat ini baru ada tiga pembangkit yang memakai gas",
                ),
            ),
            (
                "Pelatih tim nasional memberi tahu wartawan bahwa dua pemainnya absen.",
                row(
                    "Pelatih tim nasional",
                    Some("memberi tahu"),
                    Indirect,
                    "dua pemainnya absen",
                ),
            ),
            (
                "“Kami tidak akan mundur,” ujar Anies Baswedan.",
                row(
                    "Anies Baswedan",
                    Some("ujar"),
                    Direct,
                    "Kami tidak akan mundur",
                ),
            ),
            (
                "Juru bicara itu mengatakan: “Semua penumpang selamat.”",
                row(
                    "Juru bicara itu",
                    Some("mengatakan"),
                    Direct,
                    "Semua penumpang selamat.",
                ),
            ),
            (
                "Ketua KPK membenarkan penangkapan itu “sesuai prosedur” hukum.",
                row(
                    "Ketua KPK",
                    Some("membenarkan"),
                    Mixed,
                    "penangkapan itu “sesuai prosedur” hukum",
                ),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(summary(text, "id"), [want], "{text}");
        }
    }

    /// Passive cues and notes crediting an outlet: (text, speaker, cue, via, content).
    #[test]
    fn passive_cues_and_source_notes() {
        let cases = [
            (
                "Harga beras naik lagi, kata seorang pejabat yang tidak disebutkan namanya.",
                "seorang pejabat yang tidak disebutkan namanya",
                "kata",
                None,
                "Harga beras naik lagi",
            ),
            (
                "Seorang pejabat yang tidak disebutkan namanya mengatakan bahwa serangan itu sah.",
                "Seorang pejabat yang tidak disebutkan namanya",
                "mengatakan",
                None,
                "serangan itu sah",
            ),
            (
                "Harga beras akan turun, hal itu disampaikan Kepala Bulog Budi Waseso.",
                "Kepala Bulog Budi Waseso",
                "disampaikan",
                None,
                "Harga beras akan turun",
            ),
            (
                "“Harga beras akan turun,” disampaikan oleh Budi Santoso.",
                "Budi Santoso",
                "disampaikan oleh",
                None,
                "Harga beras akan turun",
            ),
            (
                "Harga beras akan turun bulan depan, seperti dikutip dari Antara.",
                "Antara",
                "dikutip",
                None,
                "Harga beras akan turun bulan depan",
            ),
            (
                "Harga beras akan turun bulan depan, kata Budi seperti dikutip Reuters.",
                "Budi",
                "kata",
                Some("Reuters"),
                "Harga beras akan turun bulan depan",
            ),
            (
                "Menurut Budi, seperti dikutip dari Antara, harga beras akan turun.",
                "Budi",
                "Menurut",
                Some("Antara"),
                "harga beras akan turun",
            ),
            (
                "Budi mengatakan harga beras akan turun, seperti dikutip dari Antara.",
                "Budi",
                "mengatakan",
                Some("Antara"),
                "harga beras akan turun",
            ),
        ];
        for (text, speaker, cue, via, content) in cases {
            let q = quotes(text, "id");
            let got: Vec<_> = q
                .iter()
                .map(|q| {
                    (
                        q.speaker.text.as_str(),
                        q.cue.as_deref(),
                        q.via.as_deref(),
                        q.content.as_str(),
                    )
                })
                .collect();
            assert_eq!(got, [(speaker, Some(cue), via, content)], "{text}");
        }
        for negative in [
            "Bantuan itu disampaikan kepada warga di tiga desa.",
            "Menurut rencana, proyek jalan tol itu akan selesai tahun depan.",
            "Proyek itu akan selesai tahun depan, menurut jadwal.",
            "Dia menjelaskan cara membuat kue kepada anak-anak.",
            "Presiden Joko Widodo menegaskan komitmennya terhadap pemberantasan korupsi.",
        ] {
            assert_eq!(quotes(negative, "id"), [], "{negative}");
        }
        assert_eq!(
            summary(
                "Kepala BNPB menjelaskan, banjir sudah surut di tiga kecamatan.",
                "id"
            )[0]
            .3,
            "banjir sudah surut di tiga kecamatan"
        );
        let q = quotes("Menurut Budi, harga beras akan turun.", "id");
        assert_eq!(q[0].speaker.name.as_deref(), Some("Budi"));
    }

    #[test]
    fn english_patterns() {
        let cases = [
            (
                "The talks will resume next week, the minister said.",
                row(
                    "the minister",
                    Some("said"),
                    Indirect,
                    "The talks will resume next week",
                ),
            ),
            (
                "The talks will resume next week, said John Smith.",
                row(
                    "John Smith",
                    Some("said"),
                    Indirect,
                    "The talks will resume next week",
                ),
            ),
            (
                "John Smith said that the talks would resume next week.",
                row(
                    "John Smith",
                    Some("said"),
                    Indirect,
                    "the talks would resume next week",
                ),
            ),
            (
                "Smith told reporters the talks would resume next week.",
                row(
                    "Smith",
                    Some("told"),
                    Indirect,
                    "the talks would resume next week",
                ),
            ),
            (
                "According to Reuters, the ship sank near the coast.",
                row(
                    "Reuters",
                    Some("According to"),
                    Indirect,
                    "the ship sank near the coast",
                ),
            ),
            (
                "“We will not back down,” he said.",
                row("he", Some("said"), Direct, "We will not back down"),
            ),
            (
                "The Secret Service whisked her away, another source said.",
                row(
                    "another source",
                    Some("said"),
                    Indirect,
                    "The Secret Service whisked her away",
                ),
            ),
            (
                "But Mr. Obama said the exhibits would put those problems into context.",
                row(
                    "Mr. Obama",
                    Some("said"),
                    Indirect,
                    "the exhibits would put those problems into context",
                ),
            ),
            (
                "The state's campaign chairman, Phil Lovas, said he cannot comment on the letter.",
                row(
                    "Phil Lovas",
                    Some("said"),
                    Indirect,
                    "he cannot comment on the letter",
                ),
            ),
            (
                "The S.E.C. said it would increase oversight as well.",
                row(
                    "The S.E.C",
                    Some("said"),
                    Indirect,
                    "it would increase oversight as well",
                ),
            ),
            (
                "Monsoon shifts could affect a billion people, Mr. Obama said in his interview.",
                row(
                    "Mr. Obama",
                    Some("said"),
                    Indirect,
                    "Monsoon shifts could affect a billion people",
                ),
            ),
            (
                "''It will be first-order business,'' Mr. Podesta said.",
                row(
                    "Mr. Podesta",
                    Some("said"),
                    Direct,
                    "It will be first-order business",
                ),
            ),
            (
                "The plan will fail, according to Smith.",
                row(
                    "Smith",
                    Some("according to"),
                    Indirect,
                    "The plan will fail",
                ),
            ),
            (
                "The plan will fail, Sen. Lindsey Graham (R-S.C.) told The Huffington Post.",
                row(
                    "Sen. Lindsey Graham",
                    Some("told"),
                    Indirect,
                    "The plan will fail",
                ),
            ),
            (
                "The economy is strong, Smith wrote in a memo.",
                row("Smith", Some("wrote"), Indirect, "The economy is strong"),
            ),
            (
                "Smith told Reuters the economy was strong.",
                row("Smith", Some("told"), Indirect, "the economy was strong"),
            ),
            (
                "\"The plan will fail. It costs too much,\" Smith said. \"Nobody wants it.\"",
                row(
                    "Smith",
                    Some("said"),
                    Direct,
                    "The plan will fail. It costs too much … Nobody wants it.",
                ),
            ),
            (
                "\"We will not back down,\" said Mary Jones.",
                row("Mary Jones", Some("said"), Direct, "We will not back down"),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(summary(text, "en"), [want], "{text}");
        }
    }

    /// Each quote's date expression, resolved against a fixed publication date (Wednesday 14 August 2024).
    #[test]
    fn when_is_resolved_against_the_publication_date() {
        let published = NaiveDate::from_ymd_opt(2024, 8, 14);
        let cases = [
            (
                "“Kami siap berunding,” kata Budi Santoso, Selasa (15/9/2012).",
                "id",
                "Selasa (15/9/2012)",
                "2012-09-15",
            ),
            (
                "Menteri itu mengatakan pada Senin (1/10) malam bahwa harga beras akan turun.",
                "id",
                "pada Senin (1/10) malam",
                "2023-10-01",
            ),
            (
                "Kyiv minggu ini mengatakan pasukan Ukraina telah maju jauh.",
                "id",
                "minggu ini",
                "2024-08-14",
            ),
            (
                "Menteri itu mengatakan pada awal April bahwa harga beras akan turun.",
                "id",
                "pada awal April",
                "2024-04-01",
            ),
            (
                "Menteri itu mengatakan pada 6 Agustus bahwa harga beras akan turun.",
                "id",
                "pada 6 Agustus",
                "2024-08-06",
            ),
            (
                "Smith said on Tuesday that the talks would resume next week.",
                "en",
                "on Tuesday",
                "2024-08-13",
            ),
        ];
        for (text, lang, expr, date) in cases {
            let q = find_quotes(text, lang, &[], published);
            let when = q.first().and_then(|q| q.when.as_ref());
            assert_eq!(
                when.map(|w| (w.text.as_str(), w.date.as_deref())),
                Some((expr, Some(date))),
                "{text}"
            );
            // Without a publication date the expression is kept; only a written-out year still resolves.
            let unresolved = find_quotes(text, lang, &[], None);
            let when = unresolved.first().and_then(|q| q.when.as_ref());
            let year_written = expr.contains("2012");
            assert_eq!(
                when.map(|w| (w.text.as_str(), w.date.as_deref())),
                Some((expr, year_written.then_some(date))),
                "{text}"
            );
        }
    }

    /// English news (as PolNeAR annotates it) reads a quote split by its cue as one, also when the
    /// speaker's initials and party would otherwise end a sentence ("Rep. G.K. Butterfield (D-N.C.)").
    #[test]
    fn an_english_quote_split_by_its_cue_is_one_quote() {
        let text = "“This is a disgusting day,” Rep. G.K. Butterfield (D-N.C.) said. “Donald Trump is a fraud.”";
        let q = quotes(text, "en");
        assert_eq!(q.len(), 1, "{q:?}");
        // The cue between the pieces is no part of what was said: the quote keeps its pieces apart.
        assert_eq!(
            q[0].content,
            "This is a disgusting day … Donald Trump is a fraud."
        );
        let pieces: Vec<String> = q[0]
            .parts
            .iter()
            .map(|p| text.chars().skip(p.start).take(p.len()).collect())
            .collect();
        assert_eq!(
            pieces,
            ["This is a disgusting day", "Donald Trump is a fraud."]
        );
        assert_eq!(
            (q[0].start, q[0].end),
            (q[0].parts[0].start, q[0].parts[1].end)
        );
        // The bracket the full stop cut is closed.
        assert_eq!(q[0].speaker.text, "Rep. G.K. Butterfield (D-N.C.)");
        // A short first piece, its speaker before the cue.
        let q = quotes(
            "“I would,” Melanie said to the TV. “I would, Donald.”",
            "en",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].content, "I would … I would, Donald.");
        assert_eq!(q[0].speaker.text, "Melanie");
        // A long appositive between the name and the cue.
        let q = quotes(
            "“It is fiscally responsible,” Leonard E. Burman, director of the centrist Tax Policy Center and a professor at the Maxwell School of Syracuse University, said. “It doesn't make things worse.”",
            "en",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].speaker.text, "Leonard E. Burman");
        assert_eq!(
            q[0].content,
            "It is fiscally responsible … It doesn't make things worse."
        );
        // A party tag before the appositive (the rules alone: the shipped tagger finds this one too).
        let rules = Tagger::new(warta_attribution_tagger::Model::empty());
        let q = find_quotes_with_tagger(
            "“They wouldn’t get an immunity deal,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said in a phone interview.",
            "en",
            &[],
            None,
            &rules,
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].speaker.text, "Rep. Jim Jordan (R-Ohio)");
        assert_eq!(q[0].cue.as_deref(), Some("said"));
        // After "the", initials may end a sentence.
        let q = quotes(
            "Prices rose in the U.S. The company said it would cut jobs.",
            "en",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].speaker.text, "The company");
    }

    #[test]
    fn adding_that_attributes_to_the_same_speaker() {
        let got = summary(
            "Sen. David Perdue (R-Ga.) said he did not believe it, arguing that the party was divided.",
            "en",
        );
        assert_eq!(
            got,
            [
                row(
                    "Sen. David Perdue",
                    Some("said"),
                    Indirect,
                    "he did not believe it"
                ),
                row(
                    "Sen. David Perdue",
                    Some("arguing"),
                    Indirect,
                    "the party was divided"
                ),
            ]
        );
        let q = quotes(
            "The architect, who said he was never paid, sued the company.",
            "en",
        );
        assert_eq!(q[0].speaker.text, "The architect");
        // A second verb the sentence's own parse already read is reported once.
        let q = quotes(
            "Mr. McKinley is bearish on student loans and expects them to become less available over time.",
            "en",
        );
        let twice: Vec<_> = q
            .iter()
            .filter(|q| q.content == "them to become less available over time")
            .collect();
        assert_eq!(twice.len(), 1, "{q:?}");
    }

    #[test]
    fn cue_closed_by_comma_at_sentence_head_introduces_content() {
        let text = "Kepala BNPB Suharyanto mengatakan, banjir sudah surut di tiga kecamatan.\n\nMenurutnya, warga bisa pulang besok pagi.";
        let got = summary(text, "id");
        assert_eq!(
            got[0],
            row(
                "Kepala BNPB Suharyanto",
                Some("mengatakan"),
                Indirect,
                "banjir sudah surut di tiga kecamatan"
            )
        );
        assert_eq!(
            got[1],
            row(
                "Kepala BNPB Suharyanto",
                Some("Menurutnya"),
                Indirect,
                "warga bisa pulang besok pagi"
            )
        );
    }

    #[test]
    fn parenthetical_cues() {
        let got = summary(
            "But to prevent problems, he said, local officials should be vigilant.",
            "en",
        );
        assert_eq!(
            got,
            [row(
                "he",
                Some("said"),
                Indirect,
                "But to prevent problems, he said, local officials should be vigilant"
            )]
        );
        let got = summary(
            "Menteri itu hadir.\n\nHarga beras, katanya, akan turun bulan depan.",
            "id",
        );
        // Nobody spoke before: the "-nya" is the speaker, a pronoun left unresolved.
        assert_eq!(
            got,
            [row(
                "katanya",
                Some("katanya"),
                Indirect,
                "Harga beras, katanya, akan turun bulan depan"
            )]
        );
    }

    #[test]
    fn unbalanced_and_mismatched_marks() {
        let text = "‘Hanya adil untuk membalas serangan itu,” kata Zelenskyy.\n\n“Kami akan terus berjuang sampai akhir, tambahnya.";
        let got = summary(text, "id");
        assert_eq!(
            got[0],
            row(
                "Zelenskyy",
                Some("kata"),
                Direct,
                "Hanya adil untuk membalas serangan itu"
            )
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].0, "Zelenskyy");
        assert_eq!(got[1].2, Direct);
    }

    #[test]
    fn nya_cue_resolves_to_the_previous_speaker() {
        let text = "Heorhiy Tykhi, juru bicara Kementerian Luar Negeri Ukraina, mengatakan bahwa serangan itu sah.\n\n“Semakin cepat Rusia setuju, semakin cepat serangan berhenti,” tambahnya.";
        let q = quotes(text, "id");
        assert_eq!(q.len(), 2);
        // The speaker as written keeps the role in apposition; the name is the person's.
        let written = "Heorhiy Tykhi, juru bicara Kementerian Luar Negeri Ukraina";
        assert_eq!(q[0].speaker.text, written);
        assert_eq!(q[0].speaker.name.as_deref(), Some("Heorhiy Tykhi"));
        assert_eq!(
            (q[1].speaker.text.as_str(), q[1].cue.as_deref()),
            (written, Some("tambahnya"))
        );
        assert_eq!(q[1].speaker.kind, SpeakerKind::NamedPerson);
        assert!(q[1].confidence >= 0.5);
    }

    #[test]
    fn cue_sentence_between_two_quotes_serves_both() {
        let text = "Moskow menolak perdebatan itu. “Senjata Amerika telah digunakan di luar zona tempur,” tambahnya. Menteri Luar Negeri Rusia Sergei Lavrov mengatakan kepada wartawan pekan lalu. “Kami berangkat dari fakta bahwa senjata Barat menyerang wilayah Rusia.”";
        let q = quotes(text, "id");
        assert_eq!(q.len(), 2);
        for quote in &q {
            assert_eq!(
                quote.speaker.text,
                "Menteri Luar Negeri Rusia Sergei Lavrov"
            );
            assert_eq!(quote.speaker.name.as_deref(), Some("Sergei Lavrov"));
            assert_eq!(quote.kind, Direct);
            assert_eq!(quote.via.as_deref(), Some("wartawan"));
        }
        let when = q[0].when.as_ref().unwrap();
        assert_eq!(
            (when.text.as_str(), when.date.as_deref()),
            ("pekan lalu", Some("2024-05-24"))
        );
        assert_eq!(
            &text
                .chars()
                .skip(when.start)
                .take(when.end - when.start)
                .collect::<String>(),
            "pekan lalu"
        );
    }

    #[test]
    fn continuation_quote_and_surname_resolution() {
        let text = "Sekretaris Jenderal NATO Jens Stoltenberg enggan berkomentar.\n\n“Pilihan itu harus dibuat oleh Ukraina sendiri,” kata Stoltenberg kepada wartawan di Oslo, Selasa.\n\n“Itu pilihan yang sulit.”";
        let q = quotes(text, "id");
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].speaker.name.as_deref(), Some("Jens Stoltenberg"));
        assert_eq!(q[0].via.as_deref(), Some("wartawan di Oslo"));
        assert_eq!(
            q[0].when.as_ref().map(|w| w.date.as_deref()),
            Some(Some("2024-05-28"))
        );
        assert_eq!(
            (q[1].speaker.text.as_str(), q[1].cue.as_deref()),
            ("Stoltenberg", None)
        );
        assert!(q[1].confidence < q[0].confidence);
    }

    #[test]
    fn an_honorific_opens_a_name_set_off_after_a_role() {
        for text in [
            "Dokter spesialis anak dari RSUP Persahabatan, dr Anita Rahayu, mengingatkan orang tua agar tidak memberikan obat batuk kepada bayi.",
            "“Obat batuk berbahaya bagi bayi,” kata dokter spesialis anak RSUP Persahabatan, dr. Anita Rahayu.",
        ] {
            let q = quotes(text, "id");
            assert_eq!(q.len(), 1, "{text}");
            assert_eq!(q[0].speaker.name.as_deref(), Some("Anita Rahayu"), "{text}");
        }
        let q = quotes(
            "Pengamanan arus mudik akan diperketat, kata Kapolres Sleman, AKBP Budi Santoso, kepada wartawan.",
            "id",
        );
        assert_eq!(q[0].speaker.name.as_deref(), Some("Budi Santoso"));
        assert_eq!(q[0].via.as_deref(), Some("wartawan"));
    }

    #[test]
    fn a_pronoun_nobody_spoke_before_stands_for_who_was_named_before() {
        // The subject of the sentence before, a role without a name.
        let q = quotes(
            "Wali Kota Bandung meninjau Tempat Pembuangan Akhir Sarimukti. Ia meminta warga memilah sampah organik dari rumah masing-masing.",
            "id",
        );
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.text, "Ia");
        assert_eq!(q[0].speaker.kind, SpeakerKind::Pronoun);
        assert_eq!(
            q[0].speaker.antecedent.as_deref(),
            Some("Wali Kota Bandung")
        );
        // The subject of its own sentence, after a comma and a conjunction; not across a full stop's
        // earlier subject when another subject stands between.
        let q = quotes(
            "Juru bicara PLN menyangkal telah menerima tuntutan itu, tetapi dia mengatakan: “Kami tetap berkomitmen pada konsumen kami.”",
            "id",
        );
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.antecedent.as_deref(), Some("Juru bicara PLN"));
        let q = quotes(
            "Budi mengatakan harga naik. Direktur PT Maju membantah tuduhan itu, dan ia mengatakan bahwa pihaknya siap diperiksa.",
            "id",
        );
        assert_eq!(q.len(), 2);
        assert_eq!(q[1].speaker.antecedent.as_deref(), Some("Direktur PT Maju"));
        // After ", dan ia" with a verb of saying, the speaker again with a report of its own.
        let q = quotes(
            "Direktur PT Maju mengatakan tuduhan itu salah, dan ia menambahkan bahwa pihaknya siap diperiksa.",
            "id",
        );
        let said: Vec<_> = q
            .iter()
            .map(|q| (q.speaker.text.as_str(), q.content.as_str()))
            .collect();
        assert_eq!(
            said,
            [
                ("Direktur PT Maju", "tuduhan itu salah"),
                ("ia", "pihaknya siap diperiksa")
            ]
        );
        assert_eq!(q[1].speaker.antecedent.as_deref(), Some("Direktur PT Maju"));
        // The person named last, not one named inside the quote.
        let text = "Setelah pertandingan, Rizal Firmansyah tampak lelah. “Saya berterima kasih kepada Joko Susilo,” katanya.";
        let entities = crate::entity::find_entities(text, "id");
        let q = find_quotes(text, "id", &entities, None);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.text, "katanya");
        assert_eq!(q[0].speaker.name.as_deref(), Some("Rizal Firmansyah"));
        // Of the people named, the one who was a sentence's subject.
        let text = "Morrison was the third witness who listened in on the call with Ukrainian President Volodymyr Zelensky. He said he wasn't concerned about the content of the call.";
        let entities = crate::entity::find_entities(text, "en");
        let q = find_quotes(text, "en", &entities, None);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.name.as_deref(), Some("Morrison"));
        // "Pihaknya" is the side the sentence before was about.
        let q = quotes(
            "DPR mengaku serius memperhatikan kesejahteraan hakim. Pihaknya meminta kementerian terkait membahas masalah tersebut.",
            "id",
        );
        assert_eq!(q.len(), 2);
        assert_eq!(q[1].speaker.text, "Pihaknya");
        assert_eq!(q[1].speaker.name.as_deref(), Some("DPR"));
        // Nobody named before: the pronoun stays unresolved, a guess.
        let q = quotes("“Kami sudah siap,” katanya.", "id");
        assert_eq!(q[0].speaker.name, None);
        assert!(q[0].confidence <= 0.5);
    }

    #[test]
    fn a_described_person_or_a_pronoun_with_adverbs_points_back() {
        // "pria 70 tahun itu" is the speaker named just before.
        let q = quotes(
            "“Tinggal konsistensi saja,” kata Sugiarto Halim. “Saya bangga,” ujar pria 70 tahun itu.",
            "id",
        );
        assert_eq!(q.len(), 2);
        assert_eq!(q[1].speaker.text, "pria 70 tahun itu");
        assert_eq!(q[1].speaker.name.as_deref(), Some("Sugiarto Halim"));
        // "jawab dia singkat": the pronoun alone is the speaker.
        let q = quotes(
            "Calon wakil gubernur itu menjawab pertanyaan panelis. “Dari efisiensi belanja pegawai,” jawab dia singkat.",
            "id",
        );
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.text, "dia");
        assert_eq!(q[0].speaker.kind, SpeakerKind::Pronoun);
    }

    #[test]
    fn an_auxiliary_between_the_speaker_after_a_quote_and_the_cue() {
        for text in [
            "“The duty is paid by a U.S. importer,” Howard Gleckman has said.",
            "“The duty is paid by a U.S. importer,” Howard Gleckman, a senior fellow at the Tax Policy Center, has written.",
        ] {
            let q = quotes(text, "en");
            assert_eq!(q.len(), 1, "{text}");
            assert_eq!(q[0].speaker.text, "Howard Gleckman", "{text}");
        }
        // A book written is no statement.
        assert!(quotes("He has written a book about the war.", "en")
            .iter()
            .all(|q| q.is_guess()));
    }

    #[test]
    fn knowing_someone_is_no_statement() {
        let q = quotes(
            "Trump barely knows him, but Sondland said he has spoken several times with the president.",
            "en",
        );
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.text, "Sondland");
        assert_eq!(
            q[0].content,
            "he has spoken several times with the president"
        );
    }

    #[test]
    fn two_spaces_after_a_full_stop_end_the_sentence() {
        let q = quotes(
            "Shelby said he refused to follow her commands.  The man was tased later.",
            "en",
        );
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].content, "he refused to follow her commands");
    }

    #[test]
    fn a_report_the_sentence_rests_on_names_its_reporter() {
        for (text, speaker) in [
            (
                "Berdasarkan laporan Nielsen, penjualan naik 5 persen.",
                "Nielsen",
            ),
            (
                "Mengacu pada keterangan resmi Polda Metro Jaya, pelaku berjumlah tiga orang.",
                "Polda Metro Jaya",
            ),
        ] {
            let q = quotes(text, "id");
            assert_eq!(q.len(), 1, "{text}");
            assert_eq!(q[0].speaker.text, speaker, "{text}");
        }
        // Data and laws are no one's statement.
        for text in [
            "Berdasarkan data BPS, inflasi naik.",
            "Berdasarkan Undang-Undang Nomor 7, pemilu digelar lima tahun sekali.",
        ] {
            assert!(quotes(text, "id").is_empty(), "{text}");
        }
    }

    #[test]
    fn what_is_announced_is_a_statement() {
        let q = quotes(
            "Omnivision telah mengumumkan Ov16860, sebuah sensor kamera baru untuk ponsel pintar.",
            "id",
        );
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.text, "Omnivision");
        assert_eq!(
            q[0].content,
            "Ov16860, sebuah sensor kamera baru untuk ponsel pintar"
        );
        let q = quotes("PKB kan mengumumkan tiga calon presidennya.", "id");
        assert_eq!(q[0].speaker.text, "PKB");
    }

    #[test]
    fn a_suggestion_after_a_quote() {
        let q = quotes(
            "“Kami harap warga berani menolak pungutan di luar ketentuan,” saran Asih.",
            "id",
        );
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.text, "Asih");
        // Bare, a suggestion is a noun: "saran dari warga".
        assert!(quotes("Panitia menerima saran dari warga soal jadwal.", "id").is_empty());
    }

    #[test]
    fn a_long_title_before_the_name_after_the_cue() {
        let q = quotes(
            "“Kepolisian mengerahkan tim SAR untuk membantu warga,” kata Kepala Bidang Humas Polda Metro Jaya Komisaris Besar Rikwanto di Jakarta, Kamis (5/4).",
            "id",
        );
        assert_eq!(q.len(), 1);
        assert_eq!(
            q[0].speaker.text,
            "Kepala Bidang Humas Polda Metro Jaya Komisaris Besar Rikwanto"
        );
    }

    #[test]
    fn a_body_set_off_between_the_role_and_the_name() {
        let q = quotes(
            "“Sekolah dibuka kembali,” kata Kepala Bidang Humas, Dinas Pendidikan Kota Bogor, Budi Santoso, kepada wartawan.",
            "id",
        );
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.name.as_deref(), Some("Budi Santoso"));
        assert_eq!(q[0].via.as_deref(), Some("wartawan"));
        // The listener after a name set off by commas is the channel too.
        let q = quotes(
            "“Tim sudah diturunkan,” tutur Kepala Kantor SAR Mataram, Lalu Wirawan, kepada Antara.",
            "id",
        );
        assert_eq!(q[0].speaker.name.as_deref(), Some("Lalu Wirawan"));
        assert_eq!(q[0].via.as_deref(), Some("Antara"));
        // A listener after the words that describe the speaker, or between the speaker and the cue.
        for (text, speaker, via) in [
            (
                "“Harga sawit mulai naik,” kata Sapruddin, salah seorang petani sawit kepada Serambi, Sabtu.",
                "Sapruddin",
                "Serambi",
            ),
            (
                "Kami akan mengimbau gubernur baru, kata Aldo, kepada Kompas.com, Selasa.",
                "Aldo",
                "Kompas.com",
            ),
            (
                "Camat Darman kepada Serambi mengatakan suasana di desa itu masih mencekam.",
                "Camat Darman",
                "Serambi",
            ),
        ] {
            let q = quotes(text, "id");
            assert_eq!(q.len(), 1, "{text}");
            assert_eq!(q[0].speaker.text, speaker, "{text}");
            assert_eq!(q[0].via.as_deref(), Some(via), "{text}");
        }
        // A verb between the speaker and "kepada" makes it no listener of this statement.
        let q = quotes(
            "“Harga naik,” kata Sapruddin yang menjual sawit kepada pengepul.",
            "id",
        );
        assert_eq!(q[0].via, None);
    }

    #[test]
    fn an_office_written_in_lower_case_runs_to_the_name_after_it() {
        for (text, speaker, name) in [
            (
                "“Kami akan mengevaluasi,” kata Menteri dalam negeri Gamawan Fauzi di Jakarta.",
                "Menteri dalam negeri Gamawan Fauzi",
                "Gamawan Fauzi",
            ),
            (
                "“Mudah-mudahan ada dua gelar,” kata kepala bidang pembinaan dan prestasi PBSI Susi Susanti kepada wartawan.",
                "kepala bidang pembinaan dan prestasi PBSI Susi Susanti",
                "Susi Susanti",
            ),
            (
                "Dalam aksinya, menurut kepala subdit Polda Metro Jaya, ajun komisaris besar polisi Adi Vivid, para tersangka memakai modus baru.",
                "kepala subdit Polda Metro Jaya, ajun komisaris besar polisi Adi Vivid",
                "Adi Vivid",
            ),
        ] {
            let q = quotes(text, "id");
            assert_eq!(q.len(), 1, "{text}");
            assert_eq!(q[0].speaker.text, speaker, "{text}");
            assert_eq!(q[0].speaker.name.as_deref(), Some(name), "{text}");
        }
        // Without a name ahead, "dan" still joins a second speaker or ends the phrase.
        let q = quotes("“Harga naik,” kata petani dan pedagang di pasar itu.", "id");
        assert_eq!(q[0].speaker.text, "petani");
    }

    #[test]
    fn the_medium_or_occasion_of_an_indonesian_statement_is_its_channel() {
        for (text, via) in [
            // A news site by its address; people listening after "pada", as after "kepada".
            (
                "“Jajaran direksi kami ganti,” kata Gubernur DKI Jakarta, Basuki Tjahaja Purnama, dalam Beritajakarta.com, Selasa (18/10/2016).",
                "dalam Beritajakarta.com",
            ),
            (
                "Zahid mengatakan pada polisi dia pergi ke rumah saudaranya Kamis malam.",
                "polisi",
            ),
            // After the cue or the speaker, before the cue, or opening the sentence.
            (
                "“Tersangka diduga menerima fee,” ujar Ardhi dalam konferensi pers, Kamis (11/1/2024).",
                "dalam konferensi pers",
            ),
            (
                "“Jadi nanti tergantung majelis hakim,” kata Maruarar, saat dihubungi, Jumat.",
                "saat dihubungi",
            ),
            (
                "Kepala BPBD Kabupaten Bandung saat dihubungi menyebutkan 2.300 jiwa terdampak.",
                "saat dihubungi",
            ),
            (
                "Dalam keterangan tertulisnya, Budi Santoso mengatakan harga beras naik.",
                "Dalam keterangan tertulisnya",
            ),
            (
                "Kevin Hartono, dalam konferensi pers di Jakarta, Kamis (6/2), mengumumkan 42 musisi akan tampil.",
                "dalam konferensi pers di Jakarta",
            ),
            (
                "Budi mengatakan dalam rapat itu pemerintah setuju menaikkan harga.",
                "dalam rapat itu",
            ),
            (
                "“Kami tetap solid,” ujar pelatih itu di hadapan para pendukungnya.",
                "di hadapan para pendukungnya",
            ),
            // A "-nya" cue takes its listener too.
            ("“Survei itu kan potret sesaat,” selorohnya kepada wartawan.", "wartawan"),
            // Past a time or a circumstance, a listener first, then an outlet's note, then a setting.
            (
                "“Pemain lain punya kesempatan,” katanya seusai laga kepada BT Sport.",
                "BT Sport",
            ),
            (
                "“Kita lihat saja nanti,” kata pelatih Wenger usai pertandingan seperti dikutip The Guardian.",
                "The Guardian",
            ),
            (
                "“Cek fisik masih disimpan penyidik,” jelas jaksa dalam sidang di Pengadilan Negeri Denpasar, Selasa (24/11), seperti dikutip Detik.com.",
                "Detik.com",
            ),
            // A place's name is no verb of its own.
            (
                "“Kami sudah tidak tahu lagi,” kata Khalidin, warga Merduati, kepada Serambi.",
                "Serambi",
            ),
            // Before the cue: a listener set off, an outlet's note set off, talking with an outlet.
            (
                "Kepada Pos Kupang, Kamis (23/6/2011), Ngurah Sriada mengatakan program utamanya menuntaskan kasus korupsi.",
                "Pos Kupang",
            ),
            (
                "Manajer kebijakan Walhi, Munhur Satyahaprabu, dikutip Tempo.co, mengatakan perusahaan asing berperan sebagai penampung.",
                "Tempo.co",
            ),
            (
                "“Paling sampai ujung situ,” ujar warga setempat, Hilmi, saat berbincang dengan Detikcom.",
                "saat berbincang dengan Detikcom",
            ),
            ("Ekonomi kreatif harus diantisipasi, kata Azhar dalam Okezone.com.", "dalam Okezone.com"),
            // After a quote its cue came before: the outlet's note.
            (
                "Paus itu berkata, “Perang selalu merupakan kekalahan bagi umat manusia,” seperti dikutip Vatican News.",
                "Vatican News",
            ),
        ] {
            let q = quotes(text, "id");
            assert_eq!(q.len(), 1, "{text}");
            assert_eq!(q[0].via.as_deref(), Some(via), "{text}");
        }
        // At the end of what was said: a setting made for speaking, or any setting through "melalui", is cut
        // off the content and is the channel; other settings may be part of what was said.
        for (text, content, via) in [
            (
                "Artis itu mengumumkan kehamilan anak pertamanya melalui akun Instagram pribadinya.",
                "kehamilan anak pertamanya",
                Some("melalui akun Instagram pribadinya"),
            ),
            (
                "Budi mengatakan harga beras naik saat dihubungi Tempo.",
                "harga beras naik",
                Some("saat dihubungi Tempo"),
            ),
            (
                "Pemimpin partai itu mengklaim kemenangan di hadapan ribuan pendukungnya di ibu kota.",
                "kemenangan",
                Some("di hadapan ribuan pendukungnya"),
            ),
            (
                "Budi mengatakan pemerintah akan membahas hal itu dalam rapat kabinet.",
                "pemerintah akan membahas hal itu dalam rapat kabinet",
                None,
            ),
            (
                "Polisi mengimbau warga agar tidak menyebarkan berita bohong di media sosial.",
                "warga agar tidak menyebarkan berita bohong di media sosial",
                None,
            ),
        ] {
            let q = quotes(text, "id");
            assert_eq!(q.len(), 1, "{text}");
            assert_eq!(q[0].content, content, "{text}");
            assert_eq!(q[0].via.as_deref(), via, "{text}");
        }
        // What follows "saat" or "dalam" may be what was said, and being asked is no channel.
        for text in [
            "Budi mengatakan saat ini pemerintah setuju menaikkan harga.",
            "“Harga naik,” kata Sapruddin yang menjual sawit dalam acara pasar murah.",
            "Ketika ditanya soal harga, Budi mengatakan pemerintah setuju menaikkan harga.",
            "Menanggapi surat kepada presiden, Budi mengatakan pemerintah akan menjawab.",
        ] {
            let q = quotes(text, "id");
            assert_eq!(q.len(), 1, "{text}");
            assert_eq!(q[0].via, None, "{text}");
        }
        // A relative clause after the occasion is no aside: what was said stays before the cue.
        let q = quotes(
            "Ini karena banyak orang semakin peduli untuk berpenampilan lebih baik, ujar Caren dalam Acara Pembukaan Styling Project Exhibition yang ia gawangi, the backstage, di Grand Indonesia, Jakarta.",
            "id",
        );
        assert_eq!(q.len(), 1);
        assert_eq!(
            q[0].content,
            "Ini karena banyak orang semakin peduli untuk berpenampilan lebih baik"
        );
    }

    #[test]
    fn a_listener_named_before_the_speaker_is_the_channel() {
        let q = quotes(
            "Kepada wartawan di Oslo, Stoltenberg mengatakan NATO akan terus mendukung Ukraina.",
            "id",
        );
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.text, "Stoltenberg");
        assert_eq!(q[0].via.as_deref(), Some("wartawan di Oslo"));
        // A listener after the cue still wins, and a sentence without one has none.
        let q = quotes(
            "Budi mengatakan kepada Kompas.com bahwa harga beras naik tajam.",
            "id",
        );
        assert_eq!(q[0].via.as_deref(), Some("Kompas.com"));
        let q = quotes(
            "Di Jakarta, Budi mengatakan harga beras naik tajam pekan ini.",
            "id",
        );
        assert_eq!(q[0].via, None);
        // Without the comma: an outlet is one word, a description runs to the name, a pronoun speaks.
        for (text, speaker, name, via) in [
            (
                "Kepada Kompastekno Pudji mengatakan aturan itu berlaku pada September.",
                "Pudji",
                Some("Pudji"),
                "Kompastekno",
            ),
            (
                "Kepada para wartawan Budi Santoso menjelaskan bahwa jalan itu ditutup.",
                "Budi Santoso",
                Some("Budi Santoso"),
                "para wartawan",
            ),
            (
                "Kepada Presiden Jokowi ia mengatakan bahwa anggaran itu kurang.",
                "ia",
                None,
                "Presiden Jokowi",
            ),
        ] {
            let q = quotes(text, "id");
            assert_eq!(q.len(), 1, "{text}");
            assert_eq!(q[0].speaker.text, speaker, "{text}");
            assert_eq!(q[0].speaker.name.as_deref(), name, "{text}");
            assert_eq!(q[0].via.as_deref(), Some(via), "{text}");
        }
    }

    #[test]
    fn a_quote_after_a_reported_statement_goes_on_with_its_speaker() {
        let text = "Darso mengatakan sekitar dua jam ia menemani Denny di depan pintu utama. “Pak Wamen sempat menepuk bahu saya sembari meminta maaf.”";
        let q = quotes(text, "id");
        assert_eq!(q.len(), 2);
        assert_eq!(
            (q[1].speaker.text.as_str(), q[1].cue.as_deref()),
            ("Darso", None)
        );
        assert!(q[1].confidence < q[0].confidence);
        // A sentence that reports nobody's words leaves the quote a guess.
        let alone = quotes(
            "Harga beras naik lagi pekan ini. “Pak Wamen sempat menepuk bahu saya sembari meminta maaf.”",
            "id",
        );
        assert_eq!(alone.len(), 1);
        assert_eq!(alone[0].speaker.kind, SpeakerKind::Unknown);
    }

    #[test]
    fn a_quote_that_finishes_reported_words_is_a_mixed_quote_of_their_speaker() {
        let text =
            "Budi mengatakan bahwa pemerintah harus bertindak, “Sebelum semuanya terlambat.”";
        let q = quotes(text, "id");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].kind, QuoteKind::Mixed);
        assert_eq!(q[0].speaker.text, "Budi");
        assert_eq!(
            q[0].content,
            "pemerintah harus bertindak, “Sebelum semuanya terlambat.”"
        );
        // A cue of its own before the quote introduces it: the words before are another statement.
        let answered = quotes(
            "Penulis menanyakan kenapa mereka ikut serta? beliau menjawab, “Tentu saja kami ikut.”",
            "id",
        );
        assert!(
            answered.iter().all(|q| q.kind != QuoteKind::Mixed),
            "{answered:?}"
        );
    }

    #[test]
    fn a_paragraph_cut_inside_a_quote_ends_it_at_the_mark_before_its_cue() {
        let q = quotes(
            "Bunga pinjaman di bawah 10 persen, \"Paparnya. (Ant / OL - 9)",
            "id",
        );
        assert_eq!(q.len(), 1);
        assert_eq!(
            (q[0].content.as_str(), q[0].cue.as_deref(), q[0].kind),
            (
                "Bunga pinjaman di bawah 10 persen",
                Some("Paparnya"),
                QuoteKind::Direct
            )
        );
        // A quote that a cue before it opens stays one, closed or not.
        let opened = quotes("Budi berkata, \"Dirinya tidak bersalah.", "id");
        assert_eq!(opened.len(), 1);
        assert_eq!(opened[0].content, "Dirinya tidak bersalah.");
    }

    #[test]
    fn a_quote_with_no_cue_and_no_previous_speaker_is_a_guess() {
        let q = quotes("“Tidak ada yang bisa menghentikan kami sekarang.”", "id");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.kind, SpeakerKind::Unknown);
        assert!(q[0].confidence < 0.5);
    }

    #[test]
    fn scare_quotes_and_negated_cues_are_not_attributions() {
        for text in [
            "Biden ‘diam-diam’ mengizinkan Ukraina melakukan serangan.",
            "Ukraina tidak banyak mengatakan tentang invasi tersebut.",
            "'Pilihan Operasional'",
            "The minister did not say when the talks would resume.",
            "Menurut berita, pemerintah China menghentikan pembatasan akses ke Wikipedia mulai 3 Juli.",
            "\"' PT Kawasaki Motor Indonesia kembali membuktikan konsistensinya dengan selalu mempersiapkan motor premium.",
        ] {
            assert_eq!(summary(text, "und"), [], "{text}");
        }
    }

    #[test]
    fn pronoun_and_definite_description_take_the_nearest_compatible_speaker() {
        let text = "Seorang pejabat Prancis mengatakan dukungan itu terbatas.\n\nPejabat tersebut menambahkan bahwa Paris tidak memerintah Kyiv.\n\nPresiden Ukraina Volodymyr Zelenskyy mengatakan bahwa pasukannya maju. Dia juga mengatakan bahwa pertukaran tahanan akan dilakukan. Dirinya berharap, perang segera berakhir.";
        let q = quotes(text, "id");
        let got: Vec<(&str, Option<&str>)> = q
            .iter()
            .map(|q| (q.speaker.text.as_str(), q.speaker.name.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("Seorang pejabat Prancis", None),
                ("Pejabat tersebut", Some("Seorang pejabat Prancis")),
                (
                    "Presiden Ukraina Volodymyr Zelenskyy",
                    Some("Volodymyr Zelenskyy")
                ),
                ("Dia", Some("Volodymyr Zelenskyy")),
                ("Dirinya", Some("Volodymyr Zelenskyy")),
            ]
        );
        assert_eq!(q[3].speaker.kind, SpeakerKind::Pronoun);
        assert_eq!(q[4].speaker.kind, SpeakerKind::Pronoun);
    }

    #[test]
    fn antecedents_are_the_phrases_pointed_back_to() {
        let text = "Seorang pejabat Prancis mengatakan dukungan itu terbatas.\n\nPejabat tersebut menambahkan bahwa Paris tidak memerintah Kyiv.\n\n“Kami akan terus berjuang sampai akhir,” kata Zelenskyy. Dia juga mengatakan bahwa pertukaran tahanan akan dilakukan.\n\n“Itu pilihan yang sulit,” tambahnya.";
        let got: Vec<(String, Option<String>)> = find_quotes(text, "id", &[], None)
            .into_iter()
            .map(|q| (q.speaker.text, q.speaker.antecedent))
            .collect();
        let want = [
            ("Seorang pejabat Prancis", None),
            ("Pejabat tersebut", Some("Seorang pejabat Prancis")),
            ("Zelenskyy", None),
            ("Dia", Some("Zelenskyy")),
            ("Dia", Some("Zelenskyy")),
        ];
        let want: Vec<(String, Option<String>)> = want
            .iter()
            .map(|(s, a)| (s.to_string(), a.map(str::to_string)))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn offsets_are_code_points() {
        let text = "“Ya—tentu saja kami siap,” kata Sri Mulyani.";
        let q = &quotes(text, "id")[0];
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[q.start..q.end].iter().collect::<String>(), q.content);
        let (s, e) = (q.speaker.start.unwrap(), q.speaker.end.unwrap());
        assert_eq!(chars[s..e].iter().collect::<String>(), "Sri Mulyani");
    }

    /// A sentence far longer than a quote's reach, in letters of two bytes: the cue before the quote is still
    /// read, and the cut falls between characters.
    #[test]
    fn a_quote_in_an_endless_sentence_keeps_its_cue() {
        let text = format!(
            "{}dan, kata polisi, Budi berkata, “Harga beras naik tajam hari ini.” {}",
            "é ".repeat(700),
            "à ".repeat(700)
        );
        let q = find_quotes(&text, "id", &[], None);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.text, "Budi");
        let cut = around(&text, 0..text.len(), 2000..2010);
        assert!(text.is_char_boundary(cut.start) && text.is_char_boundary(cut.end));
        assert!(cut.start > 0 && cut.end < text.len());
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "",
            "“",
            "”",
            "\"",
            "kata",
            ", kata",
            "“a” b “c",
            "…, kata.",
            "X mengatakan",
            "said, said, said.",
            // A relative pronoun that closes its own clause before the cue.
            "’s yang , menyebut",
            "Budi yang, mengatakan itu.",
            "Kepada",
            "Kepada ia mengatakan",
            // A role set off by a comma with nothing after it.
            "“Aman,” kata Kepala Dinas,",
            "“Aman,” kata Kepala Dinas, Dinas Sosial,",
        ] {
            for lang in ["und", "id", "en"] {
                let _ = quotes(text, lang);
            }
        }
    }
}

#[cfg(test)]
mod english_cue_tests {
    use super::*;
    use warta_model::SpeakerKind;

    #[test]
    fn channels_of_english_quotes() {
        for (text, via) in [
            (
                "“It is working,” Noem told the Argus Leader on Monday.",
                Some("the Argus Leader"),
            ),
            (
                "“It is working,” Buser, a director at Google, tells The Hollywood Reporter.",
                Some("The Hollywood Reporter"),
            ),
            (
                "“It is working,” Kennedy said in a statement.",
                Some("a statement"),
            ),
            (
                "Kennedy wrote in an email that the plan was working.",
                Some("an email"),
            ),
            // "in" with no medium after it is no channel.
            ("“It is working,” Kennedy said in the past.", None),
            // Further along: past a date, a comma or an object.
            (
                "“Our results reflected growth,” Menear said Tuesday in the earnings release.",
                Some("the earnings release"),
            ),
            (
                "“We lost that game,” Heyward said, via Brian Batko of the Post-Gazette.",
                Some("Brian Batko"),
            ),
            (
                "“He is not immune,” said one legal expert, as reported by the Independent.",
                Some("the Independent"),
            ),
            // An occasion, a paper, a question answered.
            (
                "“We had some issues,” Mayer said Tuesday at the Code Media conference in Hollywood.",
                Some("the Code Media conference"),
            ),
            (
                "“Outgassing occurs at lower levels,” Paganini and his team wrote in the paper.",
                Some("the paper"),
            ),
            (
                "“I cannot speak to that,” she said in response to a question.",
                Some("response to a question"),
            ),
            (
                "“We need more providers,” Bridenstine said in a conference call with reporters.",
                Some("a conference call"),
            ),
            // A medium that runs on to the "that" of what was said.
            (
                "The minister said in an interview with Reuters that the talks would resume.",
                Some("an interview with Reuters"),
            ),
            (
                "Kennedy said in the release this case demonstrates that threats are not speech.",
                Some("the release"),
            ),
            // Before the cue: a medium opening the sentence, a "via" set off.
            (
                "In a letter calling for the meeting, CPUC President Marybel Batjer said that the outages endanger lives.",
                Some("In a letter"),
            ),
            (
                "Richardson, via USA Today, said that Rudolph was protecting himself.",
                Some("USA Today"),
            ),
            // A body's name is no occasion, nor a place the speaker is at.
            (
                "“It is important,” said Eugene Kontorovich, a scholar at the Kohelet Policy Forum.",
                None,
            ),
            ("Officials at the meeting said the plan would fail.", None),
        ] {
            // The learned tagger may add a guess after the first quote ("in the earnings release").
            let q = find_quotes(text, "en", &[], None);
            assert!(q.len() == 1 || q[1].is_guess(), "{text}");
            assert_eq!(q[0].via.as_deref(), via, "{text}");
        }
    }

    fn first(text: &str) -> Option<(String, String, String)> {
        find_quotes(text, "en", &[], None)
            .into_iter()
            .next()
            .map(|q| (q.speaker.text, q.cue.unwrap_or_default(), q.content))
    }

    #[test]
    fn a_noun_of_saying_owned_by_its_speaker_attributes_its_clause() {
        let got = first("Voters weighed Senator Okoro's warning that the mill would close by spring, and shrugged.");
        assert_eq!(
            got,
            Some((
                "Senator Okoro".to_string(),
                "warning".to_string(),
                "that the mill would close by spring".to_string()
            ))
        );
        let got = first("Critics laughed at Ms. Alvarez's claim that the budget was balanced.");
        assert_eq!(got.map(|(who, _, _)| who), Some("Ms. Alvarez".to_string()));
        let got = first("Critics laughed at his claim that the budget was balanced.");
        assert_eq!(got.map(|(who, _, _)| who), Some("his".to_string()));
    }

    #[test]
    fn a_cue_aside_with_a_time_and_place_before_a_participle() {
        let got = first(
            "Exports will shrink, Ms. Alvarez said Friday in Lima, citing weak demand for copper.",
        );
        assert_eq!(
            got.map(|(who, cue, content)| (who, cue, content.starts_with("Exports will shrink"))),
            Some(("Ms. Alvarez".to_string(), "said".to_string(), true))
        );
        let got = first("The levee will hold, officials said, although the river is still rising.");
        assert_eq!(got.map(|(who, _, _)| who), Some("officials".to_string()));
    }

    #[test]
    fn the_outer_speaker_reports_a_belief_not_the_believer() {
        let got = first("Mr. Ndiaye said he believes the harbour deal was a mistake.");
        assert_eq!(
            got,
            Some((
                "Mr. Ndiaye".to_string(),
                "said".to_string(),
                "he believes the harbour deal was a mistake".to_string()
            ))
        );
    }

    #[test]
    fn according_to_needs_no_comma() {
        let got = first(
            "The mayor leads her rival by nine points according to a survey by the university.",
        );
        assert_eq!(
            got,
            Some((
                "a survey by the university".to_string(),
                "according to".to_string(),
                "The mayor leads her rival by nine points".to_string()
            ))
        );
    }

    #[test]
    fn a_name_and_a_colon_at_the_head_of_a_sentence_attribute_what_follows() {
        let got = first("Mayor Okafor: The bridge will reopen before winter.");
        assert_eq!(
            got,
            Some((
                "Mayor Okafor".to_string(),
                ":".to_string(),
                "The bridge will reopen before winter".to_string()
            ))
        );
        // Page labels, transcript turns in capitals and lists of names are not attributions.
        for text in [
            "Update: The bridge will reopen before winter.",
            "Read more: The bridge will reopen before winter.",
            "OKAFOR: The bridge will reopen before winter.",
            "Contributing: Ann Lee, Bo Chen, Cy Diaz and Dee Park.",
        ] {
            assert_eq!(first(text), None, "{text}");
        }
    }

    #[test]
    fn an_expectation_nobody_is_named_for_is_not_a_report() {
        // Precision first: "is expected to" names no source, and a news reader asks who said it.
        assert!(find_quotes(
            "The council is expected to approve the budget on Friday.",
            "en",
            &[],
            None
        )
        .is_empty());
    }

    #[test]
    fn broad_cues_attribute_beliefs_findings_and_calls() {
        let cases = [
            (
                "The mayor believes the bridge will reopen by spring.",
                "The mayor",
                "believes",
            ),
            (
                "A new survey shows that most farmers expect lower prices.",
                "A new survey",
                "shows",
            ),
            (
                "The council called for an inquiry into the flooding.",
                "The council",
                "called",
            ),
            (
                "The senator asked whether the budget had been audited.",
                "The senator",
                "asked",
            ),
            (
                "The union accused the company of hiding its losses.",
                "The union",
                "accused",
            ),
        ];
        for (text, speaker, cue) in cases {
            let (s, c, _) = first(text).unwrap_or_default();
            assert_eq!((s.as_str(), c.as_str()), (speaker, cue), "{text}");
        }
    }

    #[test]
    fn participle_and_second_verb_take_the_subject() {
        let found = find_quotes(
            "Mayor Lopez spoke on Monday, saying the budget would be balanced next year.",
            "en",
            &[],
            None,
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].speaker.text, "Mayor Lopez");
        let found = find_quotes(
            "The agency announced new rules for drones and said pilots must register online.",
            "en",
            &[],
            None,
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].content, "pilots must register online");
    }

    #[test]
    fn nouns_names_and_objects_are_not_cues() {
        for text in [
            "The reports suggest nothing new about the harbour.",
            "The claim that the vaccine causes autism spread quickly online.",
            "Planned Parenthood opened three clinics in the valley last year.",
            "He found a way to finish the bridge before winter.",
            "She called reporters into her office after lunch.",
            "Clinton holds a lead in pledged delegates across the south.",
        ] {
            let found = find_quotes(text, "en", &[], None);
            assert!(
                found.iter().all(|q| q.cue.as_deref() != Some("found")
                    && q.cue.as_deref() != Some("called")
                    && q.cue.as_deref() != Some("Planned")
                    && q.cue.as_deref() != Some("reports")),
                "{text}: {found:?}"
            );
        }
    }

    fn speakers(text: &str) -> Vec<(String, SpeakerKind)> {
        find_quotes(text, "en", &[], None)
            .into_iter()
            .map(|q| (q.speaker.text, q.speaker.kind))
            .collect()
    }

    #[test]
    fn a_sentence_opening_is_no_speaker() {
        for text in [
            "That said, the two papers might have made a good fit.",
            "Moreover: the installation holds a thousand lights.",
        ] {
            let got = speakers(text);
            assert!(
                got.iter()
                    .all(|(who, kind)| who.is_empty() && *kind == SpeakerKind::Unknown),
                "{got:?}"
            );
        }
        let got = speakers(
            "When Governor Ilse Brandt announced the deal last week, she said it would hold.",
        );
        assert!(
            got.iter().all(|(who, _)| !who.starts_with("When")),
            "{got:?}"
        );
        assert!(speakers(
            "While some teachers chanted, “Fund our schools,” the senators stayed inside."
        )
        .iter()
        .all(|(who, _)| !who.starts_with("While")),);
    }

    #[test]
    fn a_common_noun_heading_a_sentence_is_no_name() {
        let got =
            speakers("Analysts say the merger will close in May. Several analysts expect a delay.");
        assert_eq!(
            got.first(),
            Some(&("Analysts".to_string(), SpeakerKind::RoleOrDescription))
        );
        let got = first("Thomas allegedly told investigators that he had checked the cells.");
        assert_eq!(got.map(|(who, _, _)| who), Some("Thomas".to_string()));
        let got = first("The family claimed that the hospital had ignored the warnings.");
        assert_eq!(got.map(|(who, _, _)| who), Some("The family".to_string()));
        let got = speakers("We've said this before, many times: no special hardware is needed.");
        assert_eq!(
            got.first().map(|(_, kind)| *kind),
            Some(SpeakerKind::Pronoun)
        );
    }

    #[test]
    fn the_subject_stands_before_a_set_off_adverb_or_a_time() {
        let got =
            first("Most mainstream economists, however, argue that consumers pay for tariffs.");
        assert_eq!(
            got.map(|(who, _, _)| who),
            Some("Most mainstream economists".to_string())
        );
        let got = first(
            "Hours before the match, Wild coach Bruce Okafor praised the winger, saying he always finds a way to score.",
        );
        assert_eq!(
            got.map(|(who, _, _)| who),
            Some("Wild coach Bruce Okafor".to_string())
        );
        let got = first(
            "Two federal prison officers were charged Tuesday with falsifying records, stating they had checked on the inmate.",
        );
        assert_eq!(
            got.map(|(who, _, _)| who),
            Some("Two federal prison officers".to_string())
        );
    }

    #[test]
    fn the_reader_and_a_sentence_opening_name_nobody() {
        for text in [
            "You can also say that the new laptop is worth the price.",
            "Nothing indicated that he was armed.",
            "They need to do something if they expect to stay relevant next year.",
        ] {
            let got = speakers(text);
            assert!(got.iter().all(|(who, _)| who.is_empty()), "{text}: {got:?}");
        }
        let text = "Owen Dempsey treated the man in May. Because Dempsey suspected the feathers, he asked \
                    about the bedding. “It was the duvet all along,” Dempsey said.";
        let duvet = find_quotes(text, "en", &[], None)
            .into_iter()
            .find(|q| q.content.contains("duvet"))
            .map(|q| q.speaker.name);
        assert_eq!(duvet, Some(Some("Owen Dempsey".to_string())));
    }

    #[test]
    fn a_quote_split_by_its_cue_goes_on_past_a_short_month_and_a_comment() {
        let text = "“We are taking in billions,” Mr. Okoro said on Nov. 8. “I like our situation very much.”";
        let got = find_quotes(text, "en", &[], None);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].content.ends_with("I like our situation very much."),
            "{got:?}"
        );
        let got = first(
            "“We found water vapor,” lead researcher and NASA planetary scientist Lucas Pagano said.",
        );
        assert_eq!(
            got.map(|(who, _, _)| who),
            Some("lead researcher and NASA planetary scientist Lucas Pagano".to_string())
        );
        let got = first("“We are truly excited about the tour,” comments Johnston in a statement.");
        assert_eq!(
            got.map(|(who, cue, _)| (who, cue)),
            Some(("Johnston".to_string(), "comments".to_string()))
        );
    }

    #[test]
    fn the_subject_stands_before_a_relative_or_participle_clause_set_off() {
        let got = first(
            "Jennifer McCord, who has split from many fellow Republicans on issues such as the state's private school voucher program, told teachers that the raise was overdue.",
        );
        assert_eq!(
            got.map(|(who, _, _)| who),
            Some("Jennifer McCord".to_string())
        );
        let got = first(
            "The news organization, citing an anonymous government source, reported that the talks had stalled.",
        );
        assert_eq!(
            got.map(|(who, _, _)| who),
            Some("The news organization".to_string())
        );
    }

    #[test]
    fn an_aside_in_brackets_before_the_cue_is_no_speaker() {
        let got = first("Home Depot (ticker: HD) reported that sales fell short of estimates.");
        assert_eq!(got.map(|(who, _, _)| who), Some("Home Depot".to_string()));
    }

    #[test]
    fn a_clause_of_the_writers_own_ends_the_content() {
        let got = first(
            "Lt. Col. Alex Varga told lawmakers it was his duty to report the call, as he deflected attacks from the right.",
        );
        assert_eq!(
            got.map(|(_, _, content)| content),
            Some("it was his duty to report the call".to_string())
        );
    }

    #[test]
    fn a_quantity_added_is_not_speech() {
        assert!(first("The stock added more than 2% to begin the week.").is_none());
        assert!(first("Rookie Emil Berg added a goal and an assist, and Columbus won.").is_none());
        assert!(first("Japan's Nikkei 225 declined 0.3% on Tuesday.").is_none());
        // A time alone is not what was said, nor a circumstance of the saying.
        assert!(first("The company announced on Monday.").is_none());
        assert!(first("Mr. Okafor said while visiting the conference in San Francisco.").is_none());
        let got = first("She tweeted: “When something gets under his skin, he lashes out.”");
        assert_eq!(got.map(|(who, _, _)| who), Some("She".to_string()));
        let got = first("The mayor added that the bridge would reopen in May.");
        assert_eq!(got.map(|(who, _, _)| who), Some("The mayor".to_string()));
    }
}

/// Indonesian sentences where a cue word is not speech: a noun ("kata kunci", "tutur kata"), an adjective
/// ("sudah jelas", "sikap tegas"), a document after "menurut", a question, a negated cue, a title in quotes.
#[cfg(test)]
mod indonesian_negatives {
    use super::*;

    const NOT_SPEECH: &[&str] = &[
        "Kata kunci dalam kebijakan itu adalah transparansi anggaran daerah.",
        "Kata-kata kasar pejabat itu memicu kemarahan warga di media sosial.",
        "Dalam kata lain, pemerintah harus menambah anggaran subsidi tahun ini.",
        "Ia tidak mengucapkan satu kata pun selama sidang berlangsung.",
        "Acara dibuka pukul 09.00 WIB, kata sambutan disampaikan oleh Bupati Sleman.",
        "Setelah perundingan panjang, kedua pihak akhirnya mencapai kata sepakat.",
        "Seorang pedagang di pasar itu, sebut saja Ani, kehilangan separuh pendapatannya.",
        "Sebut saja Budi, pedagang sayur yang kehilangan separuh pendapatannya sejak pasar terbakar.",
        "Kelompok yang disebut sebagai sayap militer itu telah dibubarkan pada 2019.",
        "Menurut data BPS, angka kemiskinan turun menjadi 9,36 persen pada Maret 2023.",
        "Menurut hasil survei Litbang Kompas, elektabilitas partai itu naik dua persen.",
        "Angka pengangguran terbuka turun tipis, menurut data Badan Pusat Statistik.",
        "Menurut jadwal, sidang lanjutan perkara itu digelar pekan depan.",
        "Ungkapan itu sering dipakai para pejabat untuk menghindari pertanyaan wartawan.",
        "Tambahan anggaran itu akan digunakan untuk memperbaiki jalan desa.",
        "Aturannya sudah jelas, setiap kendaraan wajib membayar pajak tepat waktu.",
        "Harga cabai naik tajam, jelas terlihat dari antrean pembeli di pasar induk.",
        "Bagi warga, aturannya tidak jelas, sehingga banyak yang enggan mendaftar.",
        "Petugas menjelaskan dengan jelas prosedur pendaftaran kepada calon jemaah.",
        // A marker right after "yang" belongs to the relative clause: a thing, not a statement.
        "Ia menjelaskan langkah yang harus diambil warga sebelum mendaftar.",
        "Budi menyebut jumlah lowongan yang terbuka bagi lulusan baru.",
        // A stance with a thing after it, not a clause.
        "Pemerintah daerah mengecam keras tindakan para pelaku pembakaran itu.",
        "Ketua partai itu menyayangkan keputusan pengadilan negeri.",
        // "Kata" before a noun that is not a person is the noun "word".
        "Kata Pengantar buku itu ditulis langsung oleh rektor.",
        "Kata sambutan Bupati dibacakan oleh sekretaris daerah.",
        // A speaker who did not say it: the negation is the cue's, not a relative clause's.
        "Pejabat itu tidak mengatakan apa pun soal rencana kenaikan harga.",
        "Pemerintah mengambil sikap tegas terhadap perusahaan yang mencemari sungai.",
        "Secara tegas, aparat menindak pelaku pembalakan liar di kawasan hutan lindung.",
        "Jalan itu kini terang, lampu jalan baru dipasang di sepanjang jalur mudik.",
        "Ia secara terang-terangan menolak rencana pembangunan pabrik semen itu.",
        "Ucapan selamat mengalir dari berbagai kalangan setelah tim nasional menang.",
        "Warga mengenal dia sebagai sosok yang santun, tutur katanya lembut dan ramah.",
        "Cerita itu beredar luas di media sosial sejak pekan lalu.",
        "Apakah presiden mengatakan bahwa harga BBM akan naik tahun depan?",
        "Juru bicara itu tidak mengatakan kapan harga beras akan turun.",
        "Presiden tidak pernah mengatakan bahwa ia akan mundur dari jabatannya.",
        "Warga desa itu disebut sebagai “pahlawan” oleh para pendaki yang selamat.",
        "Film “Dua Garis Biru” meraih tiga penghargaan dalam festival itu.",
        "Buku berjudul “Jalan Panjang Menuju Demokrasi” diluncurkan di Jakarta, Senin.",
        "“Operasi Ketupat Jaya Tahun Ini Dimulai Serentak Di Seluruh Indonesia”",
        "Ia menambahkan garam ke dalam adonan sebelum memanggangnya.",
        "Menurut informasi yang dihimpun, jembatan itu ambruk setelah diterjang banjir bandang.",
        "Menurut laporan yang diterima Dinas Kesehatan, jumlah pasien demam berdarah terus bertambah.",
        "Sebuah dokumen penelitian menyebutkan, candi itu dibangun pada abad kesembilan.",
        "Data Badan Pusat Statistik menyebutkan, angka kemiskinan turun tipis tahun ini.",
        "Karena merasa dirugikan, maka pihak keluarga akan melaporkan kasus ini ke Komnas HAM.",
        // Reporting someone to the authorities is a complaint, not a statement.
        "Budi melaporkan tetangganya ke polisi karena dugaan penipuan.",
        "LSM itu melaporkan Bupati Sleman atas dugaan korupsi dana desa.",
        "Pengacara itu melaporkan seorang wartawan dengan tuduhan pencemaran nama baik.",
        "Warga melaporkan kehilangan sepeda motor kepada petugas jaga.",
        // Cue words in other senses.
        "Menurut rencana, jembatan itu akan diresmikan bulan depan.",
        "Sebut saja Ani, perempuan berusia 30 tahun itu menjadi korban penipuan.",
        "Dengan kata lain, pemerintah gagal menurunkan harga beras.",
        "Seperti kata pepatah, tak ada gading yang tak retak.",
        "Ia berkata jujur kepada polisi soal kejadian malam itu.",
        "Pemuda itu menyatakan cintanya kepada gadis itu di depan umum.",
        "Jenderal Khalifa Haftar telah menyatakan perang terhadap kelompok bersenjata di Libya timur.",
        "Tersangka dikenakan wajib lapor setiap Senin dan Kamis.",
        "Warga menggelar aksi bela Palestina di depan kedutaan, Jumat.",
        "Hal itu menjadi tanggung jawab Kepala Dinas Pendidikan.",
        "Dalam sesi tanya jawab itu, Budi tidak banyak bicara.",
        // A passive after a modal or a relative names no speaker.
        "Jika ada gejala yang tidak dapat dijelaskan, Anda harus segera menghubungi dokter.",
        "Hal yang disampaikan Budi dalam rapat itu cukup penting.",
        // A rule of a body states; the body named after the rule is not the speaker.
        "Warga mendukung aturan KPU yang menyatakan partai wajib melaporkan dana kampanye.",
        "Bantuan itu disampaikan Bupati Sleman di balai desa, Senin.",
        // Near misses of the wider cue inventory: a description, an adjective, an act, a thing named, a
        // feeling declared, a cry with no words, a passive of cooking or history.
        "Pelaku yang mengaku sebagai petugas bank itu menguras rekening korban.",
        "Pelaku mengaku sebagai anggota TNI untuk menipu korban.",
        "Ia bilang terima kasih kepada warga yang membantu.",
        "Polisi menjamin keamanan selama libur Lebaran.",
        "Warga menyatakan cinta mereka pada tanah kelahiran dengan menanam pohon.",
        "Seseorang yang konon mengaku paman korban menghilang sejak pekan lalu.",
        "Pembangunan jalan tol itu dinilai cukup mendesak oleh warga.",
        "Rombongan itu melanjutkan perjalanan ke Bandung setelah beristirahat.",
        "Ia menyebut nama-nama pejabat yang terlibat dalam kasus itu.",
        "Petugas memastikan keamanan di sekitar lokasi acara.",
        "Pemuda itu menyatakan cinta kepada kekasihnya di depan umum.",
        "Anak-anak berteriak kegirangan saat hujan turun.",
        "Dia menjelaskan cara menggunakan aplikasi itu kepada warga.",
        "Menteri itu menegaskan komitmen menjaga harga beras.",
        "Garam ditambahkan sedikit demi sedikit ke dalam adonan.",
        "Kemerdekaan Indonesia diakui Belanda pada 1949.",
        "Pihak sekolah hanya meminta rekam medis siswa dan tidak mewajibkan tes lain.",
        "Panitia menyampaikan ke keluarga korban melalui surat yang dikirim pagi tadi.",
        // Objects, not statements, after verbs that also introduce a clause.
        "Dia menjelaskan cara membuat kue kepada anak-anak.",
        "Budi mengungkapkan rasa terima kasihnya kepada warga.",
        "Menteri itu menegaskan komitmen pemerintah untuk tidak menaikkan harga.",
        // One who is asked, or finds it hard, to say something says nothing.
        "Sulit untuk mengatakan tidak kepada tawaran semurah itu.",
        "Siswa diminta menyebutkan nama-nama provinsi di Indonesia.",
        // What was said stands elsewhere; a second verb is no content.
        "Presiden mengatakan hal itu usai meresmikan jembatan di Kalimantan.",
        "Ketiga anaknya memberitahu warga dan menyisir pinggir kali sampai malam.",
        // Nouns that attribute only with -nya.
        "Ia membaca pesan singkat itu, pesan Budi kepada istrinya sebelum berangkat.",
        "Film itu menceritakan hidup seorang guru, kisah Pak Budi di pedalaman Papua.",
    ];

    /// The same cue words as verbs of saying: (text, speaker, cue).
    const SPEECH: &[(&str, &str, &str)] = &[
        (
            "“Kami tidak akan mundur,” tegas Menteri Keuangan Sri Mulyani.",
            "Menteri Keuangan Sri Mulyani",
            "tegas",
        ),
        (
            "Bantuan akan tiba besok pagi, jelas juru bicara BNPB itu.",
            "juru bicara BNPB itu",
            "jelas",
        ),
        (
            "Harga cabai naik dua kali lipat sejak pekan lalu, kata seorang pedagang.",
            "seorang pedagang",
            "kata",
        ),
        (
            "Pasokan beras aman sampai akhir tahun, sebut Kepala Bulog.",
            "Kepala Bulog",
            "sebut",
        ),
        (
            "Jalur mudik sudah siap dilalui kendaraan, terang Kapolda Jawa Tengah.",
            "Kapolda Jawa Tengah",
            "terang",
        ),
        (
            "Menurut Kepala BPS Amalia Widyasanti, angka kemiskinan turun tahun ini.",
            "Kepala BPS Amalia Widyasanti",
            "Menurut",
        ),
        (
            "Ia menambahkan bahwa dana itu akan cair pekan depan.",
            "Ia",
            "menambahkan",
        ),
    ];

    #[test]
    fn cue_words_as_verbs_still_attribute() {
        for (text, speaker, cue) in SPEECH {
            let found = find_quotes(text, "id", &[], None);
            let got: Vec<(&str, Option<&str>)> = found
                .iter()
                .map(|q| (q.speaker.text.as_str(), q.cue.as_deref()))
                .collect();
            assert_eq!(got, [(*speaker, Some(*cue))], "{text}");
        }
    }

    /// Partitive and group speakers point back to the group named before: (text, speaker, antecedent).
    #[test]
    fn group_speakers_take_the_group_named_before() {
        let cases = [
            (
                "Ratusan warga mendatangi kantor bupati, beberapa di antaranya mengatakan bahwa bantuan belum diterima.",
                "beberapa di antaranya",
                "Ratusan warga",
            ),
            (
                "Polisi memeriksa para pengungsi di perbatasan. Salah seorang di antara mereka mengatakan bahwa kamp itu sudah penuh.",
                "Salah seorang di antara mereka",
                "para pengungsi",
            ),
            (
                "Dua pejabat AS berbicara kepada Reuters pada Senin. Mereka mengatakan bahwa kapal itu sudah berlayar.",
                "Mereka",
                "Dua pejabat AS",
            ),
            (
                "Sejumlah nelayan di Muara Angke kehilangan perahu. Keduanya mengatakan bahwa ombak datang tiba-tiba.",
                "Keduanya",
                "Sejumlah nelayan",
            ),
            (
                "Para petani menolak impor beras, salah satunya mengatakan bahwa harga gabah jatuh.",
                "salah satunya",
                "Para petani",
            ),
        ];
        for (text, speaker, antecedent) in cases {
            let found = find_quotes(text, "id", &[], None);
            let got: Vec<(&str, Option<&str>)> = found
                .iter()
                .map(|q| (q.speaker.text.as_str(), q.speaker.antecedent.as_deref()))
                .collect();
            assert_eq!(got, [(speaker, Some(antecedent))], "{text}");
        }
        // A partitive of a whole named in place needs no antecedent.
        let found = find_quotes(
            "Sebagian warga mengatakan bahwa air bersih belum mengalir.",
            "id",
            &[],
            None,
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].speaker.text, "Sebagian warga");
        assert_eq!(found[0].speaker.antecedent, None);
    }

    fn id_quotes(text: &str) -> Vec<Quote> {
        find_quotes(text, "id", &[], None)
    }

    /// Indonesian news grammar: (text, speaker as written, content) of the one quote found.
    #[test]
    fn indonesian_asides_short_cues_and_menurut_inside_a_sentence() {
        let cases = [
            // Short cues that are as often other words attribute after a quote or with a speaker after them.
            (
                "“Kami tidak akan mundur dari rencana itu,” tandas Ketua Koperasi Rudi Hartono.",
                "Ketua Koperasi Rudi Hartono",
                "Kami tidak akan mundur dari rencana itu",
            ),
            (
                "“Semua warga harus ikut menjaga kebersihan sungai,” harap mantan kepala desa itu.",
                "mantan kepala desa itu",
                "Semua warga harus ikut menjaga kebersihan sungai",
            ),
            // "aku" (from "mengaku") as a cue before a name; as the pronoun it is no cue.
            (
                "“Saya kira memang orang Telkom,” aku Parmin (61), pemilik warung kopi.",
                "Parmin",
                "Saya kira memang orang Telkom",
            ),
            (
                "“Aku tidak tahu siapa pelakunya,” kata Budi, lalu aku pergi.",
                "Budi",
                "Aku tidak tahu siapa pelakunya",
            ),
            // A name ends the speaker before a relative clause or a verb.
            (
                "“Pasar akan dibuka kembali pekan depan,” ujar Sulastri yang menjabat lurah setempat.",
                "Sulastri",
                "Pasar akan dibuka kembali pekan depan",
            ),
            // A cue aside: a short head goes with the tail, a long one is left out.
            (
                "Dalam rapat itu, kata Bambang, anggaran untuk perbaikan jalan desa sudah disetujui dewan.",
                "Bambang",
                "Dalam rapat itu, kata Bambang, anggaran untuk perbaikan jalan desa sudah disetujui dewan",
            ),
            (
                "Dari seluruh sekolah dasar negeri di kabupaten itu, ujar dia, tiga rusak berat.",
                "dia",
                "tiga rusak berat",
            ),
            (
                "Gejala awal penyakit itu, menurut dokter Ratna Sari, adalah demam tinggi dan nyeri sendi yang berlangsung lama.",
                "dokter Ratna Sari",
                "Gejala awal penyakit itu, menurut dokter Ratna Sari, adalah demam tinggi dan nyeri sendi yang berlangsung lama",
            ),
            // A short cue and its speaker at the head of a sentence.
            (
                "Kata dia, panitia sudah menyiapkan dua ratus kursi tambahan.",
                "dia",
                "panitia sudah menyiapkan dua ratus kursi tambahan",
            ),
            // "menurut" inside a sentence, with a pronoun and no comma, after a connective.
            (
                "Mundurnya pelatih itu menurut dia adalah awal pembenahan tim secara menyeluruh.",
                "dia",
                "Mundurnya pelatih itu menurut dia adalah awal pembenahan tim secara menyeluruh",
            ),
            (
                "Menurut seorang pedagang, Sutrisno (51) yang ditemui di pasar, harga cabai naik dua kali lipat.",
                "seorang pedagang, Sutrisno",
                "harga cabai naik dua kali lipat",
            ),
            // Quote marks: mangled by a wrong encoding, a closing mark opening, a quote inside a quote.
            (
                "\u{FFFD}\u{FFFD}Stok beras cukup sampai Lebaran. Warga tidak perlu panik,\u{FFFD}\u{FFFD} kata Kepala Bulog Andi Saputra.",
                "Kepala Bulog Andi Saputra",
                "Stok beras cukup sampai Lebaran. Warga tidak perlu panik",
            ),
            (
                "”Jembatan itu sudah lama rusak. Kami terpaksa memutar jauh,” ujar Darmawan.",
                "Darmawan",
                "Jembatan itu sudah lama rusak. Kami terpaksa memutar jauh",
            ),
            (
                "\"Program ini semacam \"jembatan\" bagi petani muda di desa kami,\" kata Wulandari.",
                "Wulandari",
                "Program ini semacam \"jembatan\" bagi petani muda di desa kami",
            ),
        ];
        for (text, speaker, content) in cases {
            let got = id_quotes(text);
            assert_eq!(got.len(), 1, "{text}\n{got:?}");
            assert_eq!(
                (got[0].speaker.text.as_str(), got[0].content.as_str()),
                (speaker, content),
                "{text}"
            );
        }
    }

    #[test]
    fn nya_cues_find_the_subject_named_before_them() {
        // "tutupnya" points to the subject of the sentence before it, whose hope is a statement too.
        let q = id_quotes(
            "Camat Suryadi berharap jalan itu selesai tahun ini. “Warga sudah lama menunggu,” tutupnya.");
        assert_eq!(q.len(), 2);
        assert_eq!(q[1].speaker.text, "Camat Suryadi");
        assert_eq!(q[1].speaker.antecedent.as_deref(), Some("Camat Suryadi"));
        // A "-nya" after a pronoun nobody was named for stays unresolved.
        let q = id_quotes(
            "Dia mengatakan banjir sudah surut di tiga desa. Saat ini, katanya, warga mulai pulang ke rumah masing-masing.");
        assert_eq!(q.len(), 2);
        assert_eq!(q[1].speaker.antecedent, None);
    }

    #[test]
    fn a_role_named_by_its_noun_alone_points_back_to_the_description_before() {
        let q = id_quotes(
            "Warga Kampung Baru Nelayan, Kota Medan, mengeluhkan sampah yang menumpuk. Sampah itu, menurut warga, sudah tiga minggu tidak diangkut petugas.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].speaker.text, "warga");
        assert_eq!(
            q[0].speaker.antecedent.as_deref(),
            Some("Warga Kampung Baru Nelayan")
        );
    }

    #[test]
    fn short_cues_that_are_other_words_give_no_quote() {
        for text in [
            "Mohon harap maklum, jalan ditutup selama perbaikan jembatan berlangsung.",
            "Tokoh masyarakat itu tutup usia pada Senin pagi di rumahnya.",
            "Acara ditutup dengan sesi tanya jawab bersama para peserta seminar.",
            "Pembangunan jalan akan dilanjutkan, lebih lanjut anggaran dibahas bulan depan.",
        ] {
            let found = id_quotes(text);
            assert!(found.is_empty(), "{text}\n{found:?}");
        }
    }

    #[test]
    fn cue_words_that_are_not_speech_give_no_quote() {
        let failures: Vec<String> = NOT_SPEECH
            .iter()
            .filter_map(|text| {
                let found = find_quotes(text, "id", &[], None);
                (!found.is_empty()).then(|| format!("{text}\n  -> {found:?}"))
            })
            .collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}

/// Indonesian patterns once missed or misread: each case is a text and the quotes found in it, as (speaker as
/// written, speaker kind, cue, quote kind, content).
#[cfg(test)]
mod indonesian_known_misses {
    use super::*;
    use warta_model::SpeakerKind;

    /// (speaker as written, speaker kind, cue, kind, content) of each quote of an Indonesian text.
    type Row<'a> = (&'a str, SpeakerKind, Option<&'a str>, QuoteKind, &'a str);

    fn rows(text: &str) -> Vec<(String, SpeakerKind, Option<String>, QuoteKind, String)> {
        find_quotes(text, "id", &[], None)
            .into_iter()
            .map(|q| (q.speaker.text, q.speaker.kind, q.cue, q.kind, q.content))
            .collect()
    }

    fn check(cases: &[(&str, &[Row])]) {
        for (text, want) in cases {
            let want: Vec<_> = want
                .iter()
                .map(|(s, k, c, q, t)| {
                    (s.to_string(), *k, c.map(str::to_string), *q, t.to_string())
                })
                .collect();
            assert_eq!(rows(text), want, "{text}");
        }
    }

    use QuoteKind::{Direct, Indirect, Mixed};
    use SpeakerKind::{NamedPerson, Organization, Outlet, Pronoun, RoleOrDescription};

    /// A dateline and a time said in passing open the sentence but are no part of the speaker.
    #[test]
    fn datelines_and_times_stay_out_of_the_speaker() {
        check(&[
            (
                "Sekretaris setgab koalisi Syarief Hasan semalam mengungkapkan, posisi PKS di setgab sudah berakhir.",
                &[(
                    "Sekretaris setgab koalisi Syarief Hasan",
                    NamedPerson,
                    Some("mengungkapkan"),
                    Indirect,
                    "posisi PKS di setgab sudah berakhir",
                )],
            ),
            (
                "Budi juga turut mendesak pemerintah agar segera membahas revisi undang-undang.",
                &[(
                    "Budi",
                    NamedPerson,
                    Some("mendesak"),
                    Indirect,
                    "pemerintah agar segera membahas revisi undang-undang",
                )],
            ),
            // An adverb before the cue is never the speaker.
            (
                "Mereka mengecam tindakan pelaku, saling mengingatkan agar tetap waspada dalam bepergian.",
                &[],
            ),
            (
                "Alex lagi-lagi membantah menerima duit 2,5 persen dari total proyek.",
                &[(
                    "Alex",
                    NamedPerson,
                    Some("membantah"),
                    Indirect,
                    "menerima duit 2,5 persen dari total proyek",
                )],
            ),
            (
                "JAKARTA, KOMPAS.com — Menteri Keuangan Sri Mulyani mengatakan defisit anggaran tetap terjaga.",
                &[(
                    "Menteri Keuangan Sri Mulyani",
                    NamedPerson,
                    Some("mengatakan"),
                    Indirect,
                    "defisit anggaran tetap terjaga",
                )],
            ),
            (
                "BANGKAPOS.COM, PANGKALPINANG - Kapolres Budi Santoso menegaskan pihaknya akan menindak tegas pelaku.",
                &[(
                    "Kapolres Budi Santoso",
                    NamedPerson,
                    Some("menegaskan"),
                    Indirect,
                    "pihaknya akan menindak tegas pelaku",
                )],
            ),
            (
                "Saat itu pengamat menyatakan persaingan sesungguhnya ditentukan oleh dua calon.",
                &[(
                    "pengamat",
                    RoleOrDescription,
                    Some("menyatakan"),
                    Indirect,
                    "persaingan sesungguhnya ditentukan oleh dua calon",
                )],
            ),
        ]);
        // A dash after a sentence's first words is no dateline.
        assert_eq!(dateline_len("AS - Rusia sepakat"), 0);
        assert_eq!(dateline_len("Harga BBM - kata Budi - naik"), 0);
        assert_eq!(
            dateline_len("WASHINGTON (Reuters) - The"),
            "WASHINGTON (Reuters) - ".len()
        );
        assert_eq!(dateline_len("ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ"), 0);
    }

    /// A second verb joined by "namun", "lalu" or "kemudian" keeps the subject of the sentence, and the less
    /// common verbs of telling count when a clause follows them.
    #[test]
    fn joined_and_less_common_cues() {
        check(&[
            (
                "Ia tidak menyebutkan nama korban namun mengatakan, pria itu berusia 22 tahun.",
                &[(
                    "Ia",
                    Pronoun,
                    Some("mengatakan"),
                    Indirect,
                    "pria itu berusia 22 tahun",
                )],
            ),
            (
                "Budi tidak hadir kemudian mengatakan, warga menolak tambang.",
                &[(
                    "Budi",
                    NamedPerson,
                    Some("mengatakan"),
                    Indirect,
                    "warga menolak tambang",
                )],
            ),
            (
                "Retno Marsudi pekan lalu mengatakan Indonesia siap menjadi tuan rumah.",
                &[(
                    "Retno Marsudi",
                    NamedPerson,
                    Some("mengatakan"),
                    Indirect,
                    "Indonesia siap menjadi tuan rumah",
                )],
            ),
            (
                "Zulkarnain mencontohkan, pendapatan dari pasar itu sebesar Rp 240 juta setiap tahun.",
                &[(
                    "Zulkarnain",
                    NamedPerson,
                    Some("mencontohkan"),
                    Indirect,
                    "pendapatan dari pasar itu sebesar Rp 240 juta setiap tahun",
                )],
            ),
            ("Polisi mengungkap kasus narkoba di Pangkalpinang.", &[]),
            ("Budi membocorkan rahasia perusahaan kepada pesaing.", &[]),
        ]);
    }

    /// Indonesian news keeps a quote split by its cue as two quotes of one speaker.
    #[test]
    fn a_quote_split_by_its_cue_is_two_quotes() {
        check(&[
            (
                "“Harga beras akan turun,” kata Budi Santoso, “karena panen tahun ini bagus.”",
                &[
                    (
                        "Budi Santoso",
                        NamedPerson,
                        Some("kata"),
                        Direct,
                        "Harga beras akan turun",
                    ),
                    (
                        "Budi Santoso",
                        NamedPerson,
                        None,
                        Direct,
                        "karena panen tahun ini bagus.",
                    ),
                ],
            ),
            (
                "“Kami tidak akan mundur,” kata Kapolres. “Semua pelaku akan kami tangkap.”",
                &[
                    (
                        "Kapolres",
                        RoleOrDescription,
                        Some("kata"),
                        Direct,
                        "Kami tidak akan mundur",
                    ),
                    (
                        "Kapolres",
                        RoleOrDescription,
                        None,
                        Direct,
                        "Semua pelaku akan kami tangkap.",
                    ),
                ],
            ),
            // Nobody named: the "-nya" speaks for both, a pronoun left unresolved.
            (
                "“Harga beras akan turun,” ujarnya. “Panen tahun ini sangat bagus.”",
                &[
                    (
                        "ujarnya",
                        Pronoun,
                        Some("ujarnya"),
                        Direct,
                        "Harga beras akan turun",
                    ),
                    (
                        "ujarnya",
                        Pronoun,
                        None,
                        Direct,
                        "Panen tahun ini sangat bagus.",
                    ),
                ],
            ),
        ]);
        // The English convention stays: one quote.
        let english = find_quotes(
            "“Prices will fall,” the minister said. “The harvest is good.”",
            "en",
            &[],
            None,
        );
        assert_eq!(english.len(), 1, "{english:?}");
    }

    /// Single quote marks, curly or straight, alone or doubled, mark a direct quote.
    #[test]
    fn single_quote_layouts() {
        let said = [(
            "Budi",
            NamedPerson,
            Some("kata"),
            Direct,
            "Kami tidak akan mundur dari kasus ini",
        )];
        for text in [
            "‘Kami tidak akan mundur dari kasus ini,’ kata Budi.",
            "‘’Kami tidak akan mundur dari kasus ini,’’ kata Budi.",
            "''Kami tidak akan mundur dari kasus ini,'' kata Budi.",
            "'Kami tidak akan mundur dari kasus ini,' kata Budi.",
        ] {
            check(&[(text, &said)]);
        }
        check(&[(
            "''Kami tidak akan mundur,'' kata Budi. ''Semua pelaku akan kami tangkap.''",
            &[
                (
                    "Budi",
                    NamedPerson,
                    Some("kata"),
                    Direct,
                    "Kami tidak akan mundur",
                ),
                (
                    "Budi",
                    NamedPerson,
                    None,
                    Direct,
                    "Semua pelaku akan kami tangkap.",
                ),
            ],
        )]);
    }

    /// A quote that ends in its own punctuation with its cue right after it, after words that are no cue;
    /// a cue aside before a clause that opens with a name; short cues of shouting, whispering, joking.
    #[test]
    fn quotes_and_asides_cued_after_them() {
        check(&[
            (
                "Saat ditanya soal rencananya, pria itu memberi jawaban, “Besok aku mau lari pagi. Bebas!” katanya.",
                &[("katanya", Pronoun, Some("katanya"), Direct, "Besok aku mau lari pagi. Bebas!")],
            ),
            (
                "Ceritanya, kata pria tersebut, Fani pergi dengan kekasihnya entah ke mana.",
                &[("pria tersebut", RoleOrDescription, Some("kata"), Indirect, "Ceritanya, kata pria tersebut, Fani pergi dengan kekasihnya entah ke mana")],
            ),
            (
                "“Tolong, rumah kami terbakar!” teriak seorang warga.",
                &[("seorang warga", RoleOrDescription, Some("teriak"), Direct, "Tolong, rumah kami terbakar!")],
            ),
            (
                "“Jaga kesehatan selama perjalanan mudik,” pesannya.",
                &[("pesannya", Pronoun, Some("pesannya"), Direct, "Jaga kesehatan selama perjalanan mudik")],
            ),
        ]);
        // An appositive after the aside is no clause: "kata Budi, Ketua RT setempat".
        let q = find_quotes(
            "Harga beras naik lagi, kata Budi, Ketua RT setempat.",
            "id",
            &[],
            None,
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].content, "Harga beras naik lagi");
    }

    /// "Kata Budi, “…”", "Menurut dia, “…”": a short cue and its speaker opening the sentence lead into the
    /// quote.
    #[test]
    fn a_cue_leading_into_a_quote() {
        check(&[
            (
                "Kata Budi, “Kami siap menghadapi pertandingan besok.”",
                &[(
                    "Budi",
                    NamedPerson,
                    Some("Kata"),
                    Direct,
                    "Kami siap menghadapi pertandingan besok.",
                )],
            ),
            (
                "Menurut dia, “Semua pihak harus menahan diri.”",
                &[(
                    "dia",
                    Pronoun,
                    Some("Menurut"),
                    Direct,
                    "Semua pihak harus menahan diri.",
                )],
            ),
            (
                "Sementara itu, kata Kapolres, “Pelaku masih kami buru.”",
                &[(
                    "Kapolres",
                    RoleOrDescription,
                    Some("kata"),
                    Direct,
                    "Pelaku masih kami buru.",
                )],
            ),
        ]);
    }

    /// "menegaskan", "menjelaskan", "mengungkapkan" report a clause without "bahwa" when it has a subject and
    /// a predicate of its own.
    #[test]
    fn a_clause_without_bahwa() {
        check(&[
            // "bekerja" is a ber- verb written with "be-".
            (
                "Anwar menegaskan lembaga itu bekerja secara independen.",
                &[(
                    "Anwar",
                    NamedPerson,
                    Some("menegaskan"),
                    Indirect,
                    "lembaga itu bekerja secara independen",
                )],
            ),
            (
                "Kapolres menegaskan pihaknya akan menindak tegas setiap pelaku.",
                &[(
                    "Kapolres",
                    RoleOrDescription,
                    Some("menegaskan"),
                    Indirect,
                    "pihaknya akan menindak tegas setiap pelaku",
                )],
            ),
            (
                "Ia menjelaskan pihaknya sudah menurunkan tim ke lokasi.",
                &[(
                    "Ia",
                    Pronoun,
                    Some("menjelaskan"),
                    Indirect,
                    "pihaknya sudah menurunkan tim ke lokasi",
                )],
            ),
            (
                "Budi mengungkapkan dana bantuan itu belum cair sampai sekarang.",
                &[(
                    "Budi",
                    NamedPerson,
                    Some("mengungkapkan"),
                    Indirect,
                    "dana bantuan itu belum cair sampai sekarang",
                )],
            ),
            // The subject's relative clause set off by commas.
            (
                "Levy menegaskan Tottenham, yang finis kedua musim lalu, tidak akan menjual pemain.",
                &[(
                    "Levy",
                    NamedPerson,
                    Some("menegaskan"),
                    Indirect,
                    "Tottenham, yang finis kedua musim lalu, tidak akan menjual pemain",
                )],
            ),
            (
                "Happy menegaskan kesepakatan itu tentu ada.",
                &[(
                    "Happy",
                    NamedPerson,
                    Some("menegaskan"),
                    Indirect,
                    "kesepakatan itu tentu ada",
                )],
            ),
            (
                "Menteri itu menegaskan tidak akan mundur dari jabatannya.",
                &[(
                    "Menteri itu",
                    RoleOrDescription,
                    Some("menegaskan"),
                    Indirect,
                    "tidak akan mundur dari jabatannya",
                )],
            ),
        ]);
    }

    /// Passive cues inside a sentence, and "Hal itu dikatakan X" after what X said.
    #[test]
    fn passive_cues_in_mid_sentence() {
        check(&[
            (
                "Dijelaskannya, pembangunan jembatan itu akan selesai tahun depan.",
                &[("Dijelaskannya", Pronoun, Some("Dijelaskannya"), Indirect, "pembangunan jembatan itu akan selesai tahun depan")],
            ),
            (
                "Budi Santoso meninjau lokasi banjir di Bekasi. Lebih lanjut dikatakannya, program itu akan dilanjutkan tahun depan.",
                &[("Budi Santoso", NamedPerson, Some("dikatakannya"), Indirect, "program itu akan dilanjutkan tahun depan")],
            ),
            (
                "Harga beras akan turun bulan depan. Hal itu dikatakan Kepala Dinas Perdagangan, Rizky, di Jakarta, Senin.",
                &[("Kepala Dinas Perdagangan, Rizky", NamedPerson, Some("dikatakan"), Indirect, "Harga beras akan turun bulan depan")],
            ),
            (
                "Harga beras akan turun bulan depan. Hal tersebut juga ditegaskan Menteri Perdagangan Budi Santoso.",
                &[("Menteri Perdagangan Budi Santoso", NamedPerson, Some("ditegaskan"), Indirect, "Harga beras akan turun bulan depan")],
            ),
            (
                "“Harga beras akan turun bulan depan.” Hal itu disampaikan Menteri Perdagangan Budi Santoso di Jakarta.",
                &[("Menteri Perdagangan Budi Santoso", NamedPerson, Some("disampaikan"), Direct, "Harga beras akan turun bulan depan.")],
            ),
            // Other nouns of saying, and "Begitu" for "Demikian", after a quote.
            (
                "“Sudah berkali-kali kami laporkan lampu jalan mati.” Keluhan itu disampaikan Rudi Hartono, warga Desa Banaran.",
                &[("Rudi Hartono", NamedPerson, Some("disampaikan"), Direct, "Sudah berkali-kali kami laporkan lampu jalan mati.")],
            ),
            (
                "“Daya beli sedang tertekan.” Begitu kata ekonom Fikri Rahmatullah di Jakarta.",
                &[("ekonom Fikri Rahmatullah", NamedPerson, Some("Begitu kata"), Direct, "Daya beli sedang tertekan.")],
            ),
            (
                "“Saya lihat ada asap dari atap bengkel.” Begitu penuturan Heri Kusnadi, tetangga bengkel.",
                &[("Heri Kusnadi", NamedPerson, Some("Begitu penuturan"), Direct, "Saya lihat ada asap dari atap bengkel.")],
            ),
            (
                "Stok beras aman hingga Lebaran. Demikian penjelasan Kepala Gudang Andi Saputra.",
                &[("Kepala Gudang Andi Saputra", NamedPerson, Some("Demikian penjelasan"), Indirect, "Stok beras aman hingga Lebaran")],
            ),
            // "Begitu" opening a time clause sums nothing up.
            ("“Rapat dimulai.” Begitu Budi tiba, semua diam.", &[]),
            (
                "Penertiban reklame kali ini dikatakan Rizky sengaja menggunakan las.",
                &[("Rizky", NamedPerson, Some("dikatakan"), Indirect, "Penertiban reklame kali ini dikatakan Rizky sengaja menggunakan las")],
            ),
            (
                "Penertiban reklame kali ini, dikatakan Rizky, sengaja menggunakan las.",
                &[("Rizky", NamedPerson, Some("dikatakan"), Indirect, "Penertiban reklame kali ini, dikatakan Rizky, sengaja menggunakan las")],
            ),
        ]);
        // "Hal senada disampaikan X": X said something like it, and a "-nya" after it points to X.
        let q = find_quotes(
            "Hal senada disampaikan Banfatin. Menurutnya, partisipasi orang tua masih rendah.",
            "id",
            &[],
            None,
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].content, "Hal senada");
        assert_eq!(q[1].speaker.name.as_deref(), Some("Banfatin"));
    }

    /// A statement reported inside a quote or inside another statement is an attribution of its own; the
    /// quote's own voice and speech supposed are not.
    #[test]
    fn attributions_nested_inside_others() {
        check(&[
            (
                "“Kami sudah memeriksa tiga saksi. Menurut dokter, korban tewas karena kehabisan darah,” kata Kapolres.",
                &[
                    ("Kapolres", RoleOrDescription, Some("kata"), Direct, "Kami sudah memeriksa tiga saksi. Menurut dokter, korban tewas karena kehabisan darah"),
                    ("dokter", RoleOrDescription, Some("Menurut"), Indirect, "korban tewas karena kehabisan darah"),
                ],
            ),
            (
                "Menurut Frans, Gubernur juga mengatakan pembangunan pelabuhan akan dimulai tahun depan.",
                &[
                    ("Frans", NamedPerson, Some("Menurut"), Indirect, "Gubernur juga mengatakan pembangunan pelabuhan akan dimulai tahun depan"),
                    ("Gubernur", RoleOrDescription, Some("mengatakan"), Indirect, "pembangunan pelabuhan akan dimulai tahun depan"),
                ],
            ),
            (
                "“Kami memperingatkan warga agar tidak mendekati kawah,” kata Kepala PVMBG.",
                &[("Kepala PVMBG", RoleOrDescription, Some("kata"), Direct, "Kami memperingatkan warga agar tidak mendekati kawah")],
            ),
            // In reported speech "ia" is the reporter again.
            (
                "Menurut dia, jika Pemprov kekurangan dana, ia menyarankan agar meminjam dana dari bank.",
                &[("dia", Pronoun, Some("Menurut"), Indirect, "jika Pemprov kekurangan dana, ia menyarankan agar meminjam dana dari bank")],
            ),
            (
                "“Kalau atasan mengatakan mundur, saya siap mundur kapan saja,” ujar Budi.",
                &[("Budi", NamedPerson, Some("ujar"), Direct, "Kalau atasan mengatakan mundur, saya siap mundur kapan saja")],
            ),
        ]);
        // The nested speaker is not the one a following "-nya" points back to.
        let q = find_quotes(
            "“Menurut dokter, korban tewas karena kehabisan darah,” kata Kapolres. “Pelaku masih kami buru,” tambahnya.",
            "id",
            &[],
            None,
        );
        assert_eq!(
            q.last().map(|q| q.speaker.text.as_str()),
            Some("Kapolres"),
            "{q:?}"
        );
    }

    /// A sentence given alone: a pronoun or a "-nya" cue is a pronoun speaker, an outlet an outlet.
    #[test]
    fn single_sentences_name_pronouns_and_outlets() {
        check(&[
            (
                "Dia mengatakan harga beras akan turun bulan depan.",
                &[(
                    "Dia",
                    Pronoun,
                    Some("mengatakan"),
                    Indirect,
                    "harga beras akan turun bulan depan",
                )],
            ),
            (
                "“Kami akan segera memeriksa saksi,” katanya.",
                &[(
                    "katanya",
                    Pronoun,
                    Some("katanya"),
                    Direct,
                    "Kami akan segera memeriksa saksi",
                )],
            ),
            (
                "Menurutnya, harga beras akan turun bulan depan.",
                &[(
                    "Menurutnya",
                    Pronoun,
                    Some("Menurutnya"),
                    Indirect,
                    "harga beras akan turun bulan depan",
                )],
            ),
            (
                "Kompas.com melaporkan, tiga orang tewas dalam kecelakaan itu.",
                &[(
                    "Kompas.com",
                    Outlet,
                    Some("melaporkan"),
                    Indirect,
                    "tiga orang tewas dalam kecelakaan itu",
                )],
            ),
            (
                "Antara melaporkan pesawat itu jatuh ke laut di dekat Pulau Seribu.",
                &[(
                    "Antara",
                    Outlet,
                    Some("melaporkan"),
                    Indirect,
                    "pesawat itu jatuh ke laut di dekat Pulau Seribu",
                )],
            ),
            (
                "Polda Metro Jaya menyatakan tiga tersangka sudah ditahan.",
                &[(
                    "Polda Metro Jaya",
                    Organization,
                    Some("menyatakan"),
                    Indirect,
                    "tiga tersangka sudah ditahan",
                )],
            ),
        ]);
        let q = find_quotes(
            "“Kami akan segera memeriksa saksi,” katanya.",
            "id",
            &[],
            None,
        );
        assert_eq!(q[0].speaker.antecedent, None);
    }
    /// Cue verbs and layouts of Indonesian news beyond the ones the DSLCC paragraphs show often: "-nya" and
    /// passive cues set off inside or at the head of a sentence, verbs with a clause and no "bahwa", a channel
    /// between the speaker and the cue, outlet notes after a clause, a name in apposition after a role, and
    /// requests, admissions and questions.
    #[test]
    fn widened_cues_and_layouts() {
        check(&[
            (
                "Panitia, ujarnya lagi, sudah menyiapkan 40 ruang kelas untuk ujian.",
                &[("ujarnya", Pronoun, Some("ujarnya"), Indirect, "Panitia, ujarnya lagi, sudah menyiapkan 40 ruang kelas untuk ujian")],
            ),
            (
                "Katanya, jalan menuju desa itu tergenang banjir sejak pagi.",
                &[("Katanya", Pronoun, Some("Katanya"), Indirect, "jalan menuju desa itu tergenang banjir sejak pagi")],
            ),
            (
                "Ditambahkannya, posko pengungsian dibuka hingga akhir bulan.",
                &[("Ditambahkannya", Pronoun, Some("Ditambahkannya"), Indirect, "posko pengungsian dibuka hingga akhir bulan")],
            ),
            (
                "Dikatakan Ketua Koperasi Tani Makmur, Suparno, harga pupuk naik dua kali lipat.",
                &[("Ketua Koperasi Tani Makmur, Suparno", NamedPerson, Some("Dikatakan"), Indirect, "harga pupuk naik dua kali lipat")],
            ),
            (
                "Bupati menyebut produksi padi tahun ini turun 15 persen.",
                &[("Bupati", RoleOrDescription, Some("menyebut"), Indirect, "produksi padi tahun ini turun 15 persen")],
            ),
            (
                "Polda Metro Jaya melalui keterangan tertulis menyampaikan bahwa dua pelaku sudah ditangkap.",
                &[("Polda Metro Jaya", Organization, Some("menyampaikan"), Indirect, "dua pelaku sudah ditangkap")],
            ),
            (
                "Gempa berkekuatan 5,2 mengguncang Cianjur pada Senin pagi, seperti dikutip dari Antara, Senin (5/2).",
                &[("Antara", Outlet, Some("dikutip"), Indirect, "Gempa berkekuatan 5,2 mengguncang Cianjur pada Senin pagi")],
            ),
            (
                "Seorang penonton berteriak “Wasit curang!” sebelum diamankan petugas.",
                &[("Seorang penonton", RoleOrDescription, Some("berteriak"), Direct, "Wasit curang!")],
            ),
            (
                "Ketua RT menyebut pelaku sebagai “pemain lama” di kawasan itu.",
                &[("Ketua RT", RoleOrDescription, Some("menyebut"), Mixed, "pelaku sebagai “pemain lama” di kawasan itu")],
            ),
            (
                "“Stok beras aman sampai Lebaran,” kata Kepala Bulog Jawa Timur, Andi Wijaya, kepada wartawan.",
                &[("Kepala Bulog Jawa Timur, Andi Wijaya", NamedPerson, Some("kata"), Direct, "Stok beras aman sampai Lebaran")],
            ),
            (
                "“Kunjungan wisatawan naik,” ujar Kepala Dinas Kebudayaan dan Pariwisata Bali, Made Sura.",
                &[("Kepala Dinas Kebudayaan dan Pariwisata Bali, Made Sura", NamedPerson, Some("ujar"), Direct, "Kunjungan wisatawan naik")],
            ),
            (
                "Menurut Ketua Panitia, Rina Lestari, pendaftaran dibuka hingga akhir bulan.",
                &[("Ketua Panitia, Rina Lestari", NamedPerson, Some("Menurut"), Indirect, "pendaftaran dibuka hingga akhir bulan")],
            ),
            (
                "Kapolres memastikan dua pelaku sudah ditangkap, tetapi enggan menyebut identitas mereka.",
                &[("Kapolres", RoleOrDescription, Some("memastikan"), Indirect, "dua pelaku sudah ditangkap")],
            ),
            (
                "Penyanyi itu mengumumkan pernikahannya akan digelar bulan depan melalui akun Instagram pribadinya, Sabtu (9/3).",
                &[("Penyanyi itu", RoleOrDescription, Some("mengumumkan"), Indirect, "pernikahannya akan digelar bulan depan")],
            ),
            (
                "Sekolah akan ditutup selama dua pekan, tegasnya dalam rapat dengan orang tua murid.",
                &[("tegasnya", Pronoun, Some("tegasnya"), Indirect, "Sekolah akan ditutup selama dua pekan")],
            ),
            (
                "Dua kapal nelayan tenggelam di perairan Natuna, mengutip laporan Kompas.",
                &[("Kompas", Outlet, Some("mengutip"), Indirect, "Dua kapal nelayan tenggelam di perairan Natuna")],
            ),
            (
                "Seorang warga bertanya mengapa bantuan belum juga cair.",
                &[("Seorang warga", RoleOrDescription, Some("bertanya"), Indirect, "mengapa bantuan belum juga cair")],
            ),
            (
                "Ditanya soal target, Budi menjawab singkat, “Kami siap bertanding kapan saja.”",
                &[("Budi", NamedPerson, Some("menjawab"), Direct, "Kami siap bertanding kapan saja.")],
            ),
            (
                "Kapolres mengingatkan warga agar tidak menyalakan petasan saat malam takbiran.",
                &[("Kapolres", RoleOrDescription, Some("mengingatkan"), Indirect, "warga agar tidak menyalakan petasan saat malam takbiran")],
            ),
            (
                "Tersangka itu mengaku menjual sabu kepada teman-temannya.",
                &[("Tersangka itu", RoleOrDescription, Some("mengaku"), Indirect, "menjual sabu kepada teman-temannya")],
            ),
            (
                "Terdakwa itu mengakui menerima uang Rp 2 miliar, tetapi berkilah uang itu merupakan pinjaman.",
                &[
                    ("Terdakwa itu", RoleOrDescription, Some("mengakui"), Indirect, "menerima uang Rp 2 miliar"),
                    ("Terdakwa itu", RoleOrDescription, Some("berkilah"), Indirect, "uang itu merupakan pinjaman"),
                ],
            ),
            (
                "Moskwa mengklaim sasaran serangan itu gudang senjata, sementara otoritas setempat menyebut tiga warga tewas di lokasi.",
                &[
                    ("Moskwa", NamedPerson, Some("mengklaim"), Indirect, "sasaran serangan itu gudang senjata"),
                    ("otoritas setempat", Organization, Some("menyebut"), Indirect, "tiga warga tewas di lokasi"),
                ],
            ),
            (
                "Menteri itu menegaskan bantuan akan segera dikirim dalam jumpa pers di Jakarta.",
                &[("Menteri itu", RoleOrDescription, Some("menegaskan"), Indirect, "bantuan akan segera dikirim")],
            ),
            (
                "Ia bilang tengkulak sudah datang ke sawah setiap hari.",
                &[("Ia", Pronoun, Some("bilang"), Indirect, "tengkulak sudah datang ke sawah setiap hari")],
            ),
            (
                "Ia berkilah uang itu merupakan pinjaman pribadi.",
                &[("Ia", Pronoun, Some("berkilah"), Indirect, "uang itu merupakan pinjaman pribadi")],
            ),
        ]);
    }

    /// Round two: clauses after "menyebut"/"memastikan" whose subject carries a relative clause or whose
    /// predicate has no verb prefix, "Kata X, …" opening a sentence, and names with abbreviated titles.
    #[test]
    fn clauses_openings_and_abbreviated_names() {
        check(&[
            (
                "Kepala sekolah menyebut fenomena itu terjadi tiga tahun berturut-turut.",
                &[("Kepala sekolah", RoleOrDescription, Some("menyebut"), Indirect, "fenomena itu terjadi tiga tahun berturut-turut")],
            ),
            (
                "Penasihat hukum keluarga, Yosef Lumban, menyebut ada kejanggalan dalam hasil visum.",
                &[("Penasihat hukum keluarga, Yosef Lumban", NamedPerson, Some("menyebut"), Indirect, "ada kejanggalan dalam hasil visum")],
            ),
            (
                "Ia memastikan warga yang rumahnya terbakar akan mendapat bantuan sementara.",
                &[("Ia", Pronoun, Some("memastikan"), Indirect, "warga yang rumahnya terbakar akan mendapat bantuan sementara")],
            ),
            (
                "Kata dia, pembeli kini lebih banyak memilih beras medium.",
                &[("dia", Pronoun, Some("Kata"), Indirect, "pembeli kini lebih banyak memilih beras medium")],
            ),
            (
                "Pasien itu, kata Direktur RSUD dr. Ratna Sari, sudah boleh pulang besok.",
                &[("Direktur RSUD dr. Ratna Sari", NamedPerson, Some("kata"), Indirect, "Pasien itu, kata Direktur RSUD dr. Ratna Sari, sudah boleh pulang besok")],
            ),
            // A relative clause with its own verb describes the speaker and stays in the phrase; a negation
            // inside it does not negate the cue.
            (
                "Dua sumber yang mengetahui rencana itu mengatakan harga gas akan dinaikkan bulan depan.",
                &[("Dua sumber yang mengetahui rencana itu", SpeakerKind::Anonymous, Some("mengatakan"), Indirect, "harga gas akan dinaikkan bulan depan")],
            ),
            (
                "Seorang pejabat yang meminta namanya tidak dipublikasikan mengatakan bahwa rapat kabinet ditunda.",
                &[("Seorang pejabat yang meminta namanya tidak dipublikasikan", SpeakerKind::Anonymous, Some("mengatakan"), Indirect, "rapat kabinet ditunda")],
            ),
            // A connective head ties the statement to the story; it is not what was said.
            (
                "Selain itu, kata Budi, warga diminta tetap waspada.",
                &[("Budi", NamedPerson, Some("kata"), Indirect, "warga diminta tetap waspada")],
            ),
            (
                "Setelah diperiksa, lanjut Kapolsek, polisi menemukan dua paket sabu.",
                &[("Kapolsek", RoleOrDescription, Some("lanjut"), Indirect, "polisi menemukan dua paket sabu")],
            ),
        ]);
    }

    #[test]
    fn outlets_notes_and_closing_initials() {
        check(&[
            // An outlet reports with "mengabarkan" and "melansir" too.
            (
                "Reuters mengabarkan, pemerintah Jepang akan menaikkan pajak konsumsi tahun depan.",
                &[("Reuters", SpeakerKind::Outlet, Some("mengabarkan"), Indirect, "pemerintah Jepang akan menaikkan pajak konsumsi tahun depan")],
            ),
            // A note after the speaker names the outlet, not the speaker; after a "-nya" cue as well.
            (
                "Kami tidak terlibat dalam penyelundupan itu, ujar Budi dikutip Antara.",
                &[("Budi", NamedPerson, Some("ujar"), Indirect, "Kami tidak terlibat dalam penyelundupan itu")],
            ),
            (
                "Kami tidak terlibat dalam penyelundupan itu, ujarnya dinukil The Guardian.",
                &[("ujarnya", Pronoun, Some("ujarnya"), Indirect, "Kami tidak terlibat dalam penyelundupan itu")],
            ),
            // The editor's initials close the article, not the statement.
            (
                "Harga beras akan turun bulan depan, katanya. (Iam)",
                &[("katanya", Pronoun, Some("katanya"), Indirect, "Harga beras akan turun bulan depan")],
            ),
            (
                "Rusia akan mengirim 271 atlet ke Rio, seperti disampaikan oleh Komite Olimpiade Internasional.",
                &[("Komite Olimpiade Internasional", SpeakerKind::Organization, Some("disampaikan oleh"), Indirect, "Rusia akan mengirim 271 atlet ke Rio")],
            ),
            (
                "Pasalnya, dia menjelaskan, hasil audit BPK menemukan sejumlah nama yang diduga terlibat.",
                &[("dia", Pronoun, Some("menjelaskan"), Indirect, "hasil audit BPK menemukan sejumlah nama yang diduga terlibat")],
            ),
            // A dateline is no speaker; a name that runs on after a passive cue opens no clause.
            ("Tokyo - Micom: sebuah badai dahsyat menghantam Jepang.", &[]),
            // "Hal itu disampaikan oleh X" with nothing before it: "Hal itu" stands for what X said.
            (
                "Hal itu disampaikan oleh Wakil Rektor UGM bidang riset Retno Sudibyo saat memaparkan masukan.",
                &[("Wakil Rektor UGM bidang riset Retno Sudibyo", NamedPerson, Some("disampaikan oleh"), Indirect, "Hal itu")],
            ),
            (
                "Hal itu dikatakan Ellen saat berbincang dengan wartawan di Jakarta, Senin.",
                &[("Ellen", NamedPerson, Some("dikatakan"), Indirect, "Hal itu")],
            ),
            // Someone else's words before it: "Hal itu" is what the second speaker said of them.
            (
                "Kementerian Keuangan menyatakan defisit mencapai Rp 309 triliun. Hal itu disampaikan Wakil Menteri Keuangan Rudianto Halim.",
                &[
                    ("Kementerian Keuangan", Organization, Some("menyatakan"), Indirect, "defisit mencapai Rp 309 triliun"),
                    ("Wakil Menteri Keuangan Rudianto Halim", NamedPerson, Some("disampaikan"), Indirect, "Hal itu"),
                ],
            ),
            ("Kabar itu dikonfirmasi oleh Wakil Ketua Umum partai, Yanto Suhendar.", &[]),
            // A note set off inside the sentence, or closing it with "seperti yang" or "demikian", credits
            // the outlet.
            (
                "Barbie ini, dilansir Artnet News, dibanderol dengan harga Rp 10 juta.",
                &[("Artnet News", Outlet, Some("dilansir"), Indirect, "Barbie ini, dilansir Artnet News, dibanderol dengan harga Rp 10 juta")],
            ),
            (
                "Harga minyak, seperti dilansir Reuters, naik tajam pekan ini.",
                &[("Reuters", Outlet, Some("seperti dilansir"), Indirect, "Harga minyak, seperti dilansir Reuters, naik tajam pekan ini")],
            ),
            // A bracket after the outlet's name is no part of it.
            (
                "Harga minyak naik tajam pekan ini, seperti dilansir Reuters (27/4).",
                &[("Reuters", Outlet, Some("dilansir"), Indirect, "Harga minyak naik tajam pekan ini")],
            ),
            // "seperti dijelaskan WHO" names its speaker as any passive of saying does.
            (
                "Apabila status darurat ditetapkan, seperti dijelaskan WHO, maka seluruh anggota harus bekerja sama.",
                &[("WHO", Organization, Some("dijelaskan"), Indirect, "Apabila status darurat ditetapkan, seperti dijelaskan WHO, maka seluruh anggota harus bekerja sama")],
            ),
            // A site named by its medium and owner in lower case is the source.
            (
                "Dikutip dari laman resmi kementerian, tema peringatan tahun ini adalah keluarga sehat.",
                &[("laman resmi kementerian", RoleOrDescription, Some("Dikutip dari"), Indirect, "tema peringatan tahun ini adalah keluarga sehat")],
            ),
            (
                "Dituliskan Shifting-gear, motor konsep Yamaha ini akan menemani Tricity.",
                &[("Shifting-gear", Outlet, Some("Dituliskan"), Indirect, "motor konsep Yamaha ini akan menemani Tricity")],
            ),
            (
                "Mereka bukan menggunakan kuda, tetapi yak, seperti yang dilaporkan The Express Tribune.",
                &[("The Express Tribune", Outlet, Some("dilaporkan"), Indirect, "Mereka bukan menggunakan kuda, tetapi yak")],
            ),
            ("Riant Nugroho, dilansir Katadata.co.id, mengamini kualitas teh impor itu.", &[]),
            // A long subject before an aside is said too; a preposition opens a circumstance instead.
            (
                "Alasan konvensi hanya di tingkat pusat, katanya lagi, untuk menghemat biaya.",
                &[("katanya", Pronoun, Some("katanya"), Indirect, "Alasan konvensi hanya di tingkat pusat, katanya lagi, untuk menghemat biaya")],
            ),
            // A supposed statement, and a "source" that runs into a clause, are none.
            ("Karena itu, konyol jika Palestina mengklaim kota tersebut sebagai ibu kota.", &[]),
            ("Menurut tim juri mereka layak karena bentuknya bagus, unik, dan sesuai tema.", &[]),
            (
                "Pemerintah Australia menegaskan takkan terintimidasi oleh temuan Amnesty International.",
                &[("Pemerintah Australia", SpeakerKind::Organization, Some("menegaskan"), Indirect, "takkan terintimidasi oleh temuan Amnesty International")],
            ),
            // Requests of people with "untuk", convictions with "yakin", a clause after "memang".
            (
                "Wali Kota Rusdy Mastura meminta aparat kepolisian untuk bertindak tegas.",
                &[("Wali Kota Rusdy Mastura", NamedPerson, Some("meminta"), Indirect, "aparat kepolisian untuk bertindak tegas")],
            ),
            ("Warga meminta uang untuk membeli beras.", &[]),
            (
                "Ia yakin partai koalisi pasti akan diajak bicara.",
                &[("Ia", Pronoun, Some("yakin"), Indirect, "partai koalisi pasti akan diajak bicara")],
            ),
            (
                "Kerr mengakui pertahanan Warriors memang buruk pada laga ini.",
                &[("Kerr", NamedPerson, Some("mengakui"), Indirect, "pertahanan Warriors memang buruk pada laga ini")],
            ),
            // A day before the subject, a reply, a rumour, a plan and the first person of unmarked speech.
            (
                "Kamis (28/12) dia mengungkapkan bahwa Yerusalem adalah bagian dari Israel.",
                &[("dia", Pronoun, Some("mengungkapkan"), Indirect, "Yerusalem adalah bagian dari Israel")],
            ),
            (
                "Calderwood membalas: \"Saya akan melihat ada ide apa.\"",
                &[("Calderwood", NamedPerson, Some("membalas"), Direct, "Saya akan melihat ada ide apa.")],
            ),
            ("Dua kader itu membantah isu yang mengatakan mereka akan masuk kabinet.", &[("Dua kader itu", RoleOrDescription, Some("membantah"), Indirect, "isu yang mengatakan mereka akan masuk kabinet")]),
            ("Kelima wilayah tersebut akan meminta bantuan keuangan dari pemerintah pusat.", &[]),
            (
                "Menurut aku, kalau kita jadi warga yang baik, teman kita akan mengikuti, tutup Raisa.",
                &[("Raisa", NamedPerson, Some("tutup"), Indirect, "Menurut aku, kalau kita jadi warga yang baik, teman kita akan mengikuti")],
            ),
            // What someone said about a statement is theirs, not passed on from the statement.
            (
                "Ia mengatakan pertemuan kemarin membantah adanya ketegangan di antara mereka.",
                &[("Ia", Pronoun, Some("mengatakan"), Indirect, "pertemuan kemarin membantah adanya ketegangan di antara mereka")],
            ),
            // A statement issued with "bahwa"; a source written without its comma.
            (
                "Presiden membuat pernyataan resmi bahwa pemerintah tidak akan menaikkan harga BBM tahun ini.",
                &[("Presiden", RoleOrDescription, Some("membuat pernyataan resmi"), Indirect, "pemerintah tidak akan menaikkan harga BBM tahun ini")],
            ),
            ("Ia tidak membuat pernyataan bahwa harga akan naik.", &[]),
            (
                "Menurut Budi harga beras akan naik bulan depan.",
                &[("Budi", NamedPerson, Some("Menurut"), Indirect, "harga beras akan naik bulan depan")],
            ),
            ("Menurut data BPS inflasi naik 3 persen.", &[]),
            // Translated news drops the comma before a closing "kata X"; a word after "kata" is no speaker.
            (
                "Tembakan dilepaskan ke arah petugas, tetapi tidak ada yang terluka kata polisi.",
                &[("polisi", Organization, Some("kata"), Indirect, "Tembakan dilepaskan ke arah petugas, tetapi tidak ada yang terluka")],
            ),
            ("Ia menjelaskan arti kata demokrasi.", &[]),
            // An adverb opens a predicate, not a speaker; going on with a thing is not going on speaking.
            ("Namun, Bernie Sanders, pesaingnya, masih keukeuh melanjutkan kampanye dan seakan menjadi kerikil.", &[]),
            // Denied after an adverb, spoken by a law, or hearsay: no statement.
            ("Tetapi, Hamas tak lagi mengakui legitimasi pemerintahan itu.", &[]),
            ("Nah, Pasal 156 pun menyebutkan hukuman penjara paling lama empat tahun.", &[]),
            ("Menurut spekulasi dia telah diserang dengan peluru kendali.", &[]),
        ]);
    }
}

/// English patterns that PolNeAR-style news writing uses (issue #4): each case is a text and the quotes found
/// in it, as (speaker as written, cue, content).
#[cfg(test)]
mod english_recall_tests {
    use super::*;
    use warta_model::SpeakerKind;

    /// (speaker as written, cue, content).
    type Row<'a> = (&'a str, &'a str, &'a str);

    fn found(text: &str) -> Vec<(String, String, String)> {
        find_quotes(text, "en", &[], None)
            .into_iter()
            .map(|q| (q.speaker.text, q.cue.unwrap_or_default(), q.content))
            .collect()
    }

    fn rows(rows: &[Row]) -> Vec<(String, String, String)> {
        rows.iter()
            .map(|(who, cue, content)| (who.to_string(), cue.to_string(), content.to_string()))
            .collect()
    }

    #[test]
    fn english_recall_patterns() {
        let cases: &[(&str, &[Row])] = &[
            // Vox pops and pull quotes credit a quote with a dash and a name on the rest of the line; a dash
            // before a clause credits nobody.
            (
                "“He has empowered racists to be open with their prejudice.” ― Sonya Herridge\n“He is ignorant of our culture.”― Pamela Padilla.",
                &[
                    ("Sonya Herridge", "―", "He has empowered racists to be open with their prejudice."),
                    ("Pamela Padilla", "―", "He is ignorant of our culture."),
                ],
            ),
            (
                "“We have to win this state.” — Trump will return to Ohio next week.",
                &[],
            ),
            // A verb of speaking that attributes only after a quote.
            (
                "“We will not back down from this fight,” he continued.",
                &[("he", "continued", "We will not back down from this fight")],
            ),
            (
                "“We will not back down from this fight,” answered Senator Lee.",
                &[("Senator Lee", "answered", "We will not back down from this fight")],
            ),
            // A name before an appositive, and a described speaker after an inverted verb.
            (
                "“The plan will fail before the summer,” Graham, a former candidate, told CBS News.",
                &[("Graham", "told", "The plan will fail before the summer")],
            ),
            (
                "“The plan will fail before the summer,” said former Utah governor Michael Leavitt.",
                &[(
                    "former Utah governor Michael Leavitt",
                    "said",
                    "The plan will fail before the summer",
                )],
            ),
            // A name given in quotes.
            (
                "Comey called her use of private servers “extremely careless,” but said she broke no law.",
                // The second clause comes from the learned tagger (`quote::learned`).
                &[
                    ("Comey", "called", "her use of private servers “extremely careless"),
                    ("Comey", "said", "she broke no law"),
                ],
            ),
            // Asking: with an object, and a question put by someone unnamed.
            (
                "Hannity asked Kasich to lay out his path to the nomination.",
                &[("Hannity", "asked", "Kasich to lay out his path to the nomination")],
            ),
            (
                "Asked whether he was worried about the vote, Ban smiled.",
                &[("", "Asked", "whether he was worried about the vote")],
            ),
            // The name ending a long clause before "who said".
            (
                "The loss was steep for Mr. Sanders, who said he would take a day off.",
                &[("Mr. Sanders", "said", "he would take a day off")],
            ),
            // "according to" set off by commas inside its sentence.
            (
                "Fundraising, according to the campaign, has surged in recent weeks.",
                &[(
                    "the campaign",
                    "according to",
                    "Fundraising, according to the campaign, has surged in recent weeks",
                )],
            ),
            // The writer's comment after the reported clause is not part of it.
            (
                "Smith said the talks would resume next week, which surprised many diplomats.",
                &[("Smith", "said", "the talks would resume next week")],
            ),
            (
                "Hicks said all staffers sign the agreements, though she did not discuss their terms.",
                &[("Hicks", "said", "all staffers sign the agreements")],
            ),
            // "It said", a cue after one opening word, a verb of thinking.
            (
                "The agency released its outlook. It said prices would fall sharply next year.",
                &[("It", "said", "prices would fall sharply next year")],
            ),
            (
                "Still, he said, officials must decide who gets extra scrutiny.",
                &[(
                    "he",
                    "said",
                    "Still, he said, officials must decide who gets extra scrutiny",
                )],
            ),
            (
                "Smith thinks the talks will resume next week.",
                &[("Smith", "thinks", "the talks will resume next week")],
            ),
            // A short quote with no cue and no quote before it is a slogan, not speech.
            ("“Make the economy strong again!”", &[]),
            // A passive report, a channel before "that", a source note followed by a participle.
            (
                "Smith was quoted as saying that the talks would resume next week.",
                &[(
                    "Smith",
                    "quoted as saying",
                    "the talks would resume next week",
                )],
            ),
            (
                "Smith wrote on Twitter that the talks would resume next week.",
                &[("Smith", "wrote", "the talks would resume next week")],
            ),
            (
                "Smith posted on Facebook that the talks would resume next week.",
                &[("Smith", "posted", "the talks would resume next week")],
            ),
            (
                "The economy will shrink this year, the agency said in a report, citing weak copper demand.",
                &[
                    ("the agency", "said", "The economy will shrink this year"),
                    ("the agency", "citing", "weak copper demand"),
                ],
            ),
            // "telling" a listener: the listener is the channel.
            (
                "Trump praised Adelson, telling Reuters, “He is an amazing man and a friend.”",
                &[("Trump", "telling", "He is an amazing man and a friend.")],
            ),
            // An inverted pronoun followed by "and" opens a clause, not a speaker.
            (
                "Rabbi Rick Jacobs, president of the union, said he and other leaders would skip the speech.",
                &[(
                    "Rabbi Rick Jacobs",
                    "said",
                    "he and other leaders would skip the speech",
                )],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(found(text), rows(want), "{text}");
        }
    }

    #[test]
    fn it_speaks_for_a_body_not_a_person() {
        let text =
            "Senator Lee spoke first. The agency released its outlook. It said prices would fall.";
        let quotes = find_quotes(text, "en", &[], None);
        assert_eq!(quotes.len(), 1, "{quotes:?}");
        assert_eq!(quotes[0].speaker.text, "It");
        assert_eq!(quotes[0].speaker.kind, SpeakerKind::Organization);
        assert_eq!(quotes[0].speaker.name, None);
    }

    #[test]
    fn a_quote_runs_on_over_paragraphs_without_a_cue() {
        let text = "“Prices will fall next year,” the minister said.\n\
                    “We have done the work and the harvest is good.”\n\
                    Markets rose.";
        let quotes = find_quotes(text, "en", &[], None);
        assert_eq!(quotes.len(), 1, "{quotes:?}");
        assert_eq!(quotes[0].speaker.text, "the minister");
        assert!(quotes[0].content.starts_with("Prices will fall next year"));
        assert!(quotes[0].content.ends_with("the harvest is good."));
    }

    #[test]
    fn a_quote_after_a_question_or_a_long_cue_is_not_run_on() {
        // The answer to a question is another voice; with no cue it is left out.
        let text = "“Will prices fall next year?” the reporter asked.\n\
                    “We have done the work and the harvest is very good.”";
        let got: Vec<String> = found(text).into_iter().map(|(_, _, c)| c).collect();
        assert_eq!(got, ["Will prices fall next year?"]);
        // A cue paragraph that goes on after the quote ends the quote.
        let text = "“Prices will fall,” the minister said, adding that the harvest was the best in a decade \
                    and that exports would rise.\n\
                    “We have done the work and the harvest is very good.”";
        let quotes = find_quotes(text, "en", &[], None);
        assert!(
            quotes.iter().all(|q| !q.content.contains('\n')),
            "{quotes:?}"
        );
    }

    #[test]
    fn indonesian_quote_paragraphs_keep_their_own_quotes() {
        let text = "“Harga beras akan turun,” kata menteri itu.\n\
                    “Kami sudah bekerja keras dan panen tahun ini bagus.”";
        let quotes = find_quotes(text, "id", &[], None);
        assert_eq!(quotes.len(), 2, "{quotes:?}");
        assert_eq!(quotes[1].speaker.text, "menteri itu");
    }
}

#[cfg(test)]
mod outlet_attribution {
    use super::*;
    use warta_model::SpeakerKind;

    /// Outlets as speakers and as sources: (text, language, speaker, kind, content).
    const REPORTED: &[(&str, &str, &str, SpeakerKind, &str)] = &[
        (
            "Kantor berita Antara mengatakan bahwa gempa mengguncang Cianjur pagi tadi.",
            "id",
            "Kantor berita Antara",
            SpeakerKind::Outlet,
            "gempa mengguncang Cianjur pagi tadi",
        ),
        (
            "Situs berita Detik.com menulis bahwa ribuan warga mengungsi akibat banjir.",
            "id",
            "Situs berita Detik.com",
            SpeakerKind::Outlet,
            "ribuan warga mengungsi akibat banjir",
        ),
        (
            "Harian Suara Rakyat melaporkan bahwa harga beras naik di sejumlah pasar.",
            "id",
            "Harian Suara Rakyat",
            SpeakerKind::Outlet,
            "harga beras naik di sejumlah pasar",
        ),
        (
            "Kantor berita resmi Iran, IRNA, melaporkan bahwa dua orang tewas dalam ledakan itu.",
            "id",
            "Kantor berita resmi Iran, IRNA",
            SpeakerKind::Outlet,
            "dua orang tewas dalam ledakan itu",
        ),
        (
            "Antara melaporkan pada Selasa bahwa gempa mengguncang Cianjur, mengutip BMKG.",
            "id",
            "Antara",
            SpeakerKind::Outlet,
            "gempa mengguncang Cianjur",
        ),
        (
            "Laporan Reuters menyebutkan bahwa pasukan itu telah mundur dari kota pelabuhan.",
            "id",
            "Reuters",
            SpeakerKind::Outlet,
            "pasukan itu telah mundur dari kota pelabuhan",
        ),
        (
            "Sebagaimana diwartakan Antara, banjir merendam ratusan rumah warga.",
            "id",
            "Antara",
            SpeakerKind::Outlet,
            "banjir merendam ratusan rumah warga",
        ),
        (
            "Menurut laporan Reuters, pasukan itu telah mundur dari kota pelabuhan.",
            "id",
            "Reuters",
            SpeakerKind::Outlet,
            "pasukan itu telah mundur dari kota pelabuhan",
        ),
        (
            "Pasukan itu telah mundur dari kota pelabuhan, menurut laporan kantor berita Bernama.",
            "id",
            "Bernama",
            SpeakerKind::Outlet,
            "Pasukan itu telah mundur dari kota pelabuhan",
        ),
        (
            "Seperti dilansir Kompas.com, polisi telah menahan tiga tersangka.",
            "id",
            "Kompas.com",
            SpeakerKind::Outlet,
            "polisi telah menahan tiga tersangka",
        ),
        (
            "Dikutip dari Reuters, harga minyak dunia turun tajam pada Senin.",
            "id",
            "Reuters",
            SpeakerKind::Outlet,
            "harga minyak dunia turun tajam pada Senin",
        ),
        (
            "Mengutip Al Jazeera, sedikitnya 20 orang tewas dalam serangan itu.",
            "id",
            "Al Jazeera",
            SpeakerKind::Outlet,
            "sedikitnya 20 orang tewas dalam serangan itu",
        ),
        (
            "Seperti diberitakan BBC sebelumnya, ribuan orang turun ke jalan di London.",
            "id",
            "BBC",
            SpeakerKind::Outlet,
            "ribuan orang turun ke jalan di London",
        ),
        (
            "Tentara menyerang sebuah sekolah di pinggir kota, lapor AFP.",
            "id",
            "AFP",
            SpeakerKind::Outlet,
            "Tentara menyerang sebuah sekolah di pinggir kota",
        ),
        (
            "The Wall Street Journal melaporkan, mengutip pejabat AS yang tidak disebutkan namanya, bahwa Washington akan mengirim rudal.",
            "id",
            "The Wall Street Journal",
            SpeakerKind::Outlet,
            "Washington akan mengirim rudal",
        ),
        (
            "Tempo melaporkan, mengutip sumber di kepolisian, bahwa tersangka sudah ditahan sejak Senin.",
            "id",
            "Tempo",
            SpeakerKind::Outlet,
            "tersangka sudah ditahan sejak Senin",
        ),
        (
            "According to a Reuters report, the talks collapsed on Friday.",
            "en",
            "Reuters",
            SpeakerKind::Outlet,
            "the talks collapsed on Friday",
        ),
        (
            "As reported by CNN, the storm killed at least ten people.",
            "en",
            "CNN",
            SpeakerKind::Outlet,
            "the storm killed at least ten people",
        ),
        (
            "The army withdrew from the city, Reuters reported, citing two sources.",
            "en",
            "Reuters",
            SpeakerKind::Outlet,
            "The army withdrew from the city",
        ),
        (
            "Reuters reported, citing two sources, that the army withdrew from the city.",
            "en",
            "Reuters",
            SpeakerKind::Outlet,
            "the army withdrew from the city",
        ),
        // An outlet unknown to the lists, by its web address or by its medium.
        (
            "Carscoops.com melaporkan bahwa mobil listrik itu akan dijual tahun depan.",
            "id",
            "Carscoops.com",
            SpeakerKind::Outlet,
            "mobil listrik itu akan dijual tahun depan",
        ),
        (
            "Kantor berita resmi KCNA melaporkan bahwa uji coba itu berhasil dengan baik.",
            "id",
            "Kantor berita resmi KCNA",
            SpeakerKind::Outlet,
            "uji coba itu berhasil dengan baik",
        ),
        (
            "Harian itu melaporkan bahwa keputusan sudah diambil sejak pekan lalu.",
            "id",
            "Harian itu",
            SpeakerKind::Outlet,
            "keputusan sudah diambil sejak pekan lalu",
        ),
    ];

    #[test]
    fn outlets_report_as_speakers() {
        for (text, lang, speaker, kind, content) in REPORTED {
            let got: Vec<(String, SpeakerKind, String)> = find_quotes(text, lang, &[], None)
                .into_iter()
                .map(|q| (q.speaker.text, q.speaker.kind, q.content))
                .collect();
            let want = [(speaker.to_string(), *kind, content.to_string())];
            assert_eq!(got, want, "{text}");
        }
    }

    /// "Media pemerintah itu" stands for the outlet that spoke last; a ministry's site is the ministry's.
    #[test]
    fn an_outlet_described_points_back_to_the_last_outlet() {
        let text = "Korea Utara menguji roket baru, menurut kantor berita resmi KCNA. Media pemerintah itu \
                    menyebut uji coba tersebut bertujuan meningkatkan kemampuan negara itu.";
        let q = find_quotes(text, "id", &[], None);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].speaker.kind, SpeakerKind::Outlet);
        assert_eq!(q[0].speaker.name.as_deref(), Some("KCNA"));
        assert_eq!(q[1].speaker.kind, SpeakerKind::Outlet);
        assert_eq!(q[1].speaker.name.as_deref(), Some("KCNA"));
        assert!(!crate::source::outlets::is_site_address("Kemenkes.go.id"));
        assert!(crate::source::outlets::is_site_address("Okezone.com,"));
    }

    /// A statement passed on by an outlet keeps its speaker, with the outlet as the channel.
    #[test]
    fn a_statement_the_outlet_passes_on_keeps_its_speaker() {
        let text = "Dikutip dari Reuters, Menteri Luar Negeri Sergei Lavrov mengatakan bahwa perundingan akan dilanjutkan.";
        let got: Vec<(String, Option<String>, String)> = find_quotes(text, "id", &[], None)
            .into_iter()
            .map(|q| (q.speaker.text, q.via, q.content))
            .collect();
        assert_eq!(
            got,
            [(
                "Menteri Luar Negeri Sergei Lavrov".to_string(),
                Some("Reuters".to_string()),
                "perundingan akan dilanjutkan".to_string()
            )]
        );
        // Also when what was said is a thing, not a clause; but not a deed ("mengungkap kasus").
        for (text, speaker, via, content) in [
            (
                "Dikutip National Geographic Indonesia, ketua kelompok kelautan ITB, Muslim Muin mencontohkan proyek tanggul laut di St. Petersburg.",
                "ketua kelompok kelautan ITB, Muslim Muin",
                Some("National Geographic Indonesia"),
                "proyek tanggul laut di St. Petersburg",
            ),
            (
                "Dikutip dari Antara, Anwar menegaskan komitmen pemerintah terhadap pemberantasan korupsi.",
                "Anwar",
                Some("Antara"),
                "komitmen pemerintah terhadap pemberantasan korupsi",
            ),
            (
                "Dilansir Kompas.com, polisi mengungkap kasus narkoba di Bekasi pekan lalu.",
                "Kompas.com",
                None,
                "polisi mengungkap kasus narkoba di Bekasi pekan lalu",
            ),
            // The note may close the sentence.
            (
                "Kementerian Kesehatan mengumumkan kasus pertama mpox di Jakarta, seperti dikutip dari Antara.",
                "Kementerian Kesehatan",
                Some("Antara"),
                "kasus pertama mpox di Jakarta",
            ),
            (
                "Polisi mengungkap kasus narkoba di Bekasi, seperti dikutip dari Antara.",
                "Antara",
                None,
                "Polisi mengungkap kasus narkoba di Bekasi",
            ),
        ] {
            let q = find_quotes(text, "id", &[], None);
            assert_eq!(q.len(), 1, "{text}");
            assert_eq!(q[0].speaker.text, speaker, "{text}");
            assert_eq!(q[0].via.as_deref(), via, "{text}");
            assert_eq!(q[0].content, content, "{text}");
        }
    }

    /// Figures, findings and reports received are no statement, and a note of what was reported before
    /// names no outlet.
    #[test]
    fn documents_and_bare_notes_are_not_outlets() {
        let texts = [
            "Menurut data BPS, inflasi bulan lalu mencapai tiga persen.",
            "Menurut catatan Kompas, harga cabai naik tiga kali tahun ini.",
            "Menurut laporan yang diterima Dinas Kesehatan, jumlah pasien terus bertambah.",
            "Menurut laporan keuangan perusahaan, laba bersih turun dua puluh persen.",
            "Laporan keuangan perusahaan itu menunjukkan kerugian besar tahun lalu.",
            "Seperti diberitakan sebelumnya, polisi telah menahan tiga tersangka.",
            "Seperti dilansir Senin (5/1), harga minyak naik tajam di pasar Asia.",
            "Berita itu beredar luas di media sosial sejak pekan lalu.",
            "Data BPS menyebutkan bahwa inflasi naik tipis bulan lalu.",
            "Menurut laporan media lokal, dua orang tewas dalam ledakan itu.",
            "Media itu memberitakan kasus korupsi tersebut secara luas.",
        ];
        for text in texts {
            let got: Vec<String> = find_quotes(text, "id", &[], None)
                .into_iter()
                .map(|q| q.speaker.text)
                .collect();
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }
}
