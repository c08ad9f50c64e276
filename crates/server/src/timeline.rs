//! When and by whom one entity is named: the API's `/api/entities/{name}/timeline` and, on the entity page,
//! a bar chart of articles per week with the outlets naming it.
//!
//! The counts are the store's ([`Store::entity_timeline`]), under the entity's canonical name, so every
//! spelling of it counts. The chart is server-rendered SVG like the sources graph: no script, every text
//! escaped by maud.

use std::sync::Arc;

use axum::{
    extract::{rejection::PathRejection, Path, State},
    Json,
};
use chrono::{Days, NaiveDate};
use maud::{html, Markup};
use serde::Serialize;
use utoipa::ToSchema;
use warta_store::{EntityTimeline, Store, StoreError, TimelineBucket};

use crate::{api::ErrorBody, error::ApiError, fetch, labels::Labels, params};

/// Articles and mentions in one day or week.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
pub(crate) struct Bucket {
    /// The day (`YYYY-MM-DD`, the article's own calendar date), or for a week its Monday.
    date: String,
    articles: usize,
    mentions: usize,
}

impl From<TimelineBucket> for Bucket {
    fn from(bucket: TimelineBucket) -> Bucket {
        Bucket {
            date: bucket.date,
            articles: bucket.articles,
            mentions: bucket.mentions,
        }
    }
}

/// An outlet naming the entity.
#[derive(Serialize, ToSchema)]
pub(crate) struct OutletMentions {
    /// `null` for the articles whose outlet is unknown.
    outlet: Option<String>,
    articles: usize,
    mentions: usize,
}

/// How often one entity is named over time, and by which outlets.
#[derive(Serialize, ToSchema)]
pub(crate) struct Timeline {
    /// The canonical name: the one asked for, or the name it is a spelling of.
    pub(crate) name: String,
    /// The types it was found as (PERSON, LOCATION, …), the most frequent first.
    types: Vec<String>,
    /// The names stored under it: the canonical name first, then the other spellings.
    spellings: Vec<String>,
    /// Articles and mentions per day, oldest first; days without articles are left out.
    days: Vec<Bucket>,
    /// The same per ISO week, dated by its Monday.
    weeks: Vec<Bucket>,
    /// Articles naming it without a publication date.
    undated_articles: usize,
    undated_mentions: usize,
    /// The outlets naming it, most articles first.
    outlets: Vec<OutletMentions>,
}

impl Timeline {
    /// The timeline of `name`, or of the canonical name it is a spelling of.
    pub(crate) fn read(store: &Store, name: &str) -> Result<Timeline, StoreError> {
        let canonical = store
            .entity_canonical(name)?
            .unwrap_or_else(|| name.to_string());
        Ok(Timeline::from(store.entity_timeline(&canonical)?))
    }
}

impl From<EntityTimeline> for Timeline {
    fn from(timeline: EntityTimeline) -> Timeline {
        let weeks = timeline.weeks().into_iter().map(Bucket::from).collect();
        Timeline {
            name: timeline.name,
            types: timeline.types,
            spellings: timeline.spellings,
            days: timeline.days.into_iter().map(Bucket::from).collect(),
            weeks,
            undated_articles: timeline.undated_articles,
            undated_mentions: timeline.undated_mentions,
            outlets: timeline
                .outlets
                .into_iter()
                .map(|o| OutletMentions {
                    outlet: o.outlet,
                    articles: o.articles,
                    mentions: o.mentions,
                })
                .collect(),
        }
    }
}

/// When one name is mentioned and by whom: articles and mentions per day and per week, and per outlet.
/// Another spelling of a name answers for its canonical name ("Zelenskyy" for "Volodymyr Zelensky").
#[utoipa::path(get, path = "/api/entities/{name}/timeline", tag = "entities",
    params(("name" = String, Path, description = "The name, as in the entity list, or another spelling of it")),
    responses(
        (status = 200, description = "The name's mentions over time and by outlet", body = Timeline),
        (status = 400, description = "Invalid name", body = ErrorBody, content_type = "application/problem+json"),
    ))]
pub(crate) async fn timeline(
    State(store): State<Arc<Store>>,
    name: Result<Path<String>, PathRejection>,
) -> Result<Json<Timeline>, ApiError> {
    let name = params::entity_name(name)?;
    Ok(Json(
        fetch(&store, move |store| Timeline::read(store, &name)).await?,
    ))
}

/// The weeks the chart shows at most: the latest ones.
const MAX_WEEKS: usize = 104;
const CHART_HEIGHT: usize = 120;
const AXIS_HEIGHT: usize = 18;
const BAR_WIDTH: usize = 12;
const BAR_GAP: usize = 2;

/// The entity page's section: spellings, the weekly chart, and the outlets.
pub(crate) fn section(l: &Labels, timeline: &Timeline) -> Markup {
    let t = labels(l);
    let others: Vec<&String> = timeline
        .spellings
        .iter()
        .filter(|s| **s != timeline.name)
        .collect();
    html! {
        @if !others.is_empty() {
            p.muted { (t.spellings) ": " (others.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")) }
        }
        h2 { (t.title) }
        @if timeline.weeks.is_empty() {
            p.muted { (t.no_dates) }
        } @else {
            (chart(l, &timeline.weeks))
        }
        @if timeline.undated_articles > 0 {
            p.muted { (t.undated) ": " (l.article_count(timeline.undated_articles)) }
        }
        @if !timeline.outlets.is_empty() {
            h2 { (t.outlets) }
            table {
                thead {
                    tr { th { (l.col_outlet) } th.num { (l.col_articles) } th.num { (l.col_mentions) } }
                }
                tbody {
                    @for outlet in &timeline.outlets {
                        tr {
                            td { (outlet.outlet.as_deref().unwrap_or(l.unknown)) }
                            td.num { (outlet.articles) }
                            td.num { (outlet.mentions) }
                        }
                    }
                }
            }
        }
    }
}

/// Every week from the first to the last with articles, empty weeks included so gaps show, the latest
/// [`MAX_WEEKS`] of them.
fn every_week(weeks: &[Bucket]) -> Vec<(NaiveDate, usize, usize)> {
    let dated: Vec<(NaiveDate, usize, usize)> = weeks
        .iter()
        .filter_map(|w| {
            let monday = NaiveDate::parse_from_str(&w.date, "%Y-%m-%d").ok()?;
            Some((monday, w.articles, w.mentions))
        })
        .collect();
    let (Some(first), Some(last)) = (dated.first(), dated.last()) else {
        return Vec::new();
    };
    let mut all = Vec::new();
    let mut monday = first.0;
    let mut next = dated.iter().peekable();
    while monday <= last.0 {
        match next.peek() {
            Some((date, articles, mentions)) if *date == monday => {
                all.push((monday, *articles, *mentions));
                next.next();
            }
            _ => all.push((monday, 0, 0)),
        }
        let Some(following) = monday.checked_add_days(Days::new(7)) else {
            break;
        };
        monday = following;
    }
    let skip = all.len().saturating_sub(MAX_WEEKS);
    all.split_off(skip)
}

/// Articles per week as bars, each titled with its week and counts.
fn chart(l: &Labels, weeks: &[Bucket]) -> Markup {
    let t = labels(l);
    let weeks = every_week(weeks);
    let most = weeks.iter().map(|w| w.1).max().unwrap_or(0).max(1);
    let step = BAR_WIDTH + BAR_GAP;
    let width = (weeks.len() * step).max(10 * step);
    let height = CHART_HEIGHT + AXIS_HEIGHT;
    let first = weeks.first().map(|w| w.0.to_string()).unwrap_or_default();
    let last = weeks.last().map(|w| w.0.to_string()).unwrap_or_default();
    html! {
        svg.timeline-chart xmlns="http://www.w3.org/2000/svg" role="img" aria-label=(t.chart_label)
            width="100%" viewBox=(format!("0 0 {width} {height}")) font-family="sans-serif" {
            line x1="0" y1=(CHART_HEIGHT) x2=(width) y2=(CHART_HEIGHT) stroke="#999" stroke-width="1" {}
            @for (i, (monday, articles, mentions)) in weeks.iter().enumerate() {
                @let bar = (articles * (CHART_HEIGHT - 4)).div_ceil(most);
                g.week {
                    title {
                        ((t.week)(&monday.to_string())) ": " (l.article_count(*articles)) ", "
                        (l.mentions(*mentions))
                    }
                    // A transparent column makes an empty week hoverable too.
                    rect x=(i * step) y="0" width=(BAR_WIDTH) height=(CHART_HEIGHT) fill="transparent" {}
                    @if bar > 0 {
                        rect x=(i * step) y=(CHART_HEIGHT - bar) width=(BAR_WIDTH) height=(bar)
                            fill="#1f5f8b" {}
                    }
                }
            }
            text x="0" y=(height - 4) font-size="11" fill="#555" { (first) }
            @if last != first {
                text x=(width) y=(height - 4) font-size="11" fill="#555" text-anchor="end" { (last) }
            }
        }
    }
}

/// The words of the timeline section in one language.
struct TimelineLabels {
    title: &'static str,
    spellings: &'static str,
    outlets: &'static str,
    undated: &'static str,
    no_dates: &'static str,
    chart_label: &'static str,
    /// A week, named by its Monday.
    week: fn(&str) -> String,
}

fn labels(l: &Labels) -> &'static TimelineLabels {
    const ENGLISH: TimelineLabels = TimelineLabels {
        title: "Mentions over time",
        spellings: "Also written",
        outlets: "Outlets naming it",
        undated: "Without a date",
        no_dates: "No dated article names it.",
        chart_label: "Articles naming it, per week",
        week: |monday| format!("Week of {monday}"),
    };
    const INDONESIAN: TimelineLabels = TimelineLabels {
        title: "Penyebutan dari waktu ke waktu",
        spellings: "Juga ditulis",
        outlets: "Media yang menyebutnya",
        undated: "Tanpa tanggal",
        no_dates: "Tidak ada artikel bertanggal yang menyebutnya.",
        chart_label: "Artikel yang menyebutnya, per minggu",
        week: |monday| format!("Minggu {monday}"),
    };
    match l.language {
        crate::labels::Language::English => &ENGLISH,
        crate::labels::Language::Indonesian => &INDONESIAN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bucket(date: &str, articles: usize) -> Bucket {
        Bucket {
            date: date.to_string(),
            articles,
            mentions: articles * 2,
        }
    }

    #[test]
    fn empty_weeks_between_are_drawn_and_old_ones_dropped() {
        let weeks = every_week(&[bucket("2024-03-04", 2), bucket("2024-03-25", 1)]);
        let counts: Vec<(String, usize)> = weeks.iter().map(|w| (w.0.to_string(), w.1)).collect();
        assert_eq!(
            counts,
            [
                ("2024-03-04".to_string(), 2),
                ("2024-03-11".to_string(), 0),
                ("2024-03-18".to_string(), 0),
                ("2024-03-25".to_string(), 1)
            ]
        );
        let years = every_week(&[bucket("2020-01-06", 1), bucket("2024-01-01", 1)]);
        assert_eq!(years.len(), MAX_WEEKS);
        assert_eq!(
            years.last().map(|w| w.0.to_string()).as_deref(),
            Some("2024-01-01")
        );
        assert!(every_week(&[bucket("not a date", 1)]).is_empty());
    }

    fn chart_in(l: &Labels, week: &str, articles: usize) -> String {
        chart(l, &[bucket(week, articles)]).into_string()
    }

    #[test]
    fn the_chart_titles_each_bar_in_the_readers_language() {
        let en = crate::labels::Language::English.labels();
        let chart = chart_in(en, "2024-03-04", 3);
        assert!(chart.starts_with("<svg"), "{chart}");
        assert!(chart.contains("<title>Week of 2024-03-04: 3 articles, 6 mentions</title>"));
        let id = crate::labels::Language::Indonesian.labels();
        let chart = chart_in(id, "2024-03-04", 1);
        assert!(
            chart.contains("<title>Minggu 2024-03-04: 1 artikel, 2 sebutan</title>"),
            "{chart}"
        );
        assert_eq!(chart.matches("fill=\"#1f5f8b\"").count(), 1);
    }
}
