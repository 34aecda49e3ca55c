//! The canvas: the map drawn as lanes, stages and cards, with pan and zoom.
//!
//! Split by concern: [`layout`] (where things go, in map units), [`draw`] (painting),
//! and the view state here (pan and zoom: kept between frames, never saved).

pub mod draw;
pub mod layout;

use egui::emath::TSTransform;
use egui::{Rect, Sense, Ui, Vec2};

use crate::model::Journey;
use layout::Layout;

/// Zoom stays within these bounds.
pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.05..=4.0;

/// The smallest zoom at which card titles are comfortable to read.
pub const READABLE_ZOOM: f32 = 0.75;

/// How the canvas is looked at: kept between frames, never saved in the document.
#[derive(Clone, Debug)]
pub struct CanvasView {
    /// From map units to screen points.
    pub screen_from_map: TSTransform,
    /// Fit the map to the canvas on the next frame.
    pub fit_requested: bool,
}

impl Default for CanvasView {
    fn default() -> Self {
        Self {
            screen_from_map: TSTransform::IDENTITY,
            fit_requested: true,
        }
    }
}

impl CanvasView {
    /// The transform that shows all of `bounds` inside `screen`, no larger than 100%.
    pub fn fitted(bounds: Rect, screen: Rect) -> TSTransform {
        let margin = 16.0;
        let available = (screen.size() - Vec2::splat(2.0 * margin)).max(Vec2::splat(1.0));
        let scale = (available / bounds.size().max(Vec2::splat(1.0)))
            .min_elem()
            .clamp(*ZOOM_RANGE.start(), 1.0);
        let translation = screen.min.to_vec2() + Vec2::splat(margin) - bounds.min.to_vec2() * scale;
        TSTransform::new(translation, scale)
    }

    /// The view a map opens with: all of it when that is still readable, otherwise its
    /// top-left corner at a zoom where card titles can be read.
    pub fn opening(bounds: Rect, screen: Rect) -> TSTransform {
        let fitted = Self::fitted(bounds, screen);
        if fitted.scaling >= READABLE_ZOOM {
            return fitted;
        }
        let margin = Vec2::splat(16.0);
        TSTransform::new(
            screen.min.to_vec2() + margin - bounds.min.to_vec2() * READABLE_ZOOM,
            READABLE_ZOOM,
        )
    }

    /// Zooms by `factor` around the screen point `anchor`.
    pub fn zoom_around(&mut self, anchor: egui::Pos2, factor: f32) {
        let zoom = self.screen_from_map.scaling;
        let new_zoom = (zoom * factor).clamp(*ZOOM_RANGE.start(), *ZOOM_RANGE.end());
        let factor = new_zoom / zoom;
        self.screen_from_map = TSTransform::from_translation(anchor.to_vec2())
            * TSTransform::from_scaling(factor)
            * TSTransform::from_translation(-anchor.to_vec2())
            * self.screen_from_map;
    }
}

/// Shows the map, read-only, with pan (drag) and zoom (Ctrl+wheel, pinch).
pub fn canvas_ui(ui: &mut Ui, journey: &Journey, view: &mut CanvasView) {
    let (rect, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
    let layout = Layout::new(journey);
    if view.fit_requested {
        view.screen_from_map = CanvasView::opening(layout.bounds, rect);
        view.fit_requested = false;
    }
    if ui.input(|i| i.key_pressed(egui::Key::F) && !i.modifiers.any()) {
        view.screen_from_map = CanvasView::fitted(layout.bounds, rect);
    }
    if response.dragged() {
        view.screen_from_map.translation += response.drag_delta();
    }
    if response.hovered() {
        let (zoom, scroll, pointer) =
            ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta, i.pointer.hover_pos()));
        if let Some(pointer) = pointer
            && zoom != 1.0
        {
            view.zoom_around(pointer, zoom);
        }
        view.screen_from_map.translation += scroll;
    }

    register_cards(ui, journey, &layout, view.screen_from_map, rect);

    let painter = ui.painter_at(rect);
    let scene = draw::Scene {
        journey,
        layout: &layout,
        screen_from_map: view.screen_from_map,
        clip: rect,
        dark: ui.visuals().dark_mode,
    };
    draw::paint_map(&painter, &scene);
}

/// Gives every card on screen a widget of its own, so screen readers and tests find it by
/// its title.
fn register_cards(
    ui: &Ui,
    journey: &Journey,
    layout: &Layout,
    screen_from_map: TSTransform,
    clip: Rect,
) {
    for touchpoint in journey.touchpoints() {
        let Some(&rect) = layout.cards.get(&touchpoint.id) else {
            continue;
        };
        let rect = screen_from_map.mul_rect(rect);
        if !rect.intersects(clip) {
            continue;
        }
        let id = ui.scope_id().with(("card", touchpoint.id));
        let response = ui.interact(rect.intersect(clip), id, Sense::click());
        let title = touchpoint.title.clone();
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &title));
    }
}
