//! JSON Lines: one record per line, streamed so that a file of any size is never held in memory whole.

use std::io::{BufRead, Read};

use serde::de::IgnoredAny;
use warta_model::{Format, RawDocument};

use crate::open::read_error;
use crate::ReadError;

/// The records of one JSON Lines input, in order. A bad line is an error for that line only; an unreadable
/// stream (a truncated gzip) ends the file after the records read so far.
pub(crate) struct JsonLines {
    name: String,
    input: Box<dyn BufRead>,
    gzip: bool,
    max_line_bytes: usize,
    line: usize,
    done: bool,
}

impl JsonLines {
    pub(crate) fn new(
        name: &str,
        input: Box<dyn BufRead>,
        gzip: bool,
        max_line_bytes: usize,
    ) -> JsonLines {
        JsonLines {
            name: name.to_string(),
            input,
            gzip,
            max_line_bytes,
            line: 0,
            done: false,
        }
    }

    fn line_error(&self, reason: impl Into<String>) -> ReadError {
        ReadError {
            source_name: self.name.clone(),
            line: Some(self.line),
            offset: None,
            reason: reason.into(),
        }
    }

    fn stream_error(&mut self, err: &std::io::Error) -> ReadError {
        self.done = true;
        let mut error = read_error(&self.name, self.gzip, err);
        error.reason = format!("{} (after line {})", error.reason, self.line);
        error
    }
}

impl Iterator for JsonLines {
    type Item = Result<RawDocument, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let mut buf = Vec::new();
            let limit = self.max_line_bytes as u64 + 1;
            match (&mut self.input).take(limit).read_until(b'\n', &mut buf) {
                Ok(0) => self.done = true,
                Ok(_) => {
                    self.line += 1;
                    let ended = buf.last() == Some(&b'\n');
                    if !ended && buf.len() > self.max_line_bytes {
                        if let Err(err) = skip_line(&mut self.input) {
                            return Some(Err(self.stream_error(&err)));
                        }
                        let reason = format!(
                            "line longer than the limit of {} bytes",
                            self.max_line_bytes
                        );
                        return Some(Err(self.line_error(reason)));
                    }
                    let record = trim_line(&buf, self.line == 1);
                    if record.trim_ascii().is_empty() {
                        continue;
                    }
                    if let Err(reason) = check_object(record) {
                        return Some(Err(self.line_error(reason)));
                    }
                    let source = format!("{}:{}", self.name, self.line);
                    return Some(Ok(RawDocument::new(
                        source,
                        Format::JsonRecord,
                        record.to_vec(),
                    )));
                }
                // Whatever the partial line held is dropped: only fully read records come out.
                Err(err) => return Some(Err(self.stream_error(&err))),
            }
        }
        None
    }
}

/// The line without its line ending (and, on the first line, without a UTF-8 byte-order mark).
fn trim_line(buf: &[u8], first: bool) -> &[u8] {
    let mut line = buf.strip_suffix(b"\n").unwrap_or(buf);
    line = line.strip_suffix(b"\r").unwrap_or(line);
    if first {
        line = line.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(line);
    }
    line
}

/// A record must be one JSON object. Invalid UTF-8 is not this stage's business (the extractor decodes
/// lossily), so the check runs on a lossy view of the bytes.
fn check_object(record: &[u8]) -> Result<(), String> {
    if record.trim_ascii_start().first() != Some(&b'{') {
        return Err("not a JSON object".into());
    }
    let text = String::from_utf8_lossy(record);
    serde_json::from_str::<IgnoredAny>(&text)
        .map(|_| ())
        .map_err(|e| format!("not a JSON object: {e}"))
}

/// Discards input up to and including the next newline.
fn skip_line(input: &mut dyn BufRead) -> std::io::Result<()> {
    loop {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        match buf.iter().position(|&b| b == b'\n') {
            Some(i) => {
                input.consume(i + 1);
                return Ok(());
            }
            None => {
                let len = buf.len();
                input.consume(len);
            }
        }
    }
}
