//! The whole picture: the map's title and description above it, the map itself, and the
//! legend below; where each goes, and the order they are drawn in.

use emath::{Vec2, pos2, vec2};

use super::card::card;
use super::legend::Legend;
use super::links;
use super::map::{self, block_height, text_block};
use super::palette::{TEXT, WEAK_TEXT, WHITE};
use super::svg::{Font, Paint, Svg};
use super::text::wrap;
use crate::model::Journey;
use crate::model::layout::Layout;

/// White space around everything.
const MARGIN: f32 = 32.0;
const TITLE_SIZE: f32 = 28.0;
const TITLE_LINES: usize = 2;
const DESCRIPTION_SIZE: f32 = 14.0;
const DESCRIPTION_LINES: usize = 3;
/// Widest the description runs, however wide the map: long lines are hard to read.
const DESCRIPTION_WIDTH: f32 = 1100.0;
/// Space between the title block, the map and the legend.
const GAP: f32 = 20.0;

/// A journey's picture, laid out.
pub(super) struct Sheet<'a> {
    journey: &'a Journey,
    layout: Layout,
    title: Vec<String>,
    description: Vec<String>,
    legend: Legend,
    /// Where the map's own origin is on the sheet.
    map_origin: Vec2,
    size: Vec2,
}

impl<'a> Sheet<'a> {
    pub(super) fn new(journey: &'a Journey) -> Self {
        let layout = Layout::new(journey);
        let width = layout.bounds.width();
        let title = if journey.title().trim().is_empty() {
            crate::tr!("io-untitled-map")
        } else {
            journey.title().to_owned()
        };
        let title = wrap(&title, TITLE_SIZE, width, TITLE_LINES);
        let description = wrap(
            journey.description(),
            DESCRIPTION_SIZE,
            width.min(DESCRIPTION_WIDTH),
            DESCRIPTION_LINES,
        );
        let legend = Legend::new(width);
        let mut title_height = block_height(title.len(), TITLE_SIZE);
        if !description.is_empty() {
            title_height += 6.0 + block_height(description.len(), DESCRIPTION_SIZE);
        }
        let map_origin = vec2(MARGIN, MARGIN + title_height + GAP);
        let size = vec2(
            width + 2.0 * MARGIN,
            map_origin.y + layout.bounds.height() + GAP + legend.height() + MARGIN,
        );
        Self {
            journey,
            layout,
            title,
            description,
            legend,
            map_origin,
            size,
        }
    }

    /// Width and height of the picture, in map units.
    pub(super) fn size(&self) -> Vec2 {
        self.size
    }

    /// Draws the picture with its top left corner at the origin of `svg`'s coordinates.
    pub(super) fn draw(&self, svg: &mut Svg) {
        let journey = self.journey;
        svg.title(journey.title());
        svg.rect(
            emath::Rect::from_min_size(emath::Pos2::ZERO, self.size),
            0.0,
            Paint::fill(WHITE),
        );

        svg.open_group(Some("title-block"), None);
        let mut top = MARGIN;
        text_block(
            svg,
            pos2(MARGIN, top),
            Font::new(TITLE_SIZE, TEXT),
            &self.title,
        );
        top += block_height(self.title.len(), TITLE_SIZE) + 6.0;
        text_block(
            svg,
            pos2(MARGIN, top),
            Font::new(DESCRIPTION_SIZE, WEAK_TEXT),
            &self.description,
        );
        svg.close_group();

        let origin = self.map_origin;
        let transform = format!(
            "translate({} {})",
            super::svg::N(origin.x),
            super::svg::N(origin.y)
        );
        svg.open_group(Some("map"), Some(&transform));
        map::bands(svg, &self.layout);
        map::blueprint_lines(svg, &self.layout);
        links::links(svg, journey, &self.layout);
        svg.open_group(Some("cards"), None);
        for touchpoint in journey.touchpoints() {
            if let Some(&rect) = self.layout.cards.get(&touchpoint.id) {
                let hidden = journey.is_visible(touchpoint.id) == Some(false);
                card(svg, touchpoint, rect, hidden);
            }
        }
        svg.close_group();
        map::headers(svg, journey, &self.layout);
        svg.close_group();

        let legend_top = origin.y + self.layout.bounds.height() + GAP;
        self.legend.draw(svg, pos2(MARGIN, legend_top));
    }
}
