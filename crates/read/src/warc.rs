//! WARC files (as Common Crawl News writes them): one [`RawDocument`] per HTML `response` record.
//!
//! The file is streamed record by record, so a multi-gigabyte archive is never held in memory: only the
//! current record's block (bounded by the document limit) is. A `.warc.gz` is a series of gzip members, one
//! per record, which the caller's `MultiGzDecoder` reads as one stream.
//!
//! A record is `WARC/1.x` CRLF, header lines, a blank line, exactly `Content-Length` bytes of block, then
//! CRLF CRLF. A `response` record's block is an HTTP message: its status line and headers are stripped,
//! and only the body of a `200` HTML response becomes a document, with the record's `WARC-Target-URI` as its
//! source, its `WARC-Date` as the time it was read, and its HTTP `Content-Type` (which may name the
//! charset) as its content type. Other records (requests, metadata, redirects, images) are skipped and
//! counted. A record whose `Content-Length` is wrong (the stream ends early, or the next record does not
//! start where it should) is an error naming the file and the record's byte offset; reading then resumes
//! at the next `WARC/1.` line.

use std::cell::Cell;
use std::io::{BufRead, Read};
use std::rc::Rc;

use chrono::{DateTime, Utc};
use flate2::read::GzDecoder;
use warta_model::{Format, RawDocument};

use crate::open::read_error;
use crate::ReadError;

/// The size of one WARC or HTTP header section beyond which the record is taken as corrupt.
const MAX_HEADER_BYTES: u64 = 64 * 1024;
const VERSION_PREFIX: &[u8] = b"WARC/1.";

/// The HTML responses of one WARC stream, in order.
pub(crate) struct WarcRecords {
    name: String,
    input: Box<dyn BufRead>,
    gzip: bool,
    max_record_bytes: u64,
    /// Bytes consumed so far (of the decompressed stream).
    offset: u64,
    /// Where the last line read started, and where the current record started.
    line_start: u64,
    record_start: u64,
    /// The next record's version line has already been consumed (while checking the previous record's end).
    version_read: bool,
    /// After a corrupt record: skip lines until the next `WARC/1.` one.
    resync: bool,
    skipped: Rc<Cell<u64>>,
    done: bool,
}

/// One record's WARC headers, as far as they matter here.
#[derive(Default)]
struct Headers {
    kind: Option<String>,
    target_uri: Option<String>,
    /// When the crawler fetched the page.
    date: Option<DateTime<Utc>>,
    content_length: Option<u64>,
}

/// What lies ahead in the stream.
enum Found {
    Record,
    End,
    /// Bytes that are not a record, at this offset.
    Garbage(u64),
}

enum Line {
    Eof,
    Text(Vec<u8>),
}

impl WarcRecords {
    pub(crate) fn new(
        name: &str,
        input: Box<dyn BufRead>,
        gzip: bool,
        max_record_bytes: u64,
        skipped: Rc<Cell<u64>>,
    ) -> WarcRecords {
        WarcRecords {
            name: name.to_string(),
            input,
            gzip,
            max_record_bytes,
            offset: 0,
            line_start: 0,
            record_start: 0,
            version_read: false,
            resync: false,
            skipped,
            done: false,
        }
    }

    fn error_at(&self, offset: u64, reason: impl Into<String>) -> ReadError {
        let mut error = ReadError::new(&self.name, reason);
        error.offset = Some(offset);
        error
    }

    fn stream_error(&mut self, offset: u64, err: &std::io::Error) -> ReadError {
        self.done = true;
        let mut error = read_error(&self.name, self.gzip, err);
        error.offset = Some(offset);
        error
    }

    /// Reads one line (with its ending), at most `MAX_HEADER_BYTES` long.
    fn line(&mut self) -> std::io::Result<Line> {
        let mut buf = Vec::new();
        self.line_start = self.offset;
        let read = (&mut self.input)
            .take(MAX_HEADER_BYTES)
            .read_until(b'\n', &mut buf)?;
        self.offset += read as u64;
        Ok(if read == 0 {
            Line::Eof
        } else {
            Line::Text(buf)
        })
    }

    /// Consumes input up to and including the next record's version line.
    fn find_version(&mut self) -> std::io::Result<Found> {
        if std::mem::take(&mut self.version_read) {
            return Ok(Found::Record);
        }
        loop {
            match self.line()? {
                Line::Eof => return Ok(Found::End),
                Line::Text(line) if line.starts_with(VERSION_PREFIX) => {
                    self.resync = false;
                    self.record_start = self.line_start;
                    return Ok(Found::Record);
                }
                Line::Text(line) if line.trim_ascii().is_empty() || self.resync => {}
                Line::Text(_) => {
                    // Not where a record should start: report once, then look for the next one.
                    self.resync = true;
                    return Ok(Found::Garbage(self.line_start));
                }
            }
        }
    }

    fn headers(&mut self) -> Result<Headers, String> {
        let mut headers = Headers::default();
        let mut total = 0;
        loop {
            let line = match self.line() {
                Ok(Line::Text(line)) => line,
                Ok(Line::Eof) => return Err("the file ends inside the record headers".into()),
                Err(err) => return Err(err.to_string()),
            };
            total += line.len() as u64;
            if total > MAX_HEADER_BYTES {
                return Err("record headers too long".into());
            }
            let line = String::from_utf8_lossy(&line);
            let line = line.trim();
            if line.is_empty() {
                return Ok(headers);
            }
            let Some((name, value)) = line.split_once(':') else {
                continue;
            };
            let value = value.trim();
            match name.trim().to_ascii_lowercase().as_str() {
                "warc-type" => headers.kind = Some(value.to_ascii_lowercase()),
                "warc-target-uri" => {
                    // WARC/1.0 allowed the URI in angle brackets.
                    let uri = value.trim_start_matches('<').trim_end_matches('>');
                    headers.target_uri = Some(uri.to_string());
                }
                "content-length" => headers.content_length = value.parse().ok(),
                "warc-date" => {
                    headers.date = DateTime::parse_from_rfc3339(value)
                        .ok()
                        .map(|d| d.with_timezone(&Utc));
                }
                _ => {}
            }
        }
    }

    /// Checks that the block ended where `Content-Length` said: blank lines, then the end of the stream or
    /// the next version line (which is then consumed).
    fn block_ends_cleanly(&mut self) -> std::io::Result<bool> {
        loop {
            match self.line()? {
                Line::Eof => return Ok(true),
                Line::Text(line) if line.trim_ascii().is_empty() => {}
                Line::Text(line) => {
                    let next = line.starts_with(VERSION_PREFIX);
                    self.version_read = next;
                    self.record_start = self.line_start;
                    self.resync = !next;
                    return Ok(next);
                }
            }
        }
    }

    /// Discards `len` bytes of block, returning how many there were.
    fn skip(&mut self, len: u64) -> std::io::Result<u64> {
        let skipped = std::io::copy(&mut (&mut self.input).take(len), &mut std::io::sink())?;
        self.offset += skipped;
        Ok(skipped)
    }

    /// Reads the next record: `Ok(None)` for a record that is not a document.
    fn record(&mut self, start: u64) -> Result<Option<RawDocument>, ReadError> {
        let headers = self
            .headers()
            .map_err(|reason| self.error_at(start, reason))?;
        let Some(length) = headers.content_length else {
            self.resync = true;
            return Err(self.error_at(start, "record without a valid Content-Length"));
        };
        let wanted = headers.kind.as_deref() == Some("response") && length <= self.max_record_bytes;
        let mut block = Vec::new();
        let got = if wanted {
            (&mut self.input)
                .take(length)
                .read_to_end(&mut block)
                .map_err(|e| self.stream_error(start, &e))? as u64
        } else {
            self.skip(length)
                .map_err(|e| self.stream_error(start, &e))?
        };
        if wanted {
            self.offset += got;
        }
        if got < length {
            self.done = true;
            return Err(self.error_at(
                start,
                format!("truncated record: Content-Length {length}, only {got} bytes left"),
            ));
        }
        let clean = self
            .block_ends_cleanly()
            .map_err(|e| self.stream_error(start, &e))?;
        if !clean {
            return Err(self.error_at(
                start,
                format!("Content-Length {length} does not end the record"),
            ));
        }
        if headers.kind.as_deref() == Some("response") && length > self.max_record_bytes {
            return Err(self.error_at(
                start,
                format!(
                    "record larger than the limit of {} bytes",
                    self.max_record_bytes
                ),
            ));
        }
        if !wanted {
            self.skipped.set(self.skipped.get() + 1);
            return Ok(None);
        }
        let source = headers
            .target_uri
            .unwrap_or_else(|| format!("{}@{start}", self.name));
        match html_body(&block, self.max_record_bytes) {
            Some((body, content_type)) => {
                let mut doc = RawDocument::new(source, Format::Html, body);
                // The server's charset, for the extractor to decode with.
                doc.content_type = content_type;
                // The page was read when the crawler fetched it, not when the archive was opened.
                if let Some(date) = headers.date {
                    doc.read_at = date;
                }
                Ok(Some(doc))
            }
            None => {
                self.skipped.set(self.skipped.get() + 1);
                Ok(None)
            }
        }
    }
}

impl Iterator for WarcRecords {
    type Item = Result<RawDocument, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.find_version() {
                Ok(Found::Record) => {}
                Ok(Found::End) => self.done = true,
                Ok(Found::Garbage(offset)) => {
                    return Some(Err(self.error_at(offset, "not a WARC record")));
                }
                Err(err) => {
                    let offset = self.offset;
                    return Some(Err(self.stream_error(offset, &err)));
                }
            }
            if self.done {
                break;
            }
            match self.record(self.record_start) {
                Ok(Some(doc)) => return Some(Ok(doc)),
                Ok(None) => {}
                Err(err) => return Some(Err(err)),
            }
        }
        None
    }
}

/// The body of an HTTP response block when it is a `200` HTML page (gzip content encoding undone), with
/// its `Content-Type` header.
fn html_body(block: &[u8], limit: u64) -> Option<(Vec<u8>, Option<String>)> {
    let (head, body) = split_http(block)?;
    let head = String::from_utf8_lossy(head);
    let mut lines = head.lines();
    let status = lines.next()?.split_whitespace().nth(1)?;
    if status != "200" {
        return None;
    }
    let mut content_type = None;
    let mut gzip = false;
    let mut chunked = false;
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().to_ascii_lowercase();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = Some(value).filter(|v| !v.is_empty()),
            "content-encoding" => gzip = value.contains("gzip"),
            "transfer-encoding" => chunked = value.contains("chunked"),
            _ => {}
        }
    }
    let body = if chunked {
        dechunk(body)?
    } else {
        body.to_vec()
    };
    let body = if gzip {
        let mut out = Vec::new();
        GzDecoder::new(body.as_slice())
            .take(limit)
            .read_to_end(&mut out)
            .ok()?;
        out
    } else {
        body
    };
    let html = match &content_type {
        Some(kind) => kind.contains("html"),
        // No Content-Type: trust a body that opens with markup.
        None => body.trim_ascii_start().first() == Some(&b'<'),
    };
    (html && !body.trim_ascii().is_empty()).then_some((body, content_type))
}

/// The HTTP head and body of a block, split at the first blank line.
fn split_http(block: &[u8]) -> Option<(&[u8], &[u8])> {
    if !block.starts_with(b"HTTP/") {
        return None;
    }
    let crlf = block
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| (i, i + 4));
    let lf = block
        .windows(2)
        .position(|w| w == b"\n\n")
        .map(|i| (i, i + 2));
    let (end, body) = match (crlf, lf) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b)?,
    };
    Some((block.get(..end)?, block.get(body..)?))
}

/// Undoes HTTP chunked transfer encoding; `None` when the chunks are malformed.
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    loop {
        let line_end = body.iter().position(|&b| b == b'\n')?;
        let size_line = String::from_utf8_lossy(body.get(..line_end)?);
        let size_text = size_line.split(';').next()?.trim();
        let size = usize::from_str_radix(size_text, 16).ok()?;
        body = body.get(line_end + 1..)?;
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = body.get(size..)?;
        body = body
            .strip_prefix(b"\r\n")
            .or_else(|| body.strip_prefix(b"\n"))
            .unwrap_or(body);
    }
}
