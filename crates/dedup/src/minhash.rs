//! Near duplicates: MinHash signatures over word shingles.
//!
//! A re-published article keeps most of its three-word runs ("shingles") even after an editor changes a few
//! words, a site adds its boilerplate or the scraper cuts the tail. The Jaccard similarity of two texts' shingle
//! sets measures that overlap; a [`Signature`] estimates it from [`NUM_HASHES`] numbers per text, so texts can be
//! compared without keeping their shingles.
//!
//! Each shingle is hashed once (xxh3); the [`NUM_HASHES`] hash functions are then the cheap maps
//! `h ↦ a·h + b (mod 2⁶⁴)` with odd `a`, a bijection of 64-bit values, so each acts as a random permutation of
//! the already well-mixed shingle hashes. The constants are fixed at compile time: signatures are comparable
//! across runs and machines, and can be stored.

use rustc_hash::FxHashSet;
use xxhash_rust::xxh3::xxh3_64;

use crate::words::Words;

/// Hash functions per signature: the standard error of the Jaccard estimate is about `√(J(1−J)/128)`, 0.035 at
/// J = 0.8.
pub const NUM_HASHES: usize = 128;

/// The length of [`Signature::to_bytes`].
pub const SIGNATURE_BYTES: usize = NUM_HASHES * 8;

/// Words per shingle: long enough that shared shingles mean shared phrasing, short enough that one edited word
/// spoils only three of them.
pub const SHINGLE_WORDS: usize = 3;

/// The multipliers `a` (odd) and offsets `b` of the hash functions, drawn from splitmix64 with a fixed seed.
/// Kept as two arrays so the loop in [`lower_minima`] reads them as vectors.
const PERMUTATIONS: ([u64; NUM_HASHES], [u64; NUM_HASHES]) = {
    let mut multipliers = [0u64; NUM_HASHES];
    let mut offsets = [0u64; NUM_HASHES];
    let mut state: u64 = 0x7761_7274_6120_6464; // "warta dd"
    let mut i = 0;
    while i < NUM_HASHES {
        let (next, a) = splitmix64(state);
        let (next, b) = splitmix64(next);
        multipliers[i] = a | 1;
        offsets[i] = b;
        state = next;
        i += 1;
    }
    (multipliers, offsets)
};

/// Lowers each hash function's running minimum by the shingle hashes. This loop is nearly all the cost of a
/// signature; compiled also for AVX2 and AVX-512 (chosen at run time), it runs on 4 or 8 hash functions at once.
#[multiversion::multiversion(targets("x86_64+avx512f+avx512dq+avx512vl", "x86_64+avx2"))]
fn lower_minima(mins: &mut [u64; NUM_HASHES], hashes: &[u64]) {
    let (multipliers, offsets) = &PERMUTATIONS;
    for &h in hashes {
        for ((min, &a), &b) in mins.iter_mut().zip(multipliers).zip(offsets) {
            *min = (*min).min(a.wrapping_mul(h).wrapping_add(b));
        }
    }
}

const fn splitmix64(state: u64) -> (u64, u64) {
    let state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    (state, z ^ (z >> 31))
}

/// The MinHash signature of a text: for each hash function, the smallest hash of any of its shingles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    mins: [u64; NUM_HASHES],
}

impl Signature {
    /// The signature of `text`'s shingles. A text with no words has the empty signature, similar to nothing.
    pub fn of(text: &str) -> Signature {
        let hashes: Vec<u64> = shingle_hashes(&Words::of(text)).collect();
        let mut mins = [u64::MAX; NUM_HASHES];
        lower_minima(&mut mins, &hashes);
        Signature { mins }
    }

    /// The estimated Jaccard similarity of the two texts' shingle sets: the share of hash functions whose
    /// minimum both texts share. 0.0 when either text had no words.
    pub fn similarity(&self, other: &Signature) -> f64 {
        if self.is_empty() || other.is_empty() {
            return 0.0;
        }
        let shared = self
            .mins
            .iter()
            .zip(other.mins.iter())
            .filter(|(a, b)| a == b)
            .count();
        shared as f64 / NUM_HASHES as f64
    }

    /// True for the signature of a text without words.
    pub fn is_empty(&self) -> bool {
        self.mins.iter().all(|&min| min == u64::MAX)
    }

    /// The per-hash-function minima, in hash-function order (what a store persists).
    pub fn values(&self) -> &[u64; NUM_HASHES] {
        &self.mins
    }

    /// The signature whose minima are `values`, as [`Signature::values`] gave them: a stored signature,
    /// restored without the text.
    pub fn from_values(values: [u64; NUM_HASHES]) -> Signature {
        Signature { mins: values }
    }

    /// The minima as [`SIGNATURE_BYTES`] bytes, each little-endian, in hash-function order: the same bytes on
    /// every machine, for a database column.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.mins.iter().flat_map(|min| min.to_le_bytes()).collect()
    }

    /// The signature [`Signature::to_bytes`] wrote, or `None` when `bytes` is not [`SIGNATURE_BYTES`] long.
    pub fn from_bytes(bytes: &[u8]) -> Option<Signature> {
        if bytes.len() != SIGNATURE_BYTES {
            return None;
        }
        let mut mins = [0u64; NUM_HASHES];
        for (min, chunk) in mins.iter_mut().zip(bytes.chunks_exact(8)) {
            *min = u64::from_le_bytes(chunk.try_into().ok()?);
        }
        Some(Signature { mins })
    }
}

/// The exact Jaccard similarity of two texts' shingle sets (what a [`Signature`] estimates); 0.0 when either
/// text has no words. Costs a set per text: for checking and measuring, not for bulk comparison.
pub fn shingle_jaccard(a: &str, b: &str) -> f64 {
    let a: FxHashSet<u64> = shingle_hashes(&Words::of(a)).collect();
    let b: FxHashSet<u64> = shingle_hashes(&Words::of(b)).collect();
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let shared = a.intersection(&b).count();
    shared as f64 / (a.len() + b.len() - shared) as f64
}

/// One hash per shingle; a text shorter than a shingle is one shingle of all its words.
fn shingle_hashes(words: &Words) -> impl Iterator<Item = u64> + '_ {
    let windows = match words.len() {
        0 => 0,
        n => n.saturating_sub(SHINGLE_WORDS) + 1,
    };
    (0..windows).map(|first| xxh3_64(words.run(first, SHINGLE_WORDS).as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "Pemerintah Kota Surabaya menutup sementara tiga pasar tradisional setelah banjir \
        merendam kawasan utara kota sejak Selasa malam. Wali kota mengatakan para pedagang akan dipindahkan ke \
        lokasi darurat di lapangan dekat terminal bus sampai air surut dan saluran selesai dibersihkan. Dinas \
        pekerjaan umum mengerahkan dua puluh pompa dan ratusan petugas untuk membersihkan lumpur dari jalan \
        utama, sementara warga diminta tidak melintas di jalur yang masih tergenang.";

    #[test]
    fn identical_texts_have_equal_signatures() {
        let reformatted = ARTICLE.to_uppercase().replace(". ", ".\n\n");
        assert_eq!(Signature::of(ARTICLE), Signature::of(&reformatted));
        assert_eq!(
            Signature::of(ARTICLE).similarity(&Signature::of(&reformatted)),
            1.0
        );
    }

    #[test]
    fn estimate_is_close_to_the_true_jaccard() {
        let edited = ARTICLE
            .replace("tiga pasar", "empat pasar")
            .replace("dua puluh pompa", "tiga puluh pompa")
            .replace("Wali kota", "Wakil wali kota")
            + " Baca juga: Banjir rob di pesisir utara Jawa meluas.";
        let truth = shingle_jaccard(ARTICLE, &edited);
        let estimate = Signature::of(ARTICLE).similarity(&Signature::of(&edited));
        assert!(
            (0.6..0.9).contains(&truth),
            "constructed pair should be a near duplicate, got {truth}"
        );
        // Three standard errors at this similarity.
        assert!(
            (estimate - truth).abs() < 0.12,
            "estimate {estimate} vs true {truth}"
        );
    }

    #[test]
    fn unrelated_texts_are_not_similar() {
        let other = "The central bank kept its benchmark rate unchanged on Thursday, citing slowing inflation \
            and a weaker currency, and said it would watch food prices closely in the coming months.";
        assert!(shingle_jaccard(ARTICLE, other) == 0.0);
        assert!(Signature::of(ARTICLE).similarity(&Signature::of(other)) < 0.05);
    }

    #[test]
    fn empty_texts_are_similar_to_nothing() {
        for empty in ["", "   ", "— … —"] {
            let signature = Signature::of(empty);
            assert!(signature.is_empty());
            assert_eq!(signature.similarity(&signature), 0.0);
            assert_eq!(signature.similarity(&Signature::of(ARTICLE)), 0.0);
            assert_eq!(shingle_jaccard(empty, ARTICLE), 0.0);
        }
    }

    #[test]
    fn stored_signatures_come_back_equal() {
        for text in [ARTICLE, "Banjir Surabaya", ""] {
            let signature = Signature::of(text);
            assert_eq!(Signature::from_values(*signature.values()), signature);
            let bytes = signature.to_bytes();
            assert_eq!(bytes.len(), SIGNATURE_BYTES);
            assert_eq!(Signature::from_bytes(&bytes), Some(signature));
        }
        let bytes = Signature::of(ARTICLE).to_bytes();
        assert_eq!(Signature::from_bytes(&bytes[1..]), None);
        assert_eq!(Signature::from_bytes(&[]), None);
    }

    #[test]
    fn short_texts_are_one_shingle() {
        assert_eq!(
            Signature::of("Banjir Surabaya").similarity(&Signature::of("banjir, surabaya!")),
            1.0
        );
        assert_eq!(shingle_jaccard("Banjir Surabaya", "Banjir Sidoarjo"), 0.0);
    }
}
