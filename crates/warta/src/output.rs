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

/// How a command that works document by document went.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tally {
    pub done: usize,
    /// Records that could not be read plus documents the command failed on.
    pub failed: usize,
}

impl Tally {
    /// Failure when nothing was done and something failed; a run with some good documents succeeds (the
    /// failures are on stderr).
    pub fn exit_code(&self) -> std::process::ExitCode {
        if self.done == 0 && self.failed > 0 {
            std::process::ExitCode::from(1)
        } else {
            std::process::ExitCode::SUCCESS
        }
    }
}

/// Reads every document of `paths` and hands each to `each`. A record that cannot be read, or a document
/// `each` fails on (the inner error), is reported on stderr with its name and reason, counted and skipped;
/// the outer error (writing the output) ends the run.
pub fn for_each_document<E: std::fmt::Display>(
    paths: &[std::path::PathBuf],
    mut each: impl FnMut(&warta_model::RawDocument) -> anyhow::Result<Result<(), E>>,
) -> anyhow::Result<Tally> {
    let mut tally = Tally::default();
    for item in warta_read::read_paths(paths) {
        match item {
            Ok(raw) => match each(&raw)? {
                Ok(()) => tally.done += 1,
                Err(err) => {
                    tally.failed += 1;
                    eprintln!("warta: failed: {}: {err}", raw.source);
                }
            },
            Err(err) => {
                tally.failed += 1;
                eprintln!("warta: failed: {}: {}", record_name(&err), err.reason);
            }
        }
    }
    Ok(tally)
}
