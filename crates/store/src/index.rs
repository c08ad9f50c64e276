//! The full-text index: tantivy over article titles and bodies.
//!
//! Only the article id is stored in the index; the article itself lives in SQLite. The index can therefore
//! hold ids SQLite does not know (a batch indexed just before a crash, see [`crate::Store::put_batch`]);
//! callers look every hit up in SQLite and drop those.

use std::ops::Range;
use std::path::Path;
use std::sync::{Mutex, PoisonError};

use tantivy::collector::TopDocs;
use tantivy::directory::MmapDirectory;
use tantivy::query::{Query, QueryParser};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING,
};
use tantivy::snippet::{collapse_overlapped_ranges, SnippetGenerator};
use tantivy::tokenizer::{LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer};
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};
use warta_model::Article;

use crate::StoreError;

/// The name the text analyser is registered under in the index schema.
const TEXT_ANALYZER: &str = "warta_text";

/// How much a word in the title counts against the same word in the body.
const TITLE_BOOST: f32 = 2.0;

/// Memory for the index writer's in-RAM segment before it flushes to disk.
const WRITER_MEMORY_BYTES: usize = 64 * 1024 * 1024;

/// Longest snippet, in bytes of the article text.
const SNIPPET_MAX_CHARS: usize = 200;

/// How titles and bodies are cut into searchable words, at indexing and at query time alike.
///
/// This is the one place to change it (an Indonesian stemmer goes here as one more filter). Changing it
/// changes which words the existing index holds, so the index must then be rebuilt.
fn text_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        // Words longer than this are URLs, hashes or glued residue, not something anyone searches for.
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .build()
}

pub(crate) struct SearchIndex {
    index: Index,
    reader: IndexReader,
    /// Opened on the first write, so that a process that only reads (the server) does not take the index's
    /// single-writer lock and can run beside an ingest.
    writer: Mutex<Option<IndexWriter>>,
    id: Field,
    title: Field,
    text: Field,
}

/// A document the index matched: the article id and its relevance.
pub(crate) struct IndexHit {
    pub id: String,
    pub score: f32,
}

/// Marks the query's words in article text.
pub(crate) struct Highlighter(SnippetGenerator);

impl SearchIndex {
    /// Opens the index in `dir`, creating it if the directory holds none.
    pub fn open(dir: &Path) -> Result<SearchIndex, StoreError> {
        let mut builder = Schema::builder();
        let id = builder.add_text_field("id", STRING | STORED);
        let words = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(TEXT_ANALYZER)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let title = builder.add_text_field("title", words.clone());
        let text = builder.add_text_field("text", words);
        let directory = MmapDirectory::open(dir)?;
        let index = Index::open_or_create(directory, builder.build())?;
        index.tokenizers().register(TEXT_ANALYZER, text_analyzer());
        // Commits made by another process (an ingest beside a running server) show up on their own.
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::OnCommitWithDelay)
            .try_into()?;
        Ok(SearchIndex {
            index,
            reader,
            writer: Mutex::new(None),
            id,
            title,
            text,
        })
    }

    /// Indexes `articles` and commits, replacing any document already indexed under the same id.
    ///
    /// Deleting the id before adding makes this idempotent: indexing the same article twice (a batch
    /// re-run after a crash) leaves one document.
    pub fn replace(&self, articles: &[&Article]) -> Result<(), StoreError> {
        if articles.is_empty() {
            return Ok(());
        }
        let mut slot = self.writer.lock().unwrap_or_else(PoisonError::into_inner);
        // The writer is taken out while in use and put back only on success: after a failed add or commit
        // it is dropped, which discards the uncommitted documents, and the next batch starts clean.
        let mut writer = match slot.take() {
            Some(writer) => writer,
            None => self.index.writer(WRITER_MEMORY_BYTES)?,
        };
        for article in articles {
            writer.delete_term(Term::from_field_text(self.id, &article.id));
            let mut doc = TantivyDocument::default();
            doc.add_text(self.id, &article.id);
            if let Some(title) = &article.title {
                doc.add_text(self.title, title);
            }
            doc.add_text(self.text, &article.text);
            writer.add_document(doc)?;
        }
        writer.commit()?;
        *slot = Some(writer);
        // Make the commit visible to this process's searches now rather than after the reload delay.
        self.reader.reload()?;
        Ok(())
    }

    /// The best `limit` matches for `query`, with a highlighter for the query's words.
    ///
    /// The query is parsed leniently: syntax errors are skipped, so any string a user types gives results.
    pub fn search(
        &self,
        query: &str,
        limit: usize,
    ) -> Result<(Vec<IndexHit>, Highlighter), StoreError> {
        let mut parser = QueryParser::for_index(&self.index, vec![self.title, self.text]);
        parser.set_field_boost(self.title, TITLE_BOOST);
        let (query, _errors) = parser.parse_query_lenient(query);
        let searcher = self.reader.searcher();
        let mut generator = SnippetGenerator::create(&searcher, query.as_ref(), self.text)?;
        generator.set_max_num_chars(SNIPPET_MAX_CHARS);
        let highlighter = Highlighter(generator);
        // TopDocs refuses a limit of 0, and a limit above the document count only wastes memory.
        let limit = limit.min(usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX));
        if limit == 0 {
            return Ok((Vec::new(), highlighter));
        }
        let top = searcher.search(
            query.as_ref() as &dyn Query,
            &TopDocs::with_limit(limit).order_by_score(),
        )?;
        let mut hits = Vec::with_capacity(top.len());
        for (score, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            if let Some(id) = doc.get_first(self.id).and_then(|value| value.as_str()) {
                hits.push(IndexHit {
                    id: id.to_string(),
                    score,
                });
            }
        }
        Ok((hits, highlighter))
    }
}

#[cfg(test)]
impl SearchIndex {
    /// Documents in the index, the deleted ones not counted.
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }
}

impl Highlighter {
    /// The best passage of `text` for the query, with each matched word marked as `«word»`.
    ///
    /// Plain text, not HTML: whoever displays it escapes it. When the query matched no word of the text
    /// (it matched the title only), the opening of the text is given, unmarked.
    pub fn snippet(&self, text: &str) -> String {
        let snippet = self.0.snippet(text);
        if snippet.is_empty() {
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
    use super::*;

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
