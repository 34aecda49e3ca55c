//! The emotion row: a band under the lanes where the customer's emotion and the
//! employees' experience run as curves across the map, from touchpoint to touchpoint in
//! the order the journey happens (or a persona walks it), so the highs and lows of a
//! journey can be seen at a glance.

use std::collections::HashMap;

use emath::{Pos2, Rect, pos2};

use crate::model::analysis::{journey_order, journey_order_all};
use crate::model::{Journey, PersonaId, Rating, TouchpointId};

/// Height of the emotion row.
pub const EMOTION_ROW_HEIGHT: f32 = 140.0;
/// Space above and below the highest and lowest ratings in the row.
const ROW_PADDING: f32 = 22.0;

/// The emotion row of a layout.
#[derive(Clone, Debug, PartialEq)]
pub struct EmotionRow {
    /// The band, from the map's left edge (its name goes where the lanes' names are) to
    /// its right edge.
    pub rect: Rect,
    /// The customer's emotion at each touchpoint that has one, in journey order (or along
    /// the persona's path): where its point is, and the rating.
    pub customer: Vec<(TouchpointId, Pos2, Rating)>,
    /// The employees' experience likewise, at every touchpoint that has one.
    pub employee: Vec<(TouchpointId, Pos2, Rating)>,
    /// The persona whose path the customer's curve follows, if one.
    pub persona: Option<PersonaId>,
    /// The customer's and the employees' curves thinned for seeing from far away, each
    /// coarser than the one before (see [`Thinned`]); none for a curve that does not
    /// run from left to right.
    pub thinned: [Vec<Thinned>; 2],
    /// Whether each curve runs from left to right.
    pub sorted: [bool; 2],
}

/// A point of a curve: the touchpoint, where its point is, and its rating.
pub type CurvePoint = (TouchpointId, Pos2, Rating);

/// A curve thinned to at most four points (where it enters, its highest, its lowest and
/// where it leaves) in each column `width` map units wide (see [`thin`]): what shows of
/// it when a column is a point or two on screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Thinned {
    pub width: f32,
    pub points: Vec<CurvePoint>,
}

/// The narrowest column of the first thinned curve, in map units.
const FIRST_WIDTH: f32 = 1024.0;
/// How many times wider each thinned curve's columns are than the one before.
const COARSER: f32 = 8.0;
/// A curve of fewer points than this is not thinned further.
const FEW_POINTS: usize = 256;

/// `points` of a curve thinned to columns `width` map units wide: in each run of
/// neighbouring points within one column, its first point, its highest and its lowest
/// (in the order met), and its last, so the curve still reaches every height it reaches
/// and joins the next column where it did. `at` gives a point's place.
pub fn thin<T: Copy>(points: &[T], width: f32, at: impl Fn(&T) -> Pos2) -> Vec<T> {
    let column = |p: &T| (at(p).x / width).floor();
    let mut thinned: Vec<T> = Vec::with_capacity(points.len().min(1024));
    let mut start = 0;
    while start < points.len() {
        let here = column(&points[start]);
        let end = start
            + points[start..]
                .iter()
                .position(|p| column(p) != here)
                .unwrap_or(points.len() - start);
        let run = &points[start..end];
        let y = |i: usize| at(&run[i]).y;
        let high = (0..run.len())
            .min_by(|&a, &b| y(a).total_cmp(&y(b)))
            .unwrap_or(0);
        let low = (0..run.len())
            .max_by(|&a, &b| y(a).total_cmp(&y(b)))
            .unwrap_or(0);
        let mut kept = [0, high, low, run.len() - 1];
        kept[1..3].sort_unstable();
        let mut last = None;
        for i in kept {
            if last != Some(i) {
                thinned.push(run[i]);
                last = Some(i);
            }
        }
        start = end;
    }
    thinned
}

/// The thinned curves of `points`, from the finest to the coarsest.
fn thinned_curves(points: &[CurvePoint]) -> Vec<Thinned> {
    let mut curves: Vec<Thinned> = Vec::new();
    if !points.is_sorted_by(|a, b| a.1.x <= b.1.x) {
        return curves;
    }
    let mut width = FIRST_WIDTH;
    let mut from = points;
    while from.len() > FEW_POINTS {
        let points = thin(from, width, |p| p.1);
        if points.len() == from.len() {
            // Nothing to thin at this width: the next one may.
            width *= COARSER;
            continue;
        }
        curves.push(Thinned { width, points });
        from = curves.last().map_or(&[], |curve| curve.points.as_slice());
        width *= COARSER;
    }
    curves
}

impl EmotionRow {
    /// The customer's curve (`0`) or the employees' (`1`) as it shows when `detail` map
    /// units are a point or two on screen: the coarsest thinned curve no coarser than
    /// that, else the curve itself.
    /// Also says whether it is a thinned one. (Every thinned curve runs from left to
    /// right; the curve itself does when [`EmotionRow::sorted`] says so.)
    pub fn curve_at(&self, which: usize, detail: f32) -> (&[CurvePoint], bool) {
        let whole = if which == 0 {
            &self.customer
        } else {
            &self.employee
        };
        self.thinned
            .get(which)
            .and_then(|curves| curves.iter().rev().find(|curve| curve.width <= detail))
            .map_or((whole.as_slice(), false), |curve| {
                (curve.points.as_slice(), true)
            })
    }
}

impl EmotionRow {
    /// Height in the row of a rating: +2 at the top, −2 at the bottom.
    pub fn height_of(rect: Rect, rating: Rating) -> f32 {
        Self::height_at(rect, f32::from(rating.get()))
    }

    /// Height in the row of a value between −2 and +2 (a measured score on the ratings'
    /// scale).
    pub fn height_at(rect: Rect, value: f32) -> f32 {
        let middle = rect.center().y;
        let half = rect.height() / 2.0 - ROW_PADDING;
        middle - value.clamp(-2.0, 2.0) / 2.0 * half
    }
}

impl EmotionRow {
    /// The emotion row under a map whose cards are at `cards` and which fills `bounds`
    /// (map units), the customer's curve along `persona`'s path when one is given.
    pub(super) fn under(
        bounds: Rect,
        cards: &HashMap<TouchpointId, Rect>,
        journey: &Journey,
        persona: Option<PersonaId>,
    ) -> Self {
        let top = bounds.bottom();
        let rect = Rect::from_min_max(
            pos2(bounds.left(), top),
            pos2(bounds.right(), top + EMOTION_ROW_HEIGHT),
        );
        let point = |id: TouchpointId, rating: Rating| {
            let card = cards.get(&id)?;
            Some((
                id,
                pos2(card.center().x, EmotionRow::height_of(rect, rating)),
                rating,
            ))
        };
        let path = persona
            .and_then(|id| journey.persona(id))
            .map(|persona| persona.path.clone());
        // A persona's curve follows their path as they walk it; the journey's runs from
        // left to right across the map, moments of one column in journey order.
        let across = |mut points: Vec<(TouchpointId, Pos2, Rating)>| {
            points.sort_by(|a, b| a.1.x.total_cmp(&b.1.x));
            points
        };
        let customer = match path {
            Some(path) => path
                .into_iter()
                .filter_map(|id| point(id, journey.touchpoint(id)?.emotion?))
                .collect(),
            None => across(
                journey_order(journey)
                    .into_iter()
                    .filter_map(|id| point(id, journey.touchpoint(id)?.emotion?))
                    .collect(),
            ),
        };
        let employee = across(
            journey_order_all(journey)
                .into_iter()
                .filter_map(|id| point(id, journey.touchpoint(id)?.employee_experience?))
                .collect(),
        );
        let sorted =
            [&customer, &employee].map(|points| points.is_sorted_by(|a, b| a.1.x <= b.1.x));
        let thinned = [thinned_curves(&customer), thinned_curves(&employee)];
        Self {
            rect,
            customer,
            employee,
            persona,
            thinned,
            sorted,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::layout::Layout;
    use crate::model::templates::Template;
    use crate::model::{Edit, Touchpoint};

    #[test]
    fn thinning_keeps_where_a_column_enters_its_highest_lowest_and_where_it_leaves() {
        let points: Vec<Pos2> = [(1.0, 5.0), (2.0, 0.0), (3.0, 9.0), (4.0, 4.0), (12.0, 3.0)]
            .into_iter()
            .map(|(x, y)| pos2(x, y))
            .collect();
        let thinned = thin(&points, 10.0, |&p| p);
        assert_eq!(
            thinned,
            [
                pos2(1.0, 5.0),
                pos2(2.0, 0.0),
                pos2(3.0, 9.0),
                pos2(4.0, 4.0),
                pos2(12.0, 3.0)
            ]
        );
        let flat: Vec<Pos2> = (0..10).map(|i| pos2(i as f32, 1.0)).collect();
        assert_eq!(thin(&flat, 100.0, |&p| p), [pos2(0.0, 1.0), pos2(9.0, 1.0)]);
        let dip: Vec<Pos2> = [0.0, 2.0, -3.0, 1.0, 0.5, 0.0]
            .into_iter()
            .enumerate()
            .map(|(i, y)| pos2(i as f32, y))
            .collect();
        // The lowest (−3, drawn highest) and the highest (2) both stay.
        assert_eq!(
            thin(&dip, 100.0, |&p| p),
            [
                pos2(0.0, 0.0),
                pos2(1.0, 2.0),
                pos2(2.0, -3.0),
                pos2(5.0, 0.0)
            ]
        );
    }

    #[test]
    fn the_row_follows_the_journey_and_puts_good_moments_high() {
        let mut journey = Template::Blueprint.journey();
        let (lane, stage) = (journey.lanes()[1].id, journey.stages()[0].id);
        for (title, x, emotion) in [
            ("First", 0.0, 2),
            ("Second", 216.0, -2),
            ("Third", 432.0, 0),
        ] {
            let id = journey.new_touchpoint_id();
            let mut touchpoint = Touchpoint::new(id, title, lane, stage);
            touchpoint.x = x;
            touchpoint.emotion = Rating::new(emotion);
            assert!(
                journey
                    .apply(Edit::AddTouchpoint(Box::new(touchpoint)))
                    .is_ok()
            );
        }
        let plain = Layout::new(&journey);
        let layout = Layout::new(&journey).with_emotion_row(&journey, None);
        let row = layout.emotion.clone().expect("a row");
        assert_eq!(row.rect.top(), plain.bounds.bottom());
        assert_eq!(layout.bounds.bottom(), row.rect.bottom());
        let heights: Vec<f32> = row.customer.iter().map(|(_, p, _)| p.y).collect();
        assert_eq!(heights.len(), 3);
        assert!(
            heights[0] < heights[2] && heights[2] < heights[1],
            "{heights:?}"
        );
        let xs: Vec<f32> = row.customer.iter().map(|(_, p, _)| p.x).collect();
        assert!(xs.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(row.employee.is_empty());
    }
}
