//! What ingest learns about each new article before storing it: which earlier articles it repeats (exactly,
//! nearly, or in another language) and which story it joins.
//!
//! A [`Linker`] carries the state this needs from one batch to the next: the story clusterer, the
//! near-duplicate index over every stored text, and the latest members of the stories touched in this run.
//! It starts from the store (the clusterer's checkpoint plus the members after it, replayed), and hands each
//! batch what to write beside its articles, so that a crash loses the links with their batch and a re-run
//! makes them again.

use std::collections::{HashMap, HashSet};

use anyhow::Context;
use warta_dedup::{
    text_fingerprint, NearDuplicateIndex, Signature, TranslationKeys,
    TRANSLATED_DUPLICATE_THRESHOLD,
};
use warta_model::{Article, RawDocument};
use warta_store::{BatchItem, DuplicateKind, DuplicateLink, Store, StoryChanges};
use warta_stories::{Clusterer, Config, StoryId, StoryInput};

/// Estimated share of shared text from which an article is a near duplicate of another.
const NEAR_DUPLICATE_THRESHOLD: f64 = 0.8;
/// Near duplicates linked per article, the most similar first: a text copied a hundred times needs no
/// hundred links from every copy to see where it came from.
const MAX_NEAR_LINKS: usize = 5;
/// The latest members of a story compared with a new article for translation; a story's older articles in
/// another language are rarely translated days later.
const TRANSLATION_CANDIDATES: usize = 50;
/// Articles clustered between two checkpoints of the clusterer. Saving it costs its whole size, so not per
/// batch; a re-run replays at most this many articles (plus the batch in flight) to catch up.
const CHECKPOINT_EVERY: usize = 2000;

/// Duplicate links made, by kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LinkCounts {
    pub exact: usize,
    pub near: usize,
    pub translated: usize,
}

/// A story member as the translation check needs it.
struct Member {
    id: String,
    lang: Option<String>,
    keys: TranslationKeys,
}

pub struct Linker {
    clusterer: Clusterer,
    near: NearDuplicateIndex<String>,
    /// Fingerprint → article, for the articles of the batch not yet stored (the store answers for the rest).
    unstored_fingerprints: HashMap<String, String>,
    /// Story → its latest members, loaded from the store when the run first touches the story.
    members: HashMap<StoryId, Vec<Member>>,
    /// The current ids of the stories, to find out which were merged when the clusterer reports fewer.
    live_stories: HashSet<StoryId>,
    /// Merges not yet written: `(alias, survivor)`.
    merged: Vec<(String, String)>,
    clustered_since_checkpoint: usize,
    pub links: LinkCounts,
}

impl Linker {
    /// The linker as the store left it: the clusterer from its checkpoint with the later members replayed, and
    /// the near-duplicate index over every stored text.
    pub fn load(store: &Store) -> anyhow::Result<Linker> {
        let checkpoint = store
            .clusterer_checkpoint()
            .context("reading the clusterer checkpoint")?;
        // A checkpoint this warta cannot read (written by another version) is rebuilt by replaying every
        // member: the clusterer is deterministic, so the stories come out as they were stored.
        let (clusterer, through) = checkpoint
            .and_then(|c| Some((serde_json::from_slice(&c.state).ok()?, c.through)))
            .unwrap_or_else(|| (Clusterer::new(Config::default()), 0));
        let live_stories = store
            .story_ids()
            .context("reading the stories")?
            .iter()
            .map(|id| StoryId::from(id.as_str()))
            .collect();
        let mut linker = Linker {
            clusterer,
            near: NearDuplicateIndex::new(NEAR_DUPLICATE_THRESHOLD),
            unstored_fingerprints: HashMap::new(),
            members: HashMap::new(),
            live_stories,
            merged: Vec::new(),
            clustered_since_checkpoint: 0,
            links: LinkCounts::default(),
        };
        for article in store
            .clustered_after(through)
            .context("reading the articles clustered after the checkpoint")?
        {
            linker.cluster(&article);
        }
        let near = &mut linker.near;
        store
            .for_each_text(|id, text| near.insert(id.to_string(), &Signature::of(text)))
            .context("reading the stored texts")?;
        Ok(linker)
    }

    /// The article with its fingerprint, duplicate links and story, ready to store.
    pub fn link(
        &mut self,
        store: &Store,
        raw: RawDocument,
        article: Article,
    ) -> anyhow::Result<BatchItem> {
        let fingerprint = text_fingerprint(&article.text);
        let signature = Signature::of(&article.text);
        let mut duplicates = Vec::new();
        // A text without words repeats nothing.
        if !signature.is_empty() {
            let exact = match self.unstored_fingerprints.get(&fingerprint) {
                Some(id) => Some(id.clone()),
                None => store
                    .article_with_fingerprint(&fingerprint)
                    .context("looking up a fingerprint")?,
            };
            if let Some(of) = exact {
                duplicates.push(DuplicateLink {
                    of,
                    kind: DuplicateKind::Exact,
                    similarity: 1.0,
                });
            }
            let near = self.near.query(&signature);
            for (of, similarity) in near.into_iter().take(MAX_NEAR_LINKS) {
                if duplicates.iter().all(|link| link.of != of) {
                    duplicates.push(DuplicateLink {
                        of,
                        kind: DuplicateKind::Near,
                        similarity,
                    });
                }
            }
            self.near.insert(article.id.clone(), &signature);
            self.unstored_fingerprints
                .entry(fingerprint.clone())
                .or_insert_with(|| article.id.clone());
        }
        let story = self.cluster(&article);
        duplicates.extend(self.translations(store, &story, &article, &duplicates)?);
        for link in &duplicates {
            match link.kind {
                DuplicateKind::Exact => self.links.exact += 1,
                DuplicateKind::Near => self.links.near += 1,
                DuplicateKind::Translated => self.links.translated += 1,
            }
        }
        Ok(BatchItem {
            raw,
            article,
            fingerprint: Some(fingerprint),
            story: Some(story.to_string()),
            duplicates,
        })
    }

    /// What to write with the batch beside its articles: the merges since the last batch and, when due (or
    /// at the end of the run), a checkpoint of the clusterer.
    pub fn changes(&mut self, end_of_run: bool) -> anyhow::Result<StoryChanges> {
        let due = self.clustered_since_checkpoint >= CHECKPOINT_EVERY
            || (end_of_run && self.clustered_since_checkpoint > 0);
        let clusterer_state = if due {
            self.clustered_since_checkpoint = 0;
            Some(serde_json::to_vec(&self.clusterer).context("saving the clusterer")?)
        } else {
            None
        };
        Ok(StoryChanges {
            merged: std::mem::take(&mut self.merged),
            clusterer_state,
        })
    }

    /// The batch was stored: the store now answers for its fingerprints.
    pub fn stored(&mut self) {
        self.unstored_fingerprints.clear();
    }

    /// The number of stories (not counting those merged into others).
    pub fn stories(&self) -> usize {
        self.clusterer.len()
    }

    /// Puts the article into a story, noting the stories that merged on the way.
    fn cluster(&mut self, article: &Article) -> StoryId {
        let live_before = self.clusterer.len();
        let story = self.clusterer.add(&StoryInput::from(article));
        self.clustered_since_checkpoint += 1;
        // The clusterer starts a story (one more), joins one (as many) or joins one and merges others into it
        // (fewer). Merges are rare, so finding the merged stories by asking about every story is affordable.
        if self.clusterer.len() < live_before {
            let clusterer = &self.clusterer;
            let mut merged = Vec::new();
            self.live_stories.retain(|id| match clusterer.resolve(id) {
                Some(survivor) if survivor != *id => {
                    merged.push((id.clone(), survivor));
                    false
                }
                _ => true,
            });
            for (alias, survivor) in merged {
                // Their cached members are each incomplete now: read them again when needed.
                self.members.remove(&alias);
                self.members.remove(&survivor);
                self.merged.push((alias.to_string(), survivor.to_string()));
            }
        }
        self.live_stories.insert(story.clone());
        story
    }

    /// Links to the latest members of the article's story in another language that report the same facts,
    /// and adds the article to those members.
    fn translations(
        &mut self,
        store: &Store,
        story: &StoryId,
        article: &Article,
        linked: &[DuplicateLink],
    ) -> anyhow::Result<Vec<DuplicateLink>> {
        if !self.members.contains_key(story) {
            let stored = store
                .story_member_texts(story.as_str(), TRANSLATION_CANDIDATES)
                .context("reading a story's articles")?;
            // Oldest first, as the run appends.
            let members = stored
                .into_iter()
                .rev()
                .filter(|m| m.id != article.id)
                .map(|m| Member {
                    keys: TranslationKeys::of(&m.text),
                    id: m.id,
                    lang: m.lang,
                })
                .collect();
            self.members.insert(story.clone(), members);
        }
        let members = self.members.entry(story.clone()).or_default();
        let keys = TranslationKeys::of(&article.text);
        let mut found = Vec::new();
        if let Some(lang) = &article.lang {
            for member in members.iter() {
                let other_language = member.lang.as_ref().is_some_and(|l| l != lang);
                if !other_language || linked.iter().any(|link| link.of == member.id) {
                    continue;
                }
                let similarity = keys.similarity(&member.keys);
                if similarity >= TRANSLATED_DUPLICATE_THRESHOLD {
                    found.push(DuplicateLink {
                        of: member.id.clone(),
                        kind: DuplicateKind::Translated,
                        similarity,
                    });
                }
            }
        }
        members.push(Member {
            id: article.id.clone(),
            lang: article.lang.clone(),
            keys,
        });
        if members.len() > TRANSLATION_CANDIDATES {
            members.remove(0);
        }
        Ok(found)
    }
}
