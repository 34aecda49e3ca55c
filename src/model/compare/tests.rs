//! Tests of comparing two versions of a map, on maps built by edits. Tests only.

use super::words::{QUOTE_CHARS, quoted};
use super::{DifferenceKind, compare};
use crate::model::{
    Date, Edit, Idea, Journey, LaneId, LaneKind, Link, LinkId, LinkKind, Severity, StageId,
    TermsArea, TermsTag, Touchpoint, TouchpointChange, TouchpointId, templates::Template,
};

/// A blueprint with touchpoints 1 “Orders online” and 2 “Pays the invoice”, joined by
/// link 1, and two parked ideas.
fn base() -> Journey {
    let mut journey = Template::Blueprint.journey();
    let (lane, stage) = (LaneId(2), StageId(1));
    let edits = [
        Edit::AddTouchpoint(Box::new(Touchpoint::new(
            TouchpointId(1),
            "Orders online",
            lane,
            stage,
        ))),
        Edit::AddTouchpoint(Box::new(Touchpoint::new(
            TouchpointId(2),
            "Pays the invoice",
            lane,
            StageId(4),
        ))),
        Edit::AddLink(Link {
            id: LinkId(1),
            from: TouchpointId(1),
            to: TouchpointId(2),
            kind: LinkKind::Flow,
            label: String::new(),
        }),
        Edit::AddIdea {
            index: 0,
            idea: Idea {
                text: "Send reminders by text".to_owned(),
                date: day(1),
            },
        },
        Edit::AddIdea {
            index: 1,
            idea: Idea {
                text: "Pay by card at the door".to_owned(),
                date: day(2),
            },
        },
    ];
    for edit in edits {
        assert_eq!(journey.apply(edit).err(), None);
    }
    journey
}

fn day(number: i64) -> Date {
    Date::from_days_since_epoch(20_000 + number)
}

fn edited(journey: &Journey, edits: impl IntoIterator<Item = Edit>) -> Journey {
    let mut journey = journey.clone();
    for edit in edits {
        assert_eq!(journey.apply(edit).err(), None);
    }
    journey
}

fn check(mine: &Journey, theirs: &Journey, expected: &[(DifferenceKind, &str)]) {
    let found: Vec<(DifferenceKind, String)> = compare(mine, theirs)
        .into_iter()
        .map(|difference| (difference.kind, difference.what))
        .collect();
    let expected: Vec<(DifferenceKind, String)> = expected
        .iter()
        .map(|&(kind, what)| (kind, what.to_owned()))
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn identical_maps_do_not_differ() {
    check(&base(), &base(), &[]);
    check(&Journey::new(), &Journey::new(), &[]);
}

#[test]
fn added_and_removed_touchpoints_are_on_their_side() {
    let mine = base();
    let added = Touchpoint::new(TouchpointId(3), "Calls support", LaneId(2), StageId(5));
    let theirs = edited(
        &mine,
        [
            Edit::AddTouchpoint(Box::new(added)),
            Edit::RemoveTouchpoint(TouchpointId(1)),
        ],
    );
    // Removing touchpoint 1 took its link with it.
    check(
        &mine,
        &theirs,
        &[
            (DifferenceKind::OnlyMine, "touchpoint 1 “Orders online”"),
            (DifferenceKind::OnlyTheirs, "touchpoint 3 “Calls support”"),
            (
                DifferenceKind::OnlyMine,
                "link 1 “Orders online” → “Pays the invoice”",
            ),
        ],
    );
}

#[test]
fn a_changed_touchpoint_names_its_fields() {
    let mine = base();
    let id = TouchpointId(2);
    let update = |change| Edit::UpdateTouchpoint { id, change };
    let theirs = edited(
        &mine,
        [
            update(TouchpointChange::Title("Pays the bill".to_owned())),
            update(TouchpointChange::Tag {
                area: TermsArea::Money,
                tag: Some(TermsTag {
                    area: TermsArea::Money,
                    severity: Severity::Major,
                    note: String::new(),
                }),
            }),
            update(TouchpointChange::Place {
                lane: LaneId(2),
                stage: StageId(4),
                x: 120.0,
            }),
            update(TouchpointChange::Owner("Billing".to_owned())),
        ],
    );
    check(
        &mine,
        &theirs,
        &[(
            DifferenceKind::Changed,
            "touchpoint 2 “Pays the invoice”: title “Pays the invoice” → “Pays the bill”; position 0 → 120; owner (empty) → “Billing”; TERMS tags none → Money major",
        )],
    );
}

#[test]
fn a_changed_link_names_its_fields() {
    let mine = base();
    let theirs = edited(
        &mine,
        [Edit::SetLink {
            id: LinkId(1),
            kind: LinkKind::Support,
            label: "if paid".to_owned(),
        }],
    );
    check(
        &mine,
        &theirs,
        &[(
            DifferenceKind::Changed,
            "link 1 “Orders online” → “Pays the invoice”: kind Flow → Support; label (empty) → “if paid”",
        )],
    );
}

#[test]
fn lanes_are_renamed_and_moved() {
    let mine = base();
    let theirs = edited(
        &mine,
        [
            Edit::SetLane {
                id: LaneId(4),
                name: "Back office".to_owned(),
                kind: LaneKind::Backstage,
            },
            Edit::MoveLane {
                id: LaneId(1),
                index: 4,
            },
        ],
    );
    // Moving the first lane to the bottom moves that lane only, not the four it passed.
    check(
        &mine,
        &theirs,
        &[
            (DifferenceKind::Changed, "lane 1 “Physical evidence”: order"),
            (
                DifferenceKind::Changed,
                "lane 4 “Backstage”: name “Backstage” → “Back office”",
            ),
        ],
    );
}

#[test]
fn the_map_info_comes_first() {
    let mine = base();
    let theirs = edited(
        &mine,
        [
            Edit::SetInfo {
                title: "Billing".to_owned(),
                description: "As of March".to_owned(),
            },
            Edit::RenameStage {
                id: StageId(4),
                name: "Paying".to_owned(),
            },
        ],
    );
    check(
        &mine,
        &theirs,
        &[
            (
                DifferenceKind::Changed,
                "map “Service blueprint”: title “Service blueprint” → “Billing”; description (empty) → “As of March”",
            ),
            (
                DifferenceKind::Changed,
                "stage 4 “Pay”: name “Pay” → “Paying”",
            ),
        ],
    );
}

#[test]
fn ideas_are_added_removed_and_reworded() {
    let mine = base();
    let theirs = edited(
        &mine,
        [
            Edit::SetIdea {
                index: 0,
                text: "Send reminders by email".to_owned(),
            },
            Edit::RemoveIdea(1),
            Edit::AddIdea {
                index: 0,
                idea: Idea {
                    text: "A chat on the invoice page".to_owned(),
                    date: day(3),
                },
            },
        ],
    );
    check(
        &mine,
        &theirs,
        &[
            (
                DifferenceKind::Changed,
                "idea “Send reminders by text”: text → “Send reminders by email”",
            ),
            (DifferenceKind::OnlyMine, "idea “Pay by card at the door”"),
            (
                DifferenceKind::OnlyTheirs,
                "idea “A chat on the invoice page”",
            ),
        ],
    );
}

#[test]
fn reordered_ideas_are_one_difference() {
    let mine = base();
    let moved = Idea {
        text: "Pay by card at the door".to_owned(),
        date: day(2),
    };
    let theirs = edited(
        &mine,
        [
            Edit::RemoveIdea(1),
            Edit::AddIdea {
                index: 0,
                idea: moved,
            },
        ],
    );
    check(
        &mine,
        &theirs,
        &[(DifferenceKind::Changed, "parking lot: order of the ideas")],
    );
}

#[test]
fn large_maps_compare_by_id() {
    let mine = crate::model::generate::generate(5_000, 7).expect("a generated map");
    check(&mine, &mine.clone(), &[]);
    let last = mine.touchpoints().last().map(|t| t.id);
    let Some(id) = last else {
        panic!("the generated map has touchpoints");
    };
    let theirs = edited(
        &mine,
        [Edit::UpdateTouchpoint {
            id,
            change: TouchpointChange::Actor("Someone else".to_owned()),
        }],
    );
    let differences = compare(&mine, &theirs);
    assert_eq!(differences.len(), 1);
    assert!(
        differences
            .iter()
            .all(|d| d.kind == DifferenceKind::Changed && d.what.ends_with("→ “Someone else”"))
    );
}

#[test]
fn differences_are_told_in_the_language_of_the_thread() {
    crate::i18n::set_language(crate::i18n::Language::Finnish);
    let mine = base();
    let theirs = edited(
        &mine,
        [
            Edit::UpdateTouchpoint {
                id: TouchpointId(2),
                change: TouchpointChange::Owner("Laskutus".to_owned()),
            },
            Edit::RemoveIdea(1),
        ],
    );
    check(
        &mine,
        &theirs,
        &[
            (
                DifferenceKind::Changed,
                "kosketuspiste 2 ”Pays the invoice”: vastuutaho (tyhjä) → ”Laskutus”",
            ),
            (DifferenceKind::OnlyMine, "idea ”Pay by card at the door”"),
        ],
    );
}

#[test]
fn long_names_are_cut_to_one_line() {
    assert_eq!(quoted("Pays\nthe   invoice"), "“Pays the invoice”");
    let long = "x".repeat(QUOTE_CHARS + 5);
    assert_eq!(quoted(&long), format!("“{}…”", "x".repeat(QUOTE_CHARS)));
}
