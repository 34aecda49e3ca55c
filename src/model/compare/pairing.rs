//! Pairing the things of two versions of a map by id, and finding which of a list's ids
//! moved. Generic over what is paired: the fields that differ and the names are the
//! caller's; this never looks inside a thing.

use std::collections::{BTreeMap, BTreeSet};

use super::difference::{Difference, DifferenceKind};
use crate::model::conflict::Thing;
use crate::model::journey::Journey;

/// Pairs the things of both sides by id and reports, in the order of their ids, those only
/// one side has and those whose `fields` differ. `label` names a thing in its own journey.
pub(super) fn compare_by_id<'a, T: 'a, K: Ord + Copy>(
    differences: &mut Vec<Difference>,
    (mine, my_things): (&Journey, impl IntoIterator<Item = &'a T>),
    (theirs, their_things): (&Journey, impl IntoIterator<Item = &'a T>),
    id: impl Fn(&T) -> K,
    thing: fn(K) -> Thing,
    label: impl Fn(&Journey, &T) -> String,
    fields: impl Fn(&T, &T) -> Vec<String>,
) {
    let mut pairs: BTreeMap<K, (Option<&T>, Option<&T>)> = BTreeMap::new();
    for thing in my_things {
        pairs.entry(id(thing)).or_default().0 = Some(thing);
    }
    for thing in their_things {
        pairs.entry(id(thing)).or_default().1 = Some(thing);
    }
    for (key, pair) in pairs {
        let thing = Some(thing(key));
        let difference = match pair {
            (Some(a), Some(b)) => {
                let fields = fields(a, b);
                if fields.is_empty() {
                    continue;
                }
                Difference {
                    kind: DifferenceKind::Changed,
                    thing,
                    what: format!("{}: {}", label(mine, a), fields.join("; ")),
                }
            }
            (Some(a), None) => Difference {
                kind: DifferenceKind::OnlyMine,
                thing,
                what: label(mine, a),
            },
            (None, Some(b)) => Difference {
                kind: DifferenceKind::OnlyTheirs,
                thing,
                what: label(theirs, b),
            },
            (None, None) => continue,
        };
        differences.push(difference);
    }
}

pub(super) fn ids_of<T, K>(things: &[T], id: impl Fn(&T) -> K) -> Vec<K> {
    things.iter().map(id).collect()
}

/// The ids both orders hold that moved: all but the longest run of them that keeps its
/// order, so moving one lane reports that lane, not every lane it passed.
pub(crate) fn moved<K: Ord + Copy>(mine: &[K], theirs: &[K]) -> BTreeSet<K> {
    let position: BTreeMap<K, usize> = theirs.iter().enumerate().map(|(i, &k)| (k, i)).collect();
    let common: Vec<(K, usize)> = mine
        .iter()
        .filter_map(|&k| Some((k, *position.get(&k)?)))
        .collect();

    // Longest increasing run of positions, by patience sorting: `tails[n]` is the index in
    // `common` of the smallest last position of a run of length n + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; common.len()];
    for (i, &(_, at)) in common.iter().enumerate() {
        let length = tails.partition_point(|&t| common.get(t).is_some_and(|&(_, p)| p < at));
        if let Some(slot) = previous.get_mut(i) {
            *slot = length.checked_sub(1).and_then(|l| tails.get(l).copied());
        }
        match tails.get_mut(length) {
            Some(tail) => *tail = i,
            None => tails.push(i),
        }
    }
    let mut kept = vec![false; common.len()];
    let mut at = tails.last().copied();
    while let Some(i) = at {
        if let Some(keep) = kept.get_mut(i) {
            *keep = true;
        }
        at = previous.get(i).copied().flatten();
    }
    common
        .iter()
        .zip(kept)
        .filter(|&(_, keep)| !keep)
        .map(|(&(k, _), _)| k)
        .collect()
}
