//! Pictures of a map to print, pin up or send: SVG, PNG and PDF, drawn like the canvas.
//!
//! The SVG is the one drawing; the PNG (resvg / tiny-skia) and the PDF (svg2pdf) are
//! rendered from it on the CPU, with the bundled DejaVu Sans and no other font, so a
//! picture comes out the same on every machine, byte for byte. Geometry comes from
//! [`crate::model::layout`], exactly as the canvas uses it; nothing here knows egui.

mod card;
mod font;

pub use font::FONT;
mod legend;
mod links;
mod map;
mod palette;
mod pdf;
mod raster;
mod sheet;
mod svg;
mod text;

use resvg::usvg;

pub use pdf::{MAX_PDF_PAGE_PT, Page, pdf_page_size_mm, to_pdf};
pub use raster::{MAX_PNG_MEGAPIXELS, MAX_PNG_SIDE, png_size, to_png};

use crate::model::Journey;

/// Why a picture could not be made. Nothing is written when one of these comes back.
#[derive(Debug, thiserror::Error)]
pub enum PictureError {
    #[error(
        "the scale must be a number above 0, not {scale}; 1 gives one pixel per map point, 2 a sharper picture"
    )]
    BadScale { scale: f32 },
    #[error(
        "a PNG of {width}×{height} px is too large (at most {MAX_PNG_SIDE} px a side and \
         {MAX_PNG_MEGAPIXELS} megapixels); use a smaller scale (--scale), or export SVG or \
         PDF, which stay sharp at any size"
    )]
    TooLarge { width: u64, height: u64 },
    #[error(
        "there is not enough memory for a {width}×{height} px picture; use a smaller scale (--scale)"
    )]
    OutOfMemory { width: u32, height: u32 },
    #[error("could not read back the drawing ({0}); this is a bug in polku, please report it")]
    Drawing(String),
    #[error("could not encode the PNG: {0}")]
    Png(String),
    #[error("could not make the PDF: {0}")]
    Pdf(String),
}

/// The whole map as SVG, in map units, light theme: the title and description above, the
/// lanes, stages, blueprint lines, links and cards, and a legend below. Each card is a
/// `<g id="touchpoint-N">` whose `<title>` is the touchpoint's title. The same journey
/// always gives the same text.
pub fn to_svg(journey: &Journey) -> String {
    let sheet = sheet::Sheet::new(journey);
    let size = sheet.size();
    let mut svg = svg::Svg::new(size.x, size.y);
    sheet.draw(&mut svg);
    svg.finish()
}

/// Width and height of the picture [`to_svg`] draws, in map units (points at 100% zoom).
pub fn picture_size(journey: &Journey) -> (f32, f32) {
    let size = sheet::Sheet::new(journey).size();
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
