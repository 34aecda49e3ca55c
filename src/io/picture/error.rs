//! Why a picture could not be made, in words for the person exporting it.

use super::limits::{MAX_PNG_MEGAPIXELS, MAX_PNG_SIDE, MAX_TILES, TILE_TITLE_PT};
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
