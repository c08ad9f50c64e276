//! The speaker phrase before a cue: the subject of "X mengatakan …" or "X said …", read back from the cue
//! past auxiliaries, adverbs set off by commas, times and channels, and stopped by what cannot be part of a
//! speaker (a subordinator, a negation, a clause of its own).

use std::ops::Range;

use super::indonesian::{self, is_id_verb, sentence_adverb_len};
use super::speaker;
use super::{
    denies, strip_auxiliaries, Reader, Word, AUXILIARIES, CHANNEL_WORDS, CONDITIONALS, DETERMINERS,
    LISTENERS, NEGATIONS, NOUN_MARKERS, PRONOUN_SUBJECTS, QUANTIFIERS, SUBJECT_REACH,
};

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

impl Reader<'_> {
    /// The subject opening an English clause: a pronoun or a name, after an opening phrase set off by a comma
    /// ("On Monday, the White House …") and a conjunction ("But Trump …").
    pub(super) fn sentence_subject(&self, range: Range<usize>) -> Option<Range<usize>> {
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

    /// How many words open an Indonesian sentence before a cue that opens it: a sentence adverb ("Namun",
    /// "Lebih lanjut") or "Masih" ("Masih kata Cak Imin, …": still in the words of the one quoted before).
    pub(super) fn opening_adverbs(&self, words: &[Word]) -> usize {
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
    pub(super) fn role_after_name(&self, words: &[Word], j: usize) -> Option<usize> {
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

    /// The speaker phrase before the cue at `words[i]` and a channel named inside it
    /// ("Seorang pejabat AS yang berbicara kepada Politico").
    pub(super) fn subject(
        &self,
        words: &[Word],
        i: usize,
    ) -> Option<(Range<usize>, Option<Range<usize>>)> {
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
        // "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan …": a body whose name lists
        // its fields, commas and all.
        if let Some(start) = self.listing_body_start(words, clause_start) {
            clause_start = start;
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
            // "A senior official, speaking on condition of anonymity, said …", "Biden, during a visit to
            // Kyiv, said …": a participle or an "-ing" preposition too.
            let set_off_clause = appositive.first().is_some_and(|w| {
                self.lex.is_english_only()
                    && (w.is_one_of(&["who", "which", "citing", "quoting"], self.text)
                        || w.lower.len() >= 6
                            && w.lower.ends_with("ing")
                            && !w.is_capitalised(self.text))
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
        // A title may write its field in lower case: "Ketua divisi komunikasi dan Informasi Partai Demokrat
        // Ruhut Sitompul mengatakan …".
        let capitals = chunk.iter().filter(|w| w.is_capitalised(self.text)).count();
        let titled = chunk.first().is_some_and(|w| {
            w.is_capitalised(self.text) && warta_ner::gazetteer::is_person_title(&w.lower)
        });
        let long_title = !self.lex.is_english()
            && chunk.first().is_some_and(|w| w.start == words[0].start)
            && chunk.len() <= 16
            && (capitals * 4 >= chunk.len() * 3 || titled && capitals * 2 >= chunk.len());
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

    /// The words before a parenthesis: "Mike Pence" of "Mike Pence (R-IN)". In Indonesian a body's short
    /// form in brackets may stand inside a role, before the name: "Ketua Umum Partai Kebangkitan Bangsa
    /// (PKB) Muhaimin Iskandar".
    /// Where the name of a body or an office that lists its fields starts, when `words[start]` is the "dan"
    /// before the last field: each field before it is capitalised and set off by a comma, and the first
    /// opens with a body's head word or a title ("Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi",
    /// "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan").
    fn listing_body_start(&self, words: &[Word], start: usize) -> Option<usize> {
        const MOST_FIELDS: usize = 6;
        let opens_last_field = self.lex.is_indonesian()
            && words.get(start).is_some_and(|w| w.lower == "dan")
            && words
                .get(start + 1)
                .is_some_and(|w| w.is_capitalised(self.text));
        if !opens_last_field || start == 0 {
            return None;
        }
        let mut end = start;
        for _ in 0..MOST_FIELDS {
            let comma = end.checked_sub(1)?;
            if !words[comma].punct_after(self.text).starts_with(',') {
                return None;
            }
            let field_start = (0..comma)
                .rev()
                .find(|&k| words[k].closes_clause(self.text))
                .map_or(0, |k| k + 1);
            let field = &words[field_start..=comma];
            if field.len() > 5 || !field.iter().all(|w| w.is_capitalised(self.text)) {
                return None;
            }
            if field.len() > 1 && speaker::opens_listing_name(&field[0].lower) {
                return Some(field_start);
            }
            end = field_start;
        }
        None
    }

    pub(super) fn before_parenthesis<'w>(&self, words: &'w [Word]) -> &'w [Word] {
        let opens = |w: &Word| {
            self.text
                .get(w.raw_start..w.start)
                .is_some_and(|p| p.contains('('))
        };
        let short_form_inside = |k: usize| {
            let w = &words[k];
            !self.lex.is_english()
                && w.lower.chars().count() >= 2
                && !w.lower.chars().any(char::is_numeric)
                && self
                    .text
                    .get(w.start..w.end)
                    .is_some_and(|t| !t.chars().any(char::is_lowercase))
                && self
                    .text
                    .get(w.end..w.raw_end)
                    .is_some_and(|p| p.starts_with(')'))
                && words
                    .get(k + 1)
                    .is_some_and(|n| n.is_capitalised(self.text))
        };
        let k = (0..words.len())
            .find(|&k| opens(&words[k]) && !short_form_inside(k))
            .unwrap_or(words.len());
        &words[..k]
    }

    /// True for a phrase that runs into a clause of its own, so names no one: "Menurut tim juri mereka
    /// layak karena …", "They need to do something if they".
    pub(super) fn runs_into_clause(&self, words: &[Word]) -> bool {
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
    pub(super) fn is_speaker_phrase(&self, words: &[Word]) -> bool {
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
    pub(super) fn opens_infinitive(&self, words: &[Word], k: usize) -> bool {
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
}
