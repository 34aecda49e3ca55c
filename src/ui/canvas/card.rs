//! Painting one touchpoint card, from the marks `model::look::card` defines for the
//! canvas and the pictures alike, and its selection.

use egui::{Align2, Color32, FontFamily, FontId, Painter, Rect, Shape, Stroke, StrokeKind, vec2};

use super::scene::{Scene, accent, runs_in_sight, text_size};
use crate::model::look::card::{self as look, Mark};
use crate::model::{Touchpoint, TouchpointId};
use crate::ui::filter::Highlight;
use crate::ui::{fonts, style};

/// Paints one touchpoint card at `rect` (screen coordinates).
pub(super) fn paint_card(
    painter: &Painter,
    scene: &Scene<'_>,
    touchpoint: &Touchpoint,
    rect: Rect,
    hidden: bool,
) {
    let zoom = scene.zoom();
    // The marks are laid out in map units on a card at the origin, then scaled onto
    // `rect`, so text breaks at the same words at every zoom.
    let at_origin = Rect::from_min_size(egui::Pos2::ZERO, rect.size() / zoom);
    let marks = look::marks(
        touchpoint,
        at_origin,
        hidden,
        scene.palette(),
        scene.layout.text_scale,
    );
    let transform = egui::emath::TSTransform::new(rect.min.to_vec2(), zoom);
    paint_marks(painter, &marks, transform);
}

/// Paints the badges of what customers and employees measured at touchpoint `id`, on the
/// top edge of its card at `rect` (screen coordinates).
pub(super) fn paint_badges(painter: &Painter, scene: &Scene<'_>, id: TouchpointId, rect: Rect) {
    let Some(feedback) = scene.feedback else {
        return;
    };
    let badges = look::badges_of(feedback, id);
    if badges.is_empty() {
        return;
    }
    let zoom = scene.zoom();
    let at_origin = Rect::from_min_size(egui::Pos2::ZERO, rect.size() / zoom);
    let marks = look::badge_marks(at_origin, &badges, scene.palette(), scene.layout.text_scale);
    paint_marks(
        painter,
        &marks,
        egui::emath::TSTransform::new(rect.min.to_vec2(), zoom),
    );
}

/// Paints `marks` (map units) through `transform` onto the screen.
pub(super) fn paint_marks(painter: &Painter, marks: &[Mark], transform: egui::emath::TSTransform) {
    let zoom = transform.scaling;
    let place = |p: egui::Pos2| transform.mul_pos(p);
    for mark in marks {
        match mark {
            Mark::Box {
                rect: area,
                radius,
                fill,
                edge,
                dashed,
            } => {
                let area = Rect::from_min_max(place(area.min), place(area.max));
                painter.rect_filled(area, radius * zoom, style::colour(*fill));
                let Some(edge) = edge else { continue };
                let stroke = Stroke::new(1.0, style::colour(*edge));
                if *dashed {
                    // Hidden steps get a dashed edge: they happen out of the customer's
                    // sight.
                    let r = area.shrink(0.5);
                    let corners = [
                        r.left_top(),
                        r.right_top(),
                        r.right_bottom(),
                        r.left_bottom(),
                        r.left_top(),
                    ];
                    let dash = zoom.max(0.5);
                    painter.extend(Shape::dashed_line(&corners, stroke, 5.0 * dash, 3.0 * dash));
                } else {
                    painter.rect_stroke(area, radius * zoom, stroke, StrokeKind::Inside);
                }
            }
            Mark::Dot {
                centre,
                radius,
                fill,
            } => {
                painter.circle_filled(place(*centre), radius * zoom, style::colour(*fill));
            }
            Mark::Line {
                points,
                colour,
                width,
                dashed,
            } => {
                let points: Vec<egui::Pos2> = points.iter().map(|&p| place(p)).collect();
                let stroke = Stroke::new((width * zoom).max(1.0), style::colour(*colour));
                if *dashed {
                    let dash = 6.0 * zoom.max(0.5);
                    // Only the stretches on the canvas are dashed: a line across a large
                    // map is many screens long.
                    let clip = painter.clip_rect().expand(2.0 * dash);
                    for run in runs_in_sight(&points, clip) {
                        let run = clipped_run(run, clip, dash * 1.7);
                        painter.extend(Shape::dashed_line(&run, stroke, dash, dash * 0.7));
                    }
                } else {
                    painter.add(Shape::line(points, stroke));
                }
            }
            Mark::Text {
                top_left,
                text,
                size,
                colour,
            } => {
                painter.text(
                    place(*top_left),
                    Align2::LEFT_TOP,
                    text,
                    map_font(size * zoom),
                    style::colour(*colour),
                );
            }
            Mark::Letter {
                centre,
                text,
                size,
                colour,
            } => {
                painter.text(
                    place(*centre),
                    Align2::CENTER_CENTER,
                    text,
                    map_font(size * zoom),
                    style::colour(*colour),
                );
            }
        }
    }
}

/// The map's font (the one the pictures draw with) at `size` points on screen.
pub(super) fn map_font(size: f32) -> FontId {
    FontId::new(text_size(size), FontFamily::Name(fonts::MAP_FAMILY.into()))
}

/// The selection and hover outline of a card, and the mark of a conflict a merge left
/// about it (listed under the map until resolved).
pub(super) fn paint_card_state(painter: &Painter, scene: &Scene<'_>, id: TouchpointId, rect: Rect) {
    let rounding = 6.0 * scene.zoom();
    let in_conflict = scene
        .journey
        .conflicts()
        .iter()
        .any(|conflict| conflict.thing == crate::model::Thing::Touchpoint(id));
    if in_conflict {
        let warn = if scene.dark {
            Color32::from_rgb(0xff, 0xa0, 0x40)
        } else {
            Color32::from_rgb(0xd0, 0x60, 0x00)
        };
        painter.rect_stroke(
            rect.expand(4.0),
            rounding + 4.0,
            Stroke::new(2.0, warn),
            StrokeKind::Outside,
        );
        // A "!" on the card's top left corner, where no mark of the card sits.
        let radius = 9.0 * scene.zoom().max(0.8);
        let centre = rect.left_top() + vec2(-2.0, -2.0);
        painter.circle_filled(centre, radius, warn);
        painter.text(
            centre,
            Align2::CENTER_CENTER,
            "!",
            FontId::proportional(radius * 1.5),
            Color32::WHITE,
        );
    }
    if scene.selection.touchpoints.contains(&id) {
        let stroke = Stroke::new(2.5, accent(scene.dark));
        painter.rect_stroke(
            rect.expand(2.0),
            rounding + 2.0,
            stroke,
            StrokeKind::Outside,
        );
    } else if scene.hovered_card == Some(id) {
        let stroke = Stroke::new(1.5, accent(scene.dark).gamma_multiply(0.6));
        painter.rect_stroke(
            rect.expand(1.0),
            rounding + 1.0,
            stroke,
            StrokeKind::Outside,
        );
    }
}

/// Marks out a persona's path (outlined in the persona's colour and numbered in walking
/// order) or a promise (R on the cards that redeem it, S on those that secure it; the
/// letters follow the language).
pub(super) fn paint_highlight(painter: &Painter, scene: &Scene<'_>) {
    let marks: Vec<(TouchpointId, String, Color32)> = match scene.highlight {
        Some(Highlight::Persona(id)) => {
            let Some(persona) = scene.journey.persona(id) else {
                return;
            };
            let [r, g, b] = persona.colour.0;
            let colour = Color32::from_rgb(r, g, b);
            persona
                .path
                .iter()
                .enumerate()
                .map(|(i, &t)| (t, (i + 1).to_string(), colour))
                .collect()
        }
        Some(Highlight::Promise(id)) => {
            let Some(promise) = scene.journey.promise(id) else {
                return;
            };
            let (r, s) = (
                crate::tr!("canvas-mark-redeems"),
                crate::tr!("canvas-mark-secures"),
            );
            let redeem = promise
                .redeemed_by
                .iter()
                .map(move |&t| (t, r.clone(), Color32::from_rgb(46, 160, 67)));
            let secure = promise
                .secured_by
                .iter()
                .map(move |&t| (t, s.clone(), Color32::from_rgb(148, 103, 189)));
            redeem.chain(secure).collect()
        }
        None => return,
    };
    let zoom = scene.zoom();
    for (id, label, colour) in marks {
        let Some(card) = scene.card_in_map(id) else {
            continue;
        };
        let rect = scene.screen_from_map.mul_rect(card);
        if !rect.intersects(scene.clip) {
            continue;
        }
        painter.rect_stroke(
            rect.expand(3.0),
            8.0 * zoom,
            Stroke::new(3.0, colour),
            StrokeKind::Outside,
        );
        let badge = rect.left_top() + vec2(-2.0, -2.0);
        let radius = (10.0 * zoom).max(7.0);
        painter.circle_filled(badge, radius, colour);
        painter.text(
            badge,
            Align2::CENTER_CENTER,
            label,
            FontId::proportional(text_size(radius * 1.2)),
            Color32::WHITE,
        );
    }
}

/// `run` with its first and last points moved along their segments to where they enter
/// and leave `clip`; the start moved by whole dash `period`s, so the dashes stay put on
/// the map as it pans.
fn clipped_run(run: &[egui::Pos2], clip: Rect, period: f32) -> Vec<egui::Pos2> {
    let mut run = run.to_vec();
    let n = run.len();
    if n < 2 {
        return run;
    }
    if let Some((enter, _)) = crossing(run[0], run[1], clip) {
        let length = run[0].distance(run[1]);
        let skipped = (enter * length / period).floor() * period;
        if length > 0.0 && skipped > 0.0 {
            run[0] = run[0] + (run[1] - run[0]) * (skipped / length);
        }
    }
    if let Some((_, leave)) = crossing(run[n - 2], run[n - 1], clip) {
        run[n - 1] = run[n - 2] + (run[n - 1] - run[n - 2]) * leave;
    }
    run
}

/// Where the segment from `a` to `b` enters and leaves `clip`, as fractions of its
/// length (Liang and Barsky's clipping), if it crosses it at all.
fn crossing(a: egui::Pos2, b: egui::Pos2, clip: Rect) -> Option<(f32, f32)> {
    let d = b - a;
    let (mut enter, mut leave) = (0.0_f32, 1.0_f32);
    for (p, q) in [
        (-d.x, a.x - clip.min.x),
        (d.x, clip.max.x - a.x),
        (-d.y, a.y - clip.min.y),
        (d.y, clip.max.y - a.y),
    ] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                enter = enter.max(t);
            } else {
                leave = leave.min(t);
            }
        }
    }
    (enter <= leave).then_some((enter, leave))
}
