//! Reported speech without quotation marks, read in the sentence that holds the cue: "X mengatakan (bahwa)
//! …", "…, kata X", "menurut X, …", "X said …", "according to X, …", a noun of saying with its clause
//! ("Trump's claim that …"), a statement issued ("mengeluarkan pernyataan bahwa …"), a name and a colon at
//! the head of a sentence ("Trump: …"), a clause added after a comma (", adding that …"), a question put
//! by an asker the text does not name. Each rule gives a [`Clause`] (speaker, cue, content) or a [`Found`]
//! attribution; the speaker phrase before a cue is read by [`super::subject`].

use std::ops::Range;

use warta_model::QuoteKind;

use super::cue::CueForm;
use super::indonesian::{self, is_document, is_id_verb, sentence_adverb_len};
use super::speaker;
use super::{
    cites, is_citing, is_not_a_source, opens_channel, opens_cited_source, phrase_range,
    strip_auxiliaries, trim_range, Clause, Found, Reader, Who, Word, AUXILIARIES, CONDITIONALS,
    DETERMINERS, LISTENERS, LONG_TITLED_NAME, NOUN_MARKERS, PRONOUN_SUBJECTS, QUANTIFIERS,
    SPEAKER_STOPS,
};
use crate::date;
use crate::source::outlets;

/// Words after a comma that open the writer's comment on a reported clause, not more of it.
const COMMENT_OPENERS: &[&str] = &[
    "which", "while", "whereas", "compared", "though", "although",
];

/// Indonesian words that open a clause before the main one: "Meski polisi menyatakan …, warga …" (a
/// conditional one, "Jika …", is supposed: see `CONDITIONALS`).
const SENTENCE_SUBORDINATORS: &[&str] = &[
    "meski", "meskipun", "walau", "walaupun", "kendati", "karena", "sebab", "setelah", "sebelum",
];

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

/// Words that show a cue is about a topic, not reporting content: "mengatakan tentang invasi".
const TOPIC_WORDS: &[&str] = &[
    "tentang", "mengenai", "soal", "about", "nothing", "little", "apa-apa",
];

/// Words that open the content of a cue that is as often a noun: "promises to …", "claims that …".
const CONTENT_OPENERS: &[&str] = &[
    "that", "whether", "if", "to", "for", "on", "out", "about", "the", "a", "an", "his", "her",
    "their", "its", "this", "these", "those", "he", "she", "they", "it", "we", "him", "them", "us",
    "me", "our", "my", "your", "any", "no", "more", "how", "why", "what", "who",
];

impl Reader<'_> {
    /// A sentence that only names a speaker and a cue: "X mengatakan kepada wartawan pekan lalu."
    pub(super) fn bare_clause(&self, sentence: Range<usize>) -> Option<Clause> {
        let words = self.words(sentence.clone());
        (0..words.len()).find_map(|i| self.before_cue(&words, i, sentence.clone()))
    }

    /// A speaker-before cue at `words[i]` whose content is empty (a cue introducing a quote).
    pub(super) fn before_cue(
        &self,
        words: &[Word],
        i: usize,
        range: Range<usize>,
    ) -> Option<Clause> {
        let clause = self.pre_cue(words, i, range)?;
        clause.content.is_empty().then_some(clause)
    }

    /// The attribution of a sentence without a direct quote, if it has one.
    pub(super) fn indirect(&self, sentence: Range<usize>) -> Option<Found> {
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
    pub(super) fn name_before_clause(
        &self,
        words: &[Word],
        from: usize,
        longest: usize,
    ) -> Option<usize> {
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
    pub(super) fn issued_statement(&self, words: &[Word], end: usize) -> Option<Clause> {
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
    pub(super) fn only_initials_after(&self, word: &Word, end: usize) -> bool {
        let rest = self.text.get(word.raw_end..end).unwrap_or_default().trim();
        word.closes_clause(self.text)
            && rest.starts_with('(')
            && rest.ends_with(')')
            && rest.chars().count() <= 12
            && !rest.contains(' ')
    }

    /// "Trump's claim that the vote was rigged", "his warning that …": a noun of saying owned by its speaker,
    /// with the clause it reports (up to the next comma).
    pub(super) fn statement_noun(&self, sentence: Range<usize>) -> Option<Found> {
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
    pub(super) fn headline_colon(&self, sentence: Range<usize>) -> Option<Found> {
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

    /// In English, a second statement inside the content of `first` after a turn: the same speaker's
    /// second verb ("… should be modernized, but noted that …") or another speaker's ("…, but analysts
    /// said …"). `first` ends before the turn; the second statement is returned. (Indonesian content ends
    /// at its turn already: see `turn_clause`.)
    pub(super) fn english_turn(&self, first: &mut Found, sentence: Range<usize>) -> Option<Found> {
        if !self.lex.is_english_only() || first.cue.is_none() || first.kind != QuoteKind::Indirect {
            return None;
        }
        let words = self.words(first.content.clone());
        (1..words.len()).find_map(|i| {
            let turn = &words[i];
            if !turn.is_one_of(&["but", "while", "whereas"], self.text) {
                return None;
            }
            let comma = words[i - 1].punct_after(self.text).contains(',');
            let next = words.get(i + 1)?;
            let second = if self.lex.form(&next.lower) == Some(CueForm::SpeakerBefore)
                && words.get(i + 2)?.is_one_of(&["that"], self.text)
                && self.is_cue_at(&words, i + 1)
            {
                // The same subject: "… but noted that …".
                Found {
                    content: words.get(i + 3)?.raw_start..first.content.end,
                    cue: Some(next.start..next.end),
                    via: None,
                    when: None,
                    parts: Vec::new(),
                    ..first.clone()
                }
            } else if comma {
                // Another subject with its own cue, right after the turn: "…, but he said that …".
                let found = self.indirect(next.raw_start..sentence.end)?;
                phrase_range(&found.who).filter(|who| who.start == next.start)?;
                found.cue.as_ref()?;
                found
            } else {
                return None;
            };
            first.content.end = words[i - 1].end;
            Some(second)
        })
    }

    /// ", adding that …", ", seraya menambahkan bahwa …" in `sentence`: where the clause before it ends and
    /// the attribution it adds, to the speaker just named.
    pub(super) fn adding_clause(&self, sentence: Range<usize>) -> Option<(usize, Found)> {
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
            let mut via = None;
            // "telling Reuters, “…”", "telling reporters that …": the listener is the channel, not content.
            if w.lower == "telling" {
                let listener_end = (k..words.len().min(k + 5)).find(|&m| {
                    words[m].punct_after(self.text).contains([',', ':'])
                        || words
                            .get(m + 1)
                            .is_some_and(|n| self.lex.is_complementizer(&n.lower))
                });
                if let Some(m) = listener_end {
                    via = Some(words[k].start..words[m].end);
                    k = m + 1;
                }
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
                    via,
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
    pub(super) fn comma_and_conjunction_before(&self, at: usize) -> Option<usize> {
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
    pub(super) fn asked_clause(&self, sentence: Range<usize>) -> Option<Found> {
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

    /// A cue set off by commas inside the sentence it attributes: "But to prevent problems, he said, local
    /// officials should be vigilant." / "Pemerintah, katanya, akan menaikkan harga."
    pub(super) fn parenthetical(&self, words: &[Word], end: usize) -> Option<Clause> {
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
    pub(super) fn reported_end(&self, content: Range<usize>) -> (usize, Option<Range<usize>>) {
        if !self.lex.is_english() {
            return indonesian::reported_end(self, content);
        }
        if !self.lex.is_english_only() {
            return (content.end, None);
        }
        let words = self.words(content.clone());
        let end = (1..words.len())
            .find(|&k| {
                let w = &words[k..];
                // "…, as he deflected Republican attacks": a clause of the writer's own.
                let comment = k >= 2
                    && w.len() >= 3
                    && w[0].punct_after(self.text).contains(',')
                    && (w[1].is_one_of(COMMENT_OPENERS, self.text)
                        || w[1].is_one_of(&["as"], self.text)
                            && (w[2].is_one_of(PRONOUN_SUBJECTS, self.text)
                                || w[2].lower == "the"));
                comment || self.withholds(&w[1..])
            })
            .map_or(content.end, |k| words[k].end);
        (end, None)
    }

    /// "… but did not give details", "… but declined to say when": `words` turn to what the speaker
    /// would not say, which is no part of what they said.
    fn withholds(&self, words: &[Word]) -> bool {
        let is =
            |k: usize, list: &[&str]| words.get(k).is_some_and(|w| w.is_one_of(list, self.text));
        const TELL: &[&str] = &[
            "give",
            "provide",
            "offer",
            "elaborate",
            "say",
            "specify",
            "comment",
            "disclose",
            "identify",
            "name",
            "explain",
            "respond",
            "confirm",
            "detail",
        ];
        let not = |k: usize| {
            is(k, &["did", "would", "could"]) && is(k + 1, &["not"]) && is(k + 2, TELL)
                || is(
                    k,
                    &[
                        "didn't",
                        "wouldn't",
                        "couldn't",
                        "didn’t",
                        "wouldn’t",
                        "couldn’t",
                    ],
                ) && is(k + 1, TELL)
        };
        is(0, &["but"])
            && (is(1, &["declined", "refused"])
                || not(1)
                || is(1, &["gave", "offered", "provided"]) && is(2, &["no"]))
    }

    /// "Fundraising, according to the campaign, has surged.": an English source set off by commas inside the
    /// sentence it attributes, at `words[i]` right after a comma.
    pub(super) fn according_to_inside(
        &self,
        words: &[Word],
        i: usize,
        end: usize,
    ) -> Option<Clause> {
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
    pub(super) fn according_to_first(&self, words: &[Word], end: usize) -> Option<Clause> {
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
        // The commas between the fields of a listing name ("Menurut Menteri Koordinator Bidang Politik, Hukum,
        // dan Keamanan Mahfud MD, …") do not end it.
        let listing = |k: usize| {
            !self.lex.is_english()
                && words
                    .get(skip)
                    .is_some_and(|w| speaker::opens_listing_name(&w.lower))
                && words[skip..=k].iter().all(|w| w.is_capitalised(self.text))
                && self.fields_listed_from(words, k + 1)
        };
        let mut last = (skip..words.len().min(skip + longest))
            .find(|&k| words[k].punct_after(self.text).contains(',') && !listing(k))
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
        // "According to the Journal, which cited people familiar with the matter, …", "Menurut Reuters,
        // mengutip sumber, …": whom the source cites is the chain's, not what it says.
        let relative = words
            .get(after)
            .is_some_and(|w| w.is_one_of(&["which", "who", "yang"], self.text));
        let citing = after + usize::from(relative);
        let before = if relative {
            words[after].lower.as_str()
        } else {
            ""
        };
        if words.get(citing).is_some_and(|w| cites(before, &w.lower)) {
            if let Some(comma) = (citing + 1..words.len().min(citing + 14))
                .find(|&k| words[k].punct_after(self.text).contains(','))
            {
                after = comma + 1;
            }
        }
        let content_start = words.get(after)?.raw_start;
        (self.words(content_start..end).len() >= 3).then(|| Clause {
            who: Who::Phrase(who_start..who_end),
            cue: first.start..words[skip - 1].end,
            via: note.map(|(outlet, _)| outlet),
            when,
            content: content_start..end,
        })
    }

    /// The speaker after a speaker-after cue at `words[i]`, with channel and date.
    pub(super) fn speaker_after(&self, words: &[Word], i: usize, end: usize) -> Option<Clause> {
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
        // Whether the word before is a field of a listing name, set off by its comma.
        let mut in_listing = false;
        while let Some(w) = words.get(j) {
            // "Kepala Bidang Pencegahan dan Pengendalian Penyakit": "dan" inside a capitalised title.
            let in_title = w.lower == "dan" && in_listing
                || w.lower == "dan"
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
            // "kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD": the commas between
            // the fields of an office's name close nothing.
            in_listing = w.punct_after(self.text) == ","
                && !self.lex.is_english()
                && speaker::opens_listing_name(&words[start].lower)
                && words[start..j].iter().all(|w| w.is_capitalised(self.text))
                && self.fields_listed_from(words, j);
            if w.closes_clause(self.text) && !in_listing || too_long(j) {
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
        // "ungkap Haji Nurdin, pedagang beras yang sudah 20 tahun berjualan di pasar itu, saat ditemui …": a
        // role set off after the name, a relative clause and all, is the speaker's too.
        let appositive = appositive.or_else(|| {
            (!self.lex.is_english()
                && speaker[0].is_capitalised(self.text)
                && words[j - 1].end == speaker[speaker.len() - 1].end
                && words[j - 1].punct_after(self.text) == ",")
                .then(|| self.role_after_name(words, j))
                .flatten()
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

    /// Whether the fields of a name listed from `words[k]` on end with "dan" and a last field: "Hukum, dan
    /// Keamanan", "Kebudayaan, Riset, dan Teknologi".
    fn fields_listed_from(&self, words: &[Word], k: usize) -> bool {
        for (m, w) in words.iter().enumerate().skip(k).take(6) {
            if w.lower == "dan" {
                return words
                    .get(m + 1)
                    .is_some_and(|n| n.is_capitalised(self.text));
            }
            if !w.is_capitalised(self.text) || w.punct_after(self.text).trim() != "," {
                return false;
            }
        }
        false
    }

    /// A speaker-before cue at `words[i]`: the speaker is the phrase before it, the content what follows
    /// (after a channel, a date and "bahwa").
    pub(super) fn pre_cue(&self, words: &[Word], i: usize, range: Range<usize>) -> Option<Clause> {
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
        // "Meski polisi menyatakan pelaku sudah ditangkap, warga tetap resah": a statement in a clause that
        // opens the sentence with a subordinator. The subordinator is no part of the speaker, and what was
        // said ends at the clause's comma; after it the main clause is the writer's.
        let speaker_words = self.words(speaker.clone());
        let opener = (!self.lex.is_english() && speaker_words.len() >= 2)
            .then(|| speaker_words[0].lower.as_str());
        if opener.is_some_and(|w| CONDITIONALS.contains(&w)) {
            return None;
        }
        let subordinate = opener.is_some_and(|w| SENTENCE_SUBORDINATORS.contains(&w));
        if subordinate {
            speaker = speaker_words[1].start..speaker.end;
        }
        let clause_end = subordinate
            .then(|| {
                words[i + 1..]
                    .iter()
                    .find(|w| w.punct_after(self.text).contains(','))
                    .map(|w| w.end)
            })
            .flatten();
        // "Sebuah dokumen penelitian menyebutkan, …": a document is no speaker. "Laporan Reuters
        // menyebutkan, …": the one who reported is.
        let subject = self.words(speaker.clone());
        if !self.lex.is_english() && is_document(&subject) {
            let reporter = self.report_source(&subject)?;
            speaker = reporter[0].start..reporter[reporter.len() - 1].end;
        }
        let end = clause_end
            .unwrap_or(trim_range(self.text, range.clone(), &['.', ' ', '!', '?', '…', ':']).end);

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
        // "menyampaikan permohonan maaf atas …", "memaparkan rencana …": the object names what was said.
        let expresses = self.lex.is_indonesian()
            && indonesian::object_is_said(&cue_word.lower, words.get(j..).unwrap_or(&[]));
        // Right before a quote ("berteriak “Hukum mati!”") the verb needs nothing after it.
        if !introduced
            && !set_off
            && !clause_follows
            && !named_as
            && !asks_or_warns
            && !expresses
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
            || subordinate
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
        // "Kapolsek membenarkan informasi tersebut.": what is confirmed or denied may be a thing named before.
        let confirms_that = self.lex.is_indonesian()
            && matches!(
                cue_word.lower.as_str(),
                "membenarkan" | "mengonfirmasi" | "mengkonfirmasi" | "membantah" | "menepis"
            )
            && content_words == 2
            && words.get(j + 1).is_some_and(|w| {
                matches!(w.lower.as_str(), "itu" | "tersebut" | "ini") && w.end >= end
            });
        let content = if content_words >= 3 || introduced || admission || confirms_that {
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
    pub(super) fn is_cue_at(&self, words: &[Word], i: usize) -> bool {
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
    pub(super) fn adds_quantity(&self, after: &[Word]) -> bool {
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
    pub(super) fn names_in_quotes(&self, words: &[Word], i: usize) -> Option<usize> {
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
    pub(super) fn quoted_as_saying(&self, words: &[Word], end: usize) -> Option<Clause> {
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
}
