//! Identifiers of the things in a journey: newtypes handed out from counters, never reused.
//!
//! A `NodeIndex` of the live graph never leaves `model/`; everything else names a
//! touchpoint by its [`TouchpointId`].

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $word:literal) => {
        $(#[$doc])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub u64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, concat!($word, " {}"), self.0)
            }
        }
    };
}

id_type!(
    /// Names a [`crate::model::Touchpoint`].
    TouchpointId,
    "touchpoint"
);
id_type!(
    /// Names a [`crate::model::Link`].
    LinkId,
    "link"
);
id_type!(
    /// Names a [`crate::model::Lane`].
    LaneId,
    "lane"
);
id_type!(
    /// Names a [`crate::model::Stage`].
    StageId,
    "stage"
);
id_type!(
    /// Names a [`crate::model::Persona`].
    PersonaId,
    "persona"
);
id_type!(
    /// Names a [`crate::model::Promise`].
    PromiseId,
    "promise"
);

/// The next free number of each kind of id.
///
/// Counters only ever grow: an id that was handed out is never handed out again in the
/// same session, even after the thing it named was removed, so the undo history can
/// always refer to it.
#[derive(Clone, Debug, Default)]
pub struct Counters {
    pub touchpoint: u64,
    pub link: u64,
    pub lane: u64,
    pub stage: u64,
    pub persona: u64,
    pub promise: u64,
}

impl Counters {
    /// Makes sure `counter` is past `used`.
    pub(crate) fn bump(counter: &mut u64, used: u64) {
        *counter = (*counter).max(used.saturating_add(1));
    }
}
