//! Tests of hidden support and impact: both kinds of set against a plain walk. Tests only.

use fixedbitset::FixedBitSet;

use super::impact::impacts;
use super::sets::{Members, Reached, SUPPORTS_LISTED, Shape, WeightPlanes, merge};
use super::walk::supported_visible;
use crate::model::{Journey, TouchpointId};

#[test]
fn lists_merge_sorted_without_repeats() {
    assert_eq!(merge(&[1, 3, 5], &[2, 3, 9]), [1, 2, 3, 5, 9]);
    assert_eq!(merge(&[], &[4]), [4]);
}

#[test]
fn sets_become_bitsets_when_large_and_keep_every_member() {
    let shape = Shape {
        width: 10_000,
        most_listed: 100,
    };
    let mut members = Members::from_list((0..200).collect(), shape);
    assert!(matches!(members, Members::Many(_)));
    members.add(&Members::Few(vec![5, 9_999]), shape);
    let weights = vec![1; shape.width];
    let reached = Reached::new(members, &weights, &WeightPlanes::of(&weights));
    assert_eq!((reached.count, reached.weight), (201, 201));
    assert_eq!(reached.first.len(), SUPPORTS_LISTED);
}

/// A map of `n` touchpoints, hidden where `hidden` says, tagged `severity` where it
/// says, with `links` between them.
fn map(hidden: &[bool], severity: &[u8], links: &[(usize, usize, bool)]) -> Journey {
    use crate::model::{
        Edit, Lane, LaneId, LaneKind, Link, LinkId, LinkKind, Severity, Stage, StageId, TermsArea,
        TermsTag, Touchpoint,
    };
    let mut journey = Journey::new();
    let lanes = [(1, LaneKind::Customer), (2, LaneKind::Backstage)];
    for (index, (id, kind)) in lanes.into_iter().enumerate() {
        let lane = Lane {
            id: LaneId(id),
            name: format!("{kind:?}"),
            kind,
        };
        assert!(journey.apply(Edit::AddLane { index, lane }).is_ok());
    }
    let stage = Stage {
        id: StageId(1),
        name: "All".into(),
    };
    assert!(journey.apply(Edit::AddStage { index: 0, stage }).is_ok());
    for (i, &is_hidden) in hidden.iter().enumerate() {
        let lane = LaneId(if is_hidden { 2 } else { 1 });
        let mut card = Touchpoint::new(TouchpointId(i as u64 + 1), "", lane, StageId(1));
        card.x = ((i * 5) % 7) as f32;
        let level = severity[i % severity.len()];
        if level > 0 {
            card.terms = vec![TermsTag {
                area: TermsArea::Risk,
                severity: Severity::ALL[usize::from(level - 1)],
                note: String::new(),
            }];
        }
        assert!(journey.apply(Edit::AddTouchpoint(Box::new(card))).is_ok());
    }
    for (n, &(from, to, flow)) in links.iter().enumerate() {
        if from < hidden.len() && to < hidden.len() {
            let link = Link {
                id: LinkId(n as u64 + 1),
                from: TouchpointId(from as u64 + 1),
                to: TouchpointId(to as u64 + 1),
                kind: if flow {
                    LinkKind::Flow
                } else {
                    LinkKind::Support
                },
                label: String::new(),
            };
            assert!(journey.apply(Edit::AddLink(link)).is_ok());
        }
    }
    journey
}

proptest::proptest! {
    /// With every set a bitset, with every set a list, and with both and sets that
    /// extend others in between, the answers are what a walk from each hidden step
    /// finds.
    #[test]
    fn both_kinds_of_set_give_what_a_walk_finds(
        hidden in proptest::collection::vec(proptest::bool::weighted(0.6), 1..30),
        severity in proptest::collection::vec(0u8..=3, 1..4),
        links in proptest::collection::vec((0usize..30, 0usize..30, proptest::bool::ANY), 0..90),
    ) {
        let journey = map(&hidden, &severity, &links);
        let order = crate::model::analysis::journey_order(&journey);
        let rank = |id: &TouchpointId| order.iter().position(|o| o == id);
        for most_listed in [0, 2, 5, usize::MAX] {
            for impact in impacts(&journey, Some(most_listed)) {
                let mut walked = supported_visible(&journey, impact.touchpoint);
                let weight: u32 = walked
                    .iter()
                    .filter_map(|&id| journey.touchpoint(id))
                    .map(|t| t.terms_weight())
                    .sum();
                proptest::prop_assert_eq!(impact.visible_supported, walked.len());
                proptest::prop_assert_eq!(impact.terms_weight, weight);
                walked.sort_by_key(rank);
                walked.truncate(SUPPORTS_LISTED);
                proptest::prop_assert_eq!(&impact.supports, &walked);
            }
        }
    }
}

#[test]
fn variants_of_a_hub_share_its_set_and_add_their_own() {
    // Visible 0..10; hidden 10 (the hub) feeds them all; hidden 11..20 each feed the
    // hub and one moment of their own; hidden 20 feeds all of those.
    let mut hidden = vec![false; 10];
    hidden.extend([true; 11]);
    let mut links: Vec<(usize, usize, bool)> = (0..10).map(|v| (10, v, false)).collect();
    for i in 11..20 {
        links.extend([(i, 10, false), (i, i - 11, false), (20, i, false)]);
    }
    let journey = map(&hidden, &[1, 2, 3], &links);
    let impacts = impacts(&journey, Some(2));
    for impact in &impacts {
        let walked = supported_visible(&journey, impact.touchpoint);
        assert_eq!(impact.visible_supported, walked.len());
    }
    assert!(impacts.iter().all(|i| i.visible_supported == 10));
}

#[test]
fn weights_are_summed_through_their_bits() {
    let weights = [0, 1, 2, 3, 15, 7];
    let planes = WeightPlanes::of(&weights);
    let mut bits = FixedBitSet::with_capacity(weights.len());
    for v in [1, 3, 4] {
        bits.insert(v);
    }
    let reached = Reached::new(Members::Many(bits), &weights, &planes);
    assert_eq!((reached.count, reached.weight), (3, 19));
}
