use super::*;

/// Word families: every word of a family stems to its root.
const FAMILIES: &[(&str, &[&str])] = &[
    (
        "serang",
        &[
            "serang",
            "menyerang",
            "serangan",
            "diserang",
            "penyerang",
            "penyerangan",
            "menyerangnya",
            "serangannya",
            "terserang",
            "serangan-serangan",
        ],
    ),
    (
        "berita",
        &["diberitakan", "memberitakan", "pemberitaan", "beritanya"],
    ),
    ("kata", &["mengatakan", "dikatakan", "katanya", "perkataan"]),
    (
        "perintah",
        &[
            "pemerintah",
            "pemerintahan",
            "diperintahkan",
            "memerintahkan",
        ],
    ),
    ("bijak", &["kebijakan", "kebijakannya", "berbijak"]),
    (
        "tahan",
        &[
            "pertahanan",
            "mempertahankan",
            "bertahan",
            "ditahan",
            "penahanan",
            "tahanan",
        ],
    ),
    (
        "batas",
        &[
            "berbatasan",
            "perbatasan",
            "pembatasan",
            "dibatasi",
            "membatasi",
        ],
    ),
    (
        "tangkap",
        &["menangkap", "ditangkap", "penangkapan", "tertangkap"],
    ),
    ("bunuh", &["membunuh", "dibunuh", "pembunuhan", "terbunuh"]),
    (
        "tembak",
        &["menembak", "ditembak", "penembakan", "tembakan-tembakan"],
    ),
    (
        "kirim",
        &["mengirim", "dikirim", "pengiriman", "mengirimkan"],
    ),
    ("ambil", &["mengambil", "diambil", "pengambilan"]),
    ("pukul", &["memukul", "dipukul", "pemukulan"]),
    ("tari", &["menari", "penari", "tarian"]),
    ("nilai", &["menilai", "penilaian", "dinilai"]),
    ("hasil", &["berhasil", "keberhasilan", "menghasilkan"]),
    // The dictionary lists "belajar" and "pelajar" as roots of their own.
    ("ajar", &["mengajar", "pengajar", "ajaran", "diajarkan"]),
    ("pelajar", &["pelajaran", "pelajarnya"]),
    ("kerja", &["bekerja", "pekerja", "pekerjaan"]),
    // The dictionary lists "ketahu" (never alone, with a mark that it needs an affix) as a root.
    (
        "ketahu",
        &["diketahui", "mengetahui", "ketahuan", "pengetahuan"],
    ),
    ("tahu", &["setahu", "tahulah"]),
    ("perlu", &["diperlukan", "memerlukan", "keperluan"]),
    ("bom", &["mengebom", "pengeboman"]),
    ("beri", &["memberi", "diberi", "memberikan"]),
    // The dictionary has "mula" + -i, not "mulai".
    ("mula", &["dimulai", "memulai", "permulaan"]),
    ("pasuk", &["pasukan", "pasukannya"]),
    ("tarik", &["penarikan", "menarik", "ditarik"]),
];

#[test]
fn word_families_meet_at_their_root() {
    let mut checked = 0;
    let mut wrong = Vec::new();
    for (root, words) in FAMILIES {
        for word in *words {
            checked += 1;
            let got = stem(word);
            if got != *root {
                wrong.push(format!("{word} → {got} (expected {root})"));
            }
        }
    }
    assert!(checked >= 40);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn roots_names_and_unknown_words_stay_as_they_are() {
    for word in [
        // Roots, some looking prefixed or suffixed: the dictionary is checked first.
        "menteri",
        "teri",
        "makan",
        "bukan",
        "perang",
        "pemuda",
        "berita",
        "tetapi",
        // Names and foreign words the dictionary does not list.
        "prabowo",
        "subianto",
        "jokowi",
        "surabaya",
        "sulawesi",
        "jakarta",
        "Jakarta",
        "reuters",
        "memorandum",
        // Short words.
        "di",
        "ke",
        "dan",
        "ia",
    ] {
        assert_eq!(stem(word), word, "{word}");
    }
}

#[test]
fn capitals_are_ignored() {
    assert_eq!(stem("Menyerang"), "serang");
    assert_eq!(stem("DISERANG"), "serang");
    assert_eq!(stem("Menteri"), "Menteri");
}

#[test]
fn odd_input_is_returned_unchanged_without_panicking() {
    for word in [
        "",
        "-",
        "--",
        "2024",
        "ke-3",
        "covid-19",
        "a-b-c",
        "é",
        "ménteri",
        "men",
        "mem",
        "meng",
        "menge",
        "penge",
        "peny",
        "ber-",
        "-an",
        "di-",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    ] {
        assert_eq!(stem(word), word, "{word:?}");
    }
}

#[test]
fn reduplication_meets_at_the_shared_root() {
    let cases = [
        ("serangan-serangan", "serang"),
        ("pukulan-pukulan", "pukul"),
        // The dictionary lists some reduplications as words of their own.
        ("anak-anak", "anak-anak"),
        ("bermain-main", "main"),
        // Halves with no shared root stay whole.
        ("prabowo-jokowi", "prabowo-jokowi"),
    ];
    for (word, expected) in cases {
        assert_eq!(stem(word), expected, "{word}");
    }
}
