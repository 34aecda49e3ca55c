//! The rules a map keeps, each in one place: where a touchpoint may stand, one TERMS tag
//! per area, that what a link, a persona's path or a promise names exists, and how long
//! the map's title, description and lists may be. Building a journey from a document and
//! applying an edit both ask these; each words what breaks a rule in its own error. The
//! rules say what is wrong and change nothing; they know nothing of the live graph.

use std::collections::BTreeSet;

use crate::model::concepts::{TermsArea, TermsTag, Touchpoint};
use crate::model::ids::{LaneId, StageId, TouchpointId};
use crate::model::limits::{
    self, LimitError, MAX_ENTRIES, MAX_LANES, MAX_LINKS, MAX_TOUCHPOINTS, Part,
};

/// What is wrong with where a touchpoint stands.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Misplaced {
    /// The map has no such lane.
    MissingLane(LaneId),
    /// The map has no such stage.
    MissingStage(StageId),
    /// Its position is not one polku can draw (see [`Touchpoint::is_drawable_x`]).
    NotDrawable(f32),
}

/// Everything wrong with a touchpoint standing in `lane` and `stage` at `x`, in that
/// order; `has_lane` and `has_stage` say whether the map has them.
pub fn misplacements(
    (lane, stage, x): (LaneId, StageId, f32),
    has_lane: impl Fn(LaneId) -> bool,
    has_stage: impl Fn(StageId) -> bool,
) -> impl Iterator<Item = Misplaced> {
    [
        (!has_lane(lane)).then_some(Misplaced::MissingLane(lane)),
        (!has_stage(stage)).then_some(Misplaced::MissingStage(stage)),
        (!Touchpoint::is_drawable_x(x)).then_some(Misplaced::NotDrawable(x)),
    ]
    .into_iter()
    .flatten()
}

/// The TERMS areas tagged more than once, once for every tag after an area's first, in
/// the order of `terms`: a touchpoint has at most one tag per area.
pub fn repeated_areas(terms: &[TermsTag]) -> impl Iterator<Item = TermsArea> {
    let mut seen = BTreeSet::new();
    terms
        .iter()
        .map(|tag| tag.area)
        .filter(move |&area| !seen.insert(area))
}

/// The touchpoints of `named` that the map does not have, in order; `exists` says
/// whether it has one. What a link joins, a persona's path and a promise name must exist.
pub fn missing_touchpoints<'a>(
    named: impl IntoIterator<Item = &'a TouchpointId>,
    exists: impl Fn(TouchpointId) -> bool,
) -> impl Iterator<Item = TouchpointId> {
    named.into_iter().copied().filter(move |&id| !exists(id))
}

/// Refuses a map title longer than a name may be.
pub fn title(text: &str) -> Result<(), LimitError> {
    limits::name(Part::Title, text)
}

/// Refuses a map description longer than a text may be.
pub fn description(text: &str) -> Result<(), LimitError> {
    limits::text(Part::Description, text)
}

/// A list whose length has a limit: the map's own lists, and a touchpoint's observations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    Lanes,
    Stages,
    Touchpoints,
    Links,
    Personas,
    Promises,
    Ideas,
    Observations,
    Conflicts,
    FeedbackSources,
}

impl List {
    /// The part a limit's message names.
    fn part(self) -> Part {
        match self {
            Self::Lanes => Part::Lanes,
            Self::Stages => Part::Stages,
            Self::Touchpoints => Part::Touchpoints,
            Self::Links => Part::Links,
            Self::Personas => Part::Personas,
            Self::Promises => Part::Promises,
            Self::Ideas => Part::Ideas,
            Self::Observations => Part::Observations,
            Self::Conflicts => Part::Conflicts,
            Self::FeedbackSources => Part::FeedbackSources,
        }
    }

    /// The most entries the list may hold.
    fn limit(self) -> usize {
        match self {
            Self::Lanes | Self::Stages => MAX_LANES,
            Self::Touchpoints => MAX_TOUCHPOINTS,
            Self::Links => MAX_LINKS,
            Self::Personas
            | Self::Promises
            | Self::Ideas
            | Self::Observations
            | Self::Conflicts
            | Self::FeedbackSources => MAX_ENTRIES,
        }
    }
}

/// Refuses a list of `len` entries when it may hold fewer.
pub fn length(list: List, len: usize) -> Result<(), LimitError> {
    limits::count(list.part(), len, list.limit())
}

/// Refuses one more entry in a list that holds `len`.
pub fn room_for_one(list: List, len: usize) -> Result<(), LimitError> {
    length(list, len.saturating_add(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::values::Severity;

    fn tag(area: TermsArea) -> TermsTag {
        TermsTag {
            area,
            severity: Severity::Minor,
            note: String::new(),
        }
    }

    #[test]
    fn every_misplacement_is_found_lane_first() {
        let place = (LaneId(1), StageId(2), f32::NAN);
        let found: Vec<Misplaced> = misplacements(place, |_| false, |_| false).collect();
        assert_eq!(found.len(), 3);
        assert_eq!(found[0], Misplaced::MissingLane(LaneId(1)));
        assert_eq!(found[1], Misplaced::MissingStage(StageId(2)));
        assert!(matches!(found[2], Misplaced::NotDrawable(x) if x.is_nan()));
        let place = (LaneId(1), StageId(2), 10.0);
        assert_eq!(misplacements(place, |_| true, |_| true).count(), 0);
    }

    #[test]
    fn an_area_tagged_twice_is_named_for_each_repeat() {
        let terms = [
            tag(TermsArea::Risk),
            tag(TermsArea::Money),
            tag(TermsArea::Risk),
            tag(TermsArea::Risk),
        ];
        let repeated: Vec<TermsArea> = repeated_areas(&terms).collect();
        assert_eq!(repeated, [TermsArea::Risk, TermsArea::Risk]);
        assert_eq!(repeated_areas(&terms[..2]).count(), 0);
    }

    #[test]
    fn lists_are_refused_past_their_limit_and_not_at_it() {
        assert_eq!(length(List::Lanes, MAX_LANES), Ok(()));
        assert!(room_for_one(List::Stages, MAX_LANES).is_err());
        assert_eq!(room_for_one(List::Links, MAX_LINKS - 1), Ok(()));
        assert_eq!(
            length(List::Touchpoints, MAX_TOUCHPOINTS + 1),
            Err(LimitError::TooMany {
                what: Part::Touchpoints,
                count: MAX_TOUCHPOINTS + 1,
                limit: MAX_TOUCHPOINTS,
            })
        );
    }
}
