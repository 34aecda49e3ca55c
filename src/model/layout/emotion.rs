//! The emotion row: a band under the lanes where the customer's emotion and the
//! employees' experience run as curves across the map, from touchpoint to touchpoint in
//! the order the journey happens (or a persona walks it), so the highs and lows of a
//! journey can be seen at a glance.

use emath::{Pos2, Rect, pos2};

use super::Layout;
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
}

/// A point of a curve: the touchpoint, where its point is, and its rating.
pub type CurvePoint = (TouchpointId, Pos2, Rating);

/// A curve thinned to at most two points (its first height and the one furthest from
/// it) in each column `width` map units wide: what shows of it when a column is a point
/// or two on screen.
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

/// `points` thinned to columns `width` wide (they must run from left to right).
fn thin(points: &[CurvePoint], width: f32) -> Vec<CurvePoint> {
    let column = |p: &CurvePoint| (p.1.x / width).floor();
    let mut thinned: Vec<CurvePoint> = Vec::new();
    for &point in points {
        match thinned.as_mut_slice() {
            [.., first, last]
                if column(first) == column(&point) && column(last) == column(&point) =>
            {
                if (point.1.y - first.1.y).abs() > (last.1.y - first.1.y).abs() {
                    *last = point;
                }
            }
            _ => thinned.push(point),
        }
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
        let points = thin(from, width);
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
    /// Also says whether it is a thinned one.
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
        let middle = rect.center().y;
        let half = rect.height() / 2.0 - ROW_PADDING;
        middle - f32::from(rating.get()) / 2.0 * half
    }
}

impl Layout {
    /// This layout with an emotion row added under its lanes, the customer's curve along
    /// `persona`'s path when one is given.
    pub fn with_emotion_row(mut self, journey: &Journey, persona: Option<PersonaId>) -> Self {
        self.add_emotion_row(journey, persona);
        self
    }

    /// Adds the emotion row under the lanes (see [`Layout::with_emotion_row`]).
    pub(super) fn add_emotion_row(&mut self, journey: &Journey, persona: Option<PersonaId>) {
        let top = self.bounds.bottom();
        let rect = Rect::from_min_max(
            pos2(self.bounds.left(), top),
            pos2(self.bounds.right(), top + EMOTION_ROW_HEIGHT),
        );
        let point = |id: TouchpointId, rating: Rating| {
            let card = self.cards.get(&id)?;
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
        self.bounds = self.bounds.union(rect);
        let thinned = [thinned_curves(&customer), thinned_curves(&employee)];
        self.emotion = Some(EmotionRow {
            rect,
            customer,
            employee,
            persona,
            thinned,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::templates::Template;
    use crate::model::{Edit, Touchpoint};

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
