//! Residue removal: takes scraping residue out of extracted text and keeps it aside with its reason.
//!
//! An extractor hands over a title and [`Block`]s (paragraphs, headings, lines). Scraped news carries lines
//! that are not the article: injected headlines of other articles ("MEMBACA …", "Baca juga: …"), lines
//! naming the original outlet ("Baca artikel asli di …"), logos and pagination, editor and agency tags
//! ("(bbn)", "Editor: …"), calls to action and copyright notices. [`clean`] returns a [`Cleaned`] article:
//! the body text without them, the [`Removed`] pieces with their [`RemovalReason`], the outlets and
//! people the residue named, and [`Segment`]s that trace every kept piece back to the raw document.
//!
//! Precision comes first: a line is residue only when the whole line matches an anchored,
//! length-bounded rule (module `residue`), or when the residue is clearly delimited inside it
//! (module `inline`). Kept text is never altered, so `text[segment]` is always the very text of
//! its block; analysis reads a [`Normalized`] copy (NFC, plain spaces, no zero-width characters) whose
//! offsets map back to the kept text. Sign-offs that publishers print as part of the story (a bare
//! copyright notice, "Originally published on …", "(Reporting by …)", picture credits) stay in the
//! text; the outlets and names they give are still read.
//!
//! ```
//! use warta_clean::clean;
//! use warta_model::{Block, RemovalReason};
//! let block = |text: &str, raw_start| Block { text: text.to_string(), raw_start: Some(raw_start) };
//! let cleaned = clean(
//!     Some("Harga beras naik – Reuters"),
//!     &[block("Harga beras naik 5 persen, kata menteri.", 0), block("BACA JUGA: Stok aman", 42)],
//! );
//! assert_eq!(cleaned.text, "Harga beras naik 5 persen, kata menteri.");
//! assert_eq!(cleaned.removed[0].reason, RemovalReason::RelatedHeadline);
//! assert_eq!(cleaned.original_outlet.as_deref(), Some("Reuters"));
//! ```

mod inline;
mod names;
mod normalize;
mod residue;
mod title;

use std::ops::Range;

use warta_model::{char_offset, Block, RemovalReason, Removed, Segment};

pub use normalize::Normalized;
use residue::{Finding, Residue};

/// An article body with its scraping residue taken out.
#[derive(Clone, Debug, Default)]
pub struct Cleaned {
    /// The kept pieces, each trimmed, joined by a blank line.
    pub text: String,
    /// One segment per kept piece, in text order.
    pub segments: Vec<Segment>,
    /// The residue, in document order.
    pub removed: Vec<Removed>,
    /// The title as given, trimmed.
    pub title: Option<String>,
    /// The outlet that published the page, when a logo line named it.
    pub outlet: Option<String>,
    /// The outlet the article first appeared in: a source line, an agency tag, or the title's suffix.
    pub original_outlet: Option<String>,
    /// Everyone a credit line names (authors, editors, assisting reporters), in order, without repeats.
    pub credits: Vec<String>,
    /// Those of [`Cleaned::credits`] named as the article's writers ("Penulis: …", "By …").
    pub authors: Vec<String>,
}

/// A piece of a block: the block's index and a byte range of its text.
#[derive(Clone, Debug)]
struct Piece {
    block: usize,
    bytes: Range<usize>,
}

/// Removes the residue from `blocks` and gathers what it said about outlets and people.
pub fn clean(title: Option<&str>, blocks: &[Block]) -> Cleaned {
    let title = title.map(str::trim).filter(|t| !t.is_empty());
    let mut sorter = Sorter::default();
    for (index, block) in blocks.iter().enumerate() {
        sorter.block(index, &block.text);
    }
    sorter.close_last_paragraph(blocks);

    let mut cleaned = Cleaned {
        title: title.map(str::to_string),
        ..Cleaned::default()
    };
    let mut agency_outlet = None;
    sorter
        .removed
        .sort_by_key(|(piece, _)| (piece.block, piece.bytes.start));
    let mut findings: Vec<(&Piece, &Finding)> = sorter.read.iter().map(|(p, f)| (p, f)).collect();
    for (piece, residue) in &sorter.removed {
        let block = &blocks[piece.block];
        let text = block.text.get(piece.bytes.clone()).unwrap_or_default();
        cleaned.removed.push(Removed {
            text: text.to_string(),
            reason: residue.reason,
            raw_start: raw_start(block, piece.bytes.start),
        });
        findings.extend(residue.finding.as_ref().map(|f| (piece, f)));
    }
    // Removed and kept lines speak in document order: the first outlet named wins.
    findings.sort_by_key(|(piece, _)| (piece.block, piece.bytes.start));
    for (_, finding) in findings {
        match finding {
            Finding::Outlet(name) => {
                cleaned.outlet.get_or_insert_with(|| name.clone());
            }
            Finding::OriginalOutlet(name) => {
                cleaned.original_outlet.get_or_insert_with(|| name.clone());
            }
            Finding::Agency(name) => {
                agency_outlet.get_or_insert_with(|| name.clone());
            }
            Finding::Credits { authors, others } => {
                for name in authors {
                    push_new(&mut cleaned.authors, name);
                    push_new(&mut cleaned.credits, name);
                }
                for name in others {
                    push_new(&mut cleaned.credits, name);
                }
            }
        }
    }
    // A title's suffix is often the page's own outlet, which is not where the article came from.
    let title_outlet = title.and_then(title::outlet_suffix).filter(|name| {
        cleaned
            .outlet
            .as_ref()
            .is_none_or(|outlet| !outlet.eq_ignore_ascii_case(name))
    });
    if cleaned.original_outlet.is_none() {
        cleaned.original_outlet = agency_outlet.or(title_outlet);
    }

    for piece in &sorter.kept {
        let block = &blocks[piece.block];
        let text = block.text.get(piece.bytes.clone()).unwrap_or_default();
        if !cleaned.text.is_empty() {
            cleaned.text.push_str("\n\n");
        }
        cleaned.segments.push(Segment {
            text_start: cleaned.text.chars().count(),
            len: text.chars().count(),
            raw_start: raw_start(block, piece.bytes.start),
        });
        cleaned.text.push_str(text);
    }
    cleaned
}

fn push_new(names: &mut Vec<String>, name: &str) {
    if !names.iter().any(|n| n == name) {
        names.push(name.to_string());
    }
}

fn raw_start(block: &Block, byte: usize) -> Option<usize> {
    block
        .raw_start
        .map(|start| start + char_offset(&block.text, byte))
}

/// Sorts the lines of the blocks into kept pieces and residue.
#[derive(Default)]
struct Sorter {
    kept: Vec<Piece>,
    removed: Vec<(Piece, Residue)>,
    /// Kept lines that still say where the article came from or who reported it.
    read: Vec<(Piece, Finding)>,
    /// Whether the next kept line may extend the last kept piece (same block, nothing removed between).
    open: bool,
}

impl Sorter {
    fn block(&mut self, index: usize, text: &str) {
        self.open = false;
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            let range = trimmed(text, line_start..line_start + line.len());
            line_start += line.len();
            if !range.is_empty() {
                self.line(index, text, range);
            }
        }
    }

    fn line(&mut self, block: usize, text: &str, range: Range<usize>) {
        let line = &text[range.clone()];
        if let Some(residue) = residue::classify(line) {
            return self.remove(block, range, residue);
        }
        if let Some(finding) = residue::attribution(line) {
            self.read.push((
                Piece {
                    block,
                    bytes: range.clone(),
                },
                finding,
            ));
        }
        let mut keep = range.clone();
        if let Some(marker) = inline::marker(line) {
            let marker = range.start + marker.start..range.start + marker.end;
            keep.start = marker.end;
            self.remove(
                block,
                trimmed(text, marker),
                Residue::plain(RemovalReason::Marker),
            );
        }
        let tail = inline::related_tail(&text[keep.clone()])
            .map(|t| keep.start + t.start..keep.start + t.end);
        if let Some(tail) = &tail {
            keep.end = tail.start;
        }
        self.keep(block, trimmed(text, keep));
        if let Some(tail) = tail {
            self.remove(block, tail, Residue::plain(RemovalReason::RelatedHeadline));
        }
    }

    fn keep(&mut self, block: usize, bytes: Range<usize>) {
        if bytes.is_empty() {
            return;
        }
        match self.kept.last_mut() {
            Some(last) if self.open && last.block == block => last.bytes.end = bytes.end,
            _ => self.kept.push(Piece { block, bytes }),
        }
        self.open = true;
    }

    fn remove(&mut self, block: usize, bytes: Range<usize>, residue: Residue) {
        if !bytes.is_empty() {
            self.removed.push((Piece { block, bytes }, residue));
        }
        self.open = false;
    }

    /// Agency tags close the last paragraph of the article ("… kata dia. (ant)"); anywhere else such a
    /// parenthesis may be part of the text.
    fn close_last_paragraph(&mut self, blocks: &[Block]) {
        let Some(last) = self.kept.last_mut() else {
            return;
        };
        let text = &blocks[last.block].text;
        let Some((tag, residue)) = text.get(last.bytes.clone()).and_then(inline::agency_tail)
        else {
            return;
        };
        let tag = last.bytes.start + tag.start..last.bytes.start + tag.end;
        last.bytes = trimmed(text, last.bytes.start..tag.start);
        let piece = Piece {
            block: last.block,
            bytes: tag,
        };
        if last.bytes.is_empty() {
            self.kept.pop();
        }
        self.removed.push((piece, residue));
    }
}

/// `range` of `text` without the whitespace (NBSP included) at either end.
fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let Some(slice) = text.get(range.clone()) else {
        return range.start..range.start;
    };
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.start + slice.trim_end().len();
    start..end.max(start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// Paragraphs of a plain-text seed as blocks, with their code-point offsets in the file.
    fn paragraphs(raw: &str) -> Vec<Block> {
        let mut blocks = Vec::new();
        let mut byte = 0;
        for part in raw.split("\n\n") {
            if !part.trim().is_empty() {
                blocks.push(Block {
                    text: part.to_string(),
                    raw_start: Some(char_offset(raw, byte)),
                });
            }
            byte += part.len() + 2;
        }
        blocks
    }

    fn seed(name: &str) -> String {
        let path = format!(
            "{}/../../examples/corpus/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    fn gold() -> Value {
        let path = format!(
            "{}/../../tests/fixtures/seeds-gold.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        serde_json::from_str(&text).expect("gold JSON")
    }

    /// The seeds, and whether their first paragraph is the title.
    const SEEDS: &[(&str, bool)] = &[
        ("000_c8f3cde4977ff973.txt", true),
        ("003_21f1d49beaa1a5c2.txt", false),
        ("004_1001db7d9672cb84.txt", true),
    ];

    fn clean_seed(name: &str, titled: bool) -> (String, Cleaned) {
        let raw = seed(name);
        let mut blocks = paragraphs(&raw);
        let title = if titled {
            Some(blocks.remove(0).text)
        } else {
            None
        };
        let cleaned = clean(title.as_deref(), &blocks);
        (raw, cleaned)
    }

    fn chars(text: &str, start: usize, len: usize) -> String {
        text.chars().skip(start).take(len).collect()
    }

    #[test]
    fn seeds_lose_exactly_their_residue() {
        let gold = gold();
        for &(name, titled) in SEEDS {
            let (_, cleaned) = clean_seed(name, titled);
            let article = &gold["articles"][name];
            let mut expected = article["residue"].as_array().expect("residue list").clone();
            expected.extend(article.get("credits").cloned());
            for line in &expected {
                let line = line.as_str().expect("residue line");
                assert!(
                    cleaned.removed.iter().any(|r| r.text == line),
                    "{name}: {line:?} not removed"
                );
            }
            for removed in &cleaned.removed {
                let listed = expected
                    .iter()
                    .any(|line| line.as_str() == Some(removed.text.as_str()));
                // A live-blog marker may go too, but never the sentence it opens.
                let marker = removed.reason == RemovalReason::Marker
                    && removed.text.split_whitespace().count() == 1;
                assert!(listed || marker, "{name}: {removed:?} removed");
            }
        }
    }

    #[test]
    fn seeds_name_their_outlets_and_credits() {
        let gold = gold();
        for &(name, titled) in SEEDS {
            let (_, cleaned) = clean_seed(name, titled);
            let article = &gold["articles"][name];
            let original = article["original_outlet"]
                .as_str()
                .or(article["headline_source"].as_str());
            assert_eq!(cleaned.original_outlet.as_deref(), original, "{name}");
            assert_eq!(
                cleaned.outlet.as_deref(),
                article["outlet"].as_str(),
                "{name}"
            );
            let credits = article["credits"].as_str().unwrap_or_default();
            assert!(
                cleaned.credits.iter().all(|n| credits.contains(n.as_str())),
                "{name}"
            );
            assert_eq!(cleaned.credits.is_empty(), credits.is_empty(), "{name}");
        }
        let (_, cleaned) = clean_seed("003_21f1d49beaa1a5c2.txt", false);
        assert_eq!(
            cleaned.credits,
            ["Iain Marlow", "Sylvia Westall", "Alex Morales"]
        );
    }

    #[test]
    fn segments_trace_text_back_to_the_raw_document() {
        for &(name, titled) in SEEDS {
            let (raw, cleaned) = clean_seed(name, titled);
            assert!(!cleaned.segments.is_empty());
            let mut covered = 0;
            for segment in &cleaned.segments {
                let text = chars(&cleaned.text, segment.text_start, segment.len);
                let raw_start = segment.raw_start.expect("seeds have offsets");
                assert_eq!(text, chars(&raw, raw_start, segment.len), "{name}");
                covered += segment.len;
            }
            // Everything but the blank lines between pieces is covered by a segment.
            let separators = 2 * (cleaned.segments.len() - 1);
            assert_eq!(covered + separators, cleaned.text.chars().count(), "{name}");
            for removed in &cleaned.removed {
                let raw_start = removed.raw_start.expect("seeds have offsets");
                assert_eq!(
                    removed.text,
                    chars(&raw, raw_start, removed.text.chars().count()),
                    "{name}"
                );
            }
        }
    }

    #[test]
    fn a_marker_goes_and_its_sentence_stays() {
        let (_, cleaned) = clean_seed("000_c8f3cde4977ff973.txt", true);
        assert!(cleaned
            .text
            .contains("\n\nGedung Putih kemudian mengkonfirmasi keputusan tersebut"));
        assert!(!cleaned.text.ends_with("Sumber"));
    }

    fn blocks(lines: &[&str]) -> Vec<Block> {
        let mut offset = 0;
        lines
            .iter()
            .map(|line| {
                let block = Block {
                    text: line.to_string(),
                    raw_start: Some(offset),
                };
                offset += line.chars().count() + 1;
                block
            })
            .collect()
    }

    #[test]
    fn residue_inside_a_block_is_cut_with_exact_offsets() {
        let lines = [
            "UPDATE: The ministry later confirmed the figures.",
            "Prices rose 5% in May.\u{a0}Baca juga: Harga beras naik lagi",
            "Line one of a block.\nADVERTISEMENT\nLine two of a block.",
            "“We will keep working,” he said. (ant)",
        ];
        let input = blocks(&lines);
        let cleaned = clean(None, &input);
        assert_eq!(
            cleaned.text,
            "The ministry later confirmed the figures.\n\nPrices rose 5% in May.\n\nLine one of a block.\n\n\
             Line two of a block.\n\n“We will keep working,” he said."
        );
        let reasons: Vec<_> = cleaned
            .removed
            .iter()
            .map(|r| (r.text.as_str(), r.reason))
            .collect();
        assert_eq!(
            reasons,
            [
                ("UPDATE:", RemovalReason::Marker),
                (
                    "Baca juga: Harga beras naik lagi",
                    RemovalReason::RelatedHeadline
                ),
                ("ADVERTISEMENT", RemovalReason::Advertisement),
                ("(ant)", RemovalReason::Credit),
            ]
        );
        assert_eq!(cleaned.original_outlet.as_deref(), Some("Antara"));
        let raw = lines.join("\n");
        for segment in &cleaned.segments {
            let text = chars(&cleaned.text, segment.text_start, segment.len);
            assert_eq!(
                text,
                chars(&raw, segment.raw_start.unwrap_or(usize::MAX), segment.len)
            );
        }
    }

    #[test]
    fn a_source_line_outranks_the_title_and_the_page_outlet_is_not_the_source() {
        let cleaned = clean(
            Some("Harga naik | Kompas.com"),
            &blocks(&["Harga naik.", "Sumber: Antara"]),
        );
        assert_eq!(cleaned.original_outlet.as_deref(), Some("Antara"));
        let cleaned = clean(
            Some("Harga naik | Bloomberg Technoz"),
            &blocks(&["Logo Bloomberg Technoz", "Harga naik."]),
        );
        assert_eq!(cleaned.outlet.as_deref(), Some("Bloomberg Technoz"));
        assert_eq!(cleaned.original_outlet, None);
        assert_eq!(
            cleaned.title.as_deref(),
            Some("Harga naik | Bloomberg Technoz")
        );
    }

    #[test]
    fn bylines_become_authors() {
        let cleaned = clean(
            None,
            &blocks(&[
                "Text.",
                "Penulis: Rina Wulandari | Editor: Sari Dewi",
                "By Jane Doe",
            ]),
        );
        assert_eq!(cleaned.authors, ["Rina Wulandari", "Jane Doe"]);
        assert_eq!(cleaned.credits, ["Rina Wulandari", "Sari Dewi", "Jane Doe"]);
    }

    #[test]
    fn a_kept_sign_off_still_names_the_source_and_reporters() {
        let lines = [
            "The probe reached orbit.",
            "(Reporting by Will Dunham; Editing by Tom Brown)",
            "Originally published on Live Science.",
        ];
        let cleaned = clean(None, &blocks(&lines));
        assert_eq!(cleaned.text, lines.join("\n\n"));
        assert!(cleaned.removed.is_empty());
        assert_eq!(cleaned.original_outlet.as_deref(), Some("Live Science"));
        assert_eq!(cleaned.authors, ["Will Dunham"]);
        assert_eq!(cleaned.credits, ["Will Dunham", "Tom Brown"]);
    }

    #[test]
    fn empty_and_odd_input_does_not_panic() {
        assert_eq!(clean(None, &[]).text, "");
        let cleaned = clean(
            Some("  "),
            &blocks(&["", "\u{a0}\n\u{a0}", "(", "Baca juga:", "–", "Logo"]),
        );
        assert_eq!(cleaned.title, None);
        assert_eq!(cleaned.text, "(\n\n–\n\nLogo");
    }
}
