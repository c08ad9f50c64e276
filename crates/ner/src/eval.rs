//! Entity-level scores: precision, recall and F1 over whole entities (exact span and kind), as seqeval and
//! conlleval count them.

use std::fmt;

use crate::conll::Sentence;
use crate::label::{EntityKind, Label};
use crate::Tagger;

/// An entity in a token sequence: `(first token, end token exclusive, kind)`.
pub type Chunk = (usize, usize, EntityKind);

/// The entities of a BIO sequence.
///
/// Read leniently, as conlleval does: an I- label that does not continue an entity of its kind opens a new one.
pub fn chunks(labels: &[Label]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut open: Option<(usize, EntityKind)> = None;
    for (t, &label) in labels.iter().enumerate() {
        let continues = matches!((label, open), (Label::I(k), Some((_, o))) if k == o);
        if continues {
            continue;
        }
        if let Some((start, kind)) = open.take() {
            out.push((start, t, kind));
        }
        open = label.kind().map(|k| (t, k));
    }
    if let Some((start, kind)) = open {
        out.push((start, labels.len(), kind));
    }
    out
}

/// Counts of entities for one kind (or all kinds).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Predicted entities that match a gold entity exactly.
    pub correct: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Entity counts accumulated over sentences, per kind.
#[derive(Debug, Default, Clone)]
pub struct Scores {
    per_kind: [Counts; 3],
}

impl Scores {
    /// Adds one sentence's gold and predicted labels (same length; extra labels of the longer are ignored).
    pub fn add(&mut self, gold: &[Label], predicted: &[Label]) {
        let n = gold.len().min(predicted.len());
        let gold = chunks(&gold[..n]);
        let predicted = chunks(&predicted[..n]);
        for &(_, _, kind) in &gold {
            self.per_kind[slot(kind)].gold += 1;
        }
        for p in &predicted {
            let counts = &mut self.per_kind[slot(p.2)];
            counts.predicted += 1;
            if gold.contains(p) {
                counts.correct += 1;
            }
        }
    }

    /// Adds the counts of `other` (scores of other sentences).
    pub fn merge(&mut self, other: &Scores) {
        for (mine, theirs) in self.per_kind.iter_mut().zip(&other.per_kind) {
            mine.correct += theirs.correct;
            mine.predicted += theirs.predicted;
            mine.gold += theirs.gold;
        }
    }

    /// Counts for one kind.
    pub fn kind(&self, kind: EntityKind) -> Counts {
        self.per_kind[slot(kind)]
    }

    /// Counts over all kinds (micro average).
    pub fn micro(&self) -> Counts {
        self.per_kind.iter().fold(Counts::default(), |a, c| Counts {
            correct: a.correct + c.correct,
            predicted: a.predicted + c.predicted,
            gold: a.gold + c.gold,
        })
    }
}

impl fmt::Display for Scores {
    /// One line: micro precision, recall and F1, then F1 per kind.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let micro = self.micro();
        write!(
            f,
            "micro P {:.4} R {:.4} F1 {:.4}",
            micro.precision(),
            micro.recall(),
            micro.f1()
        )?;
        for kind in EntityKind::ALL {
            let c = self.kind(kind);
            write!(
                f,
                " | {} P {:.4} R {:.4} F1 {:.4}",
                kind.as_str(),
                c.precision(),
                c.recall(),
                c.f1()
            )?;
        }
        Ok(())
    }
}

/// Tags every sentence with `tagger` and scores it against its gold labels.
pub fn evaluate(tagger: &Tagger, sentences: &[Sentence]) -> Scores {
    let mut scores = Scores::default();
    for s in sentences {
        let tokens: Vec<&str> = s.tokens.iter().map(String::as_str).collect();
        scores.add(&s.labels, &tagger.tag(&tokens));
    }
    scores
}

fn slot(kind: EntityKind) -> usize {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Location => 1,
        EntityKind::Organization => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::label::labels;

    #[test]
    fn chunks_read_bio_like_conlleval() {
        use EntityKind::*;
        let cases: [(&str, &[Chunk]); 4] = [
            (
                "B-PERSON I-PERSON O B-LOCATION",
                &[(0, 2, Person), (3, 4, Location)],
            ),
            // A stray I- opens an entity; a kind change closes one.
            ("O I-PERSON I-LOCATION", &[(1, 2, Person), (2, 3, Location)]),
            ("B-PERSON B-PERSON", &[(0, 1, Person), (1, 2, Person)]),
            ("O O", &[]),
        ];
        for (tags, want) in cases {
            assert_eq!(chunks(&labels(tags)), want, "{tags}");
        }
    }

    #[test]
    fn micro_scores_by_hand() {
        // Gold: [Joko Widodo]PER [Jakarta]LOC ; [KPK]ORG
        // Predicted: [Joko]PER (wrong span) [Jakarta]LOC ; [KPK]ORG [Senin]LOC (spurious)
        let mut scores = Scores::default();
        scores.add(
            &labels("B-PERSON I-PERSON O B-LOCATION"),
            &labels("B-PERSON O O B-LOCATION"),
        );
        scores.add(
            &labels("B-ORGANIZATION O"),
            &labels("B-ORGANIZATION B-LOCATION"),
        );
        let micro = scores.micro();
        assert_eq!(
            micro,
            Counts {
                correct: 2,
                predicted: 4,
                gold: 3
            }
        );
        assert!((micro.precision() - 0.5).abs() < 1e-9);
        assert!((micro.recall() - 2.0 / 3.0).abs() < 1e-9);
        assert!((micro.f1() - 4.0 / 7.0).abs() < 1e-9);
        let person = scores.kind(EntityKind::Person);
        assert_eq!((person.correct, person.f1()), (0, 0.0));
        assert!((scores.kind(EntityKind::Location).precision() - 0.5).abs() < 1e-9);
    }
}
