//! What the pointer does on a card: hovering, clicking and double-clicking it, and
//! through `moving` and `linking`, dragging the selected cards and a link out of its
//! handle.

use egui::{Response, Sense};

use super::accessibility::describe_card;
use super::interaction::{CanvasResponse, Interaction};
use super::{linking, moving};
use crate::model::TouchpointId;
use crate::ui::selection::Selection;

/// What the cards made of the pointer this frame.
pub(super) struct OnCards {
    /// The card the pointer is over (or over its handle).
    pub hovered: Option<TouchpointId>,
    /// Whether a screen reader listens, as a card found out while describing itself.
    pub screen_reader: bool,
}

/// Makes each card in `in_sight` a widget, and does what the pointer does on it. `zoom`
/// is the view's as the frame found it.
pub(super) fn cards(
    canvas: &mut Interaction<'_>,
    in_sight: &[TouchpointId],
    zoom: f32,
    response: &mut CanvasResponse,
) -> OnCards {
    let toggle = canvas.toggle();
    let moving = moving::offset(canvas.view.drag.as_ref());
    let journey = canvas.journey;
    let mut found = OnCards {
        hovered: None,
        screen_reader: false,
    };
    for touchpoint in in_sight.iter().filter_map(|&id| journey.touchpoint(id)) {
        let id = touchpoint.id;
        let Some(&in_map) = canvas.layout.cards.get(&id) else {
            continue;
        };
        let in_map = if canvas.selection.touchpoints.contains(&id) {
            in_map.translate(moving)
        } else {
            in_map
        };
        let on_screen = canvas.view.screen_from_map.mul_rect(in_map);
        if !on_screen.intersects(canvas.rect) {
            continue;
        }
        let card = canvas.ui.interact(
            on_screen.intersect(canvas.rect),
            canvas.ui.scope_id().with(("card", id)),
            Sense::click_and_drag(),
        );
        found.screen_reader |= describe_card(
            canvas.ui,
            &card,
            (journey, canvas.feedback),
            touchpoint,
            canvas.selection,
        );
        if card.hovered() {
            found.hovered = Some(id);
        }
        click(canvas, &card, id, toggle, response);
        moving::drag_card(canvas, &card, id, toggle, zoom);
        if linking::handle(canvas, touchpoint, on_screen, zoom) {
            found.hovered = Some(id);
        }
    }
    found
}

/// A click selects the card (with Shift or Ctrl, adds it to the selection or takes it
/// away); a double click selects it alone and asks for its title to be edited.
fn click(
    canvas: &mut Interaction<'_>,
    card: &Response,
    id: TouchpointId,
    toggle: bool,
    response: &mut CanvasResponse,
) {
    if card.clicked() {
        canvas.selection.click_touchpoint(id, toggle);
        response.clicked_card = Some(id);
    }
    if card.double_clicked() {
        *canvas.selection = Selection::touchpoint(id);
        response.edit_title = Some(id);
    }
}
