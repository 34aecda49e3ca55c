//! Links between cards, along their routes on the map: Flow links as solid arrows,
//! Support links dashed.

use emath::Pos2;

use super::palette::LINK;
use super::svg::{Paint, Svg};
use crate::model::layout::Layout;
use crate::model::{Journey, LinkKind};

const WIDTH: f32 = 1.5;
const ARROW_SIZE: f32 = 9.0;
const DASH: f32 = 6.0;

/// The links whose two cards are on the map, in id order: those at the places in `range`,
/// less those wholly outside `view` when given. Each is a `<path data-link="ID">` with
/// its arrowhead after it.
pub(super) fn links(
    svg: &mut Svg,
    journey: &Journey,
    layout: &Layout,
    range: std::ops::Range<usize>,
    view: Option<emath::Rect>,
) {
    svg.open_group(Some("links"), None);
    let count = range.end.saturating_sub(range.start);
    for link in journey.links().skip(range.start).take(count) {
        let Some(points) = layout.links.get(&link.id) else {
            continue;
        };
        if let Some(view) = view
            && !view.intersects(emath::Rect::from_points(points).expand(ARROW_SIZE))
        {
            continue;
        }
        let stroke = Paint::stroke(LINK, WIDTH);
        let stroke = match link.kind {
            LinkKind::Flow => stroke,
            LinkKind::Support => stroke.dashed(DASH, DASH * 0.8),
        };
        let item = Some(("link", link.id.0));
        svg.path(points, stroke, item);
        if let [.., before, tip] = points[..]
            && let Some(head) = arrow_head(before, tip)
        {
            svg.polygon(&head, Paint::fill(LINK), item);
        }
    }
    svg.close_group();
}

/// The triangle of an arrow arriving at `tip` from the direction of `from`.
fn arrow_head(from: Pos2, tip: Pos2) -> Option<[Pos2; 3]> {
    let delta = tip - from;
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
    fn an_arrow_needs_a_direction() {
        assert!(arrow_head(pos2(1.0, 1.0), pos2(1.0, 1.0)).is_none());
        let head = arrow_head(pos2(0.0, 0.0), pos2(10.0, 0.0));
        assert_eq!(head.map(|h| h[0]), Some(pos2(10.0, 0.0)));
    }
}
