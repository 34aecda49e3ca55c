//! Painting one touchpoint card: title, channel, TERMS chips, emotion, and its selection.

use egui::{Align2, Color32, FontId, Painter, Rect, Shape, Stroke, StrokeKind, pos2, vec2};

use super::draw::{SIMPLE_CARDS_BELOW_ZOOM, Scene, accent, text_size};
use crate::model::{TermsArea, Touchpoint, TouchpointId};
use crate::ui::filter::Highlight;
use crate::ui::style;

/// Paints one touchpoint card at `rect` (screen coordinates).
pub(super) fn paint_card(
    painter: &Painter,
    scene: &Scene<'_>,
    touchpoint: &Touchpoint,
    rect: Rect,
    hidden: bool,
) {
    let zoom = scene.zoom();
    let rounding = 6.0 * zoom;
    let (fill, edge) = match (hidden, scene.dark) {
        (false, false) => (Color32::WHITE, Color32::from_gray(150)),
        (true, false) => (Color32::from_gray(236), Color32::from_gray(140)),
        (false, true) => (Color32::from_gray(58), Color32::from_gray(120)),
        (true, true) => (Color32::from_gray(40), Color32::from_gray(100)),
    };
    painter.rect_filled(rect, rounding, fill);
    let stroke = Stroke::new(1.0, edge);
    if hidden {
        // Hidden steps get a dashed edge: they happen out of the customer's sight.
        let r = rect;
        let corners = [
            r.left_top(),
            r.right_top(),
            r.right_bottom(),
            r.left_bottom(),
            r.left_top(),
        ];
        painter.extend(Shape::dashed_line(
            &corners,
            stroke,
            5.0 * zoom.max(0.5),
            3.0 * zoom.max(0.5),
        ));
    } else {
        painter.rect_stroke(rect, rounding, stroke, StrokeKind::Inside);
    }

    let chip = vec2(15.0, 15.0) * zoom;
    let chips_left = rect.right() - 8.0 * zoom - 5.0 * chip.x - 4.0 * 2.0 * zoom;
    let chips_top = rect.bottom() - 8.0 * zoom - chip.y;

    if zoom < SIMPLE_CARDS_BELOW_ZOOM {
        // Far out, a card is a box with a strip of its TERMS colours.
        for tag in &touchpoint.terms {
            let min = pos2(
                chips_left + tag.area.index() as f32 * (chip.x + 2.0 * zoom),
                chips_top,
            );
            painter.rect_filled(
                Rect::from_min_size(min, chip),
                0.0,
                style::severity_fill(tag.severity),
            );
        }
        return;
    }

    let text = if hidden {
        scene.weak_text_colour()
    } else {
        scene.text_colour()
    };
    let padding = 8.0 * zoom;
    let title = if touchpoint.title.trim().is_empty() {
        crate::tr!("canvas-card-untitled")
    } else {
        touchpoint.title.clone()
    };
    let mut job = egui::text::LayoutJob::simple(
        title,
        scene.font(13.5),
        text,
        rect.width() - 2.0 * padding - 14.0 * zoom,
    );
    job.wrap.max_rows = 3;
    let galley = painter.layout_job(job);
    painter.galley(rect.min + vec2(padding, padding), galley, text);

    painter.text(
        pos2(rect.left() + padding, rect.bottom() - padding),
        Align2::LEFT_BOTTOM,
        touchpoint.channel.label(),
        scene.font(11.0),
        scene.weak_text_colour(),
    );

    for area in TermsArea::ALL {
        let min = pos2(
            chips_left + area.index() as f32 * (chip.x + 2.0 * zoom),
            chips_top,
        );
        let chip_rect = Rect::from_min_size(min, chip);
        let (chip_fill, letter) = match touchpoint.tag(area) {
            Some(tag) => (style::severity_fill(tag.severity), Color32::BLACK),
            None => (
                Color32::TRANSPARENT,
                scene.weak_text_colour().gamma_multiply(0.5),
            ),
        };
        painter.rect(
            chip_rect,
            3.0 * zoom,
            chip_fill,
            Stroke::new(1.0, scene.weak_text_colour().gamma_multiply(0.4)),
            StrokeKind::Inside,
        );
        painter.text(
            chip_rect.center(),
            Align2::CENTER_CENTER,
            area.letter(),
            FontId::monospace(text_size(10.0 * zoom)),
            letter,
        );
    }

    if let Some(emotion) = touchpoint.emotion {
        let centre = pos2(rect.right() - 11.0 * zoom, rect.top() + 11.0 * zoom);
        painter.circle_filled(centre, 6.0 * zoom, style::rating_fill(emotion));
    }
}

/// The selection and hover outline of a card.
pub(super) fn paint_card_state(painter: &Painter, scene: &Scene<'_>, id: TouchpointId, rect: Rect) {
    let rounding = 6.0 * scene.zoom();
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
