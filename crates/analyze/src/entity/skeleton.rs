//! Name skeletons: one spelling-blind form of a person's or a place's name, so that the spellings of one
//! name across transliterations and languages meet even when the alias table does not list them.
//!
//! Names from Russian, Ukrainian and Arabic reach Indonesian and English news through several
//! romanisations ("Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskij"; "Muhammad", "Mohammed"), and
//! Indonesian names keep their pre-1972 spelling ("Soeharto", "Djakarta"). A [`Skeleton`] undoes the
//! differences those systems are known for, word by word:
//!
//! 1. accents are dropped ("Iván" → "ivan"), the letters lower-cased, and Cyrillic romanised letter by
//!    letter ("Зеленский" → "zelenskii", "Харків" → "kharkiv");
//! 2. a word in the old Indonesian spelling (it has "dj", "tj" or "oe") gets the new one: oe → u, dj → j,
//!    tj → c, nj → ny, sj → sy, ch → kh, and then its remaining j → y ("Soerabaja" → "surabaya");
//! 3. digraphs that spell one sound become one letter: kh → h, ph → f, ck → k, q → k, x → ks, w → v,
//!    ou/oo → u, ee → i;
//! 4. the Slavic adjective endings -iy, -ij, -yy, -yi, -ey, -ei, -ii and a final -y become -i ("Dmitriy",
//!    "Sergey", "Zelenskyy"), and y after a consonant is i ("Kyiv");
//! 5. o and u are one vowel (Arabic has only u: "Omar"/"Umar", "Mohammed"/"Muhammad");
//! 6. the vowel before a final v is i: Russian writes o or e where Ukrainian writes i ("Kharkov"/"Kharkiv",
//!    "Kiev"/"Kyiv", "Lvov"/"Lviv");
//! 7. doubled letters are written once ("Muhammad" → "muhamad");
//! 8. an e in a word's last syllable is loose: it stands for whatever vowel the other spelling has
//!    ("Mohammed"/"Muhammad", "Yousef"/"Yusuf", "Hussein"/"Husain"). Elsewhere vowels must agree, which
//!    keeps "Paris" from "Parus" and "Putin" from "Patin".
//!
//! Words are then read as one run of letters, so "Abdul Aziz" meets "Abdulaziz".
//!
//! A skeleton only proposes a match. [`same_name`] adds the guards against merging two different people:
//! both names have at least [`MIN_LETTERS`] letters, start with the same letter, and their lengths differ
//! by at most a third. Callers add what they know: the same entity type, and never two names the alias
//! table keeps apart (see [`super::AliasTable::keeps_apart`]).

use unicode_normalization::UnicodeNormalization;

/// Names shorter than this never match by skeleton: "Kim" and "Kin" are different names, and short names
/// have too few letters for a loose rule to be safe.
pub const MIN_LETTERS: usize = 4;

/// The shorter name has at least this share of the longer one's letters.
const MIN_LENGTH_RATIO: f64 = 0.7;

/// One letter of a skeleton.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Sound {
    letter: char,
    /// An e of a word's last syllable: it matches any vowel.
    loose: bool,
}

/// A name with the differences between its spellings undone (see the module documentation).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skeleton {
    sounds: Vec<Sound>,
    /// Letters in the name as written, for the length guard.
    letters: usize,
}

impl Skeleton {
    /// The skeleton of `name`.
    pub fn of(name: &str) -> Skeleton {
        let mut sounds = Vec::new();
        let mut letters = 0;
        for word in name.split(|c: char| !c.is_alphabetic()) {
            let folded = fold(word);
            letters += folded.chars().count();
            if !folded.is_empty() {
                sounds.extend(word_sounds(&folded));
            }
        }
        Skeleton { sounds, letters }
    }

    /// A key that every matching skeleton shares: the first letter and the consonants. Meant for looking
    /// candidates up; confirm them with [`Skeleton::matches`].
    pub fn key(&self) -> String {
        self.sounds
            .iter()
            .enumerate()
            .filter(|(i, s)| *i == 0 || !is_vowel(s.letter))
            .map(|(_, s)| s.letter)
            .collect()
    }

    /// Whether the two skeletons spell the same name: the same letters, a loose e standing for any vowel.
    pub fn matches(&self, other: &Skeleton) -> bool {
        self.sounds.len() == other.sounds.len()
            && self.sounds.iter().zip(&other.sounds).all(|(a, b)| {
                a.letter == b.letter
                    || (a.loose && is_vowel(b.letter))
                    || (b.loose && is_vowel(a.letter))
            })
    }

    /// [`Skeleton::matches`] with the guards of [`same_name`].
    pub fn same_as(&self, other: &Skeleton) -> bool {
        self.comparable(other) && self.matches(other)
    }

    /// Whether the name is long enough, and `other` close enough in length, to match by skeleton at all.
    fn comparable(&self, other: &Skeleton) -> bool {
        let (short, long) = if self.letters <= other.letters {
            (self.letters, other.letters)
        } else {
            (other.letters, self.letters)
        };
        let first = |s: &Skeleton| s.sounds.first().copied();
        short >= MIN_LETTERS
            && short as f64 >= long as f64 * MIN_LENGTH_RATIO
            && first(self).is_some_and(|f| !f.loose)
            && first(self) == first(other)
    }
}

/// Whether `a` and `b` are spellings of one name by their skeletons, with the length and first-letter
/// guards. The entity type and the alias table are for the caller to check.
pub fn same_name(a: &str, b: &str) -> bool {
    Skeleton::of(a).same_as(&Skeleton::of(b))
}

/// The lookup key of `name` when it may match by skeleton (see [`Skeleton::key`]); `None` for a name too
/// short to.
pub fn match_key(name: &str) -> Option<String> {
    let skeleton = Skeleton::of(name);
    (skeleton.letters >= MIN_LETTERS).then(|| skeleton.key())
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Lower case without accents; letters that do not decompose into a base letter and a mark are spelled out.
fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.nfd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        match c {
            'ø' | 'Ø' => out.push('o'),
            'ł' | 'Ł' => out.push('l'),
            'đ' | 'Đ' => out.push('d'),
            'ı' => out.push('i'),
            'ß' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            _ => {
                for lower in c.to_lowercase() {
                    match romanise_cyrillic(lower) {
                        Some(latin) => out.push_str(latin),
                        None => out.push(lower),
                    }
                }
            }
        }
    }
    out
}

/// The Latin letters of a lower-case Russian or Ukrainian letter, in the common English romanisation (the
/// later steps level its differences from the others). Й, ё and ї never reach here: decomposition has
/// already made them и, е and і.
fn romanise_cyrillic(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ґ' => "g",
        'д' => "d",
        'е' | 'э' => "e",
        'є' => "ye",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' => "i",
        'к' => "k",
        'л' => "l",
        'м' => "m",
        'н' => "n",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' => "u",
        'ф' => "f",
        'х' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ы' => "y",
        'ю' => "yu",
        'я' => "ya",
        'ъ' | 'ь' => "",
        _ => return None,
    })
}

/// Replaces every `from` with `to`, left to right.
fn replace_all(letters: &mut Vec<char>, pairs: &[(&str, &str)]) {
    let mut out = Vec::with_capacity(letters.len());
    let mut i = 0;
    'outer: while i < letters.len() {
        for (from, to) in pairs {
            let len = from.chars().count();
            if letters
                .get(i..i + len)
                .is_some_and(|window| window.iter().copied().eq(from.chars()))
            {
                out.extend(to.chars());
                i += len;
                continue 'outer;
            }
        }
        out.push(letters[i]);
        i += 1;
    }
    *letters = out;
}

/// The skeleton letters of one folded word.
fn word_sounds(word: &str) -> Vec<Sound> {
    let mut letters: Vec<char> = word.chars().collect();
    // Old Indonesian spelling. The new j of "dj" is held as 'J' so the old j → y does not touch it.
    if ["dj", "tj", "oe"]
        .iter()
        .any(|marker| word.contains(marker))
    {
        replace_all(
            &mut letters,
            &[
                ("oe", "u"),
                ("dj", "J"),
                ("tj", "c"),
                ("nj", "ny"),
                ("sj", "sy"),
                ("ch", "kh"),
            ],
        );
        for c in &mut letters {
            *c = match *c {
                'j' => 'y',
                'J' => 'j',
                other => other,
            };
        }
    }
    replace_all(
        &mut letters,
        &[
            ("kh", "h"),
            ("ph", "f"),
            ("ck", "k"),
            ("q", "k"),
            ("x", "ks"),
            ("w", "v"),
            ("ou", "u"),
            ("oo", "u"),
            ("ee", "i"),
        ],
    );
    // Slavic endings: strip the longest one and write i.
    for ending in ["iy", "ij", "yy", "yi", "ey", "ei", "ii", "y"] {
        let len = ending.chars().count();
        if letters.len() > len + 1
            && letters[letters.len() - len..]
                .iter()
                .copied()
                .eq(ending.chars())
        {
            letters.truncate(letters.len() - len);
            letters.push('i');
            break;
        }
    }
    for i in 1..letters.len() {
        if letters[i] == 'y' && !is_vowel(letters[i - 1]) && letters[i - 1] != 'y' {
            letters[i] = 'i';
        }
    }
    for c in &mut letters {
        if *c == 'o' {
            *c = 'u';
        }
    }
    if let [.., vowel, 'v'] = letters.as_mut_slice() {
        if matches!(*vowel, 'u' | 'e') {
            *vowel = 'i';
        }
    }
    letters.dedup();
    // The vowels of the last syllable: the last run of vowels.
    let last_vowels = letters.iter().rposition(|c| is_vowel(*c)).map(|end| {
        let start = letters[..end]
            .iter()
            .rposition(|c| !is_vowel(*c))
            .map_or(0, |p| p + 1);
        start..=end
    });
    letters
        .iter()
        .enumerate()
        .map(|(i, &letter)| Sound {
            letter,
            loose: letter == 'e' && last_vowels.as_ref().is_some_and(|r| r.contains(&i)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_name_match() {
        for (a, b) in [
            ("Zelensky", "Zelenskyy"),
            ("Zelensky", "Zelenskiy"),
            ("Zelenskyy", "Zelenskij"),
            ("Volodymyr Zelensky", "Volodymyr Zelenskiy"),
            ("Kharkov", "Kharkiv"),
            ("Kiev", "Kyiv"),
            ("Lvov", "Lviv"),
            ("Dmitry", "Dmitri"),
            ("Dmitri", "Dmitriy"),
            ("Dmitry Peskov", "Dmitriy Peskov"),
            ("Sergei", "Sergey"),
            ("Sergei Lavrov", "Sergey Lavrov"),
            ("Alexei Navalny", "Aleksey Navalnyy"),
            ("Muhammad", "Mohammed"),
            ("Muhammad", "Muhammed"),
            ("Mohamed", "Muhammad"),
            ("Yusuf", "Yousef"),
            ("Omar", "Umar"),
            ("Hussein", "Husain"),
            ("Abdulaziz", "Abdul Aziz"),
            ("Abdel Aziz", "Abdul-Aziz"),
            ("Soeharto", "Suharto"),
            ("Soekarno", "Sukarno"),
            ("Djakarta", "Jakarta"),
            ("Tjokroaminoto", "Cokroaminoto"),
            ("Soerabaja", "Surabaya"),
            ("Ivan", "Iván"),
            ("José", "Jose"),
            ("Erdoğan", "Erdogan"),
            ("Qatar", "Katar"),
            ("Ukraina", "Ukraine"),
            ("Rusia", "Russia"),
            ("Зеленский", "Zelensky"),
            ("Зеленський", "Zelenskyy"),
            ("Харків", "Kharkiv"),
            ("Київ", "Kyiv"),
            ("Сергей Лавров", "Sergey Lavrov"),
            ("Дмитрий Песков", "Dmitry Peskov"),
        ] {
            assert!(same_name(a, b), "{a} / {b}");
            assert!(same_name(b, a), "{b} / {a}");
            assert_eq!(match_key(a), match_key(b), "{a} / {b}");
        }
    }

    #[test]
    fn different_names_stay_apart() {
        for (a, b) in [
            ("Kim", "Kin"),
            ("Kim", "Kym"),
            ("Paris", "Parus"),
            ("Putin", "Patin"),
            ("Jensen", "Jansen"),
            ("Peterson", "Paterson"),
            ("Mykolaiv", "Nikolaev"),
            ("Biden", "Bidenko"),
            ("Joe Biden", "Jill Biden"),
            ("Jakarta", "Djakarta Barat"),
            ("Lavrov", "Lavrova"),
            ("Indonesia", "Indonesian"),
            ("Austria", "Australia"),
            ("Iran", "Iraq"),
            ("Sudan", "Sedan"),
        ] {
            assert!(!same_name(a, b), "{a} / {b}");
            assert!(!same_name(b, a), "{b} / {a}");
        }
    }

    #[test]
    fn odd_input_never_matches_or_panics() {
        for name in ["", " ", "-", "42", "ǅ", "ﬁ", "'’"] {
            assert!(!same_name(name, name), "{name:?}");
            assert_eq!(match_key(name), None, "{name:?}");
        }
        assert!(same_name("Зеленський", "Зеленський"));
    }
}
