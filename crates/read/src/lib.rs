//! Sources: turns paths (files, directories, `.gz`, JSON Lines, WARC, feeds, `-` for stdin) into
//! [`RawDocument`]s.
//!
//! A [`Reader`] holds the limits; [`Reader::read`] (or the shortcut [`read_paths`]) returns [`Documents`], a
//! lazy iterator that walks the paths in order and yields one `Result<RawDocument, ReadError>` per document:
//!
//! - a file is one document, [`Format::Html`] for `.html`/`.htm` or content starting with `<`, otherwise
//!   [`Format::Text`];
//! - a JSON Lines file (`.jsonl`, `.ndjson`, or content starting with `{"`) is streamed line by line, one
//!   [`Format::JsonRecord`] document per non-blank line, with the source `path:LINE`;
//! - a WARC file (`.warc`, `.warc.gz`, or content starting with `WARC/1.`) is streamed record by record, one
//!   [`Format::Html`] document per `200` HTML `response` record, with the record's target URI as the source;
//!   other records are skipped and counted ([`Documents::skipped`]);
//! - an RSS or Atom feed (`.rss`, `.atom`, `.xml`, or content opening with `<rss`/`<feed`) yields one
//!   [`Format::JsonRecord`] document per item;
//! - a directory is walked recursively, sorted by file name so that runs are reproducible;
//! - `.gz` content (recognised by its magic bytes) is decompressed on the fly;
//! - `-` is standard input.
//!
//! Nothing is decoded here: bytes are kept exactly as read (after decompression), and the extractor decides
//! their encoding. A problem with one record (an empty file, a binary file, a bad JSON line, a truncated gzip,
//! a path that cannot be opened) is a [`ReadError`] naming it, and reading goes on with the next record.
//!
//! ```no_run
//! use std::path::PathBuf;
//! for doc in warta_read::read_paths(&[PathBuf::from("corpus/")]) {
//!     match doc {
//!         Ok(doc) => println!("{} ({} bytes)", doc.source, doc.bytes.len()),
//!         Err(err) => eprintln!("skipped: {err}"),
//!     }
//! }
//! ```

mod feed;
mod lines;
mod open;
mod warc;

use std::cell::Cell;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use warta_model::RawDocument;

use crate::open::{Opened, Records};

/// A failure to read one record, naming it; reading goes on with the next record.
#[derive(Debug, Clone, thiserror::Error)]
#[error(
    "{source_name}{}{}: {reason}",
    line.map(|l| format!(":{l}")).unwrap_or_default(),
    offset.map(|o| format!(" (record at byte {o})")).unwrap_or_default()
)]
pub struct ReadError {
    pub source_name: String,
    /// The line of a JSON Lines file.
    pub line: Option<usize>,
    /// The byte offset of a WARC record (in the decompressed stream).
    pub offset: Option<u64>,
    pub reason: String,
}

impl ReadError {
    fn new(source_name: impl Into<String>, reason: impl Into<String>) -> ReadError {
        ReadError {
            source_name: source_name.into(),
            line: None,
            offset: None,
            reason: reason.into(),
        }
    }
}

/// The size of a single document the reader accepts by default (a file, or a decompressed `.gz`).
pub const MAX_DOCUMENT_BYTES: u64 = 64 * 1024 * 1024;
/// The size of a single JSON Lines record the reader accepts by default.
pub const MAX_LINE_BYTES: usize = 16 * 1024 * 1024;

/// Reading options: the limits that keep one oversized input (a 2 GB dump, a gzip bomb) from being loaded
/// into memory whole.
#[derive(Clone, Copy, Debug)]
pub struct Reader {
    max_document_bytes: u64,
    max_line_bytes: usize,
}

impl Default for Reader {
    fn default() -> Reader {
        Reader {
            max_document_bytes: MAX_DOCUMENT_BYTES,
            max_line_bytes: MAX_LINE_BYTES,
        }
    }
}

impl Reader {
    pub fn new() -> Reader {
        Reader::default()
    }

    /// Refuses documents larger than `bytes` (default [`MAX_DOCUMENT_BYTES`]).
    pub fn max_document_bytes(mut self, bytes: u64) -> Reader {
        self.max_document_bytes = bytes;
        self
    }

    /// Refuses JSON Lines records larger than `bytes` (default [`MAX_LINE_BYTES`]).
    pub fn max_line_bytes(mut self, bytes: usize) -> Reader {
        self.max_line_bytes = bytes;
        self
    }

    /// Streams raw documents (or per-record errors) from `paths`, in order, lazily.
    pub fn read(&self, paths: &[PathBuf]) -> Documents {
        Documents {
            reader: *self,
            paths: paths.iter().cloned().collect(),
            walk: None,
            records: None,
            skipped: Rc::default(),
        }
    }
}

/// Streams raw documents (or per-record errors) from the given paths, in order, lazily, with the default
/// limits.
pub fn read_paths(paths: &[PathBuf]) -> Documents {
    Reader::default().read(paths)
}

type VisibleFilter = fn(&walkdir::DirEntry) -> bool;

/// The lazy stream of documents returned by [`Reader::read`]. At most one directory walk and one
/// multi-record file (JSON Lines, WARC, feed) are open at a time.
pub struct Documents {
    reader: Reader,
    paths: VecDeque<PathBuf>,
    walk: Option<walkdir::FilterEntry<walkdir::IntoIter, VisibleFilter>>,
    records: Option<Records>,
    skipped: Rc<Cell<u64>>,
}

impl Iterator for Documents {
    type Item = Result<RawDocument, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(records) = &mut self.records {
                match records.next() {
                    Some(record) => return Some(record),
                    None => self.records = None,
                }
            }
            if let Some(walk) = &mut self.walk {
                match walk.next() {
                    Some(Ok(entry)) if entry.file_type().is_dir() => {}
                    Some(Ok(entry)) => match self.open_file(entry.path()) {
                        Some(item) => return Some(item),
                        None => continue,
                    },
                    Some(Err(err)) => {
                        let name = err
                            .path()
                            .map_or_else(String::new, |p| p.display().to_string());
                        let reason = err
                            .io_error()
                            .map_or_else(|| err.to_string(), |e| e.to_string());
                        return Some(Err(ReadError::new(name, format!("cannot read: {reason}"))));
                    }
                    None => self.walk = None,
                }
                continue;
            }
            let path = self.paths.pop_front()?;
            if path.as_os_str() == "-" {
                match self.take(open::open_stdin(&self.reader, &self.skipped)) {
                    Some(item) => return Some(item),
                    None => continue,
                }
            }
            match std::fs::metadata(&path) {
                Ok(meta) if meta.is_dir() => {
                    let walk = walkdir::WalkDir::new(&path)
                        .follow_links(true)
                        .sort_by_file_name();
                    self.walk = Some(walk.into_iter().filter_entry(is_visible as VisibleFilter));
                }
                Ok(_) => match self.open_file(&path) {
                    Some(item) => return Some(item),
                    None => continue,
                },
                Err(err) => {
                    return Some(Err(ReadError::new(
                        path.display().to_string(),
                        format!("cannot open: {err}"),
                    )));
                }
            }
        }
    }
}

/// Hidden entries (.git, .DS_Store) are never articles; the root of the walk itself may be hidden.
fn is_visible(entry: &walkdir::DirEntry) -> bool {
    entry.depth() == 0 || !entry.file_name().to_string_lossy().starts_with('.')
}

impl Documents {
    /// How many WARC records so far were not documents (requests, metadata, redirects, non-HTML responses).
    pub fn skipped(&self) -> u64 {
        self.skipped.get()
    }

    /// Opens one file. `None` when it held nothing to yield yet (a multi-record file is now being streamed).
    fn open_file(&mut self, path: &Path) -> Option<Result<RawDocument, ReadError>> {
        self.take(open::open_file(path, &self.reader, &self.skipped))
    }

    fn take(
        &mut self,
        opened: Result<Opened, ReadError>,
    ) -> Option<Result<RawDocument, ReadError>> {
        match opened {
            Ok(Opened::Document(doc)) => Some(Ok(doc)),
            Ok(Opened::Records(records)) => {
                self.records = Some(records);
                None
            }
            Err(err) => Some(Err(err)),
        }
    }
}

#[cfg(test)]
mod tests;
