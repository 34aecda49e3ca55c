//! Clipboard fragments: selected touchpoints as RON text, to copy between polku windows.
//!
//! A fragment carries the touchpoints, the links among them, and enough about their lanes
//! and stages (id, name, kind, position) to find matching ones in another map. Pasting
//! never changes a journey itself: it returns one [`Edit`] for the caller to apply, so it
//! undoes as one step. Persona paths and promises stay behind; they belong to their map.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::syntax::{self, Root};
use crate::model::{
    Edit, IdSource, Journey, Lane, LaneId, Link, LinkId, StageId, Touchpoint, TouchpointId,
};
use crate::tr;

/// The fragment format version this polku writes, and the newest it reads.
pub const FRAGMENT_VERSION: u64 = 1;

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

/// Why clipboard text could not be pasted. The journey is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FragmentError {
    NotAFragment,
    WholeMap,
    Malformed {
        line: usize,
        column: usize,
        /// The parser's words, in the language of the thread that read the text.
        message: String,
    },
    NewerVersion(u64),
    Empty,
    DuplicateTouchpoint(TouchpointId),
    LinkToMissing {
        link: LinkId,
        touchpoint: TouchpointId,
    },
    UnknownLane {
        touchpoint: TouchpointId,
        lane: LaneId,
    },
    UnknownStage {
        touchpoint: TouchpointId,
        stage: StageId,
    },
    DuplicateTag(TouchpointId),
    NotFinite(TouchpointId),
    NoLanes,
    NoStages,
}

impl std::fmt::Display for FragmentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = |id: &dyn std::fmt::Display| id.to_string();
        let words = match self {
            Self::NotAFragment => tr!("io-fragment-not-touchpoints"),
            Self::WholeMap => tr!("io-fragment-whole-map"),
            Self::Malformed {
                line,
                column,
                message,
            } => tr!(
                "io-fragment-malformed",
                line = line.to_string(),
                column = column.to_string(),
                message = message.as_str()
            ),
            Self::NewerVersion(version) => tr!(
                "io-fragment-newer",
                version = version.to_string(),
                supported = FRAGMENT_VERSION.to_string()
            ),
            Self::Empty => tr!("io-fragment-empty"),
            Self::DuplicateTouchpoint(id) => {
                tr!("io-fragment-duplicate-touchpoint", touchpoint = text(id))
            }
            Self::LinkToMissing { link, touchpoint } => tr!(
                "io-fragment-link-to-missing",
                link = text(link),
                touchpoint = text(touchpoint)
            ),
            Self::UnknownLane { touchpoint, lane } => tr!(
                "io-fragment-unknown-lane",
                touchpoint = text(touchpoint),
                lane = text(lane)
            ),
            Self::UnknownStage { touchpoint, stage } => tr!(
                "io-fragment-unknown-stage",
                touchpoint = text(touchpoint),
                stage = text(stage)
            ),
            Self::DuplicateTag(id) => tr!("io-fragment-duplicate-tag", touchpoint = text(id)),
            Self::NotFinite(id) => tr!("io-fragment-not-finite", touchpoint = text(id)),
            Self::NoLanes => tr!("io-fragment-no-lanes"),
            Self::NoStages => tr!("io-fragment-no-stages"),
        };
        f.write_str(&words)
    }
}

impl std::error::Error for FragmentError {}

/// The text on the clipboard. Lists are sorted (lanes and stages in map order, the rest
/// by id) so the same selection always copies as the same text.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Fragment {
    polku_fragment: u64,
    #[serde(default)]
    lanes: Vec<Lane>,
    #[serde(default)]
    stages: Vec<FragmentStage>,
    #[serde(default)]
    touchpoints: Vec<Touchpoint>,
    #[serde(default)]
    links: Vec<Link>,
}

/// A stage as the fragment describes it: with its place from the left, so a map with
/// other stage names can still put the copy in the same column.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FragmentStage {
    id: StageId,
    name: String,
    index: usize,
}

/// Only the markers of clipboard text, read before anything else so that text from a
/// newer polku is refused by its version rather than by whatever new field it has.
/// Absent markers read as 0, which no version is. (Not `Option`: RON would want
/// `Some(1)` in the text.)
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    polku_fragment: u64,
    #[serde(default)]
    version: u64,
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
    let fragment = parse(text)?;
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

/// Reads and checks clipboard text, so that everything it refers to is in it.
fn parse(text: &str) -> Result<Fragment, FragmentError> {
    let malformed = |error: ron::error::SpannedError| FragmentError::Malformed {
        line: error.span.start.line,
        column: error.span.start.col,
        message: syntax::explain(&error, text, Root::Fragment),
    };
    let probe = match ron::Options::default().from_str::<Probe>(text) {
        Ok(probe) => probe,
        // Broken text that says it is a fragment deserves the parser's word on what broke.
        Err(_) if text.contains("polku_fragment") => {
            return Err(super::journey_file::ron_options()
                .from_str::<Fragment>(text)
                .map_or_else(malformed, |_| FragmentError::NotAFragment));
        }
        Err(_) => return Err(FragmentError::NotAFragment),
    };
    match (probe.polku_fragment, probe.version) {
        (0, 0) => return Err(FragmentError::NotAFragment),
        (0, _) => return Err(FragmentError::WholeMap),
        (version, _) if version > FRAGMENT_VERSION => {
            return Err(FragmentError::NewerVersion(version));
        }
        _ => {}
    }
    let fragment: Fragment = super::journey_file::ron_options()
        .from_str(text)
        .map_err(malformed)?;
    check(&fragment)?;
    Ok(fragment)
}

fn check(fragment: &Fragment) -> Result<(), FragmentError> {
    if fragment.touchpoints.is_empty() {
        return Err(FragmentError::Empty);
    }
    let lanes: BTreeSet<LaneId> = fragment.lanes.iter().map(|lane| lane.id).collect();
    let stages: BTreeSet<StageId> = fragment.stages.iter().map(|stage| stage.id).collect();
    let mut touchpoints = BTreeSet::new();
    for touchpoint in &fragment.touchpoints {
        let id = touchpoint.id;
        if !touchpoints.insert(id) {
            return Err(FragmentError::DuplicateTouchpoint(id));
        }
        if !lanes.contains(&touchpoint.lane) {
            return Err(FragmentError::UnknownLane {
                touchpoint: id,
                lane: touchpoint.lane,
            });
        }
        if !stages.contains(&touchpoint.stage) {
            return Err(FragmentError::UnknownStage {
                touchpoint: id,
                stage: touchpoint.stage,
            });
        }
        let areas: BTreeSet<_> = touchpoint.terms.iter().map(|tag| tag.area).collect();
        if areas.len() != touchpoint.terms.len() {
            return Err(FragmentError::DuplicateTag(id));
        }
        if !touchpoint.x.is_finite() {
            return Err(FragmentError::NotFinite(id));
        }
    }
    for link in &fragment.links {
        if let Some(&touchpoint) = [link.from, link.to]
            .iter()
            .find(|end| !touchpoints.contains(end))
        {
            return Err(FragmentError::LinkToMissing {
                link: link.id,
                touchpoint,
            });
        }
    }
    Ok(())
}

fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// The lane of `journey` that best matches a copied lane: the same lane (same id and
/// name), else one of the same name, else the first of the same kind, else the first.
/// The journey has at least one lane.
fn match_lane(journey: &Journey, copied: &Lane) -> LaneId {
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
fn match_stage(journey: &Journey, copied: &FragmentStage) -> StageId {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::templates::Template;
    use crate::model::{LaneKind, LinkKind, Stage};

    /// The blueprint template with a customer step, the frontstage step answering it and
    /// the backstage step behind that (all at x 0 of the first stage), linked, plus a
    /// customer step in the next stage.
    fn map() -> Journey {
        let mut journey = Template::Blueprint.journey();
        let mut edits = Vec::new();
        for (id, lane, stage) in [(1, 2, 1), (2, 3, 1), (3, 4, 1), (4, 2, 2)] {
            let t = Touchpoint::new(
                TouchpointId(id),
                format!("Step {id}"),
                LaneId(lane),
                StageId(stage),
            );
            edits.push(Edit::AddTouchpoint(Box::new(t)));
        }
        for (id, from, to, kind) in [
            (1, 1, 2, LinkKind::Flow),
            (2, 3, 2, LinkKind::Support),
            (3, 1, 4, LinkKind::Flow),
        ] {
            let (from, to, label) = (TouchpointId(from), TouchpointId(to), String::new());
            edits.push(Edit::AddLink(Link {
                id: LinkId(id),
                from,
                to,
                kind,
                label,
            }));
        }
        let applied = journey.apply(Edit::Batch(edits));
        assert!(applied.is_ok(), "{applied:?}");
        journey
    }

    fn first_three() -> BTreeSet<TouchpointId> {
        [1, 2, 3].map(TouchpointId).into()
    }

    #[test]
    fn pasting_into_the_same_map_puts_copies_beside_the_originals_and_undoes_at_once() {
        let original = map();
        let mut journey = original.clone();
        let mut ids = journey.ids();
        let pasted = paste(&journey, &mut ids, &to_fragment(&journey, &first_three()));
        let Ok(Pasted { edit, touchpoints }) = pasted else {
            panic!("{pasted:?}");
        };
        assert_eq!(touchpoints, [5, 6, 7].map(TouchpointId));
        let undo = journey.apply(edit);
        assert_eq!(journey.touchpoint_count(), 7);
        // Each copy sits in its original's lane and stage, one card to the right.
        let place = |id| {
            journey
                .touchpoint(TouchpointId(id))
                .map(|t| (t.lane, t.stage, t.x))
        };
        for (old, new) in [(1, 5), (2, 6), (3, 7)] {
            let beside = place(old).map(|(lane, stage, x)| (lane, stage, x + 200.0));
            assert_eq!(place(new), beside);
        }
        let links: Vec<_> = journey
            .links()
            .map(|l| (l.from.0, l.to.0, l.kind))
            .collect();
        assert_eq!(
            &links[3..],
            [(5, 6, LinkKind::Flow), (7, 6, LinkKind::Support)]
        );
        let Ok(undo) = undo else { panic!("{undo:?}") };
        assert!(journey.apply(undo).is_ok());
        assert_eq!(journey, original);
    }

    /// Where the pasted touchpoints of `pasted` go: (lane, stage, x).
    fn places(pasted: Result<Pasted, FragmentError>) -> Vec<(u64, u64, f32)> {
        let Ok(Pasted {
            edit: Edit::Batch(edits),
            ..
        }) = pasted
        else {
            panic!("{pasted:?}")
        };
        (edits.iter())
            .filter_map(|e| match e {
                Edit::AddTouchpoint(t) => Some((t.lane.0, t.stage.0, t.x)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn pasting_into_another_map_matches_lanes_and_stages_by_name_kind_and_place() {
        let mut document = map().to_document();
        let lanes = [
            (2, "customer ACTIONS", LaneKind::Customer),
            (3, "Support processes", LaneKind::Frontstage),
            (4, "Kitchen", LaneKind::Support),
        ];
        document.lanes = (lanes.into_iter())
            .map(|(id, name, kind)| Lane {
                id: LaneId(id),
                name: name.into(),
                kind,
            })
            .collect();
        let (id, name) = (StageId(7), "Before".into());
        document.stages.insert(0, Stage { id, name });
        document.stages[1].name = "Arrive".into();
        let source = Journey::from_document(document).unwrap_or_default();
        let text = to_fragment(&source, &first_three());
        // Lanes by id and name, by name alone, by kind; the stage by its place.
        let blueprint = Template::Blueprint.journey();
        let pasted = paste(&blueprint, &mut blueprint.ids(), &text);
        assert_eq!(places(pasted), [(2, 2, 0.0), (5, 2, 0.0), (5, 2, 200.0)]);
        // The journey template has no support lane: the first lane takes that card.
        let journey = Template::Journey.journey();
        let pasted = paste(&journey, &mut journey.ids(), &text);
        assert_eq!(places(pasted), [(2, 2, 0.0), (3, 2, 0.0), (1, 2, 0.0)]);
        // A stage of the same name wins over the place.
        let text = text.replace("\"Arrive\"", "\"pay\"");
        let pasted = paste(&blueprint, &mut blueprint.ids(), &text);
        assert_eq!(places(pasted)[0], (2, 4, 0.0));
    }

    #[test]
    fn text_that_is_not_a_fragment_is_refused_with_a_reason() {
        let journey = map();
        let paste = |text: &str| paste(&journey, &mut journey.ids(), text).err();
        assert_eq!(paste(""), Some(FragmentError::NotAFragment));
        assert_eq!(paste("hello (world"), Some(FragmentError::NotAFragment));
        assert_eq!(paste("()"), Some(FragmentError::NotAFragment));
        let whole = crate::io::to_ron_string(&journey).unwrap_or_default();
        assert_eq!(paste(&whole), Some(FragmentError::WholeMap));
        assert_eq!(
            paste("(polku_fragment: 2)"),
            Some(FragmentError::NewerVersion(2))
        );
        assert_eq!(paste("(polku_fragment: 1)"), Some(FragmentError::Empty));
        let text = to_fragment(&journey, &first_three());
        let error = paste(&text.replace("title: \"Step 2\"", "title: 7"));
        let message = error.map(|e| e.to_string()).unwrap_or_default();
        assert!(
            message.contains("line 39, column 19: expected text in double quotes here"),
            "{message}"
        );
        assert!(matches!(
            paste(&text.replace("to: 2,", "to: 99,")),
            Some(FragmentError::LinkToMissing { .. })
        ));
        assert!(matches!(
            paste(&text.replace("lane: 4,", "lane: 9,")),
            Some(FragmentError::UnknownLane { .. })
        ));
        let empty = Journey::new();
        assert_eq!(
            super::paste(&empty, &mut empty.ids(), &text).err(),
            Some(FragmentError::NoLanes)
        );
    }

    #[test]
    fn copying_is_deterministic_and_leaves_out_links_to_the_rest() {
        let journey = map();
        let text = to_fragment(&journey, &first_three());
        assert_eq!(text, to_fragment(&journey, &first_three()));
        assert!(text.starts_with("(\n    polku_fragment: 1,\n"), "{text}");
        assert_eq!(text.matches("from:").count(), 2, "{text}");
        let mut ids = journey.ids();
        assert!(matches!(
            duplicate(&journey, &mut ids, &BTreeSet::new()),
            Ok(None)
        ));
        // A second copy skips over the first.
        let mut journey = journey;
        let one: BTreeSet<_> = [TouchpointId(4)].into();
        for (id, x) in [(5, 200.0), (6, 400.0)] {
            let copy = duplicate(&journey, &mut ids, &one);
            let Ok(Some(Pasted { edit, touchpoints })) = copy else {
                panic!("no copy")
            };
            assert_eq!(touchpoints, [TouchpointId(id)]);
            assert!(journey.apply(edit).is_ok());
            assert_eq!(journey.touchpoint(TouchpointId(id)).map(|t| t.x), Some(x));
        }
    }
}
