//! Lists of well-known places, organisations and given names, in Indonesian and English, written for warta
//! (the text files in `data/`, one name per line, `#` starts a comment).
//!
//! They are hints, not answers: a token inside a listed name gets a feature saying so, and the model learns
//! from the training data how far to trust it. They help most where the training data is thin: the news
//! names regencies, ministries, parties and clubs that the training text never mentions, and "AS" in
//! "Presiden AS Joe Biden" is a country, not the start of a name.
//!
//! Each list comes in two flavours. Names in the plain files match whatever their case; names in the
//! `-cased` files (and all given names) match only as written, because in lower case they are everyday
//! words: "Batu" is a town and "batu" a stone, "Mandiri" a bank and "mandiri" independent, "Indah" a name
//! and "indah" beautiful.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::eval::chunks;
use crate::label::{EntityKind, Label};
use crate::tokenize::tokenize;

const PLACES: &str = include_str!("../data/places.txt");
const PLACES_CASED: &str = include_str!("../data/places-cased.txt");
const ORGANIZATIONS: &str = include_str!("../data/organizations.txt");
const ORGANIZATIONS_CASED: &str = include_str!("../data/organizations-cased.txt");
const FIRST_NAMES_CASED: &str = include_str!("../data/first-names.txt");
const PERSON_TITLES: &str = include_str!("../data/person-titles.txt");
const PERSON_CUES: &str = include_str!("../data/person-cues.txt");
const LOCATION_HEADS: &str = include_str!("../data/location-heads.txt");
const ORGANIZATION_HEADS: &str = include_str!("../data/organization-heads.txt");

/// Names longer than this many tokens are not matched (none of the listed names is).
const MAX_TOKENS: usize = 8;

/// The entries of a list file: one per line, `#` to the end of a line is a comment.
pub fn entries(list: &str) -> impl Iterator<Item = &str> {
    list.lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|entry| !entry.is_empty())
}

/// A name as the tagger sees it: its tokens joined by single spaces ("kompas.com" → "kompas . com").
fn as_tokens(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let words: Vec<String> = tokenize(name)
        .into_iter()
        .map(|(s, e)| chars[s..e].iter().collect())
        .collect();
    words.join(" ")
}

struct Lists {
    lower: HashMap<String, EntityKind>,
    cased: HashMap<String, EntityKind>,
    /// The lower-cased first token of every listed name: a token that begins none is skipped quickly.
    starts: HashSet<String>,
    /// Listed given names, as written.
    first_names: HashSet<String>,
    /// The most tokens in a listed name.
    longest: usize,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        // Later lists win where a name is in two: "Bima" is a town before it is a given name.
        let load =
            |pairs: &[(&str, EntityKind)], lower_case: bool| -> HashMap<String, EntityKind> {
                pairs
                    .iter()
                    .flat_map(|&(list, kind)| entries(list).map(move |name| (name, kind)))
                    .map(|(name, kind)| {
                        let name = as_tokens(name);
                        let name = if lower_case {
                            name.to_lowercase()
                        } else {
                            name
                        };
                        (name, kind)
                    })
                    .filter(|(name, _)| name.split(' ').count() <= MAX_TOKENS)
                    .collect()
            };
        let lower = load(
            &[
                (PLACES, EntityKind::Location),
                (ORGANIZATIONS, EntityKind::Organization),
            ],
            true,
        );
        let mut cased = load(
            &[
                (FIRST_NAMES_CASED, EntityKind::Person),
                (PLACES_CASED, EntityKind::Location),
                (ORGANIZATIONS_CASED, EntityKind::Organization),
            ],
            false,
        );
        // Cased names are looked up first: a given name must not hide a place of the same spelling.
        cased.retain(|name, kind| {
            *kind != EntityKind::Person || !lower.contains_key(&name.to_lowercase())
        });
        let names = || lower.keys().chain(cased.keys());
        Lists {
            starts: names()
                .filter_map(|name| name.split(' ').next())
                .map(str::to_lowercase)
                .collect(),
            longest: names()
                .map(|name| name.split(' ').count())
                .max()
                .unwrap_or(1),
            first_names: entries(FIRST_NAMES_CASED).map(str::to_string).collect(),
            lower,
            cased,
        }
    })
}

/// Whether `word` (lower-cased) announces a name of `kind`: a title before a person ("presiden", "kapolda",
/// "hj"), a head word of a place ("kabupaten", "jl", "di") or of an organisation ("partai", "pt", "polda").
pub fn announces(word: &str, kind: EntityKind) -> bool {
    static CUES: OnceLock<[HashSet<&'static str>; 3]> = OnceLock::new();
    let [person, location, organization] = CUES.get_or_init(|| {
        [
            entries(PERSON_TITLES).chain(entries(PERSON_CUES)).collect(),
            entries(LOCATION_HEADS).collect(),
            entries(ORGANIZATION_HEADS).collect(),
        ]
    });
    match kind {
        EntityKind::Person => person.contains(word),
        EntityKind::Location => location.contains(word),
        EntityKind::Organization => organization.contains(word),
    }
}

/// Whether `word` (lower-cased) is a title, rank or office written before a person's name ("presiden",
/// "kapolda", "irjen", "hj", "senator"): the role, not the name.
pub fn is_person_title(word: &str) -> bool {
    static TITLES: OnceLock<HashSet<&'static str>> = OnceLock::new();
    TITLES
        .get_or_init(|| entries(PERSON_TITLES).collect())
        .contains(word)
}

/// Whether `token` (as written) is a listed given name.
pub fn is_first_name(token: &str) -> bool {
    lists().first_names.contains(token)
}

/// For each token, the kind of the listed name it is part of and whether it begins it; longest match wins.
/// `lower` are the tokens lower-cased; names are matched as tokens joined by spaces.
pub fn mark(tokens: &[&str], lower: &[String]) -> Vec<Option<(EntityKind, bool)>> {
    let lists = lists();
    let mut marks = vec![None; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        if !lists.starts.contains(&lower[i]) {
            i += 1;
            continue;
        }
        let longest = (1..=lists.longest.min(tokens.len() - i))
            .rev()
            .find_map(|n| {
                let cased = tokens[i..i + n].join(" ");
                let low = lower[i..i + n].join(" ");
                lists
                    .cased
                    .get(&cased)
                    .or_else(|| lists.lower.get(&low))
                    .map(|&kind| (n, kind))
            });
        match longest {
            Some((n, kind)) => {
                for (k, mark) in marks[i..i + n].iter_mut().enumerate() {
                    *mark = Some((kind, k == 0));
                }
                i += n;
            }
            None => i += 1,
        }
    }
    marks
}

/// Splits a listed place or organisation off the front of a person's name: in "Presiden AS Joe Biden",
/// "Presiden Ukraina Volodymyr Zelenskyy" or "Sekjen NATO Jens Stoltenberg" the model tends to read one long
/// name, but a person's name does not start with a country or an organisation. A person entity is split
/// after such a leading name; a place or organisation entity only where a listed first name follows it.
/// A leading word that is also a listed given name ("Bima Arya", "Georgia Meloni") is left to the model
/// unless a title stands before it and a listed given name after it ("Bupati Bima Indah Dhamayanti").
pub fn separate_leading_names(tokens: &[&str], labels: &mut [Label]) {
    let lower: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
    let marks = mark(tokens, &lower);
    for (start, end, kind) in chunks(labels) {
        let Some(&Some((listed, true))) = marks.get(start) else {
            continue;
        };
        if listed == EntityKind::Person {
            continue;
        }
        let listed_end = (start + 1..end)
            .find(|&t| !matches!(marks.get(t), Some(Some((_, false)))))
            .unwrap_or(end);
        let person_follows = matches!(
            marks.get(listed_end),
            Some(Some((EntityKind::Person, true)))
        );
        // "Bima Arya" is a name, but in "Bupati Bima Indah Dhamayanti" a title asks for the town first.
        let also_a_given_name =
            listed_end == start + 1 && tokens.get(start).is_some_and(|t| is_first_name(t));
        let title_before = start
            .checked_sub(1)
            .and_then(|p| lower.get(p))
            .is_some_and(|w| announces(w, EntityKind::Person));
        if listed_end == end
            || (also_a_given_name && !(title_before && person_follows))
            || (kind != EntityKind::Person && !person_follows)
        {
            continue;
        }
        for (t, label) in labels[start..end].iter_mut().enumerate() {
            *label = match (t, start + t < listed_end) {
                (0, _) => Label::B(listed),
                (_, true) => Label::I(listed),
                (_, false) if start + t == listed_end => Label::B(EntityKind::Person),
                (_, false) => Label::I(EntityKind::Person),
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_longest_names_and_respects_case() {
        let tokens = ["Presiden", "AS", "di", "Amerika", "Serikat", "as", "NATO"];
        let lower: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
        let marks = mark(&tokens, &lower);
        use EntityKind::*;
        assert_eq!(
            marks,
            [
                None,
                Some((Location, true)),
                None,
                Some((Location, true)),
                Some((Location, false)),
                None,
                Some((Organization, true)),
            ]
        );
    }

    /// The marks of `text` (split at spaces) as "B-LOC I-LOC -" …
    fn marked(text: &str) -> String {
        let tokens: Vec<&str> = text.split(' ').collect();
        let lower: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
        let tags: Vec<String> = mark(&tokens, &lower)
            .into_iter()
            .map(|m| match m {
                None => "-".to_string(),
                Some((kind, begins)) => {
                    let kind = &kind.as_str()[..3];
                    format!("{}-{kind}", if begins { "B" } else { "I" })
                }
            })
            .collect();
        tags.join(" ")
    }

    #[test]
    fn lists_cover_names_in_the_news() {
        let cases = [
            // Provinces, spelt out and in their short forms, and regencies.
            ("Gubernur Jawa Tengah", "- B-LOC I-LOC"),
            ("warga Jateng dan NTT", "- B-LOC - B-LOC"),
            ("di Kabupaten Bone Bolango", "- - B-LOC I-LOC"),
            // Agencies and ministries by acronym and short name, in any case where that is safe.
            ("kata BMKG dan Kemenkeu", "- B-ORG - B-ORG"),
            ("menurut kemenkeu", "- B-ORG"),
            (
                "Badan Nasional Penanggulangan Bencana",
                "B-ORG I-ORG I-ORG I-ORG",
            ),
            // A given name that is an everyday word matches only when capitalised.
            ("Indah Permatasari", "B-PER -"),
            ("pemandangan indah", "- -"),
            // So does a town that is an everyday word; a town before a given name of the same spelling.
            ("Kota Batu", "- B-LOC"),
            ("batu besar", "- -"),
            ("Bupati Bima", "- B-LOC"),
            // Names are matched as the tokenizer splits them.
            ("kompas . com", "B-ORG I-ORG I-ORG"),
            ("Persib Bandung", "B-ORG I-ORG"),
        ];
        for (text, want) in cases {
            assert_eq!(marked(text), want, "{text}");
        }
    }

    #[test]
    fn titles_and_heads_announce_names() {
        use EntityKind::*;
        let cases = [
            ("kapolda", Person, true),
            ("hj", Person, true),
            ("bupati", Person, true),
            ("kabupaten", Location, true),
            ("jl", Location, true),
            ("polda", Organization, true),
            ("pt", Organization, true),
            ("kabupaten", Person, false),
            ("makan", Organization, false),
        ];
        for (word, kind, want) in cases {
            assert_eq!(announces(word, kind), want, "{word} {kind:?}");
        }
    }

    #[test]
    fn list_files_are_well_formed() {
        for (list, cased) in [
            (PLACES, false),
            (ORGANIZATIONS, false),
            (PLACES_CASED, true),
            (ORGANIZATIONS_CASED, true),
            (FIRST_NAMES_CASED, true),
        ] {
            for name in entries(list) {
                assert!(as_tokens(name).split(' ').count() <= MAX_TOKENS, "{name}");
                // A lower-case entry in a cased list would match everyday words.
                assert!(!cased || name.chars().any(char::is_uppercase), "{name}");
            }
        }
        for list in [
            PERSON_TITLES,
            PERSON_CUES,
            LOCATION_HEADS,
            ORGANIZATION_HEADS,
        ] {
            for word in entries(list) {
                assert_eq!(word, word.to_lowercase(), "{word}");
                assert!(!word.contains(' '), "{word}");
            }
        }
    }

    #[test]
    fn splits_listed_names_off_people() {
        use crate::label::Scheme;
        let cases = [
            (
                "Presiden Amerika Serikat Joe Biden",
                "O B-PERSON I-PERSON I-PERSON I-PERSON",
                "O B-LOCATION I-LOCATION B-PERSON I-PERSON",
            ),
            // A listed place that is also a given name is left as the model read it.
            ("Georgia Meloni", "B-PERSON I-PERSON", "B-PERSON I-PERSON"),
            ("Bima Arya", "B-PERSON I-PERSON", "B-PERSON I-PERSON"),
            (
                "Bupati Bima Indah Dhamayanti",
                "O B-PERSON I-PERSON I-PERSON",
                "O B-LOCATION B-PERSON I-PERSON",
            ),
            // A province's short form before a governor's name.
            (
                "Gubernur Jateng Ganjar Pranowo",
                "O B-PERSON I-PERSON I-PERSON",
                "O B-LOCATION B-PERSON I-PERSON",
            ),
            (
                "Sekjen NATO Jens Stoltenberg",
                "O B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION",
                "O B-ORGANIZATION B-PERSON I-PERSON",
            ),
            // An organisation that merely starts with a listed name stays whole.
            (
                "Bank Dunia Jakarta",
                "B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION",
                "B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION",
            ),
        ];
        for (text, tags, want) in cases {
            let tokens: Vec<&str> = text.split(' ').collect();
            let mut labels: Vec<Label> = tags.split(' ').map(|t| Scheme::Warta.map(t)).collect();
            separate_leading_names(&tokens, &mut labels);
            let got: Vec<&str> = labels.iter().map(|l| l.as_str()).collect();
            assert_eq!(got.join(" "), want, "{text}");
        }
    }
}
