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
    pub(super) fn visible_in_map(&self) -> Rect {
        self.screen_from_map.inverse().mul_rect(self.clip)
    }

    /// Whether card `id` is being dragged.
    fn is_moving(&self, id: TouchpointId) -> bool {
        self.moving.is_some() && self.selection.touchpoints.contains(&id)
    }

    /// The cards to draw, by id: those on the canvas, and those being dragged.
    fn cards_in_sight(&self) -> Vec<TouchpointId> {
        let mut cards = self.layout.cards_touching(self.visible_in_map());
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
        let mut links = self.layout.links_touching(self.visible_in_map());
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
        paint_headers(painter, scene);
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
    paint_headers(painter, scene);
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
        within: scene.visible_in_map(),
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

/// Where a stage's name `width` wide starts in its `header`: in the middle of the part of
/// the header on the canvas (`clip`), so a wide stage keeps its name in sight however far
/// in it is zoomed, but never past the header's ends.
fn name_left(header: Rect, clip: Rect, width: f32) -> f32 {
    let visible = header.intersect(clip);
    (visible.center().x - width / 2.0)
        .min(header.right() - 4.0 - width)
        .max(header.left() + 4.0)
}

/// Lane names at the left and stage names at the top, kept on screen while panning.
fn paint_headers(painter: &Painter, scene: &Scene<'_>) {
    let header_fill = style::colour(scene.palette().header_fill());
    let edge = Stroke::new(1.0, scene.weak_text_colour().gamma_multiply(0.4));
    // In the overview the names keep a size that can be read while their headers are
    // large enough to hold a word of it.
    let overview = scene.text_zoom() < OVERVIEW_BELOW_ZOOM;
    let roomy = LANE_HEADER_WIDTH * scene.zoom() >= 40.0
        && scene.layout.stage_header * scene.zoom() >= 10.0;
    let show_text = !overview || roomy;
    let name_size = |size: f32| {
        let size = size * scene.text_zoom();
        if overview { size.max(10.0) } else { size }
    };

    // Stage names stick to the top of the canvas when the map scrolls up under them.
    let map_top = scene.screen_from_map.mul_pos(Pos2::ZERO).y;
    let top = map_top.max(scene.clip.top());
    let height = scene.layout.stage_header * scene.zoom();
    let groups = super::overview::StageGroups::of(scene);
    for group in groups.groups.clone() {
        let Some(x_range) = groups.x_range(group, scene.layout) else {
            continue;
        };
        let (left, right) = (
            scene.screen_from_map.mul_pos(pos2(x_range.min, 0.0)).x,
            scene.screen_from_map.mul_pos(pos2(x_range.max, 0.0)).x,
        );
        let header = Rect::from_min_max(pos2(left, top), pos2(right, top + height));
        if !header.intersects(scene.clip) {
            continue;
        }
        painter.rect_filled(header, 0.0, header_fill);
        painter.line_segment([header.left_bottom(), header.right_bottom()], edge);
        painter.line_segment([header.right_top(), header.right_bottom()], edge);
        // A run of stages is named by their numbers; a stage of its own by its name.
        let stages = groups.stages(group, scene.layout);
        let name = if stages.len() > 1 {
            Some(crate::tr!(
                "canvas-overview-stages",
                first = stages.start + 1,
                last = stages.end
            ))
        } else {
            scene
                .layout
                .stages
                .get(stages.start)
                .and_then(|column| scene.journey.stage(column.id))
                .map(|stage| stage.name.clone())
        };
        if show_text && let Some(name) = name {
            let galley = painter.layout(
                name,
                FontId::proportional(text_size(name_size(15.0))),
                scene.text_colour(),
                header.width() - 8.0,
            );
            let pos = pos2(
                name_left(header, scene.clip, galley.size().x),
                header.center().y - galley.size().y / 2.0,
            );
            painter
                .with_clip_rect(header)
                .galley(pos, galley, scene.text_colour());
        }
    }

    // Lane names stick to the left edge of the canvas.
    let map_left = scene.screen_from_map.mul_pos(Pos2::ZERO).x;
    let left = map_left.max(scene.clip.left());
    let width = LANE_HEADER_WIDTH * scene.zoom();
    for band in &scene.layout.lanes {
        let rect = scene.to_screen(band.rect);
        let header = Rect::from_min_max(pos2(left, rect.top()), pos2(left + width, rect.bottom()));
        if !header.intersects(scene.clip) {
            continue;
        }
        painter.rect_filled(
            header,
            0.0,
            style::lane_fill(band.kind, scene.dark).gamma_multiply(0.96),
        );
        painter.rect_filled(
            Rect::from_min_size(
                header.min,
                vec2(4.0 * scene.zoom().min(1.0), header.height()),
            ),
            0.0,
            kind_accent(band.kind),
        );
        painter.line_segment([header.right_top(), header.right_bottom()], edge);
        painter.line_segment([header.left_bottom(), header.right_bottom()], edge);
        if show_text && let Some(lane) = scene.journey.lane(band.id) {
            let clip = painter.with_clip_rect(header.shrink(2.0));
            let name = painter.layout(
                lane.name.clone(),
                FontId::proportional(text_size(name_size(14.0))),
                scene.text_colour(),
                header.width() - 16.0 * scene.zoom(),
            );
            let kind = painter.layout_no_wrap(
                lane.kind.label(),
                FontId::proportional(text_size(name_size(11.0).min(name_size(14.0) * 0.8))),
                scene.weak_text_colour(),
            );
            let block = name.size().y + kind.size().y;
            let mut pos = pos2(
                header.left() + 10.0 * scene.zoom(),
                header.center().y - block / 2.0,
            );
            clip.galley(pos, name.clone(), scene.text_colour());
            pos.y += name.size().y;
            clip.galley(pos, kind, scene.weak_text_colour());
        }
    }

    // The corner above the lane names covers whatever scrolls under it.
    let corner = Rect::from_min_size(pos2(left, top), vec2(width, height));
    painter.rect_filled(corner, 0.0, header_fill);
    painter.line_segment([corner.right_top(), corner.right_bottom()], edge);
    painter.line_segment([corner.left_bottom(), corner.right_bottom()], edge);
}

/// The colour that marks a lane kind in its header.
fn kind_accent(kind: crate::model::LaneKind) -> Color32 {
    style::colour(style::palette(false).kind_accent(kind))
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
        let Some(&first) = path.first() else { continue };
        let bounds = path.iter().fold(Rect::from_min_max(first, first), |r, &p| {
            r.union(Rect::from_min_max(p, p))
        });
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
                for run in visible_runs(&path, scene.clip.expand(2.0 * dash)) {
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
pub(super) fn visible_runs(path: &[Pos2], clip: Rect) -> impl Iterator<Item = &[Pos2]> {
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
    fn a_wide_stage_keeps_its_name_in_sight() {
        let header = Rect::from_min_max(pos2(-2000.0, 0.0), pos2(3000.0, 40.0));
        let canvas = Rect::from_min_max(pos2(0.0, 0.0), pos2(1000.0, 800.0));
        // The header's middle is far off the canvas; the name is in the canvas's middle.
        assert_eq!(name_left(header, canvas, 100.0), 450.0);
        // Near the header's end, the name stays inside it.
        let ending = Rect::from_min_max(pos2(-2000.0, 0.0), pos2(120.0, 40.0));
        assert_eq!(name_left(ending, canvas, 100.0), 10.0);
        let end = Rect::from_min_max(pos2(-2000.0, 0.0), pos2(80.0, 40.0));
        assert_eq!(name_left(end, canvas, 100.0), -24.0);
        // A header wholly on the canvas has its name in its middle.
        let whole = Rect::from_min_max(pos2(100.0, 0.0), pos2(300.0, 40.0));
        assert_eq!(name_left(whole, canvas, 100.0), 150.0);
    }

    #[test]
    fn only_the_runs_on_screen_are_kept() {
        let path: Vec<Pos2> = (0..10).map(|i| pos2(i as f32 * 10.0, 0.0)).collect();
        let clip = Rect::from_min_max(pos2(25.0, -5.0), pos2(55.0, 5.0));
        let runs: Vec<&[Pos2]> = visible_runs(&path, clip).collect();
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].first(), Some(&pos2(20.0, 0.0)));
        assert_eq!(runs[0].last(), Some(&pos2(60.0, 0.0)));
        let everything: Vec<&[Pos2]> = visible_runs(&path, Rect::EVERYTHING).collect();
        assert_eq!(everything, [&path[..]]);
    }
}
