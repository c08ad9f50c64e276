//! Sources named beside a statement rather than as its speaker: an outlet's note ("seperti dikutip dari
//! Antara", "dilansir CNN", "As reported by CNN"), a closing source clause ("…, menurut Politico Eropa",
//! "…, officials said"), and whom a report cites ("mengutip pejabat AS", "citing two sources"). A note may
//! be the channel of a statement, or its speaker when no one else speaks in the sentence.

use std::ops::Range;

use warta_model::QuoteKind;

use super::cue::CueForm;
use super::indonesian::{self, is_id_verb};
use super::{
    is_citing, strip_auxiliaries, trim_range, Clause, Found, Reader, Who, Word, DETERMINERS,
    PRONOUN_SUBJECTS, SPEAKER_STOPS,
};
use crate::source::outlets;

/// Lower-case words between a source note and the outlet's name: "dikutip dari laman resmi …", "dilansir
/// kantor berita Antara", "Mengutip laporan MIC", "as reported by the Times".
const MEDIUM: &[&str] = &[
    "kantor", "berita", "harian", "surat", "kabar", "situs", "laman", "media", "stasiun",
    "televisi", "majalah", "koran", "resmi", "laporan", "the",
];

/// Plural and generic nouns that stand for sources without a name: "…, sources said", "…, top black
/// lawmakers said Friday".
pub(super) const SOURCE_NOUNS: &[&str] = &[
    "source",
    "sources",
    "official",
    "officials",
    "aide",
    "aides",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "lawmakers",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "prosecutors",
    "investigators",
    "police",
    "authorities",
    "residents",
    "witnesses",
    "people",
    "critics",
    "advisers",
    "advisors",
    "economists",
    "researchers",
    "pejabat",
    "sumber",
];

impl Reader<'_> {
    /// "Barbie ini, dilansir Artnet News, dibanderol Rp 10 juta": a note set off inside the sentence credits
    /// the outlet with all of it, when no verb of saying follows to name a speaker of its own.
    pub(super) fn note_aside(&self, words: &[Word], end: usize) -> Option<Clause> {
        // "…, dilansir X, …", "…, seperti dilansir X, …".
        let i = (1..words.len()).find(|&i| {
            (words[i].is_one_of(&["seperti", "sebagaimana"], self.text)
                || self.lex.is_source_note(&words[i].lower))
                && words[i - 1].punct_after(self.text).contains(',')
        })?;
        let (outlet, after) = self.source_note(words, i)?;
        let last = after.checked_sub(1)?;
        let tail = words.get(after..)?;
        // "Riant Nugroho, dilansir Katadata.co.id, mengamini …": the head did what the tail says.
        if tail.len() < 3
            || !words[last].punct_after(self.text).contains(',')
            || is_id_verb(&tail[0].lower)
            || tail.iter().any(|w| self.lex.form(&w.lower).is_some())
        {
            return None;
        }
        let verb = words[i..after]
            .iter()
            .find(|w| self.lex.is_source_note(&w.lower))?;
        Some(Clause {
            who: Who::Phrase(outlet),
            cue: words[i].start..verb.end,
            via: None,
            when: None,
            content: self.around_aside(words, last, end),
        })
    }

    /// "…, Journal melaporkan." / "…, menurut Politico Eropa." / "…, officials said." at the end of `range`:
    /// the source's range and where the content before it ends.
    pub(super) fn trailing_source(&self, range: Range<usize>) -> Option<(Range<usize>, usize)> {
        let words = self.words(range.clone());
        let commas = (0..words.len())
            .rev()
            .filter(|&k| words[k].punct_after(self.text).contains(','));
        commas.take(3).find_map(|comma| {
            let tail = &words[comma + 1..];
            let content_end = trim_range(
                self.text,
                words[comma].start..words[comma].raw_end,
                &[',', '.', ';'],
            )
            .end;
            self.source_clause(tail).map(|source| (source, content_end))
        })
    }

    /// A clause that only names a source: "menurut Politico Eropa", "Journal melaporkan pada hari Selasa,
    /// mengutip …", "officials said".
    pub(super) fn source_clause(&self, tail: &[Word]) -> Option<Range<usize>> {
        // "…, seperti dikutip dari Antara, Kamis (7/3/2024).": a date may close the note.
        if let Some((outlet, k)) = self.source_note(tail, 0) {
            return tail[k..].iter().all(|w| self.in_date(w)).then_some(outlet);
        }
        // "…, mengutip laporan CNN.": the outlet a report is taken from.
        if let Some(first) = tail
            .first()
            .filter(|w| w.lower == "mengutip" && self.lex.is_indonesian() && !self.lex.is_english())
        {
            let named = &tail[1..];
            let dated = named.iter().rev().take_while(|w| self.in_date(w)).count();
            let named = &named[..named.len() - dated];
            let outlet = self.report_source(named).unwrap_or(named);
            let capitalised = !outlet.is_empty()
                && outlet.len() <= 5
                && outlet
                    .iter()
                    .all(|w| w.is_capitalised(self.text) && !self.in_date(w));
            return (capitalised
                && !first.closes_clause(self.text)
                && self.is_speaker_phrase(outlet))
            .then(|| outlet[0].start..outlet[outlet.len() - 1].end);
        }
        if let Some(first) = tail
            .first()
            .filter(|w| w.lower == "menurut" || w.lower == "according")
        {
            let skip = if first.lower == "according" { 2 } else { 1 };
            let source = tail.get(skip..).filter(|s| !s.is_empty() && s.len() <= 5)?;
            return Some(source[0].start..source[source.len() - 1].end);
        }
        let cue = tail.iter().position(|w| {
            matches!(
                self.lex.form(&w.lower),
                Some(CueForm::SpeakerBefore | CueForm::SpeakerBeforeTelling)
            )
        })?;
        let speaker = self.before_parenthesis(strip_auxiliaries(&tail[..cue]));
        let named = speaker.first().is_some_and(|w| {
            w.is_capitalised(self.text)
                || w.is_one_of(DETERMINERS, self.text)
                || w.is_one_of(PRONOUN_SUBJECTS, self.text)
        }) || speaker
            .last()
            .is_some_and(|w| SOURCE_NOUNS.contains(&w.lower.as_str()));
        if !named || speaker.len() > 5 || !self.is_speaker_phrase(speaker) {
            return None;
        }
        // Nothing but a channel ("told The Huffington Post", "said in a statement"), a date and a
        // ", mengutip …" clause may follow the verb.
        let mut rest = &tail[cue + 1..];
        let telling = self.lex.form(&tail[cue].lower) == Some(CueForm::SpeakerBeforeTelling);
        let prepositional = rest.first().is_some_and(|w| {
            w.is_one_of(
                &[
                    "in", "on", "at", "to", "during", "kepada", "dalam", "melalui", "di",
                ],
                self.text,
            ) && !self.date_starts_at(w)
        });
        // "Ernawati menyebutkan dalam sebulan terkumpul 700 kilogram sampah": a clause, not a channel.
        let clause_after = !self.lex.is_english()
            && rest.iter().any(|w| {
                !w.is_capitalised(self.text)
                    && (is_id_verb(&w.lower)
                        || indonesian::is_di_passive(&w.lower)
                        || w.lower.starts_with("ter") && w.lower.len() >= 7)
            });
        if (telling || prepositional) && rest.len() <= 8 && !clause_after {
            let channel_end = rest
                .iter()
                .position(|w| {
                    self.date_starts_at(w)
                        || w.closes_clause(self.text) && w.punct_after(self.text).contains(',')
                })
                .unwrap_or(rest.len());
            rest = &rest[channel_end..];
        }
        let after_date = rest
            .iter()
            .position(|w| !self.in_date(w))
            .unwrap_or(rest.len());
        // "…, the agency said in a report, citing …": a participle clause may follow the channel.
        let then_participle = self.lex.is_english_only()
            && rest
                .first()
                .is_some_and(|w| w.punct_after(self.text) == ",")
            && rest
                .get(1)
                .is_some_and(|w| self.lex.is_participle(&w.lower));
        let closed = after_date == 0 && tail[cue].punct_after(self.text).contains(',')
            || after_date > 0 && rest[after_date - 1].punct_after(self.text).contains(',')
            || then_participle;
        (after_date == rest.len() || closed)
            .then(|| speaker[0].start..speaker[speaker.len() - 1].end)
    }

    /// A note crediting an outlet at `words[j..]` ("seperti dikutip dari Antara", "dilansir CNN"): the
    /// outlet's range and the index of the word after the note.
    pub(super) fn source_note(&self, words: &[Word], j: usize) -> Option<(Range<usize>, usize)> {
        let mut k = j;
        // "seperti (yang) dikutip dari Antara", "demikian dilansir Carfresh.net".
        if matches!(
            words.get(k)?.lower.as_str(),
            "seperti" | "sebagaimana" | "demikian"
        ) {
            k += 1;
            if words.get(k)?.lower == "yang" {
                k += 1;
            }
        }
        // "Seperti diberitakan, Ketua Bawaslu, …": a note closed by its comma names no outlet.
        let note = words.get(k)?;
        if !self.lex.is_source_note(&note.lower) || note.closes_clause(self.text) {
            return None;
        }
        k += 1;
        if matches!(words.get(k)?.lower.as_str(), "dari" | "oleh") {
            k += 1;
        }
        // "dilansir laman resmi kepaniteraan MA": the medium and the office before the name.
        let named = (k..words.len().min(k + 4))
            .take_while(|&m| {
                !words[m].closes_clause(self.text) || words[m].is_capitalised(self.text)
            })
            .find(|&m| words[m].is_capitalised(self.text))?;
        if words[k..named].iter().any(|w| {
            !w.is_one_of(MEDIUM, self.text)
                && (is_id_verb(&w.lower) || w.is_one_of(SPEAKER_STOPS, self.text))
        }) {
            return None;
        }
        k = named;
        let start = k;
        // "dilansir Reuters (27/4)": a bracket after the name holds a date or a note, not more of it.
        let mut name_end = None;
        while let Some(w) = words.get(k) {
            let bracket = self
                .text
                .get(w.raw_start..w.start)
                .is_some_and(|p| p.contains('('));
            if bracket && k > start && name_end.is_none() {
                name_end = Some(k);
            }
            k += 1;
            if w.closes_clause(self.text) || k - start >= 5 {
                break;
            }
        }
        let name_end = name_end.unwrap_or(k);
        (k > start && words[start].is_capitalised(self.text))
            .then(|| (words[start].start..words[name_end - 1].end, k))
    }

    /// "…, mengutip pejabat AS, bahwa …" / "…, citing two sources, that …" at `words[j]`, set off by commas
    /// and followed by the content clause: the index of the complementizer.
    pub(super) fn citing_aside(&self, words: &[Word], j: usize) -> Option<usize> {
        let citing = words.get(j)?;
        if j == 0 || !words[j - 1].punct_after(self.text).contains(',') || !is_citing(&citing.lower)
        {
            return None;
        }
        let comma = (j + 1..words.len().min(j + 14))
            .find(|&k| words[k].punct_after(self.text).contains(','))?;
        words
            .get(comma + 1)
            .filter(|w| self.lex.is_complementizer(&w.lower))
            .map(|_| comma + 1)
    }

    /// Where `content` ends before an Indonesian note of whom a report cites: "Antara melaporkan bahwa gempa
    /// mengguncang Cianjur, mengutip BMKG." (the chain records BMKG, see `source::chain`).
    pub(super) fn citing_end(&self, content: Range<usize>) -> usize {
        let words = self.words(content.clone());
        let Some(k) = words.iter().rposition(|w| w.lower == "mengutip") else {
            return content.end;
        };
        let tail_closed = words[k + 1..].iter().any(|w| w.closes_clause(self.text))
            && words.last().is_none_or(|l| !l.closes_clause(self.text));
        if k < 3
            || self.lex.is_english()
            || !words[k - 1].punct_after(self.text).contains(',')
            || words.len() - k > 8
            || tail_closed
        {
            return content.end;
        }
        trim_range(self.text, words[k - 1].start..words[k - 1].raw_end, &[',']).end
    }

    /// What a source note at the head of an Indonesian sentence passes on when it is a statement whose
    /// content is a thing, not a clause: "Dikutip National Geographic Indonesia, ketua kelompok kelautan ITB,
    /// Muslim Muin mencontohkan proyek tanggul laut di St. Petersburg". Alone, "mencontohkan proyek …" names
    /// a topic as often as a statement, and the rules leave it; after the outlet's note, the outlet reported
    /// that the speaker said it, so the speaker, not the outlet, is who said what follows.
    pub(super) fn reported_statement(&self, note: &Clause, end: usize) -> Option<Found> {
        if !self.lex.is_indonesian() {
            return None;
        }
        let words = self.words(note.content.start..end);
        let end = trim_range(
            self.text,
            note.content.start..end,
            &['.', ' ', '!', '?', '…'],
        )
        .end;
        // Verbs that report a saying whatever follows them; not "mengungkap kasus", "memastikan keamanan",
        // "mencatat kenaikan", which do or find things.
        const SAYING: &[&str] = &[
            "menyebut",
            "menyampaikan",
            "menjelaskan",
            "menegaskan",
            "mengungkapkan",
            "memaparkan",
            "menerangkan",
            "menekankan",
            "mengumumkan",
            "mengingatkan",
            "mencontohkan",
            "menandaskan",
            "membeberkan",
            "mengemukakan",
            "mengutarakan",
            "menguraikan",
        ];
        let i = words.iter().position(|w| w.is_one_of(SAYING, self.text))?;
        // The speaker as before any cue: led in and set off, or the plain subject.
        let (who, via) = match self.id_subject(&words, i) {
            Some(who) => (who, None),
            None => self.subject(&words, i)?,
        };
        let via = via.or_else(|| self.channel_before_cue(&words, i, &who));
        let content = words.get(i + 1..).filter(|c| c.len() >= 3)?;
        Some(Found {
            content: content[0].raw_start..end,
            kind: QuoteKind::Indirect,
            cue: Some(words[i].start..words[i].end),
            who: Who::Phrase(who),
            via,
            when: None,
            confidence: 0.8,
            parts: Vec::new(),
        })
    }

    /// A note that opens the sentence and credits an outlet with what follows: "Seperti dilansir Kompas.com,
    /// …", "Dikutip dari Reuters, …", "Mengutip Al Jazeera, …", "As reported by CNN, …". The clause names
    /// the outlet as the speaker and what follows its comma as the content.
    pub(super) fn source_note_first(&self, words: &[Word], end: usize) -> Option<Clause> {
        // "Namun, seperti yang dilansir Reuters, …": a sentence adverb may come first.
        let lead = self.opening_adverbs(words);
        let opener = usize::from(matches!(
            words.get(lead)?.lower.as_str(),
            "seperti" | "sebagaimana" | "as"
        ));
        let mut k = lead + opener;
        if opener == 1 && words.get(k)?.lower == "yang" {
            k += 1;
        }
        let note = words.get(k)?;
        let english = self.lex.is_english() && words[0].lower == "as";
        if english {
            // "As reported by CNN", "As first reported by Axios".
            if note.lower == "first" {
                k += 1;
            }
            if words.get(k)?.lower != "reported" || words.get(k + 1)?.lower != "by" {
                return None;
            }
            k += 2;
        } else {
            let mengutip = lead + opener == 0 && note.lower == "mengutip";
            if !(self.lex.is_source_note(&note.lower) || mengutip && self.lex.is_indonesian())
                || note.closes_clause(self.text)
            {
                return None;
            }
            k += 1;
            if matches!(words.get(k)?.lower.as_str(), "dari" | "oleh") {
                k += 1;
            }
        }
        let cue = words[lead].start..words[k - 1].end;
        let medium = k;
        while words.get(k).is_some_and(|w| w.is_one_of(MEDIUM, self.text)) {
            k += 1;
        }
        let mut start = k;
        // "Dilansir Popsugar dan Daily Mail, …": two outlets, one note.
        let joins_names = |k: usize| {
            k > start
                && words[k].is_one_of(&["dan", "and"], self.text)
                && words
                    .get(k + 1)
                    .is_some_and(|n| n.is_capitalised(self.text))
        };
        while let Some(w) = words.get(k).filter(|w| {
            k - start < 6 && (w.is_capitalised(self.text) || joins_names(k)) && !self.in_date(w)
        }) {
            k += 1;
            if w.closes_clause(self.text) {
                break;
            }
        }
        // "Dikutip dari laman resmi kementerian, …": a site named by its medium and owner, in lower case.
        if k == start && k > medium && !self.lex.is_english() {
            let owner = (k..words.len().min(k + 3))
                .take_while(|&m| {
                    !words[m].is_capitalised(self.text) && !is_id_verb(&words[m].lower)
                })
                .find(|&m| words[m].punct_after(self.text).contains(','))?;
            start = medium;
            k = owner + 1;
        }
        let name = words.get(start..k).filter(|n| !n.is_empty())?;
        // "Seperti diberitakan Kompas.com sebelumnya, …", "Dikutip dari Reuters pada Senin (5/1), …".
        let mut after = k;
        if !name[name.len() - 1].punct_after(self.text).contains(',') {
            after = (k..words.len().min(k + 6)).find(|&m| {
                words[m].punct_after(self.text).contains(',')
                    && words[k..=m].iter().all(|w| {
                        self.in_date(w)
                            || w.is_one_of(
                                &["sebelumnya", "earlier", "previously", "pada", "on", "hari"],
                                self.text,
                            )
                    })
            })? + 1;
        }
        if !name[name.len() - 1].punct_after(self.text).contains(',') && after == k {
            return None;
        }
        if !self.is_speaker_phrase(name) {
            return None;
        }
        let content = words.get(after)?.raw_start..end;
        (self.words(content.clone()).len() >= 3).then(|| Clause {
            who: Who::Phrase(name[0].start..name[name.len() - 1].end),
            cue,
            via: None,
            when: self.when_in(words[opener].start..words[after - 1].end),
            content,
        })
    }

    /// The one whose report or statement a source phrase names: "Reuters" in "laporan Reuters", "Polda
    /// Metro Jaya" in "keterangan resmi Polda Metro Jaya", "Reuters" in "a Reuters report". Figures and
    /// findings ("data BPS", "hasil survei") stay documents, and a report received ("laporan yang diterima
    /// Dinas Kesehatan") names no reporter.
    pub(super) fn report_source<'w>(&self, source: &'w [Word]) -> Option<&'w [Word]> {
        /// Nouns of a report or a statement, which pass it on to the outlet, body or person named after them.
        const REPORT_NOUNS: &[&str] = &[
            "laporan",
            "ulasan",
            "pemberitaan",
            "berita",
            "siaran",
            "keterangan",
            "pernyataan",
            "wawancara",
            "tulisan",
            "artikel",
            "rilis",
            "unggahan",
            "cuitan",
        ];
        /// Words after a report noun that say what kind of report it is: "siaran pers", "keterangan resmi",
        /// or the medium before an outlet's name: "laporan kantor berita Antara".
        const REPORT_KINDS: &[&str] = &[
            "pers",
            "resmi",
            "tertulis",
            "terbaru",
            "eksklusif",
            "khusus",
            "harian",
            "kantor",
            "berita",
            "surat",
            "kabar",
            "majalah",
            "media",
            "stasiun",
            "televisi",
            "situs",
        ];
        /// English nouns of a report that take the outlet before them: "a Reuters report".
        const EN_REPORTS: &[&str] = &["report", "story", "article", "investigation", "analysis"];
        let first = source.first()?;
        // "Laporan Reuters menyebutkan …": the noun may open the sentence.
        let name = if REPORT_NOUNS.contains(&first.lower.as_str()) && self.lex.is_indonesian() {
            let k = 1 + source[1..]
                .iter()
                .take_while(|w| w.is_one_of(REPORT_KINDS, self.text))
                .count();
            &source[k..]
        } else if self.lex.is_english()
            && first.is_one_of(&["a", "an", "the"], self.text)
            && source
                .last()
                .is_some_and(|w| w.is_one_of(EN_REPORTS, self.text))
        {
            let name = &source[1..source.len() - 1];
            let text = self
                .text
                .get(name.first()?.start..name.last()?.end)
                .unwrap_or("");
            if !outlets::starts_with_outlet(text) {
                return None;
            }
            name
        } else {
            return None;
        };
        (!name.is_empty()
            && name.len() <= 6
            && name
                .iter()
                .all(|w| w.is_capitalised(self.text) && !self.in_date(w))
            && self.is_speaker_phrase(name))
        .then_some(name)
    }
}
