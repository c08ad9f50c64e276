//! Plain text: one block per non-empty line, and the first line as title when it reads like one.

use warta_model::Block;

/// The blocks of `text`, each with its code-point offset in `text`, and the title if the first line is one.
pub(crate) fn extract_text(text: &str) -> (Option<String>, Vec<Block>) {
    let mut blocks = Vec::new();
    let mut chars = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let leading = line.len() - line.trim_start().len();
            let leading_chars = line.get(..leading).map_or(0, |l| l.chars().count());
            blocks.push(Block {
                text: trimmed.to_string(),
                raw_start: Some(chars + leading_chars),
            });
        }
        chars += line.chars().count();
    }
    let title = match blocks.as_slice() {
        [first, _, ..] if looks_like_title(&first.text) => Some(blocks.remove(0).text),
        _ => None,
    };
    (title, blocks)
}

/// Words that end a sentence fragment, not a headline ("… menurut", "… and the").
const DANGLING: &[&str] = &[
    "the", "a", "an", "and", "or", "of", "to", "in", "for", "with", "by", "yang", "dan", "atau",
    "di", "ke", "dari", "untuk", "dengan", "pada", "bahwa", "oleh", "menurut", "kata",
];

/// A headline is short (4 to 25 words, at most 250 characters) and does not stop mid-sentence. Shorter lines
/// are logos, bylines and section names ("Logo X", "Berita Terkini").
pub(crate) fn looks_like_title(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() < 4 || words.len() > 25 || line.chars().count() > 250 {
        return false;
    }
    if line.ends_with([',', ';', ':', '-', '(', '[', '/', '&']) {
        return false;
    }
    let last = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
    !DANGLING.contains(&last.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_blocks_with_offsets() {
        let text = "Judul berita yang cukup panjang\n\n  Paragraf “satu”.\nBaris dua.\n\n\nAkhir";
        let (title, blocks) = extract_text(text);
        assert_eq!(title.as_deref(), Some("Judul berita yang cukup panjang"));
        let texts: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Paragraf “satu”.", "Baris dua.", "Akhir"]);
        for block in &blocks {
            let start = block.raw_start.unwrap();
            let found: String = text
                .chars()
                .skip(start)
                .take(block.text.chars().count())
                .collect();
            assert_eq!(found, block.text);
        }
    }

    #[test]
    fn titles_are_recognised() {
        let cases = [
            ("Logo Bloomberg Technoz", false),
            ("Ekonomi", false),
            ("Biden ‘diam-diam’ mengizinkan Ukraina melakukan serangan luas terhadap Rusia – Politico", true),
            ("Menurut pejabat yang tidak mau disebut namanya,", false),
            ("Pejabat itu mengatakan bahwa", false),
            (&"kata ".repeat(30), false),
        ];
        for (line, expected) in cases {
            assert_eq!(looks_like_title(line), expected, "{line}");
        }
        // A lone line is the body, not a title.
        assert_eq!(extract_text("Satu baris saja yang panjang sekali.").0, None);
    }
}
