//! The map from far away, where card titles could not be read: an overview of what each
//! lane holds in each stage, or in each run of neighbouring stages when one stage is too
//! narrow on screen to hold a count.

use std::collections::HashMap;
use std::ops::Range;

use egui::{FontId, Painter, Rect, Stroke, Vec2, pos2};

use super::scene::{DIMMED, OVERVIEW_BELOW_ZOOM, Scene, text_size};
use crate::model::layout::LANE_HEADER_WIDTH;
use crate::model::layout::{Cell, Layout};
use crate::ui::style;

/// The narrowest a cell of the overview is drawn, in points: stages narrower than this on
/// screen are counted together with their neighbours.
const MIN_CELL_WIDTH: f32 = 64.0;

/// The stages of the overview as drawn: runs of `per_group` neighbouring stages (one
/// each, when stages are wide enough on screen), counted from the first stage of the map
/// so the runs stay put while the map pans.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct StageGroups {
    pub per_group: usize,
    /// The groups on screen, by number (group `g` holds stages `g * per_group ..`).
    pub groups: Range<usize>,
}

impl StageGroups {
    pub fn of(scene: &Scene<'_>) -> Self {
        let layout = scene.layout;
        let count = layout.stages.len().max(1);
        let average = (layout.bounds.width() - LANE_HEADER_WIDTH).max(1.0) / count as f32;
        let on_screen = average * scene.zoom();
        // Only the overview counts stages together; cards are drawn in each stage.
        let overview = scene.text_zoom() < OVERVIEW_BELOW_ZOOM;
        let per_group = if !overview || on_screen >= MIN_CELL_WIDTH {
            1
        } else {
            ((MIN_CELL_WIDTH / on_screen.max(1e-3)).ceil() as usize).clamp(1, count)
        };
        let seen = scene.map_in_sight();
        let stages = layout.stages_across(seen.left(), seen.right());
        let groups = stages.start / per_group..stages.end.div_ceil(per_group);
        Self { per_group, groups }
    }

    /// The stages of group `group`, as indices into the layout's stages.
    pub fn stages(&self, group: usize, layout: &Layout) -> Range<usize> {
        let start = (group * self.per_group).min(layout.stages.len());
        start..((group + 1) * self.per_group).min(layout.stages.len())
    }

    /// The span of group `group` across the map, in map units.
    pub fn x_range(&self, group: usize, layout: &Layout) -> Option<egui::Rangef> {
        let stages = self.stages(group, layout);
        let first = layout.stages.get(stages.start)?;
        let last = layout.stages.get(stages.end.checked_sub(1)?)?;
        Some(egui::Rangef::new(first.rect.min.x, last.rect.max.x))
    }
}

/// Adds `cell` to `sum`.
fn add(sum: &mut Cell, cell: &Cell) {
    sum.cards += cell.cards;
    for area in 0..sum.heat.len() {
        sum.heat[area] += cell.heat[area];
        sum.worst[area] = sum.worst[area].max(cell.worst[area]);
    }
}

/// The map from far away: in each lane and stage (or run of stages), how many cards there
/// are (how many the filter shows, when one is on) and, as a row of five squares, how
/// heavy their TERMS problems are.
pub(super) fn paint_overview(painter: &Painter, scene: &Scene<'_>) {
    let layout = scene.layout;
    let groups = StageGroups::of(scene);
    let stage_index: HashMap<crate::model::StageId, usize> = scene
        .emphasis
        .map(|_| {
            layout
                .stages
                .iter()
                .enumerate()
                .map(|(i, column)| (column.id, i))
                .collect()
        })
        .unwrap_or_default();
    // With a filter on, the count of what it shows, per lane and group of stages.
    let shown: Option<HashMap<(crate::model::LaneId, usize), usize>> =
        scene.emphasis.map(|emphasis| {
            let mut shown = HashMap::new();
            for id in emphasis {
                if let Some(t) = scene.journey.touchpoint(*id)
                    && let Some(&stage) = stage_index.get(&t.stage)
                {
                    *shown.entry((t.lane, stage / groups.per_group)).or_default() += 1;
                }
            }
            shown
        });
    let first_stage = groups.groups.start * groups.per_group;
    let end_stage = groups.groups.end * groups.per_group;
    for (band, lane_cells) in layout.lanes.iter().zip(&layout.cells) {
        if !scene.to_screen(band.rect).intersects(scene.clip) {
            continue;
        }
        let from = lane_cells.partition_point(|&(stage, _)| stage < first_stage);
        let mut sums: Vec<(usize, Cell)> = Vec::new();
        for (stage, cell) in &lane_cells[from..] {
            if *stage >= end_stage {
                break;
            }
            let group = stage / groups.per_group;
            match sums.last_mut() {
                Some((at, sum)) if *at == group => add(sum, cell),
                _ => sums.push((group, cell.clone())),
            }
        }
        for (group, cell) in sums {
            let Some(x_range) = groups.x_range(group, layout) else {
                continue;
            };
            let area = Rect::from_x_y_ranges(x_range, band.rect.y_range());
            let shown = shown
                .as_ref()
                .map(|shown| shown.get(&(band.id, group)).copied().unwrap_or(0));
            paint_cell(
                painter,
                scene,
                scene.to_screen(area).shrink(3.0),
                &cell,
                shown,
            );
        }
    }
}

/// One cell of the overview in `area` (screen points): its count and TERMS heat.
fn paint_cell(painter: &Painter, scene: &Scene<'_>, area: Rect, cell: &Cell, shown: Option<usize>) {
    if !area.intersects(scene.clip) || area.width() < 4.0 || area.height() < 4.0 {
        return;
    }
    let (fill, edge) = scene.palette().card(false);
    let (fill, edge) = (style::colour(fill), style::colour(edge));
    let mut painter = painter.clone();
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
    // The count, as large as the cell allows within reason, and after it the heat: a
    // square per TERMS area, in the colour of its summed severity.
    let size = (area.height() * 0.45).min(20.0);
    let square = (size * 0.7).min(area.width() / 9.0);
    let mut left = area.left() + 6.0;
    if size >= 7.0 {
        let text = match shown {
            Some(shown) => crate::tr!("canvas-overview-shown", shown = shown, count = cell.cards),
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
                painter.rect_stroke(rect, 2.0, Stroke::new(1.0, faint), egui::StrokeKind::Inside);
            }
        }
    }
}
