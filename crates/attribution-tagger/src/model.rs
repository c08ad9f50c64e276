//! The trained weights and their compact binary file.
//!
//! File layout (all little-endian):
//! ```text
//! magic   "WATT"          4 bytes
//! version u32             = 1
//! bits    u32             the feature table has 2^bits rows
//! labels  u32             = 4 (Label::COUNT)
//! scale   f32             a stored weight q means q * scale
//! present 2^bits / 8 bytes bit r set = row r is stored (rows of zeros are left out)
//! rows    n × 4 × i16     the stored rows, in row order
//! cues    u32 byte length, then UTF-8 lines "word\tstrength\n" (the cue lexicon)
//! ```
//! The file holds hashed feature weights and the cue words, no text. Loading expands it to a dense table
//! so that scoring a feature is one indexed read. The weight table and the byte cursor are the NER
//! tagger's ([`warta_ner::model_bytes`]): both store their weights the same way.

use crate::label::Label;
use crate::lexicon::CueLexicon;
use warta_ner::model_bytes::{Reader, Truncated, WeightTable};

const MAGIC: &[u8; 4] = b"WATT";
const VERSION: u32 = 1;
const L: usize = Label::COUNT;
/// Feature tables bigger than this are not a model warta wrote.
const MAX_BITS: u32 = 24;

/// Why model bytes could not be read.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ModelError {
    #[error("not a warta attribution model (bad magic bytes)")]
    BadMagic,
    #[error("unsupported attribution model version {0} (this build reads version {VERSION})")]
    UnsupportedVersion(u32),
    #[error("attribution model header is invalid: {0}")]
    BadHeader(&'static str),
    #[error("attribution model file is truncated or has trailing bytes")]
    WrongLength,
}

impl From<Truncated> for ModelError {
    fn from(_: Truncated) -> ModelError {
        ModelError::WrongLength
    }
}

/// Per-label scores of a set of features.
pub trait Scorer {
    fn scores(&self, keys: &[u64]) -> [f32; L];
}

/// The row of the feature table a feature key falls in.
pub fn slot(key: u64, bits: u32) -> usize {
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - bits)) as usize
}

/// Weights of the linear tagger: one row of per-label scores for every hashed feature, and the cue lexicon
/// the features were computed with.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    bits: u32,
    /// Dense, `2^bits × L`, row-major by feature.
    weights: WeightTable<L>,
    lexicon: CueLexicon,
}

impl Model {
    /// Quantises trained float weights (`2^bits × L`, row-major by feature) into a model.
    pub fn quantize(bits: u32, weights: &[f32], lexicon: CueLexicon) -> Model {
        Model {
            bits,
            weights: WeightTable::quantize(weights),
            lexicon,
        }
    }

    /// A model that knows nothing: every token is outside any attribution.
    pub fn empty() -> Model {
        Model::quantize(8, &[0.0; (1 << 8) * L], CueLexicon::default())
    }

    pub fn lexicon(&self) -> &CueLexicon {
        &self.lexicon
    }

    /// Reads a model written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader::new(bytes);
        if r.take(4)? != MAGIC {
            return Err(ModelError::BadMagic);
        }
        let version = r.u32()?;
        if version != VERSION {
            return Err(ModelError::UnsupportedVersion(version));
        }
        let bits = r.u32()?;
        if !(8..=MAX_BITS).contains(&bits) {
            return Err(ModelError::BadHeader("feature bits out of range"));
        }
        if r.u32()? as usize != L {
            return Err(ModelError::BadHeader("label count differs from this build"));
        }
        let scale = r.f32()?;
        if !scale.is_finite() || scale <= 0.0 {
            return Err(ModelError::BadHeader(
                "weight scale is not a positive number",
            ));
        }
        let weights = WeightTable::read_rows(&mut r, 1 << bits, scale)?;
        let cues_len = r.u32()? as usize;
        let cues = std::str::from_utf8(r.take(cues_len)?)
            .map_err(|_| ModelError::BadHeader("cue words are not UTF-8"))?;
        let mut entries = Vec::new();
        for line in cues.lines() {
            let (Some((word, strength)), true) = (line.split_once('\t'), !line.is_empty()) else {
                return Err(ModelError::BadHeader("cue line is not word and strength"));
            };
            let strength = strength
                .parse()
                .map_err(|_| ModelError::BadHeader("cue strength is not a number"))?;
            entries.push((word.to_string(), strength));
        }
        if !r.at_end() {
            return Err(ModelError::WrongLength);
        }
        Ok(Model {
            bits,
            weights,
            lexicon: CueLexicon::new(entries),
        })
    }

    /// The binary file described in the module documentation.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        for v in [VERSION, self.bits, L as u32, self.weights.scale().to_bits()] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        self.weights.write_rows(&mut out);
        let mut cues = String::new();
        for (word, strength) in self.lexicon.sorted() {
            cues.push_str(&format!("{word}\t{strength}\n"));
        }
        out.extend_from_slice(&(cues.len() as u32).to_le_bytes());
        out.extend_from_slice(cues.as_bytes());
        out
    }
}

impl Scorer for Model {
    fn scores(&self, keys: &[u64]) -> [f32; L] {
        self.weights
            .sum(keys.iter().map(|&key| slot(key, self.bits)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> Model {
        let mut weights = vec![0.0; (1 << 8) * L];
        weights[3 * L + 1] = 2.5;
        weights[200 * L + 3] = -1.0;
        let lexicon = CueLexicon::new([("said".to_string(), 3), ("believes".to_string(), 2)]);
        Model::quantize(8, &weights, lexicon)
    }

    #[test]
    fn bytes_round_trip() {
        let model = tiny();
        assert_eq!(Model::from_bytes(&model.to_bytes()), Ok(model));
        let empty = Model::empty();
        assert_eq!(Model::from_bytes(&empty.to_bytes()), Ok(empty));
    }

    #[test]
    fn shipped_model_is_written_back_byte_for_byte() {
        let shipped: &[u8] = include_bytes!("../model/tagger.bin");
        let model = Model::from_bytes(shipped).map(|m| m.to_bytes());
        assert!(model.as_deref() == Ok(shipped), "the file layout changed");
    }

    #[test]
    fn corrupt_bytes_are_errors_not_panics() {
        let bytes = tiny().to_bytes();
        assert_eq!(Model::from_bytes(b"NOPE"), Err(ModelError::BadMagic));
        assert_eq!(Model::from_bytes(&[]), Err(ModelError::WrongLength));
        for cut in [5, 20, bytes.len() - 1] {
            assert!(Model::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(Model::from_bytes(&longer), Err(ModelError::WrongLength));
        // The file ends with "said\t3\n": a strength that is not a number.
        let mut bad_cue = bytes.clone();
        let at = bad_cue.len() - 2;
        bad_cue[at] = b'x';
        assert!(matches!(
            Model::from_bytes(&bad_cue),
            Err(ModelError::BadHeader(_))
        ));
        let mut bad_version = bytes;
        bad_version[4] = 9;
        assert_eq!(
            Model::from_bytes(&bad_version),
            Err(ModelError::UnsupportedVersion(9))
        );
    }
}
