//! `warta cluster`: JSON Lines in (`id`, `title`, `text`, optional `published`, `lang`), one
//! `{"id": …, "story": …}` line out per input line, in order.

use anyhow::Context;
use serde::Deserialize;
use std::{
    io::{self, BufRead, Write},
    process::ExitCode,
};
use warta_stories::StoryInput;

#[derive(Deserialize)]
struct Record {
    id: serde_json::Value,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    lang: Option<String>,
}

pub fn run() -> anyhow::Result<ExitCode> {
    // Story ids are final only once every article has been seen (stories merge as evidence accumulates),
    // so the whole input is read before anything is written. A line that is not a record still gets its
    // output line (with an error), so output line N always answers input line N.
    let mut lines: Vec<Result<serde_json::Value, String>> = Vec::new();
    let mut docs = Vec::new();
    let mut input = io::stdin().lock();
    let mut buf = Vec::new();
    loop {
        buf.clear();
        if input
            .read_until(b'\n', &mut buf)
            .context("reading standard input")?
            == 0
        {
            break;
        }
        let line = String::from_utf8_lossy(&buf);
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Record>(&line) {
            Ok(record) => {
                let id = match &record.id {
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                let mut doc = StoryInput::new(
                    id,
                    record.title.unwrap_or_default(),
                    record.text.unwrap_or_default(),
                );
                doc.published = record
                    .published
                    .as_deref()
                    .and_then(warta_extract::parse_date);
                doc.lang = record.lang;
                lines.push(Ok(record.id));
                docs.push(doc);
            }
            Err(err) => {
                eprintln!(
                    "warta: line {}: not a JSON record with an id: {err}",
                    lines.len() + 1
                );
                lines.push(Err(err.to_string()));
            }
        }
    }
    let mut stories = warta_stories::cluster(&docs).into_iter();
    let mut out = io::BufWriter::new(io::stdout().lock());
    for line in lines {
        let answer = match line {
            Ok(id) => serde_json::json!({ "id": id, "story": stories.next() }),
            Err(error) => serde_json::json!({ "id": null, "story": null, "error": error }),
        };
        serde_json::to_writer(&mut out, &answer)?;
        writeln!(out)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
