//! Hit testing: what is under a point of the map.

use egui::{Pos2, Rect, Vec2};

use crate::model::layout::Layout;
use crate::model::{LinkId, TouchpointId};

/// The card under `pos` (map units), the top-most (highest id) when cards overlap.
pub fn card_at(layout: &Layout, pos: Pos2) -> Option<TouchpointId> {
    layout.card_index.at(pos).max()
}

/// The cards that `band` (map units) touches.
pub fn cards_in(layout: &Layout, band: Rect) -> impl Iterator<Item = TouchpointId> + '_ {
    layout.card_index.touching(band)
}

/// The link whose route passes within `tolerance` (map units) of `pos`, the nearest one.
pub fn link_at(layout: &Layout, pos: Pos2, tolerance: f32) -> Option<LinkId> {
    let near = Rect::from_center_size(pos, Vec2::splat(2.0 * tolerance));
    let mut best: Option<(f32, LinkId)> = None;
    for id in layout.link_index.touching(near) {
        let Some(points) = layout.links.get(&id) else {
            continue;
        };
        let distance = distance_to_path(points, pos);
        // The nearest; of two as near, the older, whatever order the map keeps them in.
        if distance <= tolerance && best.is_none_or(|best| (distance, id) < best) {
            best = Some((distance, id));
        }
    }
    best.map(|(_, id)| id)
}

/// The distance from `pos` to the nearest point of the line through `points`.
fn distance_to_path(points: &[Pos2], pos: Pos2) -> f32 {
    points
        .windows(2)
        .map(|pair| distance_to_segment(pair[0], pair[1], pos))
        .fold(f32::INFINITY, f32::min)
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
    fn a_point_on_a_path_is_on_it() {
        let points = [pos2(0.0, 0.0), pos2(100.0, 0.0), pos2(100.0, 50.0)];
        assert!(distance_to_path(&points, pos2(50.0, 0.0)) < 0.01);
        assert!((distance_to_path(&points, pos2(50.0, 7.0)) - 7.0).abs() < 0.01);
        assert!((distance_to_path(&points, pos2(110.0, 25.0)) - 10.0).abs() < 0.01);
        assert_eq!(distance_to_path(&[], pos2(0.0, 0.0)), f32::INFINITY);
    }
}
