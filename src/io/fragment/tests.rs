//! Tests of copying touchpoints and pasting them into the same map and others. Tests only.

use std::collections::BTreeSet;

use super::{FragmentError, Pasted, duplicate, paste, to_fragment};
use crate::model::templates::Template;
use crate::model::{Edit, Journey, Lane, LaneId, Link, LinkId, StageId, Touchpoint, TouchpointId};
use crate::model::{LaneKind, LinkKind, Stage};

/// The blueprint template with a customer step, the frontstage step answering it and
/// the backstage step behind that (all at x 0 of the first stage), linked, plus a
/// customer step in the next stage.
fn map() -> Journey {
    let mut journey = Template::Blueprint.journey();
    let mut edits = Vec::new();
    for (id, lane, stage) in [(1, 2, 1), (2, 3, 1), (3, 4, 1), (4, 2, 2)] {
        let t = Touchpoint::new(
            TouchpointId(id),
            format!("Step {id}"),
            LaneId(lane),
            StageId(stage),
        );
        edits.push(Edit::AddTouchpoint(Box::new(t)));
    }
    for (id, from, to, kind) in [
        (1, 1, 2, LinkKind::Flow),
        (2, 3, 2, LinkKind::Support),
        (3, 1, 4, LinkKind::Flow),
    ] {
        let (from, to, label) = (TouchpointId(from), TouchpointId(to), String::new());
        edits.push(Edit::AddLink(Link {
            id: LinkId(id),
            from,
            to,
            kind,
            label,
        }));
    }
    let applied = journey.apply(Edit::Batch(edits));
    assert!(applied.is_ok(), "{applied:?}");
    journey
}

fn first_three() -> BTreeSet<TouchpointId> {
    [1, 2, 3].map(TouchpointId).into()
}

#[test]
fn pasting_into_the_same_map_puts_copies_beside_the_originals_and_undoes_at_once() {
    let original = map();
    let mut journey = original.clone();
    let mut ids = journey.ids();
    let pasted = paste(&journey, &mut ids, &to_fragment(&journey, &first_three()));
    let Ok(Pasted { edit, touchpoints }) = pasted else {
        panic!("{pasted:?}");
    };
    assert_eq!(touchpoints, [5, 6, 7].map(TouchpointId));
    let undo = journey.apply(edit);
    assert_eq!(journey.touchpoint_count(), 7);
    // Each copy sits in its original's lane and stage, one card to the right.
    let place = |id| {
        journey
            .touchpoint(TouchpointId(id))
            .map(|t| (t.lane, t.stage, t.x))
    };
    for (old, new) in [(1, 5), (2, 6), (3, 7)] {
        let beside = place(old).map(|(lane, stage, x)| (lane, stage, x + 200.0));
        assert_eq!(place(new), beside);
    }
    let links: Vec<_> = journey
        .links()
        .map(|l| (l.from.0, l.to.0, l.kind))
        .collect();
    assert_eq!(
        &links[3..],
        [(5, 6, LinkKind::Flow), (7, 6, LinkKind::Support)]
    );
    let Ok(undo) = undo else { panic!("{undo:?}") };
    assert!(journey.apply(undo).is_ok());
    assert_eq!(journey, original);
}

/// Where the pasted touchpoints of `pasted` go: (lane, stage, x).
fn places(pasted: Result<Pasted, FragmentError>) -> Vec<(u64, u64, f32)> {
    let Ok(Pasted {
        edit: Edit::Batch(edits),
        ..
    }) = pasted
    else {
        panic!("{pasted:?}")
    };
    (edits.iter())
        .filter_map(|e| match e {
            Edit::AddTouchpoint(t) => Some((t.lane.0, t.stage.0, t.x)),
            _ => None,
        })
        .collect()
}

#[test]
fn pasting_into_another_map_matches_lanes_and_stages_by_name_kind_and_place() {
    let mut document = map().to_document();
    let lanes = [
        (2, "customer ACTIONS", LaneKind::Customer),
        (3, "Support processes", LaneKind::Frontstage),
        (4, "Kitchen", LaneKind::Support),
    ];
    document.lanes = (lanes.into_iter())
        .map(|(id, name, kind)| Lane {
            id: LaneId(id),
            name: name.into(),
            kind,
        })
        .collect();
    let (id, name) = (StageId(7), "Before".into());
    document.stages.insert(0, Stage { id, name });
    document.stages[1].name = "Arrive".into();
    let source = Journey::from_document(document).unwrap_or_default();
    let text = to_fragment(&source, &first_three());
    // Lanes by id and name, by name alone, by kind; the stage by its place.
    let blueprint = Template::Blueprint.journey();
    let pasted = paste(&blueprint, &mut blueprint.ids(), &text);
    assert_eq!(places(pasted), [(2, 2, 0.0), (5, 2, 0.0), (5, 2, 200.0)]);
    // The journey template has no support lane: the first lane takes that card.
    let journey = Template::Journey.journey();
    let pasted = paste(&journey, &mut journey.ids(), &text);
    assert_eq!(places(pasted), [(2, 2, 0.0), (3, 2, 0.0), (1, 2, 0.0)]);
    // A stage of the same name wins over the place.
    let text = text.replace("\"Arrive\"", "\"pay\"");
    let pasted = paste(&blueprint, &mut blueprint.ids(), &text);
    assert_eq!(places(pasted)[0], (2, 4, 0.0));
}

#[test]
fn text_that_is_not_a_fragment_is_refused_with_a_reason() {
    let journey = map();
    let paste = |text: &str| paste(&journey, &mut journey.ids(), text).err();
    assert_eq!(paste(""), Some(FragmentError::NotAFragment));
    assert_eq!(paste("hello (world"), Some(FragmentError::NotAFragment));
    assert_eq!(paste("()"), Some(FragmentError::NotAFragment));
    let whole = crate::io::to_ron_string(&journey).unwrap_or_default();
    assert_eq!(paste(&whole), Some(FragmentError::WholeMap));
    assert_eq!(
        paste("(polku_fragment: 2)"),
        Some(FragmentError::NewerVersion(2))
    );
    assert_eq!(paste("(polku_fragment: 1)"), Some(FragmentError::Empty));
    let text = to_fragment(&journey, &first_three());
    let error = paste(&text.replace("title: \"Step 2\"", "title: 7"));
    let message = error.map(|e| e.to_string()).unwrap_or_default();
    assert!(
        message.contains("line 39, column 19: expected text in double quotes here"),
        "{message}"
    );
    assert!(matches!(
        paste(&text.replace("to: 2,", "to: 99,")),
        Some(FragmentError::LinkToMissing { .. })
    ));
    assert!(matches!(
        paste(&text.replace("lane: 4,", "lane: 9,")),
        Some(FragmentError::UnknownLane { .. })
    ));
    let empty = Journey::new();
    assert_eq!(
        super::paste(&empty, &mut empty.ids(), &text).err(),
        Some(FragmentError::NoLanes)
    );
}

#[test]
fn copying_is_deterministic_and_leaves_out_links_to_the_rest() {
    let journey = map();
    let text = to_fragment(&journey, &first_three());
    assert_eq!(text, to_fragment(&journey, &first_three()));
    assert!(text.starts_with("(\n    polku_fragment: 1,\n"), "{text}");
    assert_eq!(text.matches("from:").count(), 2, "{text}");
    let mut ids = journey.ids();
    assert!(matches!(
        duplicate(&journey, &mut ids, &BTreeSet::new()),
        Ok(None)
    ));
    // A second copy skips over the first.
    let mut journey = journey;
    let one: BTreeSet<_> = [TouchpointId(4)].into();
    for (id, x) in [(5, 200.0), (6, 400.0)] {
        let copy = duplicate(&journey, &mut ids, &one);
        let Ok(Some(Pasted { edit, touchpoints })) = copy else {
            panic!("no copy")
        };
        assert_eq!(touchpoints, [TouchpointId(id)]);
        assert!(journey.apply(edit).is_ok());
        assert_eq!(journey.touchpoint(TouchpointId(id)).map(|t| t.x), Some(x));
    }
}
