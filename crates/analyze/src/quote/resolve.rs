//! Resolution: byte-offset attributions become [`Quote`]s with offsets in characters, and each speaker is
//! resolved against the ones before it: pronouns, "-nya" cues and "pejabat itu" to the nearest compatible
//! earlier speaker or named person, surnames to full names, a continuing quote to its channel.

use std::collections::HashMap;
use std::ops::Range;

use chrono::NaiveDate;
use warta_model::{CharOffsets, Entity, Mention, Quote, Span, Speaker, SpeakerKind, When};

use super::{
    closing_bracket, speaker, Found, PronounSubject, SortedRanges, Who, PRONOUN_SUBJECTS,
    UNKNOWN_SPEAKER_CONFIDENCE,
};
use crate::date;

/// A resolved speaker, remembered for the pronouns and "-nya" cues that follow.
#[derive(Clone, Debug)]
struct Resolved {
    speaker: Speaker,
    via: Option<String>,
    /// The phrase the speaker was resolved through, so that "tambahnya" after "Dia" reaches the name.
    antecedent: Option<String>,
}

/// Turns byte-offset attributions into [`Quote`]s, resolving each speaker against the ones before it.
/// `english` turns off what reads Indonesian descriptions ([`speaker::described_before`]).
pub(super) fn resolve(
    text: &str,
    entities: &[Entity],
    published: Option<NaiveDate>,
    found: Vec<Found>,
    pronoun_subjects: &[PronounSubject],
    english: bool,
) -> Vec<Quote> {
    let slice = |r: &Range<usize>| text.get(r.clone()).unwrap_or("").to_string();
    // An attribution inside another's content ("“… Menurut mereka, …,” kata Kapolres.") is not the last
    // speaker a following "tambahnya" points back to.
    let nested: Vec<bool> = found
        .iter()
        .enumerate()
        .map(|(k, f)| {
            found.iter().enumerate().any(|(o, outer)| {
                o != k
                    && outer.content.start <= f.content.start
                    && f.content.end <= outer.content.end
                    && outer.content != f.content
                    && f.cue
                        .as_ref()
                        .is_some_and(|c| outer.content.contains(&c.start))
            })
        })
        .collect();
    let offsets = CharOffsets::new(text);
    // What is quoted, in code points: a person named inside a quote is not who a later pronoun stands for.
    let quoted = SortedRanges::new(
        found
            .iter()
            .map(|f| offsets.of(f.content.start)..offsets.of(f.content.end)),
    );
    let people = PeopleNamed::new(text, &offsets, entities, &quoted);
    // A speaker phrase is classified once per article: classifying reads the whole text.
    let mut classified: HashMap<String, speaker::Classified> = HashMap::new();
    let mut classify = |phrase: &str| {
        classified
            .entry(phrase.to_string())
            .or_insert_with(|| speaker::classify(phrase, text, entities))
            .clone()
    };
    let mut history: Vec<Resolved> = Vec::new();
    let mut quotes = Vec::new();
    for (mut f, nested) in found.into_iter().zip(nested) {
        if let Who::Phrase(r) | Who::PreviousOr(r) = &mut f.who {
            let phrase = text.get(r.clone()).unwrap_or("");
            // "That said, …", "Moreover: …", "the observed volume": a sentence opening or an article misread
            // as a speaker names nobody; what follows may still be reported, so it stays, as a guess.
            // ("kata Once" names the singer Once.)
            let opens_sentence = text
                .get(..r.start)
                .map(|b| b.trim_end_matches(|c: char| c.is_whitespace() || "\"“‘'(".contains(c)))
                .is_some_and(|b| b.is_empty() || b.ends_with(['.', '!', '?', ':', ';', '\n']));
            let lower_case = !phrase.starts_with(char::is_uppercase);
            if (opens_sentence || lower_case) && speaker::names_nobody(phrase) {
                f.who = Who::Unknown;
                f.confidence = f.confidence.min(UNKNOWN_SPEAKER_CONFIDENCE);
            } else {
                // "When Afghan President Ashraf Ghani announced …": the subordinator is not the speaker, nor
                // is an adverb after it ("Users rightly expect").
                r.end -= speaker::trailing_adverb_len(phrase);
                r.start += speaker::lead_len(phrase);
                // "Buru-buru ia berkata", "jawab dia singkat": the pronoun alone.
                if let Some(pronoun) = text.get(r.clone()).and_then(speaker::pronoun_within) {
                    *r = r.start + pronoun.start..r.start + pronoun.end;
                }
            }
        }
        let mut confidence = f.confidence;
        let mut inherited_via = None;
        let mut antecedent_phrase = None;
        let mut by_subject = false;
        let mut speaker = match &f.who {
            Who::Phrase(r) => {
                let r = &closing_bracket(text, r.clone());
                let phrase = slice(r);
                let classified = classify(&phrase);
                let kind = f.cue.as_ref().map_or(classified.kind, |cue| {
                    speaker::kind_by_cue(&slice(cue), &phrase, classified.kind)
                });
                let mut speaker = Speaker {
                    text: phrase.clone(),
                    kind,
                    name: classified.name,
                    start: Some(offsets.of(r.start)),
                    end: Some(offsets.of(r.end)),
                    antecedent: None,
                };
                // "beberapa di antaranya", "mereka": the group named just before, as written.
                // The subject of an earlier sentence the phrase may stand for.
                let hint = pronoun_subjects
                    .iter()
                    .find(|p| p.pronoun.start <= r.start && r.end <= p.pronoun.end)
                    .map(|p| p.subject.clone());
                // "Sopir angkot … mengeluhkan …. Rata-rata, kata mereka, …": the group the sentence before
                // was about, else the group named just before.
                let group = speaker::is_group_reference(&phrase)
                    .then(|| {
                        hint.clone()
                            .or_else(|| speaker::group_before(text, r.start))
                    })
                    .flatten()
                    .map(|g| slice(&g));
                let last_person = || {
                    history.iter().rev().find(|h| {
                        matches!(
                            h.speaker.kind,
                            SpeakerKind::NamedPerson
                                | SpeakerKind::RoleOrDescription
                                | SpeakerKind::Anonymous
                        )
                    })
                };
                let antecedent = if group.is_some() {
                    None
                } else if classified.kind == SpeakerKind::Pronoun {
                    last_person()
                } else if speaker::is_definite_reference(&phrase) {
                    let head = speaker::definite_head(&phrase);
                    history
                        .iter()
                        .rev()
                        .find(|h| h.speaker.text.to_lowercase().contains(&head))
                        // "“…,” ucap warga Desa Cibeber itu.": a person described, not named again.
                        .or_else(|| {
                            speaker::is_person_reference(&phrase)
                                .then(last_person)
                                .flatten()
                        })
                        // "Menurut kantor berita KCNA, …. Media pemerintah itu menyebut …": the outlet that
                        // spoke last.
                        .or_else(|| {
                            (classified.kind == SpeakerKind::Outlet)
                                .then(|| {
                                    history
                                        .iter()
                                        .rev()
                                        .find(|h| h.speaker.kind == SpeakerKind::Outlet)
                                })
                                .flatten()
                        })
                } else {
                    None
                };
                // "Wali Kota Bandung mengumumkan …. Ia meminta …": a sentence subject named after the last
                // speaker (or with none before it) is who the pronoun stands for.
                let subject = hint.filter(|subject| {
                    antecedent.is_none_or(|a| {
                        a.speaker
                            .start
                            .is_some_and(|s| s < offsets.of(subject.start))
                    })
                });
                match antecedent {
                    _ if group.is_some() => {
                        speaker.name.clone_from(&group);
                        antecedent_phrase = group;
                    }
                    _ if subject.is_some() => {
                        let subject = subject.map(|r| slice(&r)).unwrap_or_default();
                        speaker.name = classify(&subject).name.or_else(|| Some(subject.clone()));
                        antecedent_phrase = Some(subject);
                    }
                    Some(a) => {
                        if speaker.kind != SpeakerKind::Pronoun
                            && speaker.kind != SpeakerKind::Organization
                        {
                            speaker.kind = a.speaker.kind;
                        }
                        speaker.name = a
                            .speaker
                            .name
                            .clone()
                            .or_else(|| Some(a.speaker.text.clone()));
                        inherited_via = a.via.clone();
                        antecedent_phrase = a
                            .antecedent
                            .clone()
                            .or_else(|| Some(a.speaker.text.clone()));
                    }
                    // "negara itu": the place or body named last before it.
                    None if speaker.kind == SpeakerKind::Organization
                        && speaker::is_definite_reference(&phrase) =>
                    {
                        // The body's canonical name is who spoke; the mention as written is what
                        // "negara itu" points back to.
                        let before = last_entity_before(
                            entities,
                            speaker.start.unwrap_or(0),
                            &["LOCATION", "ORGANIZATION"],
                        );
                        speaker.name = before.map(|(name, _)| name.clone());
                        antecedent_phrase = before.map(|(_, mention)| mention.clone());
                    }
                    // "Rizal Firmansyah menjuarai … Ia mengatakan …": nobody spoke before, so the pronoun
                    // stands for the person named last.
                    None if speaker.kind == SpeakerKind::Pronoun
                        || speaker::is_person_reference(&phrase) =>
                    {
                        match people.before(&phrase, speaker.start.unwrap_or(0)) {
                            Some((name, mention)) => {
                                speaker.name = Some(name.clone());
                                antecedent_phrase = Some(mention.clone());
                            }
                            None => confidence = confidence.min(0.5),
                        }
                    }
                    // "Warga Kampung Baru Nelayan mengeluhkan …. Sampah itu, menurut warga, …": a role or
                    // a body named by its noun alone repeats the description given before.
                    None if !english
                        && matches!(
                            speaker.kind,
                            SpeakerKind::RoleOrDescription | SpeakerKind::Organization
                        ) =>
                    {
                        antecedent_phrase =
                            speaker::described_before(text, &phrase, r.start).map(|d| slice(&d));
                    }
                    None => {}
                }
                speaker
            }
            // The subject was named after the last speaker: "-nya" points to it. A pronoun subject ("Dia
            // mengakui …") points back to the last speaker itself.
            Who::PreviousOr(r)
                if history
                    .last()
                    .is_none_or(|h| h.speaker.start.is_none_or(|s| s < offsets.of(r.start)))
                    && (history.is_empty()
                        || !PRONOUN_SUBJECTS.contains(&slice(r).to_lowercase().as_str())) =>
            {
                let phrase = slice(r);
                let classified = classify(&phrase);
                antecedent_phrase = Some(phrase.clone());
                by_subject = true;
                Speaker {
                    text: phrase,
                    kind: classified.kind,
                    name: classified.name,
                    start: Some(offsets.of(r.start)),
                    end: Some(offsets.of(r.end)),
                    antecedent: None,
                }
            }
            Who::Previous | Who::PreviousOr(_) => match history.last() {
                Some(last) => {
                    // "Dia mengatakan … Saat ini, katanya, …": a "-nya" (or a quote going on) after a pronoun
                    // nobody was named for points as far back as the pronoun does, to nobody in the text.
                    let unresolved =
                        last.speaker.kind == SpeakerKind::Pronoun && last.antecedent.is_none();
                    antecedent_phrase = if unresolved {
                        None
                    } else {
                        last.antecedent
                            .clone()
                            .or_else(|| Some(last.speaker.text.clone()))
                    };
                    last.speaker.clone()
                }
                // "“…,” katanya." with nobody named before: the "-nya" is the speaker, a pronoun that stands
                // for the person named last, if any.
                None => match f.cue.as_ref().filter(|c| slice(c).ends_with("nya")) {
                    Some(cue) => {
                        let phrase = slice(cue);
                        let start = offsets.of(cue.start);
                        let person = people.before(&phrase, start);
                        match person {
                            Some((_, mention)) => antecedent_phrase = Some(mention.clone()),
                            None => confidence = confidence.min(0.5),
                        }
                        Speaker {
                            text: phrase,
                            kind: SpeakerKind::Pronoun,
                            name: person.map(|(name, _)| name.clone()),
                            start: Some(start),
                            end: Some(offsets.of(cue.end)),
                            antecedent: None,
                        }
                    }
                    None => {
                        confidence = UNKNOWN_SPEAKER_CONFIDENCE;
                        unknown_speaker()
                    }
                },
            },
            Who::Unknown => unknown_speaker(),
        };
        // A quote continuing through "-nya" or a definite reference came through the same channel.
        let via = f.via.as_ref().map(slice).or(inherited_via).or_else(|| {
            (matches!(f.who, Who::Previous | Who::PreviousOr(_)) && !by_subject)
                .then(|| history.last().and_then(|h| h.via.clone()))
                .flatten()
        });
        // "Kepada Kompastekno Pudji mengatakan": the listener's name (and its preposition) ran into the
        // speaker's.
        if let (Some(name), Some(via)) = (&mut speaker.name, &via) {
            let rest = name
                .find(via.as_str())
                .and_then(|k| name[k + via.len()..].strip_prefix(' '));
            if let Some(rest) = rest {
                *name = rest.to_string();
            }
        }
        if speaker.kind != SpeakerKind::Unknown && !nested {
            history.push(Resolved {
                speaker: speaker.clone(),
                via: via.clone(),
                antecedent: antecedent_phrase.clone(),
            });
        }
        let when = f.when.as_ref().map(|r| {
            let expr = slice(r);
            When {
                date: date::resolve(&expr, published).map(|d| d.to_string()),
                text: expr,
                start: offsets.of(r.start),
                end: offsets.of(r.end),
            }
        });
        speaker.antecedent = antecedent_phrase;
        // Later readings may have cut the content short: its pieces stay inside it.
        let parts: Vec<Range<usize>> = f
            .parts
            .iter()
            .map(|p| p.start.max(f.content.start)..p.end.min(f.content.end))
            .filter(|p| !p.is_empty())
            .collect();
        let parts = if parts.len() > 1 { parts } else { Vec::new() };
        let content = if parts.is_empty() {
            slice(&f.content)
        } else {
            parts.iter().map(slice).collect::<Vec<_>>().join(" … ")
        };
        quotes.push(Quote {
            content,
            parts: parts
                .iter()
                .map(|p| Span::new(offsets.of(p.start), offsets.of(p.end)))
                .collect(),
            kind: f.kind,
            cue: f.cue.as_ref().map(slice),
            speaker,
            via,
            when,
            start: offsets.of(f.content.start),
            end: offsets.of(f.content.end),
            confidence,
            chain: Vec::new(),
        });
    }
    quotes
}

/// The people an article names outside its quotes, in text order: whom a pronoun that nobody spoke before
/// stands for ([`PeopleNamed::before`]). Built once per article, so that each pronoun costs a binary search.
struct PeopleNamed<'e> {
    /// (end in code points, name, mention as written), in order of end.
    mentions: Vec<(usize, &'e String, &'e String)>,
    /// For each mention, the last one up to it that stood as a sentence's subject.
    last_subject: Vec<Option<usize>>,
}

impl<'e> PeopleNamed<'e> {
    fn new(
        text: &str,
        offsets: &CharOffsets,
        entities: &'e [Entity],
        quoted: &SortedRanges,
    ) -> PeopleNamed<'e> {
        // At the head of its sentence, or after an opening phrase set off by a comma with a verb after it.
        let subject = |m: &Mention| {
            let before = text
                .get(..offsets.byte(m.start))
                .unwrap_or("")
                .trim_end_matches(|c: char| c.is_whitespace() || "\"“‘'(".contains(c));
            let after = text.get(offsets.byte(m.end)..).unwrap_or("").trim_start();
            before.is_empty()
                || before.ends_with(['.', '!', '?', '”'])
                || before.ends_with(',') && after.starts_with(char::is_lowercase)
        };
        let mut mentions: Vec<(usize, bool, &'e String, &'e String)> = entities
            .iter()
            .filter(|e| e.kind == "PERSON")
            .flat_map(|e| e.mentions.iter().map(move |m| (m, &e.name)))
            .filter(|(m, _)| !quoted.cover(&(m.start..m.end)))
            .map(|(m, name)| (m.end, subject(m), name, &m.text))
            .collect();
        mentions.sort_by_key(|m| m.0);
        let last_subject = mentions
            .iter()
            .enumerate()
            .scan(None, |last, (k, m)| {
                if m.1 {
                    *last = Some(k);
                }
                Some(*last)
            })
            .collect();
        PeopleNamed {
            mentions: mentions
                .into_iter()
                .map(|(end, _, name, text)| (end, name, text))
                .collect(),
            last_subject,
        }
    }

    /// Whom a pronoun speaker at code point `at` stands for when no speaker came before it, if the pronoun
    /// stands for one person ("dia", "beliau", "katanya", "he", "pria 70 tahun itu"): the last person named
    /// before it who stood as a sentence's subject ("Morrison was the third witness … with President
    /// Volodymyr Zelensky. He said …"), else the last one. Its name and the mention as written.
    fn before(&self, pronoun: &str, at: usize) -> Option<(&'e String, &'e String)> {
        if !speaker::stands_for_one_person(pronoun) && !speaker::is_person_reference(pronoun) {
            return None;
        }
        let last = self
            .mentions
            .partition_point(|m| m.0 <= at)
            .checked_sub(1)?;
        let (_, name, mention) = self.mentions[self.last_subject[last].unwrap_or(last)];
        Some((name, mention))
    }
}

/// The entity of one of `kinds` mentioned last before code point `before`: its name and the mention as
/// written.
fn last_entity_before<'e>(
    entities: &'e [Entity],
    before: usize,
    kinds: &[&str],
) -> Option<(&'e String, &'e String)> {
    entities
        .iter()
        .filter(|e| kinds.contains(&e.kind.as_str()))
        .flat_map(|e| {
            e.mentions
                .iter()
                .filter(|m| m.end <= before)
                .map(move |m| (m.end, &e.name, &m.text))
        })
        .max_by_key(|(end, ..)| *end)
        .map(|(_, name, text)| (name, text))
}

fn unknown_speaker() -> Speaker {
    Speaker {
        text: String::new(),
        kind: SpeakerKind::Unknown,
        name: None,
        start: None,
        end: None,
        antecedent: None,
    }
}
