//! The four roles a token can play in an attribution (PolNeAR annotations are univocal: a token has at
//! most one of them, so attribution is a tagging problem).

/// A token's role. Inside/outside tags without a begin tag: two contents with nothing between them are
/// rare in news, and four labels keep the model small.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Label {
    Outside = 0,
    Source = 1,
    Cue = 2,
    Content = 3,
}

impl Label {
    pub const COUNT: usize = 4;
    pub const ALL: [Label; Label::COUNT] =
        [Label::Outside, Label::Source, Label::Cue, Label::Content];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn from_index(i: usize) -> Label {
        Label::ALL.get(i).copied().unwrap_or(Label::Outside)
    }

    /// The label of a brat span type ("Source", "Cue", "Content"); other types are not roles.
    pub fn from_brat(name: &str) -> Option<Label> {
        match name {
            "Source" => Some(Label::Source),
            "Cue" => Some(Label::Cue),
            "Content" => Some(Label::Content),
            _ => None,
        }
    }
}
