//! Where things lie on the map, for finding what is on screen or under the pointer
//! without looking at every card of a large map: an R-tree of their bounding boxes.

use emath::{Pos2, Rect};
use rstar::primitives::{GeomWithData, Rectangle};
use rstar::{AABB, RTree};

type Boxed<T> = GeomWithData<Rectangle<[f32; 2]>, T>;

/// Things of type `T` (card or link ids) by the rectangle each covers, in map units.
#[derive(Clone, Debug)]
pub struct SpatialIndex<T> {
    tree: RTree<Boxed<T>>,
}

impl<T> Default for SpatialIndex<T> {
    fn default() -> Self {
        Self { tree: RTree::new() }
    }
}

fn boxed<T>(item: T, rect: Rect) -> Boxed<T> {
    GeomWithData::new(
        Rectangle::from_corners([rect.min.x, rect.min.y], [rect.max.x, rect.max.y]),
        item,
    )
}

fn envelope(rect: Rect) -> AABB<[f32; 2]> {
    AABB::from_corners([rect.min.x, rect.min.y], [rect.max.x, rect.max.y])
}

impl<T: Copy + PartialEq> SpatialIndex<T> {
    /// An index of `items`, built in one go.
    pub fn new(items: impl IntoIterator<Item = (T, Rect)>) -> Self {
        Self {
            tree: RTree::bulk_load(
                items
                    .into_iter()
                    .map(|(item, rect)| boxed(item, rect))
                    .collect(),
            ),
        }
    }

    pub fn len(&self) -> usize {
        self.tree.size()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Adds `item`, covering `rect`.
    pub fn insert(&mut self, item: T, rect: Rect) {
        self.tree.insert(boxed(item, rect));
    }

    /// Takes out `item`, which was added covering `rect`. Returns whether it was there.
    pub fn remove(&mut self, item: T, rect: Rect) -> bool {
        self.tree.remove(&boxed(item, rect)).is_some()
    }

    /// What touches `rect`, in no particular order.
    pub fn touching(&self, rect: Rect) -> impl Iterator<Item = T> + '_ {
        self.tree
            .locate_in_envelope_intersecting(envelope(rect))
            .map(|found| found.data)
    }

    /// What covers `pos`, in no particular order.
    pub fn at(&self, pos: Pos2) -> impl Iterator<Item = T> + '_ {
        self.touching(Rect::from_min_max(pos, pos))
    }
}

/// The rectangle that holds every point of `points` (a link's route); a point's own
/// rectangle when there is one, nothing when there are none.
pub fn bounds_of(points: &[Pos2]) -> Option<Rect> {
    let (&first, rest) = points.split_first()?;
    Some(rest.iter().fold(Rect::from_min_max(first, first), |r, &p| {
        r.union(Rect::from_min_max(p, p))
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use emath::{pos2, vec2};

    #[test]
    fn it_finds_what_touches_a_rectangle_and_forgets_what_is_removed() {
        let rect = |x: f32, y: f32| Rect::from_min_size(pos2(x, y), vec2(10.0, 10.0));
        let mut index = SpatialIndex::new((0..100).map(|i| (i, rect(i as f32 * 20.0, 0.0))));
        let mut found: Vec<i32> = index
            .touching(Rect::from_min_max(pos2(35.0, 5.0), pos2(65.0, 6.0)))
            .collect();
        found.sort_unstable();
        assert_eq!(found, [2, 3]);
        assert_eq!(index.at(pos2(45.0, 5.0)).collect::<Vec<_>>(), [2]);
        assert!(index.remove(2, rect(40.0, 0.0)));
        assert!(!index.remove(2, rect(40.0, 0.0)));
        index.insert(2, rect(200.0, 50.0));
        assert_eq!(index.at(pos2(45.0, 5.0)).count(), 0);
        assert_eq!(index.at(pos2(205.0, 55.0)).collect::<Vec<_>>(), [2]);
        assert_eq!(index.len(), 100);
    }
}
