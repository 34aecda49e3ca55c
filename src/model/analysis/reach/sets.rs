//! The sets of visible touchpoints hidden impact is worked out with: sorted lists while
//! small, bitsets once large, and a large set shared with a few more members, each with
//! its count, TERMS weight and first members. Sets only: no graph, no journey.

use std::rc::Rc;

use fixedbitset::FixedBitSet;

/// How many of the visible touchpoints a hidden step supports are listed by name; the
/// rest are counted. Listing thousands of titles for each of thousands of steps would
/// make a report of gigabytes that no one reads.
pub const SUPPORTS_LISTED: usize = 20;

/// A set of visible touchpoints, by their number in journey order.
#[derive(Clone, Debug)]
pub(super) enum Members {
    /// Sorted, without repeats: while the set is small.
    Few(Vec<u32>),
    /// One bit per visible touchpoint: once a list would cost more.
    Many(FixedBitSet),
    /// A large set's members and a few more (sorted, none of them in `base`, whose
    /// members are `Many`): a step that reaches what a hub reaches and a moment of its
    /// own costs its own moment, not another copy of the hub's set.
    More { base: Rc<Reached>, extra: Vec<u32> },
}

/// How large sets are: how many visible touchpoints there are (the width of a bitset),
/// and how many members a list holds before it becomes a bitset (a list of 4-byte
/// numbers costs as much as the bitset at `width / 32` members).
#[derive(Clone, Copy)]
pub(super) struct Shape {
    pub(super) width: usize,
    pub(super) most_listed: usize,
}

impl Members {
    pub(super) fn from_list(mut list: Vec<u32>, shape: Shape) -> Self {
        list.sort_unstable();
        list.dedup();
        let mut members = Self::Few(Vec::new());
        members.add(&Self::Few(list), shape);
        members
    }

    /// The set made of `own` and the sets of `others` as a large set and a few more, when
    /// one of them (or the set another of them extends) is a bitset and the rest together
    /// are few.
    pub(super) fn extending(own: &[u32], others: &[&Rc<Reached>], shape: Shape) -> Option<Self> {
        let bases = others.iter().filter_map(|other| match &other.members {
            Self::Many(_) => Some(Rc::clone(other)),
            Self::More { base, .. } => Some(Rc::clone(base)),
            Self::Few(_) => None,
        });
        let base = bases.max_by_key(|base| base.count)?;
        let mut extra = own.to_vec();
        extra.sort_unstable();
        extra.dedup();
        for other in others {
            let more: &[u32] = match &other.members {
                Self::Many(_) if Rc::ptr_eq(other, &base) => continue,
                Self::More { base: of, extra } if Rc::ptr_eq(of, &base) => extra,
                Self::Few(list) => list,
                // Another large set: no longer a few more.
                Self::Many(_) | Self::More { .. } => return None,
            };
            extra = merge(&extra, more);
            if extra.len() > shape.most_listed {
                return None;
            }
        }
        extra.retain(|&v| !base.contains(v));
        Some(Self::More { base, extra })
    }

    /// Adds every member of `other`.
    pub(super) fn add(&mut self, other: &Self, shape: Shape) {
        if let Self::More { base, extra } = other {
            self.add(&base.members, shape);
            self.add(&Self::Few(extra.clone()), shape);
            return;
        }
        if let Self::More { base, extra } = self {
            // Becomes a set of its own: the base's members and the extra ones.
            let mut members = base.members.clone();
            members.add(&Self::Few(std::mem::take(extra)), shape);
            *self = members;
        }
        match (&mut *self, other) {
            (Self::Many(bits), Self::Many(more)) => bits.union_with(more),
            (Self::Many(bits), Self::Few(list)) => {
                for &v in list {
                    bits.insert(v as usize);
                }
            }
            (Self::Few(list), Self::Many(more)) => {
                let mut bits = more.clone();
                for &v in list.iter() {
                    bits.insert(v as usize);
                }
                *self = Self::Many(bits);
            }
            (Self::Few(list), Self::Few(more)) => {
                let merged = merge(list, more);
                *self = if merged.len() > shape.most_listed {
                    let mut bits = FixedBitSet::with_capacity(shape.width);
                    for v in merged {
                        bits.insert(v as usize);
                    }
                    Self::Many(bits)
                } else {
                    Self::Few(merged)
                };
            }
            // Handled above: neither side is `More` here.
            (Self::More { .. }, _) | (_, Self::More { .. }) => {}
        }
    }
}

/// Two sorted lists as one, sorted and without repeats.
pub(super) fn merge(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut merged = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        merged.push(x.min(y));
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    merged.extend_from_slice(&a[i..]);
    merged.extend_from_slice(&b[j..]);
    merged
}

/// The visible touchpoints whose TERMS weight has each bit set: a bitset's summed weight
/// is then a few counts of common bits, not a walk over its members.
pub(super) struct WeightPlanes(Vec<FixedBitSet>);

impl WeightPlanes {
    pub(super) fn of(weights: &[u32]) -> Self {
        let bits = 32 - weights.iter().max().copied().unwrap_or(0).leading_zeros();
        Self(
            (0..bits)
                .map(|bit| {
                    let mut plane = FixedBitSet::with_capacity(weights.len());
                    for (v, &weight) in weights.iter().enumerate() {
                        plane.set(v, weight & (1 << bit) != 0);
                    }
                    plane
                })
                .collect(),
        )
    }
}

/// A set of visible touchpoints with what is said about it.
#[derive(Debug)]
pub(super) struct Reached {
    pub(super) members: Members,
    pub(super) count: usize,
    pub(super) weight: u32,
    /// The first [`SUPPORTS_LISTED`] members, in journey order.
    pub(super) first: Vec<u32>,
}

impl Reached {
    pub(super) fn new(members: Members, weights: &[u32], planes: &WeightPlanes) -> Self {
        let (count, weight, first) = match &members {
            Members::More { base, extra } => (
                base.count + extra.len(),
                base.weight + extra.iter().map(|&v| weights[v as usize]).sum::<u32>(),
                merge(&base.first, extra)
                    .into_iter()
                    .take(SUPPORTS_LISTED)
                    .collect(),
            ),
            Members::Few(list) => (
                list.len(),
                list.iter().map(|&v| weights[v as usize]).sum(),
                list.iter().copied().take(SUPPORTS_LISTED).collect(),
            ),
            Members::Many(bits) => (
                bits.count_ones(..),
                planes
                    .0
                    .iter()
                    .zip(0..)
                    .map(|(plane, bit)| (bits.intersection_count(plane) as u32) << bit)
                    .sum(),
                bits.ones()
                    .take(SUPPORTS_LISTED)
                    .map(|v| v as u32)
                    .collect(),
            ),
        };
        Self {
            members,
            count,
            weight,
            first,
        }
    }

    /// Whether visible touchpoint `v` is a member.
    fn contains(&self, v: u32) -> bool {
        match &self.members {
            Members::Few(list) => list.binary_search(&v).is_ok(),
            Members::Many(bits) => bits.contains(v as usize),
            Members::More { base, extra } => base.contains(v) || extra.binary_search(&v).is_ok(),
        }
    }
}
