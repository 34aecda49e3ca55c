//! Hit testing: what is under a point of the map.

use egui::{Pos2, Rect, Vec2};

use super::draw::route;
use super::layout::Layout;
use crate::model::{Journey, LinkId, TouchpointId};

/// The card under `pos` (map units), the top-most (highest id) when cards overlap.
pub fn card_at(layout: &Layout, pos: Pos2) -> Option<TouchpointId> {
    layout
        .cards
        .iter()
        .filter(|(_, rect)| rect.contains(pos))
        .map(|(&id, _)| id)
        .max()
}

/// The cards that `band` (map units) touches.
pub fn cards_in(layout: &Layout, band: Rect) -> impl Iterator<Item = TouchpointId> + '_ {
    layout
        .cards
        .iter()
        .filter(move |(_, rect)| rect.intersects(band))
        .map(|(&id, _)| id)
}

/// The link whose curve passes within `tolerance` (map units) of `pos`, the nearest one.
pub fn link_at(
    journey: &Journey,
    card: impl Fn(TouchpointId) -> Option<Rect>,
    pos: Pos2,
    tolerance: f32,
) -> Option<LinkId> {
    let mut best: Option<(f32, LinkId)> = None;
    for link in journey.links() {
        let (Some(from), Some(to)) = (card(link.from), card(link.to)) else {
            continue;
        };
        if !from.union(to).expand(tolerance).contains(pos) {
            continue;
        }
        let distance = distance_to_curve(route(from, to), pos);
        if distance <= tolerance && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, link.id));
        }
    }
    best.map(|(_, id)| id)
}

/// The distance from `pos` to a cubic Bézier curve, sampled finely enough for clicking.
fn distance_to_curve(points: [Pos2; 4], pos: Pos2) -> f32 {
    const STEPS: usize = 32;
    let at = |t: f32| {
        let u = 1.0 - t;
        let [a, b, c, d] = points.map(Pos2::to_vec2);
        (a * u * u * u + b * 3.0 * u * u * t + c * 3.0 * u * t * t + d * t * t * t).to_pos2()
    };
    let mut best = f32::INFINITY;
    let mut previous = at(0.0);
    for i in 1..=STEPS {
        let next = at(i as f32 / STEPS as f32);
        best = best.min(distance_to_segment(previous, next, pos));
        previous = next;
    }
    best
}

fn distance_to_segment(a: Pos2, b: Pos2, pos: Pos2) -> f32 {
    let ab: Vec2 = b - a;
    let length_sq = ab.length_sq();
    if length_sq == 0.0 {
        return pos.distance(a);
    }
    let t = ((pos - a).dot(ab) / length_sq).clamp(0.0, 1.0);
    pos.distance(a + ab * t)
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    #[test]
    fn a_point_on_a_straight_curve_is_on_it() {
        let points = [
            pos2(0.0, 0.0),
            pos2(10.0, 0.0),
            pos2(90.0, 0.0),
            pos2(100.0, 0.0),
        ];
        assert!(distance_to_curve(points, pos2(50.0, 0.0)) < 0.01);
        assert!((distance_to_curve(points, pos2(50.0, 7.0)) - 7.0).abs() < 0.01);
        assert!((distance_to_curve(points, pos2(110.0, 0.0)) - 10.0).abs() < 0.01);
    }
}
