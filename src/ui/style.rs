//! Colours shared by the canvas and the panels, for light and dark themes.

use egui::Color32;

use crate::model::{LaneKind, Rating, Severity};

/// The canvas around the map: a quiet desk the map lies on, light in the light theme.
pub fn desk(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(22, 24, 28)
    } else {
        Color32::from_rgb(233, 236, 240)
    }
}

/// The map's own sheet, under its lanes: paper on the desk.
pub fn sheet(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(32, 35, 40)
    } else {
        Color32::WHITE
    }
}

/// The band colour of a lane of `kind`.
pub fn lane_fill(kind: LaneKind, dark: bool) -> Color32 {
    let (light, dark_fill) = match kind {
        LaneKind::Evidence => ((246, 241, 232), (46, 43, 38)),
        LaneKind::Customer => ((232, 241, 252), (30, 40, 54)),
        LaneKind::Frontstage => ((233, 246, 236), (30, 46, 36)),
        LaneKind::Backstage => ((243, 242, 247), (38, 37, 46)),
        LaneKind::Support => ((236, 235, 242), (34, 33, 42)),
    };
    let (r, g, b) = if dark { dark_fill } else { light };
    Color32::from_rgb(r, g, b)
}

/// The chip colour of a TERMS tag of `severity`.
pub fn severity_fill(severity: Severity) -> Color32 {
    match severity {
        Severity::Minor => Color32::from_rgb(242, 201, 76),
        Severity::Major => Color32::from_rgb(242, 142, 43),
        Severity::Critical => Color32::from_rgb(214, 48, 49),
    }
}

/// The marker colour of an emotion or experience rating, red (−2) to green (+2).
pub fn rating_fill(rating: Rating) -> Color32 {
    match rating.get() {
        ..=-2 => Color32::from_rgb(214, 48, 49),
        -1 => Color32::from_rgb(242, 142, 43),
        0 => Color32::from_rgb(180, 180, 180),
        1 => Color32::from_rgb(120, 190, 90),
        _ => Color32::from_rgb(46, 160, 67),
    }
}

/// Black or white, whichever reads better on `fill`: for text on a coloured chip.
pub fn text_on(fill: Color32) -> Color32 {
    // Perceived brightness (ITU-R BT.601 weights), so yellow gets black text and red white.
    let [r, g, b, _] = fill.to_array();
    let brightness = 299 * u32::from(r) + 587 * u32::from(g) + 114 * u32::from(b);
    if brightness > 150_000 {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}
