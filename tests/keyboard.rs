//! Using polku without a mouse, and with a screen reader: a map built from the keyboard
//! alone, the shortcut sheet, and the accessibility tree naming every card.

mod common;

use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use polku::app::PolkuApp;
use polku::app::files::NoDialogs;
use polku::app::settings::Settings;
use polku::model::{LinkKind, TouchpointId};
use polku::ui::commands::Theme;

fn empty_map() -> Harness<'static, PolkuApp> {
    common::window(PolkuApp::new(Settings::english(), Box::new(NoDialogs)))
}

fn press(harness: &mut Harness<'_, PolkuApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

/// Types into whatever has the keyboard.
fn type_text(harness: &mut Harness<'_, PolkuApp>, text: &str) {
    harness.event(Event::Text(text.to_owned()));
    harness.run();
}

fn selected(harness: &Harness<'_, PolkuApp>) -> Option<TouchpointId> {
    harness.state().selection().single_touchpoint()
}

fn title_of(harness: &Harness<'_, PolkuApp>, id: Option<TouchpointId>) -> Option<String> {
    let journey = harness.state().journey();
    id.and_then(|id| journey.touchpoint(id))
        .map(|t| t.title.clone())
}

#[test]
fn a_map_is_built_with_the_keyboard_alone() {
    let mut harness = empty_map();

    // Ctrl+Enter adds a card, with its title ready to be typed over; Enter goes back to
    // the map.
    press(&mut harness, Modifiers::COMMAND, Key::Enter);
    type_text(&mut harness, "Finds the service");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    let first = selected(&harness);
    assert_eq!(
        title_of(&harness, first).as_deref(),
        Some("Finds the service")
    );

    // The next card comes after it, linked from it.
    press(&mut harness, Modifiers::COMMAND, Key::Enter);
    type_text(&mut harness, "Signs up");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    let second = selected(&harness);
    assert_eq!(harness.state().status(), None);
    assert_eq!(title_of(&harness, second).as_deref(), Some("Signs up"));
    let links: Vec<_> = harness
        .state()
        .journey()
        .links()
        .map(|l| (Some(l.from), Some(l.to), l.kind))
        .collect();
    assert_eq!(links, [(first, second, LinkKind::Flow)]);

    // Tab and Shift+Tab go along the journey; the arrow keys across the map.
    press(&mut harness, Modifiers::SHIFT, Key::Tab);
    assert_eq!(selected(&harness), first);
    press(&mut harness, Modifiers::NONE, Key::Tab);
    assert_eq!(selected(&harness), second);
    press(&mut harness, Modifiers::NONE, Key::ArrowLeft);
    assert_eq!(selected(&harness), first);

    // Enter edits the selected card's title.
    press(&mut harness, Modifiers::NONE, Key::Enter);
    type_text(&mut harness, "Hears of the service");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(
        title_of(&harness, first).as_deref(),
        Some("Hears of the service")
    );

    // Alt+Down moves it to the lane below.
    let lane_before = first
        .and_then(|id| harness.state().journey().touchpoint(id))
        .map(|t| t.lane);
    press(&mut harness, Modifiers::ALT, Key::ArrowDown);
    let lane_after = first
        .and_then(|id| harness.state().journey().touchpoint(id))
        .map(|t| t.lane);
    assert_ne!(lane_before, lane_after);

    // The shortcut sheet finds and runs any command of the menus.
    press(&mut harness, Modifiers::NONE, Key::F1);
    harness.get_by_label("Keyboard and commands");
    type_text(&mut harness, "dark");
    press(&mut harness, Modifiers::NONE, Key::Enter);
    assert_eq!(harness.state().settings().theme, Theme::Dark);
    assert!(harness.query_by_label("Keyboard and commands").is_none());

    // Ctrl+Z undoes, from the keyboard too.
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        lane_before,
        first
            .and_then(|id| harness.state().journey().touchpoint(id))
            .map(|t| t.lane)
    );
}

#[test]
fn the_shortcut_sheet_opens_with_a_question_mark_and_closes_with_escape() {
    let mut harness = empty_map();
    press(&mut harness, Modifiers::SHIFT, Key::Questionmark);
    harness.get_by_label("Keys on the map");
    harness.get_by_label("Keys in a walk (new customer glasses)");
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(harness.query_by_label("Keys on the map").is_none());
}

#[test]
fn the_accessibility_tree_names_every_card_with_its_lane_stage_and_tags() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let mut harness = common::harness_with_copy(folder.path(), "online-order.ron");
    harness.key_press(Key::F);
    harness.run();
    let journey = harness.state().journey().clone();
    for touchpoint in journey.touchpoints() {
        let card = harness.get_by_label(&touchpoint.title);
        let description = card
            .accesskit_node()
            .description()
            .expect("a card is described");
        let lane = journey.lane(touchpoint.lane).map(|l| l.name.clone());
        let stage = journey.stage(touchpoint.stage).map(|s| s.name.clone());
        assert!(
            lane.is_some_and(|lane| description.contains(&format!("Lane {lane}"))),
            "{description}"
        );
        assert!(
            stage.is_some_and(|stage| description.contains(&format!("stage {stage}"))),
            "{description}"
        );
        for tag in &touchpoint.terms {
            assert!(description.contains(&tag.area.label()), "{description}");
        }
    }
    // And no card is named twice (or a card of another map left behind).
    let described = harness
        .query_all(egui_kittest::kittest::By::new().predicate(|node| {
            node.description()
                .is_some_and(|text| text.starts_with("Lane "))
        }))
        .count();
    assert_eq!(described, journey.touchpoint_count());
    Ok(())
}

/// Three cards in a row, made from the keyboard; the last one selected.
fn three_cards() -> (Harness<'static, PolkuApp>, Vec<TouchpointId>) {
    let mut harness = empty_map();
    let mut ids = Vec::new();
    for title in ["One", "Two", "Three"] {
        press(&mut harness, Modifiers::COMMAND, Key::Enter);
        type_text(&mut harness, title);
        press(&mut harness, Modifiers::NONE, Key::Enter);
        let Some(id) = selected(&harness) else {
            panic!("the new card {title} is not selected");
        };
        assert_eq!(title_of(&harness, Some(id)).as_deref(), Some(title));
        ids.push(id);
    }
    (harness, ids)
}

#[test]
fn escape_in_the_title_field_keeps_the_card_selected() {
    let (mut harness, ids) = three_cards();
    press(&mut harness, Modifiers::NONE, Key::Enter);
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert_eq!(selected(&harness), Some(ids[2]));
    // The next Esc, on the map, clears it.
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert_eq!(selected(&harness), None);
}

#[test]
fn shift_and_arrows_keep_adding_to_the_selection() {
    let (mut harness, ids) = three_cards();
    press(&mut harness, Modifiers::SHIFT, Key::ArrowLeft);
    press(&mut harness, Modifiers::SHIFT, Key::ArrowLeft);
    let chosen: Vec<_> = harness
        .state()
        .selection()
        .touchpoints
        .iter()
        .copied()
        .collect();
    assert_eq!(chosen, ids);
}

#[test]
fn tab_past_the_end_of_the_journey_goes_on_to_the_panels() {
    let (mut harness, ids) = three_cards();
    press(&mut harness, Modifiers::NONE, Key::Tab);
    assert_eq!(
        selected(&harness),
        Some(ids[2]),
        "the last card stays selected"
    );
    assert!(
        harness.ctx.memory(|m| m.focused()).is_some(),
        "no control got the keyboard"
    );
}

#[test]
fn the_maps_keys_wait_while_a_sheet_is_open() {
    let (mut harness, _) = three_cards();
    let places = |harness: &Harness<'_, PolkuApp>| -> Vec<_> {
        harness
            .state()
            .journey()
            .touchpoints()
            .map(|t| (t.id, t.lane, t.x))
            .collect()
    };
    let before = places(&harness);
    press(&mut harness, Modifiers::NONE, Key::F1);
    harness.get_by_label("Keyboard and commands");
    press(&mut harness, Modifiers::COMMAND, Key::Enter);
    press(&mut harness, Modifiers::ALT, Key::ArrowDown);
    assert_eq!(places(&harness), before);
}

#[test]
fn cards_outside_the_canvas_are_named_too() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let mut harness = common::harness_with_copy(folder.path(), "telecom-wrong-invoice.ron");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    let app = harness.state();
    let canvas = app.canvas();
    let outside = app
        .layout()
        .cards
        .values()
        .filter(|card| {
            !canvas
                .rect
                .intersects(canvas.screen_from_map.mul_rect(**card))
        })
        .count();
    assert!(
        outside > 0,
        "every card is on the canvas; the test shows nothing"
    );
    let journey = app.journey().clone();
    for touchpoint in journey.touchpoints() {
        let card = harness.get_by_label(&touchpoint.title);
        let description = card
            .accesskit_node()
            .description()
            .expect("a card is described");
        assert!(description.starts_with("Lane "), "{description}");
    }
    Ok(())
}
