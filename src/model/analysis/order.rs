//! Journey order: the order in which a customer meets the touchpoints.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};

use petgraph::Direction;
use petgraph::stable_graph::NodeIndex;
use petgraph::visit::EdgeRef as _;

use crate::model::{Journey, LinkKind, TouchpointId};

/// Where a touchpoint sits on the map, for breaking ties: stage, then position in the
/// stage, then lane, then id.
type Place = (usize, i64, usize, TouchpointId);

fn place(journey: &Journey, id: TouchpointId) -> Place {
    let Some(touchpoint) = journey.touchpoint(id) else {
        return (usize::MAX, i64::MAX, usize::MAX, id);
    };
    (
        journey.stage_index(touchpoint.stage).unwrap_or(usize::MAX),
        // Positions are finite (the model refuses others); whole points are fine enough.
        touchpoint.x.round() as i64,
        journey.lane_index(touchpoint.lane).unwrap_or(usize::MAX),
        id,
    )
}

/// Every touchpoint in the order the journey happens: a topological order of the Flow
/// links, with ties broken by stage, then position in the stage. A cycle (a customer sent
/// back to an earlier step) is entered at its earliest step on the map and followed from
/// there, so every touchpoint appears exactly once.
pub fn journey_order_all(journey: &Journey) -> Vec<TouchpointId> {
    let graph = journey.graph();
    let mut waiting: BTreeMap<NodeIndex, usize> = BTreeMap::new();
    for node in graph.node_indices() {
        let incoming = graph
            .edges_directed(node, Direction::Incoming)
            .filter(|edge| edge.weight().kind == LinkKind::Flow && edge.source() != node)
            .count();
        waiting.insert(node, incoming);
    }

    let key = |node: NodeIndex| graph.node_weight(node).map(|t| place(journey, t.id));
    let mut ready: BinaryHeap<Reverse<(Place, NodeIndex)>> = waiting
        .iter()
        .filter(|&(_, &count)| count == 0)
        .filter_map(|(&node, _)| key(node).map(|k| Reverse((k, node))))
        .collect();
    let mut order = Vec::with_capacity(waiting.len());
    let mut done = std::collections::BTreeSet::new();

    while order.len() < waiting.len() {
        let next = match ready.pop() {
            Some(Reverse((_, node))) => node,
            // Only cycles remain: enter the earliest of what is left on the map.
            None => match waiting
                .keys()
                .filter(|node| !done.contains(*node))
                .filter_map(|&node| key(node).map(|k| (k, node)))
                .min()
            {
                Some((_, node)) => node,
                None => break,
            },
        };
        if !done.insert(next) {
            continue;
        }
        if let Some(touchpoint) = graph.node_weight(next) {
            order.push(touchpoint.id);
        }
        for edge in graph.edges_directed(next, Direction::Outgoing) {
            let target = edge.target();
            if edge.weight().kind != LinkKind::Flow || target == next || done.contains(&target) {
                continue;
            }
            if let Some(count) = waiting.get_mut(&target) {
                *count = count.saturating_sub(1);
                if *count == 0
                    && let Some(k) = key(target)
                {
                    ready.push(Reverse((k, target)));
                }
            }
        }
    }
    order
}

/// The visible touchpoints in the order a customer meets them.
pub fn journey_order(journey: &Journey) -> Vec<TouchpointId> {
    journey_order_all(journey)
        .into_iter()
        .filter(|&id| journey.is_visible(id) == Some(true))
        .collect()
}
