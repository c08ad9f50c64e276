//! OpenAPI schemas for the types the API returns but this crate does not own: the store's rows, the
//! model's [`warta_model::Article`] and the story summary of `warta_stories`.
//!
//! Those crates do not depend on utoipa, so their types cannot derive `ToSchema`. Each is described here
//! by an uninhabited stand-in of the same name whose schema is built by hand from the type's serde form;
//! the API's response types name the stand-in with `#[schema(value_type = …)]` while serializing the
//! real type. The test `every_documented_route_answers_as_documented` in `api.rs` checks the two agree.

use std::borrow::Cow;

use utoipa::openapi::{
    schema::{ArrayBuilder, ObjectBuilder, OneOfBuilder, Schema, SchemaFormat, Type},
    KnownFormat, Ref, RefOr,
};
use utoipa::{PartialSchema, ToSchema};

/// The JSON shape of one field.
enum Shape {
    Text,
    Count,
    Number,
    Flag,
    Timestamp,
    /// One of these strings.
    Choice(&'static [&'static str]),
    /// Another schema in this document, by name.
    Named(&'static str),
    /// `[text, count]` pairs.
    TextCountPairs,
    List(&'static Shape),
}

/// One field: name, shape, whether it may be `null`, and what it means.
type Field = (&'static str, Shape, bool, &'static str);

fn shape(of: &Shape, description: Option<&str>) -> RefOr<Schema> {
    let plain = |kind: Type| {
        ObjectBuilder::new()
            .schema_type(kind)
            .description(description)
    };
    match of {
        Shape::Text => plain(Type::String).into(),
        Shape::Count => plain(Type::Integer).minimum(Some(0)).into(),
        Shape::Number => plain(Type::Number).into(),
        Shape::Flag => plain(Type::Boolean).into(),
        Shape::Timestamp => plain(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::DateTime)))
            .into(),
        Shape::Choice(values) => plain(Type::String)
            .enum_values(Some(values.iter().copied()))
            .into(),
        // A reference stands alone: OpenAPI ignores anything written beside `$ref`.
        Shape::Named(name) => Ref::from_schema_name(*name).into(),
        Shape::TextCountPairs => ArrayBuilder::new()
            .description(description)
            .items(
                ArrayBuilder::new()
                    .prefix_items([
                        ObjectBuilder::new().schema_type(Type::String),
                        ObjectBuilder::new().schema_type(Type::Integer),
                    ])
                    .min_items(Some(2))
                    .max_items(Some(2)),
            )
            .into(),
        Shape::List(item) => ArrayBuilder::new()
            .description(description)
            .items(shape(item, None))
            .into(),
    }
}

/// An object schema with every field required (a missing value is written `null`, never left out).
fn object(description: &str, fields: &[Field]) -> ObjectBuilder {
    let mut object = ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some(description));
    for (name, field, nullable, meaning) in fields {
        let schema = if *nullable {
            OneOfBuilder::new()
                .description(Some(*meaning))
                .item(shape(field, None))
                .item(ObjectBuilder::new().schema_type(Type::Null))
                .into()
        } else {
            shape(field, Some(meaning))
        };
        object = object.property(*name, schema).required(*name);
    }
    object
}

/// Declares a stand-in type for a foreign type, with its hand-made schema and the schemas it refers to.
macro_rules! stand_in {
    ($name:ident, [$($refers_to:ident),*], $schema:expr) => {
        pub(crate) enum $name {}

        impl PartialSchema for $name {
            fn schema() -> RefOr<Schema> {
                $schema.into()
            }
        }

        impl ToSchema for $name {
            fn name() -> Cow<'static, str> {
                Cow::Borrowed(stringify!($name))
            }

            fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
                schemas.extend([$(($refers_to::name().into_owned(), $refers_to::schema())),*]);
                $($refers_to::schemas(schemas);)*
            }
        }
    };
}

use Shape::*;

stand_in!(
    ArticleSummary,
    [],
    object(
        "One line of an article list.",
        &[
            ("id", Text, false, "The article id."),
            ("title", Text, true, "The headline."),
            (
                "source",
                Text,
                false,
                "Where the raw document was read from."
            ),
            ("lang", Text, true, "ISO 639-1 language code."),
            (
                "published",
                Text,
                true,
                "ISO 8601, with the offset the article gave."
            ),
            ("outlet", Text, true, "The outlet that published it."),
            (
                "original_outlet",
                Text,
                true,
                "The outlet it was taken from, when credited."
            ),
            ("quotes", Count, false, "Quotes found in it."),
            ("entities", Count, false, "Distinct names found in it."),
        ],
    )
);

stand_in!(
    SearchHit,
    [],
    object(
        "An article a search found.",
        &[
            ("id", Text, false, "The article id."),
            ("title", Text, true, "The headline."),
            (
                "snippet",
                Text,
                false,
                "The best passage, plain text, matched words marked «word»."
            ),
            (
                "published",
                Text,
                true,
                "ISO 8601, with the offset the article gave."
            ),
            ("lang", Text, true, "ISO 639-1 language code."),
            ("outlet", Text, true, "The outlet that published it."),
            (
                "score",
                Number,
                false,
                "Relevance; higher is better (0 when sorted by date)."
            ),
        ],
    )
);

stand_in!(
    Facets,
    [],
    object(
        "For each dimension a search can be narrowed by, its most frequent values among all matches.",
        &[
            ("langs", TextCountPairs, false, "[language code, articles] pairs, most first."),
            ("outlets", TextCountPairs, false, "[outlet, articles] pairs, most first."),
            (
                "original_outlets",
                TextCountPairs,
                false,
                "[original outlet, articles] pairs, most first."
            ),
            ("entities", TextCountPairs, false, "[entity name, articles] pairs, most first."),
            ("speakers", TextCountPairs, false, "[speaker, articles] pairs, most first."),
            ("stories", TextCountPairs, false, "[story id, articles] pairs, most first."),
        ],
    )
);

stand_in!(
    QuoteRow,
    [Quote],
    object(
        "A quote with the article it appeared in.",
        &[
            ("article_id", Text, false, "The article id."),
            ("article_title", Text, true, "The article's headline."),
            (
                "published",
                Text,
                true,
                "The article's publication date, ISO 8601."
            ),
            ("quote", Named("Quote"), false, "The quote."),
        ],
    )
);

stand_in!(
    EntityRow,
    [],
    object(
        "An entity name across all articles.",
        &[
            ("name", Text, false, "The name."),
            ("type", Text, false, "PERSON, ORGANIZATION, LOCATION, …"),
            ("articles", Count, false, "Articles naming it."),
            ("mentions", Count, false, "Mentions in all those articles."),
        ],
    )
);

stand_in!(
    Stats,
    [],
    object(
        "Totals over the whole store.",
        &[
            ("raw_documents", Count, false, "Raw documents stored."),
            ("articles", Count, false, "Articles stored."),
            ("quotes", Count, false, "Quotes in all articles."),
            ("entities", Count, false, "Entity mentions in all articles."),
            (
                "languages",
                TextCountPairs,
                false,
                "[language code, articles] pairs, most first."
            ),
        ],
    )
);

stand_in!(
    Article,
    [LanguageShare, Removed, Entity, Quote, Sources, Segment],
    object(
        "An article as the pipeline derived it from a raw document. Offsets are Unicode code points \
         into `text`.",
        &[
            ("id", Text, false, "Stable id."),
            ("raw_hash", Text, false, "Content hash of the raw document it came from."),
            ("source", Text, false, "Where the raw document was read from."),
            ("url", Text, true, "The web address, when known."),
            ("title", Text, true, "The headline."),
            ("text", Text, false, "The body, cleaned of scraping residue."),
            ("lang", Text, true, "ISO 639-1 language code."),
            (
                "languages",
                List(&Named("LanguageShare")),
                false,
                "Every language of the text with its share, the main one first.",
            ),
            ("published", Timestamp, true, "Publication time with the offset the article gave."),
            ("outlet", Text, true, "The outlet that published it."),
            ("original_outlet", Text, true, "The outlet it was taken from, when credited."),
            ("authors", List(&Text), false, "Authors as credited."),
            ("removed", List(&Named("Removed")), false, "Residue removed from the text."),
            ("entities", List(&Named("Entity")), false, "Names found in the text."),
            ("quotes", List(&Named("Quote")), false, "Who said what."),
            ("sources", Named("Sources"), false, "The outlets of the article."),
            ("segments", List(&Named("Segment")), false, "Where the text's pieces came from in the raw document."),
        ],
    )
);

stand_in!(
    LanguageShare,
    [],
    object(
        "A language and the share of the article's letters written in it.",
        &[
            ("code", Text, false, "ISO 639-1 language code."),
            ("share", Number, false, "Between 0 and 1."),
        ],
    )
);

stand_in!(
    Removed,
    [],
    object(
        "A piece of scraping residue removed from the text.",
        &[
            ("text", Text, false, "The removed text."),
            (
                "reason",
                Choice(&[
                    "related_headline",
                    "original_source",
                    "navigation",
                    "credit",
                    "advertisement",
                    "copyright",
                    "marker",
                    "other",
                ]),
                false,
                "Why it was removed.",
            ),
            (
                "raw_start",
                Count,
                true,
                "Where it began in the raw document."
            ),
        ],
    )
);

stand_in!(
    Segment,
    [],
    object(
        "A stretch of the text and where it came from in the raw document.",
        &[
            ("text_start", Count, false, "Start in the text."),
            ("len", Count, false, "Length in code points."),
            (
                "raw_start",
                Count,
                true,
                "Start in the raw document, when known."
            ),
        ],
    )
);

stand_in!(
    Mention,
    [],
    object(
        "Where a name appears in the text.",
        &[
            ("text", Text, false, "The name as written."),
            ("start", Count, false, "Start offset."),
            ("end", Count, false, "End offset (exclusive)."),
        ],
    )
);

stand_in!(
    Entity,
    [Mention],
    object(
        "A person, organisation or place named in the article.",
        &[
            ("name", Text, false, "The name."),
            ("type", Text, false, "PERSON, ORGANIZATION, LOCATION, …"),
            (
                "mentions",
                List(&Named("Mention")),
                false,
                "Where it appears."
            ),
        ],
    )
    // Left out of the JSON when empty, so the one property that is not required.
    .property(
        "roles",
        shape(&List(&Text), Some("Roles or titles given with the name."))
    )
);

stand_in!(
    Speaker,
    [],
    object(
        "Who a quote is attributed to.",
        &[
            ("text", Text, false, "The speaker as written."),
            (
                "kind",
                Choice(&[
                    "named_person",
                    "role_or_description",
                    "anonymous",
                    "organization",
                    "outlet",
                    "pronoun",
                    "unknown",
                ]),
                false,
                "What kind of speaker.",
            ),
            ("name", Text, true, "The resolved name."),
            (
                "start",
                Count,
                true,
                "Start offset of the phrase as written."
            ),
            ("end", Count, true, "End offset of the phrase as written."),
            (
                "antecedent",
                Text,
                true,
                "The earlier speaker phrase a pronoun or \"pejabat itu\" points back to."
            ),
        ],
    )
);

stand_in!(
    When,
    [],
    object(
        "When a quote was said, as the article puts it.",
        &[
            ("text", Text, false, "The time phrase as written."),
            ("start", Count, false, "Start offset."),
            ("end", Count, false, "End offset."),
            ("date", Text, true, "The resolved date, ISO 8601."),
        ],
    )
);

stand_in!(
    Quote,
    [Speaker, When, Hop],
    object(
        "Who said what, through whom, and when.",
        &[
            ("content", Text, false, "What was said."),
            (
                "kind",
                Choice(&["direct", "indirect", "mixed"]),
                false,
                "Direct, indirect or mixed."
            ),
            (
                "cue",
                Text,
                true,
                "The verb or phrase that attributes it (\"kata\", \"said\")."
            ),
            ("speaker", Named("Speaker"), false, "Who said it."),
            ("via", Text, true, "The outlet or channel it came through."),
            ("when", Named("When"), true, "When it was said."),
            ("start", Count, false, "Start offset of the quote."),
            ("end", Count, false, "End offset of the quote."),
            (
                "confidence",
                Number,
                false,
                "How sure the attribution is, 0 to 1."
            ),
            (
                "chain",
                List(&Named("Hop")),
                false,
                "The hands the words passed through, speaker first."
            ),
        ],
    )
);

stand_in!(
    Hop,
    [],
    object(
        "One hand a quote passed through.",
        &[
            (
                "role",
                Choice(&[
                    "speaker",
                    "channel",
                    "reporting_outlet",
                    "original_outlet",
                    "publisher"
                ]),
                false,
                "What the hand did."
            ),
            ("name", Text, false, "Who or what it was."),
        ],
    )
);

stand_in!(
    Sources,
    [OriginalOutlet, Citation],
    object(
        "The outlets of one article.",
        &[
            (
                "publisher",
                Text,
                true,
                "Who published this text, when known."
            ),
            (
                "original_outlet",
                Named("OriginalOutlet"),
                true,
                "The outlet the text was translated or syndicated from."
            ),
            (
                "cited",
                List(&Named("Citation")),
                false,
                "Every outlet named in the text, in order."
            ),
        ],
    )
);

stand_in!(
    OriginalOutlet,
    [],
    object(
        "The outlet an article was first published by.",
        &[
            ("name", Text, false, "The outlet."),
            (
                "found_in",
                Choice(&["metadata", "headline", "credit_line", "dateline"]),
                false,
                "Where it was read."
            ),
        ],
    )
);

stand_in!(
    Citation,
    [Span],
    object(
        "One mention of an outlet in the text.",
        &[
            ("outlet", Text, false, "The outlet's full name."),
            ("text", Text, false, "The mention as written."),
            ("start", Count, false, "Start offset."),
            ("end", Count, false, "End offset."),
            (
                "kind",
                Choice(&["according", "reported", "told", "mentioned"]),
                false,
                "What the article says the outlet did."
            ),
            ("quoting", Text, true, "Whom the outlet cited."),
            (
                "sentence",
                Named("Span"),
                false,
                "The sentence the mention stands in."
            ),
        ],
    )
);

stand_in!(
    Span,
    [],
    object(
        "A half-open range of code points.",
        &[
            ("start", Count, false, "Start offset."),
            ("end", Count, false, "End offset (exclusive)."),
        ],
    )
);

stand_in!(
    StoryRow,
    [],
    object(
        "One line of the story list.",
        &[
            ("id", Text, false, "The story id."),
            ("title", Text, true, "The headline of its first article."),
            ("articles", Count, false, "Articles in the story."),
            (
                "first_published",
                Text,
                true,
                "The earliest publication, ISO 8601 in UTC."
            ),
            (
                "last_published",
                Text,
                true,
                "The latest publication, ISO 8601 in UTC."
            ),
            (
                "languages",
                List(&Text),
                false,
                "Language codes of its articles, most used first."
            ),
        ],
    )
);

stand_in!(
    DuplicateRow,
    [],
    object(
        "An article linked to another as its duplicate: also published by.",
        &[
            ("id", Text, false, "The linked article's id."),
            ("title", Text, true, "Its headline."),
            ("source", Text, false, "Where its raw document was read from."),
            ("url", Text, true, "Its web address, when known."),
            ("outlet", Text, true, "The outlet that published it."),
            ("lang", Text, true, "ISO 639-1 language code."),
            ("published", Text, true, "ISO 8601, with the offset the article gave."),
            (
                "kind",
                Choice(&["exact", "near", "translated"]),
                false,
                "Same text, nearly the same text, or a translation.",
            ),
            (
                "similarity",
                Number,
                false,
                "1 for exact duplicates; the estimated shared share of text, or the agreement of facts for translations.",
            ),
            (
                "came_first",
                Flag,
                false,
                "Whether it came before the article asked about (published, else stored, earlier).",
            ),
        ],
    )
);

stand_in!(
    ClaimReport,
    [],
    object(
        "A stored article carrying a quote's claim.",
        &[
            ("article_id", Text, false, "The article's id."),
            ("title", Text, true, "Its headline."),
            ("source", Text, false, "Where its raw document was read from."),
            ("outlet", Text, true, "The outlet that published it."),
            ("original_outlet", Text, true, "The outlet it was translated or syndicated from."),
            ("published", Text, true, "ISO 8601, with the offset the article gave."),
            ("stored_at", Text, false, "When it was stored, ISO 8601 in UTC: orders undated articles."),
            ("quote_ordinal", Count, false, "The quote's position in that article's quotes."),
            ("speaker", Text, false, "The speaker there: the resolved name, else as written."),
            (
                "match",
                Choice(&["asked", "same", "similar", "translated"]),
                false,
                "The quote asked about, the same words, the same speaker with nearly the same words, or the same speaker at the same place in a translation of the article.",
            ),
            ("first", Flag, false, "Whether this article reported the claim first among those stored."),
        ],
    )
);

stand_in!(
    StorySummary,
    [
        StoryArticle,
        Tally,
        OutletTally,
        EntityTally,
        Voice,
        TimelineItem
    ],
    object(
        "A story as an analyst reads it.",
        &[
            (
                "id",
                Text,
                false,
                "The story id (the surviving one, when asked by a merged story's id)."
            ),
            ("title", Text, true, "The most central headline."),
            (
                "first_published",
                Timestamp,
                true,
                "The earliest publication."
            ),
            ("last_published", Timestamp, true, "The latest publication."),
            (
                "articles",
                List(&Named("StoryArticle")),
                false,
                "Dated articles by time, then undated ones."
            ),
            (
                "languages",
                List(&Named("Tally")),
                false,
                "Languages by number of articles."
            ),
            (
                "outlets",
                List(&Named("OutletTally")),
                false,
                "Outlets by articles published or sourced."
            ),
            (
                "entities",
                List(&Named("EntityTally")),
                false,
                "The names in most articles."
            ),
            (
                "voices",
                List(&Named("Voice")),
                false,
                "Quotes by speaker, the most quoted first."
            ),
            (
                "timeline",
                List(&Named("TimelineItem")),
                false,
                "Publications and quotes by date."
            ),
        ],
    )
);

stand_in!(
    StoryArticle,
    [],
    object(
        "One article of a story.",
        &[
            ("id", Text, false, "The article id."),
            ("title", Text, true, "The headline."),
            ("url", Text, true, "The web address, when known."),
            (
                "published",
                Timestamp,
                true,
                "Publication time with the offset the article gave."
            ),
            ("lang", Text, true, "ISO 639-1 language code."),
            ("outlet", Text, true, "The outlet that published it."),
            (
                "original_outlet",
                Text,
                true,
                "The outlet it was taken from, when credited."
            ),
            (
                "first",
                Flag,
                false,
                "The earliest dated article: who reported first."
            ),
        ],
    )
);

stand_in!(
    Tally,
    [],
    object(
        "A value and the number of articles that have it.",
        &[
            ("name", Text, false, "The value."),
            ("articles", Count, false, "Articles."),
        ],
    )
);

stand_in!(
    OutletTally,
    [],
    object(
        "An outlet of a story.",
        &[
            ("name", Text, false, "The outlet."),
            ("published", Count, false, "Articles it published."),
            (
                "original_of",
                Count,
                false,
                "Articles that name it as their original source."
            ),
        ],
    )
);

stand_in!(
    EntityTally,
    [],
    object(
        "A name in a story, under its canonical form.",
        &[
            ("name", Text, false, "The name."),
            ("type", Text, false, "PERSON, ORGANIZATION, LOCATION, …"),
            ("articles", Count, false, "Articles that name it."),
            ("mentions", Count, false, "Mentions in those articles."),
        ],
    )
);

stand_in!(
    Voice,
    [StoryQuote],
    object(
        "Everything one speaker said in a story.",
        &[
            (
                "speaker",
                Text,
                false,
                "The resolved name, else the phrase as written."
            ),
            ("quotes", List(&Named("StoryQuote")), false, "The quotes."),
        ],
    )
);

stand_in!(
    StoryQuote,
    [],
    object(
        "A quote and the article it was found in.",
        &[
            ("article", Text, false, "The article id."),
            ("content", Text, false, "What was said."),
            (
                "kind",
                Choice(&["direct", "indirect", "mixed"]),
                false,
                "Direct, indirect or mixed."
            ),
            ("via", Text, true, "The outlet or channel it came through."),
            (
                "said_on",
                Text,
                true,
                "The date the words were said, when the article tells."
            ),
            (
                "confidence",
                Number,
                false,
                "How sure the attribution is, 0 to 1."
            ),
        ],
    )
);

stand_in!(
    TimelineItem,
    [],
    object(
        "A dated entry of a story's timeline.",
        &[
            ("date", Text, false, "ISO 8601 calendar date."),
            (
                "kind",
                Choice(&["published", "quote"]),
                false,
                "An article published, or words said."
            ),
            ("article", Text, false, "The article id."),
            ("text", Text, false, "The headline or the quote."),
            ("speaker", Text, true, "Who said it, for a quote."),
        ],
    )
);
