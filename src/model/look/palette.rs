//! The colours of the map, light and dark, as plain sRGB: defined once, for the canvas
//! (which turns them into egui's colours) and the pictures (which write them into SVG).

use std::fmt;

use crate::model::{LaneKind, Rating, Severity};

/// An sRGB colour, written into SVG as `#rrggbb`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub [u8; 3]);

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [r, g, b] = self.0;
        write!(f, "#{r:02x}{g:02x}{b:02x}")
    }
}

impl Rgb {
    /// A gray of `level` (0 black, 255 white).
    pub const fn gray(level: u8) -> Self {
        Self([level, level, level])
    }

    pub const WHITE: Self = Self::gray(255);
    pub const BLACK: Self = Self::gray(0);

    /// This colour drawn at `alpha` over `background`, as one solid colour.
    ///
    /// Faint lines and letters are mixed beforehand rather than drawn transparent: every
    /// transparent shape would become a graphics state in a PDF, which svg2pdf lists in an
    /// order that changes from run to run, and printers handle opaque colours better.
    pub fn over(self, background: Self, alpha: f32) -> Self {
        let mix = |fg: u8, bg: u8| {
            let value = alpha * f32::from(fg) + (1.0 - alpha) * f32::from(bg);
            // Within 0..=255 by construction; the cast only drops the fraction.
            value.round().clamp(0.0, 255.0) as u8
        };
        let ([r, g, b], [br, bg, bb]) = (self.0, background.0);
        Self([mix(r, br), mix(g, bg), mix(b, bb)])
    }

    /// Black or white, whichever reads better on this colour: for text on a coloured
    /// chip (perceived brightness, ITU-R BT.601 weights, so yellow gets black and red
    /// white).
    pub fn text_on(self) -> Self {
        let [r, g, b] = self.0;
        let brightness = 299 * u32::from(r) + 587 * u32::from(g) + 114 * u32::from(b);
        if brightness > 150_000 {
            Self::BLACK
        } else {
            Self::WHITE
        }
    }
}

/// The colours of one theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    pub dark: bool,
}

impl Palette {
    pub const LIGHT: Self = Self { dark: false };
    pub const DARK: Self = Self { dark: true };

    const fn pick(self, light: Rgb, dark: Rgb) -> Rgb {
        if self.dark { dark } else { light }
    }

    /// Around the map: a quiet desk it lies on.
    pub const fn desk(self) -> Rgb {
        self.pick(Rgb([233, 236, 240]), Rgb([22, 24, 28]))
    }

    /// The map's own sheet, under its lanes.
    pub const fn sheet(self) -> Rgb {
        self.pick(Rgb::WHITE, Rgb([32, 35, 40]))
    }

    /// Text on the map.
    pub const fn text(self) -> Rgb {
        self.pick(Rgb::gray(30), Rgb::gray(230))
    }

    /// Secondary text: channels, lane kinds, hidden cards' titles.
    pub const fn weak_text(self) -> Rgb {
        self.pick(Rgb::gray(100), Rgb::gray(160))
    }

    /// Stage and corner headers.
    pub const fn header_fill(self) -> Rgb {
        self.pick(Rgb::gray(250), Rgb::gray(32))
    }

    /// Edges of the headers and of the map.
    pub fn header_edge(self) -> Rgb {
        self.weak_text().over(self.header_fill(), 0.4)
    }

    /// The three blueprint lines and their labels.
    pub const fn blueprint_line(self) -> Rgb {
        self.pick(Rgb([40, 90, 170]), Rgb([130, 170, 230]))
    }

    /// Links.
    pub const fn link(self) -> Rgb {
        self.pick(Rgb::gray(90), Rgb::gray(170))
    }

    /// What is selected.
    pub const fn accent(self) -> Rgb {
        self.pick(Rgb([20, 110, 230]), Rgb([90, 170, 255]))
    }

    /// The band of a lane of `kind`.
    pub const fn lane_fill(self, kind: LaneKind) -> Rgb {
        let (light, dark) = match kind {
            LaneKind::Evidence => ([246, 241, 232], [46, 43, 38]),
            LaneKind::Customer => ([232, 241, 252], [30, 40, 54]),
            LaneKind::Frontstage => ([233, 246, 236], [30, 46, 36]),
            LaneKind::Backstage => ([243, 242, 247], [38, 37, 46]),
            LaneKind::Support => ([236, 235, 242], [34, 33, 42]),
        };
        self.pick(Rgb(light), Rgb(dark))
    }

    /// The stripe that marks a lane's kind in its header.
    pub const fn kind_accent(self, kind: LaneKind) -> Rgb {
        Rgb(match kind {
            LaneKind::Evidence => [180, 140, 80],
            LaneKind::Customer => [60, 120, 210],
            LaneKind::Frontstage => [60, 160, 90],
            LaneKind::Backstage => [130, 120, 160],
            LaneKind::Support => [100, 90, 130],
        })
    }

    /// A card's fill and edge: visible cards bright, hidden ones muted.
    pub const fn card(self, hidden: bool) -> (Rgb, Rgb) {
        match (hidden, self.dark) {
            (false, false) => (Rgb::WHITE, Rgb::gray(150)),
            (true, false) => (Rgb::gray(236), Rgb::gray(140)),
            (false, true) => (Rgb::gray(58), Rgb::gray(120)),
            (true, true) => (Rgb::gray(40), Rgb::gray(100)),
        }
    }

    /// A card title's colour.
    pub const fn card_text(self, hidden: bool) -> Rgb {
        if hidden {
            self.weak_text()
        } else {
            self.text()
        }
    }
}

/// The colour of a TERMS tag of `severity`, in every theme.
pub const fn severity_fill(severity: Severity) -> Rgb {
    Rgb(match severity {
        Severity::Minor => [242, 201, 76],
        Severity::Major => [242, 142, 43],
        Severity::Critical => [214, 48, 49],
    })
}

/// The colour of an emotion or experience rating, red (−2) to green (+2).
pub fn rating_fill(rating: Rating) -> Rgb {
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
        let weak = Palette::LIGHT.weak_text();
        assert_eq!(weak.over(Rgb::WHITE, 0.0), Rgb::WHITE);
        assert_eq!(weak.over(Rgb::WHITE, 1.0), weak);
        assert_eq!(weak.over(Rgb::WHITE, 0.4), Rgb::gray(193));
        assert_eq!(Rgb([40, 90, 170]).to_string(), "#285aaa");
        assert_eq!(severity_fill(Severity::Minor).text_on(), Rgb::BLACK);
        assert_eq!(severity_fill(Severity::Critical).text_on(), Rgb::WHITE);
    }
}
