//! The picture's colours: the map's own, in the light theme (see `model::look::palette`),
//! under the short names the picture code uses.

use crate::model::LaneKind;
use crate::model::look::palette::Palette;
pub(super) use crate::model::look::palette::{Rgb, rating_fill, severity_fill};

/// Pictures are printed and handed over: they take the light theme.
const THEME: Palette = Palette::LIGHT;

pub(super) const WHITE: Rgb = Rgb::WHITE;
pub(super) const BLACK: Rgb = Rgb::BLACK;
pub(super) const TEXT: Rgb = THEME.text();
pub(super) const WEAK_TEXT: Rgb = THEME.weak_text();
pub(super) const HEADER_FILL: Rgb = THEME.header_fill();
pub(super) const BLUEPRINT_LINE: Rgb = THEME.blueprint_line();
pub(super) const LINK: Rgb = THEME.link();

/// Edges of the headers and of the map.
pub(super) fn header_edge() -> Rgb {
    THEME.header_edge()
}

/// The edge of a TERMS chip on a card of `fill` (the weak text colour at 40%).
pub(super) fn chip_edge(fill: Rgb) -> Rgb {
    WEAK_TEXT.over(fill, 0.4)
}

/// A card's fill and edge.
pub(super) fn card_colours(hidden: bool) -> (Rgb, Rgb) {
    THEME.card(hidden)
}

/// The band of a lane of `kind`.
pub(super) fn lane_fill(kind: LaneKind) -> Rgb {
    THEME.lane_fill(kind)
}

/// The stripe that marks a lane's kind in its header.
pub(super) fn kind_accent(kind: LaneKind) -> Rgb {
    THEME.kind_accent(kind)
}
