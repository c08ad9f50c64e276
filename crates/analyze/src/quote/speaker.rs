//! Speakers: what kind of source a phrase names, and which person or body it resolves to.
//!
//! The phrase is kept as written ("Menteri Luar Negeri Rusia Sergei Lavrov", "pejabat itu", "Dia"); the
//! kind says how far the reader can trust and trace it, and the name is what the phrase points at: the
//! person inside a role ("Sergei Lavrov"), the full name behind a surname ("Jens Stoltenberg"), the
//! antecedent of a pronoun or of "pejabat itu".

use warta_model::{Entity, SpeakerKind};
use warta_ner::gazetteer::{announces, is_first_name, is_honorific, is_person_title};
use warta_ner::EntityKind;

use super::cue::Lexicon;
use crate::source::outlets;

/// Words that make a source unnamed: "pejabat AS", "sumber", "a senior official".
const ANONYMOUS_HEADS: &[&str] = &[
    "pejabat",
    "sumber",
    "diplomat",
    "official",
    "officials",
    "source",
    "sources",
    "insider",
    "insiders",
    "orang",
    "seseorang",
    "someone",
];

/// Phrases that withhold a speaker's name ("yang tidak mau disebutkan namanya", "yang meminta identitasnya
/// dirahasiakan", "who spoke on condition of anonymity").
const ANONYMOUS_MARKERS: &[&str] = &[
    "tidak disebutkan namanya",
    "tak disebutkan namanya",
    "anonim",
    "unnamed",
    "anonymous",
    "anonymity",
    "enggan disebut",
    "mau disebut",
    "ingin disebut",
    "bersedia disebut",
    "identitasnya dirahasiakan",
    "namanya dirahasiakan",
    "declined to be named",
    "not to be named",
    "not authorized to",
    "not authorised to",
];

const PRONOUNS: &[&str] = &[
    "dia", "ia", "beliau", "dirinya", "mereka", "kami", "he", "she", "they", "we", "i", "saya",
    "aku", // Possessives own a statement: "his claim that …".
    "his", "her", "their",
];

/// Capitalised pieces of an office's name that the tagger's list of titles (`is_person_title`) does not
/// hold: "Luar Negeri", "Jaksa Agung", "Brigjen Pol Agus Rianto". After a title they precede a name without
/// being part of it; alone they are a name ("kata Agung").
const OFFICE_PIECES: &[&str] = &[
    "luar",
    "negeri",
    "dalam",
    "pertahanan",
    "keuangan",
    "kota",
    "utama",
    "agung",
    "penasihat",
    "staf",
    // The police branch of a rank.
    "pol",
    "foreign",
    "defense",
    "defence",
];

/// Indonesian titles written as one word, which the tagger's list of titles does not hold: police,
/// military, regional and agency heads.
const ONE_WORD_TITLES: &[&str] = &[
    "kasatlantas",
    "kasubag",
    "kasi",
    "kajari",
    "kajati",
    "kakanwil",
    "dirjen",
    "rektor",
    "dekan",
];

/// True for a word of an office or a body's name ("menteri", "keuangan", "kementerian"), which names nobody.
pub(super) fn is_office_word(lower: &str) -> bool {
    is_role_word(lower) || is_body_word(lower)
}

/// Whether `lower` is a word of a title or an office, which comes before a name and is not part of it.
fn is_role_word(lower: &str) -> bool {
    OFFICE_PIECES.contains(&lower) || ONE_WORD_TITLES.contains(&lower) || is_person_title(lower)
}

/// Places and political bodies that often speak in the news ("Kyiv mengatakan", "Moscow said").
const PLACES: &[&str] = &[
    "indonesia",
    "jakarta",
    "as",
    "amerika",
    "serikat",
    "rusia",
    "ukraina",
    "kyiv",
    "kiev",
    "moskow",
    "washington",
    "china",
    "tiongkok",
    "beijing",
    "jepang",
    "tokyo",
    "korea",
    "inggris",
    "london",
    "prancis",
    "perancis",
    "paris",
    "jerman",
    "berlin",
    "israel",
    "palestina",
    "gaza",
    "iran",
    "irak",
    "suriah",
    "turki",
    "india",
    "pakistan",
    "australia",
    "malaysia",
    "singapura",
    "thailand",
    "filipina",
    "vietnam",
    "eropa",
    "taiwan",
    "mesir",
    "arab",
    "saudi",
    "qatar",
    "lebanon",
    "yaman",
    "afghanistan",
    "kanada",
    "belanda",
    "italia",
    "spanyol",
    "polandia",
    "belarus",
    "us",
    "usa",
    "america",
    "united",
    "states",
    "russia",
    "ukraine",
    "moscow",
    "britain",
    "france",
    "germany",
    "japan",
    "europe",
    "syria",
    "turkey",
    "egypt",
    "canada",
    "kremlin",
    "pentagon",
];

/// Words that make a phrase a body rather than a person, besides the head words of organisations' names
/// that the tagger's gazetteer lists ("kementerian", "polda", "komite"): bodies named by what they are.
const BODY_WORDS: &[&str] = &[
    "gedung",
    "militer",
    "tentara",
    "polisi",
    "negara",
    "government",
    "police",
    "country",
    "authority",
    "office",
    "tim",
    // Units of a body: "Kepala Divisi Propam", "Direktur Direktorat Reserse".
    "divisi",
    "direktorat",
    "biro",
    "subdit",
    "satuan",
    // The Attorney General's Office, written as one word.
    "kejagung",
];

/// True for the first word of a body's or an office's name that may list fields, commas and all: "Badan
/// Meteorologi, Klimatologi, dan Geofisika", "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan".
pub fn opens_listing_name(lower: &str) -> bool {
    is_body_word(lower) || is_person_title(lower)
}

/// Whether `lower` makes a phrase a body rather than a person.
pub fn is_body_word(lower: &str) -> bool {
    BODY_WORDS.contains(&lower) || announces(lower, EntityKind::Organization)
}

/// Determiners and quantifiers that open a description ("seorang pejabat", "para analis", "a spokesman").
const DETERMINERS: &[&str] = &[
    "seorang", "para", "beberapa", "sejumlah", "sebuah", "a", "an", "the", "some",
];

/// A speaker phrase classified: its kind and, when the phrase itself tells, the name it points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Classified {
    pub kind: SpeakerKind,
    pub name: Option<String>,
}

/// The kind of a speaker given the cue that names it: a passive note of news ("dilansir Digital Trends",
/// "seperti diberitakan Phonearena", "dilaporkan oleh …") names an outlet whatever its name looks like,
/// and an active verb of news ("Cosmopolitan melansir", "Balkan Insight mengabarkan") makes an outlet of
/// what the name alone would call an organisation. A body named by what it is stays one ("Institute for
/// Policy Analysis of Conflict melansir", "dilansir dari laman resmi Pemkab Sumedang"). Any other cue
/// leaves `kind` as it is.
pub fn kind_by_cue(cue: &str, phrase: &str, kind: SpeakerKind) -> SpeakerKind {
    if phrase
        .split_whitespace()
        .any(|w| is_body_word(&w.to_lowercase()))
    {
        return kind;
    }
    let verb = cue
        .split_whitespace()
        .map(str::to_lowercase)
        .find(|w| w != "seperti" && w != "yang");
    match verb.as_deref() {
        Some("dilansir" | "diberitakan" | "dilaporkan" | "diwartakan" | "dituliskan")
            if kind != SpeakerKind::Pronoun =>
        {
            SpeakerKind::Outlet
        }
        Some(
            "melansir" | "memberitakan" | "mengabarkan" | "mewartakan" | "menulis" | "menuliskan",
        ) if kind == SpeakerKind::Organization => SpeakerKind::Outlet,
        _ => kind,
    }
}

/// The kind of a speaker phrase and the name inside it, using `entities` and earlier mentions in `text`
/// to complete a surname.
pub fn classify(phrase: &str, text: &str, entities: &[Entity]) -> Classified {
    let lower = phrase.to_lowercase();
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let lower_words: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let Some(first) = lower_words.first() else {
        return Classified {
            kind: SpeakerKind::Unknown,
            name: None,
        };
    };

    // "Pihaknya meminta …": a side, named before or not at all; never a person's name.
    if words.len() == 1 && first == "pihaknya" {
        return Classified {
            kind: SpeakerKind::RoleOrDescription,
            name: None,
        };
    }
    if words.len() == 1 && PRONOUNS.contains(&without_contraction(first)) {
        return Classified {
            kind: SpeakerKind::Pronoun,
            name: None,
        };
    }
    // English "It said …" speaks for a body or a document, never for a person.
    if words.len() == 1 && first == "it" {
        return Classified {
            kind: SpeakerKind::Organization,
            name: None,
        };
    }
    // "Kantor berita resmi Iran, IRNA": an outlet in apposition to its description.
    if let Some((_, last)) = phrase
        .rsplit_once(", ")
        .filter(|(_, l)| outlets::starts_with_outlet(l))
    {
        return Classified {
            kind: SpeakerKind::Outlet,
            name: Some(last.to_string()),
        };
    }
    if let Some(classified) = apposition(phrase, text, entities) {
        return classified;
    }
    // "The Associated Press", "the World Health Organization": the name without its article.
    let unarticled = ["the ", "The "]
        .iter()
        .find_map(|a| phrase.strip_prefix(a))
        .unwrap_or(phrase);
    if outlets::starts_with_outlet(unarticled) {
        return Classified {
            kind: SpeakerKind::Outlet,
            name: Some(unarticled.to_string()),
        };
    }
    // "Kantor berita Antara", "Harian Kompas": the outlet is the name after its medium.
    if let Some(name) = outlets::introduced_name(phrase) {
        return Classified {
            kind: SpeakerKind::Outlet,
            name: Some(name.to_string()),
        };
    }
    // "Carscoops.com": a news site by its address; "Harian itu", "Media pemerintah itu": an outlet by its
    // medium, unnamed.
    let site = outlets::is_site_address(words[0]);
    if site || outlets::is_medium_phrase(phrase) {
        let name = site.then(|| words[0].to_string());
        return Classified {
            kind: SpeakerKind::Outlet,
            name,
        };
    }
    let head = lower_words
        .iter()
        .find(|w| !DETERMINERS.contains(&w.as_str()))
        .unwrap_or(first);
    // "Polisi mengatakan", "kata pihak berwenang", "the ministry said": a body named by a common noun for
    // it. Alone, the noun must be one that heads no name ("Koalisi …" may open one).
    let common_body = |w: &str| {
        BODY_WORDS.contains(&w) || matches!(w, "pemerintah" | "kepolisian" | "authorities")
    };
    let bare_body = match lower_words.as_slice() {
        [w] => common_body(w),
        [a, w] => {
            matches!(a.as_str(), "pihak" | "the")
                && (common_body(w) || is_body_word(w) || w == "berwenang")
        }
        _ => false,
    };
    if bare_body {
        return Classified {
            kind: SpeakerKind::Organization,
            name: None,
        };
    }
    // A listed given name before a capitalised word that is no Indonesian word opens a person's name,
    // whatever else the first word is: "Tim Cook", but the team in "Tim Hukum Prabowo", "Tim Pemenangan".
    let given_name = words.len() > 1
        && warta_ner::gazetteer::is_first_name(words[0])
        && is_capitalised(words[1])
        && {
            let second = words[1].to_lowercase();
            !warta_stem::dictionary::is_root(&second)
                && warta_stem::indonesian::stem(&second) == second
        };
    if given_name
        && words.len() <= 3
        && words[1..].iter().all(|w| {
            let bare = w.to_lowercase();
            is_capitalised(w)
                && !is_role_word(&bare)
                && !is_body_word(&bare)
                && !PLACES.contains(&bare.as_str())
        })
    {
        return Classified {
            kind: SpeakerKind::NamedPerson,
            name: Some(full_name(phrase, text, entities)),
        };
    }
    // "Kementerian Luar Negeri", "Otoritas Bandar Udara X": a body, whatever names follow.
    if is_body_word(head) && words.len() > 1 && is_capitalised(words[0]) && !given_name {
        return Classified {
            kind: SpeakerKind::Organization,
            name: Some(phrase.to_string()),
        };
    }
    // "Amnesty International", "Hainan Airlines": a body the tagger names as one.
    let body = unarticled.to_lowercase();
    if is_entity(&body, entities, &["ORGANIZATION"]) && !is_entity(&body, entities, &["PERSON"]) {
        return Classified {
            kind: SpeakerKind::Organization,
            name: Some(unarticled.to_string()),
        };
    }
    // "Kelompok tersebut", "manajemen", "Tim pemenangan pasangan calon", "pihak rumah sakit": a body named
    // by a collective noun, or the side of one ("pihak keluarga" is people).
    let collective = !given_name
        && (matches!(
            head.as_str(),
            "kelompok" | "manajemen" | "maskapai" | "panitia" | "tim" | "aparat"
        ) || head == "pihak"
            && lower_words.get(1).is_some_and(|w| {
                !is_person_noun(w) && !matches!(w.as_str(), "keluarga" | "korban")
            }));
    if collective {
        return Classified {
            kind: SpeakerKind::Organization,
            name: None,
        };
    }
    // "SBY", "JK", "RZ": initials the tagger reads as a person, not an organisation's acronym.
    if words.len() == 1
        && is_acronym_word(first, phrase)
        && is_entity(&body, entities, &["PERSON"])
        && !is_entity(&body, entities, &["ORGANIZATION"])
    {
        return Classified {
            kind: SpeakerKind::NamedPerson,
            name: Some(words[0].to_string()),
        };
    }
    let person = person_name(&words, entities);
    if ANONYMOUS_MARKERS.iter().any(|m| lower.contains(m))
        || (person.is_none()
            && lower_words
                .iter()
                .any(|w| ANONYMOUS_HEADS.contains(&singular(w))))
    {
        return Classified {
            kind: SpeakerKind::Anonymous,
            name: None,
        };
    }
    // "Analysts say", "Prosecutors alleged", "Others": a capitalised word alone that the text also writes
    // in lower case, or that news mostly does, is a common noun at the head of its sentence, not a name.
    // So is such a word after "some"/"many", or before a preposition ("Analysts at Goldman Sachs"), and
    // a plural that names members of a party or a people ("Republicans", "Some Democrats", "Ukrainians").
    let quantifiers = lower_words[..lower_words.len() - 1]
        .iter()
        .take_while(|w| GROUP_WORDS.contains(&w.as_str()))
        .count();
    let head = &lower_words[quantifiers];
    let head_alone = lower_words
        .get(quantifiers + 1)
        .is_none_or(|w| matches!(w.as_str(), "at" | "of" | "from" | "in" | "with" | "for"));
    let members = ["ans", "ats", "ists", "ites", "ives", "als", "ics"]
        .iter()
        .any(|end| head.ends_with(end))
        && is_capitalised(words[quantifiers])
        && !warta_ner::gazetteer::is_first_name(words[quantifiers]);
    let common_noun = head_alone
        && !is_entity(head, entities, &["PERSON"])
        && (GROUP_WORDS.contains(&head.as_str())
            || crate::entity::is_everyday_word(head)
            || written_in_lower_case(head, text)
            || super::note::SOURCE_NOUNS.contains(&head.as_str())
            || members);
    if let Some(name) = person.filter(|_| !common_noun) {
        return Classified {
            kind: SpeakerKind::NamedPerson,
            name: Some(full_name(&name, text, entities)),
        };
    }
    let head = lower_words
        .iter()
        .find(|w| !DETERMINERS.contains(&w.as_str()))
        .unwrap_or(first);
    let head_word = words
        .iter()
        .find(|w| !DETERMINERS.contains(&w.to_lowercase().as_str()))
        .unwrap_or(&words[0]);
    // "Pemain Persebaya", "Pemain berusia 24 tahun itu": a person of a body, not the body.
    let is_body = is_capitalised(head_word)
        && !is_person_noun(head)
        && lower_words.iter().any(|w| {
            is_acronym_word(w, phrase)
                || PLACES.contains(&w.as_str())
                || is_body_word(w)
                || is_entity(w, entities, &["LOCATION", "ORGANIZATION"])
        });
    if is_body || (words.len() == 2 && is_body_word(first)) {
        return Classified {
            kind: SpeakerKind::Organization,
            name: Some(phrase.to_string()),
        };
    }
    Classified {
        kind: SpeakerKind::RoleOrDescription,
        name: role_holder(&lower_words, entities),
    }
}

/// The one person the article gave the role `lower_words` to: "kata Presiden" after "Presiden AS Joe Biden"
/// is Joe Biden. A role that two people hold ("Presiden" with Biden and Zelenskyy) names nobody.
fn role_holder(lower_words: &[String], entities: &[Entity]) -> Option<String> {
    let role: Vec<&str> = lower_words
        .iter()
        .map(String::as_str)
        .filter(|w| !DETERMINERS.contains(w))
        .collect();
    if role.is_empty() {
        return None;
    }
    let mut holders = entities.iter().filter(|e| {
        e.kind == "PERSON"
            && e.roles.iter().any(|r| {
                let held: Vec<String> = r.split_whitespace().map(str::to_lowercase).collect();
                held.len() >= role.len() && held.iter().zip(&role).all(|(h, w)| h == w)
            })
    });
    let holder = holders.next()?;
    holders.next().is_none().then(|| holder.name.clone())
}

/// True for a verb that describes a person inside a speaker phrase rather than says what they did: "Pemain
/// berusia 19 tahun itu", "Pedagang bernama Ujang", "Warga berinisial AS".
pub fn describes_person(lower: &str) -> bool {
    matches!(
        lower,
        "berusia"
            | "bernama"
            | "berinisial"
            | "berasal"
            | "berumur"
            | "berstatus"
            | "berpangkat"
            | "berprofesi"
            | "berdomisili"
            | "berkewarganegaraan"
    )
}

/// True for a lower-case noun that names a person or a role ("pejabat", "warga", "juru"), so that it can
/// open a speaker phrase after a cue that is as often an adjective ("…, tegas juru bicara itu").
pub fn is_person_noun(lower: &str) -> bool {
    const PEOPLE: &[&str] = &[
        "warga",
        "penduduk",
        "petugas",
        "pengamat",
        "analis",
        "ahli",
        "pakar",
        "saksi",
        "korban",
        "peneliti",
        "pengacara",
        "kuasa",
        "polisi",
        "aparat",
        "pihak",
        "tersangka",
        "terdakwa",
        "dokter",
        "guru",
        "pedagang",
        "petani",
        "nelayan",
        "mahasiswa",
        "aktivis",
        "relawan",
        "pengungsi",
        "pelatih",
        "pemain",
        "pengusaha",
        "pemilik",
        "pengurus",
        "pengelola",
        "penjual",
        "pembeli",
        "pengunjung",
        "penumpang",
        "pengemudi",
        "pengendara",
        "bidan",
        "perawat",
        "pekerja",
        "pegawai",
        "karyawan",
        "penulis",
        "penyidik",
        "sopir",
        "pendiri",
        "pencetus",
        "inisiator",
        "kreator",
        "pembina",
        "founder",
        "co-founder",
        "penggagas",
        "mantan",
        "calon",
        "pegiat",
        "penggiat",
        "praktisi",
        "akademisi",
        "dosen",
        "pemerhati",
        "konsultan",
        "budayawan",
        "sejarawan",
        "seniman",
        "penyanyi",
        "artis",
        "atlet",
        "kader",
        "ulama",
        "tokoh",
        "wartawan",
        "jurnalis",
        "peserta",
        "siswa",
        "pelajar",
        "staf",
        // Heads of descriptions that stand for someone named before: "pria 70 tahun itu".
        "pria",
        "wanita",
        "perempuan",
        "lelaki",
        "sosok",
        "bocah",
        "remaja",
        "gadis",
        "kakek",
        "nenek",
        "perwira",
        "jenderal",
        "pemimpin",
        "kiai",
        "pebalap",
        "petenis",
        "pesepak",
        "pegolf",
    ];
    let lower = singular(lower);
    PEOPLE.contains(&lower) || is_role_word(lower) || ANONYMOUS_HEADS.contains(&lower)
}

/// The noun of a reduplicated plural ("sumber-sumber" → "sumber", "pejabat-pejabat" → "pejabat"); any other
/// word as it is.
fn singular(lower: &str) -> &str {
    match lower.split_once('-') {
        Some((one, other)) if one == other => one,
        _ => lower,
    }
}

/// True for a pronoun that stands for one person named before: "dia", "beliau", "dirinya", "he", or a cue
/// with "-nya" ("katanya", "menurutnya"); not "mereka", "kami", "saya" or "pihaknya" (a side, not a person).
pub fn stands_for_one_person(phrase: &str) -> bool {
    let lower = phrase.trim().to_lowercase();
    match lower.as_str() {
        "dia" | "ia" | "beliau" | "dirinya" | "he" | "she" | "his" | "her" => true,
        "pihaknya" => false,
        word => word.len() > 3 && word.ends_with("nya") && !word.contains(char::is_whitespace),
    }
}

/// Where the personal pronoun lies in a speaker phrase that is only that pronoun and adverbs around it:
/// "Buru-buru ia", "ia segera", "dia singkat", "Mereka selanjutnya" (byte range within `phrase`).
pub fn pronoun_within(phrase: &str) -> Option<std::ops::Range<usize>> {
    const PERSONAL: &[&str] = &["dia", "ia", "beliau", "dirinya", "mereka"];
    let words: Vec<(usize, &str)> = phrase
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - phrase.as_ptr() as usize, w))
        .collect();
    if !(2..=3).contains(&words.len()) {
        return None;
    }
    let mut pronouns = words
        .iter()
        .enumerate()
        .filter(|(_, (_, w))| PERSONAL.contains(&w.to_lowercase().as_str()));
    let (k, &(at, word)) = pronouns.next()?;
    // Other words in capitals after the first are a name ("dia Budi"), and the adverbs are lower-case words.
    let adverbs_only = pronouns.next().is_none()
        && words.iter().enumerate().all(|(j, (_, w))| {
            j == k
                || (j == 0 || !w.starts_with(char::is_uppercase))
                    && w.chars().all(|c| c.is_alphabetic() || c == '-')
        });
    adverbs_only.then(|| at..at + word.len())
}

/// True for a phrase that stands for a group named before, or for part of one: "mereka", "keduanya",
/// "beberapa di antaranya", "salah satunya", "salah seorang di antara mereka", "sebagian dari mereka".
pub fn is_group_reference(phrase: &str) -> bool {
    let lower = phrase.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    match words.as_slice() {
        [one] => matches!(
            *one,
            "mereka" | "keduanya" | "ketiganya" | "semuanya" | "kesemuanya"
        ),
        [.., "di", "antaranya"] | [.., "di", "antara", "mereka"] | [.., "dari", "mereka"] => true,
        ["salah", "satunya"] | ["salah", "seorangnya"] => true,
        _ => false,
    }
}

/// The group named last before byte `before` in `text`, within a few sentences: "para pengungsi", "dua
/// pejabat AS", "sejumlah warga". A group opens with "para", "sejumlah", "beberapa" or a number and runs
/// over the nouns after it, to a comma, a relative clause or a verb.
pub fn group_before(text: &str, before: usize) -> Option<std::ops::Range<usize>> {
    const OPENERS: &[&str] = &[
        "para", "sejumlah", "beberapa", "kedua", "ketiga", "dua", "tiga", "empat", "lima", "enam",
        "tujuh", "delapan", "sembilan", "sepuluh", "puluhan", "ratusan", "ribuan",
    ];
    let (start, tokens) = tokens_before(text, before)?;
    (0..tokens.len()).rev().find_map(|k| {
        let (offset, opener) = tokens[k];
        let lower = bare(opener);
        let number = lower.chars().all(|c| c.is_ascii_digit()) && !lower.is_empty();
        if !(OPENERS.contains(&lower.as_str()) || number)
            || opener.ends_with([',', '.', ';', ':'])
            || opener.starts_with(|c: char| c.is_uppercase()) && k > 0 && lower != "para"
        {
            return None;
        }
        noun_run_end(&tokens[k + 1..], true).map(|e| start + offset..start + e)
    })
}

/// The description named last before byte `before` in `text` whose head is the noun `phrase` stands for:
/// "Warga Kampung Baru Nelayan" for "warga", "Manajemen klub" for "manajemen", "pejabat Pentagon" for
/// "salah satu pejabat itu". Only a longer phrase counts, so a noun repeated alone points back to nothing.
pub fn described_before(text: &str, phrase: &str, before: usize) -> Option<std::ops::Range<usize>> {
    let lower = phrase.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let head = match words.as_slice() {
        [one] => *one,
        ["salah", "satu" | "seorang", head, "itu" | "tersebut"] | [head, "itu" | "tersebut"] => {
            *head
        }
        _ => return None,
    };
    if !is_person_noun(head) && !is_body_word(head) {
        return None;
    }
    let (start, tokens) = tokens_before(text, before)?;
    (0..tokens.len()).rev().find_map(|k| {
        let (offset, word) = tokens[k];
        if bare(word) != head || word.ends_with([',', '.', ';', ':']) {
            return None;
        }
        noun_run_end(&tokens[k + 1..], false).map(|e| start + offset..start + e)
    })
}

/// The words of the few sentences before byte `before` in `text`, with their offsets from the returned
/// start.
fn tokens_before(text: &str, before: usize) -> Option<(usize, Vec<(usize, &str)>)> {
    let mut start = before.saturating_sub(600).min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let window = text.get(start..before)?;
    let tokens = window
        .split_whitespace()
        .map(|t| (t.as_ptr() as usize - window.as_ptr() as usize, t))
        .collect();
    Some((start, tokens))
}

fn bare(token: &str) -> String {
    token
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Where the nouns of a phrase end among `tokens` (the words after its opener): up to four words, to a
/// comma, a relative clause, a preposition or a verb. After a number, a measure ("dua hari") is no noun.
fn noun_run_end(tokens: &[(usize, &str)], after_number: bool) -> Option<usize> {
    /// Words after a number that measure time or amount rather than count people.
    const MEASURES: &[&str] = &[
        "hari",
        "pekan",
        "minggu",
        "bulan",
        "tahun",
        "jam",
        "menit",
        "kali",
        "persen",
        "kilometer",
        "meter",
        "juta",
        "miliar",
        "ribu",
        "di",
        "dari",
        "hal",
    ];
    const STOPS: &[&str] = &[
        "yang", "dan", "di", "ke", "dari", "pada", "untuk", "dengan", "juga", "telah", "akan",
        "sudah", "tidak", "sebagai", "dalam", "atas", "oleh", "terhadap", "karena", "sejak",
        "saat", "bagi",
    ];
    let mut end = None;
    for (o, t) in tokens.iter().take(4) {
        let w = bare(t);
        let verb = (w.starts_with("me") || w.starts_with("ber") || w.starts_with("di"))
            && w.len() >= 6
            && !is_person_noun(&w)
            && !t.starts_with(|c: char| c.is_uppercase());
        let first = end.is_none();
        if w.is_empty()
            || STOPS.contains(&w.as_str())
            || verb
            || first && after_number && MEASURES.contains(&w.as_str())
            || Lexicon::for_lang("id").form(&w).is_some()
        {
            break;
        }
        end = Some(o + t.trim_end_matches(|c: char| !c.is_alphanumeric()).len());
        if t.ends_with([',', '.', ';', ':', ')']) || matches!(w.as_str(), "itu" | "tersebut") {
            break;
        }
    }
    end
}

/// True for a definite description that points back: "pejabat itu", "juru bicara tersebut", "the official".
pub fn is_definite_reference(phrase: &str) -> bool {
    let lower = phrase.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    matches!(words.last(), Some(&"itu") | Some(&"tersebut"))
        || (words.first() == Some(&"the")
            && words.len() <= 3
            && !is_capitalised(phrase.split_whitespace().nth(1).unwrap_or("")))
}

/// True for a definite description of a person, which points back to someone named before: "pria 70 tahun
/// itu", "Kiai sepuh itu", "perwira menengah itu"; not "laporan itu".
pub fn is_person_reference(phrase: &str) -> bool {
    let first = phrase
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    // "Haji Nurdin, pedagang beras yang berjualan di pasar itu" names its person; the "itu" is the market's.
    is_definite_reference(phrase) && is_person_noun(&first) && !phrase.contains(',')
}

/// The head noun of a definite description ("juru bicara" for "juru bicara itu").
pub fn definite_head(phrase: &str) -> String {
    phrase
        .split_whitespace()
        .filter(|w| !matches!(w.to_lowercase().as_str(), "itu" | "tersebut" | "the"))
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A speaker written as a role and a name in apposition, "Ketua Umum IAGI, Rovicky Dwi Putrohari" or "Rudi
/// Hartono, Kepala Bidang Pengairan": the person named. A list of names, "Ahmad Yani, Rudi Hartono dan Siti
/// Aminah", is a named person too, all of them: crediting one with what the group said would be wrong.
fn apposition(phrase: &str, text: &str, entities: &[Entity]) -> Option<Classified> {
    // "Kapolres Sleman, AKBP Budi Santoso": an honorific before a name is no part of it.
    let parts: Vec<Vec<&str>> = phrase
        .split(", ")
        .map(|p| {
            let words: Vec<&str> = p
                .split_whitespace()
                .filter(|w| !is_age_bracket(w))
                .collect();
            let titles = words
                .iter()
                .take_while(|w| is_honorific(&w.trim_end_matches('.').to_lowercase()))
                .count();
            words[titles.min(words.len().saturating_sub(1))..].to_vec()
        })
        .collect();
    if parts.len() < 2 || parts.iter().any(Vec::is_empty) {
        return None;
    }
    let named = |name: String| {
        Some(Classified {
            kind: SpeakerKind::NamedPerson,
            name: Some(name),
        })
    };
    // The last part may run on past its field into the body and the person ("…, dan Komunikasi
    // Kebencanaan BNPB Abdul Muhari").
    let listed = parts.last().is_some_and(|p| p.contains(&"dan"))
        && parts.iter().enumerate().all(|(k, p)| {
            p.len() <= if k + 1 == parts.len() { 8 } else { 5 }
                && p.iter()
                    .all(|w| is_capitalised(w) || matches!(*w, "dan" | "de" | "bin" | "van"))
        });
    // "Badan Meteorologi, Klimatologi, dan Geofisika", "Menteri Koordinator Bidang Politik, Hukum, dan
    // Keamanan Mahfud MD": a body or an office whose name lists its fields, no list of people.
    let first = parts[0]
        .first()
        .map(|w| w.to_lowercase())
        .unwrap_or_default();
    if listed && is_body_word(&first) {
        return Some(Classified {
            kind: SpeakerKind::Organization,
            name: Some(phrase.to_string()),
        });
    }
    if listed && is_person_title(&first) {
        return None;
    }
    if listed {
        return named(phrase.to_string());
    }
    // A part that is all name first (not a listed place: "…, Jawa Barat, Karsono"); then a title and one
    // name ("dr Taufik"); then a part that ends in a name.
    let whole = parts
        .iter()
        .filter(|p| !warta_ner::gazetteer::is_listed_place(&p.join(" ")))
        .find_map(|p| person_name(p, entities).filter(|n| n.split_whitespace().count() == p.len()));
    let titled = || {
        parts.iter().find_map(|p| match p.as_slice() {
            [.., title, name] if is_capitalised(name) && is_role_word(&title.to_lowercase()) => {
                Some(name.to_string())
            }
            _ => None,
        })
    };
    // "ajun komisaris besar polisi Adi Vivid": a rank written out in lower case, then the name.
    let ranked = || {
        parts.iter().find_map(|p| {
            let rank = p.iter().take_while(|w| !is_capitalised(w)).count();
            let name = &p[rank..];
            (rank > 0
                && (1..=3).contains(&name.len())
                && p[..rank].iter().any(|w| is_role_word(&w.to_lowercase()))
                && name
                    .iter()
                    .all(|w| is_capitalised(w) && !is_body_word(&w.to_lowercase())))
            .then(|| name.join(" "))
        })
    };
    // "Kepala Laboratorium Kesehatan Daerah Jawa Tengah, Triwahyuni": one word set off after a role is the
    // name in apposition, even where the tagger took a rare name for a place; not a listed place or a body.
    let set_off = || {
        let [.., role, last] = parts.as_slice() else {
            return None;
        };
        let [name] = last.as_slice() else {
            return None;
        };
        (is_capitalised(name)
            && role.iter().any(|w| is_role_word(&w.to_lowercase()))
            && is_name_word(name, phrase, &[])
            && !warta_ner::gazetteer::is_listed_place(name)
            && !is_entity(&name.to_lowercase(), entities, &["ORGANIZATION"]))
        .then(|| name.to_string())
    };
    let name = whole
        .or_else(titled)
        .or_else(ranked)
        .or_else(|| {
            parts
                .iter()
                .filter(|p| !warta_ner::gazetteer::is_listed_place(&p.join(" ")))
                .find_map(|p| person_name(p, entities))
        })
        .or_else(set_off)?;
    named(full_name(&name, text, entities))
}

/// Capitalised words that open the name of a place rather than of a person: "Pasar Kramat", "Desa
/// Sukamaju", "Rumah Sakit Fatmawati".
const PLACE_HEADS: &[&str] = &[
    "desa",
    "dusun",
    "kampung",
    "kelurahan",
    "kecamatan",
    "kabupaten",
    "kota",
    "provinsi",
    "wilayah",
    "kawasan",
    "daerah",
    "pasar",
    "jalan",
    "jl",
    "gang",
    "pulau",
    "gunung",
    "sungai",
    "danau",
    "pantai",
    "taman",
    "bandara",
    "pelabuhan",
    "stasiun",
    "terminal",
    "rumah",
    "sakit",
    "rs",
    "rsud",
    "puskesmas",
    "masjid",
    "gereja",
    "sekolah",
    "kampus",
    "pondok",
    "pesantren",
    "perumahan",
    "kompleks",
    "hotel",
];

/// Prepositions that make the capitalised words after them a place or a body: "pedagang di Pasar Kramat",
/// "warga asal Garut", "an official from Kyiv".
const PLACE_PREPOSITIONS: &[&str] = &[
    "di", "dari", "ke", "asal", "dekat", "sekitar", "at", "in", "from", "of", "near",
];

/// True for the field of an office in its name, "Dinas Pertanian", "Badan Kepegawaian", "Kementerian
/// Kesehatan": Indonesian fields are nouns made with per-/pe-/ke- … -an, which personal names are not, and a
/// few bare nouns.
fn is_office_field(lower: &str) -> bool {
    const BARE_FIELDS: &[&str] = &[
        "sosial",
        "pariwisata",
        "agama",
        "pangan",
        "energi",
        "hukum",
        "lingkungan",
        "hidup",
        "umum",
        "pajak",
        "statistik",
        "koperasi",
        "olahraga",
        "pemuda",
        "narkotika",
        "nasional",
    ];
    // "perekonomian", "kesehatan": an affixed noun the stemmer brings to a root ("Kerrigan" it does not).
    let affixed = lower.ends_with("an")
        && lower.chars().count() >= 8
        && ["per", "pen", "pem", "peng", "peny", "ke"]
            .iter()
            .any(|p| lower.starts_with(p))
        && warta_stem::indonesian::stem(lower) != lower;
    affixed || BARE_FIELDS.contains(&lower)
}

/// True for a word that can be part of a personal name inside `phrase`: capitalised, and not a title, an
/// office, a place, a body, an acronym or a noun for people.
fn is_name_word(word: &str, phrase: &str, entities: &[Entity]) -> bool {
    let lower = word.to_lowercase();
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    is_capitalised(word)
        && !is_role_word(bare)
        && !PLACES.contains(&bare)
        && !PLACE_HEADS.contains(&bare)
        && !is_body_word(bare)
        && !is_person_noun(bare)
        && !is_acronym_word(bare, phrase)
        && !is_entity(bare, entities, &["LOCATION", "ORGANIZATION"])
}

/// The personal name at the end of a phrase: the capitalised words after the titles, offices and places
/// ("Sergei Lavrov" in "Menteri Luar Negeri Rusia Sergei Lavrov", "Sumarno" in "Kepala Dinas Pertanian
/// Sumarno"). Capitalised words after "di" or "dari" name a place ("pedagang di Pasar Kramat"). A single
/// word counts when the phrase is that word alone or the entities know it as a person's name.
fn person_name(words: &[&str], entities: &[Entity]) -> Option<String> {
    // "Pengamat politik dari Universitas Indonesia Arbi Sanit", "Ketua DPD Golkar Budi Santoso", "Ketua
    // Komisi X DPR Mahyudin NS": a person of two words or more that the tagger found at the end is the name,
    // whatever office, body or place precedes. Not a span that opens with an office ("Dinas Pertanian Sumarno": the tagger ran over it)
    // and not one after a given name or before an initial the tagger left out ("Sonya A. Zoghlin").
    let phrase = words.join(" ");
    let tagged = (2..=words.len().min(4)).rev().find(|&n| {
        let (before, tail) = words.split_at(words.len() - n);
        let first = tail[0].to_lowercase();
        let first = first.trim_matches(|c: char| !c.is_alphanumeric());
        let opens_office = is_role_word(first)
            || is_body_word(first)
            || PLACES.contains(&first)
            || PLACE_HEADS.contains(&first);
        let initial = first.chars().count() == 1;
        tail.iter().all(|w| is_capitalised(w))
            && !opens_office
            && !initial
            && before
                .last()
                .is_none_or(|w| !warta_ner::gazetteer::is_first_name(w))
            && is_entity(&tail.join(" ").to_lowercase(), entities, &["PERSON"])
    });
    if let Some(n) = tagged {
        return Some(words[words.len() - n..].join(" "));
    }
    // "pedagang di Pasar Kramat" names a place, "Rekan peneliti Roger Webb dari Universitas Manchester" a
    // person before it: a name ends before the first "di" or "dari".
    if let Some(p) = words
        .iter()
        .position(|w| PLACE_PREPOSITIONS.contains(w) && !is_capitalised(w))
    {
        return person_name(&words[..p], entities);
    }
    // A piece of an office's name standing alone is a name: "kata Agung" (but "Jaksa Agung").
    let piece_alone = matches!(words, [w] if is_capitalised(w)
        && OFFICE_PIECES.contains(&w.to_lowercase().trim_matches(|c: char| !c.is_alphanumeric())));
    let mut start = words
        .iter()
        .rposition(|w| !(piece_alone || is_name_word(w, &phrase, entities)))
        .map_or(0, |k| k + 1);
    // The field of an office runs on after its title or body, "Kepala Dinas Pertanian Sumarno": it is not
    // part of the name after it. A name made of nothing else ("Senator Kerrigan") stays whole.
    let bare = |w: &str| {
        w.to_lowercase()
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string()
    };
    while start > 0 && start + 1 < words.len() && is_office_field(&bare(words[start])) {
        let before = bare(words[start - 1]);
        if !(is_role_word(&before) || is_body_word(&before) || is_office_field(&before)) {
            break;
        }
        start += 1;
    }
    let tail = &words[start..];
    let lower = tail.join(" ").to_lowercase();
    let known_person = is_entity(&lower, entities, &["PERSON"])
        || entities
            .iter()
            .any(|e| e.kind == "PERSON" && e.name.to_lowercase().ends_with(&format!(" {lower}")));
    // "Gubernur Jawa Tengah", "Kepala Divisi Propam": the place or body of an office, no person's name.
    let first = tail
        .first()
        .map(|w| w.to_lowercase().trim_end_matches('.').to_string())
        .unwrap_or_default();
    // "Ketua KPU Provinsi Jawa Barat", "Menteri Koordinator Bidang Perekonomian": a listed place, or the
    // field of an office, ends no personal name.
    let place_or_body = !known_person
        && tail.len() < words.len()
        && (is_entity(&lower, entities, &["LOCATION", "ORGANIZATION"])
            || warta_ner::gazetteer::is_listed_place(&lower)
            || tail.last().is_some_and(|w| is_office_field(&bare(w)))
            || PLACE_HEADS.contains(&first.as_str())
            || is_body_word(&first));
    match tail.len() {
        0 => None,
        1 if words.len() == 1 || known_person => Some(tail[0].to_string()),
        1 => None,
        _ if place_or_body => None,
        _ => Some(tail.join(" ")),
    }
}

/// The canonical name of the person entity `name` is a mention of; else, for a one-word name, its fullest
/// form: the person entity or earlier capitalised sequence in `text` that ends in it ("Jens Stoltenberg" for
/// "Stoltenberg"), made only of words that can be part of a name.
/// True for an age in brackets, as news writes it after a name ("Euis (45)"), with what punctuation follows.
pub(super) fn is_age_bracket(token: &str) -> bool {
    let Some(rest) = token.strip_prefix('(') else {
        return false;
    };
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    (1..=3).contains(&digits) && rest[digits..].starts_with(')')
}

fn full_name(name: &str, text: &str, entities: &[Entity]) -> String {
    // The person the entity step made this mention part of, by their canonical name: "Retno" of "Retno
    // Marsudi", "Jokowi" of "Joko Widodo", "Volodymyr Zelenskiy" of "Volodymyr Zelensky".
    let merged = entities
        .iter()
        .find(|e| e.kind == "PERSON" && e.mentions.iter().any(|m| m.text == name));
    if let Some(person) = merged.filter(|p| p.name.contains(' ') || !name.contains(' ')) {
        return person.name.clone();
    }
    if name.contains(' ') {
        return name.to_string();
    }
    let from_entities = entities
        .iter()
        .filter(|e| e.kind == "PERSON")
        .map(|e| e.name.as_str())
        .filter(|n| {
            n.len() > name.len()
                && n.ends_with(name)
                && n[..n.len() - name.len()].ends_with(' ')
                && n.split_whitespace().all(|w| is_name_word(w, n, entities))
                && n[..n.len() - name.len()]
                    .split_whitespace()
                    .all(|w| !opens_sentence_only(w, text))
        })
        .max_by_key(|n| n.len());
    if let Some(full) = from_entities {
        return full.to_string();
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, word) in words.iter().enumerate() {
        if word.trim_end_matches(|c: char| !c.is_alphanumeric()) != name || i == 0 {
            continue;
        }
        let mut start = i;
        while start > 0 && i - start < 2 {
            let prev = words[start - 1];
            let bare = prev.to_lowercase();
            if !is_name_word(prev, prev, entities)
                || opens_sentence_only(prev, text)
                || is_office_field(&bare)
                || Lexicon::for_lang("und").form(&bare).is_some()
                // "Dilansir Popsugar, …": an outlet's note opening the sentence is no part of the name.
                || Lexicon::for_lang("und").is_source_note(&bare)
                || prev.ends_with([',', '.', ':'])
            {
                break;
            }
            start -= 1;
        }
        if start < i {
            return words[start..=i]
                .iter()
                .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
                .collect::<Vec<_>>()
                .join(" ");
        }
    }
    name.to_string()
}

/// English words that stand for people without naming them: "Another said …", "Others reported …".
const GROUP_WORDS: &[&str] = &[
    "another", "others", "many", "some", "several", "both", "most", "few",
];

/// English words of no content: determiners, prepositions, conjunctions and sentence adverbs. A speaker
/// phrase made only of them ("The", "In", "That", "Moreover") is a misread sentence opening.
const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "my",
    "our",
    "your",
    "its",
    "every",
    "no",
    "in",
    "on",
    "at",
    "over",
    "after",
    "before",
    "during",
    "since",
    "until",
    "from",
    "by",
    "with",
    "into",
    "about",
    "under",
    "through",
    "across",
    "within",
    "why",
    "how",
    "when",
    "where",
    "what",
    "which",
    "while",
    "though",
    "although",
    "as",
    "if",
    "because",
    "unless",
    "moreover",
    "however",
    "meanwhile",
    "furthermore",
    "also",
    "still",
    "then",
    "now",
    "shortly",
    "later",
    "earlier",
    "there",
    "here",
    "so",
    "yet",
    "nor",
    "or",
    "and",
    "but",
    "not",
];

/// English auxiliaries and copulas: "did propose" has no subject in it, and a subject running on in lower
/// case ("Two federal prison officers were …") ends at one.
pub(super) const AUXILIARY_WORDS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "do", "does", "did", "has", "have", "had", "will",
    "would", "can", "could", "may", "might", "should", "must",
];

/// Whether `phrase` names nobody who could have spoken: only function words or auxiliaries ("That", "the",
/// "did"), the reader ("you", "You’ll"), nobody ("Nothing indicated …", "no one"), or a run of headlines
/// ("… | Senators").
pub fn names_nobody(phrase: &str) -> bool {
    let mut words = phrase.split_whitespace().peekable();
    let lower = phrase.to_lowercase();
    words.peek().is_some()
        && (phrase.contains('|')
            || matches!(lower.as_str(), "nothing" | "nobody" | "none" | "no one")
            || words.all(|w| {
                let lower = w.to_lowercase();
                let bare =
                    lower.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
                let bare = without_contraction(bare);
                FUNCTION_WORDS.contains(&bare) || AUXILIARY_WORDS.contains(&bare) || bare == "you"
            }))
}

/// A capitalised word that only a sentence start explains, never the first name of a person: a function
/// word ("Because Dempsey"), or an everyday word that is a gerund ("Hosting Cook") or that `text` writes in
/// lower case too ("Recent Samsung"). ("Dan McDowell" stays whole: "dan" is everyday only in Indonesian.)
fn opens_sentence_only(word: &str, text: &str) -> bool {
    let lower = word.to_lowercase();
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    FUNCTION_WORDS.contains(&bare)
        || crate::entity::is_everyday_word(bare)
            && !is_first_name(bare)
            && (bare.ends_with("ing") || written_in_lower_case(bare, text))
}

/// English words that open a clause or a time before its subject: "When Afghan President Ashraf Ghani
/// announced …", "As Emily Feng reports", "Last week State Department official David Holmes revealed …".
const LEAD_WORDS: &[&str] = &[
    "when", "while", "though", "although", "as", "if", "because", "since", "whereas", "unless",
    "and", "but", "so",
];
const TIME_WORDS: &[&str] = &[
    "week", "month", "year", "night", "weekend", "spring", "summer", "fall",
];

/// How many bytes of `phrase` the subordinator or time phrase that opens it takes ("When ", "Last week
/// "); 0 when nothing opens it or nothing would remain.
pub fn lead_len(phrase: &str) -> usize {
    let mut cut = 0;
    let mut rest = phrase;
    loop {
        let word = rest.split_whitespace().next().unwrap_or("");
        let lower = word.to_lowercase();
        let skip = if LEAD_WORDS.contains(&lower.as_str()) {
            word.len()
        } else if matches!(lower.as_str(), "last" | "this" | "next") {
            let after = rest[word.len()..].trim_start();
            let next = after.split_whitespace().next().unwrap_or("");
            if !TIME_WORDS.contains(&next.to_lowercase().as_str()) {
                break;
            }
            rest.len() - after.len() + next.len()
        } else {
            break;
        };
        let after = rest[skip..].trim_start();
        if after.is_empty() {
            break;
        }
        cut += rest.len() - after.len();
        rest = after;
    }
    cut
}

/// Nouns that end like adverbs: "the family", "the assembly" keep them.
const LY_NOUNS: &[&str] = &[
    "family",
    "assembly",
    "supply",
    "rally",
    "ally",
    "monopoly",
    "anomaly",
    "daily",
    "weekly",
    "quarterly",
    "bully",
    "belly",
    "jelly",
    "italy",
];

/// How many bytes at the end of `phrase` an English adverb takes ("Users rightly", "he barely"); 0 when
/// none does or nothing would remain.
pub fn trailing_adverb_len(phrase: &str) -> usize {
    let Some((head, last)) = phrase.trim_end().rsplit_once(' ') else {
        return 0;
    };
    let adverb = last.len() > 4
        && last.ends_with("ly")
        && last.chars().all(|c| c.is_ascii_lowercase())
        && !LY_NOUNS.contains(&last);
    if adverb && !head.trim().is_empty() {
        phrase.len() - head.trim_end().len()
    } else {
        0
    }
}

/// `lower` without an English contraction after it: "we've" → "we", "i’m" → "i".
fn without_contraction(lower: &str) -> &str {
    lower
        .split_once(['\'', '’'])
        .filter(|(_, tail)| matches!(*tail, "ve" | "m" | "ll" | "d" | "re" | "s"))
        .map_or(lower, |(head, _)| head)
}

/// Whether `text` writes `lower` (a lower-cased word) in lower case somewhere, as a whole word.
fn written_in_lower_case(lower: &str, text: &str) -> bool {
    !lower.is_empty()
        && text.match_indices(lower).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + lower.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

fn is_capitalised(word: &str) -> bool {
    word.chars()
        .find(|c| c.is_alphabetic())
        .is_some_and(char::is_uppercase)
}

/// An all-capitals word of two or more letters in the original phrase ("AS", "NATO").
fn is_acronym_word(lower: &str, phrase: &str) -> bool {
    lower.chars().count() >= 2
        && phrase.split_whitespace().any(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
            bare.to_lowercase() == lower
                && bare.chars().any(char::is_uppercase)
                && bare.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
        })
}

fn is_entity(lower: &str, entities: &[Entity], kinds: &[&str]) -> bool {
    !lower.is_empty()
        && entities.iter().any(|e| {
            kinds.contains(&e.kind.as_str())
                && (e.name.to_lowercase() == lower
                    || e.mentions.iter().any(|m| m.text.to_lowercase() == lower))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_noun_alone_points_back_to_a_longer_description_before() {
        fn described<'t>(text: &'t str, phrase: &str, at: &str) -> Option<&'t str> {
            let before = text.rfind(at).unwrap_or(text.len());
            described_before(text, phrase, before).and_then(|r| text.get(r))
        }
        let text = "Warga Kampung Baru Nelayan, Kota Medan, mengeluhkan sampah. Sampah itu, menurut warga, lama.";
        assert_eq!(
            described(text, "warga", "warga,"),
            Some("Warga Kampung Baru Nelayan")
        );
        let text = "Dua pejabat Pentagon mengatakan hal itu. Salah satu pejabat itu menambahkan …";
        assert_eq!(
            described(text, "Salah satu pejabat itu", "Salah"),
            Some("pejabat Pentagon")
        );
        // A noun followed by its verb describes nothing; nor does a phrase that is not a role.
        let text = "Polisi menangkap pelaku. Menurut polisi, pelaku sudah lama diincar.";
        assert_eq!(described(text, "polisi", "polisi,"), None);
        assert_eq!(described(text, "Budi Santoso", "polisi,"), None);
    }
    use warta_model::Mention;

    #[test]
    fn a_cue_of_news_makes_an_outlet() {
        use SpeakerKind::{NamedPerson, Organization, Outlet, Pronoun};
        for (cue, phrase, kind, want) in [
            ("Dilansir", "Digital Trends", Organization, Outlet),
            ("seperti diberitakan", "Phonearena", NamedPerson, Outlet),
            ("Dilaporkan oleh", "Phonearena", Organization, Outlet),
            ("melansir", "Cosmopolitan", Organization, Outlet),
            ("mengabarkan", "Balkan Insight", Organization, Outlet),
            // A person or a pronoun is no outlet by an active verb; other cues say nothing.
            ("melansir", "Budi", NamedPerson, NamedPerson),
            ("dilansir", "dia", Pronoun, Pronoun),
            ("mengatakan", "Digital Trends", Organization, Organization),
            // A body named by what it is stays one.
            (
                "melansir",
                "Institute for Policy Analysis of Conflict",
                Organization,
                Organization,
            ),
            (
                "Dilansir dari",
                "Pemkab Sumedang",
                Organization,
                Organization,
            ),
        ] {
            assert_eq!(kind_by_cue(cue, phrase, kind), want, "{cue} {phrase}");
        }
    }

    #[test]
    fn kinds_and_names() {
        let text = "Sekretaris Jenderal NATO Jens Stoltenberg enggan. Zelenskyy.";
        let cases = [
            (
                "Menteri Luar Negeri Rusia Sergei Lavrov",
                SpeakerKind::NamedPerson,
                Some("Sergei Lavrov"),
            ),
            (
                "Stoltenberg",
                SpeakerKind::NamedPerson,
                Some("Jens Stoltenberg"),
            ),
            ("John Kirby", SpeakerKind::NamedPerson, Some("John Kirby")),
            // A body whose name lists its fields is no list of people.
            (
                "Badan Meteorologi, Klimatologi, dan Geofisika",
                SpeakerKind::Organization,
                Some("Badan Meteorologi, Klimatologi, dan Geofisika"),
            ),
            ("seorang pejabat AS", SpeakerKind::Anonymous, None),
            ("sumber-sumber Libanon", SpeakerKind::Anonymous, None),
            (
                "seorang warga yang meminta identitasnya dirahasiakan",
                SpeakerKind::Anonymous,
                None,
            ),
            (
                "seorang pejabat yang tidak mau disebutkan namanya",
                SpeakerKind::Anonymous,
                None,
            ),
            ("Pejabat di Kyiv", SpeakerKind::Anonymous, None),
            ("Diplomat Eropa lainnya", SpeakerKind::Anonymous, None),
            (
                "pejabat AS yang tidak disebutkan namanya",
                SpeakerKind::Anonymous,
                None,
            ),
            (
                "Politico Eropa",
                SpeakerKind::Outlet,
                Some("Politico Eropa"),
            ),
            (
                "Wall Street Journal",
                SpeakerKind::Outlet,
                Some("Wall Street Journal"),
            ),
            ("Dia", SpeakerKind::Pronoun, None),
            ("Kyiv", SpeakerKind::Organization, Some("Kyiv")),
            ("negara itu", SpeakerKind::Organization, Some("negara itu")),
            // A body by a common noun for it.
            ("Polisi", SpeakerKind::Organization, None),
            ("pihak berwenang", SpeakerKind::Organization, None),
            ("the police", SpeakerKind::Organization, None),
            ("Walikota Moskow", SpeakerKind::RoleOrDescription, None),
            // A piece of an office's name alone is a name; after its title, an office.
            ("Agung", SpeakerKind::NamedPerson, Some("Agung")),
            ("Jaksa Agung", SpeakerKind::RoleOrDescription, None),
            ("gubernur setempat", SpeakerKind::RoleOrDescription, None),
            (
                "Seorang juru bicara Departemen Luar Negeri AS",
                SpeakerKind::RoleOrDescription,
                None,
            ),
            ("analis militer", SpeakerKind::RoleOrDescription, None),
            (
                "the State Department",
                SpeakerKind::Organization,
                Some("the State Department"),
            ),
            // Outlets by name, and sites credited by name; a body's own site stays no outlet.
            ("Variety", SpeakerKind::Outlet, Some("Variety")),
            ("laman Examiner", SpeakerKind::Outlet, Some("Examiner")),
            (
                "laman resmi kementerian",
                SpeakerKind::RoleOrDescription,
                None,
            ),
            // A body by a collective noun, or its side; a family's side is people.
            ("pihak rumah sakit", SpeakerKind::Organization, None),
            ("Kelompok tersebut", SpeakerKind::Organization, None),
            ("Pihak keluarga", SpeakerKind::RoleOrDescription, None),
            ("Tim Cook", SpeakerKind::NamedPerson, Some("Tim Cook")),
            (
                "Tim Pemenangan",
                SpeakerKind::Organization,
                Some("Tim Pemenangan"),
            ),
            // A listed place or the field of an office ends no personal name.
            (
                "Ketua KPU Provinsi Jawa Barat",
                SpeakerKind::RoleOrDescription,
                None,
            ),
            (
                "Menteri Koordinator Bidang Perekonomian",
                SpeakerKind::RoleOrDescription,
                None,
            ),
        ];
        for (phrase, kind, name) in cases {
            let got = classify(phrase, text, &[]);
            assert_eq!((got.kind, got.name.as_deref()), (kind, name), "{phrase}");
        }
    }

    #[test]
    fn a_bare_role_names_the_one_person_given_it() {
        let person = |name: &str, roles: &[&str]| Entity {
            name: name.to_string(),
            kind: "PERSON".to_string(),
            roles: roles.iter().map(|r| r.to_string()).collect(),
            mentions: Vec::new(),
        };
        let biden = [person("Joe Biden", &["Presiden AS"])];
        let named = |phrase: &str, entities: &[Entity]| classify(phrase, "", entities).name;
        assert_eq!(named("Presiden", &biden).as_deref(), Some("Joe Biden"));
        assert_eq!(named("Presiden AS", &biden).as_deref(), Some("Joe Biden"));
        assert_eq!(named("Presiden Prancis", &biden), None);
        assert_eq!(named("Menteri", &biden), None);
        // Two presidents: "Presiden" alone could be either.
        let both = [
            person("Joe Biden", &["Presiden AS"]),
            person("Volodymyr Zelenskyy", &["Presiden Ukraina"]),
        ];
        assert_eq!(named("Presiden", &both), None);
        assert_eq!(
            named("Presiden Ukraina", &both).as_deref(),
            Some("Volodymyr Zelenskyy")
        );
    }

    #[test]
    fn a_name_is_never_a_place_or_an_office() {
        let person = |name: &str| Entity {
            name: name.to_string(),
            kind: "PERSON".to_string(),
            roles: Vec::new(),
            mentions: Vec::new(),
        };
        // The entity tagger's own spans may run over the office; the name still stops at the person.
        let tagged = [person("Dinas Pertanian Sumarno")];
        // A person the tagger found after a body's name ("DPD Golkar") is the name; a given name it left
        // out ("Sonya") stays in it.
        let body = |name: &str| Entity {
            kind: "ORGANIZATION".to_string(),
            mentions: vec![Mention {
                text: name.to_string(),
                start: 0,
                end: 0,
            }],
            ..person(name)
        };
        let after_body = [body("DPD Golkar"), person("Budi Santoso")];
        let short = [person("A. Zoghlin")];
        let place = [Entity {
            kind: "LOCATION".to_string(),
            ..body("Jawa Tengah")
        }];
        let airline = [body("Hainan Airlines")];
        let after_university = [body("Universitas Indonesia"), person("Arbi Sanit")];
        let initials = [person("SBY")];
        // A rare name the tagger took for a place, set off after a role.
        let misread = [Entity {
            kind: "LOCATION".to_string(),
            ..body("Triwahyuni")
        }];
        let places = [
            Entity {
                kind: "LOCATION".to_string(),
                ..body("Jawa Tengah")
            },
            Entity {
                kind: "LOCATION".to_string(),
                ..body("Semarang")
            },
        ];
        let cases: [(&str, &[Entity], SpeakerKind, Option<&str>); 21] = [
            (
                "Kepala Laboratorium Kesehatan Daerah Jawa Tengah, Triwahyuni",
                &misread,
                SpeakerKind::NamedPerson,
                Some("Triwahyuni"),
            ),
            (
                "Kepala Dinas Pariwisata Jawa Tengah, Semarang",
                &places,
                SpeakerKind::RoleOrDescription,
                None,
            ),
            // Initials the tagger reads as a person; an acronym it does not stays a body.
            ("SBY", &initials, SpeakerKind::NamedPerson, Some("SBY")),
            ("KPK", &[], SpeakerKind::Organization, Some("KPK")),
            // A person the tagger found after a place's or body's name ends the phrase, even after "dari".
            (
                "Pengamat politik dari Universitas Indonesia Arbi Sanit",
                &after_university,
                SpeakerKind::NamedPerson,
                Some("Arbi Sanit"),
            ),
            // The place or body an office serves is no name; a body the tagger names is a body.
            (
                "Gubernur Jawa Tengah",
                &place,
                SpeakerKind::RoleOrDescription,
                None,
            ),
            (
                "Kepala Divisi Propam",
                &[],
                SpeakerKind::RoleOrDescription,
                None,
            ),
            (
                "Hainan Airlines",
                &airline,
                SpeakerKind::Organization,
                Some("Hainan Airlines"),
            ),
            (
                "Ketua DPD Golkar Budi Santoso",
                &after_body,
                SpeakerKind::NamedPerson,
                Some("Budi Santoso"),
            ),
            (
                "Sonya A. Zoghlin",
                &short,
                SpeakerKind::NamedPerson,
                Some("Sonya A. Zoghlin"),
            ),
            (
                "Seorang pedagang di Pasar Kramat",
                &[],
                SpeakerKind::RoleOrDescription,
                None,
            ),
            // A name stands before the place its bearer comes from; a rank stays out of it.
            (
                "Rekan peneliti Roger Webb dari Universitas Manchester",
                &[],
                SpeakerKind::NamedPerson,
                Some("Roger Webb"),
            ),
            (
                "Kapolda Jatim Irjen Luki Hermawan",
                &[],
                SpeakerKind::NamedPerson,
                Some("Luki Hermawan"),
            ),
            (
                "Komite Olimpiade Internasional",
                &[],
                SpeakerKind::Organization,
                Some("Komite Olimpiade Internasional"),
            ),
            (
                "Seorang pengunjung Taman Mini",
                &[],
                SpeakerKind::RoleOrDescription,
                None,
            ),
            (
                "Kepala Dinas Pertanian Sumarno",
                &tagged,
                SpeakerKind::NamedPerson,
                Some("Sumarno"),
            ),
            (
                "Menteri Kesehatan Budi Gunadi Sadikin",
                &[],
                SpeakerKind::NamedPerson,
                Some("Budi Gunadi Sadikin"),
            ),
            (
                "Kepala Dinas Lingkungan Hidup Rina Wulandari",
                &[],
                SpeakerKind::NamedPerson,
                Some("Rina Wulandari"),
            ),
            (
                "Warga Desa Sukamaju, Budi Santoso",
                &[],
                SpeakerKind::NamedPerson,
                Some("Budi Santoso"),
            ),
            // A surname that looks like an office field is still a name when nothing else is.
            (
                "Senator Kerrigan",
                &[],
                SpeakerKind::RoleOrDescription,
                None,
            ),
            (
                "Senator Joan Kerrigan",
                &[],
                SpeakerKind::NamedPerson,
                Some("Joan Kerrigan"),
            ),
        ];
        for (phrase, entities, kind, name) in cases {
            let got = classify(phrase, phrase, entities);
            assert_eq!((got.kind, got.name.as_deref()), (kind, name), "{phrase}");
        }
    }

    #[test]
    fn definite_references() {
        assert!(is_definite_reference("pejabat itu"));
        assert!(is_definite_reference("Pejabat tersebut"));
        assert!(is_definite_reference("the official"));
        assert!(!is_definite_reference("the White House"));
        assert_eq!(definite_head("juru bicara itu"), "juru bicara");
    }
}
