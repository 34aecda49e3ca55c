//! What the pointer does on the empty canvas: dragging pans or draws a selection
//! rectangle, a click selects the link under it or clears the selection, a double click
//! makes a card; far out, a click goes in close.

use egui::{PointerButton, Pos2, Rect};

use super::hit;
use super::interaction::{CanvasResponse, Interaction, LINK_TOLERANCE};
use super::view::Drag;
use crate::model::layout::tidy::Slots;
use crate::model::layout::{CARD_SIZE, LANE_HEADER_WIDTH, Layout, STAGE_PADDING};
use crate::model::{Edit, Journey, Touchpoint, TouchpointId};
use crate::ui::Requests;
use crate::ui::selection::Selection;

/// Does what the pointer does on the canvas where there is no card.
pub(super) fn background(canvas: &mut Interaction<'_>, response: &mut CanvasResponse) {
    let toggle = canvas.toggle();
    let view = &mut *canvas.view;
    let selection = &mut *canvas.selection;
    let (ui, layout, background) = (canvas.ui, canvas.layout, canvas.background);
    let pointer = background
        .interact_pointer_pos()
        .or_else(|| ui.input(|i| i.pointer.interact_pos()))
        .map(|pos| view.map_from_screen(pos));
    if background.drag_started() {
        let (primary, modifiers) =
            ui.input(|i| (i.pointer.button_down(PointerButton::Primary), i.modifiers));
        view.drag = match pointer {
            // Shift-drag: a selection rectangle that replaces the selection; Ctrl-drag
            // (Cmd on a Mac): one that adds to it; plain drag: pan.
            Some(start) if primary && toggle => Some(Drag::Band {
                start,
                end: start,
                additive: modifiers.command,
            }),
            _ => Some(Drag::Pan),
        };
    }
    if background.dragged() {
        match &mut view.drag {
            Some(Drag::Pan) => view.screen_from_map.translation += background.drag_delta(),
            Some(Drag::Band { end, .. }) => {
                if let Some(pos) = pointer {
                    *end = pos;
                }
            }
            _ => {}
        }
    }
    if background.drag_stopped() {
        if let Some(Drag::Band {
            start,
            end,
            additive,
        }) = view.drag.take()
        {
            if !additive {
                selection.clear();
            }
            selection
                .touchpoints
                .extend(hit::cards_in(layout, Rect::from_two_pos(start, end)));
        }
        view.drag = None;
    }
    if canvas.overview_at(canvas.view.zoom()) {
        // Far out, a click goes in close: to the card under it, or to where it fell.
        if background.clicked()
            && let Some(pos) = pointer
        {
            let card = hit::card_at(layout, pos).and_then(|id| layout.cards.get(&id).copied());
            canvas
                .view
                .center_on(card.unwrap_or(Rect::from_center_size(pos, CARD_SIZE)));
        }
        return;
    }
    let view = &mut *canvas.view;
    let selection = &mut *canvas.selection;
    if background.clicked() {
        // The link under the click itself, not the one hovered last frame: a first click
        // (on a touch screen, or after the view moved) has no hover before it.
        let clicked_link =
            pointer.and_then(|pos| hit::link_at(layout, pos, LINK_TOLERANCE / view.zoom()));
        match clicked_link {
            Some(link) => selection.click_link(link, toggle),
            None if !toggle => selection.clear(),
            None => {}
        }
    }
    if background.double_clicked()
        && let Some(pos) = pointer
        && let Some(id) = create_at(canvas.journey, layout, canvas.requests, pos)
    {
        *selection = Selection::touchpoint(id);
        response.edit_title = Some(id);
    }
}

/// Asks for a new touchpoint at `pos` (map units), in the lane and stage found there.
fn create_at(
    journey: &Journey,
    layout: &Layout,
    requests: &mut Requests,
    pos: Pos2,
) -> Option<TouchpointId> {
    if pos.x < LANE_HEADER_WIDTH || pos.y < layout.stage_header {
        return None;
    }
    let band = layout.lane_at(pos.y)?;
    let column = layout.stage_at(pos.x)?;
    let id = requests.ids.touchpoint();
    // The title a new touchpoint starts with, selected so typing replaces it.
    let mut touchpoint = Touchpoint::new(id, crate::tr!("canvas-new-title"), band.id, column.id);
    // The free place nearest to where the click was: never on top of another card.
    let wanted = (pos.x - column.rect.left() - STAGE_PADDING - CARD_SIZE.x / 2.0).max(0.0);
    touchpoint.x = Slots::new(journey)
        .near(band.id, column.id, wanted, id)
        .min(Touchpoint::MAX_X);
    if journey
        .lane(band.id)
        .is_some_and(|lane| lane.kind == crate::model::LaneKind::Customer)
    {
        touchpoint.actor = crate::tr!("canvas-new-actor-customer");
    }
    requests.edit(
        Edit::AddTouchpoint(Box::new(touchpoint)),
        crate::tr!("canvas-edit-add"),
    );
    Some(id)
}
