//! Whole-line residue: a line that, from its first character to its last, is something other than the
//! article (an injected headline, a source line, a logo, a credit, an advertisement, a copyright notice).
//!
//! Every rule is anchored at both ends and bounded in length, because a false positive deletes a sentence
//! of the article, which is worse than leaving a line of residue in.

use std::sync::LazyLock;

use regex::Regex;
use warta_model::RemovalReason;

use crate::names;

/// What a residue line told us besides being residue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Finding {
    /// The outlet that published the page ("Logo Bloomberg Technoz").
    Outlet(String),
    /// The outlet the article was first published by ("Baca artikel asli di Business Insider").
    OriginalOutlet(String),
    /// An agency tag ("(bbn)") naming the outlet the article came from.
    Agency(String),
    /// People credited; `authors` are those who wrote it, the rest helped (editors, assistants).
    Credits {
        authors: Vec<String>,
        others: Vec<String>,
    },
}

/// A residue line: why it goes, and what it told us.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Residue {
    pub reason: RemovalReason,
    pub finding: Option<Finding>,
}

impl Residue {
    pub(crate) fn plain(reason: RemovalReason) -> Residue {
        Residue {
            reason,
            finding: None,
        }
    }
}

fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("static regex")
}

/// Words that announce a link to another article.
const RELATED_TRIGGER: &str = r"(?x:
    baca(?:\s+juga|\s+pula)?|simak(?:\s+juga)?|lihat(?:\s+juga)?|tonton(?:\s+juga)?|membaca(?:\s+juga)?|
    read\s+more|read\s+also|also\s+read|see\s+also|related(?:\s+(?:articles?|stories|news|coverage))?|
    (?:berita|artikel)\s+terkait|more\s+on\s+this(?:\s+story)?
)";

/// A related-link trigger alone, or followed by a separator and a headline.
static RELATED_DELIMITED: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i)^{RELATED_TRIGGER}\s*(?:[:：|»>\-–—]\s*(.*))?$"
    ))
});

/// Upper-case triggers need no separator: "MEMBACA  Ribuan orang hadir …" (NBSP included).
static RELATED_SHOUTED: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:MEMBACA(?:\s+JUGA)?|BACA(?:\s+JUGA)?|SIMAK(?:\s+JUGA)?|LIHAT(?:\s+JUGA)?|READ\s+MORE|ALSO\s+READ|SEE\s+ALSO|RELATED)\s+(\S.*)$",
    )
});

/// Mixed-case triggers without a separator, only when a headline (capital or quote) follows.
static RELATED_SPOKEN: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r#"^(?:Baca [Jj]uga|Simak [Jj]uga|Lihat [Jj]uga|Tonton [Jj]uga|Read more|Also read)\s+([\p{Lu}"“‘'].*)$"#,
    )
});

/// The longest headline an injected link carries.
const HEADLINE_WORDS: usize = 30;

static READ_ORIGINAL: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^baca\s+(?:(?:artikel|berita)\s+)?(?:asli(?:nya)?|selengkapnya|lengkapnya)\s+(?:di|pada)\s+(.+)$",
    )
});

static SOURCE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"(?i)^(?:sumber(?:\s+(?:berita|artikel))?|source)\s*(?:[:：]\s*(.*))?$")
});

static FIRST_PUBLISHED_ID: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^artikel\s+ini\s+(?:telah\s+|sudah\s+)?(?:pertama\s+kali\s+)?(?:tayang|terbit|dimuat|diterbitkan|ditayangkan)\s+(?:di|pada|dalam|oleh)\s+(.+)$",
    )
});

static FIRST_PUBLISHED_EN: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?xi)
        ^(?:this\s+(?:article|story|post|piece)\s+(?:was\s+|has\s+been\s+)?(?:originally\s+|first\s+)?|
        originally\s+|first\s+)(?:appeared|published|ran|posted|reprinted|
        adapted)\s+(?:on|in|at|by|from)\s+(.+)$
    ",
    )
});

/// What turns a first-published note into a link: the headline it repeats, a click, an address.
static SYNDICATION_LINK: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"(?i)dengan\s+judul|with\s+the\s+(?:title|headline)|\bklik\b|\bclick\b|https?://|www\.")
});

/// A wire service's sign-off: "(Reporting by A; Editing by B)".
static WIRE_SIGN_OFF: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)^(?:additional\s+)?reporting\s+by\b"));

static ORIGINAL_SOURCE: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"(?i)^(?:its|the|sumber)\s+(?:original|asli(?:nya)?)(?:\s+(?:source|sumber))?\W*$")
});

/// Where an outlet's name ends inside a longer source line ("… di Kompas.com dengan judul …").
static OUTLET_END: LazyLock<Regex> = LazyLock::new(|| {
    regex(r#"(?i)\s+(?:dengan\s+judul|pada|on|as|and|dan|under|with)\s.*$|[,(“"].*$"#)
});

static LOGO: LazyLock<Regex> = LazyLock::new(|| regex(r"^Logo\s+(\p{Lu}.*)$"));

static NAVIGATION: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?xi)
        ^(?:no\s+more\s+pages|(?:halaman|page)\s+(?:selanjutnya|berikutnya|sebelumnya)|
        (?:next|previous|prev)(?:\s+page)?|load\s+more|muat\s+lebih\s+banyak|
        selanjutnya|sebelumnya|berikutnya|(?:tampilkan|lihat)\s+semua|
        show\s+all|view\s+all|back\s+to\s+top|kembali\s+ke\s+atas|share(?:\s+this\s+(?:article|story))?|
        bagikan(?:\s+artikel\s+ini)?|tweet|komentar|comments?)\s*[:»›>]?$
    ",
    )
});

/// "1 2 3 Next", "« 1 2 »": page links with at least one number.
static PAGINATION: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^(?:(?:\d{1,3}|next|prev(?:ious)?|selanjutnya|sebelumnya|berikutnya|first|last|pertama|terakhir|[«»‹›<>…]|\.\.\.)\s*){2,}$",
    )
});

static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"(?i)^(?:halaman|hal\.|page)\s*\d{1,3}(?:\s*(?:dari|of|/)\s*\d{1,3})?$")
});

static TAGS: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)^(?:tags?|topik|topics?|tag\s+terkait)\s*[:：]\s*\S"));

/// An agency or editor tag alone on its line: "(bbn)", "(mdk/frh)", "(ANT)", "(**)".
static AGENCY_TAG: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"^\(\s*(?:\*{1,3}|([A-Za-z]{2,8})(?:\s*[/,\-]\s*[A-Za-z0-9]{1,8}){0,4})\s*\)$")
});

static ASSISTED: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^([-–—]{1,2}\s*)?(?:dengan\s+(?:asistensi|bantuan)(?:\s+dari)?|with\s+(?:assistance|help)\s+from)\s+(.+)$",
    )
});

/// "Editor: X", "Reporting by X", "Oleh X": one labelled part of a credit line.
static LABELLED_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?xi)
        ^(?:(editor|penulis|reporter|pewarta|redaktur|penyunting|kontributor|koresponden|author|authors|writer|
        fotografer|photographer|foto|photo|kredit\s+foto|(?:photo|image)\s+(?:credit|source))\s*[:：]|
        ((?:additional\s+)?reporting\s+by|written\s+by|editing\s+by|edited\s+by|oleh\s*:?|by\s*:?))\s*(.+)$
    ",
    )
});

/// How the labels of picture credits begin ("Foto", "Photographer", "Image source", "Kredit foto").
const IMAGE_LABELS: &[&str] = &["foto", "photo", "image", "kredit"];

/// Labels naming who wrote the article (the others name who edited or photographed it).
const AUTHOR_LABELS: &[&str] = &[
    "penulis",
    "reporter",
    "pewarta",
    "kontributor",
    "koresponden",
    "author",
    "authors",
    "writer",
];

static ADVERTISEMENT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?xi)
        ^(?:advertisement|advertisment|iklan|sponsored(?:\s+content)?|
        konten\s+(?:sponsor|bersponsor)|scroll\s+(?:down\s+)?to\s+continue(?:\s+(?:with\s+content|reading))?|
        (?:scroll|gulir)\s+untuk\s+melanjutkan(?:\s+membaca)?|lanjutkan\s+membaca|
        continue\s+reading(?:\s+below)?|(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?advertisement)?)\s*[.…:]*$
    ",
    )
});

/// A call to action: a verb asking the reader to follow, join or download something.
static CALL_TO_ACTION: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?xi)
        ^(?:ikuti|follow|gabung|bergabung|join|dapatkan|simak|subscribe|
        berlangganan|download|unduh|klik|click|tap|sign\s+up|daftar|get)\b
    ",
    )
});

/// Channels only a site's own promotion box points at.
static PROMOTED_CHANNEL: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:google\s+news|whatsapp|telegram|channel|saluran|newsletter|buletin|aplikasi|app|podcast|notifikasi|notifications?)\b",
    )
});

/// Social networks: an article may end by pointing at a named account ("Follow NBC Latino on Facebook"),
/// so only an invitation to follow the site itself ("Follow us on Twitter") is residue.
static SOCIAL_NETWORK: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"(?i)\b(?:instagram|twitter|facebook|tiktok|youtube|linkedin|x\.com)\b")
});

static FIRST_PERSON: LazyLock<Regex> = LazyLock::new(|| regex(r"(?i)\b(?:us|our|kami|kita)\b"));

static SUBSCRIBE: LazyLock<Regex> = LazyLock::new(|| regex(r"(?i)^(?:subscribe|berlangganan)\b"));

static COPYRIGHT: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)^(?:©|\(c\)|copyright\b|hak\s+cipta\b|all\s+rights\s+reserved)"));

/// What makes a copyright notice the site's footer rather than the article's sign-off: the links a footer
/// carries. Publishers print "© 2019 Associated Press. All rights reserved." as the last line of the story
/// itself, so a bare notice stays.
static FOOTER_LINKS: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)\b(?:privacy|terms\s+of|cookie|kebijakan\s+privasi|syarat\s+(?:dan|&)\s+ketentuan|pedoman\s+media|about\s+us|tentang\s+kami|contact\s+us|hubungi\s+kami|kontak|redaksi|karir|careers|sitemap|powered\s+by)\b",
    )
});

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Classifies one trimmed line; `None` means it is article text.
pub(crate) fn classify(line: &str) -> Option<Residue> {
    source(line)
        .or_else(|| related(line))
        .or_else(|| navigation(line))
        .or_else(|| credit(line))
        .or_else(|| advertisement(line))
        .or_else(|| copyright(line))
}

fn related(line: &str) -> Option<Residue> {
    let headline = if let Some(caps) = RELATED_DELIMITED.captures(line) {
        caps.get(1).map_or("", |m| m.as_str())
    } else if let Some(caps) = RELATED_SHOUTED.captures(line) {
        let rest = caps.get(1).map_or("", |m| m.as_str());
        // An all-capitals rest is a shouted subheading ("MEMBACA PETA POLITIK"), not a link.
        if !rest.chars().any(char::is_lowercase) {
            return None;
        }
        rest
    } else {
        RELATED_SPOKEN
            .captures(line)?
            .get(1)
            .map_or("", |m| m.as_str())
    };
    (words(headline) <= HEADLINE_WORDS).then(|| Residue::plain(RemovalReason::RelatedHeadline))
}

fn source(line: &str) -> Option<Residue> {
    let original = |outlet: Option<String>| Residue {
        reason: RemovalReason::OriginalSource,
        finding: outlet.map(Finding::OriginalOutlet),
    };
    if let Some(caps) = READ_ORIGINAL.captures(line) {
        return (words(line) <= 12).then(|| original(outlet_name(&caps[1])));
    }
    if let Some(caps) = SOURCE_LINE.captures(line) {
        let Some(value) = caps
            .get(1)
            .map(|m| m.as_str().trim())
            .filter(|v| !v.is_empty())
        else {
            return Some(original(None));
        };
        // "Sumber: Reuters", "Source: AP" — a name, not a clause that happens to follow a colon.
        let named = value
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || value.contains('.');
        let clause = value.contains(['"', '“', '”']) || words(value) > 6;
        return (named && !clause).then(|| original(Some(value.trim_end_matches('.').to_string())));
    }
    // A bare note is the publisher's own attribution (see `attribution`); one that repeats the headline or
    // asks for a click is a syndication link.
    let outlet = first_published(line)?;
    SYNDICATION_LINK.is_match(line).then(|| original(outlet))
}

/// A note saying where the article first ran ("Artikel ini telah tayang di X", "Originally published on X"),
/// with the outlet when it names one.
fn first_published(line: &str) -> Option<Option<String>> {
    let caps = FIRST_PUBLISHED_ID
        .captures(line)
        .or_else(|| FIRST_PUBLISHED_EN.captures(line))?;
    let outlet = outlet_name(&caps[1]);
    // "Originally published in 1962, the novel …" names a year, not an outlet: the line is a sentence.
    let named = outlet
        .as_deref()
        .is_some_and(|name| name.chars().next().is_some_and(char::is_uppercase));
    (words(line) <= 40 && (named || ORIGINAL_SOURCE.is_match(&caps[1])))
        .then(|| outlet.filter(|_| named))
}

/// What a kept line tells about the article's origin or its reporters.
///
/// Publishers print some attributions as the last lines of the story itself: "Originally published on Live
/// Science.", "(Reporting by Will Dunham; Editing by Tom Brown)". Gold article bodies keep them, and they
/// cannot be told apart from their scraped twins, so they stay in the text; they are still read.
pub(crate) fn attribution(line: &str) -> Option<Finding> {
    if let Some(outlet) = first_published(line) {
        return outlet.map(Finding::OriginalOutlet);
    }
    let line = unparenthesised(line);
    if WIRE_SIGN_OFF.is_match(line) {
        return labelled_credits(line).and_then(|residue| residue.finding);
    }
    None
}

/// The inside of a line wrapped in parentheses, or the line.
fn unparenthesised(line: &str) -> &str {
    line.strip_prefix('(')
        .and_then(|l| l.strip_suffix(')'))
        .unwrap_or(line)
        .trim()
}

/// The outlet named at the start of `text`, if it is short enough to be a name.
fn outlet_name(text: &str) -> Option<String> {
    let name = OUTLET_END.replace(text, "");
    let name = name.trim().trim_end_matches(['.', '!', ':']).trim();
    (!name.is_empty() && words(name) <= 5).then(|| name.to_string())
}

fn navigation(line: &str) -> Option<Residue> {
    if let Some(caps) = LOGO.captures(line) {
        let name = caps[1].trim();
        let sentence_end = name.ends_with(['.', '!', '?', ',']);
        return (words(name) <= 4 && !sentence_end).then(|| Residue {
            reason: RemovalReason::Navigation,
            finding: Some(Finding::Outlet(name.to_string())),
        });
    }
    let paginated = PAGINATION.is_match(line) && line.chars().any(|c| c.is_ascii_digit());
    let tags = TAGS.is_match(line) && words(line) <= 15;
    (NAVIGATION.is_match(line) || paginated || PAGE_NUMBER.is_match(line) || tags)
        .then(|| Residue::plain(RemovalReason::Navigation))
}

fn credit(line: &str) -> Option<Residue> {
    if let Some(caps) = AGENCY_TAG.captures(line) {
        return Some(Residue {
            reason: RemovalReason::Credit,
            finding: caps
                .get(1)
                .and_then(|code| agency(code.as_str()))
                .map(|o| Finding::Agency(o.to_string())),
        });
    }
    // Wire services close with credits in parentheses: "(Reporting by A; Editing by B)". That sign-off is
    // part of the printed story and stays (see `attribution`).
    let line = unparenthesised(line);
    if WIRE_SIGN_OFF.is_match(line) {
        return None;
    }
    if let Some(caps) = ASSISTED.captures(line) {
        let list = names::parse(&caps[2]);
        // Without the leading dash, "Dengan bantuan …" may open a sentence: only a plain list of names goes.
        let delimited = caps.get(1).is_some() && words(line) <= 30;
        return (delimited || list.all_names).then(|| Residue {
            reason: RemovalReason::Credit,
            finding: Some(Finding::Credits {
                authors: Vec::new(),
                others: list.names,
            }),
        });
    }
    labelled_credits(line)
}

/// A line of labelled credits, possibly several: "Reporter: A | Editor: B", "Reporting by A; Editing by B".
///
/// A line of image credits only ("(Image credit: All About Space)", "Foto: ANTARA/…") stays: it belongs to a
/// picture's caption, which article bodies keep.
fn labelled_credits(line: &str) -> Option<Residue> {
    let mut authors = Vec::new();
    let mut others = Vec::new();
    let mut article_credit = false;
    for part in line
        .split(['|', '•', '·', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let caps = LABELLED_CREDIT.captures(part)?;
        let value = &caps[3];
        let list = names::parse(value);
        match (caps.get(1), caps.get(2)) {
            // "Editor: …" is a label even when its value is not a plain name ("Foto: ANTARA/…").
            (Some(label), _) if words(value) <= 8 => {
                let label = label.as_str().to_lowercase();
                article_credit |= !IMAGE_LABELS.iter().any(|l| label.starts_with(l));
                if AUTHOR_LABELS.contains(&label.as_str()) {
                    authors.extend(list.names);
                } else {
                    others.extend(list.names);
                }
            }
            // "By …", "Oleh …" open sentences too: only a plain list of names is a byline.
            (None, Some(label)) if list.all_names => {
                article_credit = true;
                if label.as_str().to_lowercase().starts_with("edit") {
                    others.extend(list.names);
                } else {
                    authors.extend(list.names);
                }
            }
            _ => return None,
        }
    }
    article_credit.then_some(Residue {
        reason: RemovalReason::Credit,
        finding: Some(Finding::Credits { authors, others }),
    })
}

/// The outlet behind a news-agency tag, for the tags that name one.
pub(crate) fn agency(code: &str) -> Option<&'static str> {
    match code.to_lowercase().as_str() {
        "bbn" => Some("Bloomberg"),
        "ant" | "antara" => Some("Antara"),
        "rtr" | "reuters" => Some("Reuters"),
        "afp" => Some("AFP"),
        "ap" => Some("AP"),
        _ => None,
    }
}

fn advertisement(line: &str) -> Option<Residue> {
    let quoted = line.contains(['"', '“', '”']);
    let channel = PROMOTED_CHANNEL.is_match(line)
        || (SOCIAL_NETWORK.is_match(line) && FIRST_PERSON.is_match(line));
    let call = CALL_TO_ACTION.is_match(line) && channel && words(line) <= 45 && !quoted;
    let subscribe = SUBSCRIBE.is_match(line) && words(line) <= 20 && !quoted;
    (ADVERTISEMENT.is_match(line) || call || subscribe)
        .then(|| Residue::plain(RemovalReason::Advertisement))
}

fn copyright(line: &str) -> Option<Residue> {
    (COPYRIGHT.is_match(line) && FOOTER_LINKS.is_match(line) && words(line) <= 40)
        .then(|| Residue::plain(RemovalReason::Copyright))
}

#[cfg(test)]
mod tests {
    use super::*;
    use RemovalReason::*;

    #[test]
    fn residue_lines_are_classified() {
        let cases = [
            ("MEMBACA\u{a0} Ribuan orang hadir dalam upacara duka cita di Tehran.", RelatedHeadline),
            ("BACA JUGA: Harga BBM naik lagi mulai besok", RelatedHeadline),
            ("Baca juga", RelatedHeadline),
            ("Baca juga Polisi tangkap dua pelaku pencurian", RelatedHeadline),
            ("Simak juga: Jokowi resmikan bendungan", RelatedHeadline),
            ("Lihat juga:", RelatedHeadline),
            ("Read more", RelatedHeadline),
            ("READ MORE: Biden signs the bill into law", RelatedHeadline),
            ("Also read: How the strike ended", RelatedHeadline),
            ("Related: The election in five charts", RelatedHeadline),
            ("Baca artikel asli di Business Insider", OriginalSource),
            ("Sumber: Reuters", OriginalSource),
            ("Sumber", OriginalSource),
            ("Artikel ini telah tayang di Kompas.com dengan judul \"Harga Naik\"", OriginalSource),
            ("Source: Associated Press", OriginalSource),
            ("Artikel ini telah tayang di Kompas.com. Klik untuk baca: https://kompas.com/x", OriginalSource),
            ("Logo Bloomberg Technoz", Navigation),
            ("No more pages", Navigation),
            ("Halaman selanjutnya", Navigation),
            ("Next page", Navigation),
            ("1 2 3 Next", Navigation),
            ("Halaman 2 dari 3", Navigation),
            ("Page 2 of 3", Navigation),
            ("(bbn)", Credit),
            ("(ant)", Credit),
            ("(red)", Credit),
            ("(mdk/frh)", Credit),
            ("(**)", Credit),
            ("Editor: Budi Santoso", Credit),
            ("Penulis: Rina Wulandari", Credit),
            ("Reporter: Andi | Editor: Sari Dewi", Credit),
            ("Pewarta: Fikri Yusuf", Credit),
            ("Redaktur : Joko", Credit),
            ("--Dengan asistensi Iain Marlow, Sylvia Westall dan Alex Morales.", Credit),
            ("--With assistance from Jane Doe.", Credit),
            ("By Jane Doe", Credit),
            ("Reporter: Andi | Foto: ANTARA/Budi", Credit),
            ("Advertisement", Advertisement),
            ("ADVERTISEMENT", Advertisement),
            ("Scroll to continue with content", Advertisement),
            ("Ikuti berita terkini di Google News", Advertisement),
            ("Dapatkan update berita pilihan dan breaking news setiap hari. Gabung di WhatsApp Channel.", Advertisement),
            ("Follow us on Twitter", Advertisement),
            ("Ikuti kami di Instagram", Advertisement),
            ("Subscribe to our daily newsletter", Advertisement),
            ("© 2024 Kompas.com. All rights reserved. Privacy Policy | Terms of Use", Copyright),
            ("Copyright © 2024 Detik | Pedoman Media Siber | Kontak", Copyright),
        ];
        for (line, reason) in cases {
            assert_eq!(classify(line).map(|r| r.reason), Some(reason), "{line}");
        }
    }

    #[test]
    fn article_sentences_with_trigger_words_stay() {
        let sentences = [
            "Sumber itu mengatakan bahwa keputusan tersebut telah diambil pekan lalu.",
            "Sumber: seorang pejabat yang tidak mau disebutkan namanya mengatakan keputusan itu final.",
            "Editor majalah itu mengatakan tidak ada tekanan dari pemerintah.",
            "Read more about it in our report.",
            "Membaca buku adalah kebiasaan yang dianjurkan oleh guru-guru di sekolah.",
            "MEMBACA PETA POLITIK 2024",
            "Baca juga bagaimana para pejabat menanggapi putusan itu.",
            "Logo baru perusahaan itu diluncurkan di Jakarta pada Senin.",
            "Dengan bantuan dari Amerika, Ukraina berhasil menahan serangan itu.",
            "By the end of the year, the company had hired 300 people.",
            "Oleh karena itu, pemerintah menunda keputusan tersebut.",
            "Copyright lawsuits against AI companies have multiplied.",
            "Hak cipta atas lagu itu dimiliki oleh label rekaman.",
            "Follow the money, the senator told reporters.",
            "Source material for the film came from his diaries.",
            "Originally published in 1962, the novel sold poorly.",
            "This article was published before the verdict was announced.",
            "Related parties must disclose their holdings.",
            "Next, the committee will vote on the bill.",
            "'Pilihan Operasional'",
            "“Itu pilihan yang sulit.”",
            "Iklan kampanye itu ditayangkan di televisi nasional.",
            // The publisher's own sign-offs: gold article bodies keep them.
            "This article originally appeared on Business Insider.",
            "This article was reprinted on Wired.com.",
            "This article has been adapted from its original source.",
            "Artikel ini telah tayang di Kompas.com.",
            "(Reporting by Will Dunham; Editing by Tom Brown)",
            "Reporting by Jane Doe in London; Editing by John Smith",
            "© Reuters",
            "© 2024 Bloomberg L.P.",
            "Copyright 2019 Hawaii News Now. All rights reserved.",
            "Follow NBC Latino on Facebook, Twitter and Instagram.",
            // Picture credits belong to captions.
            "(Image credit: All About Space)",
            "Image Source: Neil Godwin / Shutterstock",
            "Foto: ANTARA/Hafidz Mubarak",
        ];
        for line in sentences {
            assert_eq!(classify(line), None, "{line}");
        }
    }

    #[test]
    fn findings_name_outlets_and_people() {
        let finding = |line: &str| classify(line).and_then(|r| r.finding);
        assert_eq!(
            finding("Logo Bloomberg Technoz"),
            Some(Finding::Outlet("Bloomberg Technoz".into()))
        );
        assert_eq!(
            finding("Baca artikel asli di Business Insider"),
            Some(Finding::OriginalOutlet("Business Insider".into()))
        );
        assert_eq!(
            finding("Artikel ini telah tayang di Kompas.com dengan judul \"Harga Naik\""),
            Some(Finding::OriginalOutlet("Kompas.com".into()))
        );
        assert_eq!(
            finding("Sumber: Antara"),
            Some(Finding::OriginalOutlet("Antara".into()))
        );
        assert_eq!(finding("(bbn)"), Some(Finding::Agency("Bloomberg".into())));
        assert_eq!(finding("(red)"), None);
        assert_eq!(
            finding("Penulis: Rina Wulandari | Editor: Sari Dewi"),
            Some(Finding::Credits {
                authors: vec!["Rina Wulandari".into()],
                others: vec!["Sari Dewi".into()]
            })
        );
    }

    #[test]
    fn kept_sign_offs_are_read() {
        assert_eq!(
            attribution("This article originally appeared on The Conversation."),
            Some(Finding::OriginalOutlet("The Conversation".into()))
        );
        assert_eq!(
            attribution("Originally published on Live Science."),
            Some(Finding::OriginalOutlet("Live Science".into()))
        );
        assert_eq!(
            attribution("(Reporting by Will Dunham; Editing by Tom Brown)"),
            Some(Finding::Credits {
                authors: vec!["Will Dunham".into()],
                others: vec!["Tom Brown".into()]
            })
        );
        assert_eq!(
            attribution("Originally published in 1962, the novel sold poorly."),
            None
        );
        assert_eq!(attribution("Reporting by the paper was thin."), None);
    }
}
