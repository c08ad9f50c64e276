//! The cue lexicon: words that attribute ("said", "according", "believes", "poll"), learnt from the Cue
//! spans of the training data rather than typed by hand, each with how reliably it is a cue.

use std::collections::HashMap;

/// Lower-cased words with a strength: 1 (sometimes a cue), 2 (often), 3 (mostly).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CueLexicon {
    words: HashMap<String, u8>,
}

impl CueLexicon {
    pub fn new(words: impl IntoIterator<Item = (String, u8)>) -> CueLexicon {
        CueLexicon {
            words: words.into_iter().collect(),
        }
    }

    /// Learns the lexicon from counts: how often each word was inside a Cue span and how often it occurred
    /// at all. A word needs `min_count` cue uses and to be a cue in at least one use in twenty.
    pub fn learn(
        cue_counts: &HashMap<String, u32>,
        totals: &HashMap<String, u32>,
        min_count: u32,
    ) -> CueLexicon {
        let words = cue_counts.iter().filter_map(|(word, &cues)| {
            let total = totals.get(word).copied().unwrap_or(cues).max(cues);
            let ratio = f64::from(cues) / f64::from(total);
            let strength = match ratio {
                r if r >= 0.5 => 3,
                r if r >= 0.2 => 2,
                r if r >= 0.05 => 1,
                _ => 0,
            };
            (cues >= min_count && strength > 0).then(|| (word.clone(), strength))
        });
        CueLexicon::new(words)
    }

    /// The strength of `lower` as a cue, 0 when it is none.
    pub fn strength(&self, lower: &str) -> u8 {
        self.words.get(lower).copied().unwrap_or(0)
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The entries in word order, so that a written model is the same byte for byte.
    pub fn sorted(&self) -> Vec<(&str, u8)> {
        let mut out: Vec<(&str, u8)> = self.words.iter().map(|(w, &s)| (w.as_str(), s)).collect();
        out.sort_unstable();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_words_that_are_often_cues() {
        let count = |pairs: &[(&str, u32)]| -> HashMap<String, u32> {
            pairs.iter().map(|(w, n)| (w.to_string(), *n)).collect()
        };
        let cues = count(&[("said", 90), ("believes", 4), ("the", 6), ("urged", 1)]);
        let totals = count(&[("said", 100), ("believes", 12), ("the", 5000), ("urged", 1)]);
        let lexicon = CueLexicon::learn(&cues, &totals, 2);
        assert_eq!(lexicon.strength("said"), 3);
        assert_eq!(lexicon.strength("believes"), 2);
        assert_eq!(lexicon.strength("the"), 0, "too rarely a cue");
        assert_eq!(lexicon.strength("urged"), 0, "too few uses");
        assert_eq!(lexicon.sorted(), [("believes", 2), ("said", 3)]);
    }
}
