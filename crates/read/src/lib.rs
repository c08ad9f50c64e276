//! Sources: turns paths (files, directories, `.gz`, JSON Lines, `-` for stdin) into [`RawDocument`]s.
//! SKELETON: the read helper replaces this file.

use std::path::PathBuf;
use warta_model::RawDocument;

/// A failure to read one record, naming it; reading goes on with the next record.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{source_name}{}: {reason}", line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct ReadError {
    pub source_name: String,
    pub line: Option<usize>,
    pub reason: String,
}

/// Streams raw documents (or per-record errors) from the given paths, in order, lazily.
pub fn read_paths(paths: &[PathBuf]) -> impl Iterator<Item = Result<RawDocument, ReadError>> {
    let _ = paths;
    std::iter::empty()
}
