//! Finding near duplicates among many texts without comparing every pair: locality-sensitive hashing.
//!
//! A signature is cut into bands of consecutive values. Two texts become candidates when all values of at least
//! one band agree, which for Jaccard similarity `s` happens with probability `1 − (1 − s^rows)^bands`; with the
//! default 16 bands × 8 rows that is 0.95 at s = 0.8, 0.62 at s = 0.7 and 0.06 at s = 0.5. Candidates are
//! then kept only if their estimated similarity reaches the threshold, so the bands decide recall and cost, the
//! verification decides precision.

use rustc_hash::FxHashMap;

use crate::minhash::{Signature, NUM_HASHES};

/// A band layout that does not fit in a signature.
#[derive(Debug, thiserror::Error)]
#[error("{bands} bands × {rows} rows does not fit in a signature of {NUM_HASHES} values")]
pub struct InvalidBanding {
    bands: usize,
    rows: usize,
}

/// An index of signatures answering "which stored texts are near duplicates of this one?".
#[derive(Debug)]
pub struct NearDuplicateIndex<Id> {
    threshold: f64,
    rows: usize,
    /// Per band, the stored texts (as positions in `entries`) under the key of their band values.
    bands: Vec<FxHashMap<u64, Vec<usize>>>,
    entries: Vec<(Id, Signature)>,
}

impl<Id: Clone> NearDuplicateIndex<Id> {
    /// Default bands per signature, tuned with [`DEFAULT_ROWS`](Self::DEFAULT_ROWS) for a threshold near 0.8.
    pub const DEFAULT_BANDS: usize = 16;
    /// Default signature values per band.
    pub const DEFAULT_ROWS: usize = 8;

    /// An empty index reporting texts with estimated Jaccard similarity ≥ `threshold`, with the default bands.
    pub fn new(threshold: f64) -> Self {
        NearDuplicateIndex {
            threshold,
            rows: Self::DEFAULT_ROWS,
            bands: vec![FxHashMap::default(); Self::DEFAULT_BANDS],
            entries: Vec::new(),
        }
    }

    /// An empty index with `bands` bands of `rows` values each (more bands or fewer rows: more recall near the
    /// threshold, more candidates to verify).
    pub fn with_banding(threshold: f64, bands: usize, rows: usize) -> Result<Self, InvalidBanding> {
        if bands == 0 || rows == 0 || bands.saturating_mul(rows) > NUM_HASHES {
            return Err(InvalidBanding { bands, rows });
        }
        Ok(NearDuplicateIndex {
            threshold,
            rows,
            bands: vec![FxHashMap::default(); bands],
            entries: Vec::new(),
        })
    }

    /// Stores a text's signature under `id`. Empty signatures are not stored: an empty text duplicates nothing.
    pub fn insert(&mut self, id: Id, signature: &Signature) {
        if signature.is_empty() {
            return;
        }
        let position = self.entries.len();
        for (band, key) in self.bands.iter_mut().zip(band_keys(signature, self.rows)) {
            band.entry(key).or_default().push(position);
        }
        self.entries.push((id, signature.clone()));
    }

    /// The stored texts whose estimated similarity to `signature` reaches the threshold, most similar first.
    pub fn query(&self, signature: &Signature) -> Vec<(Id, f64)> {
        if signature.is_empty() {
            return Vec::new();
        }
        let mut candidates: Vec<usize> = self
            .bands
            .iter()
            .zip(band_keys(signature, self.rows))
            .filter_map(|(band, key)| band.get(&key))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let mut found: Vec<(Id, f64)> = candidates
            .into_iter()
            .filter_map(|position| self.entries.get(position))
            .filter_map(|(id, stored)| {
                let similarity = signature.similarity(stored);
                (similarity >= self.threshold).then(|| (id.clone(), similarity))
            })
            .collect();
        found.sort_by(|a, b| b.1.total_cmp(&a.1));
        found
    }

    /// Number of stored signatures.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when nothing is stored.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// One key per band: a hash of the band's values (a collision only adds a candidate, which verification drops).
fn band_keys(signature: &Signature, rows: usize) -> impl Iterator<Item = u64> + '_ {
    signature.values().chunks_exact(rows).map(|band| {
        band.iter().fold(0xcbf2_9ce4_8422_2325u64, |key, &value| {
            (key.rotate_left(23) ^ value).wrapping_mul(0x9e37_79b9_7f4a_7c15)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "Badan Meteorologi memperingatkan gelombang tinggi hingga empat meter di perairan selatan \
        Jawa selama tiga hari ke depan. Nelayan diminta tidak melaut dan kapal penyeberangan kecil dapat ditunda \
        keberangkatannya oleh otoritas pelabuhan. Peringatan itu dikeluarkan setelah pusaran angin terpantau di \
        Samudra Hindia dan diperkirakan bergerak menjauh pada akhir pekan, kata kepala stasiun cuaca setempat \
        kepada wartawan di kantornya.";

    fn index_with(texts: &[(&'static str, &str)]) -> NearDuplicateIndex<&'static str> {
        let mut index = NearDuplicateIndex::new(0.8);
        for (id, text) in texts {
            index.insert(*id, &Signature::of(text));
        }
        index
    }

    #[test]
    fn finds_a_republished_copy_with_other_boilerplate() {
        let copy =
            format!("Logo Kabar Pesisir\n\n{ARTICLE}\n\nIkuti berita terkini di Google News");
        let unrelated = "Harga cabai rawit di pasar induk naik dua kali lipat dalam sepekan karena pasokan dari \
            sentra produksi terganggu hujan, menurut pedagang yang ditemui pada Senin pagi.";
        let index = index_with(&[("original", ARTICLE), ("unrelated", unrelated)]);
        let found = index.query(&Signature::of(&copy));
        assert_eq!(
            found.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
            ["original"]
        );
        assert!(found[0].1 >= 0.8);
    }

    #[test]
    fn finds_a_lightly_edited_copy_but_not_a_rewrite() {
        let edited = ARTICLE.replace("empat meter", "lima meter");
        let rewrite = "Gelombang setinggi empat meter diperkirakan melanda laut selatan Jawa, kata Badan \
            Meteorologi, yang meminta nelayan tetap di darat sampai pusaran angin di Samudra Hindia menjauh.";
        let index = index_with(&[("edited", &edited), ("rewrite", rewrite)]);
        let found: Vec<_> = index
            .query(&Signature::of(ARTICLE))
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        assert_eq!(found, ["edited"]);
    }

    #[test]
    fn empty_texts_are_neither_stored_nor_found() {
        let mut index = index_with(&[("", ""), ("dash", " — ")]);
        assert!(index.is_empty());
        index.insert("article", &Signature::of(ARTICLE));
        assert_eq!(index.len(), 1);
        assert!(index.query(&Signature::of("")).is_empty());
    }

    #[test]
    fn rejects_bands_that_do_not_fit() {
        for (bands, rows) in [(0, 8), (16, 0), (17, 8), (usize::MAX, 2)] {
            assert!(
                NearDuplicateIndex::<u32>::with_banding(0.8, bands, rows).is_err(),
                "{bands}×{rows}"
            );
        }
        assert!(NearDuplicateIndex::<u32>::with_banding(0.8, 32, 4).is_ok());
    }
}
