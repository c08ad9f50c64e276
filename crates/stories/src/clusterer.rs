//! Online clustering: each article joins the most similar active story or starts a new one.
//!
//! A story is a sparse centroid of its articles' key terms. An article is compared (cosine over TF-IDF
//! weights, with the document frequencies known so far) only with the stories that share one of its
//! strongest terms, found through an inverted index from term to active story. Stories fall dormant when
//! no article joined them for a while (in publication time or in articles seen), and leave the index, so the
//! cost per article depends on the active window, not on the archive.

use std::collections::{BTreeSet, HashMap};
use std::fmt;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::terms::{entity_terms, key_terms, Family, TermWeights};
use crate::StoryInput;

/// The id of a story: `s-` and a hash of the id of its first article, so the same inputs in the same order
/// give the same ids in every run.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct StoryId(String);

impl StoryId {
    fn for_first_article(article_id: &str) -> StoryId {
        let hash = blake3::hash(article_id.as_bytes());
        StoryId(format!("s-{}", &hash.to_hex()[..12]))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A story id as stored or received (an alias stays valid: see [`Clusterer::resolve`]).
impl From<&str> for StoryId {
    fn from(id: &str) -> StoryId {
        StoryId(id.to_string())
    }
}

impl fmt::Display for StoryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The knobs of the clusterer. The defaults were chosen on a multilingual development set (see
/// `warta eval clustering`) and kept round, to generalise rather than fit it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Config {
    /// An article joins the most similar story when the cosine similarity reaches this.
    pub join_threshold: f32,
    /// Two stories merge when their centroids are at least this similar.
    pub merge_threshold: f32,
    /// Terms kept in a story's centroid (the strongest ones).
    pub centroid_terms: usize,
    /// The article's strongest terms used to look up candidate stories.
    pub lookup_terms: usize,
    pub weights: TermWeights,
    /// Between articles of different writing families only names and numbers can match: their cosine over
    /// those alone, times this, stands for the similarity.
    pub cross_language: f32,
    /// Publication dates this many days apart cost nothing.
    pub grace_days: f32,
    /// Beyond the grace period, similarity halves every this many days.
    pub half_life_days: f32,
    /// A dated story with no article within this many days of the newest date seen falls dormant.
    pub window_days: i64,
    /// A story that no article joined among the last this many articles falls dormant.
    pub window_articles: u64,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            join_threshold: 0.2,
            merge_threshold: 0.5,
            centroid_terms: 150,
            lookup_terms: 30,
            weights: TermWeights::default(),
            cross_language: 1.0,
            grace_days: 2.0,
            half_life_days: 7.0,
            window_days: 30,
            window_articles: 20_000,
        }
    }
}

/// A sparse vector: `(term, weight)` sorted by term.
type Sparse = Vec<(u32, f32)>;

#[derive(Clone, Debug, Serialize, Deserialize)]
struct Story {
    id: StoryId,
    /// Sum of the members' term vectors before IDF weighting (IDF is applied at comparison time, so old
    /// stories profit from what was learnt about the vocabulary since).
    centroid: Sparse,
    first: Option<DateTime<FixedOffset>>,
    last: Option<DateTime<FixedOffset>>,
    /// The writing families of its articles.
    families: Vec<Family>,
    /// The number of the last article that joined.
    last_seen: u64,
    /// The story this one was merged into.
    merged_into: Option<usize>,
    active: bool,
}

/// Document frequency and kind of a term.
#[derive(Clone, Debug, Serialize, Deserialize)]
struct TermStats {
    document_frequency: u32,
    /// `ln(1 + document_frequency)`.
    ln_frequency: f32,
    /// Whether the term was ever a name or a number.
    anchor: bool,
}

/// How two vectors overlap in TF-IDF space, over all their terms and over names and numbers alone.
#[derive(Default)]
struct Overlap {
    dot: f32,
    norms: (f32, f32),
    anchor_dot: f32,
    anchor_norms: (f32, f32),
}

impl Overlap {
    fn cosine(&self) -> f32 {
        ratio(self.dot, self.norms)
    }

    fn anchor_cosine(&self) -> f32 {
        ratio(self.anchor_dot, self.anchor_norms)
    }
}

/// `dot` over the product of the lengths whose squares are given.
fn ratio(dot: f32, (a, b): (f32, f32)) -> f32 {
    if a == 0.0 || b == 0.0 {
        0.0
    } else {
        dot / (a * b).sqrt()
    }
}

/// Clusters articles into stories, one article at a time.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Clusterer {
    config: Config,
    vocabulary: HashMap<String, u32>,
    /// What is known about each term, by term number.
    terms: Vec<TermStats>,
    articles_seen: u64,
    /// `ln(1 + articles_seen)`, kept so that an IDF costs a subtraction.
    ln_articles: f32,
    stories: Vec<Story>,
    /// Term → active stories whose centroid holds it.
    index: HashMap<u32, Vec<usize>>,
    /// Active stories by the number of the last article that joined: the oldest fall dormant first.
    by_last_seen: BTreeSet<(u64, usize)>,
    /// Dated active stories by their last publication time (seconds).
    by_last_date: BTreeSet<(i64, usize)>,
    newest_date: Option<i64>,
    /// Article id → story it was put in.
    article_story: HashMap<String, usize>,
    /// Story id → story, for aliases.
    by_id: HashMap<StoryId, usize>,
    /// Stories not merged into others.
    live: usize,
}

impl Clusterer {
    pub fn new(config: Config) -> Clusterer {
        Clusterer {
            config,
            ..Clusterer::default()
        }
    }

    /// Puts an article into a story and returns that story's id. Adding an article id seen before changes
    /// nothing and returns its current story.
    pub fn add(&mut self, doc: &StoryInput) -> StoryId {
        if let Some(&story) = self.article_story.get(&doc.id) {
            return self.stories[self.root(story)].id.clone();
        }
        self.articles_seen += 1;
        self.ln_articles = (1.0 + self.articles_seen as f32).ln();
        let (vector, family) = self.vectorise(doc);
        self.note_date(doc.published);
        self.retire_dormant();

        // Only the stories close enough to join can be bridged by this article: the others are not compared
        // again when looking for merges.
        let close: Vec<(usize, f32)> = self
            .candidates(&vector)
            .into_iter()
            .map(|s| (s, self.similarity(&vector, family, doc.published, s)))
            .filter(|&(_, sim)| sim >= self.config.join_threshold)
            .collect();
        let best = close
            .iter()
            // Highest similarity; on a tie the older story, so results never depend on hash order.
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        let story = match best {
            Some(&(story, _)) => {
                self.join(story, &vector, family, doc.published);
                let close: Vec<usize> = close.iter().map(|&(s, _)| s).collect();
                self.merge_neighbours(story, &close)
            }
            None => self.start(doc, vector, family),
        };
        self.article_story.insert(doc.id.clone(), story);
        self.stories[story].id.clone()
    }

    /// The current story of an article added before (following merges).
    pub fn story_of(&self, article_id: &str) -> Option<StoryId> {
        let story = *self.article_story.get(article_id)?;
        Some(self.stories[self.root(story)].id.clone())
    }

    /// The current id of a story: itself, or the story it was merged into (a merged story's old id stays
    /// valid as an alias).
    pub fn resolve(&self, id: &StoryId) -> Option<StoryId> {
        let story = *self.by_id.get(id)?;
        Some(self.stories[self.root(story)].id.clone())
    }

    /// The number of stories, not counting those merged into others.
    pub fn len(&self) -> usize {
        self.live
    }

    /// The number of stories in the active window: the ones a new article is compared with.
    pub fn active_stories(&self) -> usize {
        self.by_last_seen.len()
    }

    pub fn is_empty(&self) -> bool {
        self.stories.is_empty()
    }

    fn root(&self, mut story: usize) -> usize {
        while let Some(next) = self.stories[story].merged_into {
            story = next;
        }
        story
    }

    /// The article's term vector before IDF, scaled so that its TF-IDF vector has unit length.
    fn vectorise(&mut self, doc: &StoryInput) -> (Sparse, Family) {
        let (mut terms, family) = key_terms(
            &doc.title,
            &doc.text,
            doc.lang.as_deref(),
            &self.config.weights,
        );
        terms.extend(entity_terms(&doc.entities, &self.config.weights));
        let mut vector: Sparse = Vec::with_capacity(terms.len());
        for key in terms {
            let next = self.vocabulary.len() as u32;
            let id = *self.vocabulary.entry(key.term).or_insert(next);
            if id as usize == self.terms.len() {
                self.terms.push(TermStats {
                    document_frequency: 0,
                    ln_frequency: 0.0,
                    anchor: false,
                });
            }
            let stats = &mut self.terms[id as usize];
            stats.document_frequency += 1;
            stats.ln_frequency = (1.0 + stats.document_frequency as f32).ln();
            stats.anchor |= key.anchor;
            vector.push((id, key.weight));
        }
        vector.sort_by_key(|&(t, _)| t);
        let norm = vector
            .iter()
            .map(|&(t, w)| (w * self.idf(t)).powi(2))
            .sum::<f32>()
            .sqrt();
        if norm > 0.0 {
            vector.iter_mut().for_each(|(_, w)| *w /= norm);
        }
        (vector, family)
    }

    /// Smoothed inverse document frequency over the articles seen so far.
    fn idf(&self, term: u32) -> f32 {
        let ln_frequency = self
            .terms
            .get(term as usize)
            .map_or(0.0, |t| t.ln_frequency);
        self.ln_articles - ln_frequency + 1.0
    }

    fn candidates(&self, vector: &Sparse) -> Vec<usize> {
        let mut strongest: Vec<(u32, f32)> =
            vector.iter().map(|&(t, w)| (t, w * self.idf(t))).collect();
        strongest.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut found: Vec<usize> = strongest
            .iter()
            .take(self.config.lookup_terms)
            .filter_map(|(t, _)| self.index.get(t))
            .flatten()
            .copied()
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    /// Cosine of the article with a story's centroid, lowered when their publication times lie apart.
    fn similarity(
        &self,
        vector: &Sparse,
        family: Family,
        date: Option<DateTime<FixedOffset>>,
        story: usize,
    ) -> f32 {
        let story = &self.stories[story];
        let overlap = self.overlap(vector, &story.centroid);
        let mut sim = overlap.cosine();
        if !story.families.contains(&family) {
            sim = sim.max(self.config.cross_language * overlap.anchor_cosine());
        }
        sim * self.time_decay(date, story.first, story.last)
    }

    /// How two vectors overlap in TF-IDF space, in one pass over both.
    fn overlap(&self, a: &Sparse, b: &Sparse) -> Overlap {
        let mut o = Overlap::default();
        let anchor = |t: u32| self.terms.get(t as usize).is_some_and(|s| s.anchor);
        let (mut i, mut j) = (0, 0);
        while i < a.len() || j < b.len() {
            let (term, wa, wb) = match (a.get(i), b.get(j)) {
                (Some(&(ta, wa)), Some(&(tb, wb))) if ta == tb => {
                    i += 1;
                    j += 1;
                    (ta, wa, wb)
                }
                (Some(&(ta, wa)), Some(&(tb, _))) if ta < tb => {
                    i += 1;
                    (ta, wa, 0.0)
                }
                (Some(&(ta, wa)), None) => {
                    i += 1;
                    (ta, wa, 0.0)
                }
                (_, Some(&(tb, wb))) => {
                    j += 1;
                    (tb, 0.0, wb)
                }
                (None, None) => break,
            };
            let idf = self.idf(term);
            let (wa, wb) = (wa * idf, wb * idf);
            o.dot += wa * wb;
            o.norms.0 += wa * wa;
            o.norms.1 += wb * wb;
            if anchor(term) {
                o.anchor_dot += wa * wb;
                o.anchor_norms.0 += wa * wa;
                o.anchor_norms.1 += wb * wb;
            }
        }
        o
    }

    fn time_decay(
        &self,
        date: Option<DateTime<FixedOffset>>,
        first: Option<DateTime<FixedOffset>>,
        last: Option<DateTime<FixedOffset>>,
    ) -> f32 {
        let (Some(date), Some(first), Some(last)) = (date, first, last) else {
            return 1.0;
        };
        let outside = if date < first {
            first - date
        } else if date > last {
            date - last
        } else {
            return 1.0;
        };
        let days = outside.num_seconds() as f32 / 86_400.0;
        let late = (days - self.config.grace_days).max(0.0);
        0.5f32.powf(late / self.config.half_life_days)
    }

    fn note_date(&mut self, date: Option<DateTime<FixedOffset>>) {
        if let Some(date) = date {
            let ts = date.timestamp();
            self.newest_date = Some(self.newest_date.map_or(ts, |n| n.max(ts)));
        }
    }

    /// Takes stories out of the index once they fall outside the active window.
    fn retire_dormant(&mut self) {
        let oldest_allowed = self
            .articles_seen
            .saturating_sub(self.config.window_articles);
        while let Some(&(seen, story)) = self.by_last_seen.first() {
            if seen >= oldest_allowed {
                break;
            }
            self.deactivate(story);
        }
        let Some(newest) = self.newest_date else {
            return;
        };
        let earliest_allowed = newest - self.config.window_days * 86_400;
        while let Some(&(ts, story)) = self.by_last_date.first() {
            if ts >= earliest_allowed {
                break;
            }
            self.deactivate(story);
        }
    }

    fn deactivate(&mut self, story: usize) {
        self.unindex(story);
        let s = &mut self.stories[story];
        s.active = false;
        self.by_last_seen.remove(&(s.last_seen, story));
        if let Some(last) = s.last {
            self.by_last_date.remove(&(last.timestamp(), story));
        }
    }

    fn start(&mut self, doc: &StoryInput, vector: Sparse, family: Family) -> usize {
        let story = self.stories.len();
        let id = StoryId::for_first_article(&doc.id);
        self.by_id.insert(id.clone(), story);
        self.live += 1;
        self.stories.push(Story {
            id,
            centroid: Vec::new(),
            first: None,
            last: None,
            families: Vec::new(),
            last_seen: self.articles_seen,
            merged_into: None,
            active: true,
        });
        self.by_last_seen.insert((self.articles_seen, story));
        self.join(story, &vector, family, doc.published);
        story
    }

    fn join(
        &mut self,
        story: usize,
        vector: &Sparse,
        family: Family,
        date: Option<DateTime<FixedOffset>>,
    ) {
        self.unindex(story);
        let seen = self.articles_seen;
        let s = &mut self.stories[story];
        if !s.families.contains(&family) {
            s.families.push(family);
        }
        s.centroid = add_sparse(&s.centroid, vector);
        self.by_last_seen.remove(&(s.last_seen, story));
        s.last_seen = seen;
        self.by_last_seen.insert((seen, story));
        if let Some(date) = date {
            if let Some(last) = s.last {
                self.by_last_date.remove(&(last.timestamp(), story));
            }
            s.first = Some(s.first.map_or(date, |f| f.min(date)));
            let last = s.last.map_or(date, |l| l.max(date));
            s.last = Some(last);
            self.by_last_date.insert((last.timestamp(), story));
        }
        self.prune(story);
        self.index_story(story);
    }

    /// Keeps only the strongest terms of a story's centroid, so comparing with it costs a bounded amount.
    fn prune(&mut self, story: usize) {
        let limit = self.config.centroid_terms;
        if self.stories[story].centroid.len() <= limit {
            return;
        }
        let mut ranked: Vec<(u32, f32)> = self.stories[story]
            .centroid
            .iter()
            .map(|&(t, w)| (t, w * self.idf(t)))
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut keep: Vec<u32> = ranked.iter().take(limit).map(|&(t, _)| t).collect();
        keep.sort_unstable();
        self.stories[story]
            .centroid
            .retain(|(t, _)| keep.binary_search(t).is_ok());
    }

    /// Merges into `story` every other candidate story whose centroid has become close to it; the older
    /// story survives and the younger one's id becomes an alias. Returns the surviving story.
    fn merge_neighbours(&mut self, story: usize, candidates: &[usize]) -> usize {
        let mut survivor = story;
        for &other in candidates {
            if other == survivor
                || !self.stories[other].active
                || self.stories[other].merged_into.is_some()
            {
                continue;
            }
            let (a, b) = (&self.stories[survivor], &self.stories[other]);
            let sim = self.overlap(&a.centroid, &b.centroid).cosine()
                * self.time_decay(a.first, b.first, b.last);
            if sim < self.config.merge_threshold {
                continue;
            }
            let (older, younger) = (survivor.min(other), survivor.max(other));
            let absorbed = self.stories[younger].clone();
            self.deactivate(younger);
            self.stories[younger].merged_into = Some(older);
            self.live -= 1;
            self.unindex(older);
            let s = &mut self.stories[older];
            s.centroid = add_sparse(&s.centroid, &absorbed.centroid);
            for family in absorbed.families {
                if !s.families.contains(&family) {
                    s.families.push(family);
                }
            }
            s.first = match (s.first, absorbed.first) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            let previous_last = s.last;
            s.last = match (s.last, absorbed.last) {
                (Some(a), Some(b)) => Some(a.max(b)),
                (a, b) => a.or(b),
            };
            let (new_last, seen) = (s.last, s.last_seen.max(absorbed.last_seen));
            self.by_last_seen.remove(&(s.last_seen, older));
            s.last_seen = seen;
            self.by_last_seen.insert((seen, older));
            if let Some(previous) = previous_last {
                self.by_last_date.remove(&(previous.timestamp(), older));
            }
            if let Some(last) = new_last {
                self.by_last_date.insert((last.timestamp(), older));
            }
            self.prune(older);
            self.index_story(older);
            survivor = older;
        }
        survivor
    }

    fn index_story(&mut self, story: usize) {
        for &(term, _) in &self.stories[story].centroid {
            self.index.entry(term).or_default().push(story);
        }
    }

    fn unindex(&mut self, story: usize) {
        for &(term, _) in &self.stories[story].centroid {
            if let Some(postings) = self.index.get_mut(&term) {
                postings.retain(|&s| s != story);
                if postings.is_empty() {
                    self.index.remove(&term);
                }
            }
        }
    }
}

/// The sum of two sparse vectors.
fn add_sparse(a: &Sparse, b: &Sparse) -> Sparse {
    let mut sum = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(&(ta, wa)), Some(&(tb, wb))) if ta == tb => {
                sum.push((ta, wa + wb));
                i += 1;
                j += 1;
            }
            (Some(&(ta, wa)), Some(&(tb, _))) if ta < tb => {
                sum.push((ta, wa));
                i += 1;
            }
            (Some(&(ta, wa)), None) => {
                sum.push((ta, wa));
                i += 1;
            }
            (_, Some(&(tb, wb))) => {
                sum.push((tb, wb));
                j += 1;
            }
            (None, None) => break,
        }
    }
    sum
}
