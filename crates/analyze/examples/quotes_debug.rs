//! Prints the quotes `find_quotes` finds in the given files (or in the text given with `-e`).
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
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
            "und",
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
