//! Validation: problems in a map that do not stop it from loading, each with what to do.

use std::collections::{BTreeMap, HashSet};

use petgraph::Direction;

use super::concepts::{LaneKind, LinkKind, TermsArea};
use super::ids::{LaneId, LinkId, PersonaId, PromiseId, StageId, TouchpointId};
use super::journey::{Journey, Subject};
use super::values::Severity;

/// A problem worth fixing in a map that still loads and draws.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Warning {
    NoLanes,
    NoStages,
    UnnamedLane(LaneId),
    UnnamedStage(StageId),
    Untitled(TouchpointId),
    Unlinked {
        id: TouchpointId,
        title: String,
    },
    HiddenLeadsNowhere {
        id: TouchpointId,
        title: String,
    },
    CriticalWithoutNote {
        id: TouchpointId,
        title: String,
        area: TermsArea,
    },
    SelfLink(LinkId),
    RepeatedLink {
        link: LinkId,
        first: LinkId,
    },
    PersonaWithoutPath {
        id: PersonaId,
        name: String,
    },
    PromiseNotRedeemed {
        id: PromiseId,
        text: String,
    },
    PromiseNotSecured {
        id: PromiseId,
        text: String,
    },
}

/// What is wrong and what to do, in the thread's language. Ids go in as text: Fluent's
/// numbers are floats, which would round the largest ids.
impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::NoLanes => crate::tr!("model-warning-no-lanes"),
            Self::NoStages => crate::tr!("model-warning-no-stages"),
            Self::UnnamedLane(id) => {
                crate::tr!("model-warning-unnamed-lane", lane = id.0.to_string())
            }
            Self::UnnamedStage(id) => {
                crate::tr!("model-warning-unnamed-stage", stage = id.0.to_string())
            }
            Self::Untitled(id) => {
                crate::tr!("model-warning-untitled", touchpoint = id.0.to_string())
            }
            Self::Unlinked { id, title } => crate::tr!(
                "model-warning-unlinked",
                touchpoint = id.0.to_string(),
                title = title.as_str()
            ),
            Self::HiddenLeadsNowhere { id, title } => crate::tr!(
                "model-warning-hidden-leads-nowhere",
                touchpoint = id.0.to_string(),
                title = title.as_str()
            ),
            Self::CriticalWithoutNote { id, title, area } => crate::tr!(
                "model-warning-critical-without-note",
                touchpoint = id.0.to_string(),
                title = title.as_str(),
                area = area.label()
            ),
            Self::SelfLink(id) => crate::tr!("model-warning-self-link", link = id.0.to_string()),
            Self::RepeatedLink { link, first } => crate::tr!(
                "model-warning-repeated-link",
                link = link.0.to_string(),
                first = first.0.to_string()
            ),
            Self::PersonaWithoutPath { id, name } => crate::tr!(
                "model-warning-persona-without-path",
                persona = id.0.to_string(),
                name = name.as_str()
            ),
            Self::PromiseNotRedeemed { id, text } => crate::tr!(
                "model-warning-promise-not-redeemed",
                promise = id.0.to_string(),
                text = text.as_str()
            ),
            Self::PromiseNotSecured { id, text } => crate::tr!(
                "model-warning-promise-not-secured",
                promise = id.0.to_string(),
                text = text.as_str()
            ),
        };
        f.write_str(&text)
    }
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
    let lanes_of = |wanted: fn(LaneKind) -> bool| -> HashSet<LaneId> {
        journey
            .lanes()
            .iter()
            .filter(|lane| wanted(lane.kind))
            .map(|lane| lane.id)
            .collect()
    };
    let hidden_lanes = lanes_of(|kind| !kind.is_visible());
    // Evidence is what the customer sees along the way (the invoice, the sign): a prop
    // beside the steps, which need not be linked to any of them.
    let evidence_lanes = lanes_of(|kind| kind == LaneKind::Evidence);
    for touchpoint in journey.touchpoints() {
        let id = touchpoint.id;
        let title = touchpoint.title.clone();
        if title.trim().is_empty() {
            warnings.push(Warning::Untitled(id));
        }
        let (linked, leads) = journey.node(id).map_or((false, false), |node| {
            let leads = journey
                .graph()
                .edges_directed(node, Direction::Outgoing)
                .next()
                .is_some();
            let linked = leads
                || journey
                    .graph()
                    .edges_directed(node, Direction::Incoming)
                    .next()
                    .is_some();
            (linked, leads)
        });
        if !linked && !lonely_map && !evidence_lanes.contains(&touchpoint.lane) {
            warnings.push(Warning::Unlinked {
                id,
                title: title.clone(),
            });
        } else if !leads && hidden_lanes.contains(&touchpoint.lane) {
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
                    area: tag.area,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Edit, Journey, Touchpoint, templates::Template};

    /// The blueprint template with one touchpoint added to each lane, none linked.
    fn one_card_per_lane() -> Journey {
        let mut journey = Template::Blueprint.journey();
        let stage = journey.stages()[0].id;
        let lanes: Vec<_> = journey.lanes().iter().map(|lane| lane.id).collect();
        for lane in lanes {
            let id = journey.new_touchpoint_id();
            let card = Touchpoint::new(id, "A step", lane, stage);
            assert!(journey.apply(Edit::AddTouchpoint(Box::new(card))).is_ok());
        }
        journey
    }

    fn lane_kinds_warned_unlinked(journey: &Journey) -> Vec<LaneKind> {
        validate(journey)
            .iter()
            .filter_map(|warning| match warning {
                Warning::Unlinked { id, .. } => journey.touchpoint(*id),
                _ => None,
            })
            .filter_map(|touchpoint| journey.lane(touchpoint.lane))
            .map(|lane| lane.kind)
            .collect()
    }

    #[test]
    fn evidence_need_not_be_linked_but_every_step_must() {
        let journey = one_card_per_lane();
        let kinds = lane_kinds_warned_unlinked(&journey);
        assert!(
            journey
                .lanes()
                .iter()
                .any(|lane| lane.kind == LaneKind::Evidence),
            "the template has an evidence lane"
        );
        assert!(!kinds.contains(&LaneKind::Evidence), "{kinds:?}");
        for kind in [LaneKind::Customer, LaneKind::Frontstage] {
            assert!(
                kinds.contains(&kind),
                "{kind:?} not warned about: {kinds:?}"
            );
        }
    }
}
