//! `warta ingest`: read → process → store, in transactional batches, with a summary at the end.

use crate::cli::IngestArgs;
use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use std::{fmt, process::ExitCode, time::Duration};
use warta_model::{Article, RawDocument};
use warta_store::Store;

/// What one ingest run did; printed at the end and mapped to the exit code.
#[derive(Debug, Default)]
pub struct Summary {
    /// Documents read successfully (including those already stored).
    pub read: usize,
    pub stored: usize,
    /// Documents already in the store (same bytes or same id) or repeated within this run.
    pub duplicates: usize,
    /// Each failure: the record (file, or file:line) and the reason.
    pub failed: Vec<(String, String)>,
}

impl Summary {
    /// 0 when something was read (failures are reported, not fatal); 1 when nothing could be read.
    pub fn exit_code(&self) -> ExitCode {
        if self.read == 0 && !self.failed.is_empty() {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "read {}, stored {}, duplicates {}, failed {}",
            self.read,
            self.stored,
            self.duplicates,
            self.failed.len()
        )?;
        for (record, reason) in &self.failed {
            writeln!(f, "  failed: {record}: {reason}")?;
        }
        Ok(())
    }
}

pub fn run(store: &Store, args: &IngestArgs) -> anyhow::Result<Summary> {
    anyhow::ensure!(
        !args.paths.is_empty(),
        "ingest needs at least one path (a file, a directory or - for stdin)"
    );
    let summary = ingest(store, args)?;
    crate::output::emit(&summary)?;
    Ok(summary)
}

/// Ingests without printing the summary (the server's start-up uses it too).
pub fn ingest(store: &Store, args: &IngestArgs) -> anyhow::Result<Summary> {
    let progress = ProgressBar::new_spinner();
    progress.set_style(
        ProgressStyle::with_template("{spinner} {elapsed} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    progress.enable_steady_tick(Duration::from_millis(120));

    let batch_size = args.batch_size.max(1);
    let mut summary = Summary::default();
    let mut batch: Vec<(RawDocument, Article)> = Vec::with_capacity(batch_size);
    for item in warta_read::read_paths(&args.paths) {
        let raw = match item {
            Ok(raw) => raw,
            Err(err) => {
                summary
                    .failed
                    .push((crate::output::record_name(&err), err.reason.clone()));
                continue;
            }
        };
        summary.read += 1;
        let known = store
            .has_raw(&raw.content_hash)
            .context("store lookup failed")?
            || batch
                .iter()
                .any(|(queued, _)| queued.content_hash == raw.content_hash);
        if known {
            summary.duplicates += 1;
            continue;
        }
        match warta_pipeline::process(&raw) {
            Ok(article) => batch.push((raw, article)),
            Err(err) => summary.failed.push((raw.source.clone(), err.to_string())),
        }
        if batch.len() >= batch_size {
            flush(store, &mut batch, &mut summary)?;
        }
        progress.set_message(format!(
            "read {} · stored {} · duplicates {} · failed {}",
            summary.read,
            summary.stored + batch.len(),
            summary.duplicates,
            summary.failed.len()
        ));
    }
    flush(store, &mut batch, &mut summary)?;
    progress.finish_and_clear();
    Ok(summary)
}

fn flush(
    store: &Store,
    batch: &mut Vec<(RawDocument, Article)>,
    summary: &mut Summary,
) -> anyhow::Result<()> {
    if batch.is_empty() {
        return Ok(());
    }
    let outcome = store.put_batch(batch).context("storing a batch failed")?;
    summary.stored += outcome.stored;
    summary.duplicates += outcome.duplicates;
    batch.clear();
    Ok(())
}
