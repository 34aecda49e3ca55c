//! Hidden support and the visible moments a hidden step supports, for one touchpoint at
//! a time: a breadth-first walk through hidden touchpoints. It ranks nothing; ranking every
//! hidden step at once is `impact.rs`'s work.

use std::collections::{BTreeSet, VecDeque};

use petgraph::Direction;
use petgraph::stable_graph::NodeIndex;
use petgraph::visit::EdgeRef as _;

use crate::model::ids::TouchpointId;
use crate::model::journey::Journey;

/// The hidden touchpoints that `visible` depends on: those from which it can be reached
/// through hidden touchpoints only, along links of either kind. Nearest first, then by id.
pub fn hidden_support(journey: &Journey, visible: TouchpointId) -> Vec<TouchpointId> {
    walk_hidden(journey, visible, Direction::Incoming)
        .into_iter()
        .filter(|&(_, hidden)| hidden)
        .map(|(id, _)| id)
        .collect()
}

/// The visible touchpoints that `hidden` supports: those reachable from it through
/// hidden touchpoints only, along links of either kind. Nearest first, then by id.
pub fn supported_visible(journey: &Journey, hidden: TouchpointId) -> Vec<TouchpointId> {
    walk_hidden(journey, hidden, Direction::Outgoing)
        .into_iter()
        .filter(|&(_, is_hidden)| !is_hidden)
        .map(|(id, _)| id)
        .collect()
}

/// A breadth-first walk from `start` in `direction` that passes through hidden
/// touchpoints only: it stops at each visible touchpoint it meets. Returns what it met
/// (not `start`), with whether each is hidden.
fn walk_hidden(
    journey: &Journey,
    start: TouchpointId,
    direction: Direction,
) -> Vec<(TouchpointId, bool)> {
    let graph = journey.graph();
    let Some(start_node) = journey.node(start) else {
        return Vec::new();
    };
    let hidden = |node: NodeIndex| {
        graph.node_weight(node).is_some_and(|t| {
            journey
                .lane(t.lane)
                .is_some_and(|lane| !lane.kind.is_visible())
        })
    };
    let mut seen = BTreeSet::from([start_node]);
    let mut queue = VecDeque::from([start_node]);
    let mut met = Vec::new();
    while let Some(node) = queue.pop_front() {
        let mut next: Vec<(TouchpointId, NodeIndex)> = graph
            .edges_directed(node, direction)
            .map(|edge| {
                if direction == Direction::Outgoing {
                    edge.target()
                } else {
                    edge.source()
                }
            })
            .filter(|&other| seen.insert(other))
            .filter_map(|other| graph.node_weight(other).map(|t| (t.id, other)))
            .collect();
        next.sort();
        for (id, other) in next {
            let is_hidden = hidden(other);
            met.push((id, is_hidden));
            if is_hidden {
                queue.push_back(other);
            }
        }
    }
    met
}
