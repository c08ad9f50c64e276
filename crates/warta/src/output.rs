//! Writing to the terminal: a closed pipe (`warta analyze … | head`) ends the command quietly.

use std::io;

/// True when the error chain holds an `io::Error` of kind `BrokenPipe`.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// The record a read error is about: `file` or `file:LINE`.
pub fn record_name(err: &warta_read::ReadError) -> String {
    match err.line {
        Some(line) => format!("{}:{line}", err.source_name),
        None => err.source_name.clone(),
    }
}

/// Writes to stdout, returning the error instead of panicking as `print!` does on a closed pipe.
pub fn emit(value: impl std::fmt::Display) -> io::Result<()> {
    use io::Write;
    let mut out = io::stdout().lock();
    write!(out, "{value}")?;
    out.flush()
}

/// Reads every document of `paths` and hands each to `each`; a record that cannot be read is reported on
/// stderr (file, line and reason) and skipped. Returns how many could not be read.
pub fn for_each_document(
    paths: &[std::path::PathBuf],
    mut each: impl FnMut(warta_model::RawDocument) -> anyhow::Result<()>,
) -> anyhow::Result<usize> {
    let mut unreadable = 0;
    for item in warta_read::read_paths(paths) {
        match item {
            Ok(raw) => each(raw)?,
            Err(err) => {
                unreadable += 1;
                eprintln!("warta: failed: {}: {}", record_name(&err), err.reason);
            }
        }
    }
    Ok(unreadable)
}
