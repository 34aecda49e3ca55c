//! Moving cards with the mouse: dragging the selected cards by one of them, and where
//! they land when the drag lets go, on a card or anywhere else.

use egui::{PointerButton, Rect, Response, Vec2};

use super::interaction::Interaction;
use super::view::Drag;
use crate::model::layout::tidy::Slots;
use crate::model::layout::{Layout, STAGE_PADDING};
use crate::model::{Edit, Journey, Touchpoint, TouchpointChange, TouchpointId};
use crate::ui::selection::Selection;

/// How far the cards being moved have gone so far (map units): nothing when none are.
pub(super) fn offset(drag: Option<&Drag>) -> Vec2 {
    match drag {
        Some(Drag::Move { offset }) => *offset,
        _ => Vec2::ZERO,
    }
}

/// Dragging `card` with the primary button moves the selected cards (taking it into the
/// selection first); with the middle or secondary button, it pans. `zoom` is the view's
/// as the frame found it.
pub(super) fn drag_card(
    canvas: &mut Interaction<'_>,
    card: &Response,
    id: TouchpointId,
    toggle: bool,
    zoom: f32,
) {
    let view = &mut *canvas.view;
    let selection = &mut *canvas.selection;
    if card.drag_started_by(PointerButton::Primary) {
        if !selection.touchpoints.contains(&id) {
            if toggle {
                selection.touchpoints.insert(id);
            } else {
                *selection = Selection::touchpoint(id);
            }
        }
        view.drag = Some(Drag::Move { offset: Vec2::ZERO });
    }
    if card.dragged_by(PointerButton::Middle) || card.dragged_by(PointerButton::Secondary) {
        view.screen_from_map.translation += card.drag_delta();
    }
    if card.dragged_by(PointerButton::Primary)
        && let Some(Drag::Move { offset }) = &mut view.drag
    {
        *offset += card.drag_delta() / zoom;
    }
    if card.drag_stopped()
        && let Some(Drag::Move { offset }) = view.drag.take()
        && let Some(edit) = moved(canvas.journey, canvas.layout, selection, offset)
    {
        let label = if selection.touchpoints.len() == 1 {
            crate::tr!("canvas-edit-move-one")
        } else {
            crate::tr!("canvas-edit-move")
        };
        canvas.requests.edit(edit, label);
    }
}

/// A drag let go of away from any card (over a panel, outside the window, or after its
/// card scrolled off the canvas) still ends: the cards land, a link drawn to nowhere is
/// dropped.
pub(super) fn end_drag_let_go(canvas: &mut Interaction<'_>) {
    if canvas.ui.input(|i| i.pointer.any_down()) {
        return;
    }
    match canvas.view.drag.take() {
        Some(Drag::Move { offset }) => {
            if let Some(edit) = moved(canvas.journey, canvas.layout, canvas.selection, offset) {
                canvas.requests.edit(edit, crate::tr!("canvas-edit-move"));
            }
        }
        Some(Drag::Link { .. }) => {}
        other => canvas.view.drag = other,
    }
}

/// The edit that puts the selected cards where they were dropped, `offset` from where
/// they were: into the lane and stage under each card's centre, at the free place nearest
/// to where it was dropped (never on top of another card).
fn moved(journey: &Journey, layout: &Layout, selection: &Selection, offset: Vec2) -> Option<Edit> {
    if offset == Vec2::ZERO {
        return None;
    }
    let mut slots = Slots::new(journey);
    // The cards being moved leave their places first, so they can take one another's;
    // they are placed from left to right.
    let mut moving: Vec<TouchpointId> = selection.touchpoints.iter().copied().collect();
    moving.sort_by(|a, b| {
        let left = |id| layout.cards.get(id).map_or(0.0, |r: &Rect| r.left());
        left(a).total_cmp(&left(b))
    });
    for &id in &moving {
        slots.remove(id);
    }
    let (first_lane, last_lane) = (layout.lanes.first()?, layout.lanes.last()?);
    let (first_stage, last_stage) = (layout.stages.first()?, layout.stages.last()?);
    let mut edits = Vec::new();
    for id in moving {
        let (Some(touchpoint), Some(rect)) = (journey.touchpoint(id), layout.cards.get(&id)) else {
            continue;
        };
        let rect = rect.translate(offset);
        // Dropped beyond the map, a card goes to the nearest lane and stage.
        let y = rect
            .center()
            .y
            .clamp(first_lane.rect.top(), last_lane.rect.bottom() - 1.0);
        let x = rect
            .center()
            .x
            .clamp(first_stage.rect.left(), last_stage.rect.right() - 1.0);
        let (Some(band), Some(column)) = (layout.lane_at(y), layout.stage_at(x)) else {
            continue;
        };
        let wanted = (rect.left() - column.rect.left() - STAGE_PADDING).max(0.0);
        let x = slots
            .near(band.id, column.id, wanted, id)
            .min(Touchpoint::MAX_X);
        slots.put(id, band.id, column.id, x);
        if (band.id, column.id, x) != (touchpoint.lane, touchpoint.stage, touchpoint.x) {
            edits.push(Edit::UpdateTouchpoint {
                id,
                change: TouchpointChange::Place {
                    lane: band.id,
                    stage: column.id,
                    x,
                },
            });
        }
    }
    (!edits.is_empty()).then_some(Edit::Batch(edits))
}
