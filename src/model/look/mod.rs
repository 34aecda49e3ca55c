//! How the map looks, defined once for the canvas and the pictures: its colours in both
//! themes (`palette`), its font and how wide text is in it (`font`), where text breaks
//! into lines (`text`), what a card shows and where (`card`), and the
//! emotion row (`emotion`).
//!
//! Plain geometry and sRGB values, no egui: the canvas turns them into egui's shapes, the
//! picture export into SVG.

pub mod card;
pub mod emotion;
pub mod font;
pub mod palette;
pub mod text;
