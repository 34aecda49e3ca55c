//! Which lane and stage of a map a copied one lands in: the same one, else one of the same
//! name, else one of the same kind or place. It changes nothing; pasting builds the edit.

use super::format::FragmentStage;
use crate::model::{Journey, Lane, LaneId, StageId};

fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// The lane of `journey` that best matches a copied lane: the same lane (same id and
/// name), else one of the same name, else the first of the same kind, else the first.
/// The journey has at least one lane.
pub(super) fn match_lane(journey: &Journey, copied: &Lane) -> LaneId {
    let lanes = journey.lanes();
    let same = lanes
        .iter()
        .find(|lane| lane.id == copied.id && same_name(&lane.name, &copied.name));
    same.or_else(|| {
        lanes
            .iter()
            .find(|lane| same_name(&lane.name, &copied.name))
    })
    .or_else(|| lanes.iter().find(|lane| lane.kind == copied.kind))
    .or(lanes.first())
    .map_or(copied.id, |lane| lane.id)
}

/// The stage of `journey` that best matches a copied stage: the same stage, else one of
/// the same name, else the one in the same place, else the first. The journey has at
/// least one stage.
pub(super) fn match_stage(journey: &Journey, copied: &FragmentStage) -> StageId {
    let stages = journey.stages();
    let same = stages
        .iter()
        .find(|stage| stage.id == copied.id && same_name(&stage.name, &copied.name));
    same.or_else(|| {
        stages
            .iter()
            .find(|stage| same_name(&stage.name, &copied.name))
    })
    .or_else(|| stages.get(copied.index))
    .or(stages.first())
    .map_or(copied.id, |stage| stage.id)
}
