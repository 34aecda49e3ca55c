//! How the canvas is looked at (pan and zoom) and what is being dragged: view state,
//! kept between frames and never saved in the document.

use egui::emath::TSTransform;
use egui::{Pos2, Rect, Vec2};

use crate::model::{LinkId, TouchpointId};
use crate::ui::selection::Selection;

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

/// Space kept around a map fitted to the canvas.
const FIT_MARGIN: f32 = 16.0;

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
