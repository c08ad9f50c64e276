//! Residue inside a line of article text, clearly delimited from it: a live-blog marker before the sentence
//! ("Memperbarui: Gedung Putih kemudian …"), a related link after the last sentence ("… pekan lalu. Baca
//! juga: …"), an agency tag closing the article ("… kata dia. (ant)").
//!
//! Each function returns the byte range of the residue inside the line; the sentence around it is kept.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use warta_model::RemovalReason;

use crate::residue::{Finding, Residue};

fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("static regex")
}

static MARKER: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:Memperbarui|Diperbarui|Pembaruan|Update|UPDATE|Updated|UPDATED|Terbaru|TERBARU|Breaking|BREAKING)\s*[:：]\s*",
    )
});

/// Words a timestamp is made of ("Updated: May 12, 2024, 10:00 am ET", "Diperbarui: Senin, 12 Mei 2024").
static TIMESTAMP_WORD: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?xi)
        ^(?:[\d:./\-–,]+|jan\w*|feb\w*|mar\w*|apr\w*|ap[ri]l|mei|may|
        jun\w*|jul\w*|ag[su]\w*|aug\w*|sep\w*|o[ck]t\w*|nov\w*|de[cs]\w*|
        senin|selasa|rabu|kamis|jumat|sabtu|minggu|mon\w*|tue\w*|wed\w*|
        thu\w*|fri\w*|sat\w*|sun\w*|pukul|at|am|pm|a\.m\.|p\.m\.|wib|
        wita|wit|gmt|utc|et|edt|est|bst|cet|cest)[,.]?$
    ",
    )
});

static RELATED_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r#"[.!?…"”’)]\s+((?:Baca [Jj]uga|BACA JUGA|Simak [Jj]uga|SIMAK JUGA|Lihat [Jj]uga|LIHAT JUGA|Read [Mm]ore|READ MORE|Also [Rr]ead|ALSO READ|MEMBACA)\s*[:：]\s*\S.*)$"#,
    )
});

/// An agency tag closing the last paragraph: lower-case codes only, after the sentence's end.
static AGENCY_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    regex(r#"[.!?…"”’]\s*(\(\s*(?:\*{1,3}|([a-z]{2,8})(?:\s*/\s*[a-z0-9]{1,8}){0,4})\s*\))$"#)
});

/// The longest headline an injected link carries.
const HEADLINE_WORDS: usize = 30;

/// A live-blog marker opening the line. The whole line is residue when only a timestamp follows it.
pub(crate) fn marker(line: &str) -> Option<Range<usize>> {
    let found = MARKER.find(line)?;
    let rest = &line[found.end()..];
    let timestamp = rest.chars().any(|c| c.is_ascii_digit())
        && rest.split_whitespace().count() <= 10
        && rest.split_whitespace().all(|w| TIMESTAMP_WORD.is_match(w));
    if rest.is_empty() || timestamp {
        return Some(0..line.len());
    }
    // Only a marker in front of a sentence is cut; "Update: ini …" in lower case may be the sentence itself.
    let sentence = rest
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || "\"“‘'".contains(c));
    sentence.then(|| 0..found.end())
}

/// A related link after the line's last sentence.
pub(crate) fn related_tail(line: &str) -> Option<Range<usize>> {
    let tail = RELATED_TAIL.captures(line)?.get(1)?;
    (tail.as_str().split_whitespace().count() <= HEADLINE_WORDS + 3).then(|| tail.range())
}

/// An agency tag after the last sentence of the article, with the outlet it names.
pub(crate) fn agency_tail(line: &str) -> Option<(Range<usize>, Residue)> {
    let caps = AGENCY_TAIL.captures(line)?;
    let tag = caps.get(1)?;
    let finding = caps
        .get(2)
        .and_then(|code| crate::residue::agency(code.as_str()));
    let residue = Residue {
        reason: RemovalReason::Credit,
        finding: finding.map(|o| Finding::Agency(o.to_string())),
    };
    Some((tag.range(), residue))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marker_before_a_sentence_is_cut_alone() {
        let line = "Memperbarui: Gedung Putih kemudian mengkonfirmasi keputusan tersebut.";
        assert_eq!(marker(line).map(|r| &line[r]), Some("Memperbarui: "));
        let line = "UPDATE: The White House later confirmed the decision.";
        assert_eq!(marker(line).map(|r| &line[r]), Some("UPDATE: "));
    }

    #[test]
    fn a_marker_with_only_a_timestamp_is_cut_whole() {
        for line in [
            "Updated: May 12, 2024, 10:00 am ET",
            "Diperbarui: Senin, 12 Mei 2024 14:05 WIB",
        ] {
            assert_eq!(marker(line), Some(0..line.len()), "{line}");
        }
    }

    #[test]
    fn words_that_are_not_markers_stay() {
        assert_eq!(
            marker("Update terbaru dari lokasi menunjukkan air mulai surut."),
            None
        );
        assert_eq!(marker("Updated: the figures were revised later."), None);
    }

    #[test]
    fn a_related_link_after_the_last_sentence_is_cut() {
        let line = "Polisi masih menyelidiki kasus itu. Baca juga: Dua pelaku ditangkap di Bekasi";
        assert_eq!(
            related_tail(line).map(|r| &line[r]),
            Some("Baca juga: Dua pelaku ditangkap di Bekasi")
        );
        let line = "He left in 2019. READ MORE: Inside the company's collapse";
        assert_eq!(
            related_tail(line).map(|r| &line[r]),
            Some("READ MORE: Inside the company's collapse")
        );
        assert_eq!(related_tail("Read more about it in our report."), None);
        assert_eq!(
            related_tail("The paper said: read more books. Then it ended."),
            None
        );
    }

    #[test]
    fn an_agency_tag_closing_the_article_is_cut() {
        let line = "“Kami akan terus bekerja,” kata dia. (ant)";
        let (range, residue) = agency_tail(line).unwrap();
        assert_eq!(&line[range], "(ant)");
        assert_eq!(residue.finding, Some(Finding::Agency("Antara".into())));
        assert!(agency_tail("Harga naik 5 persen (yoy)").is_none());
        assert!(agency_tail("The deal was signed (AFP).").is_none());
    }
}
