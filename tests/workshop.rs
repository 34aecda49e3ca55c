//! Workshop mode and persona paths, driven through the whole window.

mod common;

use common::harness_with_copy;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use polku::ui::filter::Highlight;

#[test]
fn a_facilitator_runs_a_workshop_and_its_ideas_are_saved() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let mut harness = harness_with_copy(folder.path(), "daycare-enrolment.ron");
    let before = harness.state().journey().touchpoint_count();
    harness.key_press(Key::F11);
    harness.run();
    assert!(harness.state().workshop().is_some());
    assert_eq!(
        harness.ctx.zoom_factor(),
        polku::ui::workshop::WORKSHOP_ZOOM
    );
    // The menus are out of the way; the workshop's bar is there.
    assert!(harness.query_by_label("File").is_none());
    assert!(harness.query_by_label("Quick add").is_some());

    // A field takes typing once it has the keyboard.
    harness.get_by_label("Quick add").focus();
    harness.run();
    harness
        .get_by_label("Quick add")
        .type_text("Visits the daycare with grandma");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let journey = harness.state().journey().clone();
    assert_eq!(journey.touchpoint_count(), before + 1);
    let added = journey
        .touchpoints()
        .find(|t| t.title == "Visits the daycare with grandma")
        .cloned();
    let Some(added) = added else {
        panic!("not added")
    };
    assert_eq!(Some(added.stage), journey.stages().first().map(|s| s.id));
    let others: Vec<_> = journey
        .touchpoints()
        .filter(|t| t.id != added.id && t.lane == added.lane && t.stage == added.stage)
        .collect();
    assert!(
        !others.is_empty(),
        "the new card has no neighbour to overlap"
    );
    assert!(
        others.iter().all(|t| (t.x - added.x).abs() >= 200.0),
        "the new card overlaps another"
    );

    harness.get_by_label("New idea").focus();
    harness.run();
    harness
        .get_by_label("New idea")
        .type_text("Ask the city for a Finnish-Swedish form");
    harness.run();
    harness.get_by_label("Park it").click();
    harness.run();
    assert_eq!(harness.state().journey().parking_lot().len(), 1);

    harness.get_by_label("Leave workshop").click();
    harness.run();
    assert!(harness.state().workshop().is_none());
    assert_eq!(harness.ctx.zoom_factor(), 1.0);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let saved = polku::io::load(&folder.path().join("daycare-enrolment.ron"));
    let ideas: Vec<String> = saved
        .unwrap()
        .parking_lot()
        .iter()
        .map(|i| i.text.clone())
        .collect();
    assert_eq!(ideas, ["Ask the city for a Finnish-Swedish form"]);
    Ok(())
}

#[test]
fn the_session_timer_runs_and_pauses() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let mut harness = harness_with_copy(folder.path(), "online-order.ron");
    harness.key_press(Key::F11);
    harness.run();
    let elapsed = |harness: &egui_kittest::Harness<'_, polku::app::PolkuApp>| {
        let now = harness.ctx.input(|i| i.time);
        let workshop = harness.state().workshop().expect("workshop mode is on");
        workshop.elapsed_secs(now)
    };
    let started = harness.state().workshop().map(|w| w.started_secs);
    harness.run_steps(8);
    let running = elapsed(&harness);
    assert!(running >= 2, "{running} s after {started:?}");
    harness.get_by_label("Pause").click();
    harness.run();
    let paused = elapsed(&harness);
    harness.run_steps(8);
    assert_eq!(elapsed(&harness), paused);
    Ok(())
}

#[test]
fn a_persona_path_is_recorded_by_clicking_cards_and_highlighted() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let mut harness = harness_with_copy(folder.path(), "online-order.ron");
    harness.get_by_label("Personas & promises").click();
    harness.run();
    // The panel is long: buttons below its fold are pressed as a screen reader would.
    harness.get_by_label("Add persona").click_accesskit();
    harness.run();
    let count = harness.state().journey().personas().len();
    let persona = harness.state().journey().personas().last().map(|p| p.id);
    harness
        .get_by_label(&format!("Record path of persona {count}"))
        .click_accesskit();
    harness.run();

    // The first three cards of the map's first stage that are on screen.
    let titles: Vec<String> = {
        let journey = harness.state().journey();
        let canvas = harness.state().canvas().rect;
        let layout = harness.state().layout();
        let view = harness.state().canvas().screen_from_map;
        journey
            .touchpoints()
            .filter(|t| {
                layout
                    .cards
                    .get(&t.id)
                    .is_some_and(|r| canvas.contains_rect(view.mul_rect(*r)))
            })
            .map(|t| t.title.clone())
            .take(3)
            .collect()
    };
    assert_eq!(titles.len(), 3);
    for title in &titles {
        harness.get_by_label(title).click();
        harness.run();
    }
    harness
        .get_by_label("Done recording the path")
        .click_accesskit();
    harness.run();
    let journey = harness.state().journey();
    let path: Vec<String> = journey
        .persona(persona.expect("a persona was added"))
        .expect("the persona is in the map")
        .path
        .iter()
        .map(|&id| {
            journey
                .touchpoint(id)
                .expect("a step of the path")
                .title
                .clone()
        })
        .collect();
    assert_eq!(path, titles);
    assert_eq!(harness.state().highlight(), persona.map(Highlight::Persona));

    harness
        .get_by_label(&format!("Highlight persona {count} on map"))
        .click_accesskit();
    harness.run();
    assert_eq!(harness.state().highlight(), None);
    Ok(())
}
