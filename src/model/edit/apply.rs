//! Applying an edit to a journey: each edit performed, or refused before anything
//! changes, with the edit that undoes it; a batch applied as one, or not at all. Changes to
//! touchpoints are in `touchpoints.rs`.

use super::{Edit, EditError};
use crate::model::ids::IdSource;
use crate::model::journey::Journey;
use crate::model::touched::Touched;

impl Journey {
    /// Applies `edit` and returns the edit that undoes it.
    ///
    /// When the edit does not fit the journey, nothing changes and the error says why.
    pub fn apply(&mut self, edit: Edit) -> Result<Edit, EditError> {
        self.check_limits(&edit)?;
        // A batch's edits note themselves, one by one.
        let touched = (!matches!(edit, Edit::Batch(_))).then(|| Touched::of(&edit));
        let inverse = self.apply_one(edit)?;
        self.revision += 1;
        if let Some(mut touched) = touched {
            // The inverse names what went with the edit: a removed touchpoint's links.
            touched.add(&inverse);
            self.note_touched(touched);
        } else {
            self.note_touched(Touched::default());
        }
        Ok(inverse)
    }

    fn apply_one(&mut self, edit: Edit) -> Result<Edit, EditError> {
        match edit {
            Edit::Batch(edits) => self.apply_batch(edits),
            Edit::Replace(document) => self.replace_with(*document),
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
                self.check_touchpoints(&[link.from, link.to])?;
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
            Edit::SetFeedback(sources) => Ok(Edit::SetFeedback(std::mem::replace(
                &mut self.feedback,
                sources,
            ))),

            Edit::AddPromise(promise) => {
                let Err(index) = self.promises.binary_search_by_key(&promise.id, |p| p.id) else {
                    return Err(EditError::IdInUse(promise.id.to_string()));
                };
                self.check_touchpoints(promise.redeemed_by.iter().chain(&promise.secured_by))?;
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
                self.check_touchpoints(promise.redeemed_by.iter().chain(&promise.secured_by))?;
                Ok(Edit::SetPromise(std::mem::replace(
                    &mut self.promises[index],
                    promise,
                )))
            }
        }
    }

    /// Applies every edit in order; if one fails, undoes the ones before it.
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
}

fn check_index(index: usize, len: usize) -> Result<(), EditError> {
    if index < len {
        Ok(())
    } else {
        Err(EditError::OutOfRange { index, len })
    }
}
