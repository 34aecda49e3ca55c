//! One touchpoint card, written from the marks `model::look::card` defines for the canvas
//! and the pictures alike.

use emath::{Pos2, Rect, pos2};

use super::svg::{Font, Paint, Svg};
use super::text::{ASCENT_EM, CAP_HEIGHT_EM};
use crate::model::Touchpoint;
use crate::model::look::card::{self as look, Mark};
use crate::model::look::palette::Palette;

/// Paints `touchpoint`'s card at `rect` (map units), in a group named after its id and
/// carrying it as `data-touchpoint`, with the full title as its `<title>`, so the SVG can
/// be searched, styled, scripted and read aloud.
pub(super) fn card(svg: &mut Svg, touchpoint: &Touchpoint, rect: Rect, hidden: bool) {
    svg.open_item(
        &format!("touchpoint-{}", touchpoint.id.0),
        "touchpoint",
        touchpoint.id.0,
    );
    svg.title(&look::shown_title(touchpoint));
    let marks = look::marks(touchpoint, rect, hidden, Palette::LIGHT, false, 1.0);
    write_marks(svg, &marks);
    svg.close_group();
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
