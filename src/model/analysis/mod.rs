//! The analyses that turn a map into findings, computed on the live graph.
//!
//! Pure functions of a [`Journey`]: journey order, hidden support and impact, handoffs,
//! the TERMS heatmap, promise coverage and the emotion curves. [`Insights`] gathers them
//! for the insights panel and `polku insights`.

mod order;
mod reach;

pub use order::{journey_order, journey_order_all};
pub use reach::{HiddenImpact, SUPPORTS_LISTED, hidden_impact, hidden_support, supported_visible};

use crate::model::{
    Journey, LaneKind, LinkId, PersonaId, PersonaKind, PromiseId, Rating, StageId, TermsArea,
    TouchpointId, Warning, validate,
};

/// A link where work crosses from one department to another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Handoff {
    pub link: LinkId,
    pub from_owner: String,
    pub to_owner: String,
}

/// Links whose two ends both have an owner, and the owners differ: where customers get
/// bounced. By link id.
pub fn handoffs(journey: &Journey) -> Vec<Handoff> {
    use petgraph::visit::{EdgeRef as _, IntoEdgeReferences as _};
    let graph = journey.graph();
    // Read in the order the links are stored, then put in id order.
    let owner = |node| {
        graph
            .node_weight(node)
            .map_or("", |t: &crate::model::Touchpoint| t.owner.trim())
    };
    let mut found: Vec<Handoff> = graph
        .edge_references()
        .filter_map(|edge| {
            let (from, to) = (owner(edge.source()), owner(edge.target()));
            (!from.is_empty() && !to.is_empty() && !from.eq_ignore_ascii_case(to)).then(|| {
                Handoff {
                    link: edge.weight().id,
                    from_owner: from.to_owned(),
                    to_owner: to.to_owned(),
                }
            })
        })
        .collect();
    found.sort_by_key(|handoff| handoff.link);
    found
}

/// One row of the TERMS heatmap: a stage, and the summed severities of each area in it,
/// in the order of [`TermsArea::ALL`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeatmapRow {
    pub stage: StageId,
    pub areas: [u32; 5],
}

/// Stage × TERMS area: the summed severities of the tags in each stage, stages left to
/// right.
pub fn terms_heatmap(journey: &Journey) -> Vec<HeatmapRow> {
    let mut rows: Vec<HeatmapRow> = journey
        .stages()
        .iter()
        .map(|stage| HeatmapRow {
            stage: stage.id,
            areas: [0; 5],
        })
        .collect();
    for touchpoint in journey.touchpoints() {
        let Some(index) = journey.stage_index(touchpoint.stage) else {
            continue;
        };
        for tag in &touchpoint.terms {
            rows[index].areas[tag.area.index()] += tag.severity.weight();
        }
    }
    rows
}

/// How many touchpoints carry a tag of each area, in the order of [`TermsArea::ALL`].
pub fn terms_counts(journey: &Journey) -> [usize; 5] {
    let mut counts = [0; 5];
    for touchpoint in journey.touchpoints() {
        for tag in &touchpoint.terms {
            counts[tag.area.index()] += 1;
        }
    }
    counts
}

/// Whether a promise is both kept where customers see it and made possible behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PromiseCoverage {
    pub promise: PromiseId,
    /// The visible touchpoints that redeem it.
    pub redeemed_by: Vec<TouchpointId>,
    /// The touchpoints that secure it.
    pub secured_by: Vec<TouchpointId>,
}

impl PromiseCoverage {
    /// Redeemed by at least one visible touchpoint, and secured by at least one.
    pub fn is_covered(&self) -> bool {
        !self.redeemed_by.is_empty() && !self.secured_by.is_empty()
    }
}

/// Every promise with the touchpoints that redeem and secure it, by id.
pub fn promise_coverage(journey: &Journey) -> Vec<PromiseCoverage> {
    journey
        .promises()
        .iter()
        .map(|promise| PromiseCoverage {
            promise: promise.id,
            redeemed_by: promise
                .redeemed_by
                .iter()
                .copied()
                .filter(|&id| journey.is_visible(id) == Some(true))
                .collect(),
            secured_by: promise
                .secured_by
                .iter()
                .copied()
                .filter(|&id| journey.touchpoint(id).is_some())
                .collect(),
        })
        .collect()
}

/// Whose eyes a walk or a curve takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Glasses {
    /// A new customer's: the visible touchpoints.
    Customer,
    /// A new employee's: the employees' own steps, frontstage and backstage.
    Employee,
}

/// The touchpoints seen through `glasses`, in journey order: all of them, or those on
/// `persona`'s path.
pub fn walk(journey: &Journey, glasses: Glasses, persona: Option<PersonaId>) -> Vec<TouchpointId> {
    let path: Option<std::collections::HashSet<TouchpointId>> = persona
        .and_then(|id| journey.persona(id))
        .map(|p| p.path.iter().copied().collect());
    journey_order_all(journey)
        .into_iter()
        .filter(|&id| {
            let Some(kind) = journey
                .touchpoint(id)
                .and_then(|t| journey.lane(t.lane))
                .map(|l| l.kind)
            else {
                return false;
            };
            match (&path, glasses) {
                // A customer sees nothing below the line of visibility, on any path.
                (Some(path), Glasses::Customer) => kind.is_visible() && path.contains(&id),
                // An employee's path goes wherever their work does.
                (Some(path), Glasses::Employee) => path.contains(&id),
                (None, Glasses::Customer) => kind.is_visible(),
                (None, Glasses::Employee) => {
                    matches!(kind, LaneKind::Frontstage | LaneKind::Backstage)
                }
            }
        })
        .collect()
}

/// The glasses that suit a persona: an employee persona walks the employee's way.
pub fn glasses_of(journey: &Journey, persona: PersonaId) -> Glasses {
    match journey.persona(persona).map(|p| p.kind) {
        Some(PersonaKind::Employee) => Glasses::Employee,
        _ => Glasses::Customer,
    }
}

/// One point of the emotion and experience curves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurvePoint {
    pub touchpoint: TouchpointId,
    /// Where it is, counted in stages from the left.
    pub stage_index: usize,
    pub emotion: Option<Rating>,
    pub employee_experience: Option<Rating>,
}

/// The customer's emotion and the employees' experience along the journey, for a persona
/// (or every visible touchpoint), in journey order.
pub fn curves(journey: &Journey, persona: Option<PersonaId>) -> Vec<CurvePoint> {
    let glasses = persona.map_or(Glasses::Customer, |p| glasses_of(journey, p));
    let touchpoints = match glasses {
        Glasses::Customer => walk(journey, Glasses::Customer, persona),
        // Employee experience lives on employee steps; an employee walk shows those.
        Glasses::Employee => walk(journey, Glasses::Employee, persona),
    };
    touchpoints
        .into_iter()
        .filter_map(|id| {
            let touchpoint = journey.touchpoint(id)?;
            Some(CurvePoint {
                touchpoint: id,
                stage_index: journey.stage_index(touchpoint.stage)?,
                emotion: touchpoint.emotion,
                employee_experience: touchpoint.employee_experience,
            })
        })
        .collect()
}

/// All the analyses of a map at once.
#[derive(Clone, Debug, PartialEq)]
pub struct Insights {
    pub touchpoints: usize,
    pub visible: usize,
    pub hidden: usize,
    pub links: usize,
    pub handoffs: Vec<Handoff>,
    /// How many touchpoints carry each TERMS area, in the order of [`TermsArea::ALL`].
    pub terms: [usize; 5],
    pub hidden_impact: Vec<HiddenImpact>,
    pub heatmap: Vec<HeatmapRow>,
    pub promises: Vec<PromiseCoverage>,
    pub warnings: Vec<Warning>,
}

impl Insights {
    pub fn of(journey: &Journey) -> Self {
        let visible = journey
            .touchpoints()
            .filter(|t| journey.is_visible(t.id) == Some(true))
            .count();
        Self {
            touchpoints: journey.touchpoint_count(),
            visible,
            hidden: journey.touchpoint_count() - visible,
            links: journey.link_count(),
            handoffs: handoffs(journey),
            terms: terms_counts(journey),
            hidden_impact: hidden_impact(journey),
            heatmap: terms_heatmap(journey),
            promises: promise_coverage(journey),
            warnings: validate(journey),
        }
    }

    /// How many touchpoints carry a tag of `area`.
    pub fn terms_count(&self, area: TermsArea) -> usize {
        self.terms[area.index()]
    }
}
