//! The egui user interface: the canvas and the panels around it.
//!
//! The UI reads the journey and returns edits; it never changes the journey itself
//! (`app` applies the edits).

pub mod canvas;
pub mod style;
