//! What a report says, gathered once from the analyses and worded for people (in the
//! language of the thread), so the Markdown and the HTML writers only lay it out and can
//! never disagree.
//!
//! Everything here is sorted deterministically; nothing is drawn or written to a file.

use std::collections::BTreeMap;

use super::feedback::FeedbackFindings;
use crate::io::feedback::MapFeedback;
use crate::model::analysis::{HiddenImpact, Insights, journey_order_all};
use crate::model::{
    Journey, LaneKind, Persona, Rating, StageId, TermsArea, Touchpoint, TouchpointId,
};
use crate::tr;

/// How many things the summary asks the workshop to fix first.
const FIX_FIRST: usize = 3;

/// The analyses of one journey, with the groupings the reports need.
pub(super) struct Findings<'a> {
    pub journey: &'a Journey,
    pub insights: Insights,
    /// The hidden steps and TERMS hotspots to fix first, most pressing first.
    pub fixes: Vec<Fix>,
    /// Handoffs by pair of owners, the most frequent first.
    pub handoffs: Vec<HandoffGroup>,
    /// Each stage, left to right, with its touchpoints in journey order; then, if any
    /// touchpoint sits in no known stage, a last group for those.
    pub stages: Vec<StageGroup<'a>>,
    /// What customers and employees said, when the map has feedback sources.
    pub feedback: Option<FeedbackFindings>,
}

/// One thing the summary asks to fix first.
pub(super) enum Fix {
    /// A hidden step that holds up many customer moments.
    Hidden {
        touchpoint: TouchpointId,
        supports: usize,
        terms_weight: u32,
    },
    /// A heatmap cell with a high summed severity.
    Hotspot {
        stage: String,
        area: TermsArea,
        severity: u32,
    },
}

/// The links where work passes from one owner to another.
pub(super) struct HandoffGroup {
    pub from_owner: String,
    pub to_owner: String,
    /// The two ends of each link, by link id.
    pub links: Vec<(TouchpointId, TouchpointId)>,
}

/// A stage and its touchpoints, in the order a customer meets them.
pub(super) struct StageGroup<'a> {
    pub name: String,
    /// A name for the group that is unique in the report, for HTML anchors.
    pub anchor: String,
    pub touchpoints: Vec<&'a Touchpoint>,
}

impl<'a> Findings<'a> {
    pub fn of(journey: &'a Journey, feedback: Option<&MapFeedback>) -> Self {
        let insights = Insights::of(journey);
        let fixes = fixes(journey, &insights);
        let handoffs = handoff_groups(journey, &insights);
        let stages = stage_groups(journey);
        Self {
            journey,
            insights,
            fixes,
            handoffs,
            stages,
            feedback: feedback.map(|feedback| FeedbackFindings::of(journey, feedback)),
        }
    }

    /// The title of a touchpoint, or a stand-in that says why there is none.
    pub fn title(&self, id: TouchpointId) -> String {
        match self.journey.touchpoint(id) {
            Some(touchpoint) => title(touchpoint),
            None => tr!("io-report-missing-touchpoint"),
        }
    }

    /// The name and kind of the lane a touchpoint is in.
    pub fn lane(&self, touchpoint: &Touchpoint) -> (String, Option<LaneKind>) {
        match self.journey.lane(touchpoint.lane) {
            Some(lane) => (
                or_unnamed(&lane.name, || tr!("io-report-unnamed-lane")),
                Some(lane.kind),
            ),
            None => (tr!("io-report-missing-lane"), None),
        }
    }

    /// The name of a stage, or a stand-in for an unnamed one.
    pub fn stage_name(&self, id: StageId) -> String {
        stage_name(self.journey, id)
    }

    /// The touchpoint of a hidden-impact entry, with where it sits in words:
    /// "Billing (backstage), owner Finance".
    pub fn impact_place(&self, impact: &HiddenImpact) -> Option<(&'a Touchpoint, String)> {
        let touchpoint = self.journey.touchpoint(impact.touchpoint)?;
        Some((touchpoint, self.place(touchpoint)))
    }

    /// A touchpoint's lane (with its kind) and owner in words.
    pub fn place(&self, touchpoint: &Touchpoint) -> String {
        let (lane, kind) = self.lane(touchpoint);
        let place = match kind {
            Some(kind) => tr!("io-report-lane-kind", lane = lane, kind = kind_word(kind)),
            None => lane,
        };
        if touchpoint.owner.trim().is_empty() {
            place
        } else {
            tr!(
                "io-report-place-owner",
                place = place,
                owner = touchpoint.owner.trim()
            )
        }
    }

    /// The facts of a touchpoint, each a label and a value, in the order a card lists
    /// them. An unknown owner is said out loud, since nobody owning a step is a finding.
    pub fn facts(&self, touchpoint: &Touchpoint) -> Vec<(String, String)> {
        let (lane, kind) = self.lane(touchpoint);
        let lane = match kind {
            Some(kind) if kind.is_visible() => {
                tr!("io-report-lane-seen", lane = lane, kind = kind_word(kind))
            }
            Some(kind) => tr!("io-report-lane-hidden", lane = lane, kind = kind_word(kind)),
            None => lane,
        };
        let mut facts = vec![
            (tr!("io-report-fact-lane"), lane),
            (tr!("io-report-fact-channel"), touchpoint.channel.label()),
            (
                tr!("io-report-fact-owner"),
                or_unnamed(&touchpoint.owner, || tr!("io-report-nobody-named")),
            ),
        ];
        if !touchpoint.actor.trim().is_empty() {
            facts.push((
                tr!("io-report-fact-actor"),
                touchpoint.actor.trim().to_owned(),
            ));
        }
        let rated = |r: Option<Rating>| r.map_or_else(|| tr!("io-report-not-rated"), rating);
        facts.push((tr!("io-report-fact-emotion"), rated(touchpoint.emotion)));
        facts.push((
            tr!("io-report-fact-employee-experience"),
            rated(touchpoint.employee_experience),
        ));
        facts.push((tr!("io-report-fact-evidence"), touchpoint.evidence.label()));
        facts
    }

    /// The summary's opening sentences: how big the map is and how much hurts.
    pub fn summary(&self) -> Vec<String> {
        let i = &self.insights;
        let mut sentences = vec![tr!(
            "io-report-summary-touchpoints",
            touchpoints = tr!("touchpoint-count", count = i.touchpoints),
            visible = i.visible,
            hidden = i.hidden
        )];
        sentences.push(tr!(
            "io-report-summary-links",
            links = tr!("link-count", count = i.links),
            handoffs = i.handoffs.len()
        ));
        if i.terms.iter().all(|&n| n == 0) {
            sentences.push(tr!("io-report-summary-no-terms"));
        } else {
            let areas: Vec<String> = TermsArea::ALL
                .into_iter()
                .map(|area| format!("{} {}", area.label(), i.terms_count(area)))
                .collect();
            sentences.push(tr!("io-report-summary-terms", areas = areas.join(", ")));
        }
        if !i.promises.is_empty() {
            let covered = i.promises.iter().filter(|p| p.is_covered()).count();
            sentences.push(tr!(
                "io-report-summary-promises",
                covered = covered,
                count = i.promises.len()
            ));
        }
        if !i.warnings.is_empty() {
            sentences.push(tr!("io-report-summary-warnings", count = i.warnings.len()));
        }
        sentences
    }

    /// A fix in words: what to look at (to be set in bold), and why.
    pub fn fix_words(&self, fix: &Fix) -> (String, String) {
        match fix {
            Fix::Hidden {
                touchpoint,
                supports,
                terms_weight,
            } => {
                let place = self
                    .journey
                    .touchpoint(*touchpoint)
                    .map(|t| self.place(t))
                    .unwrap_or_default();
                (
                    self.title(*touchpoint),
                    tr!(
                        "io-report-fix-hidden",
                        count = *supports,
                        weight = terms_weight.to_string(),
                        place = place
                    ),
                )
            }
            Fix::Hotspot {
                stage,
                area,
                severity,
            } => (
                tr!(
                    "io-report-fix-hotspot",
                    area = area.label(),
                    stage = stage.as_str()
                ),
                tr!("io-report-fix-hotspot-why", severity = severity.to_string()),
            ),
        }
    }
}

/// The title of a touchpoint, or "(untitled)".
pub(super) fn title(touchpoint: &Touchpoint) -> String {
    or_unnamed(&touchpoint.title, || tr!("io-untitled-touchpoint"))
}

fn stage_name(journey: &Journey, id: StageId) -> String {
    journey.stage(id).map_or_else(
        || tr!("io-report-missing-stage"),
        |stage| or_unnamed(&stage.name, || tr!("io-report-unnamed-stage")),
    )
}

/// `text` trimmed, or the words of `stand_in` when nothing is left.
pub(super) fn or_unnamed(text: &str, stand_in: impl FnOnce() -> String) -> String {
    let text = text.trim();
    if text.is_empty() {
        stand_in()
    } else {
        text.to_owned()
    }
}

/// The top hidden steps and the hottest heatmap cells, taken in turn so that both kinds
/// of problem reach the summary: a workshop should see the back office and the customer's
/// pain side by side.
fn fixes(journey: &Journey, insights: &Insights) -> Vec<Fix> {
    let mut hidden = insights
        .hidden_impact
        .iter()
        .filter(|impact| !impact.supports.is_empty())
        .map(|impact| Fix::Hidden {
            touchpoint: impact.touchpoint,
            supports: impact.visible_supported,
            terms_weight: impact.terms_weight,
        });

    let mut cells: Vec<(u32, usize, TermsArea)> = insights
        .heatmap
        .iter()
        .enumerate()
        .flat_map(|(row, cells)| {
            TermsArea::ALL
                .into_iter()
                .zip(cells.areas)
                .map(move |(area, severity)| (severity, row, area))
        })
        .filter(|&(severity, _, _)| severity > 0)
        .collect();
    // Hottest first; ties go to the earlier stage, then the area's TERMS order.
    cells.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut hotspots = cells.into_iter().map(|(severity, row, area)| {
        let stage = insights.heatmap.get(row).map_or_else(
            || tr!("io-report-missing-stage"),
            |row| stage_name(journey, row.stage),
        );
        Fix::Hotspot {
            stage,
            area,
            severity,
        }
    });

    let mut fixes = Vec::with_capacity(FIX_FIRST);
    while fixes.len() < FIX_FIRST {
        let before = fixes.len();
        fixes.extend(hidden.next());
        if fixes.len() < FIX_FIRST {
            fixes.extend(hotspots.next());
        }
        if fixes.len() == before {
            break;
        }
    }
    fixes
}

/// Handoffs by owner pair: the pairs with the most handoffs first, then by name.
fn handoff_groups(journey: &Journey, insights: &Insights) -> Vec<HandoffGroup> {
    let mut pairs: BTreeMap<(&str, &str), Vec<(TouchpointId, TouchpointId)>> = BTreeMap::new();
    for handoff in &insights.handoffs {
        if let Some(link) = journey.link(handoff.link) {
            pairs
                .entry((&handoff.from_owner, &handoff.to_owner))
                .or_default()
                .push((link.from, link.to));
        }
    }
    let mut groups: Vec<HandoffGroup> = pairs
        .into_iter()
        .map(|((from, to), links)| HandoffGroup {
            from_owner: from.to_owned(),
            to_owner: to.to_owned(),
            links,
        })
        .collect();
    // A stable sort keeps the BTreeMap's name order among pairs with the same count.
    groups.sort_by_key(|group| std::cmp::Reverse(group.links.len()));
    groups
}

/// The touchpoints of each stage in journey order, and those in no known stage last.
fn stage_groups(journey: &Journey) -> Vec<StageGroup<'_>> {
    let mut groups: Vec<StageGroup<'_>> = journey
        .stages()
        .iter()
        .map(|stage| StageGroup {
            name: or_unnamed(&stage.name, || tr!("io-report-unnamed-stage")),
            anchor: format!("stage-{}", stage.id.0),
            touchpoints: Vec::new(),
        })
        .collect();
    let mut stray = Vec::new();
    for id in journey_order_all(journey) {
        let Some(touchpoint) = journey.touchpoint(id) else {
            continue;
        };
        match journey.stage_index(touchpoint.stage) {
            Some(index) => groups[index].touchpoints.push(touchpoint),
            None => stray.push(touchpoint),
        }
    }
    if !stray.is_empty() {
        groups.push(StageGroup {
            name: tr!("io-report-no-stage"),
            anchor: "stage-none".to_owned(),
            touchpoints: stray,
        });
    }
    groups
}

/// Whether the promise's coverage has a gap, in words: "covered", "not redeemed", …
pub(super) fn coverage_words(redeemed: bool, secured: bool) -> String {
    match (redeemed, secured) {
        (true, true) => tr!("io-report-covered"),
        (false, true) => tr!("io-report-not-redeemed"),
        (true, false) => tr!("io-report-not-secured"),
        (false, false) => tr!("io-report-not-redeemed-not-secured"),
    }
}

/// A rating as a workshop writes it: −2, −1, 0, +1, +2, with a real minus sign.
pub(super) fn rating(rating: Rating) -> String {
    match rating.get() {
        n if n < 0 => format!("\u{2212}{}", n.unsigned_abs()),
        0 => "0".to_owned(),
        n => format!("+{n}"),
    }
}

/// The lane kind in lower case, as it reads inside a sentence.
pub(super) fn kind_word(kind: LaneKind) -> String {
    kind.label().to_lowercase()
}

/// Customer or employee, in lower case.
pub(super) fn persona_kind(persona: &Persona) -> String {
    persona.kind.label().to_lowercase()
}
