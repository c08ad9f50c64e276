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
use warta_model::Article;
use warta_store::{DuplicateKind, DuplicateLink, Links, Store, StoredMinhash, StoryChanges};
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
    /// the near-duplicate index over every stored text. `config` starts the clusterer of a store without a
    /// checkpoint (a checkpoint carries its own).
    pub fn load(store: &Store, config: Config) -> anyhow::Result<Linker> {
        let checkpoint = store
            .clusterer_checkpoint()
            .context("reading the clusterer checkpoint")?;
        // A checkpoint this warta cannot read (written by another version) is rebuilt by replaying every
        // member: the clusterer is deterministic, so the stories come out as they were stored.
        let (clusterer, through) = checkpoint
            .and_then(|c| Some((serde_json::from_slice(&c.state).ok()?, c.through)))
            .unwrap_or_else(|| (Clusterer::new(config), 0));
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
            .for_each_minhash(|id, stored| {
                // Bytes of another length would come from another MinHash scheme, whose change clears
                // the column in a migration; none are expected, and such an article is left out.
                let signature = match stored {
                    StoredMinhash::Bytes(bytes) => Signature::from_bytes(bytes),
                    StoredMinhash::Missing { text } => Some(Signature::of(text)),
                };
                // As in `link`: a text without words repeats nothing.
                if let Some(signature) = signature.filter(|s| !s.is_empty()) {
                    near.insert(id.to_string(), &signature);
                }
            })
            .context("reading the stored near-duplicate signatures")?;
        Ok(linker)
    }

    /// The article's fingerprint, duplicate links and story, to store with it.
    pub fn link(&mut self, store: &Store, article: &Article) -> anyhow::Result<Links> {
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
            if let Some(of) = exact.filter(|of| *of != article.id) {
                duplicates.push(DuplicateLink {
                    of,
                    kind: DuplicateKind::Exact,
                    similarity: 1.0,
                });
            }
            let near = self.near.query(&signature);
            for (of, similarity) in near.into_iter().take(MAX_NEAR_LINKS) {
                // An article stored before warta kept stories is in the index already: not its own copy.
                if of != article.id && duplicates.iter().all(|link| link.of != of) {
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
        let story = self.cluster(article);
        duplicates.extend(self.translations(store, &story, article, &duplicates)?);
        for link in &duplicates {
            match link.kind {
                DuplicateKind::Exact => self.links.exact += 1,
                DuplicateKind::Near => self.links.near += 1,
                DuplicateKind::Translated => self.links.translated += 1,
            }
        }
        Ok(Links {
            fingerprint: Some(fingerprint),
            minhash: Some(signature.to_bytes()),
            story: Some(story.to_string()),
            duplicates,
        })
    }

    /// Groups into stories, and links to their duplicates, the articles stored before warta kept stories, so
    /// that an archive from an older warta gains them on its next ingest.
    pub fn link_unclustered(&mut self, store: &Store, batch_size: usize) -> anyhow::Result<()> {
        let ids = store
            .unclustered_ids()
            .context("reading the articles without a story")?;
        for chunk in ids.chunks(batch_size.max(1)) {
            let mut linked = Vec::with_capacity(chunk.len());
            for id in chunk {
                if let Some(article) = store.article(id).context("reading an article")? {
                    linked.push((article.id.clone(), self.link(store, &article)?));
                }
            }
            store
                .link_stored(&linked, &self.changes(false)?)
                .context("storing the stories of earlier articles")?;
            self.stored();
        }
        Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;
    use warta_model::{Format, RawDocument};
    use warta_store::BatchItem;

    /// An article as the pipeline would make it, in its own raw document.
    fn article(id: &str, lang: &str, title: &str, text: &str) -> (RawDocument, Article) {
        let raw = RawDocument::new(
            format!("{id}.txt"),
            Format::Text,
            format!("{title}\n\n{text}").into_bytes(),
        );
        let article = serde_json::from_value(serde_json::json!({
            "id": id, "raw_hash": raw.content_hash, "source": raw.source, "url": null, "title": title,
            "text": text, "lang": lang, "published": null, "outlet": null, "original_outlet": null,
            "authors": [], "removed": [], "entities": [], "quotes": [], "segments": []
        }))
        .unwrap();
        (raw, article)
    }

    /// Links and stores each article in its own batch, as ingest does with `--batch-size 1`.
    fn ingest(
        store: &Store,
        linker: &mut Linker,
        articles: Vec<(RawDocument, Article)>,
    ) -> Vec<BatchItem> {
        let mut items = Vec::new();
        for (raw, article) in articles {
            let links = linker.link(store, &article).unwrap();
            let item = BatchItem {
                raw,
                article,
                links,
            };
            store
                .put_items(std::slice::from_ref(&item), &linker.changes(false).unwrap())
                .unwrap();
            linker.stored();
            items.push(item);
        }
        items
    }

    #[test]
    fn merged_stories_are_recorded_with_the_batch_that_merged_them() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        // Low thresholds, so that one article bridging two stories merges them.
        let config = Config {
            join_threshold: 0.3,
            merge_threshold: 0.3,
            ..Config::default()
        };
        let mut linker = Linker::load(&store, config).unwrap();
        let items = ingest(
            &store,
            &mut linker,
            vec![
                article("a", "en", "", "volcano erupts lava glacier"),
                article("b", "en", "", "airline flights cancelled ash"),
                article(
                    "c",
                    "en",
                    "",
                    "volcano erupts lava glacier airline flights cancelled ash",
                ),
            ],
        );
        let [volcano, flights, bridge] = [0, 1, 2].map(|i| items[i].links.story.clone().unwrap());
        assert_ne!(volcano, flights);
        assert_eq!(bridge, volcano);
        assert_eq!(store.story_ids().unwrap(), std::slice::from_ref(&volcano));
        let (current, articles) = store.story(&flights).unwrap().unwrap();
        assert_eq!((current, articles.len()), (volcano, 3));
        assert_eq!(linker.stories(), 1);
    }

    #[test]
    fn a_translation_in_the_same_story_is_linked() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let mut linker = Linker::load(&store, Config::default()).unwrap();
        let items = ingest(
            &store,
            &mut linker,
            vec![
                article(
                    "en",
                    "en",
                    "Magnitude 6.2 earthquake hits Cianjur, West Java, killing 268",
                    "A magnitude 6.2 earthquake struck Cianjur in West Java on Monday, killing at least 268 \
                     people and injuring 1,083, the National Disaster Management Agency (BNPB) said. \
                     Suharyanto, head of BNPB, said 58,362 people were displaced.",
                ),
                article(
                    "id",
                    "id",
                    "Gempa magnitudo 6,2 guncang Cianjur, 268 orang tewas",
                    "Gempa bermagnitudo 6,2 mengguncang Cianjur, Jawa Barat, pada Senin dan menewaskan \
                     sedikitnya 268 orang serta melukai 1.083 orang, kata Badan Nasional Penanggulangan \
                     Bencana (BNPB). Kepala BNPB Suharyanto mengatakan 58.362 warga mengungsi.",
                ),
            ],
        );
        assert_eq!(items[0].links.story, items[1].links.story);
        assert_eq!(
            items[1].links.duplicates.len(),
            1,
            "{:?}",
            items[1].links.duplicates
        );
        assert_eq!(
            (
                items[1].links.duplicates[0].of.as_str(),
                items[1].links.duplicates[0].kind
            ),
            ("en", DuplicateKind::Translated)
        );
        assert_eq!(linker.links.translated, 1);
        let rows = store.duplicates_of("en").unwrap();
        assert_eq!((rows[0].id.as_str(), rows[0].came_first), ("id", false));
    }

    #[test]
    fn a_lightly_edited_copy_is_a_near_duplicate_and_an_empty_text_repeats_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let mut linker = Linker::load(&store, Config::default()).unwrap();
        let text =
            "Banjir merendam ratusan rumah di kawasan utara kota sejak Selasa malam, dan warga \
                    mengungsi ke masjid serta sekolah terdekat sambil menunggu air surut. Petugas \
                    pemadam kebakaran membantu mengevakuasi warga lanjut usia dengan perahu karet.";
        let items = ingest(
            &store,
            &mut linker,
            vec![
                article("first", "id", "Banjir rendam ratusan rumah", text),
                article(
                    "copy",
                    "id",
                    "Banjir rendam ratusan rumah",
                    &format!("{text} Ikuti berita terkini di Google News."),
                ),
                article("empty-1", "id", "", ""),
                article("empty-2", "id", "", ""),
            ],
        );
        assert_eq!(items[1].links.duplicates.len(), 1);
        assert_eq!(
            (
                items[1].links.duplicates[0].of.as_str(),
                items[1].links.duplicates[0].kind
            ),
            ("first", DuplicateKind::Near)
        );
        assert!(items[1].links.duplicates[0].similarity >= NEAR_DUPLICATE_THRESHOLD);
        assert!(items[3].links.duplicates.is_empty());

        // A new run rebuilds the index from the store and still finds the copy's original.
        let mut again = Linker::load(&store, Config::default()).unwrap();
        let (_, late) = article(
            "late",
            "id",
            "Banjir",
            &format!("{text} Baca juga: harga beras naik."),
        );
        let links = again.link(&store, &late).unwrap();
        assert!(
            links
                .duplicates
                .iter()
                .any(|d| d.of == "first" && d.kind == DuplicateKind::Near),
            "{:?}",
            links.duplicates
        );
    }
}
