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

/// A call to action pointing at a channel, an app or a newsletter.
static CALL_TO_ACTION: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?xi)
        ^(?:ikuti|follow|gabung|bergabung|join|dapatkan|simak|subscribe|
        berlangganan|download|unduh|klik|click|tap|sign\s+up|daftar|get)\b.*\b(?:google\s+news|
        whatsapp|telegram|channel|saluran|instagram|twitter|facebook|
        tiktok|youtube|newsletter|buletin|aplikasi|app|podcast|linkedin|
        notifikasi|notifications?)\b
    ",
    )
});

static SUBSCRIBE: LazyLock<Regex> = LazyLock::new(|| regex(r"(?i)^(?:subscribe|berlangganan)\b"));

static COPYRIGHT: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)^(?:©|\(c\)|copyright\b|hak\s+cipta\b|all\s+rights\s+reserved)"));

/// What makes a "Copyright …" line a notice rather than a sentence about copyright.
static COPYRIGHT_PROOF: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)©|\(c\)|\b(?:19|20)\d\d\b|all\s+rights\s+reserved|dilindungi"));

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
    let caps = FIRST_PUBLISHED_ID
        .captures(line)
        .or_else(|| FIRST_PUBLISHED_EN.captures(line))?;
    let outlet = outlet_name(&caps[1]);
    // "Originally published in 1962, the novel …" names a year, not an outlet: the line is a sentence.
    let named = outlet
        .as_deref()
        .is_some_and(|name| name.chars().next().is_some_and(char::is_uppercase));
    (words(line) <= 40 && (named || ORIGINAL_SOURCE.is_match(&caps[1])))
        .then(|| original(outlet.filter(|_| named)))
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
    // Wire services close with credits in parentheses: "(Reporting by A; Editing by B)".
    let line = line
        .strip_prefix('(')
        .and_then(|l| l.strip_suffix(')'))
        .unwrap_or(line)
        .trim();
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
fn labelled_credits(line: &str) -> Option<Residue> {
    let mut authors = Vec::new();
    let mut others = Vec::new();
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
                if AUTHOR_LABELS.contains(&label.as_str()) {
                    authors.extend(list.names);
                } else {
                    others.extend(list.names);
                }
            }
            // "By …", "Oleh …" open sentences too: only a plain list of names is a byline.
            (None, Some(label)) if list.all_names => {
                if label.as_str().to_lowercase().starts_with("edit") {
                    others.extend(list.names);
                } else {
                    authors.extend(list.names);
                }
            }
            _ => return None,
        }
    }
    Some(Residue {
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
    let call = CALL_TO_ACTION.is_match(line) && words(line) <= 45 && !quoted;
    let subscribe = SUBSCRIBE.is_match(line) && words(line) <= 20 && !quoted;
    (ADVERTISEMENT.is_match(line) || call || subscribe)
        .then(|| Residue::plain(RemovalReason::Advertisement))
}

fn copyright(line: &str) -> Option<Residue> {
    (COPYRIGHT.is_match(line) && COPYRIGHT_PROOF.is_match(line) && words(line) <= 25)
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
            ("This article originally appeared on Business Insider.", OriginalSource),
            ("This article was reprinted on Wired.com.", OriginalSource),
            ("This article has been adapted from its original source.", OriginalSource),
            ("Image Source: Neil Godwin / Shutterstock", Credit),
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
            ("Reporting by Jane Doe in London; Editing by John Smith", Credit),
            ("By Jane Doe", Credit),
            ("(Reporting by Will Dunham; Editing by Tom Brown)", Credit),
            ("Advertisement", Advertisement),
            ("ADVERTISEMENT", Advertisement),
            ("Scroll to continue with content", Advertisement),
            ("Ikuti berita terkini di Google News", Advertisement),
            ("Dapatkan update berita pilihan dan breaking news setiap hari. Gabung di WhatsApp Channel.", Advertisement),
            ("Follow us on Twitter", Advertisement),
            ("Subscribe to our daily newsletter", Advertisement),
            ("© 2024 Bloomberg L.P.", Copyright),
            ("Copyright 2024 The Associated Press. All rights reserved.", Copyright),
            ("Hak cipta © 2024 Kompas.com", Copyright),
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
            finding("This article originally appeared on The Conversation."),
            Some(Finding::OriginalOutlet("The Conversation".into()))
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
}
