//! The journey document: one map, with its live graph of touchpoints and links.
//!
//! The only ways to change a journey are [`Journey::apply`] (an [`Edit`], which returns
//! its inverse) and building one from a [`Document`]. Nothing here touches egui or files.
//!
//! The document as plain data is in `document.rs`, what can be wrong with one in
//! `errors.rs`, building a journey from one (and back) in `build.rs`, and the rules both
//! that and an edit check in `rules.rs`.

mod build;
pub(super) mod document;
mod errors;
pub(super) mod rules;

use std::collections::BTreeMap;

use petgraph::Direction;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};

pub use document::Document;
pub use errors::{DocumentError, Subject};

use super::concepts::{Idea, Lane, Link, Persona, Promise, Stage, Touchpoint};
use super::ids::{IdSource, LaneId, LinkId, PersonaId, PromiseId, StageId, TouchpointId};

/// One map: lanes, stages, the graph of touchpoints and links, personas and promises.
#[derive(Clone, Debug, Default)]
pub struct Journey {
    pub(super) title: String,
    pub(super) description: String,
    pub(super) lanes: Vec<Lane>,
    pub(super) stages: Vec<Stage>,
    pub(super) graph: StableDiGraph<Touchpoint, Link>,
    pub(super) nodes: BTreeMap<TouchpointId, NodeIndex>,
    pub(super) edges: BTreeMap<LinkId, EdgeIndex>,
    /// Sorted by id.
    pub(super) personas: Vec<Persona>,
    /// Sorted by id.
    pub(super) promises: Vec<Promise>,
    /// In the order the ideas were parked.
    pub(super) parking_lot: Vec<Idea>,
    /// What a merge left to resolve (see [`super::conflict`]).
    pub(super) conflicts: Vec<super::conflict::Conflict>,
    /// The files of responses the map reads its figures from.
    pub(super) feedback: Vec<super::feedback::source::FeedbackSource>,
    pub(super) counters: IdSource,
    /// Counts the changes made to the journey, so views can tell when to lay it out again.
    pub(super) revision: u64,
    /// What the last few changes touched, each with the revision it made: a view of a
    /// large map brings itself up to date from these (see [`Journey::touched_since`]).
    pub(super) journal: std::collections::VecDeque<(u64, super::touched::Touched)>,
}

/// How many changes the journal remembers: a view further behind lays out everything.
const JOURNAL_LENGTH: usize = 64;

/// Two journeys are equal when they hold the same document; the id counters and the
/// graph's internal indices do not count.
impl PartialEq for Journey {
    fn eq(&self, other: &Self) -> bool {
        self.title == other.title
            && self.description == other.description
            && self.lanes == other.lanes
            && self.stages == other.stages
            && self.personas == other.personas
            && self.promises == other.promises
            && self.parking_lot == other.parking_lot
            && self.conflicts == other.conflicts
            && self.feedback == other.feedback
            && self.touchpoints().eq(other.touchpoints())
            && self.links().eq(other.links())
    }
}

impl Journey {
    /// An empty map with no lanes or stages.
    pub fn new() -> Self {
        Self::default()
    }

    pub fn title(&self) -> &str {
        &self.title
    }

    pub fn description(&self) -> &str {
        &self.description
    }

    /// Lanes, top to bottom.
    pub fn lanes(&self) -> &[Lane] {
        &self.lanes
    }

    /// Stages, left to right.
    pub fn stages(&self) -> &[Stage] {
        &self.stages
    }

    pub fn lane(&self, id: LaneId) -> Option<&Lane> {
        self.lanes.iter().find(|lane| lane.id == id)
    }

    pub fn stage(&self, id: StageId) -> Option<&Stage> {
        self.stages.iter().find(|stage| stage.id == id)
    }

    /// Where the lane is, counted from the top.
    pub fn lane_index(&self, id: LaneId) -> Option<usize> {
        self.lanes.iter().position(|lane| lane.id == id)
    }

    /// Where the stage is, counted from the left.
    pub fn stage_index(&self, id: StageId) -> Option<usize> {
        self.stages.iter().position(|stage| stage.id == id)
    }

    pub fn touchpoint(&self, id: TouchpointId) -> Option<&Touchpoint> {
        self.nodes
            .get(&id)
            .and_then(|&node| self.graph.node_weight(node))
    }

    /// Every touchpoint, by id.
    pub fn touchpoints(&self) -> impl Iterator<Item = &Touchpoint> {
        self.nodes
            .values()
            .filter_map(|&node| self.graph.node_weight(node))
    }

    pub fn touchpoint_count(&self) -> usize {
        self.nodes.len()
    }

    pub fn link(&self, id: LinkId) -> Option<&Link> {
        self.edges
            .get(&id)
            .and_then(|&edge| self.graph.edge_weight(edge))
    }

    /// Every link, by id.
    pub fn links(&self) -> impl Iterator<Item = &Link> {
        self.edges
            .values()
            .filter_map(|&edge| self.graph.edge_weight(edge))
    }

    pub fn link_count(&self) -> usize {
        self.edges.len()
    }

    /// The links that start or end at `id`, by id.
    pub fn links_of(&self, id: TouchpointId) -> Vec<&Link> {
        let Some(&node) = self.nodes.get(&id) else {
            return Vec::new();
        };
        let mut links: Vec<&Link> = [Direction::Outgoing, Direction::Incoming]
            .into_iter()
            .flat_map(|direction| self.graph.edges_directed(node, direction))
            .map(|edge| edge.weight())
            .collect();
        links.sort_by_key(|link| link.id);
        links.dedup_by_key(|link| link.id);
        links
    }

    /// Personas, by id.
    pub fn personas(&self) -> &[Persona] {
        &self.personas
    }

    pub fn persona(&self, id: PersonaId) -> Option<&Persona> {
        self.personas.iter().find(|persona| persona.id == id)
    }

    /// The workshop's parked ideas, in the order they were parked.
    pub fn parking_lot(&self) -> &[Idea] {
        &self.parking_lot
    }

    /// What a merge left to resolve, in the order it found them.
    pub fn conflicts(&self) -> &[super::conflict::Conflict] {
        &self.conflicts
    }

    /// The files of customer feedback and employee pulse the map names.
    pub fn feedback(&self) -> &[super::feedback::source::FeedbackSource] {
        &self.feedback
    }

    /// Promises, by id.
    pub fn promises(&self) -> &[Promise] {
        &self.promises
    }

    pub fn promise(&self, id: PromiseId) -> Option<&Promise> {
        self.promises.iter().find(|promise| promise.id == id)
    }

    /// Whether the customer sees the touchpoint: its lane is Customer, Frontstage or
    /// Evidence. `None` when there is no such touchpoint.
    pub fn is_visible(&self, id: TouchpointId) -> Option<bool> {
        let touchpoint = self.touchpoint(id)?;
        Some(
            self.lane(touchpoint.lane)
                .is_some_and(|lane| lane.kind.is_visible()),
        )
    }

    /// The touchpoints in a lane, by id.
    pub fn touchpoints_in_lane(&self, lane: LaneId) -> impl Iterator<Item = &Touchpoint> {
        self.touchpoints().filter(move |t| t.lane == lane)
    }

    /// The touchpoints in a stage, by id.
    pub fn touchpoints_in_stage(&self, stage: StageId) -> impl Iterator<Item = &Touchpoint> {
        self.touchpoints().filter(move |t| t.stage == stage)
    }

    /// A number that changes whenever the journey does (it is not part of the document).
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// What the changes since `revision` touched, when the journal reaches back that far.
    pub fn touched_since(&self, revision: u64) -> Option<super::touched::Touched> {
        let mut touched = super::touched::Touched::default();
        if revision == self.revision {
            return Some(touched);
        }
        let first = self.journal.front()?.0;
        // The first change remembered must be the one right after `revision`.
        if revision + 1 < first || revision > self.revision {
            return None;
        }
        for (_, entry) in self.journal.iter().filter(|(at, _)| *at > revision) {
            touched.join(entry);
        }
        Some(touched)
    }

    /// Notes in the journal what the change that made this revision touched.
    pub(super) fn note_touched(&mut self, touched: super::touched::Touched) {
        if self.journal.len() == JOURNAL_LENGTH {
            self.journal.pop_front();
        }
        self.journal.push_back((self.revision, touched));
    }

    /// A copy of the id counters, to name things that are about to be added.
    pub fn ids(&self) -> IdSource {
        self.counters.clone()
    }

    /// A fresh touchpoint id, never handed out before in this session.
    pub fn new_touchpoint_id(&mut self) -> TouchpointId {
        self.counters.touchpoint()
    }

    /// A fresh link id, never handed out before in this session.
    pub fn new_link_id(&mut self) -> LinkId {
        self.counters.link()
    }

    /// A fresh lane id, never handed out before in this session.
    pub fn new_lane_id(&mut self) -> LaneId {
        self.counters.lane()
    }

    /// A fresh stage id, never handed out before in this session.
    pub fn new_stage_id(&mut self) -> StageId {
        self.counters.stage()
    }

    /// A fresh persona id, never handed out before in this session.
    pub fn new_persona_id(&mut self) -> PersonaId {
        self.counters.persona()
    }

    /// A fresh promise id, never handed out before in this session.
    pub fn new_promise_id(&mut self) -> PromiseId {
        self.counters.promise()
    }

    /// The live graph, for the analyses.
    pub(super) fn graph(&self) -> &StableDiGraph<Touchpoint, Link> {
        &self.graph
    }

    /// The graph node of a touchpoint, for the analyses.
    pub(super) fn node(&self, id: TouchpointId) -> Option<NodeIndex> {
        self.nodes.get(&id).copied()
    }

    pub(super) fn insert_touchpoint(&mut self, mut touchpoint: Touchpoint) {
        // Tags are kept sorted by area, whatever order a file or a paste gave them in.
        touchpoint.terms.sort_by_key(|tag| tag.area);
        let id = touchpoint.id;
        IdSource::bump(&mut self.counters.touchpoint, id.0);
        let node = self.graph.add_node(touchpoint);
        self.nodes.insert(id, node);
    }

    pub(super) fn insert_link(&mut self, link: Link) {
        let (Some(&from), Some(&to)) = (self.nodes.get(&link.from), self.nodes.get(&link.to))
        else {
            return;
        };
        let id = link.id;
        IdSource::bump(&mut self.counters.link, id.0);
        let edge = self.graph.add_edge(from, to, link);
        self.edges.insert(id, edge);
    }
}
