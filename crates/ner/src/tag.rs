//! The tags the model predicts: BILOU, a finer cut of the BIO [`Label`]s it reports.
//!
//! A BIO label says whether a token begins or continues an entity; a BILOU tag also says whether it is the
//! last token of one (`L`) or a whole one-token entity (`U`). A linear model then learns what ends a name
//! ("Kota Pekanbaru" ends there, "Ir" after it does not) apart from what continues one, which a BIO model
//! must fold into the next token's label (Ratinov & Roth 2009 found BILOU better for such taggers).
//! Training turns gold labels into tags ([`encode`]); tagging reads tags back as labels ([`Tag::label`]).

use crate::label::{EntityKind, Label};

/// A BILOU tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Tag {
    O,
    /// First token of a longer entity.
    B(EntityKind),
    /// Inside a longer entity, neither first nor last.
    I(EntityKind),
    /// Last token of a longer entity.
    L(EntityKind),
    /// A one-token entity.
    U(EntityKind),
}

impl Tag {
    pub const COUNT: usize = 13;

    /// Every tag, in the order of [`Tag::index`].
    pub const ALL: [Tag; Tag::COUNT] = {
        use EntityKind::{Location, Organization, Person};
        [
            Tag::O,
            Tag::B(Person),
            Tag::I(Person),
            Tag::L(Person),
            Tag::U(Person),
            Tag::B(Location),
            Tag::I(Location),
            Tag::L(Location),
            Tag::U(Location),
            Tag::B(Organization),
            Tag::I(Organization),
            Tag::L(Organization),
            Tag::U(Organization),
        ]
    };

    /// The position of the tag in [`Tag::ALL`].
    pub fn index(self) -> usize {
        let kind = |k: EntityKind| match k {
            EntityKind::Person => 0,
            EntityKind::Location => 1,
            EntityKind::Organization => 2,
        };
        match self {
            Tag::O => 0,
            Tag::B(k) => 1 + 4 * kind(k),
            Tag::I(k) => 2 + 4 * kind(k),
            Tag::L(k) => 3 + 4 * kind(k),
            Tag::U(k) => 4 + 4 * kind(k),
        }
    }

    /// The tag as the features that pair a token with the previous tag name it ("B-PER", "U-ORG").
    pub fn name(self) -> &'static str {
        use EntityKind::{Location as Loc, Organization as Org, Person as Per};
        match self {
            Tag::O => "O",
            Tag::B(Per) => "B-PER",
            Tag::I(Per) => "I-PER",
            Tag::L(Per) => "L-PER",
            Tag::U(Per) => "U-PER",
            Tag::B(Loc) => "B-LOC",
            Tag::I(Loc) => "I-LOC",
            Tag::L(Loc) => "L-LOC",
            Tag::U(Loc) => "U-LOC",
            Tag::B(Org) => "B-ORG",
            Tag::I(Org) => "I-ORG",
            Tag::L(Org) => "L-ORG",
            Tag::U(Org) => "U-ORG",
        }
    }

    /// The BIO label the tag is reported as.
    pub fn label(self) -> Label {
        match self {
            Tag::O => Label::O,
            Tag::B(k) | Tag::U(k) => Label::B(k),
            Tag::I(k) | Tag::L(k) => Label::I(k),
        }
    }

    /// Whether the tag may follow `prev` (`None` at the start of a sentence): inside and last tags go on an
    /// entity of their kind that is still open; every other tag needs the entity before it closed.
    pub fn may_follow(self, prev: Option<Tag>) -> bool {
        let open = match prev {
            Some(Tag::B(k) | Tag::I(k)) => Some(k),
            _ => None,
        };
        match self {
            Tag::I(k) | Tag::L(k) => open == Some(k),
            _ => open.is_none(),
        }
    }

    /// Whether a sentence may end on this tag: not inside an open entity.
    pub fn may_end(self) -> bool {
        !matches!(self, Tag::B(_) | Tag::I(_))
    }
}

/// The BILOU tags of a BIO label sequence (read as conlleval reads it: an `I-` that continues nothing
/// begins an entity).
pub fn encode(labels: &[Label]) -> Vec<Tag> {
    labels
        .iter()
        .enumerate()
        .map(|(t, &label)| {
            let Some(kind) = label.kind() else {
                return Tag::O;
            };
            let continues = |prev: Option<&Label>| prev.and_then(|p| p.kind()) == Some(kind);
            let begins =
                matches!(label, Label::B(_)) || !continues(t.checked_sub(1).map(|p| &labels[p]));
            let goes_on = matches!(labels.get(t + 1), Some(Label::I(k)) if *k == kind);
            match (begins, goes_on) {
                (true, true) => Tag::B(kind),
                (true, false) => Tag::U(kind),
                (false, true) => Tag::I(kind),
                (false, false) => Tag::L(kind),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::label::labels;
    use EntityKind::{Location, Person};

    #[test]
    fn index_is_the_position_in_all() {
        for (i, tag) in Tag::ALL.iter().enumerate() {
            assert_eq!(tag.index(), i);
        }
    }

    #[test]
    fn bio_labels_encode_and_read_back() {
        let bio =
            labels("B-PERSON I-PERSON I-PERSON O B-LOCATION B-LOCATION I-LOCATION I-PERSON O");
        let tags = encode(&bio);
        assert_eq!(
            tags,
            [
                Tag::B(Person),
                Tag::I(Person),
                Tag::L(Person),
                Tag::O,
                Tag::U(Location),
                Tag::B(Location),
                Tag::L(Location),
                // An I- that continues nothing begins an entity of its own.
                Tag::U(Person),
                Tag::O,
            ]
        );
        let back: Vec<Label> = tags.iter().map(|t| t.label()).collect();
        let mut expected = bio.clone();
        expected[7] = Label::B(Person);
        assert_eq!(back, expected);
    }

    #[test]
    fn only_well_formed_sequences_are_allowed() {
        assert!(Tag::B(Person).may_follow(None));
        assert!(!Tag::L(Person).may_follow(None));
        assert!(Tag::L(Person).may_follow(Some(Tag::B(Person))));
        assert!(!Tag::L(Location).may_follow(Some(Tag::B(Person))));
        assert!(!Tag::O.may_follow(Some(Tag::I(Person))));
        assert!(Tag::U(Person).may_follow(Some(Tag::L(Location))));
        assert!(!Tag::B(Person).may_end());
        assert!(Tag::U(Person).may_end());
    }
}
