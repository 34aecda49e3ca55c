//! One touchpoint card: title, channel, TERMS chips and emotion, as the canvas draws it
//! at 100% zoom (see `ui::canvas::card`).

use emath::{Pos2, Rect, pos2, vec2};

use super::map::text_block;
use super::palette::{self, BLACK, Rgb, TEXT, WEAK_TEXT};
use super::svg::{Font, Paint, Svg};
use super::text::{CAP_HEIGHT_EM, one_line, wrap};
use crate::model::{TermsArea, Touchpoint};

const PADDING: f32 = 8.0;
const CORNER_RADIUS: f32 = 6.0;
const TITLE_SIZE: f32 = 13.5;
const TITLE_LINES: usize = 3;
/// Room kept free at the right of the title for the emotion dot.
const EMOTION_ROOM: f32 = 14.0;
const CHANNEL_SIZE: f32 = 11.0;
const CHIP_SIZE: f32 = 15.0;
const CHIP_GAP: f32 = 2.0;
const CHIP_LETTER_SIZE: f32 = 10.0;
const EMOTION_RADIUS: f32 = 6.0;

/// Paints `touchpoint`'s card at `rect` (map units), in a group named after its id with
/// the full title as its `<title>`, so the SVG can be searched and read aloud.
pub(super) fn card(svg: &mut Svg, touchpoint: &Touchpoint, rect: Rect, hidden: bool) {
    let title = if touchpoint.title.trim().is_empty() {
        crate::tr!("io-untitled-touchpoint")
    } else {
        touchpoint.title.clone()
    };
    svg.open_group(Some(&format!("touchpoint-{}", touchpoint.id.0)), None);
    svg.title(&title);

    let (fill, edge) = palette::card_colours(hidden);
    // Outlines sit inside the card, as on the canvas.
    let outline = rect.shrink(0.5);
    if hidden {
        // Hidden steps get a dashed, square edge: they happen out of the customer's sight.
        svg.rect(
            outline,
            0.0,
            Paint::fill(fill).and_stroke(edge, 1.0).dashed(5.0, 3.0),
        );
    } else {
        svg.rect(
            outline,
            CORNER_RADIUS,
            Paint::fill(fill).and_stroke(edge, 1.0),
        );
    }

    let text = if hidden { WEAK_TEXT } else { TEXT };
    let title_width = rect.width() - 2.0 * PADDING - EMOTION_ROOM;
    let lines = wrap(&title, TITLE_SIZE, title_width, TITLE_LINES);
    text_block(
        svg,
        rect.min + vec2(PADDING, PADDING),
        Font::new(TITLE_SIZE, text),
        &lines,
    );

    let chips_width = 5.0 * CHIP_SIZE + 4.0 * CHIP_GAP;
    let chips_left = rect.right() - PADDING - chips_width;
    let chips_top = rect.bottom() - PADDING - CHIP_SIZE;

    let channel_width = chips_left - rect.left() - 2.0 * PADDING;
    svg.text(
        pos2(rect.left() + PADDING, rect.bottom() - PADDING - 2.5),
        Font::new(CHANNEL_SIZE, WEAK_TEXT),
        &one_line(&touchpoint.channel.label(), CHANNEL_SIZE, channel_width),
    );

    for area in TermsArea::ALL {
        let min = pos2(
            chips_left + area.index() as f32 * (CHIP_SIZE + CHIP_GAP),
            chips_top,
        );
        let chip_rect = Rect::from_min_size(min, vec2(CHIP_SIZE, CHIP_SIZE));
        chip(svg, chip_rect, area, touchpoint, fill);
    }

    if let Some(emotion) = touchpoint.emotion {
        let centre = pos2(rect.right() - 11.0, rect.top() + 11.0);
        svg.circle(
            centre,
            EMOTION_RADIUS,
            Paint::fill(palette::rating_fill(emotion)),
        );
    }
    svg.close_group();
}

/// One TERMS chip on a card of `card_fill`: filled in its severity's colour when the
/// touchpoint has that tag, an empty outline with a faint letter when it does not.
fn chip(svg: &mut Svg, rect: Rect, area: TermsArea, touchpoint: &Touchpoint, card_fill: Rgb) {
    let edge = palette::chip_edge(card_fill);
    let (paint, letter) = match touchpoint.tag(area) {
        Some(tag) => (
            Paint::fill(palette::severity_fill(tag.severity)).and_stroke(edge, 1.0),
            Font::new(CHIP_LETTER_SIZE, BLACK),
        ),
        None => (
            Paint::stroke(edge, 1.0),
            Font::new(CHIP_LETTER_SIZE, palette::chip_letter(card_fill)),
        ),
    };
    svg.rect(rect.shrink(0.5), 3.0, paint);
    svg.text(
        centred_baseline(rect.center(), CHIP_LETTER_SIZE),
        letter.centred(),
        &area.letter().to_string(),
    );
}

/// Where the baseline of a capital letter of `size` goes for it to be centred on `centre`.
pub(super) fn centred_baseline(centre: Pos2, size: f32) -> Pos2 {
    pos2(centre.x, centre.y + CAP_HEIGHT_EM * size / 2.0)
}
