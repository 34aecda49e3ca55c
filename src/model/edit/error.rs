//! Why an edit could not be applied, with its message in the thread's language. It only
//! names the problem: the journey finds it, and is left unchanged.

use crate::model::ids::{LaneId, LinkId, PersonaId, PromiseId, StageId, TouchpointId};
use crate::model::journey::rules::Misplaced;
use crate::model::limits::LimitError;

/// Why an edit could not be applied. The journey is unchanged.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    MissingTouchpoint(TouchpointId),
    MissingLink(LinkId),
    MissingLane(LaneId),
    MissingStage(StageId),
    MissingPersona(PersonaId),
    MissingPromise(PromiseId),
    /// The id, as people read it ("touchpoint 7").
    IdInUse(String),
    LaneNotEmpty {
        lane: LaneId,
        count: usize,
    },
    StageNotEmpty {
        stage: StageId,
        count: usize,
    },
    OutOfRange {
        index: usize,
        len: usize,
    },
    NotFinite,
    DuplicateTag,
    OverLimit(#[from] LimitError),
    /// A whole map put in the journey's place does not hold together: the first problem.
    Unreadable(String),
}

/// What went wrong and what to do, in the thread's language.
impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let missing =
            |id: &dyn std::fmt::Display| crate::tr!("model-edit-missing", id = id.to_string());
        let text = match self {
            Self::MissingTouchpoint(id) => missing(id),
            Self::MissingLink(id) => missing(id),
            Self::MissingLane(id) => missing(id),
            Self::MissingStage(id) => missing(id),
            Self::MissingPersona(id) => missing(id),
            Self::MissingPromise(id) => missing(id),
            Self::IdInUse(id) => crate::tr!("model-edit-id-in-use", id = id.as_str()),
            Self::LaneNotEmpty { lane, count } => crate::tr!(
                "model-edit-lane-not-empty",
                lane = lane.0.to_string(),
                count = *count
            ),
            Self::StageNotEmpty { stage, count } => crate::tr!(
                "model-edit-stage-not-empty",
                stage = stage.0.to_string(),
                count = *count
            ),
            Self::OutOfRange { index, len } => {
                crate::tr!("model-edit-out-of-range", index = *index, len = *len)
            }
            Self::NotFinite => crate::tr!("model-edit-not-finite"),
            Self::DuplicateTag => crate::tr!("model-edit-duplicate-tag"),
            Self::OverLimit(error) => {
                crate::tr!("model-edit-over-limit", error = error.to_string())
            }
            Self::Unreadable(problem) => {
                crate::tr!("model-edit-unreadable", problem = problem.as_str())
            }
        };
        f.write_str(&text)
    }
}

/// A touchpoint an edit would put where it may not stand.
impl From<Misplaced> for EditError {
    fn from(misplaced: Misplaced) -> Self {
        match misplaced {
            Misplaced::MissingLane(lane) => Self::MissingLane(lane),
            Misplaced::MissingStage(stage) => Self::MissingStage(stage),
            Misplaced::NotDrawable(_) => Self::NotFinite,
        }
    }
}
