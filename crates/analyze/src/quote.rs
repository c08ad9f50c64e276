//! Quotes: who said what, through whom, and when.
//!
//! The text is read paragraph by paragraph, sentence by sentence:
//! - [`marks`] finds quoted stretches. A stretch that stands as a sentence of its own (or follows
//!   "X mengatakan:") is a direct quote; a few words in quotes inside a sentence are a verbatim fragment that
//!   makes the reported speech around it `mixed`.
//! - [`cue`] knows the attributing words and where each puts its speaker: after ("…, kata X"), before
//!   ("X mengatakan bahwa …"), or nowhere ("…, tambahnya").
//! - [`indirect`]: reported speech without quotation marks, in the sentence that holds the cue ("X
//!   mengatakan bahwa …", "…, kata X", "menurut X, …", "X said …"); [`subject`] reads the speaker phrase
//!   back from a cue.
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
mod indirect;
mod indonesian;
mod learned;
mod marks;
mod note;
mod resolve;
mod speaker;
mod subject;

use std::ops::Range;

use chrono::NaiveDate;
use warta_attribution_tagger::Tagger;
use warta_model::{Entity, Quote, QuoteKind};

use crate::date;
use cue::Lexicon;
use indonesian::is_document;
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
        let mut previous_paragraph: Option<Range<usize>> = None;
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
                    // What "Hal itu" points to: the sentences before it that nothing else attributed, or the
                    // paragraph before. With none (they are someone else's words, or outside the text), and
                    // always for "Hal senada" (someone else said something like it), the pointing phrase
                    // stands for what was said.
                    // Opening a paragraph, "Hal itu" points to the paragraph before when nothing there is
                    // attributed.
                    let before = previous_paragraph.clone().filter(|p| {
                        summing
                            && points
                            && s == 0
                            && !found
                                .iter()
                                .any(|f| f.content.start < p.end && p.start < f.content.end)
                    });
                    // "X menegaskan …. Hal itu disampaikan X dalam pidato, Selasa.": the sentence before is X's
                    // already; "Hal itu" adds only where and when X said it.
                    if summing && points && first == s && s > 0 {
                        let said_before = found[paragraph_first..].iter_mut().rev().find(|f| {
                            sentences[s - 1].contains(&f.content.start)
                                && f.content.end <= sentences[s - 1].end
                        });
                        if let Some(prev) =
                            said_before.filter(|f| self.same_speaker(&f.who, &clause.who))
                        {
                            prev.via = prev.via.take().or(clause.via);
                            prev.when = prev.when.take().or(clause.when);
                            continue;
                        }
                    }
                    let content = if first < s {
                        sentences[first].start..sentences[s - 1].end
                    } else if let Some(before) = before {
                        before
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
                    let turn = self
                        .turn_clause(&f, sentence.clone())
                        .or_else(|| self.english_turn(&mut f, sentence.clone()));
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
                    // "“Saya melihat …,” tegasnya.": a subject inside a quote is the quote's own voice;
                    // "Ia menambahkan, penyidik masih menelusuri …": so is one inside what was reported.
                    .filter(|r| !quoted.iter().any(|q| q.outer.contains(&r.start)))
                    .filter(|r| {
                        !found[paragraph_first..]
                            .iter()
                            .any(|f| f.cue.is_some() && f.content.contains(&r.start))
                    })
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
            previous_paragraph = Some(paragraph);
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
            let who_words = self.words(who.clone());
            // "Sejak awal kami menyatakan …": the speaker's "kami" after a time phrase.
            let first_person = who_words.iter().any(|w| {
                matches!(
                    w.lower.as_str(),
                    "saya" | "aku" | "kami" | "kita" | "anda" | "kamu" | "engkau"
                )
            });
            let first = who_words.into_iter().next();
            // "Kalau atasan mengatakan …": the condition may open the speaker phrase itself.
            let before = self.words(outer.content.start..first.as_ref().map_or(who.end, |w| w.end));
            outer.kind == QuoteKind::Direct
                && (first_person
                    || before
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
            // "Euis (45), warga Desa Cangkuang, …": an age in brackets after a name is no word of the
            // phrase; its comma still closes the name.
            if let Some(name) = words.last_mut().filter(|w| {
                speaker::is_age_bracket(token) && w.raw_end == w.end && w.is_capitalised(self.text)
            }) {
                name.raw_end = range.start + offset + token.len();
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

/// The length in bytes of a dateline opening `paragraph`, dash and spaces included, or 0: a place in
/// capitals, maybe an outlet, then a dash ("JAKARTA, KOMPAS.com — ", "BANGKAPOS.COM, JAKARTA - ",
/// "WASHINGTON (Reuters) - ").
fn dateline_len(paragraph: &str) -> usize {
    let Some((before, len)) = crate::source::dateline(paragraph) else {
        return 0;
    };
    let first = before.split_whitespace().next().unwrap_or("");
    let capitals = first.chars().filter(|c| c.is_uppercase()).count();
    let place_in_capitals = capitals >= 4 && !first.chars().any(char::is_lowercase);
    let sentence_inside = before.contains(['!', '?', '“', '"']);
    // "Jakarta, CNN Indonesia -- …": a place in title case with its outlet.
    let names_outlet = crate::source::dateline_outlet(paragraph).is_some();
    if (place_in_capitals || names_outlet) && !sentence_inside {
        len
    } else {
        0
    }
}

/// True for the words that name whom a report cites: "…, mengutip pejabat AS", "…, citing two sources".
pub(crate) fn is_citing(lower: &str) -> bool {
    matches!(lower, "mengutip" | "citing" | "quoting")
}

/// [`is_citing`], or "cited"/"quoted" after a relative pronoun (`before`, lower case): "According to the
/// Journal, which cited people familiar with the matter, …".
pub(crate) fn cites(before: &str, lower: &str) -> bool {
    is_citing(lower)
        || matches!(before, "which" | "who" | "yang") && matches!(lower, "cited" | "quoted")
}

/// True for a title or an initial written with a full stop: "Dr", "Sen", "J", "AKBP". The honorifics of
/// names (`warta_ner::gazetteer::is_honorific`) count when short and written as a title: "haji" in lower
/// case, or "Sersan" in full, may end a sentence.
fn is_abbreviation(bare: &str) -> bool {
    let honorific = bare.chars().count() <= 4
        && (bare.starts_with(char::is_uppercase) || matches!(bare, "dr" | "drg"))
        && warta_ner::gazetteer::is_honorific(&bare.to_lowercase());
    honorific
        || (bare.chars().count() == 1 && bare.chars().all(char::is_uppercase))
        || matches!(
            bare,
            "Mr" | "Mrs"
                | "Ms"
                | "St"
                | "Jr"
                | "Gen"
                | "Sen"
                | "Rep"
                | "Gov"
                | "No"
                | "Jl"
                // Indonesian titles and name abbreviations: "KH Moh. Kholil", "Ny. Rahma".
                | "Moh"
                | "Muh"
                | "Moch"
                | "Mochd"
                | "Mohd"
                | "Ny"
                | "Pdt"
                | "Sdr"
                | "Ust"
                | "Kapt"
                // Companies: "PT. Wahyu Promo Citra", "CV. Maju Jaya".
                | "PT"
                | "Pt"
                | "CV"
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
    // "Namun, tak satu pun dari mereka memaparkan …", "No one said …": a subject that is nobody.
    let lower = |k: usize| before_cue.get(k).map_or("", |w| w.lower.as_str());
    let nobody = (0..before_cue.len()).any(|k| {
        matches!(
            (lower(k), lower(k + 1), lower(k + 2)),
            ("tak" | "tidak", "satu" | "seorang", "pun")
                | ("none", "of", _)
                | ("no", "one", _)
                | ("nobody" | "siapapun" | "seorangpun", _, _)
        )
    });
    if nobody {
        return true;
    }
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

impl Reader<'_> {
    /// Whether `later` names the speaker `earlier` does: "-nya" or "dia" for whoever spoke, or a phrase whose
    /// last name is a name of the other ("Prabowo" after "Presiden Prabowo Subianto"; not "Wakil Menteri
    /// Keuangan Rudianto Halim" after "Kementerian Keuangan").
    fn same_speaker(&self, earlier: &Who, later: &Who) -> bool {
        let (Who::Phrase(earlier), Who::Phrase(later)) = (earlier, later) else {
            return matches!(later, Who::Previous);
        };
        let pronoun = self
            .text
            .get(later.clone())
            .is_some_and(|w| PRONOUN_SUBJECTS.contains(&w.to_lowercase().as_str()));
        let names = |r: &Range<usize>| -> Vec<&str> {
            self.text
                .get(r.clone())
                .unwrap_or("")
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| {
                    w.starts_with(char::is_uppercase) && !speaker::is_office_word(&w.to_lowercase())
                })
                .collect()
        };
        let (earlier, later) = (names(earlier), names(later));
        let last_named_in = |a: &[&str], b: &[&str]| a.last().is_some_and(|w| b.contains(w));
        pronoun || last_named_in(&later, &earlier) || last_named_in(&earlier, &later)
    }
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
