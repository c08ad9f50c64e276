//! The readable (non-JSON) report of one analysed article.

use std::io::{self, Write};
use warta_model::Article;

pub fn write_article(out: &mut impl Write, article: &Article) -> io::Result<()> {
    writeln!(
        out,
        "== {} ({})",
        article.title.as_deref().unwrap_or("(untitled)"),
        article.source
    )?;
    writeln!(
        out,
        "id {} · lang {} · published {} · outlet {} · original outlet {}",
        article.id,
        article.lang.as_deref().unwrap_or("?"),
        article
            .published
            .map(|p| p.to_rfc3339())
            .unwrap_or_else(|| "?".into()),
        article.outlet.as_deref().unwrap_or("?"),
        article.original_outlet.as_deref().unwrap_or("?"),
    )?;
    if !article.authors.is_empty() {
        writeln!(out, "authors: {}", article.authors.join(", "))?;
    }
    for removed in &article.removed {
        writeln!(out, "removed ({:?}): {}", removed.reason, removed.text)?;
    }
    for entity in &article.entities {
        writeln!(
            out,
            "entity {} {} ×{}",
            entity.kind,
            entity.name,
            entity.mentions.len()
        )?;
    }
    for quote in &article.quotes {
        let speaker = match &quote.speaker.name {
            Some(name) if *name != quote.speaker.text => {
                format!("{} (= {name})", quote.speaker.text)
            }
            _ => quote.speaker.text.clone(),
        };
        let via = quote
            .via
            .as_deref()
            .map(|v| format!(" via {v}"))
            .unwrap_or_default();
        let when = quote
            .when
            .as_ref()
            .map(|w| format!(" [{}]", w.text))
            .unwrap_or_default();
        writeln!(
            out,
            "quote {:?} {speaker}{via}{when}: {}",
            quote.kind, quote.content
        )?;
    }
    writeln!(out)
}
