//! Starting points for a new map: lanes and stages set up for a kind of work, named in
//! the language polku speaks.

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

    /// The title of a new map, in the thread's language.
    pub fn title(self) -> String {
        match self {
            Self::Blueprint => crate::tr!("model-template-blueprint"),
            Self::Journey => crate::tr!("model-template-journey"),
            Self::Employee => crate::tr!("model-template-employee"),
        }
    }

    /// The lanes of a new map, top to bottom, named in the thread's language.
    fn lanes(self) -> Vec<(String, LaneKind)> {
        match self {
            Self::Blueprint => vec![
                (
                    crate::tr!("model-template-lane-physical-evidence"),
                    LaneKind::Evidence,
                ),
                (
                    crate::tr!("model-template-lane-customer-actions"),
                    LaneKind::Customer,
                ),
                (
                    crate::tr!("model-template-lane-frontstage"),
                    LaneKind::Frontstage,
                ),
                (
                    crate::tr!("model-template-lane-backstage"),
                    LaneKind::Backstage,
                ),
                (
                    crate::tr!("model-template-lane-support-processes"),
                    LaneKind::Support,
                ),
            ],
            Self::Journey => vec![
                (
                    crate::tr!("model-template-lane-customer-sees"),
                    LaneKind::Evidence,
                ),
                (
                    crate::tr!("model-template-lane-customer"),
                    LaneKind::Customer,
                ),
                (
                    crate::tr!("model-template-lane-staff-met"),
                    LaneKind::Frontstage,
                ),
                (
                    crate::tr!("model-template-lane-behind-the-scenes"),
                    LaneKind::Backstage,
                ),
            ],
            Self::Employee => vec![
                (
                    crate::tr!("model-template-lane-customer-moments"),
                    LaneKind::Customer,
                ),
                (crate::tr!("model-template-lane-tools"), LaneKind::Evidence),
                (
                    crate::tr!("model-template-lane-new-employee"),
                    LaneKind::Frontstage,
                ),
                (
                    crate::tr!("model-template-lane-manager"),
                    LaneKind::Backstage,
                ),
                (crate::tr!("model-template-lane-hr"), LaneKind::Support),
            ],
        }
    }

    /// The stages of a new map, left to right, named in the thread's language.
    fn stages(self) -> Vec<String> {
        match self {
            Self::Blueprint => vec![
                crate::tr!("model-template-stage-discover"),
                crate::tr!("model-template-stage-join"),
                crate::tr!("model-template-stage-use"),
                crate::tr!("model-template-stage-pay"),
                crate::tr!("model-template-stage-get-help"),
                crate::tr!("model-template-stage-leave"),
            ],
            Self::Journey => vec![
                crate::tr!("model-template-stage-discover"),
                crate::tr!("model-template-stage-consider"),
                crate::tr!("model-template-stage-buy"),
                crate::tr!("model-template-stage-use"),
                crate::tr!("model-template-stage-get-help"),
                crate::tr!("model-template-stage-renew-or-leave"),
            ],
            Self::Employee => vec![
                crate::tr!("model-template-stage-recruitment"),
                crate::tr!("model-template-stage-before-day-one"),
                crate::tr!("model-template-stage-first-day"),
                crate::tr!("model-template-stage-first-weeks"),
                crate::tr!("model-template-stage-first-90-days"),
            ],
        }
    }

    /// A new map with this template's lanes and stages, and no touchpoints, named in the
    /// thread's language.
    pub fn journey(self) -> Journey {
        let document = Document {
            title: self.title(),
            lanes: (1..)
                .zip(self.lanes())
                .map(|(id, (name, kind))| Lane {
                    id: LaneId(id),
                    name,
                    kind,
                })
                .collect(),
            stages: (1..)
                .zip(self.stages())
                .map(|(id, name)| Stage {
                    id: StageId(id),
                    name,
                })
                .collect(),
            ..Document::default()
        };
        // The document above names nothing that is missing and stays within every limit,
        // so this cannot fail: `every_template_builds_in_every_language` proves it.
        Journey::from_document(document).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_builds_in_every_language() {
        for language in crate::i18n::Language::ALL {
            crate::i18n::set_language(language);
            for template in Template::ALL {
                let journey = template.journey();
                assert!(!journey.lanes().is_empty(), "{template:?} in {language:?}");
                assert!(!journey.stages().is_empty(), "{template:?} in {language:?}");
            }
        }
        crate::i18n::set_language(crate::i18n::Language::English);
    }

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
    fn a_new_map_is_named_in_the_language_polku_speaks() {
        crate::i18n::set_language(crate::i18n::Language::Finnish);
        let journey = Template::Blueprint.journey();
        assert_eq!(journey.title(), "Palvelupiirustus");
        let lanes: Vec<&str> = journey.lanes().iter().map(|l| l.name.as_str()).collect();
        assert_eq!(lanes[0], "Fyysiset todisteet");
        assert_eq!(lanes[2], "Näkyvä toiminta");
        assert_eq!(journey.stages()[3].name, "Maksaminen");

        crate::i18n::set_language(crate::i18n::Language::English);
        let journey = Template::Employee.journey();
        assert_eq!(journey.title(), "Employee journey");
        assert_eq!(journey.stages()[4].name, "First 90 days");
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
