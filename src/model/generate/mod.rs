//! Made-up but plausible large maps, for trying polku (and measuring it) at scale.
//!
//! Pure and deterministic: the same touchpoint count and seed always give the same map,
//! from a small self-contained random generator, so a generated file diffs cleanly and a
//! test or benchmark can name the map it ran on.

use std::collections::BTreeSet;

use super::concepts::{
    EvidenceLevel, Lane, LaneKind, Link, LinkKind, Observation, Persona, PersonaKind, Promise,
    Stage, TermsArea, TermsTag, Touchpoint,
};
use super::ids::{LaneId, LinkId, PersonaId, PromiseId, StageId, TouchpointId};
use super::journey::{Document, DocumentError, Journey};
use super::limits::MAX_LANES;
use super::values::{Colour, Date, Rating, Severity};

/// The seed used when none is given.
pub const DEFAULT_SEED: u64 = 2026;

/// The most touchpoints [`generate`] is asked for on the command line: the saved map stays
/// well under the size polku agrees to open.
pub const MAX_TOUCHPOINTS: usize = 100_000;

/// Cards are 176 map units wide; cards in the same lane and stage sit this far apart.
const COLUMN_WIDTH: f32 = 200.0;

/// A map with `touchpoints` touchpoints (at least one), the same for the same `seed`.
///
/// It has every kind of lane, stages that grow with the map, Flow links along the
/// customer's path, hidden chains that support the visible steps, TERMS tags, personas
/// and promises, and it passes [`crate::model::validate`] without warnings. Counts over
/// [`MAX_TOUCHPOINTS`] are refused by the map's own limits, which the error names.
pub fn generate(touchpoints: usize, seed: u64) -> Result<Journey, Vec<DocumentError>> {
    let count = touchpoints.max(1);
    let mut generator = Generator {
        rng: Rng(seed),
        touchpoints: Vec::with_capacity(count),
        cards: Vec::with_capacity(count),
        links: Vec::new(),
        linked: BTreeSet::new(),
    };
    let lanes = generator.lanes();
    let stages = stages(count);
    generator.touchpoints_and_links(count, &lanes, stages.len());
    let personas = generator.personas();
    let promises = generator.promises();
    let document = Document {
        title: format!("Generated service blueprint, {count} touchpoints"),
        description: format!(
            "Made up by `polku generate` (seed {seed}) to try polku on a large service; \
             the steps are plausible, not real."
        ),
        lanes: lanes
            .iter()
            .zip(1..)
            .map(|(spec, id)| Lane {
                id: LaneId(id),
                name: spec.name.to_owned(),
                kind: spec.kind,
            })
            .collect(),
        stages,
        touchpoints: generator.touchpoints,
        links: generator.links,
        personas,
        promises,
        parking_lot: Vec::new(),
        conflicts: Vec::new(),
        feedback: Vec::new(),
    };
    Journey::from_document(document)
}

/// splitmix64: tiny, fast, and good enough to make a map look unplanned. Written out
/// here so the output never changes with a dependency's version.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next()) * n as u128) >> 64) as usize
    }

    fn percent(&mut self, chance: usize) -> bool {
        self.below(100) < chance
    }

    /// One of `items`; the default when there are none.
    fn pick<T: Copy + Default>(&mut self, items: &[T]) -> T {
        let i = self.below(items.len());
        items.get(i).copied().unwrap_or_default()
    }

    /// One of `items`, each as likely as its weight.
    fn weighted<T: Copy, const N: usize>(&mut self, items: &[(T, usize); N]) -> T {
        let mut roll = self.below(items.iter().map(|&(_, w)| w).sum());
        let mut chosen = items[0].0;
        for &(item, weight) in items {
            if roll < weight {
                chosen = item;
                break;
            }
            roll -= weight;
        }
        chosen
    }
}

mod lane_spec;

/// The words generated maps are made of: data, kept to a line or two per list.
#[rustfmt::skip]
mod words;

use lane_spec::LaneSpec;
use words::*;

/// The first non-customer slots of the map take these kinds in turn, so that even a small
/// map has a lane of every kind in use.
const FIRST_KINDS: [LaneKind; 4] = [
    LaneKind::Frontstage,
    LaneKind::Backstage,
    LaneKind::Support,
    LaneKind::Evidence,
];

/// How often each kind of lane gets a touchpoint after the first ones.
const KIND_WEIGHTS: [(LaneKind, usize); 5] = [
    (LaneKind::Customer, 22),
    (LaneKind::Frontstage, 22),
    (LaneKind::Evidence, 10),
    (LaneKind::Backstage, 26),
    (LaneKind::Support, 20),
];

/// Six stages at least, and about one per 60 touchpoints: named ones first, then numbered.
/// How many stages a map of `count` touchpoints gets: about one for every 60 touchpoints,
/// at least 6, and no more than a map may have.
fn stage_count(count: usize) -> usize {
    (count / 60).clamp(6, MAX_LANES)
}

fn stages(count: usize) -> Vec<Stage> {
    (1..=stage_count(count))
        .map(|n| Stage {
            id: StageId(n as u64),
            name: STAGE_NAMES
                .get(n - 1)
                .map_or_else(|| format!("Stage {n}"), |&name| name.to_owned()),
        })
        .collect()
}

/// Where a generated touchpoint sits, for linking it.
#[derive(Clone, Copy)]
struct Card {
    id: TouchpointId,
    lane: usize,
    kind: LaneKind,
    stage: usize,
    column: usize,
}

struct Generator {
    rng: Rng,
    touchpoints: Vec<Touchpoint>,
    cards: Vec<Card>,
    links: Vec<Link>,
    /// Ends and kinds of the links so far, so no link is made twice.
    linked: BTreeSet<(TouchpointId, TouchpointId, LinkKind)>,
}

impl Generator {
    /// Evidence, customer, one or two frontstage, two or three backstage and two to four
    /// support lanes, top to bottom.
    fn lanes(&mut self) -> Vec<&'static LaneSpec> {
        let mut lanes = vec![&EVIDENCE, &CUSTOMER];
        lanes.extend(&FRONTSTAGE[..1 + self.rng.below(2)]);
        lanes.extend(&BACKSTAGE[..2 + self.rng.below(2)]);
        lanes.extend(&SUPPORT[..2 + self.rng.below(3)]);
        lanes
    }

    fn touchpoints_and_links(&mut self, count: usize, lanes: &[&LaneSpec], stage_count: usize) {
        // Stages get uneven shares, as real phases do.
        let weights: Vec<usize> = (0..stage_count).map(|_| 50 + self.rng.below(100)).collect();
        let total: usize = weights.iter().sum();
        let mut placed_before = 0;
        let mut weight_before = 0;
        let mut first_kinds = FIRST_KINDS.iter();
        for (stage, weight) in weights.iter().enumerate() {
            weight_before += weight;
            let end = if stage + 1 == stage_count {
                count
            } else {
                (count as u128 * weight_before as u128 / total as u128) as usize
            };
            let first_card = self.cards.len();
            // Each lane's next free column, and the column of the last visible step: a
            // new card goes under or after the step it belongs to.
            let mut next_column = vec![0; lanes.len()];
            let mut time = 0;
            for slot in 0..end.saturating_sub(placed_before) {
                let kind = if slot == 0 {
                    // A stage opens with what the customer does, so every hidden step
                    // has a visible one in its stage to support.
                    LaneKind::Customer
                } else if let Some(&kind) = first_kinds.next() {
                    kind
                } else {
                    self.rng.weighted(&KIND_WEIGHTS)
                };
                let candidates: Vec<usize> = (0..lanes.len())
                    .filter(|&i| lanes[i].kind == kind)
                    .collect();
                // Every kind has at least one lane, so there is always a candidate.
                let lane = self.rng.pick(&candidates);
                let gap = usize::from(self.rng.percent(8));
                let column = time.max(next_column[lane]) + gap;
                next_column[lane] = column + 1;
                if matches!(kind, LaneKind::Customer | LaneKind::Frontstage) {
                    time = column;
                }
                let card = Card {
                    id: TouchpointId(self.cards.len() as u64 + 1),
                    lane,
                    kind,
                    stage,
                    column,
                };
                let touchpoint = self.touchpoint(card, lanes[lane]);
                self.cards.push(card);
                self.touchpoints.push(touchpoint);
            }
            placed_before = end;
            self.link_stage(first_card);
        }
        self.link_spine();
    }

    fn touchpoint(&mut self, card: Card, lane: &LaneSpec) -> Touchpoint {
        let rng = &mut self.rng;
        let title = match card.kind {
            LaneKind::Customer => [rng.pick(CUSTOMER_VERBS), rng.pick(VISIBLE_OBJECTS)],
            LaneKind::Frontstage => [rng.pick(FRONTSTAGE_VERBS), rng.pick(VISIBLE_OBJECTS)],
            LaneKind::Evidence => [rng.pick(EVIDENCE_FORMS), rng.pick(VISIBLE_OBJECTS)],
            LaneKind::Backstage => [rng.pick(BACKSTAGE_VERBS), rng.pick(HIDDEN_OBJECTS)],
            LaneKind::Support => [rng.pick(SUPPORT_VERBS), rng.pick(HIDDEN_OBJECTS)],
        }
        .join(" ");
        let mut touchpoint = Touchpoint::new(
            card.id,
            title,
            LaneId(card.lane as u64 + 1),
            StageId(card.stage as u64 + 1),
        );
        touchpoint.x = card.column as f32 * COLUMN_WIDTH;
        if rng.percent(15) {
            touchpoint.description = rng.pick(DESCRIPTIONS).to_owned();
        }
        touchpoint.actor = rng.pick(lane.actors).to_owned();
        touchpoint.owner = rng.pick(lane.owners).to_owned();
        touchpoint.channel = rng.pick(lane.channels);
        touchpoint.evidence = rng.weighted(&[
            (EvidenceLevel::Observed, 3),
            (EvidenceLevel::Reported, 3),
            (EvidenceLevel::Assumed, 4),
        ]);
        if rng.percent(40) {
            for _ in 0..1 + usize::from(rng.percent(25)) {
                let area = TermsArea::ALL[rng.below(TermsArea::ALL.len())];
                let severity = rng.weighted(&[
                    (Severity::Minor, 5),
                    (Severity::Major, 3),
                    (Severity::Critical, 2),
                ]);
                let note = rng.pick(NOTES[area.index()]).to_owned();
                if touchpoint.tag(area).is_none() {
                    let tag = TermsTag {
                        area,
                        severity,
                        note,
                    };
                    touchpoint.set_tag(area, Some(tag));
                }
            }
        }
        let worst = touchpoint.terms.iter().map(|t| t.severity.weight()).max();
        if card.kind.is_visible() {
            let mood = rng.below(4) as i64 - 1 - i64::from(worst.unwrap_or(0));
            touchpoint.emotion = Rating::new(mood.clamp(-2, 2));
        }
        if matches!(card.kind, LaneKind::Frontstage | LaneKind::Backstage) && rng.percent(50) {
            touchpoint.employee_experience = Rating::new(rng.below(5) as i64 - 2);
        }
        if card.kind.is_visible() && rng.percent(5) {
            touchpoint.observations.push(Observation {
                // Some day in 2025.
                date: Date::from_days_since_epoch(20_089 + rng.below(365) as i64),
                text: rng.pick(OBSERVATIONS).to_owned(),
                evidence: rng.pick(&[EvidenceLevel::Observed, EvidenceLevel::Reported]),
                source: rng.pick(SOURCES).to_owned(),
            });
        }
        touchpoint
    }

    fn link(&mut self, from: TouchpointId, to: TouchpointId, kind: LinkKind) {
        if from != to && self.linked.insert((from, to, kind)) {
            self.links.push(Link {
                id: LinkId(self.links.len() as u64 + 1),
                from,
                to,
                kind,
                label: String::new(),
            });
        }
    }

    /// Links within the stage whose cards start at `first`: hidden chains, and hidden
    /// steps supporting visible ones, so no hidden step leads nowhere.
    fn link_stage(&mut self, first: usize) {
        let stage: Vec<Card> = self.cards[first..].to_vec();
        let nearest = |cards: &[Card], column: usize, kinds: &[LaneKind]| {
            cards
                .iter()
                .filter(|c| kinds.contains(&c.kind))
                .min_by_key(|c| c.column.abs_diff(column))
                .map(|c| c.id)
        };
        let spine = [LaneKind::Customer, LaneKind::Frontstage];
        for (i, card) in stage.iter().enumerate() {
            let next_in_lane = stage[i + 1..].iter().find(|c| c.lane == card.lane);
            match card.kind {
                LaneKind::Evidence => {
                    if let Some(step) = nearest(&stage, card.column, &spine) {
                        self.link(step, card.id, LinkKind::Flow);
                    }
                }
                LaneKind::Backstage => {
                    if let Some(next) = next_in_lane {
                        self.link(card.id, next.id, LinkKind::Flow);
                    }
                    // The last of a chain always hands its work to a visible step.
                    if (next_in_lane.is_none() || self.rng.percent(30))
                        && let Some(step) = nearest(&stage, card.column, &spine)
                    {
                        self.link(card.id, step, LinkKind::Support);
                    }
                }
                LaneKind::Support => {
                    let target = nearest(&stage, card.column, &[LaneKind::Backstage])
                        .or_else(|| nearest(&stage, card.column, &spine));
                    if let Some(target) = target {
                        self.link(card.id, target, LinkKind::Support);
                    }
                }
                LaneKind::Customer | LaneKind::Frontstage => {}
            }
        }
    }

    /// The customer's path: customer and frontstage steps in stage order, then left to
    /// right, then top to bottom.
    fn spine(&self) -> Vec<Card> {
        let mut spine: Vec<Card> = self
            .cards
            .iter()
            .filter(|c| matches!(c.kind, LaneKind::Customer | LaneKind::Frontstage))
            .copied()
            .collect();
        spine.sort_by_key(|c| (c.stage, c.column, c.lane));
        spine
    }

    fn link_spine(&mut self) {
        let spine = self.spine();
        for pair in spine.windows(2) {
            self.link(pair[0].id, pair[1].id, LinkKind::Flow);
        }
    }

    fn personas(&mut self) -> Vec<Persona> {
        let spine = self.spine();
        let cast = [
            ("First-time buyer", PersonaKind::Customer, 80),
            ("Busy parent", PersonaKind::Customer, 60),
            ("New service agent", PersonaKind::Employee, 50),
        ];
        let cast_size = if spine.len() >= 15 { cast.len() } else { 1 };
        let mut personas = Vec::new();
        for (n, &(name, kind, share)) in cast.iter().take(cast_size).enumerate() {
            let mut path: Vec<TouchpointId> = spine
                .iter()
                .filter(|c| (kind == PersonaKind::Customer) == (c.kind == LaneKind::Customer))
                .filter(|_| self.rng.percent(share))
                .take(300)
                .map(|c| c.id)
                .collect();
            if path.is_empty() {
                path.extend(spine.first().map(|c| c.id));
            }
            personas.push(Persona {
                id: PersonaId(n as u64 + 1),
                name: name.to_owned(),
                description: String::new(),
                kind,
                colour: Colour::PALETTE[n % Colour::PALETTE.len()],
                path,
            });
        }
        personas.retain(|p| !p.path.is_empty());
        personas
    }

    fn promises(&mut self) -> Vec<Promise> {
        let of_kinds = |kinds: &[LaneKind]| -> Vec<TouchpointId> {
            let cards = self.cards.iter().filter(|c| kinds.contains(&c.kind));
            cards.map(|c| c.id).collect()
        };
        let visible = of_kinds(&[LaneKind::Customer, LaneKind::Frontstage, LaneKind::Evidence]);
        let mut securing = of_kinds(&[LaneKind::Backstage, LaneKind::Support]);
        if securing.is_empty() {
            securing = of_kinds(&[LaneKind::Frontstage]);
        }
        if visible.is_empty() || securing.is_empty() {
            return Vec::new();
        }
        let texts = [
            "Your invoice is right the first time",
            "We answer within one working day",
            "You always know when we will come",
        ];
        let mut promises = Vec::new();
        for (n, text) in texts.into_iter().enumerate() {
            // Both lists were checked to be non-empty above.
            let mut redeemed_by: Vec<_> = (0..4)
                .map(|_| visible[self.rng.below(visible.len())])
                .collect();
            let mut secured_by: Vec<_> = (0..4)
                .map(|_| securing[self.rng.below(securing.len())])
                .collect();
            for list in [&mut redeemed_by, &mut secured_by] {
                list.sort();
                list.dedup();
            }
            promises.push(Promise {
                id: PromiseId(n as u64 + 1),
                text: text.to_owned(),
                description: String::new(),
                redeemed_by,
                secured_by,
            });
        }
        promises
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_random_numbers_are_splitmix64_and_stay_in_range() {
        // The published first output for seed 0: if this changes, every map does.
        assert_eq!(Rng(0).next(), 0xe220_a839_7b1d_cdaf);
        let mut rng = Rng(DEFAULT_SEED);
        assert!((0..10_000).all(|_| rng.below(7) < 7));
        assert_eq!(rng.below(0), 0);
        let weights = [(LaneKind::Customer, 0), (LaneKind::Support, 1)];
        assert!((0..100).all(|_| rng.weighted(&weights) == LaneKind::Support));
    }

    #[test]
    fn there_are_six_stages_at_least_then_one_per_sixty_touchpoints() {
        assert_eq!(stages(1).len(), 6);
        assert_eq!(stages(6000).len(), 100);
        // Every count polku generates stays within the map's limit on stages: from
        // 60,060 touchpoints on, one stage per 60 would be too many.
        assert!((1..=MAX_TOUCHPOINTS).all(|count| stage_count(count) <= MAX_LANES));
        assert_eq!(stage_count(60_060), MAX_LANES);
        let names: Vec<String> = stages(800).into_iter().map(|s| s.name).collect();
        assert_eq!(
            (names[0].as_str(), names[12].as_str()),
            ("Discover", "Stage 13")
        );
    }
}
