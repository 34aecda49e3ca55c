//! Edits: every change to a journey, as plain data, and how to apply one.
//!
//! [`Journey::apply`] performs an edit and returns its inverse, so undo and redo are
//! just more edits. An edit that does not fit the journey (it names a missing
//! touchpoint, say) is refused with an [`EditError`] and changes nothing.
//!
//! The edits are plain data here; why one is refused is in `error.rs`, applying one in
//! `apply.rs` (touchpoints in `touchpoints.rs`), and the limits an edit could cross in
//! `bounds.rs`.

mod apply;
mod bounds;
mod error;
mod replace;
mod touchpoints;

pub use error::EditError;

use super::concepts::{
    Channel, EvidenceLevel, Idea, Lane, LaneKind, Link, LinkKind, Observation, Persona, Promise,
    Stage, TermsArea, TermsTag, Touchpoint,
};
use super::ids::{LaneId, LinkId, PersonaId, PromiseId, StageId, TouchpointId};
use super::values::Rating;

/// One change to a journey.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Several edits that undo and redo as one step, applied in order.
    Batch(Vec<Edit>),
    /// Puts this document in the journey's place, whole (the file reloaded from disk);
    /// the inverse puts back the journey as it was. Ids keep counting from the higher of
    /// the two, so none is handed out twice.
    Replace(Box<super::journey::document::Document>),
    /// Sets the map's title and description.
    SetInfo {
        title: String,
        description: String,
    },

    /// Inserts a lane at `index` (counted from the top).
    AddLane {
        index: usize,
        lane: Lane,
    },
    /// Removes an empty lane.
    RemoveLane(LaneId),
    /// Renames a lane and sets its kind.
    SetLane {
        id: LaneId,
        name: String,
        kind: LaneKind,
    },
    /// Moves a lane to `index`.
    MoveLane {
        id: LaneId,
        index: usize,
    },

    /// Inserts a stage at `index` (counted from the left).
    AddStage {
        index: usize,
        stage: Stage,
    },
    /// Removes an empty stage.
    RemoveStage(StageId),
    RenameStage {
        id: StageId,
        name: String,
    },
    /// Moves a stage to `index`.
    MoveStage {
        id: StageId,
        index: usize,
    },

    AddTouchpoint(Box<Touchpoint>),
    /// Removes a touchpoint with its links, and takes it out of persona paths and
    /// promises. The inverse puts all of it back.
    RemoveTouchpoint(TouchpointId),
    /// Changes one field of a touchpoint.
    UpdateTouchpoint {
        id: TouchpointId,
        change: TouchpointChange,
    },
    /// Inserts an observation at `index` in the touchpoint's list.
    AddObservation {
        touchpoint: TouchpointId,
        index: usize,
        observation: Observation,
    },
    RemoveObservation {
        touchpoint: TouchpointId,
        index: usize,
    },

    AddLink(Link),
    RemoveLink(LinkId),
    SetLink {
        id: LinkId,
        kind: LinkKind,
        label: String,
    },

    AddPersona(Persona),
    RemovePersona(PersonaId),
    /// Replaces a persona (name, colour, path…) with one of the same id.
    SetPersona(Persona),

    AddPromise(Promise),
    RemovePromise(PromiseId),
    /// Replaces a promise with one of the same id.
    SetPromise(Promise),

    /// Parks an idea at `index` in the parking lot.
    AddIdea {
        index: usize,
        idea: Idea,
    },
    RemoveIdea(usize),
    /// Rewrites the idea at `index`.
    SetIdea {
        index: usize,
        text: String,
    },
    /// Puts these files of customer feedback and employee pulse in place of the map's.
    SetFeedback(Vec<crate::model::feedback::source::FeedbackSource>),
}

/// One field of a touchpoint, with its new value.
#[derive(Clone, Debug, PartialEq)]
pub enum TouchpointChange {
    Title(String),
    /// The short code feedback files name the touchpoint by (empty: none).
    Key(String),
    Description(String),
    Actor(String),
    Owner(String),
    Channel(Channel),
    Emotion(Option<Rating>),
    EmployeeExperience(Option<Rating>),
    Evidence(EvidenceLevel),
    /// Its lane, stage and horizontal position within the stage.
    Place {
        lane: LaneId,
        stage: StageId,
        x: f32,
    },
    /// Sets or clears the tag of one TERMS area.
    Tag {
        area: TermsArea,
        tag: Option<TermsTag>,
    },
}
