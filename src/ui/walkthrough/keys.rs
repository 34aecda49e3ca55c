//! The walk's keys: move along, tag TERMS areas, rate the emotion, take a note, reveal.

use egui::Key;

use super::state::{Finding, FindingKind, Walkthrough};
use crate::model::{
    Edit, EvidenceLevel, Journey, Observation, Rating, Severity, TermsArea, TermsTag, Touchpoint,
    TouchpointChange,
};
use crate::ui::Requests;

/// → and Space go to the next moment.
pub const NEXT: [Key; 2] = [Key::ArrowRight, Key::Space];
/// ← and Backspace go back a moment.
pub const PREVIOUS: [Key; 2] = [Key::ArrowLeft, Key::Backspace];
/// T, E, R, M and S tag the moment with a TERMS area, one severity higher each press.
pub const TAGS: [(Key, TermsArea); 5] = [
    (Key::T, TermsArea::Time),
    (Key::E, TermsArea::Emotion),
    (Key::R, TermsArea::Risk),
    (Key::M, TermsArea::Money),
    (Key::S, TermsArea::Situation),
];
/// 1 to 5 rate the customer's emotion, −2 to +2.
pub const RATINGS: [Key; 5] = [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5];
/// N writes a note on the moment.
pub const NOTE: Key = Key::N;
/// H shows or hides the work behind the moment.
pub const REVEAL: Key = Key::H;
/// Esc ends the walk.
pub const END: Key = Key::Escape;

/// Every key of the walk, for the check that no command shares one.
pub fn all() -> Vec<Key> {
    let mut keys = Vec::from(NEXT);
    keys.extend(PREVIOUS);
    keys.extend(TAGS.map(|(key, _)| key));
    keys.extend(RATINGS);
    keys.extend([NOTE, REVEAL, END]);
    keys
}

/// The tag `area` gets when its key is pressed: none → minor → major → critical → none.
pub fn cycle_tag(touchpoint: &Touchpoint, area: TermsArea) -> Option<TermsTag> {
    match touchpoint.tag(area) {
        None => Some(TermsTag {
            area,
            severity: Severity::Minor,
            note: String::new(),
        }),
        Some(tag) => tag.severity.raised().map(|severity| TermsTag {
            severity,
            ..tag.clone()
        }),
    }
}

/// Handles this frame's keys for the walk. Returns `true` when the user asked to leave.
pub fn walk_keys(
    ctx: &egui::Context,
    journey: &Journey,
    walk: &mut Walkthrough,
    requests: &mut Requests,
) -> bool {
    if ctx.egui_wants_keyboard_input() {
        // Typing a note: Enter saves it (the panel does that), Esc drops it.
        if walk.note.is_some() && ctx.input(|i| i.key_pressed(Key::Escape)) {
            walk.note = None;
        }
        return false;
    }
    let pressed = |key| ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, key));
    if pressed(END) {
        return true;
    }
    if NEXT.into_iter().any(pressed) {
        walk.next();
    }
    if PREVIOUS.into_iter().any(pressed) {
        walk.previous();
    }
    if pressed(REVEAL) {
        walk.revealed = !walk.revealed;
    }
    // How the moment is before the walk changes anything in it, for the summary.
    walk.remember(journey);
    let Some(touchpoint) = walk.current().and_then(|id| journey.touchpoint(id)) else {
        return false;
    };
    if pressed(NOTE) {
        walk.note = Some(String::new());
    }
    // Several presses in one frame each count: work on a copy that sees the ones before.
    let mut working = touchpoint.clone();
    for (key, area) in TAGS {
        let presses = ctx.input_mut(|i| i.count_and_consume_key(egui::Modifiers::NONE, key));
        for _ in 0..presses {
            let tag = cycle_tag(&working, area);
            working.set_tag(area, tag.clone());
            let what = match &tag {
                Some(tag) => crate::tr!(
                    "canvas-walk-found-tag",
                    area = area.label(),
                    severity = tag.severity.label(),
                ),
                None => crate::tr!("canvas-walk-found-cleared", area = area.label()),
            };
            let change = TouchpointChange::Tag { area, tag };
            requests.edit(
                Edit::UpdateTouchpoint {
                    id: touchpoint.id,
                    change,
                },
                crate::tr!("canvas-walk-edit-tag", area = area.label()),
            );
            walk.findings.push(Finding {
                touchpoint: touchpoint.id,
                what,
                kind: FindingKind::Tag(area),
            });
        }
    }
    for (key, rating) in RATINGS.into_iter().zip(Rating::ALL) {
        if pressed(key) {
            let change = TouchpointChange::Emotion(Some(rating));
            requests.edit(
                Edit::UpdateTouchpoint {
                    id: touchpoint.id,
                    change,
                },
                crate::tr!("canvas-walk-edit-emotion"),
            );
            walk.findings.push(Finding {
                touchpoint: touchpoint.id,
                what: crate::tr!("canvas-walk-found-emotion", rating = rating.to_string()),
                kind: FindingKind::Emotion,
            });
        }
    }
    false
}

/// Adds the note being written to the current touchpoint, dated today and observed.
pub(super) fn save_note(journey: &Journey, walk: &mut Walkthrough, requests: &mut Requests) {
    let (Some(text), Some(id)) = (walk.note.take(), walk.current()) else {
        return;
    };
    let text = text.trim().to_owned();
    let Some(touchpoint) = journey.touchpoint(id) else {
        return;
    };
    if text.is_empty() {
        return;
    }
    let observation = Observation {
        date: crate::ui::today(),
        text: text.clone(),
        evidence: EvidenceLevel::Observed,
        source: crate::tr!("canvas-walk-source"),
    };
    let index = touchpoint.observations.len();
    requests.edit(
        Edit::AddObservation {
            touchpoint: id,
            index,
            observation,
        },
        crate::tr!("canvas-walk-edit-note"),
    );
    walk.findings.push(Finding {
        touchpoint: id,
        what: crate::tr!("canvas-walk-found-note", text = text),
        kind: FindingKind::Note,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LaneId, StageId, TouchpointId};

    #[test]
    fn pressing_an_area_again_raises_it_then_clears_it() {
        let mut touchpoint = Touchpoint::new(TouchpointId(1), "Pays", LaneId(1), StageId(1));
        let mut seen = Vec::new();
        for _ in 0..4 {
            let tag = cycle_tag(&touchpoint, TermsArea::Money);
            seen.push(tag.as_ref().map(|t| t.severity));
            touchpoint.set_tag(TermsArea::Money, tag);
        }
        assert_eq!(
            seen,
            [
                Some(Severity::Minor),
                Some(Severity::Major),
                Some(Severity::Critical),
                None
            ]
        );
    }
}
