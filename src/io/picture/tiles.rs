//! Tiled pages: a map too wide for one sheet of paper, printed large enough to read (card
//! titles at 9 points at least) across several A4 or A3 pages, to trim and tape together
//! on a wall. Pages overlap a little so the seams need not be exact; each page says where
//! it goes ("Row 1, column 2 of 2×3") and has crop marks at the corners of its picture.

use super::drawn::Drawn;
use emath::{Rect, Vec2, pos2, vec2};

use super::error::PictureError;
use super::limits::{MAX_TILES, TILE_TITLE_PT};
use super::palette::{BLACK, WEAK_TEXT};
use super::pdf::{Orientation, PT_PER_MM, pdf_of_pages};
use super::sheet::Sheet;
use super::svg::{Font, N, Paint, Svg};
use crate::model::look::card::TITLE_SIZE;

/// White space between a page's edge and its part of the picture, in millimetres: more
/// than most printers leave unprinted, and room for the crop marks and the label.
const MARGIN_MM: f32 = 10.0;
/// How much of the picture two neighbouring pages both show, in millimetres.
pub const OVERLAP_MM: f32 = 10.0;
/// Crop marks: how far from the picture's corner they start, and how long they are.
const MARK_GAP_MM: f32 = 2.0;
const MARK_LENGTH_MM: f32 = 6.0;
const LABEL_SIZE: f32 = 8.0;

/// The paper tiles are printed on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    A4,
    A3,
}

impl Paper {
    pub fn name(self) -> &'static str {
        match self {
            Self::A4 => "A4",
            Self::A3 => "A3",
        }
    }

    /// Width and height, landscape, in millimetres.
    pub fn size_mm(self) -> (f32, f32) {
        match self {
            Self::A4 => (297.0, 210.0),
            Self::A3 => (420.0, 297.0),
        }
    }
}

/// How a map is cut into pages: the paper, which way up, how many rows and columns of
/// pages, and the scale of the picture on them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tiling {
    pub paper: Paper,
    pub orientation: Orientation,
    pub rows: usize,
    pub columns: usize,
    /// Points on paper per map unit: at least [`TILE_TITLE_PT`] / 13.5, more when the
    /// picture can grow and still need no more pages.
    pub scale: f32,
    /// Where the picture's top left corner is in the whole of the pages put together
    /// (less their margins), in points: the picture is centred there.
    offset: Vec2,
}

impl Tiling {
    /// How many pages: rows × columns.
    pub fn pages(&self) -> usize {
        self.rows.saturating_mul(self.columns)
    }

    /// How large a card's title is printed, in points.
    pub fn title_size_pt(&self) -> f32 {
        self.scale * TITLE_SIZE
    }

    /// Width and height of each page, in millimetres, turned as the pages are.
    pub fn page_size_mm(&self) -> (f32, f32) {
        let (width, height) = self.paper.size_mm();
        let size = self.orientation.turn(vec2(width, height));
        (size.x, size.y)
    }

    fn page_size_pt(&self) -> Vec2 {
        let (width, height) = self.page_size_mm();
        vec2(width, height) * PT_PER_MM
    }

    /// The part of each page the picture is printed on, in points.
    fn room(&self) -> Vec2 {
        self.page_size_pt() - Vec2::splat(2.0 * MARGIN_MM * PT_PER_MM)
    }

    /// How far apart two neighbouring pages' parts of the picture start, in points.
    fn step(&self) -> Vec2 {
        self.room() - Vec2::splat(OVERLAP_MM * PT_PER_MM)
    }

    /// The part of the picture on the page at `row` and `column` (from 0), in map units.
    fn view(&self, row: usize, column: usize) -> Rect {
        let step = self.step();
        let min = (vec2(column as f32 * step.x, row as f32 * step.y) - self.offset) / self.scale;
        Rect::from_min_size(min.to_pos2(), self.room() / self.scale)
    }
}

/// How many pages of `room` points, overlapping by `overlap`, hold `length` points.
fn count(length: f32, room: f32, overlap: f32) -> usize {
    if length <= room {
        return 1;
    }
    let more = ((length - room) / (room - overlap)).ceil();
    // Lengths are finite and within the page limit checked by the caller, or huge: then
    // the count is too, and is refused.
    if more.is_finite() && more < 1e9 {
        1 + more as usize
    } else {
        usize::MAX / 2
    }
}

/// How `picture` (map units) is tiled onto `paper` turned `orientation`.
fn tile(paper: Paper, orientation: Orientation, picture: Vec2) -> Tiling {
    let mut tiling = Tiling {
        paper,
        orientation,
        rows: 1,
        columns: 1,
        scale: TILE_TITLE_PT / TITLE_SIZE,
        offset: Vec2::ZERO,
    };
    let (room, overlap) = (tiling.room(), OVERLAP_MM * PT_PER_MM);
    let smallest = picture * tiling.scale;
    tiling.columns = count(smallest.x, room.x, overlap);
    tiling.rows = count(smallest.y, room.y, overlap);
    // The pages put together hold more than the picture at its smallest: it grows to
    // fill them in one direction, and is centred in the other.
    let step = tiling.step();
    let whole = vec2(
        tiling.columns as f32 * step.x + overlap,
        tiling.rows as f32 * step.y + overlap,
    );
    tiling.scale = (whole.x / picture.x)
        .min(whole.y / picture.y)
        .max(tiling.scale);
    tiling.offset = (whole - picture * tiling.scale) / 2.0;
    tiling
}

/// How `journey`'s picture is cut into pages of `paper`: the map as large as it can be
/// with card titles at [`TILE_TITLE_PT`] or more, the pages turned whichever way needs
/// fewer (of two that need as many, the one that holds the map larger). Refused when
/// it would take more than [`MAX_TILES`] pages.
pub fn tiling<'a>(map: impl Into<Drawn<'a>>, paper: Paper) -> Result<Tiling, PictureError> {
    let map: Drawn<'a> = map.into();
    choose(paper, Sheet::new(map).size())
}

fn choose(paper: Paper, picture: Vec2) -> Result<Tiling, PictureError> {
    let landscape = tile(paper, Orientation::Landscape, picture);
    let portrait = tile(paper, Orientation::Portrait, picture);
    let better = (portrait.pages(), -portrait.scale) < (landscape.pages(), -landscape.scale);
    let tiling = if better { portrait } else { landscape };
    if tiling.pages() > MAX_TILES {
        return Err(PictureError::TooManyTiles {
            pages: tiling.pages(),
            rows: tiling.rows,
            columns: tiling.columns,
            paper: paper.name(),
        });
    }
    Ok(tiling)
}

/// `journey`'s picture on pages of `paper` (see [`tiling`]), in reading order: left to
/// right, then top to bottom.
pub fn to_tiled_pdf<'a>(map: impl Into<Drawn<'a>>, paper: Paper) -> Result<Vec<u8>, PictureError> {
    let map: Drawn<'a> = map.into();
    let sheet = Sheet::new(map);
    let tiling = choose(paper, sheet.size())?;
    let size = tiling.page_size_pt();
    let pages =
        (0..tiling.rows).flat_map(|row| (0..tiling.columns).map(move |column| (row, column)));
    let pages = pages.map(|(row, column)| {
        let svg = page(&sheet, &tiling, row, column);
        Ok((size, std::iter::once(Ok(svg))))
    });
    pdf_of_pages(pages)
}

/// The SVG of the page at `row` and `column`: its part of the picture, the crop marks
/// at the part's corners, and the label saying where the page goes.
fn page(sheet: &Sheet<'_>, tiling: &Tiling, row: usize, column: usize) -> String {
    let size = tiling.page_size_pt();
    let margin = MARGIN_MM * PT_PER_MM;
    let part = Rect::from_min_size(pos2(margin, margin), tiling.room());
    let view = tiling.view(row, column);
    let mut svg = Svg::new(size.x, size.y);
    svg.clip_rect("part", part);
    svg.open_clipped_group("part");
    let transform = format!(
        "matrix({scale:.6} 0 0 {scale:.6} {} {})",
        N(part.min.x - view.min.x * tiling.scale),
        N(part.min.y - view.min.y * tiling.scale),
        scale = tiling.scale
    );
    svg.open_group(Some("picture"), Some(&transform));
    sheet.draw_within(&mut svg, view);
    svg.close_group();
    svg.close_group();

    svg.open_group(Some("crop-marks"), None);
    let (gap, length) = (MARK_GAP_MM * PT_PER_MM, MARK_LENGTH_MM * PT_PER_MM);
    let stroke = Paint::stroke(BLACK, 0.5);
    for corner in [
        part.left_top(),
        part.right_top(),
        part.left_bottom(),
        part.right_bottom(),
    ] {
        // Outward from the part, along each of its two edges.
        let outward = vec2(
            if corner.x < part.center().x {
                -1.0
            } else {
                1.0
            },
            if corner.y < part.center().y {
                -1.0
            } else {
                1.0
            },
        );
        let across = vec2(outward.x, 0.0);
        let down = vec2(0.0, outward.y);
        svg.line(
            corner + across * gap,
            corner + across * (gap + length),
            stroke,
        );
        svg.line(corner + down * gap, corner + down * (gap + length), stroke);
    }
    svg.close_group();

    let label = crate::tr!(
        "io-tile-label",
        row = (row + 1).to_string(),
        column = (column + 1).to_string(),
        rows = tiling.rows.to_string(),
        columns = tiling.columns.to_string()
    );
    // In the bottom margin, clear of the crop marks.
    let baseline = pos2(part.min.x + gap + length, part.max.y + margin * 0.6);
    svg.text(baseline, Font::new(LABEL_SIZE, WEAK_TEXT), &label);
    svg.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_counted_with_their_overlap() {
        assert_eq!(count(100.0, 100.0, 10.0), 1);
        assert_eq!(count(100.1, 100.0, 10.0), 2);
        assert_eq!(count(190.0, 100.0, 10.0), 2);
        assert_eq!(count(190.1, 100.0, 10.0), 3);
        assert_eq!(count(f32::INFINITY, 100.0, 10.0), usize::MAX / 2);
    }

    #[test]
    fn a_wide_picture_is_tiled_at_a_legible_size_on_the_fewest_pages() {
        let picture = vec2(4000.0, 900.0);
        let tiling = choose(Paper::A4, picture).expect("a tiling");
        assert!(tiling.title_size_pt() >= TILE_TITLE_PT - 1e-4);
        let other = match tiling.orientation {
            Orientation::Landscape => tile(Paper::A4, Orientation::Portrait, picture),
            Orientation::Portrait => tile(Paper::A4, Orientation::Landscape, picture),
        };
        assert!(tiling.pages() <= other.pages(), "{tiling:?} {other:?}");
        // The pages' parts, put together, hold the whole picture.
        let first = tiling.view(0, 0);
        let last = tiling.view(tiling.rows - 1, tiling.columns - 1);
        assert!(first.min.x <= 0.01 && first.min.y <= 0.01, "{first:?}");
        assert!(last.max.x >= picture.x - 0.01 && last.max.y >= picture.y - 0.01);
        // Neighbours overlap by the overlap.
        let next = tiling.view(0, 1);
        let overlap = (first.max.x - next.min.x) * tiling.scale / PT_PER_MM;
        assert!((overlap - OVERLAP_MM).abs() < 0.01, "{overlap}");
    }

    #[test]
    fn a_picture_too_large_for_the_wall_is_refused() {
        let error = choose(Paper::A4, vec2(1e6, 1e5)).expect_err("too many pages");
        assert!(
            matches!(error, PictureError::TooManyTiles { .. }),
            "{error}"
        );
    }
}
