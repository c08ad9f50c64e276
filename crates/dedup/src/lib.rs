//! Duplicate detection: the same article, reached more than once.
//!
//! News arrives many times over, in three ways, and each has its own key:
//! - **exact duplicates**: the same text under different bytes (other markup, whitespace, case, quotation
//!   marks, Unicode form). [`text_fingerprint`] gives such texts one key.
//! - **near duplicates**: the same article re-published with a few words edited, another site's boilerplate,
//!   or cut short. A [`Signature`] (MinHash over three-word shingles) estimates how much two texts share, and a
//!   [`NearDuplicateIndex`] finds, among many stored signatures, those above a similarity threshold without
//!   comparing every pair.
//! - **translated duplicates**: the same article in another language. [`TranslationKeys`] holds what survives
//!   translation (numbers, dates, names) and [`translation_similarity`] compares two texts by it.
//!
//! All three read words the same way: lower-cased, punctuation removed, Unicode NFC. The crate is pure: no I/O.
//!
//! ```
//! use warta_dedup::{text_fingerprint, NearDuplicateIndex, Signature};
//!
//! assert_eq!(
//!     text_fingerprint("“Itu pilihan yang sulit.”\n\nKata dia."),
//!     text_fingerprint("\"Itu  pilihan yang SULIT.\" Kata dia."),
//! );
//!
//! let original = "Banjir merendam ratusan rumah di kawasan utara kota sejak Selasa malam, dan warga \
//!     mengungsi ke masjid serta sekolah terdekat sambil menunggu air surut.";
//! let mut index = NearDuplicateIndex::new(0.8);
//! index.insert("kabar-1", &Signature::of(original));
//! let copy = format!("{original} Ikuti berita terkini di Google News");
//! let found = index.query(&Signature::of(&copy));
//! assert_eq!(found.first().map(|(id, _)| *id), Some("kabar-1"));
//! ```

mod fingerprint;
mod lsh;
mod minhash;
mod translation;
mod words;

pub use fingerprint::text_fingerprint;
pub use lsh::{InvalidBanding, NearDuplicateIndex};
pub use minhash::{shingle_jaccard, Signature, NUM_HASHES, SHINGLE_WORDS, SIGNATURE_BYTES};
pub use translation::{
    is_translated_duplicate, translation_similarity, TranslationKeys,
    TRANSLATED_DUPLICATE_THRESHOLD,
};
