//! What an edit does, in words any language can give: the undo step's label when the
//! words it was made with are in another language than the window speaks now.
//!
//! The UI names each change as it asks for it ("Move touchpoints"), in the language of
//! that moment. A label worked out from the edit itself can be given in whichever
//! language is asked for later, so the Edit menu never mixes two.

use super::edit::{Edit, TouchpointChange};

/// What an edit does, without words yet: the message that names it and how many things
/// it does that to ("Remove 3 touchpoints").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EditLabel {
    key: &'static str,
    count: usize,
}

impl EditLabel {
    /// The label of `edit`. A batch of edits of one kind counts them; a batch of several
    /// kinds says how many changes it holds.
    pub fn of(edit: &Edit) -> Self {
        let mut keys = Vec::new();
        leaf_keys(edit, &mut keys);
        let count = keys.len();
        let key = match keys.split_first() {
            None => "model-undo-nothing",
            Some((first, rest)) if rest.iter().all(|key| key == first) => first,
            Some(_) => "model-undo-several",
        };
        Self { key, count }
    }

    /// The label in the thread's language.
    pub fn text(self) -> String {
        crate::tr!(self.key, count = self.count)
    }
}

/// The message of each edit in `edit` that is not a batch, in order.
fn leaf_keys(edit: &Edit, keys: &mut Vec<&'static str>) {
    let key = match edit {
        Edit::Batch(edits) => {
            for edit in edits {
                leaf_keys(edit, keys);
            }
            return;
        }
        Edit::Replace(_) => "model-undo-replace",
        Edit::SetInfo { .. } => "model-undo-map-info",
        Edit::AddLane { .. } => "model-undo-add-lane",
        Edit::RemoveLane(_) => "model-undo-remove-lane",
        Edit::SetLane { .. } => "model-undo-set-lane",
        Edit::MoveLane { .. } => "model-undo-move-lane",
        Edit::AddStage { .. } => "model-undo-add-stage",
        Edit::RemoveStage(_) => "model-undo-remove-stage",
        Edit::RenameStage { .. } => "model-undo-rename-stage",
        Edit::MoveStage { .. } => "model-undo-move-stage",
        Edit::AddTouchpoint(_) => "model-undo-add-touchpoint",
        Edit::RemoveTouchpoint(_) => "model-undo-remove-touchpoint",
        Edit::UpdateTouchpoint { change, .. } => match change {
            TouchpointChange::Title(_) => "model-undo-touchpoint-title",
            TouchpointChange::Key(_) => "model-undo-touchpoint-key",
            TouchpointChange::Description(_) => "model-undo-touchpoint-description",
            TouchpointChange::Actor(_) => "model-undo-touchpoint-actor",
            TouchpointChange::Owner(_) => "model-undo-touchpoint-owner",
            TouchpointChange::Channel(_) => "model-undo-touchpoint-channel",
            TouchpointChange::Emotion(_) => "model-undo-touchpoint-emotion",
            TouchpointChange::EmployeeExperience(_) => "model-undo-touchpoint-employee",
            TouchpointChange::Evidence(_) => "model-undo-touchpoint-evidence",
            TouchpointChange::Place { .. } => "model-undo-touchpoint-place",
            TouchpointChange::Tag { .. } => "model-undo-touchpoint-tag",
        },
        Edit::AddObservation { .. } => "model-undo-add-observation",
        Edit::RemoveObservation { .. } => "model-undo-remove-observation",
        Edit::AddLink(_) => "model-undo-add-link",
        Edit::RemoveLink(_) => "model-undo-remove-link",
        Edit::SetLink { .. } => "model-undo-set-link",
        Edit::AddPersona(_) => "model-undo-add-persona",
        Edit::RemovePersona(_) => "model-undo-remove-persona",
        Edit::SetPersona(_) => "model-undo-set-persona",
        Edit::AddPromise(_) => "model-undo-add-promise",
        Edit::RemovePromise(_) => "model-undo-remove-promise",
        Edit::SetPromise(_) => "model-undo-set-promise",
        Edit::AddIdea { .. } => "model-undo-add-idea",
        Edit::RemoveIdea(_) => "model-undo-remove-idea",
        Edit::SetIdea { .. } => "model-undo-set-idea",
        Edit::SetFeedback(_) => "model-undo-set-feedback",
    };
    keys.push(key);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, set_language};
    use crate::model::{
        Channel, Colour, Date, EvidenceLevel, Idea, Lane, LaneId, LaneKind, Link, LinkId, LinkKind,
        Observation, Persona, PersonaId, PersonaKind, Promise, PromiseId, Rating, Stage, StageId,
        TermsArea, Touchpoint, TouchpointId,
    };

    /// One edit of every kind, and of every kind of touchpoint change.
    fn one_of_each() -> Vec<Edit> {
        let touchpoint = TouchpointId(1);
        let lane = Lane {
            id: LaneId(1),
            name: "Lane".to_owned(),
            kind: LaneKind::Customer,
        };
        let stage = Stage {
            id: StageId(1),
            name: "Stage".to_owned(),
        };
        let link = Link {
            id: LinkId(1),
            from: touchpoint,
            to: TouchpointId(2),
            kind: LinkKind::Flow,
            label: String::new(),
        };
        let persona = Persona {
            id: PersonaId(1),
            name: "Payer".to_owned(),
            description: String::new(),
            kind: PersonaKind::default(),
            colour: Colour::default(),
            path: Vec::new(),
        };
        let promise = Promise {
            id: PromiseId(1),
            text: "On time".to_owned(),
            description: String::new(),
            redeemed_by: Vec::new(),
            secured_by: Vec::new(),
        };
        let date = Date::from_days_since_epoch(0);
        let idea = Idea {
            text: "Idea".to_owned(),
            date,
        };
        let changes = [
            TouchpointChange::Title("Title".to_owned()),
            TouchpointChange::Key("invoice-first".to_owned()),
            TouchpointChange::Description("Words".to_owned()),
            TouchpointChange::Actor("Clerk".to_owned()),
            TouchpointChange::Owner("Billing".to_owned()),
            TouchpointChange::Channel(Channel::default()),
            TouchpointChange::Emotion(Rating::new(1)),
            TouchpointChange::EmployeeExperience(Rating::new(-1)),
            TouchpointChange::Evidence(EvidenceLevel::default()),
            TouchpointChange::Place {
                lane: lane.id,
                stage: stage.id,
                x: 0.0,
            },
            TouchpointChange::Tag {
                area: TermsArea::Time,
                tag: None,
            },
        ];
        let mut edits = vec![
            Edit::Replace(Box::default()),
            Edit::SetInfo {
                title: "Map".to_owned(),
                description: String::new(),
            },
            Edit::AddLane {
                index: 0,
                lane: lane.clone(),
            },
            Edit::RemoveLane(lane.id),
            Edit::SetLane {
                id: lane.id,
                name: "Lane".to_owned(),
                kind: LaneKind::Support,
            },
            Edit::MoveLane {
                id: lane.id,
                index: 1,
            },
            Edit::AddStage {
                index: 0,
                stage: stage.clone(),
            },
            Edit::RemoveStage(stage.id),
            Edit::RenameStage {
                id: stage.id,
                name: "Stage".to_owned(),
            },
            Edit::MoveStage {
                id: stage.id,
                index: 1,
            },
            Edit::AddTouchpoint(Box::new(Touchpoint::new(
                touchpoint, "Step", lane.id, stage.id,
            ))),
            Edit::RemoveTouchpoint(touchpoint),
            Edit::AddObservation {
                touchpoint,
                index: 0,
                observation: Observation {
                    date,
                    text: "Seen".to_owned(),
                    evidence: EvidenceLevel::default(),
                    source: String::new(),
                },
            },
            Edit::RemoveObservation {
                touchpoint,
                index: 0,
            },
            Edit::AddLink(link.clone()),
            Edit::RemoveLink(link.id),
            Edit::SetLink {
                id: link.id,
                kind: LinkKind::Support,
                label: String::new(),
            },
            Edit::AddPersona(persona.clone()),
            Edit::RemovePersona(persona.id),
            Edit::SetPersona(persona),
            Edit::AddPromise(promise.clone()),
            Edit::RemovePromise(promise.id),
            Edit::SetPromise(promise),
            Edit::AddIdea { index: 0, idea },
            Edit::RemoveIdea(0),
            Edit::SetIdea {
                index: 0,
                text: "Idea".to_owned(),
            },
            Edit::SetFeedback(Vec::new()),
        ];
        edits.extend(changes.into_iter().map(|change| Edit::UpdateTouchpoint {
            id: touchpoint,
            change,
        }));
        edits
    }

    #[test]
    fn every_kind_of_edit_is_named_in_each_language() {
        let edits = one_of_each();
        let keys: std::collections::BTreeSet<_> =
            edits.iter().map(|edit| EditLabel::of(edit).key).collect();
        // One edit of each kind, each with its own message: every message of a kind of
        // edit in the English file (all but those of no edit and of a mixed batch).
        let english = crate::i18n::SOURCES
            .iter()
            .find(|(language, file, _)| *language == Language::English && *file == "en/model.ftl")
            .map_or("", |(_, _, text)| text);
        let messages: std::collections::BTreeSet<_> = english
            .lines()
            .filter_map(|line| line.split_once(" = "))
            .map(|(key, _)| key)
            .filter(|key| key.starts_with("model-undo-"))
            .filter(|key| !["model-undo-nothing", "model-undo-several"].contains(key))
            .collect();
        assert_eq!(keys, messages);
        assert_eq!(keys.len(), edits.len());
        for edit in &edits {
            let label = EditLabel::of(edit);
            set_language(Language::English);
            let english = label.text();
            set_language(Language::Finnish);
            let finnish = label.text();
            assert!(!english.contains("model-undo"), "{edit:?}: {english}");
            assert!(!finnish.contains("model-undo"), "{edit:?}: {finnish}");
            assert_ne!(english, finnish, "{edit:?} is not named in Finnish");
        }
    }

    #[test]
    fn a_batch_counts_what_it_does() {
        set_language(Language::English);
        let remove = |n| Edit::RemoveTouchpoint(TouchpointId(n));
        let three = Edit::Batch(vec![remove(1), Edit::Batch(vec![remove(2), remove(3)])]);
        assert_eq!(EditLabel::of(&three).text(), "Remove 3 touchpoints");
        let mixed = Edit::Batch(vec![remove(1), Edit::RemoveLink(LinkId(1))]);
        assert_eq!(EditLabel::of(&mixed).text(), "2 changes");
        assert_eq!(EditLabel::of(&Edit::Batch(Vec::new())).text(), "No change");
        set_language(Language::Finnish);
        assert_eq!(
            EditLabel::of(&three).text(),
            "3 kosketuspisteen poistaminen"
        );
    }
}
