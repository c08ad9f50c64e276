//! The typed data that flows through warta.
//!
//! A [`RawDocument`] is what a reader produced: the bytes exactly as read, where they came from and when.
//! Every later stage derives an [`Article`] from it: title, body text, language, outlet, authors, the
//! scraping residue that was taken out ([`Removed`]), and the annotations found in the text
//! ([`Entity`], [`Quote`]).
//!
//! Two invariants hold for every value of these types:
//! - every annotation's `start`/`end` are offsets in Unicode code points (not bytes) into [`Article::text`];
//! - the article text can be traced back to the raw document through [`Article::segments`].
//!
//! ```
//! use warta_model::{char_span, Span};
//! let text = "Kata “ya”, ujarnya.";
//! // “ and ” take three bytes each in UTF-8 but one code point.
//! let span = char_span(text, 5, 13);
//! assert_eq!(span, Span { start: 5, end: 9 });
//! assert_eq!(span.slice(text), "“ya”");
//! ```

use chrono::{DateTime, FixedOffset, Utc};
use serde::{Deserialize, Serialize};

/// How a raw document's bytes are to be interpreted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// Plain text; the first non-empty line may be the title.
    Text,
    /// An HTML page.
    Html,
    /// One JSON object (a line of a JSON Lines file) with any of `id`, `url`, `title`, `text`, `html`,
    /// `published`, `outlet`.
    JsonRecord,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::JsonRecord => "json_record",
        }
    }
}

/// A document exactly as a reader found it. Nothing in it is interpreted yet.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RawDocument {
    /// Where the bytes came from: a path, `path:LINE` for a line of a JSON Lines file, `-` for stdin, or a URL.
    pub source: String,
    pub format: Format,
    /// The bytes as read (after transparent gzip decompression), never modified.
    #[serde(skip)]
    pub bytes: Vec<u8>,
    /// [`content_hash`] of `bytes`.
    pub content_hash: String,
    pub read_at: DateTime<Utc>,
    /// The media type the transport declared for the bytes (a WARC response's HTTP `Content-Type` header,
    /// e.g. `text/html; charset=windows-1252`), when there was one: its charset outranks a guess.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
}

impl RawDocument {
    pub fn new(source: impl Into<String>, format: Format, bytes: Vec<u8>) -> RawDocument {
        let content_hash = content_hash(&bytes);
        RawDocument {
            source: source.into(),
            format,
            bytes,
            content_hash,
            read_at: Utc::now(),
            content_type: None,
        }
    }
}

/// A stable, content-derived identifier: the first 20 hex digits of the BLAKE3 hash of `bytes`.
///
/// Ids are derived from content so that re-ingesting the same input changes nothing.
pub fn content_hash(bytes: &[u8]) -> String {
    let hash = blake3::hash(bytes);
    hash.to_hex()[..20].to_string()
}

/// A half-open range `[start, end)` in Unicode code points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text this span covers in `text` (empty if the span lies outside it).
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        let start = byte_offset(text, self.start);
        let end = byte_offset(text, self.end);
        text.get(start..end).unwrap_or("")
    }
}

/// The span for a byte range of `text`, in code points. Byte offsets must lie on char boundaries.
pub fn char_span(text: &str, byte_start: usize, byte_end: usize) -> Span {
    let start = char_offset(text, byte_start);
    let end = start
        + char_offset(
            &text[byte_start.min(text.len())..],
            byte_end.saturating_sub(byte_start),
        );
    Span { start, end }
}

/// The code-point offset of byte offset `byte` in `text` (clamped to the text).
pub fn char_offset(text: &str, byte: usize) -> usize {
    let byte = byte.min(text.len());
    text.char_indices().take_while(|(i, _)| *i < byte).count()
}

/// Code-point offsets of many byte offsets into one text, each found by binary search: [`char_offset`]
/// counts from the start of the text every time, which over the quotes of a long article is quadratic.
pub struct CharOffsets {
    /// The byte offset of each code point.
    starts: Vec<usize>,
    len: usize,
}

impl CharOffsets {
    pub fn new(text: &str) -> CharOffsets {
        CharOffsets {
            starts: text.char_indices().map(|(i, _)| i).collect(),
            len: text.len(),
        }
    }

    /// The code-point offset of byte offset `byte`, as [`char_offset`] gives it.
    pub fn of(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        self.starts.partition_point(|&s| s < byte)
    }

    /// The byte offset of code-point offset `chars`, as [`byte_offset`] gives it.
    pub fn byte(&self, chars: usize) -> usize {
        self.starts.get(chars).copied().unwrap_or(self.len)
    }
}

/// The byte offset of code-point offset `chars` in `text` (clamped to the text).
pub fn byte_offset(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| i)
}

/// A piece of article text and where it stands in the raw document.
///
/// `text_start..text_start+len` in [`Article::text`] is the same string as `raw_start..raw_start+len` in the
/// decoded raw document (code points of the raw bytes decoded with the detected encoding). For HTML,
/// `raw_start` is the position of the text node in the decoded page, when the extractor could tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    pub text_start: usize,
    pub len: usize,
    pub raw_start: Option<usize>,
}

/// Why a piece of text was taken out of the article body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovalReason {
    /// An injected headline of another article ("MEMBACA …", "Baca juga: …", "Read more").
    RelatedHeadline,
    /// A line naming the original outlet ("Baca artikel asli di X", "Sumber: X").
    OriginalSource,
    /// Logos, navigation and pagination ("Logo X", "No more pages", "Halaman selanjutnya").
    Navigation,
    /// Editor, agency and author tags ("(bbn)", "(ant)", "Editor: …", "--Dengan asistensi …").
    Credit,
    /// Advertisements and calls to action.
    Advertisement,
    /// Copyright notices.
    Copyright,
    /// Live-blog markers such as "Memperbarui:" ("Updated:") that are not part of the sentence.
    Marker,
    /// Anything else that is not the article.
    Other,
}

/// Text taken out of the article body, kept with the reason and its place in the extracted text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    pub text: String,
    pub reason: RemovalReason,
    /// Where the removed text stood in the raw document (code points of the decoded raw text), when known.
    pub raw_start: Option<usize>,
}

/// A mention of an entity: the text as written and where.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// A person, organisation, place (or another kind, such as WEAPON) named in an article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// The canonical name ("Joe Biden" for "Biden", "Kyiv" for "Kiev").
    pub name: String,
    /// PERSON, ORGANIZATION, LOCATION or another upper-case word.
    #[serde(rename = "type")]
    pub kind: String,
    /// Roles the article gives the entity ("Presiden AS", "Sekretaris Jenderal NATO").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    pub mentions: Vec<Mention>,
}

/// Who a speaker is, as far as the text tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeakerKind {
    NamedPerson,
    RoleOrDescription,
    Anonymous,
    Organization,
    Outlet,
    Pronoun,
    Unknown,
}

/// The speaker of a quote: the phrase as written, its kind, and the resolved person or body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    pub text: String,
    pub kind: SpeakerKind,
    /// The resolved name: a pronoun resolved to its antecedent, a surname to the full name.
    pub name: Option<String>,
    pub start: Option<usize>,
    pub end: Option<usize>,
    /// The earlier speaker phrase, as written, that a pronoun, a "-nya" cue or "pejabat itu" points back to
    /// ("seorang pejabat AS" for "pejabat itu"); `None` when the speaker is named in place.
    #[serde(default)]
    pub antecedent: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Verbatim, inside quotation marks.
    Direct,
    /// Reported speech without quotation marks.
    Indirect,
    /// Reported speech with verbatim fragments.
    Mixed,
}

/// A date expression attached to a quote, resolved against the publication date where possible.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct When {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// The resolved calendar date (ISO 8601), when a publication date was known.
    pub date: Option<String>,
}

/// Something someone said, with its evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub content: String,
    pub kind: QuoteKind,
    /// The attributing verb or phrase as written ("kata", "tambahnya", "said", "menurut").
    pub cue: Option<String>,
    pub speaker: Speaker,
    /// The channel the words came through ("Politico", "wartawan di Oslo", "Telegram").
    pub via: Option<String>,
    pub when: Option<When>,
    /// The span of the content in the article text.
    pub start: usize,
    pub end: usize,
    /// The pieces of the content when its cue stands inside it ("“A,” she said. “B.”"), in order and inside
    /// `start..end`; `content` is then the pieces joined by " … ". Empty when the content is one piece.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Span>,
    /// Below [`Quote::GUESS_BELOW`] the attribution is a guess and is presented as one.
    pub confidence: f32,
    /// The hands the words passed through: speaker → channel → reporting outlet → original outlet →
    /// publisher.
    #[serde(default)]
    pub chain: Vec<Hop>,
}

impl Quote {
    /// Below this confidence an attribution is a guess and is presented as one.
    pub const GUESS_BELOW: f32 = 0.5;

    /// Whether the attribution is a guess: shown as such, never as fact.
    pub fn is_guess(&self) -> bool {
        self.confidence < Quote::GUESS_BELOW
    }
}

/// A language and the share of an article's letters written in it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LanguageShare {
    /// ISO 639-1 code.
    pub code: String,
    /// Between 0 and 1.
    pub share: f64,
}

/// An article derived from one raw document.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Article {
    /// The document's own id when the input gave one, otherwise content-derived.
    pub id: String,
    /// The [`RawDocument::content_hash`] of the raw document this article came from.
    pub raw_hash: String,
    pub source: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub text: String,
    /// ISO 639-1 code of the main language.
    pub lang: Option<String>,
    /// Every language the text is written in with its share of the letters, the main one first: a
    /// translation that keeps quotes in the original language shows as mixed.
    #[serde(default)]
    pub languages: Vec<LanguageShare>,
    pub published: Option<DateTime<FixedOffset>>,
    pub outlet: Option<String>,
    pub original_outlet: Option<String>,
    pub authors: Vec<String>,
    pub removed: Vec<Removed>,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    /// The outlets of the article: publisher, original outlet and every outlet it cites.
    #[serde(default)]
    pub sources: Sources,
    pub segments: Vec<Segment>,
}

/// A block of text (a paragraph, a heading, a line) as an extractor found it, before cleaning.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub text: String,
    /// Code-point offset of this text in the decoded raw document, when the extractor could tell.
    pub raw_start: Option<usize>,
}

/// The outlets of one article.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sources {
    /// Who published this text (the site it was scraped from), when known.
    pub publisher: Option<String>,
    /// The outlet the text was translated or syndicated from.
    pub original_outlet: Option<OriginalOutlet>,
    /// Every outlet named in the text, in order, except bare mentions of the publisher itself.
    pub cited: Vec<Citation>,
}

impl Sources {
    /// The distinct outlets cited, in the order of their first mention.
    pub fn outlets(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for c in &self.cited {
            if !names.contains(&c.outlet.as_str()) {
                names.push(&c.outlet);
            }
        }
        names
    }
}

/// The outlet an article was first published by, and where that was read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OriginalOutlet {
    pub name: String,
    pub found_in: FoundIn,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FoundIn {
    /// Given by the clean stage or the document's metadata.
    Metadata,
    /// The headline's tail: "… – Politico".
    Headline,
    /// A credit line in the text: "Baca artikel asli di Business Insider".
    CreditLine,
    /// The agency of the story's dateline: "WASHINGTON (Reuters) - …".
    Dateline,
}

/// One mention of an outlet in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Citation {
    /// The outlet's full name ("Wall Street Journal" for "Journal", "Business Insider" for "BI").
    pub outlet: String,
    /// The mention as written.
    pub text: String,
    /// The mention's span in code points.
    pub start: usize,
    pub end: usize,
    pub kind: CitationKind,
    /// Whom the outlet cited: "pejabat AS yang tidak disebutkan namanya" in "Wall Street Journal melaporkan
    /// …, mengutip pejabat AS yang tidak disebutkan namanya".
    pub quoting: Option<String>,
    /// The sentence the mention stands in: what it attributes.
    pub sentence: Span,
}

/// What an article says an outlet did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CitationKind {
    /// "menurut X", "according to X".
    According,
    /// "X melaporkan", "X reported", "dilansir dari X", "mengutip X", "citing X".
    Reported,
    /// Someone spoke to the outlet: "kepada X", "told X", "memberitahu X", "in an interview with X".
    Told,
    /// Named without a reporting role: "permintaan komentar dari Business Insider".
    Mentioned,
}

/// One hand a quote passed through.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hop {
    pub role: HopRole,
    pub name: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HopRole {
    /// Who said it.
    Speaker,
    /// How it was said, when not to an outlet: "wartawan di Oslo", "Telegram", "Tom Porter".
    Channel,
    /// The outlet that first reported it.
    ReportingOutlet,
    /// The outlet this article was translated or syndicated from.
    OriginalOutlet,
    /// The site that published this article.
    Publisher,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_agree_with_char_offset_on_every_byte() {
        let text = "Kyiv — “Київ” é\u{301}, 2024.";
        let offsets = CharOffsets::new(text);
        for byte in 0..=text.len() + 3 {
            assert_eq!(offsets.of(byte), char_offset(text, byte), "byte {byte}");
        }
        assert_eq!(CharOffsets::new("").of(5), 0);
    }
}
