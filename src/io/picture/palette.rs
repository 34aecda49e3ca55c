//! The colours of a picture: the canvas's light theme, as plain RGB.
//!
//! These mirror `ui::style` and `ui::canvas` (which use egui's colour type, out of reach
//! of the io layer). When a colour changes there, change it here too, so a picture keeps
//! looking like the canvas.

use std::fmt;

use crate::model::{LaneKind, Rating, Severity};

/// An sRGB colour, written into SVG as `#rrggbb`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Rgb(pub [u8; 3]);

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [r, g, b] = self.0;
        write!(f, "#{r:02x}{g:02x}{b:02x}")
    }
}

const fn gray(level: u8) -> Rgb {
    Rgb([level, level, level])
}

impl Rgb {
    /// This colour drawn at `alpha` over `background`, as one solid colour.
    ///
    /// The canvas draws faint lines and letters with transparency; pictures mix the
    /// colour beforehand instead. Every transparent shape would become a graphics state
    /// in the PDF, which svg2pdf lists in an order that changes from run to run, and
    /// printers handle opaque colours better anyway.
    pub(super) fn over(self, background: Rgb, alpha: f32) -> Rgb {
        let mix = |fg: u8, bg: u8| {
            let value = alpha * f32::from(fg) + (1.0 - alpha) * f32::from(bg);
            // Within 0..=255 by construction; the cast only drops the fraction.
            value.round().clamp(0.0, 255.0) as u8
        };
        let ([r, g, b], [br, bg, bb]) = (self.0, background.0);
        Rgb([mix(r, br), mix(g, bg), mix(b, bb)])
    }
}

pub(super) const WHITE: Rgb = gray(255);
pub(super) const BLACK: Rgb = gray(0);
/// Text on the map (`Scene::text_colour`).
pub(super) const TEXT: Rgb = gray(30);
/// Secondary text: channels, lane kinds, hidden cards' titles (`Scene::weak_text_colour`).
pub(super) const WEAK_TEXT: Rgb = gray(100);
/// Stage and corner headers.
pub(super) const HEADER_FILL: Rgb = gray(250);
/// The three blueprint lines and their labels.
pub(super) const BLUEPRINT_LINE: Rgb = Rgb([40, 90, 170]);
/// Links.
pub(super) const LINK: Rgb = gray(90);

/// Edges of the headers and of the map (the weak text colour at 40% over the header).
pub(super) fn header_edge() -> Rgb {
    WEAK_TEXT.over(HEADER_FILL, 0.4)
}

/// The edge of a TERMS chip on a card of `fill` (the weak text colour at 40%).
pub(super) fn chip_edge(fill: Rgb) -> Rgb {
    WEAK_TEXT.over(fill, 0.4)
}

/// The letter of an empty TERMS chip on a card of `fill` (the weak text colour at 50%).
pub(super) fn chip_letter(fill: Rgb) -> Rgb {
    WEAK_TEXT.over(fill, 0.5)
}

/// A card's fill and edge: visible cards white, hidden ones muted.
pub(super) fn card_colours(hidden: bool) -> (Rgb, Rgb) {
    if hidden {
        (gray(236), gray(140))
    } else {
        (WHITE, gray(150))
    }
}

/// The band colour of a lane of `kind` (`style::lane_fill`, light theme).
pub(super) fn lane_fill(kind: LaneKind) -> Rgb {
    Rgb(match kind {
        LaneKind::Evidence => [246, 241, 232],
        LaneKind::Customer => [232, 241, 252],
        LaneKind::Frontstage => [233, 246, 236],
        LaneKind::Backstage => [243, 242, 247],
        LaneKind::Support => [236, 235, 242],
    })
}

/// The stripe that marks a lane's kind in its header (`canvas::draw::kind_accent`).
pub(super) fn kind_accent(kind: LaneKind) -> Rgb {
    Rgb(match kind {
        LaneKind::Evidence => [180, 140, 80],
        LaneKind::Customer => [60, 120, 210],
        LaneKind::Frontstage => [60, 160, 90],
        LaneKind::Backstage => [130, 120, 160],
        LaneKind::Support => [100, 90, 130],
    })
}

/// The chip colour of a TERMS tag of `severity` (`style::severity_fill`).
pub(super) fn severity_fill(severity: Severity) -> Rgb {
    Rgb(match severity {
        Severity::Minor => [242, 201, 76],
        Severity::Major => [242, 142, 43],
        Severity::Critical => [214, 48, 49],
    })
}

/// The marker colour of an emotion rating, red (−2) to green (+2) (`style::rating_fill`).
pub(super) fn rating_fill(rating: Rating) -> Rgb {
    Rgb(match rating.get() {
        ..=-2 => [214, 48, 49],
        -1 => [242, 142, 43],
        0 => [180, 180, 180],
        1 => [120, 190, 90],
        _ => [46, 160, 67],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_mix_like_transparency() {
        assert_eq!(WEAK_TEXT.over(WHITE, 0.0), WHITE);
        assert_eq!(WEAK_TEXT.over(WHITE, 1.0), WEAK_TEXT);
        assert_eq!(WEAK_TEXT.over(WHITE, 0.4), gray(193));
        assert_eq!(Rgb([40, 90, 170]).to_string(), "#285aaa");
    }
}
