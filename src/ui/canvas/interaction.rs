//! What handling the mouse and keys on the canvas reads and changes in a frame
//! ([`Interaction`]), and what it tells the app ([`CanvasResponse`]).

use egui::{Rect, Response, Ui};

use super::scene::OVERVIEW_BELOW_ZOOM;
use super::view::CanvasView;
use crate::model::feedback::Summary;
use crate::model::layout::Layout;
use crate::model::{Journey, TouchpointId};
use crate::ui::Requests;
use crate::ui::selection::Selection;

/// How close the pointer must be to a link to click it, in screen points.
pub(super) const LINK_TOLERANCE: f32 = 6.0;

/// What happened on the canvas that the app must follow up.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CanvasResponse {
    /// A touchpoint was created or double-clicked: its title should be edited now.
    pub edit_title: Option<TouchpointId>,
    /// A card was clicked (for recording a persona's path, say).
    pub clicked_card: Option<TouchpointId>,
}

/// The canvas's whole context while the mouse and keys are handled: what is shown, the
/// view state they change in place, and where changes to the map are asked for.
pub(super) struct Interaction<'a> {
    pub ui: &'a Ui,
    pub journey: &'a Journey,
    /// What customers and employees measured, when the map has feedback.
    pub feedback: Option<&'a Summary>,
    pub layout: &'a Layout,
    pub view: &'a mut CanvasView,
    pub selection: &'a mut Selection,
    pub requests: &'a mut Requests,
    /// The canvas on screen.
    pub rect: Rect,
    /// The canvas's own widget: what the pointer does where there is no card.
    pub background: &'a Response,
    /// Whether the canvas takes keys (see `CanvasOptions::keyboard`).
    pub keyboard: bool,
}

impl Interaction<'_> {
    /// Whether Shift or Ctrl (Cmd on a Mac) is held: a click adds to the selection, or
    /// takes from it, rather than replacing it.
    pub fn toggle(&self) -> bool {
        self.ui.input(|i| i.modifiers.shift || i.modifiers.command)
    }

    /// Whether the map is shown as an overview at `zoom`: its cards counted, not drawn, so
    /// that no card is a widget of its own.
    pub fn overview_at(&self, zoom: f32) -> bool {
        zoom * self.layout.text_scale < OVERVIEW_BELOW_ZOOM
    }
}
