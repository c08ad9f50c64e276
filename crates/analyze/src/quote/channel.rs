//! Channels: through whom or what a statement reached the writer. A listener ("kepada wartawan di Oslo",
//! "told reporters"), the outlet that passed it on ("seperti dikutip Antara", "as reported by the
//! Independent"), or the medium or occasion it was made in ("dalam konferensi pers", "melalui akun
//! Instagram", "said Tuesday in the earnings release"). Each search starts from where the cue and speaker
//! put the channel: after them, in the tail after the speaker, or before the cue; and each reads at most
//! [`CHANNEL_REACH`] words, so a text without punctuation costs a bounded search per cue.

use std::ops::Range;

use super::indonesian::{is_id_verb, sentence_adverb_len};
use super::{indonesian, opens_channel, phrase_range, Clause, Reader, Word, DETERMINERS};
use crate::date;

/// The most words before a cue, or after a speaker, that are searched for a channel: a sentence's worth, so
/// that a text without sentence punctuation costs a bounded search per cue.
const CHANNEL_REACH: usize = 40;

/// Words that end a channel phrase.
const CHANNEL_STOPS: &[&str] = &[
    "bahwa", "that", "pada", "on", "setelah", "after", "ketika", "saat", "when", "dan",
];

/// Nouns of people gathered to listen, which a listener phrase may end with: "told a news conference".
const GATHERINGS: &[&str] = &[
    "conference",
    "briefing",
    "rally",
    "audience",
    "crowd",
    "meeting",
    "hearing",
    "summit",
    "forum",
    "gathering",
    "session",
    "reporters",
    "journalists",
    "lawmakers",
    "supporters",
    "committee",
];

impl Reader<'_> {
    /// The channel of an Indonesian statement in the words after its speaker and cue, when what was said
    /// came before them and nothing said follows: "…,” katanya seusai laga kepada BT Sport", "…, kata
    /// pelatih Wenger usai pertandingan seperti dikutip The Guardian", "…, jelas jaksa dalam sidang di PN
    /// Denpasar, Selasa (24/11), seperti dikutip Detik.com". A listener comes first, then the outlet that
    /// passed the words on, then the medium or occasion ([`Reader::setting_at`]); a listener or a setting
    /// after a verb of its own ("kata Sapruddin yang menjual sawit kepada pengepul") belongs to that verb,
    /// while an outlet's note speaks for the whole sentence.
    pub(super) fn channel_in_tail(
        &self,
        words: &[Word],
        clause: &Clause,
        end: usize,
    ) -> Option<Range<usize>> {
        let named_end =
            phrase_range(&clause.who).map_or(clause.cue.end, |who| who.end.max(clause.cue.end));
        let from = words.iter().position(|w| w.start >= named_end)?;
        if self.lex.is_english_only() {
            return self.english_channel_in_tail(words, from, end);
        }
        if self.lex.is_english() {
            return None;
        }
        let (mut note, mut setting) = (None, None);
        let mut own_verb = false;
        for m in from..words.len().min(from + CHANNEL_REACH) {
            let w = &words[m];
            if self.lex.form(&w.lower).is_some() || self.lex.is_complementizer(&w.lower) {
                break;
            }
            if !own_verb {
                let listener = opens_channel(w)
                    || w.is_one_of(&["pada"], self.text)
                        && words.get(m + 1).is_some_and(|n| {
                            n.is_capitalised(self.text)
                                && !self.in_date(n)
                                && !date::is_calendar_word(&n.lower)
                        });
                if listener {
                    return self.channel_words(words, m + 1, end).0;
                }
                if setting.is_none() {
                    setting = self.setting_at(words, m).map(|s| s.phrase);
                }
            }
            if note.is_none() {
                note = self.source_note(words, m).map(|(outlet, _)| outlet);
            }
            own_verb |= self.owns_what_follows(w, false);
        }
        note.or(setting)
    }

    /// The channel of an English statement in the words from `words[from]`, after its speaker and cue:
    /// "said Tuesday in the earnings release", "Heyward said, via Brian Batko of the Pittsburgh
    /// Post-Gazette", "said one legal expert, as reported by the Independent". A relative clause or a second
    /// verb of saying ends the search.
    pub(super) fn english_channel_in_tail(
        &self,
        words: &[Word],
        from: usize,
        end: usize,
    ) -> Option<Range<usize>> {
        for m in from..words.len().min(from + CHANNEL_REACH) {
            let w = &words[m];
            let reported_by = w.is_one_of(&["as"], self.text)
                && words.get(m + 1).is_some_and(|n| n.lower == "reported")
                && words.get(m + 2).is_some_and(|n| n.lower == "by");
            if reported_by {
                return self.channel_words(words, m + 3, end).0;
            }
            if self.lex.form(&w.lower).is_some()
                || w.is_one_of(&["that", "who", "which", "and", "but"], self.text)
            {
                break;
            }
            if w.is_one_of(&["via"], self.text) {
                return self.channel_words(words, m + 1, end).0;
            }
            if let Some(k) = m.checked_sub(1).and_then(|i| self.medium_after(words, i)) {
                return Some(words[m + 1].start..words[k].end);
            }
        }
        None
    }

    /// An English channel between a cue and its "that": "on Twitter" in "wrote on Twitter that …". Returns the
    /// channel and the index of "that".
    pub(super) fn channel_before_that(
        &self,
        words: &[Word],
        j: usize,
    ) -> Option<(Range<usize>, usize)> {
        if !self.lex.is_english_only()
            || !words
                .get(j)
                .is_some_and(|w| w.is_one_of(&["on", "in", "at", "during", "via"], self.text))
        {
            return None;
        }
        let k =
            (j + 2..words.len().min(j + 7)).find(|&k| words[k].is_one_of(&["that"], self.text))?;
        let channel = &words[j + 1..k];
        let plain = channel
            .iter()
            .all(|w| !w.closes_clause(self.text) && self.lex.form(&w.lower).is_none());
        plain.then(|| (channel[0].start..channel[channel.len() - 1].end, k))
    }

    /// A channel right after the word at `words[i]`: "kepada wartawan di Oslo", "melalui Telegramnya".
    /// Returns it and the index of the first word after it.
    pub(super) fn channel(
        &self,
        words: &[Word],
        i: usize,
        end: usize,
    ) -> (Option<Range<usize>>, usize) {
        if let Some(k) = self.medium_after(words, i) {
            // "said in a statement released Tuesday that …", "said in an interview with Reuters that …": the
            // medium runs on to the "that" of what was said, when a preposition, a participle or a date goes
            // on with it ("said in the release this case demonstrates that …" is a clause of its own).
            let goes_on = words.get(k + 1).is_some_and(|w| {
                w.is_one_of(
                    &[
                        "with", "to", "on", "in", "for", "from", "at", "by", "during",
                    ],
                    self.text,
                ) || w.lower.ends_with("ed") && !w.is_capitalised(self.text)
                    || self.in_date(w)
            });
            let that = goes_on
                .then(|| {
                    (k + 1..words.len().min(k + 9))
                        .take_while(|&t| {
                            !words[t - 1].closes_clause(self.text)
                                && self.lex.form(&words[t].lower).is_none()
                        })
                        .find(|&t| words[t].lower == "that")
                })
                .flatten();
            let last = that.map_or(k, |t| t - 1);
            return (Some(words[i + 2].start..words[last].end), last + 1);
        }
        match words.get(i + 1) {
            Some(w)
                if (opens_channel(w) || self.listener_after_pada(words, i + 1))
                    && !words[i].closes_clause(self.text)
                    && !self.opens_infinitive(words, i + 1) =>
            {
                self.channel_words(words, i + 2, end)
            }
            _ => match self.setting_after(words, i) {
                Some((setting, k)) => (Some(setting), k),
                None => (None, i + 1),
            },
        }
    }

    /// True for an Indonesian "pada" at `words[j]` before people who listened, as "kepada" is: "mengatakan
    /// pada polisi", "pada penonton"; not a time ("pada Senin", "pada hari itu") or an occasion ("pada
    /// kesempatan itu").
    fn listener_after_pada(&self, words: &[Word], j: usize) -> bool {
        let Some(next) = words.get(j + 1) else {
            return false;
        };
        // A noun for people is no time; "pada rapat itu" is an occasion, read as a setting.
        self.lex.is_indonesian()
            && words[j].lower == "pada"
            && !words[j].closes_clause(self.text)
            && super::speaker::is_person_noun(&next.lower)
            && self.setting_at(words, j).is_none()
    }

    /// The medium or occasion of an Indonesian statement right after the cue or speaker at `words[i]`:
    /// "ujar Ardhi dalam konferensi pers", "kata Maruarar saat dihubungi". Set off by a comma, it must be
    /// set off after as well or end the sentence ("kata Maruarar, saat dihubungi, Jumat"), so that a clause
    /// opening with "dalam" or "saat" stays what was said.
    pub(super) fn setting_after(&self, words: &[Word], i: usize) -> Option<(Range<usize>, usize)> {
        let indonesian::Setting {
            phrase: setting,
            next: k,
            ..
        } = self.setting_at(words, i + 1)?;
        let set_off = k == words.len()
            || words[k - 1].closes_clause(self.text)
            || self.date_starts_at(&words[k]);
        (!words[i].closes_clause(self.text) || words[i].punct_after(self.text) == "," && set_off)
            .then_some((setting, k))
    }

    /// The last word of the medium or occasion of an English statement after the cue or speaker at
    /// `words[i]`: "said in a statement", "wrote in an email", "said at the conference".
    pub(super) fn medium_after(&self, words: &[Word], i: usize) -> Option<usize> {
        if words[i].closes_clause(self.text) {
            return None;
        }
        self.english_medium_at(words, i + 1)
    }

    /// An English medium or occasion opening at `words[j]`: "in a statement", "in the earnings release",
    /// "at the Vox Media’s Code Media conference", "during the same segment", "in response to a question".
    /// Returns the index of its last word.
    pub(super) fn english_medium_at(&self, words: &[Word], j: usize) -> Option<usize> {
        /// Nouns of a medium a statement is made in, or of an occasion it is made at.
        const MEDIA: &[&str] = &[
            "statement",
            "email",
            "e-mail",
            "interview",
            "release",
            "letter",
            "post",
            "tweet",
            "video",
            "memo",
            "op-ed",
            "filing",
            "testimony",
            "call",
            "podcast",
            "speech",
            "paper",
            "report",
            "study",
            "article",
            "essay",
            "column",
            "blog",
            "note",
            "message",
            "announcement",
            "episode",
            "segment",
            "broadcast",
            "conference",
            "briefing",
            "hearing",
            "rally",
            "event",
            "meeting",
            "summit",
            "ceremony",
            "remarks",
            "address",
        ];
        /// What a statement answers: "in response to a question".
        const ASKED: &[&str] = &["question", "questions", "query", "inquiry"];
        // Written with a capital where it opens the sentence: "In a letter …, Batjer said".
        if !self.lex.is_english_only()
            || !words
                .get(j)
                .is_some_and(|w| matches!(w.lower.as_str(), "in" | "at" | "during"))
        {
            return None;
        }
        let mut k = j + 1;
        if words[j].lower == "in"
            && words.get(k).is_some_and(|w| w.lower == "response")
            && words.get(k + 1).is_some_and(|w| w.lower == "to")
        {
            k += 2;
            k += usize::from(
                words
                    .get(k)
                    .is_some_and(|w| w.is_one_of(&["a", "the"], self.text)),
            );
            return words
                .get(k)
                .is_some_and(|w| w.is_one_of(ASKED, self.text))
                .then_some(k);
        }
        let opens = words.get(k).is_some_and(|w| {
            w.is_one_of(
                &[
                    "a", "an", "the", "his", "her", "their", "its", "our", "this",
                ],
                self.text,
            )
        });
        if !opens {
            return None;
        }
        // The noun in lower case: a capitalised one heads a name ("at the Kohelet Policy Forum").
        let is_medium = |w: &Word| w.is_one_of(MEDIA, self.text);
        let mut m = (k + 1..words.len().min(k + 7))
            .take_while(|&m| m == k + 1 || !words[m - 1].closes_clause(self.text))
            .find(|&m| is_medium(&words[m]))?;
        // "in a conference call": the last noun of a compound.
        while !words[m].closes_clause(self.text) && words.get(m + 1).is_some_and(is_medium) {
            m += 1;
        }
        // "in a statement on Telegram", "in an interview with Reuters": the platform or outlet named after
        // the medium is part of it; a date is not ("in a statement on Tuesday").
        let named_after = words.get(m + 1).is_some_and(|w| {
            !words[m].closes_clause(self.text)
                && !w.closes_clause(self.text)
                && w.is_one_of(&["on", "with", "to"], self.text)
        });
        if named_after {
            // The whole name or nothing: a name longer than any outlet's is read no further.
            const LONGEST_NAME: usize = 6;
            let mut last = m + 1;
            while words
                .get(last + 1)
                .is_some_and(|w| w.is_capitalised(self.text) && !self.in_date(w))
                && (last == m + 1 || !words[last].closes_clause(self.text))
            {
                last += 1;
            }
            if last > m + 1 && last - (m + 1) <= LONGEST_NAME {
                m = last;
            }
        }
        Some(m)
    }

    /// "kata Sapruddin, salah seorang petani kelapa sawit kepada Serambi", "kata Aldo, kepada Kompas.com": an
    /// Indonesian listener after the words that describe the speaker, from `words[from]`. Only words of a
    /// description may stand between: no verb, no cue, no end of a clause but a comma.
    pub(super) fn listener_after_description(
        &self,
        words: &[Word],
        from: usize,
        end: usize,
    ) -> Option<Range<usize>> {
        if self.lex.is_english() {
            return None;
        }
        let k = (from..words.len().min(from + 8)).find(|&k| words[k].lower == "kepada")?;
        let description = words[from..k].iter().all(|w| {
            !is_id_verb(&w.lower)
                && !indonesian::is_di_passive(&w.lower)
                && self.lex.form(&w.lower).is_none()
                && !self.in_date(w)
                && (!w.closes_clause(self.text) || w.punct_after(self.text) == ",")
        });
        let set_off = from == 0 || words[from - 1].punct_after(self.text) == "," || from == k;
        (description && set_off)
            .then(|| self.channel_words(words, k + 1, end).0)
            .flatten()
    }

    /// "Kepada wartawan, Budi mengatakan …", "Kepada Kompas.com Budi menyebutkan …": the listener named
    /// before the speaker, who starts at `speaker_start`.
    pub(super) fn leading_channel(
        &self,
        words: &[Word],
        speaker_start: usize,
    ) -> Option<Range<usize>> {
        if self.lex.is_english() {
            return None;
        }
        let k = sentence_adverb_len(words);
        if words.get(k)?.lower != "kepada" {
            return None;
        }
        let listener = &words[k + 1..];
        let n = listener.iter().position(|w| w.start >= speaker_start)?;
        (n > 0
            && n <= 4
            && listener[..n - 1]
                .iter()
                .all(|w| !w.closes_clause(self.text)))
        .then(|| listener[0].start..listener[n - 1].end)
    }

    /// True when an Indonesian listener or setting after `w` belongs to `w` rather than to the statement: a
    /// verb of its own ("kata Sapruddin yang menjual sawit kepada pengepul", "Menanggapi surat kepada
    /// presiden, Budi mengatakan") or the "yang" of a relative clause. A capitalised word is a name
    /// ("warga Merduati"), unless it opens the clause.
    fn owns_what_follows(&self, w: &Word, opens_clause: bool) -> bool {
        is_id_verb(&w.lower) && (opens_clause || !w.is_capitalised(self.text))
            || w.is_one_of(&["yang"], self.text)
    }

    /// Where the clause holding the cue at `words[i]` starts: after the last full stop, semicolon or colon
    /// within [`CHANNEL_REACH`] words.
    fn clause_start_before(&self, words: &[Word], i: usize) -> usize {
        let reach = i.saturating_sub(CHANNEL_REACH);
        (reach..i)
            .rev()
            .find(|&k| {
                words[k].punct_after(self.text).contains(['.', ';', ':'])
                    && words[k].closes_clause(self.text)
            })
            .map_or(reach, |k| k + 1)
    }

    /// The channel of an English statement named before its cue at `words[i]`, outside the speaker phrase
    /// `speaker`: "In a letter calling for the meeting, CPUC President Marybel Batjer said", "Richardson,
    /// via USA Today, said". Only a phrase that opens the clause or follows a comma counts, so that
    /// "officials at the meeting said" keeps its speaker whole.
    fn english_channel_before_cue(
        &self,
        words: &[Word],
        i: usize,
        speaker: &Range<usize>,
    ) -> Option<Range<usize>> {
        if !self.lex.is_english_only() {
            return None;
        }
        let clause_start = self.clause_start_before(words, i);
        (clause_start..i).find_map(|m| {
            let opens = m == clause_start || words[m - 1].punct_after(self.text).contains(',');
            if !opens {
                return None;
            }
            let phrase = if words[m].lower == "via" {
                self.channel_words(words, m + 1, words[i].start).0
            } else {
                // "In a statement, …" names the medium "a statement", as "said in a statement" does.
                let opening = m + usize::from(matches!(
                    words[m].lower.as_str(),
                    "in" | "on" | "at" | "during"
                ));
                self.english_medium_at(words, m)
                    .filter(|&k| k < i && opening <= k)
                    .map(|k| words[opening].start..words[k].end)
            };
            phrase.filter(|p| p.end <= speaker.start || p.start >= speaker.end)
        })
    }

    /// The channel of an Indonesian statement named before its cue at `words[i]`, outside the speaker
    /// phrase `speaker`: a listener ("Kepada Pos Kupang, Kamis (23/6), Ngurah mengatakan", "Dandim, melalui
    /// Kasdim Mayor Agus, mengatakan"), else an outlet's note ("Ananto Setiawan, dikutip CNN Indonesia,
    /// mengatakan"), else a medium or occasion ("Dalam keterangan tertulis, Budi mengatakan …", "Kepala
    /// BPBD saat dihubungi menyebutkan …"). A listener or setting after a verb of its own ("Menanggapi surat
    /// kepada presiden, Budi mengatakan") is that verb's.
    pub(super) fn channel_before_cue(
        &self,
        words: &[Word],
        i: usize,
        speaker: &Range<usize>,
    ) -> Option<Range<usize>> {
        if self.lex.is_english() {
            return self.english_channel_before_cue(words, i, speaker);
        }
        let clause_start = self.clause_start_before(words, i);
        let after_speaker = words
            .iter()
            .position(|w| w.start >= speaker.end)
            .unwrap_or(i);
        let (mut note, mut setting) = (None, None);
        for m in clause_start..i {
            let w = &words[m];
            if w.end > speaker.start && w.start < speaker.end {
                continue;
            }
            let region = if m >= after_speaker {
                after_speaker
            } else {
                clause_start
            };
            let own_verb =
                (region..m).any(|k| self.owns_what_follows(&words[k], k == clause_start));
            if !own_verb && matches!(w.lower.as_str(), "kepada" | "melalui" | "lewat") {
                let listener = self.channel_words(words, m + 1, words[i].start).0;
                if listener
                    .as_ref()
                    .is_some_and(|l| l.end <= speaker.start || l.start >= speaker.end)
                {
                    return listener;
                }
            }
            if note.is_none() {
                note = self.source_note(words, m).map(|(outlet, _)| outlet);
            }
            if setting.is_none() && !own_verb {
                setting = self
                    .setting_at(words, m)
                    .filter(|s| {
                        s.next <= i
                            && (s.phrase.end <= speaker.start || s.phrase.start >= speaker.end)
                    })
                    .map(|s| s.phrase);
            }
        }
        note.or(setting)
    }

    /// The channel phrase starting at `words[j]`, up to a date, "bahwa"/"that" or a comma.
    pub(super) fn channel_words(
        &self,
        words: &[Word],
        j: usize,
        end: usize,
    ) -> (Option<Range<usize>>, usize) {
        let mut k = j;
        let mut closed = false;
        while let Some(w) = words.get(k).filter(|w| w.end <= end) {
            if self.lex.is_complementizer(&w.lower) {
                closed = true;
                break;
            }
            if k > j && (w.is_one_of(CHANNEL_STOPS, self.text) || self.date_starts_at(w)) {
                closed = k - j <= 3;
                break;
            }
            if k - j >= 6 {
                break;
            }
            k += 1;
            if w.closes_clause(self.text) {
                // A full stop ends the sentence, not the channel: "told Reuters the economy was strong."; but
                // "told a news conference.", "told the rally.": a gathering that listens ends both.
                closed = w.punct_after(self.text).contains([',', ':', ';'])
                    || k - j <= 4 && w.is_one_of(GATHERINGS, self.text);
                break;
            }
        }
        if !closed {
            // "told reporters the talks would resume": without a boundary the channel is one noun phrase, a
            // name ("told the Wall Street Journal") or a single word.
            let det = usize::from(
                words
                    .get(j)
                    .is_some_and(|w| w.is_one_of(DETERMINERS, self.text)),
            );
            let run = words.get(j + det..).map_or(0, |rest| {
                rest.iter()
                    .take_while(|w| w.is_capitalised(self.text))
                    .count()
            });
            k = (j + det + run.max(1)).min(words.len());
        }
        let via = (k > j).then(|| words[j].start..words[k - 1].end);
        (via, k)
    }
}
