//! Attribution cues: the words that say someone said something, by the place the speaker takes around them.
//!
//! Indonesian news puts the speaker after a short verb ("…, kata X", "…, ujar X"), before a me- verb
//! ("X mengatakan bahwa …") or nowhere, with -nya pointing back ("…, tambahnya"). English puts it before
//! ("X said …") or after ("…, said X", "…, X said").

use std::{collections::HashSet, sync::LazyLock};

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

/// Short Indonesian verbs of saying that are as often nouns, adjectives or other verbs ("sesi tanya jawab",
/// "tutup usia", "harap maklum", "lebih lanjut"): like [`ID_SHORT`] they take the speaker after them and -nya,
/// but attribute only when a speaker-like word follows ("“…,” tandas Budi", "…, lanjut dia").
const ID_SHORT_AMBIGUOUS: &[&str] = &[
    "cetus", "tandas", "tanya", "harap", "tulis", "bela", "kritik", "keluh", "tutup", "lanjut",
    "seru", "timpal", "celetuk", "sergah", "pungkas", "kenang", "kilah", "beber", "kicau", "sahut",
    "jawab", "canda", "sindir", "bantah", "pinta", "ajak", "imbau", "lapor", "teriak", "bisik",
    "seloroh", "kelakar", "gumam", "tukas", "sambung", "urai", "tuding", "desak", "sesal", "aku",
    "saran",
];

/// Nouns that attribute only with -nya, pointing back to the one who spoke: "“Jaga kesehatan,” pesannya",
/// "kisahnya". Bare, they are the message or the story ("pesan Budi kepada istrinya").
const ID_NYA_ONLY: &[&str] = &["pesan", "kisah"];

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
    "memberitakan",
    "mewartakan",
    "mengklaim",
    "menuturkan",
    "memaparkan",
    "mengakui",
    "memperingatkan",
    "berkata",
    "mengumumkan",
    "menulis",
    "menuliskan",
    "mencatat",
    "menyampaikan",
    "mengonfirmasi",
    "berujar",
    "menilai",
    "berpendapat",
    "menekankan",
    "mengingatkan",
    "membantah",
    "mengkonfirmasi",
    "bercerita",
    "berkisah",
    "bertutur",
    "bersabda",
    "berfirman",
    "mencontohkan",
    "mengibaratkan",
    "membocorkan",
    "mengungkap",
    "menandaskan",
    "membeberkan",
    "berkilah",
    "beralasan",
    "melanjutkan",
    "memastikan",
    "menginformasikan",
    "mengemukakan",
    "mengutarakan",
    "menguraikan",
    "berkelakar",
    "berteriak",
    "menjawab",
    "bertanya",
    "menanyakan",
    "mengeluhkan",
    "menjamin",
    "menceritakan",
    "mengisahkan",
    "mengeklaim",
    "bilang",
    "mengabarkan",
    "melansir",
    "membalas",
];

/// Indonesian verbs of stance and request that take the speaker before them: admissions, requests, hopes
/// and denials, which a fact-checker records as statements too, though they as often describe someone
/// ("pelaku yang mengaku sebagai petugas").
pub(super) const ID_STANCES: &[&str] = &[
    "mengaku",
    "meminta",
    "mengimbau",
    "mendesak",
    "menyerukan",
    "berpesan",
    "berharap",
    "mengharapkan",
    "berjanji",
    "menyangkal",
    "menampik",
    "memperkirakan",
    "menduga",
    "menyarankan",
    "meyakini",
    "berpandangan",
    "yakin",
    "mengkritik",
    "menyayangkan",
    "mengecam",
    "menepis",
    "berdalih",
    "menghimbau",
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
    "ditambahkan",
    "dikemukakan",
    "dipaparkan",
    "dibeberkan",
    "diakui",
    "ditandaskan",
    "dikonfirmasi",
];

/// Words that credit an outlet with a report: "seperti dikutip dari Antara", "dilansir CNN".
const ID_SOURCE_NOTES: &[&str] = &[
    "dikutip",
    "dilansir",
    "melansir",
    "dinukil",
    "dilaporkan",
    "diberitakan",
    "diwartakan",
    "dikabarkan",
    "ditulis",
    "dituliskan",
];

/// English verbs that attribute what follows them to the subject before them, one verb a line with its
/// forms (the -ing form opens a clause after a comma: "…, saying …"). Reporting counts more than speech: a
/// belief, a wish or plan, a judgement of someone, a finding of a study are attributed the same way ("X
/// believes …", "X wants to …", "X criticised Y for …", "the poll shows …").
const EN_ATTRIBUTING: &[&str] = &[
    // Statements.
    "say says said saying",
    "add adds added adding",
    "stated stating",
    "explain explains explained explaining",
    "report reports reported reporting",
    "claim claims claimed claiming",
    "note notes noted noting",
    "warn warns warned warning",
    "confirm confirms confirmed confirming",
    "announce announces announced announcing",
    "write writes wrote writing",
    "insist insists insisted insisting",
    "argue argues argued arguing",
    "acknowledge acknowledges acknowledged acknowledging",
    "admit admits admitted admitting",
    "suggest suggests suggested suggesting",
    "declare declares declared declaring",
    "recall recalls recalled recalling",
    "caution cautions cautioned cautioning",
    "concede concedes conceded conceding",
    "contend contends contended contending",
    "stress stresses stressed stressing",
    "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising",
    "assert asserts asserted asserting",
    "tweet tweets tweeted tweeting",
    "post posts posted posting",
    "testify testifies testified testifying",
    "complain complains complained complaining",
    "remark remarks remarked remarking",
    "predict predicts predicted predicting",
    "reveal reveals revealed revealing",
    "disclose discloses disclosed disclosing",
    "allege alleges alleged alleging",
    "reiterate reiterates reiterated reiterating",
    "repeat repeats repeated repeating",
    "reply replies replied replying",
    "ask asks asked asking",
    "wonder wonders wondered wondering",
    "promise promises promised promising",
    "vow vows vowed vowing",
    "urge urges urged urging",
    "call calls called calling",
    "cite cites cited citing",
    "describe describes described describing",
    "agree agrees agreed agreeing",
    "boast boasts boasted boasting",
    "brag brags bragged bragging",
    "joke jokes joked joking",
    "quip quips quipped quipping",
    "conclude concludes concluded concluding",
    "estimate estimates estimated estimating",
    "indicate indicates indicated indicating",
    "imply implies implied implying",
    "reject rejects rejected rejecting",
    "dismiss dismisses dismissed dismissing",
    "decline declines declined declining",
    // Judgements of someone or something.
    "accuse accuses accused accusing",
    "blame blames blamed blaming",
    "criticize criticizes criticized criticizing criticise criticises criticised criticising",
    "slam slams slammed slamming",
    "condemn condemns condemned condemning",
    "denounce denounces denounced denouncing",
    "decry decries decried decrying",
    "mock mocks mocked mocking",
    // Beliefs, knowledge, wishes and plans.
    "believe believes believed believing",
    "hope hopes hoped hoping",
    "worry worries worried worrying",
    "expect expects expected expecting",
    "intend intends intended intending",
    "learn learns learned learnt learning",
    // Of the verbs of thinking and stance only the forms that rarely stand in a question, a relative clause
    // or a quote ("What do you think", "the campaign he wants to run", "I know") attribute reliably.
    "thinks",
    "knows",
    "questioned",
    "propose proposes proposed",
    "praised",
    // What a study, a poll or a record shows.
    "show shows showed shown showing",
    "finds found finding",
];

/// English verbs of speaking that attribute only right after a quote: see [`Lexicon::speaks_after_quote`].
const EN_AFTER_QUOTE: &[&str] = &[
    // "“…,” Howard Gleckman has written." ("has written a book" is no statement).
    "written",
    "commented",
    "comments",
    "continued",
    "continues",
    "responded",
    "responds",
    "answered",
    "answers",
    "shouted",
    "yelled",
    "screamed",
    "exclaimed",
    "interjected",
    "countered",
    "retorted",
    "pressed",
    "read",
    "reads",
    "assured",
    "charged",
    "barked",
    "snapped",
    "confessed",
    "demanded",
    "chimed",
    "mused",
    "marveled",
    "marvelled",
    "gushed",
    "scoffed",
    "sighed",
    "laughed",
    "whispered",
    "beamed",
    "chanted",
    "lamented",
    "shot",
    "went",
    "began",
    "offered",
    "observed",
];

/// Forms of [`EN_ATTRIBUTING`] that take their subject before them, and the -ing forms.
static EN_FORMS: LazyLock<(HashSet<&'static str>, HashSet<&'static str>)> = LazyLock::new(|| {
    let forms = EN_ATTRIBUTING
        .iter()
        .flat_map(|verb| verb.split_whitespace());
    let (participles, finite) = forms.partition(|f| f.ends_with("ing"));
    (finite, participles)
});

impl Lexicon {
    /// The cue words for an ISO 639-1 code; any other code ("und") gets both languages. A short Indonesian
    /// sentence is often taken for Javanese, Sundanese or Tagalog, which share its words and its shapes: they
    /// read as Indonesian.
    pub fn for_lang(lang: &str) -> Lexicon {
        match lang {
            "en" => Lexicon {
                indonesian: false,
                english: true,
            },
            "id" | "ms" | "jv" | "su" | "tl" => Lexicon {
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
            if ID_SHORT.contains(&word)
                || ID_SHORT_AMBIGUOUS.contains(&word)
                || word == "menurut"
                || ID_PASSIVE.contains(&word)
            {
                return Some(CueForm::SpeakerAfter);
            }
            if let Some(base) = word.strip_suffix("nya") {
                // "akunya" (he admitted): bare "aku" is the pronoun "I".
                // "dijelaskannya" (he explained): a passive with -nya points back too.
                if ID_SHORT.contains(&base)
                    || ID_SHORT_AMBIGUOUS.contains(&base)
                    || ID_PASSIVE.contains(&base)
                    || ID_NYA_ONLY.contains(&base)
                    || base == "menurut"
                    || base == "aku"
                {
                    return Some(CueForm::Anaphoric);
                }
            }
            if ID_BEFORE.contains(&word) || ID_STANCES.contains(&word) {
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
            if EN_FORMS.0.contains(word) {
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

    /// English verbs of finding, hoping and knowing, which attribute only a clause ("found that …", "hopes
    /// that …", "knows whether …"), not an object ("found a way", "hopes for rain", "barely knows him").
    pub fn takes_clause_only(&self, word: &str) -> bool {
        self.english
            && matches!(
                word,
                "found" | "finds" | "hope" | "hopes" | "hoped" | "knows"
            )
    }

    /// True when English cue words are in use.
    pub fn is_english(&self) -> bool {
        self.english
    }

    /// True when only English cue words are in use: rules fitted to English news conventions (a quote that
    /// runs over several paragraphs) apply, and Indonesian text keeps its own.
    pub fn is_english_only(&self) -> bool {
        self.english && !self.indonesian
    }

    /// English verbs of speaking that attribute only right after a quote ("“…,” he continued", "“…,” Trump
    /// shot back"): elsewhere they say nothing of speech ("continued to fall", "answered the door").
    pub fn speaks_after_quote(&self, word: &str) -> bool {
        self.english && EN_AFTER_QUOTE.contains(&word)
    }

    /// True for an English cue word.
    pub fn is_english_cue(&self, word: &str) -> bool {
        self.english
            && (EN_FORMS.0.contains(word) || matches!(word, "told" | "tells" | "according"))
    }

    /// True when Indonesian cue words are in use (and Indonesian word shapes, such as me- verbs, apply).
    pub fn is_indonesian(&self) -> bool {
        self.indonesian
    }

    /// True for English verbs that may also stand before their speaker ("…, said Smith", "…, noted Jones").
    pub fn inverts(&self, word: &str) -> bool {
        self.english
            && matches!(
                word,
                "said"
                    | "says"
                    | "added"
                    | "adds"
                    | "according"
                    | "wrote"
                    | "writes"
                    | "noted"
                    | "notes"
                    | "explained"
                    | "argued"
                    | "argues"
                    | "warned"
                    | "recalled"
                    | "observed"
                    | "replied"
                    | "insisted"
                    | "declared"
                    | "tweeted"
                    | "asked"
            )
    }

    /// The -ing form of an English attributing verb, opening a clause that reports what the subject of the
    /// sentence said or thought: "…, saying …", "…, calling it …".
    pub fn is_participle(&self, word: &str) -> bool {
        self.english && (EN_FORMS.1.contains(word) || word == "telling")
    }

    /// English cue forms that are as often nouns ("reports", "claims", "remarks", "shows"): they attribute
    /// only when what follows opens content ("claims that …", "promises to …", "shows the plan failed").
    /// "call", "find" and "hope" have rules of their own.
    pub fn is_also_noun(&self, word: &str) -> bool {
        self.english
            && matches!(
                word,
                "report"
                    | "reports"
                    | "claim"
                    | "claims"
                    | "note"
                    | "notes"
                    | "tweet"
                    | "tweets"
                    | "remark"
                    | "remarks"
                    | "promise"
                    | "promises"
                    | "vow"
                    | "vows"
                    | "joke"
                    | "jokes"
                    | "quip"
                    | "quips"
                    | "boast"
                    | "boasts"
                    | "estimate"
                    | "estimates"
                    | "slam"
                    | "slams"
                    | "worry"
                    | "worries"
                    | "show"
                    | "shows"
                    | "reply"
                    | "replies"
                    | "repeat"
                    | "repeats"
                    | "decline"
                    | "declines"
                    | "mock"
                    | "mocks"
                    | "caution"
                    | "cautions"
                    | "stress"
                    | "stresses"
            )
    }

    /// Verbs that only report speech when a "bahwa"/"that" clause follows ("X menyebut Y sebagai Z" is not).
    pub fn needs_that_clause(&self, word: &str) -> bool {
        matches!(
            word,
            "menyebut"
                | "menulis"
                | "menuliskan"
                | "mencatat"
                | "wrote"
                | "writes"
                | "post"
                | "posts"
                | "posted"
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
                // ("mengumumkan" is not here: what is announced, "mengumumkan tiga calon presidennya",
                // "telah mengumumkan Ov16860, sebuah sensor kamera baru", is a statement.)
                | "mengingatkan"
                // "bercerita panjang lebar", "bertutur dengan lembut": a story told, not a statement.
                | "bercerita"
                | "berkisah"
                | "bertutur"
                // "mencontohkan kasus itu", "mengibaratkan KAI seperti …", "membocorkan rahasia",
                // "mengungkap kasus narkoba": a thing as often as a statement.
                | "mencontohkan"
                | "mengibaratkan"
                | "membocorkan"
                | "mengungkap"
                // "mengkonfirmasi keputusan itu": a fact confirmed, not a statement.
                | "mengkonfirmasi"
                // "memberitakan kasus itu": a story covered, not a statement.
                | "memberitakan"
                | "mewartakan"
                // "menandaskan komitmennya", "membeberkan modus pelaku", "memastikan keamanan", "mengemukakan
                // pendapat", "menguraikan masalah", "berkelakar soal …": a thing as often as a statement.
                | "menandaskan"
                | "membeberkan"
                | "memastikan"
                | "menginformasikan"
                | "mengemukakan"
                | "mengutarakan"
                | "menguraikan"
                | "berkelakar"
                // "beralasan kuat": a manner; "berkilah" and "beralasan" report a clause.
                | "beralasan"
                | "berkilah"
                // "melanjutkan perjalanan", "berteriak minta tolong": an act, not a statement.
                | "melanjutkan"
                | "berteriak"
                // "menjawab pertanyaan wartawan", "menanyakan kabar", "mengeluhkan sakit perut": a thing.
                // A question asked takes a question word ("bertanya dari mana …", see `asks_question`).
                | "menjawab"
                | "bertanya"
                | "menanyakan"
                | "mengeluhkan"
                // "menjamin keamanan", "menceritakan pengalamannya", "bilang terima kasih": a thing.
                | "menjamin"
                | "menceritakan"
                | "mengisahkan"
                | "bilang"
                // "membalas serangan": retaliation, not a reply.
                | "membalas"
        )
            // Stances and requests: "meminta maaf", "mendesak masuk", "berharap banyak", "menampik
            // tawaran" are a thing or an act; a request takes a clause or "agar" (see `urges`). "mengaku"
            // reports what follows it directly ("mengaku menjual sabu").
            || ID_STANCES.contains(&word) && word != "mengaku"
    }

    /// True when the Indonesian cue word `word`, followed by `next` (lower-case), is a noun or an adverb, not
    /// a verb of saying: "kata kunci", "kata sepakat", "sebut saja Ani" (a pseudonym, not a speaker).
    pub fn is_idiom(&self, word: &str, next: &str) -> bool {
        /// Nouns that make a compound with "kata" ("kata kunci" = keyword) or words that make "kata" a
        /// noun ("kata lain", "kata pun").
        const KATA_PARTNERS: &[&str] = &[
            "kunci",
            "sandi",
            "sambutan",
            "pengantar",
            "maaf",
            "lain",
            "pun",
            "per",
            "demi",
            "sepakat",
            "akhir",
            "terakhir",
            "penutup",
            "pembuka",
            "bijak",
            "mutiara",
            "pamungkas",
            "kerja",
            "benda",
            "sifat",
            "ganti",
            "seru",
            "sambung",
            "hubung",
            "dasar",
            "kasar",
            "pertama",
            "yang",
        ];
        self.indonesian
            && match word {
                "kata" => KATA_PARTNERS.contains(&next),
                "sebut" => next == "saja",
                _ => false,
            }
    }

    /// Short Indonesian cues that are as often adjectives, adverbs or nouns ("sudah jelas", "sikap tegas",
    /// "lampu terang", "tambah mahal", "tutup usia"): they attribute only when a speaker-like word follows.
    pub fn is_also_adjective(&self, word: &str) -> bool {
        self.indonesian
            && (matches!(word, "jelas" | "tegas" | "terang" | "tambah")
                || ID_SHORT_AMBIGUOUS.contains(&word))
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
        // A story told reports what follows a comma or "bahwa" ("Furqon mengisahkan, saat …").
        assert_eq!(id.form("mengisahkan"), Some(CueForm::SpeakerBefore));
        assert!(id.needs_that_clause("mengisahkan"));
        assert_eq!(id.form("memberitahu"), Some(CueForm::SpeakerBeforeTelling));
        assert_eq!(id.form("disampaikan"), Some(CueForm::SpeakerAfter));
        assert!(id.is_source_note("dilansir"));
        assert_eq!(id.form("said"), None);
        let en = Lexicon::for_lang("en");
        assert_eq!(en.form("told"), Some(CueForm::SpeakerBeforeTelling));
        assert_eq!(en.form("kata"), None);
        assert!(Lexicon::for_lang("und").form("said").is_some());
        // A short Indonesian sentence taken for Javanese or Tagalog reads as Indonesian.
        for code in ["jv", "su", "tl"] {
            assert_eq!(Lexicon::for_lang(code), id, "{code}");
        }
        assert_eq!(id.form("dijelaskannya"), Some(CueForm::Anaphoric));
        assert_eq!(id.form("pesannya"), Some(CueForm::Anaphoric));
        assert_eq!(id.form("pesan"), None);
        // The wider inventory: passives at a sentence head, verbs that take a clause with no "bahwa".
        assert_eq!(id.form("ditambahkannya"), Some(CueForm::Anaphoric));
        assert_eq!(id.form("dipaparkan"), Some(CueForm::SpeakerAfter));
        assert_eq!(id.form("menandaskan"), Some(CueForm::SpeakerBefore));
        assert!(id.needs_that_clause("melanjutkan") && id.needs_that_clause("meminta"));
        assert!(!id.needs_that_clause("mengaku"));
    }
}
