//! Indonesian layouts of who said what, each from a real sentence shape: datelines, joined and passive cues,
//! quotes split by their cue, nested attributions, outlets and notes.

use crate::quote::*;
use warta_model::SpeakerKind;

/// (speaker as written, speaker kind, cue, kind, content) of each quote of an Indonesian text.
type Row<'a> = (&'a str, SpeakerKind, Option<&'a str>, QuoteKind, &'a str);

fn rows(text: &str) -> Vec<(String, SpeakerKind, Option<String>, QuoteKind, String)> {
    find_quotes(text, "id", &[], None)
        .into_iter()
        .map(|q| (q.speaker.text, q.speaker.kind, q.cue, q.kind, q.content))
        .collect()
}

fn check(cases: &[(&str, &[Row])]) {
    for (text, want) in cases {
        let want: Vec<_> = want
            .iter()
            .map(|(s, k, c, q, t)| (s.to_string(), *k, c.map(str::to_string), *q, t.to_string()))
            .collect();
        assert_eq!(rows(text), want, "{text}");
    }
}

use QuoteKind::{Direct, Indirect, Mixed};
use SpeakerKind::{NamedPerson, Organization, Outlet, Pronoun, RoleOrDescription};

/// A dateline and a time said in passing open the sentence but are no part of the speaker.
#[test]
fn datelines_and_times_stay_out_of_the_speaker() {
    check(&[
        (
            "Sekretaris setgab koalisi Syarief Hasan semalam mengungkapkan, posisi PKS di setgab sudah berakhir.",
            &[(
                "Sekretaris setgab koalisi Syarief Hasan",
                NamedPerson,
                Some("mengungkapkan"),
                Indirect,
                "posisi PKS di setgab sudah berakhir",
            )],
        ),
        (
            "Budi juga turut mendesak pemerintah agar segera membahas revisi undang-undang.",
            &[(
                "Budi",
                NamedPerson,
                Some("mendesak"),
                Indirect,
                "pemerintah agar segera membahas revisi undang-undang",
            )],
        ),
        // An adverb before the cue is never the speaker.
        (
            "Mereka mengecam tindakan pelaku, saling mengingatkan agar tetap waspada dalam bepergian.",
            &[],
        ),
        (
            "Alex lagi-lagi membantah menerima duit 2,5 persen dari total proyek.",
            &[(
                "Alex",
                NamedPerson,
                Some("membantah"),
                Indirect,
                "menerima duit 2,5 persen dari total proyek",
            )],
        ),
        (
            "JAKARTA, KOMPAS.com — Menteri Keuangan Sri Mulyani mengatakan defisit anggaran tetap terjaga.",
            &[(
                "Menteri Keuangan Sri Mulyani",
                NamedPerson,
                Some("mengatakan"),
                Indirect,
                "defisit anggaran tetap terjaga",
            )],
        ),
        (
            "BANGKAPOS.COM, PANGKALPINANG - Kapolres Budi Santoso menegaskan pihaknya akan menindak tegas pelaku.",
            &[(
                "Kapolres Budi Santoso",
                NamedPerson,
                Some("menegaskan"),
                Indirect,
                "pihaknya akan menindak tegas pelaku",
            )],
        ),
        // A place in title case with an outlet by its name.
        (
            "Jakarta, CNN Indonesia -- Komisi V DPR meminta pemerintah menunda kenaikan tarif KRL.",
            &[(
                "Komisi V DPR",
                Organization,
                Some("meminta"),
                Indirect,
                "pemerintah menunda kenaikan tarif KRL",
            )],
        ),
        (
            "Saat itu pengamat menyatakan persaingan sesungguhnya ditentukan oleh dua calon.",
            &[(
                "pengamat",
                RoleOrDescription,
                Some("menyatakan"),
                Indirect,
                "persaingan sesungguhnya ditentukan oleh dua calon",
            )],
        ),
    ]);
    // A dash after a sentence's first words is no dateline.
    assert_eq!(dateline_len("AS - Rusia sepakat"), 0);
    assert_eq!(dateline_len("Harga BBM - kata Budi - naik"), 0);
    assert_eq!(
        dateline_len("WASHINGTON (Reuters) - The"),
        "WASHINGTON (Reuters) - ".len()
    );
    assert_eq!(dateline_len("ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ"), 0);
}

/// A second verb joined by "namun", "lalu" or "kemudian" keeps the subject of the sentence, and the less
/// common verbs of telling count when a clause follows them.
#[test]
fn joined_and_less_common_cues() {
    check(&[
        (
            "Ia tidak menyebutkan nama korban namun mengatakan, pria itu berusia 22 tahun.",
            &[(
                "Ia",
                Pronoun,
                Some("mengatakan"),
                Indirect,
                "pria itu berusia 22 tahun",
            )],
        ),
        (
            "Budi tidak hadir kemudian mengatakan, warga menolak tambang.",
            &[(
                "Budi",
                NamedPerson,
                Some("mengatakan"),
                Indirect,
                "warga menolak tambang",
            )],
        ),
        (
            "Retno Marsudi pekan lalu mengatakan Indonesia siap menjadi tuan rumah.",
            &[(
                "Retno Marsudi",
                NamedPerson,
                Some("mengatakan"),
                Indirect,
                "Indonesia siap menjadi tuan rumah",
            )],
        ),
        (
            "Zulkarnain mencontohkan, pendapatan dari pasar itu sebesar Rp 240 juta setiap tahun.",
            &[(
                "Zulkarnain",
                NamedPerson,
                Some("mencontohkan"),
                Indirect,
                "pendapatan dari pasar itu sebesar Rp 240 juta setiap tahun",
            )],
        ),
        ("Polisi mengungkap kasus narkoba di Pangkalpinang.", &[]),
        ("Budi membocorkan rahasia perusahaan kepada pesaing.", &[]),
    ]);
}

/// Indonesian news keeps a quote split by its cue as two quotes of one speaker.
#[test]
fn a_quote_split_by_its_cue_is_two_quotes() {
    check(&[
        (
            "“Harga beras akan turun,” kata Budi Santoso, “karena panen tahun ini bagus.”",
            &[
                (
                    "Budi Santoso",
                    NamedPerson,
                    Some("kata"),
                    Direct,
                    "Harga beras akan turun",
                ),
                (
                    "Budi Santoso",
                    NamedPerson,
                    None,
                    Direct,
                    "karena panen tahun ini bagus.",
                ),
            ],
        ),
        (
            "“Kami tidak akan mundur,” kata Kapolres. “Semua pelaku akan kami tangkap.”",
            &[
                (
                    "Kapolres",
                    RoleOrDescription,
                    Some("kata"),
                    Direct,
                    "Kami tidak akan mundur",
                ),
                (
                    "Kapolres",
                    RoleOrDescription,
                    None,
                    Direct,
                    "Semua pelaku akan kami tangkap.",
                ),
            ],
        ),
        // Nobody named: the "-nya" speaks for both, a pronoun left unresolved.
        (
            "“Harga beras akan turun,” ujarnya. “Panen tahun ini sangat bagus.”",
            &[
                (
                    "ujarnya",
                    Pronoun,
                    Some("ujarnya"),
                    Direct,
                    "Harga beras akan turun",
                ),
                (
                    "ujarnya",
                    Pronoun,
                    None,
                    Direct,
                    "Panen tahun ini sangat bagus.",
                ),
            ],
        ),
    ]);
    // The English convention stays: one quote.
    let english = find_quotes(
        "“Prices will fall,” the minister said. “The harvest is good.”",
        "en",
        &[],
        None,
    );
    assert_eq!(english.len(), 1, "{english:?}");
}

/// Single quote marks, curly or straight, alone or doubled, mark a direct quote.
#[test]
fn single_quote_layouts() {
    let said = [(
        "Budi",
        NamedPerson,
        Some("kata"),
        Direct,
        "Kami tidak akan mundur dari kasus ini",
    )];
    for text in [
        "‘Kami tidak akan mundur dari kasus ini,’ kata Budi.",
        "‘’Kami tidak akan mundur dari kasus ini,’’ kata Budi.",
        "''Kami tidak akan mundur dari kasus ini,'' kata Budi.",
        "'Kami tidak akan mundur dari kasus ini,' kata Budi.",
    ] {
        check(&[(text, &said)]);
    }
    check(&[(
        "''Kami tidak akan mundur,'' kata Budi. ''Semua pelaku akan kami tangkap.''",
        &[
            (
                "Budi",
                NamedPerson,
                Some("kata"),
                Direct,
                "Kami tidak akan mundur",
            ),
            (
                "Budi",
                NamedPerson,
                None,
                Direct,
                "Semua pelaku akan kami tangkap.",
            ),
        ],
    )]);
}

/// A quote that ends in its own punctuation with its cue right after it, after words that are no cue;
/// a cue aside before a clause that opens with a name; short cues of shouting, whispering, joking.
#[test]
fn quotes_and_asides_cued_after_them() {
    check(&[
        (
            "Saat ditanya soal rencananya, pria itu memberi jawaban, “Besok aku mau lari pagi. Bebas!” katanya.",
            &[("katanya", Pronoun, Some("katanya"), Direct, "Besok aku mau lari pagi. Bebas!")],
        ),
        (
            "Ceritanya, kata pria tersebut, Fani pergi dengan kekasihnya entah ke mana.",
            &[("pria tersebut", RoleOrDescription, Some("kata"), Indirect, "Ceritanya, kata pria tersebut, Fani pergi dengan kekasihnya entah ke mana")],
        ),
        (
            "“Tolong, rumah kami terbakar!” teriak seorang warga.",
            &[("seorang warga", RoleOrDescription, Some("teriak"), Direct, "Tolong, rumah kami terbakar!")],
        ),
        (
            "“Jaga kesehatan selama perjalanan mudik,” pesannya.",
            &[("pesannya", Pronoun, Some("pesannya"), Direct, "Jaga kesehatan selama perjalanan mudik")],
        ),
    ]);
    // An appositive after the aside is no clause: "kata Budi, Ketua RT setempat".
    let q = find_quotes(
        "Harga beras naik lagi, kata Budi, Ketua RT setempat.",
        "id",
        &[],
        None,
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].content, "Harga beras naik lagi");
}

/// "Kata Budi, “…”", "Menurut dia, “…”": a short cue and its speaker opening the sentence lead into the
/// quote.
#[test]
fn a_cue_leading_into_a_quote() {
    check(&[
        (
            "Kata Budi, “Kami siap menghadapi pertandingan besok.”",
            &[(
                "Budi",
                NamedPerson,
                Some("Kata"),
                Direct,
                "Kami siap menghadapi pertandingan besok.",
            )],
        ),
        (
            "Menurut dia, “Semua pihak harus menahan diri.”",
            &[(
                "dia",
                Pronoun,
                Some("Menurut"),
                Direct,
                "Semua pihak harus menahan diri.",
            )],
        ),
        (
            "Sementara itu, kata Kapolres, “Pelaku masih kami buru.”",
            &[(
                "Kapolres",
                RoleOrDescription,
                Some("kata"),
                Direct,
                "Pelaku masih kami buru.",
            )],
        ),
    ]);
}

/// "menegaskan", "menjelaskan", "mengungkapkan" report a clause without "bahwa" when it has a subject and
/// a predicate of its own.
#[test]
fn a_clause_without_bahwa() {
    check(&[
        // "bekerja" is a ber- verb written with "be-".
        (
            "Anwar menegaskan lembaga itu bekerja secara independen.",
            &[(
                "Anwar",
                NamedPerson,
                Some("menegaskan"),
                Indirect,
                "lembaga itu bekerja secara independen",
            )],
        ),
        (
            "Kapolres menegaskan pihaknya akan menindak tegas setiap pelaku.",
            &[(
                "Kapolres",
                RoleOrDescription,
                Some("menegaskan"),
                Indirect,
                "pihaknya akan menindak tegas setiap pelaku",
            )],
        ),
        (
            "Ia menjelaskan pihaknya sudah menurunkan tim ke lokasi.",
            &[(
                "Ia",
                Pronoun,
                Some("menjelaskan"),
                Indirect,
                "pihaknya sudah menurunkan tim ke lokasi",
            )],
        ),
        (
            "Budi mengungkapkan dana bantuan itu belum cair sampai sekarang.",
            &[(
                "Budi",
                NamedPerson,
                Some("mengungkapkan"),
                Indirect,
                "dana bantuan itu belum cair sampai sekarang",
            )],
        ),
        // The subject's relative clause set off by commas.
        (
            "Levy menegaskan Tottenham, yang finis kedua musim lalu, tidak akan menjual pemain.",
            &[(
                "Levy",
                NamedPerson,
                Some("menegaskan"),
                Indirect,
                "Tottenham, yang finis kedua musim lalu, tidak akan menjual pemain",
            )],
        ),
        (
            "Happy menegaskan kesepakatan itu tentu ada.",
            &[(
                "Happy",
                NamedPerson,
                Some("menegaskan"),
                Indirect,
                "kesepakatan itu tentu ada",
            )],
        ),
        (
            "Menteri itu menegaskan tidak akan mundur dari jabatannya.",
            &[(
                "Menteri itu",
                RoleOrDescription,
                Some("menegaskan"),
                Indirect,
                "tidak akan mundur dari jabatannya",
            )],
        ),
    ]);
}

/// Passive cues inside a sentence, and "Hal itu dikatakan X" after what X said.
#[test]
fn passive_cues_in_mid_sentence() {
    check(&[
        (
            "Dijelaskannya, pembangunan jembatan itu akan selesai tahun depan.",
            &[("Dijelaskannya", Pronoun, Some("Dijelaskannya"), Indirect, "pembangunan jembatan itu akan selesai tahun depan")],
        ),
        (
            "Budi Santoso meninjau lokasi banjir di Bekasi. Lebih lanjut dikatakannya, program itu akan dilanjutkan tahun depan.",
            &[("Budi Santoso", NamedPerson, Some("dikatakannya"), Indirect, "program itu akan dilanjutkan tahun depan")],
        ),
        (
            "Harga beras akan turun bulan depan. Hal itu dikatakan Kepala Dinas Perdagangan, Rizky, di Jakarta, Senin.",
            &[("Kepala Dinas Perdagangan, Rizky", NamedPerson, Some("dikatakan"), Indirect, "Harga beras akan turun bulan depan")],
        ),
        (
            "Harga beras akan turun bulan depan. Hal tersebut juga ditegaskan Menteri Perdagangan Budi Santoso.",
            &[("Menteri Perdagangan Budi Santoso", NamedPerson, Some("ditegaskan"), Indirect, "Harga beras akan turun bulan depan")],
        ),
        (
            "“Harga beras akan turun bulan depan.” Hal itu disampaikan Menteri Perdagangan Budi Santoso di Jakarta.",
            &[("Menteri Perdagangan Budi Santoso", NamedPerson, Some("disampaikan"), Direct, "Harga beras akan turun bulan depan.")],
        ),
        // Other nouns of saying, and "Begitu" for "Demikian", after a quote.
        (
            "“Sudah berkali-kali kami laporkan lampu jalan mati.” Keluhan itu disampaikan Rudi Hartono, warga Desa Banaran.",
            &[("Rudi Hartono", NamedPerson, Some("disampaikan"), Direct, "Sudah berkali-kali kami laporkan lampu jalan mati.")],
        ),
        (
            "“Daya beli sedang tertekan.” Begitu kata ekonom Fikri Rahmatullah di Jakarta.",
            &[("ekonom Fikri Rahmatullah", NamedPerson, Some("Begitu kata"), Direct, "Daya beli sedang tertekan.")],
        ),
        (
            "“Saya lihat ada asap dari atap bengkel.” Begitu penuturan Heri Kusnadi, tetangga bengkel.",
            &[("Heri Kusnadi", NamedPerson, Some("Begitu penuturan"), Direct, "Saya lihat ada asap dari atap bengkel.")],
        ),
        (
            "Stok beras aman hingga Lebaran. Demikian penjelasan Kepala Gudang Andi Saputra.",
            &[("Kepala Gudang Andi Saputra", NamedPerson, Some("Demikian penjelasan"), Indirect, "Stok beras aman hingga Lebaran")],
        ),
        // "Begitu" opening a time clause sums nothing up.
        ("“Rapat dimulai.” Begitu Budi tiba, semua diam.", &[]),
        (
            "Penertiban reklame kali ini dikatakan Rizky sengaja menggunakan las.",
            &[("Rizky", NamedPerson, Some("dikatakan"), Indirect, "Penertiban reklame kali ini dikatakan Rizky sengaja menggunakan las")],
        ),
        (
            "Penertiban reklame kali ini, dikatakan Rizky, sengaja menggunakan las.",
            &[("Rizky", NamedPerson, Some("dikatakan"), Indirect, "Penertiban reklame kali ini, dikatakan Rizky, sengaja menggunakan las")],
        ),
    ]);
    // "Hal senada disampaikan X": X said something like it, and a "-nya" after it points to X.
    let q = find_quotes(
        "Hal senada disampaikan Banfatin. Menurutnya, partisipasi orang tua masih rendah.",
        "id",
        &[],
        None,
    );
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].content, "Hal senada");
    assert_eq!(q[1].speaker.name.as_deref(), Some("Banfatin"));
}

/// A statement reported inside a quote or inside another statement is an attribution of its own; the
/// quote's own voice and speech supposed are not.
#[test]
fn attributions_nested_inside_others() {
    check(&[
        (
            "“Kami sudah memeriksa tiga saksi. Menurut dokter, korban tewas karena kehabisan darah,” kata Kapolres.",
            &[
                ("Kapolres", RoleOrDescription, Some("kata"), Direct, "Kami sudah memeriksa tiga saksi. Menurut dokter, korban tewas karena kehabisan darah"),
                ("dokter", RoleOrDescription, Some("Menurut"), Indirect, "korban tewas karena kehabisan darah"),
            ],
        ),
        (
            "Menurut Frans, Gubernur juga mengatakan pembangunan pelabuhan akan dimulai tahun depan.",
            &[
                ("Frans", NamedPerson, Some("Menurut"), Indirect, "Gubernur juga mengatakan pembangunan pelabuhan akan dimulai tahun depan"),
                ("Gubernur", RoleOrDescription, Some("mengatakan"), Indirect, "pembangunan pelabuhan akan dimulai tahun depan"),
            ],
        ),
        (
            "“Kami memperingatkan warga agar tidak mendekati kawah,” kata Kepala PVMBG.",
            &[("Kepala PVMBG", RoleOrDescription, Some("kata"), Direct, "Kami memperingatkan warga agar tidak mendekati kawah")],
        ),
        (
            "“Sejak awal kami menyatakan siap mengikuti pemilu,” ujar Sekjen PPP.",
            &[("Sekjen PPP", RoleOrDescription, Some("ujar"), Direct, "Sejak awal kami menyatakan siap mengikuti pemilu")],
        ),
        // In reported speech "ia" is the reporter again.
        (
            "Menurut dia, jika Pemprov kekurangan dana, ia menyarankan agar meminjam dana dari bank.",
            &[("dia", Pronoun, Some("Menurut"), Indirect, "jika Pemprov kekurangan dana, ia menyarankan agar meminjam dana dari bank")],
        ),
        (
            "“Kalau atasan mengatakan mundur, saya siap mundur kapan saja,” ujar Budi.",
            &[("Budi", NamedPerson, Some("ujar"), Direct, "Kalau atasan mengatakan mundur, saya siap mundur kapan saja")],
        ),
    ]);
    // The nested speaker is not the one a following "-nya" points back to.
    let q = find_quotes(
        "“Menurut dokter, korban tewas karena kehabisan darah,” kata Kapolres. “Pelaku masih kami buru,” tambahnya.",
        "id",
        &[],
        None,
    );
    assert_eq!(
        q.last().map(|q| q.speaker.text.as_str()),
        Some("Kapolres"),
        "{q:?}"
    );
}

/// A sentence given alone: a pronoun or a "-nya" cue is a pronoun speaker, an outlet an outlet.
#[test]
fn single_sentences_name_pronouns_and_outlets() {
    check(&[
        (
            "Dia mengatakan harga beras akan turun bulan depan.",
            &[(
                "Dia",
                Pronoun,
                Some("mengatakan"),
                Indirect,
                "harga beras akan turun bulan depan",
            )],
        ),
        (
            "“Kami akan segera memeriksa saksi,” katanya.",
            &[(
                "katanya",
                Pronoun,
                Some("katanya"),
                Direct,
                "Kami akan segera memeriksa saksi",
            )],
        ),
        (
            "Menurutnya, harga beras akan turun bulan depan.",
            &[(
                "Menurutnya",
                Pronoun,
                Some("Menurutnya"),
                Indirect,
                "harga beras akan turun bulan depan",
            )],
        ),
        (
            "Kompas.com melaporkan, tiga orang tewas dalam kecelakaan itu.",
            &[(
                "Kompas.com",
                Outlet,
                Some("melaporkan"),
                Indirect,
                "tiga orang tewas dalam kecelakaan itu",
            )],
        ),
        (
            "Antara melaporkan pesawat itu jatuh ke laut di dekat Pulau Seribu.",
            &[(
                "Antara",
                Outlet,
                Some("melaporkan"),
                Indirect,
                "pesawat itu jatuh ke laut di dekat Pulau Seribu",
            )],
        ),
        (
            "Polda Metro Jaya menyatakan tiga tersangka sudah ditahan.",
            &[(
                "Polda Metro Jaya",
                Organization,
                Some("menyatakan"),
                Indirect,
                "tiga tersangka sudah ditahan",
            )],
        ),
    ]);
    let q = find_quotes(
        "“Kami akan segera memeriksa saksi,” katanya.",
        "id",
        &[],
        None,
    );
    assert_eq!(q[0].speaker.antecedent, None);
}
/// Cue verbs and layouts of Indonesian news beyond the ones the DSLCC paragraphs show often: "-nya" and
/// passive cues set off inside or at the head of a sentence, verbs with a clause and no "bahwa", a channel
/// between the speaker and the cue, outlet notes after a clause, a name in apposition after a role, and
/// requests, admissions and questions.
#[test]
fn widened_cues_and_layouts() {
    check(&[
        (
            "Panitia, ujarnya lagi, sudah menyiapkan 40 ruang kelas untuk ujian.",
            &[("ujarnya", Pronoun, Some("ujarnya"), Indirect, "Panitia, ujarnya lagi, sudah menyiapkan 40 ruang kelas untuk ujian")],
        ),
        (
            "Katanya, jalan menuju desa itu tergenang banjir sejak pagi.",
            &[("Katanya", Pronoun, Some("Katanya"), Indirect, "jalan menuju desa itu tergenang banjir sejak pagi")],
        ),
        (
            "Ditambahkannya, posko pengungsian dibuka hingga akhir bulan.",
            &[("Ditambahkannya", Pronoun, Some("Ditambahkannya"), Indirect, "posko pengungsian dibuka hingga akhir bulan")],
        ),
        (
            "Dikatakan Ketua Koperasi Tani Makmur, Suparno, harga pupuk naik dua kali lipat.",
            &[("Ketua Koperasi Tani Makmur, Suparno", NamedPerson, Some("Dikatakan"), Indirect, "harga pupuk naik dua kali lipat")],
        ),
        (
            "Bupati menyebut produksi padi tahun ini turun 15 persen.",
            &[("Bupati", RoleOrDescription, Some("menyebut"), Indirect, "produksi padi tahun ini turun 15 persen")],
        ),
        (
            "Polda Metro Jaya melalui keterangan tertulis menyampaikan bahwa dua pelaku sudah ditangkap.",
            &[("Polda Metro Jaya", Organization, Some("menyampaikan"), Indirect, "dua pelaku sudah ditangkap")],
        ),
        (
            "Gempa berkekuatan 5,2 mengguncang Cianjur pada Senin pagi, seperti dikutip dari Antara, Senin (5/2).",
            &[("Antara", Outlet, Some("dikutip"), Indirect, "Gempa berkekuatan 5,2 mengguncang Cianjur pada Senin pagi")],
        ),
        (
            "Seorang penonton berteriak “Wasit curang!” sebelum diamankan petugas.",
            &[("Seorang penonton", RoleOrDescription, Some("berteriak"), Direct, "Wasit curang!")],
        ),
        (
            "Ketua RT menyebut pelaku sebagai “pemain lama” di kawasan itu.",
            &[("Ketua RT", RoleOrDescription, Some("menyebut"), Mixed, "pelaku sebagai “pemain lama” di kawasan itu")],
        ),
        (
            "“Stok beras aman sampai Lebaran,” kata Kepala Bulog Jawa Timur, Andi Wijaya, kepada wartawan.",
            &[("Kepala Bulog Jawa Timur, Andi Wijaya", NamedPerson, Some("kata"), Direct, "Stok beras aman sampai Lebaran")],
        ),
        (
            "“Kunjungan wisatawan naik,” ujar Kepala Dinas Kebudayaan dan Pariwisata Bali, Made Sura.",
            &[("Kepala Dinas Kebudayaan dan Pariwisata Bali, Made Sura", NamedPerson, Some("ujar"), Direct, "Kunjungan wisatawan naik")],
        ),
        (
            "Menurut Ketua Panitia, Rina Lestari, pendaftaran dibuka hingga akhir bulan.",
            &[("Ketua Panitia, Rina Lestari", NamedPerson, Some("Menurut"), Indirect, "pendaftaran dibuka hingga akhir bulan")],
        ),
        (
            "Kapolres memastikan dua pelaku sudah ditangkap, tetapi enggan menyebut identitas mereka.",
            &[("Kapolres", RoleOrDescription, Some("memastikan"), Indirect, "dua pelaku sudah ditangkap")],
        ),
        (
            "Penyanyi itu mengumumkan pernikahannya akan digelar bulan depan melalui akun Instagram pribadinya, Sabtu (9/3).",
            &[("Penyanyi itu", RoleOrDescription, Some("mengumumkan"), Indirect, "pernikahannya akan digelar bulan depan")],
        ),
        (
            "Sekolah akan ditutup selama dua pekan, tegasnya dalam rapat dengan orang tua murid.",
            &[("tegasnya", Pronoun, Some("tegasnya"), Indirect, "Sekolah akan ditutup selama dua pekan")],
        ),
        (
            "Dua kapal nelayan tenggelam di perairan Natuna, mengutip laporan Kompas.",
            &[("Kompas", Outlet, Some("mengutip"), Indirect, "Dua kapal nelayan tenggelam di perairan Natuna")],
        ),
        (
            "Seorang warga bertanya mengapa bantuan belum juga cair.",
            &[("Seorang warga", RoleOrDescription, Some("bertanya"), Indirect, "mengapa bantuan belum juga cair")],
        ),
        (
            "Ditanya soal target, Budi menjawab singkat, “Kami siap bertanding kapan saja.”",
            &[("Budi", NamedPerson, Some("menjawab"), Direct, "Kami siap bertanding kapan saja.")],
        ),
        (
            "Kapolres mengingatkan warga agar tidak menyalakan petasan saat malam takbiran.",
            &[("Kapolres", RoleOrDescription, Some("mengingatkan"), Indirect, "warga agar tidak menyalakan petasan saat malam takbiran")],
        ),
        (
            "Tersangka itu mengaku menjual sabu kepada teman-temannya.",
            &[("Tersangka itu", RoleOrDescription, Some("mengaku"), Indirect, "menjual sabu kepada teman-temannya")],
        ),
        (
            "Terdakwa itu mengakui menerima uang Rp 2 miliar, tetapi berkilah uang itu merupakan pinjaman.",
            &[
                ("Terdakwa itu", RoleOrDescription, Some("mengakui"), Indirect, "menerima uang Rp 2 miliar"),
                ("Terdakwa itu", RoleOrDescription, Some("berkilah"), Indirect, "uang itu merupakan pinjaman"),
            ],
        ),
        // Without a comma, a turn to the same speaker's second verb of saying, an adverb perhaps between.
        (
            "Pemerintah Suriah mengatakan pihaknya akan menghentikan operasi militer namun juga mengatakan bahwa pihaknya tetap dapat membalas serangan.",
            &[
                ("Pemerintah Suriah", Organization, Some("mengatakan"), Indirect, "pihaknya akan menghentikan operasi militer"),
                ("Pemerintah Suriah", Organization, Some("mengatakan"), Indirect, "pihaknya tetap dapat membalas serangan"),
            ],
        ),
        (
            "Moskwa mengklaim sasaran serangan itu gudang senjata, sementara otoritas setempat menyebut tiga warga tewas di lokasi.",
            &[
                ("Moskwa", NamedPerson, Some("mengklaim"), Indirect, "sasaran serangan itu gudang senjata"),
                ("otoritas setempat", Organization, Some("menyebut"), Indirect, "tiga warga tewas di lokasi"),
            ],
        ),
        (
            "Menteri itu menegaskan bantuan akan segera dikirim dalam jumpa pers di Jakarta.",
            &[("Menteri itu", RoleOrDescription, Some("menegaskan"), Indirect, "bantuan akan segera dikirim")],
        ),
        (
            "Ia bilang tengkulak sudah datang ke sawah setiap hari.",
            &[("Ia", Pronoun, Some("bilang"), Indirect, "tengkulak sudah datang ke sawah setiap hari")],
        ),
        (
            "Ia berkilah uang itu merupakan pinjaman pribadi.",
            &[("Ia", Pronoun, Some("berkilah"), Indirect, "uang itu merupakan pinjaman pribadi")],
        ),
    ]);
}

/// Round two: clauses after "menyebut"/"memastikan" whose subject carries a relative clause or whose
/// predicate has no verb prefix, "Kata X, …" opening a sentence, and names with abbreviated titles.
#[test]
fn clauses_openings_and_abbreviated_names() {
    check(&[
        (
            "Kepala sekolah menyebut fenomena itu terjadi tiga tahun berturut-turut.",
            &[("Kepala sekolah", RoleOrDescription, Some("menyebut"), Indirect, "fenomena itu terjadi tiga tahun berturut-turut")],
        ),
        (
            "Penasihat hukum keluarga, Yosef Lumban, menyebut ada kejanggalan dalam hasil visum.",
            &[("Penasihat hukum keluarga, Yosef Lumban", NamedPerson, Some("menyebut"), Indirect, "ada kejanggalan dalam hasil visum")],
        ),
        (
            "Ia memastikan warga yang rumahnya terbakar akan mendapat bantuan sementara.",
            &[("Ia", Pronoun, Some("memastikan"), Indirect, "warga yang rumahnya terbakar akan mendapat bantuan sementara")],
        ),
        (
            "Kata dia, pembeli kini lebih banyak memilih beras medium.",
            &[("dia", Pronoun, Some("Kata"), Indirect, "pembeli kini lebih banyak memilih beras medium")],
        ),
        (
            "Pasien itu, kata Direktur RSUD dr. Ratna Sari, sudah boleh pulang besok.",
            &[("Direktur RSUD dr. Ratna Sari", NamedPerson, Some("kata"), Indirect, "Pasien itu, kata Direktur RSUD dr. Ratna Sari, sudah boleh pulang besok")],
        ),
        // A relative clause with its own verb describes the speaker and stays in the phrase; a negation
        // inside it does not negate the cue.
        (
            "Dua sumber yang mengetahui rencana itu mengatakan harga gas akan dinaikkan bulan depan.",
            &[("Dua sumber yang mengetahui rencana itu", SpeakerKind::Anonymous, Some("mengatakan"), Indirect, "harga gas akan dinaikkan bulan depan")],
        ),
        (
            "Seorang pejabat yang meminta namanya tidak dipublikasikan mengatakan bahwa rapat kabinet ditunda.",
            &[("Seorang pejabat yang meminta namanya tidak dipublikasikan", SpeakerKind::Anonymous, Some("mengatakan"), Indirect, "rapat kabinet ditunda")],
        ),
        // A connective head ties the statement to the story; it is not what was said.
        (
            "Selain itu, kata Budi, warga diminta tetap waspada.",
            &[("Budi", NamedPerson, Some("kata"), Indirect, "warga diminta tetap waspada")],
        ),
        (
            "Setelah diperiksa, lanjut Kapolsek, polisi menemukan dua paket sabu.",
            &[("Kapolsek", RoleOrDescription, Some("lanjut"), Indirect, "polisi menemukan dua paket sabu")],
        ),
    ]);
}

#[test]
fn outlets_notes_and_closing_initials() {
    check(&[
        // An outlet reports with "mengabarkan" and "melansir" too.
        (
            "Reuters mengabarkan, pemerintah Jepang akan menaikkan pajak konsumsi tahun depan.",
            &[("Reuters", SpeakerKind::Outlet, Some("mengabarkan"), Indirect, "pemerintah Jepang akan menaikkan pajak konsumsi tahun depan")],
        ),
        // A note after the speaker names the outlet, not the speaker; after a "-nya" cue as well.
        (
            "Kami tidak terlibat dalam penyelundupan itu, ujar Budi dikutip Antara.",
            &[("Budi", NamedPerson, Some("ujar"), Indirect, "Kami tidak terlibat dalam penyelundupan itu")],
        ),
        (
            "Kami tidak terlibat dalam penyelundupan itu, ujarnya dinukil The Guardian.",
            &[("ujarnya", Pronoun, Some("ujarnya"), Indirect, "Kami tidak terlibat dalam penyelundupan itu")],
        ),
        // The editor's initials close the article, not the statement.
        (
            "Harga beras akan turun bulan depan, katanya. (Iam)",
            &[("katanya", Pronoun, Some("katanya"), Indirect, "Harga beras akan turun bulan depan")],
        ),
        (
            "Rusia akan mengirim 271 atlet ke Rio, seperti disampaikan oleh Komite Olimpiade Internasional.",
            &[("Komite Olimpiade Internasional", SpeakerKind::Organization, Some("disampaikan oleh"), Indirect, "Rusia akan mengirim 271 atlet ke Rio")],
        ),
        (
            "Pasalnya, dia menjelaskan, hasil audit BPK menemukan sejumlah nama yang diduga terlibat.",
            &[("dia", Pronoun, Some("menjelaskan"), Indirect, "hasil audit BPK menemukan sejumlah nama yang diduga terlibat")],
        ),
        // A dateline is no speaker; a name that runs on after a passive cue opens no clause.
        ("Tokyo - Micom: sebuah badai dahsyat menghantam Jepang.", &[]),
        // "Hal itu disampaikan oleh X" with nothing before it: "Hal itu" stands for what X said.
        (
            "Hal itu disampaikan oleh Wakil Rektor UGM bidang riset Retno Sudibyo saat memaparkan masukan.",
            &[("Wakil Rektor UGM bidang riset Retno Sudibyo", NamedPerson, Some("disampaikan oleh"), Indirect, "Hal itu")],
        ),
        (
            "Hal itu dikatakan Ellen saat berbincang dengan wartawan di Jakarta, Senin.",
            &[("Ellen", NamedPerson, Some("dikatakan"), Indirect, "Hal itu")],
        ),
        // Someone else's words before it: "Hal itu" is what the second speaker said of them.
        (
            "Kementerian Keuangan menyatakan defisit mencapai Rp 309 triliun. Hal itu disampaikan Wakil Menteri Keuangan Rudianto Halim.",
            &[
                ("Kementerian Keuangan", Organization, Some("menyatakan"), Indirect, "defisit mencapai Rp 309 triliun"),
                ("Wakil Menteri Keuangan Rudianto Halim", NamedPerson, Some("disampaikan"), Indirect, "Hal itu"),
            ],
        ),
        ("Kabar itu dikonfirmasi oleh Wakil Ketua Umum partai, Yanto Suhendar.", &[]),
        // A note set off inside the sentence, or closing it with "seperti yang" or "demikian", credits
        // the outlet.
        (
            "Barbie ini, dilansir Artnet News, dibanderol dengan harga Rp 10 juta.",
            &[("Artnet News", Outlet, Some("dilansir"), Indirect, "Barbie ini, dilansir Artnet News, dibanderol dengan harga Rp 10 juta")],
        ),
        (
            "Harga minyak, seperti dilansir Reuters, naik tajam pekan ini.",
            &[("Reuters", Outlet, Some("seperti dilansir"), Indirect, "Harga minyak, seperti dilansir Reuters, naik tajam pekan ini")],
        ),
        // A bracket after the outlet's name is no part of it.
        (
            "Harga minyak naik tajam pekan ini, seperti dilansir Reuters (27/4).",
            &[("Reuters", Outlet, Some("dilansir"), Indirect, "Harga minyak naik tajam pekan ini")],
        ),
        // "seperti dijelaskan WHO" names its speaker as any passive of saying does.
        (
            "Apabila status darurat ditetapkan, seperti dijelaskan WHO, maka seluruh anggota harus bekerja sama.",
            &[("WHO", Organization, Some("dijelaskan"), Indirect, "Apabila status darurat ditetapkan, seperti dijelaskan WHO, maka seluruh anggota harus bekerja sama")],
        ),
        // A site named by its medium and owner in lower case is the source.
        (
            "Dikutip dari laman resmi kementerian, tema peringatan tahun ini adalah keluarga sehat.",
            &[("laman resmi kementerian", RoleOrDescription, Some("Dikutip dari"), Indirect, "tema peringatan tahun ini adalah keluarga sehat")],
        ),
        (
            "Dituliskan Shifting-gear, motor konsep Yamaha ini akan menemani Tricity.",
            &[("Shifting-gear", Outlet, Some("Dituliskan"), Indirect, "motor konsep Yamaha ini akan menemani Tricity")],
        ),
        (
            "Mereka bukan menggunakan kuda, tetapi yak, seperti yang dilaporkan The Express Tribune.",
            &[("The Express Tribune", Outlet, Some("dilaporkan"), Indirect, "Mereka bukan menggunakan kuda, tetapi yak")],
        ),
        ("Riant Nugroho, dilansir Katadata.co.id, mengamini kualitas teh impor itu.", &[]),
        // A long subject before an aside is said too; a preposition opens a circumstance instead.
        (
            "Alasan konvensi hanya di tingkat pusat, katanya lagi, untuk menghemat biaya.",
            &[("katanya", Pronoun, Some("katanya"), Indirect, "Alasan konvensi hanya di tingkat pusat, katanya lagi, untuk menghemat biaya")],
        ),
        // A supposed statement, and a "source" that runs into a clause, are none.
        ("Karena itu, konyol jika Palestina mengklaim kota tersebut sebagai ibu kota.", &[]),
        ("Menurut tim juri mereka layak karena bentuknya bagus, unik, dan sesuai tema.", &[]),
        (
            "Pemerintah Australia menegaskan takkan terintimidasi oleh temuan Amnesty International.",
            &[("Pemerintah Australia", SpeakerKind::Organization, Some("menegaskan"), Indirect, "takkan terintimidasi oleh temuan Amnesty International")],
        ),
        // Requests of people with "untuk", convictions with "yakin", a clause after "memang".
        (
            "Wali Kota Rusdy Mastura meminta aparat kepolisian untuk bertindak tegas.",
            &[("Wali Kota Rusdy Mastura", NamedPerson, Some("meminta"), Indirect, "aparat kepolisian untuk bertindak tegas")],
        ),
        ("Warga meminta uang untuk membeli beras.", &[]),
        (
            "Ia yakin partai koalisi pasti akan diajak bicara.",
            &[("Ia", Pronoun, Some("yakin"), Indirect, "partai koalisi pasti akan diajak bicara")],
        ),
        (
            "Kerr mengakui pertahanan Warriors memang buruk pada laga ini.",
            &[("Kerr", NamedPerson, Some("mengakui"), Indirect, "pertahanan Warriors memang buruk pada laga ini")],
        ),
        // A day before the subject, a reply, a rumour, a plan and the first person of unmarked speech.
        (
            "Kamis (28/12) dia mengungkapkan bahwa Yerusalem adalah bagian dari Israel.",
            &[("dia", Pronoun, Some("mengungkapkan"), Indirect, "Yerusalem adalah bagian dari Israel")],
        ),
        (
            "Calderwood membalas: \"Saya akan melihat ada ide apa.\"",
            &[("Calderwood", NamedPerson, Some("membalas"), Direct, "Saya akan melihat ada ide apa.")],
        ),
        ("Dua kader itu membantah isu yang mengatakan mereka akan masuk kabinet.", &[("Dua kader itu", RoleOrDescription, Some("membantah"), Indirect, "isu yang mengatakan mereka akan masuk kabinet")]),
        ("Kelima wilayah tersebut akan meminta bantuan keuangan dari pemerintah pusat.", &[]),
        (
            "Menurut aku, kalau kita jadi warga yang baik, teman kita akan mengikuti, tutup Raisa.",
            &[("Raisa", NamedPerson, Some("tutup"), Indirect, "Menurut aku, kalau kita jadi warga yang baik, teman kita akan mengikuti")],
        ),
        // What someone said about a statement is theirs, not passed on from the statement.
        (
            "Ia mengatakan pertemuan kemarin membantah adanya ketegangan di antara mereka.",
            &[("Ia", Pronoun, Some("mengatakan"), Indirect, "pertemuan kemarin membantah adanya ketegangan di antara mereka")],
        ),
        // A statement issued with "bahwa"; a source written without its comma.
        (
            "Presiden membuat pernyataan resmi bahwa pemerintah tidak akan menaikkan harga BBM tahun ini.",
            &[("Presiden", RoleOrDescription, Some("membuat pernyataan resmi"), Indirect, "pemerintah tidak akan menaikkan harga BBM tahun ini")],
        ),
        ("Ia tidak membuat pernyataan bahwa harga akan naik.", &[]),
        (
            "Menurut Budi harga beras akan naik bulan depan.",
            &[("Budi", NamedPerson, Some("Menurut"), Indirect, "harga beras akan naik bulan depan")],
        ),
        ("Menurut data BPS inflasi naik 3 persen.", &[]),
        // Translated news drops the comma before a closing "kata X"; a word after "kata" is no speaker.
        (
            "Tembakan dilepaskan ke arah petugas, tetapi tidak ada yang terluka kata polisi.",
            &[("polisi", Organization, Some("kata"), Indirect, "Tembakan dilepaskan ke arah petugas, tetapi tidak ada yang terluka")],
        ),
        ("Ia menjelaskan arti kata demokrasi.", &[]),
        // An adverb opens a predicate, not a speaker; going on with a thing is not going on speaking.
        ("Namun, Bernie Sanders, pesaingnya, masih keukeuh melanjutkan kampanye dan seakan menjadi kerikil.", &[]),
        // Denied after an adverb, spoken by a law, or hearsay: no statement.
        ("Tetapi, Hamas tak lagi mengakui legitimasi pemerintahan itu.", &[]),
        ("Nah, Pasal 156 pun menyebutkan hukuman penjara paling lama empat tahun.", &[]),
        ("Menurut spekulasi dia telah diserang dengan peluru kendali.", &[]),
    ]);
}

#[test]
fn hal_itu_opening_a_paragraph_points_to_the_paragraph_before() {
    let text = "Pemerintah akan menambah anggaran subsidi pupuk tahun depan.\n\n\
                Hal itu disampaikan Camat Cilandak, Fadli Ramadhan, di Jakarta, Senin.";
    let q = find_quotes(text, "id", &[], None);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.text, "Camat Cilandak, Fadli Ramadhan");
    assert_eq!(
        q[0].content,
        "Pemerintah akan menambah anggaran subsidi pupuk tahun depan"
    );
    // The paragraph before is someone else's words: "Hal itu" stands for what was said.
    let text = "“Kami siap,” kata Budi.\n\n\
                Hal itu disampaikan Camat Cilandak, Fadli Ramadhan, di Jakarta, Senin.";
    let q = find_quotes(text, "id", &[], None);
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].content, "Hal itu");
}
