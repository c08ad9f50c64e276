//! Outlets as speakers and as the sources a report cites.

use crate::quote::*;
use warta_model::SpeakerKind;

/// Outlets as speakers and as sources: (text, language, speaker, kind, content).
const REPORTED: &[(&str, &str, &str, SpeakerKind, &str)] = &[
    (
        "Kantor berita Antara mengatakan bahwa gempa mengguncang Cianjur pagi tadi.",
        "id",
        "Kantor berita Antara",
        SpeakerKind::Outlet,
        "gempa mengguncang Cianjur pagi tadi",
    ),
    (
        "Situs berita Detik.com menulis bahwa ribuan warga mengungsi akibat banjir.",
        "id",
        "Situs berita Detik.com",
        SpeakerKind::Outlet,
        "ribuan warga mengungsi akibat banjir",
    ),
    (
        "Harian Suara Rakyat melaporkan bahwa harga beras naik di sejumlah pasar.",
        "id",
        "Harian Suara Rakyat",
        SpeakerKind::Outlet,
        "harga beras naik di sejumlah pasar",
    ),
    (
        "Kantor berita resmi Iran, IRNA, melaporkan bahwa dua orang tewas dalam ledakan itu.",
        "id",
        "Kantor berita resmi Iran, IRNA",
        SpeakerKind::Outlet,
        "dua orang tewas dalam ledakan itu",
    ),
    (
        "Antara melaporkan pada Selasa bahwa gempa mengguncang Cianjur, mengutip BMKG.",
        "id",
        "Antara",
        SpeakerKind::Outlet,
        "gempa mengguncang Cianjur",
    ),
    (
        "Laporan Reuters menyebutkan bahwa pasukan itu telah mundur dari kota pelabuhan.",
        "id",
        "Reuters",
        SpeakerKind::Outlet,
        "pasukan itu telah mundur dari kota pelabuhan",
    ),
    (
        "Sebagaimana diwartakan Antara, banjir merendam ratusan rumah warga.",
        "id",
        "Antara",
        SpeakerKind::Outlet,
        "banjir merendam ratusan rumah warga",
    ),
    (
        "Menurut laporan Reuters, pasukan itu telah mundur dari kota pelabuhan.",
        "id",
        "Reuters",
        SpeakerKind::Outlet,
        "pasukan itu telah mundur dari kota pelabuhan",
    ),
    (
        "Pasukan itu telah mundur dari kota pelabuhan, menurut laporan kantor berita Bernama.",
        "id",
        "Bernama",
        SpeakerKind::Outlet,
        "Pasukan itu telah mundur dari kota pelabuhan",
    ),
    (
        "Seperti dilansir Kompas.com, polisi telah menahan tiga tersangka.",
        "id",
        "Kompas.com",
        SpeakerKind::Outlet,
        "polisi telah menahan tiga tersangka",
    ),
    (
        "Dikutip dari Reuters, harga minyak dunia turun tajam pada Senin.",
        "id",
        "Reuters",
        SpeakerKind::Outlet,
        "harga minyak dunia turun tajam pada Senin",
    ),
    (
        "Mengutip Al Jazeera, sedikitnya 20 orang tewas dalam serangan itu.",
        "id",
        "Al Jazeera",
        SpeakerKind::Outlet,
        "sedikitnya 20 orang tewas dalam serangan itu",
    ),
    (
        "Seperti diberitakan BBC sebelumnya, ribuan orang turun ke jalan di London.",
        "id",
        "BBC",
        SpeakerKind::Outlet,
        "ribuan orang turun ke jalan di London",
    ),
    (
        "Tentara menyerang sebuah sekolah di pinggir kota, lapor AFP.",
        "id",
        "AFP",
        SpeakerKind::Outlet,
        "Tentara menyerang sebuah sekolah di pinggir kota",
    ),
    (
        "The Wall Street Journal melaporkan, mengutip pejabat AS yang tidak disebutkan namanya, bahwa Washington akan mengirim rudal.",
        "id",
        "The Wall Street Journal",
        SpeakerKind::Outlet,
        "Washington akan mengirim rudal",
    ),
    (
        "Tempo melaporkan, mengutip sumber di kepolisian, bahwa tersangka sudah ditahan sejak Senin.",
        "id",
        "Tempo",
        SpeakerKind::Outlet,
        "tersangka sudah ditahan sejak Senin",
    ),
    (
        "According to a Reuters report, the talks collapsed on Friday.",
        "en",
        "Reuters",
        SpeakerKind::Outlet,
        "the talks collapsed on Friday",
    ),
    (
        "As reported by CNN, the storm killed at least ten people.",
        "en",
        "CNN",
        SpeakerKind::Outlet,
        "the storm killed at least ten people",
    ),
    (
        "The army withdrew from the city, Reuters reported, citing two sources.",
        "en",
        "Reuters",
        SpeakerKind::Outlet,
        "The army withdrew from the city",
    ),
    (
        "Reuters reported, citing two sources, that the army withdrew from the city.",
        "en",
        "Reuters",
        SpeakerKind::Outlet,
        "the army withdrew from the city",
    ),
    // An outlet unknown to the lists, by its web address or by its medium.
    (
        "Carscoops.com melaporkan bahwa mobil listrik itu akan dijual tahun depan.",
        "id",
        "Carscoops.com",
        SpeakerKind::Outlet,
        "mobil listrik itu akan dijual tahun depan",
    ),
    (
        "Kantor berita resmi KCNA melaporkan bahwa uji coba itu berhasil dengan baik.",
        "id",
        "Kantor berita resmi KCNA",
        SpeakerKind::Outlet,
        "uji coba itu berhasil dengan baik",
    ),
    (
        "Harian itu melaporkan bahwa keputusan sudah diambil sejak pekan lalu.",
        "id",
        "Harian itu",
        SpeakerKind::Outlet,
        "keputusan sudah diambil sejak pekan lalu",
    ),
];

#[test]
fn outlets_report_as_speakers() {
    for (text, lang, speaker, kind, content) in REPORTED {
        let got: Vec<(String, SpeakerKind, String)> = find_quotes(text, lang, &[], None)
            .into_iter()
            .map(|q| (q.speaker.text, q.speaker.kind, q.content))
            .collect();
        let want = [(speaker.to_string(), *kind, content.to_string())];
        assert_eq!(got, want, "{text}");
    }
}

/// An opening note may name two outlets; the note's verb is no part of the outlet's name.
#[test]
fn an_opening_note_names_its_outlets_without_its_verb() {
    let q = find_quotes(
        "Dilansir Popsugar dan Daily Mail, kedua selebriti itu mengubah gaya rambut mereka.",
        "id",
        &[],
        None,
    );
    let got: Vec<(&str, SpeakerKind, &str)> = q
        .iter()
        .map(|q| (q.speaker.text.as_str(), q.speaker.kind, q.content.as_str()))
        .collect();
    assert_eq!(
        got,
        [(
            "Popsugar dan Daily Mail",
            SpeakerKind::Outlet,
            "kedua selebriti itu mengubah gaya rambut mereka"
        )]
    );
    let q = find_quotes(
        "Dilansir Popsugar, kedua selebriti itu mengubah gaya rambut mereka.",
        "id",
        &[],
        None,
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.name.as_deref(), Some("Popsugar"));
}

/// "Media pemerintah itu" stands for the outlet that spoke last; a ministry's site is the ministry's.
#[test]
fn an_outlet_described_points_back_to_the_last_outlet() {
    let text =
        "Korea Utara menguji roket baru, menurut kantor berita resmi KCNA. Media pemerintah itu \
                menyebut uji coba tersebut bertujuan meningkatkan kemampuan negara itu.";
    let q = find_quotes(text, "id", &[], None);
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].speaker.kind, SpeakerKind::Outlet);
    assert_eq!(q[0].speaker.name.as_deref(), Some("KCNA"));
    assert_eq!(q[1].speaker.kind, SpeakerKind::Outlet);
    assert_eq!(q[1].speaker.name.as_deref(), Some("KCNA"));
    assert!(!crate::source::outlets::is_site_address("Kemenkes.go.id"));
    assert!(crate::source::outlets::is_site_address("Okezone.com,"));
}

/// A statement passed on by an outlet keeps its speaker, with the outlet as the channel.
#[test]
fn a_statement_the_outlet_passes_on_keeps_its_speaker() {
    let text = "Dikutip dari Reuters, Menteri Luar Negeri Sergei Lavrov mengatakan bahwa perundingan akan dilanjutkan.";
    let got: Vec<(String, Option<String>, String)> = find_quotes(text, "id", &[], None)
        .into_iter()
        .map(|q| (q.speaker.text, q.via, q.content))
        .collect();
    assert_eq!(
        got,
        [(
            "Menteri Luar Negeri Sergei Lavrov".to_string(),
            Some("Reuters".to_string()),
            "perundingan akan dilanjutkan".to_string()
        )]
    );
    // Also when what was said is a thing, not a clause; but not a deed ("mengungkap kasus").
    for (text, speaker, via, content) in [
        (
            "Dikutip National Geographic Indonesia, ketua kelompok kelautan ITB, Muslim Muin mencontohkan proyek tanggul laut di St. Petersburg.",
            "ketua kelompok kelautan ITB, Muslim Muin",
            Some("National Geographic Indonesia"),
            "proyek tanggul laut di St. Petersburg",
        ),
        (
            "Dikutip dari Antara, Anwar menegaskan komitmen pemerintah terhadap pemberantasan korupsi.",
            "Anwar",
            Some("Antara"),
            "komitmen pemerintah terhadap pemberantasan korupsi",
        ),
        (
            "Dilansir Kompas.com, polisi mengungkap kasus narkoba di Bekasi pekan lalu.",
            "Kompas.com",
            None,
            "polisi mengungkap kasus narkoba di Bekasi pekan lalu",
        ),
        // The note may close the sentence.
        (
            "Kementerian Kesehatan mengumumkan kasus pertama mpox di Jakarta, seperti dikutip dari Antara.",
            "Kementerian Kesehatan",
            Some("Antara"),
            "kasus pertama mpox di Jakarta",
        ),
        (
            "Polisi mengungkap kasus narkoba di Bekasi, seperti dikutip dari Antara.",
            "Antara",
            None,
            "Polisi mengungkap kasus narkoba di Bekasi",
        ),
    ] {
        let q = find_quotes(text, "id", &[], None);
        assert_eq!(q.len(), 1, "{text}");
        assert_eq!(q[0].speaker.text, speaker, "{text}");
        assert_eq!(q[0].via.as_deref(), via, "{text}");
        assert_eq!(q[0].content, content, "{text}");
    }
}

/// Figures, findings and reports received are no statement, and a note of what was reported before
/// names no outlet.
#[test]
fn documents_and_bare_notes_are_not_outlets() {
    let texts = [
        "Menurut data BPS, inflasi bulan lalu mencapai tiga persen.",
        "Menurut catatan Kompas, harga cabai naik tiga kali tahun ini.",
        "Menurut laporan yang diterima Dinas Kesehatan, jumlah pasien terus bertambah.",
        "Menurut laporan keuangan perusahaan, laba bersih turun dua puluh persen.",
        "Laporan keuangan perusahaan itu menunjukkan kerugian besar tahun lalu.",
        "Seperti diberitakan sebelumnya, polisi telah menahan tiga tersangka.",
        "Seperti dilansir Senin (5/1), harga minyak naik tajam di pasar Asia.",
        "Berita itu beredar luas di media sosial sejak pekan lalu.",
        "Data BPS menyebutkan bahwa inflasi naik tipis bulan lalu.",
        "Menurut laporan media lokal, dua orang tewas dalam ledakan itu.",
        "Media itu memberitakan kasus korupsi tersebut secara luas.",
    ];
    for text in texts {
        let got: Vec<String> = find_quotes(text, "id", &[], None)
            .into_iter()
            .map(|q| q.speaker.text)
            .collect();
        assert!(got.is_empty(), "{text}: {got:?}");
    }
}
