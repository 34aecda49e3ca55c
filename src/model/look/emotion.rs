//! How the emotion row looks: defined once, drawn by the canvas and the pictures alike.

use emath::{Pos2, Rect, pos2};

use super::card::Mark;
use super::palette::{self, Palette};
use std::collections::HashMap;

use crate::model::TouchpointId;
use crate::model::feedback::{Audience, Summary, badness, on_ratings_scale};
use crate::model::layout::LANE_HEADER_WIDTH;
use crate::model::layout::emotion::{CurvePoint, EmotionRow, thin};

const NAME_SIZE: f32 = 14.0;
const KEY_SIZE: f32 = 11.0;
const CUSTOMER_WIDTH: f32 = 2.5;
const EMPLOYEE_WIDTH: f32 = 2.0;

/// How much of the emotion row is wanted, and in how much detail: a picture wants all of
/// it; the canvas only what is in sight, and no finer than a point of the screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sight {
    /// The part of the map in sight, in map units.
    pub within: Rect,
    /// The smallest distance that shows, in map units: points of a curve closer together
    /// across the map than this are drawn as one stroke (where it enters, its highest,
    /// its lowest and where it leaves are kept), and their dots once per rating.
    pub detail: f32,
}

impl Sight {
    /// All of it, in full detail.
    pub const EVERYTHING: Self = Self {
        within: Rect::EVERYTHING,
        detail: 0.0,
    };
}

/// The stretches of `points` (a curve in journey order; `sorted` when it runs from left
/// to right) that cross `sight`, each thinned to what shows at its detail; and the dots
/// to draw on them.
fn in_sight(
    points: &[CurvePoint],
    sorted: bool,
    sight: Sight,
    with_dots: bool,
) -> (Vec<Vec<Pos2>>, Vec<(Pos2, crate::model::Rating)>) {
    let x_range = sight.within.x_range();
    // Of a curve that runs from left to right only the stretch across the sight is looked
    // at, found by halving.
    let points = if sorted && sight.within != Rect::EVERYTHING {
        let start = points
            .partition_point(|p| p.1.x < x_range.min)
            .saturating_sub(1);
        let end = (points.partition_point(|p| p.1.x <= x_range.max) + 1).min(points.len());
        &points[start..end.max(start)]
    } else {
        points
    };
    let column = |x: f32| {
        if sight.detail > 0.0 {
            (x / sight.detail).floor() as i64
        } else {
            0
        }
    };
    // The runs of segments that cross the sight, as ranges of points.
    let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
    let mut from: Option<usize> = None;
    for (i, pair) in points.windows(2).enumerate() {
        let (a, b) = (pair[0].1, pair[1].1);
        let crosses = a.x.max(b.x) >= x_range.min && a.x.min(b.x) <= x_range.max;
        match (crosses, from) {
            (true, None) => from = Some(i),
            (false, Some(start)) => {
                ranges.push(start..i + 1);
                from = None;
            }
            _ => {}
        }
    }
    if let Some(start) = from {
        ranges.push(start..points.len());
    }
    let runs: Vec<Vec<Pos2>> = ranges
        .into_iter()
        .map(|range| {
            let run = &points[range];
            if sight.detail > 0.0 {
                thin(run, sight.detail, |p| p.1)
                    .iter()
                    .map(|p| p.1)
                    .collect()
            } else {
                run.iter().map(|p| p.1).collect()
            }
        })
        .collect();
    let mut dots: Vec<(Pos2, crate::model::Rating)> = Vec::new();
    let mut seen: std::collections::HashSet<(i64, i8)> = std::collections::HashSet::new();
    for &(_, centre, rating) in points.iter().filter(|_| with_dots) {
        if !x_range.contains(centre.x) {
            continue;
        }
        if sight.detail > 0.0 && !seen.insert((column(centre.x), rating.get())) {
            continue;
        }
        dots.push((centre, rating));
    }
    (runs, dots)
}

/// Everything the emotion row shows, in map units: its band, the neutral line, its name
/// (with the name of `persona`, whose path the customer's curve follows, if one) and key
/// at the left, the employees' curve dashed and the customer's solid, with a dot in the
/// rating's colour at each touchpoint; its text and marks `scale` times the usual size (as
/// the cards' in the presentation view); of the curves, what `sight` wants.
pub fn marks(
    row: &EmotionRow,
    palette: Palette,
    persona: Option<&str>,
    scale: f32,
    sight: Sight,
) -> Vec<Mark> {
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
            {
                let (points, thinned) = row.curve_at(1, sight.detail);
                (points, thinned, thinned || row.sorted[1])
            },
            weak,
            EMPLOYEE_WIDTH * scale,
            true,
            4.0 * scale,
        ),
        (
            {
                let (points, thinned) = row.curve_at(0, sight.detail);
                (points, thinned, thinned || row.sorted[0])
            },
            palette.text(),
            CUSTOMER_WIDTH * scale,
            false,
            5.5 * scale,
        ),
    ];
    for (points, colour, width, dashed, radius) in curves {
        // A dot smaller than what shows is left out: far out, the curve says it all; and
        // a thinned curve, whose points are closer than a dash, is drawn whole.
        let (points, thinned, sorted) = points;
        let (runs, dots) = in_sight(points, sorted, sight, radius * 2.0 >= sight.detail);
        for run in runs {
            marks.push(Mark::Line {
                points: run,
                colour,
                width,
                dashed: dashed && !thinned,
            });
        }
        for (centre, rating) in dots {
            marks.push(Mark::Dot {
                centre,
                radius,
                fill: palette::rating_fill(rating),
            });
        }
    }
    marks
}

/// Where customers or employees measured a touchpoint: its card's centre across the map,
/// and how bad its score is on its scale, from 0 to 1.
pub type MeasuredPoint = (f32, f64);

/// Where `audience` measured each touchpoint of `summary`: its card's centre across the
/// map (as `cards` lays them out) and how bad its score is.
pub fn measured_points(
    summary: &Summary,
    cards: &HashMap<TouchpointId, Rect>,
    audience: Audience,
) -> Vec<MeasuredPoint> {
    summary
        .of(audience)
        .iter()
        .filter_map(|(id, measured)| {
            let card = cards.get(id)?;
            Some((card.center().x, badness(measured.scored)))
        })
        .collect()
}

/// The measured curves of `summary` in `row`, for the map whose cards are at `cards`.
pub fn measured_marks_of(
    row: &EmotionRow,
    summary: &Summary,
    cards: &HashMap<TouchpointId, Rect>,
    palette: Palette,
    scale: f32,
) -> Vec<Mark> {
    let customers = measured_points(summary, cards, Audience::Customer);
    let employees = measured_points(summary, cards, Audience::Employee);
    measured_marks(row, [&customers, &employees], palette, scale)
}

/// `points` sorted across the map, those of cards in one column (one above the other)
/// made one, at their mean: a curve moves along the journey, not up and down a column.
fn by_column(points: &[MeasuredPoint]) -> Vec<MeasuredPoint> {
    let mut sorted = points.to_vec();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut columns: Vec<(f32, f64, usize)> = Vec::new();
    for (x, badness) in sorted {
        match columns.last_mut() {
            Some((at, sum, count)) if (x - *at).abs() < 1.0 => {
                *sum += badness;
                *count += 1;
            }
            _ => columns.push((x, badness, 1)),
        }
    }
    columns
        .into_iter()
        .map(|(x, sum, count)| (x, sum / count as f64))
        .collect()
}

/// The measured curves drawn beside the assumed ones in the emotion row: customers'
/// (`measured[0]`) and employees' (`measured[1]`), each at the height its badness comes
/// to on the ratings' scale (0 at +2, 1 at −2), cards one above another at their mean.
/// They are drawn in the blueprint's blue,
/// with hollow squares, so that measured and assumed are told apart at a glance; a key
/// under the row's own says which is which. Points are sorted across the map.
pub fn measured_marks(
    row: &EmotionRow,
    measured: [&[MeasuredPoint]; 2],
    palette: Palette,
    scale: f32,
) -> Vec<Mark> {
    let rect = row.rect;
    let colour = palette.blueprint_line();
    let mut marks = Vec::new();
    let key = [
        crate::tr!("model-emotion-row-customer-measured"),
        crate::tr!("model-emotion-row-employee-measured"),
    ];
    for (which, points) in measured.into_iter().enumerate() {
        if points.is_empty() {
            continue;
        }
        let dashed = which == 1;
        let sorted = by_column(points);
        let place = |&(x, badness): &MeasuredPoint| {
            pos2(
                x,
                EmotionRow::height_at(rect, on_ratings_scale(badness) as f32),
            )
        };
        let line: Vec<Pos2> = sorted.iter().map(place).collect();
        let width = if dashed {
            EMPLOYEE_WIDTH
        } else {
            CUSTOMER_WIDTH
        } * scale
            * 0.8;
        if line.len() > 1 {
            marks.push(Mark::Line {
                points: line.clone(),
                colour,
                width,
                dashed,
            });
        }
        let half = 3.5 * scale;
        for centre in line {
            marks.push(Mark::Box {
                rect: Rect::from_center_size(centre, emath::vec2(2.0 * half, 2.0 * half)),
                radius: 0.0,
                fill: palette.sheet(),
                edge: Some(colour),
                dashed: false,
            });
        }
        // The key, at the foot of the row's header: customers' above employees'.
        let y = rect.bottom() - (30.0 - which as f32 * 16.0) * scale.min(1.3);
        marks.push(Mark::Line {
            points: vec![pos2(rect.left() + 10.0, y), pos2(rect.left() + 32.0, y)],
            colour,
            width,
            dashed,
        });
        marks.push(Mark::Text {
            top_left: pos2(rect.left() + 38.0, y - KEY_SIZE * scale * 0.6),
            text: key[which].clone(),
            size: KEY_SIZE * scale,
            colour: palette.weak_text(),
        });
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::layout::Layout;
    use crate::model::layout::emotion::EmotionRow;

    fn row(touchpoints: usize) -> EmotionRow {
        let journey = crate::model::generate::generate(touchpoints, 2)
            .unwrap_or_else(|errors| panic!("{errors:?}"));
        let layout = Layout::new(&journey).with_emotion_row(&journey, None);
        layout
            .emotion
            .unwrap_or_else(|| panic!("a generated map has ratings"))
    }

    /// The curves' lines among `marks`: how many points, and whether dashed.
    fn lines(marks: &[Mark]) -> Vec<(usize, bool)> {
        marks
            .iter()
            .filter_map(|mark| match mark {
                Mark::Line { points, dashed, .. } if points.len() > 2 => {
                    Some((points.len(), *dashed))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn far_out_the_curves_are_thinned_and_near_they_are_whole() {
        let row = row(20_000);
        let whole = marks(&row, Palette::LIGHT, None, 1.0, Sight::EVERYTHING);
        let points = row.customer.len() + row.employee.len();
        assert_eq!(lines(&whole).iter().map(|l| l.0).sum::<usize>(), points);
        // The employees' curve is dashed, near and at an overview's zoom alike.
        assert!(lines(&whole).iter().any(|&(_, dashed)| dashed));
        let overview = Sight {
            within: Rect::EVERYTHING,
            detail: 3.0 / 0.4,
        };
        assert!(
            lines(&marks(&row, Palette::LIGHT, None, 1.0, overview))
                .iter()
                .any(|&(_, dashed)| dashed)
        );
        // Seen whole on a screen 1,400 points wide: a few points a column, however long.
        let far = Sight {
            within: Rect::EVERYTHING,
            detail: 3.0 * row.rect.width() / 1_400.0,
        };
        let thinned: usize = lines(&marks(&row, Palette::LIGHT, None, 1.0, far))
            .iter()
            .map(|l| l.0)
            .sum();
        // At most four points a column (in, highest, lowest, out), for each curve.
        let columns = (row.rect.width() / far.detail).ceil() as usize + 1;
        assert!(thinned <= 2 * 4 * columns, "{thinned} points");
        assert!(thinned * 4 < points, "{thinned} of {points} points");
    }

    #[test]
    fn only_the_stretch_in_sight_is_drawn() {
        let row = row(2_000);
        let middle = row.rect.center().x;
        let sight = Sight {
            within: Rect::from_min_max(
                emath::pos2(middle - 500.0, row.rect.top()),
                emath::pos2(middle + 500.0, row.rect.bottom()),
            ),
            detail: 1.0,
        };
        for mark in marks(&row, Palette::LIGHT, None, 1.0, sight) {
            if let Mark::Dot { centre, .. } = mark {
                assert!(sight.within.x_range().contains(centre.x));
            }
        }
    }

    #[test]
    fn measured_curves_run_across_the_map_at_the_height_of_their_scores() {
        let row = row(50);
        let rect = row.rect;
        // Given out of order: the best score, the worst, the middle.
        let customers = [(500.0, 0.0), (100.0, 1.0), (300.0, 0.5)];
        let marks = measured_marks(&row, [&customers, &[]], Palette::LIGHT, 1.0);
        let curve = marks
            .iter()
            .find_map(|mark| match mark {
                Mark::Line { points, .. } if points.len() == 3 => Some(points.clone()),
                _ => None,
            })
            .expect("the customers' measured curve");
        let xs: Vec<f32> = curve.iter().map(|p| p.x).collect();
        assert_eq!(xs, [100.0, 300.0, 500.0]);
        let heights: Vec<f32> = curve.iter().map(|p| p.y).collect();
        assert_eq!(heights[0], EmotionRow::height_at(rect, -2.0));
        assert_eq!(heights[1], rect.center().y);
        assert_eq!(heights[2], EmotionRow::height_at(rect, 2.0));
        // A hollow square at each point, in the blueprint's blue, and one key line.
        let squares = marks
            .iter()
            .filter(|mark| matches!(mark, Mark::Box { edge: Some(edge), .. } if *edge == Palette::LIGHT.blueprint_line()))
            .count();
        assert_eq!(squares, 3);
        assert!(marks.iter().any(|mark| matches!(mark, Mark::Text { .. })));
        // Two cards in one column are one point, at their mean.
        let stacked = [(100.0, 0.0), (100.0, 1.0), (300.0, 0.25)];
        let marks = measured_marks(&row, [&stacked, &[]], Palette::LIGHT, 1.0);
        let curve = marks
            .iter()
            .find_map(|mark| match mark {
                Mark::Line { points, .. } if points.len() == 2 => Some(points.clone()),
                _ => None,
            })
            .expect("a curve of two points");
        assert_eq!(curve[0].y, rect.center().y);
        // Nothing measured, nothing drawn.
        assert!(measured_marks(&row, [&[], &[]], Palette::LIGHT, 1.0).is_empty());
    }
}
