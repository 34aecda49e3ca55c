//! What painting the map reads besides the journey: the [`Scene`] (the view, the
//! selection, what is dragged, emphasised and marked out), and the measures every part of
//! the painting shares (the overview's threshold, dimming, text sizes, the accent).

use std::borrow::Cow;
use std::collections::HashSet;

use egui::emath::TSTransform;
use egui::{Color32, FontId, Pos2, Rect, Vec2};

use crate::model::layout::Layout;
use crate::model::layout::route;
use crate::model::{Journey, Link, LinkId, TouchpointId};
use crate::ui::filter::Highlight;
use crate::ui::selection::Selection;
use crate::ui::style;

/// Below this zoom of the map's text, where titles would be too small to read (about 6
/// points), the map is an overview: each lane's cards in each stage are counted, with
/// their TERMS heat. Above it, every card is drawn whole.
pub const OVERVIEW_BELOW_ZOOM: f32 = 0.45;

/// What the painter needs besides the journey.
pub struct Scene<'a> {
    pub journey: &'a Journey,
    pub layout: &'a Layout,
    pub screen_from_map: TSTransform,
    /// The part of the screen the canvas covers.
    pub clip: Rect,
    pub dark: bool,
    pub selection: &'a Selection,
    pub hovered_card: Option<TouchpointId>,
    pub hovered_link: Option<LinkId>,
    /// While cards are dragged: how far the selected ones have moved, in map units.
    pub moving: Option<Vec2>,
    /// The touchpoints shown in full (by a filter or the walk); the rest are dimmed.
    /// `None`: everything in full.
    pub emphasis: Option<&'a HashSet<TouchpointId>>,
    /// A persona's path or a promise, marked out on the map.
    pub highlight: Option<Highlight>,
    /// What customers and employees measured, shown as badges on the cards.
    pub feedback: Option<&'a crate::model::feedback::Summary>,
}

/// How strongly dimmed things show.
pub(super) const DIMMED: f32 = 0.22;

impl Scene<'_> {
    /// Whether `id` is shown in full rather than dimmed.
    pub fn emphasised(&self, id: TouchpointId) -> bool {
        self.emphasis.is_none_or(|set| set.contains(&id))
    }

    /// Where `link` runs, in map units: its route on the map, or, while one of its cards
    /// is being dragged, a simple one between where the cards are now.
    pub fn link_path(&self, link: &Link) -> Option<Cow<'_, [Pos2]>> {
        let dragged = |id| self.moving.is_some() && self.selection.touchpoints.contains(&id);
        if dragged(link.from) || dragged(link.to) {
            let (from, to) = (self.card_in_map(link.from)?, self.card_in_map(link.to)?);
            let path = if link.from == link.to {
                route::self_loop(from)
            } else {
                route::elbow(from, to)
            };
            return Some(Cow::Owned(path));
        }
        self.layout
            .links
            .get(&link.id)
            .map(|path| Cow::Borrowed(path.as_slice()))
    }

    /// Where card `id` is drawn, in map units: where the layout puts it, or where it is
    /// being dragged.
    pub fn card_in_map(&self, id: TouchpointId) -> Option<Rect> {
        let rect = *self.layout.cards.get(&id)?;
        match self.moving {
            Some(offset) if self.selection.touchpoints.contains(&id) => {
                Some(rect.translate(offset))
            }
            _ => Some(rect),
        }
    }

    pub(super) fn zoom(&self) -> f32 {
        self.screen_from_map.scaling
    }

    pub(super) fn to_screen(&self, rect: Rect) -> Rect {
        self.screen_from_map.mul_rect(rect)
    }

    /// The part of the map on the canvas, in map units.
    pub(super) fn map_in_sight(&self) -> Rect {
        self.screen_from_map.inverse().mul_rect(self.clip)
    }

    /// Whether card `id` is being dragged.
    pub(super) fn is_moving(&self, id: TouchpointId) -> bool {
        self.moving.is_some() && self.selection.touchpoints.contains(&id)
    }

    /// The cards to draw, by id: those on the canvas, and those being dragged.
    pub(super) fn cards_in_sight(&self) -> Vec<TouchpointId> {
        let mut cards = self.layout.cards_touching(self.map_in_sight());
        if self.moving.is_some() {
            cards.extend(self.selection.touchpoints.iter().copied());
            cards.sort_unstable();
            cards.dedup();
        }
        cards
    }

    /// The links to draw, by id: those whose routes may cross the canvas, and those of the
    /// cards being dragged.
    pub(super) fn links_in_sight(&self) -> Vec<LinkId> {
        let mut links = self.layout.links_touching(self.map_in_sight());
        if self.moving.is_some() {
            for &id in &self.selection.touchpoints {
                links.extend(self.journey.links_of(id).iter().map(|link| link.id));
            }
            links.sort_unstable();
            links.dedup();
        }
        links
    }

    /// The zoom of the map's text: the view's, times the layout's enlarged text (in the
    /// presentation view).
    pub(super) fn text_zoom(&self) -> f32 {
        self.zoom() * self.layout.text_scale
    }

    /// The window's font at `size` map units of the map's text.
    pub(super) fn text_font(&self, size: f32) -> FontId {
        FontId::proportional(text_size(size * self.text_zoom()))
    }

    /// The palette of the theme the canvas is drawn in.
    pub(super) fn palette(&self) -> crate::model::look::palette::Palette {
        style::palette(self.dark)
    }

    pub(super) fn text_colour(&self) -> Color32 {
        style::colour(self.palette().text())
    }

    pub(super) fn weak_text_colour(&self) -> Color32 {
        style::colour(self.palette().weak_text())
    }
}

/// Rounds a text size so zooming does not fill the font atlas with a new size every frame.
pub(super) fn text_size(size: f32) -> f32 {
    (size * 2.0).round().max(1.0) / 2.0
}

/// The colour that marks selected things.
pub fn accent(dark: bool) -> Color32 {
    style::colour(style::palette(dark).accent())
}

/// The stretches of `path` that pass through `clip`.
pub(super) fn runs_in_sight(path: &[Pos2], clip: Rect) -> impl Iterator<Item = &[Pos2]> {
    let mut start = 0;
    let mut runs = Vec::new();
    for i in 1..path.len() {
        let visible = Rect::from_two_pos(path[i - 1], path[i]).intersects(clip);
        if !visible {
            if i - start > 1 {
                runs.push(&path[start..i]);
            }
            start = i;
        }
    }
    if path.len() - start > 1 {
        runs.push(&path[start..]);
    }
    runs.into_iter()
}

#[cfg(test)]
mod tests {
    use egui::pos2;

    use super::*;

    #[test]
    fn only_the_runs_on_screen_are_kept() {
        let path: Vec<Pos2> = (0..10).map(|i| pos2(i as f32 * 10.0, 0.0)).collect();
        let clip = Rect::from_min_max(pos2(25.0, -5.0), pos2(55.0, 5.0));
        let runs: Vec<&[Pos2]> = runs_in_sight(&path, clip).collect();
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].first(), Some(&pos2(20.0, 0.0)));
        assert_eq!(runs[0].last(), Some(&pos2(60.0, 0.0)));
        let everything: Vec<&[Pos2]> = runs_in_sight(&path, Rect::EVERYTHING).collect();
        assert_eq!(everything, [&path[..]]);
    }
}
