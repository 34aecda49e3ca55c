//! polku maps customer journeys together with the employee and back-office work behind
//! them: a graph of touchpoints in swimlanes, tagged with the TERMS problem areas.
//!
//! The layers, each using only the ones above it: [`model`] (the journey document, pure),
//! [`io`] (files), [`ui`] (egui), [`app`] (the window, which owns the document), and
//! [`cli`] (the command line).

pub mod app;
pub mod cli;
pub mod i18n;
pub mod io;
pub mod model;
pub mod ui;
