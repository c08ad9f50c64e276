//! Attribution cues: the words that say someone said something, by the place the speaker takes around them.
//!
//! Indonesian news puts the speaker after a short verb ("…, kata X", "…, ujar X"), before a me- verb
//! ("X mengatakan bahwa …") or nowhere, with -nya pointing back ("…, tambahnya"). English puts it before
//! ("X said …") or after ("…, said X", "…, X said").

/// How a cue word relates to its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueForm {
    /// The speaker follows: "kata X", "ujar X", "menurut X", "said X", "according to X".
    SpeakerAfter,
    /// The speaker precedes: "X mengatakan", "X said", "X reported".
    SpeakerBefore,
    /// The speaker precedes and the object is the channel: "X memberitahu Y bahwa", "X told Y that".
    SpeakerBeforeTelling,
    /// The speaker is the one named before: "tambahnya", "katanya".
    Anaphoric,
}

/// Which cue words a text's language uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lexicon {
    indonesian: bool,
    english: bool,
}

/// Short Indonesian verbs that take the speaker after them, and take -nya for "he/she".
const ID_SHORT: &[&str] = &[
    "kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "tegas", "imbuh", "tambah", "sebut",
    "terang", "papar",
];

const ID_BEFORE: &[&str] = &[
    "mengatakan",
    "menyatakan",
    "menambahkan",
    "menjelaskan",
    "menegaskan",
    "mengungkapkan",
    "menyebut",
    "menyebutkan",
    "menerangkan",
    "membenarkan",
    "melaporkan",
    "mengklaim",
    "menuturkan",
    "memaparkan",
    "mengakui",
    "memperingatkan",
    "berkata",
    "mengumumkan",
    "menulis",
    "mencatat",
    "menyampaikan",
    "mengonfirmasi",
    "berujar",
    "menilai",
    "berpendapat",
    "menekankan",
    "mengingatkan",
    "membantah",
];

const ID_TELLING: &[&str] = &["memberitahu", "memberitahukan"];

/// Passive verbs that take their speaker after them, with or without "oleh": "dikatakan oleh X",
/// "disampaikan X".
const ID_PASSIVE: &[&str] = &[
    "dikatakan",
    "disampaikan",
    "diungkapkan",
    "dijelaskan",
    "ditegaskan",
    "disebutkan",
    "dituturkan",
    "diterangkan",
];

/// Words that credit an outlet with a report: "seperti dikutip dari Antara", "dilansir CNN".
const ID_SOURCE_NOTES: &[&str] = &[
    "dikutip",
    "dilansir",
    "melansir",
    "dilaporkan",
    "diberitakan",
];

const EN_BEFORE: &[&str] = &[
    "said",
    "says",
    "added",
    "stated",
    "explained",
    "reported",
    "claimed",
    "noted",
    "warned",
    "confirmed",
    "announced",
    "wrote",
    "insisted",
    "argued",
    "say",
    "adds",
    "notes",
    "warns",
    "argues",
    "insists",
    "acknowledged",
    "admitted",
    "suggested",
    "writes",
    "explains",
    "acknowledges",
    "declared",
    "recalled",
    "cautioned",
    "conceded",
    "contended",
    "stressed",
    "emphasized",
    "asserted",
    "tweeted",
    "testified",
    "complained",
    "remarked",
    "predicted",
];

impl Lexicon {
    /// The cue words for an ISO 639-1 code; any other code ("und") gets both languages.
    pub fn for_lang(lang: &str) -> Lexicon {
        match lang {
            "en" => Lexicon {
                indonesian: false,
                english: true,
            },
            "id" | "ms" => Lexicon {
                indonesian: true,
                english: false,
            },
            _ => Lexicon {
                indonesian: true,
                english: true,
            },
        }
    }

    /// The form of `word` (lower-case, without punctuation) as a cue, if it is one.
    pub fn form(&self, word: &str) -> Option<CueForm> {
        if self.indonesian {
            if ID_SHORT.contains(&word) || word == "menurut" || ID_PASSIVE.contains(&word) {
                return Some(CueForm::SpeakerAfter);
            }
            if let Some(base) = word.strip_suffix("nya") {
                if ID_SHORT.contains(&base) || base == "menurut" {
                    return Some(CueForm::Anaphoric);
                }
            }
            if ID_BEFORE.contains(&word) {
                return Some(CueForm::SpeakerBefore);
            }
            if ID_TELLING.contains(&word) {
                return Some(CueForm::SpeakerBeforeTelling);
            }
        }
        if self.english {
            if word == "told" || word == "tells" {
                return Some(CueForm::SpeakerBeforeTelling);
            }
            if word == "according" {
                return Some(CueForm::SpeakerAfter);
            }
            if EN_BEFORE.contains(&word) {
                return Some(CueForm::SpeakerBefore);
            }
        }
        None
    }

    /// True for a passive cue, whose speaker may follow "oleh": "dikatakan oleh X".
    pub fn is_passive(&self, word: &str) -> bool {
        self.indonesian && ID_PASSIVE.contains(&word)
    }

    /// True for a word that credits an outlet with a report: "dikutip", "dilansir".
    pub fn is_source_note(&self, word: &str) -> bool {
        self.indonesian && ID_SOURCE_NOTES.contains(&word)
    }

    /// True when Indonesian cue words are in use (and Indonesian word shapes, such as me- verbs, apply).
    pub fn is_indonesian(&self) -> bool {
        self.indonesian
    }

    /// True for English verbs that may also stand before their speaker ("…, said Smith").
    pub fn inverts(&self, word: &str) -> bool {
        self.english && matches!(word, "said" | "says" | "added" | "according")
    }

    /// Verbs that only report speech when a "bahwa"/"that" clause follows ("X menyebut Y sebagai Z" is not).
    pub fn needs_that_clause(&self, word: &str) -> bool {
        matches!(
            word,
            "menyebut"
                | "menulis"
                | "mencatat"
                | "wrote"
                | "noted"
                | "mengakui"
                | "menyampaikan"
                // These take a thing as often as a statement: "menjelaskan cara membuat kue",
                // "menegaskan komitmennya".
                | "menjelaskan"
                | "menegaskan"
                | "mengungkapkan"
                | "memaparkan"
                | "menerangkan"
                | "menekankan"
                | "mengumumkan"
                | "mengingatkan"
        )
    }

    /// The word that introduces a content clause: "bahwa", "that".
    pub fn is_complementizer(&self, word: &str) -> bool {
        (self.indonesian && word == "bahwa") || (self.english && word == "that")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_by_language() {
        let id = Lexicon::for_lang("id");
        assert_eq!(id.form("kata"), Some(CueForm::SpeakerAfter));
        assert_eq!(id.form("tambahnya"), Some(CueForm::Anaphoric));
        assert_eq!(id.form("menurutnya"), Some(CueForm::Anaphoric));
        assert_eq!(id.form("mengatakan"), Some(CueForm::SpeakerBefore));
        assert_eq!(id.form("memberitahu"), Some(CueForm::SpeakerBeforeTelling));
        assert_eq!(id.form("disampaikan"), Some(CueForm::SpeakerAfter));
        assert!(id.is_source_note("dilansir"));
        assert_eq!(id.form("said"), None);
        let en = Lexicon::for_lang("en");
        assert_eq!(en.form("told"), Some(CueForm::SpeakerBeforeTelling));
        assert_eq!(en.form("kata"), None);
        assert!(Lexicon::for_lang("und").form("said").is_some());
    }
}
