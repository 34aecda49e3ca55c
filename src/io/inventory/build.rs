//! Building a journey from an inventory's rows: what the rows say about each other (ids,
//! references, lane kinds), the order of lanes and stages, ids, positions and links.
//!
//! Each row was read on its own in `read`; this is where the whole file is known.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};

use crate::model::limits::{MAX_LANES, MAX_LINKS, MAX_TOUCHPOINTS};
use crate::model::{
    Document, Journey, Lane, LaneId, LaneKind, Link, LinkId, LinkKind, Stage, StageId, Subject,
    TouchpointId,
};

use super::message::RowMessage;
use super::read::{Draft, Table};
use super::words::{self, Column};
use crate::tr;

/// Cards in the same lane and stage sit this far apart, in file order.
const CARD_SPACING: f32 = 200.0;

/// Touchpoint numbers from `T<number>` ids are kept up to this; larger ones would leave
/// the id counters no room to hand out new ids.
const MAX_KEPT_ID: u64 = 1_000_000_000;

/// What the map is called and says about itself.
pub(super) struct Heading {
    pub(super) title: String,
    pub(super) description: String,
}

/// A link a row asks for, by index into the drafts.
struct Reference {
    /// The row whose cell names it.
    row: usize,
    from: usize,
    to: usize,
    kind: LinkKind,
    /// The id as the cell writes it, for messages.
    id: String,
}

/// Checks the rows against each other and builds the map from the good ones.
///
/// Without `skip_bad_rows`, any bad row fails the whole import; with it, bad rows and the
/// links to them become `warnings`. Either way nothing is built from no rows. The error
/// holds the problems and how many rows are bad.
pub(super) fn journey(
    table: &Table,
    mut drafts: Vec<Draft>,
    heading: Heading,
    skip_bad_rows: bool,
    warnings: &mut Vec<RowMessage>,
) -> Result<Journey, (Vec<RowMessage>, usize)> {
    check_counts(&mut drafts);
    let ids = check_ids(&mut drafts);
    let kinds = check_lane_kinds(table, &mut drafts);
    let references = references(table, &mut drafts, &ids, warnings);

    if drafts.is_empty() {
        return Err((
            vec![RowMessage::new(
                table.header_row() + 1,
                tr!("io-import-nothing-under-header"),
            )],
            0,
        ));
    }
    let problems: Vec<RowMessage> = drafts
        .iter()
        .flat_map(|draft| {
            let row = draft.row;
            draft
                .problems
                .iter()
                .map(move |p| RowMessage::new(row, p.clone()))
        })
        .collect();
    let good: Vec<bool> = drafts.iter().map(|d| d.problems.is_empty()).collect();
    if !problems.is_empty() && (!skip_bad_rows || !good.contains(&true)) {
        let bad_rows = good.iter().filter(|&&good| !good).count();
        return Err((problems, bad_rows));
    }
    warnings.extend(
        problems
            .into_iter()
            .map(|p| RowMessage::new(p.row, tr!("io-import-row-skipped", problem = p.message))),
    );

    let mut links = Vec::new();
    for reference in references {
        if good[reference.from] && good[reference.to] {
            links.push(reference);
            continue;
        }
        // A skipped row takes its own links with it, which its skipping already says; a
        // good row that names a skipped one hears what became of that link.
        let (referrer, named) = match reference.kind {
            LinkKind::Flow => (reference.to, reference.from),
            LinkKind::Support => (reference.from, reference.to),
        };
        if good[referrer] {
            let column = match reference.kind {
                LinkKind::Flow => table.header(Column::After),
                LinkKind::Support => table.header(Column::Supports),
            };
            warnings.push(RowMessage::new(
                reference.row,
                tr!(
                    "io-import-link-to-skipped",
                    column = column,
                    id = super::message::excerpt(&reference.id),
                    row = drafts[named].row.to_string()
                ),
            ));
        }
    }

    let kept: Vec<usize> = (0..drafts.len()).filter(|&i| good[i]).collect();
    assemble(&drafts, table, &kept, &kinds, &links, heading, warnings)
        .map_err(|problems| (problems, 0))
}

/// Gives every later row with an id already used a problem. The ids, lower case, with
/// the first row that has each.
fn check_ids(drafts: &mut [Draft]) -> HashMap<String, usize> {
    let mut ids: HashMap<String, usize> = HashMap::new();
    for i in 0..drafts.len() {
        let Some(id) = drafts[i].id.clone() else {
            continue;
        };
        match ids.get(&id.to_lowercase()) {
            Some(&first) => {
                let first_row = drafts[first].row;
                drafts[i].problems.push(tr!(
                    "io-import-duplicate-id",
                    id = super::message::excerpt(&id),
                    row = first_row.to_string()
                ));
            }
            None => {
                ids.insert(id.to_lowercase(), i);
            }
        }
    }
    ids
}

/// The kind of each lane (by lower-case name) that some row states, the first row that
/// states it winning; rows that state another kind get a problem.
fn check_lane_kinds(table: &Table, drafts: &mut [Draft]) -> HashMap<String, LaneKind> {
    let mut kinds: HashMap<String, (LaneKind, usize)> = HashMap::new();
    for draft in drafts.iter_mut() {
        let Some(kind) = draft.lane_kind else {
            continue;
        };
        let key = draft.lane.to_lowercase();
        match kinds.get(&key) {
            Some(&(first, row)) if first != kind => draft.problems.push(tr!(
                "io-import-lane-kind-conflict",
                lane = super::message::excerpt(&draft.lane),
                first = words::lane_kind_label(first),
                row = row.to_string(),
                kind = words::lane_kind_label(kind),
                column = table.header(Column::LaneKind),
            )),
            Some(_) => {}
            None => {
                kinds.insert(key, (kind, draft.row));
            }
        }
    }
    kinds
        .into_iter()
        .map(|(key, (kind, _))| (key, kind))
        .collect()
}

/// Marks the rows past what a map may hold: touchpoints, and new lanes and stages. Each
/// such row is reported at its own row, so the others can still be imported.
fn check_counts(drafts: &mut [Draft]) {
    let mut lanes = HashSet::new();
    let mut stages = HashSet::new();
    let mut touchpoints = 0;
    let limit = |n: usize| crate::i18n::integer(n as i64);
    for draft in drafts.iter_mut().filter(|draft| draft.problems.is_empty()) {
        let lane = draft.lane.to_lowercase();
        let stage = draft.stage.to_lowercase();
        if touchpoints == MAX_TOUCHPOINTS {
            let limit = limit(MAX_TOUCHPOINTS);
            draft
                .problems
                .push(tr!("io-import-too-many-touchpoints", limit = limit));
        } else if !lanes.contains(&lane) && lanes.len() == MAX_LANES {
            draft
                .problems
                .push(tr!("io-import-too-many-lanes", limit = limit(MAX_LANES)));
        } else if !stages.contains(&stage) && stages.len() == MAX_LANES {
            draft
                .problems
                .push(tr!("io-import-too-many-stages", limit = limit(MAX_LANES)));
        } else {
            touchpoints += 1;
            lanes.insert(lane);
            stages.insert(stage);
        }
    }
}

/// The links the rows ask for, in file order (each row's `after`, then its `supports`).
/// Names no row has are problems; a row naming itself, or an id twice, is a warning.
fn references(
    table: &Table,
    drafts: &mut [Draft],
    ids: &HashMap<String, usize>,
    warnings: &mut Vec<RowMessage>,
) -> Vec<Reference> {
    let mut references: Vec<Reference> = Vec::new();
    let mut linked: HashSet<(usize, usize, LinkKind)> = HashSet::new();
    for (i, draft) in drafts.iter_mut().enumerate() {
        let row = draft.row;
        let cells = [
            (
                std::mem::take(&mut draft.after),
                LinkKind::Flow,
                Column::After,
            ),
            (
                std::mem::take(&mut draft.supports),
                LinkKind::Support,
                Column::Supports,
            ),
        ];
        for (cell, kind, column) in cells {
            let column = table.header(column);
            for id in cell {
                let Some(&other) = ids.get(&id.to_lowercase()) else {
                    draft.problems.push(tr!(
                        "io-import-unknown-id",
                        column = column.as_str(),
                        id = super::message::excerpt(&id),
                        id_column = table.header(Column::Id)
                    ));
                    continue;
                };
                let (from, to) = match kind {
                    LinkKind::Flow => (other, i),
                    LinkKind::Support => (i, other),
                };
                if other == i {
                    warnings.push(RowMessage::new(
                        row,
                        tr!(
                            "io-import-self-link",
                            column = column.as_str(),
                            id = super::message::excerpt(&id)
                        ),
                    ));
                } else if !linked.insert((from, to, kind)) {
                    warnings.push(RowMessage::new(
                        row,
                        tr!(
                            "io-import-linked-twice",
                            column = column.as_str(),
                            id = super::message::excerpt(&id)
                        ),
                    ));
                } else if references.len() == MAX_LINKS {
                    draft.problems.push(tr!(
                        "io-import-too-many-links",
                        limit = crate::i18n::integer(MAX_LINKS as i64)
                    ));
                } else {
                    references.push(Reference {
                        row,
                        from,
                        to,
                        kind,
                        id,
                    });
                }
            }
        }
    }
    references
}

/// The map made of the kept rows (indices into `drafts`, in file order) and `links`.
fn assemble(
    drafts: &[Draft],
    table: &Table,
    kept: &[usize],
    kinds: &HashMap<String, LaneKind>,
    links: &[Reference],
    heading: Heading,
    warnings: &mut Vec<RowMessage>,
) -> Result<Journey, Vec<RowMessage>> {
    // Lanes and stages, numbered in order of first appearance, by lower-case name.
    let mut lane_of: HashMap<String, usize> = HashMap::new();
    let mut stage_of: HashMap<String, usize> = HashMap::new();
    let mut lane_first: Vec<&Draft> = Vec::new();
    let mut stage_names: Vec<&str> = Vec::new();
    let mut places: Vec<(usize, usize)> = Vec::with_capacity(kept.len());
    for &i in kept {
        let draft = &drafts[i];
        let lane = *lane_of.entry(draft.lane.to_lowercase()).or_insert_with(|| {
            lane_first.push(draft);
            lane_first.len() - 1
        });
        let stage = *stage_of
            .entry(draft.stage.to_lowercase())
            .or_insert_with(|| {
                stage_names.push(&draft.stage);
                stage_names.len() - 1
            });
        places.push((lane, stage));
    }

    let (lanes_by_stage, stages_by_lane) = sequences(&places, lane_first.len(), stage_names.len());
    let lane_order = merged_order(lane_first.len(), &lanes_by_stage);
    let stage_order = merged_order(stage_names.len(), &stages_by_lane);
    let lane_ids = ids_in_order(&lane_order);
    let stage_ids = ids_in_order(&stage_order);

    let mut lanes = lane_kinds(table, &lane_order, &lane_first, kinds, warnings);
    for (lane, &index) in lanes.iter_mut().zip(&lane_order) {
        lane.id = LaneId(lane_ids[index]);
    }
    let stages = stage_order
        .iter()
        .map(|&index| Stage {
            id: StageId(stage_ids[index]),
            name: stage_names[index].to_owned(),
        })
        .collect();

    let touchpoint_ids = touchpoint_ids(drafts, kept);
    let mut cards_in_place: HashMap<(usize, usize), u32> = HashMap::new();
    let mut touchpoints = Vec::with_capacity(kept.len());
    for ((&i, &(lane, stage)), &id) in kept.iter().zip(&places).zip(&touchpoint_ids) {
        let mut touchpoint = drafts[i].touchpoint.clone();
        touchpoint.id = TouchpointId(id);
        touchpoint.lane = LaneId(lane_ids[lane]);
        touchpoint.stage = StageId(stage_ids[stage]);
        let column = cards_in_place.entry((lane, stage)).or_default();
        touchpoint.x = CARD_SPACING * *column as f32;
        *column += 1;
        touchpoints.push(touchpoint);
    }
    touchpoints.sort_by_key(|t| t.id);

    let id_of: HashMap<usize, u64> = kept
        .iter()
        .copied()
        .zip(touchpoint_ids.iter().copied())
        .collect();
    let links = links
        .iter()
        .filter_map(|r| Some((id_of.get(&r.from)?, id_of.get(&r.to)?, r.kind)))
        .zip(1..)
        .map(|((&from, &to, kind), id)| Link {
            id: LinkId(id),
            from: TouchpointId(from),
            to: TouchpointId(to),
            kind,
            label: String::new(),
        })
        .collect();

    let document = Document {
        title: heading.title,
        description: heading.description,
        lanes,
        stages,
        touchpoints,
        links,
        ..Document::default()
    };
    // Every row was checked on its own above; should the map still refuse something, the
    // message goes to the row it came from where there is one.
    let row_of: HashMap<TouchpointId, usize> = kept
        .iter()
        .zip(&touchpoint_ids)
        .map(|(&i, &id)| (TouchpointId(id), drafts[i].row))
        .collect();
    Journey::from_document(document).map_err(|errors| {
        errors
            .iter()
            .map(|error| {
                let row = match error.subject() {
                    Subject::Touchpoint(id) => row_of.get(&id).copied(),
                    _ => None,
                };
                RowMessage::new(
                    row.unwrap_or(table.header_row()),
                    tr!("io-import-invalid", error = error.to_string()),
                )
            })
            .collect()
    })
}

/// For each stage, its lanes in order of first appearance in it; for each lane, its
/// stages likewise. `places` holds each row's (lane, stage), in file order.
fn sequences(
    places: &[(usize, usize)],
    lanes: usize,
    stages: usize,
) -> (Vec<Vec<usize>>, Vec<Vec<usize>>) {
    let mut lanes_by_stage = vec![Vec::new(); stages];
    let mut stages_by_lane = vec![Vec::new(); lanes];
    let mut seen = HashSet::new();
    for &(lane, stage) in places {
        if seen.insert((lane, stage)) {
            lanes_by_stage[stage].push(lane);
            stages_by_lane[lane].push(stage);
        }
    }
    (lanes_by_stage, stages_by_lane)
}

/// Orders `count` things, numbered in order of first appearance, so that wherever one of
/// `sequences` has a before b, a comes before b, and otherwise in order of first
/// appearance (the smallest such order). When the sequences contradict each other, as a
/// file written in the order things happen often does, it is simply first appearance.
fn merged_order(count: usize, sequences: &[Vec<usize>]) -> Vec<usize> {
    let mut next: Vec<Vec<usize>> = vec![Vec::new(); count];
    let mut waiting = vec![0_usize; count];
    for sequence in sequences {
        for pair in sequence.windows(2) {
            next[pair[0]].push(pair[1]);
            waiting[pair[1]] += 1;
        }
    }
    let mut ready: BinaryHeap<Reverse<usize>> = (0..count)
        .filter(|&i| waiting[i] == 0)
        .map(Reverse)
        .collect();
    let mut order = Vec::with_capacity(count);
    while let Some(Reverse(item)) = ready.pop() {
        order.push(item);
        for &later in &next[item] {
            waiting[later] -= 1;
            if waiting[later] == 0 {
                ready.push(Reverse(later));
            }
        }
    }
    if order.len() == count {
        order
    } else {
        (0..count).collect()
    }
}

/// Ids from 1 for things numbered in order of first appearance, given their order:
/// `ids[thing]` is its place in `order`, counted from 1.
fn ids_in_order(order: &[usize]) -> Vec<u64> {
    let mut ids = vec![0; order.len()];
    for (&thing, id) in order.iter().zip(1..) {
        ids[thing] = id;
    }
    ids
}

/// The lanes in `order`, each of the kind a row states, or its name says, or else (with
/// a warning) Customer for the first such lane when no lane is Customer, and Frontstage.
/// `first[lane]` is the row where each lane first appears. Their ids are left to set.
fn lane_kinds(
    table: &Table,
    order: &[usize],
    first: &[&Draft],
    kinds: &HashMap<String, LaneKind>,
    warnings: &mut Vec<RowMessage>,
) -> Vec<Lane> {
    let found: Vec<Option<LaneKind>> = order
        .iter()
        .map(|&lane| {
            let name = &first[lane].lane;
            kinds
                .get(&name.to_lowercase())
                .copied()
                .or_else(|| words::lane_kind_of_name(name))
        })
        .collect();
    let mut has_customer = found.contains(&Some(LaneKind::Customer));
    order
        .iter()
        .zip(found)
        .map(|(&lane, kind)| {
            let draft = first[lane];
            let kind = kind.unwrap_or_else(|| {
                let guess = if has_customer {
                    LaneKind::Frontstage
                } else {
                    LaneKind::Customer
                };
                has_customer = true;
                warnings.push(RowMessage::new(
                    draft.row,
                    tr!(
                        "io-import-lane-kind-guessed",
                        lane = super::message::excerpt(&draft.lane),
                        kind = words::lane_kind_label(guess),
                        hint = words::lane_kind_hint(),
                        column = table.header(Column::LaneKind)
                    ),
                ));
                guess
            });
            Lane {
                id: LaneId(0),
                name: draft.lane.clone(),
                kind,
            }
        })
        .collect()
}

/// The touchpoint ids of the kept rows: the numbers of their `T<number>` ids when every
/// row has one and no two share a number (a report re-imported keeps its ids), else
/// 1, 2, 3… in file order.
fn touchpoint_ids(drafts: &[Draft], kept: &[usize]) -> Vec<u64> {
    let number = |id: &str| {
        let digits = id.strip_prefix(['T', 't'])?;
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits
            .parse::<u64>()
            .ok()
            .filter(|n| (1..=MAX_KEPT_ID).contains(n))
    };
    let numbers: Option<Vec<u64>> = kept
        .iter()
        .map(|&i| drafts[i].id.as_deref().and_then(number))
        .collect();
    if let Some(numbers) = numbers {
        let unique: HashSet<u64> = numbers.iter().copied().collect();
        if unique.len() == numbers.len() {
            return numbers;
        }
    }
    (1..).take(kept.len()).collect()
}
