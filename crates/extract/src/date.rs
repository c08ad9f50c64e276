//! Publication dates as pages and records write them: ISO 8601 dates and datetimes, RFC 2822.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};

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
    NaiveDate::parse_from_str(date_part, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(utc)
}

#[cfg(test)]
mod tests {
    use super::parse_date;

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
