//! Additions that collide: ids come from counters, so a touchpoint added on each side is
//! likely to get the same id on both. Both are kept: theirs gets a new id, and every
//! reference to it on their side follows. An addition identical on both sides is one.

use std::collections::{BTreeMap, BTreeSet};

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
        (&base.lanes, &ours.lanes, &theirs.lanes),
        |lane| lane.id.0,
        PartialEq::eq,
        named(versions, |thing| match thing {
            Thing::Lane(id) => Some(id.0),
            _ => None,
        }),
    );
    moved.extend(
        lanes
            .iter()
            .map(|(&old, &new)| (Thing::Lane(LaneId(old)), Thing::Lane(LaneId(new)))),
    );
    for lane in &mut theirs.lanes {
        renamed(&lanes, &mut lane.id.0);
    }
    let stages = new_ids(
        (&base.stages, &ours.stages, &theirs.stages),
        |stage| stage.id.0,
        PartialEq::eq,
        named(versions, |thing| match thing {
            Thing::Stage(id) => Some(id.0),
            _ => None,
        }),
    );
    moved.extend(
        stages
            .iter()
            .map(|(&old, &new)| (Thing::Stage(StageId(old)), Thing::Stage(StageId(new)))),
    );
    for stage in &mut theirs.stages {
        renamed(&stages, &mut stage.id.0);
    }
    for touchpoint in &mut theirs.touchpoints {
        renamed(&lanes, &mut touchpoint.lane.0);
        renamed(&stages, &mut touchpoint.stage.0);
    }

    let touchpoints = new_ids(
        (&base.touchpoints, &ours.touchpoints, &theirs.touchpoints),
        |touchpoint| touchpoint.id.0,
        PartialEq::eq,
        named(versions, |thing| match thing {
            Thing::Touchpoint(id) => Some(id.0),
            _ => None,
        }),
    );
    moved.extend(touchpoints.iter().map(|(&old, &new)| {
        (
            Thing::Touchpoint(TouchpointId(old)),
            Thing::Touchpoint(TouchpointId(new)),
        )
    }));
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
        (&base.links, &ours.links, &theirs.links),
        |link| link.id.0,
        PartialEq::eq,
        named(versions, |thing| match thing {
            Thing::Link(id) => Some(id.0),
            _ => None,
        }),
    );
    moved.extend(
        links
            .iter()
            .map(|(&old, &new)| (Thing::Link(LinkId(old)), Thing::Link(LinkId(new)))),
    );
    for link in &mut theirs.links {
        renamed(&links, &mut link.id.0);
    }
    let personas = new_ids(
        (&base.personas, &ours.personas, &theirs.personas),
        |persona| persona.id.0,
        PartialEq::eq,
        named(versions, |thing| match thing {
            Thing::Persona(id) => Some(id.0),
            _ => None,
        }),
    );
    moved.extend(personas.iter().map(|(&old, &new)| {
        (
            Thing::Persona(PersonaId(old)),
            Thing::Persona(PersonaId(new)),
        )
    }));
    for persona in &mut theirs.personas {
        renamed(&personas, &mut persona.id.0);
    }
    let promises = new_ids(
        (&base.promises, &ours.promises, &theirs.promises),
        |promise| promise.id.0,
        PartialEq::eq,
        named(versions, |thing| match thing {
            Thing::Promise(id) => Some(id.0),
            _ => None,
        }),
    );
    moved.extend(promises.iter().map(|(&old, &new)| {
        (
            Thing::Promise(PromiseId(old)),
            Thing::Promise(PromiseId(new)),
        )
    }));
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

/// The new number of each of theirs' additions whose id one of ours' additions has too,
/// with other content: numbered on from the highest id any version uses.
fn new_ids<T>(
    (base, ours, theirs): (&[T], &[T], &[T]),
    id: impl Fn(&T) -> u64,
    same: impl Fn(&T, &T) -> bool,
    taken: u64,
) -> BTreeMap<u64, u64> {
    let in_base: BTreeSet<u64> = base.iter().map(&id).collect();
    let ours_added: BTreeMap<u64, &T> = ours
        .iter()
        .filter(|thing| !in_base.contains(&id(thing)))
        .map(|thing| (id(thing), thing))
        .collect();
    let mut next = [base, ours, theirs]
        .iter()
        .flat_map(|list| list.iter().map(&id))
        .max()
        .unwrap_or(0)
        .max(taken);
    let mut renumbered = BTreeMap::new();
    for thing in theirs {
        let number = id(thing);
        if in_base.contains(&number) {
            continue;
        }
        if let Some(mine) = ours_added.get(&number)
            && !same(mine, thing)
        {
            next += 1;
            renumbered.insert(number, next);
        }
    }
    renumbered
}

fn renamed(new_ids: &BTreeMap<u64, u64>, id: &mut u64) {
    if let Some(&new) = new_ids.get(id) {
        *id = new;
    }
}

/// The highest id of one kind that a conflict of any version names (`pick` reads it from
/// the thing): a thing removed on one side keeps its id while a conflict names it.
fn named(versions: [&Document; 3], pick: impl Fn(Thing) -> Option<u64>) -> u64 {
    versions
        .iter()
        .flat_map(|version| &version.conflicts)
        .filter_map(|conflict| pick(conflict.thing))
        .max()
        .unwrap_or(0)
}
