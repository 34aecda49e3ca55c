//! Without the system's file dialogs (no desktop portal, no zenity: a kiosk, a workshop
//! laptop with a minimal window manager), File → Open, Save as, Export and Import ask in
//! polku's own dialog inside the window, and never do nothing without a word.

use std::path::Path;

use egui::accesskit::Role;
use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use polku::app::PolkuApp;
use polku::app::files::Question;
use polku::app::settings::Settings;

mod common;

use common::ScriptedDialogs;

/// The window with a copy of an example map in `folder`, on a system without file
/// dialogs.
fn window(folder: &Path) -> Harness<'static, PolkuApp> {
    let path = folder.join("map.ron");
    if let Err(error) = std::fs::copy(common::example("online-order.ron"), &path) {
        panic!("{error}");
    }
    common::window_at(&path, ScriptedDialogs::unavailable().boxed())
}

fn press(harness: &mut Harness<'_, PolkuApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

/// Types `name` over the file name in polku's dialog, and presses Enter.
fn enter_file_name(harness: &mut Harness<'_, PolkuApp>, name: &str) {
    harness
        .get_by_role_and_label(Role::TextInput, "File:")
        .click();
    harness.run();
    press(harness, Modifiers::COMMAND, Key::A);
    harness.event(Event::Text(name.to_owned()));
    harness.run();
    press(harness, Modifiers::NONE, Key::Enter);
}

#[test]
fn save_as_and_open_ask_in_the_window() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = window(folder.path());

    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    assert!(harness.state().is_picking_file(), "no dialog to ask in");
    assert_eq!(
        harness.state().status(),
        Some("This system has no file dialog to show, so polku asks in the window")
    );
    harness.get_by_label("Save the map");
    enter_file_name(&mut harness, "copy");
    assert!(!harness.state().is_picking_file());
    let copy = folder.path().join("copy.ron");
    assert_eq!(harness.state().path(), Some(copy.as_path()));
    assert_eq!(&polku::io::load(&copy).unwrap(), harness.state().journey());

    // Open the first map again: choose it in the list and press Open.
    press(&mut harness, Modifiers::COMMAND, Key::O);
    assert!(harness.state().is_picking_file());
    harness.get_by_label("map.ron").click();
    harness.run();
    harness.get_by_label("Open").click();
    harness.run();
    assert_eq!(
        harness.state().path(),
        Some(folder.path().join("map.ron").as_path())
    );
}

#[test]
fn an_export_over_an_existing_file_asks_first_and_cancel_changes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = window(folder.path());
    let picture = folder.path().join("map.svg");
    std::fs::write(&picture, "mine").unwrap();
    let export = |harness: &mut Harness<'_, PolkuApp>| {
        common::choose(harness, &["File", "Export", "Picture (SVG)…"]);
        harness.run();
    };

    // Cancelling the dialog does nothing, and the window goes on.
    export(&mut harness);
    assert!(harness.state().is_picking_file());
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(!harness.state().is_picking_file());
    assert_eq!(std::fs::read_to_string(&picture).unwrap(), "mine");

    // The suggested name is taken: polku asks before replacing it.
    export(&mut harness);
    harness.get_by_label("map.svg").click();
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    assert!(matches!(
        harness.state().question(),
        Some(Question::Replace { .. })
    ));
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(std::fs::read_to_string(&picture).unwrap(), "mine");

    export(&mut harness);
    harness.get_by_label("map.svg").click();
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    harness.get_by_label("Replace").click();
    // The export runs in the background, and the window does not settle until it ends.
    harness.step();
    common::wait(&mut harness);
    let written = std::fs::read_to_string(&picture).unwrap();
    assert_eq!(
        written,
        polku::io::picture::to_svg(harness.state().journey())
    );
}

#[test]
fn polku_s_own_dialog_can_be_chosen_over_the_system_s() {
    // A system with dialogs, which must not be asked once the setting is on.
    let dialogs = ScriptedDialogs::default();
    let settings = Settings {
        own_file_dialog: true,
        ..Settings::english()
    };
    let mut harness = common::window(PolkuApp::new(settings, dialogs.boxed()));
    press(&mut harness, Modifiers::COMMAND, Key::O);
    assert!(harness.state().is_picking_file());
    press(&mut harness, Modifiers::NONE, Key::Escape);
    assert!(!harness.state().is_picking_file());
    assert_eq!(
        dialogs.asked(),
        Vec::<&str>::new(),
        "the system's dialog was asked"
    );
}
