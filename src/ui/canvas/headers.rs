//! The lane names at the left and the stage names at the top of the canvas, kept on
//! screen while the map pans under them.

use egui::{Color32, FontId, Painter, Pos2, Rect, Stroke, pos2, vec2};

use super::scene::{OVERVIEW_BELOW_ZOOM, Scene, text_size};
use crate::model::layout::LANE_HEADER_WIDTH;
use crate::ui::style;

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
pub(super) fn paint_headers(painter: &Painter, scene: &Scene<'_>) {
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
}
