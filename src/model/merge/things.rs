//! Merging the things of one kind by id: fields one by one where all three versions have
//! the thing, additions kept, removals made unless the other side changed the thing
//! (then a conflict, and the map keeps ours).

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::fields::Table;
use super::value::{Clash, text};
use crate::model::conflict::{Conflict, Thing};

/// The conflicts of `thing`'s field named `field`, one per clash.
pub(super) fn conflicts_of(
    thing: Thing,
    field: &str,
    clashes: impl IntoIterator<Item = Clash>,
) -> impl Iterator<Item = Conflict> {
    let field = field.to_owned();
    clashes.into_iter().map(move |clash| Conflict {
        thing,
        field: match &clash.part {
            Some(part) => format!("{field}.{part}"),
            None => field.clone(),
        },
        base: Some(clash.base),
        ours: Some(clash.ours),
        theirs: Some(clash.theirs),
    })
}

/// The things of one version of a kind, by id.
pub(super) type ById<'a, K, T> = BTreeMap<K, &'a T>;

/// Merges each thing of one kind that is on any side: fields one by one where all three
/// have it, additions kept, removals made unless the other side changed the thing.
pub(super) fn merge_things<K: Ord + Copy, T: Clone + PartialEq + Serialize>(
    [base, ours, theirs]: [&ById<'_, K, T>; 3],
    thing: fn(K) -> Thing,
    table: Table<T>,
    found: &mut Vec<Conflict>,
) -> BTreeMap<K, T> {
    let ids: BTreeSet<K> = base
        .keys()
        .chain(ours.keys())
        .chain(theirs.keys())
        .copied()
        .collect();
    let mut merged = BTreeMap::new();
    let mut clashes = Vec::new();
    for id in ids {
        let (b, o, t) = (base.get(&id), ours.get(&id), theirs.get(&id));
        // The map holds ours: the thing where ours has it, none where ours removed it.
        let existence = || Conflict {
            thing: thing(id),
            field: String::new(),
            base: b.map(text),
            ours: o.map(text),
            theirs: t.map(text),
        };
        match (b, o, t) {
            (Some(b), Some(o), Some(t)) => {
                let mut out = (*o).clone();
                for field in table {
                    field.merge(b, o, t, &mut out, &mut clashes);
                    found.extend(conflicts_of(thing(id), field.name(), clashes.drain(..)));
                }
                merged.insert(id, out);
            }
            // Added on one side, or on both alike (different additions were renumbered).
            (None, Some(kept), _) | (None, None, Some(kept)) => {
                merged.insert(id, (*kept).clone());
            }
            // Removed on one side and left alone on the other: removed.
            (Some(b), Some(kept), None) | (Some(b), None, Some(kept)) if b == kept => {}
            // Removed on ours, changed on theirs: ours (removed), with a conflict.
            (Some(_), None, Some(_)) => found.push(existence()),
            // Changed on ours, removed on theirs: ours (kept), with a conflict.
            (Some(_), Some(kept), None) => {
                found.push(existence());
                merged.insert(id, (*kept).clone());
            }
            (Some(_), None, None) | (None, None, None) => {}
        }
    }
    merged
}
