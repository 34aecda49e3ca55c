//! The canvas: the map drawn as lanes, stages and cards, edited by direct manipulation.
//!
//! Split by concern: [`layout`] (where things go, in map units, from the model), `view`
//! (pan, zoom, what is being dragged: kept between frames, never saved); painting in
//! [`draw`] (the map), `scene` (what painting reads), `card`, `overview` and `headers`;
//! [`hit`] (what is under the pointer); and what the mouse and keys do, in `interact`
//! (each frame, in order) through `interaction` (what it reads and changes):
//! `on_card`, `moving`, `linking`, `background`, `accessibility` and [`keys`]. This file
//! only puts them together, and no file here refers back to it.

mod accessibility;
mod background;
mod card;
pub mod draw;
/// Where things go on the map: shared with the picture export, so it lives in the model.
pub use crate::model::layout;
mod headers;
pub mod hit;
mod interact;
mod interaction;
pub mod keys;
mod linking;
mod moving;
mod on_card;
mod overview;
mod scene;
mod view;

use egui::{Rect, Ui, Vec2};

use super::Requests;
use super::selection::Selection;
use crate::model::layout::Layout;
use crate::model::{Journey, TouchpointId};
pub use interaction::CanvasResponse;
use interaction::Interaction;
pub use view::{CanvasView, Drag, READABLE_ZOOM, ZOOM_RANGE, ZOOM_STEP};

/// The smallest size, in points on screen, card titles have in the presentation view.
pub const PRESENTED_TITLE_SIZE: f32 = 10.5;

/// The layout of the presentation view on a canvas `screen`: the cards' text enlarged
/// until, with the whole map fitted to the screen, every title is at least
/// [`PRESENTED_TITLE_SIZE`] points (the cards grow taller to hold it, so the map does too,
/// and the fit is found again, a few times at most). `finish` adds what goes with the
/// lanes (the emotion row).
pub fn presentation_layout(
    journey: &Journey,
    keep: impl Fn(crate::model::LaneKind) -> bool,
    screen: Rect,
    finish: impl Fn(Layout) -> Layout,
) -> Layout {
    let mut layout = finish(Layout::scaled(journey, &keep, 1.0));
    for _ in 0..4 {
        let zoom = CanvasView::fitted(layout.bounds, screen).scaling;
        let title = crate::model::look::card::TITLE_SIZE * layout.text_scale * zoom;
        if title >= PRESENTED_TITLE_SIZE {
            break;
        }
        // A little more than needed: the map grows taller with its text.
        let scale = layout.text_scale * PRESENTED_TITLE_SIZE / title * 1.02;
        layout = finish(Layout::scaled(journey, &keep, scale.min(4.0)));
    }
    layout
}

/// How the canvas is shown this frame, besides the view.
#[derive(Clone, Debug, Default)]
pub struct CanvasOptions<'a> {
    /// Touchpoints shown in full (a filter's matches, the walk's current step); the rest
    /// are dimmed. `None`: all in full.
    pub emphasis: Option<&'a std::collections::HashSet<TouchpointId>>,
    /// A persona's path or a promise to mark out.
    pub highlight: Option<crate::ui::filter::Highlight>,
    /// Whether the canvas takes keys (arrows nudge, Esc clears): off while the walk uses
    /// them.
    pub keyboard: bool,
    /// What customers and employees measured, shown as badges on the cards.
    pub feedback: Option<&'a crate::model::feedback::Summary>,
}

/// Shows the map and lets the user edit it with mouse and keyboard. Changes go to
/// `requests`; the selection and the view are changed in place (they are view state).
pub fn canvas_ui(
    ui: &mut Ui,
    journey: &Journey,
    layout: &Layout,
    view: &mut CanvasView,
    selection: &mut Selection,
    requests: &mut Requests,
    options: &CanvasOptions<'_>,
) -> CanvasResponse {
    let (rect, background) =
        ui.allocate_exact_size(ui.available_size(), egui::Sense::click_and_drag());
    view.rect = rect;
    view.min_zoom = CanvasView::fitted(layout.bounds, rect)
        .scaling
        .min(*ZOOM_RANGE.start());
    if view.reset_requested {
        view.screen_from_map = CanvasView::opening(layout.bounds, rect);
        view.reset_requested = false;
    }
    if view.fit_requested {
        view.screen_from_map = CanvasView::fitted(layout.bounds, rect);
        view.fit_requested = false;
    }
    if !view.reveal_cards.is_empty() {
        let cards: Vec<Rect> = view
            .reveal_cards
            .iter()
            .filter_map(|id| layout.cards.get(id).copied())
            .collect();
        // Once every card asked for is laid out (a new one is, the frame after it is
        // made), or is gone.
        let ready = view
            .reveal_cards
            .iter()
            .all(|id| layout.cards.contains_key(id) || journey.touchpoint(*id).is_none());
        if ready {
            view.reveal_cards.clear();
            view.show_some(&cards);
        }
    }

    let response = interact::interact(&mut Interaction {
        ui,
        journey,
        feedback: options.feedback,
        layout,
        view,
        selection,
        requests,
        rect,
        background: &background,
        keyboard: options.keyboard,
    });

    let painter = ui.painter_at(rect);
    let dark = ui.visuals().dark_mode;
    // The desk, and the map on it as a sheet of paper with a soft shadow.
    painter.rect_filled(rect, 0.0, crate::ui::style::desk(dark));
    let sheet = view.screen_from_map.mul_rect(layout.bounds);
    painter.add(
        egui::epaint::Shadow {
            offset: [0, 2],
            blur: 12,
            spread: 0,
            color: egui::Color32::from_black_alpha(if dark { 90 } else { 40 }),
        }
        .as_shape(sheet, 2.0),
    );
    painter.rect_filled(sheet, 2.0, crate::ui::style::sheet(dark));
    let scene = scene::Scene {
        journey,
        layout,
        screen_from_map: view.screen_from_map,
        clip: rect,
        dark: ui.visuals().dark_mode,
        selection,
        hovered_card: view.hovered_card,
        hovered_link: view.hovered_link,
        moving: match view.drag {
            Some(Drag::Move { offset }) => Some(offset),
            _ => None,
        },
        emphasis: options.emphasis,
        highlight: options.highlight,
        feedback: options.feedback,
    };
    draw::paint_map(&painter, &scene);
    draw::paint_drag(&painter, &scene, view);
    if journey.touchpoint_count() == 0 && !journey.lanes().is_empty() {
        painter.text(
            rect.center_bottom() - Vec2::new(0.0, 24.0),
            egui::Align2::CENTER_BOTTOM,
            crate::tr!("canvas-empty-hint"),
            egui::FontId::proportional(15.0),
            ui.visuals().weak_text_color(),
        );
    }
    response
}
