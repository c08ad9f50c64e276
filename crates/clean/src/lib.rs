//! Residue removal. SKELETON: the clean helper replaces this file.

use warta_model::{Block, Removed, Segment};

#[derive(Clone, Debug, Default)]
pub struct Cleaned {
    pub text: String,
    pub segments: Vec<Segment>,
    pub removed: Vec<Removed>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub original_outlet: Option<String>,
    pub credits: Vec<String>,
}

pub fn clean(title: Option<&str>, blocks: &[Block]) -> Cleaned {
    let _ = (title, blocks);
    Cleaned::default()
}
