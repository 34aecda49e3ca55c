//! The walkthrough, "new customer glasses": step through the journey as a new customer
//! (or a new employee) meets it, one touchpoint at a time, tagging problems and noting
//! what is seen on the way.
//!
//! The walk is view state; everything it records goes through edits, so it is undoable
//! and saved with the map.

pub mod keys;
mod panel;
mod state;

pub use keys::{cycle_tag, walk_keys};
pub use panel::{end_state, moment_ui, summary_ui, walkthrough_ui};
pub use state::{Finding, FindingKind, Walkthrough};
