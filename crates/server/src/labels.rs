//! Every piece of interface text, in Indonesian and English.
//!
//! Pages take their words from a [`Labels`] chosen per request ([`crate::language`]). The JSON API's
//! error messages are for programs and their authors and stay in English (the constants and functions
//! at the end); an error page shows them under a heading in the reader's language.

use warta_model::{HopRole, QuoteKind, RemovalReason, SpeakerKind};
use warta_store::DuplicateKind;

/// The interface languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Language {
    Indonesian,
    English,
}

impl Language {
    pub(crate) const ALL: [Language; 2] = [Language::Indonesian, Language::English];

    /// The ISO 639-1 code, for `<html lang>`, `?lang=` and the cookie.
    pub(crate) fn code(self) -> &'static str {
        match self {
            Language::Indonesian => "id",
            Language::English => "en",
        }
    }

    pub(crate) fn from_code(code: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|language| code.trim().eq_ignore_ascii_case(language.code()))
    }

    pub(crate) fn labels(self) -> &'static Labels {
        match self {
            Language::Indonesian => &INDONESIAN,
            Language::English => &ENGLISH,
        }
    }
}

/// The words of the interface in one language.
pub(crate) struct Labels {
    pub(crate) language: Language,
    /// The language's own name, for the link that switches to it.
    pub(crate) name: &'static str,
    pub(crate) tagline: &'static str,
    pub(crate) nav_articles: &'static str,
    pub(crate) nav_quotes: &'static str,
    pub(crate) nav_entities: &'static str,
    pub(crate) nav_outlets: &'static str,
    pub(crate) search_placeholder: &'static str,
    pub(crate) search_button: &'static str,
    pub(crate) search_title: &'static str,
    pub(crate) no_results: &'static str,
    pub(crate) untitled: &'static str,
    pub(crate) unknown: &'static str,
    pub(crate) previous: &'static str,
    pub(crate) next: &'static str,
    pub(crate) col_title: &'static str,
    pub(crate) col_outlet: &'static str,
    pub(crate) col_language: &'static str,
    pub(crate) col_date: &'static str,
    pub(crate) col_quotes: &'static str,
    pub(crate) col_name: &'static str,
    pub(crate) col_type: &'static str,
    pub(crate) col_articles: &'static str,
    pub(crate) col_mentions: &'static str,
    pub(crate) no_articles: &'static str,
    pub(crate) meta_source: &'static str,
    pub(crate) meta_url: &'static str,
    pub(crate) meta_outlet: &'static str,
    pub(crate) meta_original_outlet: &'static str,
    pub(crate) meta_authors: &'static str,
    pub(crate) meta_language: &'static str,
    pub(crate) meta_published: &'static str,
    pub(crate) section_text: &'static str,
    pub(crate) section_quotes: &'static str,
    pub(crate) section_entities: &'static str,
    pub(crate) section_removed: &'static str,
    pub(crate) no_quotes: &'static str,
    pub(crate) no_entities: &'static str,
    pub(crate) show_in_text: &'static str,
    pub(crate) quote_speaker: &'static str,
    pub(crate) quote_as_written: &'static str,
    pub(crate) quote_cue: &'static str,
    pub(crate) quote_via: &'static str,
    pub(crate) quote_when: &'static str,
    pub(crate) quote_in: &'static str,
    pub(crate) quote_guess: &'static str,
    pub(crate) quotes_title: &'static str,
    pub(crate) speaker_placeholder: &'static str,
    pub(crate) speaker_button: &'static str,
    pub(crate) entities_title: &'static str,
    pub(crate) entity_quotes: &'static str,
    pub(crate) entity_quotes_about: &'static str,
    pub(crate) entity_articles: &'static str,
    pub(crate) outlets_title: &'static str,
    pub(crate) outlets_published: &'static str,
    pub(crate) outlets_original: &'static str,
    pub(crate) error_title: &'static str,
    pub(crate) nav_stories: &'static str,
    pub(crate) no_stories: &'static str,
    pub(crate) col_span: &'static str,
    pub(crate) story_timeline: &'static str,
    pub(crate) story_articles: &'static str,
    pub(crate) story_voices: &'static str,
    pub(crate) story_first: &'static str,
    pub(crate) story_first_by: &'static str,
    pub(crate) meta_story: &'static str,
    pub(crate) see_story: &'static str,
    pub(crate) also_published: &'static str,
    pub(crate) came_first: &'static str,
    pub(crate) came_later: &'static str,
    pub(crate) timeline_published: &'static str,
    pub(crate) timeline_said: &'static str,
    pub(crate) timeline_undated: &'static str,
}

pub(crate) static ENGLISH: Labels = Labels {
    language: Language::English,
    name: "English",
    tagline: "Who said what, through whom, and when.",
    nav_articles: "Articles",
    nav_quotes: "Who said what",
    nav_entities: "Names",
    nav_outlets: "Outlets",
    search_placeholder: "Search articles",
    search_button: "Search",
    search_title: "Search",
    no_results: "Nothing matched.",
    untitled: "(untitled)",
    unknown: "unknown",
    previous: "← Previous",
    next: "Next →",
    col_title: "Title",
    col_outlet: "Outlet",
    col_language: "Language",
    col_date: "Date",
    col_quotes: "Quotes",
    col_name: "Name",
    col_type: "Type",
    col_articles: "Articles",
    col_mentions: "Mentions",
    no_articles: "No articles yet. Ingest some with `warta ingest PATH`.",
    meta_source: "Source",
    meta_url: "Address",
    meta_outlet: "Outlet",
    meta_original_outlet: "Original outlet",
    meta_authors: "Authors",
    meta_language: "Language",
    meta_published: "Published",
    section_text: "Text",
    section_quotes: "Quotes",
    section_entities: "Named in the article",
    section_removed: "Removed from the text",
    no_quotes: "No quotes found.",
    no_entities: "No names found.",
    show_in_text: "show in text",
    quote_speaker: "Speaker",
    quote_as_written: "as written",
    quote_cue: "Cue",
    quote_via: "Via",
    quote_when: "When",
    quote_in: "In",
    quote_guess: "uncertain attribution",
    quotes_title: "Who said what",
    speaker_placeholder: "Speaker name",
    speaker_button: "Filter",
    entities_title: "Names in the articles",
    entity_quotes: "Quotes by this name",
    entity_quotes_about: "Quotes about this name",
    entity_articles: "Articles mentioning it",
    outlets_title: "Outlets",
    outlets_published: "Published by",
    outlets_original: "Taken from",
    error_title: "Error",
    nav_stories: "Stories",
    no_stories: "No stories yet: ingest articles to group them.",
    col_span: "From – to",
    story_timeline: "Timeline",
    story_articles: "Articles in this story",
    story_voices: "Who spoke",
    story_first: "first to report",
    story_first_by: "First reported by",
    meta_story: "Story",
    see_story: "all articles of this story",
    also_published: "Also published by",
    came_first: "came first",
    came_later: "came later",
    timeline_published: "published",
    timeline_said: "said",
    timeline_undated: "Date unknown",
};

pub(crate) static INDONESIAN: Labels = Labels {
    language: Language::Indonesian,
    name: "Bahasa Indonesia",
    tagline: "Siapa berkata apa, melalui siapa, dan kapan.",
    nav_articles: "Artikel",
    nav_quotes: "Siapa berkata apa",
    nav_entities: "Nama",
    nav_outlets: "Media",
    search_placeholder: "Cari artikel",
    search_button: "Cari",
    search_title: "Pencarian",
    no_results: "Tidak ada yang cocok.",
    untitled: "(tanpa judul)",
    unknown: "tidak diketahui",
    previous: "← Sebelumnya",
    next: "Berikutnya →",
    col_title: "Judul",
    col_outlet: "Media",
    col_language: "Bahasa",
    col_date: "Tanggal",
    col_quotes: "Kutipan",
    col_name: "Nama",
    col_type: "Jenis",
    col_articles: "Artikel",
    col_mentions: "Sebutan",
    no_articles: "Belum ada artikel. Masukkan dengan `warta ingest PATH`.",
    meta_source: "Sumber",
    meta_url: "Alamat",
    meta_outlet: "Media",
    meta_original_outlet: "Media asal",
    meta_authors: "Penulis",
    meta_language: "Bahasa",
    meta_published: "Terbit",
    section_text: "Teks",
    section_quotes: "Kutipan",
    section_entities: "Disebut dalam artikel",
    section_removed: "Dibuang dari teks",
    no_quotes: "Tidak ada kutipan.",
    no_entities: "Tidak ada nama.",
    show_in_text: "lihat di teks",
    quote_speaker: "Pembicara",
    quote_as_written: "seperti tertulis",
    quote_cue: "Penanda",
    quote_via: "Melalui",
    quote_when: "Kapan",
    quote_in: "Di",
    quote_guess: "atribusi tidak pasti",
    quotes_title: "Siapa berkata apa",
    speaker_placeholder: "Nama pembicara",
    speaker_button: "Saring",
    entities_title: "Nama dalam artikel",
    entity_quotes: "Kutipan dari nama ini",
    entity_quotes_about: "Kutipan tentang nama ini",
    entity_articles: "Artikel yang menyebutnya",
    outlets_title: "Media",
    outlets_published: "Diterbitkan oleh",
    outlets_original: "Diambil dari",
    error_title: "Galat",
    nav_stories: "Peristiwa",
    no_stories: "Belum ada peristiwa: masukkan artikel untuk mengelompokkannya.",
    col_span: "Dari – sampai",
    story_timeline: "Linimasa",
    story_articles: "Artikel tentang peristiwa ini",
    story_voices: "Siapa berbicara",
    story_first: "pertama melaporkan",
    story_first_by: "Pertama dilaporkan oleh",
    meta_story: "Peristiwa",
    see_story: "semua artikel tentang peristiwa ini",
    also_published: "Juga diterbitkan oleh",
    came_first: "lebih dulu",
    came_later: "belakangan",
    timeline_published: "terbit",
    timeline_said: "berkata",
    timeline_undated: "Tanggal tidak diketahui",
};

impl Labels {
    fn english(&self) -> bool {
        self.language == Language::English
    }

    pub(crate) fn summary_counts(&self, articles: usize, quotes: usize, entities: usize) -> String {
        if self.english() {
            format!("{articles} articles, {quotes} quotes, {entities} named entities")
        } else {
            format!("{articles} artikel, {quotes} kutipan, {entities} nama")
        }
    }

    pub(crate) fn mentions(&self, n: usize) -> String {
        match (self.language, n) {
            (Language::English, 1) => "1 mention".to_string(),
            (Language::English, n) => format!("{n} mentions"),
            (Language::Indonesian, n) => format!("{n} sebutan"),
        }
    }

    pub(crate) fn removed_count(&self, n: usize) -> String {
        format!("{} ({n})", self.section_removed)
    }

    pub(crate) fn quote_kind(&self, kind: QuoteKind) -> &'static str {
        match (kind, self.english()) {
            (QuoteKind::Direct, true) => "direct",
            (QuoteKind::Direct, false) => "langsung",
            (QuoteKind::Indirect, true) => "indirect",
            (QuoteKind::Indirect, false) => "tidak langsung",
            (QuoteKind::Mixed, true) => "partly direct",
            (QuoteKind::Mixed, false) => "sebagian langsung",
        }
    }

    pub(crate) fn speaker_kind(&self, kind: SpeakerKind) -> &'static str {
        let (en, id) = match kind {
            SpeakerKind::NamedPerson => ("named person", "orang bernama"),
            SpeakerKind::RoleOrDescription => ("role or description", "jabatan atau keterangan"),
            SpeakerKind::Anonymous => ("anonymous", "anonim"),
            SpeakerKind::Organization => ("organisation", "organisasi"),
            SpeakerKind::Outlet => ("news outlet", "media berita"),
            SpeakerKind::Pronoun => ("pronoun", "kata ganti"),
            SpeakerKind::Unknown => ("unknown", "tidak diketahui"),
        };
        if self.english() {
            en
        } else {
            id
        }
    }

    pub(crate) fn removal_reason(&self, reason: RemovalReason) -> &'static str {
        let (en, id) = match reason {
            RemovalReason::RelatedHeadline => ("related headline", "judul terkait"),
            RemovalReason::OriginalSource => ("original source line", "baris sumber asli"),
            RemovalReason::Navigation => ("navigation", "navigasi"),
            RemovalReason::Credit => ("credit or tag", "kredit atau tag"),
            RemovalReason::Advertisement => ("advertisement", "iklan"),
            RemovalReason::Copyright => ("copyright notice", "pemberitahuan hak cipta"),
            RemovalReason::Marker => ("live-blog marker", "penanda siaran langsung"),
            RemovalReason::Other => ("other", "lainnya"),
        };
        if self.english() {
            en
        } else {
            id
        }
    }

    pub(crate) fn article_count(&self, n: usize) -> String {
        match (self.language, n) {
            (Language::English, 1) => "1 article".to_string(),
            (Language::English, n) => format!("{n} articles"),
            (Language::Indonesian, n) => format!("{n} artikel"),
        }
    }

    pub(crate) fn duplicate_kind(&self, kind: DuplicateKind) -> &'static str {
        let (en, id) = match kind {
            DuplicateKind::Exact => ("same text", "teks sama"),
            DuplicateKind::Near => ("nearly the same text", "teks hampir sama"),
            DuplicateKind::Translated => ("translation", "terjemahan"),
        };
        if self.english() {
            en
        } else {
            id
        }
    }

    /// Entity types are upper-case words from the analyzer; known ones get a readable plural heading.
    pub(crate) fn entity_type<'k>(&self, kind: &'k str) -> &'k str {
        match (kind, self.english()) {
            ("PERSON", true) => "People",
            ("PERSON", false) => "Orang",
            ("ORGANIZATION", true) => "Organisations",
            ("ORGANIZATION", false) => "Organisasi",
            ("LOCATION", true) => "Places",
            ("LOCATION", false) => "Tempat",
            (other, _) => other,
        }
    }
}

/// The site's name, the same in every language.
pub(crate) const SITE_NAME: &str = "warta";

pub(crate) const NOT_FOUND: &str = "There is nothing at this address.";
pub(crate) const NO_SUCH_ARTICLE: &str = "There is no article with this id.";
pub(crate) const NO_SUCH_STORY: &str = "There is no story with this id.";
pub(crate) const NO_SUCH_QUOTE: &str = "There is no quote at this position in this article.";
pub(crate) const METHOD_NOT_ALLOWED: &str = "This address does not accept this method.";
pub(crate) const EMPTY_QUERY: &str = "The search query is empty.";
pub(crate) const INTERNAL_ERROR: &str = "Something went wrong on our side. Please try again later.";

pub(crate) fn too_long(what: &str, max_chars: usize) -> String {
    format!("The {what} is longer than {max_chars} characters.")
}

pub(crate) fn invalid_parameters(detail: &str) -> String {
    format!("Invalid parameters: {detail}")
}

/// The words of an article's sources section and of the reports of its quotes across articles.
pub(crate) struct SourceLabels {
    pub(crate) section: &'static str,
    pub(crate) publisher: &'static str,
    pub(crate) original_outlet: &'static str,
    pub(crate) cited: &'static str,
    pub(crate) no_chains: &'static str,
    pub(crate) graph_label: &'static str,
    pub(crate) also_reported: &'static str,
    pub(crate) first_reported: &'static str,
    pub(crate) this_article: &'static str,
    /// The graph's column headings: speaker, channel, reporting outlet, original outlet, publisher.
    roles: [&'static str; 5],
    /// "quote" and "quotes".
    quote_forms: [&'static str; 2],
}

impl SourceLabels {
    pub(crate) fn role(&self, role: HopRole) -> &'static str {
        let [speaker, channel, reporting, original, publisher] = self.roles;
        match role {
            HopRole::Speaker => speaker,
            HopRole::Channel => channel,
            HopRole::ReportingOutlet => reporting,
            HopRole::OriginalOutlet => original,
            HopRole::Publisher => publisher,
        }
    }

    pub(crate) fn quotes(&self, n: usize) -> &'static str {
        self.quote_forms[usize::from(n != 1)]
    }
}

const ENGLISH_SOURCES: SourceLabels = SourceLabels {
    section: "Sources",
    publisher: "Publisher",
    original_outlet: "Original outlet",
    cited: "Outlets cited",
    no_chains: "No quote in this article has a known chain of sources.",
    graph_label: "How the quotes reached this article: speaker, channel, reporting outlet, original outlet, publisher",
    also_reported: "Also reported by",
    first_reported: "first",
    this_article: "this article",
    roles: ["Speaker", "Channel", "Reported by", "Original outlet", "Publisher"],
    quote_forms: ["quote", "quotes"],
};

const INDONESIAN_SOURCES: SourceLabels = SourceLabels {
    section: "Sumber",
    publisher: "Penerbit",
    original_outlet: "Media asli",
    cited: "Media yang dikutip",
    no_chains: "Tidak ada kutipan di artikel ini yang rantai sumbernya diketahui.",
    graph_label: "Jalan kutipan sampai ke artikel ini: pembicara, saluran, media pelapor, media asli, penerbit",
    also_reported: "Juga diberitakan oleh",
    first_reported: "pertama",
    this_article: "artikel ini",
    roles: ["Pembicara", "Saluran", "Dilaporkan oleh", "Media asli", "Penerbit"],
    quote_forms: ["kutipan", "kutipan"],
};

impl Labels {
    pub(crate) fn sources(&self) -> &'static SourceLabels {
        if self.english() {
            &ENGLISH_SOURCES
        } else {
            &INDONESIAN_SOURCES
        }
    }
}
