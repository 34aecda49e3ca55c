//! Identifiers of the things in a journey: newtypes handed out from counters, never reused.
//!
//! A `NodeIndex` of the live graph never leaves `model/`; everything else names a
//! touchpoint by its [`TouchpointId`].

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, |$number:ident| $text:expr) => {
        $(#[$doc])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub u64);

        /// As people read it, in the thread's language: `touchpoint 7`.
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                // As text: Fluent's numbers are floats, which would round the largest ids.
                let $number = self.0.to_string();
                f.write_str(&$text)
            }
        }
    };
}

id_type!(
    /// Names a [`crate::model::Touchpoint`].
    TouchpointId,
    |number| crate::tr!("model-id-touchpoint", number = number)
);
id_type!(
    /// Names a [`crate::model::Link`].
    LinkId,
    |number| crate::tr!("model-id-link", number = number)
);
id_type!(
    /// Names a [`crate::model::Lane`].
    LaneId,
    |number| crate::tr!("model-id-lane", number = number)
);
id_type!(
    /// Names a [`crate::model::Stage`].
    StageId,
    |number| crate::tr!("model-id-stage", number = number)
);
id_type!(
    /// Names a [`crate::model::Persona`].
    PersonaId,
    |number| crate::tr!("model-id-persona", number = number)
);
id_type!(
    /// Names a [`crate::model::Promise`].
    PromiseId,
    |number| crate::tr!("model-id-promise", number = number)
);

/// Hands out ids: the next free number of each kind.
///
/// Counters only ever grow: an id that was handed out is never handed out again in the
/// same session, even after the thing it named was removed, so the undo history can
/// always refer to it. The UI gets a copy for each frame, to name the things it asks to
/// add; applying an add moves the journey's own counters past the id it used.
#[derive(Clone, Debug, Default)]
pub struct IdSource {
    pub(crate) touchpoint: u64,
    pub(crate) link: u64,
    pub(crate) lane: u64,
    pub(crate) stage: u64,
    pub(crate) persona: u64,
    pub(crate) promise: u64,
}

impl IdSource {
    /// Makes every counter at least as far as `other`'s, so that nothing `other` handed
    /// out is handed out again.
    pub(crate) fn keep_past(&mut self, other: &Self) {
        self.touchpoint = self.touchpoint.max(other.touchpoint);
        self.link = self.link.max(other.link);
        self.lane = self.lane.max(other.lane);
        self.stage = self.stage.max(other.stage);
        self.persona = self.persona.max(other.persona);
        self.promise = self.promise.max(other.promise);
    }

    /// Makes sure `counter` is past `used`.
    pub(crate) fn bump(counter: &mut u64, used: u64) {
        *counter = (*counter).max(used.saturating_add(1));
    }

    /// Hands out the next number from `counter`. Ids start at 1, which reads better in a
    /// file.
    fn take(counter: &mut u64) -> u64 {
        let id = (*counter).max(1);
        // A file may hold the largest id there is; then adds are refused (the id is in
        // use) rather than the counter wrapping round to ids that were handed out.
        *counter = id.saturating_add(1);
        id
    }

    pub fn touchpoint(&mut self) -> TouchpointId {
        TouchpointId(Self::take(&mut self.touchpoint))
    }

    pub fn link(&mut self) -> LinkId {
        LinkId(Self::take(&mut self.link))
    }

    pub fn lane(&mut self) -> LaneId {
        LaneId(Self::take(&mut self.lane))
    }

    pub fn stage(&mut self) -> StageId {
        StageId(Self::take(&mut self.stage))
    }

    pub fn persona(&mut self) -> PersonaId {
        PersonaId(Self::take(&mut self.persona))
    }

    pub fn promise(&mut self) -> PromiseId {
        PromiseId(Self::take(&mut self.promise))
    }
}
