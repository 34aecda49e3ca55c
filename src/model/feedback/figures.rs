//! The figures made of responses: the score of many responses on their scale (NPS, CSAT,
//! mean), per touchpoint within a window of dates, and how a touchpoint's latest day, week
//! or month compares with the one before. Pure arithmetic: it neither reads files nor
//! knows which source the responses came from.

use std::collections::BTreeMap;

use super::response::Response;
use super::source::Scale;
use crate::model::ids::TouchpointId;
use crate::model::values::Date;

/// The score of some responses, and how many responses it was made of.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    pub responses: usize,
    /// As the scale defines it: NPS from −100 to 100, CSAT a percentage from 0 to 100,
    /// CES and the plain ratings the mean score.
    pub score: f64,
}

/// The figure of `scores` on `scale`; none without scores.
///
/// NPS is the percentage of promoters (9–10) minus the percentage of detractors (0–6);
/// CSAT the percentage of satisfied responses (4–5); CES and the plain ratings the mean.
pub fn figure(scale: Scale, scores: impl IntoIterator<Item = u8>) -> Option<Figure> {
    let mut responses = 0_usize;
    let mut sum = 0_u64;
    let mut promoters = 0_usize;
    let mut detractors = 0_usize;
    let mut satisfied = 0_usize;
    for score in scores {
        responses += 1;
        sum += u64::from(score);
        match score {
            9.. => promoters += 1,
            7..=8 => {}
            _ => detractors += 1,
        }
        if score >= 4 {
            satisfied += 1;
        }
    }
    if responses == 0 {
        return None;
    }
    // Counts of responses are far below 2^52, so they are exact as floats.
    let count = responses as f64;
    let score = match scale {
        Scale::Nps => 100.0 * (promoters as f64 - detractors as f64) / count,
        Scale::Csat => 100.0 * satisfied as f64 / count,
        Scale::Ces | Scale::Rating5 | Scale::Rating7 => sum as f64 / count,
    };
    Some(Figure { responses, score })
}

/// Whether `score` is a bad response on `scale`: an NPS detractor (0–6), CSAT 1–2, CES
/// 5–7 (much effort), 1–2 of five or 1–3 of seven.
pub fn is_negative(scale: Scale, score: u8) -> bool {
    match scale {
        Scale::Nps => score <= 6,
        Scale::Csat | Scale::Rating5 => score <= 2,
        Scale::Ces => score >= 5,
        Scale::Rating7 => score <= 3,
    }
}

/// A span of dates, both ends included; an end that is `None` is open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Window {
    pub since: Option<Date>,
    pub until: Option<Date>,
}

impl Window {
    /// Every response, dated or not.
    pub const ALL: Self = Self {
        since: None,
        until: None,
    };

    /// Whether a response given on `date` falls in the window. A response without a date
    /// could have been given any day, so it counts only when the window has no ends.
    pub fn contains(&self, date: Option<Date>) -> bool {
        match date {
            Some(date) => {
                self.since.is_none_or(|since| since <= date)
                    && self.until.is_none_or(|until| date <= until)
            }
            None => self.since.is_none() && self.until.is_none(),
        }
    }
}

/// The responses about each touchpoint, in id order: grouped once, so that what is
/// figured for every touchpoint reads each response once, not once per touchpoint.
pub fn by_touchpoint(responses: &[Response]) -> BTreeMap<TouchpointId, Vec<&Response>> {
    let mut grouped: BTreeMap<TouchpointId, Vec<&Response>> = BTreeMap::new();
    for response in responses {
        grouped
            .entry(response.touchpoint)
            .or_default()
            .push(response);
    }
    grouped
}

/// The figure of each touchpoint that has responses within `window`, in id order.
pub fn figures_by_touchpoint(
    scale: Scale,
    responses: &[Response],
    window: &Window,
) -> BTreeMap<TouchpointId, Figure> {
    let mut scores: BTreeMap<TouchpointId, Vec<u8>> = BTreeMap::new();
    for response in responses
        .iter()
        .filter(|response| window.contains(response.date))
    {
        scores
            .entry(response.touchpoint)
            .or_default()
            .push(response.score);
    }
    scores
        .into_iter()
        .filter_map(|(touchpoint, scores)| Some((touchpoint, figure(scale, scores)?)))
        .collect()
}

/// How long the spans compared by [`change`] are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    Day,
    /// Seven days.
    #[default]
    Week,
    /// Thirty days, whatever the calendar month's length.
    Month,
}

impl Period {
    /// The number of days in the period.
    pub fn days(self) -> i64 {
        match self {
            Self::Day => 1,
            Self::Week => 7,
            Self::Month => 30,
        }
    }
}

/// A touchpoint's latest period next to the one before it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Change {
    pub latest: Figure,
    /// None when no response fell in the previous period.
    pub previous: Option<Figure>,
    /// How many responses of the latest period were negative (see [`is_negative`]).
    pub negative_latest: usize,
    /// How many responses of the previous period were negative.
    pub negative_previous: usize,
}

/// How `touchpoint` did in the `period` ending on `latest` (included) against the period
/// of the same length just before it; none when it has no responses in the latest period.
/// Responses without a date belong to no period and are left out.
pub fn change<'a>(
    scale: Scale,
    responses: impl IntoIterator<Item = &'a Response>,
    touchpoint: TouchpointId,
    period: Period,
    latest: Date,
) -> Option<Change> {
    let last_day = latest.days_since_epoch();
    let length = period.days();
    // Day numbers rather than dates, so the spans never have to be turned back into
    // calendar dates (which could fall before year 0).
    let latest_span = (last_day - length + 1)..=last_day;
    let previous_span = (last_day - 2 * length + 1)..=(last_day - length);
    let dated_scores = responses
        .into_iter()
        .filter(|response| response.touchpoint == touchpoint)
        .filter_map(|response| Some((response.date?.days_since_epoch(), response.score)));
    let mut latest_scores = Vec::new();
    let mut previous_scores = Vec::new();
    for (day, score) in dated_scores {
        if latest_span.contains(&day) {
            latest_scores.push(score);
        } else if previous_span.contains(&day) {
            previous_scores.push(score);
        }
    }
    let negatives = |scores: &[u8]| {
        scores
            .iter()
            .filter(|&&score| is_negative(scale, score))
            .count()
    };
    Some(Change {
        negative_latest: negatives(&latest_scores),
        negative_previous: negatives(&previous_scores),
        latest: figure(scale, latest_scores)?,
        previous: figure(scale, previous_scores),
    })
}

/// The date of the most recent dated response; none when no response has a date.
pub fn latest_date(responses: &[Response]) -> Option<Date> {
    responses.iter().filter_map(|response| response.date).max()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        text.parse().unwrap()
    }

    fn response(touchpoint: u64, date_text: Option<&str>, score: u8) -> Response {
        Response {
            row: 2,
            touchpoint: TouchpointId(touchpoint),
            date: date_text.map(date),
            score,
            comment: String::new(),
        }
    }

    fn window(since: Option<&str>, until: Option<&str>) -> Window {
        let (since, until) = (since.map(date), until.map(date));
        Window { since, until }
    }

    /// Asserts the figure of `scores` on `scale` has `responses` responses and `score`.
    fn check(scale: Scale, scores: &[u8], responses: usize, score: f64) {
        let figure = figure(scale, scores.iter().copied()).unwrap();
        assert_eq!(figure.responses, responses, "{scale:?} {scores:?}");
        assert!(
            (figure.score - score).abs() < 1e-9,
            "{scale:?} {scores:?}: {} is not {score}",
            figure.score
        );
    }

    #[test]
    fn nps_is_promoters_minus_detractors_in_percent() {
        // Promoters 10, 9, 9 (3 of 10 = 30 %); passives 8, 7; detractors 6, 5, 3, 0, 6
        // (5 of 10 = 50 %): 30 − 50 = −20.
        check(Scale::Nps, &[10, 9, 9, 8, 7, 6, 5, 3, 0, 6], 10, -20.0);
        // All promoters: 100 − 0; all detractors: 0 − 100; passives alone: 0 − 0.
        check(Scale::Nps, &[9, 10], 2, 100.0);
        check(Scale::Nps, &[0, 6, 6], 3, -100.0);
        check(Scale::Nps, &[7, 8], 2, 0.0);
        // 1 promoter of 3 (33.3 %), 1 detractor (33.3 %), 1 passive: 0.
        check(Scale::Nps, &[9, 6, 7], 3, 0.0);
        // 2 promoters of 3, no detractors: 200 / 3 = 66.67.
        check(Scale::Nps, &[9, 10, 8], 3, 200.0 / 3.0);
    }

    #[test]
    fn csat_is_the_percentage_of_fours_and_fives() {
        // 5, 4, 4 satisfied of 6: 3 / 6 = 50 %.
        check(Scale::Csat, &[5, 4, 3, 2, 1, 4], 6, 50.0);
        // 3 is not satisfied: 1 of 4 = 25 %.
        check(Scale::Csat, &[3, 3, 3, 4], 4, 25.0);
        check(Scale::Csat, &[1, 2], 2, 0.0);
    }

    #[test]
    fn ces_and_plain_ratings_are_the_mean() {
        // (1 + 2 + 3 + 7) / 4 = 13 / 4 = 3.25.
        check(Scale::Ces, &[1, 2, 3, 7], 4, 3.25);
        // (1 + 5 + 4) / 3 = 10 / 3.
        check(Scale::Rating5, &[1, 5, 4], 3, 10.0 / 3.0);
        // (7 + 7 + 1 + 6 + 4) / 5 = 25 / 5 = 5.
        check(Scale::Rating7, &[7, 7, 1, 6, 4], 5, 5.0);
    }

    #[test]
    fn no_scores_make_no_figure() {
        for scale in Scale::ALL {
            assert_eq!(figure(scale, []), None);
        }
    }

    #[test]
    fn negatives_end_where_each_scale_says() {
        // (scale, the worst score still negative, the best score not negative)
        let edges = [
            (Scale::Nps, 6, 7),
            (Scale::Csat, 2, 3),
            (Scale::Rating5, 2, 3),
            (Scale::Rating7, 3, 4),
        ];
        for (scale, negative, not_negative) in edges {
            let (lowest, highest) = scale.range();
            assert!(is_negative(scale, lowest), "{scale:?} {lowest}");
            assert!(is_negative(scale, negative), "{scale:?} {negative}");
            assert!(
                !is_negative(scale, not_negative),
                "{scale:?} {not_negative}"
            );
            assert!(!is_negative(scale, highest), "{scale:?} {highest}");
        }
        // Effort is the other way round: much effort (5–7) is bad.
        assert!(is_negative(Scale::Ces, 5));
        assert!(is_negative(Scale::Ces, 7));
        assert!(!is_negative(Scale::Ces, 4));
        assert!(!is_negative(Scale::Ces, 1));
    }

    #[test]
    fn a_window_includes_both_ends_and_undated_responses_only_when_open() {
        let may = window(Some("2024-05-01"), Some("2024-05-31"));
        assert!(!may.contains(Some(date("2024-04-30"))));
        assert!(may.contains(Some(date("2024-05-01"))));
        assert!(may.contains(Some(date("2024-05-31"))));
        assert!(!may.contains(Some(date("2024-06-01"))));
        assert!(!may.contains(None));

        let since = window(Some("2024-05-01"), None);
        assert!(since.contains(Some(date("9999-12-31"))));
        assert!(!since.contains(None));
        let until = window(None, Some("2024-05-01"));
        assert!(until.contains(Some(date("0000-01-01"))));
        assert!(!until.contains(None));

        assert!(Window::ALL.contains(None));
        assert!(Window::ALL.contains(Some(date("2024-05-01"))));
    }

    /// Figures as (touchpoint number, responses, score), in the map's order.
    fn listed(figures: &BTreeMap<TouchpointId, Figure>) -> Vec<(u64, usize, f64)> {
        let row = |(id, figure): (&TouchpointId, &Figure)| (id.0, figure.responses, figure.score);
        figures.iter().map(row).collect()
    }

    #[test]
    fn figures_by_touchpoint_keep_to_the_window() {
        let responses = [
            response(1, Some("2024-05-01"), 10),
            response(1, Some("2024-05-31"), 0),
            response(1, Some("2024-06-01"), 0),
            response(1, None, 0),
            response(2, Some("2024-04-30"), 9),
            response(3, Some("2024-05-15"), 9),
            response(3, None, 6),
        ];
        let may = window(Some("2024-05-01"), Some("2024-05-31"));
        // Touchpoint 1 in May: 10 and 0, one promoter and one detractor of 2: 50 − 50 = 0.
        // Touchpoint 2 answered only in April; touchpoint 3 once in May (9: 100).
        let in_may = figures_by_touchpoint(Scale::Nps, &responses, &may);
        assert_eq!(listed(&in_may), [(1, 2, 0.0), (3, 1, 100.0)]);

        // Open on both ends: touchpoint 1 has 10, 0, 0, 0 (1 promoter, 3 detractors of 4:
        // 25 − 75 = −50); touchpoint 2 has 9 (100); touchpoint 3 has 9, 6 (50 − 50 = 0).
        let all = figures_by_touchpoint(Scale::Nps, &responses, &Window::ALL);
        assert_eq!(listed(&all), [(1, 4, -50.0), (2, 1, 100.0), (3, 2, 0.0)]);

        assert!(figures_by_touchpoint(Scale::Nps, &[], &Window::ALL).is_empty());
    }

    /// What [`change`] found, as (latest responses, latest score, previous responses and
    /// score, negatives latest, negatives previous), so that tests compare one tuple.
    type Found = (usize, f64, Option<(usize, f64)>, usize, usize);

    fn check_change(
        scale: Scale,
        responses: &[Response],
        period: Period,
        latest: &str,
        expected: Option<Found>,
    ) {
        let found = change(scale, responses, TouchpointId(1), period, date(latest)).map(|c| {
            let previous = c.previous.map(|figure| (figure.responses, figure.score));
            let (latest, score) = (c.latest.responses, c.latest.score);
            (
                latest,
                score,
                previous,
                c.negative_latest,
                c.negative_previous,
            )
        });
        assert_eq!(found, expected, "{scale:?} {period:?} ending {latest}");
    }

    #[test]
    fn a_day_compares_with_the_day_before() {
        let responses = [
            response(1, Some("2024-03-10"), 5),
            response(1, Some("2024-03-10"), 1),
            response(1, Some("2024-03-09"), 4),
            response(1, Some("2024-03-08"), 1),
            response(1, Some("2024-03-11"), 1),
            response(1, None, 1),
            response(2, Some("2024-03-10"), 1),
        ];
        // 03-10: 5 and 1, one satisfied of 2 = 50 %, one negative (1). 03-09: 4, 100 %,
        // none negative. 03-08 and 03-11 fall outside both days, the undated one in
        // neither, and touchpoint 2's response is another touchpoint's.
        let expected = (2, 50.0, Some((1, 100.0)), 1, 0);
        check_change(
            Scale::Csat,
            &responses,
            Period::Day,
            "2024-03-10",
            Some(expected),
        );
    }

    #[test]
    fn a_week_is_seven_days_across_the_leap_day() {
        // Latest week: 2024-02-27 … 2024-03-04 (Feb 27, 28, 29, Mar 1, 2, 3, 4).
        // Previous week: 2024-02-20 … 2024-02-26.
        let responses = [
            response(1, Some("2024-03-04"), 7),
            response(1, Some("2024-02-27"), 6),
            response(1, Some("2024-02-26"), 2),
            response(1, Some("2024-02-20"), 5),
            response(1, Some("2024-02-19"), 7),
        ];
        // Latest: 7 and 6, mean 6.5, both negative (5–7). Previous: 2 and 5, mean 3.5,
        // one negative (5). 02-19 falls before the previous week, in neither.
        let expected = (2, 6.5, Some((2, 3.5)), 2, 1);
        check_change(
            Scale::Ces,
            &responses,
            Period::Week,
            "2024-03-04",
            Some(expected),
        );
    }

    #[test]
    fn a_month_is_thirty_days() {
        // Latest 30 days ending 2024-03-10: Feb 10 … Mar 10 (20 days of February 2024,
        // which has 29, plus 10 of March). Previous 30: Jan 11 … Feb 9.
        let responses = [
            response(1, Some("2024-03-10"), 10),
            response(1, Some("2024-02-10"), 9),
            response(1, Some("2024-02-09"), 3),
            response(1, Some("2024-01-11"), 8),
            response(1, Some("2024-01-10"), 0),
        ];
        // Latest: 10, 9, both promoters: 100. Previous: 3 (detractor) and 8 (passive):
        // 0 − 50 = −50, one negative. 01-10 is outside both.
        let expected = (2, 100.0, Some((2, -50.0)), 0, 1);
        check_change(
            Scale::Nps,
            &responses,
            Period::Month,
            "2024-03-10",
            Some(expected),
        );
    }

    #[test]
    fn no_change_without_responses_in_the_latest_period() {
        let responses = [response(1, Some("2024-03-01"), 3), response(1, None, 3)];
        // Only a previous-day response: nothing to compare from.
        check_change(Scale::Rating5, &responses, Period::Day, "2024-03-02", None);
        // A latest response (3, mean 3, not negative) but nothing before it.
        let alone = (1, 3.0, None, 0, 0);
        check_change(
            Scale::Rating5,
            &responses,
            Period::Day,
            "2024-03-01",
            Some(alone),
        );
    }

    #[test]
    fn the_latest_date_is_the_newest_dated_response() {
        let responses = [
            response(1, Some("2024-03-01"), 3),
            response(2, None, 3),
            response(3, Some("2024-04-01"), 3),
            response(1, Some("2023-12-31"), 3),
        ];
        assert_eq!(latest_date(&responses), Some(date("2024-04-01")));
        assert_eq!(latest_date(&[response(1, None, 3)]), None);
        assert_eq!(latest_date(&[]), None);
    }
}
