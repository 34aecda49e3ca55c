//! Additions that collide: ids come from counters, so a touchpoint added on each side is
//! likely to get the same id on both. Both are kept: theirs gets a new id, and every
//! reference to it on their side follows. An addition identical on both sides is one.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::concepts::{Lane, Link, Persona, Promise, Stage, Touchpoint};
use crate::model::conflict::Thing;
use crate::model::ids::{LaneId, LinkId, PersonaId, PromiseId, StageId, TouchpointId};
use crate::model::journey::Document;

/// `theirs` with each addition that collides with a different one of ours moved to an id
/// neither side (nor base) uses; and each thing so moved, by its id before and after.
pub(crate) fn apart(
    base: &Document,
    ours: &Document,
    theirs: &Document,
) -> (Document, Vec<(Thing, Thing)>) {
    let versions = [base, ours, theirs];
    let mut theirs = theirs.clone();
    let mut moved = Vec::new();

    let lanes = new_ids(
        versions,
        [&base.lanes[..], &ours.lanes, &theirs.lanes],
        |lane: &Lane| lane.id.0,
        |n| Thing::Lane(LaneId(n)),
        &mut moved,
    );
    let stages = new_ids(
        versions,
        [&base.stages[..], &ours.stages, &theirs.stages],
        |stage: &Stage| stage.id.0,
        |n| Thing::Stage(StageId(n)),
        &mut moved,
    );
    for lane in &mut theirs.lanes {
        renamed(&lanes, &mut lane.id.0);
    }
    for stage in &mut theirs.stages {
        renamed(&stages, &mut stage.id.0);
    }
    for touchpoint in &mut theirs.touchpoints {
        renamed(&lanes, &mut touchpoint.lane.0);
        renamed(&stages, &mut touchpoint.stage.0);
    }

    // Touchpoints after their lanes and stages, links after their ends: a thing is the
    // same addition on both sides only with the same references.
    let touchpoints = new_ids(
        versions,
        [
            &base.touchpoints[..],
            &ours.touchpoints,
            &theirs.touchpoints,
        ],
        |touchpoint: &Touchpoint| touchpoint.id.0,
        |n| Thing::Touchpoint(TouchpointId(n)),
        &mut moved,
    );
    let follow = |id: &mut TouchpointId| renamed(&touchpoints, &mut id.0);
    for touchpoint in &mut theirs.touchpoints {
        follow(&mut touchpoint.id);
    }
    for link in &mut theirs.links {
        follow(&mut link.from);
        follow(&mut link.to);
    }
    for persona in &mut theirs.personas {
        persona.path.iter_mut().for_each(follow);
    }
    for promise in &mut theirs.promises {
        promise.redeemed_by.iter_mut().for_each(follow);
        promise.secured_by.iter_mut().for_each(follow);
    }

    let links = new_ids(
        versions,
        [&base.links[..], &ours.links, &theirs.links],
        |link: &Link| link.id.0,
        |n| Thing::Link(LinkId(n)),
        &mut moved,
    );
    let personas = new_ids(
        versions,
        [&base.personas[..], &ours.personas, &theirs.personas],
        |persona: &Persona| persona.id.0,
        |n| Thing::Persona(PersonaId(n)),
        &mut moved,
    );
    let promises = new_ids(
        versions,
        [&base.promises[..], &ours.promises, &theirs.promises],
        |promise: &Promise| promise.id.0,
        |n| Thing::Promise(PromiseId(n)),
        &mut moved,
    );
    for link in &mut theirs.links {
        renamed(&links, &mut link.id.0);
    }
    for persona in &mut theirs.personas {
        renamed(&personas, &mut persona.id.0);
    }
    for promise in &mut theirs.promises {
        renamed(&promises, &mut promise.id.0);
    }

    // Their conflicts follow the things they name.
    for conflict in &mut theirs.conflicts {
        if let Some((_, new)) = moved.iter().find(|(old, _)| *old == conflict.thing) {
            conflict.thing = *new;
        }
    }

    // Their lists stay sorted by id, as a document keeps them (lanes and stages keep
    // their order: an id there says nothing of place).
    theirs.touchpoints.sort_by_key(|t| t.id);
    theirs.links.sort_by_key(|l| l.id);
    theirs.personas.sort_by_key(|p| p.id);
    theirs.promises.sort_by_key(|p| p.id);
    (theirs, moved)
}

/// The new number of each of theirs' additions of one kind (`kind` makes its `Thing`)
/// whose id one of ours' additions has too, with other content: numbered on from the
/// highest id any version uses, its lists or its conflicts (a thing removed on one side
/// keeps its id while a conflict names it). Each is added to `moved`.
fn new_ids<T: PartialEq>(
    versions: [&Document; 3],
    [base, ours, theirs]: [&[T]; 3],
    id: fn(&T) -> u64,
    kind: fn(u64) -> Thing,
    moved: &mut Vec<(Thing, Thing)>,
) -> BTreeMap<u64, u64> {
    let in_base: BTreeSet<u64> = base.iter().map(id).collect();
    let ours_added: BTreeMap<u64, &T> = ours
        .iter()
        .filter(|thing| !in_base.contains(&id(thing)))
        .map(|thing| (id(thing), thing))
        .collect();
    let same_kind =
        |thing: Thing| std::mem::discriminant(&thing) == std::mem::discriminant(&kind(0));
    let named = versions
        .iter()
        .flat_map(|version| &version.conflicts)
        .filter(|conflict| same_kind(conflict.thing))
        .filter_map(|conflict| conflict.thing.number());
    let mut next = [base, ours, theirs]
        .iter()
        .flat_map(|list| list.iter().map(id))
        .chain(named)
        .max()
        .unwrap_or(0);
    let mut renumbered = BTreeMap::new();
    for thing in theirs {
        let number = id(thing);
        if in_base.contains(&number) {
            continue;
        }
        if let Some(mine) = ours_added.get(&number)
            && *mine != thing
        {
            next += 1;
            renumbered.insert(number, next);
            moved.push((kind(number), kind(next)));
        }
    }
    renumbered
}

fn renamed(new_ids: &BTreeMap<u64, u64>, id: &mut u64) {
    if let Some(&new) = new_ids.get(id) {
        *id = new;
    }
}
