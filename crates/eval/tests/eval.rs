//! Each report runs end to end on a tiny data set in the format of the real one.

use std::path::{Path, PathBuf};
use warta_eval::attribution::{score_paragraphs, Sources};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn langid_scores_a_labelled_file() {
    let report = warta_eval::langid::evaluate(&fixture("langid.tsv")).unwrap();
    assert_eq!((report.sentences, report.malay), (4, 2));
    assert_eq!(report.warta, 1.0, "{report}");
    assert!(report.to_string().contains("whatlang alone"));
}

#[test]
fn cleaning_counts_gold_lines_and_removes_none_of_these() {
    let report = warta_eval::cleaning::evaluate(&fixture("ground-truth.json")).unwrap();
    assert_eq!((report.articles, report.gold_lines), (2, 4));
    assert!(report.removed.is_empty(), "{report}");
}

#[test]
fn clustering_scores_stories_and_the_baseline() {
    let report = warta_eval::clustering::evaluate(&fixture("mds.json")).unwrap();
    // The three catch-all articles count as singletons: 5 gold stories, not 3.
    assert_eq!((report.articles, report.gold_stories), (6, 5));
    assert_eq!(
        report.warta.bcubed.recall, 1.0,
        "the two quake reports share a story: {report}"
    );
    assert_eq!(report.baseline.bcubed.f1, 1.0, "{report}");
}

#[test]
fn a_missing_file_is_an_error_naming_it() {
    let err = warta_eval::langid::evaluate(&fixture("missing.tsv")).unwrap_err();
    assert!(err.to_string().contains("missing.tsv"));
}

#[test]
fn attribution_scores_the_seeds_and_a_brat_directory() {
    let report = warta_eval::attribution::evaluate(&fixture("attribution")).unwrap();
    let seeds = &report.seeds;
    assert_eq!((seeds.articles, seeds.gold), (3, 34), "{report}");
    assert!(seeds.matched <= seeds.gold.min(seeds.predicted));
    assert!(seeds.resolved <= seeds.matched);
    // The second annotator's file of the same text does not count: three gold contents, not four.
    let polnear = &report.polnear;
    assert_eq!((polnear.documents, polnear.gold), (1, 3), "{report}");
    // The direct quote with its cue is found, with its source; what else is found may grow with recall.
    assert!(
        polnear.exact >= 1 && polnear.exact <= polnear.matched,
        "{report}"
    );
    assert!(
        polnear.matched <= polnear.predicted.min(polnear.gold),
        "{report}"
    );
    assert!(
        polnear.source_agrees >= 1 && polnear.source_agrees <= polnear.with_source,
        "{report}"
    );
    // The fixture's quote in quotation marks is counted as direct and found.
    assert!(
        polnear.gold_direct >= 1 && polnear.matched_direct >= 1,
        "{report}"
    );
    assert!(polnear.matched_direct <= polnear.gold_direct.min(polnear.matched));
    assert!(report.to_string().contains("Gender Gap Tracker"));
}

#[test]
fn indonesian_attribution_scores_labelled_paragraphs_by_offset() {
    let dir = fixture("attribution-id");
    let dslcc = dir.join("dslcc.tsv");
    let mut sources = Sources::new(&dslcc, Path::new(""));
    let report = score_paragraphs(&mut sources, &dir.join("gold.jsonl")).unwrap();
    assert_eq!((report.paragraphs, report.gold_core), (5, 4), "{report}");
    // A named speaker, a "Menteri … mengatakan bahwa", a "-nya" cue pointing back to "Polisi" and one whose
    // person the paragraph never names: each found, each speaker right (the last left unnamed).
    assert_eq!(report.matched_core, 4, "{report}");
    assert_eq!(report.speaker_right, report.with_speaker, "{report}");
    // "sudah jelas" and "Sebut saja" are not speech.
    assert_eq!(
        (report.negative_paragraphs, report.negative_false_alarms),
        (1, 0),
        "{report}"
    );
    assert!(report
        .to_string()
        .contains("(labelled paragraphs; 5 paragraphs, 4 gold: 4 saying"));
}

#[test]
fn indonesian_attribution_reads_paragraphs_that_carry_their_text() {
    let dir = fixture("attribution-id");
    // No DSLCC file is read for written paragraphs: the path given does not exist.
    let missing = dir.join("no-such-file.tsv");
    let mut sources = Sources::new(&missing, &missing);
    let report = score_paragraphs(&mut sources, &dir.join("written.jsonl")).unwrap();
    assert_eq!((report.paragraphs, report.gold_core), (3, 2), "{report}");
    assert_eq!(report.matched_core, 2, "{report}");
    assert_eq!(report.speaker_right, report.with_speaker, "{report}");
    assert_eq!(
        (report.negative_paragraphs, report.negative_false_alarms),
        (1, 0),
        "{report}"
    );
}

#[test]
fn indonesian_attribution_refuses_a_different_file() {
    let dir = fixture("attribution-id");
    let gold = dir.join("gold.jsonl");
    let err = score_paragraphs(&mut Sources::new(&gold, Path::new("")), &gold).unwrap_err();
    assert!(
        err.to_string().contains("not the labelled paragraph"),
        "{err}"
    );
}

#[test]
fn english_attribution_reads_paragraphs_of_the_extraction_pages_by_offset() {
    let pages = fixture("ground-truth.json");
    let dir = fixture("attribution-en");
    let mut sources = Sources::new(Path::new("no-such-file.tsv"), &pages);
    let report = score_paragraphs(&mut sources, &dir.join("pages.jsonl")).unwrap();
    assert_eq!(
        (report.paragraphs, report.gold_core, report.matched_core),
        (1, 1, 1),
        "{report}"
    );
    assert_eq!(
        (report.speaker_right, report.with_speaker),
        (1, 1),
        "{report}"
    );
    let err = score_paragraphs(&mut sources, &dir.join("moved.jsonl")).unwrap_err();
    assert!(
        err.to_string()
            .contains("page a at 0 is not the labelled paragraph"),
        "{err}"
    );
}

#[test]
fn news_ner_labels_tokens_from_gold_offsets_and_scores_them() {
    let dir = fixture("ner-news");
    let tagger = warta_ner::Tagger::load_default().unwrap();
    let report = warta_eval::ner::score_news(
        &tagger,
        "news",
        &dir.join("dslcc.tsv"),
        &dir.join("gold.jsonl"),
    )
    .unwrap();
    assert_eq!(report.sentences, 2);
    let micro = report.scores.micro();
    assert_eq!(micro.gold, 8, "{}", report.scores);
    assert!(micro.correct <= micro.gold.min(micro.predicted));
    // Names this plain are within any tagger's reach.
    assert!(micro.correct >= 4, "{}", report.scores);
}
