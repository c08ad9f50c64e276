//! Viterbi decoding: the best label sequence for a sentence given per-token scores and label-pair scores.
//!
//! Ill-formed BILOU ([`Tag`]: an inside or last tag that does not continue an entity of its kind, a new tag
//! while one is open, a sentence that ends inside an entity) is ruled out here rather than learnt, so the
//! tagger never produces it.

use crate::tag::Tag;

const L: usize = Tag::COUNT;

/// Scores of label transitions: `start[j]` for a sentence opening with label `j`, `pair[i * L + j]` for
/// label `j` after label `i`.
#[derive(Debug, Clone, PartialEq)]
pub struct Transitions {
    pub start: [f32; L],
    pub pair: [f32; L * L],
}

impl Default for Transitions {
    fn default() -> Self {
        Transitions {
            start: [0.0; L],
            pair: [0.0; L * L],
        }
    }
}

impl Transitions {
    /// Every score, the start ones first.
    pub fn values(&self) -> impl Iterator<Item = &f32> {
        self.start.iter().chain(&self.pair)
    }

    /// Every score, mutably, in the order of [`Transitions::values`].
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut f32> {
        self.start.iter_mut().chain(self.pair.iter_mut())
    }
}

/// Number of previous-label slots of [`viterbi`]'s `pairs`: one per label, then the sentence start.
pub const PREVIOUS: usize = L + 1;

/// Fills `best` with the highest-scoring well-formed label indices for a sentence whose token `t` scores
/// `emissions[t * L + j]` for label `j`, plus `pairs[(t * PREVIOUS + i) * L + j]` for label `j` after label
/// `i` (`i == L`: at the sentence start). Missing pair scores count as zero.
pub fn viterbi(emissions: &[f32], pairs: &[f32], transitions: &Transitions, best: &mut Vec<usize>) {
    best.clear();
    let n = emissions.len() / L;
    if n == 0 {
        return;
    }
    let pair_score = |t: usize, i: usize, j: usize| {
        pairs
            .get((t * PREVIOUS + i) * L + j)
            .copied()
            .unwrap_or(0.0)
    };
    let allowed_start = |j: usize| Tag::ALL[j].may_follow(None);
    let allowed = |i: usize, j: usize| Tag::ALL[j].may_follow(Some(Tag::ALL[i]));
    let mut score = [f32::NEG_INFINITY; L];
    for (j, s) in score.iter_mut().enumerate() {
        if allowed_start(j) {
            *s = transitions.start[j] + emissions[j] + pair_score(0, L, j);
        }
    }
    // back[t * L + j]: the best previous label for label j at token t.
    let mut back = vec![0u8; n * L];
    for t in 1..n {
        let mut next = [f32::NEG_INFINITY; L];
        for (j, slot) in next.iter_mut().enumerate() {
            let mut best_i = 0;
            let mut best_s = f32::NEG_INFINITY;
            for (i, &s) in score.iter().enumerate() {
                if allowed(i, j) {
                    let cand = s + transitions.pair[i * L + j] + pair_score(t, i, j);
                    if cand > best_s {
                        best_s = cand;
                        best_i = i;
                    }
                }
            }
            *slot = best_s + emissions[t * L + j];
            back[t * L + j] = best_i as u8;
        }
        score = next;
    }
    let mut last = 0;
    for j in 1..L {
        if Tag::ALL[j].may_end() && score[j] > score[last] {
            last = j;
        }
    }
    best.resize(n, 0);
    best[n - 1] = last;
    for t in (1..n).rev() {
        best[t - 1] = usize::from(back[t * L + best[t]]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::label::EntityKind;

    #[test]
    fn decodes_only_well_formed_tags() {
        use EntityKind::Person;
        // Token scores alone would pick I-PERSON, I-PERSON, which neither begins nor ends an entity; the
        // decoder must make it B-PERSON, L-PERSON.
        let mut emissions = vec![0.0; 2 * L];
        for t in 0..2 {
            emissions[t * L + Tag::I(Person).index()] = 5.0;
        }
        emissions[Tag::B(Person).index()] = 1.0;
        emissions[L + Tag::L(Person).index()] = 1.0;
        let mut best = Vec::new();
        viterbi(&emissions, &[], &Transitions::default(), &mut best);
        let tags: Vec<Tag> = best.iter().map(|&j| Tag::ALL[j]).collect();
        assert_eq!(tags, [Tag::B(Person), Tag::L(Person)]);
        // A sentence does not end inside an entity.
        let mut emissions = vec![0.0; L];
        emissions[Tag::B(Person).index()] = 5.0;
        viterbi(&emissions, &[], &Transitions::default(), &mut best);
        assert!(Tag::ALL[best[0]].may_end());
    }

    #[test]
    fn empty_sentence_gives_no_labels() {
        let mut best = vec![3];
        viterbi(&[], &[], &Transitions::default(), &mut best);
        assert!(best.is_empty());
    }
}
