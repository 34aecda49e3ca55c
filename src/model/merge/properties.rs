//! The merge's properties on made-up edits: a change merged with an unchanged side is
//! the change, every merge loads, and without conflicts merging is symmetric.

use proptest::prelude::*;

use super::tests::{base, link, tag};
use super::*;
use crate::model::concepts::{TermsArea, Touchpoint};
use crate::model::ids::{StageId, TouchpointId};
use crate::model::journey::{Document, Journey};
use crate::model::values::{Rating, Severity};

/// One made-up change to a map; `fresh` numbers what this side adds.
#[derive(Clone, Debug)]
enum Change {
    Retitle(usize, u8),
    Emotion(usize, i8),
    Tag(usize, usize, u8),
    Move(usize, u8),
    Add(usize, u8),
    Remove(usize),
    Link(usize, usize),
    Step(usize),
    SwapLanes(usize, usize),
    Observe(usize, u8),
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        (0..12usize, 0..3u8).prop_map(|(i, t)| Change::Retitle(i, t)),
        (0..12usize, -2..=2i8).prop_map(|(i, e)| Change::Emotion(i, e)),
        (0..12usize, 0..5usize, 1..=3u8).prop_map(|(i, a, s)| Change::Tag(i, a, s)),
        (0..12usize, 0..3u8).prop_map(|(i, x)| Change::Move(i, x)),
        (0..3usize, 0..3u8).prop_map(|(l, t)| Change::Add(l, t)),
        (0..12usize).prop_map(Change::Remove),
        (0..12usize, 0..12usize).prop_map(|(a, b)| Change::Link(a, b)),
        (0..12usize).prop_map(Change::Step),
        (0..3usize, 0..3usize).prop_map(|(a, b)| Change::SwapLanes(a, b)),
        (0..12usize, 0..3u8).prop_map(|(i, t)| Change::Observe(i, t)),
    ]
}

/// `document` with `changes` made, numbering additions from `fresh` on.
fn changed(document: &Document, changes: &[Change], mut fresh: u64) -> Document {
    let mut document = document.clone();
    for change in changes {
        let count = document.touchpoints.len();
        let pick = |i: usize| (count > 0).then(|| i % count);
        match *change {
            Change::Retitle(i, t) => {
                if let Some(i) = pick(i) {
                    document.touchpoints[i].title = format!("Step {t}");
                }
            }
            Change::Emotion(i, e) => {
                if let Some(i) = pick(i) {
                    document.touchpoints[i].emotion = Rating::new(e.into());
                }
            }
            Change::Tag(i, area, severity) => {
                if let Some(i) = pick(i) {
                    let area = TermsArea::ALL[area];
                    let severity = Severity::ALL[usize::from(severity - 1)];
                    document.touchpoints[i].set_tag(area, Some(tag(area, severity)));
                }
            }
            Change::Move(i, x) => {
                if let Some(i) = pick(i) {
                    document.touchpoints[i].x = f32::from(x) * 10.0;
                }
            }
            Change::Add(lane, t) => {
                fresh += 1;
                let lane = document.lanes[lane % document.lanes.len()].id;
                document.touchpoints.push(Touchpoint::new(
                    TouchpointId(fresh),
                    format!("New {t}"),
                    lane,
                    StageId(1),
                ));
            }
            Change::Remove(i) => {
                if let Some(i) = pick(i) {
                    let id = document.touchpoints.remove(i).id;
                    document.links.retain(|l| l.from != id && l.to != id);
                    for persona in &mut document.personas {
                        persona.path.retain(|step| *step != id);
                    }
                    for promise in &mut document.promises {
                        promise.redeemed_by.retain(|step| *step != id);
                    }
                }
            }
            Change::Link(a, b) => {
                if let (Some(a), Some(b)) = (pick(a), pick(b)) {
                    fresh += 1;
                    let (from, to) = (document.touchpoints[a].id, document.touchpoints[b].id);
                    document.links.push(link(fresh, from.0, to.0));
                }
            }
            Change::Step(i) => {
                if let Some(i) = pick(i) {
                    let id = document.touchpoints[i].id;
                    document.personas[0].path.push(id);
                }
            }
            Change::SwapLanes(a, b) => document.lanes.swap(a % 3, b % 3),
            Change::Observe(i, t) => {
                if let Some(i) = pick(i) {
                    document.touchpoints[i]
                        .observations
                        .push(crate::model::Observation {
                            date: crate::model::Date::new(2026, 12, 1 + t)
                                .expect("a day of December"),
                            text: format!("Seen {t}"),
                            evidence: Default::default(),
                            source: String::new(),
                        });
                }
            }
        }
    }
    document.touchpoints.sort_by_key(|t| t.id);
    document.links.sort_by_key(|l| l.id);
    document
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn merging_with_an_unchanged_side_gives_the_change(
        changes in proptest::collection::vec(change(), 0..12),
    ) {
        let base = base();
        let side = changed(&base, &changes, 100);
        let result = merge(&base, &base, &side);
        prop_assert_eq!(&result.document, &side);
        let result = merge(&base, &side, &base);
        prop_assert_eq!(&result.document, &side);
    }

    #[test]
    fn every_merge_loads_and_without_conflicts_it_is_symmetric(
        ours in proptest::collection::vec(change(), 0..12),
        theirs in proptest::collection::vec(change(), 0..12),
    ) {
        let base = base();
        // Ids apart, so the two merges give the same ids.
        let (ours, theirs) = (changed(&base, &ours, 100), changed(&base, &theirs, 500));
        let one = merge(&base, &ours, &theirs);
        prop_assert!(Journey::from_document(one.document.clone()).is_ok(), "{:#?}", one);
        let other = merge(&base, &theirs, &ours);
        prop_assert!(Journey::from_document(other.document.clone()).is_ok(), "{:#?}", other);
        if one.new_conflicts == 0 && other.new_conflicts == 0 {
            let (mut one, mut other) = (one.document, other.document);
            // A lane both sides moved goes where ours put it: no conflict, and not symmetric.
            if ours.lanes != base.lanes && theirs.lanes != base.lanes {
                one.lanes.sort_by_key(|l| l.id);
                other.lanes.sort_by_key(|l| l.id);
            }
            prop_assert_eq!(one, other);
        }
    }

    #[test]
    fn colliding_additions_still_load(
        ours in proptest::collection::vec(change(), 0..12),
        theirs in proptest::collection::vec(change(), 0..12),
    ) {
        let base = base();
        let (ours, theirs) = (changed(&base, &ours, 100), changed(&base, &theirs, 100));
        let result = merge(&base, &ours, &theirs);
        prop_assert!(Journey::from_document(result.document.clone()).is_ok(), "{:#?}", result);
        // Every touchpoint of ours is there unless theirs removed it; every addition of
        // either side is there (theirs' under a new id where ours took the number).
        let ids = |document: &Document| -> std::collections::BTreeSet<TouchpointId> {
            document.touchpoints.iter().map(|t| t.id).collect()
        };
        let (in_base, in_ours, in_theirs, merged) =
            (ids(&base), ids(&ours), ids(&theirs), ids(&result.document));
        for id in &in_ours {
            if !in_base.contains(id) || in_theirs.contains(id) {
                prop_assert!(merged.contains(id), "{id:?} lost");
            }
        }
        let same_addition = ours
            .touchpoints
            .iter()
            .filter(|t| !in_base.contains(&t.id) && theirs.touchpoints.contains(t))
            .count();
        let added = in_ours.difference(&in_base).count() + in_theirs.difference(&in_base).count();
        prop_assert!(merged.difference(&in_base).count() >= added - same_addition);
    }
}
