//! Where everything on the map goes, in map units: lane bands, stage columns, cards.
//!
//! Map units are screen points at 100% zoom. The layout depends only on the journey, not
//! on pan or zoom, and it is pure geometry (emath, no egui), so the canvas and the picture
//! export draw the same map.

pub mod emotion;
pub mod index;
pub mod route;
mod sizes;
pub mod tidy;
mod update;

use std::collections::HashMap;

use emath::{Pos2, Rect, Vec2, pos2, vec2};

use super::{Journey, LaneId, LaneKind, LinkId, PersonaId, StageId, TouchpointId};
use sizes::card_offset;

pub use sizes::{
    CARD_SIZE, LANE_HEADER_WIDTH, LANE_HEIGHT, LANE_PADDING, MIN_STAGE_WIDTH, STAGE_HEADER_HEIGHT,
    STAGE_PADDING,
};

/// A lane's band across the map.
#[derive(Clone, Debug, PartialEq)]
pub struct LaneBand {
    pub id: LaneId,
    pub kind: LaneKind,
    /// From the left edge of the map (including the header) to its right edge.
    pub rect: Rect,
}

/// A stage's column down the map.
#[derive(Clone, Debug, PartialEq)]
pub struct StageColumn {
    pub id: StageId,
    /// From the top of the map (including the header) to its bottom.
    pub rect: Rect,
}

/// One of the three service-blueprint lines between two lanes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlueprintLine {
    /// Between what the customer does and the employees they meet.
    Interaction,
    /// Between what the customer sees and what they do not.
    Visibility,
    /// Between employees' backstage work and the processes that support it.
    InternalInteraction,
}

impl BlueprintLine {
    /// The line drawn between a lane of kind `above` and one of kind `below`, if any.
    pub fn between(above: LaneKind, below: LaneKind) -> Option<Self> {
        use LaneKind::{Backstage, Customer, Frontstage, Support};
        match (above, below) {
            (Customer, Frontstage) | (Frontstage, Customer) => Some(Self::Interaction),
            (Backstage, Support) | (Support, Backstage) => Some(Self::InternalInteraction),
            _ if above.is_visible() != below.is_visible() => Some(Self::Visibility),
            _ => None,
        }
    }

    /// The English name.
    pub fn label(self) -> &'static str {
        match self {
            Self::Interaction => "line of interaction",
            Self::Visibility => "line of visibility",
            Self::InternalInteraction => "line of internal interaction",
        }
    }

    /// The name in the thread's language, as the canvas and pictures show it.
    pub fn localized_label(self) -> String {
        match self {
            Self::Interaction => crate::tr!("model-line-interaction"),
            Self::Visibility => crate::tr!("model-line-visibility"),
            Self::InternalInteraction => crate::tr!("model-line-internal-interaction"),
        }
    }
}

/// What the cards of one lane in one stage hold, for the overview of a map seen from far
/// away.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cell {
    /// How many cards.
    pub cards: usize,
    /// The summed severity (1 minor, 2 major, 3 critical) of their tags, by TERMS area.
    pub heat: [u32; 5],
    /// The worst severity of their tags, by TERMS area.
    pub worst: [Option<super::Severity>; 5],
}

impl Cell {
    /// The severity whose colour shows TERMS area `area` of the cell: the worst of its
    /// tags, raised one step when several add up to more than a critical one (so three
    /// major problems show as critical, and one critical problem is never softened).
    pub fn severity(&self, area: usize) -> Option<super::Severity> {
        use super::Severity::Critical;
        let worst = *self.worst.get(area)?;
        let sum = self.heat.get(area).copied().unwrap_or(0);
        if sum > Critical.weight() {
            Some(Critical)
        } else {
            worst
        }
    }
}

/// The geometry of a whole map.
#[derive(Clone, Debug)]
pub struct Layout {
    pub lanes: Vec<LaneBand>,
    pub stages: Vec<StageColumn>,
    pub cards: HashMap<TouchpointId, Rect>,
    /// Lines between lanes: the line, and its height.
    pub lines: Vec<(BlueprintLine, f32)>,
    /// Where each link runs whose two cards are on the map: from the edge of the first
    /// card to the edge of the second (see [`route`]).
    pub links: HashMap<LinkId, Vec<Pos2>>,
    /// Everything, headers included.
    pub bounds: Rect,
    /// How many times the usual size the cards' text is (see `look::card::card_size`).
    pub text_scale: f32,
    /// Height of the stage names' row at the top.
    pub stage_header: f32,
    /// What each lane holds in each stage, where it holds anything: for each lane of
    /// [`Layout::lanes`], its cells by the index of their stage in [`Layout::stages`],
    /// in stage order.
    pub cells: Vec<Vec<(usize, Cell)>>,
    /// Where the cards lie.
    pub card_index: index::SpatialIndex<TouchpointId>,
    /// Where the links run (the box round each route).
    pub link_index: index::SpatialIndex<LinkId>,
    /// Whether the links were routed round the cards (a map of few links) rather than
    /// drawn as elbows.
    pub links_routed: bool,
    /// The emotion row under the lanes, when it is shown (see
    /// [`Layout::with_emotion_row`]).
    pub emotion: Option<emotion::EmotionRow>,
}

impl Layout {
    /// The whole map.
    pub fn new(journey: &Journey) -> Self {
        Self::with_lanes(journey, |_| true)
    }

    /// The map with only the lanes whose kind `keep` accepts (the others, and their
    /// touchpoints, are left out).
    pub fn with_lanes(journey: &Journey, keep: impl Fn(LaneKind) -> bool) -> Self {
        Self::scaled(journey, keep, 1.0)
    }

    /// [`Layout::with_lanes`] with the cards' text `text_scale` times the usual size:
    /// the cards as wide, taller where their titles take more lines.
    pub fn scaled(journey: &Journey, keep: impl Fn(LaneKind) -> bool, text_scale: f32) -> Self {
        let kept: Vec<&super::Lane> = journey
            .lanes()
            .iter()
            .filter(|lane| keep(lane.kind))
            .collect();
        let in_kept_lane = |lane: LaneId| kept.iter().any(|kept| kept.id == lane);
        let mut widths: HashMap<StageId, f32> = journey
            .stages()
            .iter()
            .map(|stage| (stage.id, MIN_STAGE_WIDTH))
            .collect();
        for touchpoint in journey.touchpoints().filter(|t| in_kept_lane(t.lane)) {
            if let Some(width) = widths.get_mut(&touchpoint.stage) {
                let needed = card_offset(touchpoint.x) + CARD_SIZE.x + STAGE_PADDING;
                *width = width.max(needed);
            }
        }

        // Each card's size from what it shows; each lane as tall as its tallest card.
        let sizes: HashMap<TouchpointId, Vec2> = journey
            .touchpoints()
            .filter(|t| in_kept_lane(t.lane))
            .map(|t| (t.id, super::look::card::card_size(t, text_scale)))
            .collect();
        let mut lane_heights: HashMap<LaneId, f32> =
            kept.iter().map(|lane| (lane.id, LANE_HEIGHT)).collect();
        for touchpoint in journey.touchpoints() {
            if let (Some(height), Some(size)) = (
                lane_heights.get_mut(&touchpoint.lane),
                sizes.get(&touchpoint.id),
            ) {
                *height = height.max(size.y + 2.0 * LANE_PADDING);
            }
        }
        // The stage names' row grows with their text (in the presentation view).
        let header = STAGE_HEADER_HEIGHT * text_scale.max(1.0);
        let height = header + lane_heights.values().sum::<f32>();
        let mut left = LANE_HEADER_WIDTH;
        let stages: Vec<StageColumn> = journey
            .stages()
            .iter()
            .map(|stage| {
                let width = widths.get(&stage.id).copied().unwrap_or(MIN_STAGE_WIDTH);
                let rect = Rect::from_min_size(pos2(left, 0.0), vec2(width, height));
                left += width;
                StageColumn { id: stage.id, rect }
            })
            .collect();
        let right = left.max(LANE_HEADER_WIDTH + MIN_STAGE_WIDTH);

        let mut top = header;
        let lanes: Vec<LaneBand> = kept
            .iter()
            .map(|lane| {
                let height = lane_heights.get(&lane.id).copied().unwrap_or(LANE_HEIGHT);
                let rect = Rect::from_min_max(pos2(0.0, top), pos2(right, top + height));
                top += height;
                LaneBand {
                    id: lane.id,
                    kind: lane.kind,
                    rect,
                }
            })
            .collect();

        let lines = lanes
            .windows(2)
            .filter_map(|pair| {
                BlueprintLine::between(pair[0].kind, pair[1].kind)
                    .map(|line| (line, pair[0].rect.max.y))
            })
            .collect();

        let lane_top: HashMap<LaneId, f32> = lanes
            .iter()
            .map(|band| (band.id, band.rect.min.y))
            .collect();
        let stage_left: HashMap<StageId, f32> = stages
            .iter()
            .map(|column| (column.id, column.rect.min.x))
            .collect();
        let cards: HashMap<TouchpointId, Rect> = journey
            .touchpoints()
            .filter_map(|touchpoint| {
                let top = lane_top.get(&touchpoint.lane)?;
                let left = stage_left.get(&touchpoint.stage)?;
                let size = sizes.get(&touchpoint.id)?;
                let min = pos2(left + card_offset(touchpoint.x), top + LANE_PADDING);
                Some((touchpoint.id, Rect::from_min_size(min, *size)))
            })
            .collect();

        // Links keep off the lane names' edge: a detour round the left runs in the first
        // stage's margin.
        let lanes_area = Rect::from_min_max(
            pos2(LANE_HEADER_WIDTH + STAGE_PADDING / 2.0, header),
            pos2(right, height),
        );
        let links = route::routes(journey, &cards, lanes_area);
        let lane_index: HashMap<LaneId, usize> = lanes
            .iter()
            .enumerate()
            .map(|(i, band)| (band.id, i))
            .collect();
        let stage_index: HashMap<StageId, usize> = stages
            .iter()
            .enumerate()
            .map(|(i, column)| (column.id, i))
            .collect();
        let mut cells: Vec<HashMap<usize, Cell>> = vec![HashMap::new(); lanes.len()];
        for touchpoint in journey.touchpoints().filter(|t| cards.contains_key(&t.id)) {
            let (Some(&lane), Some(&stage)) = (
                lane_index.get(&touchpoint.lane),
                stage_index.get(&touchpoint.stage),
            ) else {
                continue;
            };
            let Some(lane_cells) = cells.get_mut(lane) else {
                continue;
            };
            let cell = lane_cells.entry(stage).or_default();
            cell.cards += 1;
            for tag in &touchpoint.terms {
                let area = tag.area.index();
                cell.heat[area] += tag.severity.weight();
                cell.worst[area] = cell.worst[area].max(Some(tag.severity));
            }
        }
        let cells = cells
            .into_iter()
            .map(|lane_cells| {
                let mut lane_cells: Vec<(usize, Cell)> = lane_cells.into_iter().collect();
                lane_cells.sort_unstable_by_key(|&(stage, _)| stage);
                lane_cells
            })
            .collect();
        let card_index = index::SpatialIndex::new(cards.iter().map(|(&id, &rect)| (id, rect)));
        let link_index = index::SpatialIndex::new(
            links
                .iter()
                .filter_map(|(&id, route)| Some((id, index::bounds_of(route)?))),
        );
        Self {
            lanes,
            stages,
            cards,
            lines,
            links,
            text_scale,
            stage_header: header,
            cells,
            card_index,
            link_index,
            links_routed: journey.link_count() <= route::ROUTED_LINKS_AT_MOST,
            emotion: None,
            bounds: Rect::from_min_max(Pos2::ZERO, pos2(right, height.max(header))),
        }
    }

    /// This layout with an emotion row added under its lanes, the customer's curve along
    /// `persona`'s path when one is given.
    pub fn with_emotion_row(mut self, journey: &Journey, persona: Option<PersonaId>) -> Self {
        self.add_emotion_row(journey, persona);
        self
    }

    /// Adds the emotion row under the lanes (see [`Layout::with_emotion_row`]).
    fn add_emotion_row(&mut self, journey: &Journey, persona: Option<PersonaId>) {
        let row = emotion::EmotionRow::under(self.bounds, &self.cards, journey, persona);
        self.bounds = self.bounds.union(row.rect);
        self.emotion = Some(row);
    }

    /// The cards that touch `rect` (map units), by id (the order they are drawn in, the
    /// later over the earlier).
    pub fn cards_touching(&self, rect: Rect) -> Vec<TouchpointId> {
        let mut found: Vec<TouchpointId> = self.card_index.touching(rect).collect();
        found.sort_unstable();
        found
    }

    /// The links whose routes may cross `rect` (map units: the box round the route touches
    /// it), by id.
    pub fn links_touching(&self, rect: Rect) -> Vec<LinkId> {
        let mut found: Vec<LinkId> = self.link_index.touching(rect).collect();
        found.sort_unstable();
        found
    }

    /// The stages whose columns reach into `left..=right` (map units), as a range of
    /// indices into [`Layout::stages`].
    pub fn stages_across(&self, left: f32, right: f32) -> std::ops::Range<usize> {
        let first = self
            .stages
            .partition_point(|column| column.rect.max.x < left);
        let end = self
            .stages
            .partition_point(|column| column.rect.min.x <= right);
        first..end.max(first)
    }

    /// The lane whose band holds height `y`.
    pub fn lane_at(&self, y: f32) -> Option<&LaneBand> {
        let i = self.lanes.partition_point(|band| band.rect.max.y < y);
        self.lanes
            .get(i)
            .filter(|band| band.rect.y_range().contains(y))
    }

    /// The stage whose column holds `x`.
    pub fn stage_at(&self, x: f32) -> Option<&StageColumn> {
        let i = self.stages.partition_point(|column| column.rect.max.x < x);
        self.stages
            .get(i)
            .filter(|column| column.rect.x_range().contains(x))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Edit, Touchpoint, templates::Template};

    #[test]
    fn a_cell_shows_its_worst_problem_and_many_add_up() {
        use crate::model::Severity::{Critical, Major, Minor};
        let mut cell = Cell::default();
        assert_eq!(cell.severity(0), None);
        cell.heat[0] = 3;
        cell.worst[0] = Some(Critical);
        assert_eq!(cell.severity(0), Some(Critical));
        cell.heat[1] = 2;
        cell.worst[1] = Some(Major);
        assert_eq!(cell.severity(1), Some(Major));
        cell.heat[2] = 2;
        cell.worst[2] = Some(Minor);
        assert_eq!(cell.severity(2), Some(Minor));
        cell.heat[3] = 6;
        cell.worst[3] = Some(Major);
        assert_eq!(cell.severity(3), Some(Critical));
    }

    #[test]
    fn cards_sit_in_their_lane_and_stage() {
        let mut journey = Template::Blueprint.journey();
        let lane = journey.lanes()[2].id;
        let stage = journey.stages()[1].id;
        let id = journey.new_touchpoint_id();
        let mut touchpoint = Touchpoint::new(id, "Greets the family", lane, stage);
        touchpoint.x = 300.0;
        assert!(
            journey
                .apply(Edit::AddTouchpoint(Box::new(touchpoint)))
                .is_ok()
        );

        let layout = Layout::new(&journey);
        let card = layout.cards[&id];
        assert!(layout.lanes[2].rect.contains_rect(card));
        assert!(layout.stages[1].rect.contains_rect(card));
        assert_eq!(layout.lane_at(card.center().y).map(|b| b.id), Some(lane));
        assert_eq!(layout.stage_at(card.center().x).map(|c| c.id), Some(stage));
        // The stage grew to hold the card; the next one starts after it.
        assert!(layout.stages[2].rect.min.x >= card.max.x);
    }

    #[test]
    fn the_blueprint_template_has_all_three_lines() {
        let layout = Layout::new(&Template::Blueprint.journey());
        let lines: Vec<BlueprintLine> = layout.lines.iter().map(|&(line, _)| line).collect();
        assert_eq!(
            lines,
            [
                BlueprintLine::Interaction,
                BlueprintLine::Visibility,
                BlueprintLine::InternalInteraction
            ]
        );
    }
}
