//! The limits an edit could take a map over, checked before it is applied. It says which
//! limit is crossed; applying or refusing the edit is `apply.rs`'s work.

use super::{Edit, TouchpointChange};
use crate::model::journey::Journey;
use crate::model::journey::rules::{self, List};
use crate::model::limits::{self, Bounded as _, LimitError, Part};

impl Journey {
    /// Refuses an edit that would take the map over one of its [`limits`]. A batch is
    /// checked edit by edit as it is applied.
    pub(super) fn check_limits(&self, edit: &Edit) -> Result<(), LimitError> {
        match edit {
            // Building the map from the document checks its limits.
            Edit::Batch(_) | Edit::Replace(_) => Ok(()),
            Edit::SetInfo { title, description } => {
                rules::title(title)?;
                rules::description(description)
            }
            Edit::AddLane { lane, .. } => {
                rules::room_for_one(List::Lanes, self.lanes.len())?;
                lane.check_limits()
            }
            Edit::SetLane { name, .. } | Edit::RenameStage { name, .. } => {
                limits::name(Part::Name, name)
            }
            Edit::AddStage { stage, .. } => {
                rules::room_for_one(List::Stages, self.stages.len())?;
                stage.check_limits()
            }
            Edit::AddTouchpoint(touchpoint) => {
                rules::room_for_one(List::Touchpoints, self.nodes.len())?;
                touchpoint.check_limits()
            }
            Edit::UpdateTouchpoint { change, .. } => match change {
                TouchpointChange::Title(text) => limits::name(Part::Title, text),
                TouchpointChange::Key(text) => limits::name(Part::Key, text),
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
                rules::room_for_one(List::Observations, count)?;
                observation.check_limits()
            }
            Edit::AddLink(link) => {
                rules::room_for_one(List::Links, self.edges.len())?;
                link.check_limits()
            }
            Edit::SetLink { label, .. } => limits::name(Part::Label, label),
            Edit::AddPersona(persona) => {
                rules::room_for_one(List::Personas, self.personas.len())?;
                persona.check_limits()
            }
            Edit::SetPersona(persona) => persona.check_limits(),
            Edit::AddPromise(promise) => {
                rules::room_for_one(List::Promises, self.promises.len())?;
                promise.check_limits()
            }
            Edit::SetPromise(promise) => promise.check_limits(),
            Edit::AddIdea { idea, .. } => {
                rules::room_for_one(List::Ideas, self.parking_lot.len())?;
                idea.check_limits()
            }
            Edit::SetIdea { text, .. } => limits::text(Part::Text, text),
            Edit::SetFeedback(sources) => rules::length(List::FeedbackSources, sources.len()),
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
}
