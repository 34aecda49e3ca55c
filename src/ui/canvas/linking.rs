//! Linking cards with the mouse: the handle on a card's right edge, and dragging out of
//! it to another card.

use egui::{Rect, Response, Sense, Vec2, vec2};

use super::hit;
use super::interaction::Interaction;
use super::view::{CanvasView, Drag};
use crate::model::{Edit, LinkKind, Touchpoint, TouchpointId};

/// The radius of the handle that starts a link, in screen points.
pub(super) const HANDLE_RADIUS: f32 = 7.0;

/// The handle to drag a new link from, on the right edge of `touchpoint`'s card (at
/// `on_screen`), while the pointer is over the card, the card is selected, or a link is
/// being drawn from it; and not in the overview. `zoom` is the view's as the frame found
/// it. Returns whether the pointer is over the handle.
pub(super) fn handle(
    canvas: &mut Interaction<'_>,
    touchpoint: &Touchpoint,
    on_screen: Rect,
    zoom: f32,
) -> bool {
    let id = touchpoint.id;
    let show_handle = !canvas.overview_at(zoom)
        && (canvas.view.hovered_card == Some(id)
            || canvas.selection.touchpoints.contains(&id)
            || is_linking_from(canvas.view, id));
    if !show_handle {
        return false;
    }
    let centre = on_screen.right_center() + vec2(HANDLE_RADIUS * 0.5, 0.0);
    let handle_rect = Rect::from_center_size(centre, Vec2::splat(HANDLE_RADIUS * 2.0 + 4.0));
    let handle = canvas.ui.interact(
        handle_rect,
        canvas.ui.scope_id().with(("handle", id)),
        Sense::drag(),
    );
    handle.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            true,
            crate::tr!("canvas-link-from", title = touchpoint.title.as_str()),
        )
    });
    let hovered = handle.hovered();
    link_drag(canvas, &handle, id);
    hovered
}

fn is_linking_from(view: &CanvasView, id: TouchpointId) -> bool {
    matches!(view.drag, Some(Drag::Link { from, .. }) if from == id)
}

/// Dragging out of a card's handle draws a link; letting go over another card makes it:
/// a Flow link, or a Support link when it starts at a hidden step.
fn link_drag(canvas: &mut Interaction<'_>, handle: &Response, from: TouchpointId) {
    let view = &mut *canvas.view;
    let pointer = handle
        .interact_pointer_pos()
        .map(|pos| view.map_from_screen(pos));
    if handle.drag_started()
        && let Some(to) = pointer
    {
        view.drag = Some(Drag::Link { from, to });
    }
    if handle.dragged()
        && let (Some(Drag::Link { to, .. }), Some(pos)) = (&mut view.drag, pointer)
    {
        *to = pos;
    }
    if handle.drag_stopped()
        && let Some(Drag::Link { from, to }) = view.drag.take()
        && let Some(target) = hit::card_at(canvas.layout, to)
        && target != from
    {
        let kind = if canvas.journey.is_visible(from) == Some(false) {
            LinkKind::Support
        } else {
            LinkKind::Flow
        };
        let link = crate::model::Link {
            id: canvas.requests.ids.link(),
            from,
            to: target,
            kind,
            label: String::new(),
        };
        canvas
            .requests
            .edit(Edit::AddLink(link), crate::tr!("canvas-edit-link"));
    }
}
