//! Publication dates as pages and records write them: ISO 8601 dates and datetimes, RFC 2822 ([`parse_date`]);
//! and, when a page has no machine-readable date, as people write them in the visible text
//! ("Selasa, 15 September 2020 10:00 WIB", "Sept. 15, 2020", "15/09/2020") or in the URL (`/2020/09/15/`).

use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use regex::Regex;

/// Parses a date or datetime; a date or time without an offset is taken as UTC. `None` when unparseable.
pub fn parse_date(text: &str) -> Option<DateTime<FixedOffset>> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if let Ok(date) = DateTime::parse_from_rfc3339(text) {
        return Some(date);
    }
    for format in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S %z",
    ] {
        if let Ok(date) = DateTime::parse_from_str(text, format) {
            return Some(date);
        }
    }
    if let Ok(date) = DateTime::parse_from_rfc2822(text) {
        return Some(date);
    }
    let utc = |naive: NaiveDateTime| naive.and_utc().fixed_offset();
    for format in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(text, format) {
            return Some(utc(naive));
        }
    }
    // A bare date, possibly followed by something unparseable ("2024-05-30 WIB").
    let date_part = text.get(..10).unwrap_or(text);
    if let Some(date) = NaiveDate::parse_from_str(date_part, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
    {
        return Some(utc(date));
    }
    // Compact stamps in `<meta>` tags: "20200915", "20200915100000".
    if text.bytes().all(|b| b.is_ascii_digit()) {
        let stamp = match text.len() {
            8 => format!("{text}000000"),
            14 => text.to_string(),
            _ => return None,
        };
        return NaiveDateTime::parse_from_str(&stamp, "%Y%m%d%H%M%S")
            .ok()
            .map(utc);
    }
    // What people write, when a tag holds that ("15/09/2020 10:00", "Sept. 15, 2020").
    find_date_in_text(text)
}

/// Month names and abbreviations (English, Indonesian, Malay, Dutch, German, French, Spanish, Portuguese,
/// Italian), lower-case, with their month number.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("januari", 1),
    ("januar", 1),
    ("janvier", 1),
    ("enero", 1),
    ("janeiro", 1),
    ("gennaio", 1),
    ("jan", 1),
    ("ene", 1),
    ("february", 2),
    ("februari", 2),
    ("februar", 2),
    ("février", 2),
    ("fevrier", 2),
    ("febrero", 2),
    ("fevereiro", 2),
    ("febbraio", 2),
    ("feb", 2),
    ("fev", 2),
    ("peb", 2),
    ("march", 3),
    ("maret", 3),
    ("mac", 3),
    ("maart", 3),
    ("märz", 3),
    ("maerz", 3),
    ("mars", 3),
    ("marzo", 3),
    ("março", 3),
    ("marco", 3),
    ("mar", 3),
    ("mrt", 3),
    ("april", 4),
    ("avril", 4),
    ("abril", 4),
    ("aprile", 4),
    ("apr", 4),
    ("abr", 4),
    ("avr", 4),
    ("may", 5),
    ("mei", 5),
    ("mai", 5),
    ("mayo", 5),
    ("maio", 5),
    ("maggio", 5),
    ("june", 6),
    ("juni", 6),
    ("jun", 6),
    ("juin", 6),
    ("junio", 6),
    ("junho", 6),
    ("giugno", 6),
    ("july", 7),
    ("juli", 7),
    ("julai", 7),
    ("jul", 7),
    ("juillet", 7),
    ("julio", 7),
    ("julho", 7),
    ("luglio", 7),
    ("august", 8),
    ("agustus", 8),
    ("ogos", 8),
    ("augustus", 8),
    ("août", 8),
    ("aout", 8),
    ("agosto", 8),
    ("aug", 8),
    ("agu", 8),
    ("agt", 8),
    ("ago", 8),
    ("september", 9),
    ("septembre", 9),
    ("septiembre", 9),
    ("setembro", 9),
    ("settembre", 9),
    ("sept", 9),
    ("sep", 9),
    ("set", 9),
    ("october", 10),
    ("oktober", 10),
    ("octobre", 10),
    ("octubre", 10),
    ("outubro", 10),
    ("ottobre", 10),
    ("oct", 10),
    ("okt", 10),
    ("out", 10),
    ("ott", 10),
    ("november", 11),
    ("novembre", 11),
    ("noviembre", 11),
    ("novembro", 11),
    ("nov", 11),
    ("nop", 11),
    ("december", 12),
    ("desember", 12),
    ("disember", 12),
    ("dezember", 12),
    ("décembre", 12),
    ("decembre", 12),
    ("diciembre", 12),
    ("dezembro", 12),
    ("dicembre", 12),
    ("dec", 12),
    ("des", 12),
    ("dez", 12),
    ("dic", 12),
];

/// Time zones news pages name after a time, with their offset in hours.
const ZONES: &[(&str, i32)] = &[
    ("wib", 7),
    ("wita", 8),
    ("wit", 9),
    ("myt", 8),
    ("sgt", 8),
    ("gmt", 0),
    ("utc", 0),
    ("bst", 1),
    ("cet", 1),
    ("cest", 2),
    ("est", -5),
    ("edt", -4),
    ("cst", -6),
    ("cdt", -5),
    ("pst", -8),
    ("pdt", -7),
    ("ist", 5),
];

const MONTH: &str = r"(\p{L}{3,10})\.?";
const TIME: &str = r"(?:\s*(?:,|-|\||pukul|jam|at|um|à|a las|às)?\s*(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?\b\s*(?i:(am|pm)\b)?\s*(?i:\(?([a-z]{3,4})\b)?)?";

/// "15 September 2020", "15. Sept. 2020", "15 de septiembre de 2020" (day first).
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(\d{{1,2}})\.?\s+(?:de\s+)?{MONTH}\s+(?:de\s+)?(\d{{4}})\b{TIME}"
    ))
    .expect("static regex")
});
/// "September 15, 2020" (month first).
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b{TIME}"
    ))
    .expect("static regex")
});
/// "15/09/2020", "15.09.2020", "15-09-2020", ISO "2020-09-15" and "2020/09/15".
static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?:(\d{{1,2}})[/.\-](\d{{1,2}})[/.\-](\d{{4}})|(\d{{4}})[/.\-](\d{{1,2}})[/.\-](\d{{1,2}}))\b{TIME}"
    ))
    .expect("static regex")
});
static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/((?:19|20)\d{2})[/\-]?(\d{2})[/\-]?(\d{2})/").expect("static regex")
});

fn month_number(name: &str) -> Option<u32> {
    let name = name.to_lowercase();
    MONTHS.iter().find(|(m, _)| *m == name).map(|(_, n)| *n)
}

/// The first date written out in `text` (the visible text around a headline), with its time and time zone
/// when given. Numeric dates are read day first unless that is impossible (`09/15/2020`).
pub(crate) fn find_date_in_text(text: &str) -> Option<DateTime<FixedOffset>> {
    let mut found: Vec<(usize, DateTime<FixedOffset>)> = Vec::new();
    let mut earliest = |re: &Regex, read: &dyn Fn(&regex::Captures<'_>) -> Option<NaiveDate>| {
        let hit = re.captures_iter(text).find_map(|c| {
            Some((
                c.get(0)?.start(),
                with_time(read(&c)?, &c, re.captures_len())?,
            ))
        });
        if let Some(hit) = hit {
            found.push(hit);
        }
    };
    earliest(&DAY_MONTH_YEAR, &|c| {
        ymd(
            c.get(3)?.as_str(),
            month_number(c.get(2)?.as_str())?,
            c.get(1)?.as_str(),
        )
    });
    earliest(&MONTH_DAY_YEAR, &|c| {
        ymd(
            c.get(3)?.as_str(),
            month_number(c.get(1)?.as_str())?,
            c.get(2)?.as_str(),
        )
    });
    earliest(&NUMERIC, &|c| {
        if let Some(year) = c.get(4) {
            return ymd(
                year.as_str(),
                c.get(5)?.as_str().parse().ok()?,
                c.get(6)?.as_str(),
            );
        }
        let (a, b): (u32, u32) = (
            c.get(1)?.as_str().parse().ok()?,
            c.get(2)?.as_str().parse().ok()?,
        );
        let (day, month) = if b > 12 { (b, a) } else { (a, b) };
        ymd(c.get(3)?.as_str(), month, &day.to_string())
    });
    found
        .into_iter()
        .min_by_key(|(at, _)| *at)
        .map(|(_, date)| date)
}

/// A date from a URL path such as `/2020/09/15/` or `/20200915/`.
pub(crate) fn find_date_in_url(url: &str) -> Option<DateTime<FixedOffset>> {
    let c = URL_DATE.captures(url)?;
    let date = ymd(
        c.get(1)?.as_str(),
        c.get(2)?.as_str().parse().ok()?,
        c.get(3)?.as_str(),
    )?;
    Some(date.and_time(NaiveTime::MIN).and_utc().fixed_offset())
}

/// A plausible calendar date (news is not older than 1990).
fn ymd(year: &str, month: u32, day: &str) -> Option<NaiveDate> {
    let year: i32 = year.parse().ok()?;
    (1990..=2100)
        .contains(&year)
        .then(|| NaiveDate::from_ymd_opt(year, month, day.parse().ok()?))
        .flatten()
}

/// `date` with the time captured by the trailing [`TIME`] group (the last four groups of the pattern).
fn with_time(
    date: NaiveDate,
    c: &regex::Captures<'_>,
    groups: usize,
) -> Option<DateTime<FixedOffset>> {
    let group = |back: usize| c.get(groups - back).map(|m| m.as_str());
    let (hour, minute, meridiem, zone) = (group(4), group(3), group(2), group(1));
    let offset = zone
        .and_then(|z| {
            let z = z.to_lowercase();
            ZONES
                .iter()
                .find(|(name, _)| *name == z)
                .map(|(_, hours)| *hours)
        })
        .unwrap_or(0);
    let time = match (
        hour.and_then(|h| h.parse::<u32>().ok()),
        minute.and_then(|m| m.parse().ok()),
    ) {
        (Some(mut hour), Some(minute)) => {
            match meridiem.map(str::to_lowercase).as_deref() {
                Some("pm") if hour < 12 => hour += 12,
                Some("am") if hour == 12 => hour = 0,
                _ => {}
            }
            NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or(NaiveTime::MIN)
        }
        _ => NaiveTime::MIN,
    };
    let offset = FixedOffset::east_opt(offset * 3600)?;
    date.and_time(time).and_local_timezone(offset).single()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_text() {
        let cases = [
            (
                "Selasa, 15 September 2020 10:00 WIB",
                Some("2020-09-15T10:00:00+07:00"),
            ),
            (
                "Kamis, 3 Des 2020 | 21.15 WITA",
                Some("2020-12-03T21:15:00+08:00"),
            ),
            (
                "Published November 20th, 2019 - 07:50 GMT",
                Some("2019-11-20T07:50:00+00:00"),
            ),
            (
                "Updated 5:27 am CST, Wednesday, November 20, 2019",
                Some("2019-11-20T00:00:00+00:00"),
            ),
            (
                "Sept. 15, 2020 at 3:05 pm",
                Some("2020-09-15T15:05:00+00:00"),
            ),
            (
                "Oleh Budi - 15/09/2020, 10:00",
                Some("2020-09-15T10:00:00+00:00"),
            ),
            ("posted 09/15/2020", Some("2020-09-15T00:00:00+00:00")),
            (
                "05.10.2018 - Publicado por",
                Some("2018-10-05T00:00:00+00:00"),
            ),
            (
                "15 de septiembre de 2020",
                Some("2020-09-15T00:00:00+00:00"),
            ),
            (
                "1 Mei 2024 dan 2 Juni 2024",
                Some("2024-05-01T00:00:00+00:00"),
            ),
            ("Harga 12 Januari dan 99/99/2020 dan 1 Smarch 2020", None),
            ("Skor 3 2024 di babak 10:00", None),
        ];
        for (text, expected) in cases {
            let found = find_date_in_text(text).map(|d| d.to_rfc3339());
            assert_eq!(found.as_deref(), expected, "{text}");
        }
        assert_eq!(
            find_date_in_url("https://a.id/news/2020/09/15/judul").map(|d| d.to_rfc3339()),
            Some("2020-09-15T00:00:00+00:00".into())
        );
        assert!(find_date_in_url("https://a.id/read/20200915/x").is_some());
        assert_eq!(find_date_in_url("https://a.id/p/123456789/"), None);
    }

    #[test]
    fn dates_parse() {
        let cases = [
            (
                "2024-05-30T14:05:00+07:00",
                Some("2024-05-30T14:05:00+07:00"),
            ),
            ("2024-05-30T07:05:00Z", Some("2024-05-30T07:05:00+00:00")),
            (
                "2024-05-30T14:05:00.123+0700",
                Some("2024-05-30T14:05:00.123+07:00"),
            ),
            ("2024-05-30 14:05:00", Some("2024-05-30T14:05:00+00:00")),
            ("2024-05-30", Some("2024-05-30T00:00:00+00:00")),
            (
                "Thu, 30 May 2024 14:05:00 +0700",
                Some("2024-05-30T14:05:00+07:00"),
            ),
            ("kemarin", None),
            ("", None),
            ("2024-13-45", None),
            ("20200915", Some("2020-09-15T00:00:00+00:00")),
            ("20200915103000", Some("2020-09-15T10:30:00+00:00")),
            ("2020/09/15 10:00:00", Some("2020-09-15T10:00:00+00:00")),
            ("15-09-2020 10:00 WIB", Some("2020-09-15T10:00:00+07:00")),
            ("123456789", None),
        ];
        for (text, expected) in cases {
            assert_eq!(
                parse_date(text).map(|d| d.to_rfc3339()),
                expected.map(String::from),
                "{text}"
            );
        }
    }
}
