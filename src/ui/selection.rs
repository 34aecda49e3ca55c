//! What is selected on the canvas: view state, never saved in the document.

use std::collections::BTreeSet;

use crate::model::{Journey, LinkId, TouchpointId};

/// The selected touchpoints and links.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub touchpoints: BTreeSet<TouchpointId>,
    pub links: BTreeSet<LinkId>,
}

impl Selection {
    /// Just one touchpoint.
    pub fn touchpoint(id: TouchpointId) -> Self {
        Self {
            touchpoints: BTreeSet::from([id]),
            links: BTreeSet::new(),
        }
    }

    /// Just one link.
    pub fn link(id: LinkId) -> Self {
        Self {
            touchpoints: BTreeSet::new(),
            links: BTreeSet::from([id]),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.touchpoints.is_empty() && self.links.is_empty()
    }

    pub fn clear(&mut self) {
        self.touchpoints.clear();
        self.links.clear();
    }

    /// The one touchpoint selected, when exactly one thing is.
    pub fn single_touchpoint(&self) -> Option<TouchpointId> {
        match (self.touchpoints.len(), self.links.len()) {
            (1, 0) => self.touchpoints.first().copied(),
            _ => None,
        }
    }

    /// The one link selected, when exactly one thing is.
    pub fn single_link(&self) -> Option<LinkId> {
        match (self.touchpoints.len(), self.links.len()) {
            (0, 1) => self.links.first().copied(),
            _ => None,
        }
    }

    /// Selects `id` alone, or adds it to (or takes it out of) the selection when `toggle`.
    pub fn click_touchpoint(&mut self, id: TouchpointId, toggle: bool) {
        if toggle {
            if !self.touchpoints.remove(&id) {
                self.touchpoints.insert(id);
            }
        } else {
            *self = Self::touchpoint(id);
        }
    }

    /// Selects `id` alone, or adds it to (or takes it out of) the selection when `toggle`.
    pub fn click_link(&mut self, id: LinkId, toggle: bool) {
        if toggle {
            if !self.links.remove(&id) {
                self.links.insert(id);
            }
        } else {
            *self = Self::link(id);
        }
    }

    /// Forgets whatever no longer exists in `journey` (after an undo, say).
    pub fn retain_existing(&mut self, journey: &Journey) {
        self.touchpoints
            .retain(|&id| journey.touchpoint(id).is_some());
        self.links.retain(|&id| journey.link(id).is_some());
    }
}
