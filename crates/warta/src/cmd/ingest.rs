//! `warta ingest`: read → process → link duplicates and stories → store, in transactional batches, with a
//! summary at the end.

mod links;

use crate::cli::IngestArgs;
use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use links::{LinkCounts, Linker};
use std::{fmt, process::ExitCode, time::Duration};
use warta_store::{BatchItem, Store};
use warta_stories::Config;

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
    /// Links made from the stored articles to earlier ones they repeat.
    pub links: LinkCounts,
    /// Stories in the store after the run.
    pub stories: usize,
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
        writeln!(
            f,
            "linked {} exact, {} near and {} translated duplicates; {} stories",
            self.links.exact, self.links.near, self.links.translated, self.stories
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
    let mut linker = Linker::load(store, Config::default())?;
    linker.link_unclustered(store, batch_size)?;
    let mut batch: Vec<BatchItem> = Vec::with_capacity(batch_size);
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
                .any(|queued| queued.raw.content_hash == raw.content_hash);
        if known {
            summary.duplicates += 1;
            continue;
        }
        let article = match warta_pipeline::process_with(&raw, store.aliases()) {
            Ok(article) => article,
            Err(err) => {
                summary.failed.push((raw.source.clone(), err.to_string()));
                continue;
            }
        };
        // An id already stored is the same article reached again: the clusterer and the duplicate index know
        // it already and must not see it twice.
        let id_known = store
            .has_article(&article.id)
            .context("store lookup failed")?
            || batch.iter().any(|queued| queued.article.id == article.id);
        if id_known {
            summary.duplicates += 1;
            continue;
        }
        let links = linker.link(store, &article)?;
        batch.push(BatchItem {
            raw,
            article,
            links,
        });
        if batch.len() >= batch_size {
            flush(store, &mut batch, &mut linker, false, &mut summary)?;
        }
        progress.set_message(format!(
            "read {} · stored {} · duplicates {} · failed {}",
            summary.read,
            summary.stored + batch.len(),
            summary.duplicates,
            summary.failed.len()
        ));
    }
    flush(store, &mut batch, &mut linker, true, &mut summary)?;
    summary.links = linker.links;
    summary.stories = linker.stories();
    progress.finish_and_clear();
    Ok(summary)
}

/// Stores the batch with its links and stories; at the end of the run, also the clusterer's checkpoint even
/// when the batch is empty.
fn flush(
    store: &Store,
    batch: &mut Vec<BatchItem>,
    linker: &mut Linker,
    end_of_run: bool,
    summary: &mut Summary,
) -> anyhow::Result<()> {
    let changes = linker.changes(end_of_run)?;
    let nothing_to_write = changes.merged.is_empty() && changes.clusterer_state.is_none();
    if batch.is_empty() && nothing_to_write {
        return Ok(());
    }
    let outcome = store
        .put_items(batch, &changes)
        .context("storing a batch failed")?;
    linker.stored();
    summary.stored += outcome.stored;
    summary.duplicates += outcome.duplicates;
    batch.clear();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::{Path, PathBuf};
    use warta_store::{DuplicateKind, StoryChanges};

    fn seed(name: &str) -> PathBuf {
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus");
        std::fs::read_dir(&corpus)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .find(|path| {
                path.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(name)
            })
            .unwrap()
    }

    fn ingest_paths(store: &Store, paths: &[PathBuf]) -> Summary {
        let args = IngestArgs {
            batch_size: 1,
            paths: paths.to_vec(),
        };
        ingest(store, &args).unwrap()
    }

    /// Each seed's story, by the seed's file name prefix.
    fn stories_of_seeds(store: &Store) -> Vec<(String, String)> {
        let mut found = Vec::new();
        for story in store.stories(0, 10).unwrap() {
            let (_, articles) = store.story(&story.id).unwrap().unwrap();
            for article in articles {
                let name = Path::new(&article.source).file_name().unwrap();
                let prefix: String = name.to_string_lossy().chars().take(3).collect();
                found.push((prefix, story.id.clone()));
            }
        }
        found.sort();
        found
    }

    #[test]
    fn the_seeds_end_in_two_stories_with_ids_that_survive_runs() {
        let seeds = [seed("000"), seed("003"), seed("004")];
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let summary = ingest_paths(&store, &seeds);
        assert_eq!((summary.stored, summary.stories), (3, 2));
        let stories = stories_of_seeds(&store);
        let prefixes: Vec<&str> = stories.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(prefixes, ["000", "003", "004"]);
        assert_eq!(stories[0].1, stories[1].1, "the May 2024 reports");
        assert_ne!(stories[0].1, stories[2].1, "the Kursk report");

        // Re-ingesting stores nothing and changes no story.
        let again = ingest_paths(&store, &seeds);
        assert_eq!((again.stored, again.duplicates, again.stories), (0, 3, 2));
        assert_eq!(stories_of_seeds(&store), stories);

        // The same articles over two runs get the same ids as in one.
        let dir = tempfile::tempdir().unwrap();
        let split = Store::open(dir.path()).unwrap();
        ingest_paths(&split, &seeds[..1]);
        ingest_paths(&split, &seeds[1..]);
        assert_eq!(stories_of_seeds(&split), stories);
    }

    #[test]
    fn articles_stored_before_stories_existed_join_stories_on_the_next_ingest() {
        let seeds = [seed("000"), seed("003"), seed("004")];
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        // What an older warta stored: the articles alone.
        let old: Vec<_> = seeds
            .iter()
            .map(|path| {
                let raw = warta_model::RawDocument::new(
                    path.display().to_string(),
                    warta_model::Format::Text,
                    std::fs::read(path).unwrap(),
                );
                let article = warta_pipeline::process(&raw).unwrap();
                (raw, article)
            })
            .collect();
        store.put_batch(&old).unwrap();
        assert!(store.stories(0, 10).unwrap().is_empty());

        let summary = ingest_paths(&store, &seeds);
        assert_eq!(
            (summary.stored, summary.duplicates, summary.stories),
            (0, 3, 2)
        );
        let stories = stories_of_seeds(&store);
        assert_eq!(stories.len(), 3);
        assert_eq!(stories[0].1, stories[1].1);
        assert_ne!(stories[0].1, stories[2].1);
        assert!(store.unclustered_ids().unwrap().is_empty());
    }

    #[test]
    fn an_unreadable_checkpoint_is_rebuilt_by_replaying_the_stories() {
        let seeds = [seed("000"), seed("003"), seed("004")];
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        ingest_paths(&store, &seeds[..2]);
        let garbage = StoryChanges {
            merged: Vec::new(),
            clusterer_state: Some(b"written by another warta".to_vec()),
        };
        store.put_items(&[], &garbage).unwrap();
        let summary = ingest_paths(&store, &seeds);
        assert_eq!((summary.stored, summary.stories), (1, 2));
        let stories = stories_of_seeds(&store);
        assert_eq!(stories[0].1, stories[1].1);
        assert_ne!(stories[0].1, stories[2].1);
    }

    #[test]
    fn the_same_text_under_other_bytes_is_linked_as_an_exact_duplicate() {
        let dir = tempfile::tempdir().unwrap();
        let original = seed("003");
        let text = std::fs::read_to_string(&original).unwrap();
        let copy = dir.path().join("copy.txt");
        std::fs::write(&copy, text.replace("\n\n", "\n \n\n").replace(". ", ".  ")).unwrap();
        let store = Store::open(&dir.path().join("data")).unwrap();
        let summary = ingest_paths(&store, &[original, copy]);
        assert_eq!((summary.stored, summary.duplicates), (2, 0));
        assert_eq!(summary.links.exact, 1);
        assert!(summary
            .to_string()
            .starts_with("read 2, stored 2, duplicates 0, failed 0\n"));

        let stories = store.stories(0, 10).unwrap();
        assert_eq!((stories.len(), stories[0].articles), (1, 2));
        let (_, articles) = store.story(&stories[0].id).unwrap().unwrap();
        let links = store.duplicates_of(&articles[1].id).unwrap();
        assert_eq!(links.len(), 1);
        assert_eq!(
            (links[0].id.as_str(), links[0].kind, links[0].came_first),
            (articles[0].id.as_str(), DuplicateKind::Exact, true)
        );
    }
}
