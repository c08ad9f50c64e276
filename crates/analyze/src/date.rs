//! Date expressions: finding "pada hari Selasa", "pekan lalu", "6 Agustus", "on Tuesday", "last week" in
//! text, and turning them into calendar dates given the publication date.
//!
//! News is written about the recent past: a bare weekday ("Selasa", "on Tuesday") means the most recent such
//! day on or before publication, and a day and month without a year means the latest such date not after
//! publication. Relative weeks ("pekan lalu", "last week") resolve to publication minus seven days, which is
//! approximate by nature: [`is_approximate`] says so. Periods counted back ("dua hari lalu", "two days ago")
//! move the publication date by that many days, weeks (7), months (30) or years (365).

use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use regex::Regex;
use warta_model::{char_span, Span};

const ID_WEEKDAYS: [(&str, Weekday); 8] = [
    ("senin", Weekday::Mon),
    ("selasa", Weekday::Tue),
    ("rabu", Weekday::Wed),
    ("kamis", Weekday::Thu),
    ("jumat", Weekday::Fri),
    ("jum'at", Weekday::Fri),
    ("sabtu", Weekday::Sat),
    ("minggu", Weekday::Sun),
];

const EN_WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// Indonesian and English month names, numbered from 1.
const MONTHS: [(&str, u32); 21] = [
    ("januari", 1),
    ("februari", 2),
    ("maret", 3),
    ("april", 4),
    ("mei", 5),
    ("juni", 6),
    ("juli", 7),
    ("agustus", 8),
    ("september", 9),
    ("oktober", 10),
    ("november", 11),
    ("desember", 12),
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("october", 10),
    ("december", 12),
];

/// Short forms of month names ("Jan", "Agu"); some are also names ("Jan Egeland"), so only dates read them.
const MONTH_ABBREVIATIONS: [(&str, u32); 13] = [
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("agu", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// True for a lower-cased short form of a month name ("nov", "sept"): with a full stop before a day ("Nov.
/// 8") it ends no sentence.
pub fn is_short_month(lower: &str) -> bool {
    MONTH_ABBREVIATIONS.iter().any(|(name, _)| *name == lower)
}

/// Numbers written out before a period counted back ("dua hari lalu", "two days ago").
const COUNTS: [(&str, u64); 18] = [
    ("satu", 1),
    ("dua", 2),
    ("tiga", 3),
    ("empat", 4),
    ("lima", 5),
    ("enam", 6),
    ("tujuh", 7),
    ("sepuluh", 10),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("ten", 10),
    ("a", 1),
    ("an", 1),
];

/// One regex for every expression the finder knows. Weekdays must be capitalised unless "hari" precedes them,
/// because "minggu" is also the word for "week" ("minggu ini" = "this week").
static DATE_EXPR: LazyLock<Regex> = LazyLock::new(|| {
    let id_months =
        "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember";
    let en_months =
        "January|February|March|April|May|June|July|August|September|October|November|December";
    let months = format!("{id_months}|{en_months}");
    let en_short = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    let counts = COUNTS.map(|(word, _)| word).join("|");
    let id_days = "Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu";
    let en_days = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    let pattern = [
        // "pada hari Selasa (15/9/2012)", "Senin (1/10) malam", "Rabu", "Kamis (28 / 12)" as some
        // newswires space it, "Kamis, 10 Mei 2012"
        format!(r"(?:(?i:pada)\s+)?(?:(?i:hari)\s+(?i:{id_days})|(?:{id_days}))(?:\s*\(\s*\d{{1,2}}\s*/\s*\d{{1,2}}(?:\s*/\s*\d{{2,4}})?\s*\)|,?\s+\d{{1,2}}\s+(?:{months})(?:\s+\d{{4}})?(?-u:\b)|(?-u:\b))(?:\s+(?:pagi|siang|sore|malam|dini\s+hari|lalu)(?-u:\b))?"),
        // "pekan lalu", "minggu ini", "pada bulan depan", "awal pekan ini", "akhir tahun lalu"
        r"(?i:(?:pada\s+)?(?:(?:awal|akhir|pertengahan)\s+)?(?:pekan|minggu|bulan|tahun)\s+(?:lalu|ini|depan))".to_string(),
        // "kemarin", "kemarin sore", "tadi malam", "semalam", "pagi ini", "last night"
        r"(?i:kemarin(?:\s+(?:pagi|siang|sore|malam))?|hari\s+ini|tadi\s+(?:pagi|siang|sore|malam)|(?:pagi|siang|sore|malam)\s+ini|semalam|yesterday|today|tonight|last\s+night)".to_string(),
        // "awal April", "akhir Agustus 2024", "early April", "mid-March"
        format!(r"(?:(?i:pada|in)\s+)?(?i:awal|akhir|pertengahan|early|late|mid-?)\s*(?:{months})(?:\s+\d{{4}})?"),
        // "pada 6 Agustus 2024", "6 August"
        format!(r"(?:(?i:pada|on)\s+)?(?:(?i:tanggal)\s+)?\d{{1,2}}\s+(?:{months})(?:\s+\d{{4}})?"),
        // "on August 6, 2024", "Aug. 6", "Sept. 12, 2016"
        format!(r"(?:(?i:on)\s+)?(?:{en_months}|(?:{en_short})\.?)\s+\d{{1,2}}(?:,?\s+\d{{4}})?"),
        // "dua hari lalu", "3 pekan yang lalu", "two days ago"
        format!(r"(?i:(?:{counts}|\d{{1,2}})\s+(?:hari|pekan|minggu|bulan|tahun)\s+(?:yang\s+)?lalu)"),
        format!(r"(?i:(?:{counts}|\d{{1,2}})\s+(?:days?|weeks?|months?|years?)\s+ago)"),
        // "on Tuesday", "last Tuesday", "last week", "this week"
        format!(r"(?:(?i:on|last)\s+)?(?:{en_days})(?:\s+(?:morning|afternoon|evening|night))?"),
        // "last week", "earlier this year", "later this month"
        r"(?i:(?:(?:earlier|later|early|late)\s+)?(?:last|this|next)\s+(?:week|weekend|month|year))".to_string(),
    ]
    .iter()
    .enumerate()
    // The first form may end with ")", after which no word boundary follows: it sets its own.
    .map(|(i, p)| if i == 0 { p.clone() } else { format!(r"{p}(?-u:\b)") })
    .collect::<Vec<_>>()
    .join("|");
    // ASCII word boundaries: every word the pattern names is ASCII, and a Unicode boundary would make the
    // regex engine give up its fast automaton on any text with a non-ASCII letter.
    Regex::new(&format!(r"(?-u:\b)(?:{pattern})")).expect("the date pattern is a valid regex")
});

static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(\s*(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{2,4}))?\s*\)").expect("valid regex")
});
static NUMBER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\d+").expect("valid regex"));

/// Every date expression in `text`, with its span in code points and the text as written.
pub fn find_date_expressions(text: &str) -> Vec<(Span, String)> {
    find_date_ranges(text)
        .into_iter()
        .map(|r| (char_span(text, r.start, r.end), text[r].to_string()))
        .collect()
}

/// Every date expression in `text`, as byte ranges. A capitalised "Today" after a capitalised word ends a
/// name ("USA Today", "Psychology Today"), not a date.
pub fn find_date_ranges(text: &str) -> Vec<Range<usize>> {
    DATE_EXPR
        .find_iter(text)
        .filter(|m| !(m.as_str() == "Today" && ends_capitalised_word(&text[..m.start()])))
        .map(|m| m.range())
        .collect()
}

/// True when `before` ends with a capitalised word and a single space, with no punctuation between them.
fn ends_capitalised_word(before: &str) -> bool {
    let word = before
        .strip_suffix(' ')
        .and_then(|rest| rest.split(' ').next_back())
        .unwrap_or("");
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().next_back().is_some_and(char::is_alphanumeric)
}

/// True when `expr` names a period ("pekan lalu", "last week", "awal April") rather than a day, so that
/// [`resolve`] gives a representative day of it.
pub fn is_approximate(expr: &str) -> bool {
    let lower = expr.to_lowercase();
    [
        "pekan",
        "minggu ",
        "bulan",
        "tahun",
        "week",
        "month",
        "year",
        "awal",
        "akhir",
        "pertengahan",
        "early",
        "late",
        "mid",
    ]
    .iter()
    .any(|w| lower.contains(w))
        && !lower.starts_with("hari minggu")
}

/// The calendar date `expr` refers to in an article published on `published`, or `None` when it cannot
/// be told. Without a publication date only an expression that writes its year out resolves
/// ("Selasa (15/9/2012)", "6 Agustus 2012", "pertengahan Maret 2022"); "Selasa" or "pekan lalu" stay
/// unresolved.
pub fn resolve(expr: &str, published: Option<NaiveDate>) -> Option<NaiveDate> {
    let lower = expr.trim().to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .filter(|w| !w.is_empty() && !matches!(*w, "pada" | "on" | "in" | "hari" | "tanggal"))
        .collect();
    let first = *words.first()?;

    // The night before the article ("tadi malam", "semalam", "last night") is the day before it, as news
    // of the morning writes it.
    if lower.starts_with("kemarin")
        || matches!(
            lower.as_str(),
            "yesterday" | "semalam" | "tadi malam" | "last night"
        )
    {
        return published?.checked_sub_days(Days::new(1));
    }
    // "pagi ini", "tadi siang": a part of the article's own day.
    let part_of_today = match lower.split_whitespace().collect::<Vec<_>>().as_slice() {
        [part, "ini"] | ["tadi", part] => matches!(*part, "pagi" | "siang" | "sore" | "malam"),
        _ => false,
    };
    if part_of_today || lower.ends_with("hari ini") || matches!(lower.as_str(), "today" | "tonight")
    {
        return published;
    }
    // "dua hari lalu", "3 pekan yang lalu", "two days ago": the period counted back.
    let all_words: Vec<&str> = lower.split_whitespace().collect();
    // ("Selasa (7/3) lalu" counts nothing: a weekday, below.)
    if let ([count, unit, .., "lalu" | "ago"], Some(published)) = (all_words.as_slice(), published)
    {
        let count = COUNTS
            .iter()
            .find(|(word, _)| word == count)
            .map(|(_, n)| *n)
            .or_else(|| count.parse().ok());
        if let Some(count) = count {
            let days = match unit.trim_end_matches('s') {
                "hari" | "day" => 1,
                "pekan" | "minggu" | "week" => 7,
                "bulan" | "month" => 30,
                "tahun" | "year" => 365,
                _ => return None,
            };
            return published.checked_sub_days(Days::new(count.checked_mul(days)?));
        }
    }
    // "awal pekan ini", "earlier this year": the period itself, approximately (see [`is_approximate`]).
    let period = match words.as_slice() {
        ["awal" | "akhir" | "pertengahan" | "earlier" | "later" | "early" | "late", rest @ ..]
            if rest.len() == 2 =>
        {
            rest
        }
        all => all,
    };
    if let ([unit, when], Some(published)) = (period, published) {
        if let Some(date) = relative_period(unit, when, published) {
            return Some(date);
        }
    }
    if let Some(&("last" | "this" | "next")) = period.first() {
        if let ([when, unit], Some(published)) = (period, published) {
            let when = match *when {
                "last" => "lalu",
                "this" => "ini",
                _ => "depan",
            };
            if let Some(date) = relative_period(unit, when, published) {
                return Some(date);
            }
        }
    }

    // "Selasa (15/9/2012)", "Senin (1/10)": the numbers win over the weekday.
    if let Some(caps) = DAY_MONTH.captures(&lower) {
        let day = caps.get(1)?.as_str().parse().ok()?;
        let month = caps.get(2)?.as_str().parse().ok()?;
        return match caps.get(3) {
            Some(year) => {
                NaiveDate::from_ymd_opt(full_year(year.as_str().parse().ok()?), month, day)
            }
            None => latest_day_month(day, month, published?),
        };
    }
    // "Rabu malam", "last Friday": the weekday among the words ("Kamis, 10 Mei 2012": the date wins).
    let names_month = words.iter().any(|w| month(w).is_some());
    if let Some(weekday) = words
        .iter()
        .find_map(|w| weekday(w))
        .filter(|_| !names_month)
    {
        let published = published?;
        let back =
            (7 + published.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
        let date = published.checked_sub_days(Days::new(u64::from(back)))?;
        // "last Friday", "Jumat lalu" on a Friday: a week ago.
        return if (first == "last" || words.last() == Some(&"lalu")) && back == 0 {
            date.checked_sub_days(Days::new(7))
        } else {
            Some(date)
        };
    }

    let month = words
        .iter()
        .find_map(|w| month(w.trim_start_matches("mid-").trim_end_matches('.')))?;
    let numbers: Vec<i32> = NUMBER
        .find_iter(&lower)
        .filter_map(|m| m.as_str().parse().ok())
        .collect();
    let year = numbers.iter().copied().find(|n| *n >= 1000);
    let day = match first {
        "awal" | "early" => Some(1),
        "pertengahan" | "mid" => Some(15),
        "akhir" | "late" => None,
        w if w.starts_with("mid") => Some(15),
        _ => numbers
            .iter()
            .copied()
            .find(|n| *n < 1000)
            .and_then(|d| u32::try_from(d).ok()),
    };
    match (day, year) {
        (Some(day), Some(year)) => NaiveDate::from_ymd_opt(year, month, day),
        (Some(day), None) => latest_day_month(day, month, published?),
        (None, year) => {
            let year = match (year, published) {
                (Some(year), _) => year,
                (None, Some(published)) => published.year(),
                (None, None) => return None,
            };
            let next = if month == 12 {
                NaiveDate::from_ymd_opt(year + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(year, month + 1, 1)
            };
            let last = next?.pred_opt()?;
            if published.is_some_and(|p| year == p.year() && last > p) {
                NaiveDate::from_ymd_opt(year - 1, month, last.day())
            } else {
                Some(last)
            }
        }
    }
}

/// "pekan lalu", "minggu ini", "bulan depan" …: the publication date moved by the period.
fn relative_period(unit: &str, when: &str, published: NaiveDate) -> Option<NaiveDate> {
    let days = match unit {
        "pekan" | "minggu" | "week" | "weekend" => 7,
        "bulan" | "month" => 30,
        "tahun" | "year" => 365,
        _ => return None,
    };
    match when {
        "lalu" => published.checked_sub_days(Days::new(days)),
        "ini" => Some(published),
        "depan" => published.checked_add_days(Days::new(days)),
        _ => None,
    }
}

/// The latest `day`/`month` not after `published` (news reports the past).
fn latest_day_month(day: u32, month: u32, published: NaiveDate) -> Option<NaiveDate> {
    let this_year = NaiveDate::from_ymd_opt(published.year(), month, day)?;
    if this_year <= published {
        Some(this_year)
    } else {
        NaiveDate::from_ymd_opt(published.year() - 1, month, day)
    }
}

fn full_year(year: i32) -> i32 {
    if year < 100 {
        2000 + year
    } else {
        year
    }
}

/// True for a lower-cased weekday ("senin", "friday"; "minggu" too, which is also "week").
pub fn is_weekday(lower: &str) -> bool {
    weekday(lower).is_some()
}

/// True for a lower-cased weekday or full month name, in Indonesian or English: calendar words that a
/// sentence capitalises but that never name a speaker, a person or a place.
pub fn is_calendar_word(lower: &str) -> bool {
    is_weekday(lower) || MONTHS.iter().any(|(name, _)| *name == lower)
}

fn weekday(word: &str) -> Option<Weekday> {
    ID_WEEKDAYS
        .iter()
        .chain(EN_WEEKDAYS.iter())
        .find(|(name, _)| *name == word)
        .map(|(_, day)| *day)
}

fn month(word: &str) -> Option<u32> {
    MONTHS
        .iter()
        .chain(MONTH_ABBREVIATIONS.iter())
        .find(|(name, _)| *name == word)
        .map(|(_, number)| *number)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn calendar_words_are_days_and_full_month_names() {
        for word in [
            "senin", "minggu", "friday", "mei", "may", "agustus", "december",
        ] {
            assert!(is_calendar_word(word), "{word}");
        }
        // Short forms are dates only inside a date: "Jan Egeland" is a name.
        for word in ["jan", "mar", "agu", "pekan", "budi"] {
            assert!(!is_calendar_word(word), "{word}");
        }
        assert_eq!(resolve("6 Agu 2012", None), Some(date(2012, 8, 6)));
    }

    #[test]
    fn today_ending_a_name_is_no_date() {
        let found = |text: &str| -> Vec<String> {
            find_date_ranges(text)
                .into_iter()
                .map(|r| text[r].to_string())
                .collect()
        };
        // A weekday before the date it names is one expression, which the date resolves.
        assert_eq!(
            found("kata Budi, Kamis, 10 Mei 2012, di Jakarta."),
            ["Kamis, 10 Mei 2012"]
        );
        assert_eq!(resolve("Kamis 10 Mei 2012", None), Some(date(2012, 5, 10)));
        assert!(found("Richardson told USA Today that he was protecting himself.").is_empty());
        assert!(found("An essay in Psychology Today argued otherwise.").is_empty());
        assert_eq!(found("Today the minister spoke."), ["Today"]);
        assert_eq!(found("He spoke to Reuters. Today he is silent."), ["Today"]);
    }

    #[test]
    fn without_a_publication_date_only_written_out_years_resolve() {
        for (expr, want) in [
            ("Selasa (15/9/2012)", Some(date(2012, 9, 15))),
            ("6 Agustus 2012", Some(date(2012, 8, 6))),
            ("on May 6, 2024", Some(date(2024, 5, 6))),
            ("pertengahan Maret 2022", Some(date(2022, 3, 15))),
            ("akhir Februari 2024", Some(date(2024, 2, 29))),
            ("Selasa", None),
            ("Senin (1/10)", None),
            ("pekan lalu", None),
            ("last week", None),
            ("kemarin", None),
            ("hari ini", None),
            ("6 Agustus", None),
            ("akhir April", None),
            ("dua hari lalu", None),
        ] {
            assert_eq!(resolve(expr, None), want, "{expr}");
        }
    }

    #[test]
    fn resolves_against_publication_date() {
        // 2024-05-31 is a Friday.
        let published = date(2024, 5, 31);
        let cases = [
            ("Selasa", Some(date(2024, 5, 28))),
            ("pada hari Kamis", Some(date(2024, 5, 30))),
            ("pada Selasa", Some(date(2024, 5, 28))),
            ("Jumat", Some(date(2024, 5, 31))),
            ("hari Minggu", Some(date(2024, 5, 26))),
            ("on Tuesday", Some(date(2024, 5, 28))),
            ("last Friday", Some(date(2024, 5, 24))),
            ("kemarin", Some(date(2024, 5, 30))),
            ("yesterday", Some(date(2024, 5, 30))),
            ("kemarin sore", Some(date(2024, 5, 30))),
            ("tadi malam", Some(date(2024, 5, 30))),
            ("semalam", Some(date(2024, 5, 30))),
            ("last night", Some(date(2024, 5, 30))),
            ("tadi pagi", Some(date(2024, 5, 31))),
            ("malam ini", Some(date(2024, 5, 31))),
            ("tonight", Some(date(2024, 5, 31))),
            ("dua hari lalu", Some(date(2024, 5, 29))),
            ("3 pekan yang lalu", Some(date(2024, 5, 10))),
            ("two days ago", Some(date(2024, 5, 29))),
            ("a week ago", Some(date(2024, 5, 24))),
            ("on Aug. 6", Some(date(2023, 8, 6))),
            ("Sept. 12, 2016", Some(date(2016, 9, 12))),
            ("hari ini", Some(published)),
            ("today", Some(published)),
            ("pekan lalu", Some(date(2024, 5, 24))),
            ("minggu lalu", Some(date(2024, 5, 24))),
            ("last week", Some(date(2024, 5, 24))),
            ("this weekend", Some(published)),
            ("minggu ini", Some(published)),
            ("Selasa (15/9/2012)", Some(date(2012, 9, 15))),
            ("Senin (1/10)", Some(date(2023, 10, 1))),
            ("Senin (1/10) malam", Some(date(2023, 10, 1))),
            ("Kamis (28 / 12)", Some(date(2023, 12, 28))),
            ("Selasa (7/3) lalu", Some(date(2024, 3, 7))),
            ("Rabu lalu", Some(date(2024, 5, 29))),
            ("Jumat lalu", Some(date(2024, 5, 24))),
            ("Selasa ( 15 / 9 / 2012 )", Some(date(2012, 9, 15))),
            ("Rabu malam", Some(date(2024, 5, 29))),
            ("6 Agustus", Some(date(2023, 8, 6))),
            ("6 Mei", Some(date(2024, 5, 6))),
            ("on August 6", Some(date(2023, 8, 6))),
            ("on May 6, 2024", Some(date(2024, 5, 6))),
            ("awal April", Some(date(2024, 4, 1))),
            ("pada awal April", Some(date(2024, 4, 1))),
            ("in early April", Some(date(2024, 4, 1))),
            ("akhir April", Some(date(2024, 4, 30))),
            ("pertengahan Maret 2022", Some(date(2022, 3, 15))),
            ("awal pekan ini", Some(published)),
            ("akhir tahun lalu", Some(date(2023, 6, 1))),
            ("earlier this year", Some(published)),
            ("later this month", Some(published)),
            ("late last year", Some(date(2023, 6, 1))),
            ("sesuatu", None),
        ];
        for (expr, want) in cases {
            assert_eq!(resolve(expr, Some(published)), want, "{expr}");
        }
    }

    #[test]
    fn finds_expressions_with_code_point_offsets() {
        let text = "Kata “ya”, ujarnya pada hari Selasa. Kyiv minggu ini mengatakan, sejak awal April dan 6 Agustus, akhir tahun lalu. It was announced earlier this year.";
        let found: Vec<String> = find_date_expressions(text)
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        assert_eq!(
            found,
            [
                "pada hari Selasa",
                "minggu ini",
                "awal April",
                "6 Agustus",
                "akhir tahun lalu",
                "earlier this year"
            ]
        );
        let (span, expr) = &find_date_expressions(text)[0];
        assert_eq!(span.slice(text), expr);
        let spaced = find_date_expressions("Kamis (28 / 12) dia mengungkapkan itu.");
        assert_eq!(spaced[0].1, "Kamis (28 / 12)");
    }

    #[test]
    fn lowercase_minggu_is_a_week_not_sunday() {
        let found: Vec<String> = find_date_expressions("selama berminggu-minggu dan minggu depan")
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        assert_eq!(found, ["minggu depan"]);
    }

    #[test]
    fn english_expressions() {
        let found = |text: &str| -> Vec<String> {
            find_date_expressions(text)
                .into_iter()
                .map(|(_, t)| t)
                .collect()
        };
        assert_eq!(
            found("He said on Tuesday, and last week, and on August 6, 2024."),
            ["on Tuesday", "last week", "on August 6, 2024"]
        );
        assert_eq!(
            found("It began Aug. 6 and ended two weeks ago, or 3 days ago."),
            ["Aug. 6", "two weeks ago", "3 days ago"]
        );
        assert!(is_approximate("pekan lalu"));
        assert!(!is_approximate("Selasa"));
        assert!(!is_approximate("hari Minggu"));
    }
}
