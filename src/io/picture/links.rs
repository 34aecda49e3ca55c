//! Links between cards: Flow links as solid curved arrows, Support links dashed.

use emath::Pos2;

use super::palette::LINK;
use super::svg::{Paint, Svg};
use crate::model::layout::{Layout, route};
use crate::model::{Journey, LinkKind};

const WIDTH: f32 = 1.5;
const ARROW_SIZE: f32 = 9.0;
const DASH: f32 = 6.0;

/// The links whose two cards are on the map, in id order: those at the places in `range`.
pub(super) fn links(
    svg: &mut Svg,
    journey: &Journey,
    layout: &Layout,
    range: std::ops::Range<usize>,
) {
    svg.open_group(Some("links"), None);
    let count = range.end.saturating_sub(range.start);
    for link in journey.links().skip(range.start).take(count) {
        let (Some(&from), Some(&to)) = (layout.cards.get(&link.from), layout.cards.get(&link.to))
        else {
            continue;
        };
        let points = route(from, to);
        let stroke = Paint::stroke(LINK, WIDTH);
        let stroke = match link.kind {
            LinkKind::Flow => stroke,
            LinkKind::Support => stroke.dashed(DASH, DASH * 0.8),
        };
        let item = Some(("link", link.id.0));
        svg.curve(points, stroke, item);
        if let Some(head) = arrow_head(points[2], points[3]) {
            svg.polygon(&head, Paint::fill(LINK), item);
        }
    }
    svg.close_group();
}

/// The triangle of an arrow arriving at `tip` from the direction of `control`.
fn arrow_head(control: Pos2, tip: Pos2) -> Option<[Pos2; 3]> {
    let delta = tip - control;
    let length = delta.length();
    if !(length.is_finite() && length > 0.0) {
        return None;
    }
    let direction = delta / length;
    let back = tip - direction * ARROW_SIZE;
    let side = direction.rot90() * ARROW_SIZE * 0.5;
    Some([tip, back + side, back - side])
}

#[cfg(test)]
mod tests {
    use super::*;
    use emath::{Rect, pos2, vec2};

    #[test]
    fn links_leave_and_enter_the_facing_sides() {
        let from = Rect::from_min_size(pos2(0.0, 0.0), vec2(100.0, 50.0));
        let right = from.translate(vec2(300.0, 0.0));
        assert_eq!(route(from, right)[0], from.right_center());
        assert_eq!(route(from, right)[3], right.left_center());
        let below = from.translate(vec2(0.0, 200.0));
        assert_eq!(route(from, below)[0], from.center_bottom());
        assert_eq!(route(from, below)[3], below.center_top());
    }

    #[test]
    fn an_arrow_needs_a_direction() {
        assert!(arrow_head(pos2(1.0, 1.0), pos2(1.0, 1.0)).is_none());
        let head = arrow_head(pos2(0.0, 0.0), pos2(10.0, 0.0));
        assert_eq!(head.map(|h| h[0]), Some(pos2(10.0, 0.0)));
    }
}
