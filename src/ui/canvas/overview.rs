//! The map from far away, where card titles could not be read: an overview of what each
//! lane holds in each stage.

use std::collections::HashMap;

use egui::{FontId, Painter, Rect, Stroke, Vec2, pos2};

use super::draw::{DIMMED, Scene, text_size};
use crate::model::{LaneId, StageId};
use crate::ui::style;

/// The map from far away: in each lane and stage, how many cards there are (how many the
/// filter shows, when one is on) and, as a row of five squares, how heavy their TERMS
/// problems are.
pub(super) fn paint_overview(painter: &Painter, scene: &Scene<'_>) {
    let layout = scene.layout;
    // With a filter on, the count of what it shows, per cell.
    let shown: Option<HashMap<(LaneId, StageId), usize>> = scene.emphasis.map(|emphasis| {
        let mut shown = HashMap::new();
        for id in emphasis {
            if let Some(t) = scene.journey.touchpoint(*id) {
                *shown.entry((t.lane, t.stage)).or_default() += 1;
            }
        }
        shown
    });
    let (fill, edge) = scene.palette().card(false);
    let (fill, edge) = (style::colour(fill), style::colour(edge));
    for band in &layout.lanes {
        for column in &layout.stages {
            let Some(cell) = layout.cells.get(&(band.id, column.id)) else {
                continue;
            };
            let area = Rect::from_x_y_ranges(column.rect.x_range(), band.rect.y_range());
            let area = scene.to_screen(area).shrink(3.0);
            if !area.intersects(scene.clip) || area.width() < 4.0 || area.height() < 4.0 {
                continue;
            }
            let mut painter = painter.clone();
            let shown = shown
                .as_ref()
                .map(|shown| shown.get(&(band.id, column.id)).copied().unwrap_or(0));
            if shown == Some(0) {
                painter.multiply_opacity(DIMMED);
            }
            painter.rect(
                area,
                4.0,
                fill,
                Stroke::new(1.0, edge),
                egui::StrokeKind::Inside,
            );
            // The count, as large as the cell allows within reason, and after it the heat:
            // a square per TERMS area, in the colour of its summed severity.
            let size = (area.height() * 0.45).min(20.0);
            let square = (size * 0.7).min(area.width() / 9.0);
            let mut left = area.left() + 6.0;
            if size >= 7.0 {
                let text = match shown {
                    Some(shown) => {
                        crate::tr!("canvas-overview-shown", shown = shown, count = cell.cards)
                    }
                    None => cell.cards.to_string(),
                };
                let galley = painter.layout_no_wrap(
                    text,
                    FontId::proportional(text_size(size)),
                    scene.text_colour(),
                );
                let width = galley.size().x;
                let pos = pos2(left, area.center().y - galley.size().y / 2.0);
                painter.galley(pos, galley, scene.text_colour());
                left += width + size * 0.5;
            }
            for i in 0..cell.heat.len() {
                let min = pos2(
                    left + i as f32 * square * 1.25,
                    area.center().y - square / 2.0,
                );
                let rect = Rect::from_min_size(min, Vec2::splat(square));
                if rect.right() > area.right() - 2.0 {
                    break;
                }
                match cell.severity(i) {
                    Some(severity) => {
                        painter.rect_filled(rect, 2.0, style::severity_fill(severity));
                    }
                    None => {
                        let faint = scene.weak_text_colour().gamma_multiply(0.4);
                        painter.rect_stroke(
                            rect,
                            2.0,
                            Stroke::new(1.0, faint),
                            egui::StrokeKind::Inside,
                        );
                    }
                }
            }
        }
    }
}
