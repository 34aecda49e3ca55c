//! The merge on small maps a reader can hold in mind (its properties on made-up edits
//! are in `properties.rs`).

use super::*;
use crate::model::concepts::{Lane, Stage};
use crate::model::concepts::{
    LaneKind, Link, LinkKind, Persona, Promise, TermsArea, TermsTag, Touchpoint,
};
use crate::model::conflict::{Conflict, Thing};
use crate::model::ids::{LaneId, LinkId, PersonaId, PromiseId, StageId, TouchpointId};
use crate::model::journey::Document;
use crate::model::journey::Journey;
use crate::model::values::{Rating, Severity};

fn lane(id: u64, name: &str, kind: LaneKind) -> Lane {
    Lane {
        id: LaneId(id),
        name: name.to_owned(),
        kind,
    }
}

pub(super) fn link(id: u64, from: u64, to: u64) -> Link {
    Link {
        id: LinkId(id),
        from: TouchpointId(from),
        to: TouchpointId(to),
        kind: LinkKind::Flow,
        label: String::new(),
    }
}

/// Three lanes, two stages, three touchpoints in a row, a persona walking them and a
/// promise the first one redeems.
pub(super) fn base() -> Document {
    let card = |id: u64, title: &str, lane: u64, stage: u64| {
        Touchpoint::new(TouchpointId(id), title, LaneId(lane), StageId(stage))
    };
    Document {
        title: "Check-in".to_owned(),
        lanes: vec![
            lane(1, "Guest", LaneKind::Customer),
            lane(2, "Front desk", LaneKind::Frontstage),
            lane(3, "Systems", LaneKind::Support),
        ],
        stages: vec![
            Stage {
                id: StageId(1),
                name: "Arrive".to_owned(),
            },
            Stage {
                id: StageId(2),
                name: "Stay".to_owned(),
            },
        ],
        touchpoints: vec![
            card(1, "Arrives", 1, 1),
            card(2, "Checks in", 2, 1),
            card(3, "Finds the room", 1, 2),
        ],
        links: vec![link(1, 1, 2), link(2, 2, 3)],
        personas: vec![Persona {
            id: PersonaId(1),
            name: "Traveller".to_owned(),
            description: String::new(),
            kind: Default::default(),
            colour: Default::default(),
            path: vec![TouchpointId(1), TouchpointId(2)],
        }],
        promises: vec![Promise {
            id: PromiseId(1),
            text: "A room at once".to_owned(),
            description: String::new(),
            redeemed_by: vec![TouchpointId(1)],
            secured_by: Vec::new(),
        }],
        ..Document::default()
    }
}

fn touchpoint(document: &mut Document, id: u64) -> &mut Touchpoint {
    let found = document
        .touchpoints
        .iter_mut()
        .find(|t| t.id == TouchpointId(id));
    found.expect("the test map has this touchpoint")
}

pub(super) fn tag(area: TermsArea, severity: Severity) -> TermsTag {
    TermsTag {
        area,
        severity,
        note: String::new(),
    }
}

/// Merges and checks that the result loads.
fn merged(base: &Document, ours: &Document, theirs: &Document) -> Merged {
    let merged = merge(base, ours, theirs);
    if let Err(errors) = Journey::from_document(merged.document.clone()) {
        panic!(
            "the merge does not load: {errors:?}\n{:#?}",
            merged.document
        );
    }
    merged
}

#[test]
fn a_change_merged_with_an_unchanged_side_is_the_change() {
    let base = base();
    let mut changed = base.clone();
    touchpoint(&mut changed, 2).title = "Checks in at the kiosk".to_owned();
    changed.lanes.swap(0, 2);
    changed.touchpoints.retain(|t| t.id != TouchpointId(3));
    changed.links.retain(|l| l.id != LinkId(2));
    assert_eq!(merged(&base, &changed, &base).document, changed);
    assert_eq!(merged(&base, &base, &changed).document, changed);
}

#[test]
fn different_fields_of_one_touchpoint_keep_both_changes() {
    let base = base();
    let mut ours = base.clone();
    touchpoint(&mut ours, 2).title = "Checks in at the kiosk".to_owned();
    let mut theirs = base.clone();
    touchpoint(&mut theirs, 2).emotion = Rating::new(-2);
    let result = merged(&base, &ours, &theirs);
    assert_eq!(result.new_conflicts, 0);
    let mut document = result.document;
    let card = touchpoint(&mut document, 2);
    assert_eq!(card.title, "Checks in at the kiosk");
    assert_eq!(card.emotion, Rating::new(-2));
}

#[test]
fn terms_tags_merge_area_by_area() {
    let base = base();
    let mut ours = base.clone();
    touchpoint(&mut ours, 1).set_tag(TermsArea::Time, Some(tag(TermsArea::Time, Severity::Major)));
    let mut theirs = base.clone();
    touchpoint(&mut theirs, 1)
        .set_tag(TermsArea::Risk, Some(tag(TermsArea::Risk, Severity::Minor)));
    let mut document = merged(&base, &ours, &theirs).document;
    let areas: Vec<TermsArea> = touchpoint(&mut document, 1)
        .terms
        .iter()
        .map(|t| t.area)
        .collect();
    assert_eq!(areas, [TermsArea::Time, TermsArea::Risk]);

    // One area tagged differently on both sides: that area alone is a conflict.
    let mut theirs = theirs.clone();
    touchpoint(&mut theirs, 1).set_tag(
        TermsArea::Time,
        Some(tag(TermsArea::Time, Severity::Critical)),
    );
    let result = merged(&base, &ours, &theirs);
    assert_eq!(result.new_conflicts, 1);
    let conflict = &result.document.conflicts[0];
    assert_eq!(conflict.thing, Thing::Touchpoint(TouchpointId(1)));
    assert_eq!(conflict.field, "terms.Time");
    assert_eq!(conflict.base.as_deref(), Some("None"));
    let mut document = result.document.clone();
    let card = touchpoint(&mut document, 1);
    assert_eq!(
        card.tag(TermsArea::Time).map(|t| t.severity),
        Some(Severity::Major)
    );
    assert!(card.tag(TermsArea::Risk).is_some());

    // Taking theirs sets that area only.
    resolve(&mut document, 0, Resolution::Theirs).expect("theirs is a tag");
    let card = touchpoint(&mut document, 1);
    assert_eq!(
        card.tag(TermsArea::Time).map(|t| t.severity),
        Some(Severity::Critical)
    );
    assert!(card.tag(TermsArea::Risk).is_some());
    assert!(document.conflicts.is_empty());
}

#[test]
fn additions_with_one_id_on_both_sides_are_both_kept() {
    let base = base();
    let mut ours = base.clone();
    ours.touchpoints.push(Touchpoint::new(
        TouchpointId(4),
        "Pays",
        LaneId(1),
        StageId(2),
    ));
    ours.links.push(link(3, 3, 4));
    let mut theirs = base.clone();
    theirs.touchpoints.push(Touchpoint::new(
        TouchpointId(4),
        "Gets the key",
        LaneId(2),
        StageId(2),
    ));
    theirs.links.push(link(3, 2, 4));
    theirs.personas[0].path.push(TouchpointId(4));
    let result = merged(&base, &ours, &theirs);
    assert_eq!(result.new_conflicts, 0);
    let document = result.document;
    let titles: Vec<(u64, &str)> = document
        .touchpoints
        .iter()
        .map(|t| (t.id.0, t.title.as_str()))
        .collect();
    assert_eq!(titles[3..], [(4, "Pays"), (5, "Gets the key")]);
    // Their link and their persona's path follow their touchpoint to its new id.
    let ends: Vec<(u64, u64, u64)> = document
        .links
        .iter()
        .map(|l| (l.id.0, l.from.0, l.to.0))
        .collect();
    assert_eq!(ends, [(1, 1, 2), (2, 2, 3), (3, 3, 4), (4, 2, 5)]);
    assert_eq!(
        document.personas[0].path,
        [TouchpointId(1), TouchpointId(2), TouchpointId(5)]
    );

    // The same addition on both sides is one.
    let result = merged(&base, &ours, &ours);
    assert_eq!(result.document, ours);
}

#[test]
fn a_touchpoint_removed_on_one_side_and_retitled_on_the_other_is_a_conflict() {
    let base = base();
    let mut ours = base.clone();
    ours.touchpoints.retain(|t| t.id != TouchpointId(3));
    ours.links.retain(|l| l.to != TouchpointId(3));
    let mut theirs = base.clone();
    touchpoint(&mut theirs, 3).title = "Finds room 214".to_owned();

    let result = merged(&base, &ours, &theirs);
    assert_eq!(result.new_conflicts, 1);
    let conflict = result.document.conflicts[0].clone();
    assert_eq!(conflict.thing, Thing::Touchpoint(TouchpointId(3)));
    assert!(conflict.is_about_existence());
    assert!(conflict.ours.is_none());
    assert!(
        conflict
            .theirs
            .as_deref()
            .is_some_and(|t| t.contains("Finds room 214"))
    );
    // The map holds ours: the touchpoint is gone.
    assert!(
        !result
            .document
            .touchpoints
            .iter()
            .any(|t| t.id == TouchpointId(3))
    );

    // Taking theirs brings it back as they had it.
    let mut document = result.document.clone();
    resolve(&mut document, 0, Resolution::Theirs).expect("theirs is a touchpoint");
    assert_eq!(touchpoint(&mut document, 3).title, "Finds room 214");
    assert!(Journey::from_document(document).is_ok());

    // The other way round the map keeps the retitled touchpoint; taking theirs removes it.
    let result = merged(&base, &theirs, &ours);
    assert_eq!(result.new_conflicts, 1);
    let mut document = result.document;
    assert_eq!(touchpoint(&mut document, 3).title, "Finds room 214");
    resolve(&mut document, 0, Resolution::Theirs).expect("theirs removed it");
    assert!(!document.touchpoints.iter().any(|t| t.id == TouchpointId(3)));
    assert!(Journey::from_document(document).is_ok());
}

#[test]
fn a_thing_a_conflict_names_keeps_its_id() {
    // Ours removes the touchpoint with the highest id, theirs retitles it.
    let base = base();
    let mut ours = base.clone();
    ours.touchpoints.retain(|t| t.id != TouchpointId(3));
    ours.links.retain(|l| l.to != TouchpointId(3));
    let mut theirs = base.clone();
    touchpoint(&mut theirs, 3).title = "Finds room 214".to_owned();
    let document = merged(&base, &ours, &theirs).document;
    let journey = Journey::from_document(document.clone()).expect("the merge loads");
    // The next touchpoint made is not taken for the one the conflict is about.
    assert_eq!(journey.ids().touchpoint(), TouchpointId(4));

    // Merged again with another side that added touchpoint 4 and has a conflict of its
    // own about it: both follow it to its new id.
    let mut other = document.clone();
    other.touchpoints.push(Touchpoint::new(
        TouchpointId(4),
        "Theirs",
        LaneId(1),
        StageId(1),
    ));
    other.conflicts.push(Conflict {
        thing: Thing::Touchpoint(TouchpointId(4)),
        field: "title".to_owned(),
        base: None,
        ours: Some("\"Theirs\"".to_owned()),
        theirs: Some("\"Other\"".to_owned()),
    });
    let mut mine = document.clone();
    mine.touchpoints.push(Touchpoint::new(
        TouchpointId(4),
        "Mine",
        LaneId(1),
        StageId(1),
    ));
    let result = merged(&document, &mine, &other);
    assert_eq!(
        result.renumbered,
        [(
            Thing::Touchpoint(TouchpointId(4)),
            Thing::Touchpoint(TouchpointId(5))
        )]
    );
    let theirs_conflict = result
        .document
        .conflicts
        .iter()
        .find(|c| c.field == "title" && c.thing != Thing::Touchpoint(TouchpointId(3)));
    assert_eq!(
        theirs_conflict.map(|c| c.thing),
        Some(Thing::Touchpoint(TouchpointId(5)))
    );
}

#[test]
fn lanes_moved_on_both_sides_keep_both_moves() {
    let mut base = base();
    base.lanes
        .push(lane(4, "Housekeeping", LaneKind::Backstage));
    let names = |document: &Document| -> Vec<String> {
        document.lanes.iter().map(|l| l.name.clone()).collect()
    };
    let mut ours = base.clone();
    // Systems to the bottom (past Housekeeping).
    ours.lanes.swap(2, 3);
    let mut theirs = base.clone();
    // Front desk to the top.
    theirs.lanes.swap(0, 1);
    let result = merged(&base, &ours, &theirs);
    assert_eq!(
        names(&result.document),
        ["Front desk", "Guest", "Housekeeping", "Systems"]
    );
    assert_eq!(merged(&base, &theirs, &ours).document, result.document);
}

#[test]
fn a_persona_path_extended_on_both_sides_holds_both_steps() {
    let base = base();
    let mut ours = base.clone();
    ours.personas[0].path.push(TouchpointId(3));
    let mut theirs = base.clone();
    theirs.personas[0].path.insert(0, TouchpointId(3));
    let document = merged(&base, &ours, &theirs).document;
    let path: Vec<u64> = document.personas[0].path.iter().map(|id| id.0).collect();
    assert_eq!(path, [3, 1, 2, 3]);
}

#[test]
fn a_lane_removed_on_one_side_that_the_other_uses_stays_with_a_conflict() {
    let base = base();
    let mut ours = base.clone();
    ours.lanes.retain(|l| l.id != LaneId(3));
    let mut theirs = base.clone();
    theirs.touchpoints.push(Touchpoint::new(
        TouchpointId(4),
        "Room ready",
        LaneId(3),
        StageId(1),
    ));
    let result = merged(&base, &ours, &theirs);
    assert_eq!(result.new_conflicts, 1);
    assert_eq!(result.document.conflicts[0].thing, Thing::Lane(LaneId(3)));
    assert!(result.document.lanes.iter().any(|l| l.id == LaneId(3)));
    // Taking ours (the lane removed) waits until the lane is empty; theirs keeps it.
    let mut document = result.document.clone();
    assert_eq!(
        resolve(&mut document, 0, Resolution::Ours),
        Err(SetError::StillUsed(LaneId(3).to_string()))
    );
    assert_eq!(document, result.document);
    resolve(&mut document, 0, Resolution::Theirs).expect("theirs has the lane");
    assert!(document.conflicts.is_empty());
}

#[test]
fn one_field_changed_differently_keeps_ours_and_names_all_three() {
    let base = base();
    let mut ours = base.clone();
    ours.title = "Check-in, 2027".to_owned();
    let mut theirs = base.clone();
    theirs.title = "Hotel check-in".to_owned();
    let result = merged(&base, &ours, &theirs);
    assert_eq!(result.document.title, "Check-in, 2027");
    assert_eq!(
        result.document.conflicts,
        [Conflict {
            thing: Thing::Map,
            field: "title".to_owned(),
            base: Some("\"Check-in\"".to_owned()),
            ours: Some("\"Check-in, 2027\"".to_owned()),
            theirs: Some("\"Hotel check-in\"".to_owned()),
        }]
    );
    // Merging the merge again with a side that resolved it keeps the resolution.
    let mut document = result.document;
    resolve(&mut document, 0, Resolution::Theirs).expect("a title");
    assert_eq!(document.title, "Hotel check-in");
    assert!(document.conflicts.is_empty());
}

#[test]
fn a_copy_merged_by_choice_takes_what_was_chosen() {
    let base = base();
    let mut mine = base.clone();
    touchpoint(&mut mine, 1).title = "Arrives late".to_owned();
    mine.touchpoints.push(Touchpoint::new(
        TouchpointId(4),
        "Mine",
        LaneId(1),
        StageId(2),
    ));
    let mut theirs = base.clone();
    touchpoint(&mut theirs, 2).title = "Checks in online".to_owned();
    theirs.touchpoints.push(Touchpoint::new(
        TouchpointId(4),
        "Theirs",
        LaneId(2),
        StageId(2),
    ));
    let journey = |document: &Document| Journey::from_document(document.clone()).expect("loads");
    let (my_journey, their_journey) = (journey(&mine), journey(&theirs));

    // Without the version both started from: changes default to mine.
    let plain = choices(&my_journey, &their_journey, None);
    assert!(plain.iter().all(|c| c.choice == Choice::Mine));
    let result = two_way(&mine, &theirs, &plain);
    assert_eq!(result.document, mine);

    // With it, each change comes with the side that made it, and touchpoint 4, added on
    // both sides, with both: theirs is kept under a new id.
    let suggested = choices(&my_journey, &their_journey, Some(&base));
    let choice_of = |id: u64| {
        let thing = Thing::Touchpoint(TouchpointId(id));
        suggested
            .iter()
            .find(|c| c.thing == thing)
            .map(|c| c.choice)
    };
    assert_eq!(choice_of(1), Some(Choice::Mine));
    assert_eq!(choice_of(2), Some(Choice::Theirs));
    assert_eq!(choice_of(4), Some(Choice::Both));
    let mut document = two_way(&mine, &theirs, &suggested).document;
    assert_eq!(touchpoint(&mut document, 1).title, "Arrives late");
    assert_eq!(touchpoint(&mut document, 2).title, "Checks in online");
    assert_eq!(touchpoint(&mut document, 4).title, "Mine");
    assert_eq!(touchpoint(&mut document, 5).title, "Theirs");
    assert!(Journey::from_document(document).is_ok());
}
