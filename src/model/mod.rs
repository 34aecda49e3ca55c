//! The journey document and its analyses.
//!
//! Pure data and logic: this module knows nothing of egui, eframe or the file system
//! (a test in `tests/architecture.rs` checks that), so all of it runs in plain unit tests.

pub mod analysis;
pub mod compare;
mod concepts;
mod conflict;
mod edit;
mod edit_label;
mod editor;
pub mod feedback;
pub mod generate;
mod history;
mod ids;
mod journey;
pub mod layout;
pub mod limits;
pub mod look;
pub mod merge;
pub mod templates;
pub mod touched;
mod validate;
mod values;

pub use concepts::{
    Channel, EvidenceLevel, Idea, Lane, LaneKind, Link, LinkKind, Observation, Persona,
    PersonaKind, Promise, Stage, TermsArea, TermsTag, Touchpoint,
};
pub use conflict::{Conflict, Thing};
pub use edit::{Edit, EditError, TouchpointChange};
pub use edit_label::EditLabel;
pub use editor::{Change, Editor};
pub use history::{MergeKey, TYPING_PAUSE_SECS};
pub use ids::{IdSource, LaneId, LinkId, PersonaId, PromiseId, StageId, TouchpointId};
pub use journey::{Document, DocumentError, Journey, Subject};
pub use validate::{Warning, validate};
pub use values::{Colour, Date, Rating, Severity};
