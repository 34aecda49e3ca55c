//! The inspector's view state: what its fields hold between frames, never saved.

use super::{observations, several};
use crate::model::TouchpointId;

/// The inspector's own view state, kept between frames and never saved.
#[derive(Clone, Debug, Default)]
pub struct InspectorState {
    /// On the next frame, focus this touchpoint's title field with its text selected, so
    /// typing replaces it (set when a touchpoint is created on the canvas).
    pub focus_title: Option<TouchpointId>,
    /// The observation being written, before it is added to a touchpoint.
    pub(super) observation: observations::Draft,
    /// What the fields for several touchpoints at once hold before they are applied.
    pub(super) several: several::Draft,
}
