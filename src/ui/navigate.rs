//! Moving between cards with the keyboard: Tab and Shift+Tab go through the journey in
//! the order it happens; the arrow keys go to the nearest card in their direction on the
//! map.

use std::collections::HashMap;

use egui::{Pos2, Rect, Vec2};

use crate::model::Journey;
use crate::model::TouchpointId;
use crate::model::analysis::journey_order_all;
use crate::model::layout::Layout;

/// Where the keyboard asks to go from the card in focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The next card in journey order (Tab).
    Next,
    /// The previous card in journey order (Shift+Tab).
    Previous,
    /// The nearest card in a direction on the map (arrow keys).
    Toward(Direction),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

impl Direction {
    fn vector(self) -> Vec2 {
        match self {
            Self::Left => Vec2::new(-1.0, 0.0),
            Self::Right => Vec2::new(1.0, 0.0),
            Self::Up => Vec2::new(0.0, -1.0),
            Self::Down => Vec2::new(0.0, 1.0),
        }
    }
}

/// The card to go to from `from` (or from nowhere: the first card of the journey, or the
/// last for Shift+Tab). `None` when there is nowhere to go.
pub fn step(
    journey: &Journey,
    layout: &Layout,
    from: Option<TouchpointId>,
    step: Step,
) -> Option<TouchpointId> {
    match step {
        Step::Next | Step::Previous => {
            // Only the cards on the map (a walk's glasses may leave some lanes out).
            let order: Vec<TouchpointId> = journey_order_all(journey)
                .into_iter()
                .filter(|id| layout.cards.contains_key(id))
                .collect();
            let at = from.and_then(|from| order.iter().position(|&id| id == from));
            let index = match (at, step) {
                (None, Step::Previous) => order.len().checked_sub(1)?,
                (None, _) => 0,
                (Some(at), Step::Previous) => at.checked_sub(1)?,
                (Some(at), _) => at + 1,
            };
            order.get(index).copied()
        }
        Step::Toward(direction) => match from {
            Some(from) => nearest(&layout.cards, from, direction),
            None => step_first(journey, layout),
        },
    }
}

fn step_first(journey: &Journey, layout: &Layout) -> Option<TouchpointId> {
    journey_order_all(journey)
        .into_iter()
        .find(|id| layout.cards.contains_key(id))
}

/// The card nearest to `from` in `direction`: among the cards whose centre lies that way
/// (within 45° either side), the closest, with distance across the direction counting
/// double so that a card straight ahead wins over one off to the side.
fn nearest(
    cards: &HashMap<TouchpointId, Rect>,
    from: TouchpointId,
    direction: Direction,
) -> Option<TouchpointId> {
    let origin: Pos2 = cards.get(&from)?.center();
    let ahead = direction.vector();
    let across = ahead.rot90();
    cards
        .iter()
        .filter(|(id, _)| **id != from)
        .filter_map(|(&id, rect)| {
            let offset = rect.center() - origin;
            let forward = offset.dot(ahead);
            let sideways = offset.dot(across).abs();
            (forward > 0.5 && sideways <= forward).then_some((forward + 2.0 * sideways, id))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
        .map(|(_, id)| id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Edit, Link, LinkId, LinkKind, Touchpoint, templates::Template};

    /// Three cards in the first lane, one under the second: A → B → C, and D below B.
    fn map() -> (Journey, [TouchpointId; 4]) {
        let mut journey = Template::Blueprint.journey();
        let lanes: Vec<_> = journey.lanes().iter().map(|l| l.id).collect();
        let stages: Vec<_> = journey.stages().iter().map(|s| s.id).collect();
        let mut ids = [TouchpointId(0); 4];
        let places = [(0, 0), (0, 1), (0, 2), (1, 1)];
        for (n, (lane, stage)) in places.into_iter().enumerate() {
            let id = journey.new_touchpoint_id();
            ids[n] = id;
            let card = Touchpoint::new(id, format!("{n}"), lanes[lane], stages[stage]);
            assert!(journey.apply(Edit::AddTouchpoint(Box::new(card))).is_ok());
        }
        for (n, pair) in ids[..3].windows(2).enumerate() {
            let link = Link {
                id: LinkId(n as u64 + 1),
                from: pair[0],
                to: pair[1],
                kind: LinkKind::Flow,
                label: String::new(),
            };
            assert!(journey.apply(Edit::AddLink(link)).is_ok());
        }
        (journey, ids)
    }

    #[test]
    fn tab_follows_the_journey_and_stops_at_its_ends() {
        let (journey, [a, b, c, d]) = map();
        let layout = Layout::new(&journey);
        let go = |from, how| step(&journey, &layout, from, how);
        assert_eq!(go(None, Step::Next), Some(a));
        assert_eq!(go(Some(a), Step::Next), Some(b));
        let after_b = go(Some(b), Step::Next);
        assert!(after_b == Some(c) || after_b == Some(d));
        assert_eq!(go(Some(a), Step::Previous), None);
        assert!(go(None, Step::Previous).is_some());
    }

    #[test]
    fn arrows_go_to_the_nearest_card_that_way() {
        let (journey, [a, b, c, d]) = map();
        let layout = Layout::new(&journey);
        let go = |from, direction| step(&journey, &layout, Some(from), Step::Toward(direction));
        assert_eq!(go(a, Direction::Right), Some(b));
        assert_eq!(go(b, Direction::Right), Some(c));
        assert_eq!(go(b, Direction::Left), Some(a));
        assert_eq!(go(b, Direction::Down), Some(d));
        assert_eq!(go(d, Direction::Up), Some(b));
        assert_eq!(go(a, Direction::Up), None);
    }
}
