//! How the emotion row looks: defined once, drawn by the canvas and the pictures alike.

use emath::{Pos2, Rect, pos2};

use super::card::Mark;
use super::palette::{self, Palette};
use crate::model::layout::LANE_HEADER_WIDTH;
use crate::model::layout::emotion::EmotionRow;

const NAME_SIZE: f32 = 14.0;
const KEY_SIZE: f32 = 11.0;
const CUSTOMER_WIDTH: f32 = 2.5;
const EMPLOYEE_WIDTH: f32 = 2.0;

/// Everything the emotion row shows, in map units: its band, the neutral line, its name
/// (with the name of `persona`, whose path the customer's curve follows, if one) and key
/// at the left, the employees' curve dashed and the customer's solid, with a dot in the
/// rating's colour at each touchpoint; its text and marks `scale` times the usual size (as
/// the cards' in the presentation view).
pub fn marks(row: &EmotionRow, palette: Palette, persona: Option<&str>, scale: f32) -> Vec<Mark> {
    let name = match persona {
        Some(persona) => crate::tr!("model-emotion-row-persona", persona = persona),
        None => crate::tr!("model-emotion-row"),
    };
    let key = [
        crate::tr!("model-emotion-row-customer"),
        crate::tr!("model-emotion-row-employee"),
    ];
    let rect = row.rect;
    let mut marks = vec![
        Mark::Box {
            rect,
            radius: 0.0,
            fill: palette.sheet(),
            edge: None,
            dashed: false,
        },
        Mark::Box {
            rect: Rect::from_min_max(rect.min, pos2(LANE_HEADER_WIDTH, rect.bottom())),
            radius: 0.0,
            fill: palette.header_fill(),
            edge: None,
            dashed: false,
        },
    ];
    // A rating of 0 sits in the middle.
    let neutral = rect.center().y;
    marks.push(Mark::Line {
        points: vec![
            pos2(LANE_HEADER_WIDTH, neutral),
            pos2(rect.right(), neutral),
        ],
        colour: palette.weak_text().over(palette.sheet(), 0.35),
        width: 1.0,
        dashed: true,
    });
    // The name, whole, on as many lines as it needs (two at most in the row's height).
    let size = NAME_SIZE * scale;
    let lines = super::text::wrap(&name, size, LANE_HEADER_WIDTH - 16.0, 2);
    let mut top = rect.top() + 10.0;
    for line in lines {
        marks.push(Mark::Text {
            top_left: pos2(rect.left() + 10.0, top),
            text: line,
            size,
            colour: palette.text(),
        });
        top += size * super::text::LINE_HEIGHT_EM;
    }
    // The key: a short stretch of each curve with its name.
    let weak = palette.weak_text();
    for (i, (words, dashed)) in [(&key[0], false), (&key[1], true)].into_iter().enumerate() {
        let y = top + (10.0 + i as f32 * 18.0) * scale.min(1.3);
        marks.push(Mark::Line {
            points: vec![pos2(rect.left() + 10.0, y), pos2(rect.left() + 32.0, y)],
            colour: if dashed { weak } else { palette.text() },
            width: if dashed {
                EMPLOYEE_WIDTH
            } else {
                CUSTOMER_WIDTH
            },
            dashed,
        });
        marks.push(Mark::Text {
            top_left: pos2(rect.left() + 38.0, y - KEY_SIZE * scale * 0.6),
            text: words.clone(),
            size: KEY_SIZE * scale,
            colour: weak,
        });
    }
    let curves = [
        (
            &row.employee,
            weak,
            EMPLOYEE_WIDTH * scale,
            true,
            4.0 * scale,
        ),
        (
            &row.customer,
            palette.text(),
            CUSTOMER_WIDTH * scale,
            false,
            5.5 * scale,
        ),
    ];
    for (points, colour, width, dashed, radius) in curves {
        if points.len() > 1 {
            marks.push(Mark::Line {
                points: points.iter().map(|&(_, p, _)| p).collect::<Vec<Pos2>>(),
                colour,
                width,
                dashed,
            });
        }
        for &(_, centre, rating) in points {
            marks.push(Mark::Dot {
                centre,
                radius,
                fill: palette::rating_fill(rating),
            });
        }
    }
    marks
}
