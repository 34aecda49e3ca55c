//! Pictures of a map to print, pin up or send: SVG, PNG and PDF, drawn like the canvas.
//!
//! The SVG is the one drawing (one page of it, for a map tiled over several); the PNG (resvg / tiny-skia) and the PDF (svg2pdf) are
//! rendered from it on the CPU, with the bundled DejaVu Sans and no other font, so a
//! picture comes out the same on every machine, byte for byte. Geometry comes from
//! [`crate::model::layout`], exactly as the canvas uses it; nothing here knows egui.

mod card;
mod font;

pub use font::FONT;
mod legend;
mod links;
mod map;
mod notes;
mod palette;
mod pdf;
mod raster;
mod sheet;
mod svg;
mod text;
mod tiles;

use resvg::usvg;

pub use pdf::{
    MAX_PDF_PAGE_PT, Orientation, Page, pdf_map_scale, pdf_page_size_mm, poster_orientation,
    poster_title_size_pt, to_pdf,
};
pub use raster::{MAX_PNG_MEGAPIXELS, MAX_PNG_SIDE, png_scale_that_fits, png_size, to_png};
pub use tiles::{MAX_TILES, OVERLAP_MM, Paper, TILE_TITLE_PT, Tiling, tiling, to_tiled_pdf};

use crate::model::Journey;
use crate::tr;

/// Why a picture could not be made. Nothing is written when one of these comes back.
#[derive(Debug)]
pub enum PictureError {
    BadScale {
        scale: f32,
    },
    TooLarge {
        width: u64,
        height: u64,
    },
    /// The scale asked for would make too large a PNG; `largest` would not.
    ScaleTooLarge {
        asked: f32,
        largest: f32,
    },
    OutOfMemory {
        width: u32,
        height: u32,
    },
    /// The drawing could not be read back: the library's words.
    Drawing(String),
    Png(String),
    Pdf(String),
    /// Tiles at a legible size would take more than [`MAX_TILES`] pages.
    TooManyTiles {
        pages: usize,
        rows: usize,
        columns: usize,
        paper: &'static str,
    },
}

impl std::fmt::Display for PictureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let words = match self {
            Self::BadScale { scale } => tr!("io-picture-bad-scale", scale = scale.to_string()),
            Self::TooLarge { width, height } => tr!(
                "io-picture-too-large",
                width = width.to_string(),
                height = height.to_string(),
                side = MAX_PNG_SIDE.to_string(),
                megapixels = MAX_PNG_MEGAPIXELS.to_string()
            ),
            Self::ScaleTooLarge { asked, largest } => tr!(
                "io-picture-scale-too-large",
                asked = crate::i18n::decimal(f64::from(*asked), 2),
                largest = crate::i18n::decimal(f64::from(*largest), 3),
                side = MAX_PNG_SIDE.to_string(),
                megapixels = MAX_PNG_MEGAPIXELS.to_string()
            ),
            Self::OutOfMemory { width, height } => tr!(
                "io-picture-out-of-memory",
                width = width.to_string(),
                height = height.to_string()
            ),
            Self::Drawing(reason) => tr!("io-picture-drawing", reason = reason.as_str()),
            Self::Png(reason) => tr!("io-picture-png", reason = reason.as_str()),
            Self::Pdf(reason) => tr!("io-picture-pdf", reason = reason.as_str()),
            Self::TooManyTiles {
                pages,
                rows,
                columns,
                paper,
            } => tr!(
                "io-picture-too-many-tiles",
                title = TILE_TITLE_PT.to_string(),
                pages = pages.to_string(),
                paper = *paper,
                rows = rows.to_string(),
                columns = columns.to_string(),
                most = MAX_TILES.to_string()
            ),
        };
        f.write_str(&words)
    }
}

impl std::error::Error for PictureError {}

/// A map as its picture shows it: the journey, and whether the emotion row is drawn
/// under its lanes (when the map has ratings to show in it). A `&Journey` is drawn with
/// the row.
#[derive(Clone, Copy, Debug)]
pub struct Drawn<'a> {
    pub journey: &'a Journey,
    pub emotion_row: bool,
}

impl<'a> Drawn<'a> {
    pub fn new(journey: &'a Journey) -> Self {
        Self {
            journey,
            emotion_row: true,
        }
    }

    /// This map with the emotion row drawn or left out.
    pub fn emotion_row(self, emotion_row: bool) -> Self {
        Self {
            emotion_row,
            ..self
        }
    }
}

impl<'a> From<&'a Journey> for Drawn<'a> {
    fn from(journey: &'a Journey) -> Self {
        Self::new(journey)
    }
}

/// The whole map as SVG, in map units, light theme: the title and description above, the
/// lanes, stages, blueprint lines, links and cards, and a legend below. Each card is a
/// `<g id="touchpoint-N">` whose `<title>` is the touchpoint's title. The same journey
/// always gives the same text.
pub fn to_svg<'a>(map: impl Into<Drawn<'a>>) -> String {
    let map: Drawn<'a> = map.into();
    let sheet = sheet::Sheet::new(map);
    let size = sheet.size();
    let mut svg = svg::Svg::new(size.x, size.y);
    sheet.draw(&mut svg);
    svg.finish()
}

/// Width and height of the picture [`to_svg`] draws, in map units (points at 100% zoom).
pub fn picture_size<'a>(map: impl Into<Drawn<'a>>) -> (f32, f32) {
    let map: Drawn<'a> = map.into();
    let size = sheet::Sheet::new(map).size();
    (size.x, size.y)
}

/// Reads back an SVG drawn here, with the bundled font as the only font there is.
fn parse(svg: &str) -> Result<usvg::Tree, PictureError> {
    let options = usvg::Options {
        font_family: font::FAMILY.to_owned(),
        fontdb: font::database(),
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(svg, &options).map_err(|error| PictureError::Drawing(error.to_string()))
}
