//! Language identification. SKELETON: the language helper replaces this file.

#[derive(Clone, Debug, PartialEq)]
pub struct LanguageGuess {
    /// ISO 639-1 code.
    pub code: &'static str,
    pub confidence: f64,
}

pub fn detect(text: &str) -> Option<LanguageGuess> {
    let _ = text;
    None
}
