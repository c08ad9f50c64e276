//! The trained weights and their compact binary file.
//!
//! File layout (all little-endian):
//! ```text
//! magic  "WNER"            4 bytes
//! version u32              = 5
//! bits    u32              feature table has 2^bits rows
//! labels  u32              = 13 (Tag::COUNT: BILOU tags)
//! scale   f32              a stored weight q means q * scale
//! start   13 × f32         transition scores from the sentence start
//! pair    169 × f32        transition scores between tags
//! present 2^bits / 8 bytes bit r set = row r is stored (rows of zeros are left out)
//! rows    n × 13 × i16     the stored rows, in row order
//! common  u32 byte length, then UTF-8 words separated by '\n' (see [`CommonWords`])
//! classes u32 byte length, then UTF-8 lines "word\tcoarse\tfine\n" (see [`WordClusters`])
//! ```
//! Quantising to i16 and leaving out empty rows keeps the file a few MB; loading expands it to a dense
//! table so that scoring a feature is one indexed read. The weight table and the byte cursor are the ones
//! in [`crate::model_bytes`], shared with the attribution tagger.

use crate::clusters::WordClusters;
use crate::decode::{Transitions, PREVIOUS};
use crate::features::{CommonWords, SentenceFeatures};
use crate::model_bytes::{Reader, Truncated, WeightTable};
use crate::tag::Tag;

const MAGIC: &[u8; 4] = b"WNER";
const VERSION: u32 = 5;
const L: usize = Tag::COUNT;
/// Feature tables bigger than this are not a model warta wrote.
const MAX_BITS: u32 = 24;

/// Why model bytes could not be read.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ModelError {
    #[error("not a warta NER model (bad magic bytes)")]
    BadMagic,
    #[error("unsupported NER model version {0} (this build reads version {VERSION})")]
    UnsupportedVersion(u32),
    #[error("NER model header is invalid: {0}")]
    BadHeader(&'static str),
    #[error("NER model file is truncated or has trailing bytes")]
    WrongLength,
}

impl From<Truncated> for ModelError {
    fn from(_: Truncated) -> ModelError {
        ModelError::WrongLength
    }
}

/// Weights of the linear tagger: one row of per-label scores for every hashed feature, plus transitions.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    bits: u32,
    transitions: Transitions,
    /// Dense, `2^bits × L`, row-major by feature.
    weights: WeightTable<L>,
    common: CommonWords,
    clusters: WordClusters,
}

impl Model {
    /// Quantises trained float weights (`2^bits × L`, row-major by feature) into a model.
    pub fn quantize(
        bits: u32,
        weights: &[f32],
        transitions: Transitions,
        common: CommonWords,
        clusters: WordClusters,
    ) -> Model {
        Model {
            bits,
            transitions,
            weights: WeightTable::quantize(weights),
            common,
            clusters,
        }
    }

    /// The word classes the model's features were computed with.
    pub fn clusters(&self) -> &WordClusters {
        &self.clusters
    }

    /// The everyday words the model's features were computed with.
    pub fn common_words(&self) -> &CommonWords {
        &self.common
    }

    /// Number of hash bits of the feature table.
    pub fn bits(&self) -> u32 {
        self.bits
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
        let mut transitions = Transitions::default();
        for s in transitions
            .start
            .iter_mut()
            .chain(transitions.pair.iter_mut())
        {
            *s = r.f32()?;
        }
        let weights = WeightTable::read_rows(&mut r, 1 << bits, scale)?;
        let common_len = r.u32()? as usize;
        let common = std::str::from_utf8(r.take(common_len)?)
            .map_err(|_| ModelError::BadHeader("everyday words are not UTF-8"))?;
        let common = CommonWords::new(
            common
                .split('\n')
                .filter(|w| !w.is_empty())
                .map(str::to_string),
        );
        let classes_len = r.u32()? as usize;
        let classes = std::str::from_utf8(r.take(classes_len)?)
            .map_err(|_| ModelError::BadHeader("word classes are not UTF-8"))?;
        let mut entries = Vec::new();
        for line in classes.lines() {
            let mut fields = line.split('\t');
            let (Some(word), Some(coarse), Some(fine), None) =
                (fields.next(), fields.next(), fields.next(), fields.next())
            else {
                return Err(ModelError::BadHeader(
                    "word class line is not word, coarse, fine",
                ));
            };
            match (coarse.parse(), fine.parse()) {
                (Ok(coarse), Ok(fine)) => entries.push((word.to_string(), coarse, fine)),
                _ => return Err(ModelError::BadHeader("word class is not a number")),
            }
        }
        let clusters = WordClusters::new(entries);
        if !r.at_end() {
            return Err(ModelError::WrongLength);
        }
        Ok(Model {
            bits,
            transitions,
            weights,
            common,
            clusters,
        })
    }

    /// The binary file described in the module documentation.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        for v in [VERSION, self.bits, L as u32] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&self.weights.scale().to_le_bytes());
        for s in self.transitions.start.iter().chain(&self.transitions.pair) {
            out.extend_from_slice(&s.to_le_bytes());
        }
        self.weights.write_rows(&mut out);
        let common = self.common.sorted().join("\n");
        out.extend_from_slice(&(common.len() as u32).to_le_bytes());
        out.extend_from_slice(common.as_bytes());
        let mut classes = String::new();
        for (word, coarse, fine) in self.clusters.sorted() {
            classes.push_str(&format!("{word}\t{coarse}\t{fine}\n"));
        }
        out.extend_from_slice(&(classes.len() as u32).to_le_bytes());
        out.extend_from_slice(classes.as_bytes());
        out
    }

    /// Transition scores between labels.
    pub fn transitions(&self) -> &Transitions {
        &self.transitions
    }

    /// Label scores for a sentence: per token into `emissions` (`len × L`) and per token and previous label
    /// into `pairs` (`len × PREVIOUS × L`), as [`crate::decode::viterbi`] takes them.
    pub fn scores(
        &self,
        features: &SentenceFeatures,
        emissions: &mut Vec<f32>,
        pairs: &mut Vec<f32>,
    ) {
        emissions.clear();
        pairs.clear();
        for t in 0..features.len() {
            emissions.extend(self.sum(features.token(t)));
            for prev in 0..PREVIOUS {
                pairs.extend(self.sum(features.pair(t, prev)));
            }
        }
    }

    /// The summed weights of the given features, per label.
    fn sum(&self, ids: &[u32]) -> [f32; L] {
        self.weights.sum(ids.iter().map(|&f| f as usize))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> Model {
        let mut weights = vec![0.0; (1 << 8) * L];
        weights[3 * L + 1] = 2.5;
        weights[200 * L + 6] = -1.0;
        let mut transitions = Transitions::default();
        transitions.pair[L + 2] = 0.75;
        let common = CommonWords::new(["dan".to_string(), "yang".to_string()]);
        let clusters = WordClusters::new([
            ("jakarta".to_string(), 3, 17),
            ("bandung".to_string(), 3, 17),
        ]);
        Model::quantize(8, &weights, transitions, common, clusters)
    }

    #[test]
    fn bytes_round_trip() {
        let model = tiny();
        let bytes = model.to_bytes();
        assert_eq!(Model::from_bytes(&bytes), Ok(model));
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
        // The file ends with the word classes, "…jakarta\t3\t17\n": a class that is not a number.
        let mut bad_class = bytes.clone();
        let at = bad_class.len() - 2;
        bad_class[at] = b'x';
        assert!(matches!(
            Model::from_bytes(&bad_class),
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
