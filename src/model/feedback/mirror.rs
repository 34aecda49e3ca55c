//! The mirror: where employee experience and customer experience fall together. For each
//! touchpoint the customer sees whose customer score is low or falling, the hidden steps
//! that support it (the hidden-support analysis) and the touchpoint itself, where
//! employees scored them low: ranked by how low both are.

use std::collections::BTreeMap;

use super::figures::{Figure, Period, Window, by_touchpoint, change, figures_by_touchpoint};
use super::response::Response;
use super::source::{Audience, Scale};
use crate::model::analysis::hidden_support;
use crate::model::ids::TouchpointId;
use crate::model::journey::Journey;
use crate::model::values::Date;

/// The responses of one source, with whose they are and their scale.
#[derive(Clone, Debug, PartialEq)]
pub struct Readings {
    /// The source's file, as the map names it.
    pub file: String,
    pub audience: Audience,
    pub scale: Scale,
    pub responses: Vec<Response>,
}

/// A touchpoint's figure for one audience: the figure of the first source of that
/// audience that has responses about it, with that source's scale.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scored {
    pub scale: Scale,
    pub figure: Figure,
}

/// Each touchpoint's figure for `audience` within `window`.
pub fn scored(
    readings: &[Readings],
    audience: Audience,
    window: &Window,
) -> BTreeMap<TouchpointId, Scored> {
    scored_by_source(readings, audience, window)
        .into_iter()
        .map(|(touchpoint, (_, scored))| (touchpoint, scored))
        .collect()
}

/// Each touchpoint's figure for `audience` within `window`, with the index in `readings`
/// of the source it came from: the first of that audience with responses about it.
pub fn scored_by_source(
    readings: &[Readings],
    audience: Audience,
    window: &Window,
) -> BTreeMap<TouchpointId, (usize, Scored)> {
    let mut all = BTreeMap::new();
    for (index, reading) in readings.iter().enumerate() {
        if reading.audience != audience {
            continue;
        }
        for (touchpoint, figure) in figures_by_touchpoint(reading.scale, &reading.responses, window)
        {
            all.entry(touchpoint).or_insert((
                index,
                Scored {
                    scale: reading.scale,
                    figure,
                },
            ));
        }
    }
    all
}

/// How bad a figure is on its scale, from 0 (the best it can be) to 1 (the worst).
pub fn badness(scored: Scored) -> f64 {
    let score = scored.figure.score;
    let value = match scored.scale {
        Scale::Nps => (100.0 - score) / 200.0,
        Scale::Csat => (100.0 - score) / 100.0,
        // Effort: 1 is the easiest.
        Scale::Ces => (score - 1.0) / 6.0,
        Scale::Rating5 => (5.0 - score) / 4.0,
        Scale::Rating7 => (7.0 - score) / 6.0,
    };
    value.clamp(0.0, 1.0)
}

/// A badness (see [`badness`]) on the scale of the team's ratings: 0 at +2, 1 at −2, so
/// that what was measured is drawn and coloured beside what was assumed.
pub fn on_ratings_scale(badness: f64) -> f64 {
    2.0 - 4.0 * badness
}

/// Low: worse than the middle of its scale (NPS below 0, CSAT below 50 %, a mean on the
/// worse half).
pub fn is_low(scored: Scored) -> bool {
    badness(scored) > 0.5
}

/// One place where both fall: a touchpoint the customer sees, low or falling, and a step
/// that supports it (or the touchpoint itself) that employees scored low.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mirrored {
    pub visible: TouchpointId,
    pub customer: Scored,
    /// Whether the customer score fell from the period before to the latest one.
    pub falling: bool,
    pub support: TouchpointId,
    pub employee: Scored,
}

/// Where employee and customer experience fall together, worst first (by the product of
/// both badnesses, then by the visible touchpoint's and the step's ids). `latest` and
/// `period` say what "falling" compares.
pub fn mirror(
    journey: &Journey,
    readings: &[Readings],
    window: &Window,
    period: Period,
    latest: Option<Date>,
) -> Vec<Mirrored> {
    let customers = scored(readings, Audience::Customer, window);
    let employees = scored(readings, Audience::Employee, window);
    // Each customer source's responses by touchpoint, read once for all the touchpoints.
    let grouped: Vec<(Scale, BTreeMap<TouchpointId, Vec<&Response>>)> = readings
        .iter()
        .filter(|r| r.audience == Audience::Customer)
        .map(|r| (r.scale, by_touchpoint(&r.responses)))
        .collect();
    let mut found = Vec::new();
    for (&visible, &customer) in &customers {
        if journey.is_visible(visible) != Some(true) {
            continue;
        }
        let falling = latest.is_some_and(|latest| {
            grouped
                .iter()
                .filter(|(scale, _)| *scale == customer.scale)
                .filter_map(|(scale, by)| {
                    let responses = by.get(&visible)?.iter().copied();
                    change(*scale, responses, visible, period, latest)
                })
                .any(|change| {
                    change.previous.is_some_and(|previous| {
                        let then = Scored {
                            scale: customer.scale,
                            figure: previous,
                        };
                        let now = Scored {
                            scale: customer.scale,
                            figure: change.latest,
                        };
                        badness(now) > badness(then)
                    })
                })
        });
        if !is_low(customer) && !falling {
            continue;
        }
        let supports = std::iter::once(visible).chain(hidden_support(journey, visible));
        for support in supports {
            if let Some(&employee) = employees.get(&support)
                && is_low(employee)
            {
                found.push(Mirrored {
                    visible,
                    customer,
                    falling,
                    support,
                    employee,
                });
            }
        }
    }
    found.sort_by(|a, b| {
        let weight = |m: &Mirrored| badness(m.customer) * badness(m.employee);
        weight(b)
            .total_cmp(&weight(a))
            .then(a.visible.cmp(&b.visible))
            .then(a.support.cmp(&b.support))
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::concepts::{LaneKind, Link, LinkKind, Touchpoint};
    use crate::model::ids::{LaneId, LinkId, StageId};
    use crate::model::journey::Document;
    use crate::model::{Lane, Stage};

    /// A customer lane with touchpoint 1, which support step 2 (hidden) feeds.
    fn journey() -> Journey {
        let lane = |id: u64, kind| Lane {
            id: LaneId(id),
            name: format!("lane {id}"),
            kind,
        };
        let document = Document {
            lanes: vec![lane(1, LaneKind::Customer), lane(2, LaneKind::Backstage)],
            stages: vec![Stage {
                id: StageId(1),
                name: "Pay".to_owned(),
            }],
            touchpoints: vec![
                Touchpoint::new(TouchpointId(1), "Pays", LaneId(1), StageId(1)),
                Touchpoint::new(TouchpointId(2), "Invoice run", LaneId(2), StageId(1)),
            ],
            links: vec![Link {
                id: LinkId(1),
                from: TouchpointId(2),
                to: TouchpointId(1),
                kind: LinkKind::Support,
                label: String::new(),
            }],
            ..Document::default()
        };
        Journey::from_document(document).expect("the test map loads")
    }

    fn day(day: u8) -> Date {
        Date::new(2026, 11, day).expect("a day of November")
    }

    fn readings(audience: Audience, scale: Scale, scores: &[(u64, u8, u8)]) -> Readings {
        Readings {
            file: "responses.csv".to_owned(),
            audience,
            scale,
            responses: scores
                .iter()
                .enumerate()
                .map(|(row, &(touchpoint, date, score))| Response {
                    row: row + 2,
                    touchpoint: TouchpointId(touchpoint),
                    date: Some(day(date)),
                    score,
                    comment: String::new(),
                })
                .collect(),
        }
    }

    #[test]
    fn a_low_customer_score_over_a_low_employee_score_is_mirrored() {
        // Customers: NPS of touchpoint 1 from 2, 3 and 9: 1 promoter, 2 detractors of 3
        // → 33.3 % − 66.7 % = −33.3, low. Employees: step 2 at 2 and 1 on 1–5, mean 1.5,
        // low (badness (5 − 1.5) / 4 = 0.875).
        let all = [
            readings(
                Audience::Customer,
                Scale::Nps,
                &[(1, 1, 2), (1, 2, 3), (1, 3, 9)],
            ),
            readings(Audience::Employee, Scale::Rating5, &[(2, 1, 2), (2, 2, 1)]),
        ];
        let found = mirror(&journey(), &all, &Window::ALL, Period::Week, Some(day(3)));
        assert_eq!(found.len(), 1);
        let one = found[0];
        assert_eq!(
            (one.visible, one.support),
            (TouchpointId(1), TouchpointId(2))
        );
        assert!((one.customer.figure.score - (-100.0 / 3.0)).abs() < 1e-9);
        assert!((one.employee.figure.score - 1.5).abs() < 1e-9);
    }

    #[test]
    fn nothing_is_mirrored_where_either_side_is_well() {
        // Employees content (mean 4.5): nothing, though customers are not.
        let all = [
            readings(Audience::Customer, Scale::Nps, &[(1, 1, 2), (1, 2, 3)]),
            readings(Audience::Employee, Scale::Rating5, &[(2, 1, 4), (2, 2, 5)]),
        ];
        assert!(mirror(&journey(), &all, &Window::ALL, Period::Week, Some(day(2))).is_empty());
        // Customers content and steady (NPS 100 in both weeks): nothing.
        let all = [
            readings(Audience::Customer, Scale::Nps, &[(1, 1, 10), (1, 9, 9)]),
            readings(Audience::Employee, Scale::Rating5, &[(2, 1, 1)]),
        ];
        assert!(mirror(&journey(), &all, &Window::ALL, Period::Week, Some(day(9))).is_empty());
    }

    #[test]
    fn a_falling_customer_score_is_mirrored_though_not_yet_low() {
        // The latest week (4–10 Nov): 10 and 7, NPS 50 % − 0 % = 50; the week before
        // (28 Oct–3 Nov): 10 and 10, NPS 100. Falling, though 50 is not low.
        let all = [
            readings(
                Audience::Customer,
                Scale::Nps,
                &[(1, 1, 10), (1, 2, 10), (1, 9, 10), (1, 10, 7)],
            ),
            readings(Audience::Employee, Scale::Rating5, &[(2, 9, 1)]),
        ];
        let found = mirror(&journey(), &all, &Window::ALL, Period::Week, Some(day(10)));
        assert_eq!(found.len(), 1);
        assert!(found[0].falling);
    }
}
