//! The map's colours (`model::look::palette`, defined once for the canvas and the
//! pictures) as egui's colours, for the canvas and the panels.

use egui::Color32;

use crate::model::look::palette::{self, Palette, Rgb};
use crate::model::{LaneKind, Rating, Severity};

/// `rgb` as egui's colour.
pub fn colour(rgb: Rgb) -> Color32 {
    let [r, g, b] = rgb.0;
    Color32::from_rgb(r, g, b)
}

/// The palette of the light or dark theme.
pub fn palette(dark: bool) -> Palette {
    Palette { dark }
}

/// The canvas around the map: a quiet desk the map lies on, light in the light theme.
pub fn desk(dark: bool) -> Color32 {
    colour(palette(dark).desk())
}

/// The map's own sheet, under its lanes: paper on the desk.
pub fn sheet(dark: bool) -> Color32 {
    colour(palette(dark).sheet())
}

/// The band colour of a lane of `kind`.
pub fn lane_fill(kind: LaneKind, dark: bool) -> Color32 {
    colour(palette(dark).lane_fill(kind))
}

/// The chip colour of a TERMS tag of `severity`.
pub fn severity_fill(severity: Severity) -> Color32 {
    colour(palette::severity_fill(severity))
}

/// The marker colour of an emotion or experience rating, red (−2) to green (+2).
pub fn rating_fill(rating: Rating) -> Color32 {
    colour(palette::rating_fill(rating))
}

/// Black or white, whichever reads better on `fill`: for text on a coloured chip.
pub fn text_on(fill: Color32) -> Color32 {
    let [r, g, b, _] = fill.to_array();
    colour(Rgb([r, g, b]).text_on())
}
