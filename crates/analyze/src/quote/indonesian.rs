//! Indonesian speaker parsing: the sentence shapes of Indonesian news that English has no counterpart for.
//!
//! Indonesian reporting opens a sentence with lead-ins ("Menyikapi insiden ini, …", "Saat dikonfirmasi,
//! …") and sentence adverbs ("Sementara itu, …"), sets a role and a name in apposition before the cue
//! ("Ketua X, Budi, di Jakarta (Kamis, 5/1), menyatakan, …"), sets a cue aside inside the sentence it
//! attributes ("Dalam rapat itu, kata dia, dana sudah tersedia"), puts "menurut" anywhere in a sentence,
//! sums up with "Demikian dikatakan X" and "Hal itu dikatakan X", puts passive cues inside a sentence
//! ("Penertiban itu dikatakan Rizky sengaja …") or at its head ("Dijelaskannya, …", "Dikatakan Ketua X,
//! Budi, …"), sets a "-nya" cue aside inside what was said ("Pemkot, terangnya, sudah …"), names the person
//! after the role ("kata Kepala Dinas X, Budi, …"), credits an outlet after the clause ("…, seperti dikutip
//! dari Antara, Senin (5/2)"), reports requests, admissions and questions ("mengimbau warga agar …",
//! "mengaku khilaf", "bertanya mengapa …") and drops "bahwa" before a clause ("Kapolres menegaskan pihaknya
//! akan …", "Bupati menyebut produksi padi turun"). These rules, their word lists and the Indonesian
//! verb test live here, apart from the shared reading in the parent module, so that the parent reads as the
//! language-neutral flow and each Indonesian rule can be found and changed in one place.

use std::ops::Range;

use warta_ner::gazetteer::is_honorific;

use super::cue::{CueForm, ID_STANCES};
use super::{
    denies, is_not_a_source, opens_cited_source, phrase_range, speaker, strip_auxiliaries,
    trim_range, Clause, Reader, Who, Word, AUXILIARIES, CHANNEL_WORDS, DETERMINERS,
    PRONOUN_SUBJECTS, SPEAKER_STOPS, SUBJECT_REACH,
};
use crate::date;
use crate::source::outlets;

/// Indonesian sentence adverbs and connectives that open a sentence before its subject and are never part
/// of a speaker: "Sebelumnya Korut menyatakan …", "Sementara itu, Bupati …". Two-word ones are listed by
/// their first word and [`ADVERB_SECONDS`].
const SENTENCE_ADVERBS: &[&str] = &[
    "pasalnya",
    "sebelumnya",
    "kemudian",
    "maka",
    "sementara",
    "selain",
    "namun",
    "adapun",
    "bahkan",
    "lebih",
    "selanjutnya",
    "lalu",
    "kini",
    "akhirnya",
    "sedangkan",
    "tetapi",
    "tapi",
    "dan",
    "meski",
    "meskipun",
    "padahal",
    "terpisah",
    "secara",
    "di",
    "pada",
    "dalam",
];

/// Nouns that stand for something said: "Hal itu dikatakan X", "Kalimat itu disampaikan X", "Demikian
/// penjelasan X".
const SAID_NOUNS: &[&str] = &[
    "hal",
    "pernyataan",
    "keterangan",
    "penjelasan",
    "ucapan",
    "kalimat",
    "keluhan",
    "komentar",
    "pengakuan",
    "penuturan",
    "ungkapan",
    "jawaban",
    "tanggapan",
    "penegasan",
    "pesan",
];

/// Nouns of news: "Kabar itu dikonfirmasi oleh X" confirms a report and says nothing of X's own, unless
/// "bahwa" says what was confirmed ("Informasi ini dikonfirmasi oleh X, bahwa …").
const NEWS_NOUNS: &[&str] = &["informasi", "kabar", "berita"];

/// Second words of two-word sentence adverbs: "Sementara itu", "Selain itu", "Lebih lanjut", "Di sisi lain",
/// "Secara terpisah", "Meski demikian".
const ADVERB_SECONDS: &[&str] = &[
    "itu",
    "lanjut",
    "jauh",
    "jelas",
    "terpisah",
    "demikian",
    "begitu",
    "sisi",
    "kesempatan",
    "tempat",
];

/// Words that open an Indonesian lead-in set off by a comma before the speaker: a circumstance ("Saat
/// dikonfirmasi, …", "Dalam pernyataan resmi Polri, …", "Usai rapat, …"), not content and not the speaker.
const LEAD_INS: &[&str] = &[
    "nah",
    "saat",
    "ketika",
    "dalam",
    "di",
    "pada",
    "usai",
    "seusai",
    "setelah",
    "sebelum",
    "pasca",
    "paska",
    "menyusul",
    "walau",
    "terkait",
    "berkaitan",
    "sehubungan",
    "berhubungan",
    "mengenai",
    "soal",
    "atas",
    "untuk",
    "dengan",
    "kepada",
    "sejak",
    "selama",
    "melalui",
    "lewat",
    "sementara",
    "selain",
    "namun",
    "tetapi",
    "sebelumnya",
    "kemudian",
    "adapun",
    "bahkan",
    "lebih",
    "selanjutnya",
    "sedangkan",
    "meski",
    "meskipun",
    "karena",
    "oleh",
    "berbicara",
    "menjawab",
    // "Seperti diberitakan, …", "Sebagaimana diketahui, …": as reported or known before, not a speaker.
    "seperti",
    "sebagaimana",
];

/// Words that open a circumstance between an Indonesian speaker and the cue: "X, di Hotel Mulia, Jakarta,
/// menyatakan", "X di sela-sela rapat mengatakan".
const ASIDE_OPENERS: &[&str] = &[
    "di",
    "dalam",
    "pada",
    "saat",
    "ketika",
    "usai",
    "seusai",
    "setelah",
    "kepada",
    "melalui",
    "lewat",
    "kemarin",
    "sebelumnya",
    "seperti",
    "sesuai",
    "antara",
];

/// True for an Indonesian verb by its prefix: me- ("memaparkan", not "menteri", "mereka" or a minister's short
/// title, "mendagri", "menkeu") or ber- ("berkata", not "bersama"), and the two common ber- verbs written with
/// "be-" ("bekerja", "belajar").
pub(super) fn is_id_verb(lower: &str) -> bool {
    lower.len() >= 6
        && (lower.starts_with("me")
            && !matches!(lower, "menteri" | "mereka")
            && !warta_ner::gazetteer::is_person_title(lower)
            || lower.starts_with("ber")
                && !lower.starts_with("bers")
                && !matches!(lower, "berita" | "beritanya")
            || matches!(lower, "bekerja" | "belajar"))
}

/// Words in di- that are not passive verbs: nouns, pronouns and prepositions written as one word.
const DI_WORDS: &[&str] = &[
    "dinas",
    "direktur",
    "direksi",
    "diskusi",
    "dirinya",
    "distrik",
    "digital",
    "dialog",
    "diplomat",
    "disiplin",
    "dividen",
    "diesel",
    "diantaranya",
    "dimana",
    "disana",
    "disini",
    "dibanding",
    "dibandingkan",
    "dirjen",
    "dirut",
    "direktorat",
    "diskominfo",
];

/// Passive verbs of five letters: shorter di- words are mostly names and nouns ("Dimas", "Diego", "diare").
const SHORT_DI_PASSIVES: &[&str] = &["diisi", "diuji", "dicek", "diadu", "dicat", "dibom"];

/// True for an Indonesian passive verb ("dilakukan", "dirilis", "diterima", "diisi"): a di- word that is not
/// a noun or a preposition written as one word ("dinas", "dibanding").
pub(super) fn is_di_passive(lower: &str) -> bool {
    lower.len() >= 6 && lower.starts_with("di") && !DI_WORDS.contains(&lower)
        || SHORT_DI_PASSIVES.contains(&lower)
}

/// How many words at the head of `words` are an Indonesian sentence adverb ("Sebelumnya", "Sementara itu",
/// "Di sisi lain"), never part of the speaker that follows.
pub(super) fn sentence_adverb_len(words: &[Word]) -> usize {
    let Some(first) = words.first() else {
        return 0;
    };
    // "Saat itu pengamat menyatakan …": a time said in passing, not part of the speaker.
    let this_or_that = words
        .get(1)
        .is_some_and(|w| matches!(w.lower.as_str(), "itu" | "ini"));
    if matches!(first.lower.as_str(), "saat" | "ketika" | "waktu") && this_or_that {
        return 2;
    }
    if !SENTENCE_ADVERBS.contains(&first.lower.as_str()) {
        return 0;
    }
    let second = words.get(1).map(|w| w.lower.as_str());
    match second {
        Some("sisi") if words.get(2).is_some_and(|w| w.lower == "lain") => 3,
        Some(w) if ADVERB_SECONDS.contains(&w) => 2,
        // "Di Jakarta", "Lebih dari", "Selain Budi": a preposition, not an adverb.
        _ if matches!(
            first.lower.as_str(),
            "di" | "pada" | "dalam" | "lebih" | "secara" | "selain" | "meski" | "meskipun"
        ) =>
        {
            0
        }
        _ => 1,
    }
}

/// True for an Indonesian phrase that names a document, a record or figures, or a work, not a person or a
/// body: "data BPS", "hasil survei", "informasi yang diperoleh", "laporan yang diterima Kemenag", "sebuah
/// dokumen penelitian", "film itu". PFSA-ID counts statements of people and bodies, and the speaker model has no kind for a
/// document, so none is made. English "according to data from …" stays an attribution, as PARC annotates it.
pub(super) fn is_document(words: &[Word]) -> bool {
    const DOCUMENTS: &[&str] = &[
        "data",
        "hasil",
        "survei",
        "catatan",
        "statistik",
        "perhitungan",
        "perkiraan",
        "prakiraan",
        "pantauan",
        "penelitian",
        "studi",
        "kajian",
        "riset",
        "grafik",
        "tabel",
        "informasi",
        "laporan",
        "dokumen",
        "penelusuran",
        // A law speaks through its articles ("Pasal 156 menyebutkan …"); hearsay is nobody's word.
        "pasal",
        "ayat",
        "spekulasi",
        "kabar",
        "rumor",
        "isu",
        // A work or a sign tells a story or shows a thing: "Film itu mengisahkan …", "Papan tersebut
        // menginformasikan …", "Tangga lagu kemarin mengungkapkan …".
        "film",
        "lagu",
        "tangga",
        "novel",
        "papan",
        "foto",
    ];
    words
        .iter()
        .find(|w| !DETERMINERS.contains(&w.lower.as_str()) && w.lower != "sebuah")
        .is_some_and(|w| DOCUMENTS.contains(&w.lower.as_str()))
}

/// Words before a passive verb that make it a predicate, not a cue naming its speaker: "yang disampaikan",
/// "tidak dapat dijelaskan", "akan disampaikan".
const PASSIVE_BLOCKERS: &[&str] = &[
    "yang", "dapat", "bisa", "tidak", "tak", "belum", "akan", "harus", "perlu", "untuk", "sudah",
    "telah", "sedang", "pernah", "mau", "ingin", "agar", "supaya",
];

/// Prepositions and conjunctions that open a circumstance before the statement, besides the lead-ins
/// ([`LEAD_INS`]) and conditions: "Dari seluruh sekolah di kabupaten itu, ujar dia, tiga rusak berat".
const CIRCUMSTANCE_OPENERS: &[&str] = &[
    "dari", "ke", "bagi", "hingga", "sampai", "walaupun", "tentang", "apalagi",
];

/// Words that mark the predicate of an Indonesian clause: auxiliaries, modals, negations and copulas
/// ("pihaknya *akan* menindak", "kesepakatan itu *tentu* ada", "dananya *tidak* besar").
const PREDICATE_MARKERS: &[&str] = &[
    "akan",
    "sudah",
    "telah",
    "tidak",
    "tak",
    "belum",
    "bukan",
    "harus",
    "perlu",
    "masih",
    "sedang",
    "tengah",
    "bisa",
    "dapat",
    "mampu",
    "tentu",
    "pasti",
    "adalah",
    "merupakan",
    "segera",
    "mesti",
    "wajib",
    "sempat",
    "pernah",
    "tetap",
    "hanya",
    "cukup",
    "sangat",
    "bakal",
    "takkan",
    "memang",
    "tidaklah",
    // "menyebut ada kejanggalan", "kunci kemenangan ada pada servis": being there is a predicate, and so is
    // its formal "terdapat".
    "ada",
    "terdapat",
    // "tiga menteri sebaiknya diisi kalangan profesional": what ought to be.
    "sebaiknya",
    "seharusnya",
    "semestinya",
    "sepatutnya",
    "hendaknya",
];

/// Predicates without a verb prefix that a reported clause often has: "ekspor turun 20 persen", "stok BBM
/// aman", "rumput stadion siap dipakai", "tiga warga tewas".
const BARE_PREDICATES: &[&str] = &[
    "naik",
    "turun",
    "siap",
    "tewas",
    "hilang",
    "selesai",
    "rampung",
    "cair",
    "lolos",
    "gagal",
    "menang",
    "kalah",
    "anjlok",
    "aman",
    "lancar",
    "terbukti",
    "hanyalah",
    "terjadi",
    "jatuh",
    "terbuka",
    "tertutup",
    "tersedia",
    "terdampak",
    "tercatat",
    "terancam",
    "terlambat",
    "rentan",
    "terbunuh",
    "terluka",
    "tertangkap",
    "terbakar",
    "tenggelam",
    "selamat",
    "rusak",
    "habis",
    "stabil",
    "marah",
];

/// Nouns that take a verb after them ("cara membuat", "upaya memberantas", "rencana membangun"): what
/// follows a verb of saying and opens with one is a thing, not a clause.
const COMPLEMENT_NOUNS: &[&str] = &[
    "cara",
    "upaya",
    "usaha",
    "rencana",
    "komitmen",
    "keinginan",
    "niat",
    "tekad",
    "kesiapan",
    "kemampuan",
    "pentingnya",
    "perlunya",
    "langkah",
    "strategi",
    "tujuan",
    "alasan",
    "kesediaan",
    "janji",
    "harapan",
    "target",
    "keputusan",
    "ajakan",
    "imbauan",
    "larangan",
    "kewajiban",
    "hak",
    "kesempatan",
    "program",
    "kebijakan",
    "proses",
    "syarat",
    "prosedur",
    "agenda",
    "wacana",
    "gagasan",
    "ide",
    "usulan",
    "keberhasilan",
    "kegagalan",
    "kesulitan",
    "modus",
    "kronologi",
];

/// Subjects that open a reported clause: "menegaskan pihaknya akan …", "menjelaskan mereka sudah …".
const CLAUSE_SUBJECTS: &[&str] = &[
    "pihaknya",
    "ia",
    "dia",
    "mereka",
    "kami",
    "kita",
    "saya",
    "beliau",
    "dirinya",
    "pemerintah",
];

/// Words before a predicate marker that make it part of an object phrase, not the predicate of a clause:
/// "menjelaskan cara *agar tidak* tertipu", "menegaskan komitmen *untuk tidak* …", "rasa syukur *karena
/// sudah* …", "warga *yang sudah* …".
const OBJECT_LINKS: &[&str] = &[
    "yang", "agar", "supaya", "untuk", "karena", "kepada", "tentang", "mengenai", "soal",
    "terhadap", "atas", "dengan", "kalau", "jika", "bila", "apabila", "ketika", "saat", "sebelum",
    "setelah", "sejak", "demi", "bahwa", "usai", "seusai", "sesudah", "selepas", "sambil",
];

/// How many honorifics and ranks open `words` ("dr", "AKBP", "H."): never part of the name after them.
fn honorifics_at_start(words: &[Word]) -> usize {
    words
        .iter()
        .take_while(|w| is_honorific(w.lower.trim_end_matches('.')))
        .count()
}

/// True when what follows an Indonesian verb of saying is not what was said: a second verb of the subject
/// ("memberitahu warga dan menyisir pinggir kali") or a phrase pointing to what was said elsewhere
/// ("mengatakan hal itu usai rapat", "menyampaikan hal senada").
pub(super) fn opens_no_content(words: &[Word]) -> bool {
    let Some(first) = words.first() else {
        return false;
    };
    let second = words.get(1).map_or("", |w| w.lower.as_str());
    matches!(
        first.lower.as_str(),
        "dan"
            | "serta"
            | "lalu"
            | "kemudian"
            | "sambil"
            | "sembari"
            | "seraya"
            | "tetapi"
            | "tapi"
            | "namun"
    ) || first.lower == "hal"
        && matches!(
            second,
            "itu" | "tersebut" | "ini" | "senada" | "serupa" | "yang" | "sama"
        )
}

/// Where the reported clause in `content` ends in Indonesian: a comma before "tetapi", "sementara" and the
/// like turns to what the speaker did next ("mengonfirmasi rencana itu, tetapi menolak merinci …") or to
/// what someone else said ("…, sementara otoritas setempat menyebut …"). A contrast inside what was said
/// ("harga naik, tetapi pasokan aman") stays. A setting that closes the content is cut off and returned: see
/// [`Reader::reported_end`].
pub(super) fn reported_end(
    reader: &Reader<'_>,
    content: Range<usize>,
) -> (usize, Option<Range<usize>>) {
    let words = reader.words(content.clone());
    let turn = (2..words.len().saturating_sub(1)).find(|&k| {
        let next = &words[k + 1];
        second_verb(reader, &words[k..]).is_some()
            || words[k - 1].punct_after(reader.text).contains(',')
                && (speaker_again(reader, &words[k..])
                    || words[k].is_one_of(TURNS, reader.text)
                        && (is_id_verb(&next.lower)
                            || matches!(next.lower.as_str(), "tidak" | "tak" | "enggan" | "juga")
                            || words[k + 1..words.len().min(k + 7)]
                                .iter()
                                .any(|w| reader.lex.form(&w.lower).is_some())))
    });
    let mut n = turn.map_or(words.len(), |k| k);
    // "…, Sabtu (9/3).": a date after a comma closes the sentence, not what was said.
    let dated = words[..n]
        .iter()
        .rev()
        .take_while(|w| reader.in_date(w))
        .count();
    if dated > 0 && n > dated && words[n - dated - 1].punct_after(reader.text).contains(',') {
        n -= dated;
    }
    // "mengumumkan kehamilan anak pertamanya melalui akun Instagram pribadinya", "menyerukan gencatan senjata
    // dalam pertemuan dengan Raja Yordania", "harga naik saat dihubungi Tempo": the setting the statement was
    // made in closes the content; it is the statement's channel, not what was said.
    // The phrase may run on past the words `setting_at` records, to the end of the clause ("di hadapan
    // ribuan pendukungnya di ibu kota").
    let setting = (1..n).find_map(|m| {
        let setting = reader.setting_at(&words[..n], m).filter(|s| s.spoken)?;
        words[m..n - 1]
            .iter()
            .all(|w| !w.closes_clause(reader.text))
            .then_some((m, setting.phrase))
    });
    let (n, setting) = match setting {
        Some((m, setting)) => (m, Some(setting)),
        None => (n, None),
    };
    let end = if n == words.len() {
        content.end
    } else {
        trim_range(
            reader.text,
            words[n - 1].start..words[n - 1].raw_end,
            &[',', '.', ';'],
        )
        .end
    };
    (end, setting)
}

/// Where the verb of saying stands when `words` open with a turn and the same speaker's second verb, an
/// adverb perhaps between: "namun menegaskan …", "tetapi juga mengatakan …" (the index of the verb).
fn second_verb(reader: &Reader<'_>, words: &[Word]) -> Option<usize> {
    if !words.first()?.is_one_of(TURNS, reader.text) {
        return None;
    }
    let verb = 1 + usize::from(
        words
            .get(1)?
            .is_one_of(&["juga", "pun", "tetap", "lalu", "kemudian"], reader.text),
    );
    (reader.lex.form(&words.get(verb)?.lower) == Some(CueForm::SpeakerBefore)).then_some(verb)
}

/// True when `words` open with "dan" and a pronoun with a verb of saying: after a comma, the speaker again
/// with a report of its own ("…, dan ia menambahkan …"), not more of what was said.
fn speaker_again(reader: &Reader<'_>, words: &[Word]) -> bool {
    matches!(words, [and, pronoun, cue, ..]
        if matches!(and.lower.as_str(), "dan" | "serta")
            && matches!(pronoun.lower.as_str(), "ia" | "dia" | "beliau")
            && reader.lex.form(&cue.lower).is_some())
}

/// Words that turn from what was said to what the speaker did next or to what someone else said: see
/// [`reported_end`].
const TURNS: &[&str] = &[
    "tetapi",
    "tapi",
    "namun",
    "sementara",
    "sedangkan",
    "padahal",
];

/// Nouns of a medium or an occasion made for speaking: "dalam konferensi pers", "saat wawancara", "di
/// hadapan wartawan", "dalam sambutannya", "melalui kuasa hukumnya". Even at the end of what was said they
/// are where it was said, not part of it (see [`Setting::spoken`]).
const SPOKEN_SETTINGS: &[&str] = &[
    "konferensi",
    "jumpa",
    "keterangan",
    "pernyataan",
    "siaran",
    "rilis",
    "wawancara",
    "pertemuan",
    "sambutan",
    "pidato",
    "orasi",
    "tausiyah",
    "ceramah",
    "khotbah",
    "pledoi",
    "podcast",
    "talkshow",
    "unggahan",
    "cuitan",
    "kicauan",
    "tweet",
    "vlog",
    "pengumuman",
    "penjelasan",
    "paparan",
    "hadapan",
    "telepon",
    "sambungan",
    // Through someone who speaks for the speaker: "melalui kuasa hukumnya", "lewat juru bicaranya".
    "kuasa",
    "juru",
];

/// Nouns of other settings a statement is made in or on, where other things happen too: "pada acara …",
/// "dalam rapat kabinet", "di media sosial", "lewat pesan singkat". After the cue or the speaker they are
/// the statement's setting; at the end of what was said they are as often part of it ("akan membahasnya
/// dalam rapat kabinet").
const OTHER_SETTINGS: &[&str] = &[
    "pesan",
    "surat",
    "rapat",
    "sidang",
    "persidangan",
    "diskusi",
    "debat",
    "acara",
    "akun",
    "video",
    "tayangan",
    "seminar",
    "webinar",
    "dialog",
    "kampanye",
    "kuliah",
    "nota",
    "tuntutan",
    "situs",
    "laman",
    "blog",
    "postingan",
    "kanal",
    "forum",
    "audiensi",
    "temu",
    "sela",
    "sela-sela",
    "kunjungan",
    "media",
    "buku",
    "artikel",
    "tulisan",
    "laporan",
    "memo",
    "tajuk",
    "kolom",
    // "kata hakim dalam putusannya", "Dalam pertimbangannya, hakim menyatakan …", "Dalam duplik itu, …".
    "putusan",
    "pertimbangan",
    "duplik",
    "replik",
    "eksepsi",
    "riset",
];

/// Passive verbs of being reached by a reporter, whose phrase is the occasion of what is said: "saat
/// dihubungi", "ketika dikonfirmasi Tempo", "ditemui di kantornya".
const REACHED: &[&str] = &[
    "dihubungi",
    "dikonfirmasi",
    "ditemui",
    "diwawancarai",
    "dijumpai",
    "dimintai",
    "dikontak",
    "disambangi",
];

/// Verbs of talking with someone, whose phrase is the occasion of what is said: "saat berbincang dengan
/// Detikcom".
const TALKING: &[&str] = &[
    "berbincang",
    "berbincang-bincang",
    "berbicara",
    "berdialog",
    "bertemu",
];

/// Verbs of holding or giving a setting, after "saat" or "ketika": "ketika menggelar jumpa pers", "saat
/// membacakan tuntutan", "saat dihadirkan dalam konferensi pers" (then "dalam" opens the setting).
const HOLDING: &[&str] = &[
    "menggelar",
    "memberikan",
    "membacakan",
    "menyampaikan",
    "menghadiri",
];

/// Words that go on with a setting after its noun ("konferensi pers", "keterangan tertulis yang diterima
/// Bisnis", "rapat dengar pendapat dengan …", "wawancara dengan stasiun televisi TF1", "acara itu").
const SETTING_WORDS: &[&str] = &[
    "pers",
    "tertulis",
    "resmi",
    "singkat",
    "virtual",
    "daring",
    "khusus",
    "eksklusif",
    "terbatas",
    "dengar",
    "pendapat",
    "kerja",
    "paripurna",
    "terbuka",
    "sosial",
    "media",
    "pribadi",
    "sela-sela",
    "wartawan",
    "jurnalis",
    "kantor",
    "berita",
    "stasiun",
    "televisi",
    "harian",
    "hukum",
    "bicara",
    "itu",
    "ini",
    "tersebut",
];

/// Words that join more to a setting but cannot end it: "dengan Variety", "yang diterima Bisnis".
const SETTING_LINKS: &[&str] = &[
    "dengan", "bersama", "kepada", "di", "dari", "yang", "diterima", "para", "awak",
];

/// Words of manner after a verb of saying, set off with the statement: "menjawab singkat, …".
pub(super) const SAID_MANNERS: &[&str] = &[
    "singkat",
    "santai",
    "enteng",
    "diplomatis",
    "lugas",
    "tegas",
    "pelan",
    "lirih",
    "tenang",
];

/// Verbs of warning and asking someone to act, which report a statement when "agar" or "supaya" follows:
/// "mengingatkan para santri agar tidak …", "meminta agar Polri …", "mengimbau warga supaya …", "menegaskan
/// agar masyarakat tidak tertipu".
pub(super) fn urges(cue: &str) -> bool {
    matches!(
        cue,
        "mengingatkan"
            | "menekankan"
            | "menegaskan"
            | "menyarankan"
            | "meminta"
            | "mengimbau"
            | "mendesak"
            | "menyerukan"
            | "berpesan"
            | "berharap"
    )
}

/// True for a verb of stance or request ("mengaku", "meminta", "berharap"): a statement a fact-checker
/// records, though as often a description of someone (see [`describes`]).
fn is_stance(cue: &str) -> bool {
    ID_STANCES.contains(&cue)
}

/// True when `words`, after "mengakui" or "berjanji", open what was admitted or promised: a verb or a
/// predicate ("mengakui menerima uang", "mengakui tidak tahu", "berjanji membuka hasil pemeriksaan"), not a
/// thing ("mengakui kekalahan").
pub(super) fn admits(cue: &str, words: &[Word]) -> bool {
    let Some(first) = words.first() else {
        return false;
    };
    matches!(cue, "mengakui" | "berjanji")
        && (is_id_verb(&first.lower) && first.lower != "menjadi"
            || is_di_passive(&first.lower)
            || PREDICATE_MARKERS.contains(&first.lower.as_str()) && first.lower != "merupakan")
}

/// True when the Indonesian verb of stance or request at `words[i]` describes someone rather than reports
/// what they said: in a relative clause ("seseorang yang mengaku paman", "pelaku yang konon mengaku
/// saudara") or, for "mendesak", after a word of degree ("cukup mendesak": urgent).
pub(super) fn describes(words: &[Word], i: usize) -> bool {
    /// Words of degree before an adjective.
    const DEGREES: &[&str] = &[
        "cukup", "sangat", "makin", "semakin", "lebih", "kian", "amat", "begitu", "terlalu",
        "paling", "sudah", "tidak",
    ];
    let Some(prev) = i.checked_sub(1).and_then(|p| words.get(p)) else {
        return false;
    };
    let cue = words[i].lower.as_str();
    let relative = words[i.saturating_sub(2)..i]
        .iter()
        .any(|w| w.lower == "yang");
    is_stance(cue) && relative || cue == "mendesak" && DEGREES.contains(&prev.lower.as_str())
}

/// True when the object of the Indonesian verb `cue` names what was said, though no clause follows: a
/// feeling, greeting or stance expressed ("menyampaikan permohonan maaf", "mengucapkan selamat Natal",
/// "menyatakan keprihatinan") or information disclosed ("mengungkapkan rencana pembangunan pabrik",
/// "memaparkan capaian program", "membeberkan kronologi kejadian"); not a thing taught ("menjelaskan cara
/// membuat kue") or handed over ("menyampaikan bantuan").
pub(super) fn object_is_said(cue: &str, after: &[Word]) -> bool {
    /// Each set of verbs with the nouns their objects open with.
    const SAID_OBJECTS: &[(&[&str], &[&str])] = &[
        (
            &["menyampaikan", "mengungkapkan", "mengucapkan", "menyatakan"],
            &[
                "apresiasi",
                "terima",
                "permohonan",
                "permintaan",
                "maaf",
                "selamat",
                "belasungkawa",
                "bela",
                "duka",
                "keprihatinan",
                "kekecewaan",
                "penyesalan",
                "keterkejutan",
                "ketidaksetujuan",
                "keberatan",
                "kekhawatiran",
                "kecaman",
                "syukur",
                "rasa",
                "ucapan",
                "penghargaan",
            ],
        ),
        (
            &[
                "mengungkapkan",
                "memaparkan",
                "menjelaskan",
                "membeberkan",
                "menerangkan",
                "menyampaikan",
            ],
            &[
                "rencana",
                "alasan",
                "kronologi",
                "temuan",
                "hasil",
                "fakta",
                "capaian",
                "rincian",
                "latar",
                "informasi",
                "jumlah",
                "motif",
                "dugaan",
            ],
        ),
    ];
    let Some(object) = after.first() else {
        return false;
    };
    SAID_OBJECTS
        .iter()
        .any(|(verbs, nouns)| verbs.contains(&cue) && nouns.contains(&object.lower.as_str()))
}

/// True when `words`, after a verb of asking (`cue`), open the question asked: "bertanya dari mana …",
/// "menanyakan apakah …", "mempertanyakan mengapa …".
pub(super) fn asks_question(cue: &str, words: &[Word]) -> bool {
    const QUESTION_WORDS: &[&str] = &[
        "apa",
        "apakah",
        "mengapa",
        "kenapa",
        "bagaimana",
        "kapan",
        "siapa",
        "berapa",
        "seberapa",
        "kok",
    ];
    let first = words.first().map_or("", |w| w.lower.as_str());
    let second = words.get(1).map_or("", |w| w.lower.as_str());
    matches!(cue, "bertanya" | "menanyakan" | "mempertanyakan")
        && (QUESTION_WORDS.contains(&first)
            || matches!(first, "dari" | "di" | "ke") && second == "mana")
}

/// The medium or the occasion of a statement as written: see [`Reader::setting_at`].
pub(super) struct Setting {
    /// "dalam konferensi pers", "saat dihubungi Tempo".
    pub phrase: Range<usize>,
    /// The index of the word after the phrase.
    pub next: usize,
    /// True for a setting that is made for speaking: opened by "melalui", "lewat" or "via", headed by a
    /// noun of [`SPOKEN_SETTINGS`], or a verb of being reached or talking after "saat" or "usai". At the
    /// end of what was said, only such a setting is where it was said rather than part of it.
    pub spoken: bool,
}

impl Reader<'_> {
    /// The medium or the occasion of a statement opening at `words[j]`: "dalam konferensi pers", "dalam
    /// keterangan tertulis yang diterima Bisnis", "saat dihubungi Tempo", "di hadapan majelis hakim",
    /// "melalui akun Instagram pribadinya", or a bare "ditemui di kantornya". The phrase runs on only with
    /// the words of a setting, names and words in -nya, and ends at a comma, a date or any other word, so
    /// what follows it is left to the content.
    pub(super) fn setting_at(&self, words: &[Word], j: usize) -> Option<Setting> {
        if self.lex.is_english() {
            return None;
        }
        let opener = words.get(j)?;
        /// "sambutannya" → "sambutan", "vlog-nya" → "vlog".
        fn head_noun(w: &Word) -> &str {
            w.lower
                .strip_suffix("nya")
                .map_or(w.lower.as_str(), |head| head.trim_end_matches('-'))
        }
        let is_spoken = |w: &Word| SPOKEN_SETTINGS.contains(&head_noun(w));
        let is_setting = |w: &Word| is_spoken(w) || OTHER_SETTINGS.contains(&head_noun(w));
        let is_reached = |w: &Word| REACHED.contains(&w.lower.as_str());
        let after_determiner = |k: usize| {
            k + usize::from(
                words
                    .get(k)
                    .is_some_and(|w| matches!(w.lower.as_str(), "sebuah" | "suatu" | "satu")),
            )
        };
        // "dalam Kompas.com", "di Beritasatu": the outlet the words appeared in.
        if matches!(opener.lower.as_str(), "dalam" | "di" | "pada") {
            let tokens: Vec<&str> = words[j + 1..words.len().min(j + 9)]
                .iter()
                .map(|w| self.text.get(w.start..w.end).unwrap_or(""))
                .collect();
            // "dalam Beritajakarta.com": a news site by its address.
            let site = tokens
                .first()
                .is_some_and(|t| outlets::is_site_address(t))
                .then_some(1);
            if let Some(n) = outlets::known_at(&tokens).or(site) {
                return Some(Setting {
                    phrase: opener.start..words[j + n].end,
                    next: j + n + 1,
                    spoken: false,
                });
            }
        }
        // "saat berbincang dengan Detikcom", "ketika menggelar jumpa pers", "saat membacakan tuntutan".
        let talking = |w: &Word| TALKING.contains(&w.lower.as_str());
        let holding = |k: usize| {
            k + usize::from(
                words
                    .get(k)
                    .is_some_and(|w| HOLDING.contains(&w.lower.as_str())),
            )
        };
        let head = match opener.lower.as_str() {
            "dalam" | "pada" | "di" | "melalui" | "lewat" | "via" => {
                Some(after_determiner(j + 1)).filter(|&k| words.get(k).is_some_and(is_setting))
            }
            "saat" | "ketika" | "sewaktu" => Some(after_determiner(holding(j + 1))).filter(|&k| {
                words
                    .get(k)
                    .is_some_and(|w| is_setting(w) || is_reached(w) || talking(w) && k == j + 1)
            }),
            "usai" | "seusai" | "selepas" => {
                Some(j + 1).filter(|&k| words.get(k).is_some_and(is_reached))
            }
            // "yang ditemui Kompas.com": a speaker reached by a reporter the text names, in a relative
            // clause ("mobil yang dijumpai dalam 25 tahun" was found, not reached).
            "yang" => Some(j + 1).filter(|&k| {
                words.get(k).is_some_and(is_reached)
                    && words
                        .get(k + 1)
                        .is_some_and(|w| w.is_capitalised(self.text))
            }),
            _ if is_reached(opener) => Some(j),
            _ => None,
        }?;
        if words[j..head].iter().any(|w| w.closes_clause(self.text)) {
            return None;
        }
        // "di hadapan majelis hakim", "di sela-sela kunjungan kerja": what the head is before follows it.
        let before_what = words[head].is_one_of(&["hadapan", "sela", "sela-sela"], self.text);
        let mut end = head + 1;
        while end < words.len() && end - j < 10 && !words[end - 1].closes_clause(self.text) {
            let w = &words[end];
            let noun_of_head = before_what
                && end - head <= 3
                && !is_id_verb(&w.lower)
                && !is_di_passive(&w.lower)
                && !w.is_one_of(SPEAKER_STOPS, self.text);
            let goes_on = !self.in_date(w)
                && self.lex.form(&w.lower).is_none()
                && (noun_of_head
                    || w.is_one_of(SETTING_WORDS, self.text)
                    || w.is_one_of(SETTING_LINKS, self.text)
                    || w.is_capitalised(self.text)
                    || w.lower.len() > 5 && w.lower.ends_with("nya") && !is_id_verb(&w.lower));
            if !goes_on {
                break;
            }
            end += 1;
        }
        while end > head + 1 && words[end - 1].is_one_of(SETTING_LINKS, self.text) {
            end -= 1;
        }
        let spoken = opener.is_one_of(&["melalui", "lewat", "via"], self.text)
            || is_spoken(&words[head])
            || head > j && (is_reached(&words[head]) || talking(&words[head]));
        // "yang ditemui Kompas.com": the setting is the reaching, not the relative pronoun.
        let first = if opener.lower == "yang" { head } else { j };
        Some(Setting {
            phrase: words[first].start..words[end - 1].end,
            next: end,
            spoken,
        })
    }

    /// The statement after the turn that ended `first` in `sentence`: the same speaker's second verb
    /// ("Terdakwa mengakui menerima uang itu, tetapi berkilah uang itu merupakan pinjaman") or another
    /// speaker's ("Moskwa mengklaim …, sementara otoritas setempat menyebut tiga warga tewas").
    pub(super) fn turn_clause(
        &self,
        first: &super::Found,
        sentence: Range<usize>,
    ) -> Option<super::Found> {
        if self.lex.is_english() || first.cue.is_none() {
            return None;
        }
        let end = trim_range(self.text, sentence.clone(), &['.', ' ', '!', '?', '…']).end;
        let rest = self.words(first.content.end..sentence.end);
        // Without a comma only a second verb of saying turns ("… namun juga mengatakan bahwa …").
        let gap = self.text.get(first.content.end..rest.first()?.raw_start);
        let comma = gap.is_some_and(|gap| gap.trim() == ",");
        let bare =
            gap.is_some_and(|gap| gap.trim().is_empty()) && second_verb(self, &rest).is_some();
        if !(rest[0].is_one_of(TURNS, self.text) || speaker_again(self, &rest)) || !(comma || bare)
        {
            return None;
        }
        let verb = second_verb(self, &rest).unwrap_or(1);
        let cue = rest.get(verb)?;
        let clause = if self.lex.form(&cue.lower) == Some(CueForm::SpeakerBefore) {
            // The same subject: "…, tetapi berkilah uang itu …", "…, namun menegaskan bahwa …".
            let mut start = verb + 1;
            if rest
                .get(start)
                .is_some_and(|w| self.lex.is_complementizer(&w.lower))
            {
                start += 1;
            } else if !self.opens_clause(rest.get(start..)?) {
                return None;
            }
            Clause {
                who: first.who.clone(),
                cue: cue.start..cue.end,
                via: None,
                when: None,
                content: rest.get(start)?.raw_start..end,
            }
        } else {
            // Another subject with its own cue: "…, sementara otoritas setempat menyebut …".
            let found = self.indirect(cue.raw_start..sentence.end)?;
            phrase_range(&found.who).filter(|who| who.start == cue.start)?;
            Clause {
                who: found.who,
                cue: found.cue?,
                via: found.via,
                when: found.when,
                content: found.content,
            }
        };
        Some(super::Found::from_clause(
            clause,
            first.kind,
            first.confidence,
        ))
    }

    /// True when `words` (what follows a verb such as "menegaskan" or "menjelaskan" with no "bahwa") open a
    /// clause, not an object: a subject pronoun ("pihaknya akan …"), or a predicate marker within the first
    /// words with nothing linking it to an object phrase ("kesepakatan itu tentu ada", "tidak ada korban").
    /// "menjelaskan cara membuat kue", "menegaskan komitmennya terhadap …" name a thing, not a statement.
    pub(super) fn opens_clause(&self, words: &[Word]) -> bool {
        let Some(first) = words.first() else {
            return false;
        };
        if CLAUSE_SUBJECTS.contains(&first.lower.as_str()) && words.len() >= 3 {
            return true;
        }
        /// Adverbs of time that may open a clause before its subject: "menjelaskan saat ini baru ada tiga …".
        const NOW: &[&[&str]] = &[
            &["saat", "ini"],
            &["hingga", "kini"],
            &["hingga", "saat", "ini"],
            &["sampai", "saat", "ini"],
            &["hingga", "sekarang"],
            &["sampai", "sekarang"],
            &["selama", "ini"],
            &["sejauh", "ini"],
        ];
        let now = NOW
            .iter()
            .filter(|adverb| {
                words.len() > adverb.len()
                    && words.iter().zip(adverb.iter()).all(|(w, a)| w.lower == *a)
            })
            .map(|adverb| adverb.len())
            .max();
        if let Some(n) = now {
            return self.opens_clause(&words[n..]);
        }
        // "menyebut sebaiknya tiga menteri diisi …": a word of what ought to be may open the clause too.
        if matches!(
            first.lower.as_str(),
            "sebaiknya" | "seharusnya" | "semestinya" | "sepatutnya" | "hendaknya"
        ) && words.len() > 2
        {
            return self.opens_clause(&words[1..]);
        }
        /// Words in me- that are prepositions or conjunctions, not verbs: "melalui akun resminya".
        const NOT_VERBS: &[&str] = &[
            "melalui",
            "menurut",
            "menuju",
            "mengenai",
            "menjelang",
            "meskipun",
            "melainkan",
            "memang",
        ];
        /// Prepositions and conjunctions that open a phrase or a second verb, not the subject of a clause:
        /// "menyampaikan ke keluarga …", "memberitahu warga dan menyisir …".
        const PREPOSITIONS: &[&str] = &[
            "ke", "dari", "di", "pada", "oleh", "bagi", "meski", "walau", "dan", "serta", "atau",
            "lalu", "kemudian", "sambil", "sembari", "seraya", "tetapi", "tapi", "namun",
        ];
        if PREPOSITIONS.contains(&first.lower.as_str()) {
            return false;
        }
        // A verb after the subject is a predicate too: "menyebut pemindahan dilakukan atas …", "menegaskan
        // Beijing menentang …", "menerangkan ekspor mebel turun 20 persen".
        let Some(k) = words.iter().take(8).position(|w| {
            PREDICATE_MARKERS.contains(&w.lower.as_str())
                || BARE_PREDICATES.contains(&w.lower.as_str())
                || is_di_passive(&w.lower)
                || is_id_verb(&w.lower) && !NOT_VERBS.contains(&w.lower.as_str())
        }) else {
            return self.subject_with_relative_clause(words);
        };
        if self.subject_with_relative_clause(words) {
            return true;
        }
        let marker = PREDICATE_MARKERS.contains(&words[k].lower.as_str());
        // "menjelaskan cara membuat kue", "menegaskan komitmen pemerintah menjaga …": a noun that takes a verb
        // right after it names a thing. A demonstrative closes the noun phrase first: "keputusan itu diambil
        // …" is a clause.
        let closed = words[..k]
            .iter()
            .any(|w| matches!(w.lower.as_str(), "itu" | "ini" | "tersebut"));
        if !marker
            && (k == 0 || k <= 2 && !closed && COMPLEMENT_NOUNS.contains(&first.lower.as_str()))
        {
            return false;
        }
        // The predicate needs something after it ("tentu ada", "tidak besar") and a subject before it that is
        // a noun phrase: no link to an object, no verb, no clause boundary, no "dan" joining a second predicate
        // of the sentence's own subject ("meminta rekam medis dan tidak mewajibkan …").
        // A "dengan" inside the subject describes it when a predicate marker follows: "hujan dengan
        // intensitas sedang masih akan terjadi".
        words.len() > k + 1
            && !(k > 0 && matches!(words[k - 1].lower.as_str(), "dan" | "serta" | "atau"))
            && words[..k].iter().enumerate().all(|(m, w)| {
                (!OBJECT_LINKS.contains(&w.lower.as_str())
                    || marker && m > 0 && w.lower == "dengan")
                    && !is_id_verb(&w.lower)
                    && !w.closes_clause(self.text)
            })
    }

    /// True when `words` open with a subject that carries a relative clause of two words or more and then
    /// a predicate marker, which only the main clause can take: "warga yang rumahnya hangus akan mendapat
    /// bantuan", "tenaga kesehatan yang menangani pasien telah dites". In "pejabat yang akan diperiksa" the
    /// marker right after "yang" is the relative clause's own, and the phrase is a thing.
    fn subject_with_relative_clause(&self, words: &[Word]) -> bool {
        let clean =
            |w: &Word| !OBJECT_LINKS.contains(&w.lower.as_str()) && !w.closes_clause(self.text);
        let Some(y) = words.iter().take(6).position(|w| w.lower == "yang") else {
            return false;
        };
        let subject = &words[..y];
        // "Tottenham, yang finis kedua musim lalu, tak tergiur …": the relative clause set off by commas,
        // then the main clause's predicate.
        let set_off = subject.split_last().is_some_and(|(last, head)| {
            head.len() < 4
                && head.iter().all(clean)
                && last.punct_after(self.text) == ","
                && last.is_capitalised(self.text)
        });
        if set_off {
            let close = (y + 2..words.len().min(y + 16))
                .find(|&k| words[k - 1].punct_after(self.text) == ",");
            return close.and_then(|c| words.get(c..)).is_some_and(|rest| {
                rest.len() >= 2 && PREDICATE_MARKERS.contains(&rest[0].lower.as_str())
            });
        }
        if subject.is_empty()
            || !subject
                .iter()
                .all(|w| clean(w) && !is_id_verb(&w.lower) && !is_di_passive(&w.lower))
        {
            return false;
        }
        // The first marker two words or more into the relative clause: "uang yang sudah masuk memang harus
        // dikunci" has the relative's own "sudah", then the main clause's "memang".
        let relative = words[y + 1..]
            .iter()
            .take(8)
            .take_while(|w| clean(w))
            .enumerate()
            .skip(2)
            .find(|(_, w)| PREDICATE_MARKERS.contains(&w.lower.as_str()))
            .map(|(m, _)| m);
        relative.is_some_and(|m| words.len() > y + 1 + m + 1)
    }

    /// "Demikian X", "demikian dikatakan X", "Demikian menurut X", "Hal itu dikatakan X" at `words[k]`:
    /// Indonesian news sums up what came before and names who said it. The clause's content is the phrase
    /// that points back ("Hal itu", "Demikian" before a verb), empty for "Demikian X".
    pub(super) fn summing_up(&self, words: &[Word], k: usize, end: usize) -> Option<Clause> {
        if self.lex.is_english() {
            return None;
        }
        let news = || {
            self.passive_after_said_noun(words, k, NEWS_NOUNS, &["itu", "tersebut", "ini"])
                .map(|cue| (cue, true))
        };
        if let Some((cue, news)) = self.points_back(words, k).map(|c| (c, false)).or_else(news) {
            let clause = self.speaker_after(words, cue, end)?;
            phrase_range(&clause.who)?;
            // "Informasi ini dikonfirmasi oleh juru bicara Samsung, bahwa …": what "bahwa" opens is what
            // was said, not the phrase pointing back.
            let said = self.said_after_speaker(words, &clause, end);
            if news && said.is_none() {
                return None;
            }
            return Some(Clause {
                content: said.unwrap_or(words[k].start..words[k + 1].end),
                ..clause
            });
        }
        // "Begitu kata X" as "Demikian kata X"; "Begitu Budi tiba, …" is a time, so "begitu" needs its cue.
        let opener = words.get(k)?.lower.as_str();
        if !matches!(opener, "demikian" | "begitu") {
            return None;
        }
        let cue = match words.get(k + 1) {
            Some(w) if self.lex.form(&w.lower) == Some(CueForm::SpeakerAfter) => k + 1,
            // "Demikian penjelasan Kepala Dinas X", "Begitu penuturan Heri": a noun of saying and its speaker.
            Some(w) if SAID_NOUNS.contains(&w.lower.as_str()) => k + 1,
            Some(w) if opener == "demikian" && w.is_capitalised(self.text) => k,
            _ => return None,
        };
        let clause = self.speaker_after(words, cue, end)?;
        phrase_range(&clause.who)?;
        let pointer = if cue > k {
            words[k].start..words[k].end
        } else {
            0..0
        };
        Some(Clause {
            cue: words[k].start..clause.cue.end,
            content: pointer,
            ..clause
        })
    }

    /// What "bahwa" opens right after the speaker of a passive cue ("dikatakan oleh X bahwa ancaman itu …"):
    /// that is what was said, whatever came before the cue.
    pub(super) fn said_after_speaker(
        &self,
        words: &[Word],
        clause: &Clause,
        end: usize,
    ) -> Option<Range<usize>> {
        let who = phrase_range(&clause.who)?;
        let j = words.iter().position(|w| w.start >= who.end)?;
        (!self.lex.is_english()
            && self.lex.is_complementizer(&words[j].lower)
            && words.len() - j > 3)
            .then(|| words[j + 1].raw_start..end)
    }

    /// Whether `words` open with what [`Self::summing_up`] reads: "Demikian …", "Begitu kata …", "Begitu
    /// penuturan …", "Hal itu dikatakan …".
    pub(super) fn opens_summing_up(&self, words: &[Word]) -> bool {
        let Some(first) = words.first() else {
            return false;
        };
        let cue_after_begitu = first.lower == "begitu"
            && words.get(1).is_some_and(|w| {
                self.lex.form(&w.lower) == Some(CueForm::SpeakerAfter)
                    || SAID_NOUNS.contains(&w.lower.as_str())
            });
        first.lower == "demikian" || cue_after_begitu || self.points_back(words, 0).is_some()
    }

    /// The passive cue of "Hal itu (juga) dikatakan X", "Pernyataan tersebut disampaikan X" opening
    /// `words[k..]`: a phrase pointing back to what was said, then the cue.
    pub(super) fn points_back(&self, words: &[Word], k: usize) -> Option<usize> {
        self.passive_after_said_noun(words, k, SAID_NOUNS, &["itu", "tersebut", "ini"])
    }

    /// "Hal senada disampaikan X.": X said something like what was quoted before. The clause's content is
    /// the phrase "Hal senada", which stands for what X said.
    pub(super) fn seconding(&self, words: &[Word], end: usize) -> Option<Clause> {
        if self.lex.is_english() {
            return None;
        }
        let cue =
            self.passive_after_said_noun(words, 0, SAID_NOUNS, &["senada", "serupa", "sama"])?;
        let clause = self.speaker_after(words, cue, end)?;
        phrase_range(&clause.who)?;
        Some(Clause {
            content: words[0].start..words[1].end,
            ..clause
        })
    }

    /// The speaker of "Hal senada disampaikan X.": a "-nya" cue after it points to X ("Hal senada disampaikan
    /// Banfatin. Menurutnya, …").
    pub(super) fn seconding_speaker(&self, sentence: Range<usize>) -> Option<Range<usize>> {
        phrase_range(
            &self
                .seconding(&self.words(sentence.clone()), sentence.end)?
                .who,
        )
    }

    /// The passive cue after one of `nouns` (of something said, or of news) and one of `pointers` ("Hal itu
    /// (juga) dikatakan …", "Hal senada disampaikan …") at `words[k..]`.
    fn passive_after_said_noun(
        &self,
        words: &[Word],
        k: usize,
        nouns: &[&str],
        pointers: &[&str],
    ) -> Option<usize> {
        let noun = words.get(k)?;
        let pointer = words.get(k + 1)?;
        if !nouns.contains(&noun.lower.as_str())
            || !pointers.contains(&pointer.lower.as_str())
            || noun.closes_clause(self.text)
        {
            return None;
        }
        let mut cue = k + 2;
        while words
            .get(cue)
            .is_some_and(|w| matches!(w.lower.as_str(), "juga" | "pun" | "pula" | "sempat"))
        {
            cue += 1;
        }
        (!pointer.closes_clause(self.text) && self.lex.is_passive(&words.get(cue)?.lower))
            .then_some(cue)
    }

    /// True when an Indonesian verb of reporting, followed by `object` with no "bahwa" and no comma, does
    /// something other than report speech: adds a thing ("menambahkan garam ke dalam adonan"), files a
    /// complaint against someone ("melaporkan Budi ke polisi", "melaporkan Bupati atas dugaan korupsi",
    /// "melaporkan kehilangan motor kepada petugas"), speaks in a manner ("berkata jujur") or poses as someone
    /// ("mengaku sebagai petugas"). An outlet's report ("Antara melaporkan pesawat itu jatuh ke laut") and a
    /// clause ("melaporkan dua warga sudah tewas") stay statements.
    pub(super) fn not_a_statement(&self, cue: &str, speaker: &str, object: &[Word]) -> bool {
        /// Words that make "berkata" a way of speaking, not a report: "berkata jujur kepada polisi".
        const MANNERS: &[&str] = &[
            "jujur", "bohong", "dusta", "kasar", "kotor", "sopan", "lembut", "pelan", "keras",
            "lantang",
        ];
        /// Nouns of an accusation: "atas dugaan korupsi", "dengan tuduhan pencemaran nama baik".
        const CHARGES: &[&str] = &["dugaan", "tuduhan", "pasal", "sangkaan", "bukti"];
        if object.is_empty() || self.opens_clause(object) {
            return false;
        }
        let destination = |window: usize| {
            object
                .iter()
                .take(window)
                .skip(1)
                .any(|w| matches!(w.lower.as_str(), "ke" | "kepada"))
        };
        match cue {
            "menambahkan" => destination(4),
            "melaporkan" if !outlets::starts_with_outlet(speaker) => {
                let charged = object.windows(2).any(|pair| {
                    matches!(
                        pair[0].lower.as_str(),
                        "atas" | "dengan" | "terkait" | "karena" | "soal" | "barang"
                    ) && CHARGES.contains(&pair[1].lower.as_str())
                });
                charged || destination(8)
            }
            "berkata" => MANNERS.contains(&object[0].lower.as_str()),
            // "melanjutkan kampanye": going on with a thing, not with what one said.
            "melanjutkan" => true,
            // "mengaku sebagai anggota TNI": posing as someone, not admitting anything.
            "mengaku" => object[0].lower == "sebagai",
            // "menyatakan cintanya kepada gadis itu", "menyatakan cinta kepada kekasihnya": a feeling declared
            // to someone ("menyatakan dukungannya kepada …" is a statement). "menyatakan perang",
            // "menyatakan kemerdekaan": an act of state, not words reported.
            "menyatakan" => {
                let feeling = object[0]
                    .lower
                    .strip_suffix("nya")
                    .unwrap_or(&object[0].lower);
                matches!(
                    feeling,
                    "cinta" | "perasaan" | "rindu" | "perang" | "kemerdekaan"
                ) || feeling == "sayang" && destination(3)
            }
            _ => false,
        }
    }

    /// "Kata Budi, “…”", "Menurut dia, “…”": a cue and its speaker opening the sentence lead into the quote
    /// at `quote_start`; `before` are the words before the quote.
    pub(super) fn cue_leading_quote(&self, before: &[Word], quote_start: usize) -> Option<Clause> {
        if self.lex.is_english() {
            return None;
        }
        let k = sentence_adverb_len(before);
        let cue = before.get(k)?;
        if self.lex.form(&cue.lower) != Some(CueForm::SpeakerAfter)
            || self.lex.is_passive(&cue.lower)
        {
            return None;
        }
        let clause = self.speaker_after(before, k, quote_start)?;
        let named_end = [phrase_range(&clause.who), clause.via.clone()]
            .into_iter()
            .flatten()
            .map(|r| r.end)
            .max()?;
        let gap = self.text.get(named_end..quote_start)?.trim();
        matches!(gap, "," | ":").then_some(clause)
    }

    /// A passive cue opening an Indonesian sentence, set off by a comma or followed by "bahwa":
    /// "Dijelaskannya, pembangunan jembatan itu …", "Lebih lanjut dikatakan, …", "Ditambahkan bahwa …",
    /// "Katanya, …". The speaker is the one before (the "-nya", or nobody the text names), or the one named
    /// after the cue and closed by a comma ("Dikatakan Ketua X, Budi, …").
    pub(super) fn passive_opening(&self, words: &[Word], end: usize) -> Option<Clause> {
        if self.lex.is_english() {
            return None;
        }
        let mut k = sentence_adverb_len(words);
        // "Seperti dikatakan Budi, …", "Sebagaimana disampaikan Kapolres, …": the speaker always follows,
        // with or without a comma after the cue ("Seperti dikatakan, anggota Komisi III X, …").
        let like = words
            .get(k)
            .is_some_and(|w| matches!(w.lower.as_str(), "seperti" | "sebagaimana"))
            && words
                .get(k + 1)
                .is_some_and(|w| self.lex.is_passive(&w.lower));
        k += usize::from(like);
        let cue = words.get(k)?;
        let base = cue.lower.strip_suffix("nya").unwrap_or(&cue.lower);
        // "Katanya, …", "Ujarnya, …": a short "-nya" cue may open the sentence too, set off by a comma.
        let short_nya = base != cue.lower
            && self.lex.form(&cue.lower) == Some(CueForm::Anaphoric)
            && base != "menurut"
            && cue.punct_after(self.text).contains(',');
        // "Kata dia, …", "Kata Pak Kades, …": the bare verb opens the sentence with its speaker after it. A
        // person must follow: "Kata kunci keberhasilan itu …" is a noun.
        let opening_kata = matches!(cue.lower.as_str(), "kata" | "ujar" | "tutur")
            && cue.is_capitalised(self.text)
            && !cue.punct_after(self.text).contains([',', ':', '-'])
            && words.get(k + 1).is_some_and(|w| {
                w.is_capitalised(self.text)
                    || PRONOUN_SUBJECTS.contains(&w.lower.as_str())
                    || speaker::is_person_noun(w.lower.split('-').next().unwrap_or(""))
            });
        if !self.lex.is_passive(base) && !short_nya && !opening_kata {
            return None;
        }
        let mut start = k + 1;
        if words
            .get(start)
            .is_some_and(|w| self.lex.is_complementizer(&w.lower))
        {
            start += 1;
        } else if like || !cue.punct_after(self.text).contains([',', ':']) {
            // "Dikatakan Ketua Fraksi X, Yusuf Hamdani, fraksinya menolak …": the speaker follows the cue and
            // a comma closes the two.
            if base != cue.lower {
                return None;
            }
            let mut clause = self.speaker_after(words, k, end)?;
            let comma = match self.aside_end(words, k, &clause) {
                Some(comma) => comma,
                None => {
                    // A name in apposition after the role: "Ketua Fraksi X, Yusuf Hamdani, …".
                    let role = phrase_range(&clause.who)?;
                    let first = words.iter().position(|w| w.start > role.end)?;
                    let run = words[first..]
                        .iter()
                        .take(4)
                        .take_while(|w| w.is_capitalised(self.text) && !self.in_date(w))
                        .count();
                    let last = words.get((first + run).checked_sub(1)?)?;
                    if run == 0
                        || words[first - 1].punct_after(self.text) != ","
                        || last.punct_after(self.text) != ","
                    {
                        return None;
                    }
                    clause.who = Who::Phrase(role.start..last.end);
                    self.aside_end(words, k, &clause)?
                }
            };
            return Some(Clause {
                content: words.get(comma + 1)?.raw_start..end,
                ..clause
            });
        }
        let first = words.get(start)?;
        (words.len() - start >= 3).then_some(Clause {
            who: Who::Previous,
            cue: cue.start..cue.end,
            via: None,
            when: None,
            content: first.raw_start..end,
        })
    }

    /// A passive cue inside an Indonesian sentence, with no comma around it: "Penertiban reklame kali ini
    /// dikatakan Rizky sengaja menggunakan las." The speaker is the name after the cue, and what is said runs
    /// around it (see [`Reader::around_aside`]). Not after "yang" ("hal yang disampaikan Budi" names a
    /// thing) and not without a clause after the name ("Bantuan itu disampaikan Bupati di Balai Desa").
    pub(super) fn passive_inside(&self, words: &[Word], end: usize) -> Option<Clause> {
        if self.lex.is_english() {
            return None;
        }
        let i = (2..words.len()).find(|&i| self.lex.is_passive(&words[i].lower))?;
        // "Hal itu disampaikan oleh X saat …" points back to a statement made before; it says nothing new.
        if self.points_back(words, 0) == Some(i) {
            return None;
        }
        let before = &words[i - 1];
        // "yang tidak dapat dijelaskan, Anda …": a passive after a modal or a relative is no cue.
        if before.closes_clause(self.text)
            || words[i].closes_clause(self.text)
            || before.is_one_of(PASSIVE_BLOCKERS, self.text)
        {
            return None;
        }
        let clause = self.speaker_after(words, i, end)?;
        let who = phrase_range(&clause.who)?;
        // The name is the capitalised words after the cue: "dikatakan Kepala Dinas Rizky sengaja …".
        let start = words.iter().position(|w| w.start == who.start)?;
        let named = words[start..]
            .iter()
            .take_while(|w| w.is_capitalised(self.text) && !self.in_date(w))
            .count();
        let last = start + named.checked_sub(1)?;
        if words[start..last]
            .iter()
            .any(|w| w.closes_clause(self.text))
        {
            return None;
        }
        let tail = words.get(last + 1..).filter(|t| t.len() >= 3)?;
        let opens_clause = !tail[0].is_one_of(SPEAKER_STOPS, self.text)
            && !tail[0].is_one_of(ASIDE_OPENERS, self.text)
            && !self.in_date(&tail[0])
            && !self.lex.is_source_note(&tail[0].lower)
            && !matches!(tail[0].lower.as_str(), "seperti" | "sebagaimana" | "yang");
        // "dikonfirmasi oleh Wakil Ketua Umum partai, Yanto Suhendar": the name runs on, no clause follows.
        if !opens_clause || words[last].closes_clause(self.text) || !self.opens_clause(tail) {
            return None;
        }
        Some(Clause {
            who: Who::Phrase(words[start].start..words[last].end),
            cue: words[i].start..words[start - 1].end,
            via: None,
            when: self.when_in(words[i].start..end),
            content: self.around_aside(words, last, end),
        })
    }

    /// The comma that closes an Indonesian cue aside that `clause` parsed from `words[cue..]` ("Dalam rapat
    /// itu, kata dia, dana sudah tersedia"), when a clause of its own follows the aside: not an appositive
    /// ("kata Budi, ketua koperasi"), a circumstance ("kata Budi, saat ditemui …") or a date.
    pub(super) fn aside_end(&self, words: &[Word], cue: usize, clause: &Clause) -> Option<usize> {
        if self.lex.is_english() {
            return None;
        }
        let named_end = [phrase_range(&clause.who), clause.via.clone()]
            .into_iter()
            .flatten()
            .map(|r| r.end)
            .max()?;
        // A date right after the speaker belongs to the aside ("kata Budi, Senin (2/3), …"); one past a comma
        // is in what is said ("kata dia, dana sudah tersedia sejak bulan lalu").
        let spoken_end = clause
            .when
            .as_ref()
            .filter(|w| {
                self.text
                    .get(named_end..w.start)
                    .is_some_and(|gap| matches!(gap.trim(), "" | ","))
            })
            .map_or(named_end, |w| w.end.max(named_end));
        // The aside closes at the first comma after the speaker, within a short place or channel phrase.
        let first_after = words.iter().position(|w| w.end >= spoken_end)?;
        let comma = (first_after..words.len().min(first_after + 6))
            .find(|&k| words[k].punct_after(self.text).contains(','))?;
        // "ujar Caren dalam acara pembukaan yang ia gawangi, the backstage, …": a relative clause after the
        // speaker and channel is no place or channel phrase.
        if words[cue..=comma]
            .iter()
            .skip(1)
            .any(|w| self.lex.form(&w.lower).is_some())
            || words[first_after..comma]
                .iter()
                .any(|w| w.is_one_of(&["yang"], self.text))
        {
            return None;
        }
        let tail = words.get(comma + 1)?;
        // "kata Muzzammil, PKS akan menginisiasi …", "kata Rudi, petugas membuka …": a subject with its verb
        // right after opens a clause; "kata Budi, Ketua Koperasi Tani" and "kata Budi, warga yang …" are
        // appositives.
        let person = speaker::is_person_noun(&tail.lower);
        // "kata Stephen Baker, wakil presiden Npd Group dikutip dari Laptopmag.com": an outlet's note is no
        // verb of a clause.
        let named_subject = (tail.is_capitalised(self.text) || person)
            && words[comma + 1..words.len().min(comma + 11)]
                .iter()
                .take_while(|w| {
                    !w.closes_clause(self.text)
                        && w.lower != "yang"
                        && w.lower != "seperti"
                        && !self.lex.is_source_note(&w.lower)
                })
                .any(|w| {
                    !w.is_capitalised(self.text)
                        && (is_id_verb(&w.lower)
                            || is_di_passive(&w.lower)
                            || PREDICATE_MARKERS.contains(&w.lower.as_str()))
                });
        // "kata pria tersebut, Fani pergi …": one name, then a word that is neither a role nor a
        // circumstance.
        let named_alone = tail.is_capitalised(self.text)
            && !person
            && !date::is_calendar_word(&tail.lower)
            && words.get(comma + 2).is_some_and(|w| {
                !w.is_capitalised(self.text)
                    && !speaker::is_person_noun(&w.lower)
                    && !w.is_one_of(SPEAKER_STOPS, self.text)
                    && !w.is_one_of(ASIDE_OPENERS, self.text)
                    && !tail.closes_clause(self.text)
                    && !matches!(w.lower.as_str(), "yang" | "dari")
            });
        // "ujar Imam, HEAD of Sales Group …", "ujar Hartati, board of advisor JDC": an English title.
        let english_title = words.get(comma + 2).is_some_and(|w| w.lower == "of");
        let opens_clause = !english_title
            && (named_subject || named_alone || !tail.is_capitalised(self.text) && !person)
            && !tail.is_one_of(SPEAKER_STOPS, self.text)
            && !self.lex.is_source_note(&tail.lower)
            && !matches!(tail.lower.as_str(), "seperti" | "sebagaimana" | "yang")
            && !self.in_date(tail);
        (opens_clause && words.len() - comma > 3).then_some(comma)
    }

    /// The content of a sentence with an aside ending at `words[aside_end]`: the head and the tail, or the
    /// tail alone when the head and the aside outweigh it and the head is a circumstance (the tail is what is
    /// said; a short head, a subject or a connective, goes with it).
    pub(super) fn around_aside(
        &self,
        words: &[Word],
        aside_end: usize,
        end: usize,
    ) -> Range<usize> {
        let tail = aside_end + 1;
        // "Pemkot, terangnya, sudah menyiapkan …": the head is the subject of what follows, so it is said
        // too. "Dari seluruh sekolah di kabupaten itu, ujar dia, tiga rusak berat": the tail has a subject of
        // its own, and the long head is a circumstance.
        let predicate_follows = words.get(tail).is_some_and(|w| {
            PREDICATE_MARKERS.contains(&w.lower.as_str())
                || is_id_verb(&w.lower)
                || is_di_passive(&w.lower)
        });
        // "Untuk itu, lanjut dia, panitia telah membuka pendaftaran", "Setelah diperiksa, lanjut Fleming,
        // polisi menemukan …": a connective or a circumstance of time before a clause with its own subject
        // only ties the statement to the story.
        let head = words
            .iter()
            .position(|w| w.punct_after(self.text).contains(','))
            .map_or(0, |k| k + 1);
        let connective = head > 0
            && head <= 3
            && head < aside_end
            && (matches!(
                words[0].lower.as_str(),
                "untuk" | "oleh" | "karena" | "dengan" | "selain" | "setelah" | "sebelum" | "usai"
            ) && matches!(words[head - 1].lower.as_str(), "itu" | "ini" | "demikian")
                || matches!(
                    words[0].lower.as_str(),
                    "setelah" | "sebelum" | "usai" | "seusai"
                ) && words.get(1).is_some_and(|w| is_di_passive(&w.lower)));
        if connective && !predicate_follows {
            return words.get(tail).map_or(words[0].start, |w| w.raw_start)..end;
        }
        // A long head is a circumstance only when a preposition or a conjunction opens it: "Alasan konvensi di
        // tingkat pusat, katanya, untuk menghemat biaya" says the head too, and so does a condition ("Bila Mega
        // tidak lagi memimpin, kata Arbi, makin sulit bagi PDIP …"): it is part of what was said.
        let head = words[0].lower.as_str();
        let circumstance = LEAD_INS.contains(&head) || CIRCUMSTANCE_OPENERS.contains(&head);
        if predicate_follows || !circumstance || aside_end < words.len().saturating_sub(tail) {
            words[0].start..end
        } else {
            words.get(tail).map_or(words[0].start, |w| w.raw_start)..end
        }
    }

    /// The person or body an Indonesian sentence opens with, after an opening phrase set off by a comma, when
    /// a verb follows: "Saerang berharap …", "Karena itu, Gubri berharap …", "Sementara terpisah, anggota
    /// Komisi III DPR Budi Santoso justru …". Not a connective ("Apalagi saat ini …").
    pub(super) fn head_subject(&self, sentence: Range<usize>) -> Option<Range<usize>> {
        const OPENERS: &[&str] = &[
            "apalagi",
            "yaitu",
            "yakni",
            "namun",
            "sementara",
            "bahkan",
            "selain",
            "karena",
            "jadi",
            "sehingga",
            "kemudian",
            "lalu",
            "adapun",
            "meski",
            "meskipun",
            "walau",
            "dengan",
            "dalam",
            "untuk",
            "saat",
            "ketika",
            "setelah",
            "sebelum",
            "menurut",
            "sedangkan",
            "padahal",
            "terkait",
            "selama",
            "hal",
            "ini",
            "itu",
            "mengingat",
            "oleh",
            "pada",
            "di",
            "ke",
            "dari",
            "tak",
            "tidak",
            "sebelumnya",
            "selanjutnya",
            "akan",
            "ada",
            "yang",
            "kini",
            "sejak",
            "bagi",
        ];
        let words = self.words(sentence);
        let opener = words
            .iter()
            .take(10)
            .position(|w| w.punct_after(self.text).contains(','))
            .filter(|&c| !words[..=c].iter().all(|w| w.is_capitalised(self.text)));
        let k = opener.map_or(0, |c| c + 1);
        let first = words.get(k)?;
        if OPENERS.contains(&first.lower.as_str()) {
            return None;
        }
        if !first.is_capitalised(self.text) && !speaker::is_person_noun(&first.lower) {
            return None;
        }
        // The name runs over capitalised words, a person noun, "dari" between names and an appositive after a
        // comma ("KETUA DPW PA, Rizwan Is yang …").
        let mut last = k;
        let mut m = k;
        while let Some(w) = words.get(m) {
            let part = w.is_capitalised(self.text)
                || speaker::is_person_noun(&w.lower)
                || m > k && w.lower == "dari";
            if !part || m - k >= 12 {
                break;
            }
            if w.is_capitalised(self.text) || m == k {
                last = m;
            }
            m += 1;
            if w.closes_clause(self.text)
                && !words.get(m).is_some_and(|n| n.is_capitalised(self.text))
            {
                break;
            }
        }
        let next = words.get(last + 1)?;
        // "Mundurnya Rusdi menurut dia …": a preposition in me- is no verb.
        let preposition = matches!(
            next.lower.as_str(),
            "menurut" | "menurutnya" | "melalui" | "mengenai" | "menjelang" | "menuju"
        );
        let predicate = !next.is_capitalised(self.text)
            && !preposition
            && (is_id_verb(&next.lower)
                || next.is_one_of(AUXILIARIES, self.text)
                || matches!(
                    next.lower.as_str(),
                    "yang" | "sangat" | "justru" | "tidak" | "tak"
                ));
        let phrase = &words[k..=last];
        (predicate && self.is_speaker_phrase(phrase)).then(|| phrase[0].start..words[last].end)
    }

    /// "menurut" inside an Indonesian sentence, set off by commas or not: "Namun, menurutnya, …", "Mundurnya
    /// Rusdi menurut dia adalah …", "… karena menurut Ilham kepada polisi, masalah …". It must be the
    /// sentence's first cue word.
    pub(super) fn menurut_inside(&self, words: &[Word], end: usize) -> Option<Clause> {
        if self.lex.is_english() {
            return None;
        }
        let k = words
            .iter()
            .position(|w| self.lex.form(&w.lower).is_some())
            .filter(|&k| k > 0)?;
        let cue = &words[k];
        let (who, last) = match cue.lower.as_str() {
            "menurutnya" => (Who::Previous, k),
            "menurut" => {
                let next = words.get(k + 1)?;
                if next.is_one_of(PRONOUN_SUBJECTS, self.text) {
                    (Who::Phrase(next.start..next.end), k + 1)
                } else {
                    let last = (k + 1..words.len().min(k + 10))
                        .find(|&j| words[j].punct_after(self.text).contains(','))?;
                    let source = &words[k + 1..=last];
                    let named = (0..source.len())
                        .find(|&c| {
                            source[c].is_one_of(CHANNEL_WORDS, self.text)
                                || opens_cited_source(source, c)
                        })
                        .map_or(source, |c| &source[..c]);
                    let named = self.before_parenthesis(named);
                    let reporter = self.report_source(named);
                    let named = reporter.unwrap_or(named);
                    if named.is_empty()
                        || reporter.is_none() && is_not_a_source("menurut", named)
                        || !self.is_speaker_phrase(named)
                    {
                        return None;
                    }
                    (
                        Who::Phrase(named[0].start..named[named.len() - 1].end),
                        last,
                    )
                }
            }
            _ => return None,
        };
        if words.len() - last <= 3 {
            return None;
        }
        // "…, yang menurut pakar feng shui, tahun anjing tanah adalah …": the clause the relative opens is
        // what is said; what comes before it is the writer's.
        let content = if words[k - 1].lower == "yang" {
            words[last + 1].raw_start..end
        } else {
            self.around_aside(words, last, end)
        };
        Some(Clause {
            who,
            cue: cue.start..cue.end,
            via: None,
            when: None,
            content,
        })
    }

    /// A "-nya" cue at `words[i]` set off by commas inside the sentence it attributes: "Pemkot, terangnya,
    /// sudah menyiapkan lahan …", "Aset tersebut, ujarnya lagi, akan dilelang …". The speaker is the one named
    /// before; what is said runs around the aside. What follows must be a clause of its own, not a manner
    /// ("…, katanya, sambil menunjuk …").
    pub(super) fn nya_aside(&self, words: &[Word], i: usize, end: usize) -> Option<Clause> {
        if self.lex.is_english() || i == 0 || !words[i - 1].punct_after(self.text).contains(',') {
            return None;
        }
        // "ujarnya lagi", "tambahnya pula": an adverb may follow the cue inside the aside.
        let close = i + usize::from(
            words
                .get(i + 1)
                .is_some_and(|w| matches!(w.lower.as_str(), "lagi" | "pula" | "juga")),
        );
        if words.get(close)?.punct_after(self.text) != "," {
            return None;
        }
        let tail = words.get(close + 1..).filter(|t| t.len() >= 3)?;
        if opens_no_content(tail)
            || tail[0].is_one_of(SPEAKER_STOPS, self.text)
            || tail[0].is_one_of(ASIDE_OPENERS, self.text)
            || self.in_date(&tail[0])
            || matches!(tail[0].lower.as_str(), "yang" | "sambil" | "seraya")
        {
            return None;
        }
        Some(Clause {
            who: Who::Previous,
            cue: words[i].start..words[i].end,
            via: None,
            when: None,
            content: self.around_aside(words, close, end),
        })
    }

    /// True when only a circumstance follows the "-nya" cue at `words[i]` to the end of the sentence: "…,
    /// tegasnya dalam konferensi pers di Kupang.", "…, ujarnya saat dikonfirmasi Detikcom, Senin (5/2).",
    /// "…, ujarnya, Kamis (22/6).", "…, katanya dilansir Detikhot." Not another clause ("…, katanya dan
    /// warga pun pulang").
    pub(super) fn circumstance_after(&self, words: &[Word], i: usize) -> bool {
        let (Some(next), Some(last)) = (words.get(i + 1), words.last()) else {
            return false;
        };
        // A comma after the cue opens another clause, unless only a date follows it.
        let set_off_date =
            words[i].punct_after(self.text) == "," && self.is_only_date(next.start..last.end);
        !self.lex.is_english()
            && (!words[i].closes_clause(self.text) || set_off_date)
            && words.len() - i <= 12
            && (self.date_starts_at(next)
                || next.is_one_of(ASIDE_OPENERS, self.text)
                || self.lex.is_source_note(&next.lower)
                || next.is_one_of(SPEAKER_STOPS, self.text)
                    && !matches!(next.lower.as_str(), "dan" | "bahwa" | "lagi"))
            // "dikonfirmasi" is a cue of its own elsewhere; here it is how the speaker was reached.
            && words[i + 1..].iter().all(|w| {
                self.lex.form(&w.lower).is_none() || REACHED.contains(&w.lower.as_str())
            })
    }

    /// The last word of a name set off by commas after an Indonesian role at `words[j..]`: "Lalu Wirawan" in
    /// "tutur Kepala Kantor SAR Mataram, Lalu Wirawan, kepada Antara", "Harun Prasetyo" in "menurut Kepala
    /// Dinas Kesehatan, Harun Prasetyo." `speaker` ends just before the comma. Not a date ("kata Kapolres,
    /// Senin (5/2)"), not a second role ("Menteri X, Menteri Y, dan …") and not the subject of a clause
    /// ("kata Kapolres, Jakarta aman").
    pub(super) fn appositive_name(
        &self,
        words: &[Word],
        j: usize,
        speaker: &[Word],
    ) -> Option<usize> {
        let role = speaker.iter().any(|w| speaker::is_person_noun(&w.lower))
            || speaker
                .first()
                .is_some_and(|w| !w.is_capitalised(self.text));
        let comma = words.get(j.checked_sub(1)?)?;
        if self.lex.is_english()
            || !role
            || comma.punct_after(self.text) != ","
            || speaker.last().is_none_or(|w| w.end != comma.end)
        {
            return None;
        }
        // The capitalised words from `from`, up to a comma or a full stop: the last one's index.
        let run_end = |from: usize| {
            let mut last = None;
            for (k, w) in words.iter().enumerate().skip(from).take(5) {
                let name_like = w.is_capitalised(self.text)
                    && !self.in_date(w)
                    && !speaker::is_person_noun(&w.lower)
                    && self.lex.form(&w.lower).is_none();
                if !name_like {
                    break;
                }
                last = Some(k);
                if w.closes_clause(self.text) {
                    break;
                }
            }
            last
        };
        // "kata Kepala Bidang Humas, Dinas Pendidikan Kota Bogor, Budi Santoso, …": the body the role
        // belongs to may stand set off between the role and the name.
        let body_end = speaker::is_body_word(&words.get(j)?.lower)
            .then(|| {
                words
                    .iter()
                    .enumerate()
                    .skip(j)
                    .take(6)
                    .take_while(|(_, w)| w.is_capitalised(self.text) && !self.in_date(w))
                    .find(|(_, w)| w.closes_clause(self.text))
                    .filter(|(_, w)| w.punct_after(self.text) == ",")
                    .map(|(k, _)| k)
            })
            .flatten();
        let first = body_end.map_or(j, |k| k + 1);
        // "…, dr Anita Rahayu": an honorific, in lower case or not, opens the name.
        let first = first + honorifics_at_start(&words[first..]);
        // "…, ajun komisaris besar polisi Adi Vivid, …": a rank written out in lower case.
        let rank = words[first..]
            .iter()
            .take(4)
            .take_while(|w| !w.is_capitalised(self.text) && !w.closes_clause(self.text))
            .count();
        let first = if words[first..first + rank]
            .iter()
            .any(|w| warta_ner::gazetteer::is_person_title(&w.lower))
        {
            first + rank
        } else {
            first
        };
        let last = run_end(first)?;
        if last - first >= 4 {
            return None;
        }
        // The name must end where the speaker can: at a comma or a full stop, at the end, or before a
        // circumstance ("Hendra Gunawan kepada wartawan").
        let closed = words[last].closes_clause(self.text)
            || words.get(last + 1).is_none_or(|n| {
                n.is_one_of(SPEAKER_STOPS, self.text)
                    || n.is_one_of(ASIDE_OPENERS, self.text)
                    || self.date_starts_at(n)
            });
        closed.then_some(last)
    }

    /// The last word of a place set off after an Indonesian role at `words[j..]`: "Indramayu" in "Ketua
    /// Kelompok Tani di Indramayu, Karsono", "Barat" in "… di Indramayu, Jawa Barat, Karsono". Up to three
    /// capitalised words after "di" or "dari", closed by a comma, then any listed places set off the same way.
    pub(super) fn place_set_off(&self, words: &[Word], j: usize) -> Option<usize> {
        if self.lex.is_english() || !words.get(j)?.is_one_of(&["di", "dari"], self.text) {
            return None;
        }
        // The capitalised run from `from` up to its comma: its last word.
        let run = |from: usize| {
            let mut last = None;
            for (k, w) in words.iter().enumerate().skip(from).take(3) {
                if !w.is_capitalised(self.text) || self.in_date(w) {
                    break;
                }
                last = Some(k);
                if w.closes_clause(self.text) {
                    break;
                }
            }
            last.filter(|&k| words[k].punct_after(self.text) == ",")
        };
        let mut last = run(j + 1)?;
        while let Some(next) = run(last + 1) {
            let name: Vec<&str> = words[last + 1..=next]
                .iter()
                .map(|w| w.lower.as_str())
                .collect();
            if !warta_ner::gazetteer::is_listed_place(&name.join(" ")) {
                break;
            }
            last = next;
        }
        Some(last)
    }

    /// True when the Indonesian word `w` after `prev` starts what is said of a speaker, not the speaker's name:
    /// "kata Maruli yang menjabat …", "kata Yusril memaparkan …" (a relative clause after a name, a me-/ber-
    /// verb). "seorang pejabat yang tidak disebutkan namanya" stays one speaker: its noun is not a name.
    pub(super) fn ends_named_speaker(&self, prev: &Word, w: &Word) -> bool {
        self.lex.is_indonesian()
            && !self.lex.is_english()
            && (w.lower == "yang" && prev.is_capitalised(self.text)
                || !w.is_capitalised(self.text) && is_id_verb(&w.lower))
    }

    /// The speaker before an Indonesian cue at `words[i]` in a sentence of comma-separated parts: lead-ins
    /// ("Menyikapi insiden ini,", "Namun, dalam pernyataan resmi Polri, Jumat (2/11/2012),"), then the speaker
    /// with its appositive ("Ketua Umum IAGI, Rovicky Dwi Putrohari,", "Achdiat Atmawinata, Staf Ahli …")
    /// or a list of names ("A, B dan C"), then circumstances ("di Hotel Mulia, Senayan, Jakarta (Kamis,
    /// 5/1),"). "X didampingi Y mengatakan": X speaks. None when the sentence is not built so; the plain
    /// subject rules then apply.
    pub(super) fn id_subject(&self, words: &[Word], i: usize) -> Option<Range<usize>> {
        if self.lex.is_english() || i == 0 {
            return None;
        }
        // Only the last words before the cue are read, so that a text without sentence punctuation costs a
        // bounded search per cue.
        let reach = i.saturating_sub(SUBJECT_REACH);
        // "X didampingi Y mengatakan": the one accompanied speaks.
        let i = (reach..i)
            .find(|&k| words[k].lower == "didampingi")
            .filter(|&d| d > 0)
            .unwrap_or(i);
        // "Manajer Manchester United, Alex Ferguson, telah menyatakan": auxiliaries belong to the cue.
        let i = reach + strip_auxiliaries(&words[reach..i]).len();
        if i == 0 {
            return None;
        }
        // Comma-separated parts, commas inside parentheses ("(Kamis, 5/1)") not counted.
        let mut parts: Vec<Range<usize>> = Vec::new();
        let mut depth = 0usize;
        let mut start = reach;
        for (k, w) in words.iter().enumerate().take(i).skip(reach) {
            let raw = self.text.get(w.raw_start..w.raw_end).unwrap_or("");
            depth += raw.matches('(').count();
            depth = depth.saturating_sub(raw.matches(')').count());
            let punct = w.punct_after(self.text);
            if punct.contains([';', ':']) || w.closes_clause(self.text) && punct.contains('.') {
                return None;
            }
            if depth == 0 && punct.contains(',') {
                parts.push(start..k + 1);
                start = k + 1;
            }
        }
        if start < i {
            parts.push(start..i);
        }
        // "Bungsu dari tiga bersaudara …, mengatakan, …": one part set off before its cue is the speaker too.
        let set_off = words[i - 1].punct_after(self.text).contains(',');
        if parts.len() < 2 && !set_off {
            return None;
        }
        let first = parts
            .iter()
            .position(|p| !self.is_lead_in(&words[p.clone()]))?;
        // An opening adverb without its comma: "Sementara Wakil Wali Kota …".
        let adverb = sentence_adverb_len(&words[parts[first].clone()]);
        let head = parts[first].start + adverb..parts[first].end;
        let name_like = |p: &[Word]| {
            // "dr Anita Rahayu": a physician's title is written in lower case.
            let p = &p[honorifics_at_start(p)..];
            // "Tersangka, seorang pria …": a role opening the sentence is capitalised too.
            !p.is_empty()
                && p.len() <= 5
                && p[0].is_capitalised(self.text)
                && !(p.len() == 1 && speaker::is_person_noun(&p[0].lower))
                && p.iter().all(|w| {
                    w.is_capitalised(self.text)
                        || matches!(w.lower.as_str(), "dan" | "de" | "bin" | "binti" | "van")
                })
        };
        // "Ahmad Yani, Rudi Hartono dan Siti Aminah mengatakan": a list of names speaks together.
        let listed = &parts[first..];
        if listed.len() >= 2
            && listed.last().is_some_and(|p| p.end == i)
            && words[listed[listed.len() - 1].clone()]
                .iter()
                .any(|w| w.lower == "dan")
            && listed.iter().all(|p| name_like(&words[p.clone()]))
        {
            return Some(words[head.start].start..words[i - 1].end);
        }
        // A part ends its speaker at a circumstance: "Basyir Achmad di Pekalongan".
        let cut = |r: Range<usize>| {
            let p = &words[r.clone()];
            let stop = p
                .iter()
                .skip(1)
                .position(|w| w.is_one_of(ASIDE_OPENERS, self.text) || w.lower == "yang")
                .map_or(p.len(), |k| k + 1);
            r.start..r.start + stop
        };
        let head = cut(head);
        let speaker_like = |r: &Range<usize>| {
            let p = strip_auxiliaries(&words[r.clone()]);
            // "David Farrar, seorang blogger mengatakan": "seorang" counts people, so a role follows it.
            let counted = p.len() > 1 && p[0].is_one_of(&["seorang"], self.text);
            !p.is_empty()
                && !denies(p)
                && p.len() <= 12
                && (p[0].is_capitalised(self.text)
                    || counted
                    || speaker::is_person_noun(&p[0].lower))
                && self.is_speaker_phrase(p)
        };
        if !speaker_like(&head) {
            return None;
        }
        let mut last = head.clone();
        let mut rest = first + 1;
        // "Dani, 45, PNS di Jakarta, menyatakan": a person's age set off after the name.
        let age = |p: &Range<usize>| {
            p.len() == 1 && {
                let w = &words[p.start].lower;
                (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
            }
        };
        if name_like(&words[head.clone()]) && parts.get(rest).is_some_and(age) {
            last = parts[rest].clone();
            rest += 1;
        }
        // The appositive: a name after a role or a role after a name. A role may end in a relative clause:
        // "Pengusaha tambang yang menjadi saksi, Hartono Lim, mengaku …".
        let relative = words.get(head.end).is_some_and(|w| w.lower == "yang");
        if let Some(next) = parts
            .get(rest)
            .filter(|_| head.end == parts[first].end || relative)
        {
            let apposed = cut(next.clone());
            let pair = name_like(&words[head.clone()]) || name_like(&words[apposed.clone()]);
            if pair && speaker_like(&apposed) && !self.is_lead_in(&words[next.clone()]) {
                last = apposed.clone();
                rest += 1;
            }
        }
        // Whatever stands between the speaker and the cue is circumstance: a place and a date, in parts.
        let mut in_aside = last.end < parts[rest - 1].end;
        for p in parts.get(rest..).unwrap_or(&[]) {
            let part = &words[p.clone()];
            // "Lukman Sardi, …, dilansir CNN Indonesia, Senin (19/10/2015), mengatakan": the outlet's note
            // is no speaker.
            let aside = part[0].is_one_of(ASIDE_OPENERS, self.text)
                || self.lex.is_source_note(&part[0].lower)
                || self.is_date_part(part);
            let place = in_aside && part.len() <= 3 && part[0].is_capitalised(self.text);
            if !(aside || place) {
                return None;
            }
            in_aside = true;
        }
        let speaker = strip_auxiliaries(&words[head.start..last.end]);
        let speaker = speaker.last().map(|l| words[head.start].start..l.end)?;
        // The plain subject rules read a one-part speaker right before its cue as well.
        (first > 0 || last != head || in_aside || rest < parts.len() || set_off).then_some(speaker)
    }

    /// True for an Indonesian part before the speaker that sets the scene: "Menyikapi insiden ini",
    /// "Saat dikonfirmasi", "Namun", "Jumat (2/11/2012)".
    pub(super) fn is_lead_in(&self, part: &[Word]) -> bool {
        let Some(first) = part.first() else {
            return false;
        };
        // "Menyikapi insiden ini", "Ditemui di kantornya": a verb of circumstance opens it; "Mendagri X" and
        // "Direktur X" are speakers.
        // "Ditanya soal target": any passive.
        let verb = (first.lower.starts_with("me")
            && is_id_verb(&first.lower)
            && (first.lower.ends_with('i') || first.lower.ends_with("kan"))
            || is_di_passive(&first.lower))
            && part.get(1).is_none_or(|w| !w.is_capitalised(self.text));
        // "Sementara Gianpaolo Pozzo, pemilik Udinese, mengaku …": the adverb opens the subject, not a
        // circumstance ("Sementara itu, …", "Sementara di Jakarta, …").
        let adverb_then_name = first.lower == "sementara"
            && part
                .get(1)
                .is_some_and(|w| w.is_capitalised(self.text) && !self.in_date(w));
        LEAD_INS.contains(&first.lower.as_str()) && !adverb_then_name
            || verb
            || self.is_date_part(part)
    }

    /// True for a part that is a date: "Jumat (2/11/2012)", "Selasa (2/10)", "kemarin".
    pub(super) fn is_date_part(&self, part: &[Word]) -> bool {
        !part.is_empty() && part.iter().all(|w| self.in_date(w))
            || part.len() <= 3 && part.first().is_some_and(|w| date::is_weekday(&w.lower))
    }
}

#[cfg(test)]
mod tests {
    use warta_model::SpeakerKind;

    use crate::quote::find_quotes;

    /// (speaker as written, resolved name, content) of each quote of an Indonesian text.
    fn found(text: &str) -> Vec<(String, Option<String>, String)> {
        find_quotes(text, "id", &[], None)
            .into_iter()
            .map(|q| (q.speaker.text, q.speaker.name, q.content))
            .collect()
    }

    /// Made-up sentences in Indonesian news style: (text, speaker as written, content) of the first quote.
    const CASES: &[(&str, &str, &str)] = &[
        // A body or an office whose name lists its fields, commas and all.
        (
            "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memperingatkan potensi hujan lebat.",
            "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)",
            "potensi hujan lebat",
        ),
        (
            "Menurut Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD, situasi aman terkendali.",
            "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD",
            "situasi aman terkendali",
        ),
        (
            "“Situasi aman,” kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD.",
            "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD",
            "Situasi aman",
        ),
        // A thing confirmed or denied, named before: what was said is that it is so, or not.
        (
            "Kapolsek Tanah Abang membenarkan informasi tersebut.",
            "Kapolsek Tanah Abang",
            "informasi tersebut",
        ),
        ("Ia membantah tuduhan itu.", "Ia", "tuduhan itu"),
        // What ought to be, before or after the clause's subject.
        (
            "Aburizal Bakrie menyebut sebaiknya pemerintah menaikkan harga gabah tahun ini.",
            "Aburizal Bakrie",
            "sebaiknya pemerintah menaikkan harga gabah tahun ini",
        ),
        (
            "Ketua koperasi itu menyebut kursi direksi sebaiknya diisi kalangan profesional.",
            "Ketua koperasi itu",
            "kursi direksi sebaiknya diisi kalangan profesional",
        ),
        // A statement in a clause opened by a subordinator: the main clause after its comma is the writer's.
        (
            "Meski polisi menyatakan pelaku sudah ditangkap, warga tetap resah.",
            "polisi",
            "pelaku sudah ditangkap",
        ),
        (
            "Walaupun lembaga survei mengatakan, DPR masuk lembaga paling korup, kami tetap bekerja.",
            "lembaga survei",
            "DPR masuk lembaga paling korup",
        ),
        // A body's short form in brackets inside the role, before the name.
        (
            "“Koalisi tetap solid,” kata Ketua Umum Partai Kebangkitan Bangsa (PKB) Muhaimin Iskandar.",
            "Ketua Umum Partai Kebangkitan Bangsa (PKB) Muhaimin Iskandar",
            "Koalisi tetap solid",
        ),
        // "PT." abbreviates a company's form and ends no sentence.
        (
            "“Stok aman,” kata Direktur Utama PT. Wahyu Promo Citra, Sukur Sakka. Ia menambahkan harga stabil.",
            "Direktur Utama PT. Wahyu Promo Citra, Sukur Sakka",
            "Stok aman",
        ),
        // A feeling or a greeting expressed is said.
        (
            "Direksi PT KAI menyampaikan permohonan maaf atas keterlambatan perjalanan kereta.",
            "Direksi PT KAI",
            "permohonan maaf atas keterlambatan perjalanan kereta",
        ),
        (
            "Warga mengungkapkan kekecewaan terhadap lambatnya penanganan banjir.",
            "Warga",
            "kekecewaan terhadap lambatnya penanganan banjir",
        ),
        // A "dengan" that describes the clause's subject.
        (
            "BMKG memperkirakan hujan dengan intensitas sedang hingga lebat masih akan terjadi hingga Kamis.",
            "BMKG",
            "hujan dengan intensitas sedang hingga lebat masih akan terjadi hingga Kamis",
        ),
        // Information disclosed is said.
        (
            "Kepala Dinas Kesehatan memaparkan rencana vaksinasi massal di 12 kecamatan.",
            "Kepala Dinas Kesehatan",
            "rencana vaksinasi massal di 12 kecamatan",
        ),
        // A title that writes its field in lower case runs long too.
        (
            "Ketua divisi komunikasi dan Informasi Partai Demokrat Ruhut Sitompul mengatakan partainya tetap solid.",
            "Ketua divisi komunikasi dan Informasi Partai Demokrat Ruhut Sitompul",
            "partainya tetap solid",
        ),
        // A rank written short with a full stop is no sentence's end.
        (
            "“Pelaku sudah kami tangkap,” kata Kapolres AKBP. Budi Santoso kepada wartawan.",
            "Kapolres AKBP. Budi Santoso",
            "Pelaku sudah kami tangkap",
        ),
        // A state reached is a predicate too.
        (
            "Karyawan minimarket, Dewi, menyebut pria itu marah karena tidak boleh membayar dengan koin.",
            "Karyawan minimarket, Dewi",
            "pria itu marah karena tidak boleh membayar dengan koin",
        ),
        (
            "Polisi memastikan seorang wanita terbunuh dalam kobaran api.",
            "Polisi",
            "seorang wanita terbunuh dalam kobaran api",
        ),
        // A passive verb of five letters is the predicate of the clause said.
        (
            "Ketua koperasi itu menyebut tiga kursi direksi diisi kalangan profesional.",
            "Ketua koperasi itu",
            "tiga kursi direksi diisi kalangan profesional",
        ),
        // A minister's short title in lower case looks like a me- verb but is the speaker.
        (
            "“Unit penyimpanan gas itu akan hadir bulan depan,” kata menkeu.",
            "menkeu",
            "Unit penyimpanan gas itu akan hadir bulan depan",
        ),
        // A quote whose comma the scraper lost, its speaker before the verb.
        (
            "“Penembaknya telah ditahan” juru bicara universitas Ray Garner mengatakan kepada media lokal.",
            "juru bicara universitas Ray Garner",
            "Penembaknya telah ditahan",
        ),
        // "terdapat", the formal "ada", opens a clause with no subject.
        (
            "Menurut Budi terdapat banyak kejanggalan dalam laporan itu.",
            "Budi",
            "terdapat banyak kejanggalan dalam laporan itu",
        ),
        // A noun that may take a verb ("keputusan mengambil …"), closed by a demonstrative: a clause.
        (
            "Menurut Noor keputusan itu diambil setelah rapat panjang.",
            "Noor",
            "keputusan itu diambil setelah rapat panjang",
        ),
        // A lead-in of what the statement concerns, with a relative clause of its own.
        (
            "Berkaitan dengan Hari Raya Idul Adha yang identik dengan kurban, Agustiar mengingatkan warga agar memeriksa hewan.",
            "Agustiar",
            "warga agar memeriksa hewan",
        ),
        (
            "Sehubungan dengan hal itu, Budi mengatakan bahwa rapat ditunda.",
            "Budi",
            "rapat ditunda",
        ),
        // A capitalised partner of "kata" is a name ("kata Sandi"), not "kata sandi" (a password).
        (
            "Saya bilang tolong ditekan lagi, kata Sandi seperti dinukil dari Cnnindonesia.com.",
            "Sandi",
            "Saya bilang tolong ditekan lagi",
        ),
        // After a full verb set off inside the sentence, the head is the speaker's role, and the tail is
        // what is said.
        (
            "Kepala biro penerangan masyarakat, Divisi Humas Mabes Polri, Brigjen Pol Agus Rianto mengatakan, kepolisian tetap berpegang pada hasil pemeriksaan.",
            "Brigjen Pol Agus Rianto",
            "kepolisian tetap berpegang pada hasil pemeriksaan",
        ),
        // A relative clause after a speaker who is described, not named, describes the speaker.
        (
            "“Kami takut,” ujar seorang warga yang meminta identitasnya dirahasiakan.",
            "seorang warga yang meminta identitasnya dirahasiakan",
            "Kami takut",
        ),
        (
            "Harga naik tajam, kata seorang pengacara yang menangani kasus itu kepada wartawan.",
            "seorang pengacara yang menangani kasus itu",
            "Harga naik tajam",
        ),
        // An outlet's note between the speaker and the cue is no speaker.
        (
            "Lukman Sardi, ketua media FFI 2015, dilansir CNN Indonesia, Senin (19/10/2015), mengatakan bahwa sistem ini baru pertama kali diterapkan.",
            "Lukman Sardi, ketua media FFI 2015",
            "sistem ini baru pertama kali diterapkan",
        ),
        (
            "Lukman Sardi seperti dikutip dari Antara mengatakan sistem ini baru pertama kali diterapkan.",
            "Lukman Sardi",
            "sistem ini baru pertama kali diterapkan",
        ),
        // The occasion between the speaker and the cue is no part of the speaker.
        (
            "Kepala badan PBB Yuri Fedotov dalam pertemuan Majelis Umum PBB mengungkapkan bahwa dua dari tiga korban adalah perempuan.",
            "Kepala badan PBB Yuri Fedotov",
            "dua dari tiga korban adalah perempuan",
        ),
        (
            "Menteri Dalam Negeri Tito Karnavian mengatakan bahwa pilkada tetap digelar.",
            "Menteri Dalam Negeri Tito Karnavian",
            "pilkada tetap digelar",
        ),
        // A reduplicated plural heads a speaker as its noun does.
        (
            "Dua roket ditembakkan dari Libanon ke Israel Utara, menurut sumber-sumber Libanon dan Israel.",
            "sumber-sumber Libanon dan Israel",
            "Dua roket ditembakkan dari Libanon ke Israel Utara",
        ),
        // A condition before the aside is part of what was said.
        (
            "Bila Mega tidak lagi memimpin dan kepemimpinan PDIP diteruskan ke trah Soekarno, kata Arbi, makin sulit bagi PDIP untuk bersaing.",
            "Arbi",
            "Bila Mega tidak lagi memimpin dan kepemimpinan PDIP diteruskan ke trah Soekarno, kata Arbi, makin sulit bagi PDIP untuk bersaing",
        ),
        // A role in lower case after the name of "menurut" belongs to the speaker.
        (
            "Menurut Sri Lestari, pedagang beras yang sudah 20 tahun berjualan di pasar itu, pembeli justru berkurang sejak harga naik.",
            "Sri Lestari, pedagang beras yang sudah 20 tahun berjualan di pasar itu",
            "pembeli justru berkurang sejak harga naik",
        ),
        (
            "Menurut Budi, warga sudah mengungsi sejak pagi.",
            "Budi",
            "warga sudah mengungsi sejak pagi",
        ),
        // "Pasca …" opens a circumstance, not the speaker.
        (
            "Pasca seruan dari Utusan Khusus Lakhdar Brahimi, Pemerintah Suriah mengatakan pihaknya akan menghentikan operasi militer.",
            "Pemerintah Suriah",
            "pihaknya akan menghentikan operasi militer",
        ),
        // "sebagaimana dikutip" credits the outlet after the speaker.
        (
            "Harga cabai naik tajam, ujar Budi sebagaimana dikutip Kompas.com.",
            "Budi",
            "Harga cabai naik tajam",
        ),
        // The source an outlet cites is no part of the outlet's name.
        (
            "Menurut Associated Press yang mengutip dua pejabat Pentagon, Amerika Serikat akan mengirim kapal induk.",
            "Associated Press",
            "Amerika Serikat akan mengirim kapal induk",
        ),
        // "menurut" and its source close the sentence without a comma, as translated news writes it.
        (
            "Suhu dunia paling hangat pada rekaman data menurut Badan Kelautan Nasional.",
            "Badan Kelautan Nasional",
            "Suhu dunia paling hangat pada rekaman data",
        ),
        // A role after the speaker of an aside describes the speaker; it is not said.
        (
            "Perusahaan itu belajar dari lingkungannya, kata Rudi Hartono, pendiri perusahaan rintisan asal Bandung.",
            "Rudi Hartono",
            "Perusahaan itu belajar dari lingkungannya",
        ),
        // A sentence adverb before an opening cue, and an outlet's note after a connective.
        (
            "Lebih lanjut kata Budi, nantinya kabinet kerja dapat terwujud dengan baik.",
            "Budi",
            "nantinya kabinet kerja dapat terwujud dengan baik",
        ),
        (
            "Seperti dikatakan Kepala Dinas Pertanian, Budi Santoso, harga beras akan naik pekan depan.",
            "Kepala Dinas Pertanian, Budi Santoso",
            "harga beras akan naik pekan depan",
        ),
        // A subject with a relative clause, then the main clause's own marker ("memang").
        (
            "Budi menjelaskan uang yang sudah masuk memang harus dikunci selama tiga tahun.",
            "Budi",
            "uang yang sudah masuk memang harus dikunci selama tiga tahun",
        ),
        (
            "Masih kata Budi, nantinya kabinet kerja dapat terwujud dengan baik.",
            "Budi",
            "nantinya kabinet kerja dapat terwujud dengan baik",
        ),
        (
            "Sementara menurut Budi, harga beras akan turun pekan depan.",
            "Budi",
            "harga beras akan turun pekan depan",
        ),
        (
            "Namun, seperti yang dilansir Reuters, Freeport telah meminta perpanjangan izin ekspor.",
            "Reuters",
            "Freeport telah meminta perpanjangan izin ekspor",
        ),
        // "Menurut saya" in unmarked speech is the speaker's own first person, named after.
        (
            "Tapi menurut saya bikin nada lebih gampang daripada lirik, ujar Budi.",
            "Budi",
            "Tapi menurut saya bikin nada lebih gampang daripada lirik",
        ),
        // What a relative before the aside or "bahwa" after the speaker opens is said; the rest is the writer's.
        (
            "Tahun ini dimulai tahun anjing tanah, yang menurut pakar feng shui, tahun anjing tanah membawa rezeki.",
            "pakar feng shui",
            "tahun anjing tanah membawa rezeki",
        ),
        (
            "Bank bekerja sama dengan polisi, akan tetapi, dikatakan oleh Budi bahwa ancaman itu tidak bisa dipercaya.",
            "Budi",
            "ancaman itu tidak bisa dipercaya",
        ),
        // A name after an opening "Sementara", and a person's age, belong to the speaker.
        (
            "Sementara Gianpaolo Pozzo, pemilik Udinese serta klub Granada, mengaku tidak tahu soal rencana itu.",
            "Gianpaolo Pozzo, pemilik Udinese serta klub Granada",
            "tidak tahu soal rencana itu",
        ),
        (
            "Dani, 45, pegawai negeri, menyatakan sangat kecewa tidak mendapat tiket kereta.",
            "Dani, 45, pegawai negeri",
            "sangat kecewa tidak mendapat tiket kereta",
        ),
        // After the speaker of a closing cue, a role with an outlet's note, or an English title, is no clause.
        (
            "Minat pelanggan menurun tajam selama empat tahun terakhir, kata Stephen Baker, wakil presiden Npd Group dikutip dari Laptopmag.com.",
            "Stephen Baker",
            "Minat pelanggan menurun tajam selama empat tahun terakhir",
        ),
        (
            "Kami berharap pemerintah menjadikan seni tari bagian dari pendidikan, ujar Hartati, board of advisor JDC.",
            "Hartati",
            "Kami berharap pemerintah menjadikan seni tari bagian dari pendidikan",
        ),
        // Hearsay is no source, but the outlet that carried it is.
        (
            "Menurut berita Reuters, pemerintah China menghentikan pembatasan akses ke Wikipedia mulai 3 Juli.",
            "Reuters",
            "pemerintah China menghentikan pembatasan akses ke Wikipedia mulai 3 Juli",
        ),
        // A role set off after the name of a "menurut" source is the source's, not what is said.
        (
            "Menurut Ibu Eva Ho, Manajer Komunikasi Exxonmobil, apinya sudah hampir mati sejak pagi.",
            "Ibu Eva Ho, Manajer Komunikasi Exxonmobil",
            "apinya sudah hampir mati sejak pagi",
        ),
        (
            "Mengutip laporan MIC, Ahmed semula membawa jam buatannya untuk ditunjukkan kepada gurunya.",
            "MIC",
            "Ahmed semula membawa jam buatannya untuk ditunjukkan kepada gurunya",
        ),
        // A "-nya" cue with the outlet that carried it.
        (
            "Kami sudah bertemu dengan pihak televisi, katanya dinukil dalam laman Detikhot.",
            "katanya",
            "Kami sudah bertemu dengan pihak televisi",
        ),
        (
            "Ketua Umum Asosiasi Petani Kopi, Budi Santoso, di Hotel Santika, Medan (Senin, 3/4), menyatakan, harga kopi tahun ini turun karena cuaca buruk.",
            "Ketua Umum Asosiasi Petani Kopi, Budi Santoso",
            "harga kopi tahun ini turun karena cuaca buruk",
        ),
        (
            "Menanggapi kejadian itu, Kepala Dinas Perhubungan Kota Bogor, Rudy Hartono, menyatakan, tidak seharusnya angkutan umum berhenti di bahu jalan.",
            "Kepala Dinas Perhubungan Kota Bogor, Rudy Hartono",
            "tidak seharusnya angkutan umum berhenti di bahu jalan",
        ),
        (
            "Saat dikonfirmasi, Kapolres Sleman AKBP Yuliyanto mengatakan, pelaku sudah ditahan sejak Senin malam.",
            "Kapolres Sleman AKBP Yuliyanto",
            "pelaku sudah ditahan sejak Senin malam",
        ),
        (
            "Namun, dalam keterangan resmi Pemprov, Senin (4/3/2013), Kepala Dinas Kesehatan Siti Aminah mengatakan, ada tiga pasien yang masih dirawat di rumah sakit.",
            "Kepala Dinas Kesehatan Siti Aminah",
            "ada tiga pasien yang masih dirawat di rumah sakit",
        ),
        (
            "Rudi Hartono, Kepala Bidang Pengairan Dinas Pertanian Jawa Barat, mengatakan pasokan air ke sawah sudah kembali normal.",
            "Rudi Hartono, Kepala Bidang Pengairan Dinas Pertanian Jawa Barat",
            "pasokan air ke sawah sudah kembali normal",
        ),
        (
            "Kepala Bidang Pengairan Dinas Pertanian Jawa Barat, Rudi Hartono, mengatakan pasokan air ke sawah sudah kembali normal.",
            "Kepala Bidang Pengairan Dinas Pertanian Jawa Barat, Rudi Hartono",
            "pasokan air ke sawah sudah kembali normal",
        ),
        (
            "Kepala SMA Negeri 3 Padang, Siti Aminah didampingi Wakil Kepala Sekolah, Budi Santoso mengatakan, ujian susulan akan digelar pekan depan.",
            "Kepala SMA Negeri 3 Padang, Siti Aminah",
            "ujian susulan akan digelar pekan depan",
        ),
        (
            "Ahmad Yani, Rudi Hartono dan Siti Aminah mengatakan, mereka sudah tiga bulan tidak menerima gaji dari perusahaan.",
            "Ahmad Yani, Rudi Hartono dan Siti Aminah",
            "mereka sudah tiga bulan tidak menerima gaji dari perusahaan",
        ),
        (
            "Banjir di kawasan itu dipicu sampah yang menyumbat saluran air. Demikian dikatakan Kepala Dinas Lingkungan Hidup Rudi Hartono.",
            "Kepala Dinas Lingkungan Hidup Rudi Hartono",
            "Banjir di kawasan itu dipicu sampah yang menyumbat saluran air",
        ),
        (
            "Anak perlu diajak bicara sejak dini. Orang tua sebaiknya menjawab pertanyaan anak dengan jujur. Demikian menurut Siti Aminah, psikolog anak dari Bandung.",
            "Siti Aminah",
            "Anak perlu diajak bicara sejak dini. Orang tua sebaiknya menjawab pertanyaan anak dengan jujur",
        ),
        (
            "Harga gabah di tingkat petani masih rendah karena panen raya, demikian Rudi Hartono.",
            "Rudi Hartono",
            "Harga gabah di tingkat petani masih rendah karena panen raya",
        ),
        (
            "Pekan lalu Jepang mengirim kapal perang ke kawasan itu. Sebelumnya Korut menyatakan akan menguji coba rudal baru bulan depan.",
            "Korut",
            "akan menguji coba rudal baru bulan depan",
        ),
        (
            "Sebelumnya Korut menyatakan akan meluncurkan satelit pada April.“Kami sudah memperingatkan negara tetangga,” kata juru bicara itu.",
            "Korut",
            "akan meluncurkan satelit pada April",
        ),
        (
            "Dalam rapat tersebut , kata dia, dana desa sudah tersedia sejak bulan lalu.",
            "dia",
            "Dalam rapat tersebut , kata dia, dana desa sudah tersedia sejak bulan lalu",
        ),
        (
            "Karena jalan ditutup sejak pagi, kendaraan menumpuk di pintu tol, maka kata Rudi, petugas membuka jalur alternatif.",
            "Rudi",
            "petugas membuka jalur alternatif",
        ),
        (
            "Ia menyatakan, soal kenaikan tarif itu belum diputuskan oleh direksi.",
            "Ia",
            "soal kenaikan tarif itu belum diputuskan oleh direksi",
        ),
        (
            "Sementara itu, Bupati Sleman menegaskan bahwa jalan desa akan diperbaiki tahun ini.",
            "Bupati Sleman",
            "jalan desa akan diperbaiki tahun ini",
        ),
        (
            "Kepala Desa Sukamaju Ahmad Yani menyebutkan kalau bantuan beras untuk warga belum juga tiba.",
            "Kepala Desa Sukamaju Ahmad Yani",
            "bantuan beras untuk warga belum juga tiba",
        ),
        (
            "Warga sudah lama menunggu perbaikan jalan itu. “Kami sudah berkali-kali melapor ke kecamatan.” Ungkap Rudi Hartono, warga setempat.",
            "Rudi Hartono",
            "Kami sudah berkali-kali melapor ke kecamatan.",
        ),
        (
            "“Kami akan terus mengawasi harga bahan pokok.” Demikian dikatakan Bupati Sleman.",
            "Bupati Sleman",
            "Kami akan terus mengawasi harga bahan pokok.",
        ),
        (
            "“Kami akan terus mengawasi harga bahan pokok,” demikian Rudi Hartono.",
            "Rudi Hartono",
            "Kami akan terus mengawasi harga bahan pokok",
        ),
        (
            "“Jangan buang sampah ke sungai!” Kata Kepala Desa Sukamaju.",
            "Kepala Desa Sukamaju",
            "Jangan buang sampah ke sungai!",
        ),
        (
            "Wakil Wali Kota Bogor yang turun langsung ke lokasi banjir mengatakan, bantuan logistik sudah disalurkan ke warga.",
            "Wakil Wali Kota Bogor",
            "bantuan logistik sudah disalurkan ke warga",
        ),
        (
            "Sementara Kepala Dinas Sosial yang ikut meninjau lokasi mengatakan, bantuan tahap kedua dikirim besok.",
            "Kepala Dinas Sosial",
            "bantuan tahap kedua dikirim besok",
        ),
        (
            "Lebih jelas Gubernur menegaskan bahwa pembangunan bendungan itu tidak akan ditunda.",
            "Gubernur",
            "pembangunan bendungan itu tidak akan ditunda",
        ),
        (
            "Dalam bukunya, Rudi Hartono yang pernah menjabat bupati dua periode itu, antara lain, menyebutkan, korupsi berawal dari biaya politik yang mahal.",
            "Rudi Hartono",
            "korupsi berawal dari biaya politik yang mahal",
        ),
        (
            "Sedangkan untuk tahun depan, kata Rudi Hartono, Pemkab akan menambah anggaran pendidikan hingga dua kali lipat.",
            "Rudi Hartono",
            // A short head goes with the tail: the aside sits inside what is said.
            "Sedangkan untuk tahun depan, kata Rudi Hartono, Pemkab akan menambah anggaran pendidikan hingga dua kali lipat",
        ),
        (
            "Putra sulung pasangan petani dari Desa Sukamaju ini, mengatakan, hasil panen tahun ini jauh lebih baik.",
            "Putra sulung pasangan petani dari Desa Sukamaju ini",
            "hasil panen tahun ini jauh lebih baik",
        ),
        (
            "Kepala Seksi Penindakan Balai Pengawasan Obat dan Makanan (BPOM) Kota Medan Rudi Hartono menyebutkan bahwa ratusan kemasan makanan kedaluwarsa disita.",
            "Kepala Seksi Penindakan Balai Pengawasan Obat dan Makanan (BPOM) Kota Medan Rudi Hartono",
            "ratusan kemasan makanan kedaluwarsa disita",
        ),
        // A "-nya" cue closing the sentence, then only a date set off by a comma, or how the speaker was
        // reached ("dikonfirmasi" is a cue elsewhere).
        (
            "Harga beras akan naik, ujarnya, Kamis (22/6).",
            "ujarnya",
            "Harga beras akan naik",
        ),
        (
            "Harga beras akan naik, ujarnya saat dikonfirmasi Detikcom, Kamis (22/6).",
            "ujarnya",
            "Harga beras akan naik",
        ),
        // A warning or advice given: "agar" opens what was said.
        (
            "Selain itu, Ray menegaskan agar para masyarakat tidak tertipu mengenai hal ini.",
            "Ray",
            "agar para masyarakat tidak tertipu mengenai hal ini",
        ),
        (
            "The Verge menuliskan, Kamis (29/1/2016), bahwa zika pertama kali terdeteksi di Brasil.",
            "The Verge",
            "zika pertama kali terdeteksi di Brasil",
        ),
        // An adverb set off between the speaker and the cue is neither.
        (
            "Akun Twitter @fadhilah_arief, misalnya, mengatakan pemilihan warna itu menunjukkan cinta pada Indonesia.",
            "Akun Twitter @fadhilah_arief",
            "pemilihan warna itu menunjukkan cinta pada Indonesia",
        ),
        // A role in lower case after the name closes the aside: what follows is its setting, not said.
        (
            "Kami ingin menjadikan festival ini batu loncatan, ujar Wahyu Aditya, pencetus Hellofest dalam konferensi pers di Jakarta.",
            "Wahyu Aditya",
            "Kami ingin menjadikan festival ini batu loncatan",
        ),
        // News passed on by its source, like "Menurut X, …".
        (
            "Informasi dari petugas info Tol Jasa Marga, Riska, kemacetan sudah mulai mengular sejak Pintu Tol Ciawi.",
            "petugas info Tol Jasa Marga, Riska",
            "kemacetan sudah mulai mengular sejak Pintu Tol Ciawi",
        ),
        // A date set off after the source, or inside it, is when it was said.
        (
            "Menurut Budi, Senin (5/2), harga beras akan naik bulan depan.",
            "Budi",
            "harga beras akan naik bulan depan",
        ),
        (
            "Informasi dari akun resmi BLU Transjakarta pada Rabu (4/4/12), bus Transjakarta kembali dijalankan.",
            "akun resmi BLU Transjakarta",
            "bus Transjakarta kembali dijalankan",
        ),
        // What "bahwa" opens after "Hal itu dikatakan X" is what was said, not the phrase pointing back.
        (
            "Informasi ini dikonfirmasi oleh juru bicara Samsung Sophia Kim, bahwa benar penundaan ini terjadi di pasar Korea Selatan.",
            "juru bicara Samsung Sophia Kim",
            "benar penundaan ini terjadi di pasar Korea Selatan",
        ),
        (
            "Harga naik. Hal itu dikatakan juru bicara Polri Budi Santoso bahwa pelaku sudah ditangkap di rumahnya.",
            "juru bicara Polri Budi Santoso",
            "pelaku sudah ditangkap di rumahnya",
        ),
        // A stance reported with its clause.
        (
            "Budi menyayangkan fasilitas umum belum tersedia di alun-alun.",
            "Budi",
            "fasilitas umum belum tersedia di alun-alun",
        ),
        // The closing "-nya" repeats the cue of the speaker who opens the sentence.
        (
            "Dalam Antara, Haniv menyebutkan harga akan naik, ujarnya, Rabu (23/11/2016).",
            "Haniv",
            "harga akan naik",
        ),
    ];

    /// A role and a name in apposition resolve to the person; a list of names speaks together.
    #[test]
    fn appositions_resolve_to_the_person_named() {
        let cases = [
            (
                "Ketua Umum Asosiasi Petani Kopi, Budi Santoso, menyatakan, harga kopi turun.",
                "Budi Santoso",
            ),
            (
                "Rudi Hartono, Kepala Bidang Pengairan Dinas Pertanian Jawa Barat, mengatakan pasokan air sudah normal.",
                "Rudi Hartono",
            ),
            (
                "Direktur RSUD Zainal Abidin, dr Taufik, menyatakan, ruang perawatan itu harus direhab.",
                "Taufik",
            ),
            (
                "David Farrar, seorang blogger mengatakan pemerintah kehilangan suara.",
                "David Farrar",
            ),
            (
                "Ahmad Yani, Rudi Hartono dan Siti Aminah mengatakan, mereka sudah tiga bulan tidak digaji.",
                "Ahmad Yani, Rudi Hartono dan Siti Aminah",
            ),
            // An auxiliary before the cue, a lead-in before the role, a relative clause in the role, places
            // between the role and the name.
            (
                "Manajer Manchester United, Alex Ferguson, telah menyatakan dukungannya kepada wasit itu.",
                "Alex Ferguson",
            ),
            (
                "Sebagaimana diberitakan, Ketua Bawaslu, Muhammad, mengatakan lembaganya mendapat laporan dari PPATK.",
                "Muhammad",
            ),
            (
                "Seperti diberitakan, Menteri Keuangan Sri Mulyani mengatakan harga beras akan naik bulan depan.",
                "Sri Mulyani",
            ),
            (
                "Pengusaha tambang yang menjadi saksi, Hartono Lim, mengaku pernah bertemu terdakwa di sebuah hotel.",
                "Hartono Lim",
            ),
            (
                "“Kalau harga gabah terus jatuh, petani yang rugi,” kata Ketua Kelompok Tani Subur Makmur di Indramayu, Jawa Barat, Karsono.",
                "Karsono",
            ),
        ];
        for (text, name) in cases {
            let q = find_quotes(text, "id", &[], None);
            assert_eq!(q.len(), 1, "{text}");
            assert_eq!(q[0].speaker.kind, SpeakerKind::NamedPerson, "{text}");
            assert_eq!(q[0].speaker.name.as_deref(), Some(name), "{text}");
            assert!(!q[0].speaker.text.contains("diberitakan"), "{text}");
            assert_eq!(q[0].via, None, "{text}");
        }
    }

    /// "“…,” kata X seraya menambahkan …": what X adds is a second quote of X.
    #[test]
    fn seraya_adds_a_second_quote_of_the_same_speaker() {
        let got = found(
            "“Surat kendaraan itu sudah dicek di Samsat,” kata Brigadir Rudi seraya menambahkan bahwa dia membeli mobil itu secara sah.",
        );
        let speakers: Vec<(&str, &str)> = got
            .iter()
            .map(|(s, _, c)| (s.as_str(), c.as_str()))
            .collect();
        assert_eq!(
            speakers,
            [
                ("Brigadir Rudi", "Surat kendaraan itu sudah dicek di Samsat"),
                ("Brigadir Rudi", "dia membeli mobil itu secara sah"),
            ]
        );
    }

    #[test]
    fn a_law_or_data_closing_a_sentence_is_no_speaker() {
        for text in [
            "Perbuatan itu dilarang menurut Undang-Undang Nomor 5 Tahun 1999.",
            "Harga beras naik lima persen menurut data BPS.",
            "Kata sandi itu harus diganti setiap bulan.",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
    }

    /// The name behind an office whose name lists its fields, and behind an age in brackets.
    #[test]
    fn names_after_listed_offices_and_before_ages() {
        for (text, speaker, name) in [
            (
                "Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Abdul Muhari mengatakan, ketinggian air mencapai 1,5 meter.",
                "Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Abdul Muhari",
                "Abdul Muhari",
            ),
            (
                "Seorang warga Desa Cangkuang, Euis Sutini (45), mengaku air masuk ke rumahnya pukul 21.00.",
                "Seorang warga Desa Cangkuang, Euis Sutini",
                "Euis Sutini",
            ),
            (
                "Euis (45), warga Desa Cangkuang, mengatakan air masuk ke rumahnya pukul 21.00.",
                "Euis (45), warga Desa Cangkuang",
                "Euis",
            ),
        ] {
            let got = found(text);
            let first = got.first().map(|(s, n, _)| (s.as_str(), n.as_deref()));
            assert_eq!(first, Some((speaker, Some(name))), "{text}\n{got:?}");
        }
        // A role set off after the name may end in "itu" ("… di pasar itu"): it names the person, and
        // points back to no one.
        let q = find_quotes(
            "“Pasokan berkurang,” ungkap Haji Nurdin, pedagang beras yang berjualan di pasar itu, saat ditemui wartawan.",
            "id",
            &[],
            None,
        );
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.name.as_deref(), Some("Nurdin"));
        assert!(q[0].confidence > 0.5, "{q:?}");
    }

    #[test]
    fn speakers_before_long_lead_ins_and_after_asides() {
        for (text, speaker, content) in CASES {
            let got = found(text);
            let first = got.first().map(|(s, _, c)| (s.as_str(), c.as_str()));
            assert_eq!(first, Some((*speaker, *content)), "{text}\n{got:?}");
        }
    }
}
