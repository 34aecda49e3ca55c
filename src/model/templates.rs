//! Starting points for a new map: lanes and stages set up for a kind of work.

use super::concepts::{Lane, LaneKind, Stage};
use super::ids::{LaneId, StageId};
use super::journey::{Document, Journey};

/// What a new map is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Template {
    /// A service blueprint: the customer's journey with the frontstage, backstage and
    /// support work behind it.
    Blueprint,
    /// A customer journey map: what the customer does and meets, stage by stage.
    Journey,
    /// An employee journey: a new employee's first months, and the customer moments they
    /// secure.
    Employee,
}

impl Template {
    pub const ALL: [Self; 3] = [Self::Blueprint, Self::Journey, Self::Employee];

    /// The word used for it on the command line.
    pub fn key(self) -> &'static str {
        match self {
            Self::Blueprint => "blueprint",
            Self::Journey => "journey",
            Self::Employee => "employee",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Self::Blueprint => "Service blueprint",
            Self::Journey => "Customer journey",
            Self::Employee => "Employee journey",
        }
    }

    fn lanes(self) -> &'static [(&'static str, LaneKind)] {
        match self {
            Self::Blueprint => &[
                ("Physical evidence", LaneKind::Evidence),
                ("Customer actions", LaneKind::Customer),
                ("Frontstage", LaneKind::Frontstage),
                ("Backstage", LaneKind::Backstage),
                ("Support processes", LaneKind::Support),
            ],
            Self::Journey => &[
                ("What the customer sees", LaneKind::Evidence),
                ("Customer", LaneKind::Customer),
                ("Staff the customer meets", LaneKind::Frontstage),
                ("Behind the scenes", LaneKind::Backstage),
            ],
            Self::Employee => &[
                ("Customer moments", LaneKind::Customer),
                ("Tools and documents", LaneKind::Evidence),
                ("New employee", LaneKind::Frontstage),
                ("Manager and team", LaneKind::Backstage),
                ("HR, IT and payroll", LaneKind::Support),
            ],
        }
    }

    fn stages(self) -> &'static [&'static str] {
        match self {
            Self::Blueprint => &["Discover", "Join", "Use", "Pay", "Get help", "Leave"],
            Self::Journey => &[
                "Discover",
                "Consider",
                "Buy",
                "Use",
                "Get help",
                "Renew or leave",
            ],
            Self::Employee => &[
                "Recruitment",
                "Before day one",
                "First day",
                "First weeks",
                "First 90 days",
            ],
        }
    }

    /// A new map with this template's lanes and stages, and no touchpoints.
    pub fn journey(self) -> Journey {
        let document = Document {
            title: self.title().to_owned(),
            lanes: (1..)
                .zip(self.lanes())
                .map(|(id, &(name, kind))| Lane {
                    id: LaneId(id),
                    name: name.to_owned(),
                    kind,
                })
                .collect(),
            stages: (1..)
                .zip(self.stages())
                .map(|(id, &name)| Stage {
                    id: StageId(id),
                    name: name.to_owned(),
                })
                .collect(),
            ..Document::default()
        };
        // The document above names nothing that is missing, so this cannot fail; an empty
        // map is still a sound answer if it ever did.
        Journey::from_document(document).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_has_lanes_and_stages() {
        for template in Template::ALL {
            let journey = template.journey();
            assert!(journey.lanes().len() >= 4, "{template:?}");
            assert!(journey.stages().len() >= 5, "{template:?}");
            assert!(crate::model::validate(&journey).is_empty(), "{template:?}");
        }
    }

    #[test]
    fn the_blueprint_has_every_lane_kind() {
        let journey = Template::Blueprint.journey();
        for kind in LaneKind::ALL {
            assert!(
                journey.lanes().iter().any(|lane| lane.kind == kind),
                "{kind:?}"
            );
        }
    }
}
