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
use crate::features::{is_acronym, is_capitalised, Casing};
use crate::label::{EntityKind, Label};
use crate::tokenize::tokenize;

const PLACES: &str = include_str!("../data/places.txt");
const PLACES_CASED: &str = include_str!("../data/places-cased.txt");
const ORGANIZATIONS: &str = include_str!("../data/organizations.txt");
const ORGANIZATIONS_CASED: &str = include_str!("../data/organizations-cased.txt");
const FIRST_NAMES_CASED: &str = include_str!("../data/first-names.txt");
const PERSON_TITLES: &str = include_str!("../data/person-titles.txt");
const PERSON_DEGREES: &str = include_str!("../data/person-degrees.txt");
const PERSON_CUES: &str = include_str!("../data/person-cues.txt");
const LOCATION_HEADS: &str = include_str!("../data/location-heads.txt");
const ORGANIZATION_HEADS: &str = include_str!("../data/organization-heads.txt");
const COMMON_ACRONYMS: &str = include_str!("../data/common-acronyms.txt");

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

/// Whether `word` (lower-cased, without its full stop) is an honorific or rank written as a short form before
/// a name ("h", "dr", "akbp"): never part of the name.
pub fn is_honorific(word: &str) -> bool {
    HONORIFICS.contains(&word)
}

/// Whether `word` (lower-cased) is a short form of a thing rather than a name ("bbm", "apbd", "ktp", "pns",
/// "tps"): in capitals it looks like an organisation's acronym but is none.
pub fn is_common_acronym(word: &str) -> bool {
    static ACRONYMS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    ACRONYMS
        .get_or_init(|| entries(COMMON_ACRONYMS).collect())
        .contains(word)
}

/// Whether the words `name` (as written, space-separated) are a listed place: "Jawa Barat", "Indramayu".
pub fn is_listed_place(name: &str) -> bool {
    let lists = lists();
    let name = as_tokens(name);
    lists
        .cased
        .get(&name)
        .or_else(|| lists.lower.get(&name.to_lowercase()))
        == Some(&EntityKind::Location)
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

/// Splits a person's name off the end of an organisation or place where a rank or title stands between
/// them: news writes a speaker after the body they speak for ("Polres TTU Komisaris Yulian Perdana"), and
/// the model tends to read one long name. The body must end the way names of bodies end (a listed place, an
/// acronym that heads no name after it, a closing bracket), and the title belongs to neither. A person entity
/// right after the new one is the rest of the same name. (Splitting before a listed given name as well was
/// tried: names of places and bodies hold too many of them, "Taman Mini Indonesia Indah", "PS Cimahi Putra".)
pub fn separate_trailing_names(tokens: &[&str], labels: &mut [Label]) {
    let lower: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
    // Most windows hold no title inside a place or an organisation: the lists are not read for them.
    let titled_body = chunks(labels).into_iter().any(|(start, end, kind)| {
        kind != EntityKind::Person && (start + 2..end).any(|t| is_person_title(&lower[t]))
    });
    if !titled_body {
        return;
    }
    let marks = mark(tokens, &lower);
    let capitalised = |t: usize| is_capitalised(tokens[t]);
    let ends_a_body = |t: usize| {
        tokens[t] == ")"
            || matches!(marks[t], Some((EntityKind::Location, _)))
            || (is_acronym(tokens[t]) && !announces(&lower[t], EntityKind::Organization))
    };
    for (start, end, kind) in chunks(labels) {
        if kind == EntityKind::Person {
            continue;
        }
        // The body keeps at least two tokens (`start..title`), the title is `title`, the person follows.
        let split = (start + 2..end.saturating_sub(1)).find(|&title| {
            is_person_title(&lower[title])
                && end - (title + 1) <= MAX_TRAILING_NAME
                && (title + 1..end).all(capitalised)
                && ends_a_body(title - 1)
        });
        let Some(title) = split else {
            continue;
        };
        let person_start = title + 1;
        labels[title] = Label::O;
        labels[person_start] = Label::B(EntityKind::Person);
        for label in &mut labels[person_start + 1..end] {
            *label = Label::I(EntityKind::Person);
        }
        if labels.get(end) == Some(&Label::B(EntityKind::Person)) {
            labels[end] = Label::I(EntityKind::Person);
        }
    }
}

/// The most tokens of a person's name split off the end of a body by [`separate_trailing_names`].
const MAX_TRAILING_NAME: usize = 3;

/// Honorifics and ranks written as short forms before a name ("H", "Hj", "Ir", "AKBP"): never part of it,
/// unlike royal titles ("Pangeran Diponegoro") or words that are also names ("Bung Karno", "Perdana").
const HONORIFICS: &[&str] = &[
    "h", "hj", "kh", "dr", "drg", "drs", "dra", "ir", "prof", "akbp", "kompol", "akp", "iptu",
    "ipda", "aiptu", "bripka", "brigadir", "briptu", "bripda", "brigjen", "irjen", "komjen",
    "kombes", "kol", "kolonel", "letkol", "letnan", "kapten", "mayjen", "letjen", "jenderal",
    "serka", "sertu", "serda", "serma", "sersan", "pratu", "praka", "prada", "kopda", "kopka",
    "koptu", "haji", "hajah", "hajjah", "tgk", "teungku",
];

/// Takes titles and degrees off the ends of names, as the news convention labels them: an honorific at
/// the front of a person ("H Muchendi" → "Muchendi"), degrees at its end ("Auliansyah Lubis SIK MH" →
/// "Auliansyah Lubis"), the second word of "Wali Kota" at the front of a place ("Wali Kota Pekalongan" →
/// "Pekalongan") and an honorific at the end of any entity, which belongs to the name after it ("Komisi II
/// DPRD Kota Pekanbaru Ir …"). The model mostly keeps them out already; this catches the rest.
pub fn trim_titles_and_degrees(tokens: &[&str], labels: &mut [Label]) {
    let lower = |t: usize| tokens[t].trim_end_matches('.').to_lowercase();
    // "Kombes Pol Dirmanto": "Pol" (of the police) after a rank is the rank's, not the name's ("Pol Pot"
    // stays whole).
    let is_honorific = |t: usize| {
        is_capitalised(tokens[t])
            && (is_honorific(&lower(t))
                || lower(t) == "pol" && t > 0 && is_honorific(&lower(t - 1)))
    };
    let is_degree = |t: usize| is_person_degree(tokens[t]);
    for (mut start, mut end, kind) in chunks(labels) {
        // "Wali Kota Pekalongan": "Kota" ends the title (mayor), the place is "Pekalongan".
        if end - start > 1 && start > 0 && lower(start) == "kota" && lower(start - 1) == "wali" {
            labels[start] = Label::O;
            start += 1;
            labels[start] = Label::B(kind);
        }
        if kind == EntityKind::Person {
            while end - start > 1 && is_honorific(start) {
                labels[start] = Label::O;
                start += 1;
                labels[start] = Label::B(kind);
            }
            while end - start > 1 && is_degree(end - 1) {
                end -= 1;
                labels[end] = Label::O;
            }
        }
        if end - start > 1 && is_honorific(end - 1) {
            labels[end - 1] = Label::O;
        }
    }
}

/// Splits a person entity at a conjunction inside it ("Zaelani dan Iskandar", "Smith and Jones"): two
/// people, as the news labels them. Places and organisations keep theirs ("Bosnia dan Herzegovina",
/// "Kementerian Energi dan Sumber Daya Mineral").
pub fn split_people_at_conjunctions(tokens: &[&str], labels: &mut [Label]) {
    for (start, end, kind) in chunks(labels) {
        if kind != EntityKind::Person {
            continue;
        }
        for t in start + 1..end.saturating_sub(1) {
            if matches!(tokens[t], "dan" | "and" | "serta" | "&") {
                labels[t] = Label::O;
                labels[t + 1] = Label::B(kind);
            }
        }
    }
}

/// A short form in brackets reads as the words it stands for, and so do its other uses in the sentence:
/// after an organisation it is one too ("Himpunan Kerukunan Tani Indonesia (HKTI)"), after words whose
/// initials it takes and that are no name it is none ("Sumber Daya Alam (SDA)", "anak baru gede (ABG)").
/// The model decides each capitalised short form on its own and often differently from the words it
/// stands for. A short form that the model reads inside a longer name ("Koperasi Unit Desa (KUD) Makmur")
/// is left alone.
pub fn short_forms_in_brackets(tokens: &[&str], labels: &mut [Label]) {
    let mut decided: Vec<(&str, Label)> = Vec::new();
    for t in 2..tokens.len().saturating_sub(1) {
        let short = tokens[t];
        if tokens[t - 1] != "(" || tokens[t + 1] != ")" || !is_acronym(short) {
            continue;
        }
        // The brackets inside an entity: the model read one name across them.
        if matches!(labels[t - 1], Label::I(_)) || matches!(labels[t + 1], Label::I(_)) {
            continue;
        }
        let label = match labels[t - 2].kind() {
            Some(EntityKind::Organization) => Label::B(EntityKind::Organization),
            None if stands_for(&tokens[..t - 1], &labels[..t - 1], short) => Label::O,
            _ => continue,
        };
        decided.push((short, label));
    }
    for (short, label) in decided {
        for t in 0..tokens.len() {
            // Only a short form that stands alone: not one the model read as part of a longer name.
            let alone = !matches!(labels[t], Label::I(_))
                && !matches!(labels.get(t + 1), Some(Label::I(_)));
            if tokens[t] == short && alone {
                labels[t] = label;
            }
        }
    }
}

/// Whether the unlabelled words at the end of `words` have the letters of `short` as their initials,
/// ignoring joining words ("Badan Pengawas Obat dan Makanan" → "BPOM").
fn stands_for(words: &[&str], labels: &[Label], short: &str) -> bool {
    const JOINING: &[&str] = &["dan", "&", "of", "and", "the", "untuk", "-"];
    let mut letters = short.chars().rev();
    let mut next = letters.next();
    for (word, label) in words.iter().zip(labels).rev() {
        let Some(letter) = next else {
            return true;
        };
        if *label != Label::O {
            return false;
        }
        if JOINING.contains(word) {
            continue;
        }
        let initial = word.chars().next().and_then(|c| c.to_uppercase().next());
        if initial != Some(letter) {
            return false;
        }
        next = letters.next();
    }
    next.is_none()
}

/// A person named in full elsewhere in the sentence is the same person when one part of the name stands
/// alone ("Lionel Messi … kepergian Messi"): the model reads a lone surname in new company and often
/// misses it or takes it for a place.
pub fn people_by_their_other_mentions(tokens: &[&str], labels: &mut [Label]) {
    let found = chunks(labels);
    let parts: HashSet<&str> = found
        .iter()
        .filter(|&&(start, end, kind)| kind == EntityKind::Person && end - start >= 2)
        .flat_map(|&(start, end, _)| tokens[start..end].iter().copied())
        .filter(|part| part.chars().count() >= 3 && is_capitalised(part))
        .collect();
    if parts.is_empty() {
        return;
    }
    for (start, end, kind) in found {
        if end - start == 1 && kind == EntityKind::Location && parts.contains(tokens[start]) {
            labels[start] = Label::B(EntityKind::Person);
        }
    }
    let capitalised = |t: usize| tokens.get(t).is_some_and(|w| is_capitalised(w));
    for t in 0..tokens.len() {
        // Alone: not one word of a longer run of capitalised words, which may be another name.
        let alone = labels[t] == Label::O && !capitalised(t + 1) && (t == 0 || !capitalised(t - 1));
        if alone && parts.contains(tokens[t]) {
            labels[t] = Label::B(EntityKind::Person);
        }
    }
}

/// A name written as initials with full stops ("I.R.S.", "F.B.I.", tokens "I . R . S .") keeps its last
/// stop, which the model sometimes leaves out as if it ended the sentence.
pub fn initials_keep_their_last_stop(tokens: &[&str], labels: &mut [Label]) {
    let initial = |t: &str| t.chars().count() == 1 && t.chars().all(char::is_uppercase);
    for (start, end, kind) in chunks(labels) {
        let dotted = end - start >= 3
            && tokens[start..end].iter().enumerate().all(|(i, t)| {
                if i % 2 == 0 {
                    initial(t)
                } else {
                    *t == "."
                }
            });
        if dotted && initial(tokens[end - 1]) && tokens.get(end) == Some(&".") {
            labels[end] = Label::I(kind);
        }
    }
}

/// Whether `token` (as written) is a degree written after a name ("SIK", "MH", "MSi", "SPd."): a listed
/// short form that opens with two capitals, so that "Lee Hyung Sik" keeps its name.
pub fn is_person_degree(token: &str) -> bool {
    static DEGREES: OnceLock<HashSet<&'static str>> = OnceLock::new();
    token.chars().take(2).filter(|c| c.is_uppercase()).count() == 2
        && DEGREES
            .get_or_init(|| entries(PERSON_DEGREES).collect())
            .contains(token.trim_end_matches('.').to_lowercase().as_str())
}

/// Head words that, before a place, usually mean "the … of that place" rather than a body named after it:
/// the news labels "Pemerintah Suriah" and "kantor Camat Sambi" as places, and "klub Eropa" or "liga
/// Inggris" as no organisation. Their lower-cased use in NERP is mostly of that kind too.
const GENERIC_HEADS: &[&str] = &[
    "pemerintah",
    "kantor",
    "rumah",
    "klub",
    "liga",
    "perusahaan",
    "pasukan",
    "sekolah",
    "organisasi",
    "gerakan",
    "front",
    "forum",
    "koalisi",
    "aliansi",
    "angkatan",
    "holding",
    "group",
    "company",
    "club",
    "party",
    "union",
    "forces",
    "army",
    "navy",
];

/// Whether `token` may start an office that takes a place after it: an organisation head word
/// ("Polres", "DPRD", "Dinas", "Pemkab") or a listed one-word organisation (`listed`, e.g. "KPU", "KONI"),
/// not one of the [`GENERIC_HEADS`], and in cased text written with a capital.
fn heads_office(token: &str, listed: bool, casing: Casing) -> bool {
    let lower = token.to_lowercase();
    let capitalised = is_capitalised(token);
    (casing == Casing::Lower || capitalised)
        && (listed || announces(&lower, EntityKind::Organization))
        && !GENERIC_HEADS.contains(&lower.as_str())
}

/// Last words of organisations' names: a person's name never ends with them ("Dafam Hotels", "Nirvana
/// Development", "Apex Holdings").
const ORGANIZATION_TAILS: &[&str] = &[
    "inc",
    "corp",
    "corporation",
    "company",
    "ltd",
    "llc",
    "plc",
    "group",
    "grup",
    "tbk",
    "holdings",
    "hotels",
    "airlines",
    "airways",
    "motors",
    "foundation",
    "institute",
    "university",
    "college",
    "fc",
    "entertainment",
    "records",
    "studios",
    "pictures",
    "partners",
    "technologies",
    "systems",
    "association",
    "federation",
    "council",
    "committee",
    "commission",
    "agency",
    "bureau",
    "development",
    "pharma",
    "pharmaceuticals",
    "network",
    "industries",
    "ventures",
    "labs",
];

/// Relabels as an organisation a person whose last word ends organisations' names ([`ORGANIZATION_TAILS`]):
/// the model reads an unknown word before it as a given name.
pub fn organizations_by_their_last_word(tokens: &[&str], labels: &mut [Label]) {
    if tokens.len() != labels.len() {
        return;
    }
    for (start, end, kind) in chunks(labels) {
        let last = tokens[end - 1].trim_end_matches('.').to_lowercase();
        if kind == EntityKind::Person
            && end - start > 1
            && ORGANIZATION_TAILS.contains(&last.as_str())
        {
            labels[start] = Label::B(EntityKind::Organization);
            for label in &mut labels[start + 1..end] {
                *label = Label::I(EntityKind::Organization);
            }
        }
    }
}

/// Top-level domains of news sites, and the second-level labels of Indonesian ones ("co.id").
const NEWS_DOMAINS: &[&str] = &["com", "net", "org", "tv", "id", "news", "online"];

/// Second-level labels of government, university and school sites ("esdm.go.id"): addresses, not outlets.
const INSTITUTIONAL_DOMAINS: &[&str] = &["go", "ac", "sch", "mil", "or"];

/// Labels a news site's domain name an organisation, as the news reads it: the outlet of a dateline
/// ("BANGKAPOS.COM, SUNGAILIAT -") or a source ("kepada Kompas.com"). The tokens come split at the dots
/// ("Kompas . com", "REPUBLIKA . CO . ID"), and the model misses many of them. A web address ("www", a path
/// after it) or a government or university site is no outlet; a domain inside a longer name is left to it.
pub fn outlet_domains_as_organizations(tokens: &[&str], labels: &mut [Label]) {
    // Most windows hold no dot between words: they are not lower-cased for this.
    if tokens.len() != labels.len() || !tokens.contains(&".") {
        return;
    }
    let lower: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
    let mut t = 0;
    while t + 2 < tokens.len() {
        let end = domain_end(&lower, t);
        let inside_a_name =
            matches!(labels[t], Label::I(_)) || matches!(labels.get(end), Some(Label::I(_)));
        let address = lower[t] == "www"
            || (t >= 2 && lower[t - 1] == "." && lower[t - 2] == "www")
            || tokens.get(end).is_some_and(|&next| next == "/");
        if end > t && !inside_a_name && !address {
            labels[t] = Label::B(EntityKind::Organization);
            for label in &mut labels[t + 1..end] {
                *label = Label::I(EntityKind::Organization);
            }
            t = end;
        } else {
            t += 1;
        }
    }
}

/// The end of the domain name starting at token `t` ("name . com", "name . co . id"), or `t` when none does.
fn domain_end(lower: &[String], t: usize) -> usize {
    let name = &lower[t];
    // "go . id" ends a longer address ("esdm . go . id"), it names no site.
    let is_name = name.chars().next().is_some_and(char::is_alphanumeric)
        && name.chars().all(|c| c.is_alphanumeric() || c == '-')
        && name != "co"
        && !INSTITUTIONAL_DOMAINS.contains(&name.as_str());
    if !is_name || lower.get(t + 1).map(String::as_str) != Some(".") {
        return t;
    }
    let Some(label) = lower.get(t + 2).map(String::as_str) else {
        return t;
    };
    let second_level = lower.get(t + 3).map(String::as_str) == Some(".")
        && lower
            .get(t + 4)
            .is_some_and(|tld| NEWS_DOMAINS.contains(&tld.as_str()));
    if second_level && INSTITUTIONAL_DOMAINS.contains(&label) {
        t
    } else if second_level && label == "co" {
        t + 5
    } else if NEWS_DOMAINS.contains(&label) && !second_level {
        t + 3
    } else {
        t
    }
}

/// Head words of a unit of local government: the unit's name follows them ("Kecamatan Lais", "Desa Epil").
const ADMINISTRATIVE_UNITS: &[&str] = &[
    "provinsi",
    "prov",
    "kabupaten",
    "kab",
    "kotamadya",
    "kecamatan",
    "kec",
    "kelurahan",
    "kel",
    "desa",
    "dusun",
    "nagari",
    "gampong",
    "distrik",
];

/// Head words of a street: an address after a building or an area starts there ("… jalan Gatot Subroto").
const STREETS: &[&str] = &["jalan", "jl", "jln", "gang", "gg"];

/// Head words of a natural place that an administrative unit may follow ("Sungai Guci Kecamatan Sekayu").
const NATURAL_PLACES: &[&str] = &[
    "sungai", "gunung", "pulau", "bukit", "danau", "kali", "teluk", "pantai",
];

/// Joins an organisation that starts right where another ends ("Bloomberg" "Technoz" read as two): news
/// separates two bodies by a comma or a word, and of the 11,268 organisations of the written training
/// paragraphs one follows another with nothing between. (Places do follow each other so: "Pasar Johar
/// Semarang", see [`split_place_chains`].)
pub fn join_adjacent_organizations(labels: &mut [Label]) {
    for i in 1..labels.len() {
        let after_organization = labels[i - 1].kind() == Some(EntityKind::Organization);
        if after_organization && labels[i] == Label::B(EntityKind::Organization) {
            labels[i] = Label::I(EntityKind::Organization);
        }
    }
}

/// Splits a chain of places written one after another into its places, as the news labels them: "Desa Epil
/// Kecamatan Lais" is two places, "Jalan Benteng Kelurahan Sari Rejo Kecamatan Medan Polonia" three. NERGRIT
/// labels such a chain as one place, and the tagger learns to read it so.
///
/// A place starts afresh at a street's head word, and at an administrative unit's head word that follows a
/// name (not another head: "Kelurahan Kota Uneng"). "Kota" starts a place only after a place that is itself
/// a unit, a street or a natural place ("Kelurahan Keramat Kota Pangkalpinang"): it also begins names
/// ("Kota Kinabalu") and follows buildings of the town ("Balai Kota Malang", "Alun-alun Kota Blitar").
pub fn split_place_chains(tokens: &[&str], labels: &mut [Label]) {
    if tokens.len() != labels.len() {
        return;
    }
    for (first, end, kind) in chunks(labels) {
        // A chain has a head and a name after the first place.
        if kind != EntityKind::Location || end - first < 3 {
            continue;
        }
        // Indices below are into the place.
        let lower: Vec<String> = tokens[first..end]
            .iter()
            .map(|t| t.trim_end_matches('.').to_lowercase())
            .collect();
        let is = |list: &[&str], k: usize| list.contains(&lower[k].as_str());
        let mut place_start = 0;
        // The head must have a name after it inside the place.
        for (k, label) in labels[first..end - 1].iter_mut().enumerate().skip(1) {
            if announces(&lower[k - 1], EntityKind::Location) {
                continue;
            }
            let after_a_unit = [ADMINISTRATIVE_UNITS, STREETS, NATURAL_PLACES]
                .iter()
                .any(|list| is(list, place_start));
            let starts_a_place = is(STREETS, k)
                || is(ADMINISTRATIVE_UNITS, k)
                || (lower[k] == "kota" && after_a_unit);
            if starts_a_place {
                *label = Label::B(EntityKind::Location);
                place_start = k;
            }
        }
    }
}

/// Relabels as an organisation a place whose name starts with the head word of an institution: a school,
/// hospital, university, court or police unit ("SMA Negeri 3 Malang", "RSUD Lewoleba", "Pengadilan Negeri
/// Kupang") is a body in the news, though NERGRIT and NERP often label it a place. Heads that as often name
/// a building or ground keep their place: "Kantor Gubernur Aceh", "Balai Kota", "Pondok Pinang"; "Rumah"
/// and "Pondok" head a body only in "Rumah Sakit" and "Pondok Pesantren".
pub fn institutions_as_organizations(tokens: &[&str], labels: &mut [Label]) {
    let lower: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
    for (first, end, kind) in chunks(labels) {
        let (Some(head), next) = (lower.get(first), lower.get(first + 1)) else {
            continue;
        };
        let next = next.map(String::as_str);
        let institution = match head.as_str() {
            "rumah" => next == Some("sakit"),
            "pondok" => next == Some("pesantren"),
            "kantor" | "balai" | "pemerintah" => false,
            word => announces(word, EntityKind::Organization),
        };
        if kind == EntityKind::Location && institution {
            for (t, label) in labels[first..end].iter_mut().enumerate() {
                *label = if t == 0 {
                    Label::B(EntityKind::Organization)
                } else {
                    Label::I(EntityKind::Organization)
                };
            }
        }
    }
}

/// Makes an office and the place it serves one organisation, as the news labels them: "Polres Sikka",
/// "DPRD Ngada", "Kejati Sumut", "KPU Kabupaten Kebumen", "Dinas Pendidikan Kota Bandung".
///
/// A place in `labels` is joined to what stands right before it when that is an organisation (also with its
/// short form in brackets between them), or an unlabelled office head: an organisation head word ("Polres",
/// "Dinas") or a listed one-word organisation ("KPU"), but no generic noun such as "Pemerintah", and
/// capitalised in cased text. In cased text up to three capitalised words, numbers or "dan" may stand
/// between the head and the place ("Dinas Pendidikan", "SMP Negeri 1"), and a place written in lower case
/// is left alone; lower-cased text gives no such clue, so there the head must touch the place.
pub fn join_offices_and_places(tokens: &[&str], labels: &mut [Label], casing: Casing) {
    if tokens.len() != labels.len() {
        return;
    }
    let lower: Vec<String> = tokens.iter().map(|t| t.to_lowercase()).collect();
    let marks = mark(tokens, &lower);
    for (first, end, kind) in chunks(labels) {
        // In cased text a place written in lower case ("… Bangkinang kabupaten Kampar") starts a new phrase.
        let lower_case_place = casing == Casing::Cased && !is_capitalised(tokens[first]);
        if kind != EntityKind::Location || first == 0 || lower_case_place {
            continue;
        }
        // The organisation's first token, and whether it begins there or continues an organisation.
        let (start, begins) = match labels[first - 1] {
            // The place ends an organisation's name: "KONI Kalsel", "TNI AU Morotai".
            Label::B(EntityKind::Organization) | Label::I(EntityKind::Organization) => {
                (first, false)
            }
            Label::O => match bracket_after_organization(tokens, labels, first)
                .map(|open| (open, false))
                .or_else(|| {
                    office_before(tokens, labels, &marks, first, casing).map(|head| (head, true))
                }) {
                Some(found) => found,
                None => continue,
            },
            _ => continue,
        };
        for (t, label) in labels[start..end].iter_mut().enumerate() {
            *label = if t == 0 && begins {
                Label::B(EntityKind::Organization)
            } else {
                Label::I(EntityKind::Organization)
            };
        }
    }
}

/// The opening bracket of a short form in brackets between an organisation and the place at token `place`:
/// the news reads "Badan Penanggulangan Bencana Daerah (BPBD) Pidie" as one name, though "Badan Pusat
/// Statistik (BPS)" as two.
fn bracket_after_organization(tokens: &[&str], labels: &[Label], place: usize) -> Option<usize> {
    let close = place.checked_sub(1)?;
    if tokens[close] != ")" {
        return None;
    }
    // At most three tokens in the brackets.
    let open = (close.saturating_sub(4)..close)
        .rev()
        .find(|&t| tokens[t] == "(")?;
    let organization_before = matches!(
        labels.get(open.checked_sub(1)?),
        Some(Label::B(EntityKind::Organization) | Label::I(EntityKind::Organization))
    );
    organization_before.then_some(open)
}

/// The unlabelled office head word that the place at token `place` serves, looking back through the words
/// that may stand between them (see [`join_offices_and_places`]).
fn office_before(
    tokens: &[&str],
    labels: &[Label],
    marks: &[Option<(EntityKind, bool)>],
    place: usize,
    casing: Casing,
) -> Option<usize> {
    let most_between = if casing == Casing::Cased { 3 } else { 0 };
    for (between, t) in (0..place).rev().enumerate() {
        if labels[t] != Label::O {
            return None;
        }
        let listed = marks[t] == Some((EntityKind::Organization, true));
        if heads_office(tokens[t], listed, casing) {
            return Some(t);
        }
        let word = tokens[t];
        let may_stand_between =
            word == "dan" || is_capitalised(word) || word.chars().all(|c| c.is_ascii_digit());
        if between >= most_between || !may_stand_between {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_listed_places_as_written_or_in_lower_case() {
        assert!(is_listed_place("Jawa Barat"));
        assert!(is_listed_place("jawa barat"));
        assert!(!is_listed_place("Karsono"));
    }

    /// The labels `rule` leaves on `text` (tokens split at spaces) read with `tags`, written out.
    fn relabelled(text: &str, tags: &str, rule: impl Fn(&[&str], &mut [Label])) -> String {
        let tokens: Vec<&str> = text.split(' ').collect();
        let mut labels = crate::label::labels(tags);
        rule(&tokens, &mut labels);
        let written: Vec<&str> = labels.iter().map(|l| l.as_str()).collect();
        written.join(" ")
    }

    /// Checks that `rule` turns each case's `(text, tags)` into its wanted tags.
    fn assert_relabels(rule: impl Fn(&[&str], &mut [Label]), cases: &[(&str, &str, &str)]) {
        for (text, tags, want) in cases {
            assert_eq!(relabelled(text, tags, &rule), *want, "{text}");
        }
    }

    #[test]
    fn names_ending_as_organisations_end_are_no_people() {
        let cases = [
            (
                "menginap di Dafam Hotels",
                "O O B-PERSON I-PERSON",
                "O O B-ORGANIZATION I-ORGANIZATION",
            ),
            (
                "Marvel Studios",
                "B-PERSON I-PERSON",
                "B-ORGANIZATION I-ORGANIZATION",
            ),
            // A lone word, or a person whose name only looks so, is left to the model.
            ("Group", "B-PERSON", "B-PERSON"),
            ("Joko Widodo", "B-PERSON I-PERSON", "B-PERSON I-PERSON"),
        ];
        assert_relabels(organizations_by_their_last_word, &cases);
    }

    #[test]
    fn adjacent_organizations_are_one() {
        let cases = [
            (
                "Logo Bloomberg Technoz",
                "O B-ORGANIZATION B-ORGANIZATION",
                "O B-ORGANIZATION I-ORGANIZATION",
            ),
            // A comma, or another kind, keeps them apart.
            (
                "KPK , KPU",
                "B-ORGANIZATION O B-ORGANIZATION",
                "B-ORGANIZATION O B-ORGANIZATION",
            ),
            (
                "Pasar Johar Semarang",
                "B-LOCATION I-LOCATION B-LOCATION",
                "B-LOCATION I-LOCATION B-LOCATION",
            ),
        ];
        assert_relabels(|_, labels| join_adjacent_organizations(labels), &cases);
    }

    #[test]
    fn names_in_initials_keep_their_last_stop() {
        let org3 = "B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION";
        let cases = [
            (
                "the I . R . S . has",
                &*format!("O {org3} I-ORGANIZATION I-ORGANIZATION O O"),
                &*format!("O {org3} I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION O"),
            ),
            // A name that does not end in an initial, or a lone initial, keeps its bounds.
            (
                "U . S . Senate .",
                &*format!("{org3} I-ORGANIZATION I-ORGANIZATION O"),
                &*format!("{org3} I-ORGANIZATION I-ORGANIZATION O"),
            ),
            ("kata A .", "O B-PERSON O", "O B-PERSON O"),
        ];
        assert_relabels(initials_keep_their_last_stop, &cases);
    }

    #[test]
    fn splits_people_at_conjunctions() {
        let cases = [
            (
                "Zaelani dan Iskandar",
                "B-PERSON I-PERSON I-PERSON",
                "B-PERSON O B-PERSON",
            ),
            (
                "Smith and Jones",
                "B-PERSON I-PERSON I-PERSON",
                "B-PERSON O B-PERSON",
            ),
            // Places and organisations keep their conjunctions.
            (
                "Bosnia dan Herzegovina",
                "B-LOCATION I-LOCATION I-LOCATION",
                "B-LOCATION I-LOCATION I-LOCATION",
            ),
        ];
        assert_relabels(split_people_at_conjunctions, &cases);
    }

    #[test]
    fn short_forms_in_brackets_read_as_what_they_stand_for() {
        let org3 = "B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION";
        let cases = [
            (
                "Akademi Perkeretaapian Indonesia ( API ) di Madiun",
                &*format!("{org3} O O O O B-LOCATION"),
                &*format!("{org3} O B-ORGANIZATION O O B-LOCATION"),
            ),
            // No name, so no organisation, here and where the short form comes back.
            (
                "Sumber Daya Alam ( SDA ) . SDA itu",
                "O O O O B-ORGANIZATION O O B-ORGANIZATION O",
                "O O O O O O O O O",
            ),
            (
                "anak baru gede ( ABG )",
                "O O O O B-ORGANIZATION O",
                "O O O O O O",
            ),
            // A later use takes the organisation too.
            (
                "Organisasi Pekerja Indonesia ( OPI ) . Kata OPI",
                &*format!("{org3} O O O O O O"),
                &*format!("{org3} O B-ORGANIZATION O O O B-ORGANIZATION"),
            ),
            // Initials that do not fit the words before, or a name read across the brackets, stay.
            (
                "pada hari Senin ( SDA )",
                "O O O O B-ORGANIZATION O",
                "O O O O B-ORGANIZATION O",
            ),
            (
                "Koperasi Unit Desa ( KUD ) Makmur",
                "B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION",
                "B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION",
            ),
        ];
        assert_relabels(short_forms_in_brackets, &cases);
    }

    #[test]
    fn a_lone_part_of_a_named_person_is_that_person() {
        let cases = [
            (
                "LeBron James absen . Meski begitu , LeBron masih",
                "B-PERSON I-PERSON O O O O O B-LOCATION O",
                "B-PERSON I-PERSON O O O O O B-PERSON O",
            ),
            (
                "kata Lionel Messi . Messi pulang",
                "O B-PERSON I-PERSON O O O",
                "O B-PERSON I-PERSON O B-PERSON O",
            ),
            // A part inside another run of capitalised words may be another name.
            (
                "kata Ali Akbar di Toko Ali Jaya",
                "O B-PERSON I-PERSON O O O O",
                "O B-PERSON I-PERSON O O O O",
            ),
        ];
        assert_relabels(people_by_their_other_mentions, &cases);
    }

    #[test]
    fn reads_news_sites_as_organizations() {
        let org3 = "B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION";
        let cases = [
            (
                "BANGKAPOS . COM , SUNGAILIAT",
                "O O O O B-LOCATION",
                &*format!("{org3} O B-LOCATION"),
            ),
            (
                "kepada REPUBLIKA . CO . ID",
                "O O O O O O",
                "O B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION",
            ),
            (
                "dikutip Kompas . com",
                "O B-PERSON O O",
                &*format!("O {org3}"),
            ),
            ("POS-KUPANG . COM", "O O O", org3),
            // Addresses and institutions' sites are no outlets; a sentence's end is no domain.
            ("www . esdm . go . id", "O O O O O O O", "O O O O O O O"),
            ("laman kpu . go . id", "O O O O O O", "O O O O O O"),
            ("detik . com / berita", "O O O O O", "O O O O O"),
            (
                "tiba di Jakarta . Kemudian",
                "O O B-LOCATION O O",
                "O O B-LOCATION O O",
            ),
        ];
        assert_relabels(outlet_domains_as_organizations, &cases);
    }

    #[test]
    fn splits_chains_of_places() {
        let l3 = "B-LOCATION I-LOCATION I-LOCATION";
        let l4 = "B-LOCATION I-LOCATION I-LOCATION I-LOCATION";
        let l7 = "B-LOCATION I-LOCATION I-LOCATION I-LOCATION I-LOCATION I-LOCATION I-LOCATION";
        let cases = [
            (
                "Desa Epil Kecamatan Lais",
                l4,
                "B-LOCATION I-LOCATION B-LOCATION I-LOCATION",
            ),
            (
                "Jalan Benteng Kelurahan Sari Rejo Kecamatan Medan",
                l7,
                "B-LOCATION I-LOCATION B-LOCATION I-LOCATION I-LOCATION B-LOCATION I-LOCATION",
            ),
            (
                "Gedung Graha jalan Gatot",
                l4,
                "B-LOCATION I-LOCATION B-LOCATION I-LOCATION",
            ),
            (
                "Kelurahan Keramat Kota Pangkalpinang",
                l4,
                "B-LOCATION I-LOCATION B-LOCATION I-LOCATION",
            ),
            // "Kota" begins names and follows buildings; a head after a head is one unit's name.
            ("Lapangan Terbang Kota Kinabalu", l4, l4),
            ("Balai Kota Malang", l3, l3),
            ("Kelurahan Kota Uneng", l3, l3),
            // Nothing after the head, or no place at all.
            (
                "Bogor Kabupaten",
                "B-LOCATION I-LOCATION",
                "B-LOCATION I-LOCATION",
            ),
            (
                "Pemkab Bogor Kecamatan Ciawi",
                "B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION",
                "B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION",
            ),
        ];
        assert_relabels(split_place_chains, &cases);
    }

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

    #[test]
    fn titles_and_degrees_come_off_the_ends_of_names() {
        let trimmed = |text: &str, tags: &str| relabelled(text, tags, trim_titles_and_degrees);
        assert_eq!(
            trimmed(
                "AKBP Auliansyah Lubis SIK MH",
                "B-PERSON I-PERSON I-PERSON I-PERSON I-PERSON"
            ),
            "O B-PERSON I-PERSON O O"
        );
        assert_eq!(
            trimmed("Wali Kota Pekalongan", "O B-LOCATION I-LOCATION"),
            "O O B-LOCATION"
        );
        // Military ranks written in full.
        assert_eq!(trimmed("Letnan Chisov", "B-PERSON I-PERSON"), "O B-PERSON");
        // Acehnese and pilgrims' honorifics, non-commissioned ranks.
        assert_eq!(
            trimmed("Tgk Haji Mukhlis", "B-PERSON I-PERSON I-PERSON"),
            "O O B-PERSON"
        );
        assert_eq!(trimmed("Sersan Rahmat", "B-PERSON I-PERSON"), "O B-PERSON");
        // "Pol" after a rank is the rank's; alone it may open a name.
        assert_eq!(
            trimmed("Kombes Pol Dirmanto", "O B-PERSON I-PERSON"),
            "O O B-PERSON"
        );
        assert_eq!(trimmed("Pol Pot", "B-PERSON I-PERSON"), "B-PERSON I-PERSON");
        assert_eq!(
            trimmed(
                "DPRD Pekanbaru Ir Tengku",
                "B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION B-PERSON"
            ),
            "B-ORGANIZATION I-ORGANIZATION O B-PERSON"
        );
        // Names that look like degrees or titles stay: a Korean given name, a royal title, a lone honorific.
        assert_eq!(
            trimmed("Lee Hyung Sik", "B-PERSON I-PERSON I-PERSON"),
            "B-PERSON I-PERSON I-PERSON"
        );
        assert_eq!(
            trimmed("Pangeran Diponegoro", "B-PERSON I-PERSON"),
            "B-PERSON I-PERSON"
        );
        assert_eq!(trimmed("H", "B-PERSON"), "B-PERSON");
        // The honorifics are a part of the titles list, not a list of their own.
        assert!(HONORIFICS.iter().all(|h| is_person_title(h)));
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
    fn short_forms_of_things_are_told_from_bodies() {
        for (word, want) in [("bbm", true), ("apbd", true), ("tps", true), ("kpk", false)] {
            assert_eq!(is_common_acronym(word), want, "{word}");
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
            COMMON_ACRONYMS,
        ] {
            for word in entries(list) {
                assert_eq!(word, word.to_lowercase(), "{word}");
                assert!(!word.contains(' '), "{word}");
            }
        }
    }

    #[test]
    fn splits_listed_names_off_people() {
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
        assert_relabels(separate_leading_names, &cases);
    }

    #[test]
    fn splits_a_person_off_the_end_of_a_body_at_a_title() {
        let cases = [
            (
                "Polres TTU Komisaris Yulian Perdana",
                "B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION",
                "B-ORGANIZATION I-ORGANIZATION O B-PERSON I-PERSON",
            ),
            // The rest of the name, read as a person of its own, joins it.
            (
                "DPRD Jatim Ketua Budi Santoso",
                "B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION B-PERSON",
                "B-ORGANIZATION I-ORGANIZATION O B-PERSON I-PERSON",
            ),
            // A body that does not end like one, or that a title word heads, stays whole.
            (
                "Yayasan Harapan Ketua Bangsa",
                "B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION",
                "B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION",
            ),
            (
                "RSUD Dr Soetomo",
                "B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION",
                "B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION",
            ),
        ];
        assert_relabels(separate_trailing_names, &cases);
    }

    #[test]
    fn institutions_named_as_places_are_organizations() {
        let cases = [
            (
                "di SMA Negeri 3 Malang",
                "O B-LOCATION I-LOCATION I-LOCATION I-LOCATION",
                "O B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION",
            ),
            (
                "Rumah Sakit Awal Bros",
                "B-LOCATION I-LOCATION I-LOCATION I-LOCATION",
                "B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION",
            ),
            (
                "Pondok Pinang",
                "B-LOCATION I-LOCATION",
                "B-LOCATION I-LOCATION",
            ),
            (
                "Kantor Gubernur Aceh",
                "B-LOCATION I-LOCATION I-LOCATION",
                "B-LOCATION I-LOCATION I-LOCATION",
            ),
        ];
        assert_relabels(institutions_as_organizations, &cases);
    }

    #[test]
    fn offices_and_their_places_become_one_organization() {
        use Casing::{Cased, Lower};
        let cases = [
            // An office head word before a place.
            ("Kapolres Polres Sikka", Cased, "O O B-LOCATION", "O B-ORGANIZATION I-ORGANIZATION"),
            // Capitalised words may stand between the head and the place.
            (
                "oleh Dinas Pendidikan Kota Bandung",
                Cased,
                "O O O B-LOCATION I-LOCATION",
                "O B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION",
            ),
            // A place right after an organisation ends its name.
            (
                "KONI Kalsel",
                Cased,
                "B-ORGANIZATION B-LOCATION",
                "B-ORGANIZATION I-ORGANIZATION",
            ),
            // A listed one-word organisation is a head too.
            ("KPU Kebumen", Cased, "O B-LOCATION", "B-ORGANIZATION I-ORGANIZATION"),
            // A short form in brackets between the organisation and the place.
            (
                "Badan Bencana ( BPBD ) Pidie",
                Cased,
                "B-ORGANIZATION I-ORGANIZATION O B-ORGANIZATION O B-LOCATION",
                "B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION",
            ),
            (
                "Badan Statistik ( BPS ) Jakarta",
                Cased,
                "B-ORGANIZATION I-ORGANIZATION O B-ORGANIZATION O O",
                "B-ORGANIZATION I-ORGANIZATION O B-ORGANIZATION O O",
            ),
            // Generic heads mean "the government of", a lower-case head is no name, a comma ends the office.
            ("Pemerintah Suriah", Cased, "O B-LOCATION", "O B-LOCATION"),
            ("dinas ke Bandung", Cased, "O O B-LOCATION", "O O B-LOCATION"),
            ("Polres , Sikka", Cased, "O O B-LOCATION", "O O B-LOCATION"),
            (
                "SMAN 1 kabupaten Kampar",
                Cased,
                "B-ORGANIZATION I-ORGANIZATION B-LOCATION I-LOCATION",
                "B-ORGANIZATION I-ORGANIZATION B-LOCATION I-LOCATION",
            ),
            // Lower-cased text: the head must touch the place.
            ("polda riau", Lower, "O B-LOCATION", "B-ORGANIZATION I-ORGANIZATION"),
            (
                "dinas pendidikan riau",
                Lower,
                "O O B-LOCATION",
                "O O B-LOCATION",
            ),
        ];
        for (text, casing, tags, want) in cases {
            let rule = |tokens: &[&str], labels: &mut [Label]| {
                join_offices_and_places(tokens, labels, casing)
            };
            assert_eq!(relabelled(text, tags, rule), want, "{text}");
        }
    }
}
