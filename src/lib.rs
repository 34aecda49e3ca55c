//! polku maps customer journeys together with the employee and back-office work behind
//! them: a graph of touchpoints in swimlanes, tagged with the TERMS problem areas.
//!
//! The layers, each using only itself and the ones before it (ARCHITECTURE.md, checked
//! by `tests/architecture.rs`): [`i18n`] (words), [`model`] (the journey document, pure),
//! [`io`] (files), [`ui`] (egui), [`app`] (the window, whose editor session holds the
//! document), and [`cli`] (the command line).

pub mod app;
pub mod cli;
pub mod i18n;
pub mod io;
pub mod model;
pub mod ui;
