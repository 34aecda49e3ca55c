//! Edits: every change to a journey, as plain data, and how to apply one.
//!
//! [`Journey::apply`] performs an edit and returns its inverse, so undo and redo are
//! just more edits. An edit that does not fit the journey (it names a missing
//! touchpoint, say) is refused with an [`EditError`] and changes nothing.

use super::concepts::{
    Channel, EvidenceLevel, Idea, Lane, LaneKind, Link, LinkKind, Observation, Persona, Promise,
    Stage, TermsArea, TermsTag, Touchpoint,
};
use super::ids::{IdSource, LaneId, LinkId, PersonaId, PromiseId, StageId, TouchpointId};
use super::journey::Journey;
use super::limits::{
    self, Bounded as _, LimitError, MAX_ENTRIES, MAX_LANES, MAX_LINKS, MAX_TOUCHPOINTS, Part,
};
use super::values::Rating;

/// One change to a journey.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Several edits that undo and redo as one step, applied in order.
    Batch(Vec<Edit>),
    /// Sets the map's title and description.
    SetInfo {
        title: String,
        description: String,
    },

    /// Inserts a lane at `index` (counted from the top).
    AddLane {
        index: usize,
        lane: Lane,
    },
    /// Removes an empty lane.
    RemoveLane(LaneId),
    /// Renames a lane and sets its kind.
    SetLane {
        id: LaneId,
        name: String,
        kind: LaneKind,
    },
    /// Moves a lane to `index`.
    MoveLane {
        id: LaneId,
        index: usize,
    },

    /// Inserts a stage at `index` (counted from the left).
    AddStage {
        index: usize,
        stage: Stage,
    },
    /// Removes an empty stage.
    RemoveStage(StageId),
    RenameStage {
        id: StageId,
        name: String,
    },
    /// Moves a stage to `index`.
    MoveStage {
        id: StageId,
        index: usize,
    },

    AddTouchpoint(Box<Touchpoint>),
    /// Removes a touchpoint with its links, and takes it out of persona paths and
    /// promises. The inverse puts all of it back.
    RemoveTouchpoint(TouchpointId),
    /// Changes one field of a touchpoint.
    UpdateTouchpoint {
        id: TouchpointId,
        change: TouchpointChange,
    },
    /// Inserts an observation at `index` in the touchpoint's list.
    AddObservation {
        touchpoint: TouchpointId,
        index: usize,
        observation: Observation,
    },
    RemoveObservation {
        touchpoint: TouchpointId,
        index: usize,
    },

    AddLink(Link),
    RemoveLink(LinkId),
    SetLink {
        id: LinkId,
        kind: LinkKind,
        label: String,
    },

    AddPersona(Persona),
    RemovePersona(PersonaId),
    /// Replaces a persona (name, colour, path…) with one of the same id.
    SetPersona(Persona),

    AddPromise(Promise),
    RemovePromise(PromiseId),
    /// Replaces a promise with one of the same id.
    SetPromise(Promise),

    /// Parks an idea at `index` in the parking lot.
    AddIdea {
        index: usize,
        idea: Idea,
    },
    RemoveIdea(usize),
    /// Rewrites the idea at `index`.
    SetIdea {
        index: usize,
        text: String,
    },
}

/// One field of a touchpoint, with its new value.
#[derive(Clone, Debug, PartialEq)]
pub enum TouchpointChange {
    Title(String),
    Description(String),
    Actor(String),
    Owner(String),
    Channel(Channel),
    Emotion(Option<Rating>),
    EmployeeExperience(Option<Rating>),
    Evidence(EvidenceLevel),
    /// Its lane, stage and horizontal position within the stage.
    Place {
        lane: LaneId,
        stage: StageId,
        x: f32,
    },
    /// Sets or clears the tag of one TERMS area.
    Tag {
        area: TermsArea,
        tag: Option<TermsTag>,
    },
}

/// Why an edit could not be applied. The journey is unchanged.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    MissingTouchpoint(TouchpointId),
    MissingLink(LinkId),
    MissingLane(LaneId),
    MissingStage(StageId),
    MissingPersona(PersonaId),
    MissingPromise(PromiseId),
    /// The id, as people read it ("touchpoint 7").
    IdInUse(String),
    LaneNotEmpty {
        lane: LaneId,
        count: usize,
    },
    StageNotEmpty {
        stage: StageId,
        count: usize,
    },
    OutOfRange {
        index: usize,
        len: usize,
    },
    NotFinite,
    DuplicateTag,
    OverLimit(#[from] LimitError),
}

/// What went wrong and what to do, in the thread's language.
impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let missing =
            |id: &dyn std::fmt::Display| crate::tr!("model-edit-missing", id = id.to_string());
        let text = match self {
            Self::MissingTouchpoint(id) => missing(id),
            Self::MissingLink(id) => missing(id),
            Self::MissingLane(id) => missing(id),
            Self::MissingStage(id) => missing(id),
            Self::MissingPersona(id) => missing(id),
            Self::MissingPromise(id) => missing(id),
            Self::IdInUse(id) => crate::tr!("model-edit-id-in-use", id = id.as_str()),
            Self::LaneNotEmpty { lane, count } => crate::tr!(
                "model-edit-lane-not-empty",
                lane = lane.0.to_string(),
                count = *count
            ),
            Self::StageNotEmpty { stage, count } => crate::tr!(
                "model-edit-stage-not-empty",
                stage = stage.0.to_string(),
                count = *count
            ),
            Self::OutOfRange { index, len } => {
                crate::tr!("model-edit-out-of-range", index = *index, len = *len)
            }
            Self::NotFinite => crate::tr!("model-edit-not-finite"),
            Self::DuplicateTag => crate::tr!("model-edit-duplicate-tag"),
            Self::OverLimit(error) => {
                crate::tr!("model-edit-over-limit", error = error.to_string())
            }
        };
        f.write_str(&text)
    }
}

impl Journey {
    /// Applies `edit` and returns the edit that undoes it.
    ///
    /// When the edit does not fit the journey, nothing changes and the error says why.
    pub fn apply(&mut self, edit: Edit) -> Result<Edit, EditError> {
        self.check_limits(&edit)?;
        // A batch's edits note themselves, one by one.
        let touched = (!matches!(edit, Edit::Batch(_))).then(|| super::touched::Touched::of(&edit));
        let inverse = self.apply_one(edit)?;
        self.revision += 1;
        if let Some(mut touched) = touched {
            // The inverse names what went with the edit: a removed touchpoint's links.
            touched.add(&inverse);
            self.note_touched(touched);
        } else {
            self.note_touched(super::touched::Touched::default());
        }
        Ok(inverse)
    }

    fn apply_one(&mut self, edit: Edit) -> Result<Edit, EditError> {
        match edit {
            Edit::Batch(edits) => self.apply_batch(edits),
            Edit::SetInfo { title, description } => {
                let title = std::mem::replace(&mut self.title, title);
                let description = std::mem::replace(&mut self.description, description);
                Ok(Edit::SetInfo { title, description })
            }

            Edit::AddLane { index, lane } => {
                if self.lane(lane.id).is_some() {
                    return Err(EditError::IdInUse(lane.id.to_string()));
                }
                check_index(index, self.lanes.len() + 1)?;
                IdSource::bump(&mut self.counters.lane, lane.id.0);
                let id = lane.id;
                self.lanes.insert(index, lane);
                Ok(Edit::RemoveLane(id))
            }
            Edit::RemoveLane(id) => {
                let index = self.lane_index(id).ok_or(EditError::MissingLane(id))?;
                let count = self.touchpoints_in_lane(id).count();
                if count > 0 {
                    return Err(EditError::LaneNotEmpty { lane: id, count });
                }
                let lane = self.lanes.remove(index);
                Ok(Edit::AddLane { index, lane })
            }
            Edit::SetLane { id, name, kind } => {
                let lane = self
                    .lanes
                    .iter_mut()
                    .find(|lane| lane.id == id)
                    .ok_or(EditError::MissingLane(id))?;
                let name = std::mem::replace(&mut lane.name, name);
                let kind = std::mem::replace(&mut lane.kind, kind);
                Ok(Edit::SetLane { id, name, kind })
            }
            Edit::MoveLane { id, index } => {
                let old = self.lane_index(id).ok_or(EditError::MissingLane(id))?;
                check_index(index, self.lanes.len())?;
                let lane = self.lanes.remove(old);
                self.lanes.insert(index, lane);
                Ok(Edit::MoveLane { id, index: old })
            }

            Edit::AddStage { index, stage } => {
                if self.stage(stage.id).is_some() {
                    return Err(EditError::IdInUse(stage.id.to_string()));
                }
                check_index(index, self.stages.len() + 1)?;
                IdSource::bump(&mut self.counters.stage, stage.id.0);
                let id = stage.id;
                self.stages.insert(index, stage);
                Ok(Edit::RemoveStage(id))
            }
            Edit::RemoveStage(id) => {
                let index = self.stage_index(id).ok_or(EditError::MissingStage(id))?;
                let count = self.touchpoints_in_stage(id).count();
                if count > 0 {
                    return Err(EditError::StageNotEmpty { stage: id, count });
                }
                let stage = self.stages.remove(index);
                Ok(Edit::AddStage { index, stage })
            }
            Edit::RenameStage { id, name } => {
                let stage = self
                    .stages
                    .iter_mut()
                    .find(|stage| stage.id == id)
                    .ok_or(EditError::MissingStage(id))?;
                let name = std::mem::replace(&mut stage.name, name);
                Ok(Edit::RenameStage { id, name })
            }
            Edit::MoveStage { id, index } => {
                let old = self.stage_index(id).ok_or(EditError::MissingStage(id))?;
                check_index(index, self.stages.len())?;
                let stage = self.stages.remove(old);
                self.stages.insert(index, stage);
                Ok(Edit::MoveStage { id, index: old })
            }

            Edit::AddTouchpoint(touchpoint) => self.add_touchpoint(*touchpoint),
            Edit::RemoveTouchpoint(id) => self.remove_touchpoint(id),
            Edit::UpdateTouchpoint { id, change } => self.update_touchpoint(id, change),
            Edit::AddObservation {
                touchpoint,
                index,
                observation,
            } => {
                let observations = &mut self.touchpoint_mut(touchpoint)?.observations;
                check_index(index, observations.len() + 1)?;
                observations.insert(index, observation);
                Ok(Edit::RemoveObservation { touchpoint, index })
            }
            Edit::RemoveObservation { touchpoint, index } => {
                let observations = &mut self.touchpoint_mut(touchpoint)?.observations;
                check_index(index, observations.len())?;
                let observation = observations.remove(index);
                Ok(Edit::AddObservation {
                    touchpoint,
                    index,
                    observation,
                })
            }

            Edit::AddLink(link) => {
                if self.edges.contains_key(&link.id) {
                    return Err(EditError::IdInUse(link.id.to_string()));
                }
                for end in [link.from, link.to] {
                    if !self.nodes.contains_key(&end) {
                        return Err(EditError::MissingTouchpoint(end));
                    }
                }
                let id = link.id;
                self.insert_link(link);
                Ok(Edit::RemoveLink(id))
            }
            Edit::RemoveLink(id) => {
                let edge = self.edges.remove(&id).ok_or(EditError::MissingLink(id))?;
                let link = self
                    .graph
                    .remove_edge(edge)
                    .ok_or(EditError::MissingLink(id))?;
                Ok(Edit::AddLink(link))
            }
            Edit::SetLink { id, kind, label } => {
                let edge = *self.edges.get(&id).ok_or(EditError::MissingLink(id))?;
                let link = self
                    .graph
                    .edge_weight_mut(edge)
                    .ok_or(EditError::MissingLink(id))?;
                let kind = std::mem::replace(&mut link.kind, kind);
                let label = std::mem::replace(&mut link.label, label);
                Ok(Edit::SetLink { id, kind, label })
            }

            Edit::AddPersona(persona) => {
                let Err(index) = self.personas.binary_search_by_key(&persona.id, |p| p.id) else {
                    return Err(EditError::IdInUse(persona.id.to_string()));
                };
                self.check_touchpoints(&persona.path)?;
                IdSource::bump(&mut self.counters.persona, persona.id.0);
                let id = persona.id;
                self.personas.insert(index, persona);
                Ok(Edit::RemovePersona(id))
            }
            Edit::RemovePersona(id) => {
                let index = self
                    .personas
                    .binary_search_by_key(&id, |p| p.id)
                    .map_err(|_| EditError::MissingPersona(id))?;
                Ok(Edit::AddPersona(self.personas.remove(index)))
            }
            Edit::SetPersona(persona) => {
                let index = self
                    .personas
                    .binary_search_by_key(&persona.id, |p| p.id)
                    .map_err(|_| EditError::MissingPersona(persona.id))?;
                self.check_touchpoints(&persona.path)?;
                Ok(Edit::SetPersona(std::mem::replace(
                    &mut self.personas[index],
                    persona,
                )))
            }

            Edit::AddIdea { index, idea } => {
                check_index(index, self.parking_lot.len() + 1)?;
                self.parking_lot.insert(index, idea);
                Ok(Edit::RemoveIdea(index))
            }
            Edit::RemoveIdea(index) => {
                check_index(index, self.parking_lot.len())?;
                let idea = self.parking_lot.remove(index);
                Ok(Edit::AddIdea { index, idea })
            }
            Edit::SetIdea { index, text } => {
                check_index(index, self.parking_lot.len())?;
                let text = std::mem::replace(&mut self.parking_lot[index].text, text);
                Ok(Edit::SetIdea { index, text })
            }

            Edit::AddPromise(promise) => {
                let Err(index) = self.promises.binary_search_by_key(&promise.id, |p| p.id) else {
                    return Err(EditError::IdInUse(promise.id.to_string()));
                };
                self.check_touchpoints(&promise.redeemed_by)?;
                self.check_touchpoints(&promise.secured_by)?;
                IdSource::bump(&mut self.counters.promise, promise.id.0);
                let id = promise.id;
                self.promises.insert(index, promise);
                Ok(Edit::RemovePromise(id))
            }
            Edit::RemovePromise(id) => {
                let index = self
                    .promises
                    .binary_search_by_key(&id, |p| p.id)
                    .map_err(|_| EditError::MissingPromise(id))?;
                Ok(Edit::AddPromise(self.promises.remove(index)))
            }
            Edit::SetPromise(promise) => {
                let index = self
                    .promises
                    .binary_search_by_key(&promise.id, |p| p.id)
                    .map_err(|_| EditError::MissingPromise(promise.id))?;
                self.check_touchpoints(&promise.redeemed_by)?;
                self.check_touchpoints(&promise.secured_by)?;
                Ok(Edit::SetPromise(std::mem::replace(
                    &mut self.promises[index],
                    promise,
                )))
            }
        }
    }

    /// Applies every edit in order; if one fails, undoes the ones before it.
    /// Refuses an edit that would take the map over one of its [`limits`]. A batch is
    /// checked edit by edit as it is applied.
    fn check_limits(&self, edit: &Edit) -> Result<(), LimitError> {
        let room = |what, count: usize, limit| limits::count(what, count + 1, limit);
        match edit {
            Edit::Batch(_) => Ok(()),
            Edit::SetInfo { title, description } => {
                limits::name(Part::Title, title)?;
                limits::text(Part::Description, description)
            }
            Edit::AddLane { lane, .. } => {
                room(Part::Lanes, self.lanes.len(), MAX_LANES)?;
                lane.check_limits()
            }
            Edit::SetLane { name, .. } | Edit::RenameStage { name, .. } => {
                limits::name(Part::Name, name)
            }
            Edit::AddStage { stage, .. } => {
                room(Part::Stages, self.stages.len(), MAX_LANES)?;
                stage.check_limits()
            }
            Edit::AddTouchpoint(touchpoint) => {
                room(Part::Touchpoints, self.nodes.len(), MAX_TOUCHPOINTS)?;
                touchpoint.check_limits()
            }
            Edit::UpdateTouchpoint { change, .. } => match change {
                TouchpointChange::Title(text) => limits::name(Part::Title, text),
                TouchpointChange::Description(text) => limits::text(Part::Description, text),
                TouchpointChange::Actor(text) => limits::name(Part::Actor, text),
                TouchpointChange::Owner(text) => limits::name(Part::Owner, text),
                TouchpointChange::Tag { tag: Some(tag), .. } => {
                    limits::text(Part::TermsNote, &tag.note)
                }
                _ => Ok(()),
            },
            Edit::AddObservation {
                touchpoint,
                observation,
                ..
            } => {
                let count = self
                    .touchpoint(*touchpoint)
                    .map_or(0, |t| t.observations.len());
                room(Part::Observations, count, MAX_ENTRIES)?;
                observation.check_limits()
            }
            Edit::AddLink(link) => {
                room(Part::Links, self.edges.len(), MAX_LINKS)?;
                link.check_limits()
            }
            Edit::SetLink { label, .. } => limits::name(Part::Label, label),
            Edit::AddPersona(persona) => {
                room(Part::Personas, self.personas.len(), MAX_ENTRIES)?;
                persona.check_limits()
            }
            Edit::SetPersona(persona) => persona.check_limits(),
            Edit::AddPromise(promise) => {
                room(Part::Promises, self.promises.len(), MAX_ENTRIES)?;
                promise.check_limits()
            }
            Edit::SetPromise(promise) => promise.check_limits(),
            Edit::AddIdea { idea, .. } => {
                room(Part::Ideas, self.parking_lot.len(), MAX_ENTRIES)?;
                idea.check_limits()
            }
            Edit::SetIdea { text, .. } => limits::text(Part::Text, text),
            Edit::RemoveLane(_)
            | Edit::MoveLane { .. }
            | Edit::RemoveStage(_)
            | Edit::MoveStage { .. }
            | Edit::RemoveTouchpoint(_)
            | Edit::RemoveObservation { .. }
            | Edit::RemoveLink(_)
            | Edit::RemovePersona(_)
            | Edit::RemovePromise(_)
            | Edit::RemoveIdea(_) => Ok(()),
        }
    }

    fn apply_batch(&mut self, edits: Vec<Edit>) -> Result<Edit, EditError> {
        let mut inverses = Vec::with_capacity(edits.len());
        for edit in edits {
            match self.apply(edit) {
                Ok(inverse) => inverses.push(inverse),
                Err(error) => {
                    for inverse in inverses.into_iter().rev() {
                        // Each inverse was produced by the edit just applied, so it fits.
                        let undone = self.apply(inverse);
                        debug_assert!(undone.is_ok(), "a rollback did not fit: {undone:?}");
                    }
                    return Err(error);
                }
            }
        }
        inverses.reverse();
        Ok(Edit::Batch(inverses))
    }

    fn add_touchpoint(&mut self, touchpoint: Touchpoint) -> Result<Edit, EditError> {
        if self.nodes.contains_key(&touchpoint.id) {
            return Err(EditError::IdInUse(touchpoint.id.to_string()));
        }
        self.check_place(touchpoint.lane, touchpoint.stage, touchpoint.x)?;
        let mut areas: Vec<TermsArea> = touchpoint.terms.iter().map(|tag| tag.area).collect();
        areas.sort();
        if areas.windows(2).any(|pair| pair[0] == pair[1]) {
            return Err(EditError::DuplicateTag);
        }
        let id = touchpoint.id;
        self.insert_touchpoint(touchpoint);
        Ok(Edit::RemoveTouchpoint(id))
    }

    fn remove_touchpoint(&mut self, id: TouchpointId) -> Result<Edit, EditError> {
        let node = *self
            .nodes
            .get(&id)
            .ok_or(EditError::MissingTouchpoint(id))?;
        let links: Vec<Link> = self.links_of(id).into_iter().cloned().collect();
        let mut restore = Vec::new();
        for persona in &mut self.personas {
            if persona.path.contains(&id) {
                restore.push(Edit::SetPersona(persona.clone()));
                persona.path.retain(|&t| t != id);
            }
        }
        for promise in &mut self.promises {
            if promise.refers_to(id) {
                restore.push(Edit::SetPromise(promise.clone()));
                promise.redeemed_by.retain(|&t| t != id);
                promise.secured_by.retain(|&t| t != id);
            }
        }
        for link in &links {
            self.edges.remove(&link.id);
        }
        self.nodes.remove(&id);
        // Removing the node removes its edges from the graph too.
        let touchpoint = self
            .graph
            .remove_node(node)
            .ok_or(EditError::MissingTouchpoint(id))?;

        let mut inverse = vec![Edit::AddTouchpoint(Box::new(touchpoint))];
        inverse.extend(links.into_iter().map(Edit::AddLink));
        inverse.extend(restore);
        Ok(Edit::Batch(inverse))
    }

    fn update_touchpoint(
        &mut self,
        id: TouchpointId,
        change: TouchpointChange,
    ) -> Result<Edit, EditError> {
        if let TouchpointChange::Place { lane, stage, x } = change {
            self.check_place(lane, stage, x)?;
        }
        let touchpoint = self.touchpoint_mut(id)?;
        let old = match change {
            TouchpointChange::Title(value) => {
                TouchpointChange::Title(std::mem::replace(&mut touchpoint.title, value))
            }
            TouchpointChange::Description(value) => {
                TouchpointChange::Description(std::mem::replace(&mut touchpoint.description, value))
            }
            TouchpointChange::Actor(value) => {
                TouchpointChange::Actor(std::mem::replace(&mut touchpoint.actor, value))
            }
            TouchpointChange::Owner(value) => {
                TouchpointChange::Owner(std::mem::replace(&mut touchpoint.owner, value))
            }
            TouchpointChange::Channel(value) => {
                TouchpointChange::Channel(std::mem::replace(&mut touchpoint.channel, value))
            }
            TouchpointChange::Emotion(value) => {
                TouchpointChange::Emotion(std::mem::replace(&mut touchpoint.emotion, value))
            }
            TouchpointChange::EmployeeExperience(value) => TouchpointChange::EmployeeExperience(
                std::mem::replace(&mut touchpoint.employee_experience, value),
            ),
            TouchpointChange::Evidence(value) => {
                TouchpointChange::Evidence(std::mem::replace(&mut touchpoint.evidence, value))
            }
            TouchpointChange::Place { lane, stage, x } => {
                let old = TouchpointChange::Place {
                    lane: touchpoint.lane,
                    stage: touchpoint.stage,
                    x: touchpoint.x,
                };
                touchpoint.lane = lane;
                touchpoint.stage = stage;
                touchpoint.x = x;
                old
            }
            TouchpointChange::Tag { area, tag } => TouchpointChange::Tag {
                area,
                tag: touchpoint.set_tag(area, tag),
            },
        };
        Ok(Edit::UpdateTouchpoint { id, change: old })
    }

    fn touchpoint_mut(&mut self, id: TouchpointId) -> Result<&mut Touchpoint, EditError> {
        let node = *self
            .nodes
            .get(&id)
            .ok_or(EditError::MissingTouchpoint(id))?;
        self.graph
            .node_weight_mut(node)
            .ok_or(EditError::MissingTouchpoint(id))
    }

    fn check_place(&self, lane: LaneId, stage: StageId, x: f32) -> Result<(), EditError> {
        if self.lane(lane).is_none() {
            return Err(EditError::MissingLane(lane));
        }
        if self.stage(stage).is_none() {
            return Err(EditError::MissingStage(stage));
        }
        if !Touchpoint::is_drawable_x(x) {
            return Err(EditError::NotFinite);
        }
        Ok(())
    }

    fn check_touchpoints(&self, ids: &[TouchpointId]) -> Result<(), EditError> {
        match ids.iter().find(|id| !self.nodes.contains_key(id)) {
            Some(&id) => Err(EditError::MissingTouchpoint(id)),
            None => Ok(()),
        }
    }
}

fn check_index(index: usize, len: usize) -> Result<(), EditError> {
    if index < len {
        Ok(())
    } else {
        Err(EditError::OutOfRange { index, len })
    }
}
