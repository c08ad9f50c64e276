//! The pipeline from one raw document to one analysed article.
//!
//! `process` runs the stages in the order the data flows: [`warta_extract::extract`] turns bytes into a
//! title and blocks of text, [`warta_clean::clean`] takes the scraping residue out and keeps it aside, and
//! [`warta_analyze::analyze`] finds the language, entities and quotes. Each stage is a plain function over
//! typed data, so this crate only wires them; reading and storing happen at the edges, in the binary.
//!
//! Analysis reads the text [`Normalized`] (NFC, plain spaces, no zero-width characters), so that "Sri
//! Mulyani" with a no-break space or "Sébastien" with a combining accent is the same name as everywhere
//! else, while the article keeps the text as cleaned: every span analysis found is mapped back to offsets
//! into that stored text. Text fields of the annotations (a mention, a quote's content) hold the normalised
//! form, which is what search and comparison across articles want.
//!
//! ```
//! use warta_model::{Format, RawDocument};
//! let raw = RawDocument::new(
//!     "example.txt",
//!     Format::Text,
//!     "Menteri itu berbicara kepada wartawan di Jakarta\n\n\
//!      “Kami akan terus bekerja,” kata Menteri Keuangan Sri Mulyani.\n\n(ant)\n"
//!         .as_bytes()
//!         .to_vec(),
//! );
//! let article = warta_pipeline::process(&raw).unwrap();
//! assert_eq!(article.id, raw.content_hash);
//! assert!(!article.text.contains("(ant)"));
//! ```

use warta_analyze::entity::AliasTable;
use warta_clean::Normalized;
use warta_model::{Article, RawDocument, Span};

/// Why a raw document produced no article.
#[derive(Debug, thiserror::Error)]
pub enum ProcessError {
    #[error("{0}")]
    Extract(#[from] warta_extract::ExtractError),
    #[error("no article text left after extraction and cleaning")]
    Empty,
    /// A stage panicked on this record: a bug in warta, reported with the record rather than ending the run.
    #[error("internal error while processing this record (a bug in warta, please report it): {0}")]
    Bug(String),
}

/// Extracts, cleans and analyses one raw document, naming entities by the shipped alias table.
pub fn process(raw: &RawDocument) -> Result<Article, ProcessError> {
    process_with(raw, AliasTable::shipped())
}

/// [`process`] with another alias table (the shipped one extended by a user's file, say).
///
/// A bug that makes a stage panic on some input costs that record, not the run: the panic becomes the
/// record's [`ProcessError::Bug`], and the caller counts it and goes on with the next one.
pub fn process_with(raw: &RawDocument, aliases: &AliasTable) -> Result<Article, ProcessError> {
    guarded(|| run_stages(raw, aliases))
}

/// Runs `stages`, turning a panic into [`ProcessError::Bug`] with the panic's message. The stages share no
/// state across records that a panic could leave half-written (their models are read-only once loaded).
fn guarded(
    stages: impl FnOnce() -> Result<Article, ProcessError>,
) -> Result<Article, ProcessError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(stages)).unwrap_or_else(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        Err(ProcessError::Bug(message))
    })
}

fn run_stages(raw: &RawDocument, aliases: &AliasTable) -> Result<Article, ProcessError> {
    let extracted = warta_extract::extract(raw)?;
    let cleaned = warta_clean::clean(extracted.title.as_deref(), &extracted.blocks);
    if cleaned.text.trim().is_empty() {
        return Err(ProcessError::Empty);
    }
    let mut authors = extracted.authors;
    for name in cleaned.credits {
        if !authors.contains(&name) {
            authors.push(name);
        }
    }
    let mut article = Article {
        id: extracted.id.unwrap_or_else(|| raw.content_hash.clone()),
        raw_hash: raw.content_hash.clone(),
        source: raw.source.clone(),
        url: extracted.url,
        title: cleaned.title.or(extracted.title),
        text: cleaned.text,
        lang: None,
        published: extracted.published,
        // A title suffix naming the page's own outlet ("… | Kompas" on kompas.com) is not an original source.
        original_outlet: cleaned
            .original_outlet
            .filter(|o| Some(o) != extracted.outlet.as_ref()),
        outlet: extracted.outlet.or(cleaned.outlet),
        authors,
        removed: cleaned.removed,
        entities: Vec::new(),
        quotes: Vec::new(),
        sources: Default::default(),
        languages: Vec::new(),
        segments: cleaned.segments,
    };
    analyze(&mut article, aliases);
    if article.lang.is_none() {
        article.lang = extracted.lang_hint;
    }
    Ok(article)
}

/// Analyses the article on its normalised text and title, then gives it back its own text and title with
/// every span mapped into that text.
fn analyze(article: &mut Article, aliases: &AliasTable) {
    let text = Normalized::new(&article.text);
    let title = article.title.as_deref().map(Normalized::new);
    let original_text = std::mem::replace(&mut article.text, text.as_str().to_string());
    let original_title =
        std::mem::replace(&mut article.title, title.map(|t| t.as_str().to_string()));
    warta_analyze::analyze_with(article, aliases);
    article.text = original_text;
    article.title = original_title;
    map_spans(article, &text);
}

/// Maps every span of the annotations from the normalised text into the original.
fn map_spans(article: &mut Article, text: &Normalized) {
    let map = |start: &mut usize, end: &mut usize| {
        let span = text.original_span(Span::new(*start, *end));
        (*start, *end) = (span.start, span.end);
    };
    for mention in article.entities.iter_mut().flat_map(|e| &mut e.mentions) {
        map(&mut mention.start, &mut mention.end);
    }
    for quote in &mut article.quotes {
        map(&mut quote.start, &mut quote.end);
        if let (Some(start), Some(end)) = (&mut quote.speaker.start, &mut quote.speaker.end) {
            map(start, end);
        }
        if let Some(when) = &mut quote.when {
            map(&mut when.start, &mut when.end);
        }
    }
    for citation in &mut article.sources.cited {
        map(&mut citation.start, &mut citation.end);
        citation.sentence = text.original_span(citation.sentence);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use warta_model::Format;

    fn process_text(text: &str) -> Article {
        let raw = RawDocument::new("test.txt", Format::Text, text.as_bytes().to_vec());
        match process(&raw) {
            Ok(article) => article,
            Err(e) => panic!("{text:?}: {e}"),
        }
    }

    /// The same article written with plain characters and with a decomposed "é", no-break spaces inside
    /// names and a zero-width space inside a quote.
    const PLAIN: &str = "Menteri Pertahanan Prancis bertemu wartawan di Paris\n\n\
        Menteri Pertahanan Prancis Sébastien Lecornu mengatakan bantuan itu akan tiba pekan depan.\n\n\
        “Kami akan terus mendukung Ukraina sampai akhir,” kata Sri Mulyani kepada wartawan, Selasa.\n";

    fn scraped() -> String {
        PLAIN
            .replace("Sri Mulyani", "Sri\u{a0}Mulyani")
            .replace("Sébastien Lecornu", "Se\u{301}bastien\u{a0}Lecornu")
            .replace("mendukung", "men\u{200b}dukung")
    }

    /// A dateline's outlets are the article's: the site is its outlet, the agency its original outlet.
    #[test]
    fn a_dateline_names_the_outlet_and_the_original_outlet() {
        let article = process_text(
            "Polisi tangkap dua pelaku\n\nSurabaya (ANTARA) - Polisi menangkap dua pelaku penipuan.\n",
        );
        assert_eq!(article.original_outlet.as_deref(), Some("ANTARA"));
        let article = process_text(
            "Polisi tangkap dua pelaku\n\nJakarta, CNN Indonesia -- Polisi menangkap dua pelaku penipuan.\n",
        );
        assert_eq!(article.outlet.as_deref(), Some("CNN Indonesia"));
    }

    #[test]
    fn a_panicking_stage_is_an_error_of_its_record() {
        let got = guarded(|| panic!("slice index starts at 6 but ends at 5"));
        assert!(
            matches!(&got, Err(ProcessError::Bug(m)) if m.contains("starts at 6")),
            "{got:?}"
        );
        let formatted = guarded(|| panic!("record {}", 7));
        assert!(matches!(&formatted, Err(ProcessError::Bug(m)) if m == "record 7"));
    }

    #[test]
    fn analysis_reads_normalised_text_and_offsets_slice_the_stored_text() {
        let scraped = scraped();
        let plain = process_text(PLAIN);
        let article = process_text(&scraped);
        // The stored text is the text as cleaned, not the normalised one.
        assert!(article.text.contains("Se\u{301}bastien\u{a0}Lecornu"));
        assert!(article.text.contains("men\u{200b}dukung"));
        let normalised = |s: &str| Normalized::new(s).as_str().to_string();

        let names =
            |a: &Article| -> Vec<String> { a.entities.iter().map(|e| e.name.clone()).collect() };
        assert_eq!(names(&article), names(&plain));
        for name in ["Sébastien Lecornu", "Sri Mulyani"] {
            assert!(
                names(&article).iter().any(|n| n == name),
                "{name}: {:?}",
                names(&article)
            );
        }
        for mention in article.entities.iter().flat_map(|e| &e.mentions) {
            let slice = Span::new(mention.start, mention.end).slice(&article.text);
            assert_eq!(normalised(slice), mention.text, "{mention:?}");
        }

        assert_eq!(article.quotes.len(), plain.quotes.len());
        let quote = article
            .quotes
            .iter()
            .find(|q| q.content.contains("mendukung Ukraina"))
            .unwrap_or_else(|| panic!("no quote in {:?}", article.quotes));
        let slice = Span::new(quote.start, quote.end).slice(&article.text);
        assert!(slice.contains("men\u{200b}dukung"), "{slice:?}");
        assert_eq!(normalised(slice), quote.content);
        assert_eq!(quote.speaker.name.as_deref(), Some("Sri Mulyani"));
        let (Some(start), Some(end)) = (quote.speaker.start, quote.speaker.end) else {
            panic!("speaker without a span: {:?}", quote.speaker);
        };
        let speaker = Span::new(start, end).slice(&article.text);
        assert_eq!(normalised(speaker), quote.speaker.text);
        if let Some(when) = &quote.when {
            let slice = Span::new(when.start, when.end).slice(&article.text);
            assert_eq!(normalised(slice), when.text);
        }
        for citation in &article.sources.cited {
            let slice = Span::new(citation.start, citation.end).slice(&article.text);
            assert_eq!(normalised(slice), citation.text);
        }
    }
}
