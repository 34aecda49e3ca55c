//! Autosave and crash recovery through the whole window: a recovery copy is written a few
//! seconds after a change (never over the user's file), offered back after a crash, and
//! removed by a save or a discarded close.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use polku::app::PolkuApp;
use polku::app::files::NoDialogs;
use polku::app::recovery::{MAX_WAIT_SECS, QUIET_SECS};
use polku::app::settings::Settings;
use polku::io::recovery::Session;

mod common;

const EXAMPLE: &str = "online-order.ron";

/// A copy of an example map in `folder`, with its feedback files.
fn copy_example(folder: &Path) -> PathBuf {
    common::copy_with_feedback(EXAMPLE, folder);
    folder.join(EXAMPLE)
}

/// The window as polku starts it: with `file` (or a new map) and autosave into `recovery`.
fn start(file: Option<&Path>, recovery: &Path) -> Harness<'static, PolkuApp> {
    let (session, recovered) = match Session::start(recovery) {
        Ok(started) => started,
        Err(error) => panic!("{error}"),
    };
    let app = match file {
        Some(path) => PolkuApp::open_at_start(path, Settings::english(), Box::new(NoDialogs)),
        None => PolkuApp::new(Settings::english(), Box::new(NoDialogs)),
    }
    .with_recovery(session, recovered);
    common::window(app)
}

/// Deletes every touchpoint: a change anyone would want back.
fn delete_everything(harness: &mut Harness<'_, PolkuApp>) {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.key_press(Key::Delete);
    harness.run();
    assert_eq!(harness.state().journey().touchpoint_count(), 0);
}

fn copy_path(harness: &Harness<'_, PolkuApp>) -> PathBuf {
    match harness.state().recovery_files() {
        Some(files) => files.copy_path(),
        None => panic!("autosave is off"),
    }
}

/// Lets `seconds` of the window's time pass, then waits (in real time, briefly) for the
/// copy being written in the background.
fn let_time_pass(harness: &mut Harness<'_, PolkuApp>, seconds: f64) {
    harness.run_steps((seconds / common::STEP_SECS).ceil() as usize);
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        harness.step();
        std::thread::sleep(Duration::from_millis(20));
        if !harness.state().is_modified() || copy_path(harness).exists() {
            break;
        }
    }
}

/// Opens `path`, deletes every touchpoint, waits for the copy and ends without a word,
/// as a killed polku does.
fn crash_after_a_change(path: &Path, recovery: &Path) {
    let mut harness = start(Some(path), recovery);
    delete_everything(&mut harness);
    let_time_pass(&mut harness, QUIET_SECS);
    assert!(copy_path(&harness).exists());
}

#[test]
fn the_copy_is_written_after_a_pause_and_offered_back_after_a_crash() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let recovery = folder.path().join("recovery");
    let path = copy_example(folder.path());
    let original = std::fs::read(&path)?;

    let mut harness = start(Some(&path), &recovery);
    delete_everything(&mut harness);
    harness.run_steps(4);
    let copy = copy_path(&harness);
    assert!(!copy.exists(), "written before the pause of {QUIET_SECS} s");
    let_time_pass(&mut harness, QUIET_SECS);
    assert!(copy.exists());
    // The crash: the process is gone without a word (the lock goes with it).
    drop(harness);
    assert_eq!(
        std::fs::read(&path)?,
        original,
        "the user's file was written"
    );

    let mut harness = start(None, &recovery);
    assert_eq!(harness.state().recovered().len(), 1);
    harness.get_by_label("polku found unsaved work");
    harness.get_by_label(EXAMPLE);
    harness.get_by_label("Restore").click();
    harness.run();
    let app = harness.state();
    assert_eq!(app.journey().touchpoint_count(), 0);
    assert_eq!(app.path(), Some(path.as_path()));
    assert!(app.is_modified(), "a restored map is not saved yet");
    assert!(app.recovered().is_empty());
    assert!(app.status().is_some_and(|s| s.contains("Restored")));
    // The restored map has a copy of its own at once, and the old session is gone.
    assert!(copy_path(&harness).exists());
    drop(harness);
    let (_session, recovered) = Session::start(&recovery)?;
    assert_eq!(
        recovered.len(),
        1,
        "only the restored map's own copy is left"
    );
    Ok(())
}

#[test]
fn changes_that_keep_coming_are_copied_at_least_every_thirty_seconds() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let path = copy_example(folder.path());
    let mut harness = start(Some(&path), &folder.path().join("recovery"));
    let copy = copy_path(&harness);
    // A change every two seconds never leaves a pause of three.
    let mut seconds = 0.0;
    while seconds < MAX_WAIT_SECS + 2.0 && !copy.exists() {
        let revision = harness.state().journey().revision();
        harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
        harness.key_press_modifiers(Modifiers::ALT, Key::ArrowRight);
        harness.run_steps((2.0 / common::STEP_SECS) as usize);
        assert_ne!(
            harness.state().journey().revision(),
            revision,
            "nothing changed at {seconds} s"
        );
        seconds += 2.0;
    }
    // The copy is written in the background: it is waited for in real time, without a
    // frame, so no pause can come meanwhile.
    let deadline = Instant::now() + Duration::from_secs(10);
    while !copy.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(copy.exists(), "no copy after {seconds} s of changes");
    Ok(())
}

#[test]
fn saving_or_discarding_removes_the_copy() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let recovery = folder.path().join("recovery");
    let path = copy_example(folder.path());
    let mut harness = start(Some(&path), &recovery);
    delete_everything(&mut harness);
    let_time_pass(&mut harness, QUIET_SECS);
    let copy = copy_path(&harness);
    assert!(copy.exists());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(!harness.state().is_modified());
    assert!(!copy.exists(), "the copy outlived the save");

    // Undo makes a change again; closing without saving removes its copy too.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let_time_pass(&mut harness, QUIET_SECS);
    assert!(copy.exists());
    common::request_close(&mut harness);
    harness.run();
    harness.get_by_label("Don't save").click();
    harness.run();
    assert!(!copy.exists(), "the copy outlived a discarded close");
    drop(harness);
    let (_session, recovered) = Session::start(&recovery)?;
    assert!(recovered.is_empty());
    Ok(())
}

#[test]
fn a_recovered_map_can_be_kept_aside_or_discarded() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let recovery = folder.path().join("recovery");
    let path = copy_example(folder.path());
    // Two windows at once, both killed.
    let mut first = start(Some(&path), &recovery);
    let mut second = start(Some(&path), &recovery);
    for harness in [&mut first, &mut second] {
        delete_everything(harness);
        let_time_pass(harness, QUIET_SECS);
    }
    drop((first, second));
    let mut harness = start(None, &recovery);
    assert_eq!(harness.state().recovered().len(), 2);
    // The first is the older: the map of the example file.
    let Some(keep) = harness.get_all_by_label("Keep aside").next() else {
        panic!("nothing can be kept aside");
    };
    keep.click();
    harness.run();
    let kept = folder.path().join("online-order (recovered).ron");
    assert!(kept.exists());
    assert_eq!(polku::io::load(&kept).unwrap().touchpoint_count(), 0);
    harness.get_by_label("Discard").click();
    harness.run();
    assert!(harness.state().recovered().is_empty());
    assert_eq!(
        harness.state().journey().touchpoint_count(),
        0,
        "the new map stayed"
    );
    drop(harness);
    let (_session, recovered) = Session::start(&recovery)?;
    assert!(recovered.is_empty());
    Ok(())
}

#[test]
fn a_panic_writes_the_copy_and_a_crash_report_told_at_the_next_start() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let recovery = folder.path().join("recovery");
    let path = copy_example(folder.path());
    let mut harness = start(Some(&path), &recovery);
    delete_everything(&mut harness);
    let copy = copy_path(&harness);
    let report = match harness.state().recovery_files() {
        Some(files) => files.crash_report(),
        None => panic!("autosave is off"),
    };
    polku::app::recovery::install_panic_hook(report.clone());
    let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        harness.state_mut().guarded(|_| panic!("a bug in a frame"))
    }));
    // The hook is the whole process's: the other tests get the default one back.
    drop(std::panic::take_hook());
    assert!(panicked.is_err());
    // No pause was waited for: the copy is there at once.
    assert!(copy.exists());
    let text = std::fs::read_to_string(&report)?;
    assert!(text.contains("a bug in a frame"), "{text}");
    drop(harness);

    let mut harness = start(None, &recovery);
    harness.get_by_label("polku found unsaved work");
    let told = harness
        .get_all_by_label_contains("a report was written to")
        .count();
    assert_eq!(told, 1);
    harness.get_by_label("Restore").click();
    harness.run();
    assert_eq!(harness.state().journey().touchpoint_count(), 0);
    Ok(())
}

#[test]
fn a_restored_map_does_not_silently_replace_a_file_changed_since_the_crash() -> std::io::Result<()>
{
    let folder = tempfile::tempdir()?;
    let recovery = folder.path().join("recovery");
    let path = copy_example(folder.path());
    crash_after_a_change(&path, &recovery);

    // While polku was down, a colleague's version arrived.
    let theirs = std::fs::read_to_string(&path)?.replace("Picking and packing", "Packing");
    std::fs::write(&path, &theirs)?;

    let mut harness = start(None, &recovery);
    harness.get_by_label("Restore").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(matches!(
        harness.state().question(),
        Some(polku::app::files::Question::ChangedOnDisk { .. })
    ));
    assert_eq!(std::fs::read_to_string(&path)?, theirs);
    Ok(())
}

#[test]
fn a_restored_map_whose_file_did_not_change_saves_without_a_question() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let recovery = folder.path().join("recovery");
    let path = copy_example(folder.path());
    crash_after_a_change(&path, &recovery);

    let mut harness = start(None, &recovery);
    harness.get_by_label("Restore").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(harness.state().question().is_none());
    assert_eq!(polku::io::load(&path).unwrap().touchpoint_count(), 0);
    Ok(())
}
