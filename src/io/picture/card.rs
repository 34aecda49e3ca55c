//! One touchpoint card, written from the marks `model::look::card` defines for the canvas
//! and the pictures alike.

use emath::{Pos2, Rect, pos2};

use super::palette::{TEXT, WHITE};
use super::svg::{Font, Paint, Svg};
use super::text::{ASCENT_EM, CAP_HEIGHT_EM};
use crate::model::look::card::{self as look, Mark};
use crate::model::look::font::Metrics;
use crate::model::look::palette::Palette;
use crate::model::{TermsArea, Touchpoint};

/// Paints `touchpoint`'s card at `rect` (map units), in a group named after its id and
/// carrying it as `data-touchpoint`, with the full title as its `<title>`, so the SVG can
/// be searched, styled, scripted and read aloud. `notes` are the numbers of its TERMS
/// notes (see `notes.rs`), each drawn as a footnote mark on its area's chip.
pub(super) fn card(
    svg: &mut Svg,
    touchpoint: &Touchpoint,
    rect: Rect,
    hidden: bool,
    notes: &[(TermsArea, usize)],
) {
    svg.open_item(
        &format!("touchpoint-{}", touchpoint.id.0),
        "touchpoint",
        touchpoint.id.0,
    );
    svg.title(&look::shown_title(touchpoint));
    let marks = look::marks(touchpoint, rect, hidden, Palette::LIGHT, 1.0);
    write_marks(svg, &marks);
    for &(area, number) in notes {
        if let Some(chip) = chip_of(&marks, area) {
            footnote_mark(svg, chip, number);
        }
    }
    svg.close_group();
}

/// Size of a footnote mark's number, and the height of the badge around it.
const FOOTNOTE_SIZE: f32 = 8.5;
const FOOTNOTE_HEIGHT: f32 = 11.0;

/// Where the chip of `area` is among a card's marks: the box drawn just before its letter.
fn chip_of(marks: &[Mark], area: TermsArea) -> Option<Rect> {
    let letter = area.letter().to_string();
    marks.windows(2).find_map(|pair| match pair {
        [Mark::Box { rect, .. }, Mark::Letter { text, .. }] if *text == letter => Some(*rect),
        _ => None,
    })
}

/// A note's number as a footnote mark: a small white badge on the top right corner of
/// the chip it belongs to, standing out from the chip's colour whatever the severity.
/// It reaches above the chip no further than the gap between the title and the chips.
fn footnote_mark(svg: &mut Svg, chip: Rect, number: usize) {
    let text = number.to_string();
    let width = (Metrics::get().width(&text, FOOTNOTE_SIZE) + 5.0).max(FOOTNOTE_HEIGHT);
    let centre = pos2(chip.right() - 1.0, chip.top());
    let badge = Rect::from_center_size(centre, emath::vec2(width, FOOTNOTE_HEIGHT));
    svg.rect(
        badge,
        FOOTNOTE_HEIGHT / 2.0,
        Paint::fill(WHITE).and_stroke(TEXT, 0.75),
    );
    svg.text(
        centred_baseline(centre, FOOTNOTE_SIZE),
        Font::new(FOOTNOTE_SIZE, TEXT).centred(),
        &text,
    );
}

/// Writes `marks` (map units) into the SVG.
pub(super) fn write_marks(svg: &mut Svg, marks: &[Mark]) {
    for mark in marks {
        match mark {
            Mark::Box {
                rect,
                radius,
                fill,
                edge,
                dashed,
            } => {
                let paint = Paint::fill(*fill);
                match edge {
                    // Outlines sit inside the card, as on the canvas.
                    Some(edge) => {
                        let paint = paint.and_stroke(*edge, 1.0);
                        let paint = if *dashed {
                            paint.dashed(5.0, 3.0)
                        } else {
                            paint
                        };
                        svg.rect(rect.shrink(0.5), *radius, paint);
                    }
                    None => svg.rect(*rect, *radius, paint),
                }
            }
            Mark::Dot {
                centre,
                radius,
                fill,
            } => svg.circle(*centre, *radius, Paint::fill(*fill)),
            Mark::Line {
                points,
                colour,
                width,
                dashed,
            } => {
                let paint = Paint::stroke(*colour, *width);
                let paint = if *dashed {
                    paint.dashed(6.0, 4.2)
                } else {
                    paint
                };
                svg.path(points, paint, None);
            }
            Mark::Text {
                top_left,
                text,
                size,
                colour,
            } => svg.text(
                pos2(top_left.x, top_left.y + ASCENT_EM * size),
                Font::new(*size, *colour),
                text,
            ),
            Mark::Letter {
                centre,
                text,
                size,
                colour,
            } => svg.text(
                centred_baseline(*centre, *size),
                Font::new(*size, *colour).centred(),
                text,
            ),
        }
    }
}

/// Where the baseline of a capital letter of `size` goes for it to be centred on `centre`.
pub(super) fn centred_baseline(centre: Pos2, size: f32) -> Pos2 {
    pos2(centre.x, centre.y + CAP_HEIGHT_EM * size / 2.0)
}
