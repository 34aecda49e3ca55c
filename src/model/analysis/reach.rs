//! What the hidden work behind the visible moments is: hidden support and hidden impact.
//!
//! Hidden impact asks, for every hidden touchpoint at once, which visible touchpoints it
//! reaches through hidden touchpoints only. Walking from each hidden step on its own
//! costs the square of the map (a chain of 20,000 hidden steps took 23 s and 3 GB), so
//! [`hidden_impact`] works on the hidden steps' strongly connected components instead,
//! from the last ones back: a component reaches what its own steps link to, plus all
//! that the components it links to reach. Each component's set of visible touchpoints
//! is a sorted list while it is small and a bitset once it is large; a component that
//! only passes on one other component's set shares it, and a set is dropped as soon as
//! the last component that needs it is done. The answers are exact; the cost is the map
//! times the width of a bitset of the visible touchpoints, at most, and the memory the
//! sets still waiting to be used (see `docs/benchmarks.md`).

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::rc::Rc;

use fixedbitset::FixedBitSet;
use petgraph::Direction;
use petgraph::stable_graph::NodeIndex;
use petgraph::visit::{EdgeRef as _, IntoEdgeReferences as _, NodeIndexable as _};

use crate::model::{Journey, TouchpointId};

/// How many of the visible touchpoints a hidden step supports are listed by name; the
/// rest are counted. Listing thousands of titles for each of thousands of steps would
/// make a report of gigabytes that no one reads.
pub const SUPPORTS_LISTED: usize = 20;

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
fn impacts(journey: &Journey, most_listed: Option<usize>) -> Vec<HiddenImpact> {
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
    let order: Vec<TouchpointId> = super::journey_order(journey);
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

/// A set of visible touchpoints, by their number in journey order.
#[derive(Clone, Debug)]
enum Members {
    /// Sorted, without repeats: while the set is small.
    Few(Vec<u32>),
    /// One bit per visible touchpoint: once a list would cost more.
    Many(FixedBitSet),
    /// A large set's members and a few more (sorted, none of them in `base`, whose
    /// members are `Many`): a step that reaches what a hub reaches and a moment of its
    /// own costs its own moment, not another copy of the hub's set.
    More { base: Rc<Reached>, extra: Vec<u32> },
}

/// How large sets are: how many visible touchpoints there are (the width of a bitset),
/// and how many members a list holds before it becomes a bitset (a list of 4-byte
/// numbers costs as much as the bitset at `width / 32` members).
#[derive(Clone, Copy)]
struct Shape {
    width: usize,
    most_listed: usize,
}

impl Members {
    fn from_list(mut list: Vec<u32>, shape: Shape) -> Self {
        list.sort_unstable();
        list.dedup();
        let mut members = Self::Few(Vec::new());
        members.add(&Self::Few(list), shape);
        members
    }

    /// The set made of `own` and the sets of `others` as a large set and a few more, when
    /// one of them (or the set another of them extends) is a bitset and the rest together
    /// are few.
    fn extending(own: &[u32], others: &[&Rc<Reached>], shape: Shape) -> Option<Self> {
        let bases = others.iter().filter_map(|other| match &other.members {
            Self::Many(_) => Some(Rc::clone(other)),
            Self::More { base, .. } => Some(Rc::clone(base)),
            Self::Few(_) => None,
        });
        let base = bases.max_by_key(|base| base.count)?;
        let mut extra = own.to_vec();
        extra.sort_unstable();
        extra.dedup();
        for other in others {
            let more: &[u32] = match &other.members {
                Self::Many(_) if Rc::ptr_eq(other, &base) => continue,
                Self::More { base: of, extra } if Rc::ptr_eq(of, &base) => extra,
                Self::Few(list) => list,
                // Another large set: no longer a few more.
                Self::Many(_) | Self::More { .. } => return None,
            };
            extra = merge(&extra, more);
            if extra.len() > shape.most_listed {
                return None;
            }
        }
        extra.retain(|&v| !base.contains(v));
        Some(Self::More { base, extra })
    }

    /// Adds every member of `other`.
    fn add(&mut self, other: &Self, shape: Shape) {
        if let Self::More { base, extra } = other {
            self.add(&base.members, shape);
            self.add(&Self::Few(extra.clone()), shape);
            return;
        }
        if let Self::More { base, extra } = self {
            // Becomes a set of its own: the base's members and the extra ones.
            let mut members = base.members.clone();
            members.add(&Self::Few(std::mem::take(extra)), shape);
            *self = members;
        }
        match (&mut *self, other) {
            (Self::Many(bits), Self::Many(more)) => bits.union_with(more),
            (Self::Many(bits), Self::Few(list)) => {
                for &v in list {
                    bits.insert(v as usize);
                }
            }
            (Self::Few(list), Self::Many(more)) => {
                let mut bits = more.clone();
                for &v in list.iter() {
                    bits.insert(v as usize);
                }
                *self = Self::Many(bits);
            }
            (Self::Few(list), Self::Few(more)) => {
                let merged = merge(list, more);
                *self = if merged.len() > shape.most_listed {
                    let mut bits = FixedBitSet::with_capacity(shape.width);
                    for v in merged {
                        bits.insert(v as usize);
                    }
                    Self::Many(bits)
                } else {
                    Self::Few(merged)
                };
            }
            // Handled above: neither side is `More` here.
            (Self::More { .. }, _) | (_, Self::More { .. }) => {}
        }
    }
}

/// Two sorted lists as one, sorted and without repeats.
fn merge(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut merged = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        merged.push(x.min(y));
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    merged.extend_from_slice(&a[i..]);
    merged.extend_from_slice(&b[j..]);
    merged
}

/// The visible touchpoints whose TERMS weight has each bit set: a bitset's summed weight
/// is then a few counts of common bits, not a walk over its members.
struct WeightPlanes(Vec<FixedBitSet>);

impl WeightPlanes {
    fn of(weights: &[u32]) -> Self {
        let bits = 32 - weights.iter().max().copied().unwrap_or(0).leading_zeros();
        Self(
            (0..bits)
                .map(|bit| {
                    let mut plane = FixedBitSet::with_capacity(weights.len());
                    for (v, &weight) in weights.iter().enumerate() {
                        plane.set(v, weight & (1 << bit) != 0);
                    }
                    plane
                })
                .collect(),
        )
    }
}

/// A set of visible touchpoints with what is said about it.
#[derive(Debug)]
struct Reached {
    members: Members,
    count: usize,
    weight: u32,
    /// The first [`SUPPORTS_LISTED`] members, in journey order.
    first: Vec<u32>,
}

impl Reached {
    fn new(members: Members, weights: &[u32], planes: &WeightPlanes) -> Self {
        let (count, weight, first) = match &members {
            Members::More { base, extra } => (
                base.count + extra.len(),
                base.weight + extra.iter().map(|&v| weights[v as usize]).sum::<u32>(),
                merge(&base.first, extra)
                    .into_iter()
                    .take(SUPPORTS_LISTED)
                    .collect(),
            ),
            Members::Few(list) => (
                list.len(),
                list.iter().map(|&v| weights[v as usize]).sum(),
                list.iter().copied().take(SUPPORTS_LISTED).collect(),
            ),
            Members::Many(bits) => (
                bits.count_ones(..),
                planes
                    .0
                    .iter()
                    .zip(0..)
                    .map(|(plane, bit)| (bits.intersection_count(plane) as u32) << bit)
                    .sum(),
                bits.ones()
                    .take(SUPPORTS_LISTED)
                    .map(|v| v as u32)
                    .collect(),
            ),
        };
        Self {
            members,
            count,
            weight,
            first,
        }
    }

    /// Whether visible touchpoint `v` is a member.
    fn contains(&self, v: u32) -> bool {
        match &self.members {
            Members::Few(list) => list.binary_search(&v).is_ok(),
            Members::Many(bits) => bits.contains(v as usize),
            Members::More { base, extra } => base.contains(v) || extra.binary_search(&v).is_ok(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_merge_sorted_without_repeats() {
        assert_eq!(merge(&[1, 3, 5], &[2, 3, 9]), [1, 2, 3, 5, 9]);
        assert_eq!(merge(&[], &[4]), [4]);
    }

    #[test]
    fn sets_become_bitsets_when_large_and_keep_every_member() {
        let shape = Shape {
            width: 10_000,
            most_listed: 100,
        };
        let mut members = Members::from_list((0..200).collect(), shape);
        assert!(matches!(members, Members::Many(_)));
        members.add(&Members::Few(vec![5, 9_999]), shape);
        let weights = vec![1; shape.width];
        let reached = Reached::new(members, &weights, &WeightPlanes::of(&weights));
        assert_eq!((reached.count, reached.weight), (201, 201));
        assert_eq!(reached.first.len(), SUPPORTS_LISTED);
    }

    /// A map of `n` touchpoints, hidden where `hidden` says, tagged `severity` where it
    /// says, with `links` between them.
    fn map(hidden: &[bool], severity: &[u8], links: &[(usize, usize, bool)]) -> Journey {
        use crate::model::{
            Edit, Lane, LaneId, LaneKind, Link, LinkId, LinkKind, Severity, Stage, StageId,
            TermsArea, TermsTag, Touchpoint,
        };
        let mut journey = Journey::new();
        let lanes = [(1, LaneKind::Customer), (2, LaneKind::Backstage)];
        for (index, (id, kind)) in lanes.into_iter().enumerate() {
            let lane = Lane {
                id: LaneId(id),
                name: format!("{kind:?}"),
                kind,
            };
            assert!(journey.apply(Edit::AddLane { index, lane }).is_ok());
        }
        let stage = Stage {
            id: StageId(1),
            name: "All".into(),
        };
        assert!(journey.apply(Edit::AddStage { index: 0, stage }).is_ok());
        for (i, &is_hidden) in hidden.iter().enumerate() {
            let lane = LaneId(if is_hidden { 2 } else { 1 });
            let mut card = Touchpoint::new(TouchpointId(i as u64 + 1), "", lane, StageId(1));
            card.x = ((i * 5) % 7) as f32;
            let level = severity[i % severity.len()];
            if level > 0 {
                card.terms = vec![TermsTag {
                    area: TermsArea::Risk,
                    severity: Severity::ALL[usize::from(level - 1)],
                    note: String::new(),
                }];
            }
            assert!(journey.apply(Edit::AddTouchpoint(Box::new(card))).is_ok());
        }
        for (n, &(from, to, flow)) in links.iter().enumerate() {
            if from < hidden.len() && to < hidden.len() {
                let link = Link {
                    id: LinkId(n as u64 + 1),
                    from: TouchpointId(from as u64 + 1),
                    to: TouchpointId(to as u64 + 1),
                    kind: if flow {
                        LinkKind::Flow
                    } else {
                        LinkKind::Support
                    },
                    label: String::new(),
                };
                assert!(journey.apply(Edit::AddLink(link)).is_ok());
            }
        }
        journey
    }

    proptest::proptest! {
        /// With every set a bitset, with every set a list, and with both and sets that
        /// extend others in between, the answers are what a walk from each hidden step
        /// finds.
        #[test]
        fn both_kinds_of_set_give_what_a_walk_finds(
            hidden in proptest::collection::vec(proptest::bool::weighted(0.6), 1..30),
            severity in proptest::collection::vec(0u8..=3, 1..4),
            links in proptest::collection::vec((0usize..30, 0usize..30, proptest::bool::ANY), 0..90),
        ) {
            let journey = map(&hidden, &severity, &links);
            let order = crate::model::analysis::journey_order(&journey);
            let rank = |id: &TouchpointId| order.iter().position(|o| o == id);
            for most_listed in [0, 2, 5, usize::MAX] {
                for impact in impacts(&journey, Some(most_listed)) {
                    let mut walked = supported_visible(&journey, impact.touchpoint);
                    let weight: u32 = walked
                        .iter()
                        .filter_map(|&id| journey.touchpoint(id))
                        .map(|t| t.terms_weight())
                        .sum();
                    proptest::prop_assert_eq!(impact.visible_supported, walked.len());
                    proptest::prop_assert_eq!(impact.terms_weight, weight);
                    walked.sort_by_key(rank);
                    walked.truncate(SUPPORTS_LISTED);
                    proptest::prop_assert_eq!(&impact.supports, &walked);
                }
            }
        }
    }

    #[test]
    fn variants_of_a_hub_share_its_set_and_add_their_own() {
        // Visible 0..10; hidden 10 (the hub) feeds them all; hidden 11..20 each feed the
        // hub and one moment of their own; hidden 20 feeds all of those.
        let mut hidden = vec![false; 10];
        hidden.extend([true; 11]);
        let mut links: Vec<(usize, usize, bool)> = (0..10).map(|v| (10, v, false)).collect();
        for i in 11..20 {
            links.extend([(i, 10, false), (i, i - 11, false), (20, i, false)]);
        }
        let journey = map(&hidden, &[1, 2, 3], &links);
        let impacts = impacts(&journey, Some(2));
        for impact in &impacts {
            let walked = supported_visible(&journey, impact.touchpoint);
            assert_eq!(impact.visible_supported, walked.len());
        }
        assert!(impacts.iter().all(|i| i.visible_supported == 10));
    }

    #[test]
    fn weights_are_summed_through_their_bits() {
        let weights = [0, 1, 2, 3, 15, 7];
        let planes = WeightPlanes::of(&weights);
        let mut bits = FixedBitSet::with_capacity(weights.len());
        for v in [1, 3, 4] {
            bits.insert(v);
        }
        let reached = Reached::new(Members::Many(bits), &weights, &planes);
        assert_eq!((reached.count, reached.weight), (3, 19));
    }
}
