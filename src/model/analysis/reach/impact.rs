//! Hidden impact: every hidden touchpoint with the visible moments it holds up, ranked,
//! worked out on the hidden steps' strongly connected components from the last ones back.
//! It keeps no sets of its own making: how a set is held is `sets.rs`'s concern.

use std::collections::HashMap;
use std::rc::Rc;

use petgraph::stable_graph::NodeIndex;
use petgraph::visit::{EdgeRef as _, IntoEdgeReferences as _, NodeIndexable as _};

use super::sets::{Members, Reached, Shape, WeightPlanes};
use crate::model::analysis::order::journey_order;
use crate::model::ids::TouchpointId;
use crate::model::journey::Journey;

/// How much a hidden step matters: the visible moments it holds up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HiddenImpact {
    pub touchpoint: TouchpointId,
    /// The first of the visible touchpoints it supports, in journey order: at most
    /// [`SUPPORTS_LISTED`] of them.
    pub supports: Vec<TouchpointId>,
    /// How many visible touchpoints it supports, listed or not.
    pub visible_supported: usize,
    /// The sum of the severities of the TERMS tags on those visible touchpoints.
    pub terms_weight: u32,
}

impl HiddenImpact {
    /// How many supported touchpoints are counted but not listed.
    pub fn more_supported(&self) -> usize {
        self.visible_supported - self.supports.len()
    }
}

/// Every hidden touchpoint with the visible moments it supports, ranked: the back-office
/// steps that, if they fail, hurt the most customer moments (then the worst ones) first.
pub fn hidden_impact(journey: &Journey) -> Vec<HiddenImpact> {
    impacts(journey, None)
}

/// [`hidden_impact`], with sets becoming bitsets past `most_listed` members (by default
/// when a list would cost as much as the bitset), so tests can reach both kinds of set.
pub(super) fn impacts(journey: &Journey, most_listed: Option<usize>) -> Vec<HiddenImpact> {
    let graph = journey.graph();
    let visible_lanes: HashMap<_, bool> = journey
        .lanes()
        .iter()
        .map(|lane| (lane.id, lane.kind.is_visible()))
        .collect();
    let is_visible = |node: NodeIndex| {
        graph
            .node_weight(node)
            .is_some_and(|t| visible_lanes.get(&t.lane).copied().unwrap_or(false))
    };

    // The visible touchpoints, numbered in journey order, so that a set lists its members
    // in the order a customer meets them.
    let order: Vec<TouchpointId> = journey_order(journey);
    // Indexed by node: its number among the visible touchpoints, or among the hidden.
    const NONE: u32 = u32::MAX;
    let mut visible_index = vec![NONE; graph.node_bound()];
    for (node, v) in order.iter().filter_map(|&id| journey.node(id)).zip(0..) {
        visible_index[node.index()] = v;
    }
    let weights: Vec<u32> = order
        .iter()
        .map(|&id| journey.touchpoint(id).map_or(0, |t| t.terms_weight()))
        .collect();
    let planes = WeightPlanes::of(&weights);

    // The hidden touchpoints, by id, and the links among them.
    let mut hidden: Vec<(TouchpointId, NodeIndex)> = graph
        .node_indices()
        .filter(|&node| !is_visible(node))
        .filter_map(|node| graph.node_weight(node).map(|t| (t.id, node)))
        .collect();
    hidden.sort();
    let mut hidden_index = vec![NONE; graph.node_bound()];
    for (&(_, node), i) in hidden.iter().zip(0..) {
        hidden_index[node.index()] = i;
    }
    let mut steps: petgraph::Graph<(), (), petgraph::Directed, u32> =
        petgraph::Graph::with_capacity(hidden.len(), graph.edge_count());
    for _ in &hidden {
        steps.add_node(());
    }
    let mut direct: Vec<Vec<u32>> = vec![Vec::new(); hidden.len()];
    // One pass over the links in the order they are stored, which reads memory in order.
    for edge in graph.edge_references() {
        let (from, to) = (edge.source().index(), edge.target().index());
        let i = hidden_index[from];
        if i == NONE {
            continue;
        }
        let (j, v) = (hidden_index[to], visible_index[to]);
        if j != NONE && j != i {
            steps.add_edge(i.into(), j.into(), ());
        } else if v != NONE {
            direct[i as usize].push(v);
        }
    }
    // Components in post-order: each comes after every component it links to.
    let components = petgraph::algo::kosaraju_scc(&steps);
    let mut component_of = vec![0usize; hidden.len()];
    for (c, members) in components.iter().enumerate() {
        for member in members {
            component_of[member.index()] = c;
        }
    }
    let successors: Vec<Vec<usize>> = {
        let mut mark = vec![usize::MAX; components.len()];
        components
            .iter()
            .enumerate()
            .map(|(c, members)| {
                let mut next = Vec::new();
                for member in members {
                    for neighbour in steps.neighbors(*member) {
                        let d = component_of[neighbour.index()];
                        if d != c && mark[d] != c {
                            mark[d] = c;
                            next.push(d);
                        }
                    }
                }
                next
            })
            .collect()
    };
    // How many components still need each component's set.
    let mut waiting = vec![0usize; components.len()];
    for next in &successors {
        for &d in next {
            waiting[d] += 1;
        }
    }

    let shape = Shape {
        width: order.len(),
        most_listed: most_listed.unwrap_or((order.len() / 32).max(64)),
    };
    let mut reached: Vec<Option<Rc<Reached>>> = vec![None; components.len()];
    let mut ranked = Vec::with_capacity(hidden.len());
    for (c, members) in components.iter().enumerate() {
        let own: Vec<u32> = members
            .iter()
            .flat_map(|member| direct[member.index()].iter().copied())
            .collect();
        let set = match (own.is_empty(), successors[c].as_slice()) {
            // Passes on what one other component reaches: the same set.
            (true, [only]) => reached[*only].clone(),
            _ => None,
        }
        .unwrap_or_else(|| {
            let others: Vec<&Rc<Reached>> = successors[c]
                .iter()
                .filter_map(|&d| reached[d].as_ref())
                .collect();
            let members = Members::extending(&own, &others, shape).unwrap_or_else(|| {
                let mut members = Members::from_list(own, shape);
                for other in others {
                    members.add(&other.members, shape);
                }
                members
            });
            Rc::new(Reached::new(members, &weights, &planes))
        });
        for member in members {
            let (id, _) = hidden[member.index()];
            ranked.push(HiddenImpact {
                touchpoint: id,
                supports: set.first.iter().map(|&v| order[v as usize]).collect(),
                visible_supported: set.count,
                terms_weight: set.weight,
            });
        }
        for &d in &successors[c] {
            waiting[d] -= 1;
            if waiting[d] == 0 {
                reached[d] = None;
            }
        }
        if waiting[c] > 0 {
            reached[c] = Some(set);
        }
    }
    ranked.sort_by(|a, b| {
        b.visible_supported
            .cmp(&a.visible_supported)
            .then(b.terms_weight.cmp(&a.terms_weight))
            .then(a.touchpoint.cmp(&b.touchpoint))
    });
    ranked
}
