//! The seed articles' entities (tests/fixtures/seeds-gold.json at the workspace root) found by the embedded
//! model in the article text. The gold lists are surface forms, so this checks which forms the tagger finds.

use std::collections::BTreeSet;
use std::path::Path;

use warta_ner::Tagger;

const KINDS: [&str; 3] = ["PERSON", "LOCATION", "ORGANIZATION"];

#[test]
fn finds_most_seed_entities() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let gold_text =
        std::fs::read_to_string(root.join("tests/fixtures/seeds-gold.json")).unwrap_or_default();
    let gold: serde_json::Value = serde_json::from_str(&gold_text).unwrap_or_default();
    let Some(articles) = gold["articles"].as_object() else {
        panic!("seeds-gold.json has no articles");
    };
    let Ok(tagger) = Tagger::load_default() else {
        panic!("embedded model must load");
    };
    let (mut wanted, mut hits, mut predicted) = (0, 0, 0);
    for (file, annotation) in articles {
        let text =
            std::fs::read_to_string(root.join("examples/corpus").join(file)).unwrap_or_default();
        let chars: Vec<char> = text.chars().collect();
        let found: BTreeSet<(String, &str)> = tagger
            .entities(&text)
            .into_iter()
            .map(|(s, e, kind)| (chars[s..e].iter().collect(), kind))
            .collect();
        predicted += found.len();
        for kind in KINDS {
            for name in annotation["entities"][kind]
                .as_array()
                .into_iter()
                .flatten()
            {
                let name = name.as_str().unwrap_or_default().to_string();
                wanted += 1;
                if found.contains(&(name.clone(), kind)) {
                    hits += 1;
                } else {
                    println!("{file}: missed {kind} {name}");
                }
            }
        }
        println!("{file}: found {found:?}");
    }
    let recall = hits as f64 / wanted as f64;
    println!(
        "seed entities: {hits}/{wanted} found (recall {recall:.2}), {predicted} distinct predicted"
    );
    assert!(recall >= 0.7, "recall {recall:.2}");
}
