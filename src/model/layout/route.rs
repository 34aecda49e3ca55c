//! Where links run: straight or at right angles, in the gaps between cards and lanes,
//! never through a card other than their own two ends. The canvas and every picture draw
//! the same routes.
//!
//! Each link is routed on its own, on an orthogonal visibility grid: the lines a short
//! clearance away from the sides of the cards near the two ends, and the lines through
//! the two ends' centres. A shortest path on that grid, where each bend costs as much as
//! a stretch of line, runs in the gaps and turns as little as it can; it is then cut
//! where it leaves the first card and enters the second.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use emath::{Pos2, Rect, Vec2, pos2, vec2};

use super::sizes::{LANE_HEIGHT, LANE_PADDING};
use super::tidy::COLUMN;
use crate::model::{Journey, LinkId, TouchpointId};

/// How far a link keeps from the sides of a card it passes (half the gap between two
/// columns, so it runs down the middle).
const CLEARANCE_X: f32 = super::tidy::COLUMN_GAP / 2.0;
/// How far a link keeps from the top and bottom of a card it passes.
const CLEARANCE_Y: f32 = LANE_PADDING * 0.75;
/// What a bend costs, in map units of line.
const BEND: f32 = 40.0;
/// A link with more cards than this near its way (a long link across a full map) is
/// drawn as a simple elbow: the grid of its search grows with the square of the cards,
/// and a layout must stay quick.
const CARDS_IN_THE_WAY_AT_MOST: usize = 48;
/// More than this many links are drawn as simple elbows, without looking for cards in
/// their way: routing them all would take longer than an edit may.
pub const ROUTED_LINKS_AT_MOST: usize = 2_000;

/// The route of every link whose two cards are in `cards`, as points from the edge of its
/// first card to the edge of its second (where the arrow's tip goes), within `area` (the
/// lanes, without their names and the stages' names).
pub fn routes(
    journey: &Journey,
    cards: &HashMap<TouchpointId, Rect>,
    area: Rect,
) -> HashMap<LinkId, Vec<Pos2>> {
    let avoid = journey.link_count() <= ROUTED_LINKS_AT_MOST;
    let index = Index::new(cards);
    journey
        .links()
        .filter_map(|link| {
            let (&from, &to) = (cards.get(&link.from)?, cards.get(&link.to)?);
            let path = if link.from == link.to {
                self_loop(from)
            } else if avoid {
                let in_the_way = |area: Rect| {
                    index
                        .near(area)
                        .filter(|&(id, _)| id != link.from && id != link.to)
                        .map(|(_, rect)| rect)
                        .collect::<Vec<_>>()
                };
                route_between(from, to, area, in_the_way).unwrap_or_else(|| elbow(from, to))
            } else {
                elbow(from, to)
            };
            Some((link.id, path))
        })
        .collect()
}

/// A route from `from` to `to` within `area`, around the cards `in_the_way` gives for a
/// part of the map, or `None` when the cards leave no way through.
pub fn route_between(
    from: Rect,
    to: Rect,
    area: Rect,
    in_the_way: impl Fn(Rect) -> Vec<Rect>,
) -> Option<Vec<Pos2>> {
    if from.intersects(to) {
        return None;
    }
    // The ends themselves may reach out of `area` (while being dragged, say).
    let area = area.union(from).union(to);
    let near = from
        .union(to)
        .expand2(vec2(COLUMN, LANE_HEIGHT))
        .intersect(area);
    if let Some(path) = search(from, to, near, &in_the_way(near)) {
        return Some(path);
    }
    // Boxed in nearby: look further out.
    let far = from
        .union(to)
        .expand2(vec2(4.0 * COLUMN, 4.0 * LANE_HEIGHT))
        .intersect(area);
    search(from, to, far, &in_the_way(far))
}

/// A route from `from` to `to` that does not look for cards in its way: out of the side
/// facing the other card, across at the middle, and in.
pub fn elbow(from: Rect, to: Rect) -> Vec<Pos2> {
    let delta = to.center() - from.center();
    let horizontal = delta.x.abs() * from.height() >= delta.y.abs() * from.width();
    let (start, end) = match (horizontal, delta.x >= 0.0, delta.y >= 0.0) {
        (true, true, _) => (from.right_center(), to.left_center()),
        (true, false, _) => (from.left_center(), to.right_center()),
        (false, _, true) => (from.center_bottom(), to.center_top()),
        (false, _, false) => (from.center_top(), to.center_bottom()),
    };
    let points = if horizontal {
        let middle = (start.x + end.x) / 2.0;
        vec![start, pos2(middle, start.y), pos2(middle, end.y), end]
    } else {
        let middle = (start.y + end.y) / 2.0;
        vec![start, pos2(start.x, middle), pos2(end.x, middle), end]
    };
    simplify(points)
}

/// A link from a card to itself: out of its right side, over its top, and in from above.
pub fn self_loop(card: Rect) -> Vec<Pos2> {
    let right = card.right() + CLEARANCE_X;
    let above = card.top() - CLEARANCE_Y;
    let x = card.center().x + card.width() / 4.0;
    vec![
        card.right_center(),
        pos2(right, card.center().y),
        pos2(right, above),
        pos2(x, above),
        pos2(x, card.top()),
    ]
}

/// The cheapest path on the visibility grid of `area` from the centre of `from` to the
/// centre of `to`, cut at their edges.
fn search(from: Rect, to: Rect, area: Rect, cards: &[Rect]) -> Option<Vec<Pos2>> {
    if cards.len() > CARDS_IN_THE_WAY_AT_MOST {
        return None;
    }
    let walls: Vec<Rect> = cards
        .iter()
        .map(|card| card.expand2(vec2(CLEARANCE_X, CLEARANCE_Y)))
        .collect();
    let (start, goal) = (from.center(), to.center());
    let mut xs = vec![start.x, goal.x, area.left(), area.right()];
    let mut ys = vec![start.y, goal.y, area.top(), area.bottom()];
    for end in [from, to] {
        xs.extend([end.left() - CLEARANCE_X, end.right() + CLEARANCE_X]);
        ys.extend([end.top() - CLEARANCE_Y, end.bottom() + CLEARANCE_Y]);
    }
    for wall in &walls {
        xs.extend([wall.left(), wall.right()]);
        ys.extend([wall.top(), wall.bottom()]);
    }
    let xs = lines_within(xs, area.x_range());
    let ys = lines_within(ys, area.y_range());
    let (columns, rows) = (xs.len(), ys.len());
    let at = |i: usize, j: usize| pos2(xs[i], ys[j]);
    let inside = |p: Pos2| walls.iter().any(|wall| strictly_inside(*wall, p));
    // Whether the point (or, between two neighbours, the middle of the stretch) is clear:
    // the grid holds every wall's sides, so a stretch between two neighbouring lines
    // crosses a wall exactly when its middle is inside it.
    let clear: Vec<bool> = (0..columns * rows)
        .map(|n| !inside(at(n % columns, n / columns)))
        .collect();
    let find = |values: &[f32], v: f32| values.iter().position(|&x| x == v);
    let (start_node, goal_node) = (
        (find(&xs, start.x)?, find(&ys, start.y)?),
        (find(&xs, goal.x)?, find(&ys, goal.y)?),
    );

    // A* over (column, row, direction): 0 across, 1 up or down, 2 not yet moving.
    let node = |i: usize, j: usize, d: usize| (j * columns + i) * 3 + d;
    let mut cost = vec![f32::INFINITY; columns * rows * 3];
    let mut came_from = vec![usize::MAX; columns * rows * 3];
    let estimate = |i: usize, j: usize| (xs[i] - goal.x).abs() + (ys[j] - goal.y).abs();
    let mut open = BinaryHeap::new();
    let first = node(start_node.0, start_node.1, 2);
    cost[first] = 0.0;
    open.push(Reverse((
        Ordered(estimate(start_node.0, start_node.1)),
        first,
    )));
    let mut reached = None;
    while let Some(Reverse((_, current))) = open.pop() {
        let (cell, direction) = (current / 3, current % 3);
        let (i, j) = (cell % columns, cell / columns);
        if (i, j) == goal_node {
            reached = Some(current);
            break;
        }
        let here = cost[current];
        let steps = [
            (i.checked_sub(1).map(|i| (i, j)), 0),
            ((i + 1 < columns).then_some((i + 1, j)), 0),
            (j.checked_sub(1).map(|j| (i, j)), 1),
            ((j + 1 < rows).then_some((i, j + 1)), 1),
        ];
        for (next, way) in steps {
            let Some((ni, nj)) = next else { continue };
            let (a, b) = (at(i, j), at(ni, nj));
            let middle = pos2((a.x + b.x) / 2.0, (a.y + b.y) / 2.0);
            if inside(middle) || !clear[nj * columns + ni] && (ni, nj) != goal_node {
                continue;
            }
            let turn = if direction != 2 && direction != way {
                // A bend inside an end card would leave it off the middle of a side.
                if from.contains(a) || to.contains(a) {
                    3.0 * BEND
                } else {
                    BEND
                }
            } else {
                0.0
            };
            let next_cost = here + (b - a).length() + turn;
            let next_node = node(ni, nj, way);
            if next_cost < cost[next_node] {
                cost[next_node] = next_cost;
                came_from[next_node] = current;
                open.push(Reverse((Ordered(next_cost + estimate(ni, nj)), next_node)));
            }
        }
    }
    let mut current = reached?;
    let mut points = Vec::new();
    loop {
        let cell = current / 3;
        points.push(at(cell % columns, cell / columns));
        match came_from[current] {
            usize::MAX => break,
            previous => current = previous,
        }
    }
    points.reverse();
    let points = cut_at_edges(simplify(points), from, to)?;
    Some(points)
}

/// The distinct values of `lines` within `range`, in order.
fn lines_within(mut lines: Vec<f32>, range: emath::Rangef) -> Vec<f32> {
    lines.retain(|v| v.is_finite() && range.contains(*v));
    lines.sort_by(f32::total_cmp);
    lines.dedup();
    lines
}

fn strictly_inside(rect: Rect, p: Pos2) -> bool {
    p.x > rect.left() && p.x < rect.right() && p.y > rect.top() && p.y < rect.bottom()
}

/// `points` without repeated points and without points in the middle of a straight run.
fn simplify(points: Vec<Pos2>) -> Vec<Pos2> {
    let mut kept: Vec<Pos2> = Vec::with_capacity(points.len());
    for point in points {
        if kept.last() == Some(&point) {
            continue;
        }
        if let [.., a, b] = kept[..] {
            let straight = (a.x == b.x && b.x == point.x) || (a.y == b.y && b.y == point.y);
            if straight {
                kept.pop();
            }
        }
        kept.push(point);
    }
    kept
}

/// The part of `points` (from inside `from` to inside `to`) between the edges of the two.
fn cut_at_edges(points: Vec<Pos2>, from: Rect, to: Rect) -> Option<Vec<Pos2>> {
    let leave = points.iter().position(|&p| !strictly_inside(from, p))?;
    let enter = points.iter().rposition(|&p| !strictly_inside(to, p))?;
    // Entering the second card before leaving the first: no route between their edges.
    if enter + 1 < leave {
        return None;
    }
    let mut cut = Vec::with_capacity(points.len() + 2);
    if leave > 0 {
        cut.push(edge_crossing(points[leave - 1], points[leave], from));
    }
    if leave <= enter {
        cut.extend_from_slice(&points[leave..=enter]);
    }
    if enter + 1 < points.len() {
        cut.push(edge_crossing(points[enter], points[enter + 1], to));
    }
    Some(simplify(cut))
}

/// Where the axis-parallel stretch from `a` to `b`, one end inside `rect` and the other
/// not, crosses its edge.
fn edge_crossing(a: Pos2, b: Pos2, rect: Rect) -> Pos2 {
    if a.y == b.y {
        let x = if (a.x < b.x) == strictly_inside(rect, a) {
            rect.right()
        } else {
            rect.left()
        };
        pos2(x, a.y)
    } else {
        let y = if (a.y < b.y) == strictly_inside(rect, a) {
            rect.bottom()
        } else {
            rect.top()
        };
        pos2(a.x, y)
    }
}

/// A float that orders totally, for the search's queue.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Ordered(f32);

impl Eq for Ordered {}

impl PartialOrd for Ordered {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ordered {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// The cards in buckets of the map, to find those near a link quickly on a large map.
struct Index<'a> {
    buckets: HashMap<(i32, i32), Vec<(TouchpointId, &'a Rect)>>,
}

const BUCKET: f32 = 512.0;

impl<'a> Index<'a> {
    fn new(cards: &'a HashMap<TouchpointId, Rect>) -> Self {
        let mut buckets: HashMap<(i32, i32), Vec<(TouchpointId, &Rect)>> = HashMap::new();
        for (&id, rect) in cards {
            for key in Self::keys(*rect) {
                buckets.entry(key).or_default().push((id, rect));
            }
        }
        Self { buckets }
    }

    /// The buckets `area` covers.
    fn keys(area: Rect) -> impl Iterator<Item = (i32, i32)> {
        // Map units are within a few million; the casts only drop the fraction.
        let low = |v: f32| (v / BUCKET).floor() as i32;
        let (x0, x1, y0, y1) = (
            low(area.left()),
            low(area.right()),
            low(area.top()),
            low(area.bottom()),
        );
        (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
    }

    /// The cards that touch `area`, each once.
    fn near(&self, area: Rect) -> impl Iterator<Item = (TouchpointId, Rect)> + '_ {
        let mut seen = std::collections::HashSet::new();
        Self::keys(area)
            .filter_map(|key| self.buckets.get(&key))
            .flatten()
            .filter(move |(id, rect)| rect.intersects(area) && seen.insert(*id))
            .map(|&(id, rect)| (id, *rect))
    }
}

/// Whether the stretch from `a` to `b` passes through the inside of `rect`.
pub fn crosses(a: Pos2, b: Pos2, rect: Rect) -> bool {
    // Clip the stretch to the rectangle (Liang–Barsky); a stretch that only touches an
    // edge does not cross.
    let d: Vec2 = b - a;
    let (mut t0, mut t1) = (0.0f32, 1.0f32);
    for (p, q) in [
        (-d.x, a.x - rect.left()),
        (d.x, rect.right() - a.x),
        (-d.y, a.y - rect.top()),
        (d.y, rect.bottom() - a.y),
    ] {
        if p == 0.0 {
            if q <= 0.0 {
                return false;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    if t0 >= t1 {
        return false;
    }
    let middle = a + d * ((t0 + t1) / 2.0);
    strictly_inside(rect, middle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(x: f32, y: f32) -> Rect {
        Rect::from_min_size(pos2(x, y), vec2(176.0, 100.0))
    }

    fn assert_clear(path: &[Pos2], others: &[Rect]) {
        for pair in path.windows(2) {
            assert!(
                pair[0].x == pair[1].x || pair[0].y == pair[1].y,
                "not at right angles: {path:?}"
            );
            for other in others {
                assert!(
                    !crosses(pair[0], pair[1], *other),
                    "{path:?} crosses {other:?}"
                );
            }
        }
    }

    #[test]
    fn a_link_goes_around_a_card_in_its_way() {
        let (from, blocker, to) = (card(0.0, 0.0), card(216.0, 0.0), card(432.0, 0.0));
        let path =
            route_between(from, to, Rect::EVERYTHING, |_| vec![blocker]).expect("a way around");
        assert_clear(&path, &[blocker]);
        assert_eq!(path.first().map(|p| from.distance_to_pos(*p)), Some(0.0));
        assert_eq!(path.last().map(|p| to.distance_to_pos(*p)), Some(0.0));
        // Without the card in the way, straight across.
        let straight = route_between(from, to, Rect::EVERYTHING, |_| Vec::new()).expect("a way");
        assert_eq!(straight, [from.right_center(), to.left_center()]);
    }

    #[test]
    fn a_link_down_a_column_goes_straight() {
        let (from, to) = (card(0.0, 0.0), card(0.0, 132.0));
        let path = route_between(from, to, Rect::EVERYTHING, |_| Vec::new()).expect("a way");
        assert_eq!(path, [from.center_bottom(), to.center_top()]);
    }

    #[test]
    fn a_link_to_a_card_boxed_in_finds_a_way_or_says_so() {
        let (from, to) = (card(0.0, 0.0), card(432.0, 264.0));
        let others = [card(216.0, 0.0), card(216.0, 132.0), card(432.0, 132.0)];
        let path = route_between(from, to, Rect::EVERYTHING, |_| others.to_vec()).expect("a way");
        assert_clear(&path, &others);
        let last = path.len() - 1;
        // The last stretch enters the card: long enough for an arrowhead.
        assert!((path[last] - path[last - 1]).length() >= 9.0, "{path:?}");
    }

    #[test]
    fn a_link_past_too_many_cards_is_an_elbow_and_a_self_link_a_loop() {
        let (from, to) = (card(0.0, 0.0), card(216.0 * 30.0, 0.0));
        let many: Vec<Rect> = (1..30)
            .map(|i| card(216.0 * i as f32, 132.0))
            .chain((1..30).map(|i| card(216.0 * i as f32, -132.0)))
            .collect();
        assert!(route_between(from, to, Rect::EVERYTHING, |_| many.clone()).is_none());
        let one = card(0.0, 0.0);
        let looped = self_loop(one);
        assert_eq!(looped.first(), Some(&one.right_center()));
        assert!(looped.last().is_some_and(|p| p.y == one.top()));
        assert_clear(&looped, &[]);
    }

    #[test]
    fn crossing_means_through_the_inside() {
        let rect = card(0.0, 0.0);
        assert!(crosses(pos2(-10.0, 50.0), pos2(200.0, 50.0), rect));
        assert!(!crosses(pos2(-10.0, 0.0), pos2(200.0, 0.0), rect));
        assert!(!crosses(pos2(-10.0, -5.0), pos2(200.0, -5.0), rect));
        assert!(crosses(pos2(50.0, 50.0), pos2(60.0, 50.0), rect));
    }
}
