//! Links between cards: Flow links as solid curved arrows, Support links dashed.

use emath::{Pos2, Rect, vec2};

use super::palette::LINK;
use super::svg::{Paint, Svg};
use crate::model::layout::Layout;
use crate::model::{Journey, LinkKind};

const WIDTH: f32 = 1.5;
const ARROW_SIZE: f32 = 9.0;
const DASH: f32 = 6.0;

/// Every link whose two cards are on the map, in id order.
pub(super) fn links(svg: &mut Svg, journey: &Journey, layout: &Layout) {
    svg.open_group(Some("links"), None);
    for link in journey.links() {
        let (Some(&from), Some(&to)) = (layout.cards.get(&link.from), layout.cards.get(&link.to))
        else {
            continue;
        };
        let points = route(from, to);
        let stroke = Paint::stroke(LINK, WIDTH);
        match link.kind {
            LinkKind::Flow => svg.curve(points, stroke),
            LinkKind::Support => svg.curve(points, stroke.dashed(DASH, DASH * 0.8)),
        }
        if let Some(head) = arrow_head(points[2], points[3]) {
            svg.polygon(&head, Paint::fill(LINK));
        }
    }
    svg.close_group();
}

/// The control points of a link's curve from card `from` to card `to`: out of the side
/// facing the other card and into the side facing back, so arrows never cross their cards.
///
/// This mirrors `ui::canvas::draw::route`, which the io layer cannot reach (it is part
/// of the egui code); keep the two the same, so pictures route links like the canvas.
pub(super) fn route(from: Rect, to: Rect) -> [Pos2; 4] {
    let delta = to.center() - from.center();
    let horizontal = delta.x.abs() * from.height() >= delta.y.abs() * from.width();
    if horizontal {
        let (start, end) = if delta.x >= 0.0 {
            (from.right_center(), to.left_center())
        } else {
            (from.left_center(), to.right_center())
        };
        let pull = ((end.x - start.x).abs() * 0.5).max(20.0) * delta.x.signum();
        [start, start + vec2(pull, 0.0), end - vec2(pull, 0.0), end]
    } else {
        let (start, end) = if delta.y >= 0.0 {
            (from.center_bottom(), to.center_top())
        } else {
            (from.center_top(), to.center_bottom())
        };
        let pull = ((end.y - start.y).abs() * 0.5).max(20.0) * delta.y.signum();
        [start, start + vec2(0.0, pull), end - vec2(0.0, pull), end]
    }
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
    use emath::pos2;

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
