//! The article body: boilerplate is set aside, the article container is chosen (an explicit
//! `itemprop=articleBody`, else the best readability-style score), and its text is cut into blocks.
//!
//! An article is not always one box: several near-best candidates are merged into their common ancestor,
//! siblings that read like article text join the best container, and so do its twins elsewhere in the
//! page (sections with the same class, cut apart by pictures or ads). Captions, credits, carousels and
//! lone ad labels stay out.
//!
//! Every walk over the tree is iterative (ego_tree's `traverse`), so pathological nesting cannot overflow the
//! stack.

use std::borrow::Cow;

use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use scraper::node::Element;
use scraper::{Html, Node};

use crate::date::find_date_in_text;

/// Elements that never hold article text.
const DROPPED: &[&str] = &[
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "aside",
    "noscript",
    "iframe",
    "figcaption",
    "figure",
    "svg",
    "button",
    "select",
    "textarea",
    "input",
    "template",
    "object",
    "embed",
    "canvas",
    "head",
    "title",
    "dialog",
    "menu",
];

/// Class/id words of boilerplate boxes; matched against the start of each word of the class and id.
const BOILERPLATE_PREFIXES: &[&str] = &[
    "share",
    "sharing",
    "social",
    "related",
    "comment",
    "cookie",
    "subscri",
    "newsletter",
    "advert",
    "promo",
    "breadcrumb",
    "menu",
    "sidebar",
    "footer",
    "navbar",
    "navigation",
    "popup",
    "modal",
    "recommend",
    "outbrain",
    "taboola",
    "signup",
    "sponsor",
    "widget",
    "banner",
    "disqus",
    "hidden",
    "gallery",
    "slideshow",
    "carousel",
    "swiper",
    "trending",
    "photo",
];
/// Class/id words of picture furniture, matched anywhere in a word ("imageEmbedCredit", "figCaption").
const BOILERPLATE_INFIXES: &[&str] = &["caption", "credit"];
/// Short words that would match too much as prefixes.
const BOILERPLATE_WORDS: &[&str] = &[
    "nav", "rail", "tags", "tag", "ad", "ads", "print", "byline", "meta", "more",
];

/// Class/id words that mark the article container.
const POSITIVE: &[&str] = &[
    "article", "body", "content", "entry", "main", "post", "story", "text", "blog",
];

/// Elements whose boundaries end a block of text.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "dl",
    "dt",
    "dd",
    "figure",
    "br",
    "hr",
    "address",
    "center",
    "details",
    "summary",
    "body",
    "form",
];

#[derive(Clone, Copy, Default)]
struct Stats {
    text: usize,
    link: usize,
    commas: usize,
    /// Text in the element's own text-node children (a `<div>` used as a paragraph).
    own_text: usize,
    /// Own text nodes long enough to be paragraphs (text written between `<br>`s).
    own_runs: usize,
}

/// The article's text blocks, in document order. `title` keeps a repeated headline out of the body.
pub(crate) fn article_blocks(page: &Html, title: Option<&str>) -> Vec<String> {
    let strict = Boilerplate { by_class: true };
    let blocks = blocks_with(page, title, strict);
    // A page wrapped in a "has-sidebar" or "nav-open" element would lose everything to the class filter.
    if blocks.iter().map(String::len).sum::<usize>() < 200 {
        let lenient = blocks_with(page, title, Boilerplate { by_class: false });
        if lenient.iter().map(String::len).sum::<usize>()
            > blocks.iter().map(String::len).sum::<usize>()
        {
            return lenient;
        }
    }
    blocks
}

#[derive(Clone, Copy)]
struct Boilerplate {
    by_class: bool,
}

impl Boilerplate {
    fn is_dropped(self, element: &Element, node: NodeRef<'_, Node>) -> bool {
        let tag = element.name();
        if DROPPED.contains(&tag)
            || element.attr("hidden").is_some()
            || element.attr("aria-hidden") == Some("true")
        {
            return true;
        }
        // Only elements that have a style pay for reading it.
        if let Some(style) = element.attr("style") {
            let style = style.replace(' ', "").to_ascii_lowercase();
            if style.contains("display:none") || style.contains("visibility:hidden") {
                return true;
            }
        }
        // A form wrapping the whole page (ASP.NET) is not a form.
        if tag == "form" {
            return count_paragraphs(node, 3) < 3;
        }
        if !self.by_class || matches!(tag, "html" | "body" | "article" | "main") {
            return false;
        }
        // A post embedded in the story ("social-media-embed", "twitter-tweet") is what someone said.
        if class_words(element).any(|w| w.starts_with("embed") || w == "tweet") {
            return false;
        }
        class_words(element).any(|word| {
            BOILERPLATE_WORDS.contains(&word.as_ref())
                || BOILERPLATE_PREFIXES.iter().any(|p| word.starts_with(p))
                || BOILERPLATE_INFIXES.iter().any(|p| word.contains(p))
        })
    }
}

fn count_paragraphs(node: NodeRef<'_, Node>, enough: usize) -> usize {
    node.descendants()
        .filter(|n| n.value().as_element().is_some_and(|e| e.name() == "p"))
        .take(enough)
        .count()
}

/// The words of an element's class and id, lower-case (borrowed when they already are, as most are).
fn class_words(element: &Element) -> impl Iterator<Item = Cow<'_, str>> + '_ {
    let class = element.attr("class").unwrap_or("");
    let id = element.attr("id").unwrap_or("");
    class
        .split(|c: char| !c.is_alphanumeric())
        .chain(id.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.chars().any(char::is_uppercase) {
                Cow::Owned(w.to_lowercase())
            } else {
                Cow::Borrowed(w)
            }
        })
}

fn blocks_with(page: &Html, title: Option<&str>, boilerplate: Boilerplate) -> Vec<String> {
    let (stats, dropped) = measure(page, boilerplate);
    let root = page.tree.root();
    let containers = choose_containers(page, &stats, &dropped).unwrap_or_else(|| vec![root.id()]);
    let mut blocks = Vec::new();
    for id in containers {
        if let Some(node) = page.tree.get(id) {
            emit_blocks(node, &dropped, &mut blocks);
        }
    }
    let title = title.map(str::to_lowercase);
    let mut blocks: Vec<String> = blocks
        .into_iter()
        .filter(|(text, link)| *link * 10 < text.len() * 6 || text.len() > 200)
        .map(|(text, _)| text)
        .filter(|text| title.as_deref() != Some(text.to_lowercase().as_str()))
        .filter(|text| !is_marker(text))
        .collect();
    drop_leading_datelines(&mut blocks);
    blocks
}

/// Dates and "Updated …" lines above the first paragraph are the page's furniture, not the story (the date
/// is read into the metadata separately).
fn drop_leading_datelines(blocks: &mut Vec<String>) {
    let lead = blocks
        .iter()
        .position(|b| b.chars().count() >= 120)
        .unwrap_or(blocks.len());
    let mut index = 0;
    blocks.retain(|block| {
        index += 1;
        // A sentence that mentions a date ends like one; a dateline does not.
        let sentence = block.ends_with(['.', '!', '?', '"', '”', '»']);
        index > lead
            || sentence
            || block.chars().count() >= 100
            || find_date_in_text(block).is_none()
    });
}

/// Labels that stand alone in a page's flow where an ad slot or a widget sits, in the languages of the
/// news warta reads; compared lower-case with everything but letters and spaces removed.
const MARKERS: &[&str] = &[
    "advertisement",
    "advertisements",
    "advert",
    "advertising",
    "ads",
    "ad",
    "sponsored",
    "iklan",
    "scroll to continue with content",
    "scroll to resume content",
    "continue reading below",
    "story continues below",
    "article continues below",
    "publicidade",
    "publicidad",
    "publicité",
    "anzeige",
    "werbung",
    "pubblicità",
    "reclame",
    "advertentie",
];

/// A block that is only an ad or widget label.
fn is_marker(text: &str) -> bool {
    if text.len() > 40 {
        return false;
    }
    let letters: String = text
        .chars()
        .filter(|c| c.is_alphabetic() || *c == ' ')
        .collect::<String>()
        .to_lowercase();
    MARKERS.contains(&letters.trim())
}

/// One pass over the tree: text, link text and commas per element, and the set of dropped subtree roots.
fn measure(page: &Html, boilerplate: Boilerplate) -> (HashMap<NodeId, Stats>, HashSet<NodeId>) {
    struct Frame {
        id: NodeId,
        dead: bool,
        in_link: bool,
        stats: Stats,
    }
    let mut stats = HashMap::default();
    let mut dropped = HashSet::default();
    let mut stack: Vec<Frame> = Vec::new();
    for edge in page.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(element) => {
                    let parent = stack.last();
                    let parent_dead = parent.is_some_and(|f| f.dead);
                    let dead = parent_dead || boilerplate.is_dropped(element, node);
                    if dead && !parent_dead {
                        dropped.insert(node.id());
                    }
                    let in_link = parent.is_some_and(|f| f.in_link) || element.name() == "a";
                    stack.push(Frame {
                        id: node.id(),
                        dead,
                        in_link,
                        stats: Stats::default(),
                    });
                }
                Node::Text(text) => {
                    if let Some(frame) = stack.last_mut().filter(|f| !f.dead) {
                        let len = text.trim().chars().count();
                        frame.stats.text += len;
                        frame.stats.own_text += len;
                        if len >= 25 {
                            frame.stats.own_runs += 1;
                        }
                        frame.stats.commas += text.matches([',', '，', '،', '、']).count();
                        if frame.in_link {
                            frame.stats.link += len;
                        }
                    }
                }
                _ => {}
            },
            Edge::Close(node) if node.value().is_element() => {
                if let Some(frame) = stack.pop() {
                    if frame.dead {
                        continue;
                    }
                    if let Some(parent) = stack.last_mut() {
                        parent.stats.text += frame.stats.text;
                        parent.stats.link += frame.stats.link;
                        parent.stats.commas += frame.stats.commas;
                    }
                    stats.insert(frame.id, frame.stats);
                }
            }
            Edge::Close(_) => {}
        }
    }
    (stats, dropped)
}

/// The article container(s), in document order: `itemprop=articleBody` when present and substantial, else
/// the best-scoring container and those of its siblings that also read like article text.
fn choose_containers(
    page: &Html,
    stats: &HashMap<NodeId, Stats>,
    dropped: &HashSet<NodeId>,
) -> Option<Vec<NodeId>> {
    let elements = || {
        page.tree
            .nodes()
            .filter(|n| stats.contains_key(&n.id()))
            .filter_map(|n| Some((n, n.value().as_element()?)))
    };
    let explicit = elements()
        .filter(|(_, e)| e.attr("itemprop") == Some("articleBody"))
        .filter(|(n, _)| stats.get(&n.id()).is_some_and(|s| s.text >= 250))
        .max_by_key(|(n, _)| stats.get(&n.id()).map_or(0, |s| s.text));
    if let Some((node, _)) = explicit {
        return Some(vec![node.id()]);
    }

    let mut scores: HashMap<NodeId, f64> = HashMap::default();
    for (node, element) in elements() {
        let Some(own) = stats.get(&node.id()) else {
            continue;
        };
        let paragraph_like = matches!(element.name(), "p" | "pre" | "td") || own.own_text >= 25;
        if !paragraph_like || own.text < 25 {
            continue;
        }
        // Text written straight into a `<div>` between `<br>`s is several paragraphs, not one.
        let paragraphs = own.own_runs.max(1) as f64;
        let score =
            paragraphs + own.commas as f64 + (own.text as f64 / 100.0).min(3.0 * paragraphs);
        for (level, ancestor) in node.ancestors().take(5).enumerate() {
            let Some(element) = ancestor.value().as_element() else {
                break;
            };
            if dropped.contains(&ancestor.id()) {
                break;
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                _ => level as f64 * 3.0,
            };
            *scores
                .entry(ancestor.id())
                .or_insert_with(|| initial_score(element)) += score / divider;
        }
    }
    let link_density = |id: &NodeId| {
        stats
            .get(id)
            .map_or(1.0, |s| s.link as f64 / s.text.max(1) as f64)
    };
    let final_score = |id: &NodeId, score: f64| score * (1.0 - link_density(id));
    let mut ranked: Vec<(NodeId, f64)> = scores
        .iter()
        .map(|(id, score)| (*id, final_score(id, *score)))
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    let &(mut top, mut top_score) = ranked.first()?;
    if let Some(common) = common_ancestor_of_rivals(page, &ranked) {
        top = common;
        top_score = scores
            .get(&common)
            .map_or(top_score, |s| final_score(&common, *s).max(top_score));
    }

    let top_node = page.tree.get(top)?;
    let Some(parent) = top_node.parent() else {
        return Some(vec![top]);
    };
    let threshold = (top_score * 0.2).max(10.0);
    let containers = parent
        .children()
        .filter(|sibling| {
            if sibling.id() == top {
                return true;
            }
            let Some(s) = stats.get(&sibling.id()) else {
                return false;
            };
            if scores
                .get(&sibling.id())
                .is_some_and(|score| final_score(&sibling.id(), *score) >= threshold)
            {
                return true;
            }
            let is_p = sibling
                .value()
                .as_element()
                .is_some_and(|e| e.name() == "p");
            is_p && s.text > 80 && link_density(&sibling.id()) < 0.25
        })
        .map(|n| n.id())
        .collect();
    Some(with_twins(page, containers, top_node, |id| {
        scores
            .get(id)
            .is_some_and(|score| final_score(id, *score) >= threshold)
    }))
}

/// The containers plus the top container's twins: elements elsewhere in the page with the same class that
/// also read like article text. Articles cut into sections by pictures, ads or pull quotes repeat their
/// body class ("post__content", "article-text") on every section. Returned in document order.
fn with_twins(
    page: &Html,
    mut containers: Vec<NodeId>,
    top: NodeRef<'_, Node>,
    good: impl Fn(&NodeId) -> bool,
) -> Vec<NodeId> {
    let Some(class) = top
        .value()
        .as_element()
        .and_then(|e| e.attr("class"))
        .map(str::trim)
        .filter(|c| !c.is_empty())
    else {
        return containers;
    };
    let chosen: HashSet<NodeId> = containers.iter().copied().collect();
    let mut twins = Vec::new();
    let mut inside_chosen: Option<NodeId> = None;
    for edge in page.tree.root().traverse() {
        match edge {
            Edge::Open(node) if inside_chosen.is_none() => {
                if chosen.contains(&node.id()) {
                    inside_chosen = Some(node.id());
                    twins.push(node.id());
                    continue;
                }
                let same_class = node
                    .value()
                    .as_element()
                    .is_some_and(|e| e.attr("class").map(str::trim) == Some(class));
                if same_class && good(&node.id()) {
                    let id = node.id();
                    // A twin that wraps a chosen container is the same text.
                    if !chosen.iter().any(|c| {
                        page.tree
                            .get(*c)
                            .is_some_and(|c| c.ancestors().any(|a| a.id() == id))
                    }) {
                        inside_chosen = Some(id);
                        twins.push(id);
                    }
                }
            }
            Edge::Close(node) if inside_chosen == Some(node.id()) => inside_chosen = None,
            _ => {}
        }
    }
    if twins.len() > containers.len() {
        containers = twins;
    }
    containers
}

/// How many of the best candidates must share an ancestor for it to be taken instead.
const RIVALS_NEEDED: usize = 3;

/// When the article is spread over several boxes (a card per paragraph, text split by ad slots), several
/// candidates score nearly as well as the best one. As readability.js does, their closest common ancestor
/// (below `<body>`) holding at least three of them is then the container.
fn common_ancestor_of_rivals(page: &Html, ranked: &[(NodeId, f64)]) -> Option<NodeId> {
    let &(top, top_score) = ranked.first()?;
    let top_node = page.tree.get(top)?;
    // A wrapper of the best candidate, or a box inside it, is the same text, not a rival.
    let nested = |node: &NodeRef<'_, Node>| {
        node.ancestors().any(|a| a.id() == top) || top_node.ancestors().any(|a| a.id() == node.id())
    };
    let rivals: Vec<NodeRef<'_, Node>> = ranked
        .iter()
        .skip(1)
        .take(4)
        .filter(|(_, score)| *score >= top_score * 0.75)
        .filter_map(|(id, _)| page.tree.get(*id))
        .filter(|node| !nested(node))
        .collect();
    if rivals.len() < RIVALS_NEEDED - 1 {
        return None;
    }
    for ancestor in top_node.ancestors() {
        let element = ancestor.value().as_element()?;
        if matches!(element.name(), "body" | "html") {
            return None;
        }
        let holding = rivals
            .iter()
            .filter(|rival| rival.ancestors().any(|a| a.id() == ancestor.id()))
            .count();
        // The best candidate itself is the first of the three.
        if holding + 1 >= RIVALS_NEEDED {
            return Some(ancestor.id());
        }
    }
    None
}

/// Readability's prior: containers of text score up, lists and headings down, and class/id names count.
fn initial_score(element: &Element) -> f64 {
    let by_tag = match element.name() {
        "div" | "article" | "section" | "main" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    let positive = class_words(element).any(|w| POSITIVE.iter().any(|p| w.contains(p)));
    by_tag + if positive { 25.0 } else { 0.0 }
}

/// Appends the text blocks under `node` (skipping dropped subtrees) as (text, link characters).
fn emit_blocks(
    node: NodeRef<'_, Node>,
    dropped: &HashSet<NodeId>,
    blocks: &mut Vec<(String, usize)>,
) {
    let mut current = String::new();
    let mut link_len = 0;
    let mut skipping: Option<NodeId> = None;
    let mut links_open = 0usize;
    let mut flush = |current: &mut String, link_len: &mut usize| {
        let text = current.trim();
        if !text.is_empty() {
            blocks.push((text.to_string(), *link_len));
        }
        current.clear();
        *link_len = 0;
    };
    for edge in node.traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(element) => {
                        if dropped.contains(&node.id()) {
                            skipping = Some(node.id());
                        } else if BLOCK_TAGS.contains(&element.name()) {
                            flush(&mut current, &mut link_len);
                        } else if element.name() == "a" {
                            links_open += 1;
                        }
                    }
                    Node::Text(text) => {
                        let before = current.len();
                        push_collapsed(&mut current, text);
                        if links_open > 0 {
                            link_len += current.len() - before;
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                    continue;
                }
                if skipping.is_some() {
                    continue;
                }
                if let Some(element) = node.value().as_element() {
                    if BLOCK_TAGS.contains(&element.name()) {
                        flush(&mut current, &mut link_len);
                    } else if element.name() == "a" {
                        links_open = links_open.saturating_sub(1);
                    }
                }
            }
        }
    }
    flush(&mut current, &mut link_len);
}

/// Appends `text` with runs of whitespace collapsed to one space.
fn push_collapsed(out: &mut String, text: &str) {
    for c in text.chars() {
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::article_blocks;
    use scraper::Html;

    const PARAGRAPH: &str =
        "Menteri itu mengatakan, pemerintah akan menaikkan anggaran, memperluas bantuan, \
                             dan memperbaiki jalan di daerah terpencil tahun depan.";

    fn blocks(body: &str) -> Vec<String> {
        article_blocks(
            &Html::parse_document(&format!("<html><body>{body}</body></html>")),
            None,
        )
    }

    #[test]
    fn article_split_into_sections_is_whole() {
        let section = |n: usize| {
            format!(
                r#"<section><div class="post__content">{}</div></section>"#,
                format!("<p>{n} {PARAGRAPH}</p>").repeat(3)
            )
        };
        let page = format!(
            r#"<main>{}<figure><img src=x><figcaption>Foto: Antara</figcaption></figure>
            <div class="photo-credit">Photo: AP</div>{}<div class="ad-slot"><span>Advertisement</span></div>
            <p>ADVERTISEMENT</p>{}</main><div class="sidebar"><p>{PARAGRAPH}</p></div>"#,
            section(1),
            section(2),
            section(3)
        );
        let found = blocks(&page);
        assert_eq!(found.len(), 9, "{found:#?}");
        assert!(found.iter().all(|b| b.contains(PARAGRAPH)), "{found:#?}");
        assert_eq!(found.iter().filter(|b| b.starts_with("3 ")).count(), 3);
    }

    #[test]
    fn datelines_above_the_story_are_dropped() {
        let page = format!(
            "<article><p>Selasa, 15 September 2020 10:00 WIB</p><p>Updated 5:27 am CST, November 20, 2019</p>\
             <p>Pada 15 Mei 2024, gempa melanda.</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article>"
        );
        let found = blocks(&page);
        assert_eq!(found[0], "Pada 15 Mei 2024, gempa melanda.", "{found:#?}");
        assert_eq!(found.len(), 3, "{found:#?}");
    }

    #[test]
    fn text_between_line_breaks_is_kept() {
        let page = format!(
            r#"<div class="col-md-3"><ul>{}</ul></div>
            <div class="col-md-9"><p class="title">Judul</p>{PARAGRAPH}<br><br>{PARAGRAPH}<br><br>{PARAGRAPH}</div>
            <div class="row"><div>Jalan Merdeka 1, Jakarta - Telepon 021 555</div></div>"#,
            "<li><a href=/x>Arsip bulan ini</a></li>".repeat(20)
        );
        let found = blocks(&page);
        assert_eq!(
            found.iter().filter(|b| b.as_str() == PARAGRAPH).count(),
            3,
            "{found:#?}"
        );
        assert!(!found.iter().any(|b| b.contains("Arsip")), "{found:#?}");
    }
}
