//! Cards in columns: where Tidy puts every card, and where one new or moved card goes.
//!
//! A blueprint reads because the steps of one moment line up in a column across the
//! lanes. Within a stage, positions come in columns [`COLUMN`] apart. Tidy is a layered
//! layout of our own, in the manner of Sugiyama's: the cards are taken in the order the
//! links lead (Flow and Support alike, ties broken by where they are now), and each goes
//! into the leftmost column its lane has free after the cards linked into it: a link to a
//! card in another lane keeps the two in one column where it can, a link within a lane
//! puts the later card one column further. A second pass, from the end back, moves a card
//! right under the card it leads to when its lane leaves room. Every card keeps its lane
//! and stage; each lane keeps its cards in the order they happen, and the stages are as
//! narrow as those rules allow.

use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap, HashMap, HashSet};

use super::sizes::CARD_SIZE;
use crate::model::{Edit, Journey, LaneId, StageId, TouchpointChange, TouchpointId};

/// Space between two columns of cards.
pub const COLUMN_GAP: f32 = 40.0;
/// Distance from one column of a stage to the next, in map units.
pub const COLUMN: f32 = CARD_SIZE.x + COLUMN_GAP;

/// The position in its stage of column `column`.
fn column_x(column: usize) -> f32 {
    column as f32 * COLUMN
}

/// The edits that put every card of `journey` in its tidy column (see the module's
/// notes), leaving out the cards already there. Applied as one batch, they are one undo
/// step.
pub fn tidy(journey: &Journey) -> Vec<Edit> {
    let columns = columns(journey);
    journey
        .touchpoints()
        .filter_map(|touchpoint| {
            let x = column_x(*columns.get(&touchpoint.id)?);
            (x != touchpoint.x).then_some(Edit::UpdateTouchpoint {
                id: touchpoint.id,
                change: TouchpointChange::Place {
                    lane: touchpoint.lane,
                    stage: touchpoint.stage,
                    x,
                },
            })
        })
        .collect()
}

/// Each card's tidy column within its stage.
pub fn columns(journey: &Journey) -> HashMap<TouchpointId, usize> {
    let order = link_order(journey);
    let at: HashMap<TouchpointId, usize> =
        order.iter().enumerate().map(|(i, &id)| (id, i)).collect();
    let n = order.len();
    // The links between two cards of one stage, forwards in `order` (a link back, closing
    // a cycle, places nothing), as positions in `order`.
    let mut into: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut out_of: Vec<Vec<usize>> = vec![Vec::new(); n];
    let spot = |id: TouchpointId| {
        let touchpoint = journey.touchpoint(id)?;
        Some((touchpoint.lane, touchpoint.stage))
    };
    let spots: Vec<Option<(LaneId, StageId)>> = order.iter().map(|&id| spot(id)).collect();
    for link in journey.links() {
        let (Some(&from), Some(&to)) = (at.get(&link.from), at.get(&link.to)) else {
            continue;
        };
        let same_stage = matches!((spots[from], spots[to]), (Some(a), Some(b)) if a.1 == b.1);
        if from < to && same_stage {
            into[to].push(from);
            out_of[from].push(to);
        }
    }
    let same_lane =
        |a: usize, b: usize| matches!((spots[a], spots[b]), (Some(x), Some(y)) if x.0 == y.0);

    // Forwards: the leftmost column after the lane's previous card and the cards linked in.
    let mut column = vec![0usize; n];
    let mut next_in_lane: HashMap<(LaneId, StageId), usize> = HashMap::new();
    for v in 0..n {
        let Some(place) = spots[v] else { continue };
        let mut wanted = next_in_lane.get(&place).copied().unwrap_or(0);
        for &u in &into[v] {
            wanted = wanted.max(column[u] + usize::from(same_lane(u, v)));
        }
        column[v] = wanted;
        next_in_lane.insert(place, wanted + 1);
    }

    // Backwards: a card moves right, toward the cards it leads to, as far as the next
    // card of its lane allows.
    let mut lane_right: HashMap<(LaneId, StageId), usize> = HashMap::new();
    for u in (0..n).rev() {
        let Some(place) = spots[u] else { continue };
        let limit = lane_right.get(&place).map(|&right| right - 1);
        let pulled = out_of[u]
            .iter()
            .map(|&v| column[v] - usize::from(same_lane(u, v)))
            .min();
        if let Some(pulled) = pulled {
            let target = limit.map_or(pulled, |limit| pulled.min(limit));
            column[u] = column[u].max(target);
        }
        lane_right.insert(place, column[u]);
    }

    order.into_iter().zip(column).collect()
}

/// Every card in the order its links lead (Flow and Support), ties broken by stage, then
/// position, then lane, then id; a cycle is entered at its earliest card on the map.
fn link_order(journey: &Journey) -> Vec<TouchpointId> {
    let stage_at: HashMap<StageId, usize> = journey
        .stages()
        .iter()
        .enumerate()
        .map(|(i, stage)| (stage.id, i))
        .collect();
    let lane_at: HashMap<LaneId, usize> = journey
        .lanes()
        .iter()
        .enumerate()
        .map(|(i, lane)| (lane.id, i))
        .collect();
    type Key = (usize, i64, usize, TouchpointId);
    let keys: HashMap<TouchpointId, Key> = journey
        .touchpoints()
        .map(|t| {
            let stage = stage_at.get(&t.stage).copied().unwrap_or(usize::MAX);
            let lane = lane_at.get(&t.lane).copied().unwrap_or(usize::MAX);
            // Positions are small; the cast only drops the fraction.
            (t.id, (stage, t.x.round() as i64, lane, t.id))
        })
        .collect();
    let mut waiting: HashMap<TouchpointId, usize> = keys.keys().map(|&id| (id, 0)).collect();
    let mut next: HashMap<TouchpointId, Vec<TouchpointId>> = HashMap::new();
    for link in journey.links() {
        if link.from == link.to || !keys.contains_key(&link.from) {
            continue;
        }
        if let Some(count) = waiting.get_mut(&link.to) {
            *count += 1;
            next.entry(link.from).or_default().push(link.to);
        }
    }
    let mut remaining: BTreeSet<Key> = keys.values().copied().collect();
    let mut ready: BinaryHeap<Reverse<Key>> = waiting
        .iter()
        .filter(|&(_, &count)| count == 0)
        .filter_map(|(id, _)| keys.get(id).copied().map(Reverse))
        .collect();
    let mut done: HashSet<TouchpointId> = HashSet::new();
    let mut order = Vec::with_capacity(keys.len());
    loop {
        let key = match ready.pop() {
            Some(Reverse(key)) => key,
            // Only cycles are left: enter one at its earliest card.
            None => match remaining.first() {
                Some(&key) => key,
                None => break,
            },
        };
        let id = key.3;
        if !done.insert(id) {
            continue;
        }
        remaining.remove(&key);
        order.push(id);
        for &to in next.get(&id).into_iter().flatten() {
            if let Some(count) = waiting.get_mut(&to) {
                *count = count.saturating_sub(1);
                if *count == 0
                    && !done.contains(&to)
                    && let Some(&key) = keys.get(&to)
                {
                    ready.push(Reverse(key));
                }
            }
        }
    }
    order
}

/// Where the cards of each lane and stage are: to find a free place for a card without
/// dropping it on top of another.
pub struct Slots {
    taken: HashMap<(LaneId, StageId), Vec<(TouchpointId, f32)>>,
}

/// Closest two cards of one lane may sit, from left edge to left edge.
const MIN_DISTANCE: f32 = CARD_SIZE.x + COLUMN_GAP / 2.0;

impl Slots {
    /// The places of `journey`'s cards.
    pub fn new(journey: &Journey) -> Self {
        let mut taken: HashMap<(LaneId, StageId), Vec<(TouchpointId, f32)>> = HashMap::new();
        for touchpoint in journey.touchpoints() {
            taken
                .entry((touchpoint.lane, touchpoint.stage))
                .or_default()
                // Drawn where a position below 0 is drawn: at 0.
                .push((touchpoint.id, touchpoint.x.max(0.0)));
        }
        Self { taken }
    }

    /// Whether a card at `x` in `lane` and `stage` would be clear of every card there
    /// but `card` itself.
    fn is_free(&self, lane: LaneId, stage: StageId, x: f32, card: TouchpointId) -> bool {
        self.taken.get(&(lane, stage)).is_none_or(|cards| {
            cards
                .iter()
                .all(|&(id, other)| id == card || (other - x).abs() >= MIN_DISTANCE)
        })
    }

    /// How many columns could be needed: one past the last card of the lane.
    fn columns(&self, lane: LaneId, stage: StageId) -> usize {
        let last = self
            .taken
            .get(&(lane, stage))
            .into_iter()
            .flatten()
            .map(|&(_, x)| x)
            .fold(0.0f32, f32::max);
        // Positions are small and not negative; the cast only drops the fraction.
        (last / COLUMN).ceil() as usize + 2
    }

    /// The free column of `lane` and `stage` nearest to `x` (to the right on a tie),
    /// for `card`: where a card dropped or made at `x` goes.
    pub fn near(&self, lane: LaneId, stage: StageId, x: f32, card: TouchpointId) -> f32 {
        let count = self
            .columns(lane, stage)
            .max((x / COLUMN).ceil().max(0.0) as usize + 2);
        (0..count)
            .map(column_x)
            .filter(|&c| self.is_free(lane, stage, c, card))
            .min_by(|a, b| {
                let (da, db) = ((a - x).abs(), (b - x).abs());
                da.total_cmp(&db).then(b.total_cmp(a))
            })
            .unwrap_or_else(|| self.end(lane, stage, card))
    }

    /// The first free column of `lane` and `stage` at or right of `x`, for `card`.
    pub fn from(&self, lane: LaneId, stage: StageId, x: f32, card: TouchpointId) -> f32 {
        let first = (x / COLUMN).ceil().max(0.0) as usize;
        (first..first + self.columns(lane, stage) + 1)
            .map(column_x)
            .find(|&c| self.is_free(lane, stage, c, card))
            .unwrap_or_else(|| self.end(lane, stage, card))
    }

    /// The column after the last card of `lane` and `stage` (other than `card`): where a
    /// card moved into the stage goes.
    pub fn end(&self, lane: LaneId, stage: StageId, card: TouchpointId) -> f32 {
        let last = self
            .taken
            .get(&(lane, stage))
            .into_iter()
            .flatten()
            .filter(|&&(id, _)| id != card)
            .map(|&(_, x)| x)
            .reduce(f32::max);
        match last {
            // Positions are small and not negative; the cast only drops the fraction.
            Some(last) => column_x(((last + MIN_DISTANCE) / COLUMN).ceil() as usize),
            None => 0.0,
        }
    }

    /// The right edge of the cards in `stage`, in any lane: how far its cards reach.
    pub fn stage_reach(&self, stage: StageId) -> Option<f32> {
        self.taken
            .iter()
            .filter(|((_, s), _)| *s == stage)
            .flat_map(|(_, cards)| cards.iter().map(|&(_, x)| x))
            .reduce(f32::max)
    }

    /// Records that `card` is now at `x` in `lane` and `stage`.
    pub fn put(&mut self, card: TouchpointId, lane: LaneId, stage: StageId, x: f32) {
        self.remove(card);
        self.taken.entry((lane, stage)).or_default().push((card, x));
    }

    /// Records that `card` has left its place.
    pub fn remove(&mut self, card: TouchpointId) {
        for cards in self.taken.values_mut() {
            cards.retain(|&(id, _)| id != card);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::templates::Template;
    use crate::model::{Link, LinkKind, Touchpoint};

    /// A blueprint template with cards made by `cards` (title, lane index, stage index,
    /// x) and Flow links between the cards at the given places in that list.
    fn map(cards: &[(&str, usize, usize, f32)], links: &[(usize, usize, LinkKind)]) -> Journey {
        let mut journey = Template::Blueprint.journey();
        let mut ids = Vec::new();
        for &(title, lane, stage, x) in cards {
            let id = journey.new_touchpoint_id();
            let (lane, stage) = (journey.lanes()[lane].id, journey.stages()[stage].id);
            let mut touchpoint = Touchpoint::new(id, title, lane, stage);
            touchpoint.x = x;
            assert!(
                journey
                    .apply(Edit::AddTouchpoint(Box::new(touchpoint)))
                    .is_ok()
            );
            ids.push(id);
        }
        for &(from, to, kind) in links {
            let id = journey.new_link_id();
            let link = Link {
                id,
                from: ids[from],
                to: ids[to],
                kind,
                label: String::new(),
            };
            assert!(journey.apply(Edit::AddLink(link)).is_ok());
        }
        journey
    }

    fn tidied(mut journey: Journey) -> Journey {
        let edits = tidy(&journey);
        assert!(journey.apply(Edit::Batch(edits)).is_ok());
        journey
    }

    fn x_of(journey: &Journey, title: &str) -> f32 {
        journey
            .touchpoints()
            .find(|t| t.title == title)
            .map_or(f32::NAN, |t| t.x)
    }

    #[test]
    fn the_steps_of_one_moment_line_up_in_a_column() {
        // Customer lane 1, frontstage lane 2, backstage lane 3, all in the first stage,
        // scattered.
        let journey = tidied(map(
            &[
                ("Arrives", 1, 0, 500.0),
                ("Checks in", 1, 0, 40.0),
                ("Greets", 2, 0, 900.0),
                ("Registers", 3, 0, 10.0),
                ("Goes to room", 1, 0, 300.0),
            ],
            &[
                (0, 1, LinkKind::Flow),
                (2, 1, LinkKind::Flow),
                (3, 2, LinkKind::Support),
                (1, 4, LinkKind::Flow),
            ],
        ));
        // The customer's steps one column apart, in the order they happen.
        assert_eq!(x_of(&journey, "Arrives"), 0.0);
        assert_eq!(x_of(&journey, "Checks in"), COLUMN);
        assert_eq!(x_of(&journey, "Goes to room"), 2.0 * COLUMN);
        // The employee's greeting and the registration behind it under "Checks in".
        assert_eq!(x_of(&journey, "Greets"), COLUMN);
        assert_eq!(x_of(&journey, "Registers"), COLUMN);
    }

    #[test]
    fn a_cycle_is_laid_out_too() {
        let journey = tidied(map(
            &[("A", 1, 0, 0.0), ("B", 1, 0, 10.0), ("C", 1, 0, 20.0)],
            &[
                (0, 1, LinkKind::Flow),
                (1, 2, LinkKind::Flow),
                (2, 0, LinkKind::Flow),
            ],
        ));
        let xs: Vec<f32> = ["A", "B", "C"].map(|t| x_of(&journey, t)).to_vec();
        assert_eq!(xs, [0.0, COLUMN, 2.0 * COLUMN]);
    }

    #[test]
    fn a_card_finds_the_nearest_free_place_and_the_end_of_a_lane() {
        let journey = map(&[("A", 1, 0, 0.0), ("B", 1, 0, COLUMN)], &[]);
        let (lane, stage) = (journey.lanes()[1].id, journey.stages()[0].id);
        let slots = Slots::new(&journey);
        let new = TouchpointId(u64::MAX);
        // Dropped on A: the nearest free column is the third.
        assert_eq!(slots.near(lane, stage, 10.0, new), 2.0 * COLUMN);
        assert_eq!(slots.from(lane, stage, 0.0, new), 2.0 * COLUMN);
        assert_eq!(slots.end(lane, stage, new), 2.0 * COLUMN);
        // A lane with nothing in it starts at the left.
        let other = journey.lanes()[2].id;
        assert_eq!(slots.near(other, stage, 30.0, new), 0.0);
        assert_eq!(slots.end(other, stage, new), 0.0);
        // A card moving within its lane does not stand in its own way.
        let a = journey.touchpoints().next().map(|t| t.id).unwrap_or(new);
        assert_eq!(slots.near(lane, stage, 5.0, a), 0.0);
    }
}
