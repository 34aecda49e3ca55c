//! What an edit touched: which cards and links, and whether it reached further (the
//! lanes, the stages, the order of the journey or its ratings), so that a view of a large
//! map can bring itself up to date without going over all of it.

use std::collections::BTreeSet;

use super::edit::{Edit, TouchpointChange};
use super::ids::{LinkId, TouchpointId};

/// What one or more edits touched.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Touched {
    /// Touchpoints added, removed or changed.
    pub touchpoints: BTreeSet<TouchpointId>,
    /// Links added, removed or changed.
    pub links: BTreeSet<LinkId>,
    /// Whether a rating, a place or the links between touchpoints changed: the journey's
    /// order and its emotion curves may have.
    pub ratings_or_order: bool,
    /// Whether lanes or stages changed: everything may have moved.
    pub structure: bool,
}

impl Touched {
    /// What `edit` touches (with its inverse: what removing a touchpoint takes with it).
    pub fn of(edit: &Edit) -> Self {
        let mut touched = Self::default();
        touched.add(edit);
        touched
    }

    /// Adds what `edit` touches.
    pub fn add(&mut self, edit: &Edit) {
        match edit {
            Edit::Batch(edits) => edits.iter().for_each(|edit| self.add(edit)),
            // A stage's name is read from the journey where it is drawn.
            Edit::SetInfo { .. }
            | Edit::RenameStage { .. }
            | Edit::AddPromise(_)
            | Edit::RemovePromise(_)
            | Edit::SetPromise(_)
            | Edit::AddIdea { .. }
            | Edit::RemoveIdea(_)
            | Edit::SetIdea { .. }
            | Edit::SetFeedback(_) => {}
            // The emotion row may follow a persona's path.
            Edit::AddPersona(_) | Edit::RemovePersona(_) | Edit::SetPersona(_) => {
                self.ratings_or_order = true;
            }
            // A whole map in another's place: everything may have moved.
            Edit::Replace(_) => {
                self.structure = true;
                self.ratings_or_order = true;
            }
            Edit::AddLane { .. }
            | Edit::RemoveLane(_)
            | Edit::SetLane { .. }
            | Edit::MoveLane { .. }
            | Edit::AddStage { .. }
            | Edit::RemoveStage(_)
            | Edit::MoveStage { .. } => self.structure = true,
            Edit::AddTouchpoint(touchpoint) => {
                self.touchpoints.insert(touchpoint.id);
                self.ratings_or_order = true;
            }
            Edit::RemoveTouchpoint(id) => {
                self.touchpoints.insert(*id);
                self.ratings_or_order = true;
            }
            Edit::UpdateTouchpoint { id, change } => {
                self.touchpoints.insert(*id);
                if matches!(
                    change,
                    TouchpointChange::Emotion(_)
                        | TouchpointChange::EmployeeExperience(_)
                        | TouchpointChange::Place { .. }
                ) {
                    self.ratings_or_order = true;
                }
            }
            Edit::AddObservation { touchpoint, .. }
            | Edit::RemoveObservation { touchpoint, .. } => {
                self.touchpoints.insert(*touchpoint);
            }
            Edit::AddLink(link) => {
                self.links.insert(link.id);
                self.ratings_or_order = true;
            }
            Edit::RemoveLink(id) => {
                self.links.insert(*id);
                self.ratings_or_order = true;
            }
            Edit::SetLink { id, .. } => {
                self.links.insert(*id);
                self.ratings_or_order = true;
            }
        }
    }

    /// Adds what `other` touched.
    pub fn join(&mut self, other: &Self) {
        self.touchpoints.extend(other.touchpoints.iter().copied());
        self.links.extend(other.links.iter().copied());
        self.ratings_or_order |= other.ratings_or_order;
        self.structure |= other.structure;
    }

    /// Whether nothing was touched that a layout shows.
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_journal_reaches_back_only_so_far() {
        let mut journey =
            crate::model::generate::generate(50, 1).unwrap_or_else(|e| panic!("{e:?}"));
        let start = journey.revision();
        let Some(id) = journey.touchpoints().next().map(|t| t.id) else {
            panic!("a generated map has touchpoints");
        };
        for i in 0..100 {
            let title = crate::model::TouchpointChange::Title(format!("Title {i}"));
            assert!(
                journey
                    .apply(Edit::UpdateTouchpoint { id, change: title })
                    .is_ok()
            );
        }
        assert_eq!(journey.touched_since(start), None);
        let recent = journey.touched_since(journey.revision() - 3);
        assert_eq!(recent.map(|t| t.touchpoints.len()), Some(1));
        assert_eq!(
            journey.touched_since(journey.revision()),
            Some(Touched::default())
        );
    }
}
