//! The journey document: one map, with its live graph of touchpoints and links.
//!
//! The only ways to change a journey are [`Journey::apply`] (an [`Edit`], which returns
//! its inverse) and building one from a [`Document`]. Nothing here touches egui or files.

use std::collections::{BTreeMap, BTreeSet};

use petgraph::Direction;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use serde::{Deserialize, Serialize};

use super::concepts::{Idea, Lane, Link, Persona, Promise, Stage, TermsArea, Touchpoint};
use super::ids::{IdSource, LaneId, LinkId, PersonaId, PromiseId, StageId, TouchpointId};
use super::limits::{
    self, Bounded as _, LimitError, MAX_ENTRIES, MAX_LANES, MAX_LINKS, MAX_TOUCHPOINTS, Part,
};

/// A journey as plain data, every list sorted as the file keeps it: lanes and stages in
/// the order the user gave them, everything else by id.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub title: String,
    pub description: String,
    pub lanes: Vec<Lane>,
    pub stages: Vec<Stage>,
    pub touchpoints: Vec<Touchpoint>,
    pub links: Vec<Link>,
    pub personas: Vec<Persona>,
    pub promises: Vec<Promise>,
    /// Workshop ideas that do not fit the map yet, in the order they were parked.
    pub parking_lot: Vec<Idea>,
}

/// Something in a [`Document`] that names a thing that is not there, or names it twice.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum DocumentError {
    DuplicateLane(LaneId),
    DuplicateStage(StageId),
    DuplicateTouchpoint(TouchpointId),
    DuplicateLink(LinkId),
    DuplicatePersona(PersonaId),
    DuplicatePromise(PromiseId),
    MissingLane {
        touchpoint: TouchpointId,
        lane: LaneId,
    },
    MissingStage {
        touchpoint: TouchpointId,
        stage: StageId,
    },
    LinkToMissing {
        link: LinkId,
        touchpoint: TouchpointId,
    },
    PersonaToMissing {
        persona: PersonaId,
        touchpoint: TouchpointId,
    },
    PromiseToMissing {
        promise: PromiseId,
        touchpoint: TouchpointId,
    },
    DuplicateTag {
        touchpoint: TouchpointId,
        area: TermsArea,
    },
    NotFinite {
        touchpoint: TouchpointId,
        x: f32,
    },
    OverLimit {
        subject: Subject,
        error: LimitError,
    },
}

/// What is wrong and what to do, in the thread's language. Ids go in as text: Fluent's
/// numbers are floats, which would round the largest ids.
impl std::fmt::Display for DocumentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let duplicate = |id: &dyn std::fmt::Display| {
            crate::tr!("model-document-duplicate", id = id.to_string())
        };
        let text = match self {
            Self::DuplicateLane(id) => duplicate(id),
            Self::DuplicateStage(id) => duplicate(id),
            Self::DuplicateTouchpoint(id) => duplicate(id),
            Self::DuplicateLink(id) => duplicate(id),
            Self::DuplicatePersona(id) => duplicate(id),
            Self::DuplicatePromise(id) => duplicate(id),
            Self::MissingLane { touchpoint, lane } => crate::tr!(
                "model-document-missing-lane",
                touchpoint = touchpoint.0.to_string(),
                lane = lane.0.to_string()
            ),
            Self::MissingStage { touchpoint, stage } => crate::tr!(
                "model-document-missing-stage",
                touchpoint = touchpoint.0.to_string(),
                stage = stage.0.to_string()
            ),
            Self::LinkToMissing { link, touchpoint } => crate::tr!(
                "model-document-link-to-missing",
                link = link.0.to_string(),
                touchpoint = touchpoint.0.to_string()
            ),
            Self::PersonaToMissing {
                persona,
                touchpoint,
            } => crate::tr!(
                "model-document-persona-to-missing",
                persona = persona.0.to_string(),
                touchpoint = touchpoint.0.to_string()
            ),
            Self::PromiseToMissing {
                promise,
                touchpoint,
            } => crate::tr!(
                "model-document-promise-to-missing",
                promise = promise.0.to_string(),
                touchpoint = touchpoint.0.to_string()
            ),
            Self::DuplicateTag { touchpoint, area } => crate::tr!(
                "model-document-duplicate-tag",
                touchpoint = touchpoint.0.to_string(),
                area = area.label()
            ),
            Self::NotFinite { touchpoint, x } => crate::tr!(
                "model-document-not-finite",
                touchpoint = touchpoint.0.to_string(),
                x = x.to_string()
            ),
            Self::OverLimit { subject, error } => crate::tr!(
                "model-document-over-limit",
                subject = subject.to_string(),
                error = error.to_string()
            ),
        };
        f.write_str(&text)
    }
}

/// The thing a [`DocumentError`] is about, so a loader can point at it in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    Lane(LaneId),
    Stage(StageId),
    Touchpoint(TouchpointId),
    Link(LinkId),
    Persona(PersonaId),
    Promise(PromiseId),
    /// The map as a whole: its title, description or the length of a list.
    Map,
    /// An idea of the parking lot, counted from 1.
    Idea(usize),
}

/// As people read it, in the thread's language: `touchpoint 7`, `the map`.
impl std::fmt::Display for Subject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Lane(id) => id.fmt(f),
            Self::Stage(id) => id.fmt(f),
            Self::Touchpoint(id) => id.fmt(f),
            Self::Link(id) => id.fmt(f),
            Self::Persona(id) => id.fmt(f),
            Self::Promise(id) => id.fmt(f),
            Self::Map => f.write_str(&crate::tr!("model-subject-map")),
            Self::Idea(number) => f.write_str(&crate::tr!(
                "model-subject-idea",
                number = number.to_string()
            )),
        }
    }
}

impl DocumentError {
    pub fn subject(&self) -> Subject {
        match *self {
            Self::DuplicateLane(id) => Subject::Lane(id),
            Self::DuplicateStage(id) => Subject::Stage(id),
            Self::DuplicateTouchpoint(id)
            | Self::MissingLane { touchpoint: id, .. }
            | Self::MissingStage { touchpoint: id, .. }
            | Self::DuplicateTag { touchpoint: id, .. }
            | Self::NotFinite { touchpoint: id, .. } => Subject::Touchpoint(id),
            Self::DuplicateLink(id) | Self::LinkToMissing { link: id, .. } => Subject::Link(id),
            Self::DuplicatePersona(id) | Self::PersonaToMissing { persona: id, .. } => {
                Subject::Persona(id)
            }
            Self::DuplicatePromise(id) | Self::PromiseToMissing { promise: id, .. } => {
                Subject::Promise(id)
            }
            Self::OverLimit { subject, .. } => subject,
        }
    }
}

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
            && self.touchpoints().eq(other.touchpoints())
            && self.links().eq(other.links())
    }
}

impl Journey {
    /// An empty map with no lanes or stages.
    pub fn new() -> Self {
        Self::default()
    }

    /// Builds a journey from plain data, checking every reference in it.
    ///
    /// Lists the problems found, in the order of the document, when there are any.
    pub fn from_document(document: Document) -> Result<Self, Vec<DocumentError>> {
        let Document {
            title,
            description,
            lanes,
            stages,
            touchpoints,
            links,
            mut personas,
            mut promises,
            parking_lot,
        } = document;
        let mut errors = Vec::new();
        let mut over = |subject: Subject, result: Result<(), LimitError>| {
            if let Err(error) = result {
                errors.push(DocumentError::OverLimit { subject, error });
            }
        };
        over(Subject::Map, limits::name(Part::Title, &title));
        over(Subject::Map, limits::text(Part::Description, &description));
        over(
            Subject::Map,
            limits::count(Part::Lanes, lanes.len(), MAX_LANES),
        );
        over(
            Subject::Map,
            limits::count(Part::Stages, stages.len(), MAX_LANES),
        );
        over(
            Subject::Map,
            limits::count(Part::Touchpoints, touchpoints.len(), MAX_TOUCHPOINTS),
        );
        over(
            Subject::Map,
            limits::count(Part::Links, links.len(), MAX_LINKS),
        );
        over(
            Subject::Map,
            limits::count(Part::Personas, personas.len(), MAX_ENTRIES),
        );
        over(
            Subject::Map,
            limits::count(Part::Promises, promises.len(), MAX_ENTRIES),
        );
        over(
            Subject::Map,
            limits::count(Part::Ideas, parking_lot.len(), MAX_ENTRIES),
        );
        for lane in &lanes {
            over(Subject::Lane(lane.id), lane.check_limits());
        }
        for stage in &stages {
            over(Subject::Stage(stage.id), stage.check_limits());
        }
        for touchpoint in &touchpoints {
            over(
                Subject::Touchpoint(touchpoint.id),
                touchpoint.check_limits(),
            );
        }
        for link in &links {
            over(Subject::Link(link.id), link.check_limits());
        }
        for persona in &personas {
            over(Subject::Persona(persona.id), persona.check_limits());
        }
        for promise in &promises {
            over(Subject::Promise(promise.id), promise.check_limits());
        }
        for (index, idea) in parking_lot.iter().enumerate() {
            over(Subject::Idea(index + 1), idea.check_limits());
        }
        if !errors.is_empty() {
            // Nothing more is built from a document this large.
            return Err(errors);
        }

        let mut journey = Self {
            title,
            description,
            parking_lot,
            ..Self::default()
        };

        let mut lane_ids = BTreeSet::new();
        for lane in lanes {
            if lane_ids.insert(lane.id) {
                IdSource::bump(&mut journey.counters.lane, lane.id.0);
                journey.lanes.push(lane);
            } else {
                errors.push(DocumentError::DuplicateLane(lane.id));
            }
        }
        let mut stage_ids = BTreeSet::new();
        for stage in stages {
            if stage_ids.insert(stage.id) {
                IdSource::bump(&mut journey.counters.stage, stage.id.0);
                journey.stages.push(stage);
            } else {
                errors.push(DocumentError::DuplicateStage(stage.id));
            }
        }

        for touchpoint in touchpoints {
            let id = touchpoint.id;
            if journey.nodes.contains_key(&id) {
                errors.push(DocumentError::DuplicateTouchpoint(id));
                continue;
            }
            if !lane_ids.contains(&touchpoint.lane) {
                errors.push(DocumentError::MissingLane {
                    touchpoint: id,
                    lane: touchpoint.lane,
                });
            }
            if !stage_ids.contains(&touchpoint.stage) {
                errors.push(DocumentError::MissingStage {
                    touchpoint: id,
                    stage: touchpoint.stage,
                });
            }
            if !Touchpoint::is_drawable_x(touchpoint.x) {
                errors.push(DocumentError::NotFinite {
                    touchpoint: id,
                    x: touchpoint.x,
                });
            }
            let mut areas = BTreeSet::new();
            for tag in &touchpoint.terms {
                if !areas.insert(tag.area) {
                    errors.push(DocumentError::DuplicateTag {
                        touchpoint: id,
                        area: tag.area,
                    });
                }
            }
            journey.insert_touchpoint(touchpoint);
        }

        for link in links {
            if journey.edges.contains_key(&link.id) {
                errors.push(DocumentError::DuplicateLink(link.id));
                continue;
            }
            let missing = [link.from, link.to]
                .into_iter()
                .find(|end| !journey.nodes.contains_key(end));
            if let Some(touchpoint) = missing {
                errors.push(DocumentError::LinkToMissing {
                    link: link.id,
                    touchpoint,
                });
                continue;
            }
            journey.insert_link(link);
        }

        personas.sort_by_key(|p| p.id);
        for (i, persona) in personas.iter().enumerate() {
            if i > 0 && personas[i - 1].id == persona.id {
                errors.push(DocumentError::DuplicatePersona(persona.id));
            }
            for &touchpoint in &persona.path {
                if !journey.nodes.contains_key(&touchpoint) {
                    errors.push(DocumentError::PersonaToMissing {
                        persona: persona.id,
                        touchpoint,
                    });
                }
            }
            IdSource::bump(&mut journey.counters.persona, persona.id.0);
        }
        journey.personas = personas;

        promises.sort_by_key(|p| p.id);
        for (i, promise) in promises.iter().enumerate() {
            if i > 0 && promises[i - 1].id == promise.id {
                errors.push(DocumentError::DuplicatePromise(promise.id));
            }
            for &touchpoint in promise.redeemed_by.iter().chain(&promise.secured_by) {
                if !journey.nodes.contains_key(&touchpoint) {
                    errors.push(DocumentError::PromiseToMissing {
                        promise: promise.id,
                        touchpoint,
                    });
                }
            }
            IdSource::bump(&mut journey.counters.promise, promise.id.0);
        }
        journey.promises = promises;

        if errors.is_empty() {
            Ok(journey)
        } else {
            Err(errors)
        }
    }

    /// The journey as plain data, sorted as the file keeps it.
    pub fn to_document(&self) -> Document {
        Document {
            title: self.title.clone(),
            description: self.description.clone(),
            lanes: self.lanes.clone(),
            stages: self.stages.clone(),
            touchpoints: self.touchpoints().cloned().collect(),
            links: self.links().cloned().collect(),
            personas: self.personas.clone(),
            promises: self.promises.clone(),
            parking_lot: self.parking_lot.clone(),
        }
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
    pub(in crate::model) fn graph(&self) -> &StableDiGraph<Touchpoint, Link> {
        &self.graph
    }

    /// The graph node of a touchpoint, for the analyses.
    pub(in crate::model) fn node(&self, id: TouchpointId) -> Option<NodeIndex> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, set_language};
    use crate::model::limits::MAX_TEXT_CHARS;

    fn over_limit() -> DocumentError {
        DocumentError::OverLimit {
            subject: Subject::Map,
            error: LimitError::TextTooLong {
                what: Part::Description,
                chars: MAX_TEXT_CHARS + 1,
                limit: MAX_TEXT_CHARS,
            },
        }
    }

    #[test]
    fn messages_speak_the_language_of_the_thread() {
        let missing = DocumentError::MissingLane {
            touchpoint: TouchpointId(2),
            lane: LaneId(9),
        };
        set_language(Language::Finnish);
        assert_eq!(
            missing.to_string(),
            "kosketuspiste 2 on kaistalla 9, jota ei ole; lisää kaista tai siirrä kosketuspiste"
        );
        assert_eq!(
            over_limit().to_string(),
            "kartta ylittää rajan: sen kuvaus on 100001 merkkiä pitkä; siihen mahtuu enintään \
             100000 merkkiä"
        );
        assert_eq!(
            DocumentError::DuplicateTouchpoint(TouchpointId(u64::MAX)).to_string(),
            "kosketuspiste 18446744073709551615 esiintyy useammin kuin kerran; anna kullekin \
             oma tunniste"
        );

        set_language(Language::English);
        assert_eq!(
            missing.to_string(),
            "touchpoint 2 is in lane 9, which does not exist; add the lane or move the touchpoint"
        );
        assert_eq!(
            over_limit().to_string(),
            "the map is over a limit: its description is 100001 characters long; polku keeps up \
             to 100000 characters there"
        );
    }
}
