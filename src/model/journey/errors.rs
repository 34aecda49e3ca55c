//! What can be wrong with a document: a reference to a thing that is not there, a thing
//! named twice, a value that cannot be drawn or a limit crossed, each with the thing it is
//! about and its message in the thread's language. It finds none of them itself.

use crate::model::concepts::TermsArea;
use crate::model::ids::{LaneId, LinkId, PersonaId, PromiseId, StageId, TouchpointId};
use crate::model::limits::LimitError;

/// Something in a [`Document`] that names a thing that is not there, or names it twice.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum DocumentError {
    DuplicateLane(LaneId),
    DuplicateStage(StageId),
    DuplicateTouchpoint(TouchpointId),
    DuplicateLink(LinkId),
    DuplicatePersona(PersonaId),
    DuplicatePromise(PromiseId),
    MissingLane {
        touchpoint: TouchpointId,
        lane: LaneId,
    },
    MissingStage {
        touchpoint: TouchpointId,
        stage: StageId,
    },
    LinkToMissing {
        link: LinkId,
        touchpoint: TouchpointId,
    },
    PersonaToMissing {
        persona: PersonaId,
        touchpoint: TouchpointId,
    },
    PromiseToMissing {
        promise: PromiseId,
        touchpoint: TouchpointId,
    },
    DuplicateTag {
        touchpoint: TouchpointId,
        area: TermsArea,
    },
    NotFinite {
        touchpoint: TouchpointId,
        x: f32,
    },
    OverLimit {
        subject: Subject,
        error: LimitError,
    },
}

/// What is wrong and what to do, in the thread's language. Ids go in as text: Fluent's
/// numbers are floats, which would round the largest ids.
impl std::fmt::Display for DocumentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let duplicate = |id: &dyn std::fmt::Display| {
            crate::tr!("model-document-duplicate", id = id.to_string())
        };
        let text = match self {
            Self::DuplicateLane(id) => duplicate(id),
            Self::DuplicateStage(id) => duplicate(id),
            Self::DuplicateTouchpoint(id) => duplicate(id),
            Self::DuplicateLink(id) => duplicate(id),
            Self::DuplicatePersona(id) => duplicate(id),
            Self::DuplicatePromise(id) => duplicate(id),
            Self::MissingLane { touchpoint, lane } => crate::tr!(
                "model-document-missing-lane",
                touchpoint = touchpoint.0.to_string(),
                lane = lane.0.to_string()
            ),
            Self::MissingStage { touchpoint, stage } => crate::tr!(
                "model-document-missing-stage",
                touchpoint = touchpoint.0.to_string(),
                stage = stage.0.to_string()
            ),
            Self::LinkToMissing { link, touchpoint } => crate::tr!(
                "model-document-link-to-missing",
                link = link.0.to_string(),
                touchpoint = touchpoint.0.to_string()
            ),
            Self::PersonaToMissing {
                persona,
                touchpoint,
            } => crate::tr!(
                "model-document-persona-to-missing",
                persona = persona.0.to_string(),
                touchpoint = touchpoint.0.to_string()
            ),
            Self::PromiseToMissing {
                promise,
                touchpoint,
            } => crate::tr!(
                "model-document-promise-to-missing",
                promise = promise.0.to_string(),
                touchpoint = touchpoint.0.to_string()
            ),
            Self::DuplicateTag { touchpoint, area } => crate::tr!(
                "model-document-duplicate-tag",
                touchpoint = touchpoint.0.to_string(),
                area = area.label()
            ),
            Self::NotFinite { touchpoint, x } => crate::tr!(
                "model-document-not-finite",
                touchpoint = touchpoint.0.to_string(),
                x = x.to_string()
            ),
            Self::OverLimit { subject, error } => crate::tr!(
                "model-document-over-limit",
                subject = subject.to_string(),
                error = error.to_string()
            ),
        };
        f.write_str(&text)
    }
}

/// The thing a [`DocumentError`] is about, so a loader can point at it in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject {
    Lane(LaneId),
    Stage(StageId),
    Touchpoint(TouchpointId),
    Link(LinkId),
    Persona(PersonaId),
    Promise(PromiseId),
    /// The map as a whole: its title, description or the length of a list.
    Map,
    /// An idea of the parking lot, counted from 1.
    Idea(usize),
}

/// As people read it, in the thread's language: `touchpoint 7`, `the map`.
impl std::fmt::Display for Subject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Lane(id) => id.fmt(f),
            Self::Stage(id) => id.fmt(f),
            Self::Touchpoint(id) => id.fmt(f),
            Self::Link(id) => id.fmt(f),
            Self::Persona(id) => id.fmt(f),
            Self::Promise(id) => id.fmt(f),
            Self::Map => f.write_str(&crate::tr!("model-subject-map")),
            Self::Idea(number) => f.write_str(&crate::tr!(
                "model-subject-idea",
                number = number.to_string()
            )),
        }
    }
}

impl DocumentError {
    pub fn subject(&self) -> Subject {
        match *self {
            Self::DuplicateLane(id) => Subject::Lane(id),
            Self::DuplicateStage(id) => Subject::Stage(id),
            Self::DuplicateTouchpoint(id)
            | Self::MissingLane { touchpoint: id, .. }
            | Self::MissingStage { touchpoint: id, .. }
            | Self::DuplicateTag { touchpoint: id, .. }
            | Self::NotFinite { touchpoint: id, .. } => Subject::Touchpoint(id),
            Self::DuplicateLink(id) | Self::LinkToMissing { link: id, .. } => Subject::Link(id),
            Self::DuplicatePersona(id) | Self::PersonaToMissing { persona: id, .. } => {
                Subject::Persona(id)
            }
            Self::DuplicatePromise(id) | Self::PromiseToMissing { promise: id, .. } => {
                Subject::Promise(id)
            }
            Self::OverLimit { subject, .. } => subject,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, set_language};
    use crate::model::limits::{MAX_TEXT_CHARS, Part};

    fn over_limit() -> DocumentError {
        DocumentError::OverLimit {
            subject: Subject::Map,
            error: LimitError::TextTooLong {
                what: Part::Description,
                chars: MAX_TEXT_CHARS + 1,
                limit: MAX_TEXT_CHARS,
            },
        }
    }

    #[test]
    fn messages_speak_the_language_of_the_thread() {
        let missing = DocumentError::MissingLane {
            touchpoint: TouchpointId(2),
            lane: LaneId(9),
        };
        set_language(Language::Finnish);
        assert_eq!(
            missing.to_string(),
            "kosketuspiste 2 on kaistalla 9, jota ei ole; lisää kaista tai siirrä kosketuspiste"
        );
        assert_eq!(
            over_limit().to_string(),
            "kartta ylittää rajan: sen kuvaus on 100001 merkkiä pitkä; siihen mahtuu enintään \
             100000 merkkiä"
        );
        assert_eq!(
            DocumentError::DuplicateTouchpoint(TouchpointId(u64::MAX)).to_string(),
            "kosketuspiste 18446744073709551615 esiintyy useammin kuin kerran; anna kullekin \
             oma tunniste"
        );

        set_language(Language::English);
        assert_eq!(
            missing.to_string(),
            "touchpoint 2 is in lane 9, which does not exist; add the lane or move the touchpoint"
        );
        assert_eq!(
            over_limit().to_string(),
            "the map is over a limit: its description is 100001 characters long; polku keeps up \
             to 100000 characters there"
        );
    }
}
