//! What the mouse and keys do on the canvas each frame, one concern after another:
//! the cards (`on_card`), the accessibility tree (`accessibility`), a drag let go of
//! anywhere (`moving`), the empty canvas (`background`), zooming, the link under the
//! pointer, and the keys (`keys`).
//!
//! Changes to the map become requests; selection and view changes happen in place.

use super::interaction::{CanvasResponse, Interaction, LINK_TOLERANCE};
use super::view::ZOOM_STEP;
use super::{accessibility, background, hit, moving, on_card};
use crate::model::TouchpointId;

/// Handles the mouse and keys on the canvas for one frame.
pub(super) fn interact(canvas: &mut Interaction<'_>) -> CanvasResponse {
    let mut response = CanvasResponse::default();
    // The zoom and the pointer as the frame found them, before anything here moves the
    // view.
    let zoom = canvas.view.zoom();
    let pointer_in_map = canvas
        .ui
        .input(|i| i.pointer.hover_pos())
        .map(|pos| canvas.view.map_from_screen(pos));

    let in_sight = cards_in_sight(canvas, zoom);
    let cards = on_card::cards(canvas, &in_sight, zoom, &mut response);
    canvas.view.hovered_card = cards.hovered;
    accessibility::name_cards_out_of_sight(canvas, in_sight, cards.screen_reader);
    moving::end_drag_let_go(canvas);
    background::background(canvas, &mut response);
    zoom_and_scroll(canvas);
    hover_link(canvas, pointer_in_map, zoom, cards.hovered);
    keys(canvas, &mut response);
    response
}

/// The cards that can be under the pointer: those on the canvas, and those being dragged.
/// In the overview, cards are counted, not drawn: a click on the canvas goes in close
/// (see `background`), and no card is a widget of its own.
fn cards_in_sight(canvas: &Interaction<'_>, zoom: f32) -> Vec<TouchpointId> {
    if canvas.overview_at(zoom) {
        return Vec::new();
    }
    let view = &canvas.view;
    let mut in_sight = canvas
        .layout
        .cards_touching(view.screen_from_map.inverse().mul_rect(canvas.rect));
    if view.drag.is_some() {
        in_sight.extend(canvas.selection.touchpoints.iter().copied());
        in_sight.sort_unstable();
        in_sight.dedup();
    }
    in_sight
}

/// Zoom with Ctrl+wheel or pinch, around the pointer; the wheel alone pans.
fn zoom_and_scroll(canvas: &mut Interaction<'_>) {
    if !canvas.ui.rect_contains_pointer(canvas.rect) {
        return;
    }
    let (zoom_delta, scroll, pointer) = canvas
        .ui
        .input(|i| (i.zoom_delta(), i.smooth_scroll_delta, i.pointer.hover_pos()));
    if let Some(pointer) = pointer
        && zoom_delta != 1.0
    {
        // A notch of the wheel is one even step, however far the system says it went;
        // a pinch, in small steps, is followed as it is.
        let factor = zoom_delta.clamp(1.0 / ZOOM_STEP, ZOOM_STEP);
        canvas.view.zoom_around(pointer, factor);
    }
    canvas.view.screen_from_map.translation += scroll;
}

/// The link under the pointer, where it is on no card: drawn stronger, and clicked by a
/// click there. `pointer_in_map` and `zoom` are as the frame found them.
fn hover_link(
    canvas: &mut Interaction<'_>,
    pointer_in_map: Option<egui::Pos2>,
    zoom: f32,
    hovered_card: Option<TouchpointId>,
) {
    canvas.view.hovered_link = match (canvas.background.hovered(), pointer_in_map) {
        (true, Some(pos)) if hovered_card.is_none() => {
            hit::link_at(canvas.layout, pos, LINK_TOLERANCE / zoom)
        }
        _ => None,
    };
}

/// The map's keys, when the canvas takes them and no text field does.
fn keys(canvas: &mut Interaction<'_>, response: &mut CanvasResponse) {
    if canvas.keyboard
        && !canvas.ui.ctx().egui_wants_keyboard_input()
        && let Some(id) = super::keys::keys(
            canvas.ui,
            canvas.journey,
            canvas.layout,
            canvas.view,
            canvas.selection,
            canvas.requests,
        )
    {
        response.edit_title = Some(id);
    }
}
