//! The things a journey is made of: lanes, stages, touchpoints, links, personas, promises.
//!
//! These are plain data. They know nothing of the graph that holds them or of how they
//! are drawn; [`crate::model::Journey`] keeps them consistent.

use serde::{Deserialize, Serialize};

use super::ids::{LaneId, LinkId, PersonaId, PromiseId, StageId, TouchpointId};
use super::values::{Colour, Date, Rating, Severity};

/// What a lane holds, in the service-blueprint sense.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum LaneKind {
    /// What the customer physically sees: the invoice, the sign, the app screen.
    Evidence,
    /// What the customer does.
    Customer,
    /// Employee actions the customer sees.
    Frontstage,
    /// Employee actions the customer does not see.
    Backstage,
    /// Processes and systems: billing, logistics, IT.
    Support,
}

impl LaneKind {
    /// In the order a service blueprint stacks them, top to bottom.
    pub const ALL: [Self; 5] = [
        Self::Evidence,
        Self::Customer,
        Self::Frontstage,
        Self::Backstage,
        Self::Support,
    ];

    /// Whether the customer sees what happens in a lane of this kind.
    pub fn is_visible(self) -> bool {
        matches!(self, Self::Evidence | Self::Customer | Self::Frontstage)
    }

    /// The English name, as files, spreadsheets and reports write it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Evidence => "Evidence",
            Self::Customer => "Customer",
            Self::Frontstage => "Frontstage",
            Self::Backstage => "Backstage",
            Self::Support => "Support",
        }
    }

    /// The name in the thread's language, as the window shows it.
    pub fn label(self) -> String {
        match self {
            Self::Evidence => crate::tr!("model-lane-kind-evidence"),
            Self::Customer => crate::tr!("model-lane-kind-customer"),
            Self::Frontstage => crate::tr!("model-lane-kind-frontstage"),
            Self::Backstage => crate::tr!("model-lane-kind-backstage"),
            Self::Support => crate::tr!("model-lane-kind-support"),
        }
    }
}

/// A horizontal band of the map.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lane {
    pub id: LaneId,
    pub name: String,
    pub kind: LaneKind,
}

/// A vertical column of the map: a phase of the journey.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    pub id: StageId,
    pub name: String,
}

/// How the customer and the service meet at a touchpoint.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Channel {
    InPerson,
    Phone,
    Web,
    App,
    Email,
    /// A letter or a printed invoice.
    Letter,
    Chat,
    #[default]
    Other,
}

impl Channel {
    pub const ALL: [Self; 8] = [
        Self::InPerson,
        Self::Phone,
        Self::Web,
        Self::App,
        Self::Email,
        Self::Letter,
        Self::Chat,
        Self::Other,
    ];

    /// The English name, as spreadsheets and reports write it.
    pub fn name(self) -> &'static str {
        match self {
            Self::InPerson => "in person",
            Self::Phone => "phone",
            Self::Web => "web",
            Self::App => "app",
            Self::Email => "email",
            Self::Letter => "letter",
            Self::Chat => "chat",
            Self::Other => "other",
        }
    }

    /// The name in the thread's language, as the window shows it.
    pub fn label(self) -> String {
        match self {
            Self::InPerson => crate::tr!("model-channel-in-person"),
            Self::Phone => crate::tr!("model-channel-phone"),
            Self::Web => crate::tr!("model-channel-web"),
            Self::App => crate::tr!("model-channel-app"),
            Self::Email => crate::tr!("model-channel-email"),
            Self::Letter => crate::tr!("model-channel-letter"),
            Self::Chat => crate::tr!("model-channel-chat"),
            Self::Other => crate::tr!("model-channel-other"),
        }
    }
}

/// How well we know what we claim about a touchpoint.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum EvidenceLevel {
    /// Someone saw it happen.
    Observed,
    /// A customer or an employee told us.
    Reported,
    /// We think so, but nobody has checked.
    #[default]
    Assumed,
}

impl EvidenceLevel {
    pub const ALL: [Self; 3] = [Self::Observed, Self::Reported, Self::Assumed];

    /// The English name, as spreadsheets and reports write it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Observed => "observed",
            Self::Reported => "reported",
            Self::Assumed => "assumed",
        }
    }

    /// The name in the thread's language, as the window shows it.
    pub fn label(self) -> String {
        match self {
            Self::Observed => crate::tr!("model-evidence-observed"),
            Self::Reported => crate::tr!("model-evidence-reported"),
            Self::Assumed => crate::tr!("model-evidence-assumed"),
        }
    }
}

/// The five TERMS problem areas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum TermsArea {
    Time,
    Emotion,
    Risk,
    Money,
    Situation,
}

impl TermsArea {
    pub const ALL: [Self; 5] = [
        Self::Time,
        Self::Emotion,
        Self::Risk,
        Self::Money,
        Self::Situation,
    ];

    /// T, E, R, M or S.
    pub fn letter(self) -> char {
        match self {
            Self::Time => 'T',
            Self::Emotion => 'E',
            Self::Risk => 'R',
            Self::Money => 'M',
            Self::Situation => 'S',
        }
    }

    /// The English name, as spreadsheets and reports write it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Time => "Time",
            Self::Emotion => "Emotion",
            Self::Risk => "Risk",
            Self::Money => "Money",
            Self::Situation => "Situation",
        }
    }

    /// The name in the thread's language, as the window shows it. The letter stays.
    pub fn label(self) -> String {
        match self {
            Self::Time => crate::tr!("terms-time"),
            Self::Emotion => crate::tr!("terms-emotion"),
            Self::Risk => crate::tr!("terms-risk"),
            Self::Money => crate::tr!("terms-money"),
            Self::Situation => crate::tr!("terms-situation"),
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// A TERMS problem on a touchpoint.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermsTag {
    pub area: TermsArea,
    pub severity: Severity,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// A dated note on a touchpoint: what someone saw or heard.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Observation {
    pub date: Date,
    pub text: String,
    #[serde(default)]
    pub evidence: EvidenceLevel,
    /// Who made the observation, or where it came from ("customer survey").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
}

/// One step or moment of the journey.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Touchpoint {
    pub id: TouchpointId,
    pub title: String,
    /// A short code the team gives the touchpoint so survey tools can carry it
    /// (`invoice-first`): how a feedback file names it. Empty when it has none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub key: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    pub lane: LaneId,
    pub stage: StageId,
    /// Horizontal position within its stage, in map units from the stage's left edge.
    #[serde(default)]
    pub x: f32,
    /// Who acts: the customer, or an employee role.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub actor: String,
    #[serde(default)]
    pub channel: Channel,
    /// The department or function responsible.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// At most one tag per area, sorted by area.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<TermsTag>,
    /// How the customer feels here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emotion: Option<Rating>,
    /// How the employees doing this step experience it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employee_experience: Option<Rating>,
    #[serde(default)]
    pub evidence: EvidenceLevel,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub observations: Vec<Observation>,
}

impl Touchpoint {
    /// The furthest a card may stand from its stage's edge, in map units. Far beyond any
    /// real map, and near enough that arithmetic on positions stays exact.
    pub const MAX_X: f32 = 1_000_000.0;

    /// Whether `x` is a position polku can draw: a number within [`Self::MAX_X`].
    pub fn is_drawable_x(x: f32) -> bool {
        x.is_finite() && x.abs() <= Self::MAX_X
    }

    /// A touchpoint with a title and a place, and every other field at its default.
    pub fn new(id: TouchpointId, title: impl Into<String>, lane: LaneId, stage: StageId) -> Self {
        Self {
            id,
            title: title.into(),
            key: String::new(),
            description: String::new(),
            lane,
            stage,
            x: 0.0,
            actor: String::new(),
            channel: Channel::default(),
            owner: String::new(),
            terms: Vec::new(),
            emotion: None,
            employee_experience: None,
            evidence: EvidenceLevel::default(),
            observations: Vec::new(),
        }
    }

    /// The tag of `area`, if the touchpoint has one.
    pub fn tag(&self, area: TermsArea) -> Option<&TermsTag> {
        self.terms.iter().find(|tag| tag.area == area)
    }

    /// Sets or clears the tag of `area`, keeping the tags sorted by area.
    /// Returns the tag that was there before.
    pub fn set_tag(&mut self, area: TermsArea, tag: Option<TermsTag>) -> Option<TermsTag> {
        let old = self
            .terms
            .iter()
            .position(|t| t.area == area)
            .map(|i| self.terms.remove(i));
        if let Some(mut tag) = tag {
            tag.area = area;
            self.terms.push(tag);
            self.terms.sort_by_key(|t| t.area);
        }
        old
    }

    /// The sum of the severities of its TERMS tags.
    pub fn terms_weight(&self) -> u32 {
        self.terms.iter().map(|tag| tag.severity.weight()).sum()
    }
}

/// What a link means.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum LinkKind {
    /// What happens next in time.
    #[default]
    Flow,
    /// A (usually hidden) step that enables or feeds another step.
    Support,
}

impl LinkKind {
    /// The name in the thread's language, as the window shows it.
    pub fn label(self) -> String {
        match self {
            Self::Flow => crate::tr!("model-link-kind-flow"),
            Self::Support => crate::tr!("model-link-kind-support"),
        }
    }
}

/// A directed edge between two touchpoints.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub id: LinkId,
    pub from: TouchpointId,
    pub to: TouchpointId,
    #[serde(default)]
    pub kind: LinkKind,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
}

/// Whether a persona is a kind of customer or of employee.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum PersonaKind {
    #[default]
    Customer,
    Employee,
}

impl PersonaKind {
    /// The name in the thread's language, as the window shows it.
    pub fn label(self) -> String {
        match self {
            Self::Customer => crate::tr!("model-persona-kind-customer"),
            Self::Employee => crate::tr!("model-persona-kind-employee"),
        }
    }
}

/// A kind of customer or employee, and the path they walk through the map.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    pub id: PersonaId,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default)]
    pub kind: PersonaKind,
    #[serde(default)]
    pub colour: Colour,
    /// The touchpoints they meet, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub path: Vec<TouchpointId>,
}

/// A customer promise: visible touchpoints redeem it, employee and hidden ones secure it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Promise {
    pub id: PromiseId,
    pub text: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub redeemed_by: Vec<TouchpointId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub secured_by: Vec<TouchpointId>,
}

impl Promise {
    /// Whether the promise refers to `id` at all.
    pub fn refers_to(&self, id: TouchpointId) -> bool {
        self.redeemed_by.contains(&id) || self.secured_by.contains(&id)
    }
}

/// An idea from a workshop that does not fit the map yet: kept in the parking lot, saved
/// with the map, to come back to.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Idea {
    pub text: String,
    /// When it was parked.
    pub date: Date,
}
