//! What a map's feedback says as a whole, made once each time its sources have been read:
//! each touchpoint's customer and employee figure with its trend, the mirror, and what got
//! worse in the latest period, worst first. The window, the insights panel, the reports and
//! `polku insights` all show this one summary.

use std::collections::BTreeMap;

use super::figures::{Change, Figure, Period, Window, by_touchpoint, change, figure, latest_date};
use super::groups::{Groups, groups};
use super::mirror::{Mirrored, Readings, Scored, badness, mirror, scored_by_source};
use super::response::Response;
use super::source::{Audience, Scale};
use crate::model::ids::TouchpointId;
use crate::model::journey::Journey;
use crate::model::values::Date;

/// Which way a touchpoint's score went from the period before to the latest one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trend {
    Better,
    Steady,
    Worse,
}

impl Trend {
    /// The trend in words of the thread's language: "worse than the period before".
    pub fn words(self) -> String {
        match self {
            Self::Better => crate::tr!("model-trend-better"),
            Self::Steady => crate::tr!("model-trend-steady"),
            Self::Worse => crate::tr!("model-trend-worse"),
        }
    }
}

/// A touchpoint's figure for one audience, and its trend when both periods had responses.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Measured {
    pub scored: Scored,
    pub trend: Option<Trend>,
    /// The source both came from: its index among the readings.
    pub source: usize,
}

/// A touchpoint whose score dropped, or whose negative responses grew, in the latest
/// period against the one before.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Worsened {
    /// The source it was measured in: its index among the readings.
    pub source: usize,
    pub touchpoint: TouchpointId,
    pub audience: Audience,
    pub scale: Scale,
    pub change: Change,
    /// The period before's figure (a change is only found where there is one).
    pub previous: Figure,
    /// How much worse, from 0 to 1 on the scale (see [`badness`]); 0 when only the number
    /// of negative responses grew.
    pub drop: f64,
}

/// The summary of a map's feedback within a window.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    pub customers: BTreeMap<TouchpointId, Measured>,
    pub employees: BTreeMap<TouchpointId, Measured>,
    /// The days whose responses count.
    pub window: Window,
    /// The last day of the latest period: the window's end, else the newest response.
    pub latest: Option<Date>,
    /// How long the latest period and the one before it are.
    pub period: Period,
    /// Worst first: by how far the score dropped, then by how many more negative
    /// responses, then in the order of the touchpoints' ids.
    pub changes: Vec<Worsened>,
    pub mirror: Vec<Mirrored>,
    /// Each stage's and each persona's path's figures.
    pub groups: Groups,
}

impl Summary {
    /// Whether a response given on `date` falls in the latest period.
    pub fn in_latest_period(&self, date: Option<Date>) -> bool {
        match (date, self.latest) {
            (Some(date), Some(latest)) => (0..self.period.days())
                .contains(&(latest.days_since_epoch() - date.days_since_epoch())),
            _ => false,
        }
    }

    /// The figures of `audience`.
    pub fn of(&self, audience: Audience) -> &BTreeMap<TouchpointId, Measured> {
        match audience {
            Audience::Customer => &self.customers,
            Audience::Employee => &self.employees,
        }
    }
}

/// Sums up `readings` (the sources of `journey`, read) within `window`, comparing the
/// latest `period` with the one before it.
pub fn summary(
    journey: &Journey,
    readings: &[Readings],
    window: &Window,
    period: Period,
) -> Summary {
    let latest = window.until.or_else(|| {
        readings
            .iter()
            .filter_map(|r| latest_date(&r.responses))
            .max()
    });
    let mut changes = Vec::new();
    // Each touchpoint's change, per audience from the first source that has it (as
    // `scored` takes its figure).
    let mut trends: BTreeMap<(usize, TouchpointId), Trend> = BTreeMap::new();
    if let Some(latest) = latest {
        for (source, reading) in readings.iter().enumerate() {
            for (touchpoint, responses) in by_touchpoint(&reading.responses) {
                // Only what the window counts: a response before its first day is in
                // neither period.
                let responses = responses
                    .iter()
                    .copied()
                    .filter(|response| window.contains(response.date));
                let Some(found) = change(reading.scale, responses, touchpoint, period, latest)
                else {
                    continue;
                };
                let Some(previous) = found.previous else {
                    continue;
                };
                let score = |figure| Scored {
                    scale: reading.scale,
                    figure,
                };
                let drop = badness(score(found.latest)) - badness(score(previous));
                let trend = if reading.scale.worse(found.latest.score, previous.score) {
                    Trend::Worse
                } else if reading.scale.worse(previous.score, found.latest.score) {
                    Trend::Better
                } else {
                    Trend::Steady
                };
                trends.insert((source, touchpoint), trend);
                if trend == Trend::Worse || found.negative_latest > found.negative_previous {
                    changes.push(Worsened {
                        source,
                        previous,
                        touchpoint,
                        audience: reading.audience,
                        scale: reading.scale,
                        change: found,
                        drop: drop.max(0.0),
                    });
                }
            }
        }
    }
    changes.sort_by(|a, b| {
        let more_negative =
            |w: &Worsened| w.change.negative_latest as i64 - w.change.negative_previous as i64;
        b.drop
            .total_cmp(&a.drop)
            .then(more_negative(b).cmp(&more_negative(a)))
            .then(a.touchpoint.cmp(&b.touchpoint))
            .then(a.audience.cmp(&b.audience))
    });
    // The trend of the source the figure came from, so the arrow and the number agree.
    let measured = |audience| {
        scored_by_source(readings, audience, window)
            .into_iter()
            .map(|(touchpoint, (source, scored))| {
                let trend = trends.get(&(source, touchpoint)).copied();
                (
                    touchpoint,
                    Measured {
                        scored,
                        trend,
                        source,
                    },
                )
            })
            .collect()
    };
    Summary {
        customers: measured(Audience::Customer),
        employees: measured(Audience::Employee),
        window: *window,
        latest,
        period,
        changes,
        mirror: mirror(journey, readings, window, period, latest),
        groups: groups(journey, readings, window),
    }
}

/// One period of a touchpoint's figures over time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InPeriod {
    /// The period's first and last day.
    pub from: Date,
    pub until: Date,
    /// None when no response fell in it.
    pub figure: Option<Figure>,
}

/// The figures of `responses` on `scale` in the `count` periods of length `period` that
/// end on `latest`, newest first: a touchpoint's figures over time. Responses without a
/// date belong to no period.
pub fn periods<'a>(
    scale: Scale,
    responses: impl IntoIterator<Item = &'a Response>,
    period: Period,
    latest: Date,
    count: usize,
) -> Vec<InPeriod> {
    let (last_day, length) = (latest.days_since_epoch(), period.days());
    let mut scores: Vec<Vec<u8>> = vec![Vec::new(); count];
    for response in responses {
        let Some(date) = response.date else {
            continue;
        };
        let back = last_day - date.days_since_epoch();
        if back < 0 {
            continue;
        }
        if let Some(found) = usize::try_from(back / length)
            .ok()
            .and_then(|index| scores.get_mut(index))
        {
            found.push(response.score);
        }
    }
    scores
        .into_iter()
        .zip(0_i64..)
        .map(|(scores, back)| {
            let until = last_day - back * length;
            InPeriod {
                from: Date::from_days_since_epoch(until - length + 1),
                until: Date::from_days_since_epoch(until),
                figure: figure(scale, scores),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::concepts::Touchpoint;
    use crate::model::feedback::Response;
    use crate::model::ids::{LaneId, StageId};
    use crate::model::journey::Document;
    use crate::model::{Lane, LaneKind, Stage};

    fn journey() -> Journey {
        let document = Document {
            lanes: vec![Lane {
                id: LaneId(1),
                name: "Customer".to_owned(),
                kind: LaneKind::Customer,
            }],
            stages: vec![Stage {
                id: StageId(1),
                name: "Pay".to_owned(),
            }],
            touchpoints: (1..=3)
                .map(|id| Touchpoint::new(TouchpointId(id), "Pays", LaneId(1), StageId(1)))
                .collect(),
            ..Document::default()
        };
        Journey::from_document(document).expect("the test map loads")
    }

    /// Responses `(touchpoint, day of November 2026, score)`.
    fn readings(scale: Scale, scores: &[(u64, u8, u8)]) -> Readings {
        Readings {
            file: "responses.csv".to_owned(),
            audience: Audience::Customer,
            scale,
            responses: scores
                .iter()
                .map(|&(touchpoint, day, score)| Response {
                    row: 2,
                    touchpoint: TouchpointId(touchpoint),
                    date: Date::new(2026, 11, day),
                    score,
                    comment: String::new(),
                })
                .collect(),
        }
    }

    #[test]
    fn changes_come_worst_drop_first_with_trends_on_the_figures() {
        // Week to 30 November against the week to 23 November, on a 1–5 rating:
        // touchpoint 1 went 5 → 4 (a quarter of the scale down), touchpoint 2 went
        // 5 → 1 (all of it), touchpoint 3 went 2 → 4 (better).
        let read = readings(
            Scale::Rating5,
            &[
                (1, 20, 5),
                (1, 28, 4),
                (2, 20, 5),
                (2, 29, 1),
                (3, 21, 2),
                (3, 30, 4),
            ],
        );
        let summed = summary(&journey(), &[read], &Window::ALL, Period::Week);
        assert_eq!(summed.latest, Date::new(2026, 11, 30));
        let order: Vec<(u64, f64)> = summed
            .changes
            .iter()
            .map(|w| (w.touchpoint.0, w.drop))
            .collect();
        assert_eq!(order, [(2, 1.0), (1, 0.25)]);
        let trend = |id| summed.customers[&TouchpointId(id)].trend;
        assert_eq!(trend(1), Some(Trend::Worse));
        assert_eq!(trend(3), Some(Trend::Better));
        // Over all responses: (5 + 4) / 2.
        assert_eq!(summed.customers[&TouchpointId(1)].scored.figure.score, 4.5);
    }

    #[test]
    fn more_detractors_at_the_same_score_is_a_change_without_a_drop() {
        // NPS: one passive and one promoter (+50) against a detractor and two promoters
        // (+33): the score fell; then the same score but one more detractor.
        let read = readings(
            Scale::Nps,
            &[
                (1, 20, 8),
                (1, 21, 10),
                (1, 28, 3),
                (1, 29, 10),
                (1, 30, 10),
            ],
        );
        let summed = summary(&journey(), &[read], &Window::ALL, Period::Week);
        assert_eq!(summed.changes.len(), 1);
        assert!((summed.changes[0].drop - (50.0 - 100.0 / 3.0) / 200.0).abs() < 1e-9);
        assert_eq!(summed.changes[0].change.negative_latest, 1);
        let read = readings(
            Scale::Nps,
            &[(1, 20, 8), (1, 21, 8), (1, 28, 3), (1, 29, 10)],
        );
        let summed = summary(&journey(), &[read], &Window::ALL, Period::Week);
        assert_eq!(summed.changes.len(), 1);
        assert_eq!(summed.changes[0].drop, 0.0);
        assert_eq!(
            summed.customers[&TouchpointId(1)].trend,
            Some(Trend::Steady)
        );
    }

    #[test]
    fn without_dates_there_are_figures_but_no_trends_or_changes() {
        let mut read = readings(Scale::Csat, &[(1, 20, 5), (1, 28, 1)]);
        for response in &mut read.responses {
            response.date = None;
        }
        let summed = summary(&journey(), &[read], &Window::ALL, Period::Week);
        assert_eq!(summed.latest, None);
        assert!(summed.changes.is_empty());
        assert_eq!(summed.customers[&TouchpointId(1)].trend, None);
        assert_eq!(summed.customers[&TouchpointId(1)].scored.figure.score, 50.0);
    }

    #[test]
    fn figures_over_time_fall_in_periods_ending_on_the_latest_day() {
        // Weeks ending 30, 23 and 16 November; 9 November is in the fourth, not asked for.
        let read = readings(
            Scale::Rating5,
            &[(1, 30, 4), (1, 24, 2), (1, 23, 5), (1, 9, 1)],
        );
        let latest = Date::new(2026, 11, 30).expect("a day");
        let found = periods(Scale::Rating5, &read.responses, Period::Week, latest, 3);
        let shown: Vec<(String, String, Option<f64>)> = found
            .iter()
            .map(|p| {
                (
                    p.from.to_string(),
                    p.until.to_string(),
                    p.figure.map(|f| f.score),
                )
            })
            .collect();
        assert_eq!(
            shown,
            [
                ("2026-11-24".into(), "2026-11-30".into(), Some(3.0)),
                ("2026-11-17".into(), "2026-11-23".into(), Some(5.0)),
                ("2026-11-10".into(), "2026-11-16".into(), None),
            ]
        );
    }

    #[test]
    fn a_badges_trend_comes_from_the_source_its_figure_comes_from() {
        // Two customer sources: NPS first, with responses about touchpoint 1 in the
        // latest week only; CSAT after it, falling from the week before.
        let nps = readings(Scale::Nps, &[(1, 29, 10)]);
        let mut csat = readings(Scale::Csat, &[(1, 20, 5), (1, 28, 1)]);
        csat.file = "csat.csv".to_owned();
        let summed = summary(&journey(), &[nps, csat], &Window::ALL, Period::Week);
        let measured = summed.customers[&TouchpointId(1)];
        assert_eq!(measured.source, 0);
        assert_eq!(measured.scored.scale, Scale::Nps);
        // The NPS has no week before: no arrow, though the CSAT fell.
        assert_eq!(measured.trend, None);
        assert_eq!(summed.changes.len(), 1);
        assert_eq!(summed.changes[0].source, 1);
    }

    #[test]
    fn what_changed_counts_only_the_days_chosen() {
        // 5 on 18 November, 1 on the 20th, 1 on the 28th: from the 19th on, the week
        // before has only the 1, and nothing got worse.
        let read = readings(Scale::Rating5, &[(1, 18, 5), (1, 20, 1), (1, 28, 1)]);
        let all = summary(
            &journey(),
            std::slice::from_ref(&read),
            &Window::ALL,
            Period::Week,
        );
        assert_eq!(all.changes.len(), 1);
        let window = Window {
            since: Date::new(2026, 11, 19),
            until: None,
        };
        let chosen = summary(&journey(), &[read], &window, Period::Week);
        assert!(chosen.changes.is_empty(), "{:?}", chosen.changes);
        assert_eq!(
            chosen.customers[&TouchpointId(1)].trend,
            Some(Trend::Steady)
        );
    }
}
