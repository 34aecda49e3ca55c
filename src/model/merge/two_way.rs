//! Merging another copy of a map when no version both started from can be found (a file
//! from a colleague, a cloud folder's "conflicted copy"): every difference is the user's
//! choice of mine, theirs or both. It is a three-way merge over a base made from those
//! choices: where mine is chosen, base is theirs (so only mine changed it); where theirs
//! is chosen, base is mine; what only one side has and both keep is missing from base.

use std::collections::{BTreeMap, BTreeSet};

use super::three_way::{Merged, merge};
use crate::model::compare::{DifferenceKind, compare};
use crate::model::conflict::Thing;
use crate::model::journey::{Document, Journey};

/// What to take where the two copies differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Choice {
    Mine,
    Theirs,
    /// Keep what either has: for a thing only one copy has, keep it; for a thing both
    /// have in different versions, keep both, theirs under a new id.
    Both,
}

/// One difference between the two copies, to choose for.
#[derive(Clone, Debug, PartialEq)]
pub struct Choosable {
    pub thing: Thing,
    pub kind: DifferenceKind,
    /// The difference as people read it.
    pub what: String,
    pub choice: Choice,
}

/// The differences between `mine` and `theirs` there is a choice for, each with its
/// default. Without `base` (the version both started from, if known): mine for a changed
/// thing, both for a thing only one copy has. With it, the side that changed the thing
/// since: theirs where only theirs changed or removed it, mine where only mine did, mine
/// where both did. (Parked ideas are always kept from both.)
pub fn choices(mine: &Journey, theirs: &Journey, base: Option<&Document>) -> Vec<Choosable> {
    let (my_document, their_document) = (mine.to_document(), theirs.to_document());
    compare(mine, theirs)
        .into_iter()
        .filter_map(|difference| {
            let thing = difference.thing?;
            let plain = match difference.kind {
                DifferenceKind::Changed => Choice::Mine,
                DifferenceKind::OnlyMine | DifferenceKind::OnlyTheirs => Choice::Both,
            };
            let choice = match base {
                None => plain,
                Some(base) => {
                    let was = version(base, thing);
                    let (mine_now, theirs_now) = (
                        version(&my_document, thing),
                        version(&their_document, thing),
                    );
                    if was.is_none() && difference.kind == DifferenceKind::Changed {
                        // Added on both sides under one id: two different things.
                        Choice::Both
                    } else if was == mine_now {
                        // Only theirs changed it since: changed, added or removed it.
                        match difference.kind {
                            DifferenceKind::Changed | DifferenceKind::OnlyMine => Choice::Theirs,
                            DifferenceKind::OnlyTheirs => Choice::Both,
                        }
                    } else if was == theirs_now {
                        // Only mine changed it since.
                        match difference.kind {
                            DifferenceKind::Changed | DifferenceKind::OnlyTheirs => Choice::Mine,
                            DifferenceKind::OnlyMine => Choice::Both,
                        }
                    } else {
                        plain
                    }
                }
            };
            Some(Choosable {
                thing,
                kind: difference.kind,
                what: difference.what,
                choice,
            })
        })
        .collect()
}

/// The thing `thing` in `document`, as the file writes it; `None` where it has none.
fn version(document: &Document, thing: Thing) -> Option<String> {
    fn find<T: serde::Serialize>(list: &[T], is: impl Fn(&T) -> bool) -> Option<String> {
        list.iter().find(|t| is(t)).map(super::value::text)
    }
    match thing {
        Thing::Map => Some(super::value::text(&(
            &document.title,
            &document.description,
        ))),
        Thing::Lane(id) => find(&document.lanes, |l| l.id == id),
        Thing::Stage(id) => find(&document.stages, |s| s.id == id),
        Thing::Touchpoint(id) => find(&document.touchpoints, |t| t.id == id),
        Thing::Link(id) => find(&document.links, |l| l.id == id),
        Thing::Persona(id) => find(&document.personas, |p| p.id == id),
        Thing::Promise(id) => find(&document.promises, |p| p.id == id),
    }
}

/// Merges `theirs` into `mine` as `chosen` says (a thing not named there is the same in
/// both).
pub fn two_way(mine: &Document, theirs: &Document, chosen: &[Choosable]) -> Merged {
    let choice: BTreeMap<Thing, Choice> = chosen.iter().map(|c| (c.thing, c.choice)).collect();
    let takes_theirs = |thing: Thing| choice.get(&thing) == Some(&Choice::Theirs);

    let mut base = if takes_theirs(Thing::Map) {
        mine.clone()
    } else {
        theirs.clone()
    };
    base.lanes = based(&mine.lanes, &theirs.lanes, |l| l.id, Thing::Lane, &choice);
    base.stages = based(
        &mine.stages,
        &theirs.stages,
        |s| s.id,
        Thing::Stage,
        &choice,
    );
    base.touchpoints = based(
        &mine.touchpoints,
        &theirs.touchpoints,
        |t| t.id,
        Thing::Touchpoint,
        &choice,
    );
    base.links = based(&mine.links, &theirs.links, |l| l.id, Thing::Link, &choice);
    base.personas = based(
        &mine.personas,
        &theirs.personas,
        |p| p.id,
        Thing::Persona,
        &choice,
    );
    base.promises = based(
        &mine.promises,
        &theirs.promises,
        |p| p.id,
        Thing::Promise,
        &choice,
    );
    // Lanes and stages stand in the order of the copy not chosen, so the chosen one's
    // order is what moved.
    let lanes_from_theirs = mine.lanes.iter().any(|l| takes_theirs(Thing::Lane(l.id)));
    let stages_from_theirs = mine.stages.iter().any(|s| takes_theirs(Thing::Stage(s.id)));
    order_as(
        &mut base.lanes,
        if lanes_from_theirs {
            &mine.lanes
        } else {
            &theirs.lanes
        },
        |l| l.id,
    );
    order_as(
        &mut base.stages,
        if stages_from_theirs {
            &mine.stages
        } else {
            &theirs.stages
        },
        |s| s.id,
    );
    // Ideas both copies have are the base; each copy's others are kept.
    base.parking_lot = mine
        .parking_lot
        .iter()
        .filter(|idea| theirs.parking_lot.contains(idea))
        .cloned()
        .collect();
    base.feedback = mine
        .feedback
        .iter()
        .filter(|source| theirs.feedback.contains(source))
        .cloned()
        .collect();
    base.conflicts = mine
        .conflicts
        .iter()
        .filter(|conflict| theirs.conflicts.contains(conflict))
        .cloned()
        .collect();
    merge(&base, mine, theirs)
}

/// The base's things of one kind: for a thing both have, the version of the copy not
/// chosen; for a thing one has, that version where the other copy's choice removes it.
fn based<K: Ord + Copy, T: Clone>(
    mine: &[T],
    theirs: &[T],
    id: fn(&T) -> K,
    thing: fn(K) -> Thing,
    choice: &BTreeMap<Thing, Choice>,
) -> Vec<T> {
    let theirs_by_id: BTreeMap<K, &T> = theirs.iter().map(|t| (id(t), t)).collect();
    let mine_ids: BTreeSet<K> = mine.iter().map(id).collect();
    let mut base = Vec::new();
    for m in mine {
        let chosen = choice.get(&thing(id(m))).copied();
        match (theirs_by_id.get(&id(m)), chosen) {
            (Some(_), Some(Choice::Theirs)) => base.push(m.clone()),
            // Both versions kept: as additions on each side, theirs under a new id.
            (Some(_), Some(Choice::Both)) => {}
            (Some(t), _) => base.push((*t).clone()),
            // Only mine has it: taking theirs removes it.
            (None, Some(Choice::Theirs)) => base.push(m.clone()),
            (None, _) => {}
        }
    }
    for t in theirs {
        let chosen = choice.get(&thing(id(t))).copied();
        // Only theirs has it: taking mine leaves it out.
        if !mine_ids.contains(&id(t)) && chosen == Some(Choice::Mine) {
            base.push(t.clone());
        }
    }
    base
}

/// Sorts `list` in the order `reference` has its things, the rest after.
fn order_as<K: Ord + Copy, T>(list: &mut [T], reference: &[T], id: fn(&T) -> K) {
    let rank: BTreeMap<K, usize> = reference
        .iter()
        .enumerate()
        .map(|(i, t)| (id(t), i))
        .collect();
    list.sort_by_key(|t| rank.get(&id(t)).copied().unwrap_or(usize::MAX));
}
