//! The new customer glasses, walked with the keyboard as a facilitator would, and the
//! filters: each test checks what ends up in the map (and in its file).

mod common;

use common::harness_with_copy;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use polku::app::PolkuApp;
use polku::model::analysis::{Glasses, hidden_support};
use polku::model::{EvidenceLevel, Journey, LaneKind, Rating, Severity, TermsArea};

fn press(harness: &mut Harness<'_, PolkuApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

fn title(journey: &Journey, id: polku::model::TouchpointId) -> String {
    journey
        .touchpoint(id)
        .map(|t| t.title.clone())
        .unwrap_or_else(|| panic!("no touchpoint {id}"))
}

#[test]
fn a_walk_tags_notes_and_rates_and_all_of_it_is_saved() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let mut harness = harness_with_copy(folder.path(), "online-order.ron");
    press(&mut harness, Key::G);
    let walk = harness.state().walkthrough().cloned();
    let Some(walk) = walk else {
        panic!("G did not start the walk")
    };
    assert_eq!(walk.glasses, Glasses::Customer);
    assert!(
        walk.steps
            .iter()
            .all(|&id| harness.state().journey().is_visible(id) == Some(true))
    );
    // Hidden lanes are gone from the canvas.
    assert!(
        harness
            .state()
            .layout()
            .lanes
            .iter()
            .all(|band| band.kind.is_visible())
    );

    press(&mut harness, Key::ArrowRight);
    press(&mut harness, Key::Space);
    press(&mut harness, Key::Backspace);
    let target = walk.steps[1];
    assert_eq!(
        harness.state().walkthrough().and_then(|w| w.current()),
        Some(target)
    );
    let before = harness.state().journey().touchpoint(target).cloned();
    // Shown large in the middle of the window.
    assert_eq!(
        harness
            .query_all_by_label(&title(harness.state().journey(), target))
            .count(),
        1
    );

    // R twice: major; S once and three more times: minor, major, critical, cleared.
    press(&mut harness, Key::R);
    press(&mut harness, Key::R);
    for _ in 0..4 {
        press(&mut harness, Key::S);
    }
    press(&mut harness, Key::Num2);
    press(&mut harness, Key::N);
    harness
        .get_by_label("Note")
        .type_text("Cannot tell when the frother ships");
    harness.run();
    press(&mut harness, Key::Enter);

    press(&mut harness, Key::Escape);
    assert!(harness.state().walkthrough().is_none());
    // The summary says where the walk left the touchpoint, not each key: Risk major, the
    // emotion and the note; Situation went round to where it was, so it is no change.
    let summary: Vec<String> = harness
        .state()
        .walkthrough_summary()
        .map(|findings| findings.iter().map(|f| f.what.clone()).collect())
        .expect("the walk's summary");
    assert_eq!(summary.len(), 3, "{summary:?}");
    assert!(summary[0].starts_with("Risk"), "{summary:?}");
    assert!(!summary.iter().any(|what| what.starts_with("Situation")));
    harness.get_by_label("Done").click();
    harness.run();
    assert!(harness.state().walkthrough_summary().is_none());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let saved = polku::io::load(&folder.path().join("online-order.ron"));
    let saved = match saved {
        Ok(journey) => journey,
        Err(error) => panic!("{error}"),
    };
    let Some(touchpoint) = saved.touchpoint(target) else {
        panic!("the touchpoint is gone")
    };
    // What the keys should have done, worked out from the touchpoint before the walk.
    let Some(mut expected) = before.clone() else {
        panic!("no touchpoint")
    };
    for area in [
        TermsArea::Risk,
        TermsArea::Risk,
        TermsArea::Situation,
        TermsArea::Situation,
        TermsArea::Situation,
        TermsArea::Situation,
    ] {
        let tag = polku::ui::walkthrough::cycle_tag(&expected, area);
        expected.set_tag(area, tag);
    }
    assert_eq!(touchpoint.terms, expected.terms);
    assert!(
        touchpoint
            .tag(TermsArea::Risk)
            .is_some_and(|t| t.severity >= Severity::Major)
            || before
                .as_ref()
                .is_some_and(|b| b.tag(TermsArea::Risk).is_some())
    );
    assert_eq!(touchpoint.emotion, Rating::new(-1));
    let note = touchpoint.observations.last();
    assert_eq!(
        note.map(|o| (o.text.as_str(), o.evidence)),
        Some((
            "Cannot tell when the frother ships",
            EvidenceLevel::Observed
        ))
    );
    assert_eq!(note.map(|o| o.date), Some(polku::ui::today()));
    let before_count = before.map_or(0, |t| t.observations.len());
    assert_eq!(touchpoint.observations.len(), before_count + 1);
    Ok(())
}

#[test]
fn every_walk_change_is_undoable() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let mut harness = harness_with_copy(folder.path(), "daycare-enrolment.ron");
    let original = harness.state().journey().clone();
    press(&mut harness, Key::G);
    press(&mut harness, Key::T);
    press(&mut harness, Key::Num5);
    assert_ne!(harness.state().journey(), &original);
    for _ in 0..2 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        harness.run();
    }
    assert_eq!(harness.state().journey(), &original);
    assert!(
        harness.state().walkthrough().is_some(),
        "undo does not end the walk"
    );
    Ok(())
}

#[test]
fn reveal_shows_the_hidden_steps_behind_the_moment() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let mut harness = harness_with_copy(folder.path(), "telecom-wrong-invoice.ron");
    press(&mut harness, Key::G);
    // Walk to the first moment that has hidden work behind it.
    let journey = harness.state().journey().clone();
    let steps = harness
        .state()
        .walkthrough()
        .map(|w| w.steps.clone())
        .expect("G started the walk");
    let index = steps
        .iter()
        .position(|&id| !hidden_support(&journey, id).is_empty());
    let Some(index) = index else {
        panic!("no moment with hidden support")
    };
    for _ in 0..index {
        press(&mut harness, Key::ArrowRight);
    }
    let behind = hidden_support(&journey, steps[index]);
    let first_hidden = title(&journey, behind[0]);
    assert!(
        harness.query_by_label(&first_hidden).is_none(),
        "hidden work shows before it is revealed"
    );
    press(&mut harness, Key::H);
    assert!(harness.query_by_label("Behind this moment").is_some());
    for id in behind {
        assert!(
            harness.query_by_label(&title(&journey, id)).is_some(),
            "{} not revealed",
            title(&journey, id)
        );
    }
    press(&mut harness, Key::H);
    assert!(harness.query_by_label(&first_hidden).is_none());
    Ok(())
}

#[test]
fn new_employee_glasses_walk_the_employees_steps() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let mut harness = harness_with_copy(folder.path(), "new-employee-90-days.ron");
    press(&mut harness, Key::G);
    harness.get_by_label("New employee glasses").click();
    harness.run();
    let walk = harness.state().walkthrough().cloned();
    let Some(walk) = walk else {
        panic!("the walk ended")
    };
    assert_eq!(walk.glasses, Glasses::Employee);
    assert!(!walk.steps.is_empty());
    let journey = harness.state().journey();
    for &id in &walk.steps {
        let kind = journey
            .touchpoint(id)
            .and_then(|t| journey.lane(t.lane))
            .map(|l| l.kind);
        assert!(
            matches!(kind, Some(LaneKind::Frontstage | LaneKind::Backstage)),
            "{kind:?}"
        );
    }
    // Behind the counter, the employee sees the whole map.
    let lanes = harness.state().journey().lanes().len();
    assert_eq!(harness.state().layout().lanes.len(), lanes);
    Ok(())
}

#[test]
fn search_and_filters_dim_what_does_not_match() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let mut harness = harness_with_copy(folder.path(), "online-order.ron");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run();
    harness.get_by_label("Search").type_text("invoice");
    harness.run();
    assert_eq!(harness.state().filter().search, "invoice");
    let journey = harness.state().journey().clone();
    let matching = journey
        .touchpoints()
        .filter(|t| harness.state().filter().matches(&journey, t))
        .count();
    assert!(matching > 0 && matching < journey.touchpoint_count());
    let shown = format!("{matching} of {} shown", journey.touchpoint_count());
    assert!(harness.query_by_label(&shown).is_some(), "no “{shown}”");

    harness.get_by_label("Clear filters").click();
    harness.run();
    assert!(!harness.state().filter().is_active());
    Ok(())
}

#[test]
fn reveal_stays_on_from_moment_to_moment_and_the_strip_goes_anywhere() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let mut harness = harness_with_copy(folder.path(), "telecom-wrong-invoice.ron");
    press(&mut harness, Key::G);
    press(&mut harness, Key::H);
    assert!(harness.state().walkthrough().is_some_and(|w| w.revealed));
    press(&mut harness, Key::ArrowRight);
    press(&mut harness, Key::ArrowRight);
    assert!(harness.state().walkthrough().is_some_and(|w| w.revealed));
    assert!(harness.query_by_label("Behind this moment").is_some());
    // The strip names every step; a click on the fifth goes there.
    let steps = harness.state().walkthrough().map_or(0, |w| w.steps.len());
    assert!(steps > 5);
    let Some(fifth) = harness
        .query_all(egui_kittest::kittest::By::new().label_contains("5. "))
        .next()
    else {
        panic!("no fifth step in the strip");
    };
    fifth.click();
    harness.run();
    assert_eq!(harness.state().walkthrough().map(|w| w.current), Some(4));
    Ok(())
}

#[test]
fn the_summary_shows_where_the_walk_left_each_touchpoint() {
    use polku::model::{TermsArea, TouchpointId};
    use polku::ui::walkthrough::{Finding, FindingKind, end_state};
    let at = TouchpointId(3);
    let finding = |what: &str, kind| Finding {
        touchpoint: at,
        what: what.to_owned(),
        kind,
    };
    let findings = [
        finding("Situation: minor", FindingKind::Tag(TermsArea::Situation)),
        finding("Time: minor", FindingKind::Tag(TermsArea::Time)),
        finding("Situation: major", FindingKind::Tag(TermsArea::Situation)),
        finding("Emotion -1", FindingKind::Emotion),
        finding("Noted: slow", FindingKind::Note),
        finding("Emotion 1", FindingKind::Emotion),
        finding("Noted: again", FindingKind::Note),
    ];
    let state = end_state(&findings);
    assert_eq!(
        state,
        [(
            at,
            vec![
                "Time: minor".to_owned(),
                "Situation: major".to_owned(),
                "Emotion 1".to_owned(),
                "Noted: slow".to_owned(),
                "Noted: again".to_owned(),
            ]
        )]
    );
}

#[test]
fn a_change_undone_during_the_walk_is_not_in_its_summary() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let mut harness = harness_with_copy(folder.path(), "online-order.ron");
    press(&mut harness, Key::G);
    press(&mut harness, Key::M);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    press(&mut harness, Key::Escape);
    assert_eq!(
        harness.state().walkthrough_summary().map(<[_]>::len),
        Some(0)
    );
    Ok(())
}
