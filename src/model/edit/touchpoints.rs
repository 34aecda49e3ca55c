//! Adding, removing and changing a touchpoint, and the checks an edit that names
//! touchpoints, lanes or stages must pass. Only touchpoints: the rest of an edit is applied
//! in `apply.rs`.

use super::{Edit, EditError, TouchpointChange};
use crate::model::concepts::{Link, Touchpoint};
use crate::model::ids::{LaneId, StageId, TouchpointId};
use crate::model::journey::Journey;
use crate::model::journey::rules;

impl Journey {
    pub(super) fn add_touchpoint(&mut self, touchpoint: Touchpoint) -> Result<Edit, EditError> {
        if self.nodes.contains_key(&touchpoint.id) {
            return Err(EditError::IdInUse(touchpoint.id.to_string()));
        }
        self.check_place(touchpoint.lane, touchpoint.stage, touchpoint.x)?;
        if rules::repeated_areas(&touchpoint.terms).next().is_some() {
            return Err(EditError::DuplicateTag);
        }
        let id = touchpoint.id;
        self.insert_touchpoint(touchpoint);
        Ok(Edit::RemoveTouchpoint(id))
    }

    pub(super) fn remove_touchpoint(&mut self, id: TouchpointId) -> Result<Edit, EditError> {
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

    pub(super) fn update_touchpoint(
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
            TouchpointChange::Key(value) => {
                TouchpointChange::Key(std::mem::replace(&mut touchpoint.key, value))
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

    pub(super) fn touchpoint_mut(
        &mut self,
        id: TouchpointId,
    ) -> Result<&mut Touchpoint, EditError> {
        let node = *self
            .nodes
            .get(&id)
            .ok_or(EditError::MissingTouchpoint(id))?;
        self.graph
            .node_weight_mut(node)
            .ok_or(EditError::MissingTouchpoint(id))
    }

    pub(super) fn check_place(
        &self,
        lane: LaneId,
        stage: StageId,
        x: f32,
    ) -> Result<(), EditError> {
        let has_lane = |lane| self.lane(lane).is_some();
        let has_stage = |stage| self.stage(stage).is_some();
        match rules::misplacements((lane, stage, x), has_lane, has_stage).next() {
            Some(misplaced) => Err(misplaced.into()),
            None => Ok(()),
        }
    }

    /// Refuses an edit that names a touchpoint the map does not have.
    pub(super) fn check_touchpoints<'a>(
        &self,
        ids: impl IntoIterator<Item = &'a TouchpointId>,
    ) -> Result<(), EditError> {
        let exists = |id| self.nodes.contains_key(&id);
        match rules::missing_touchpoints(ids, exists).next() {
            Some(id) => Err(EditError::MissingTouchpoint(id)),
            None => Ok(()),
        }
    }
}
