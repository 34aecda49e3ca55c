//! What a touchpoint's card shows, and where: defined once, drawn by the canvas (through
//! egui) and by the pictures (as SVG), so the two always agree.
//!
//! A card shows what matters: its title, whole (wrapped, never cut; the card grows to
//! hold it); the customer's emotion as a dot; the channel, unless it is "other"; and the
//! TERMS areas that are tagged, as chips large enough to read in their severity's colour.
//! Hidden cards (backstage and support) are muted, with a dashed square edge.

use emath::{Pos2, Rect, Vec2, pos2, vec2};

use super::palette::{self, Palette, Rgb};
use super::text::{LINE_HEIGHT_EM, wrap};
use crate::model::feedback::{
    Audience, Measured, Scale, Summary, Trend, badness, on_ratings_scale,
};
use crate::model::{Channel, TermsArea, Touchpoint, TouchpointId};

/// Width of every card.
pub const CARD_WIDTH: f32 = 176.0;
/// Height of a card whose title takes three lines or fewer.
pub const CARD_MIN_HEIGHT: f32 = 100.0;
/// Space between a card's edge and what it shows.
const PADDING: f32 = 9.0;
/// Corner radius of a visible card (hidden ones are square).
pub const CORNER_RADIUS: f32 = 6.0;
pub const TITLE_SIZE: f32 = 13.5;
/// Room kept free at the right of the title for the emotion dot.
const EMOTION_ROOM: f32 = 15.0;
const EMOTION_RADIUS: f32 = 6.0;
const CHANNEL_SIZE: f32 = 11.0;
/// A TERMS chip: a square, with its area's letter.
const CHIP_SIZE: f32 = 19.0;
const CHIP_GAP: f32 = 3.0;
const CHIP_LETTER_SIZE: f32 = 12.0;
/// Space between the title and the row of channel and chips.
const TITLE_GAP: f32 = 6.0;

/// One thing drawn on a card, in map units.
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// A rectangle, with an edge one unit wide when `edge` is given.
    Box {
        rect: Rect,
        radius: f32,
        fill: Rgb,
        edge: Option<Rgb>,
        dashed: bool,
    },
    Dot {
        centre: Pos2,
        radius: f32,
        fill: Rgb,
    },
    /// A line of text, its line box's top left corner at `top_left`.
    Text {
        top_left: Pos2,
        text: String,
        size: f32,
        colour: Rgb,
    },
    /// A line through `points`, `width` units wide.
    Line {
        points: Vec<Pos2>,
        colour: Rgb,
        width: f32,
        dashed: bool,
    },
    /// A short text centred on `centre` (a chip's letter).
    Letter {
        centre: Pos2,
        text: String,
        size: f32,
        colour: Rgb,
    },
}

/// The title a card shows: the touchpoint's, or a stand-in when it has none.
pub fn shown_title(touchpoint: &Touchpoint) -> String {
    if touchpoint.title.trim().is_empty() {
        crate::tr!("model-card-untitled")
    } else {
        touchpoint.title.clone()
    }
}

/// The lines of a card's title: all of them, however many, with its text `scale` times
/// the usual size (see [`card_size`]).
pub fn title_lines(touchpoint: &Touchpoint, scale: f32) -> Vec<String> {
    let width = CARD_WIDTH - 2.0 * PADDING - EMOTION_ROOM * scale;
    wrap(
        &shown_title(touchpoint),
        TITLE_SIZE * scale,
        width,
        usize::MAX,
    )
}

/// How large `touchpoint`'s card is: its width, and the height its whole title needs.
/// `scale` enlarges the card's text and marks but not its width (the presentation view
/// makes text larger so that it stays legible when the whole map is fitted to a screen):
/// the title takes more lines and the card grows taller.
pub fn card_size(touchpoint: &Touchpoint, scale: f32) -> Vec2 {
    let lines = title_lines(touchpoint, scale).len().max(1) as f32;
    let needed =
        2.0 * PADDING + (lines * LINE_HEIGHT_EM * TITLE_SIZE + TITLE_GAP + CHIP_SIZE) * scale;
    vec2(CARD_WIDTH, needed.max(CARD_MIN_HEIGHT))
}

/// Everything `touchpoint`'s card shows, drawn at `rect` in `palette`'s theme, its text
/// and marks `scale` times the usual size (see [`card_size`]).
pub fn marks(
    touchpoint: &Touchpoint,
    rect: Rect,
    hidden: bool,
    palette: Palette,
    scale: f32,
) -> Vec<Mark> {
    let (fill, edge) = palette.card(hidden);
    let mut marks = vec![Mark::Box {
        rect,
        radius: if hidden { 0.0 } else { CORNER_RADIUS },
        fill,
        edge: Some(edge),
        dashed: hidden,
    }];

    let line_height = LINE_HEIGHT_EM * TITLE_SIZE * scale;
    for (i, line) in title_lines(touchpoint, scale).into_iter().enumerate() {
        marks.push(Mark::Text {
            top_left: rect.min + vec2(PADDING, PADDING + i as f32 * line_height),
            text: line,
            size: TITLE_SIZE * scale,
            colour: palette.card_text(hidden),
        });
    }

    if let Some(emotion) = touchpoint.emotion {
        let radius = EMOTION_RADIUS * scale;
        marks.push(Mark::Dot {
            centre: pos2(
                rect.right() - PADDING - radius + 4.0,
                rect.top() + PADDING + radius - 3.0,
            ),
            radius,
            fill: palette::rating_fill(emotion),
        });
    }

    // The chips, right to left from the card's bottom right corner, in TERMS order.
    let (chip_size, chip_gap) = (CHIP_SIZE * scale, CHIP_GAP * scale);
    let bottom = rect.bottom() - PADDING;
    let tagged: Vec<_> = TermsArea::ALL
        .into_iter()
        .filter_map(|area| touchpoint.tag(area))
        .collect();
    let chips_width =
        tagged.len() as f32 * chip_size + tagged.len().saturating_sub(1) as f32 * chip_gap;
    let mut left = rect.right() - PADDING - chips_width;
    for tag in tagged {
        let chip = Rect::from_min_size(pos2(left, bottom - chip_size), Vec2::splat(chip_size));
        let colour = palette::severity_fill(tag.severity);
        marks.push(Mark::Box {
            rect: chip,
            radius: 4.0 * scale,
            fill: colour,
            edge: None,
            dashed: false,
        });
        marks.push(Mark::Letter {
            centre: chip.center(),
            text: tag.area.letter().to_string(),
            size: CHIP_LETTER_SIZE * scale,
            colour: colour.text_on(),
        });
        left += chip_size + chip_gap;
    }

    // The channel, unless it says nothing ("other"), at the bottom left.
    if touchpoint.channel != Channel::Other {
        let room = rect.width() - 2.0 * PADDING - chips_width - chip_gap;
        let size = CHANNEL_SIZE * scale;
        let text = super::text::one_line(&touchpoint.channel.label(), size, room);
        if !text.is_empty() {
            marks.push(Mark::Text {
                top_left: pos2(
                    rect.left() + PADDING,
                    bottom - (chip_size + LINE_HEIGHT_EM * size) / 2.0,
                ),
                text,
                size,
                colour: palette.weak_text(),
            });
        }
    }
    marks
}

/// A measured figure a card shows as a pill on its top edge: customers' at the right,
/// employees' at the left (where the card's own marks leave the edge free).
#[derive(Clone, Debug, PartialEq)]
pub struct Badge {
    pub audience: Audience,
    /// The score, short: `NPS −33`, `CSAT 72 %`, `CES 4.2`, `3.4/5`.
    pub text: String,
    /// How bad the score is on its scale, from 0 to 1.
    pub badness: f64,
    /// Which way the score went from the period before: `↑` up, `↓` down.
    pub arrow: Option<char>,
}

impl Badge {
    /// The badge of a touchpoint's measured figure for `audience`.
    pub fn of(audience: Audience, measured: &Measured) -> Self {
        let scale = measured.scored.scale;
        // The arrow follows the number: up when it rose, whether that is better or (for
        // effort) worse.
        let rose = |trend| match trend {
            Trend::Better => scale != Scale::Ces,
            Trend::Worse => scale == Scale::Ces,
            Trend::Steady => false,
        };
        let arrow = measured
            .trend
            .filter(|&trend| trend != Trend::Steady)
            .map(|trend| if rose(trend) { '\u{2191}' } else { '\u{2193}' });
        Self {
            audience,
            text: scale.badge(measured.scored.figure.score),
            badness: badness(measured.scored),
            arrow,
        }
    }
}

/// The badges of touchpoint `id`: customers' and employees', where they measured it.
pub fn badges_of(summary: &Summary, id: TouchpointId) -> Vec<Badge> {
    Audience::ALL
        .into_iter()
        .filter_map(|audience| Some(Badge::of(audience, summary.of(audience).get(&id)?)))
        .collect()
}

const BADGE_TEXT_SIZE: f32 = 10.5;
const BADGE_HEIGHT: f32 = 15.0;
const BADGE_PADDING: f32 = 5.0;

/// The marks of `badges` on the card at `rect`. A badge is filled with the colour of the
/// rating its badness comes to (the colours of the emotion dots), so a measured score
/// reads against the assumed emotion at a glance; an employee badge is the card's own
/// colour with an edge and a stripe of that colour, so the two audiences never mix up.
pub fn badge_marks(rect: Rect, badges: &[Badge], palette: Palette, scale: f32) -> Vec<Mark> {
    let metrics = super::font::Metrics::get();
    let (size, height, padding) = (
        BADGE_TEXT_SIZE * scale,
        BADGE_HEIGHT * scale,
        BADGE_PADDING * scale,
    );
    let mut marks = Vec::new();
    for badge in badges {
        let text = match badge.arrow {
            Some(arrow) => format!("{} {arrow}", badge.text),
            None => badge.text.clone(),
        };
        let employee = badge.audience == Audience::Employee;
        // An employee badge begins with a dot of its colour.
        let dot_room = if employee { 2.0 * padding * 0.6 } else { 0.0 };
        let width = metrics.width(&text, size) + 2.0 * padding + dot_room;
        let top = rect.top() - height / 2.0 - 1.0;
        let left = match badge.audience {
            // Clear of the emotion dot in the corner: the assumed emotion stays in sight
            // beside the measured score.
            Audience::Customer => rect.right() - PADDING - EMOTION_ROOM * scale - width,
            Audience::Employee => rect.left() + PADDING,
        };
        let pill = Rect::from_min_size(pos2(left, top), vec2(width, height));
        let rating = crate::model::Rating::new(on_ratings_scale(badge.badness).round() as i64)
            .unwrap_or(crate::model::Rating::ALL[2]);
        let colour = palette::rating_fill(rating);
        let (fill, ink) = match badge.audience {
            Audience::Customer => (colour, colour.text_on()),
            Audience::Employee => (palette.card(false).0, palette.text()),
        };
        marks.push(Mark::Box {
            rect: pill,
            radius: height / 2.0,
            fill,
            edge: Some(colour),
            dashed: false,
        });
        if employee {
            marks.push(Mark::Dot {
                centre: pos2(pill.left() + padding, pill.center().y),
                radius: 2.5 * scale,
                fill: colour,
            });
        }
        marks.push(Mark::Letter {
            centre: pill.center() + vec2(dot_room / 2.0, 0.0),
            text,
            size,
            colour: ink,
        });
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LaneId, Severity, StageId, TermsTag, TouchpointId};

    fn card(title: &str) -> Touchpoint {
        Touchpoint::new(TouchpointId(1), title, LaneId(1), StageId(1))
    }

    fn texts(marks: &[Mark]) -> Vec<String> {
        marks
            .iter()
            .filter_map(|mark| match mark {
                Mark::Text { text, .. } | Mark::Letter { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_card_shows_its_tagged_areas_and_its_channel_unless_it_is_other() {
        let mut touchpoint = card("Pays the invoice");
        let rect = Rect::from_min_size(Pos2::ZERO, card_size(&touchpoint, 1.0));
        assert_eq!(
            texts(&marks(&touchpoint, rect, false, Palette::LIGHT, 1.0)),
            ["Pays the invoice"]
        );
        touchpoint.channel = Channel::Web;
        touchpoint.terms = vec![
            TermsTag {
                area: TermsArea::Time,
                severity: Severity::Minor,
                note: String::new(),
            },
            TermsTag {
                area: TermsArea::Money,
                severity: Severity::Critical,
                note: String::new(),
            },
        ];
        let shown = texts(&marks(&touchpoint, rect, false, Palette::LIGHT, 1.0));
        assert_eq!(shown, ["Pays the invoice", "T", "M", "web"]);
    }

    #[test]
    fn a_long_title_is_never_cut_and_the_card_grows_to_hold_it() {
        let long = "Checks the contract, the price list and the offer sent last week \
                    against the invoice line by line before calling customer service";
        let touchpoint = card(long);
        let size = card_size(&touchpoint, 1.0);
        assert!(size.y > CARD_MIN_HEIGHT, "{size:?}");
        let rect = Rect::from_min_size(Pos2::ZERO, size);
        let shown = texts(&marks(&touchpoint, rect, false, Palette::LIGHT, 1.0)).join(" ");
        assert_eq!(shown, long.split_whitespace().collect::<Vec<_>>().join(" "));
        assert!(!shown.contains('…'));
        // Every line stays inside the card, above the row of chips.
        for mark in marks(&touchpoint, rect, false, Palette::LIGHT, 1.0) {
            if let Mark::Text { top_left, size, .. } = mark {
                assert!(
                    top_left.y + size * LINE_HEIGHT_EM
                        <= rect.bottom() - PADDING - CHIP_SIZE + 0.01
                );
            }
        }
        assert_eq!(card_size(&card("Short"), 1.0).y, CARD_MIN_HEIGHT);
    }

    #[test]
    fn badges_sit_on_the_top_edge_customers_right_and_employees_left() {
        let touchpoint = card("Pays the invoice");
        let rect = Rect::from_min_size(pos2(100.0, 100.0), card_size(&touchpoint, 1.0));
        let badge = |audience, badness| Badge {
            audience,
            text: "NPS \u{2212}33".to_owned(),
            badness,
            arrow: Some('\u{2193}'),
        };
        let marks = badge_marks(
            rect,
            &[
                badge(Audience::Customer, 0.9),
                badge(Audience::Employee, 0.1),
            ],
            Palette::LIGHT,
            1.0,
        );
        let pills: Vec<(Rect, Rgb, Option<Rgb>)> = marks
            .iter()
            .filter_map(|mark| match mark {
                Mark::Box {
                    rect, fill, edge, ..
                } => Some((*rect, *fill, *edge)),
                _ => None,
            })
            .collect();
        let [
            (customer, customer_fill, _),
            (employee, employee_fill, employee_edge),
        ] = pills[..]
        else {
            panic!("two pills: {pills:?}");
        };
        assert!(customer.top() < rect.top() && customer.bottom() > rect.top());
        assert!(customer.right() <= rect.right() && customer.center().x > rect.center().x);
        assert!(employee.left() >= rect.left() && employee.center().x < rect.center().x);
        // Very bad is the worst emotion's red; quite good the good green, as an edge.
        assert_eq!(
            customer_fill,
            palette::rating_fill(crate::model::Rating::ALL[0])
        );
        assert_eq!(
            employee_edge,
            Some(palette::rating_fill(crate::model::Rating::ALL[4]))
        );
        assert_eq!(employee_fill, Palette::LIGHT.card(false).0);
        assert!(
            texts(&marks)
                .iter()
                .all(|text| text == "NPS \u{2212}33 \u{2193}")
        );
    }
}
