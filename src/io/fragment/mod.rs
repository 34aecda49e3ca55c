//! Clipboard fragments: selected touchpoints as RON text, to copy between polku windows.
//!
//! A fragment carries the touchpoints, the links among them, and enough about their lanes
//! and stages (id, name, kind, position) to find matching ones in another map. Pasting
//! never changes a journey itself: it returns one [`Edit`] for the caller to apply, so it
//! undoes as one step. Persona paths and promises stay behind; they belong to their map.
//!
//! The text's shape is in `format.rs`, reading and checking it in `read.rs`, its errors in
//! `error.rs`, and how a copied lane or stage finds its match in `matching.rs`.

mod error;
mod format;
mod matching;
mod read;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};

pub use error::FragmentError;
pub use format::FRAGMENT_VERSION;

use crate::model::{Edit, IdSource, Journey, LaneId, StageId, Touchpoint, TouchpointId};
use format::{Fragment, FragmentStage};
use matching::{match_lane, match_stage};

/// Cards in the same lane and stage closer than this overlap (cards are 176 wide).
const CARD_SPACING: f32 = 200.0;

/// What pasting would add: one edit, and the new touchpoints to select afterwards.
#[derive(Clone, Debug, PartialEq)]
pub struct Pasted {
    /// One [`Edit::Batch`] that adds every touchpoint and link.
    pub edit: Edit,
    /// The ids the pasted touchpoints get, in the order of the fragment.
    pub touchpoints: Vec<TouchpointId>,
}

/// The clipboard text for the `selected` touchpoints of `journey`, with the links among
/// them. Ids that name no touchpoint are left out.
pub fn to_fragment(journey: &Journey, selected: &BTreeSet<TouchpointId>) -> String {
    let touchpoints: Vec<Touchpoint> = selected
        .iter()
        .filter_map(|&id| journey.touchpoint(id))
        .cloned()
        .collect();
    let copied: BTreeSet<TouchpointId> = touchpoints.iter().map(|t| t.id).collect();
    let links = journey
        .links()
        .filter(|link| copied.contains(&link.from) && copied.contains(&link.to))
        .cloned()
        .collect();
    let lanes_used: BTreeSet<LaneId> = touchpoints.iter().map(|t| t.lane).collect();
    let stages_used: BTreeSet<StageId> = touchpoints.iter().map(|t| t.stage).collect();
    let fragment = Fragment {
        polku_fragment: FRAGMENT_VERSION,
        lanes: journey
            .lanes()
            .iter()
            .filter(|lane| lanes_used.contains(&lane.id))
            .cloned()
            .collect(),
        stages: (journey.stages().iter().enumerate())
            .filter(|(_, stage)| stages_used.contains(&stage.id))
            .map(|(index, stage)| FragmentStage {
                id: stage.id,
                name: stage.name.clone(),
                index,
            })
            .collect(),
        touchpoints,
        links,
    };
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ")
        .new_line("\n")
        .struct_names(false);
    // As in the file format: RON escapes apostrophes it need not escape; every `\'` in
    // the output is such an escape, since a backslash of the text arrives as `\\`.
    match ron::ser::to_string_pretty(&fragment, config) {
        Ok(text) => text.replace("\\'", "'") + "\n",
        // Plain data always serializes; an empty clipboard is the honest answer otherwise.
        Err(_) => String::new(),
    }
}

/// What pasting `text` (from the clipboard) into `journey` would add, with fresh ids
/// from `ids`. Cards keep their lane, stage and position where the map has a match and
/// room; otherwise they move to a similar lane or stage, and right until they are free.
pub fn paste(journey: &Journey, ids: &mut IdSource, text: &str) -> Result<Pasted, FragmentError> {
    let fragment = read::parse(text)?;
    if journey.lanes().is_empty() {
        return Err(FragmentError::NoLanes);
    }
    if journey.stages().is_empty() {
        return Err(FragmentError::NoStages);
    }
    let lanes: BTreeMap<LaneId, LaneId> = (fragment.lanes.iter())
        .map(|lane| (lane.id, match_lane(journey, lane)))
        .collect();
    let stages: BTreeMap<StageId, StageId> = (fragment.stages.iter())
        .map(|stage| (stage.id, match_stage(journey, stage)))
        .collect();

    // Every x already taken, by lane and stage; pasted cards join as they are placed.
    let mut taken: BTreeMap<(LaneId, StageId), Vec<f32>> = BTreeMap::new();
    for touchpoint in journey.touchpoints() {
        (taken
            .entry((touchpoint.lane, touchpoint.stage))
            .or_default())
        .push(touchpoint.x);
    }

    let mut new_ids = BTreeMap::new();
    let mut pasted = Vec::with_capacity(fragment.touchpoints.len());
    for mut touchpoint in fragment.touchpoints {
        let old = touchpoint.id;
        touchpoint.id = ids.touchpoint();
        new_ids.insert(old, touchpoint.id);
        // The fragment was checked: every lane and stage it uses is described.
        touchpoint.lane = lanes
            .get(&touchpoint.lane)
            .copied()
            .unwrap_or(touchpoint.lane);
        touchpoint.stage = (stages.get(&touchpoint.stage).copied()).unwrap_or(touchpoint.stage);
        pasted.push(touchpoint);
    }
    // Place cards left to right, so copies keep their order within a lane.
    let mut order: Vec<usize> = (0..pasted.len()).collect();
    order.sort_by(|&a, &b| pasted[a].x.total_cmp(&pasted[b].x));
    for i in order {
        let touchpoint = &mut pasted[i];
        let xs = taken
            .entry((touchpoint.lane, touchpoint.stage))
            .or_default();
        // Past the furthest drawable position the edit is refused anyway; stopping there
        // also keeps a huge x (where adding a card's width changes nothing) from looping.
        while touchpoint.x <= Touchpoint::MAX_X
            && xs.iter().any(|&x| (x - touchpoint.x).abs() < CARD_SPACING)
        {
            touchpoint.x += CARD_SPACING;
        }
        xs.push(touchpoint.x);
    }

    let touchpoints: Vec<TouchpointId> = pasted.iter().map(|t| t.id).collect();
    let mut edits: Vec<Edit> = pasted
        .into_iter()
        .map(|t| Edit::AddTouchpoint(Box::new(t)))
        .collect();
    for mut link in fragment.links {
        link.id = ids.link();
        // The fragment was checked: both ends of every link were copied.
        link.from = new_ids.get(&link.from).copied().unwrap_or(link.from);
        link.to = new_ids.get(&link.to).copied().unwrap_or(link.to);
        edits.push(Edit::AddLink(link));
    }
    Ok(Pasted {
        edit: Edit::Batch(edits),
        touchpoints,
    })
}

/// Copies the `selected` touchpoints into the same map, next to the originals (Ctrl+D).
/// `Ok(None)` when nothing selected exists.
pub fn duplicate(
    journey: &Journey,
    ids: &mut IdSource,
    selected: &BTreeSet<TouchpointId>,
) -> Result<Option<Pasted>, FragmentError> {
    if !selected.iter().any(|&id| journey.touchpoint(id).is_some()) {
        return Ok(None);
    }
    paste(journey, ids, &to_fragment(journey, selected)).map(Some)
}
