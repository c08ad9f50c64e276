//! Tests of quote finding: the seed articles against their gold, and the rules case by case. The files under
//! `tests/` group the cases by language and concern.

use super::*;
use warta_model::{Speaker, SpeakerKind};

fn speakers_match(gold: &str, predicted: &Speaker) -> bool {
    let (g, p) = (gold.to_lowercase(), predicted.text.to_lowercase());
    !p.is_empty() && (g.contains(&p) || p.contains(&g))
}

/// Per seed and per quote kind: gold attributions, predicted ones, matched ones (content overlap ≥ 50%
/// and overlapping speaker), and matched ones whose quote kind and speaker kind agree too.
#[derive(Default, Debug, PartialEq)]
struct Tally {
    gold: usize,
    predicted: usize,
    matched: usize,
    kinds_agree: usize,
}

fn score_seeds() -> Vec<(String, Tally)> {
    let gold: serde_json::Value =
        serde_json::from_str(include_str!("../../../../tests/fixtures/seeds-gold.json")).unwrap();
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus");
    let mut tallies: Vec<(String, Tally)> = Vec::new();
    let mut add =
        |key: String, f: &dyn Fn(&mut Tally)| match tallies.iter_mut().find(|(k, _)| *k == key) {
            Some((_, t)) => f(t),
            None => {
                let mut t = Tally::default();
                f(&mut t);
                tallies.push((key, t));
            }
        };
    for (name, article) in gold["articles"].as_object().unwrap() {
        let text = std::fs::read_to_string(corpus.join(name)).unwrap();
        let predicted = find_quotes(&text, "id", &[], None);
        let mut used = vec![false; predicted.len()];
        for p in &predicted {
            add(name.clone(), &|t| t.predicted += 1);
            add(
                serde_json::to_value(p.kind)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_string(),
                &|t| t.predicted += 1,
            );
        }
        for g in article["quotes"].as_array().unwrap() {
            let kind = g["kind"].as_str().unwrap().to_string();
            add(name.clone(), &|t| t.gold += 1);
            add(kind.clone(), &|t| t.gold += 1);
            let hit = (0..predicted.len()).find(|&k| {
                !used[k]
                    && eval::content_overlap(g["content"].as_str().unwrap(), &predicted[k].content)
                        >= 0.5
                    && speakers_match(g["speaker"].as_str().unwrap(), &predicted[k].speaker)
            });
            let Some(k) = hit else {
                eprintln!("missed in {name}: {} | {}", g["speaker"], g["content"]);
                continue;
            };
            used[k] = true;
            let p = &predicted[k];
            let agree = serde_json::to_value(p.kind).unwrap() == g["kind"]
                && serde_json::to_value(p.speaker.kind).unwrap() == g["speaker_kind"];
            for key in [name.clone(), kind.clone()] {
                add(key, &|t| {
                    t.matched += 1;
                    t.kinds_agree += usize::from(agree);
                });
            }
        }
    }
    tallies
}

#[test]
fn seeds_against_gold() {
    let tallies = score_seeds();
    for (key, t) in &tallies {
        eprintln!(
            "{key}: matched {} / gold {} / predicted {} (kinds agree {})",
            t.matched, t.gold, t.predicted, t.kinds_agree
        );
    }
    let total = |f: fn(&Tally) -> usize| {
        tallies
            .iter()
            .filter(|(k, _)| k.ends_with(".txt"))
            .map(|(_, t)| f(t))
            .sum::<usize>()
    };
    assert_eq!(total(|t| t.gold), 34);
    assert!(
        total(|t| t.matched) >= 34,
        "matched {}",
        total(|t| t.matched)
    );
    assert!(total(|t| t.kinds_agree) >= 32);
    assert!(
        total(|t| t.predicted) <= 36,
        "predicted {}",
        total(|t| t.predicted)
    );
}

fn quotes(text: &str, lang: &str) -> Vec<Quote> {
    find_quotes(text, lang, &[], NaiveDate::from_ymd_opt(2024, 5, 31))
}

/// (speaker as written, cue, kind, content) of each quote.
fn summary(text: &str, lang: &str) -> Vec<(String, Option<String>, QuoteKind, String)> {
    quotes(text, lang)
        .into_iter()
        .map(|q| (q.speaker.text, q.cue, q.kind, q.content))
        .collect()
}

fn row(
    speaker: &str,
    cue: Option<&str>,
    kind: QuoteKind,
    content: &str,
) -> (String, Option<String>, QuoteKind, String) {
    (
        speaker.to_string(),
        cue.map(str::to_string),
        kind,
        content.to_string(),
    )
}

use QuoteKind::{Direct, Indirect, Mixed};

#[test]
fn indonesian_patterns() {
    let cases = [
        (
            "Harga beras akan turun bulan depan, kata Menteri Perdagangan Budi Santoso.",
            row(
                "Menteri Perdagangan Budi Santoso",
                Some("kata"),
                Indirect,
                "Harga beras akan turun bulan depan",
            ),
        ),
        (
            "Menteri itu mengatakan bahwa harga beras akan turun.",
            row(
                "Menteri itu",
                Some("mengatakan"),
                Indirect,
                "harga beras akan turun",
            ),
        ),
        (
            "Polisi menyatakan tiga orang ditahan setelah kerusuhan itu.",
            row(
                "Polisi",
                Some("menyatakan"),
                Indirect,
                "tiga orang ditahan setelah kerusuhan itu",
            ),
        ),
        (
            "Menurut Reuters, kapal itu tenggelam di dekat pantai.",
            row(
                "Reuters",
                Some("Menurut"),
                Indirect,
                "kapal itu tenggelam di dekat pantai",
            ),
        ),
        (
            "Kapal itu tenggelam di dekat pantai, menurut Reuters.",
            row(
                "Reuters",
                Some("menurut"),
                Indirect,
                "Kapal itu tenggelam di dekat pantai",
            ),
        ),
        (
            "Gubernur Jawa Barat memberitahu Kompas bahwa banjir sudah surut.",
            row(
                "Gubernur Jawa Barat",
                Some("memberitahu"),
                Indirect,
                "banjir sudah surut",
            ),
        ),
        // A second predicate of the name opening the sentence, set off by a comma.
        (
            "Voronin menuduh Moskow menciptakan konflik, menyatakan bahwa senjata Rusia adalah jaminan politik.",
            row(
                "Voronin",
                Some("menyatakan"),
                Indirect,
                "senjata Rusia adalah jaminan politik",
            ),
        ),
        // A name inside the clause, right before "yang" and the cue, is the speaker; a name that only
        // says whose a document is is not.
        (
            "Kami bertemu Budi yang mengatakan warga sudah mengungsi sejak pagi.",
            row(
                "Budi",
                Some("mengatakan"),
                Indirect,
                "warga sudah mengungsi sejak pagi",
            ),
        ),
        // "WHO" is the World Health Organization, not the pronoun "who".
        (
            "WHO menyebut stok vaksin kolera global berada di titik terendah.",
            row(
                "WHO",
                Some("menyebut"),
                Indirect,
                "stok vaksin kolera global berada di titik terendah",
            ),
        ),
        (
            "Budi menjelaskan saat ini baru ada tiga pembangkit yang memakai gas.",
            row(
                "Budi",
                Some("menjelaskan"),
                Indirect,
                "saat ini baru ada tiga pembangkit yang memakai gas",
            ),
        ),
        (
            "Pelatih tim nasional memberi tahu wartawan bahwa dua pemainnya absen.",
            row(
                "Pelatih tim nasional",
                Some("memberi tahu"),
                Indirect,
                "dua pemainnya absen",
            ),
        ),
        (
            "“Kami tidak akan mundur,” ujar Anies Baswedan.",
            row(
                "Anies Baswedan",
                Some("ujar"),
                Direct,
                "Kami tidak akan mundur",
            ),
        ),
        (
            "Juru bicara itu mengatakan: “Semua penumpang selamat.”",
            row(
                "Juru bicara itu",
                Some("mengatakan"),
                Direct,
                "Semua penumpang selamat.",
            ),
        ),
        (
            "Ketua KPK membenarkan penangkapan itu “sesuai prosedur” hukum.",
            row(
                "Ketua KPK",
                Some("membenarkan"),
                Mixed,
                "penangkapan itu “sesuai prosedur” hukum",
            ),
        ),
    ];
    for (text, want) in cases {
        assert_eq!(summary(text, "id"), [want], "{text}");
    }
}

/// Passive cues and notes crediting an outlet: (text, speaker, cue, via, content).
#[test]
fn passive_cues_and_source_notes() {
    let cases = [
        (
            "Harga beras naik lagi, kata seorang pejabat yang tidak disebutkan namanya.",
            "seorang pejabat yang tidak disebutkan namanya",
            "kata",
            None,
            "Harga beras naik lagi",
        ),
        (
            "Seorang pejabat yang tidak disebutkan namanya mengatakan bahwa serangan itu sah.",
            "Seorang pejabat yang tidak disebutkan namanya",
            "mengatakan",
            None,
            "serangan itu sah",
        ),
        (
            "Harga beras akan turun, hal itu disampaikan Kepala Bulog Budi Waseso.",
            "Kepala Bulog Budi Waseso",
            "disampaikan",
            None,
            "Harga beras akan turun",
        ),
        (
            "“Harga beras akan turun,” disampaikan oleh Budi Santoso.",
            "Budi Santoso",
            "disampaikan oleh",
            None,
            "Harga beras akan turun",
        ),
        (
            "Harga beras akan turun bulan depan, seperti dikutip dari Antara.",
            "Antara",
            "dikutip",
            None,
            "Harga beras akan turun bulan depan",
        ),
        (
            "Harga beras akan turun bulan depan, kata Budi seperti dikutip Reuters.",
            "Budi",
            "kata",
            Some("Reuters"),
            "Harga beras akan turun bulan depan",
        ),
        (
            "Menurut Budi, seperti dikutip dari Antara, harga beras akan turun.",
            "Budi",
            "Menurut",
            Some("Antara"),
            "harga beras akan turun",
        ),
        (
            "Budi mengatakan harga beras akan turun, seperti dikutip dari Antara.",
            "Budi",
            "mengatakan",
            Some("Antara"),
            "harga beras akan turun",
        ),
    ];
    for (text, speaker, cue, via, content) in cases {
        let q = quotes(text, "id");
        let got: Vec<_> = q
            .iter()
            .map(|q| {
                (
                    q.speaker.text.as_str(),
                    q.cue.as_deref(),
                    q.via.as_deref(),
                    q.content.as_str(),
                )
            })
            .collect();
        assert_eq!(got, [(speaker, Some(cue), via, content)], "{text}");
    }
    for negative in [
        "Bantuan itu disampaikan kepada warga di tiga desa.",
        "Menurut rencana, proyek jalan tol itu akan selesai tahun depan.",
        "Proyek itu akan selesai tahun depan, menurut jadwal.",
        "Dia menjelaskan cara membuat kue kepada anak-anak.",
        "Presiden Joko Widodo menegaskan komitmennya terhadap pemberantasan korupsi.",
    ] {
        assert_eq!(quotes(negative, "id"), [], "{negative}");
    }
    assert_eq!(
        summary(
            "Kepala BNPB menjelaskan, banjir sudah surut di tiga kecamatan.",
            "id"
        )[0]
        .3,
        "banjir sudah surut di tiga kecamatan"
    );
    let q = quotes("Menurut Budi, harga beras akan turun.", "id");
    assert_eq!(q[0].speaker.name.as_deref(), Some("Budi"));
}

#[test]
fn english_patterns() {
    let cases = [
        (
            "The talks will resume next week, the minister said.",
            row(
                "the minister",
                Some("said"),
                Indirect,
                "The talks will resume next week",
            ),
        ),
        (
            "The talks will resume next week, said John Smith.",
            row(
                "John Smith",
                Some("said"),
                Indirect,
                "The talks will resume next week",
            ),
        ),
        (
            "John Smith said that the talks would resume next week.",
            row(
                "John Smith",
                Some("said"),
                Indirect,
                "the talks would resume next week",
            ),
        ),
        (
            "Smith told reporters the talks would resume next week.",
            row(
                "Smith",
                Some("told"),
                Indirect,
                "the talks would resume next week",
            ),
        ),
        (
            "According to Reuters, the ship sank near the coast.",
            row(
                "Reuters",
                Some("According to"),
                Indirect,
                "the ship sank near the coast",
            ),
        ),
        (
            "“We will not back down,” he said.",
            row("he", Some("said"), Direct, "We will not back down"),
        ),
        (
            "The Secret Service whisked her away, another source said.",
            row(
                "another source",
                Some("said"),
                Indirect,
                "The Secret Service whisked her away",
            ),
        ),
        (
            "But Mr. Obama said the exhibits would put those problems into context.",
            row(
                "Mr. Obama",
                Some("said"),
                Indirect,
                "the exhibits would put those problems into context",
            ),
        ),
        (
            "The state's campaign chairman, Phil Lovas, said he cannot comment on the letter.",
            row(
                "Phil Lovas",
                Some("said"),
                Indirect,
                "he cannot comment on the letter",
            ),
        ),
        (
            "The S.E.C. said it would increase oversight as well.",
            row(
                "The S.E.C",
                Some("said"),
                Indirect,
                "it would increase oversight as well",
            ),
        ),
        (
            "Monsoon shifts could affect a billion people, Mr. Obama said in his interview.",
            row(
                "Mr. Obama",
                Some("said"),
                Indirect,
                "Monsoon shifts could affect a billion people",
            ),
        ),
        (
            "''It will be first-order business,'' Mr. Podesta said.",
            row(
                "Mr. Podesta",
                Some("said"),
                Direct,
                "It will be first-order business",
            ),
        ),
        (
            "The plan will fail, according to Smith.",
            row(
                "Smith",
                Some("according to"),
                Indirect,
                "The plan will fail",
            ),
        ),
        (
            "The plan will fail, Sen. Lindsey Graham (R-S.C.) told The Huffington Post.",
            row(
                "Sen. Lindsey Graham",
                Some("told"),
                Indirect,
                "The plan will fail",
            ),
        ),
        (
            "The economy is strong, Smith wrote in a memo.",
            row("Smith", Some("wrote"), Indirect, "The economy is strong"),
        ),
        (
            "Smith told Reuters the economy was strong.",
            row("Smith", Some("told"), Indirect, "the economy was strong"),
        ),
        (
            "\"The plan will fail. It costs too much,\" Smith said. \"Nobody wants it.\"",
            row(
                "Smith",
                Some("said"),
                Direct,
                "The plan will fail. It costs too much … Nobody wants it.",
            ),
        ),
        (
            "\"We will not back down,\" said Mary Jones.",
            row("Mary Jones", Some("said"), Direct, "We will not back down"),
        ),
    ];
    for (text, want) in cases {
        assert_eq!(summary(text, "en"), [want], "{text}");
    }
}

/// Each quote's date expression, resolved against a fixed publication date (Wednesday 14 August 2024).
#[test]
fn when_is_resolved_against_the_publication_date() {
    let published = NaiveDate::from_ymd_opt(2024, 8, 14);
    let cases = [
        (
            "“Kami siap berunding,” kata Budi Santoso, Selasa (15/9/2012).",
            "id",
            "Selasa (15/9/2012)",
            "2012-09-15",
        ),
        (
            "Menteri itu mengatakan pada Senin (1/10) malam bahwa harga beras akan turun.",
            "id",
            "pada Senin (1/10) malam",
            "2023-10-01",
        ),
        (
            "Kyiv minggu ini mengatakan pasukan Ukraina telah maju jauh.",
            "id",
            "minggu ini",
            "2024-08-14",
        ),
        (
            "Menteri itu mengatakan pada awal April bahwa harga beras akan turun.",
            "id",
            "pada awal April",
            "2024-04-01",
        ),
        (
            "Menteri itu mengatakan pada 6 Agustus bahwa harga beras akan turun.",
            "id",
            "pada 6 Agustus",
            "2024-08-06",
        ),
        (
            "Smith said on Tuesday that the talks would resume next week.",
            "en",
            "on Tuesday",
            "2024-08-13",
        ),
    ];
    for (text, lang, expr, date) in cases {
        let q = find_quotes(text, lang, &[], published);
        let when = q.first().and_then(|q| q.when.as_ref());
        assert_eq!(
            when.map(|w| (w.text.as_str(), w.date.as_deref())),
            Some((expr, Some(date))),
            "{text}"
        );
        // Without a publication date the expression is kept; only a written-out year still resolves.
        let unresolved = find_quotes(text, lang, &[], None);
        let when = unresolved.first().and_then(|q| q.when.as_ref());
        let year_written = expr.contains("2012");
        assert_eq!(
            when.map(|w| (w.text.as_str(), w.date.as_deref())),
            Some((expr, year_written.then_some(date))),
            "{text}"
        );
    }
}

/// English news (as PolNeAR annotates it) reads a quote split by its cue as one, also when the
/// speaker's initials and party would otherwise end a sentence ("Rep. G.K. Butterfield (D-N.C.)").
#[test]
fn an_english_quote_split_by_its_cue_is_one_quote() {
    let text = "“This is a disgusting day,” Rep. G.K. Butterfield (D-N.C.) said. “Donald Trump is a fraud.”";
    let q = quotes(text, "en");
    assert_eq!(q.len(), 1, "{q:?}");
    // The cue between the pieces is no part of what was said: the quote keeps its pieces apart.
    assert_eq!(
        q[0].content,
        "This is a disgusting day … Donald Trump is a fraud."
    );
    let pieces: Vec<String> = q[0]
        .parts
        .iter()
        .map(|p| text.chars().skip(p.start).take(p.len()).collect())
        .collect();
    assert_eq!(
        pieces,
        ["This is a disgusting day", "Donald Trump is a fraud."]
    );
    assert_eq!(
        (q[0].start, q[0].end),
        (q[0].parts[0].start, q[0].parts[1].end)
    );
    // The bracket the full stop cut is closed.
    assert_eq!(q[0].speaker.text, "Rep. G.K. Butterfield (D-N.C.)");
    // A short first piece, its speaker before the cue.
    let q = quotes(
        "“I would,” Melanie said to the TV. “I would, Donald.”",
        "en",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].content, "I would … I would, Donald.");
    assert_eq!(q[0].speaker.text, "Melanie");
    // A long appositive between the name and the cue.
    let q = quotes(
        "“It is fiscally responsible,” Leonard E. Burman, director of the centrist Tax Policy Center and a professor at the Maxwell School of Syracuse University, said. “It doesn't make things worse.”",
        "en",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.text, "Leonard E. Burman");
    assert_eq!(
        q[0].content,
        "It is fiscally responsible … It doesn't make things worse."
    );
    // A party tag before the appositive (the rules alone: the shipped tagger finds this one too).
    let rules = Tagger::new(warta_attribution_tagger::Model::empty());
    let q = find_quotes_with_tagger(
        "“They wouldn’t get an immunity deal,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said in a phone interview.",
        "en",
        &[],
        None,
        &rules,
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.text, "Rep. Jim Jordan (R-Ohio)");
    assert_eq!(q[0].cue.as_deref(), Some("said"));
    // After "the", initials may end a sentence.
    let q = quotes(
        "Prices rose in the U.S. The company said it would cut jobs.",
        "en",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.text, "The company");
}

#[test]
fn adding_that_attributes_to_the_same_speaker() {
    let got = summary(
        "Sen. David Perdue (R-Ga.) said he did not believe it, arguing that the party was divided.",
        "en",
    );
    assert_eq!(
        got,
        [
            row(
                "Sen. David Perdue",
                Some("said"),
                Indirect,
                "he did not believe it"
            ),
            row(
                "Sen. David Perdue",
                Some("arguing"),
                Indirect,
                "the party was divided"
            ),
        ]
    );
    let q = quotes(
        "The architect, who said he was never paid, sued the company.",
        "en",
    );
    assert_eq!(q[0].speaker.text, "The architect");
    // A second verb the sentence's own parse already read is reported once.
    let q = quotes(
        "Mr. McKinley is bearish on student loans and expects them to become less available over time.",
        "en",
    );
    let twice: Vec<_> = q
        .iter()
        .filter(|q| q.content == "them to become less available over time")
        .collect();
    assert_eq!(twice.len(), 1, "{q:?}");
}

#[test]
fn cue_closed_by_comma_at_sentence_head_introduces_content() {
    let text = "Kepala BNPB Suharyanto mengatakan, banjir sudah surut di tiga kecamatan.\n\nMenurutnya, warga bisa pulang besok pagi.";
    let got = summary(text, "id");
    assert_eq!(
        got[0],
        row(
            "Kepala BNPB Suharyanto",
            Some("mengatakan"),
            Indirect,
            "banjir sudah surut di tiga kecamatan"
        )
    );
    assert_eq!(
        got[1],
        row(
            "Kepala BNPB Suharyanto",
            Some("Menurutnya"),
            Indirect,
            "warga bisa pulang besok pagi"
        )
    );
}

#[test]
fn parenthetical_cues() {
    let got = summary(
        "But to prevent problems, he said, local officials should be vigilant.",
        "en",
    );
    assert_eq!(
        got,
        [row(
            "he",
            Some("said"),
            Indirect,
            "But to prevent problems, he said, local officials should be vigilant"
        )]
    );
    let got = summary(
        "Menteri itu hadir.\n\nHarga beras, katanya, akan turun bulan depan.",
        "id",
    );
    // Nobody spoke before: the "-nya" is the speaker, a pronoun left unresolved.
    assert_eq!(
        got,
        [row(
            "katanya",
            Some("katanya"),
            Indirect,
            "Harga beras, katanya, akan turun bulan depan"
        )]
    );
}

#[test]
fn unbalanced_and_mismatched_marks() {
    let text = "‘Hanya adil untuk membalas serangan itu,” kata Zelenskyy.\n\n“Kami akan terus berjuang sampai akhir, tambahnya.";
    let got = summary(text, "id");
    assert_eq!(
        got[0],
        row(
            "Zelenskyy",
            Some("kata"),
            Direct,
            "Hanya adil untuk membalas serangan itu"
        )
    );
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].0, "Zelenskyy");
    assert_eq!(got[1].2, Direct);
}

#[test]
fn nya_cue_resolves_to_the_previous_speaker() {
    let text = "Heorhiy Tykhi, juru bicara Kementerian Luar Negeri Ukraina, mengatakan bahwa serangan itu sah.\n\n“Semakin cepat Rusia setuju, semakin cepat serangan berhenti,” tambahnya.";
    let q = quotes(text, "id");
    assert_eq!(q.len(), 2);
    // The speaker as written keeps the role in apposition; the name is the person's.
    let written = "Heorhiy Tykhi, juru bicara Kementerian Luar Negeri Ukraina";
    assert_eq!(q[0].speaker.text, written);
    assert_eq!(q[0].speaker.name.as_deref(), Some("Heorhiy Tykhi"));
    assert_eq!(
        (q[1].speaker.text.as_str(), q[1].cue.as_deref()),
        (written, Some("tambahnya"))
    );
    assert_eq!(q[1].speaker.kind, SpeakerKind::NamedPerson);
    assert!(q[1].confidence >= 0.5);
}

/// The subject of what a speaker reported is no antecedent of the speaker's next "-nya".
#[test]
fn nya_cue_skips_the_subject_of_a_reported_clause() {
    let text = "Direktur Reskrimsus Budi Santoso mengatakan dua tersangka ditangkap.\n\n\
                Ia menambahkan, penyidik masih menelusuri aliran dana. “Kami sudah memblokir lima rekening,” imbuhnya.";
    let q = quotes(text, "id");
    let names: Vec<Option<&str>> = q.iter().map(|q| q.speaker.name.as_deref()).collect();
    assert_eq!(names.len(), 3, "{q:#?}");
    assert!(
        names[0].is_some_and(|n| n.ends_with("Budi Santoso")),
        "{q:#?}"
    );
    assert!(names.iter().all(|n| *n == names[0]), "{q:#?}");
}

#[test]
fn cue_sentence_between_two_quotes_serves_both() {
    let text = "Moskow menolak perdebatan itu. “Senjata Amerika telah digunakan di luar zona tempur,” tambahnya. Menteri Luar Negeri Rusia Sergei Lavrov mengatakan kepada wartawan pekan lalu. “Kami berangkat dari fakta bahwa senjata Barat menyerang wilayah Rusia.”";
    let q = quotes(text, "id");
    assert_eq!(q.len(), 2);
    for quote in &q {
        assert_eq!(
            quote.speaker.text,
            "Menteri Luar Negeri Rusia Sergei Lavrov"
        );
        assert_eq!(quote.speaker.name.as_deref(), Some("Sergei Lavrov"));
        assert_eq!(quote.kind, Direct);
        assert_eq!(quote.via.as_deref(), Some("wartawan"));
    }
    let when = q[0].when.as_ref().unwrap();
    assert_eq!(
        (when.text.as_str(), when.date.as_deref()),
        ("pekan lalu", Some("2024-05-24"))
    );
    assert_eq!(
        &text
            .chars()
            .skip(when.start)
            .take(when.end - when.start)
            .collect::<String>(),
        "pekan lalu"
    );
}

#[test]
fn continuation_quote_and_surname_resolution() {
    let text = "Sekretaris Jenderal NATO Jens Stoltenberg enggan berkomentar.\n\n“Pilihan itu harus dibuat oleh Ukraina sendiri,” kata Stoltenberg kepada wartawan di Oslo, Selasa.\n\n“Itu pilihan yang sulit.”";
    let q = quotes(text, "id");
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].speaker.name.as_deref(), Some("Jens Stoltenberg"));
    assert_eq!(q[0].via.as_deref(), Some("wartawan di Oslo"));
    assert_eq!(
        q[0].when.as_ref().map(|w| w.date.as_deref()),
        Some(Some("2024-05-28"))
    );
    assert_eq!(
        (q[1].speaker.text.as_str(), q[1].cue.as_deref()),
        ("Stoltenberg", None)
    );
    assert!(q[1].confidence < q[0].confidence);
}

#[test]
fn an_honorific_opens_a_name_set_off_after_a_role() {
    for text in [
        "Dokter spesialis anak dari RSUP Persahabatan, dr Anita Rahayu, mengingatkan orang tua agar tidak memberikan obat batuk kepada bayi.",
        "“Obat batuk berbahaya bagi bayi,” kata dokter spesialis anak RSUP Persahabatan, dr. Anita Rahayu.",
    ] {
        let q = quotes(text, "id");
        assert_eq!(q.len(), 1, "{text}");
        assert_eq!(q[0].speaker.name.as_deref(), Some("Anita Rahayu"), "{text}");
    }
    let q = quotes(
        "Pengamanan arus mudik akan diperketat, kata Kapolres Sleman, AKBP Budi Santoso, kepada wartawan.",
        "id",
    );
    assert_eq!(q[0].speaker.name.as_deref(), Some("Budi Santoso"));
    assert_eq!(q[0].via.as_deref(), Some("wartawan"));
}

#[test]
fn a_pronoun_nobody_spoke_before_stands_for_who_was_named_before() {
    // The subject of the sentence before, a role without a name.
    let q = quotes(
        "Wali Kota Bandung meninjau Tempat Pembuangan Akhir Sarimukti. Ia meminta warga memilah sampah organik dari rumah masing-masing.",
        "id",
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.text, "Ia");
    assert_eq!(q[0].speaker.kind, SpeakerKind::Pronoun);
    assert_eq!(
        q[0].speaker.antecedent.as_deref(),
        Some("Wali Kota Bandung")
    );
    // The subject of its own sentence, after a comma and a conjunction; not across a full stop's
    // earlier subject when another subject stands between.
    let q = quotes(
        "Juru bicara PLN menyangkal telah menerima tuntutan itu, tetapi dia mengatakan: “Kami tetap berkomitmen pada konsumen kami.”",
        "id",
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.antecedent.as_deref(), Some("Juru bicara PLN"));
    let q = quotes(
        "Budi mengatakan harga naik. Direktur PT Maju membantah tuduhan itu, dan ia mengatakan bahwa pihaknya siap diperiksa.",
        "id",
    );
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].speaker.antecedent.as_deref(), Some("Direktur PT Maju"));
    // After ", dan ia" with a verb of saying, the speaker again with a report of its own.
    let q = quotes(
        "Direktur PT Maju mengatakan tuduhan itu salah, dan ia menambahkan bahwa pihaknya siap diperiksa.",
        "id",
    );
    let said: Vec<_> = q
        .iter()
        .map(|q| (q.speaker.text.as_str(), q.content.as_str()))
        .collect();
    assert_eq!(
        said,
        [
            ("Direktur PT Maju", "tuduhan itu salah"),
            ("ia", "pihaknya siap diperiksa")
        ]
    );
    assert_eq!(q[1].speaker.antecedent.as_deref(), Some("Direktur PT Maju"));
    // The person named last, not one named inside the quote.
    let text = "Setelah pertandingan, Rizal Firmansyah tampak lelah. “Saya berterima kasih kepada Joko Susilo,” katanya.";
    let entities = crate::entity::find_entities(text, "id");
    let q = find_quotes(text, "id", &entities, None);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.text, "katanya");
    assert_eq!(q[0].speaker.name.as_deref(), Some("Rizal Firmansyah"));
    // Of the people named, the one who was a sentence's subject.
    let text = "Morrison was the third witness who listened in on the call with Ukrainian President Volodymyr Zelensky. He said he wasn't concerned about the content of the call.";
    let entities = crate::entity::find_entities(text, "en");
    let q = find_quotes(text, "en", &entities, None);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.name.as_deref(), Some("Morrison"));
    // "Pihaknya" is the side the sentence before was about.
    let q = quotes(
        "DPR mengaku serius memperhatikan kesejahteraan hakim. Pihaknya meminta kementerian terkait membahas masalah tersebut.",
        "id",
    );
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].speaker.text, "Pihaknya");
    assert_eq!(q[1].speaker.name.as_deref(), Some("DPR"));
    // Nobody named before: the pronoun stays unresolved, a guess.
    let q = quotes("“Kami sudah siap,” katanya.", "id");
    assert_eq!(q[0].speaker.name, None);
    assert!(q[0].confidence <= 0.5);
}

#[test]
fn a_speaker_called_by_one_of_their_names_is_the_person_named_in_full() {
    // Indonesian news calls a person by a first name or a short form as often as by the last name.
    let text = "Menteri Luar Negeri Retno Marsudi bertemu Wakil Ketua KPK Alexander Marwata. \
                “Dunia tidak boleh diam,” ucap Retno. Alexander membenarkan pertemuan itu. \
                Jokowi menegaskan pemerintah akan mendukung langkah itu.";
    let entities = crate::entity::find_entities(text, "id");
    let names: Vec<_> = find_quotes(text, "id", &entities, None)
        .into_iter()
        .map(|q| (q.speaker.text, q.speaker.name))
        .collect();
    let named = |text: &str, name: &str| (text.to_string(), Some(name.to_string()));
    assert_eq!(
        names,
        [
            named("Retno", "Retno Marsudi"),
            named("Alexander", "Alexander Marwata"),
            named("Jokowi", "Joko Widodo"),
        ]
    );
    // A full name written another way is named by the entity's canonical name, as its surname is.
    let text =
        "President Volodymyr Zelenskiy said the aid mattered. Zelenskiy said more was needed.";
    let entities = crate::entity::find_entities(text, "en");
    let names: Vec<_> = find_quotes(text, "en", &entities, None)
        .into_iter()
        .map(|q| q.speaker.name)
        .collect();
    let zelensky = Some("Volodymyr Zelensky".to_string());
    assert_eq!(names, [zelensky.clone(), zelensky]);
}

#[test]
fn hal_itu_after_the_same_speakers_statement_adds_where_and_when() {
    let q = quotes(
        "Presiden Prabowo Subianto menegaskan Indonesia tidak akan bergabung dengan blok militer mana pun. \
         Hal itu disampaikan Prabowo dalam pidato di Istana Negara, Selasa (5/11/2024).",
        "id",
    );
    let said: Vec<_> = q
        .iter()
        .map(|q| {
            (
                q.content.as_str(),
                q.via.as_deref(),
                q.when.as_ref().map(|w| w.text.as_str()),
            )
        })
        .collect();
    assert_eq!(
        said,
        [(
            "Indonesia tidak akan bergabung dengan blok militer mana pun",
            Some("dalam pidato di Istana Negara"),
            Some("Selasa (5/11/2024)")
        )]
    );
    // Someone else's "Hal itu" is their own statement.
    let q = quotes(
        "Kementerian Keuangan menyatakan defisit APBN mencapai Rp 309 triliun. Hal itu disampaikan Wakil \
         Menteri Keuangan Rudianto Halim dalam konferensi pers, Kamis (20/11/2025).",
        "id",
    );
    assert_eq!(q.len(), 2, "{q:#?}");
}

#[test]
fn a_description_or_a_group_points_back_to_who_was_named_before() {
    // "Wali Kota Solo itu" is Gibran, who said nothing quoted before, not the eyewitnesses of the paragraph
    // before.
    let text = "Menurut keterangan saksi mata, pelaku melarikan diri ke arah utara.\n\n\
                Gibran mengatakan hal itu seusai meninjau lokasi banjir di Kecamatan Pasar Kliwon. “Saya sudah \
                sampaikan ke Pak Kapolda,” ujar Wali Kota Solo itu.";
    let q = find_quotes(text, "id", &crate::entity::find_entities(text, "id"), None);
    let last = q
        .last()
        .map(|q| (q.speaker.text.as_str(), q.speaker.name.as_deref()));
    assert_eq!(last, Some(("Wali Kota Solo itu", Some("Gibran"))), "{q:#?}");
    // A group named before is the people counted, not what they were named as.
    let q = quotes(
        "Kejaksaan menetapkan lima orang sebagai tersangka dalam kasus itu.\n\n\
         Mereka mengaku tidak bersalah atas tuduhan tersebut.",
        "id",
    );
    let last = q
        .last()
        .map(|q| (q.speaker.text.as_str(), q.speaker.name.as_deref()));
    assert_eq!(last, Some(("Mereka", Some("lima orang"))), "{q:#?}");
}

#[test]
fn a_described_person_or_a_pronoun_with_adverbs_points_back() {
    // "pria 70 tahun itu" is the speaker named just before.
    let q = quotes(
        "“Tinggal konsistensi saja,” kata Sugiarto Halim. “Saya bangga,” ujar pria 70 tahun itu.",
        "id",
    );
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].speaker.text, "pria 70 tahun itu");
    assert_eq!(q[1].speaker.name.as_deref(), Some("Sugiarto Halim"));
    // "jawab dia singkat": the pronoun alone is the speaker.
    let q = quotes(
        "Calon wakil gubernur itu menjawab pertanyaan panelis. “Dari efisiensi belanja pegawai,” jawab dia singkat.",
        "id",
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.text, "dia");
    assert_eq!(q[0].speaker.kind, SpeakerKind::Pronoun);
}

#[test]
fn an_auxiliary_between_the_speaker_after_a_quote_and_the_cue() {
    for text in [
        "“The duty is paid by a U.S. importer,” Howard Gleckman has said.",
        "“The duty is paid by a U.S. importer,” Howard Gleckman, a senior fellow at the Tax Policy Center, has written.",
    ] {
        let q = quotes(text, "en");
        assert_eq!(q.len(), 1, "{text}");
        assert_eq!(q[0].speaker.text, "Howard Gleckman", "{text}");
    }
    // A book written is no statement.
    assert!(quotes("He has written a book about the war.", "en")
        .iter()
        .all(|q| q.is_guess()));
}

#[test]
fn knowing_someone_is_no_statement() {
    let q = quotes(
        "Trump barely knows him, but Sondland said he has spoken several times with the president.",
        "en",
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.text, "Sondland");
    assert_eq!(
        q[0].content,
        "he has spoken several times with the president"
    );
}

#[test]
fn two_spaces_after_a_full_stop_end_the_sentence() {
    let q = quotes(
        "Shelby said he refused to follow her commands.  The man was tased later.",
        "en",
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].content, "he refused to follow her commands");
}

#[test]
fn a_report_the_sentence_rests_on_names_its_reporter() {
    for (text, speaker) in [
        (
            "Berdasarkan laporan Nielsen, penjualan naik 5 persen.",
            "Nielsen",
        ),
        (
            "Mengacu pada keterangan resmi Polda Metro Jaya, pelaku berjumlah tiga orang.",
            "Polda Metro Jaya",
        ),
    ] {
        let q = quotes(text, "id");
        assert_eq!(q.len(), 1, "{text}");
        assert_eq!(q[0].speaker.text, speaker, "{text}");
    }
    // Data and laws are no one's statement.
    for text in [
        "Berdasarkan data BPS, inflasi naik.",
        "Berdasarkan Undang-Undang Nomor 7, pemilu digelar lima tahun sekali.",
    ] {
        assert!(quotes(text, "id").is_empty(), "{text}");
    }
}

#[test]
fn what_is_announced_is_a_statement() {
    let q = quotes(
        "Omnivision telah mengumumkan Ov16860, sebuah sensor kamera baru untuk ponsel pintar.",
        "id",
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.text, "Omnivision");
    assert_eq!(
        q[0].content,
        "Ov16860, sebuah sensor kamera baru untuk ponsel pintar"
    );
    let q = quotes("PKB kan mengumumkan tiga calon presidennya.", "id");
    assert_eq!(q[0].speaker.text, "PKB");
}

#[test]
fn a_suggestion_after_a_quote() {
    let q = quotes(
        "“Kami harap warga berani menolak pungutan di luar ketentuan,” saran Asih.",
        "id",
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.text, "Asih");
    // Bare, a suggestion is a noun: "saran dari warga".
    assert!(quotes("Panitia menerima saran dari warga soal jadwal.", "id").is_empty());
}

#[test]
fn a_long_title_before_the_name_after_the_cue() {
    let q = quotes(
        "“Kepolisian mengerahkan tim SAR untuk membantu warga,” kata Kepala Bidang Humas Polda Metro Jaya Komisaris Besar Rikwanto di Jakarta, Kamis (5/4).",
        "id",
    );
    assert_eq!(q.len(), 1);
    assert_eq!(
        q[0].speaker.text,
        "Kepala Bidang Humas Polda Metro Jaya Komisaris Besar Rikwanto"
    );
}

#[test]
fn a_body_set_off_between_the_role_and_the_name() {
    let q = quotes(
        "“Sekolah dibuka kembali,” kata Kepala Bidang Humas, Dinas Pendidikan Kota Bogor, Budi Santoso, kepada wartawan.",
        "id",
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.name.as_deref(), Some("Budi Santoso"));
    assert_eq!(q[0].via.as_deref(), Some("wartawan"));
    // The listener after a name set off by commas is the channel too.
    let q = quotes(
        "“Tim sudah diturunkan,” tutur Kepala Kantor SAR Mataram, Lalu Wirawan, kepada Antara.",
        "id",
    );
    assert_eq!(q[0].speaker.name.as_deref(), Some("Lalu Wirawan"));
    assert_eq!(q[0].via.as_deref(), Some("Antara"));
    // A listener after the words that describe the speaker, or between the speaker and the cue.
    for (text, speaker, via) in [
        (
            "“Harga sawit mulai naik,” kata Sapruddin, salah seorang petani sawit kepada Serambi, Sabtu.",
            "Sapruddin",
            "Serambi",
        ),
        (
            "Kami akan mengimbau gubernur baru, kata Aldo, kepada Kompas.com, Selasa.",
            "Aldo",
            "Kompas.com",
        ),
        (
            "Camat Darman kepada Serambi mengatakan suasana di desa itu masih mencekam.",
            "Camat Darman",
            "Serambi",
        ),
    ] {
        let q = quotes(text, "id");
        assert_eq!(q.len(), 1, "{text}");
        assert_eq!(q[0].speaker.text, speaker, "{text}");
        assert_eq!(q[0].via.as_deref(), Some(via), "{text}");
    }
    // A verb between the speaker and "kepada" makes it no listener of this statement.
    let q = quotes(
        "“Harga naik,” kata Sapruddin yang menjual sawit kepada pengepul.",
        "id",
    );
    assert_eq!(q[0].via, None);
}

#[test]
fn an_office_written_in_lower_case_runs_to_the_name_after_it() {
    for (text, speaker, name) in [
        (
            "“Kami akan mengevaluasi,” kata Menteri dalam negeri Gamawan Fauzi di Jakarta.",
            "Menteri dalam negeri Gamawan Fauzi",
            "Gamawan Fauzi",
        ),
        (
            "“Mudah-mudahan ada dua gelar,” kata kepala bidang pembinaan dan prestasi PBSI Susi Susanti kepada wartawan.",
            "kepala bidang pembinaan dan prestasi PBSI Susi Susanti",
            "Susi Susanti",
        ),
        (
            "Dalam aksinya, menurut kepala subdit Polda Metro Jaya, ajun komisaris besar polisi Adi Vivid, para tersangka memakai modus baru.",
            "kepala subdit Polda Metro Jaya, ajun komisaris besar polisi Adi Vivid",
            "Adi Vivid",
        ),
    ] {
        let q = quotes(text, "id");
        assert_eq!(q.len(), 1, "{text}");
        assert_eq!(q[0].speaker.text, speaker, "{text}");
        assert_eq!(q[0].speaker.name.as_deref(), Some(name), "{text}");
    }
    // Without a name ahead, "dan" still joins a second speaker or ends the phrase.
    let q = quotes("“Harga naik,” kata petani dan pedagang di pasar itu.", "id");
    assert_eq!(q[0].speaker.text, "petani");
}

#[test]
fn the_medium_or_occasion_of_an_indonesian_statement_is_its_channel() {
    for (text, via) in [
        // A news site by its address; people listening after "pada", as after "kepada".
        (
            "“Jajaran direksi kami ganti,” kata Gubernur DKI Jakarta, Basuki Tjahaja Purnama, dalam Beritajakarta.com, Selasa (18/10/2016).",
            "dalam Beritajakarta.com",
        ),
        (
            "Zahid mengatakan pada polisi dia pergi ke rumah saudaranya Kamis malam.",
            "polisi",
        ),
        // A verdict, a book or a vlog the words were said or written in.
        (
            "Gugatan penggugat tidak dapat diterima, kata hakim Oloan Harianja dalam putusannya, Selasa (24/2/2015).",
            "dalam putusannya",
        ),
        (
            "Penggarapan filmnya tertunda, jelas Radit dalam vlog-nya di Youtube (1/29/2017).",
            "dalam vlog-nya di Youtube",
        ),
        (
            "Dalam pertimbangannya, hakim konstitusi menyatakan dalil pemohon tidak terbukti.",
            "Dalam pertimbangannya",
        ),
        // A speaker reached by a reporter the text names, in a relative clause.
        (
            "Lumayan bisa datang bareng pacar, kata Nugi (23), pengunjung asal Depok yang ditemui Beritagar.id di loket, Rabu (3/4/2017).",
            "ditemui Beritagar.id",
        ),
        // After a role set off after the name, a relative clause and all.
        (
            "“Pasokan berkurang,” ungkap Haji Nurdin, pedagang beras yang sudah 20 tahun berjualan di pasar itu, saat ditemui Kompas.com, Jumat (15/11/2024).",
            "saat ditemui Kompas.com",
        ),
        // After the cue or the speaker, before the cue, or opening the sentence.
        (
            "“Tersangka diduga menerima fee,” ujar Ardhi dalam konferensi pers, Kamis (11/1/2024).",
            "dalam konferensi pers",
        ),
        (
            "“Jadi nanti tergantung majelis hakim,” kata Maruarar, saat dihubungi, Jumat.",
            "saat dihubungi",
        ),
        (
            "Kepala BPBD Kabupaten Bandung saat dihubungi menyebutkan 2.300 jiwa terdampak.",
            "saat dihubungi",
        ),
        (
            "Dalam keterangan tertulisnya, Budi Santoso mengatakan harga beras naik.",
            "Dalam keterangan tertulisnya",
        ),
        (
            "Kevin Hartono, dalam konferensi pers di Jakarta, Kamis (6/2), mengumumkan 42 musisi akan tampil.",
            "dalam konferensi pers di Jakarta",
        ),
        (
            "Budi mengatakan dalam rapat itu pemerintah setuju menaikkan harga.",
            "dalam rapat itu",
        ),
        (
            "“Kami tetap solid,” ujar pelatih itu di hadapan para pendukungnya.",
            "di hadapan para pendukungnya",
        ),
        // A "-nya" cue takes its listener too.
        ("“Survei itu kan potret sesaat,” selorohnya kepada wartawan.", "wartawan"),
        // Past a time or a circumstance, a listener first, then an outlet's note, then a setting.
        (
            "“Pemain lain punya kesempatan,” katanya seusai laga kepada BT Sport.",
            "BT Sport",
        ),
        (
            "“Kita lihat saja nanti,” kata pelatih Wenger usai pertandingan seperti dikutip The Guardian.",
            "The Guardian",
        ),
        (
            "“Cek fisik masih disimpan penyidik,” jelas jaksa dalam sidang di Pengadilan Negeri Denpasar, Selasa (24/11), seperti dikutip Detik.com.",
            "Detik.com",
        ),
        // A place's name is no verb of its own.
        (
            "“Kami sudah tidak tahu lagi,” kata Khalidin, warga Merduati, kepada Serambi.",
            "Serambi",
        ),
        // Before the cue: a listener set off, an outlet's note set off, talking with an outlet.
        (
            "Kepada Pos Kupang, Kamis (23/6/2011), Ngurah Sriada mengatakan program utamanya menuntaskan kasus korupsi.",
            "Pos Kupang",
        ),
        (
            "Manajer kebijakan Walhi, Munhur Satyahaprabu, dikutip Tempo.co, mengatakan perusahaan asing berperan sebagai penampung.",
            "Tempo.co",
        ),
        (
            "“Paling sampai ujung situ,” ujar warga setempat, Hilmi, saat berbincang dengan Detikcom.",
            "saat berbincang dengan Detikcom",
        ),
        ("Ekonomi kreatif harus diantisipasi, kata Azhar dalam Okezone.com.", "dalam Okezone.com"),
        // After a quote its cue came before: the outlet's note.
        (
            "Paus itu berkata, “Perang selalu merupakan kekalahan bagi umat manusia,” seperti dikutip Vatican News.",
            "Vatican News",
        ),
    ] {
        let q = quotes(text, "id");
        assert_eq!(q.len(), 1, "{text}");
        assert_eq!(q[0].via.as_deref(), Some(via), "{text}");
    }
    // At the end of what was said: a setting made for speaking, or any setting through "melalui", is cut
    // off the content and is the channel; other settings may be part of what was said.
    for (text, content, via) in [
        (
            "Artis itu mengumumkan kehamilan anak pertamanya melalui akun Instagram pribadinya.",
            "kehamilan anak pertamanya",
            Some("melalui akun Instagram pribadinya"),
        ),
        (
            "Budi mengatakan harga beras naik saat dihubungi Tempo.",
            "harga beras naik",
            Some("saat dihubungi Tempo"),
        ),
        (
            "Pemimpin partai itu mengklaim kemenangan di hadapan ribuan pendukungnya di ibu kota.",
            "kemenangan",
            Some("di hadapan ribuan pendukungnya"),
        ),
        (
            "Budi mengatakan pemerintah akan membahas hal itu dalam rapat kabinet.",
            "pemerintah akan membahas hal itu dalam rapat kabinet",
            None,
        ),
        (
            "Polisi mengimbau warga agar tidak menyebarkan berita bohong di media sosial.",
            "warga agar tidak menyebarkan berita bohong di media sosial",
            None,
        ),
    ] {
        let q = quotes(text, "id");
        assert_eq!(q.len(), 1, "{text}");
        assert_eq!(q[0].content, content, "{text}");
        assert_eq!(q[0].via.as_deref(), via, "{text}");
    }
    // What follows "saat" or "dalam" may be what was said, and being asked is no channel.
    for text in [
        "Budi mengatakan saat ini pemerintah setuju menaikkan harga.",
        "“Harga naik,” kata Sapruddin yang menjual sawit dalam acara pasar murah.",
        "Ketika ditanya soal harga, Budi mengatakan pemerintah setuju menaikkan harga.",
        "Menanggapi surat kepada presiden, Budi mengatakan pemerintah akan menjawab.",
    ] {
        let q = quotes(text, "id");
        assert_eq!(q.len(), 1, "{text}");
        assert_eq!(q[0].via, None, "{text}");
    }
    // A relative clause after the occasion is no aside: what was said stays before the cue.
    let q = quotes(
        "Ini karena banyak orang semakin peduli untuk berpenampilan lebih baik, ujar Caren dalam Acara Pembukaan Styling Project Exhibition yang ia gawangi, the backstage, di Grand Indonesia, Jakarta.",
        "id",
    );
    assert_eq!(q.len(), 1);
    assert_eq!(
        q[0].content,
        "Ini karena banyak orang semakin peduli untuk berpenampilan lebih baik"
    );
}

#[test]
fn a_listener_named_before_the_speaker_is_the_channel() {
    let q = quotes(
        "Kepada wartawan di Oslo, Stoltenberg mengatakan NATO akan terus mendukung Ukraina.",
        "id",
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.text, "Stoltenberg");
    assert_eq!(q[0].via.as_deref(), Some("wartawan di Oslo"));
    // A listener after the cue still wins, and a sentence without one has none.
    let q = quotes(
        "Budi mengatakan kepada Kompas.com bahwa harga beras naik tajam.",
        "id",
    );
    assert_eq!(q[0].via.as_deref(), Some("Kompas.com"));
    let q = quotes(
        "Di Jakarta, Budi mengatakan harga beras naik tajam pekan ini.",
        "id",
    );
    assert_eq!(q[0].via, None);
    // Without the comma: an outlet is one word, a description runs to the name, a pronoun speaks.
    for (text, speaker, name, via) in [
        (
            "Kepada Kompastekno Pudji mengatakan aturan itu berlaku pada September.",
            "Pudji",
            Some("Pudji"),
            "Kompastekno",
        ),
        (
            "Kepada para wartawan Budi Santoso menjelaskan bahwa jalan itu ditutup.",
            "Budi Santoso",
            Some("Budi Santoso"),
            "para wartawan",
        ),
        (
            "Kepada Presiden Jokowi ia mengatakan bahwa anggaran itu kurang.",
            "ia",
            None,
            "Presiden Jokowi",
        ),
    ] {
        let q = quotes(text, "id");
        assert_eq!(q.len(), 1, "{text}");
        assert_eq!(q[0].speaker.text, speaker, "{text}");
        assert_eq!(q[0].speaker.name.as_deref(), name, "{text}");
        assert_eq!(q[0].via.as_deref(), Some(via), "{text}");
    }
}

#[test]
fn a_quote_after_a_reported_statement_goes_on_with_its_speaker() {
    let text = "Darso mengatakan sekitar dua jam ia menemani Denny di depan pintu utama. “Pak Wamen sempat menepuk bahu saya sembari meminta maaf.”";
    let q = quotes(text, "id");
    assert_eq!(q.len(), 2);
    assert_eq!(
        (q[1].speaker.text.as_str(), q[1].cue.as_deref()),
        ("Darso", None)
    );
    assert!(q[1].confidence < q[0].confidence);
    // A sentence that reports nobody's words leaves the quote a guess.
    let alone = quotes(
        "Harga beras naik lagi pekan ini. “Pak Wamen sempat menepuk bahu saya sembari meminta maaf.”",
        "id",
    );
    assert_eq!(alone.len(), 1);
    assert_eq!(alone[0].speaker.kind, SpeakerKind::Unknown);
}

#[test]
fn a_quote_that_finishes_reported_words_is_a_mixed_quote_of_their_speaker() {
    let text = "Budi mengatakan bahwa pemerintah harus bertindak, “Sebelum semuanya terlambat.”";
    let q = quotes(text, "id");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].kind, QuoteKind::Mixed);
    assert_eq!(q[0].speaker.text, "Budi");
    assert_eq!(
        q[0].content,
        "pemerintah harus bertindak, “Sebelum semuanya terlambat.”"
    );
    // A cue of its own before the quote introduces it: the words before are another statement.
    let answered = quotes(
        "Penulis menanyakan kenapa mereka ikut serta? beliau menjawab, “Tentu saja kami ikut.”",
        "id",
    );
    assert!(
        answered.iter().all(|q| q.kind != QuoteKind::Mixed),
        "{answered:?}"
    );
}

#[test]
fn a_paragraph_cut_inside_a_quote_ends_it_at_the_mark_before_its_cue() {
    let q = quotes(
        "Bunga pinjaman di bawah 10 persen, \"Paparnya. (Ant / OL - 9)",
        "id",
    );
    assert_eq!(q.len(), 1);
    assert_eq!(
        (q[0].content.as_str(), q[0].cue.as_deref(), q[0].kind),
        (
            "Bunga pinjaman di bawah 10 persen",
            Some("Paparnya"),
            QuoteKind::Direct
        )
    );
    // A quote that a cue before it opens stays one, closed or not.
    let opened = quotes("Budi berkata, \"Dirinya tidak bersalah.", "id");
    assert_eq!(opened.len(), 1);
    assert_eq!(opened[0].content, "Dirinya tidak bersalah.");
}

#[test]
fn a_quote_with_no_cue_and_no_previous_speaker_is_a_guess() {
    let q = quotes("“Tidak ada yang bisa menghentikan kami sekarang.”", "id");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.kind, SpeakerKind::Unknown);
    assert!(q[0].confidence < 0.5);
}

#[test]
fn scare_quotes_and_negated_cues_are_not_attributions() {
    for text in [
        "Biden ‘diam-diam’ mengizinkan Ukraina melakukan serangan.",
        "Ukraina tidak banyak mengatakan tentang invasi tersebut.",
        "'Pilihan Operasional'",
        "The minister did not say when the talks would resume.",
        "Menurut berita, pemerintah China menghentikan pembatasan akses ke Wikipedia mulai 3 Juli.",
        "\"' PT Kawasaki Motor Indonesia kembali membuktikan konsistensinya dengan selalu mempersiapkan motor premium.",
    ] {
        assert_eq!(summary(text, "und"), [], "{text}");
    }
}

#[test]
fn pronoun_and_definite_description_take_the_nearest_compatible_speaker() {
    let text = "Seorang pejabat Prancis mengatakan dukungan itu terbatas.\n\nPejabat tersebut menambahkan bahwa Paris tidak memerintah Kyiv.\n\nPresiden Ukraina Volodymyr Zelenskyy mengatakan bahwa pasukannya maju. Dia juga mengatakan bahwa pertukaran tahanan akan dilakukan. Dirinya berharap, perang segera berakhir.";
    let q = quotes(text, "id");
    let got: Vec<(&str, Option<&str>)> = q
        .iter()
        .map(|q| (q.speaker.text.as_str(), q.speaker.name.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("Seorang pejabat Prancis", None),
            ("Pejabat tersebut", Some("Seorang pejabat Prancis")),
            (
                "Presiden Ukraina Volodymyr Zelenskyy",
                Some("Volodymyr Zelenskyy")
            ),
            ("Dia", Some("Volodymyr Zelenskyy")),
            ("Dirinya", Some("Volodymyr Zelenskyy")),
        ]
    );
    assert_eq!(q[3].speaker.kind, SpeakerKind::Pronoun);
    assert_eq!(q[4].speaker.kind, SpeakerKind::Pronoun);
}

#[test]
fn antecedents_are_the_phrases_pointed_back_to() {
    let text = "Seorang pejabat Prancis mengatakan dukungan itu terbatas.\n\nPejabat tersebut menambahkan bahwa Paris tidak memerintah Kyiv.\n\n“Kami akan terus berjuang sampai akhir,” kata Zelenskyy. Dia juga mengatakan bahwa pertukaran tahanan akan dilakukan.\n\n“Itu pilihan yang sulit,” tambahnya.";
    let got: Vec<(String, Option<String>)> = find_quotes(text, "id", &[], None)
        .into_iter()
        .map(|q| (q.speaker.text, q.speaker.antecedent))
        .collect();
    let want = [
        ("Seorang pejabat Prancis", None),
        ("Pejabat tersebut", Some("Seorang pejabat Prancis")),
        ("Zelenskyy", None),
        ("Dia", Some("Zelenskyy")),
        ("Dia", Some("Zelenskyy")),
    ];
    let want: Vec<(String, Option<String>)> = want
        .iter()
        .map(|(s, a)| (s.to_string(), a.map(str::to_string)))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn offsets_are_code_points() {
    let text = "“Ya—tentu saja kami siap,” kata Sri Mulyani.";
    let q = &quotes(text, "id")[0];
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(chars[q.start..q.end].iter().collect::<String>(), q.content);
    let (s, e) = (q.speaker.start.unwrap(), q.speaker.end.unwrap());
    assert_eq!(chars[s..e].iter().collect::<String>(), "Sri Mulyani");
}

/// A sentence far longer than a quote's reach, in letters of two bytes: the cue before the quote is still
/// read, and the cut falls between characters.
#[test]
fn a_quote_in_an_endless_sentence_keeps_its_cue() {
    let text = format!(
        "{}dan, kata polisi, Budi berkata, “Harga beras naik tajam hari ini.” {}",
        "é ".repeat(700),
        "à ".repeat(700)
    );
    let q = find_quotes(&text, "id", &[], None);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].speaker.text, "Budi");
    let cut = around(&text, 0..text.len(), 2000..2010);
    assert!(text.is_char_boundary(cut.start) && text.is_char_boundary(cut.end));
    assert!(cut.start > 0 && cut.end < text.len());
}

#[test]
fn odd_input_does_not_panic() {
    for text in [
        "",
        "“",
        "”",
        "\"",
        "kata",
        ", kata",
        "“a” b “c",
        "…, kata.",
        "X mengatakan",
        "said, said, said.",
        // A relative pronoun that closes its own clause before the cue.
        "’s yang , menyebut",
        "Budi yang, mengatakan itu.",
        "Kepada",
        "Kepada ia mengatakan",
        // A role set off by a comma with nothing after it.
        "“Aman,” kata Kepala Dinas,",
        "“Aman,” kata Kepala Dinas, Dinas Sosial,",
    ] {
        for lang in ["und", "id", "en"] {
            let _ = quotes(text, lang);
        }
    }
}

mod english_cues;
mod english_recall;
mod indonesian_layouts;
mod indonesian_negatives;
mod outlets;
