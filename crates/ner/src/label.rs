//! BIO labels: what the tagger says about each token.

/// The kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    Person,
    Location,
    Organization,
}

impl EntityKind {
    /// All kinds, in the order used by the model's label table.
    pub const ALL: [EntityKind; 3] = [
        EntityKind::Person,
        EntityKind::Location,
        EntityKind::Organization,
    ];

    /// The upper-case name used in CoNLL labels and entity lists ("PERSON", "LOCATION", "ORGANIZATION").
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "PERSON",
            EntityKind::Location => "LOCATION",
            EntityKind::Organization => "ORGANIZATION",
        }
    }
}

/// One token's label: outside any entity, beginning one, or inside one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Label {
    O,
    B(EntityKind),
    I(EntityKind),
}

impl Label {
    /// Number of labels; the model keeps one weight per label for every feature.
    pub const COUNT: usize = 7;

    /// All labels, indexed as the model indexes them (see [`Label::index`]).
    pub const ALL: [Label; Label::COUNT] = [
        Label::O,
        Label::B(EntityKind::Person),
        Label::I(EntityKind::Person),
        Label::B(EntityKind::Location),
        Label::I(EntityKind::Location),
        Label::B(EntityKind::Organization),
        Label::I(EntityKind::Organization),
    ];

    /// Position of this label in [`Label::ALL`] and in the model's weight rows.
    pub fn index(self) -> usize {
        let kind_slot = |k: EntityKind| match k {
            EntityKind::Person => 0,
            EntityKind::Location => 1,
            EntityKind::Organization => 2,
        };
        match self {
            Label::O => 0,
            Label::B(k) => 1 + 2 * kind_slot(k),
            Label::I(k) => 2 + 2 * kind_slot(k),
        }
    }

    /// The CoNLL spelling: "O", "B-PERSON", "I-LOCATION", …
    pub fn as_str(self) -> &'static str {
        match self {
            Label::O => "O",
            Label::B(EntityKind::Person) => "B-PERSON",
            Label::I(EntityKind::Person) => "I-PERSON",
            Label::B(EntityKind::Location) => "B-LOCATION",
            Label::I(EntityKind::Location) => "I-LOCATION",
            Label::B(EntityKind::Organization) => "B-ORGANIZATION",
            Label::I(EntityKind::Organization) => "I-ORGANIZATION",
        }
    }

    /// The entity kind, if this label is part of an entity.
    pub fn kind(self) -> Option<EntityKind> {
        match self {
            Label::O => None,
            Label::B(k) | Label::I(k) => Some(k),
        }
    }

    /// Whether `self` may directly follow `prev` in a well-formed BIO sequence (`None` = sentence start):
    /// an I- label only continues an entity of the same kind.
    pub fn may_follow(self, prev: Option<Label>) -> bool {
        match self {
            Label::I(k) => matches!(prev, Some(Label::B(p) | Label::I(p)) if p == k),
            _ => true,
        }
    }
}

/// How a data set names its entity types, and which of them warta keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// NERGRIT (IndoNLU): PERSON, PLACE, ORGANISATION.
    Nergrit,
    /// NERP (IndoNLU): PPL, PLC, IND; EVT (events) and FNB (food and beverages) are not kept.
    Nerp,
    /// warta's own labels: PERSON, LOCATION, ORGANIZATION.
    Warta,
}

impl Scheme {
    /// Parses a scheme name as given on a command line.
    pub fn parse(name: &str) -> Option<Scheme> {
        match name.to_ascii_lowercase().as_str() {
            "nergrit" => Some(Scheme::Nergrit),
            "nerp" => Some(Scheme::Nerp),
            "warta" => Some(Scheme::Warta),
            _ => None,
        }
    }

    /// Maps a data set's label ("B-PLACE", "I-PPL", "O", …) to warta's; unknown and dropped types become `O`.
    pub fn map(self, tag: &str) -> Label {
        let tag = tag.trim();
        let (prefix, name) = match tag.split_once('-') {
            Some((p, n)) => (p, n),
            None => return Label::O,
        };
        let kind = match (self, name) {
            (Scheme::Nergrit | Scheme::Warta, "PERSON") | (Scheme::Nerp, "PPL") => {
                EntityKind::Person
            }
            (Scheme::Nergrit, "PLACE") | (Scheme::Nerp, "PLC") | (Scheme::Warta, "LOCATION") => {
                EntityKind::Location
            }
            (Scheme::Nergrit, "ORGANISATION")
            | (Scheme::Nerp, "IND")
            | (Scheme::Warta, "ORGANIZATION") => EntityKind::Organization,
            _ => return Label::O,
        };
        match prefix {
            "B" => Label::B(kind),
            "I" => Label::I(kind),
            _ => Label::O,
        }
    }
}

/// Labels written out as "B-PERSON I-PERSON O …" in warta's scheme, for tests.
#[cfg(test)]
pub(crate) fn labels(tags: &str) -> Vec<Label> {
    tags.split_whitespace()
        .map(|t| Scheme::Warta.map(t))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_matches_table_order() {
        for (i, label) in Label::ALL.iter().enumerate() {
            assert_eq!(label.index(), i);
        }
    }

    #[test]
    fn schemes_map_to_warta_labels() {
        let cases = [
            (Scheme::Nergrit, "B-PLACE", "B-LOCATION"),
            (Scheme::Nergrit, "I-ORGANISATION", "I-ORGANIZATION"),
            (Scheme::Nergrit, "B-PERSON", "B-PERSON"),
            (Scheme::Nerp, "B-PPL", "B-PERSON"),
            (Scheme::Nerp, "I-PLC", "I-LOCATION"),
            (Scheme::Nerp, "B-IND", "B-ORGANIZATION"),
            (Scheme::Nerp, "B-EVT", "O"),
            (Scheme::Nerp, "I-FNB", "O"),
            (Scheme::Warta, "I-LOCATION", "I-LOCATION"),
            (Scheme::Warta, "garbage", "O"),
        ];
        for (scheme, tag, want) in cases {
            assert_eq!(scheme.map(tag).as_str(), want, "{scheme:?} {tag}");
        }
    }

    #[test]
    fn inside_label_only_continues_same_kind() {
        let ip = Label::I(EntityKind::Person);
        assert!(ip.may_follow(Some(Label::B(EntityKind::Person))));
        assert!(ip.may_follow(Some(ip)));
        assert!(!ip.may_follow(Some(Label::B(EntityKind::Location))));
        assert!(!ip.may_follow(Some(Label::O)));
        assert!(!ip.may_follow(None));
        assert!(Label::O.may_follow(None));
    }
}
