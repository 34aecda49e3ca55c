//! The open file changing on disk: noticed within seconds and asked about (reload, keep
//! mine, compare); saving never silently replaces a changed file; a file that disappears
//! is reported and Save writes it again.

mod common;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use polku::app::PolkuApp;
use polku::app::files::Question;

const EXAMPLE: &str = "online-order.ron";
const TITLE: &str = "Compares models and reads reviews";

fn changed_on_disk(harness: &Harness<'_, PolkuApp>) -> bool {
    matches!(
        harness.state().question(),
        Some(Question::ChangedOnDisk { .. })
    )
}

/// Lets two seconds of the window's time pass: the watch looks once a second.
fn wait(harness: &mut Harness<'_, PolkuApp>) {
    harness.run_steps((2.0 / common::STEP_SECS) as usize);
}

/// The example's text with one touchpoint renamed, as a colleague's version.
fn theirs(path: &std::path::Path) -> std::io::Result<String> {
    let text = std::fs::read_to_string(path)?;
    assert!(text.contains(TITLE), "no {TITLE} in the map");
    Ok(text.replace(TITLE, "Reads the reviews twice"))
}

fn titles(harness: &Harness<'_, PolkuApp>) -> Vec<String> {
    harness
        .state()
        .journey()
        .touchpoints()
        .map(|t| t.title.clone())
        .collect()
}

/// An unsaved change: "Picking and packing" deleted.
fn delete_a_card(harness: &mut Harness<'_, PolkuApp>) {
    harness.get_by_label("Picking and packing").click();
    harness.run();
    harness.key_press(Key::Delete);
    harness.run();
}

#[test]
fn a_change_on_disk_is_noticed_and_reloaded() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let mut harness = common::harness_with_copy(folder.path(), EXAMPLE);
    let path = folder.path().join(EXAMPLE);
    wait(&mut harness);
    assert!(harness.state().question().is_none());

    std::fs::write(&path, theirs(&path)?)?;
    wait(&mut harness);
    assert!(changed_on_disk(&harness));
    harness.get_by_label("Reload").click();
    harness.run();
    assert!(harness.state().question().is_none());
    assert!(titles(&harness).contains(&"Reads the reviews twice".to_owned()));
    assert!(!harness.state().is_modified());
    Ok(())
}

#[test]
fn a_touched_file_with_the_same_bytes_is_not_a_change() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let mut harness = common::harness_with_copy(folder.path(), EXAMPLE);
    let path = folder.path().join(EXAMPLE);
    let bytes = std::fs::read(&path)?;
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&path, bytes)?;
    wait(&mut harness);
    assert!(harness.state().question().is_none());
    // The watch was looking: other bytes, written the same way, are asked about.
    std::fs::write(&path, theirs(&path)?)?;
    wait(&mut harness);
    assert!(changed_on_disk(&harness), "the watch did not look");
    Ok(())
}

#[test]
fn with_unsaved_changes_the_user_compares_and_keeps_theirs_then_saves() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let mut harness = common::harness_with_copy(folder.path(), EXAMPLE);
    let path = folder.path().join(EXAMPLE);
    delete_a_card(&mut harness);
    assert!(harness.state().is_modified());

    let disk = theirs(&path)?;
    std::fs::write(&path, &disk)?;
    wait(&mut harness);
    assert!(changed_on_disk(&harness));
    // Reloading says what it costs.
    harness.get_by_label("Reload over my changes");
    harness.get_by_label("Compare").click();
    harness.run();
    // The dialog takes a few frames to grow around the differences, as the pointer moving
    // to a button gives it.
    for _ in 0..4 {
        harness.step();
    }
    harness.get_by_label("Different on disk");
    harness.get_by_label_contains("Reads the reviews twice");
    harness.get_by_label("Only on disk");
    // The touchpoint the user deleted, and its links with it.
    assert!(
        harness
            .get_all_by_label_contains("Picking and packing")
            .count()
            >= 2
    );

    harness.get_by_label("Keep mine").click();
    harness.run();
    assert!(harness.state().question().is_none());
    wait(&mut harness);
    assert!(harness.state().question().is_none(), "asked again");
    assert_eq!(
        std::fs::read_to_string(&path)?,
        disk,
        "keeping is not saving"
    );
    // Only the version the user was told of is kept over: a newer one is asked about.
    std::fs::write(&path, disk.replace("reviews twice", "reviews three times"))?;
    wait(&mut harness);
    assert!(
        changed_on_disk(&harness),
        "a newer version was not asked about"
    );
    harness.get_by_label("Keep mine").click();
    harness.run();
    assert!(harness.state().question().is_none());

    // The user chose: Save replaces the file without asking again.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(harness.state().question().is_none());
    let saved = polku::io::load(&path).unwrap();
    assert_eq!(&saved, harness.state().journey());
    assert!(!harness.state().is_modified());
    Ok(())
}

#[test]
fn saving_over_a_file_changed_since_it_was_opened_asks_first() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let mut harness = common::harness_with_copy(folder.path(), EXAMPLE);
    let path = folder.path().join(EXAMPLE);
    delete_a_card(&mut harness);

    // Changed where the watch cannot see it before the save: the same size and time
    // (as two writes within the file system's clock tick leave it), new words.
    let before = std::fs::metadata(&path)?.modified()?;
    let text = std::fs::read_to_string(&path)?;
    let disk = text.replace(TITLE, &TITLE.to_uppercase());
    assert_eq!(disk.len(), text.len());
    // Written beside it with the old time, then moved over it in one step.
    let beside = folder.path().join("theirs.tmp");
    std::fs::write(&beside, &disk)?;
    std::fs::File::options()
        .write(true)
        .open(&beside)?
        .set_modified(before)?;
    std::fs::rename(&beside, &path)?;
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(matches!(
        harness.state().question(),
        Some(Question::ChangedOnDisk { saving: true, .. })
    ));
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(std::fs::read_to_string(&path)?, disk, "saved anyway");
    assert!(harness.state().is_modified());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    harness.get_by_label("Save mine over it").click();
    harness.run();
    assert_ne!(std::fs::read_to_string(&path)?, disk);
    assert!(!harness.state().is_modified());
    Ok(())
}

#[test]
fn a_file_that_disappears_is_reported_and_save_writes_it_again() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let mut harness = common::harness_with_copy(folder.path(), EXAMPLE);
    let path = folder.path().join(EXAMPLE);
    std::fs::remove_file(&path)?;
    wait(&mut harness);
    assert!(matches!(
        harness.state().question(),
        Some(Question::Problem { title, .. }) if title.contains("moved or deleted")
    ));
    // Closing would ask now: the map is nowhere else.
    assert!(harness.state().is_modified());
    harness.get_by_label("OK").click();
    harness.run();
    wait(&mut harness);
    assert!(harness.state().question().is_none(), "told twice");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(&polku::io::load(&path).unwrap(), harness.state().journey());
    assert!(!harness.state().is_modified());
    Ok(())
}

#[test]
fn a_file_that_comes_back_after_it_disappeared_is_asked_about() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let mut harness = common::harness_with_copy(folder.path(), EXAMPLE);
    let path = folder.path().join(EXAMPLE);
    let disk = theirs(&path)?;
    std::fs::remove_file(&path)?;
    wait(&mut harness);
    harness.get_by_label("OK").click();
    harness.run();
    wait(&mut harness);
    assert!(harness.state().question().is_none(), "told twice");
    // The watch still looks: another program writes the file again.
    std::fs::write(&path, &disk)?;
    wait(&mut harness);
    assert!(changed_on_disk(&harness), "the watch stopped looking");
    Ok(())
}
