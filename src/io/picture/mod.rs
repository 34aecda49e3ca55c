//! Pictures of a map to print, pin up or send: SVG, PNG and PDF, drawn like the canvas.
//!
//! The SVG is the one drawing (one page of it, for a map tiled over several); the PNG (resvg / tiny-skia) and the PDF (svg2pdf) are
//! rendered from it on the CPU, with the bundled DejaVu Sans and no other font, so a
//! picture comes out the same on every machine, byte for byte. Geometry comes from
//! [`crate::model::layout`], exactly as the canvas uses it; nothing here knows egui.

mod card;
mod drawn;
mod error;
mod font;
mod legend;
mod limits;
mod links;
mod map;
mod notes;
mod palette;
mod pdf;
mod raster;
mod read_back;
mod sheet;
mod svg;
mod text;
mod tiles;

pub use drawn::Drawn;
pub use error::PictureError;
pub use font::FONT;
pub use limits::{MAX_PDF_PAGE_PT, MAX_PNG_MEGAPIXELS, MAX_PNG_SIDE, MAX_TILES, TILE_TITLE_PT};
pub use pdf::{
    Orientation, Page, pdf_map_scale, pdf_page_size_mm, poster_orientation, poster_title_size_pt,
    to_pdf,
};
pub use raster::{png_scale_that_fits, png_size, to_png};
pub use tiles::{OVERLAP_MM, Paper, Tiling, tiling, to_tiled_pdf};

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
