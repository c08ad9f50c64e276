//! The stylesheet, embedded in the binary so the server needs no files on disk.

use axum::{
    http::header::{CACHE_CONTROL, CONTENT_TYPE},
    response::IntoResponse,
};

pub(crate) const PATH: &str = "/static/style.css";

const STYLE: &str = r#"
:root {
  --ink: #1d232a; --muted: #5d6670; --line: #dde1e6; --paper: #fdfcf9; --accent: #1f5f8b;
  --mark: #fff1b8; --mark-strong: #ffd866; --guess: #a05a00;
}
* { box-sizing: border-box; }
body {
  margin: 0; background: var(--paper); color: var(--ink);
  font: 17px/1.6 Georgia, "Times New Roman", serif;
}
header.site, footer.site { font-family: system-ui, sans-serif; }
header.site { border-bottom: 1px solid var(--line); background: #fff; }
header.site .bar {
  max-width: 60rem; margin: 0 auto; padding: .6rem 1rem;
  display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center;
}
header.site .brand { font-weight: 700; font-size: 1.3rem; color: var(--ink); text-decoration: none; }
header.site nav a { margin-right: .8rem; }
header.site form { margin-left: auto; }
header.site input[type=search] { min-width: 0; width: 8rem; }
header.site nav.languages { font-size: .85rem; padding-left: 1rem; border-left: 1px solid var(--line); }
header.site nav.languages a { margin-right: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
footer.site { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: var(--muted); font-size: .85rem; }
a { color: var(--accent); }
h1 { line-height: 1.25; margin: .5rem 0 1rem; }
h2 { font-family: system-ui, sans-serif; font-size: 1.1rem; margin-top: 2rem;
     border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
input[type=search], input[type=text] {
  font: inherit; font-family: system-ui, sans-serif; font-size: .95rem;
  padding: .3rem .5rem; border: 1px solid var(--line); border-radius: 4px; min-width: 14rem;
}
button { font-family: system-ui, sans-serif; font-size: .95rem; padding: .3rem .8rem;
         border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: 4px; }
table { width: 100%; border-collapse: collapse; font-family: system-ui, sans-serif; font-size: .95rem; }
th, td { text-align: left; padding: .45rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
th.num, td.num { text-align: right; }
.muted { color: var(--muted); }
.summary { color: var(--muted); font-family: system-ui, sans-serif; }
.pager { display: flex; justify-content: space-between; margin: 1rem 0; font-family: system-ui, sans-serif; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem;
          font-family: system-ui, sans-serif; font-size: .92rem; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.article-text { white-space: pre-wrap; overflow-wrap: break-word; }
mark.quote { background: var(--mark); padding: 0 .1em; }
mark.quote.overlap { background: var(--mark-strong); }
/* "show in text" jumps to the anchor just before the quote: outline the quote it opens. */
.article-text span[id] { scroll-margin-top: 4rem; }
.article-text :target + mark, .article-text :target + span + mark { outline: 2px solid var(--accent); }
ol.quotes { padding-left: 1.5rem; }
ol.quotes > li { margin-bottom: 1.2rem; }
ol.quotes blockquote { margin: 0 0 .3rem; padding-left: .8rem; border-left: 3px solid var(--mark-strong); }
ol.quotes li.guess blockquote { border-left-style: dashed; }
.attribution { font-family: system-ui, sans-serif; font-size: .92rem; }
.attribution .tag { color: var(--muted); }
.attribution .guess { color: var(--guess); font-weight: 600; }
ul.entities { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; }
ul.entities li { border: 1px solid var(--line); border-radius: 999px; padding: .1rem .6rem;
                 font-family: system-ui, sans-serif; font-size: .88rem; background: #fff; }
details.removed summary { cursor: pointer; font-family: system-ui, sans-serif; color: var(--muted); }
details.removed li { margin: .3rem 0; }
details.removed .reason { font-family: system-ui, sans-serif; font-size: .8rem; color: var(--muted);
                          text-transform: uppercase; letter-spacing: .04em; margin-right: .5rem; }
ol.hits { padding-left: 1.5rem; }
ol.hits li { margin-bottom: 1rem; }
ol.hits .snippet { margin: .2rem 0 0; }
.search-results { display: grid; grid-template-columns: minmax(0, 1fr) 14rem; gap: 2rem; }
@media (max-width: 50rem) { .search-results { grid-template-columns: 1fr; } }
aside.facets { font-family: system-ui, sans-serif; font-size: .9rem; }
aside.facets h2 { font-size: 1rem; margin: 1rem 0 .3rem; }
aside.facets ul, ul.filters { list-style: none; padding: 0; margin: 0; }
ul.filters { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; font-family: system-ui, sans-serif; }
.error h1 { color: #8b1f1f; }
/* A story's timeline: a rule down the left, a dot per day. */
ol.timeline { list-style: none; margin: 1rem 0 0 .4rem; padding: 0 0 0 1.4rem; border-left: 3px solid var(--line); }
ol.timeline > li { position: relative; margin-bottom: 1.2rem; }
ol.timeline > li::before {
  content: ""; position: absolute; left: calc(-1.4rem - 9px); top: .35rem;
  width: 15px; height: 15px; border-radius: 50%; background: var(--accent); border: 3px solid var(--paper);
}
ol.timeline > li.undated::before { background: var(--paper); border-color: var(--line); }
ol.timeline .day { display: block; font-family: system-ui, sans-serif; font-weight: 600; font-size: .9rem; }
ol.timeline ul { list-style: none; padding: 0; margin: .2rem 0 0; }
ol.timeline ul li { margin: .25rem 0; }
ol.timeline li.quote q { font-style: italic; }
.tag { color: var(--muted); font-family: system-ui, sans-serif; font-size: .85rem; }
.first { font-family: system-ui, sans-serif; font-size: .75rem; text-transform: uppercase; letter-spacing: .04em;
         color: #fff; background: var(--accent); border-radius: 3px; padding: .05rem .35rem; }
td.when { white-space: nowrap; }
section.also ul { padding-left: 1.2rem; font-family: system-ui, sans-serif; font-size: .95rem; }
"#;

pub(crate) async fn stylesheet() -> impl IntoResponse {
    (
        [
            (CONTENT_TYPE, "text/css; charset=utf-8"),
            (CACHE_CONTROL, "public, max-age=3600"),
        ],
        STYLE,
    )
}
