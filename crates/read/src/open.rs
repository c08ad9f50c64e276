//! Opening one input: undoing gzip, refusing empty, binary and oversized input, and deciding the format.

use std::cell::Cell;
use std::fs::File;
use std::io::{BufRead, BufReader, Cursor, Read};
use std::path::Path;
use std::rc::Rc;

use flate2::read::MultiGzDecoder;
use warta_model::{Format, RawDocument};

use crate::feed::feed_items;
use crate::lines::JsonLines;
use crate::warc::WarcRecords;
use crate::{ReadError, Reader};

/// The documents of a multi-record input, read lazily.
pub(crate) type Records = Box<dyn Iterator<Item = Result<RawDocument, ReadError>>>;

/// What an input turned out to be: a single document, or a stream to be read record by record.
pub(crate) enum Opened {
    Document(RawDocument),
    Records(Records),
}

/// How much of the (decompressed) content is looked at to tell binary from text and to sniff the format.
const SNIFF_BYTES: usize = 8 * 1024;
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];
const UTF8_BOM: [u8; 3] = [0xef, 0xbb, 0xbf];

enum Kind {
    Document(Format),
    Lines,
    Warc,
    Feed,
}

/// Opens the file at `path`; WARC records that are not documents are counted in `skipped`.
pub(crate) fn open_file(
    path: &Path,
    reader: &Reader,
    skipped: &Rc<Cell<u64>>,
) -> Result<Opened, ReadError> {
    let name = path.display().to_string();
    let file = File::open(path).map_err(|e| ReadError::new(&name, format!("cannot open: {e}")))?;
    let size = file.metadata().ok().map(|m| m.len());
    let kind = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .and_then(|n| kind_from_name(&n));
    let input = Box::new(BufReader::new(file));
    open_stream(&name, input, kind, size, reader, skipped)
}

pub(crate) fn open_stdin(reader: &Reader, skipped: &Rc<Cell<u64>>) -> Result<Opened, ReadError> {
    let input = Box::new(std::io::stdin().lock());
    open_stream("-", input, None, None, reader, skipped)
}

/// Opens `input`, named `name`. `kind` is what the file name says (sniffed from the content when `None`),
/// `size` its size on disk when known.
fn open_stream(
    name: &str,
    mut input: Box<dyn BufRead>,
    kind: Option<Kind>,
    size: Option<u64>,
    reader: &Reader,
    skipped: &Rc<Cell<u64>>,
) -> Result<Opened, ReadError> {
    let magic = input.fill_buf().map_err(|e| read_error(name, false, &e))?;
    let gzip = magic.starts_with(&GZIP_MAGIC);
    let mut content: Box<dyn Read> = if gzip {
        Box::new(MultiGzDecoder::new(input))
    } else {
        input
    };

    let mut head = Vec::with_capacity(SNIFF_BYTES);
    (&mut content)
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut head)
        .map_err(|e| read_error(name, gzip, &e))?;
    if head.is_empty() {
        return Err(ReadError::new(name, "empty file"));
    }
    if is_binary(&head) {
        return Err(ReadError::new(name, "binary file"));
    }
    let kind = kind.unwrap_or_else(|| sniff(&head));
    let format = match kind {
        Kind::Lines => {
            let lines = Cursor::new(head).chain(content);
            return Ok(Opened::Records(Box::new(JsonLines::new(
                name,
                Box::new(BufReader::new(lines)),
                gzip,
                reader.max_line_bytes,
            ))));
        }
        Kind::Warc => {
            let records = Cursor::new(head).chain(content);
            return Ok(Opened::Records(Box::new(WarcRecords::new(
                name,
                Box::new(BufReader::with_capacity(256 * 1024, records)),
                gzip,
                reader.max_document_bytes,
                Rc::clone(skipped),
            ))));
        }
        Kind::Feed => None,
        Kind::Document(format) => Some(format),
    };

    let limit = reader.max_document_bytes;
    let too_large = || {
        ReadError::new(
            name,
            format!("document larger than the limit of {}", human_size(limit)),
        )
    };
    // A compressed size says little about the decompressed one; the bounded read below catches those.
    if !gzip && size.is_some_and(|size| size > limit) {
        return Err(too_large());
    }
    let mut bytes = head;
    let rest = (limit + 1).saturating_sub(bytes.len() as u64);
    content
        .take(rest)
        .read_to_end(&mut bytes)
        .map_err(|e| read_error(name, gzip, &e))?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    if bytes.trim_ascii().is_empty() {
        return Err(ReadError::new(name, "empty file"));
    }
    match format {
        Some(format) => Ok(Opened::Document(RawDocument::new(name, format, bytes))),
        None => Ok(Opened::Records(Box::new(
            feed_items(name, &bytes)?.into_iter(),
        ))),
    }
}

/// The format a file name announces (looking through a `.gz` suffix), if any.
fn kind_from_name(name: &str) -> Option<Kind> {
    let name = name.to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let (_, ext) = name.rsplit_once('.')?;
    match ext {
        "jsonl" | "ndjson" => Some(Kind::Lines),
        "warc" => Some(Kind::Warc),
        "rss" | "atom" | "xml" => Some(Kind::Feed),
        "html" | "htm" | "xhtml" => Some(Kind::Document(Format::Html)),
        "txt" | "text" | "md" => Some(Kind::Document(Format::Text)),
        _ => None,
    }
}

/// The format the content suggests: `WARC/1.` opens a WARC file, `{"` a JSON Lines file, `<rss`/`<feed`
/// (after any XML declaration and comments) a feed, `<` an HTML page; anything else is text.
fn sniff(head: &[u8]) -> Kind {
    let head = head
        .strip_prefix(&UTF8_BOM)
        .unwrap_or(head)
        .trim_ascii_start();
    if head.starts_with(b"WARC/1.") {
        return Kind::Warc;
    }
    match head.first() {
        Some(b'{') if head[1..].trim_ascii_start().first() == Some(&b'"') => Kind::Lines,
        Some(b'<') if first_element(head).is_some_and(is_feed_root) => Kind::Feed,
        Some(b'<') => Kind::Document(Format::Html),
        _ => Kind::Document(Format::Text),
    }
}

/// The name of the first element in `head`, past `<?xml …?>`, comments and doctypes.
fn first_element(head: &[u8]) -> Option<&[u8]> {
    let mut rest = head;
    loop {
        let at = rest.iter().position(|&b| b == b'<')?;
        rest = rest.get(at + 1..)?;
        match rest.first()? {
            b'?' | b'!' => {}
            _ => {
                let end = rest
                    .iter()
                    .position(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/'))
                    .unwrap_or(rest.len());
                return rest.get(..end);
            }
        }
    }
}

fn is_feed_root(name: &[u8]) -> bool {
    let name = name.to_ascii_lowercase();
    matches!(name.as_slice(), b"rss" | b"feed" | b"rdf:rdf")
}

/// NUL bytes do not occur in text, except in UTF-16, which announces itself with a byte-order mark.
fn is_binary(head: &[u8]) -> bool {
    let utf16 = head.starts_with(&[0xff, 0xfe]) || head.starts_with(&[0xfe, 0xff]);
    !utf16 && head.contains(&0)
}

pub(crate) fn read_error(name: &str, gzip: bool, err: &std::io::Error) -> ReadError {
    use std::io::ErrorKind;
    let corrupt = matches!(
        err.kind(),
        ErrorKind::UnexpectedEof | ErrorKind::InvalidInput | ErrorKind::InvalidData
    );
    if gzip && corrupt {
        ReadError::new(name, format!("truncated or corrupt gzip: {err}"))
    } else {
        ReadError::new(name, format!("cannot read: {err}"))
    }
}

fn human_size(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    let mib = bytes / MIB;
    if mib > 0 && mib * MIB == bytes {
        format!("{mib} MiB")
    } else {
        format!("{bytes} bytes")
    }
}
