//! The canvas: the map drawn as lanes, stages and cards, edited by direct manipulation.
//!
//! Split by concern: [`layout`] (where things go, in map units), [`draw`] and `card`
//! (painting),
//! [`hit`] (what is under the pointer), [`interact`] (what the mouse and keys do), and
//! the view state here (pan, zoom, what is being dragged: kept between frames, never
//! saved).

mod card;
pub mod draw;
/// Where things go on the map: shared with the picture export, so it lives in the model.
pub use crate::model::layout;
mod headers;
pub mod hit;
mod interact;
mod keys;
mod overview;

use egui::emath::TSTransform;
use egui::{Pos2, Rect, Ui, Vec2};

use super::Requests;
use super::selection::Selection;
use crate::model::layout::Layout;
use crate::model::{Journey, LinkId, TouchpointId};

/// One step of zooming in (Ctrl+Plus, a notch of Ctrl+wheel); zooming out divides by it.
pub const ZOOM_STEP: f32 = 1.25;

/// Zoom stays within these bounds; but a map too large to be seen whole at the least of
/// them may be zoomed out until it is (see [`CanvasView::min_zoom`]).
pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.02..=4.0;

/// The least zoom of all: a map of the largest size polku opens, fitted to a small window.
const LEAST_ZOOM: f32 = 1e-6;

/// The smallest zoom at which card titles are comfortable to read.
pub const READABLE_ZOOM: f32 = 0.75;

/// What the mouse is dragging.
#[derive(Clone, Debug, PartialEq)]
pub enum Drag {
    /// The view, with the primary button on empty canvas or the middle button anywhere.
    Pan,
    /// The selected cards, this far so far (map units).
    Move { offset: Vec2 },
    /// A new link out of a card's handle, to wherever the pointer is (map units).
    Link { from: TouchpointId, to: Pos2 },
    /// A selection rectangle, from where it started to where the pointer is (map units).
    Band {
        start: Pos2,
        end: Pos2,
        additive: bool,
    },
}

/// How the canvas is looked at, and what is being done to it: kept between frames,
/// never saved in the document.
#[derive(Clone, Debug)]
pub struct CanvasView {
    /// From map units to screen points.
    pub screen_from_map: TSTransform,
    /// Show the map as it opens (all of it, or its corner at a readable zoom) next frame.
    pub reset_requested: bool,
    /// Fit the whole map to the canvas on the next frame.
    pub fit_requested: bool,
    pub drag: Option<Drag>,
    pub hovered_card: Option<TouchpointId>,
    pub hovered_link: Option<LinkId>,
    /// Where the canvas was on screen last frame, for zooming around its centre.
    pub rect: Rect,
    /// The card the keyboard last went to, where the next arrow or Tab starts from.
    pub keyboard_at: Option<TouchpointId>,
    /// Cards to bring onto the canvas as soon as they are laid out (a card just added,
    /// the matches of a search).
    pub reveal_cards: Vec<TouchpointId>,
    /// How far out the view may zoom: the least of [`ZOOM_RANGE`], or less when the map
    /// needs it to be seen whole.
    pub min_zoom: f32,
}

impl Default for CanvasView {
    fn default() -> Self {
        Self {
            screen_from_map: TSTransform::IDENTITY,
            reset_requested: true,
            fit_requested: false,
            drag: None,
            hovered_card: None,
            hovered_link: None,
            rect: Rect::NOTHING,
            keyboard_at: None,
            reveal_cards: Vec::new(),
            min_zoom: *ZOOM_RANGE.start(),
        }
    }
}

/// The smallest size, in points on screen, card titles have in the presentation view.
pub const PRESENTED_TITLE_SIZE: f32 = 10.5;

/// Space kept around a map fitted to the canvas.
const FIT_MARGIN: f32 = 16.0;

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

impl CanvasView {
    /// The transform that shows all of `bounds` inside `screen`, centred, no larger than
    /// 100%.
    pub fn fitted(bounds: Rect, screen: Rect) -> TSTransform {
        let available = (screen.size() - Vec2::splat(2.0 * FIT_MARGIN)).max(Vec2::splat(1.0));
        let scale = (available / bounds.size().max(Vec2::splat(1.0)))
            .min_elem()
            .clamp(LEAST_ZOOM, 1.0);
        let translation = screen.center().to_vec2() - bounds.center().to_vec2() * scale;
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

    /// The zoom: 1.0 is 100%.
    pub fn zoom(&self) -> f32 {
        self.screen_from_map.scaling
    }

    /// Zooms by `factor` around the screen point `anchor`.
    pub fn zoom_around(&mut self, anchor: Pos2, factor: f32) {
        let zoom = self.screen_from_map.scaling;
        let new_zoom = (zoom * factor).clamp(self.min_zoom, *ZOOM_RANGE.end());
        let factor = new_zoom / zoom;
        self.screen_from_map = TSTransform::from_translation(anchor.to_vec2())
            * TSTransform::from_scaling(factor)
            * TSTransform::from_translation(-anchor.to_vec2())
            * self.screen_from_map;
    }

    /// Zooms by `factor` around the pointer when it is on the canvas, else around `area`
    /// (map units: the selection) when it is on screen, else around the middle.
    pub fn zoom_toward(&mut self, factor: f32, pointer: Option<Pos2>, area: Option<Rect>) {
        let on_canvas = |p: &Pos2| self.rect.is_positive() && self.rect.contains(*p);
        let anchor = pointer.filter(on_canvas).or_else(|| {
            area.map(|area| self.screen_from_map.mul_pos(area.center()))
                .filter(on_canvas)
        });
        match anchor {
            Some(anchor) => self.zoom_around(anchor, factor),
            None => self.zoom_by(factor),
        }
    }

    /// Zooms by `factor` around the middle of the canvas.
    pub fn zoom_by(&mut self, factor: f32) {
        let centre = if self.rect.is_positive() {
            self.rect.center()
        } else {
            Pos2::ZERO
        };
        self.zoom_around(centre, factor);
    }

    /// Sets the zoom to 100%, keeping the middle of the canvas where it is.
    pub fn actual_size(&mut self) {
        let factor = 1.0 / self.zoom();
        self.zoom_by(factor);
    }

    /// Moves the view so that `area` (map units) is in the middle of the canvas, zooming in
    /// to a readable size if the view is further out than that.
    pub fn center_on(&mut self, area: Rect) {
        if self.zoom() < READABLE_ZOOM {
            self.screen_from_map.scaling = READABLE_ZOOM;
        }
        let centre = if self.rect.is_positive() {
            self.rect.center()
        } else {
            Pos2::ZERO
        };
        let now = self.screen_from_map.mul_pos(area.center());
        self.screen_from_map.translation += centre - now;
    }

    /// The card the keyboard is on: the one it last went to while that is still selected,
    /// else a selected one.
    pub fn keyboard_card(&self, selection: &Selection) -> Option<TouchpointId> {
        self.keyboard_at
            .filter(|id| selection.touchpoints.contains(id))
            .or_else(|| selection.single_touchpoint())
            .or_else(|| selection.touchpoints.iter().next().copied())
    }

    /// Moves the view just enough that `area` (map units) is on the canvas, if it is not.
    pub fn reveal(&mut self, area: Rect) {
        if !self.rect.is_positive() {
            return;
        }
        let on_screen = self.screen_from_map.mul_rect(area);
        if self.rect.contains_rect(on_screen) {
            return;
        }
        let margin = 24.0;
        let inner = self.rect.shrink(margin);
        let mut shift = Vec2::ZERO;
        if on_screen.left() < inner.left() {
            shift.x = inner.left() - on_screen.left();
        } else if on_screen.right() > inner.right() {
            shift.x = inner.right() - on_screen.right();
        }
        if on_screen.top() < inner.top() {
            shift.y = inner.top() - on_screen.top();
        } else if on_screen.bottom() > inner.bottom() {
            shift.y = inner.bottom() - on_screen.bottom();
        }
        self.screen_from_map.translation += shift;
    }

    /// Makes sure `cards` (map units) can be seen: all of them, when they fit at a
    /// readable zoom, else the first; nothing moves if one is on the canvas already.
    pub fn show_some(&mut self, cards: &[Rect]) {
        let Some(&first) = cards.first() else {
            return;
        };
        let visible = self.rect.shrink(8.0);
        let on_canvas = |card: &Rect| visible.contains_rect(self.screen_from_map.mul_rect(*card));
        if cards.iter().any(on_canvas) {
            return;
        }
        let all = cards.iter().copied().fold(first, Rect::union);
        let at_zoom = all.size() * self.zoom().max(READABLE_ZOOM);
        if at_zoom.x <= visible.width() && at_zoom.y <= visible.height() {
            self.center_on(all);
        } else {
            self.center_on(first);
        }
    }

    /// The point of the map at screen point `pos`.
    pub fn map_from_screen(&self, pos: Pos2) -> Pos2 {
        self.screen_from_map.inverse().mul_pos(pos)
    }
}

/// What happened on the canvas that the app must follow up.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CanvasResponse {
    /// A touchpoint was created or double-clicked: its title should be edited now.
    pub edit_title: Option<TouchpointId>,
    /// A card was clicked (for recording a persona's path, say).
    pub clicked_card: Option<TouchpointId>,
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

    let response = interact::interact(
        ui,
        journey,
        layout,
        view,
        selection,
        requests,
        rect,
        &background,
        options.keyboard,
    );

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
    let scene = draw::Scene {
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
    };
    draw::paint_map(&painter, &scene);
    interact::paint_drag(&painter, &scene, view);
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
