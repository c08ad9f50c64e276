//! Prints the quotes `find_quotes` finds in the given files (or in the texts given after `-e`), read as the
//! language given with `--lang=CODE` (default `und`: both languages' cues).
fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let lang = match args.first().and_then(|a| a.strip_prefix("--lang=")) {
        Some(code) => {
            let code = code.to_string();
            args.remove(0);
            code
        }
        None => "und".to_string(),
    };
    let texts: Vec<String> = match args.first().map(String::as_str) {
        Some("-e") => args[1..].to_vec(),
        _ => args
            .iter()
            .map(|p| std::fs::read_to_string(p).unwrap_or_default())
            .collect(),
    };
    for text in texts {
        for q in warta_analyze::quote::find_quotes(
            &text,
            &lang,
            &[],
            chrono::NaiveDate::from_ymd_opt(2024, 8, 14),
        ) {
            println!(
                "{:?} [{}] {:?} via={:?} when={:?} conf={} | {}",
                q.kind,
                q.speaker.text,
                q.cue,
                q.via,
                q.when.map(|w| (w.text, w.date)),
                q.confidence,
                q.content
            );
            println!("      kind={:?} name={:?}", q.speaker.kind, q.speaker.name);
        }
    }
}
