//! Why clipboard text could not be pasted, in the thread's language. It only names the
//! problem: finding it is `read.rs`'s work.

use super::format::FRAGMENT_VERSION;
use crate::model::{LaneId, LinkId, StageId, TouchpointId};
use crate::tr;

/// Why clipboard text could not be pasted. The journey is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FragmentError {
    NotAFragment,
    WholeMap,
    Malformed {
        line: usize,
        column: usize,
        /// The parser's words, in the language of the thread that read the text.
        message: String,
    },
    NewerVersion(u64),
    Empty,
    DuplicateTouchpoint(TouchpointId),
    LinkToMissing {
        link: LinkId,
        touchpoint: TouchpointId,
    },
    UnknownLane {
        touchpoint: TouchpointId,
        lane: LaneId,
    },
    UnknownStage {
        touchpoint: TouchpointId,
        stage: StageId,
    },
    DuplicateTag(TouchpointId),
    NotFinite(TouchpointId),
    NoLanes,
    NoStages,
}

impl std::fmt::Display for FragmentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = |id: &dyn std::fmt::Display| id.to_string();
        let words = match self {
            Self::NotAFragment => tr!("io-fragment-not-touchpoints"),
            Self::WholeMap => tr!("io-fragment-whole-map"),
            Self::Malformed {
                line,
                column,
                message,
            } => tr!(
                "io-fragment-malformed",
                line = line.to_string(),
                column = column.to_string(),
                message = message.as_str()
            ),
            Self::NewerVersion(version) => tr!(
                "io-fragment-newer",
                version = version.to_string(),
                supported = FRAGMENT_VERSION.to_string()
            ),
            Self::Empty => tr!("io-fragment-empty"),
            Self::DuplicateTouchpoint(id) => {
                tr!("io-fragment-duplicate-touchpoint", touchpoint = text(id))
            }
            Self::LinkToMissing { link, touchpoint } => tr!(
                "io-fragment-link-to-missing",
                link = text(link),
                touchpoint = text(touchpoint)
            ),
            Self::UnknownLane { touchpoint, lane } => tr!(
                "io-fragment-unknown-lane",
                touchpoint = text(touchpoint),
                lane = text(lane)
            ),
            Self::UnknownStage { touchpoint, stage } => tr!(
                "io-fragment-unknown-stage",
                touchpoint = text(touchpoint),
                stage = text(stage)
            ),
            Self::DuplicateTag(id) => tr!("io-fragment-duplicate-tag", touchpoint = text(id)),
            Self::NotFinite(id) => tr!("io-fragment-not-finite", touchpoint = text(id)),
            Self::NoLanes => tr!("io-fragment-no-lanes"),
            Self::NoStages => tr!("io-fragment-no-stages"),
        };
        f.write_str(&words)
    }
}

impl std::error::Error for FragmentError {}
