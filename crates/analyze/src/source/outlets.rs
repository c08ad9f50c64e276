//! Outlet names: which words name a news outlet, in full ("Wall Street Journal"), by pattern ("harian
//! Kompas", "Los Angeles Times") or for short ("Journal", "BI") once the full name is known.

use std::sync::LazyLock;

use crate::entity::gazetteer::{Kind, GAZETTEER};

/// Well-known outlets that are quoted as sources, on top of the gazetteer's outlets. Also short forms that
/// only ever name an outlet when they open a speaker phrase ("Journal melaporkan").
const WELL_KNOWN: &[&str] = &[
    "New York Times",
    "Washington Post",
    "Wall Street Journal",
    "Journal",
    "Politico",
    "Reuters",
    "Associated Press",
    "AP",
    "AFP",
    "Agence France-Presse",
    "Bloomberg",
    "CNN",
    "BBC",
    "Al Jazeera",
    "Guardian",
    "The Guardian",
    "Financial Times",
    "Axios",
    "NBC",
    "CBS",
    "ABC News",
    "Fox News",
    "Sky News",
    "Business Insider",
    "Kompas",
    "Tempo",
    "Antara",
    "Detik",
    "detikcom",
    "CNBC",
    "Kyodo",
    "Xinhua",
    "TASS",
    "RIA Novosti",
    "Interfax",
    "Yonhap",
    "Nikkei",
    "Le Monde",
    "Der Spiegel",
    "Haaretz",
    "Times of Israel",
    "The Economist",
    "Economist",
    "Tribun",
    "Liputan6",
    "Republika",
    "Jakarta Post",
    "Straits Times",
    "South China Morning Post",
    "Telegraph",
    "Newsweek",
    "NPR",
    "Voice of America",
    "VOA",
    "Deutsche Welle",
    "Sputnik",
    "Al Arabiya",
    "Kyiv Independent",
    // Indonesian outlets, by the names their reports are credited with.
    "Kompas.com",
    "Kompas TV",
    "Koran Tempo",
    "Tempo.co",
    "Detik.com",
    "Tribunnews",
    "Tribunnews.com",
    "Okezone",
    "Kumparan",
    "kumparan",
    "Liputan6.com",
    "Suara.com",
    "Merdeka.com",
    "IDN Times",
    "Katadata",
    "Sindonews",
    "Jawa Pos",
    "Kontan",
    "Metro TV",
    "TVRI",
    "RRI",
    "Republika.co.id",
    "Jakarta Globe",
    // International outlets often cited in Indonesian news.
    "Anadolu",
    "Bernama",
    "NHK",
    "Asahi Shimbun",
    "Yomiuri Shimbun",
    "Global Times",
    "CCTV",
    "IRNA",
    "Press TV",
    "WAFA",
    "Euronews",
    "France 24",
    "Channel News Asia",
    "CNA",
    "Arab News",
    "Jerusalem Post",
    "Middle East Eye",
    "Ukrainska Pravda",
    "Kommersant",
    "Izvestia",
    "Meduza",
    "Huffington Post",
    "HuffPost",
    "USA Today",
    "The Hill",
    "Daily Mail",
    "Sydney Morning Herald",
    "Bangkok Post",
    "Times of India",
    "Nikkei Asia",
    "Semafor",
    "ProPublica",
    // Technology, entertainment, sport and lifestyle outlets that Indonesian sites credit.
    "The Verge",
    "Engadget",
    "TechCrunch",
    "Tech Crunch",
    "Wired",
    "Mashable",
    "CNET",
    "Gizmodo",
    "Ars Technica",
    "9to5Mac",
    "MacRumors",
    "PhoneArena",
    "Phonearena",
    "GSMArena",
    "Android Authority",
    "Digital Trends",
    "Variety",
    "Hollywood Reporter",
    "The Hollywood Reporter",
    "Deadline",
    "Billboard",
    "Rolling Stone",
    "TMZ",
    "E! News",
    "Vanity Fair",
    "Vogue",
    "Cosmopolitan",
    "Allure",
    "ESPN",
    "Sky Sports",
    "Goal.com",
    "Marca",
    "Mundo Deportivo",
    "Gazzetta dello Sport",
    "La Gazzetta dello Sport",
    "Corriere dello Sport",
    "Corriere della Sera",
    "Corriere Della Sera",
    "L'Equipe",
    "Bild",
    "Kicker",
    "The Sun",
    "Daily Mirror",
    "The Independent",
    "Dailymail",
    "Daily Express",
    "Evening Standard",
    "Los Angeles Times",
    "Forbes",
    "Fortune",
    "BuzzFeed",
    "Daily Beast",
    "The Atlantic",
    "New Yorker",
    "The New Yorker",
    "Russia Today",
    "RT",
    "DW",
    "Al-Monitor",
    // More Indonesian outlets.
    "RMOL",
    "Rakyat Merdeka",
    "Hukumonline",
    "Tirto",
    "Tirto.id",
    "Viva",
    "Viva.co.id",
    "Inilah.com",
    "JPNN",
    "Bisnis Indonesia",
    "Bisnis.com",
    "Media Indonesia",
    "Gatra",
    "Suara Pembaruan",
    "Sinar Harapan",
    "Pikiran Rakyat",
    "Kedaulatan Rakyat",
    "Suara Merdeka",
    "Bolasport",
    "Beritasatu",
    "Beritagar",
    "iNews",
    "CNN Indonesia",
    "Warta Ekonomi",
];

/// The full names of [`WELL_KNOWN`] as words. A short form alone ("Journal") is not a full name: it needs
/// the full name first.
static WELL_KNOWN_WORDS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    WELL_KNOWN
        .iter()
        .map(|o| o.split_whitespace().collect::<Vec<_>>())
        .filter(|o| !(o.len() == 1 && MEDIA_HEADS.contains(&o[0])))
        .collect()
});

/// Last words that make a capitalised name an outlet: "Los Angeles Times", "Kyiv Post", "Jakarta Globe".
const MEDIA_HEADS: &[&str] = &[
    "Times",
    "Post",
    "Journal",
    "News",
    "Herald",
    "Tribune",
    "Gazette",
    "Telegraph",
    "Globe",
    "Magazine",
    "Daily",
    "Chronicle",
    "Independent",
    "Observer",
    "Insider",
    "Today",
    "Standard",
    "Express",
];

/// Web addresses outlets are credited by: "Kompas.com", "Tempo.co", "Republika.co.id".
const DOMAINS: &[&str] = &[".com", ".co.id", ".co", ".id", ".net", ".tv"];

/// Lower-case words that introduce an outlet's name, longest first: "Kantor berita Antara", "Situs berita
/// Detik.com", "Surat kabar The New York Times", "harian Kompas".
const MEDIA_INTRODUCERS: &[&[&str]] = &[
    &["kantor", "berita"],
    &["situs", "berita"],
    &["portal", "berita"],
    &["media", "online"],
    &["surat", "kabar"],
    &["stasiun", "televisi"],
    &["stasiun", "tv"],
    &["jaringan", "televisi"],
    &["harian"],
    &["koran"],
    &["majalah"],
    &["news", "agency"],
    &["newspaper"],
    &["broadcaster"],
];

/// Words for a site that introduce an outlet only before a capitalised name: "laman Examiner", "situs Box
/// Office", "blog Winfuture". Alone or before a body they name the body's own site ("laman resmi
/// kementerian").
const SITE_INTRODUCERS: &[&[&str]] =
    &[&["situs"], &["laman"], &["portal"], &["blog"], &["tabloid"]];

/// True when `phrase` starts with the words of a known outlet ("Politico Eropa", "Journal", "Detik.com").
pub fn starts_with_outlet(phrase: &str) -> bool {
    let tokens: Vec<&str> = phrase.split_whitespace().collect();
    known_at(&tokens).is_some()
        || WELL_KNOWN.iter().any(|o| {
            phrase.strip_prefix(o).is_some_and(|rest| {
                rest.is_empty()
                    || rest.starts_with(' ')
                    || DOMAINS.iter().any(|d| {
                        rest.strip_prefix(d)
                            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
                    })
            })
        })
}

/// The outlet's name in a speaker phrase that introduces it by its medium: "Antara" in "Kantor berita
/// Antara", "The New York Times" in "Surat kabar The New York Times". The name must be capitalised, and
/// known or written as an outlet is ("Harian Rakyat Merdeka" names an outlet whatever its name).
pub fn introduced_name(phrase: &str) -> Option<&str> {
    let tokens: Vec<(usize, &str)> = phrase
        .split_whitespace()
        .map(|t| (t.as_ptr() as usize - phrase.as_ptr() as usize, t))
        .collect();
    let lower: Vec<String> = tokens.iter().map(|(_, t)| t.to_lowercase()).collect();
    let n = MEDIA_INTRODUCERS
        .iter()
        .chain(SITE_INTRODUCERS)
        .find(|intro| lower.len() > intro.len() && lower[..intro.len()] == intro[..])?
        .len();
    // "Kantor berita resmi KCNA", "Harian lokal Jawa Pos": a few words in lower case may describe the medium.
    let n = n + tokens[n..]
        .iter()
        .take(2)
        .take_while(|(_, t)| t.chars().next().is_some_and(char::is_lowercase))
        .count();
    let (offset, first) = *tokens.get(n)?;
    let name = phrase.get(offset..)?;
    (first.chars().next().is_some_and(char::is_uppercase) && tokens.len() - n <= 5).then_some(name)
}

/// True when `phrase` is headed by a medium of news and names no outlet: "Harian itu", "Media pemerintah
/// itu", "sebuah stasiun televisi lokal".
pub fn is_medium_phrase(phrase: &str) -> bool {
    let lower: Vec<String> = phrase
        .split_whitespace()
        .map(str::to_lowercase)
        .skip_while(|w| matches!(w.as_str(), "sebuah" | "a" | "the" | "beberapa" | "sejumlah"))
        .collect();
    let media = MEDIA_INTRODUCERS
        .iter()
        .any(|intro| lower.len() >= intro.len() && lower[..intro.len()] == intro[..]);
    media
        || lower
            .first()
            .is_some_and(|w| matches!(w.as_str(), "media" | "tabloid" | "portal"))
}

/// True for a news site named by its web address: "Carscoops.com", "Indotelko.com", "Okezone.com". A
/// government's, a university's or a society's site (".go.id", ".ac.id", ".or.id", ".org") is a body's.
pub fn is_site_address(word: &str) -> bool {
    let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    let body = [".go.id", ".ac.id", ".or.id", ".sch.id", ".mil.id"]
        .iter()
        .any(|d| word.to_lowercase().ends_with(d));
    !body
        && DOMAINS.iter().any(|d| {
            word.to_lowercase().strip_suffix(d).is_some_and(|base| {
                base.len() >= 2
                    && base
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
            })
        })
}

/// The number of tokens of the longest known outlet name starting at `tokens[0]`, if any. Tokens are
/// words without surrounding punctuation, compared case-sensitively ("AP", not "ap"); a name written in
/// capitals is compared as a name too ("KOMPAS", "TEMPO.CO").
pub fn known_at(tokens: &[&str]) -> Option<usize> {
    known_as_written(tokens).or_else(|| {
        let shouted = |t: &&str| {
            t.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && !t.chars().any(char::is_lowercase)
        };
        if !tokens.first().is_some_and(shouted) {
            return None;
        }
        let named: Vec<String> = tokens
            .iter()
            .take(8)
            .map(|t| {
                if shouted(t) {
                    let lower = t.to_lowercase();
                    let mut chars = lower.chars();
                    chars
                        .next()
                        .map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
                } else {
                    t.to_string()
                }
            })
            .collect();
        known_as_written(&named.iter().map(String::as_str).collect::<Vec<_>>())
    })
}

fn known_as_written(tokens: &[&str]) -> Option<usize> {
    let first = tokens.first()?;
    // "Detik.com", "Tempo.co": a known outlet's web address.
    let address = DOMAINS
        .iter()
        .filter_map(|d| first.strip_suffix(d))
        .any(|base| WELL_KNOWN_WORDS.iter().any(|o| o[..] == [base]))
        .then_some(1);
    let from_gazetteer = GAZETTEER
        .longest_match(&tokens[..tokens.len().min(8)])
        .filter(|(_, kind)| *kind == Kind::Outlet)
        .map(|(n, _)| n);
    let from_list = WELL_KNOWN_WORDS
        .iter()
        .filter(|o| tokens.len() >= o.len() && tokens[..o.len()] == o[..])
        .map(|o| o.len())
        .max();
    from_gazetteer.max(from_list).max(address)
}

/// The number of tokens of an outlet named by its shape at `tokens[0]`: two to five capitalised words
/// ending in a media word ("Los Angeles Times"), with `before` the lower-case words just before it.
pub fn by_pattern_at(tokens: &[&str], before: &[String]) -> Option<usize> {
    let capitalised = |t: &&&str| t.chars().next().is_some_and(char::is_uppercase);
    let run = tokens.iter().take(5).take_while(capitalised).count();
    if run == 0 {
        return None;
    }
    let introduced = MEDIA_INTRODUCERS.iter().any(|intro| {
        before.len() >= intro.len() && before[before.len() - intro.len()..] == intro[..]
    });
    if introduced {
        return Some(run.min(3));
    }
    // "The Times" alone is too vague to name one outlet.
    (2..=run)
        .rev()
        .find(|&n| MEDIA_HEADS.contains(&tokens[n - 1]) && !(n == 2 && tokens[0] == "The"))
}

/// The outlet among `known` (full names, earliest first) that `short` names: its last word ("Journal" for
/// "Wall Street Journal"), its initials ("BI" for "Business Insider", "WSJ") or the name without "The".
pub fn expand_short<'k>(short: &str, known: &[&'k str]) -> Option<&'k str> {
    known.iter().copied().find(|full| {
        let words: Vec<&str> = full.split_whitespace().filter(|w| *w != "The").collect();
        if words.len() < 2 {
            return false;
        }
        let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
        words.last() == Some(&short)
            || (short.chars().count() >= 2
                && short.chars().all(char::is_uppercase)
                && initials == short)
    })
}

/// The outlet's name without a leading "The": "The Wall Street Journal" and "Wall Street Journal" are one.
pub fn canonical(name: &str) -> String {
    name.trim()
        .strip_prefix("The ")
        .unwrap_or(name.trim())
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_names_patterns_and_short_forms() {
        assert_eq!(
            known_at(&["Wall", "Street", "Journal", "melaporkan"]),
            Some(3)
        );
        assert_eq!(known_at(&["Politico", "Eropa"]), Some(2));
        assert_eq!(known_at(&["Journal", "melaporkan"]), None);
        assert_eq!(known_at(&["Stoltenberg"]), None);
        assert_eq!(known_at(&["KOMPAS"]), Some(1));
        assert_eq!(known_at(&["TEMPO.CO", "melaporkan"]), Some(1));
        assert_eq!(known_at(&["PBB"]), None);
        assert_eq!(
            by_pattern_at(&["Los", "Angeles", "Times", "reported"], &[]),
            Some(3)
        );
        assert_eq!(by_pattern_at(&["Kyiv", "Post"], &[]), Some(2));
        assert_eq!(by_pattern_at(&["The", "Times"], &[]), None);
        assert_eq!(by_pattern_at(&["Joe", "Biden"], &[]), None);
        assert_eq!(
            by_pattern_at(&["Kompas", "Raya"], &["harian".to_string()]),
            Some(2)
        );
        // The words that introduce an outlet in a speaker phrase introduce it anywhere.
        let portal = ["portal".to_string(), "berita".to_string()];
        assert_eq!(by_pattern_at(&["Warta", "Kota"], &portal), Some(2));
        assert_eq!(by_pattern_at(&["Warta", "Kota"], &[]), None);
        let known = ["Wall Street Journal", "Business Insider"];
        assert_eq!(expand_short("Journal", &known), Some("Wall Street Journal"));
        assert_eq!(expand_short("BI", &known), Some("Business Insider"));
        assert_eq!(expand_short("WSJ", &known), Some("Wall Street Journal"));
        assert_eq!(expand_short("Street", &known), None);
        assert_eq!(canonical("The New York Times"), "New York Times");
        assert!(starts_with_outlet("Politico Eropa"));
        assert!(starts_with_outlet("Journal"));
        assert!(!starts_with_outlet("Pejabat AS"));
    }
}
