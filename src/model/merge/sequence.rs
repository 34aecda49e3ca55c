//! Three versions of a list merged as what a list of a map means: whatever either side
//! added is kept and whatever either side removed is dropped, in the order both give it.
//! Used for observations, persona paths, the touchpoints a promise names, parked ideas
//! and the conflicts themselves. Items may repeat (a path can pass a touchpoint twice).

/// Lists longer than this (after what they share at both ends) are not compared element
/// by element: the work grows with the product of their lengths.
const MAX_CELLS: usize = 4_000_000;

/// Merges `ours` and `theirs`, two versions of `base`. `None` when the two changed the
/// same items differently (an item replaced on one side and replaced otherwise or removed
/// on the other, or moved to different places), or when the changed middles are too long
/// to compare closely: the caller then treats the list as one value, with a conflict.
pub(crate) fn merge_lists<T: Clone + PartialEq>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    order: impl Fn(&[T], &[T]) -> std::cmp::Ordering,
) -> Option<Vec<T>> {
    if ours == theirs || theirs == base {
        return Some(ours.to_vec());
    }
    if ours == base {
        return Some(theirs.to_vec());
    }
    let ours_edits = Edits::between(base, ours)?;
    let theirs_edits = Edits::between(base, theirs)?;
    if ours_edits.collides_with(&theirs_edits, base) {
        return None;
    }
    let mut merged = Vec::with_capacity(ours.len().max(theirs.len()));
    for anchor in 0..=base.len() {
        let (mine, other) = (&ours_edits.inserted[anchor], &theirs_edits.inserted[anchor]);
        if mine == other {
            merged.extend_from_slice(mine);
        } else {
            // Both sides' additions at one place: the lesser first, so that which side is
            // which does not change the result.
            let (first, second) = if order(mine, other).is_le() {
                (mine, other)
            } else {
                (other, mine)
            };
            merged.extend_from_slice(first);
            merged.extend_from_slice(second);
        }
        if anchor < base.len() && ours_edits.kept[anchor] && theirs_edits.kept[anchor] {
            merged.push(base[anchor].clone());
        }
    }
    Some(merged)
}

/// How one side changed the base list: which of its items it kept, and what it inserted
/// before each of them (and, at `base.len()`, after the last).
struct Edits<T> {
    kept: Vec<bool>,
    inserted: Vec<Vec<T>>,
}

impl<T: Clone + PartialEq> Edits<T> {
    /// Whether both sides changed the same items of `base` differently: an item both
    /// removed, with different items put in its place (or some on one side only); or an
    /// item both took from its place and put in at different places (moved differently).
    /// The same new item added at two places is two additions, as a path may pass a
    /// touchpoint twice.
    fn collides_with(&self, other: &Self, base: &[T]) -> bool {
        let around = |edits: &Self, at: usize| -> Vec<T> {
            let mut run = edits.inserted[at].clone();
            run.extend_from_slice(&edits.inserted[at + 1]);
            run
        };
        let replaced_differently = (0..self.kept.len()).any(|at| {
            if self.kept[at] || other.kept[at] {
                return false;
            }
            let (mine, theirs) = (around(self, at), around(other, at));
            mine != theirs && !(mine.is_empty() && theirs.is_empty())
        });
        let taken_by_both = |item: &T| {
            (0..base.len()).any(|at| !self.kept[at] && !other.kept[at] && base[at] == *item)
        };
        let placed_apart = self.inserted.iter().enumerate().any(|(at, run)| {
            run.iter().filter(|item| taken_by_both(item)).any(|item| {
                other
                    .inserted
                    .iter()
                    .enumerate()
                    .any(|(elsewhere, theirs)| elsewhere != at && theirs.contains(item))
            })
        });
        replaced_differently || placed_apart
    }

    /// Pairs the lists by a longest common subsequence, after setting aside what they
    /// share at both ends.
    fn between(base: &[T], side: &[T]) -> Option<Self> {
        let prefix = base.iter().zip(side).take_while(|(a, b)| a == b).count();
        let suffix = base[prefix..]
            .iter()
            .rev()
            .zip(side[prefix..].iter().rev())
            .take_while(|(a, b)| a == b)
            .count();
        let middle_base = &base[prefix..base.len() - suffix];
        let middle_side = &side[prefix..side.len() - suffix];
        let cells = (middle_base.len() + 1).checked_mul(middle_side.len() + 1)?;
        if cells > MAX_CELLS {
            return None;
        }
        let pairs = common_subsequence(middle_base, middle_side);

        let mut kept = vec![true; base.len()];
        let mut inserted = vec![Vec::new(); base.len() + 1];
        for flag in &mut kept[prefix..base.len() - suffix] {
            *flag = false;
        }
        let mut next_side = 0;
        for (b, s) in pairs
            .into_iter()
            .chain(std::iter::once((middle_base.len(), middle_side.len())))
        {
            // Whatever the side has before this pair was inserted before base item `b`.
            inserted[prefix + b].extend_from_slice(&middle_side[next_side..s]);
            if b < middle_base.len() {
                kept[prefix + b] = true;
            }
            next_side = s + 1;
        }
        Some(Self { kept, inserted })
    }
}

/// The index pairs of a longest common subsequence of `a` and `b`, in order.
fn common_subsequence<T: PartialEq>(a: &[T], b: &[T]) -> Vec<(usize, usize)> {
    let width = b.len() + 1;
    // lengths[i * width + j]: the longest common subsequence of a[i..] and b[j..].
    let mut lengths = vec![0u32; (a.len() + 1) * width];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lengths[i * width + j] = if a[i] == b[j] {
                lengths[(i + 1) * width + j + 1] + 1
            } else {
                lengths[(i + 1) * width + j].max(lengths[i * width + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut pairs = Vec::new();
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merged(base: &str, ours: &str, theirs: &str) -> Option<String> {
        let list = |text: &str| text.chars().collect::<Vec<char>>();
        merge_lists(&list(base), &list(ours), &list(theirs), |a, b| a.cmp(b))
            .map(|chars| chars.into_iter().collect())
    }

    #[test]
    fn an_unchanged_side_gives_the_other() {
        assert_eq!(merged("abc", "abc", "xbc").as_deref(), Some("xbc"));
        assert_eq!(merged("abc", "ac", "abc").as_deref(), Some("ac"));
        assert_eq!(merged("abc", "", "").as_deref(), Some(""));
    }

    #[test]
    fn additions_on_both_sides_are_kept_and_removals_dropped() {
        assert_eq!(merged("abc", "abcd", "xabc").as_deref(), Some("xabcd"));
        assert_eq!(merged("abc", "ac", "abcz").as_deref(), Some("acz"));
        assert_eq!(merged("abc", "bc", "ab").as_deref(), Some("b"));
        // Both add at the same place: the lesser run first, whichever side it is on.
        assert_eq!(merged("ab", "axb", "ayb").as_deref(), Some("axyb"));
        assert_eq!(merged("ab", "ayb", "axb").as_deref(), Some("axyb"));
        // The same addition on both sides is made once.
        assert_eq!(merged("ab", "abq", "abq").as_deref(), Some("abq"));
    }

    #[test]
    fn the_same_items_changed_differently_are_a_conflict() {
        // One item replaced differently on each side; replaced on one, removed on the other.
        assert_eq!(merged("abc", "axc", "ayc"), None);
        assert_eq!(merged("abc", "axc", "ac"), None);
        // One item moved to different places.
        assert_eq!(merged("abc", "bca", "bac"), None);
        // Both removing it, or replacing it alike, is no conflict.
        assert_eq!(merged("abc", "ac", "ac").as_deref(), Some("ac"));
        assert_eq!(merged("abc", "axc", "axc").as_deref(), Some("axc"));
    }

    #[test]
    fn repeats_are_items_of_their_own() {
        // A path that passes a step twice, extended on both sides.
        assert_eq!(merged("aba", "abac", "xaba").as_deref(), Some("xabac"));
        assert_eq!(merged("aba", "ab", "aba").as_deref(), Some("ab"));
        assert_eq!(merged("aa", "a", "aab").as_deref(), Some("ab"));
    }
}
