//! The key under a printed map: what the chips, their colours, the arrows, the dashed
//! cards and the dots mean, for readers who have never seen polku.

use emath::{Pos2, Rect, pos2, vec2};

use super::card::centred_baseline;
use super::palette::{self, BLACK, LINK, TEXT, WEAK_TEXT, WHITE};
use super::svg::{Font, Paint, Svg};
use crate::model::look::font::Metrics;
use crate::model::{LinkKind, Rating, Severity, TermsArea};
use crate::tr;

const SIZE: f32 = 12.0;
/// Height of one row of the legend.
pub(super) const ROW_HEIGHT: f32 = 26.0;
const ICON_GAP: f32 = 6.0;
const ITEM_GAP: f32 = 16.0;
const GROUP_GAP: f32 = 34.0;
const CHIP: f32 = 15.0;

/// What an item of the legend shows before its words.
#[derive(Clone, Copy, Debug)]
enum Icon {
    /// A group's heading: words only.
    Heading,
    /// An empty chip with a TERMS letter.
    Area(TermsArea),
    /// A chip in a severity's colour.
    Severity(Severity),
    Link(LinkKind),
    HiddenCard,
    /// The five emotion colours, −2 to +2.
    Emotions,
}

impl Icon {
    fn width(self) -> f32 {
        match self {
            Self::Heading => 0.0,
            Self::Area(_) | Self::Severity(_) => CHIP,
            Self::Link(_) => 36.0,
            Self::HiddenCard => 26.0,
            Self::Emotions => 5.0 * 13.0 - 1.0,
        }
    }
}

struct Item {
    icon: Icon,
    words: String,
    /// Space before it: wider when it starts a group.
    gap: f32,
}

impl Item {
    fn width(&self) -> f32 {
        let icon = self.icon.width();
        let gap = if icon > 0.0 { ICON_GAP } else { 0.0 };
        icon + gap + Metrics::get().width(&self.words, SIZE)
    }
}

/// The legend, laid out in rows no wider than a given width.
pub(super) struct Legend {
    /// Each item, and where its row and left edge are.
    placed: Vec<(Item, usize, f32)>,
    rows: usize,
}

impl Legend {
    pub(super) fn new(max_width: f32) -> Self {
        let mut placed = Vec::new();
        let (mut row, mut x) = (0, 0.0);
        for item in items() {
            let width = item.width();
            let mut left = if x > 0.0 { x + item.gap } else { 0.0 };
            if x > 0.0 && left + width > max_width {
                row += 1;
                left = 0.0;
            }
            x = left + width;
            placed.push((item, row, left));
        }
        Self {
            placed,
            rows: row + 1,
        }
    }

    pub(super) fn height(&self) -> f32 {
        self.rows as f32 * ROW_HEIGHT
    }

    /// Draws the legend with its top left corner at `origin`.
    pub(super) fn draw(&self, svg: &mut Svg, origin: Pos2) {
        svg.open_group(Some("legend"), None);
        for (item, row, left) in &self.placed {
            let centre_y = origin.y + (*row as f32 + 0.5) * ROW_HEIGHT;
            let left = origin.x + left;
            icon(svg, item.icon, pos2(left, centre_y));
            let words_left = match item.icon {
                Icon::Heading => left,
                icon => left + icon.width() + ICON_GAP,
            };
            let colour = match item.icon {
                Icon::Heading => TEXT,
                _ => WEAK_TEXT,
            };
            let baseline = centred_baseline(pos2(words_left, centre_y), SIZE);
            svg.text(baseline, Font::new(SIZE, colour), &item.words);
        }
        svg.close_group();
    }
}

/// The legend's items, in the language of the thread.
fn items() -> Vec<Item> {
    let heading = |words: String| Item {
        icon: Icon::Heading,
        words,
        gap: GROUP_GAP,
    };
    // The first item of a group sits close to its heading.
    let item = |icon, words: String, first: bool| Item {
        icon,
        words,
        gap: if first { ICON_GAP * 1.5 } else { ITEM_GAP },
    };
    let mut items = vec![heading("TERMS".to_owned())];
    for (i, area) in TermsArea::ALL.into_iter().enumerate() {
        items.push(item(Icon::Area(area), area.label(), i == 0));
    }
    items.push(heading(tr!("io-legend-severity")));
    for (i, severity) in Severity::ALL.into_iter().enumerate() {
        items.push(item(Icon::Severity(severity), severity.label(), i == 0));
    }
    items.push(heading(tr!("io-legend-links")));
    items.push(item(
        Icon::Link(LinkKind::Flow),
        tr!("io-legend-flow"),
        true,
    ));
    items.push(item(
        Icon::Link(LinkKind::Support),
        tr!("io-legend-support"),
        false,
    ));
    items.push(heading(tr!("io-legend-cards")));
    items.push(item(Icon::HiddenCard, tr!("io-legend-hidden"), true));
    items.push(item(Icon::Emotions, tr!("io-legend-emotion"), false));
    items
}

/// Draws `icon` with its left edge at `at.x`, centred on `at.y`.
fn icon(svg: &mut Svg, icon: Icon, at: Pos2) {
    let chip = Rect::from_min_size(pos2(at.x, at.y - CHIP / 2.0), vec2(CHIP, CHIP)).shrink(0.5);
    let edge = |paint: Paint| paint.and_stroke(palette::chip_edge(WHITE), 1.0);
    match icon {
        Icon::Heading => {}
        Icon::Area(area) => {
            svg.rect(chip, 3.0, edge(Paint::default()));
            svg.text(
                centred_baseline(chip.center(), 10.0),
                Font::new(10.0, BLACK).centred(),
                &area.letter().to_string(),
            );
        }
        Icon::Severity(severity) => {
            svg.rect(
                chip,
                3.0,
                edge(Paint::fill(palette::severity_fill(severity))),
            );
        }
        Icon::Link(kind) => {
            let (start, end) = (at, at + vec2(icon.width(), 0.0));
            let stroke = Paint::stroke(LINK, 1.5);
            let stroke = match kind {
                LinkKind::Flow => stroke,
                LinkKind::Support => stroke.dashed(6.0, 4.8),
            };
            svg.line(start, end - vec2(4.0, 0.0), stroke);
            svg.polygon(
                &[end, end - vec2(9.0, 4.5), end - vec2(9.0, -4.5)],
                Paint::fill(LINK),
                None,
            );
        }
        Icon::HiddenCard => {
            let (fill, edge) = palette::card_colours(true);
            let card = Rect::from_min_size(pos2(at.x, at.y - 8.0), vec2(icon.width(), 16.0));
            svg.rect(
                card,
                0.0,
                Paint::fill(fill).and_stroke(edge, 1.0).dashed(5.0, 3.0),
            );
        }
        Icon::Emotions => {
            for (i, rating) in Rating::ALL.into_iter().enumerate() {
                let centre = pos2(at.x + 6.0 + i as f32 * 13.0, at.y);
                svg.circle(centre, 6.0, Paint::fill(palette::rating_fill(rating)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_legend_speaks_the_language_of_the_thread() {
        crate::i18n::set_language(crate::i18n::Language::Finnish);
        let words: Vec<String> = items().into_iter().map(|item| item.words).collect();
        for expected in [
            "TERMS",
            "Aika",
            "Vakavuus",
            "kriittinen",
            "Yhteydet",
            "Kortit",
        ] {
            assert!(words.iter().any(|w| w == expected), "{expected}: {words:?}");
        }
    }

    #[test]
    fn a_narrow_legend_takes_more_rows() {
        let wide = Legend::new(5000.0);
        let narrow = Legend::new(400.0);
        assert_eq!(wide.rows, 1);
        assert!(narrow.rows > 2);
        let metrics_fit = narrow
            .placed
            .iter()
            .all(|(item, _, left)| left + item.width() <= 400.0 || *left == 0.0);
        assert!(metrics_fit);
    }
}
