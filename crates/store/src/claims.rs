//! Claims across articles: which stored articles carry the same quote, and which outlet reported it first.
//!
//! Two quotes are the same claim when their normalised content is equal (lower-cased words, punctuation and
//! spacing dropped: the "content key"), or when the same named speaker is quoted with words that share at
//! least [`SIMILAR_OVERLAP`] of their distinct words (an indirect quote retold in other words keeps most of
//! them). A short content key ("Ya", "Kami siap") is too common to tell one claim from another, so an equal
//! key alone counts only from [`DISTINCT_KEY_WORDS`] words on; shorter ones must share the speaker too.
//!
//! Across languages the words differ, so a translation is matched by where it stands: in an article stored as a
//! translated duplicate of the asked one, the quote of the same named speaker that comes at the same place
//! among that speaker's quotes (the second thing Stoltenberg says in the English article is the second he
//! says in its Indonesian translation; translators keep the order of the quotes).
//!
//! The articles are ordered by publication, or by when they were stored when undated: the first is the
//! outlet that, as far as this store knows, reported the claim first. Nothing here knows what was published
//! outside the store, so "first" means first among the articles stored.

use std::collections::HashSet;

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use crate::{Store, StoreError};

/// The share of distinct words two quotes of one speaker must share to be the same claim.
pub const SIMILAR_OVERLAP: f64 = 0.8;

/// From this many words on, an equal content key alone makes two quotes the same claim.
const DISTINCT_KEY_WORDS: usize = 6;

/// The most candidate quotes looked at for one claim: a speaker quoted thousands of times must not make one
/// request read them all.
const MAX_CANDIDATES: i64 = 5_000;

/// How a report's quote matched the quote asked about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimMatch {
    /// The quote asked about itself.
    Asked,
    /// The same words, up to case, punctuation and spacing.
    Same,
    /// The same speaker saying nearly the same words.
    Similar,
    /// The same speaker at the same place among their quotes, in a translation of the article.
    Translated,
}

/// One stored article that carries a claim.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClaimReport {
    pub article_id: String,
    pub title: Option<String>,
    /// Where the article's raw document was read from: stands in for the outlet when that is unknown.
    pub source: String,
    pub outlet: Option<String>,
    pub original_outlet: Option<String>,
    /// ISO 8601, with the offset the article gave.
    pub published: Option<String>,
    /// When the article was stored, ISO 8601 in UTC: what orders undated articles.
    pub stored_at: String,
    /// The quote's position in that article's quotes.
    pub quote_ordinal: usize,
    /// The quote's speaker: the resolved name, else the phrase as written.
    pub speaker: String,
    #[serde(rename = "match")]
    pub matched: ClaimMatch,
    /// Whether this article is the earliest of those carrying the claim.
    pub first: bool,
}

impl Store {
    /// Every stored article carrying the claim of quote `quote_ordinal` of `article_id`, the asked article
    /// included, the earliest (published, else stored) first. Empty when the store holds no such quote.
    pub fn quote_reports(
        &self,
        article_id: &str,
        quote_ordinal: usize,
    ) -> Result<Vec<ClaimReport>, StoreError> {
        let conn = self.reader();
        let Some(asked) = conn
            .query_row(
                "SELECT content, speaker_name FROM quotes WHERE article_id = ?1 AND ordinal = ?2",
                params![article_id, crate::sql_int(quote_ordinal)],
                |row| Ok((row.get::<_, String>(0)?, row.get::<_, Option<String>>(1)?)),
            )
            .optional()?
        else {
            return Ok(Vec::new());
        };
        let (content, speaker_name) = asked;
        let translations = translated_articles(&conn, article_id)?;
        let asked_place = match &speaker_name {
            Some(name) if !translations.is_empty() => Some(place_among_speakers_quotes(
                &conn,
                article_id,
                name,
                quote_ordinal,
            )?),
            _ => None,
        };
        let key = content_key(&content);
        let words = word_set(&key);
        let mut statement = conn.prepare_cached(
            "SELECT q.article_id, q.ordinal, q.content, q.speaker_name, q.speaker_text, a.title, a.source,
                    a.outlet, a.original_outlet, a.published, a.published_utc, a.stored_at
             FROM quotes q JOIN articles a ON a.id = q.article_id
             WHERE q.content_key = ?1 OR q.speaker_name = ?2
             LIMIT ?3",
        )?;
        let mut rows = statement.query(params![key, speaker_name, MAX_CANDIDATES])?;
        // (time to order by, report)
        let mut found: Vec<(String, ClaimReport)> = Vec::new();
        while let Some(row) = rows.next()? {
            let id: String = row.get(0)?;
            let ordinal = crate::count(row.get(1)?);
            let other_content: String = row.get(2)?;
            let other_name: Option<String> = row.get(3)?;
            let same_speaker = speaker_name.is_some() && other_name == speaker_name;
            let matched = if id == article_id && ordinal == quote_ordinal {
                ClaimMatch::Asked
            } else if let Some(matched) =
                claim_match(&key, &words, &content_key(&other_content), same_speaker)
            {
                matched
            } else if same_speaker
                && asked_place.is_some()
                && translations.contains(&id)
                && Some(place_among_speakers_quotes(
                    &conn,
                    &id,
                    speaker_name.as_deref().unwrap_or_default(),
                    ordinal,
                )?) == asked_place
            {
                ClaimMatch::Translated
            } else {
                continue;
            };
            let report = ClaimReport {
                article_id: id,
                title: row.get(5)?,
                source: row.get(6)?,
                outlet: row.get(7)?,
                original_outlet: row.get(8)?,
                published: row.get(9)?,
                stored_at: row.get(11)?,
                quote_ordinal: ordinal,
                speaker: other_name.unwrap_or(row.get(4)?),
                matched,
                first: false,
            };
            // One report per article: the asked quote, else its closest match.
            match found
                .iter_mut()
                .find(|(_, seen)| seen.article_id == report.article_id)
            {
                Some((_, seen)) if rank(report.matched) < rank(seen.matched) => *seen = report,
                Some(_) => {}
                None => {
                    let published_utc: Option<String> = row.get(10)?;
                    found.push((published_utc.unwrap_or(report.stored_at.clone()), report));
                }
            }
        }
        // RFC 3339 in UTC with whole seconds sorts as text.
        found.sort_by(|(a_time, a), (b_time, b)| {
            (a_time, &a.stored_at, &a.article_id).cmp(&(b_time, &b.stored_at, &b.article_id))
        });
        let mut reports: Vec<ClaimReport> = found.into_iter().map(|(_, report)| report).collect();
        if let Some(first) = reports.first_mut() {
            first.first = true;
        }
        Ok(reports)
    }
}

/// How close a match is: lower is closer.
fn rank(matched: ClaimMatch) -> u8 {
    match matched {
        ClaimMatch::Asked => 0,
        ClaimMatch::Same => 1,
        ClaimMatch::Similar => 2,
        ClaimMatch::Translated => 3,
    }
}

/// The articles stored as translations of `article_id`, or of which it is one.
fn translated_articles(conn: &Connection, article_id: &str) -> Result<HashSet<String>, StoreError> {
    let mut statement = conn.prepare_cached(
        "SELECT duplicate_of FROM duplicates WHERE article_id = ?1 AND kind = 'translated'
         UNION SELECT article_id FROM duplicates WHERE duplicate_of = ?1 AND kind = 'translated'",
    )?;
    let ids = statement
        .query_map([article_id], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(ids)
}

/// How many quotes of `speaker` come before quote `ordinal` in the article.
fn place_among_speakers_quotes(
    conn: &Connection,
    article_id: &str,
    speaker: &str,
    ordinal: usize,
) -> Result<usize, StoreError> {
    let before: i64 = conn
        .prepare_cached(
            "SELECT COUNT(*) FROM quotes WHERE article_id = ?1 AND speaker_name = ?2 AND ordinal < ?3",
        )?
        .query_row(params![article_id, speaker, crate::sql_int(ordinal)], |row| {
            row.get(0)
        })?;
    Ok(crate::count(before))
}

/// Whether a quote with content key `other` is the claim of the quote with `key` (and its `words`).
fn claim_match(
    key: &str,
    words: &HashSet<&str>,
    other: &str,
    same_speaker: bool,
) -> Option<ClaimMatch> {
    if key.is_empty() {
        return None;
    }
    if key == other && (same_speaker || words.len() >= DISTINCT_KEY_WORDS) {
        return Some(ClaimMatch::Same);
    }
    if !same_speaker {
        return None;
    }
    let other_words = word_set(other);
    let shared = words.intersection(&other_words).count();
    let larger = words.len().max(other_words.len());
    // Against the larger set: a short quote inside a long one is part of it, not the same claim.
    (larger > 0 && shared as f64 >= SIMILAR_OVERLAP * larger as f64).then_some(ClaimMatch::Similar)
}

fn word_set(key: &str) -> HashSet<&str> {
    key.split(' ').filter(|word| !word.is_empty()).collect()
}

/// A quote's content normalised for comparison: its words lower-cased (with Unicode rules), joined by one
/// space. Quotation marks, punctuation and line breaks, which differ between outlets copying one quote, drop
/// out.
pub(crate) fn content_key(content: &str) -> String {
    let mut key = String::with_capacity(content.len());
    for word in content
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
    {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.chars().flat_map(char::to_lowercase));
    }
    key
}

/// Gives every quote stored before content keys existed its key. Runs on opening; after the first time it
/// finds nothing to do.
pub(crate) fn fill_content_keys(conn: &mut Connection) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    {
        let mut select =
            tx.prepare("SELECT rowid, content FROM quotes WHERE content_key IS NULL")?;
        let mut update = tx.prepare("UPDATE quotes SET content_key = ?2 WHERE rowid = ?1")?;
        let missing = select
            .query_map([], |row| {
                Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        for (rowid, content) in missing {
            update.execute(params![rowid, content_key(&content)])?;
        }
    }
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;
    use warta_model::{Article, RawDocument};

    use super::*;
    use crate::tests::{bare, quote};
    use crate::BatchItem;

    /// An article of `outlet` published at `published` (undated when empty) with quotes of
    /// `(content, speaker name)`.
    fn article(
        id: &str,
        outlet: &str,
        published: &str,
        quotes: &[(&str, &str)],
    ) -> (RawDocument, Article) {
        let (raw, article) = bare(format!("{id}.txt"), id.as_bytes().to_vec());
        let quotes = quotes
            .iter()
            .map(|(content, speaker)| quote(content, speaker, Some(speaker)))
            .collect();
        let article = Article {
            id: id.to_string(),
            title: Some(format!("Berita {id}")),
            lang: Some("id".to_string()),
            published: DateTime::parse_from_rfc3339(published).ok(),
            outlet: Some(outlet.to_string()),
            quotes,
            ..article
        };
        (raw, article)
    }

    const CLAIM: &str = "NATO akan mengirim lebih banyak sistem pertahanan udara ke Ukraina";

    #[test]
    fn the_earliest_outlet_carrying_a_quote_reported_it_first() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let claim_quoted = format!("“{}.”", CLAIM.to_uppercase());
        let retold = CLAIM.replace(" lebih banyak", "");
        let batch = [
            // The asked article, published last.
            article(
                "c",
                "Warta Harian",
                "2024-06-03T12:00:00+07:00",
                &[("Harga beras naik", "Budi"), (CLAIM, "Jens Stoltenberg")],
            ),
            // The same words in other marks and case, from an unresolved speaker, published first.
            article(
                "a",
                "Kabar Pagi",
                "2024-06-03T08:00:00+07:00",
                &[(&claim_quoted, "Stoltenberg")],
            ),
            // Retold by the same speaker.
            article(
                "b",
                "Suara Kota",
                "2024-06-03T06:00:00+00:00",
                &[(&retold, "Jens Stoltenberg")],
            ),
            // Retold, but by someone else: another claim.
            article(
                "d",
                "Pos Timur",
                "2024-06-01T00:00:00+07:00",
                &[(&retold, "Joe Biden")],
            ),
            // Undated: ordered by when it was stored, after the dated ones.
            article("e", "Tanpa Tanggal", "", &[(CLAIM, "Jens Stoltenberg")]),
        ];
        store.put_batch(&batch).unwrap();
        let reports = store.quote_reports("c", 1).unwrap();
        let seen: Vec<(&str, ClaimMatch, bool)> = reports
            .iter()
            .map(|r| (r.article_id.as_str(), r.matched, r.first))
            .collect();
        assert_eq!(
            seen,
            [
                ("a", ClaimMatch::Same, true),
                ("c", ClaimMatch::Asked, false),
                ("b", ClaimMatch::Similar, false),
                ("e", ClaimMatch::Same, false),
            ]
        );
        assert_eq!(reports[0].outlet.as_deref(), Some("Kabar Pagi"));
        assert_eq!(reports[0].speaker, "Stoltenberg");
        // A quote nobody else carries has only its own article; an unknown quote has none.
        let alone = store.quote_reports("c", 0).unwrap();
        assert_eq!(alone.len(), 1);
        assert!(alone[0].first && alone[0].matched == ClaimMatch::Asked);
        assert!(store.quote_reports("c", 2).unwrap().is_empty());
        assert!(store.quote_reports("zzz", 0).unwrap().is_empty());
    }

    #[test]
    fn a_translation_carries_the_speakers_quote_at_the_same_place() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let stoltenberg = "Jens Stoltenberg";
        let english = article(
            "en",
            "Politico",
            "2024-06-03T08:00:00+00:00",
            &[
                ("We will send more air defence", stoltenberg),
                ("Ukraine has the right to defend itself", stoltenberg),
            ],
        );
        let indonesian = article(
            "id",
            "Warta Harian",
            "2024-06-03T20:00:00+07:00",
            &[
                ("Harga minyak naik", "Budi"),
                (
                    "Kami akan mengirim lebih banyak pertahanan udara",
                    stoltenberg,
                ),
                ("Ukraina berhak membela diri", stoltenberg),
            ],
        );
        // The same speaker in an article that is not a translation: another claim.
        let other = article(
            "other",
            "Pos Timur",
            "2024-06-01T00:00:00+07:00",
            &[("NATO tidak akan berperang", stoltenberg)],
        );
        let item =
            |(raw, article): (RawDocument, Article), translation_of: Option<&str>| BatchItem {
                raw,
                article,
                links: crate::Links {
                    duplicates: translation_of
                        .map(|of| crate::DuplicateLink {
                            of: of.to_string(),
                            kind: crate::DuplicateKind::Translated,
                            similarity: 0.9,
                        })
                        .into_iter()
                        .collect(),
                    ..Default::default()
                },
            };
        store
            .put_items(
                &[
                    item(english, None),
                    item(other, None),
                    item(indonesian, Some("en")),
                ],
                &Default::default(),
            )
            .unwrap();
        let seen = |article: &str, ordinal: usize| -> Vec<(String, usize, ClaimMatch, bool)> {
            store
                .quote_reports(article, ordinal)
                .unwrap()
                .into_iter()
                .map(|r| (r.article_id, r.quote_ordinal, r.matched, r.first))
                .collect()
        };
        assert_eq!(
            seen("id", 2),
            [
                ("en".to_string(), 1, ClaimMatch::Translated, true),
                ("id".to_string(), 2, ClaimMatch::Asked, false),
            ]
        );
        // Both ways: from the original, its translation carries the claim too.
        assert_eq!(
            seen("en", 0),
            [
                ("en".to_string(), 0, ClaimMatch::Asked, true),
                ("id".to_string(), 1, ClaimMatch::Translated, false),
            ]
        );
        // A speaker not named in the translation matches nothing there.
        assert_eq!(seen("id", 0).len(), 1);
    }

    #[test]
    fn quotes_stored_before_content_keys_get_them_on_opening() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open(dir.path()).unwrap();
            store
                .put_batch(&[
                    article("a", "A", "2024-06-01T00:00:00Z", &[(CLAIM, "X")]),
                    article("b", "B", "2024-06-02T00:00:00Z", &[(CLAIM, "Y")]),
                ])
                .unwrap();
            store
                .writer()
                .execute("UPDATE quotes SET content_key = NULL", [])
                .unwrap();
            assert_eq!(store.quote_reports("b", 0).unwrap().len(), 1);
        }
        let store = Store::open(dir.path()).unwrap();
        let reports = store.quote_reports("b", 0).unwrap();
        assert_eq!(reports.len(), 2);
        assert_eq!(reports[0].article_id, "a");
    }

    #[test]
    fn content_keys_drop_marks_case_and_spacing() {
        for (content, key) in [
            ("“Kami siap,”", "kami siap"),
            ("Kami  SIAP!\n", "kami siap"),
            ("Ini ‘bukan’ akhir—kata dia", "ini bukan akhir kata dia"),
            ("ÉLAN über", "élan über"),
            ("…", ""),
        ] {
            assert_eq!(content_key(content), key, "{content:?}");
        }
    }

    #[test]
    fn claims_match_by_key_or_by_speaker_and_overlap() {
        let long = content_key("Rusia harus menarik semua pasukannya dari Ukraina sekarang");
        let words = word_set(&long);
        let retold = content_key("Rusia harus menarik semua pasukannya dari Ukraina");
        let short = content_key("Kami siap");
        let cases: [(&str, &str, bool, Option<ClaimMatch>); 6] = [
            (&long, &long, false, Some(ClaimMatch::Same)),
            (&long, &retold, true, Some(ClaimMatch::Similar)),
            // Retold words need the same speaker.
            (&long, &retold, false, None),
            // A short quote is the same claim only from the same speaker.
            (&short, &short, false, None),
            (&short, &short, true, Some(ClaimMatch::Same)),
            (&long, &short, true, None),
        ];
        for (key, other, same_speaker, expected) in cases {
            let words = if key == long {
                words.clone()
            } else {
                word_set(key)
            };
            assert_eq!(
                claim_match(key, &words, other, same_speaker),
                expected,
                "{key:?} vs {other:?} (same speaker: {same_speaker})"
            );
        }
        assert_eq!(claim_match("", &HashSet::new(), "", true), None);
    }
}
