//! Every change to an open map passes through the editor session's one doorway, whatever
//! asked for it: each is undone by Ctrl+Z back to the map as it was, and marks the map
//! unsaved. One test per origin, each through the whole window.

mod common;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use polku::app::PolkuApp;
use polku::model::{Change, Document, Edit, TouchpointChange};

const EXAMPLE: &str = "online-order.ron";
/// A card of the example, to select.
const CARD: &str = "Picking and packing";

/// The window with a saved copy of the example, in English; and the folder it is in.
fn window() -> (tempfile::TempDir, Harness<'static, PolkuApp>) {
    common::english();
    let folder = tempfile::tempdir().unwrap_or_else(|error| panic!("a temporary folder: {error}"));
    let harness = common::harness_with_copy(folder.path(), EXAMPLE);
    assert!(!harness.state().is_modified());
    (folder, harness)
}

fn document(harness: &Harness<'_, PolkuApp>) -> Document {
    harness.state().journey().to_document()
}

fn select_card(harness: &mut Harness<'_, PolkuApp>) {
    harness.get_by_label(CARD).click();
    harness.run();
    assert_eq!(harness.state().selection().touchpoints.len(), 1);
}

/// Checks that something changed the map from `before` and marked it unsaved, and that
/// one Ctrl+Z takes it back to `before`: as saved as it was, or (`after_unsaved`, for a
/// change made after another unsaved one) still unsaved.
fn undone_by_one_step(
    harness: &mut Harness<'_, PolkuApp>,
    before: &Document,
    origin: &str,
    after_unsaved: bool,
) {
    assert!(
        harness.state().is_modified(),
        "{origin}: not marked unsaved"
    );
    assert_ne!(&document(harness), before, "{origin}: nothing changed");
    // Off any text field, so Ctrl+Z is the map's.
    harness.key_press(Key::Escape);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        &document(harness),
        before,
        "{origin}: not undone in one step"
    );
    assert_eq!(
        harness.state().is_modified(),
        after_unsaved,
        "{origin}: unsaved mark after undo"
    );
}

#[test]
fn a_change_typed_in_a_panel() {
    let (_folder, mut harness) = window();
    select_card(&mut harness);
    let before = document(&harness);
    // Enter edits the selected card's title; what is typed replaces it.
    harness.key_press(Key::Enter);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.event(egui::Event::Text("Packing by hand".to_owned()));
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    let retitled = harness
        .state()
        .journey()
        .touchpoints()
        .any(|t| t.title == "Packing by hand");
    assert!(retitled);
    undone_by_one_step(&mut harness, &before, "typing", false);
}

#[test]
fn a_card_moved_on_the_canvas() {
    let (_folder, mut harness) = window();
    select_card(&mut harness);
    let before = document(&harness);
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    harness.run();
    undone_by_one_step(&mut harness, &before, "moving a card", false);
}

#[test]
fn commands_delete_duplicate_and_tidy() {
    for (origin, keys) in [
        ("delete", (Modifiers::NONE, Key::Delete)),
        ("duplicate", (Modifiers::COMMAND, Key::D)),
    ] {
        let (_folder, mut harness) = window();
        select_card(&mut harness);
        let before = document(&harness);
        harness.key_press_modifiers(keys.0, keys.1);
        harness.run();
        undone_by_one_step(&mut harness, &before, origin, false);
    }
    // Tidy on a map with a card put far along its stage, out of its column: a change
    // made as the window makes it, then Tidy as one more step.
    let (_folder, mut harness) = window();
    let card = harness
        .state()
        .journey()
        .touchpoints()
        .find(|t| t.title == CARD)
        .cloned()
        .expect("the example's card");
    let far = Change::new(
        Edit::UpdateTouchpoint {
            id: card.id,
            change: TouchpointChange::Place {
                lane: card.lane,
                stage: card.stage,
                x: card.x + 5000.0,
            },
        },
        "Move touchpoint",
    );
    harness
        .state_mut()
        .change(far, 0.0)
        .expect("a place in its stage");
    harness.run();
    let before = document(&harness);
    common::choose(&mut harness, &["Edit", "Tidy layout"]);
    harness.run();
    undone_by_one_step(&mut harness, &before, "tidy", true);
}

#[test]
fn a_paste() {
    let (_folder, mut harness) = window();
    let id = harness
        .state()
        .journey()
        .touchpoints()
        .find(|t| t.title == CARD)
        .map(|t| t.id)
        .expect("the example's card");
    let text = polku::io::fragment::to_fragment(
        harness.state().journey(),
        &std::collections::BTreeSet::from([id]),
    );
    let before = document(&harness);
    harness.event(egui::Event::Paste(text));
    harness.run();
    assert_eq!(
        harness.state().journey().touchpoint_count(),
        before.touchpoints.len() + 1
    );
    undone_by_one_step(&mut harness, &before, "paste", false);
}

#[test]
fn a_reload_from_disk() {
    let (folder, mut harness) = window();
    let path = folder.path().join(EXAMPLE);
    let before = document(&harness);
    // A colleague's version of the file: one card renamed.
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{error}"));
    assert!(text.contains(CARD));
    std::fs::write(&path, text.replace(CARD, "Packed by a robot"))
        .unwrap_or_else(|error| panic!("{error}"));
    // The window looks at its file about once a second.
    harness.run_steps((2.0 / common::STEP_SECS) as usize);
    harness.get_by_label("Reload").click();
    harness.run();
    let reloaded = document(&harness);
    assert!(
        reloaded
            .touchpoints
            .iter()
            .any(|t| t.title == "Packed by a robot")
    );
    // The map is what the file holds: nothing unsaved.
    assert!(!harness.state().is_modified());

    // One Ctrl+Z brings back the map as it was before the reload, which the file no
    // longer holds.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(document(&harness), before, "reload: not undone in one step");
    assert!(harness.state().is_modified());
    // And Ctrl+Shift+Z the reload again.
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(document(&harness), reloaded);
    assert!(!harness.state().is_modified());
}
