//! The order of lanes and stages merged: each side's moves are kept where they do not
//! collide; a lane both sides moved goes where ours put it. Additions go after whatever
//! stood before them on the side that added them.

use std::collections::BTreeSet;

/// Who decides where an item goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    /// It stands where it stood, relative to the rest, on all three.
    Neither,
    Ours,
    Theirs,
}

/// The items of `kept` in merged order, given their order in base, ours and theirs.
/// Every item of `kept` is in ours or theirs.
pub(crate) fn merge_order<K: Copy + Ord>(
    base: &[K],
    ours: &[K],
    theirs: &[K],
    kept: &BTreeSet<K>,
) -> Vec<K> {
    let in_all = |list: &[K]| list.iter().copied().collect::<BTreeSet<K>>();
    let (in_base, in_ours, in_theirs) = (in_all(base), in_all(ours), in_all(theirs));
    let common: BTreeSet<K> = kept
        .iter()
        .copied()
        .filter(|k| in_base.contains(k) && in_ours.contains(k) && in_theirs.contains(k))
        .collect();
    let moved_in_ours = moved(base, ours, &common);
    let moved_in_theirs = moved(base, theirs, &common);

    let decides = |k: &K| {
        if common.contains(k) {
            if moved_in_ours.contains(k) {
                Side::Ours
            } else if moved_in_theirs.contains(k) {
                Side::Theirs
            } else {
                Side::Neither
            }
        } else if in_ours.contains(k) {
            Side::Ours
        } else {
            Side::Theirs
        }
    };

    let mut placed: Vec<(K, Side)> = base
        .iter()
        .copied()
        .filter(|k| kept.contains(k) && decides(k) == Side::Neither)
        .map(|k| (k, Side::Neither))
        .collect();
    for (side, list) in [(Side::Ours, ours), (Side::Theirs, theirs)] {
        for (index, &item) in list.iter().enumerate() {
            if !kept.contains(&item) || decides(&item) != side {
                continue;
            }
            // After the nearest item before it on this side that stays where it stood or
            // that this side placed: not one the other side moved, whose new place says
            // nothing of where this side wanted it.
            let after = list[..index].iter().rev().find_map(|before| {
                placed
                    .iter()
                    .position(|(k, by)| k == before && (*by == Side::Neither || *by == side))
            });
            let mut at = after.map_or(0, |i| i + 1);
            // Past the other side's additions at the same place with smaller ids, so the
            // order does not depend on which side is which.
            while at < placed.len() && placed[at].1 != Side::Neither && placed[at].1 != side {
                if placed[at].0 < item {
                    at += 1;
                } else {
                    break;
                }
            }
            placed.insert(at, (item, side));
        }
    }
    placed.into_iter().map(|(k, _)| k).collect()
}

/// The items of `common` that `side` moved relative to base.
fn moved<K: Copy + Ord>(base: &[K], side: &[K], common: &BTreeSet<K>) -> BTreeSet<K> {
    let only_common = |list: &[K]| -> Vec<K> {
        list.iter()
            .copied()
            .filter(|k| common.contains(k))
            .collect()
    };
    crate::model::compare::pairing::moved(&only_common(base), &only_common(side))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merged(base: &str, ours: &str, theirs: &str) -> String {
        let list = |text: &str| text.chars().collect::<Vec<char>>();
        let mut kept: BTreeSet<char> = ours.chars().chain(theirs.chars()).collect();
        // Removed on either side: gone.
        kept.retain(|c| !(base.contains(*c) && (!ours.contains(*c) || !theirs.contains(*c))));
        merge_order(&list(base), &list(ours), &list(theirs), &kept)
            .into_iter()
            .collect()
    }

    #[test]
    fn one_sides_move_is_kept() {
        assert_eq!(merged("abcd", "abcd", "bcad"), "bcad");
        assert_eq!(merged("abcd", "dabc", "abcd"), "dabc");
    }

    #[test]
    fn moves_of_different_items_are_both_kept() {
        // Ours moves a to the end; theirs moves d to the front.
        assert_eq!(merged("abcde", "bcdea", "dabce"), "dbcea");
    }

    #[test]
    fn a_move_is_kept_beside_an_item_the_other_side_moved() {
        // Ours moves D to the front, theirs A to the end: both moves, either way round.
        assert_eq!(merged("abcd", "dabc", "bcda"), "dbca");
        assert_eq!(merged("abcd", "bcda", "dabc"), "dbca");
    }

    #[test]
    fn an_item_moved_on_both_sides_goes_where_ours_put_it() {
        assert_eq!(merged("abc", "bca", "bac"), "bca");
    }

    #[test]
    fn additions_follow_what_stood_before_them_and_removals_go() {
        assert_eq!(merged("abc", "abxc", "ac"), "axc");
        // Both add after a: the smaller first, whichever side.
        assert_eq!(merged("ab", "axb", "ayb"), "axyb");
        assert_eq!(merged("ab", "ayb", "axb"), "axyb");
        assert_eq!(merged("ab", "zab", "ab"), "zab");
    }
}
