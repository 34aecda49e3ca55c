//! The three-way merge itself: the map's own fields, then each kind of thing by id (see
//! `things.rs`), what a side removed but the other still uses (`restore.rs`), lanes and
//! stages in merged order, and the conflicts found added to those the versions held.

use std::collections::{BTreeMap, BTreeSet};

use super::fields;
use super::order;
use super::renumber;
use super::restore::{self, Versions};
use super::things::conflicts_of;

use crate::model::concepts::{Lane, Stage};
use crate::model::conflict::{Conflict, Thing};
use crate::model::journey::Document;

/// What two people made of one map, merged: a document in canonical order whose
/// `conflicts` list ends with the conflicts this merge found.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged {
    pub document: Document,
    /// How many conflicts this merge found (the document may hold older ones too).
    pub new_conflicts: usize,
    /// Their additions that took an id ours had given to another addition, each with its
    /// id in theirs and in the merged map.
    pub renumbered: Vec<(Thing, Thing)>,
}

/// Merges `ours` and `theirs`, two versions of `base`.
pub fn merge(base: &Document, ours: &Document, theirs: &Document) -> Merged {
    let (theirs, renumbered) = renumber::apart(base, ours, theirs);
    let theirs = &theirs;
    let mut found = Vec::new();

    let mut document = ours.clone();
    let mut clashes = Vec::new();
    for field in fields::MAP {
        field.merge(base, ours, theirs, &mut document, &mut clashes);
        found.extend(conflicts_of(Thing::Map, field.name(), clashes.drain(..)));
    }

    let mut lanes = Versions::new(
        (&base.lanes, &ours.lanes, &theirs.lanes),
        |lane| lane.id,
        Thing::Lane,
        fields::LANE,
        &mut found,
    );
    let mut stages = Versions::new(
        (&base.stages, &ours.stages, &theirs.stages),
        |stage| stage.id,
        Thing::Stage,
        fields::STAGE,
        &mut found,
    );
    let mut touchpoints = Versions::new(
        (&base.touchpoints, &ours.touchpoints, &theirs.touchpoints),
        |touchpoint| touchpoint.id,
        Thing::Touchpoint,
        fields::TOUCHPOINT,
        &mut found,
    );
    let mut links = Versions::new(
        (&base.links, &ours.links, &theirs.links),
        |link| link.id,
        Thing::Link,
        fields::LINK,
        &mut found,
    );
    let mut personas = Versions::new(
        (&base.personas, &ours.personas, &theirs.personas),
        |persona| persona.id,
        Thing::Persona,
        fields::PERSONA,
        &mut found,
    );
    let mut promises = Versions::new(
        (&base.promises, &ours.promises, &theirs.promises),
        |promise| promise.id,
        Thing::Promise,
        fields::PROMISE,
        &mut found,
    );
    for promise in promises.merged.values_mut() {
        dedupe(&mut promise.redeemed_by);
        dedupe(&mut promise.secured_by);
    }
    restore::references(
        &mut restore::All {
            lanes: &mut lanes,
            stages: &mut stages,
            touchpoints: &mut touchpoints,
            links: &mut links,
            personas: &mut personas,
            promises: &mut promises,
        },
        &mut found,
    );

    document.lanes = in_order(
        (&base.lanes, &ours.lanes, &theirs.lanes),
        lanes.merged,
        |lane: &Lane| lane.id,
    );
    document.stages = in_order(
        (&base.stages, &ours.stages, &theirs.stages),
        stages.merged,
        |stage: &Stage| stage.id,
    );
    document.touchpoints = touchpoints.merged.into_values().collect();
    document.links = links.merged.into_values().collect();
    document.personas = personas.merged.into_values().collect();
    document.promises = promises.merged.into_values().collect();

    // The conflicts both versions hold, less those either resolved, then the new ones.
    let resolved = |conflict: &Conflict| {
        base.conflicts.contains(conflict)
            && !(ours.conflicts.contains(conflict) && theirs.conflicts.contains(conflict))
    };
    let mut conflicts: Vec<Conflict> = Vec::new();
    for conflict in ours.conflicts.iter().chain(&theirs.conflicts) {
        if !resolved(conflict) && !conflicts.contains(conflict) {
            conflicts.push(conflict.clone());
        }
    }
    let mut new_conflicts = 0;
    for conflict in found {
        if !conflicts.contains(&conflict) {
            conflicts.push(conflict);
            new_conflicts += 1;
        }
    }
    document.conflicts = conflicts;
    Merged {
        document,
        new_conflicts,
        renumbered,
    }
}

/// The lanes or stages that stay, in merged order.
fn in_order<K: Ord + Copy, T>(
    (base, ours, theirs): (&[T], &[T], &[T]),
    mut merged: BTreeMap<K, T>,
    id: fn(&T) -> K,
) -> Vec<T> {
    let ids = |list: &[T]| list.iter().map(id).collect::<Vec<K>>();
    let kept: BTreeSet<K> = merged.keys().copied().collect();
    let mut ordered: Vec<T> = order::merge_order(&ids(base), &ids(ours), &ids(theirs), &kept)
        .into_iter()
        .filter_map(|k| merged.remove(&k))
        .collect();
    // Only a thing both sides removed and something still needs is on neither side: it
    // goes last rather than being lost.
    ordered.extend(merged.into_values());
    ordered
}

/// Keeps the first of each repeated item.
fn dedupe<K: Ord + Copy>(list: &mut Vec<K>) {
    let mut seen = BTreeSet::new();
    list.retain(|item| seen.insert(*item));
}
