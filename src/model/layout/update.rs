//! Bringing a layout of a large map up to date after a change, without laying out the
//! whole map again: only the cards and links the change touched move, where nothing else
//! has to (no lane or stage grows or shrinks).

use std::collections::BTreeSet;

use emath::{Rect, pos2};

use super::sizes::{CARD_SIZE, LANE_PADDING, MIN_STAGE_WIDTH, STAGE_PADDING, card_offset};
use super::{Cell, Layout, index, route};
use crate::model::touched::Touched;
use crate::model::{Journey, LaneKind, TouchpointId};

/// How far apart two edges may be and still count as one.
const SAME: f32 = 0.01;

impl Layout {
    /// Brings this layout (made with `keep` choosing its lanes, of `journey` as it was
    /// before the changes) up to date after changes that touched `touched`, in place.
    /// Returns `false`, having changed nothing, when only laying the whole map out again
    /// will do: a lane or stage was changed, one must grow or shrink, or the map's links
    /// are routed round the cards (a map small enough to be laid out whole in a moment).
    pub fn update(
        &mut self,
        journey: &Journey,
        touched: &Touched,
        keep: impl Fn(LaneKind) -> bool,
    ) -> bool {
        // Routed links go round the cards near them, which a change may move: such a map
        // (then or now) is laid out whole.
        if touched.structure
            || self.links_routed
            || journey.link_count() <= route::ROUTED_LINKS_AT_MOST
        {
            return false;
        }
        // First, where each touched card goes, refusing what would move anything else.
        let mut places: Vec<(TouchpointId, Option<Rect>, Option<Rect>)> = Vec::new();
        for &id in &touched.touchpoints {
            let old = self.cards.get(&id).copied();
            let new = match journey.touchpoint(id) {
                Some(touchpoint) => {
                    let Some(lane) = journey.lane(touchpoint.lane) else {
                        return false;
                    };
                    if !keep(lane.kind) {
                        None
                    } else {
                        let (Some(band), Some(column)) = (
                            self.lanes.iter().find(|band| band.id == touchpoint.lane),
                            self.stages
                                .iter()
                                .find(|column| column.id == touchpoint.stage),
                        ) else {
                            return false;
                        };
                        let size = crate::model::look::card::card_size(touchpoint, self.text_scale);
                        let min = pos2(
                            column.rect.min.x + card_offset(touchpoint.x),
                            band.rect.min.y + LANE_PADDING,
                        );
                        let rect = Rect::from_min_size(min, size);
                        // The stage and the lane must already hold it.
                        if rect.max.x + STAGE_PADDING > column.rect.max.x + SAME
                            || size.y + 2.0 * LANE_PADDING > band.rect.height() + SAME
                        {
                            return false;
                        }
                        Some(rect)
                    }
                }
                None => None,
            };
            // A card that held its stage or lane at its size may leave it smaller.
            if let Some(old) = old
                && Some(old) != new
                && self.sized_by(old)
            {
                return false;
            }
            places.push((id, old, new));
        }

        // Then move them, and everything of theirs.
        let mut cells = BTreeSet::new();
        let mut links = touched.links.clone();
        for &(id, old, new) in &places {
            if let Some(old) = old {
                self.card_index.remove(id, old);
                self.cards.remove(&id);
                cells.extend(self.cell_at(old));
            }
            if let Some(new) = new {
                self.card_index.insert(id, new);
                self.cards.insert(id, new);
                cells.extend(self.cell_at(new));
            }
            links.extend(journey.links_of(id).iter().map(|link| link.id));
        }
        for id in links {
            if let Some(route) = self.links.remove(&id)
                && let Some(bounds) = index::bounds_of(&route)
            {
                self.link_index.remove(id, bounds);
            }
            let Some(link) = journey.link(id) else {
                continue;
            };
            let (Some(&from), Some(&to)) = (self.cards.get(&link.from), self.cards.get(&link.to))
            else {
                continue;
            };
            let route = if link.from == link.to {
                route::self_loop(from)
            } else {
                route::elbow(from, to)
            };
            if let Some(bounds) = index::bounds_of(&route) {
                self.link_index.insert(id, bounds);
            }
            self.links.insert(id, route);
        }
        for (lane, stage) in cells {
            self.count_cell(journey, lane, stage);
        }
        if touched.ratings_or_order
            && let Some(row) = self.emotion.take()
        {
            self.bounds.max.y = row.rect.min.y;
            self.add_emotion_row(journey, row.persona);
        }
        true
    }

    /// Whether the card at `rect` is as wide as its stage allows or as tall as its lane,
    /// so the stage or lane may be as large as it is for this card alone.
    fn sized_by(&self, rect: Rect) -> bool {
        let widest = self.stage_at(rect.min.x).is_none_or(|column| {
            column.rect.width() > MIN_STAGE_WIDTH + SAME
                && (rect.max.x + STAGE_PADDING - column.rect.max.x).abs() <= SAME
        });
        let tallest = self.lane_at(rect.center().y).is_none_or(|band| {
            band.rect.height() > CARD_SIZE.y + 2.0 * LANE_PADDING + SAME
                && (rect.height() + 2.0 * LANE_PADDING - band.rect.height()).abs() <= SAME
        });
        widest || tallest
    }

    /// The lane and stage (as indices) of the cell that holds the card at `rect`.
    fn cell_at(&self, rect: Rect) -> Option<(usize, usize)> {
        let lane = self
            .lanes
            .partition_point(|band| band.rect.max.y < rect.center().y);
        let stage = self
            .stages
            .partition_point(|column| column.rect.max.x < rect.min.x);
        (lane < self.lanes.len() && stage < self.stages.len()).then_some((lane, stage))
    }

    /// Counts the cell of lane `lane` and stage `stage` (indices) again, from the cards
    /// that lie in it.
    fn count_cell(&mut self, journey: &Journey, lane: usize, stage: usize) {
        let (Some(band), Some(column)) = (self.lanes.get(lane), self.stages.get(stage)) else {
            return;
        };
        let area = Rect::from_x_y_ranges(column.rect.x_range(), band.rect.y_range());
        let mut cell = Cell::default();
        for id in self.card_index.touching(area) {
            let Some(touchpoint) = journey.touchpoint(id) else {
                continue;
            };
            if touchpoint.lane != band.id || touchpoint.stage != column.id {
                continue;
            }
            cell.cards += 1;
            for tag in &touchpoint.terms {
                let area = tag.area.index();
                cell.heat[area] += tag.severity.weight();
                cell.worst[area] = cell.worst[area].max(Some(tag.severity));
            }
        }
        let Some(lane_cells) = self.cells.get_mut(lane) else {
            return;
        };
        let at = lane_cells.partition_point(|&(s, _)| s < stage);
        let there = lane_cells.get(at).is_some_and(|&(s, _)| s == stage);
        match (there, cell.cards) {
            (true, 0) => {
                lane_cells.remove(at);
            }
            (true, _) => lane_cells[at].1 = cell,
            (false, 0) => {}
            (false, _) => lane_cells.insert(at, (stage, cell)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Edit, Link, LinkKind, Rating, Severity, TermsArea, TermsTag, Touchpoint};

    /// The parts of a layout a view reads, in an order that compares.
    fn seen(layout: &Layout) -> String {
        let mut cards: Vec<_> = layout.cards.iter().collect();
        cards.sort_by_key(|(id, _)| **id);
        let mut links: Vec<_> = layout.links.iter().collect();
        links.sort_by_key(|(id, _)| **id);
        let everything = Rect::EVERYTHING;
        format!(
            "{cards:?}\n{links:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}",
            layout.cells,
            layout.emotion,
            layout.bounds,
            layout.cards_touching(everything),
            layout.links_touching(everything),
            layout.lanes
        )
    }

    #[test]
    fn a_large_map_is_brought_up_to_date_as_if_laid_out_anew() {
        let mut journey =
            crate::model::generate::generate(2_500, 3).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(journey.link_count() > route::ROUTED_LINKS_AT_MOST);
        let lay_out = |journey: &Journey| Layout::new(journey).with_emotion_row(journey, None);
        let mut layout = lay_out(&journey);
        let first = journey
            .touchpoints()
            .next()
            .map(|t| (t.id, t.lane, t.stage));
        let Some((first, lane, stage)) = first else {
            panic!("a generated map has touchpoints");
        };
        let last_link = journey.links().last().map(|link| link.id);
        let new_id = journey.new_touchpoint_id();
        let new_link = journey.new_link_id();
        let mut added = Touchpoint::new(new_id, "Calls back", lane, stage);
        added.emotion = Rating::new(-1);
        let edits = [
            // Each with whether it can be done in place.
            (
                Edit::UpdateTouchpoint {
                    id: first,
                    change: crate::model::TouchpointChange::Title("Renamed".into()),
                },
                true,
            ),
            (
                Edit::UpdateTouchpoint {
                    id: first,
                    change: crate::model::TouchpointChange::Tag {
                        area: TermsArea::Risk,
                        tag: Some(TermsTag {
                            area: TermsArea::Risk,
                            severity: Severity::Critical,
                            note: String::new(),
                        }),
                    },
                },
                true,
            ),
            (
                Edit::UpdateTouchpoint {
                    id: first,
                    change: crate::model::TouchpointChange::Emotion(Rating::new(2)),
                },
                true,
            ),
            (Edit::AddTouchpoint(Box::new(added)), true),
            (
                Edit::AddLink(Link {
                    id: new_link,
                    from: first,
                    to: new_id,
                    kind: LinkKind::Flow,
                    label: String::new(),
                }),
                true,
            ),
            (Edit::RemoveTouchpoint(new_id), true),
            (Edit::RemoveLink(last_link.unwrap_or(new_link)), true),
            (
                Edit::UpdateTouchpoint {
                    id: first,
                    change: crate::model::TouchpointChange::Title(
                        "A title long enough to take many lines on its card, many more than \
                         any other card of the lane has, so the lane grows"
                            .into(),
                    ),
                },
                false,
            ),
        ];
        for (edit, in_place) in edits {
            let before = journey.revision();
            if let Err(error) = journey.apply(edit.clone()) {
                panic!("{edit:?}: {error}");
            }
            let Some(touched) = journey.touched_since(before) else {
                panic!("the journal reaches back one change");
            };
            let updated = layout.update(&journey, &touched, |_| true);
            assert_eq!(updated, in_place, "{edit:?}");
            if !updated {
                layout = lay_out(&journey);
            }
            assert_eq!(seen(&layout), seen(&lay_out(&journey)), "after {edit:?}");
        }
    }

    #[test]
    fn a_map_whose_links_were_routed_is_laid_out_whole_when_it_passes_the_limit() {
        let mut journey =
            crate::model::generate::generate(2_200, 3).unwrap_or_else(|e| panic!("{e:?}"));
        while journey.link_count() > route::ROUTED_LINKS_AT_MOST {
            let Some(id) = journey.links().last().map(|link| link.id) else {
                break;
            };
            assert!(journey.apply(Edit::RemoveLink(id)).is_ok());
        }
        let mut layout = Layout::new(&journey);
        assert!(layout.links_routed);
        let ids: Vec<TouchpointId> = journey.touchpoints().take(2).map(|t| t.id).collect();
        let link = Link {
            id: journey.new_link_id(),
            from: ids[0],
            to: ids[1],
            kind: LinkKind::Flow,
            label: String::new(),
        };
        let before = journey.revision();
        assert!(journey.apply(Edit::AddLink(link)).is_ok());
        assert!(journey.link_count() > route::ROUTED_LINKS_AT_MOST);
        let Some(touched) = journey.touched_since(before) else {
            panic!("the journal reaches back one change");
        };
        // The other links are routed round the cards; a new layout draws them as elbows.
        assert!(!layout.update(&journey, &touched, |_| true));
        layout = Layout::new(&journey);
        assert!(!layout.links_routed);
    }
}
