//! `warta langid`: one ISO 639-1 code per input line ("und" when undetermined), in order.

use std::{
    io::{self, BufRead, Write},
    process::ExitCode,
};

pub fn run() -> anyhow::Result<ExitCode> {
    let stdin = io::stdin();
    let mut input = stdin.lock();
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut line = Vec::new();
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        // A line that is not valid UTF-8 is still a line: it gets a code, never an error.
        let text = String::from_utf8_lossy(&line);
        writeln!(
            out,
            "{}",
            warta_analyze::language::detect_line(text.trim_end_matches(['\n', '\r']))
        )?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
