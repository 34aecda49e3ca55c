//! A conflict a merge left for people to resolve: the same field changed differently on
//! two sides, or a thing removed on one side and changed or still used on the other. The
//! map keeps one side's value (ours) and lists the conflict beside it, so it stays a map
//! that loads; plain data, saved with the map until it is resolved.

use serde::{Deserialize, Serialize};

use super::ids::{LaneId, LinkId, PersonaId, PromiseId, StageId, TouchpointId};

/// What part of a map a conflict is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Thing {
    /// The map's own fields: its title, its description and the parking lot.
    Map,
    Lane(LaneId),
    Stage(StageId),
    Touchpoint(TouchpointId),
    Link(LinkId),
    Persona(PersonaId),
    Promise(PromiseId),
}

/// One conflict: what, and its value in the version both sides started from (base), in
/// ours (kept in the map) and in theirs. A value is the field's value as the file writes
/// it, or the whole thing when `field` is empty; `None` where the thing does not exist.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    pub thing: Thing,
    /// The field both sides changed, as the file names it (`title`, `terms`), with the
    /// part of a list after a dot (`terms.Risk`); empty when the whole thing is in question.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub field: String,
    pub base: Option<String>,
    pub ours: Option<String>,
    pub theirs: Option<String>,
}

impl Thing {
    /// The number of its id; none for the map itself.
    pub fn number(self) -> Option<u64> {
        match self {
            Self::Map => None,
            Self::Lane(id) => Some(id.0),
            Self::Stage(id) => Some(id.0),
            Self::Touchpoint(id) => Some(id.0),
            Self::Link(id) => Some(id.0),
            Self::Persona(id) => Some(id.0),
            Self::Promise(id) => Some(id.0),
        }
    }
}

impl Conflict {
    /// Whether the conflict is about a whole thing, kept on one side and removed on the
    /// other, rather than one field of it.
    pub fn is_about_existence(&self) -> bool {
        self.field.is_empty()
    }
}
