//! The map's frame: lane bands, stage columns, the blueprint lines and the headers with
//! lane and stage names, drawn as the canvas draws them.

use emath::{Rect, pos2, vec2};

use super::palette::{self, BLUEPRINT_LINE, HEADER_FILL, TEXT, WEAK_TEXT, WHITE};
use super::svg::{Font, Paint, Svg};
use super::text::{ASCENT_EM, LINE_HEIGHT_EM, wrap};
use crate::model::Journey;
use crate::model::layout::{LANE_HEADER_WIDTH, Layout};

/// Font sizes, as on the canvas at 100% zoom.
const STAGE_NAME_SIZE: f32 = 15.0;
const LANE_NAME_SIZE: f32 = 14.0;
const SMALL_SIZE: f32 = 11.0;

/// How strongly the thin lines between lanes and between stages show: the weak text
/// colour at this much over what is under them, as on the canvas.
const BAND_EDGE_ALPHA: f32 = 0.25;
const COLUMN_EDGE_ALPHA: f32 = 0.3;

/// Lane bands and the lines between stage columns.
pub(super) fn bands(svg: &mut Svg, layout: &Layout) {
    svg.open_group(Some("lanes"), None);
    for band in &layout.lanes {
        svg.rect(band.rect, 0.0, Paint::fill(palette::lane_fill(band.kind)));
        svg.line(
            band.rect.left_bottom(),
            band.rect.right_bottom(),
            Paint::stroke(
                WEAK_TEXT.over(palette::lane_fill(band.kind), BAND_EDGE_ALPHA),
                1.0,
            ),
        );
    }
    for column in &layout.stages {
        svg.line(
            column.rect.right_top(),
            column.rect.right_bottom(),
            // Over every lane's colour: mixed over white, a shade darker on the bands.
            Paint::stroke(WEAK_TEXT.over(WHITE, COLUMN_EDGE_ALPHA), 1.0),
        );
    }
    svg.close_group();
}

/// The lines of interaction, visibility and internal interaction, dashed and labelled.
pub(super) fn blueprint_lines(svg: &mut Svg, layout: &Layout) {
    if layout.lines.is_empty() {
        return;
    }
    svg.open_group(Some("blueprint-lines"), None);
    for &(line, y) in &layout.lines {
        svg.line(
            pos2(LANE_HEADER_WIDTH, y),
            pos2(layout.bounds.max.x, y),
            Paint::stroke(BLUEPRINT_LINE, 1.5).dashed(8.0, 5.0),
        );
        // Just above the line, where the canvas puts it: between the cards and the line.
        svg.text(
            pos2(LANE_HEADER_WIDTH + 6.0, y - 5.0),
            Font::new(SMALL_SIZE, BLUEPRINT_LINE),
            &line.localized_label(),
        );
    }
    svg.close_group();
}

/// Stage names along the top, lane names and kinds down the left, and the corner.
pub(super) fn headers(svg: &mut Svg, journey: &Journey, layout: &Layout) {
    let edge = Paint::stroke(palette::header_edge(), 1.0);
    svg.open_group(Some("stages"), None);
    for column in &layout.stages {
        let header = Rect::from_min_max(
            pos2(column.rect.min.x, 0.0),
            pos2(column.rect.max.x, layout.stage_header),
        );
        svg.open_group(Some(&format!("stage-{}", column.id.0)), None);
        let stage = journey.stage(column.id);
        if let Some(stage) = stage {
            svg.title(&stage.name);
        }
        svg.rect(header, 0.0, Paint::fill(HEADER_FILL));
        svg.line(header.left_bottom(), header.right_bottom(), edge);
        svg.line(header.right_top(), header.right_bottom(), edge);
        if let Some(stage) = stage {
            let lines = wrap(&stage.name, STAGE_NAME_SIZE, header.width() - 12.0, 2);
            let font = Font::new(STAGE_NAME_SIZE, TEXT).centred();
            let top = header.center().y - block_height(lines.len(), STAGE_NAME_SIZE) / 2.0;
            text_block(svg, pos2(header.center().x, top), font, &lines);
        }
        svg.close_group();
    }
    svg.close_group();

    svg.open_group(Some("lane-names"), None);
    for band in &layout.lanes {
        let header = Rect::from_min_max(band.rect.min, pos2(LANE_HEADER_WIDTH, band.rect.max.y));
        svg.open_group(Some(&format!("lane-{}", band.id.0)), None);
        let lane = journey.lane(band.id);
        if let Some(lane) = lane {
            svg.title(&lane.name);
        }
        svg.rect(header, 0.0, Paint::fill(palette::lane_fill(band.kind)));
        svg.rect(
            Rect::from_min_size(header.min, vec2(4.0, header.height())),
            0.0,
            Paint::fill(palette::kind_accent(band.kind)),
        );
        svg.line(header.right_top(), header.right_bottom(), edge);
        svg.line(header.left_bottom(), header.right_bottom(), edge);
        let Some(lane) = lane else {
            svg.close_group();
            continue;
        };
        let names = wrap(&lane.name, LANE_NAME_SIZE, header.width() - 18.0, 4);
        let height = block_height(names.len(), LANE_NAME_SIZE) + block_height(1, SMALL_SIZE);
        let mut top = header.center().y - height / 2.0;
        let left = header.left() + 12.0;
        text_block(
            svg,
            pos2(left, top),
            Font::new(LANE_NAME_SIZE, TEXT),
            &names,
        );
        top += block_height(names.len(), LANE_NAME_SIZE);
        text_block(
            svg,
            pos2(left, top),
            Font::new(SMALL_SIZE, WEAK_TEXT),
            &[lane.kind.label()],
        );
        svg.close_group();
    }
    // The corner above the lane names, as on the canvas.
    let corner = Rect::from_min_max(pos2(0.0, 0.0), pos2(LANE_HEADER_WIDTH, layout.stage_header));
    svg.rect(corner, 0.0, Paint::fill(HEADER_FILL));
    svg.line(corner.right_top(), corner.right_bottom(), edge);
    svg.line(corner.left_bottom(), corner.right_bottom(), edge);
    svg.close_group();

    // A thin frame, so the map has an edge on white paper.
    svg.rect(layout.bounds, 0.0, edge);
}

/// How tall `lines` lines of text at `size` are.
pub(super) fn block_height(lines: usize, size: f32) -> f32 {
    lines as f32 * LINE_HEIGHT_EM * size
}

/// Lines of text, the first one's top at `top` (its left, or its centre when `font` is
/// centred).
pub(super) fn text_block(svg: &mut Svg, top: emath::Pos2, font: Font, lines: &[String]) {
    for (i, line) in lines.iter().enumerate() {
        let baseline = top.y + (ASCENT_EM + LINE_HEIGHT_EM * i as f32) * font.size;
        svg.text(pos2(top.x, baseline), font, line);
    }
}
