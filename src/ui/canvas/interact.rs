//! What the mouse and keys do on the canvas: select, drag, link, create, pan and zoom.
//!
//! Changes to the map become requests; selection and view changes happen in place.

use egui::{PointerButton, Pos2, Rect, Response, Sense, Stroke, Ui, Vec2, vec2};

use super::draw::{self, Scene};
use super::layout::{CARD_SIZE, LANE_HEADER_WIDTH, Layout, STAGE_PADDING};
use super::{CanvasResponse, CanvasView, Drag, hit};
use crate::model::layout::tidy::Slots;
use crate::model::{Edit, Journey, LinkKind, Touchpoint, TouchpointChange, TouchpointId};
use crate::ui::Requests;
use crate::ui::selection::Selection;

/// How close the pointer must be to a link to click it, in screen points.
const LINK_TOLERANCE: f32 = 6.0;
/// The radius of the handle that starts a link, in screen points.
const HANDLE_RADIUS: f32 = 7.0;

#[expect(
    clippy::too_many_arguments,
    reason = "the canvas's whole context, passed once"
)]
pub(super) fn interact(
    ui: &Ui,
    journey: &Journey,
    layout: &Layout,
    view: &mut CanvasView,
    selection: &mut Selection,
    requests: &mut Requests,
    rect: Rect,
    background: &Response,
    keyboard: bool,
) -> CanvasResponse {
    let mut response = CanvasResponse::default();
    let modifiers = ui.input(|i| i.modifiers);
    let toggle = modifiers.shift || modifiers.command;
    let zoom = view.zoom();
    let pointer_in_map = ui
        .input(|i| i.pointer.hover_pos())
        .map(|pos| view.map_from_screen(pos));
    let moving = match view.drag {
        Some(Drag::Move { offset }) => offset,
        _ => Vec2::ZERO,
    };

    let mut hovered_card = None;
    let mut screen_reader = false;
    // In the overview, cards are counted, not drawn: a click on the canvas goes in close
    // (see `background_interact`), and no card is a widget of its own.
    let overview = zoom * layout.text_scale < draw::OVERVIEW_BELOW_ZOOM;
    let mut in_sight = Vec::new();
    if !overview {
        in_sight = layout.cards_touching(view.screen_from_map.inverse().mul_rect(rect));
        if view.drag.is_some() {
            in_sight.extend(selection.touchpoints.iter().copied());
            in_sight.sort_unstable();
            in_sight.dedup();
        }
    }
    for touchpoint in in_sight.iter().filter_map(|&id| journey.touchpoint(id)) {
        let id = touchpoint.id;
        let Some(&in_map) = layout.cards.get(&id) else {
            continue;
        };
        let in_map = if selection.touchpoints.contains(&id) {
            in_map.translate(moving)
        } else {
            in_map
        };
        let on_screen = view.screen_from_map.mul_rect(in_map);
        if !on_screen.intersects(rect) {
            continue;
        }
        let card = ui.interact(
            on_screen.intersect(rect),
            ui.scope_id().with(("card", id)),
            Sense::click_and_drag(),
        );
        screen_reader |= describe_card(ui, &card, journey, touchpoint, selection);
        if card.hovered() {
            hovered_card = Some(id);
        }
        if card.clicked() {
            selection.click_touchpoint(id, toggle);
            response.clicked_card = Some(id);
        }
        if card.double_clicked() {
            *selection = Selection::touchpoint(id);
            response.edit_title = Some(id);
        }
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
            && let Some(edit) = moved(journey, layout, selection, offset)
        {
            let label = if selection.touchpoints.len() == 1 {
                crate::tr!("canvas-edit-move-one")
            } else {
                crate::tr!("canvas-edit-move")
            };
            requests.edit(edit, label);
        }

        // The handle to drag a new link from, on the card's right edge.
        let show_handle = zoom * layout.text_scale >= draw::OVERVIEW_BELOW_ZOOM
            && (view.hovered_card == Some(id)
                || selection.touchpoints.contains(&id)
                || is_linking_from(view, id));
        if show_handle {
            let centre = on_screen.right_center() + vec2(HANDLE_RADIUS * 0.5, 0.0);
            let handle_rect =
                Rect::from_center_size(centre, Vec2::splat(HANDLE_RADIUS * 2.0 + 4.0));
            let handle = ui.interact(
                handle_rect,
                ui.scope_id().with(("handle", id)),
                Sense::drag(),
            );
            handle.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    crate::tr!("canvas-link-from", title = touchpoint.title.as_str()),
                )
            });
            if handle.hovered() {
                hovered_card = Some(id);
            }
            link_drag(&handle, journey, layout, view, requests, id);
        }
    }
    view.hovered_card = hovered_card;
    // Whether a screen reader listens (the canvas's own node is built only then), when
    // no card on the canvas could tell.
    screen_reader = screen_reader
        || ui
            .ctx()
            .accesskit_node_builder(background.id, |_| ())
            .is_some();
    if screen_reader {
        let shown: std::collections::HashSet<TouchpointId> = in_sight.into_iter().collect();
        let off_screen: Vec<(&Touchpoint, Rect)> = journey
            .touchpoints()
            .filter(|t| !shown.contains(&t.id))
            .filter_map(|t| Some((t, view.screen_from_map.mul_rect(*layout.cards.get(&t.id)?))))
            .collect();
        // In the overview, a click on a card in sight goes in close to it, as a click on
        // the canvas there does.
        if let Some(id) = name_off_screen_cards(ui, journey, selection, &off_screen, rect)
            && let Some(&card) = layout.cards.get(&id)
        {
            view.center_on(card);
        }
    }

    // A drag let go of away from any card (over a panel, outside the window, or after its
    // card scrolled off the canvas) still ends: the cards land, a link drawn to nowhere
    // is dropped.
    if !ui.input(|i| i.pointer.any_down()) {
        match view.drag.take() {
            Some(Drag::Move { offset }) => {
                if let Some(edit) = moved(journey, layout, selection, offset) {
                    requests.edit(edit, crate::tr!("canvas-edit-move"));
                }
            }
            Some(Drag::Link { .. }) => {}
            other => view.drag = other,
        }
    }

    background_interact(
        ui,
        journey,
        layout,
        view,
        selection,
        requests,
        background,
        toggle,
        &mut response,
    );

    // Zoom with Ctrl+wheel or pinch, around the pointer; the wheel alone pans.
    if ui.rect_contains_pointer(rect) {
        let (zoom_delta, scroll, pointer) =
            ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta, i.pointer.hover_pos()));
        if let Some(pointer) = pointer
            && zoom_delta != 1.0
        {
            // A notch of the wheel is one even step, however far the system says it went;
            // a pinch, in small steps, is followed as it is.
            let factor = zoom_delta.clamp(1.0 / super::ZOOM_STEP, super::ZOOM_STEP);
            view.zoom_around(pointer, factor);
        }
        view.screen_from_map.translation += scroll;
    }
    view.hovered_link = match (background.hovered(), pointer_in_map) {
        (true, Some(pos)) if hovered_card.is_none() => {
            hit::link_at(layout, pos, LINK_TOLERANCE / zoom)
        }
        _ => None,
    };

    if keyboard
        && !ui.ctx().egui_wants_keyboard_input()
        && let Some(id) = super::keys::keys(ui, journey, layout, view, selection, requests)
    {
        response.edit_title = Some(id);
    }
    response
}

/// While a screen reader listens, the cards outside the canvas (and, in the overview, all
/// of them) are in the accessibility tree too, so that it can list every card of the map;
/// choosing one out of sight selects it. (Without a screen reader they cost nothing.)
/// Returns the card in sight on `canvas` that was clicked, if one was.
fn name_off_screen_cards(
    ui: &Ui,
    journey: &Journey,
    selection: &mut Selection,
    cards: &[(&Touchpoint, Rect)],
    canvas: Rect,
) -> Option<TouchpointId> {
    let mut clicked = None;
    for &(touchpoint, on_screen) in cards {
        let id = touchpoint.id;
        let card = ui.interact(on_screen, ui.scope_id().with(("card", id)), Sense::click());
        describe_card(ui, &card, journey, touchpoint, selection);
        if card.clicked() {
            if on_screen.intersects(canvas) {
                clicked = Some(id);
            } else {
                *selection = Selection::touchpoint(id);
            }
        }
    }
    clicked
}

/// Names `card` for screen readers: a button with the card's title, selected or not, and
/// after it where the card is and what is tagged (worked out only while a screen reader
/// listens: AccessKit is off otherwise). Returns whether one listens.
fn describe_card(
    ui: &Ui,
    card: &Response,
    journey: &Journey,
    touchpoint: &Touchpoint,
    selection: &Selection,
) -> bool {
    card.widget_info(|| {
        let mut info = egui::WidgetInfo::labeled(egui::Role::Button, true, &touchpoint.title);
        info.selected = Some(selection.touchpoints.contains(&touchpoint.id));
        info
    });
    ui.ctx()
        .accesskit_node_builder(card.id, |node| {
            node.set_description(card_description(journey, touchpoint));
        })
        .is_some()
}

/// What a screen reader says about a card after its title: its lane and stage, its TERMS
/// tags, and how the customer feels there.
pub fn card_description(journey: &Journey, touchpoint: &Touchpoint) -> String {
    let lane = journey
        .lane(touchpoint.lane)
        .map(|lane| lane.name.clone())
        .unwrap_or_default();
    let stage = journey
        .stage(touchpoint.stage)
        .map(|stage| stage.name.clone())
        .unwrap_or_default();
    let tags: Vec<String> = touchpoint
        .terms
        .iter()
        .map(|tag| format!("{} ({})", tag.area.label(), tag.severity.label()))
        .collect();
    let mut text = crate::tr!("canvas-card-place", lane = lane, stage = stage);
    if !tags.is_empty() {
        text.push_str(". ");
        text.push_str(&crate::tr!("canvas-card-tags", tags = tags.join(", ")));
    }
    if let Some(emotion) = touchpoint.emotion {
        text.push_str(". ");
        text.push_str(&crate::tr!(
            "canvas-card-emotion",
            rating = emotion.to_string()
        ));
    }
    text
}

fn is_linking_from(view: &CanvasView, id: TouchpointId) -> bool {
    matches!(view.drag, Some(Drag::Link { from, .. }) if from == id)
}

/// Dragging out of a card's handle draws a link; letting go over another card makes it:
/// a Flow link, or a Support link when it starts at a hidden step.
fn link_drag(
    handle: &Response,
    journey: &Journey,
    layout: &Layout,
    view: &mut CanvasView,
    requests: &mut Requests,
    from: TouchpointId,
) {
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
        && let Some(target) = hit::card_at(layout, to)
        && target != from
    {
        let kind = if journey.is_visible(from) == Some(false) {
            LinkKind::Support
        } else {
            LinkKind::Flow
        };
        let link = crate::model::Link {
            id: requests.ids.link(),
            from,
            to: target,
            kind,
            label: String::new(),
        };
        requests.edit(Edit::AddLink(link), crate::tr!("canvas-edit-link"));
    }
}

#[expect(
    clippy::too_many_arguments,
    reason = "the canvas's whole context, passed once"
)]
fn background_interact(
    ui: &Ui,
    journey: &Journey,
    layout: &Layout,
    view: &mut CanvasView,
    selection: &mut Selection,
    requests: &mut Requests,
    background: &Response,
    toggle: bool,
    response: &mut CanvasResponse,
) {
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
    let overview = view.zoom() * layout.text_scale < draw::OVERVIEW_BELOW_ZOOM;
    if overview {
        // Far out, a click goes in close: to the card under it, or to where it fell.
        if background.clicked()
            && let Some(pos) = pointer
        {
            let card = hit::card_at(layout, pos).and_then(|id| layout.cards.get(&id).copied());
            view.center_on(card.unwrap_or(Rect::from_center_size(pos, CARD_SIZE)));
        }
        return;
    }
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
        && let Some(id) = create_at(journey, layout, requests, pos)
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

/// Paints what a drag in progress shows: the link being drawn, or the selection rectangle.
pub(super) fn paint_drag(painter: &egui::Painter, scene: &Scene<'_>, view: &CanvasView) {
    let accent = draw::accent(scene.dark);
    match &view.drag {
        Some(Drag::Link { from, to }) => {
            let Some(from) = scene.card_in_map(*from) else {
                return;
            };
            let start = scene.screen_from_map.mul_pos(from.right_center());
            let end = scene.screen_from_map.mul_pos(*to);
            painter.line_segment([start, end], Stroke::new(2.0, accent));
            painter.circle_filled(end, 4.0, accent);
        }
        Some(Drag::Band { start, end, .. }) => {
            let band = scene
                .screen_from_map
                .mul_rect(Rect::from_two_pos(*start, *end));
            painter.rect(
                band,
                0.0,
                accent.gamma_multiply(0.12),
                Stroke::new(1.0, accent),
                egui::StrokeKind::Inside,
            );
        }
        _ => {}
    }
    // The handles of the cards the pointer is over or that are selected.
    if scene.text_zoom() >= draw::OVERVIEW_BELOW_ZOOM {
        let handles = scene
            .hovered_card
            .into_iter()
            .chain(scene.selection.touchpoints.iter().copied());
        for id in handles {
            if let Some(card) = scene.card_in_map(id) {
                let centre = scene.screen_from_map.mul_pos(card.right_center())
                    + vec2(HANDLE_RADIUS * 0.5, 0.0);
                painter.circle(
                    centre,
                    HANDLE_RADIUS * 0.6,
                    accent,
                    Stroke::new(1.5, egui::Color32::WHITE),
                );
            }
        }
    }
}
