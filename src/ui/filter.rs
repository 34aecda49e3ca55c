//! Filters and search: which touchpoints the canvas shows in full (the rest are dimmed),
//! and what the canvas highlights. View state, never saved in the document.

use crate::model::{Channel, Journey, PersonaId, PromiseId, StageId, TermsArea, Touchpoint};

/// Which touchpoints to show. Every condition that is set must hold.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only touchpoints with a tag of this TERMS area.
    pub area: Option<TermsArea>,
    /// Only touchpoints in this stage (set with `area` by a click on a heatmap cell).
    pub stage: Option<StageId>,
    /// Only touchpoints of this owner (compared without case).
    pub owner: Option<String>,
    pub channel: Option<Channel>,
    /// Only touchpoints on this persona's path.
    pub persona: Option<PersonaId>,
    /// Only touchpoints whose title, description or observations contain this text
    /// (without case). Empty: no search.
    pub search: String,
}

impl Filter {
    /// Whether any condition is set.
    pub fn is_active(&self) -> bool {
        *self != Self::default()
    }

    /// Whether `touchpoint` passes every condition that is set.
    pub fn matches(&self, journey: &Journey, touchpoint: &Touchpoint) -> bool {
        if self.area.is_some_and(|area| touchpoint.tag(area).is_none()) {
            return false;
        }
        if self.stage.is_some_and(|stage| touchpoint.stage != stage) {
            return false;
        }
        if let Some(owner) = &self.owner
            && !touchpoint.owner.trim().eq_ignore_ascii_case(owner.trim())
        {
            return false;
        }
        if self
            .channel
            .is_some_and(|channel| touchpoint.channel != channel)
        {
            return false;
        }
        if let Some(persona) = self.persona
            && !journey
                .persona(persona)
                .is_some_and(|p| p.path.contains(&touchpoint.id))
        {
            return false;
        }
        let needle = self.search.trim().to_lowercase();
        if !needle.is_empty() {
            let found = touchpoint.title.to_lowercase().contains(&needle)
                || touchpoint.description.to_lowercase().contains(&needle)
                || touchpoint.observations.iter().any(|o| {
                    o.text.to_lowercase().contains(&needle)
                        || o.source.to_lowercase().contains(&needle)
                });
            if !found {
                return false;
            }
        }
        true
    }
}

/// Something the canvas marks out on the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Highlight {
    /// A persona's path: its touchpoints outlined in the persona's colour and numbered.
    Persona(PersonaId),
    /// A promise: the touchpoints that redeem it and those that secure it.
    Promise(PromiseId),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, EvidenceLevel, Observation, Severity, TermsTag, templates::Template};

    #[test]
    fn every_condition_that_is_set_must_hold() {
        let journey = Template::Blueprint.journey();
        let mut touchpoint = Touchpoint::new(
            crate::model::TouchpointId(1),
            "Opens the invoice",
            journey.lanes()[1].id,
            journey.stages()[0].id,
        );
        touchpoint.owner = "Billing".into();
        touchpoint.terms.push(TermsTag {
            area: TermsArea::Money,
            severity: Severity::Major,
            note: String::new(),
        });
        touchpoint.observations.push(Observation {
            date: Date::from_days_since_epoch(0),
            text: "Three customers asked about the late fee".into(),
            evidence: EvidenceLevel::Observed,
            source: String::new(),
        });
        assert!(Filter::default().matches(&journey, &touchpoint));
        let by = |filter: Filter| filter.matches(&journey, &touchpoint);
        assert!(by(Filter {
            area: Some(TermsArea::Money),
            ..Filter::default()
        }));
        assert!(!by(Filter {
            area: Some(TermsArea::Time),
            ..Filter::default()
        }));
        assert!(by(Filter {
            owner: Some("billing ".into()),
            ..Filter::default()
        }));
        assert!(!by(Filter {
            owner: Some("Sales".into()),
            ..Filter::default()
        }));
        assert!(by(Filter {
            search: "LATE FEE".into(),
            ..Filter::default()
        }));
        assert!(by(Filter {
            search: "invoice".into(),
            ..Filter::default()
        }));
        assert!(!by(Filter {
            search: "refund".into(),
            ..Filter::default()
        }));
        assert!(!by(Filter {
            channel: Some(Channel::Web),
            ..Filter::default()
        }));
        assert!(!by(Filter {
            stage: Some(journey.stages()[1].id),
            ..Filter::default()
        }));
    }
}
