//! The full-text index: tantivy over article titles and bodies, each analysed in the article's language.
//!
//! Only the article id is stored in the index; the article itself lives in SQLite. The index can therefore
//! hold ids SQLite does not know (a batch indexed just before a crash, see [`crate::Store::put_batch`]);
//! callers look every hit up in SQLite and drop those.
//!
//! Words are reduced to their stems so that a search finds the word's relatives: "serangan" finds
//! "menyerang" and "diserang", "attacks" finds "attacked". Stemming depends on the language, so each
//! language has its own pair of fields (`title_id`/`text_id` for Indonesian and Malay, `_en` for English,
//! `_other` lower-cased only), an article is indexed into the pair of its language, and a query searches
//! all pairs, each field stemming the query its own way.
//!
//! Beside the words, each document carries the values a search filters and counts by (language, outlet,
//! original outlet, entity names, speakers, story, publication time) as untokenized fast fields, so that
//! filtering, facet counts and sorting by date all happen inside tantivy (see [`crate::search`]).
//!
//! The layout and the analysis are versioned ([`INDEX_VERSION`], in the file [`VERSION_FILE`] of the index
//! folder). An index of another version is deleted on open and rebuilt from SQLite ([`Store::reindex`]).

use std::borrow::Cow;
use std::collections::HashSet;
use std::ops::{Bound, Range};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use rusqlite::params;
use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::{AggContextParams, AggregationCollector, AggregationLimitsGuard};
use tantivy::collector::{Count, TopDocs};
use tantivy::directory::MmapDirectory;
use tantivy::query::{
    AllQuery, BooleanQuery, ConstScoreQuery, Occur, Query, QueryParser, RangeQuery, TermQuery,
};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST, INDEXED, STORED,
    STRING,
};
use tantivy::snippet::{collapse_overlapped_ranges, Snippet, SnippetGenerator};
use tantivy::tokenizer::{
    LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, Token, TokenFilter, TokenStream,
    Tokenizer,
};
use tantivy::{
    DocAddress, Index, IndexReader, IndexWriter, Order, ReloadPolicy, TantivyDocument, Term,
};
use warta_model::Article;
use warta_stem::Stemmer;

use crate::search::{Facets, SearchRequest, SearchSort};
use crate::{Store, StoreError};

/// The version of the index layout and analysis. Change it whenever either changes: stores with another
/// version rebuild their index on open.
const INDEX_VERSION: &str = "3";

/// The file in the index folder that holds [`INDEX_VERSION`]. Written when an index is complete, so an
/// index without it (a rebuild that crashed, or one made before versions) is rebuilt.
const VERSION_FILE: &str = "warta-index-version";

/// How much a word in the title counts against the same word in the body.
const TITLE_BOOST: f32 = 2.0;

/// Memory for the index writer's in-RAM segment before it flushes to disk.
const WRITER_MEMORY_BYTES: usize = 64 * 1024 * 1024;

/// Longest snippet, in bytes of the article text.
const SNIPPET_MAX_CHARS: usize = 200;

/// Values listed per facet: enough to choose from, few enough to read.
const FACET_SIZE: u32 = 20;

/// Articles read from SQLite and indexed per commit when rebuilding the index.
const REINDEX_BATCH: usize = 1000;

/// How the words of an article are analysed, chosen by its language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Analysis {
    Indonesian,
    English,
    /// Other and unknown languages: lower-cased words, unstemmed.
    Plain,
}

impl Analysis {
    const ALL: [Analysis; 3] = [Analysis::Indonesian, Analysis::English, Analysis::Plain];

    fn for_language(lang: Option<&str>) -> Analysis {
        match lang.and_then(Stemmer::for_language) {
            Some(Stemmer::Indonesian) => Analysis::Indonesian,
            Some(Stemmer::English) => Analysis::English,
            None => Analysis::Plain,
        }
    }

    /// The suffix of its field names, and the name its tokenizer is registered under.
    fn name(self) -> &'static str {
        match self {
            Analysis::Indonesian => "id",
            Analysis::English => "en",
            Analysis::Plain => "other",
        }
    }

    fn tokenizer(self) -> String {
        format!("warta_{}", self.name())
    }

    /// How titles and bodies are cut into searchable words, at indexing and at query time alike. Changing
    /// it changes which words the existing index holds: bump [`INDEX_VERSION`].
    fn analyzer(self) -> TextAnalyzer {
        let words = TextAnalyzer::builder(SimpleTokenizer::default())
            // Words longer than this are URLs, hashes or glued residue, not something anyone searches for.
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser);
        match self {
            Analysis::Indonesian => words.filter(StemFilter(Stemmer::Indonesian)).build(),
            Analysis::English => words.filter(StemFilter(Stemmer::English)).build(),
            Analysis::Plain => words.build(),
        }
    }
}

/// The title and body fields of one analysis.
#[derive(Clone, Copy)]
struct Fields {
    title: Field,
    text: Field,
}

/// The fields a search filters and counts by, one value per term (not tokenized).
#[derive(Clone, Copy)]
struct Facet {
    lang: Field,
    outlet: Field,
    original_outlet: Field,
    /// Canonical entity names, one per entity.
    entity: Field,
    /// Each quoted speaker once: the resolved name, or the phrase as written when unresolved.
    speaker: Field,
    /// The speakers' phrases as written, so a filter by either name or phrase finds the quote.
    speaker_text: Field,
    /// The story the article joined when it was indexed. Merges are resolved at query time.
    story: Field,
    /// Publication instant, seconds since the Unix epoch.
    published: Field,
}

/// The facet fields' names, as the aggregation request names them.
const LANG: &str = "lang";
const OUTLET: &str = "outlet";
const ORIGINAL_OUTLET: &str = "original_outlet";
const ENTITY: &str = "entity";
const SPEAKER: &str = "speaker";
const STORY: &str = "story";
const PUBLISHED: &str = "published";

pub(crate) struct SearchIndex {
    dir: PathBuf,
    index: Index,
    reader: IndexReader,
    /// Opened on the first write, so that a process that only reads (the server) does not take the index's
    /// single-writer lock and can run beside an ingest.
    writer: Mutex<Option<IndexWriter>>,
    id: Field,
    /// One pair per analysis, in the order of [`Analysis::ALL`].
    fields: [Fields; 3],
    facet: Facet,
}

/// A document the index matched: the article id and its relevance.
pub(crate) struct IndexHit {
    pub id: String,
    pub score: f32,
}

/// What one search found in the index: the page of hits asked for, how many matched in all, and the
/// facet counts over all matches (stories as indexed, before merges are resolved).
pub(crate) struct IndexResults {
    pub total: usize,
    pub hits: Vec<IndexHit>,
    pub facets: Facets,
}

/// An article to index, with the story it belongs to (kept in SQLite beside the article, not in it).
pub(crate) struct Indexed<'a> {
    pub article: &'a Article,
    pub story: Option<&'a str>,
}

/// Marks the query's words in article text, with one generator per analysis since each body field
/// stems the query its own way.
pub(crate) struct Highlighter(Vec<SnippetGenerator>);

impl SearchIndex {
    /// Opens the index in `dir`, creating it if the directory holds none, and deleting it first if it is
    /// of another version (then [`SearchIndex::is_current`] is false until [`Store::reindex`] has run).
    pub fn open(dir: &Path) -> Result<SearchIndex, StoreError> {
        if !is_current(dir) {
            clear_dir(dir)?;
        }
        let mut builder = Schema::builder();
        let id = builder.add_text_field("id", STRING | STORED);
        let fields = Analysis::ALL.map(|analysis| {
            let words = TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(&analysis.tokenizer())
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            );
            Fields {
                title: builder.add_text_field(&format!("title_{}", analysis.name()), words.clone()),
                text: builder.add_text_field(&format!("text_{}", analysis.name()), words),
            }
        });
        let facet = Facet {
            lang: builder.add_text_field(LANG, STRING | FAST),
            outlet: builder.add_text_field(OUTLET, STRING | FAST),
            original_outlet: builder.add_text_field(ORIGINAL_OUTLET, STRING | FAST),
            entity: builder.add_text_field(ENTITY, STRING | FAST),
            speaker: builder.add_text_field(SPEAKER, STRING | FAST),
            speaker_text: builder.add_text_field("speaker_text", STRING),
            story: builder.add_text_field(STORY, STRING | FAST),
            published: builder.add_i64_field(PUBLISHED, INDEXED | FAST),
        };
        let directory = MmapDirectory::open(dir)?;
        let index = Index::open_or_create(directory, builder.build())?;
        for analysis in Analysis::ALL {
            index
                .tokenizers()
                .register(&analysis.tokenizer(), analysis.analyzer());
        }
        // Commits made by another process (an ingest beside a running server) show up on their own.
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::OnCommitWithDelay)
            .try_into()?;
        Ok(SearchIndex {
            dir: dir.to_path_buf(),
            index,
            reader,
            writer: Mutex::new(None),
            id,
            fields,
            facet,
        })
    }

    /// Whether the index on disk is complete and of this code's version.
    pub fn is_current(&self) -> bool {
        is_current(&self.dir)
    }

    /// Drops the index writer, if one is open, so that another process can write.
    pub fn release_writer(&self) {
        drop(
            self.writer
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take(),
        );
    }

    /// Indexes `articles` and commits, replacing any document already indexed under the same id.
    ///
    /// Deleting the id before adding makes this idempotent: indexing the same article twice (a batch
    /// re-run after a crash) leaves one document.
    pub fn replace(&self, articles: &[Indexed<'_>]) -> Result<(), StoreError> {
        if articles.is_empty() {
            return Ok(());
        }
        self.write(|writer| {
            for indexed in articles {
                writer.delete_term(Term::from_field_text(self.id, &indexed.article.id));
                writer.add_document(self.document(indexed))?;
            }
            Ok(())
        })
    }

    /// Runs `change` on the writer and commits.
    fn write(
        &self,
        change: impl FnOnce(&mut IndexWriter) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let mut slot = self.writer.lock().unwrap_or_else(PoisonError::into_inner);
        // The writer is taken out while in use and put back only on success: after a failed add or commit
        // it is dropped, which discards the uncommitted documents, and the next batch starts clean.
        let mut writer = match slot.take() {
            Some(writer) => writer,
            None => self.index.writer(WRITER_MEMORY_BYTES)?,
        };
        change(&mut writer)?;
        writer.commit()?;
        *slot = Some(writer);
        // Make the commit visible to this process's searches now rather than after the reload delay.
        self.reader.reload()?;
        Ok(())
    }

    /// The index document of an article: its title and body in the fields of its language, and the
    /// values searches filter and count by.
    fn document(&self, indexed: &Indexed<'_>) -> TantivyDocument {
        let article = indexed.article;
        let analysis = Analysis::for_language(article.lang.as_deref());
        let fields = self.fields_of(analysis);
        let mut doc = TantivyDocument::default();
        doc.add_text(self.id, &article.id);
        if let Some(title) = &article.title {
            doc.add_text(fields.title, title);
        }
        doc.add_text(fields.text, &article.text);
        let facet = self.facet;
        let single = [
            (facet.lang, article.lang.as_deref()),
            (facet.outlet, article.outlet.as_deref()),
            (facet.original_outlet, article.original_outlet.as_deref()),
            (facet.story, indexed.story),
        ];
        for (field, value) in single {
            if let Some(value) = value.filter(|value| !value.is_empty()) {
                doc.add_text(field, value);
            }
        }
        // Each value once per article, so that a facet counts articles, not mentions.
        let mut seen = HashSet::new();
        let entities = article
            .entities
            .iter()
            .map(|entity| (facet.entity, entity.name.as_str()));
        let speakers = article.quotes.iter().flat_map(|quote| {
            let speaker = &quote.speaker;
            let name = speaker.name.as_deref().unwrap_or(&speaker.text);
            [
                (facet.speaker, name),
                (facet.speaker_text, speaker.text.as_str()),
            ]
        });
        for (field, value) in entities.chain(speakers) {
            if !value.is_empty() && seen.insert((field, value)) {
                doc.add_text(field, value);
            }
        }
        if let Some(published) = article.published {
            doc.add_i64(facet.published, published.timestamp());
        }
        doc
    }

    fn fields_of(&self, analysis: Analysis) -> Fields {
        let position = Analysis::ALL
            .iter()
            .position(|&one| one == analysis)
            .unwrap_or(Analysis::ALL.len() - 1);
        self.fields[position]
    }

    /// The page of matches `request` asks for, the total and the facet counts, with a highlighter for the
    /// query's words. `stories` are the story ids to filter by: the one asked for and those merged into it.
    ///
    /// The query is parsed leniently: syntax errors are skipped, so any string a user types gives results.
    /// An empty query matches every article, so that filters alone browse the archive.
    pub fn search(
        &self,
        request: &SearchRequest,
        stories: &[String],
    ) -> Result<(IndexResults, Highlighter), StoreError> {
        let words = self.words_query(&request.query);
        let searcher = self.reader.searcher();
        let mut generators = Vec::with_capacity(self.fields.len());
        for fields in &self.fields {
            let mut generator = SnippetGenerator::create(&searcher, words.as_ref(), fields.text)?;
            generator.set_max_num_chars(SNIPPET_MAX_CHARS);
            generators.push(generator);
        }
        let highlighter = Highlighter(generators);
        let query = self.filtered(words, request, stories);
        // TopDocs refuses a limit of 0; a page past the end simply comes back empty.
        let top = TopDocs::with_limit(request.limit.max(1)).and_offset(request.offset);
        let facets = AggregationCollector::from_aggs(
            facet_request()?,
            AggContextParams::new(
                AggregationLimitsGuard::default(),
                self.index.tokenizers().clone(),
            ),
        );
        let (addresses, total, facets): (Vec<(f32, DocAddress)>, usize, _) = match request.sort {
            SearchSort::Relevance => {
                searcher.search(&query, &(top.order_by_score(), Count, facets))?
            }
            SearchSort::Date => {
                let (top, total, facets) = searcher.search(
                    &query,
                    &(
                        top.order_by_fast_field::<i64>(PUBLISHED, Order::Desc),
                        Count,
                        facets,
                    ),
                )?;
                // Newest first has no relevance to report.
                let top = top.into_iter().map(|(_, address)| (0.0, address)).collect();
                (top, total, facets)
            }
        };
        let mut hits = Vec::with_capacity(addresses.len().min(request.limit));
        for (score, address) in addresses.into_iter().take(request.limit) {
            let doc: TantivyDocument = searcher.doc(address)?;
            if let Some(id) = doc.get_first(self.id).and_then(|value| value.as_str()) {
                hits.push(IndexHit {
                    id: id.to_string(),
                    score,
                });
            }
        }
        let results = IndexResults {
            total,
            hits,
            facets: facet_counts(&serde_json::to_value(facets)?),
        };
        Ok((results, highlighter))
    }

    /// The query's words over every title and body field, titles weighted up; every article when empty.
    fn words_query(&self, query: &str) -> Box<dyn Query> {
        if query.trim().is_empty() {
            return Box::new(AllQuery);
        }
        let all: Vec<Field> = self
            .fields
            .iter()
            .flat_map(|fields| [fields.title, fields.text])
            .collect();
        let mut parser = QueryParser::for_index(&self.index, all);
        for fields in &self.fields {
            parser.set_field_boost(fields.title, TITLE_BOOST);
        }
        parser.parse_query_lenient(query).0
    }

    /// `words` restricted by the request's filters. Filters score nothing, so relevance stays the words'.
    fn filtered(
        &self,
        words: Box<dyn Query>,
        request: &SearchRequest,
        stories: &[String],
    ) -> BooleanQuery {
        let facet = self.facet;
        let any_of = |values: &[(Field, &str)]| -> Box<dyn Query> {
            let terms = values
                .iter()
                .map(|&(field, value)| {
                    let term = Term::from_field_text(field, value);
                    let query: Box<dyn Query> =
                        Box::new(TermQuery::new(term, IndexRecordOption::Basic));
                    (Occur::Should, query)
                })
                .collect();
            Box::new(ConstScoreQuery::new(
                Box::new(BooleanQuery::new(terms)),
                0.0,
            ))
        };
        let mut clauses = vec![(Occur::Must, words)];
        let single = [
            (facet.lang, &request.lang),
            (facet.outlet, &request.outlet),
            (facet.original_outlet, &request.original_outlet),
            (facet.entity, &request.entity),
        ];
        for (field, value) in single {
            if let Some(value) = value {
                clauses.push((Occur::Must, any_of(&[(field, value)])));
            }
        }
        if let Some(speaker) = &request.speaker {
            clauses.push((
                Occur::Must,
                any_of(&[(facet.speaker, speaker), (facet.speaker_text, speaker)]),
            ));
        }
        if request.story.is_some() {
            let stories: Vec<(Field, &str)> = stories
                .iter()
                .map(|story| (facet.story, story.as_str()))
                .collect();
            clauses.push((Occur::Must, any_of(&stories)));
        }
        if request.from.is_some() || request.to.is_some() {
            let bound = |instant: Option<i64>| match instant {
                Some(seconds) => Bound::Included(Term::from_field_i64(facet.published, seconds)),
                None => Bound::Unbounded,
            };
            let range = RangeQuery::new(
                bound(request.from.map(|from| from.timestamp())),
                bound(request.to.map(|to| to.timestamp())),
            );
            clauses.push((
                Occur::Must,
                Box::new(ConstScoreQuery::new(Box::new(range), 0.0)),
            ));
        }
        BooleanQuery::new(clauses)
    }
}

/// The aggregation that counts the top values of each facet field over the matching articles.
fn facet_request() -> Result<Aggregations, StoreError> {
    let mut request = serde_json::Map::new();
    for field in [LANG, OUTLET, ORIGINAL_OUTLET, ENTITY, SPEAKER, STORY] {
        request.insert(
            field.to_string(),
            serde_json::json!({ "terms": { "field": field, "size": FACET_SIZE } }),
        );
    }
    Ok(serde_json::from_value(serde_json::Value::Object(request))?)
}

/// The `(value, articles)` pairs of each facet, most first, from the aggregation's JSON form
/// (`{"lang": {"buckets": [{"key": "id", "doc_count": 3}, …]}, …}`).
fn facet_counts(results: &serde_json::Value) -> Facets {
    let counts = |field: &str| -> Vec<(String, usize)> {
        results[field]["buckets"]
            .as_array()
            .map(|buckets| {
                buckets
                    .iter()
                    .filter_map(|bucket| {
                        let value = bucket["key"].as_str()?;
                        let count = usize::try_from(bucket["doc_count"].as_u64()?).ok()?;
                        Some((value.to_string(), count))
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    Facets {
        langs: counts(LANG),
        outlets: counts(OUTLET),
        original_outlets: counts(ORIGINAL_OUTLET),
        entities: counts(ENTITY),
        speakers: counts(SPEAKER),
        stories: counts(STORY),
    }
}
/// Whether the index folder `dir` holds a complete index of this code's version.
fn is_current(dir: &Path) -> bool {
    std::fs::read_to_string(dir.join(VERSION_FILE))
        .is_ok_and(|version| version.trim() == INDEX_VERSION)
}

/// Deletes everything in the index folder `dir`: an index of another layout cannot be opened with this
/// schema, and its words were analysed another way.
fn clear_dir(dir: &Path) -> Result<(), StoreError> {
    let failed = |source| StoreError::IndexRebuild {
        path: dir.to_path_buf(),
        source,
    };
    for entry in std::fs::read_dir(dir).map_err(failed)? {
        let path = entry.map_err(failed)?.path();
        if path.is_dir() {
            std::fs::remove_dir_all(&path).map_err(failed)?;
        } else {
            std::fs::remove_file(&path).map_err(failed)?;
        }
    }
    Ok(())
}

impl Store {
    /// Rebuilds the search index from the articles in SQLite, and returns how many it indexed.
    ///
    /// [`Store::open`] does this on its own when the index on disk is of another version. Until it is
    /// done, searches find only the articles indexed so far; if it is interrupted, the next open starts
    /// it again.
    pub fn reindex(&self) -> Result<usize, StoreError> {
        self.index.write(|writer| {
            writer.delete_all_documents()?;
            Ok(())
        })?;
        let mut after = String::new();
        let mut indexed = 0;
        loop {
            // Paging by id, not by offset, keeps each page's cost flat however far in it is.
            let rows: Vec<(String, String, Option<String>)> = {
                let conn = self.reader();
                let mut statement = conn.prepare_cached(
                    "SELECT a.id, a.json, m.story_id FROM articles a
                     LEFT JOIN story_members m ON m.article_id = a.id
                     WHERE a.id > ?1 ORDER BY a.id LIMIT ?2",
                )?;
                let rows = statement
                    .query_map(params![after, crate::sql_int(REINDEX_BATCH)], |row| {
                        Ok((row.get(0)?, row.get(1)?, row.get(2)?))
                    })?;
                rows.collect::<Result<_, _>>()?
            };
            let Some((last, ..)) = rows.last() else {
                break;
            };
            after = last.clone();
            let articles = rows
                .iter()
                .map(|(_, json, story)| Ok((serde_json::from_str::<Article>(json)?, story)))
                .collect::<Result<Vec<_>, StoreError>>()?;
            self.index.write(|writer| {
                for (article, story) in &articles {
                    writer.add_document(self.index.document(&Indexed {
                        article,
                        story: story.as_deref(),
                    }))?;
                }
                Ok(())
            })?;
            indexed += rows.len();
        }
        let path = self.index.dir.join(VERSION_FILE);
        std::fs::write(&path, INDEX_VERSION)
            .map_err(|source| StoreError::IndexRebuild { path, source })?;
        Ok(indexed)
    }
}

#[cfg(test)]
impl SearchIndex {
    /// Documents in the index, the deleted ones not counted.
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }
}

/// A token filter replacing each word by its stem.
#[derive(Clone)]
struct StemFilter(Stemmer);

impl TokenFilter for StemFilter {
    type Tokenizer<T: Tokenizer> = StemTokenizer<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> StemTokenizer<T> {
        StemTokenizer {
            stemmer: self.0,
            inner: tokenizer,
        }
    }
}

#[derive(Clone)]
struct StemTokenizer<T> {
    stemmer: Stemmer,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for StemTokenizer<T> {
    type TokenStream<'a> = StemTokenStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        StemTokenStream {
            stemmer: self.stemmer,
            tail: self.inner.token_stream(text),
        }
    }
}

struct StemTokenStream<T> {
    stemmer: Stemmer,
    tail: T,
}

impl<T: TokenStream> TokenStream for StemTokenStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        let stem = match self.stemmer.stem(&token.text) {
            Cow::Owned(stem) => Some(stem),
            Cow::Borrowed(_) => None,
        };
        if let Some(stem) = stem {
            token.text = stem;
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

impl Highlighter {
    /// The best passage of `text` for the query, with each matched word marked as `«word»`.
    ///
    /// Plain text, not HTML: whoever displays it escapes it. When the query matched no word of the text
    /// (it matched the title only), the opening of the text is given, unmarked.
    pub fn snippet(&self, text: &str) -> String {
        // The text was indexed in the field of its language only; the analysis of that field marks the
        // most words of it (a stemmed reading finds the query's relatives, the others only exact forms).
        let snippet = self
            .0
            .iter()
            .map(|generator| generator.snippet(text))
            .max_by_key(|snippet| snippet.highlighted().len())
            .unwrap_or_else(Snippet::empty);
        if snippet.highlighted().is_empty() {
            return opening(text, SNIPPET_MAX_CHARS);
        }
        mark(
            snippet.fragment(),
            &collapse_overlapped_ranges(snippet.highlighted()),
        )
    }
}

/// `fragment` with the byte ranges `marks` (sorted, not overlapping) wrapped in « ».
fn mark(fragment: &str, marks: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(fragment.len() + 4 * marks.len());
    let mut from = 0;
    for range in marks {
        let (Some(before), Some(word)) =
            (fragment.get(from..range.start), fragment.get(range.clone()))
        else {
            continue;
        };
        out.push_str(before);
        out.push('«');
        out.push_str(word);
        out.push('»');
        from = range.end;
    }
    out.push_str(fragment.get(from..).unwrap_or(""));
    out
}

/// The first words of `text`, at most `max_bytes` long, cut at a space, with "…" when cut.
fn opening(text: &str, max_bytes: usize) -> String {
    let text = text.trim();
    if text.len() <= max_bytes {
        return text.to_string();
    }
    let mut end = max_bytes;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let head = head
        .rfind(char::is_whitespace)
        .map_or(head, |space| &head[..space]);
    format!("{}…", head.trim_end())
}

#[cfg(test)]
mod tests {
    use warta_model::RawDocument;

    use super::*;
    use crate::tests::titled;

    /// A raw document and its article in language `lang`.
    fn article(n: usize, lang: &str, title: &str, text: &str) -> (RawDocument, Article) {
        let (raw, article) = titled(n, title, text);
        let article = Article {
            lang: Some(lang.to_string()),
            ..article
        };
        (raw, article)
    }

    fn corpus() -> Vec<(RawDocument, Article)> {
        vec![
            article(
                0,
                "id",
                "Pos perbatasan diserang",
                "Kelompok bersenjata menyerang pos di perbatasan pada Senin malam.",
            ),
            article(
                1,
                "id",
                "Harga ikan naik",
                "Harga teri dan tongkol di pasar naik menjelang Lebaran.",
            ),
            article(
                2,
                "en",
                "Border post attacked",
                "Gunmen attacked a border post on Monday night, the minister said.",
            ),
            article(
                3,
                "fr",
                "Attaques à la frontière",
                "Des hommes armés ont attaqué un poste frontière.",
            ),
        ]
    }

    /// The titles of the articles `query` finds, sorted.
    fn titles(store: &Store, query: &str) -> Vec<String> {
        let mut titles: Vec<String> = store
            .search(query, 10)
            .unwrap()
            .into_iter()
            .filter_map(|hit| hit.title)
            .collect();
        titles.sort();
        titles
    }

    #[test]
    fn each_language_is_searched_through_its_stems() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        store.put_batch(&corpus()).unwrap();
        // (query, titles found)
        let cases: &[(&str, &[&str])] = &[
            // Indonesian: relatives meet at the root, roots are not taken apart.
            ("serangan", &["Pos perbatasan diserang"]),
            ("penyerangan", &["Pos perbatasan diserang"]),
            ("batas", &["Pos perbatasan diserang"]),
            ("menteri", &[]),
            ("teri", &["Harga ikan naik"]),
            // English.
            ("attacks", &["Border post attacked"]),
            ("ministers", &["Border post attacked"]),
            // Other languages: lower-cased words only.
            ("attaqué", &["Attaques à la frontière"]),
            ("frontière", &["Attaques à la frontière"]),
        ];
        for (query, expected) in cases {
            assert_eq!(titles(&store, query), *expected, "{query}");
        }
    }

    #[test]
    fn snippets_mark_the_words_of_the_field_that_matched() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        store.put_batch(&corpus()).unwrap();
        let cases = [
            (
                "serangan",
                "Kelompok bersenjata «menyerang» pos di perbatasan pada Senin malam",
            ),
            (
                "attacks",
                "Gunmen «attacked» a border post on Monday night, the minister said",
            ),
        ];
        for (query, snippet) in cases {
            let hits = store.search(query, 10).unwrap();
            assert_eq!(hits.len(), 1, "{query}");
            assert_eq!(hits[0].snippet, snippet, "{query}");
        }
    }

    #[test]
    fn an_index_of_another_version_is_rebuilt_from_the_database() {
        let dir = tempfile::tempdir().unwrap();
        let index_dir = dir.path().join("index");
        {
            let store = Store::open(dir.path()).unwrap();
            store.put_batch(&corpus()).unwrap();
        }
        assert_eq!(
            std::fs::read_to_string(index_dir.join(VERSION_FILE)).unwrap(),
            INDEX_VERSION
        );
        // An index left by older code: another schema, unstemmed, without a version file.
        std::fs::remove_dir_all(&index_dir).unwrap();
        std::fs::create_dir(&index_dir).unwrap();
        {
            let mut builder = Schema::builder();
            builder.add_text_field("id", STRING | STORED);
            let title = builder.add_text_field("title", tantivy::schema::TEXT);
            let index = Index::create_in_dir(&index_dir, builder.build()).unwrap();
            let mut writer: IndexWriter = index.writer(15_000_000).unwrap();
            let mut doc = TantivyDocument::default();
            doc.add_text(title, "stale");
            writer.add_document(doc).unwrap();
            writer.commit().unwrap();
        }
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.index.num_docs(), 4);
        assert_eq!(titles(&store, "serangan"), ["Pos perbatasan diserang"]);
        assert!(store.index.is_current());

        // A version file naming another version, as an index after an analysis change would have.
        drop(store);
        std::fs::write(index_dir.join(VERSION_FILE), "1").unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.index.num_docs(), 4);
        assert_eq!(store.reindex().unwrap(), 4);
        assert_eq!(store.index.num_docs(), 4);
    }

    #[test]
    fn marks_wrap_the_matched_words() {
        // (fragment, byte ranges to mark as (start, end), expected)
        type Case = (&'static str, &'static [(usize, usize)], &'static str);
        let cases: &[Case] = &[
            ("kata Prabowo kemarin", &[(5, 12)], "kata «Prabowo» kemarin"),
            ("a b c", &[(0, 1), (4, 5)], "«a» b «c»"),
            ("no marks", &[], "no marks"),
            // A range off a char boundary is skipped rather than panicking.
            ("é", &[(1, 2)], "é"),
        ];
        for (fragment, marks, expected) in cases {
            let marks: Vec<Range<usize>> = marks.iter().map(|&(start, end)| start..end).collect();
            assert_eq!(mark(fragment, &marks), *expected);
        }
    }

    #[test]
    fn the_opening_is_cut_at_a_space_and_a_char_boundary() {
        assert_eq!(opening("  short text ", 50), "short text");
        assert_eq!(opening("satu dua tiga empat", 12), "satu dua…");
        assert_eq!(opening("ééééé ééééé", 7), "ééé…");
    }
}
