//! Painting the map: lane bands, stage columns, blueprint lines, links and cards.
//!
//! Everything is laid out in map units and painted through `screen_from_map`; text is
//! laid out at its on-screen size, so it stays crisp at every zoom level.

use std::collections::HashSet;

use egui::emath::TSTransform;
use egui::{Align2, Color32, FontId, Painter, Pos2, Rect, Shape, Stroke, Vec2, pos2, vec2};

use std::borrow::Cow;

use crate::model::layout::route;

use super::card;
use super::layout::{LANE_HEADER_WIDTH, Layout};
use crate::model::{Journey, Link, LinkId, LinkKind, TouchpointId};
use crate::ui::filter::Highlight;
use crate::ui::selection::Selection;
use crate::ui::style;

/// Below this zoom of the map's text, where titles would be too small to read (about 6
/// points), the map is an overview: each lane's cards in each stage are counted, with
/// their TERMS heat. Above it, every card is drawn whole.
pub const OVERVIEW_BELOW_ZOOM: f32 = 0.45;

/// What the painter needs besides the journey.
pub struct Scene<'a> {
    pub journey: &'a Journey,
    pub layout: &'a Layout,
    pub screen_from_map: TSTransform,
    /// The part of the screen the canvas covers.
    pub clip: Rect,
    pub dark: bool,
    pub selection: &'a Selection,
    pub hovered_card: Option<TouchpointId>,
    pub hovered_link: Option<LinkId>,
    /// While cards are dragged: how far the selected ones have moved, in map units.
    pub moving: Option<Vec2>,
    /// The touchpoints shown in full (by a filter or the walk); the rest are dimmed.
    /// `None`: everything in full.
    pub emphasis: Option<&'a HashSet<TouchpointId>>,
    /// A persona's path or a promise, marked out on the map.
    pub highlight: Option<Highlight>,
}

/// How strongly dimmed things show.
pub(super) const DIMMED: f32 = 0.22;

impl Scene<'_> {
    /// Whether `id` is shown in full rather than dimmed.
    pub fn emphasised(&self, id: TouchpointId) -> bool {
        self.emphasis.is_none_or(|set| set.contains(&id))
    }

    /// Where `link` runs, in map units: its route on the map, or, while one of its cards
    /// is being dragged, a simple one between where the cards are now.
    pub fn link_path(&self, link: &Link) -> Option<Cow<'_, [Pos2]>> {
        let dragged = |id| self.moving.is_some() && self.selection.touchpoints.contains(&id);
        if dragged(link.from) || dragged(link.to) {
            let (from, to) = (self.card_in_map(link.from)?, self.card_in_map(link.to)?);
            let path = if link.from == link.to {
                route::self_loop(from)
            } else {
                route::elbow(from, to)
            };
            return Some(Cow::Owned(path));
        }
        self.layout
            .links
            .get(&link.id)
            .map(|path| Cow::Borrowed(path.as_slice()))
    }

    /// Where card `id` is drawn, in map units: where the layout puts it, or where it is
    /// being dragged.
    pub fn card_in_map(&self, id: TouchpointId) -> Option<Rect> {
        let rect = *self.layout.cards.get(&id)?;
        match self.moving {
            Some(offset) if self.selection.touchpoints.contains(&id) => {
                Some(rect.translate(offset))
            }
            _ => Some(rect),
        }
    }

    pub(super) fn zoom(&self) -> f32 {
        self.screen_from_map.scaling
    }

    pub(super) fn to_screen(&self, rect: Rect) -> Rect {
        self.screen_from_map.mul_rect(rect)
    }

    /// The part of the map on the canvas, in map units.
    pub(super) fn map_in_sight(&self) -> Rect {
        self.screen_from_map.inverse().mul_rect(self.clip)
    }

    /// Whether card `id` is being dragged.
    fn is_moving(&self, id: TouchpointId) -> bool {
        self.moving.is_some() && self.selection.touchpoints.contains(&id)
    }

    /// The cards to draw, by id: those on the canvas, and those being dragged.
    fn cards_in_sight(&self) -> Vec<TouchpointId> {
        let mut cards = self.layout.cards_touching(self.map_in_sight());
        if self.moving.is_some() {
            cards.extend(self.selection.touchpoints.iter().copied());
            cards.sort_unstable();
            cards.dedup();
        }
        cards
    }

    /// The links to draw, by id: those whose routes may cross the canvas, and those of the
    /// cards being dragged.
    fn links_in_sight(&self) -> Vec<LinkId> {
        let mut links = self.layout.links_touching(self.map_in_sight());
        if self.moving.is_some() {
            for &id in &self.selection.touchpoints {
                links.extend(self.journey.links_of(id).iter().map(|link| link.id));
            }
            links.sort_unstable();
            links.dedup();
        }
        links
    }

    /// The zoom of the map's text: the view's, times the layout's enlarged text (in the
    /// presentation view).
    pub(super) fn text_zoom(&self) -> f32 {
        self.zoom() * self.layout.text_scale
    }

    /// The window's font at `size` map units of the map's text.
    pub(super) fn text_font(&self, size: f32) -> FontId {
        FontId::proportional(text_size(size * self.text_zoom()))
    }

    /// The palette of the theme the canvas is drawn in.
    pub(super) fn palette(&self) -> crate::model::look::palette::Palette {
        style::palette(self.dark)
    }

    pub(super) fn text_colour(&self) -> Color32 {
        style::colour(self.palette().text())
    }

    pub(super) fn weak_text_colour(&self) -> Color32 {
        style::colour(self.palette().weak_text())
    }
}

/// Rounds a text size so zooming does not fill the font atlas with a new size every frame.
pub(super) fn text_size(size: f32) -> f32 {
    (size * 2.0).round().max(1.0) / 2.0
}

/// Paints the whole map.
pub fn paint_map(painter: &Painter, scene: &Scene<'_>) {
    paint_lanes(painter, scene);
    if scene.text_zoom() < OVERVIEW_BELOW_ZOOM {
        super::overview::paint_overview(painter, scene);
        paint_emotion_row(painter, scene);
        super::headers::paint_headers(painter, scene);
        return;
    }
    paint_links(painter, scene);
    // Cards being dragged are drawn last, over the others.
    let cards = scene.cards_in_sight();
    for pass in [false, true] {
        for touchpoint in cards.iter().filter_map(|&id| scene.journey.touchpoint(id)) {
            if scene.is_moving(touchpoint.id) != pass {
                continue;
            }
            if let Some(rect) = scene.card_in_map(touchpoint.id) {
                let rect = scene.to_screen(rect);
                if rect.intersects(scene.clip) {
                    let hidden = scene.journey.is_visible(touchpoint.id) == Some(false);
                    let mut painter = painter.clone();
                    if !scene.emphasised(touchpoint.id) {
                        painter.multiply_opacity(DIMMED);
                    }
                    card::paint_card(&painter, scene, touchpoint, rect, hidden);
                    card::paint_card_state(&painter, scene, touchpoint.id, rect);
                }
            }
        }
    }
    card::paint_highlight(painter, scene);
    paint_emotion_row(painter, scene);
    super::headers::paint_headers(painter, scene);
}

/// The emotion row under the lanes, when it is shown.
fn paint_emotion_row(painter: &Painter, scene: &Scene<'_>) {
    let Some(row) = &scene.layout.emotion else {
        return;
    };
    if !scene.to_screen(row.rect).intersects(scene.clip) {
        return;
    }
    let persona = row
        .persona
        .and_then(|id| scene.journey.persona(id))
        .map(|persona| persona.name.as_str());
    // Only what is in sight, and no finer than a few points of the screen.
    let sight = crate::model::look::emotion::Sight {
        within: scene.map_in_sight(),
        detail: 3.0 / scene.zoom(),
    };
    let marks = crate::model::look::emotion::marks(
        row,
        scene.palette(),
        persona,
        scene.layout.text_scale,
        sight,
    );
    card::paint_marks(painter, &marks, scene.screen_from_map);
}

fn paint_lanes(painter: &Painter, scene: &Scene<'_>) {
    for band in &scene.layout.lanes {
        let rect = scene.to_screen(band.rect);
        if rect.intersects(scene.clip) {
            painter.rect_filled(rect, 0.0, style::lane_fill(band.kind, scene.dark));
            painter.line_segment(
                [rect.left_bottom(), rect.right_bottom()],
                Stroke::new(1.0, scene.weak_text_colour().gamma_multiply(0.25)),
            );
        }
    }
    let column_stroke = Stroke::new(1.0, scene.weak_text_colour().gamma_multiply(0.3));
    // Far out, a line after each run of stages the overview counts together.
    let groups = super::overview::StageGroups::of(scene);
    for group in groups.groups.clone() {
        if let Some(x_range) = groups.x_range(group, scene.layout) {
            let x = scene.screen_from_map.mul_pos(pos2(x_range.max, 0.0)).x;
            let (top, bottom) = (
                scene.to_screen(scene.layout.bounds).top(),
                scene.to_screen(scene.layout.bounds).bottom(),
            );
            painter.line_segment([pos2(x, top), pos2(x, bottom)], column_stroke);
        }
    }
    let line_colour = style::colour(scene.palette().blueprint_line());
    for &(line, y) in &scene.layout.lines {
        let left = scene.screen_from_map.mul_pos(pos2(LANE_HEADER_WIDTH, y));
        let right = scene
            .screen_from_map
            .mul_pos(pos2(scene.layout.bounds.max.x, y));
        if !scene.clip.y_range().contains(left.y) {
            continue;
        }
        // Dash only the part on screen: a large map is many screens wide. The dashes
        // start where the map does, so they stay put while panning.
        let first_dash = left.x + ((scene.clip.left() - left.x) / 13.0).floor().max(0.0) * 13.0;
        let on_screen = [
            pos2(first_dash, left.y),
            pos2(right.x.min(scene.clip.right()), left.y),
        ];
        painter.extend(Shape::dashed_line(
            &on_screen,
            Stroke::new(1.5, line_colour),
            8.0,
            5.0,
        ));
        if scene.text_zoom() >= OVERVIEW_BELOW_ZOOM {
            painter.text(
                left + vec2(6.0, -2.0),
                Align2::LEFT_BOTTOM,
                line.localized_label(),
                scene.text_font(11.0),
                line_colour,
            );
        }
    }
}

/// The colour that marks selected things.
pub fn accent(dark: bool) -> Color32 {
    style::colour(style::palette(dark).accent())
}

fn paint_links(painter: &Painter, scene: &Scene<'_>) {
    let colour = style::colour(scene.palette().link());
    let width = (1.5 * scene.zoom()).clamp(0.75, 2.5);
    let links = scene.links_in_sight();
    for link in links.iter().filter_map(|&id| scene.journey.link(id)) {
        let Some(path) = scene.link_path(link) else {
            continue;
        };
        let path: Vec<Pos2> = path
            .iter()
            .map(|&p| scene.screen_from_map.mul_pos(p))
            .collect();
        // A link of a dragged card may have left the part of the map in sight.
        let Some(bounds) = crate::model::layout::index::bounds_of(&path) else {
            continue;
        };
        if !bounds.intersects(scene.clip) {
            continue;
        }
        let painter = &mut painter.clone();
        if !(scene.emphasised(link.from) && scene.emphasised(link.to)) {
            painter.multiply_opacity(DIMMED);
        }
        let stroke = if scene.selection.links.contains(&link.id) {
            Stroke::new(width + 1.5, accent(scene.dark))
        } else if scene.hovered_link == Some(link.id) {
            Stroke::new(width + 1.0, accent(scene.dark).gamma_multiply(0.7))
        } else {
            Stroke::new(width, colour)
        };
        match link.kind {
            LinkKind::Support => {
                let dash = 6.0 * scene.zoom().clamp(0.5, 1.5);
                // A long link may cross the screen with most of it off screen: dash only
                // the runs that can be seen.
                for run in runs_in_sight(&path, scene.clip.expand(2.0 * dash)) {
                    painter.extend(Shape::dashed_line(run, stroke, dash, dash * 0.8));
                }
            }
            LinkKind::Flow => {
                painter.add(Shape::line(path.clone(), stroke));
            }
        }
        if let [.., before, tip] = path[..] {
            paint_arrow_head(painter, before, tip, stroke, scene.zoom());
        }
    }
}

/// The stretches of `path` that pass through `clip`.
pub(super) fn runs_in_sight(path: &[Pos2], clip: Rect) -> impl Iterator<Item = &[Pos2]> {
    let mut start = 0;
    let mut runs = Vec::new();
    for i in 1..path.len() {
        let visible = Rect::from_two_pos(path[i - 1], path[i]).intersects(clip);
        if !visible {
            if i - start > 1 {
                runs.push(&path[start..i]);
            }
            start = i;
        }
    }
    if path.len() - start > 1 {
        runs.push(&path[start..]);
    }
    runs.into_iter()
}

fn paint_arrow_head(painter: &Painter, control: Pos2, tip: Pos2, stroke: Stroke, zoom: f32) {
    let direction = (tip - control).normalized();
    if !direction.is_finite() {
        return;
    }
    let size = (9.0 * zoom).clamp(4.0, 14.0);
    let back = tip - direction * size;
    let side = direction.rot90() * size * 0.5;
    painter.add(Shape::convex_polygon(
        vec![tip, back + side, back - side],
        stroke.color,
        Stroke::NONE,
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_runs_on_screen_are_kept() {
        let path: Vec<Pos2> = (0..10).map(|i| pos2(i as f32 * 10.0, 0.0)).collect();
        let clip = Rect::from_min_max(pos2(25.0, -5.0), pos2(55.0, 5.0));
        let runs: Vec<&[Pos2]> = runs_in_sight(&path, clip).collect();
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].first(), Some(&pos2(20.0, 0.0)));
        assert_eq!(runs[0].last(), Some(&pos2(60.0, 0.0)));
        let everything: Vec<&[Pos2]> = runs_in_sight(&path, Rect::EVERYTHING).collect();
        assert_eq!(everything, [&path[..]]);
    }
}
