//! Validation: problems in a map that do not stop it from loading, each with what to do.

use std::collections::BTreeMap;

use super::concepts::LinkKind;
use super::journey::{Journey, Subject};
use super::values::Severity;

/// A problem worth fixing in a map that still loads and draws.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Warning {
    #[error("the map has no lanes; add lanes for the customer and the work behind them")]
    NoLanes,
    #[error("the map has no stages; add the phases of the journey as stages")]
    NoStages,
    #[error("{0} has no name; name it so the map can be read")]
    UnnamedLane(crate::model::LaneId),
    #[error("{0} has no name; name it so the map can be read")]
    UnnamedStage(crate::model::StageId),
    #[error("{0} has no title; say in a few words what happens there")]
    Untitled(crate::model::TouchpointId),
    #[error("{id} \"{title}\" is linked to nothing; link it to the steps before and after it")]
    Unlinked {
        id: crate::model::TouchpointId,
        title: String,
    },
    #[error("hidden {id} \"{title}\" leads nowhere; link it to the step it supports")]
    HiddenLeadsNowhere {
        id: crate::model::TouchpointId,
        title: String,
    },
    #[error("{id} \"{title}\" has a critical {area} problem with no note; note what goes wrong")]
    CriticalWithoutNote {
        id: crate::model::TouchpointId,
        title: String,
        area: &'static str,
    },
    #[error("{0} goes from a touchpoint to itself; remove it")]
    SelfLink(crate::model::LinkId),
    #[error("{link} repeats {first} (same ends, same kind); remove one of them")]
    RepeatedLink {
        link: crate::model::LinkId,
        first: crate::model::LinkId,
    },
    #[error("{id} \"{name}\" walks no path; add the touchpoints they meet, in order")]
    PersonaWithoutPath {
        id: crate::model::PersonaId,
        name: String,
    },
    #[error(
        "{id} \"{text}\" is redeemed by no visible touchpoint; link the moments where customers see it kept"
    )]
    PromiseNotRedeemed {
        id: crate::model::PromiseId,
        text: String,
    },
    #[error(
        "{id} \"{text}\" is secured by no employee or hidden touchpoint; link the work that makes it possible"
    )]
    PromiseNotSecured {
        id: crate::model::PromiseId,
        text: String,
    },
}

impl Warning {
    /// What the warning is about, to jump to it; `None` for the whole map.
    pub fn subject(&self) -> Option<Subject> {
        match *self {
            Self::NoLanes | Self::NoStages => None,
            Self::UnnamedLane(id) => Some(Subject::Lane(id)),
            Self::UnnamedStage(id) => Some(Subject::Stage(id)),
            Self::Untitled(id)
            | Self::Unlinked { id, .. }
            | Self::HiddenLeadsNowhere { id, .. }
            | Self::CriticalWithoutNote { id, .. } => Some(Subject::Touchpoint(id)),
            Self::SelfLink(id) | Self::RepeatedLink { link: id, .. } => Some(Subject::Link(id)),
            Self::PersonaWithoutPath { id, .. } => Some(Subject::Persona(id)),
            Self::PromiseNotRedeemed { id, .. } | Self::PromiseNotSecured { id, .. } => {
                Some(Subject::Promise(id))
            }
        }
    }
}

/// Every warning about `journey`, in a stable order: the map, lanes, stages, touchpoints,
/// links, personas, promises.
pub fn validate(journey: &Journey) -> Vec<Warning> {
    let mut warnings = Vec::new();
    if journey.lanes().is_empty() {
        warnings.push(Warning::NoLanes);
    }
    if journey.stages().is_empty() {
        warnings.push(Warning::NoStages);
    }
    for lane in journey.lanes() {
        if lane.name.trim().is_empty() {
            warnings.push(Warning::UnnamedLane(lane.id));
        }
    }
    for stage in journey.stages() {
        if stage.name.trim().is_empty() {
            warnings.push(Warning::UnnamedStage(stage.id));
        }
    }

    let lonely_map = journey.touchpoint_count() < 2;
    for touchpoint in journey.touchpoints() {
        let id = touchpoint.id;
        let title = touchpoint.title.clone();
        if title.trim().is_empty() {
            warnings.push(Warning::Untitled(id));
        }
        let links = journey.links_of(id);
        if links.is_empty() && !lonely_map {
            warnings.push(Warning::Unlinked {
                id,
                title: title.clone(),
            });
        } else if journey.is_visible(id) == Some(false) && !links.iter().any(|l| l.from == id) {
            warnings.push(Warning::HiddenLeadsNowhere {
                id,
                title: title.clone(),
            });
        }
        for tag in &touchpoint.terms {
            if tag.severity == Severity::Critical && tag.note.trim().is_empty() {
                warnings.push(Warning::CriticalWithoutNote {
                    id,
                    title: title.clone(),
                    area: tag.area.name(),
                });
            }
        }
    }

    let mut first_of: BTreeMap<(_, _, LinkKind), _> = BTreeMap::new();
    for link in journey.links() {
        if link.from == link.to {
            warnings.push(Warning::SelfLink(link.id));
        }
        let first = *first_of
            .entry((link.from, link.to, link.kind))
            .or_insert(link.id);
        if first != link.id {
            warnings.push(Warning::RepeatedLink {
                link: link.id,
                first,
            });
        }
    }

    for persona in journey.personas() {
        if persona.path.is_empty() {
            warnings.push(Warning::PersonaWithoutPath {
                id: persona.id,
                name: persona.name.clone(),
            });
        }
    }
    for promise in journey.promises() {
        let visible = |id| journey.is_visible(id) == Some(true);
        if !promise.redeemed_by.iter().any(|&id| visible(id)) {
            warnings.push(Warning::PromiseNotRedeemed {
                id: promise.id,
                text: promise.text.clone(),
            });
        }
        if promise.secured_by.is_empty() {
            warnings.push(Warning::PromiseNotSecured {
                id: promise.id,
                text: promise.text.clone(),
            });
        }
    }
    warnings
}
