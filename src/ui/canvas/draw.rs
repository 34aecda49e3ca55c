//! Painting the map: lane bands, stage columns, blueprint lines, links and cards, and
//! what a drag in progress shows.
//!
//! Everything is laid out in map units and painted through `screen_from_map`; text is
//! laid out at its on-screen size, so it stays crisp at every zoom level.

use egui::{Align2, Painter, Pos2, Rect, Shape, Stroke, pos2, vec2};

use super::card;
use super::linking::HANDLE_RADIUS;
use super::scene::{DIMMED, OVERVIEW_BELOW_ZOOM, Scene, accent, runs_in_sight};
use super::view::{CanvasView, Drag};
use crate::model::LinkKind;
use crate::model::layout::LANE_HEADER_WIDTH;
use crate::ui::style;

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
                    // Over the selection's outline, which would cross them.
                    card::paint_badges(&painter, scene, touchpoint.id, rect);
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
    let mut marks = crate::model::look::emotion::marks(
        row,
        scene.palette(),
        persona,
        scene.layout.text_scale,
        sight,
    );
    // Beside the assumed curves, what customers and employees measured.
    if let Some(feedback) = scene.feedback {
        marks.extend(crate::model::look::emotion::measured_marks_of(
            row,
            feedback,
            &scene.layout.cards,
            scene.palette(),
            scene.layout.text_scale,
        ));
    }
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

/// Paints what a drag in progress shows: the link being drawn, or the selection rectangle.
pub(super) fn paint_drag(painter: &egui::Painter, scene: &Scene<'_>, view: &CanvasView) {
    let accent = accent(scene.dark);
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
    if scene.text_zoom() >= OVERVIEW_BELOW_ZOOM {
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
