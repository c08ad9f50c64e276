//! The embedded model end to end: loading, tagging, entities in text and the `warta ner --conll` contract.

use std::io::BufReader;

use warta_ner::conll::read_labelled;
use warta_ner::eval::evaluate;
use warta_ner::{conll, EntityKind, Label, Scheme, Tagger};

const FIXTURE: &str = include_str!("fixtures/news-id.conll");

fn tagger() -> Tagger {
    match Tagger::load_default() {
        Ok(t) => t,
        Err(e) => panic!("embedded model must load: {e}"),
    }
}

fn allowed(label: &str) -> bool {
    Label::ALL.iter().any(|l| l.as_str() == label)
}

/// Runs the CoNLL contract and returns the output lines.
fn run_conll(input: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    if let Err(e) = conll(input, &mut out) {
        panic!("conll failed: {e}");
    }
    let text = String::from_utf8(out).unwrap_or_default();
    text.lines().map(str::to_string).collect()
}

#[test]
fn tags_president_and_capital() {
    let labels = tagger().tag(&["Presiden", "Joko", "Widodo", "tiba", "di", "Jakarta"]);
    let tags: Vec<&str> = labels.iter().map(|l| l.as_str()).collect();
    assert_eq!(tags, ["O", "B-PERSON", "I-PERSON", "O", "O", "B-LOCATION"]);
}

#[test]
fn entities_have_code_point_offsets() {
    let text = "«Café» — Presiden Joko Widodo tiba di Jakarta.";
    let chars: Vec<char> = text.chars().collect();
    let found: Vec<(String, &str)> = tagger()
        .entities(text)
        .into_iter()
        .map(|(s, e, kind)| (chars[s..e].iter().collect(), kind))
        .collect();
    assert!(
        found.contains(&("Joko Widodo".to_string(), "PERSON")),
        "{found:?}"
    );
    assert!(
        found.contains(&("Jakarta".to_string(), "LOCATION")),
        "{found:?}"
    );
}

#[test]
fn conll_round_trip_keeps_lines_and_tokens() {
    let output = run_conll(FIXTURE.as_bytes());
    let input: Vec<&str> = FIXTURE.lines().collect();
    assert_eq!(output.len(), input.len());
    for (inp, out) in input.iter().zip(&output) {
        if inp.is_empty() {
            assert!(out.is_empty(), "blank line kept");
            continue;
        }
        let (token, label) = out.split_once('\t').unwrap_or((out, ""));
        assert_eq!(Some(token), inp.split('\t').next());
        assert!(allowed(label), "{label:?}");
    }
}

#[test]
fn conll_survives_odd_input() {
    let mut input: Vec<u8> =
        b"\n\n  \nno-tab-line\nBandung\textra\tcols\r\ncaf\xe9\t\xff\n\n\n".to_vec();
    for i in 0..5000 {
        input.extend_from_slice(if i % 7 == 0 { b"Jakarta\n" } else { b"kata\n" });
    }
    input.extend_from_slice(b"\tO\nlast-without-newline");
    let output = run_conll(&input);
    let input_lines = input.split(|&b| b == b'\n').count();
    assert_eq!(output.len(), input_lines);
    assert_eq!(&output[..3], ["", "", ""]);
    assert!(output[4].starts_with("Bandung\t"));
    assert!(output[5].starts_with("caf\u{FFFD}\t"));
    for line in output.iter().filter(|l| !l.is_empty()) {
        let label = line.rsplit('\t').next().unwrap_or_default();
        assert!(allowed(label), "{line:?}");
    }
}

#[test]
fn corrupt_model_bytes_are_an_error() {
    assert!(Tagger::from_bytes(b"WNER\x01\0\0\0").is_err());
}

#[test]
fn scores_reasonably_on_hand_labelled_news() {
    let sentences =
        read_labelled(BufReader::new(FIXTURE.as_bytes()), Scheme::Warta).unwrap_or_default();
    assert_eq!(sentences.len(), 4);
    let scores = evaluate(&tagger(), &sentences);
    assert!(scores.micro().f1() >= 0.6, "{scores}");
    assert!(
        scores.kind(EntityKind::Location).recall() >= 0.75,
        "{scores}"
    );
}

#[test]
fn offices_and_schools_named_with_their_place_are_organizations() {
    let cases = [
        (
            "Kasat Reskrim Polres Ende mengatakan pelaku sudah ditahan .",
            "Polres Ende",
        ),
        (
            "Berkas perkara itu sudah dilimpahkan ke Kejati Jambi pekan lalu .",
            "Kejati Jambi",
        ),
        (
            "Ratusan siswa SMA Negeri 2 Kupang mengikuti upacara .",
            "SMA Negeri 2 Kupang",
        ),
    ];
    let tagger = tagger();
    for (text, want) in cases {
        let tokens: Vec<&str> = text.split(' ').collect();
        let labels = tagger.tag(&tokens);
        let found: Vec<String> = warta_ner::eval::chunks(&labels)
            .into_iter()
            .filter(|&(_, _, kind)| kind == EntityKind::Organization)
            .map(|(first, end, _)| tokens[first..end].join(" "))
            .collect();
        assert!(found.iter().any(|o| o == want), "{text}: {found:?}");
    }
}
