//! A thing one side removed while the other still uses it (a lane the other side put a
//! new touchpoint in, a touchpoint the other side linked to) is kept, so the merged map has
//! every reference in place; the conflict says which side removed it, and resolving it can
//! remove it again.

use std::collections::BTreeMap;

use serde::Serialize;

use super::fields::Table;
use super::things::merge_things;
use super::value::text;
use crate::model::concepts::{Lane, Link, Persona, Promise, Stage, Touchpoint};
use crate::model::conflict::{Conflict, Thing};
use crate::model::ids::{LaneId, LinkId, PersonaId, PromiseId, StageId, TouchpointId};

/// The three versions of one kind of thing by id, and what the merge made of them.
pub(super) struct Versions<'a, K, T> {
    base: BTreeMap<K, &'a T>,
    ours: BTreeMap<K, &'a T>,
    theirs: BTreeMap<K, &'a T>,
    thing: fn(K) -> Thing,
    pub(super) merged: BTreeMap<K, T>,
}

impl<'a, K: Ord + Copy, T: Clone + PartialEq + Serialize> Versions<'a, K, T> {
    /// Merges the three versions of one kind of thing.
    pub(super) fn new(
        (base, ours, theirs): (&'a [T], &'a [T], &'a [T]),
        id: fn(&T) -> K,
        thing: fn(K) -> Thing,
        table: Table<T>,
        found: &mut Vec<Conflict>,
    ) -> Self {
        let by_id = |list: &'a [T]| list.iter().map(|t| (id(t), t)).collect::<BTreeMap<_, _>>();
        let (base, ours, theirs) = (by_id(base), by_id(ours), by_id(theirs));
        let merged = merge_things([&base, &ours, &theirs], thing, table, found);
        Self {
            base,
            ours,
            theirs,
            thing,
            merged,
        }
    }

    fn has(&self, id: K) -> bool {
        self.merged.contains_key(&id)
    }

    /// Puts back the thing `id` (as ours has it, else theirs, else base) and names the
    /// conflict, unless one names it already. False when no version has it.
    fn restore(&mut self, id: K, found: &mut Vec<Conflict>) -> bool {
        let version = self
            .ours
            .get(&id)
            .or(self.theirs.get(&id))
            .or(self.base.get(&id));
        let Some(version) = version else {
            return false;
        };
        self.merged.insert(id, (*version).clone());
        let thing = (self.thing)(id);
        if !found
            .iter()
            .any(|c| c.thing == thing && c.is_about_existence())
        {
            found.push(Conflict {
                thing,
                field: String::new(),
                base: self.base.get(&id).map(text),
                ours: self.ours.get(&id).map(text),
                theirs: self.theirs.get(&id).map(text),
            });
        }
        true
    }
}

/// Every kind of thing of a map being merged.
pub(super) struct All<'m, 'a> {
    pub(super) lanes: &'m mut Versions<'a, LaneId, Lane>,
    pub(super) stages: &'m mut Versions<'a, StageId, Stage>,
    pub(super) touchpoints: &'m mut Versions<'a, TouchpointId, Touchpoint>,
    pub(super) links: &'m mut Versions<'a, LinkId, Link>,
    pub(super) personas: &'m mut Versions<'a, PersonaId, Persona>,
    pub(super) promises: &'m mut Versions<'a, PromiseId, Promise>,
}

/// Puts back whatever the merged things refer to that a side removed, until nothing
/// refers to a thing that is not there.
pub(super) fn references(all: &mut All<'_, '_>, found: &mut Vec<Conflict>) {
    loop {
        let mut lanes = Vec::new();
        let mut stages = Vec::new();
        let mut touchpoints = Vec::new();
        for touchpoint in all.touchpoints.merged.values() {
            if !all.lanes.has(touchpoint.lane) {
                lanes.push(touchpoint.lane);
            }
            if !all.stages.has(touchpoint.stage) {
                stages.push(touchpoint.stage);
            }
        }
        let named = all
            .links
            .merged
            .values()
            .flat_map(|link| [link.from, link.to])
            .chain(
                all.personas
                    .merged
                    .values()
                    .flat_map(|persona| persona.path.iter().copied()),
            )
            .chain(all.promises.merged.values().flat_map(|promise| {
                promise
                    .redeemed_by
                    .iter()
                    .chain(&promise.secured_by)
                    .copied()
            }));
        for id in named {
            if !all.touchpoints.has(id) {
                touchpoints.push(id);
            }
        }
        let mut restored = false;
        for id in lanes {
            restored |= !all.lanes.has(id) && all.lanes.restore(id, found);
        }
        for id in stages {
            restored |= !all.stages.has(id) && all.stages.restore(id, found);
        }
        for id in touchpoints {
            restored |= !all.touchpoints.has(id) && all.touchpoints.restore(id, found);
        }
        if !restored {
            break;
        }
    }
}
