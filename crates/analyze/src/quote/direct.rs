//! Direct quotes: which quoted stretches are quotes, and the cue and speaker of each. A stretch standing as
//! a sentence of its own (or after "X mengatakan:") is a direct quote; its cue comes from right after it
//! ("“…,” kata Budi", "“…” — Budi"), from the words before it in its sentence, or from a cue sentence next
//! to it; a quote paragraph with no cue continues the previous direct quote's speaker.

use std::ops::Range;

use warta_model::QuoteKind;

use super::cue::CueForm;
use super::marks::{self, Quoted};
use super::{
    around, strip_auxiliaries, trim_range, Clause, Context, Found, Reader, Who, Word,
    LONG_TITLED_NAME, UNKNOWN_SPEAKER_CONFIDENCE,
};

/// The most words from a quote to its cue after a speaker and an appositive ("…,” Leonard E. Burman,
/// director of …, said").
const MAX_APPOSITIVE: usize = 40;

/// The fewest words of an English direct quote with no cue and no quote before it.
const MIN_UNCUED_WORDS: usize = 8;

/// The most words a cue between two pieces of one English quote may have ("“A,” said Senator John Smith of
/// Ohio. “B.”").
const MAX_SPLIT_CUE_WORDS: usize = 8;

impl Reader<'_> {
    /// True when the words between two pieces of one quote are few enough to be its cue ("“A,” she said.
    /// “B.”"). In English a long appositive between them ("said X, the former mayor who …") makes the two
    /// pieces read as two quotes.
    pub(super) fn short_gap(&self, gap: Range<usize>) -> bool {
        !self.lex.is_english_only() || self.words(gap).len() <= MAX_SPLIT_CUE_WORDS
    }

    /// A quoted stretch is a direct quote when it is a sentence (or the object of a cue) of its own, not a few
    /// words inside a sentence.
    pub(super) fn is_direct(&self, q: &Quoted, sentences: &[Range<usize>]) -> bool {
        let Some(sentence) = sentences.iter().find(|s| s.contains(&q.outer.start)) else {
            return false;
        };
        let sentence = &around(self.text, sentence.clone(), q.outer.clone());
        let inner = self.text.get(q.inner.clone()).unwrap_or("").trim();
        let after_words = self.words(q.outer.end..sentence.end);
        // English puts a short speaker first: "“I would,” Melanie said".
        let speaker_words = if self.lex.is_english_only() { 4 } else { 1 };
        // Scraped text may lose the comma inside the closing mark of a quote that opens its sentence, before
        // a speaker and an Indonesian verb: "“Penembaknya telah ditahan” juru bicara Ray Garner mengatakan".
        let verb_after_speaker = !self.lex.is_english_only()
            && after_words.iter().take(6).any(|w| {
                matches!(
                    self.lex.form(&w.lower),
                    Some(CueForm::SpeakerBefore | CueForm::SpeakerBeforeTelling)
                )
            });
        let cue_follows = after_words
            .iter()
            .take(speaker_words)
            .any(|w| self.lex.form(&w.lower).is_some());
        // Two quoted words are a term ("disebut “zona merah”") unless they end in their own punctuation and a
        // cue follows: "“Kami siap,” kata Budi.", "“Tidak!” teriaknya."
        // "berteriak “Hukum mati!”": a cry right after its verb is a quote too.
        let cue_before = !self.lex.is_english_only()
            && self
                .words(sentence.start..q.outer.start)
                .last()
                .is_some_and(|w| {
                    matches!(
                        self.lex.form(&w.lower),
                        Some(CueForm::SpeakerBefore | CueForm::SpeakerBeforeTelling)
                    )
                });
        if inner.split_whitespace().count() < 3
            && !(inner.ends_with([',', '.', '!', '?', '…']) && (cue_follows || cue_before))
        {
            return false;
        }
        let before = self
            .text
            .get(sentence.start..q.outer.start)
            .unwrap_or("")
            .trim();
        let before_words = self.words(sentence.start..q.outer.start);
        let before_is_cue = before.is_empty()
            || before.ends_with(':')
            || (before.ends_with(',')
                && before_words
                    .iter()
                    .any(|w| self.lex.form(&w.lower).is_some()))
            || before_words
                .last()
                .is_some_and(|w| self.lex.form(&w.lower).is_some());
        let after = self
            .text
            .get(q.outer.end..sentence.end)
            .unwrap_or("")
            .trim_start();
        // "“You say you ‘accept responsibility,’” Merkley said.": a quote inside may close with it.
        let ends_sentence = inner
            .trim_end_matches(['’', '\''])
            .ends_with(['.', ',', '!', '?', '…', ';'])
            || after.is_empty()
            || after.starts_with([',', '.', ';', '!', '?'])
            || cue_follows
            || verb_after_speaker;
        // "…, memberikan jawaban, “Tanggal 7 aku mau lari. Bebas!” katanya.": a quote of a few words that
        // ends in its own punctuation and takes its cue right after it stands on its own, whatever precedes.
        let cued_after = !self.lex.is_english_only()
            && cue_follows
            && inner.split_whitespace().count() >= 4
            && inner.ends_with([',', '.', '!', '?', '…']);
        (before_is_cue || cued_after) && ends_sentence
    }

    /// The quoted stretches of a paragraph, with one reading the marks alone cannot make: a paragraph cut
    /// inside a quote whose closing mark, spaced off the words, stands before a "-nya" cue ("Bunga pinjaman
    /// di bawah 10 persen, "Paparnya.") is that quote, not one opening at the cue.
    pub(super) fn quoted_in(&self, paragraph: Range<usize>) -> Vec<Quoted> {
        let mut quoted =
            marks::find_quoted(self.text, paragraph.clone(), !self.lex.is_english_only());
        if let [only] = quoted.as_mut_slice() {
            let unclosed = only.outer.end == paragraph.end;
            let cue_first = self.words(only.inner.clone()).first().is_some_and(|w| {
                w.is_capitalised(self.text) && self.lex.form(&w.lower) == Some(CueForm::Anaphoric)
            });
            let said_before = self.words(paragraph.start..only.outer.start).len() >= 2;
            if unclosed && cue_first && said_before {
                *only = Quoted {
                    outer: paragraph.start..only.inner.start,
                    inner: paragraph.start..only.outer.start,
                };
            }
        }
        quoted
    }

    pub(super) fn direct(
        &self,
        q: &Quoted,
        s: usize,
        sentences: &[Range<usize>],
        used: &mut [bool],
        context: Context,
    ) -> Option<Found> {
        let content = trim_range(self.text, q.inner.clone(), &[',', ' ']);
        let sentence = &around(self.text, sentences[s].clone(), q.outer.clone());
        let direct = |clause: Clause, confidence: f32| Found {
            content: content.clone(),
            ..Found::from_clause(clause, QuoteKind::Direct, confidence)
        };
        let bare_sentence = |i: usize, used: &mut [bool]| {
            // A cue sentence between two quotes serves both: "“…,” tambahnya. X mengatakan. “…”"
            let clause = sentences.get(i).and_then(|r| self.bare_clause(r.clone()))?;
            used[i] = true;
            Some(clause)
        };
        let after = self.after_quote(q.outer.end..sentence.end);
        match after {
            Some(clause) if clause.who != Who::Previous => return Some(direct(clause, 0.9)),
            Some(clause) => {
                // "“…,” tambahnya. Menteri X mengatakan kepada wartawan." — the named cue wins over "-nya".
                if let Some(named) = bare_sentence(s + 1, used) {
                    return Some(direct(named, 0.9));
                }
                return Some(direct(clause, 0.8));
            }
            None => {}
        }
        // "“… .” Ungkap X.", "“… .” Demikian dikatakan X.": a quote that closed its sentence, then a
        // capitalised short cue and its speaker.
        let closes_sentence = self
            .text
            .get(q.outer.end..sentence.end)
            .is_some_and(|t| t.trim().chars().all(|c| c.is_ascii_punctuation()));
        let next_cue = sentences.get(s + 1).filter(|next| {
            let words = self.words((*next).clone());
            closes_sentence
                && !self.lex.is_english()
                && words.first().is_some_and(|w| {
                    w.is_capitalised(self.text)
                        && (self.lex.form(&w.lower) == Some(CueForm::SpeakerAfter)
                            && w.lower != "menurut"
                            && !self.lex.is_passive(&w.lower)
                            || self.opens_summing_up(&words))
                })
                && self.indirect((*next).clone()).is_none()
        });
        if let Some(clause) = next_cue
            .and_then(|next| self.after_quote(next.clone()))
            .filter(|c| c.who != Who::Previous)
        {
            used[s + 1] = true;
            return Some(direct(clause, 0.85));
        }
        let before = self.words(sentence.start..q.outer.start);
        if let Some(clause) = (0..before.len())
            .rev()
            .find_map(|i| self.before_cue(&before, i, sentence.start..q.outer.start))
        {
            // "Paus berkata, “…,” seperti dikutip Vatican News.": the note after the quote is its channel.
            let via = clause.via.clone().or_else(|| {
                let after = self.words(q.outer.end..sentence.end);
                self.source_note(&after, 0).map(|(outlet, _)| outlet)
            });
            return Some(direct(Clause { via, ..clause }, 0.9));
        }
        if let Some(clause) = self.cue_leading_quote(&before, q.outer.start) {
            return Some(direct(clause, 0.9));
        }
        if let Some(clause) = s
            .checked_sub(1)
            .and_then(|p| bare_sentence(p, used))
            .or_else(|| bare_sentence(s + 1, used))
        {
            return Some(direct(clause, 0.85));
        }
        // A transcript turn: "“PENCE: Well, …”" names its speaker itself.
        let label = self.words(content.clone()).into_iter().next().filter(|w| {
            w.punct_after(self.text).starts_with(':')
                && w.lower.chars().count() > 1
                && self
                    .text
                    .get(w.start..w.end)
                    .is_some_and(|t| t.chars().all(|c| !c.is_lowercase()))
        });
        if let Some(label) = label {
            return Some(Found {
                content,
                kind: QuoteKind::Direct,
                cue: None,
                who: Who::Phrase(label.start..label.end),
                via: None,
                when: None,
                confidence: 0.7,
                parts: Vec::new(),
            });
        }
        // "Budi mengatakan bahwa pemerintah harus bertindak, “Sebelum semuanya terlambat.”": the words before
        // the quote report a named speaker's words, and the quote finishes them. Not when those words hold a
        // quote of their own ("“A,” kata Budi, “B.”" is a split quote) or a second cue that introduces this
        // one ("…? beliau menjawab, “…”"), and not in English, where PolNeAR marks such a quote apart.
        let quote_free = self
            .text
            .get(sentence.start..q.outer.start)
            .is_some_and(|before| !before.contains(['"', '“', '”', '«', '»', '„']));
        let lead_in = (!self.lex.is_english() && quote_free)
            .then(|| self.indirect(sentence.start..q.outer.start))
            .flatten()
            .filter(|f| matches!(f.who, Who::Phrase(_)) && f.content.end <= q.outer.start)
            .filter(|f| {
                let cue_end = f.cue.as_ref().map_or(f.content.start, |c| c.end);
                self.words(cue_end.max(f.content.start)..q.outer.start)
                    .iter()
                    .all(|w| self.lex.form(&w.lower).is_none())
            });
        if let Some(f) = lead_in {
            return Some(Found {
                content: f.content.start..trim_range(self.text, q.outer.clone(), &[',', ' ']).end,
                kind: QuoteKind::Mixed,
                ..f
            });
        }
        let (who, confidence) = match context {
            // "“…,” Trump said, adding later, “…”"
            Context::SameSentence => (Who::Previous, 0.8),
            Context::AfterQuote => (Who::Previous, 0.6),
            // "Darso mengatakan … . “Pak Wamen sempat …”": the quote goes on with the speaker just reported.
            Context::Alone if self.opens_after_statement(q, s, sentences) => (Who::Previous, 0.6),
            Context::Alone => {
                // A few quoted words with no cue and nobody before them are a title or a name, not speech.
                let inner = self.text.get(content.clone()).unwrap_or("");
                let words = inner.split_whitespace().count();
                let sentence_like = inner.trim_end().ends_with(['.', '!', '?', '…']) || words >= 6;
                // English news names the speaker of a short quote; one left alone is a slogan or a title.
                let short = self.lex.is_english_only() && words < MIN_UNCUED_WORDS;
                // "\"' PT Kawasaki Motor Indonesia kembali …" with no closing mark: a scraper's stray marks
                // before a plain news sentence (12 of 15 such openings in the NERP development sets).
                let stray = inner.starts_with(['\'', '‘']) && q.outer.end == q.inner.end;
                if !sentence_like || short || stray || is_title_case(inner) {
                    return None;
                }
                (Who::Unknown, UNKNOWN_SPEAKER_CONFIDENCE)
            }
        };
        Some(Found {
            content,
            kind: QuoteKind::Direct,
            cue: None,
            who,
            via: None,
            when: None,
            confidence,
            parts: Vec::new(),
        })
    }

    /// The cue right after a quote: "…,” kata X kepada Y", "…,” tambahnya", "…,” he said", with the
    /// channel anywhere in the rest of the sentence.
    fn after_quote(&self, range: Range<usize>) -> Option<Clause> {
        let mut clause = self.cue_after_quote(range.clone())?;
        let words = self.words(range.clone());
        clause.via = self
            .channel_in_tail(&words, &clause, range.end)
            .or(clause.via);
        Some(clause)
    }

    fn cue_after_quote(&self, range: Range<usize>) -> Option<Clause> {
        if let Some(clause) = self.dash_credit(range.clone()) {
            return Some(clause);
        }
        let words = self.words(range.clone());
        let first = words.first()?;
        if self.opens_summing_up(&words) {
            return self.summing_up(&words, 0, range.end);
        }
        match self.lex.form(&first.lower) {
            Some(CueForm::SpeakerAfter) => self.speaker_after(&words, 0, range.end),
            Some(CueForm::SpeakerBefore) if self.lex.inverts(&first.lower) => {
                self.speaker_after(&words, 0, range.end)
            }
            // "…,” continued Smith."
            None if self.lex.speaks_after_quote(&first.lower) => {
                self.speaker_after(&words, 0, range.end)
            }
            Some(CueForm::Anaphoric) => {
                // "tambahnya. kata pejabat itu." — a lower-case cue with a speaker right after the -nya cue.
                let next = words.get(1).filter(|w| !w.is_capitalised(self.text));
                if let Some(clause) = next
                    .filter(|w| self.lex.form(&w.lower) == Some(CueForm::SpeakerAfter))
                    .and_then(|_| self.speaker_after(&words, 1, range.end))
                {
                    return Some(clause);
                }
                // "…,” katanya kepada Tempo.", "…,” ujarnya saat dihubungi."
                let via = self
                    .channel(&words, 0, range.end)
                    .0
                    .or_else(|| self.source_note(&words, 1).map(|(outlet, _)| outlet));
                Some(Clause {
                    who: Who::Previous,
                    cue: first.start..first.end,
                    via,
                    when: self.when_in(first.start..range.end),
                    content: 0..0,
                })
            }
            _ => {
                // "…,” he said." / "…,” Lavrov mengatakan."
                let is_cue = |w: &Word| {
                    matches!(
                        self.lex.form(&w.lower),
                        Some(CueForm::SpeakerBefore | CueForm::SpeakerBeforeTelling)
                    ) || self.lex.speaks_after_quote(&w.lower)
                };
                // "…,” Leonard E. Burman, director of the centrist Tax Policy Center and a professor at
                // the Maxwell School, said.": in English a long appositive may stand between name and cue.
                let after_appositive = || {
                    self.lex.is_english_only().then_some(())?;
                    let k = words
                        .iter()
                        .take(5)
                        .position(|w| w.punct_after(self.text).ends_with(","))?;
                    (k + 1..words.len().min(MAX_APPOSITIVE)).find(|&i| {
                        is_cue(&words[i])
                            && strip_auxiliaries(&words[..i])
                                .last()
                                .is_some_and(|w| w.punct_after(self.text) == ",")
                    })
                };
                // "…,” lead researcher and NASA planetary scientist Lucas Paganini said.": in English a
                // long run of titles may stand before the name, with no comma in it.
                let titled_name = || {
                    self.lex.is_english_only().then_some(())?;
                    let i = words.iter().take(LONG_TITLED_NAME).position(is_cue)?;
                    let name_before = i > 1 && words[i - 1].is_capitalised(self.text);
                    let unbroken = words[..i].iter().all(|w| !w.closes_clause(self.text));
                    (name_before && unbroken).then_some(i)
                };
                let i = words
                    .iter()
                    .take(6)
                    .position(is_cue)
                    .or_else(titled_name)
                    .or_else(after_appositive)?;
                // "…,” Howard Gleckman has written.": the auxiliary is no part of the speaker.
                let mut speaker = strip_auxiliaries(&words[..i]);
                let last = speaker.last()?;
                // "“…,” Graham, a former candidate, told CBS News.": the name before an appositive.
                if let Some(k) = speaker.iter().position(|w| w.closes_clause(self.text)) {
                    let appositive = self.lex.is_english_only()
                        && speaker[k].punct_after(self.text).ends_with(",")
                        && last.punct_after(self.text) == ","
                        && speaker[..=k].iter().all(|w| w.is_capitalised(self.text));
                    if !appositive {
                        return None;
                    }
                    speaker = &speaker[..=k];
                }
                if !self.is_speaker_phrase(speaker) {
                    return None;
                }
                // "…,” Noem told the Argus Leader.": a verb of telling takes its listener directly.
                let (via, _) =
                    if self.lex.form(&words[i].lower) == Some(CueForm::SpeakerBeforeTelling) {
                        self.channel_words(&words, i + 1, range.end)
                    } else {
                        self.channel(&words, i, range.end)
                    };
                Some(Clause {
                    who: Who::Phrase(speaker[0].start..speaker[speaker.len() - 1].end),
                    cue: words[i].start..words[i].end,
                    via,
                    when: self.when_in(words[i].start..range.end),
                    content: 0..0,
                })
            }
        }
    }

    /// "“…” ― Sonya Herridge": a dash and a name alone on the rest of the line credit the quote before them,
    /// as vox pops and pull quotes do.
    fn dash_credit(&self, range: Range<usize>) -> Option<Clause> {
        let after = self.text.get(range.clone())?;
        let dash_start = range.start + (after.len() - after.trim_start().len());
        let dash = self
            .text
            .get(dash_start..)?
            .chars()
            .next()
            .filter(|c| matches!(c, '―' | '—' | '–'))?;
        let dash_end = dash_start + dash.len_utf8();
        let line_end = self
            .text
            .get(dash_end..range.end)?
            .find('\n')
            .map_or(range.end, |k| dash_end + k);
        let words = self.words(dash_end..line_end);
        let named = words
            .iter()
            .take_while(|w| w.is_capitalised(self.text))
            .count();
        if named == 0 || named > 5 {
            return None;
        }
        // Nothing but the name, or the name closed by a comma or a full stop ("― Carla Sanchez.").
        let alone = named == words.len() || words[named - 1].closes_clause(self.text);
        if !alone || !self.is_speaker_phrase(&words[..named]) {
            return None;
        }
        Some(Clause {
            who: Who::Phrase(words[0].start..words[named - 1].end),
            cue: dash_start..dash_end,
            via: None,
            when: None,
            content: 0..0,
        })
    }
}

/// True for words in title case, as in a headline or the title of a book or film ("Jalan Panjang Menuju
/// Demokrasi"): nearly every word capitalised. Speech is written as a sentence.
fn is_title_case(inner: &str) -> bool {
    let words: Vec<&str> = inner
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let capitalised = words
        .iter()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        })
        .count();
    words.len() >= 3 && capitalised * 5 >= words.len() * 4
}
