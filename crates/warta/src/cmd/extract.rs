//! `warta extract [--jsonl] PATH...`: the extraction stage alone. Per document: `{id, source, title, text,
//! published, authors, outlet, lang}`; `text` is the extracted body (residue removal is the next stage's
//! work, `warta analyze` shows it).

use anyhow::Context;
use serde::Serialize;
use std::{
    io::{self, Write},
    path::PathBuf,
    process::ExitCode,
};
use warta_model::RawDocument;

#[derive(Serialize)]
struct ExtractedDocument<'a> {
    id: String,
    source: &'a str,
    title: Option<String>,
    text: String,
    published: Option<String>,
    modified: Option<String>,
    authors: Vec<String>,
    outlet: Option<String>,
    lang: Option<String>,
    url: Option<String>,
}

pub fn run(paths: &[PathBuf], jsonl: bool) -> anyhow::Result<ExitCode> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    let tally = crate::output::for_each_document(paths, |raw| {
        let doc = match document(raw) {
            Ok(doc) => doc,
            Err(err) => return Ok(Err(err)),
        };
        if jsonl {
            serde_json::to_writer(&mut out, &doc).context("writing JSON")?;
            writeln!(out)?;
        } else {
            writeln!(
                out,
                "== {} ({})",
                doc.title.as_deref().unwrap_or("(untitled)"),
                doc.source
            )?;
            writeln!(
                out,
                "id {} · lang {} · published {} · outlet {} · authors {}",
                doc.id,
                doc.lang.as_deref().unwrap_or("?"),
                doc.published.as_deref().unwrap_or("?"),
                doc.outlet.as_deref().unwrap_or("?"),
                doc.authors.join(", ")
            )?;
            writeln!(out, "{}\n", doc.text)?;
        }
        Ok(Ok(()))
    })?;
    out.flush()?;
    Ok(tally.exit_code())
}

fn document(raw: &RawDocument) -> Result<ExtractedDocument<'_>, warta_extract::ExtractError> {
    let doc = warta_extract::extract(raw)?;
    let id = warta_extract::document_id(raw, &doc);
    let text = doc
        .blocks
        .iter()
        .map(|b| b.text.trim())
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    // The text decides the language; the page's own declaration only when the text is too short to tell.
    let lang = warta_analyze::language::detect(&text)
        .map(|guess| guess.code.to_string())
        .or(doc.lang_hint);
    Ok(ExtractedDocument {
        id,
        source: &raw.source,
        title: doc.title,
        text,
        published: doc.published.map(|p| p.to_rfc3339()),
        modified: doc.modified.map(|m| m.to_rfc3339()),
        authors: doc.authors,
        outlet: doc.outlet,
        lang,
        url: doc.url,
    })
}
