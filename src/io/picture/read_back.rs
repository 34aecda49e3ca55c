//! Reading back an SVG drawn here, for the PNG and PDF made from it: the bundled font is
//! the only font the reader knows.

use resvg::usvg;

use super::error::PictureError;
use super::font;

/// Reads back an SVG drawn here, with the bundled font as the only font there is.
pub(super) fn parse(svg: &str) -> Result<usvg::Tree, PictureError> {
    let options = usvg::Options {
        font_family: font::FAMILY.to_owned(),
        fontdb: font::database(),
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(svg, &options).map_err(|error| PictureError::Drawing(error.to_string()))
}
