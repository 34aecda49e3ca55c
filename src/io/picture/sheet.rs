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
use crate::model::look::palette::Palette;

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
        // The emotion row, when the map has emotions or experiences to show in it.
        let rated = journey
            .touchpoints()
            .any(|t| t.emotion.is_some() || t.employee_experience.is_some());
        let layout = Layout::new(journey);
        let layout = if rated {
            layout.with_emotion_row(journey, None)
        } else {
            layout
        };
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
        self.draw_layer(svg, &Layer::Whole);
    }

    /// The picture as layers that, drawn one over another in order, make the whole
    /// picture: one layer for a map of the usual size, more for a map so large that its
    /// drawing would pass the million nodes that the SVG reader behind PNG and PDF reads
    /// at most. Each layer is drawn by `draw`, which gets the layer to fill in.
    pub(super) fn layers(&self) -> Vec<Layer> {
        self.layers_of(CARD_NODES_PER_LAYER, LINKS_PER_LAYER)
    }

    /// [`Sheet::layers`] with cards of at most `card_nodes_per_layer` nodes of SVG (or a
    /// single card, however large) and at most `links_per_layer` links in a layer.
    pub(super) fn layers_of(
        &self,
        card_nodes_per_layer: usize,
        links_per_layer: usize,
    ) -> Vec<Layer> {
        let links = self.journey.link_count();
        let card_nodes: Vec<usize> = self.journey.touchpoints().map(card_nodes).collect();
        if card_nodes.iter().sum::<usize>() <= card_nodes_per_layer && links <= links_per_layer {
            return vec![Layer::Whole];
        }
        let mut layers = vec![Layer::Base];
        let mut start = 0;
        while start < links {
            layers.push(Layer::Links(start..(start + links_per_layer).min(links)));
            start += links_per_layer;
        }
        let (mut start, mut nodes) = (0, 0);
        for (i, &count) in card_nodes.iter().enumerate() {
            if i > start && nodes + count > card_nodes_per_layer {
                layers.push(Layer::Cards(start..i));
                (start, nodes) = (i, 0);
            }
            nodes += count;
        }
        if start < card_nodes.len() {
            layers.push(Layer::Cards(start..card_nodes.len()));
        }
        layers.push(Layer::Top);
        layers
    }

    /// Draws one layer of the picture (see [`Sheet::layers`]).
    pub(super) fn draw_layer(&self, svg: &mut Svg, layer: &Layer) {
        let journey = self.journey;
        let whole = matches!(layer, Layer::Whole);
        if whole || matches!(layer, Layer::Base) {
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
        }

        let origin = self.map_origin;
        let transform = format!(
            "translate({} {})",
            super::svg::N(origin.x),
            super::svg::N(origin.y)
        );
        svg.open_group(Some("map"), Some(&transform));
        if whole || matches!(layer, Layer::Base) {
            map::bands(svg, &self.layout);
            map::blueprint_lines(svg, &self.layout);
        }
        let everything = 0..usize::MAX;
        let (links, cards) = match layer {
            Layer::Whole => (Some(everything.clone()), Some(everything)),
            Layer::Links(range) => (Some(range.clone()), None),
            Layer::Cards(range) => (None, Some(range.clone())),
            Layer::Base | Layer::Top => (None, None),
        };
        if let Some(range) = links {
            links::links(svg, journey, &self.layout, range);
        }
        if let Some(range) = cards {
            svg.open_group(Some("cards"), None);
            let count = range.end.saturating_sub(range.start);
            for touchpoint in journey.touchpoints().skip(range.start).take(count) {
                if let Some(&rect) = self.layout.cards.get(&touchpoint.id) {
                    let hidden = journey.is_visible(touchpoint.id) == Some(false);
                    card(svg, touchpoint, rect, hidden);
                }
            }
            svg.close_group();
        }
        if whole || matches!(layer, Layer::Top) {
            if let Some(row) = &self.layout.emotion {
                svg.open_group(Some("emotion-row"), None);
                let marks = crate::model::look::emotion::marks(row, Palette::LIGHT, None);
                super::card::write_marks(svg, &marks);
                svg.close_group();
            }
            map::headers(svg, journey, &self.layout);
        }
        svg.close_group();

        if whole || matches!(layer, Layer::Top) {
            let legend_top = origin.y + self.layout.bounds.height() + GAP;
            self.legend.draw(svg, pos2(MARGIN, legend_top));
        }
    }
}

/// How many nodes of SVG the cards of one layer are at most, leaving the rest of the
/// reader's million for the links and the base.
const CARD_NODES_PER_LAYER: usize = 250_000;

/// Nodes of SVG a card is at most, besides its title's lines: its group, title, box,
/// emotion, channel (2) and five chips (3 each).
const CARD_NODES: usize = 21;

/// How many nodes of SVG `touchpoint`'s card is at most: each line of its title is a
/// text element and its text.
fn card_nodes(touchpoint: &crate::model::Touchpoint) -> usize {
    CARD_NODES + 2 * crate::model::look::card::title_lines(touchpoint, 1.0).len()
}
/// How many links one layer draws at most: a link is 2 nodes (its line and its head).
const LINKS_PER_LAYER: usize = 50_000;

/// A part of the picture (see [`Sheet::layers`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Layer {
    /// Everything.
    Whole,
    /// The white sheet, the title and description, the lanes, stages and blueprint lines.
    Base,
    /// These links, by their place in id order.
    Links(std::ops::Range<usize>),
    /// These cards, by their place in id order.
    Cards(std::ops::Range<usize>),
    /// The lane and stage names over the cards, and the legend.
    Top,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Severity, TermsArea, TermsTag};

    fn example() -> Journey {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("journeys/online-order.ron");
        crate::io::load(&path).expect("the example map")
    }

    #[test]
    fn layers_take_every_card_and_link_once_in_order() {
        let journey = example();
        let sheet = Sheet::new(&journey);
        assert_eq!(sheet.layers(), [Layer::Whole]);
        let layers = sheet.layers_of(10, 7);
        let links = journey.link_count();
        let cards = journey.touchpoint_count();
        let covered = |pick: fn(&Layer) -> Option<std::ops::Range<usize>>| {
            layers.iter().filter_map(pick).flatten().collect::<Vec<_>>()
        };
        let link_places = covered(|l| match l {
            Layer::Links(r) => Some(r.clone()),
            _ => None,
        });
        let card_places = covered(|l| match l {
            Layer::Cards(r) => Some(r.clone()),
            _ => None,
        });
        assert_eq!(link_places, (0..links).collect::<Vec<_>>());
        assert_eq!(card_places, (0..cards).collect::<Vec<_>>());
        assert_eq!(layers.first(), Some(&Layer::Base));
        assert_eq!(layers.last(), Some(&Layer::Top));
    }

    #[test]
    fn a_card_is_at_most_as_many_nodes_of_svg_as_counted() {
        // Every tag, a long title, an emotion, hidden: as much as a card draws.
        let journey = example();
        let mut card = journey.touchpoints().next().cloned().expect("a card");
        card.title = "A very long title that wraps onto several lines of the card ".repeat(5);
        card.terms = TermsArea::ALL
            .map(|area| TermsTag {
                area,
                severity: Severity::Critical,
                note: "why".into(),
            })
            .to_vec();
        card.emotion = crate::model::Rating::new(-2);
        let mut document = journey.to_document();
        document.links.clear();
        document.personas.clear();
        document.promises.clear();
        document.touchpoints = vec![card];
        let journey = Journey::from_document(document).expect("one card");
        let sheet = Sheet::new(&journey);
        let mut svg = Svg::new(sheet.size().x, sheet.size().y);
        sheet.draw_layer(&mut svg, &Layer::Cards(0..1));
        let text = svg.finish();
        let document = roxmltree::Document::parse(&text).expect("well-formed");
        // As the SVG reader counts them: elements, and the text inside text elements.
        let nodes = document
            .descendants()
            .filter(|node| {
                node.is_element()
                    || node.is_text()
                        && node
                            .parent()
                            .is_some_and(|p| p.has_tag_name("text") || p.has_tag_name("tspan"))
            })
            .count();
        let card = journey.touchpoints().next().expect("the card");
        // Besides the card: the document, the map's group and the cards' group.
        assert!(nodes <= card_nodes(card) + 3, "{nodes} nodes:\n{text}");
        assert!(crate::model::look::card::title_lines(card, 1.0).len() > 3);
    }
}
