//! The walkthrough's state: the moments it steps through, where it is, what it found,
//! and whether the work behind the moment is shown. View state, never saved.

use crate::model::analysis::{Glasses, walk};
use crate::model::{Journey, LaneKind, PersonaId, TouchpointId};

/// One thing the walk recorded, for the summary at its end.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub touchpoint: TouchpointId,
    /// What was done, in words ("Money: major", "Noted: …", "Emotion −1").
    pub what: String,
    /// What it changed: a later finding of the same kind on the same touchpoint replaces
    /// it in the summary, which shows where the walk left each touchpoint.
    pub kind: FindingKind,
}

/// What a finding changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FindingKind {
    Tag(crate::model::TermsArea),
    Emotion,
    /// A note: every one is kept.
    Note,
}

/// A walk in progress. View state: kept while walking, never saved.
#[derive(Clone, Debug, PartialEq)]
pub struct Walkthrough {
    pub glasses: Glasses,
    /// Whose path is walked; `None` walks every touchpoint seen through the glasses.
    pub persona: Option<PersonaId>,
    /// The touchpoints of the walk, in journey order.
    pub steps: Vec<TouchpointId>,
    /// Where the walk is in `steps`.
    pub current: usize,
    /// Whether the hidden steps behind the current touchpoint are shown.
    pub revealed: bool,
    /// A note being written for the current touchpoint (N opens it).
    pub note: Option<String>,
    /// What the walk has recorded so far.
    pub findings: Vec<Finding>,
    /// Bring the current step into view in the journey strip on the next frame.
    pub scroll_strip: bool,
    /// The touchpoints as they were when the walk first met them, to tell at its end
    /// what it changed (what was undone since is not a change).
    before: std::collections::HashMap<TouchpointId, crate::model::Touchpoint>,
}

impl Walkthrough {
    /// A walk through `journey` with `glasses`, along `persona`'s path or everyone's.
    pub fn start(journey: &Journey, glasses: Glasses, persona: Option<PersonaId>) -> Self {
        Self {
            glasses,
            persona,
            steps: walk(journey, glasses, persona),
            current: 0,
            revealed: false,
            note: None,
            findings: Vec::new(),
            scroll_strip: true,
            before: std::collections::HashMap::new(),
        }
    }

    /// The touchpoint the walk is at.
    pub fn current(&self) -> Option<TouchpointId> {
        self.steps.get(self.current).copied()
    }

    /// Takes the walk along another persona's path (or everyone's), or through other
    /// glasses, from the start; what it recorded so far is kept.
    pub fn restart(&mut self, journey: &Journey, glasses: Glasses, persona: Option<PersonaId>) {
        let findings = std::mem::take(&mut self.findings);
        let before = std::mem::take(&mut self.before);
        *self = Self {
            findings,
            before,
            ..Self::start(journey, glasses, persona)
        };
    }

    /// Remembers how the current touchpoint is before the walk changes it (the first
    /// time only).
    pub fn remember(&mut self, journey: &Journey) {
        if let Some(id) = self.current()
            && let Some(touchpoint) = journey.touchpoint(id)
        {
            self.before.entry(id).or_insert_with(|| touchpoint.clone());
        }
    }

    /// Where the walk left each touchpoint it changed, in the order it changed them: for
    /// each TERMS area, emotion and note that differs now from before the walk (a change
    /// undone since, or a tag cycled back to where it was, is no change).
    pub fn changes(&self, journey: &Journey) -> Vec<Finding> {
        let mut order: Vec<TouchpointId> = Vec::new();
        for finding in &self.findings {
            if !order.contains(&finding.touchpoint) {
                order.push(finding.touchpoint);
            }
        }
        let mut changes = Vec::new();
        for id in order {
            let (Some(before), Some(now)) = (self.before.get(&id), journey.touchpoint(id)) else {
                continue;
            };
            let found = |what: String, kind| Finding {
                touchpoint: id,
                what,
                kind,
            };
            for area in crate::model::TermsArea::ALL {
                let (was, is) = (before.tag(area).map(|t| t.severity), now.tag(area));
                if was == is.map(|t| t.severity) {
                    continue;
                }
                let what = match is {
                    Some(tag) => crate::tr!(
                        "canvas-walk-found-tag",
                        area = area.label(),
                        severity = tag.severity.label(),
                    ),
                    None => crate::tr!("canvas-walk-found-cleared", area = area.label()),
                };
                changes.push(found(what, FindingKind::Tag(area)));
            }
            if before.emotion != now.emotion {
                let rating = now
                    .emotion
                    .map_or_else(|| crate::tr!("canvas-walk-not-rated"), |r| r.to_string());
                let what = crate::tr!("canvas-walk-found-emotion", rating = rating);
                changes.push(found(what, FindingKind::Emotion));
            }
            for added in now.observations.iter().skip(before.observations.len()) {
                let what = crate::tr!("canvas-walk-found-note", text = added.text.as_str());
                changes.push(found(what, FindingKind::Note));
            }
        }
        changes
    }

    /// On to the next step. What is revealed stays revealed, until hidden again.
    pub fn next(&mut self) {
        if self.current + 1 < self.steps.len() {
            self.go_to(self.current + 1);
        }
    }

    pub fn previous(&mut self) {
        if self.current > 0 {
            self.go_to(self.current - 1);
        }
    }

    /// To step `index` (from the journey strip).
    pub fn go_to(&mut self, index: usize) {
        if index < self.steps.len() && index != self.current {
            self.current = index;
            self.note = None;
            self.scroll_strip = true;
        }
    }

    /// Keeps the walk sound after the map changed (an undo, say): steps that no longer
    /// exist are dropped.
    pub fn retain_existing(&mut self, journey: &Journey) {
        let current = self.current();
        self.steps.retain(|&id| journey.touchpoint(id).is_some());
        self.current = current
            .and_then(|id| self.steps.iter().position(|&s| s == id))
            .unwrap_or_else(|| self.current.min(self.steps.len().saturating_sub(1)));
    }

    /// Whether lanes of `kind` stay on the map during the walk: a customer sees nothing
    /// below the line of visibility; an employee's work reaches into every lane.
    pub fn shows_lane(&self, kind: LaneKind) -> bool {
        match self.glasses {
            Glasses::Customer => kind.is_visible(),
            Glasses::Employee => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> Journey {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("journeys/online-order.ron");
        crate::io::load(&path).expect("the example map")
    }

    #[test]
    fn a_customer_walk_meets_only_visible_touchpoints_in_order() {
        let journey = example();
        let mut walk = Walkthrough::start(&journey, Glasses::Customer, None);
        assert!(walk.steps.len() > 10);
        assert!(
            walk.steps
                .iter()
                .all(|&id| journey.is_visible(id) == Some(true))
        );
        assert_eq!(walk.current(), walk.steps.first().copied());
        walk.previous();
        assert_eq!(walk.current, 0);
        for _ in 0..1000 {
            walk.next();
        }
        assert_eq!(walk.current, walk.steps.len() - 1);
    }

    #[test]
    fn an_employee_walk_meets_the_employees_steps() {
        let journey = example();
        let walk = Walkthrough::start(&journey, Glasses::Employee, None);
        assert!(!walk.steps.is_empty());
        for id in &walk.steps {
            let kind = journey
                .touchpoint(*id)
                .and_then(|t| journey.lane(t.lane))
                .map(|l| l.kind);
            assert!(
                matches!(kind, Some(LaneKind::Frontstage | LaneKind::Backstage)),
                "{kind:?}"
            );
        }
        assert!(walk.shows_lane(LaneKind::Backstage) && walk.shows_lane(LaneKind::Support));
    }
}
