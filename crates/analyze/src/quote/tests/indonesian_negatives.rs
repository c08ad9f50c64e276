//! Indonesian words that look like cues but report no speech ("kata kunci", "sebut saja"): no quote.

use crate::quote::*;

const NOT_SPEECH: &[&str] = &[
    // Nobody said it.
    "Namun, tak satu pun dari mereka memaparkan rincian anggaran program itu.",
    // Aid handed over is no feeling expressed.
    "Ia menyampaikan bantuan kepada korban banjir.",
    "Film itu mengisahkan perjuangan masyarakat adat di Kalimantan Tengah mempertahankan hutan mereka.",
    "Papan tersebut menginformasikan bahwa tempat itu merupakan lokasi syuting film “Laskar Pelangi”.",
    "Kata kunci dalam kebijakan itu adalah transparansi anggaran daerah.",
    "Kata-kata kasar pejabat itu memicu kemarahan warga di media sosial.",
    "Dalam kata lain, pemerintah harus menambah anggaran subsidi tahun ini.",
    "Ia tidak mengucapkan satu kata pun selama sidang berlangsung.",
    "Acara dibuka pukul 09.00 WIB, kata sambutan disampaikan oleh Bupati Sleman.",
    "Setelah perundingan panjang, kedua pihak akhirnya mencapai kata sepakat.",
    "Seorang pedagang di pasar itu, sebut saja Ani, kehilangan separuh pendapatannya.",
    "Sebut saja Budi, pedagang sayur yang kehilangan separuh pendapatannya sejak pasar terbakar.",
    "Kelompok yang disebut sebagai sayap militer itu telah dibubarkan pada 2019.",
    "Menurut data BPS, angka kemiskinan turun menjadi 9,36 persen pada Maret 2023.",
    "Menurut hasil survei Litbang Kompas, elektabilitas partai itu naik dua persen.",
    "Angka pengangguran terbuka turun tipis, menurut data Badan Pusat Statistik.",
    "Menurut jadwal, sidang lanjutan perkara itu digelar pekan depan.",
    "Ungkapan itu sering dipakai para pejabat untuk menghindari pertanyaan wartawan.",
    "Tambahan anggaran itu akan digunakan untuk memperbaiki jalan desa.",
    "Aturannya sudah jelas, setiap kendaraan wajib membayar pajak tepat waktu.",
    "Harga cabai naik tajam, jelas terlihat dari antrean pembeli di pasar induk.",
    "Bagi warga, aturannya tidak jelas, sehingga banyak yang enggan mendaftar.",
    "Petugas menjelaskan dengan jelas prosedur pendaftaran kepada calon jemaah.",
    // A marker right after "yang" belongs to the relative clause: a thing, not a statement.
    "Ia menjelaskan langkah yang harus diambil warga sebelum mendaftar.",
    "Budi menyebut jumlah lowongan yang terbuka bagi lulusan baru.",
    // A stance with a thing after it, not a clause.
    "Pemerintah daerah mengecam keras tindakan para pelaku pembakaran itu.",
    "Ketua partai itu menyayangkan keputusan pengadilan negeri.",
    // "Kata" before a noun that is not a person is the noun "word".
    "Kata Pengantar buku itu ditulis langsung oleh rektor.",
    "Kata sambutan Bupati dibacakan oleh sekretaris daerah.",
    // A speaker who did not say it: the negation is the cue's, not a relative clause's.
    "Pejabat itu tidak mengatakan apa pun soal rencana kenaikan harga.",
    "Pemerintah mengambil sikap tegas terhadap perusahaan yang mencemari sungai.",
    "Secara tegas, aparat menindak pelaku pembalakan liar di kawasan hutan lindung.",
    "Jalan itu kini terang, lampu jalan baru dipasang di sepanjang jalur mudik.",
    "Ia secara terang-terangan menolak rencana pembangunan pabrik semen itu.",
    "Ucapan selamat mengalir dari berbagai kalangan setelah tim nasional menang.",
    "Warga mengenal dia sebagai sosok yang santun, tutur katanya lembut dan ramah.",
    "Cerita itu beredar luas di media sosial sejak pekan lalu.",
    "Apakah presiden mengatakan bahwa harga BBM akan naik tahun depan?",
    "Juru bicara itu tidak mengatakan kapan harga beras akan turun.",
    "Presiden tidak pernah mengatakan bahwa ia akan mundur dari jabatannya.",
    "Warga desa itu disebut sebagai “pahlawan” oleh para pendaki yang selamat.",
    "Film “Dua Garis Biru” meraih tiga penghargaan dalam festival itu.",
    "Buku berjudul “Jalan Panjang Menuju Demokrasi” diluncurkan di Jakarta, Senin.",
    "“Operasi Ketupat Jaya Tahun Ini Dimulai Serentak Di Seluruh Indonesia”",
    "Ia menambahkan garam ke dalam adonan sebelum memanggangnya.",
    "Menurut informasi yang dihimpun, jembatan itu ambruk setelah diterjang banjir bandang.",
    "Menurut laporan yang diterima Dinas Kesehatan, jumlah pasien demam berdarah terus bertambah.",
    "Sebuah dokumen penelitian menyebutkan, candi itu dibangun pada abad kesembilan.",
    "Data Badan Pusat Statistik menyebutkan, angka kemiskinan turun tipis tahun ini.",
    "Karena merasa dirugikan, maka pihak keluarga akan melaporkan kasus ini ke Komnas HAM.",
    // Reporting someone to the authorities is a complaint, not a statement.
    "Budi melaporkan tetangganya ke polisi karena dugaan penipuan.",
    "LSM itu melaporkan Bupati Sleman atas dugaan korupsi dana desa.",
    "Pengacara itu melaporkan seorang wartawan dengan tuduhan pencemaran nama baik.",
    "Warga melaporkan kehilangan sepeda motor kepada petugas jaga.",
    // Cue words in other senses.
    "Menurut rencana, jembatan itu akan diresmikan bulan depan.",
    "Sebut saja Ani, perempuan berusia 30 tahun itu menjadi korban penipuan.",
    "Dengan kata lain, pemerintah gagal menurunkan harga beras.",
    "Seperti kata pepatah, tak ada gading yang tak retak.",
    "Ia berkata jujur kepada polisi soal kejadian malam itu.",
    "Pemuda itu menyatakan cintanya kepada gadis itu di depan umum.",
    "Jenderal Khalifa Haftar telah menyatakan perang terhadap kelompok bersenjata di Libya timur.",
    "Tersangka dikenakan wajib lapor setiap Senin dan Kamis.",
    "Warga menggelar aksi bela Palestina di depan kedutaan, Jumat.",
    "Hal itu menjadi tanggung jawab Kepala Dinas Pendidikan.",
    "Dalam sesi tanya jawab itu, Budi tidak banyak bicara.",
    // A passive after a modal or a relative names no speaker.
    "Jika ada gejala yang tidak dapat dijelaskan, Anda harus segera menghubungi dokter.",
    "Hal yang disampaikan Budi dalam rapat itu cukup penting.",
    // A rule of a body states; the body named after the rule is not the speaker.
    "Warga mendukung aturan KPU yang menyatakan partai wajib melaporkan dana kampanye.",
    "Bantuan itu disampaikan Bupati Sleman di balai desa, Senin.",
    // Near misses of the wider cue inventory: a description, an adjective, an act, a thing named, a
    // feeling declared, a cry with no words, a passive of cooking or history.
    "Pelaku yang mengaku sebagai petugas bank itu menguras rekening korban.",
    "Pelaku mengaku sebagai anggota TNI untuk menipu korban.",
    "Ia bilang terima kasih kepada warga yang membantu.",
    "Polisi menjamin keamanan selama libur Lebaran.",
    "Warga menyatakan cinta mereka pada tanah kelahiran dengan menanam pohon.",
    "Seseorang yang konon mengaku paman korban menghilang sejak pekan lalu.",
    "Pembangunan jalan tol itu dinilai cukup mendesak oleh warga.",
    "Rombongan itu melanjutkan perjalanan ke Bandung setelah beristirahat.",
    "Ia menyebut nama-nama pejabat yang terlibat dalam kasus itu.",
    "Petugas memastikan keamanan di sekitar lokasi acara.",
    "Pemuda itu menyatakan cinta kepada kekasihnya di depan umum.",
    "Anak-anak berteriak kegirangan saat hujan turun.",
    "Dia menjelaskan cara menggunakan aplikasi itu kepada warga.",
    "Menteri itu menegaskan komitmen menjaga harga beras.",
    "Garam ditambahkan sedikit demi sedikit ke dalam adonan.",
    "Kemerdekaan Indonesia diakui Belanda pada 1949.",
    "Pihak sekolah hanya meminta rekam medis siswa dan tidak mewajibkan tes lain.",
    "Panitia menyampaikan ke keluarga korban melalui surat yang dikirim pagi tadi.",
    // Objects, not statements, after verbs that also introduce a clause.
    "Dia menjelaskan cara membuat kue kepada anak-anak.",
    "Menteri itu menegaskan komitmen pemerintah untuk tidak menaikkan harga.",
    // One who is asked, or finds it hard, to say something says nothing.
    "Sulit untuk mengatakan tidak kepada tawaran semurah itu.",
    "Siswa diminta menyebutkan nama-nama provinsi di Indonesia.",
    // What was said stands elsewhere; a second verb is no content.
    "Presiden mengatakan hal itu usai meresmikan jembatan di Kalimantan.",
    "Ketiga anaknya memberitahu warga dan menyisir pinggir kali sampai malam.",
    // Nouns that attribute only with -nya.
    "Ia membaca pesan singkat itu, pesan Budi kepada istrinya sebelum berangkat.",
    "Film itu menceritakan hidup seorang guru, kisah Pak Budi di pedalaman Papua.",
];

/// The same cue words as verbs of saying: (text, speaker, cue).
const SPEECH: &[(&str, &str, &str)] = &[
    (
        "“Kami tidak akan mundur,” tegas Menteri Keuangan Sri Mulyani.",
        "Menteri Keuangan Sri Mulyani",
        "tegas",
    ),
    (
        "Bantuan akan tiba besok pagi, jelas juru bicara BNPB itu.",
        "juru bicara BNPB itu",
        "jelas",
    ),
    (
        "Harga cabai naik dua kali lipat sejak pekan lalu, kata seorang pedagang.",
        "seorang pedagang",
        "kata",
    ),
    (
        "Pasokan beras aman sampai akhir tahun, sebut Kepala Bulog.",
        "Kepala Bulog",
        "sebut",
    ),
    (
        "Jalur mudik sudah siap dilalui kendaraan, terang Kapolda Jawa Tengah.",
        "Kapolda Jawa Tengah",
        "terang",
    ),
    (
        "Menurut Kepala BPS Amalia Widyasanti, angka kemiskinan turun tahun ini.",
        "Kepala BPS Amalia Widyasanti",
        "Menurut",
    ),
    (
        "Ia menambahkan bahwa dana itu akan cair pekan depan.",
        "Ia",
        "menambahkan",
    ),
];

#[test]
fn cue_words_as_verbs_still_attribute() {
    for (text, speaker, cue) in SPEECH {
        let found = find_quotes(text, "id", &[], None);
        let got: Vec<(&str, Option<&str>)> = found
            .iter()
            .map(|q| (q.speaker.text.as_str(), q.cue.as_deref()))
            .collect();
        assert_eq!(got, [(*speaker, Some(*cue))], "{text}");
    }
}

/// Partitive and group speakers point back to the group named before: (text, speaker, antecedent).
#[test]
fn group_speakers_take_the_group_named_before() {
    let cases = [
        (
            "Ratusan warga mendatangi kantor bupati, beberapa di antaranya mengatakan bahwa bantuan belum diterima.",
            "beberapa di antaranya",
            "Ratusan warga",
        ),
        (
            "Polisi memeriksa para pengungsi di perbatasan. Salah seorang di antara mereka mengatakan bahwa kamp itu sudah penuh.",
            "Salah seorang di antara mereka",
            "para pengungsi",
        ),
        (
            "Dua pejabat AS berbicara kepada Reuters pada Senin. Mereka mengatakan bahwa kapal itu sudah berlayar.",
            "Mereka",
            "Dua pejabat AS",
        ),
        (
            "Sejumlah nelayan di Muara Angke kehilangan perahu. Keduanya mengatakan bahwa ombak datang tiba-tiba.",
            "Keduanya",
            "Sejumlah nelayan",
        ),
        (
            "Para petani menolak impor beras, salah satunya mengatakan bahwa harga gabah jatuh.",
            "salah satunya",
            "Para petani",
        ),
    ];
    for (text, speaker, antecedent) in cases {
        let found = find_quotes(text, "id", &[], None);
        let got: Vec<(&str, Option<&str>)> = found
            .iter()
            .map(|q| (q.speaker.text.as_str(), q.speaker.antecedent.as_deref()))
            .collect();
        assert_eq!(got, [(speaker, Some(antecedent))], "{text}");
    }
    // A partitive of a whole named in place needs no antecedent.
    let found = find_quotes(
        "Sebagian warga mengatakan bahwa air bersih belum mengalir.",
        "id",
        &[],
        None,
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].speaker.text, "Sebagian warga");
    assert_eq!(found[0].speaker.antecedent, None);
}

fn id_quotes(text: &str) -> Vec<Quote> {
    find_quotes(text, "id", &[], None)
}

/// Indonesian news grammar: (text, speaker as written, content) of the one quote found.
#[test]
fn indonesian_asides_short_cues_and_menurut_inside_a_sentence() {
    let cases = [
        // Short cues that are as often other words attribute after a quote or with a speaker after them.
        (
            "“Kami tidak akan mundur dari rencana itu,” tandas Ketua Koperasi Rudi Hartono.",
            "Ketua Koperasi Rudi Hartono",
            "Kami tidak akan mundur dari rencana itu",
        ),
        (
            "“Semua warga harus ikut menjaga kebersihan sungai,” harap mantan kepala desa itu.",
            "mantan kepala desa itu",
            "Semua warga harus ikut menjaga kebersihan sungai",
        ),
        // "aku" (from "mengaku") as a cue before a name; as the pronoun it is no cue.
        (
            "“Saya kira memang orang Telkom,” aku Parmin (61), pemilik warung kopi.",
            "Parmin",
            "Saya kira memang orang Telkom",
        ),
        (
            "“Aku tidak tahu siapa pelakunya,” kata Budi, lalu aku pergi.",
            "Budi",
            "Aku tidak tahu siapa pelakunya",
        ),
        // A name ends the speaker before a relative clause or a verb.
        (
            "“Pasar akan dibuka kembali pekan depan,” ujar Sulastri yang menjabat lurah setempat.",
            "Sulastri",
            "Pasar akan dibuka kembali pekan depan",
        ),
        // A cue aside: a short head goes with the tail, a long one is left out.
        (
            "Dalam rapat itu, kata Bambang, anggaran untuk perbaikan jalan desa sudah disetujui dewan.",
            "Bambang",
            "Dalam rapat itu, kata Bambang, anggaran untuk perbaikan jalan desa sudah disetujui dewan",
        ),
        (
            "Dari seluruh sekolah dasar negeri di kabupaten itu, ujar dia, tiga rusak berat.",
            "dia",
            "tiga rusak berat",
        ),
        (
            "Gejala awal penyakit itu, menurut dokter Ratna Sari, adalah demam tinggi dan nyeri sendi yang berlangsung lama.",
            "dokter Ratna Sari",
            "Gejala awal penyakit itu, menurut dokter Ratna Sari, adalah demam tinggi dan nyeri sendi yang berlangsung lama",
        ),
        // A short cue and its speaker at the head of a sentence.
        (
            "Kata dia, panitia sudah menyiapkan dua ratus kursi tambahan.",
            "dia",
            "panitia sudah menyiapkan dua ratus kursi tambahan",
        ),
        // "menurut" inside a sentence, with a pronoun and no comma, after a connective.
        (
            "Mundurnya pelatih itu menurut dia adalah awal pembenahan tim secara menyeluruh.",
            "dia",
            "Mundurnya pelatih itu menurut dia adalah awal pembenahan tim secara menyeluruh",
        ),
        (
            "Menurut seorang pedagang, Sutrisno (51) yang ditemui di pasar, harga cabai naik dua kali lipat.",
            "seorang pedagang, Sutrisno",
            "harga cabai naik dua kali lipat",
        ),
        // Quote marks: mangled by a wrong encoding, a closing mark opening, a quote inside a quote.
        (
            "\u{FFFD}\u{FFFD}Stok beras cukup sampai Lebaran. Warga tidak perlu panik,\u{FFFD}\u{FFFD} kata Kepala Bulog Andi Saputra.",
            "Kepala Bulog Andi Saputra",
            "Stok beras cukup sampai Lebaran. Warga tidak perlu panik",
        ),
        (
            "”Jembatan itu sudah lama rusak. Kami terpaksa memutar jauh,” ujar Darmawan.",
            "Darmawan",
            "Jembatan itu sudah lama rusak. Kami terpaksa memutar jauh",
        ),
        (
            "\"Program ini semacam \"jembatan\" bagi petani muda di desa kami,\" kata Wulandari.",
            "Wulandari",
            "Program ini semacam \"jembatan\" bagi petani muda di desa kami",
        ),
    ];
    for (text, speaker, content) in cases {
        let got = id_quotes(text);
        assert_eq!(got.len(), 1, "{text}\n{got:?}");
        assert_eq!(
            (got[0].speaker.text.as_str(), got[0].content.as_str()),
            (speaker, content),
            "{text}"
        );
    }
}

#[test]
fn nya_cues_find_the_subject_named_before_them() {
    // "tutupnya" points to the subject of the sentence before it, whose hope is a statement too.
    let q = id_quotes(
        "Camat Suryadi berharap jalan itu selesai tahun ini. “Warga sudah lama menunggu,” tutupnya.");
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].speaker.text, "Camat Suryadi");
    assert_eq!(q[1].speaker.antecedent.as_deref(), Some("Camat Suryadi"));
    // A "-nya" after a pronoun nobody was named for stays unresolved.
    let q = id_quotes(
        "Dia mengatakan banjir sudah surut di tiga desa. Saat ini, katanya, warga mulai pulang ke rumah masing-masing.");
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].speaker.antecedent, None);
}

#[test]
fn a_role_named_by_its_noun_alone_points_back_to_the_description_before() {
    let q = id_quotes(
        "Warga Kampung Baru Nelayan, Kota Medan, mengeluhkan sampah yang menumpuk. Sampah itu, menurut warga, sudah tiga minggu tidak diangkut petugas.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.text, "warga");
    assert_eq!(
        q[0].speaker.antecedent.as_deref(),
        Some("Warga Kampung Baru Nelayan")
    );
}

#[test]
fn short_cues_that_are_other_words_give_no_quote() {
    for text in [
        "Mohon harap maklum, jalan ditutup selama perbaikan jembatan berlangsung.",
        "Tokoh masyarakat itu tutup usia pada Senin pagi di rumahnya.",
        "Acara ditutup dengan sesi tanya jawab bersama para peserta seminar.",
        "Pembangunan jalan akan dilanjutkan, lebih lanjut anggaran dibahas bulan depan.",
    ] {
        let found = id_quotes(text);
        assert!(found.is_empty(), "{text}\n{found:?}");
    }
}

#[test]
fn cue_words_that_are_not_speech_give_no_quote() {
    let failures: Vec<String> = NOT_SPEECH
        .iter()
        .filter_map(|text| {
            let found = find_quotes(text, "id", &[], None);
            (!found.is_empty()).then(|| format!("{text}\n  -> {found:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
