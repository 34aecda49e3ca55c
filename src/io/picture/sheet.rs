//! The whole picture: the map's title and description above it, the map itself, the
//! legend below and the numbered TERMS notes under it; where each goes, and the order
//! they are drawn in.

use emath::{Rect, Vec2, pos2, vec2};

use super::card::{card, write_marks};
use super::legend::Legend;
use super::links;
use super::map::{self, block_height, text_block};
use super::notes::Notes;
use super::palette::{TEXT, WEAK_TEXT, WHITE};
use super::svg::{Font, Paint, Svg};
use super::text::wrap;
use crate::model::Journey;
use crate::model::feedback::Summary;
use crate::model::layout::Layout;
use crate::model::look::card::{badge_marks, badges_of};
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
    feedback: Option<&'a Summary>,
    layout: Layout,
    title: Vec<String>,
    description: Vec<String>,
    legend: Legend,
    notes: Notes,
    /// Where the map's own origin is on the sheet.
    map_origin: Vec2,
    size: Vec2,
}

impl<'a> Sheet<'a> {
    pub(super) fn new(map: super::drawn::Drawn<'a>) -> Self {
        let journey = map.journey;
        // The emotion row, when it is wanted and the map has emotions or experiences to
        // show in it.
        let rated = journey
            .touchpoints()
            .any(|t| t.emotion.is_some() || t.employee_experience.is_some());
        let rated = rated && map.emotion_row;
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
        let notes = Notes::new(journey, &layout, width);
        let mut title_height = block_height(title.len(), TITLE_SIZE);
        if !description.is_empty() {
            title_height += 6.0 + block_height(description.len(), DESCRIPTION_SIZE);
        }
        let map_origin = vec2(MARGIN, MARGIN + title_height + GAP);
        let notes_height = if notes.len() > 0 {
            GAP + notes.height()
        } else {
            0.0
        };
        let size = vec2(
            width + 2.0 * MARGIN,
            map_origin.y + layout.bounds.height() + GAP + legend.height() + notes_height + MARGIN,
        );
        Self {
            journey,
            feedback: map.feedback,
            layout,
            title,
            description,
            legend,
            notes,
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

    /// Draws what of the picture can be seen within `view` (in the sheet's coordinates),
    /// leaving out the cards, links and notes wholly outside it: one page of many.
    pub(super) fn draw_within(&self, svg: &mut Svg, view: Rect) {
        self.draw_part(svg, &Layer::Whole, Some(view));
    }

    /// The picture as layers that, drawn one over another in order, make the whole
    /// picture: one layer for a map of the usual size, more for a map so large that its
    /// drawing would pass the million nodes that the SVG reader behind PNG and PDF reads
    /// at most. Each layer is drawn by `draw`, which gets the layer to fill in.
    pub(super) fn layers(&self) -> Vec<Layer> {
        self.layers_of(CARD_NODES_PER_LAYER, LINKS_PER_LAYER)
    }

    /// [`Sheet::layers`] with cards (and notes) of at most `card_nodes_per_layer` nodes of
    /// SVG (or a single one, however large) and at most `links_per_layer` links in a layer.
    pub(super) fn layers_of(
        &self,
        card_nodes_per_layer: usize,
        links_per_layer: usize,
    ) -> Vec<Layer> {
        let links = self.journey.link_count();
        let card_nodes: Vec<usize> = self.journey.touchpoints().map(card_nodes).collect();
        let note_nodes: Vec<usize> = (0..self.notes.len()).map(|i| self.notes.nodes(i)).collect();
        let nodes = card_nodes.iter().sum::<usize>() + note_nodes.iter().sum::<usize>();
        if nodes <= card_nodes_per_layer && links <= links_per_layer {
            return vec![Layer::Whole];
        }
        let mut layers = vec![Layer::Base];
        let mut start = 0;
        while start < links {
            layers.push(Layer::Links(start..(start + links_per_layer).min(links)));
            start += links_per_layer;
        }
        layers.extend(
            runs(&card_nodes, card_nodes_per_layer)
                .into_iter()
                .map(Layer::Cards),
        );
        // The notes go with the names and the legend, as many as the budget of a layer of
        // cards allows; the rest in layers of their own.
        let mut notes = runs(&note_nodes, card_nodes_per_layer).into_iter();
        layers.push(Layer::Top(notes.next().unwrap_or(0..0)));
        layers.extend(notes.map(Layer::Notes));
        layers
    }

    /// Draws one layer of the picture (see [`Sheet::layers`]).
    pub(super) fn draw_layer(&self, svg: &mut Svg, layer: &Layer) {
        self.draw_part(svg, layer, None);
    }

    /// Draws one layer of the picture, or of what can be seen of it within `view`.
    fn draw_part(&self, svg: &mut Svg, layer: &Layer, view: Option<Rect>) {
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
        // What can be seen, in the map's own coordinates; a footnote mark reaches a little
        // past its card.
        let map_view = view.map(|view| view.translate(-origin).expand(8.0));
        if whole || matches!(layer, Layer::Base) {
            map::bands(svg, &self.layout);
            map::blueprint_lines(svg, &self.layout);
        }
        let everything = 0..usize::MAX;
        let (links, cards) = match layer {
            Layer::Whole => (Some(everything.clone()), Some(everything)),
            Layer::Links(range) => (Some(range.clone()), None),
            Layer::Cards(range) => (None, Some(range.clone())),
            Layer::Base | Layer::Top(_) | Layer::Notes(_) => (None, None),
        };
        if let Some(range) = links {
            links::links(svg, journey, &self.layout, range, map_view);
        }
        if let Some(range) = cards {
            svg.open_group(Some("cards"), None);
            let count = range.end.saturating_sub(range.start);
            for touchpoint in journey.touchpoints().skip(range.start).take(count) {
                if let Some(&rect) = self.layout.cards.get(&touchpoint.id) {
                    if map_view.is_some_and(|view| !view.intersects(rect)) {
                        continue;
                    }
                    let hidden = journey.is_visible(touchpoint.id) == Some(false);
                    let notes = self.notes.numbers(touchpoint.id);
                    card(svg, touchpoint, rect, hidden, notes);
                    if let Some(feedback) = self.feedback {
                        let badges = badges_of(feedback, touchpoint.id);
                        write_marks(svg, &badge_marks(rect, &badges, Palette::LIGHT, 1.0));
                    }
                }
            }
            svg.close_group();
        }
        if whole || matches!(layer, Layer::Top(_)) {
            if let Some(row) = &self.layout.emotion {
                svg.open_group(Some("emotion-row"), None);
                let mut marks = crate::model::look::emotion::marks(
                    row,
                    Palette::LIGHT,
                    None,
                    1.0,
                    crate::model::look::emotion::Sight::EVERYTHING,
                );
                if let Some(feedback) = self.feedback {
                    marks.extend(crate::model::look::emotion::measured_marks_of(
                        row,
                        feedback,
                        &self.layout.cards,
                        Palette::LIGHT,
                        1.0,
                    ));
                }
                super::card::write_marks(svg, &marks);
                svg.close_group();
            }
            map::headers(svg, journey, &self.layout);
        }
        svg.close_group();

        let legend_top = origin.y + self.layout.bounds.height() + GAP;
        if whole || matches!(layer, Layer::Top(_)) {
            self.legend.draw(svg, pos2(MARGIN, legend_top));
        }
        let notes = match layer {
            Layer::Whole => 0..self.notes.len(),
            Layer::Top(range) | Layer::Notes(range) => range.clone(),
            _ => 0..0,
        };
        let notes_top = legend_top + self.legend.height() + GAP;
        self.notes.draw(svg, pos2(MARGIN, notes_top), notes, view);
    }
}

/// How many nodes of SVG the cards of one layer are at most, leaving the rest of the
/// reader's million for the links and the base.
const CARD_NODES_PER_LAYER: usize = 250_000;

/// Nodes of SVG a card is at most, besides its title's lines: its group, title, box,
/// emotion, channel (2), five chips (3 each) and five footnote marks (3 each).
const CARD_NODES: usize = 36;

/// How many nodes of SVG `touchpoint`'s card is at most: each line of its title is a
/// text element and its text.
fn card_nodes(touchpoint: &crate::model::Touchpoint) -> usize {
    CARD_NODES + 2 * crate::model::look::card::title_lines(touchpoint, 1.0).len()
}
/// `nodes` (each item's count) cut into runs of at most `budget` nodes (or a single item,
/// however large), in order.
fn runs(nodes: &[usize], budget: usize) -> Vec<std::ops::Range<usize>> {
    let mut runs = Vec::new();
    let (mut start, mut filled) = (0, 0);
    for (i, &count) in nodes.iter().enumerate() {
        if i > start && filled + count > budget {
            runs.push(start..i);
            (start, filled) = (i, 0);
        }
        filled += count;
    }
    if start < nodes.len() {
        runs.push(start..nodes.len());
    }
    runs
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
    /// The lane and stage names over the cards, the emotion row, the legend and the
    /// notes at these places (in number order).
    Top(std::ops::Range<usize>),
    /// The notes at these places, when there are too many for the top layer.
    Notes(std::ops::Range<usize>),
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
        let sheet = Sheet::new((&journey).into());
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
        // The top layer after the cards, and only notes after it.
        let top = layers.iter().position(|l| matches!(l, Layer::Top(_)));
        let last_card = layers.iter().rposition(|l| matches!(l, Layer::Cards(_)));
        assert!(top > last_card, "{layers:?}");
        let after = top.map_or(&[][..], |top| &layers[top + 1..]);
        assert!(
            after.iter().all(|l| matches!(l, Layer::Notes(_))),
            "{layers:?}"
        );
    }

    #[test]
    fn notes_go_with_the_top_layer_and_spill_into_layers_of_their_own() {
        let journey = example();
        let sheet = Sheet::new((&journey).into());
        let notes = sheet.notes.len();
        assert!(notes > 3, "the example has notes: {notes}");
        let layers = sheet.layers_of(12, 1000);
        let places: Vec<usize> = layers
            .iter()
            .filter_map(|layer| match layer {
                Layer::Top(range) | Layer::Notes(range) => Some(range.clone()),
                _ => None,
            })
            .flatten()
            .collect();
        assert_eq!(places, (0..notes).collect::<Vec<_>>());
        let top = layers.iter().position(|l| matches!(l, Layer::Top(_)));
        let first_notes = layers.iter().position(|l| matches!(l, Layer::Notes(_)));
        assert!(top < first_notes && first_notes.is_some(), "{layers:?}");
        // Drawn in layers, the notes are written as in the whole picture, each once.
        let notes_text = |layers: &[Layer]| {
            let mut text = Vec::new();
            for layer in layers {
                let mut svg = Svg::new(sheet.size().x, sheet.size().y);
                sheet.draw_layer(&mut svg, layer);
                let svg = svg.finish();
                if let Some(start) = svg.find("<g id=\"notes\">") {
                    let end = svg[start..]
                        .find("</g>")
                        .map_or(svg.len(), |end| start + end);
                    let group = svg[start..end].trim_start_matches("<g id=\"notes\">");
                    text.extend(group.lines().filter(|l| !l.is_empty()).map(str::to_owned));
                }
            }
            text
        };
        let whole = notes_text(&[Layer::Whole]);
        assert!(whole.iter().any(|l| l.ends_with(">1</text>")), "{whole:?}");
        assert_eq!(notes_text(&layers), whole);
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
        let sheet = Sheet::new((&journey).into());
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
