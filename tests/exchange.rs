//! File → Export and File → Import in the window: the work runs in the background and the
//! window keeps drawing; the results are the same as the command line's.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use polku::app::PolkuApp;
use polku::app::settings::Settings;

mod common;

use common::ScriptedDialogs;

/// The window with the example map `name`, asking for files with `dialogs`.
fn window(name: &str, dialogs: &ScriptedDialogs) -> Harness<'static, PolkuApp> {
    common::window_at(&common::example(name), dialogs.boxed())
}

#[test]
fn a_map_exports_to_svg_and_a_report_from_the_file_menu() -> Result<(), Box<dyn std::error::Error>>
{
    let folder = tempfile::tempdir()?;
    let dialogs = ScriptedDialogs::default();
    let mut harness = window("online-order.ron", &dialogs);

    let svg = folder.path().join("map.svg");
    dialogs.answer(&svg);
    common::choose(&mut harness, &["File", "Export", "Picture (SVG)…"]);
    common::wait(&mut harness);
    let text = std::fs::read_to_string(&svg)?;
    // The badges of what customers and employees measured are in it, as on the canvas.
    let summary = harness.state().feedback().map(|feedback| &feedback.summary);
    assert!(summary.is_some());
    let drawn = polku::io::picture::Drawn::new(harness.state().journey()).feedback(summary);
    assert_eq!(text, polku::io::picture::to_svg(drawn));
    assert!(text.contains("NPS "), "no badge in the picture");
    assert!(
        harness
            .state()
            .status()
            .is_some_and(|s| s.starts_with("Exported"))
    );

    let html = folder.path().join("report.html");
    dialogs.answer(&html);
    common::choose(&mut harness, &["File", "Export", "Report (web page)…"]);
    common::wait(&mut harness);
    assert_eq!(
        std::fs::read_to_string(&html)?,
        polku::io::report::to_html(harness.state().journey(), harness.state().feedback())
    );
    Ok(())
}

#[test]
fn an_inventory_imports_into_a_new_unsaved_map() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = window("daycare-enrolment.ron", &dialogs);
    let inventory = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/inventories/car-service.csv");
    dialogs.answer(&inventory);
    common::choose(
        &mut harness,
        &["File", "Import touchpoint inventory (CSV)…"],
    );
    common::wait(&mut harness);

    let bytes = std::fs::read(&inventory).unwrap();
    let expected = polku::io::inventory::import_csv(&bytes, &inventory, true).unwrap();
    assert_eq!(&expected.journey, harness.state().journey());
    assert!(
        harness.state().is_modified(),
        "an imported map is in no file yet"
    );
    assert_eq!(harness.state().path(), None);
}

#[test]
fn a_broken_inventory_is_reported_and_the_map_kept() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let broken = folder.path().join("broken.csv");
    std::fs::write(&broken, [0xff, 0xfe, 0x00, 0x41])?;
    let dialogs = ScriptedDialogs::default();
    let mut harness = window("daycare-enrolment.ron", &dialogs);
    let before = harness.state().journey().clone();
    dialogs.answer(&broken);
    common::choose(
        &mut harness,
        &["File", "Import touchpoint inventory (CSV)…"],
    );
    common::wait(&mut harness);
    assert!(harness.query_by_label_contains("broken.csv").is_some());
    assert_eq!(harness.state().journey(), &before);
    Ok(())
}

/// A map large enough to be read in the background (more than 2 MB), saved in `folder`.
fn large_map(folder: &Path) -> (PathBuf, polku::model::Journey) {
    let journey =
        polku::model::generate::generate(4_000, 5).unwrap_or_else(|errors| panic!("{errors:?}"));
    let path = folder.join("large.ron");
    if let Err(error) = polku::io::save(&path, &journey) {
        panic!("{error}");
    }
    let size = match std::fs::metadata(&path) {
        Ok(metadata) => metadata.len(),
        Err(error) => panic!("{error}"),
    };
    assert!(size > 2 * 1024 * 1024, "{size} bytes");
    (path, journey)
}

#[test]
fn a_large_map_opens_in_the_background_while_the_window_draws() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let (path, journey) = large_map(folder.path());
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(&path);
    let mut harness = window("online-order.ron", &dialogs);
    let before = harness.state().journey().clone();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    harness.step();
    // Reading: the status bar says so, and the map on screen is still the old one.
    assert!(harness.state().is_busy());
    harness.get_by_label_contains("Opening large.ron");
    assert_eq!(harness.state().journey(), &before);
    common::wait(&mut harness);
    assert_eq!(harness.state().journey(), &journey);
    assert_eq!(harness.state().path(), Some(path.as_path()));
    assert!(!harness.state().is_modified());
    Ok(())
}

#[test]
fn a_map_changed_while_another_opens_is_not_left_without_asking() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let (path, _) = large_map(folder.path());
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(&path);
    let mut harness = window("online-order.ron", &dialogs);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    harness.step();
    assert!(harness.state().is_busy());
    // A change while the file is read: the map read waits for an answer.
    let Some(id) = harness.state().journey().touchpoints().next().map(|t| t.id) else {
        panic!("the example has touchpoints");
    };
    common::rename(&mut harness, id, "Changed meanwhile");
    common::wait(&mut harness);
    assert!(matches!(
        harness.state().question(),
        Some(polku::app::files::Question::Unsaved(_))
    ));
    assert_eq!(
        harness
            .state()
            .journey()
            .touchpoint(id)
            .map(|t| t.title.as_str()),
        Some("Changed meanwhile")
    );
    Ok(())
}

/// The window on a large map saved in `folder`, read in the background as the window
/// opened, with its first touchpoint renamed to `title`; and the map's path and that
/// touchpoint.
fn large_map_renamed(
    folder: &Path,
    title: &str,
) -> (
    Harness<'static, PolkuApp>,
    PathBuf,
    polku::model::TouchpointId,
) {
    let (path, _) = large_map(folder);
    let app = PolkuApp::open_at_start(
        &path,
        Settings::english(),
        ScriptedDialogs::default().boxed(),
    );
    let mut harness = common::window_before_first_frame(app, common::SIZE);
    harness.step();
    assert!(harness.state().is_busy());
    common::wait(&mut harness);
    let Some(id) = harness.state().journey().touchpoints().next().map(|t| t.id) else {
        panic!("the map has touchpoints");
    };
    common::rename(&mut harness, id, title);
    assert!(harness.state().is_modified());
    (harness, path, id)
}

/// That the window is saving in the background; if not, what it shows instead.
fn assert_saving(harness: &Harness<'static, PolkuApp>) {
    let state = harness.state();
    assert!(
        state.is_busy(),
        "not saving; asking {:?}, saying {:?}",
        state.question(),
        state.status()
    );
}

#[test]
fn a_large_map_saves_in_the_background() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let (mut harness, path, _) = large_map_renamed(folder.path(), "Saved in the background");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.step();
    assert_saving(&harness);
    harness.get_by_label_contains("Saving large.ron");
    common::wait(&mut harness);
    assert!(!harness.state().is_modified());
    let read = polku::io::load(&path).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(&read, harness.state().journey());
    Ok(())
}

#[test]
fn closing_while_a_large_map_saves_waits_for_the_save() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let (mut harness, path, id) = large_map_renamed(folder.path(), "Saved before closing");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.step();
    assert_saving(&harness);
    // Closing now: no question about unsaved changes; the window waits for the save.
    common::request_close(&mut harness);
    harness.step();
    assert!(harness.state().question().is_none());
    harness.get_by_label_contains("closes once the map is saved");
    assert!(common::close_cancelled(&harness));
    common::wait(&mut harness);
    assert!(!harness.state().is_modified());
    let read = polku::io::load(&path).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(
        read.touchpoint(id).map(|t| t.title.as_str()),
        Some("Saved before closing")
    );
    Ok(())
}
