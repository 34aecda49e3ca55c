//! The map's fixed sizes in map units (lane and stage headers, lanes, cards and the
//! space round them), and where a card starts in its stage: what the layout, Tidy and the
//! link routes all measure with.

use emath::{Vec2, vec2};

use crate::model::look::card::{CARD_MIN_HEIGHT, CARD_WIDTH};

/// Width of the lane names at the left of the map.
pub const LANE_HEADER_WIDTH: f32 = 170.0;
/// Height of the stage names at the top of the map.
pub const STAGE_HEADER_HEIGHT: f32 = 44.0;
/// Height of a lane whose cards are all of the smallest size; a lane with a taller card
/// grows to hold it.
pub const LANE_HEIGHT: f32 = CARD_SIZE.y + 2.0 * LANE_PADDING;
/// Space between a lane's edges and its cards.
pub const LANE_PADDING: f32 = 16.0;
/// Size of a card whose title is short; a card with a long title is taller (see
/// `look::card`).
pub const CARD_SIZE: Vec2 = vec2(CARD_WIDTH, CARD_MIN_HEIGHT);
/// Space between a stage's edge and its first card.
pub const STAGE_PADDING: f32 = 20.0;
/// Narrowest a stage column gets, even when empty.
pub const MIN_STAGE_WIDTH: f32 = CARD_SIZE.x + 2.0 * STAGE_PADDING;

/// Where a card with position `x` starts, from the left edge of its stage.
pub(super) fn card_offset(x: f32) -> f32 {
    STAGE_PADDING + x.max(0.0)
}
