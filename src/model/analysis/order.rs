//! Journey order: the order in which a customer meets the touchpoints.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use petgraph::stable_graph::NodeIndex;
use petgraph::visit::{EdgeRef as _, IntoEdgeReferences as _, NodeIndexable as _};

use crate::model::{Journey, LinkKind, TouchpointId};

/// Where a touchpoint sits on the map, for breaking ties: stage, then position in the
/// stage, then lane, then id.
type Place = (usize, i64, usize, TouchpointId);

/// Every touchpoint in the order the journey happens: a topological order of the Flow
/// links, with ties broken by stage, then position in the stage. A cycle (a customer sent
/// back to an earlier step) is entered at its earliest step on the map and followed from
/// there, so every touchpoint appears exactly once. The cost is the map's size times its
/// logarithm, however many cycles it has.
pub fn journey_order_all(journey: &Journey) -> Vec<TouchpointId> {
    let graph = journey.graph();
    // Where each lane and stage is, found once rather than per touchpoint.
    let stage_at: HashMap<_, usize> = journey
        .stages()
        .iter()
        .enumerate()
        .map(|(i, stage)| (stage.id, i))
        .collect();
    let lane_at: HashMap<_, usize> = journey
        .lanes()
        .iter()
        .enumerate()
        .map(|(i, lane)| (lane.id, i))
        .collect();
    let place = |node: NodeIndex| -> Option<Place> {
        let touchpoint = graph.node_weight(node)?;
        Some((
            stage_at
                .get(&touchpoint.stage)
                .copied()
                .unwrap_or(usize::MAX),
            // Positions are finite (the model refuses others); whole points are fine enough.
            touchpoint.x.round() as i64,
            lane_at.get(&touchpoint.lane).copied().unwrap_or(usize::MAX),
            touchpoint.id,
        ))
    };
    // The Flow links as lists of targets by node, read in one pass over the links in the
    // order they are stored (following each node's own list of links jumps about memory,
    // which on a map of 500,000 links costs more than all the rest).
    let bound = graph.node_bound();
    let mut waiting = vec![0usize; bound];
    let mut starts = vec![0usize; bound + 1];
    let flows: Vec<(usize, usize)> = graph
        .edge_references()
        .filter(|edge| edge.weight().kind == LinkKind::Flow && edge.source() != edge.target())
        .map(|edge| (edge.source().index(), edge.target().index()))
        .collect();
    for &(from, to) in &flows {
        starts[from + 1] += 1;
        waiting[to] += 1;
    }
    for i in 0..bound {
        starts[i + 1] += starts[i];
    }
    let mut targets = vec![0usize; flows.len()];
    let mut filled = starts.clone();
    for &(from, to) in &flows {
        targets[filled[from]] = to;
        filled[from] += 1;
    }
    let mut everything: Vec<(Place, NodeIndex)> = graph
        .node_indices()
        .filter_map(|node| place(node).map(|key| (key, node)))
        .collect();
    // Every touchpoint by place, for entering what is left when only cycles remain; the
    // ones already placed are skipped as the list is read from its start.
    everything.sort_unstable();
    let mut earliest = everything.iter();
    let mut ready: BinaryHeap<Reverse<(Place, NodeIndex)>> = everything
        .iter()
        .filter(|&&(_, node)| waiting[node.index()] == 0)
        .map(|&entry| Reverse(entry))
        .collect();
    let mut order = Vec::with_capacity(everything.len());
    let mut done = vec![false; bound];

    while order.len() < everything.len() {
        let next = match ready.pop() {
            Some(Reverse((_, node))) => node,
            // Only cycles remain: enter the earliest of what is left on the map.
            None => match earliest.find(|(_, node)| !done[node.index()]) {
                Some(&(_, node)) => node,
                None => break,
            },
        };
        if std::mem::replace(&mut done[next.index()], true) {
            continue;
        }
        if let Some(touchpoint) = graph.node_weight(next) {
            order.push(touchpoint.id);
        }
        for &target in &targets[starts[next.index()]..starts[next.index() + 1]] {
            if done[target] {
                continue;
            }
            let count = &mut waiting[target];
            *count = count.saturating_sub(1);
            let target = NodeIndex::new(target);
            if *count == 0
                && let Some(key) = place(target)
            {
                ready.push(Reverse((key, target)));
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
