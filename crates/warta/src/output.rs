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
