//! Merging in the window: a map with conflicts from a merge opens with them listed under
//! the map, each resolved as one undoable step; File → Merge a copy… puts another copy's
//! work into the map as one step, choosing for each difference where no common version
//! is known.

mod common;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use polku::app::PolkuApp;
use polku::model::{Document, Journey, TouchpointId};

const EXAMPLE: &str = "online-order.ron";

fn example() -> Document {
    match polku::io::load(&common::example(EXAMPLE)) {
        Ok(journey) => journey.to_document(),
        Err(error) => panic!("{error}"),
    }
}

/// The id of the example's first touchpoint, and its title.
fn first(document: &Document) -> (TouchpointId, String) {
    let Some(touchpoint) = document.touchpoints.first() else {
        panic!("the example has touchpoints");
    };
    (touchpoint.id, touchpoint.title.clone())
}

fn title_of(harness: &Harness<'_, PolkuApp>, id: TouchpointId) -> String {
    match harness.state().journey().touchpoint(id) {
        Some(touchpoint) => touchpoint.title.clone(),
        None => panic!("touchpoint {id:?} is gone"),
    }
}

fn write(path: &std::path::Path, document: Document) {
    let journey = match Journey::from_document(document) {
        Ok(journey) => journey,
        Err(errors) => panic!("{errors:?}"),
    };
    let text = polku::io::to_ron_string(&journey).unwrap_or_else(|error| panic!("{error}"));
    std::fs::write(path, text).unwrap_or_else(|error| panic!("{error}"));
}

/// The example merged from two sides that retitled its first touchpoint differently.
fn conflicted() -> (Document, TouchpointId) {
    let base = example();
    let (id, _) = first(&base);
    let retitled = |title: &str| {
        let mut side = base.clone();
        if let Some(touchpoint) = side.touchpoints.iter_mut().find(|t| t.id == id) {
            touchpoint.title = title.to_owned();
        }
        side
    };
    let merged = polku::model::merge::merge(&base, &retitled("Ours"), &retitled("Theirs"));
    assert_eq!(merged.new_conflicts, 1);
    (merged.document, id)
}

#[test]
fn a_conflict_is_listed_and_resolved_as_one_undoable_step() {
    common::english();
    let folder = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let path = folder.path().join("merged.ron");
    let (document, id) = conflicted();
    write(&path, document);
    let mut harness = common::window_at(&path, Box::new(common::ScriptedDialogs::default()));
    harness.get_by_label("One conflict from a merge");
    assert_eq!(title_of(&harness, id), "Ours");

    harness.get_by_label("Take theirs").click();
    harness.run();
    assert_eq!(title_of(&harness, id), "Theirs");
    assert!(harness.state().journey().conflicts().is_empty());
    assert!(harness.state().is_modified());
    assert!(
        harness
            .query_by_label("One conflict from a merge")
            .is_none()
    );

    // One Ctrl+Z brings the conflict back, with ours in the map.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(title_of(&harness, id), "Ours");
    assert_eq!(harness.state().journey().conflicts().len(), 1);

    // Resolved as it is and saved: the file has no list of conflicts.
    harness.get_by_label("Resolved as it is").click();
    harness.run();
    assert_eq!(title_of(&harness, id), "Ours");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let saved = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{error}"));
    assert!(!saved.contains("conflicts"), "{saved}");
    assert!(saved.contains("\"Ours\""));
}

#[test]
fn a_copy_without_a_common_version_is_merged_by_choice_in_one_step() {
    common::english();
    let folder = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let path = folder.path().join("mine.ron");
    let copy = folder.path().join("mine (conflicted copy).ron");
    let base = example();
    let (id, title) = first(&base);
    write(&path, base.clone());
    let mut theirs = base.clone();
    if let Some(touchpoint) = theirs.touchpoints.iter_mut().find(|t| t.id == id) {
        touchpoint.title = "Retitled in the copy".to_owned();
    }
    let added = TouchpointId(9_000);
    let mut new = theirs.touchpoints[0].clone();
    new.id = added;
    new.title = "Added in the copy".to_owned();
    theirs.touchpoints.push(new);
    write(&copy, theirs);

    let dialogs = common::ScriptedDialogs::default();
    let mut harness = common::window_at(&path, dialogs.boxed());
    let before = harness.state().journey().to_document();
    dialogs.answer(&copy);
    common::choose(&mut harness, &["File", "Merge a copy…"]);
    common::wait(&mut harness);
    harness.get_by_label("Merge mine (conflicted copy).ron");
    // A change defaults to mine, an addition to both; take theirs for the change.
    harness.get_by_label("Theirs").click();
    harness.run();
    harness.get_by_label("Merge").click();
    harness.run();
    assert_eq!(title_of(&harness, id), "Retitled in the copy");
    assert_eq!(title_of(&harness, added), "Added in the copy");
    assert!(harness.state().journey().conflicts().is_empty());
    assert!(harness.state().is_modified());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().journey().to_document(), before);
    assert_eq!(title_of(&harness, id), title);
}

/// Runs git in `folder`, failing the test if git fails.
fn git(folder: &std::path::Path, args: &[&str]) {
    let output = std::process::Command::new("git")
        .args([
            "-c",
            "user.name=polku",
            "-c",
            "user.email=polku@example.com",
        ])
        .args(["-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(folder)
        .output()
        .unwrap_or_else(|error| panic!("git: {error}"));
    assert!(output.status.success(), "git {args:?}: {output:?}");
}

#[test]
fn in_git_each_difference_comes_with_the_side_that_changed_it_chosen() {
    common::english();
    let folder = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let path = folder.path().join("map.ron");
    let copy = folder.path().join("copy.ron");
    let base = example();
    write(&path, base.clone());
    git(folder.path(), &["init", "-q"]);
    git(folder.path(), &["add", "map.ron"]);
    git(folder.path(), &["commit", "-q", "-m", "The map"]);

    // The colleague retitled the second touchpoint; here the first is retitled.
    let (first_id, _) = first(&base);
    let second_id = base.touchpoints[1].id;
    let mut theirs = base.clone();
    theirs.touchpoints[1].title = "Retitled in the copy".to_owned();
    write(&copy, theirs);
    let dialogs = common::ScriptedDialogs::default();
    let mut harness = common::window_at(&path, dialogs.boxed());
    common::rename(&mut harness, first_id, "Retitled here");
    dialogs.answer(&copy);
    common::choose(&mut harness, &["File", "Merge a copy…"]);
    common::wait(&mut harness);
    // Nothing to choose by hand: each side's change is chosen already.
    harness.get_by_label("Merge").click();
    harness.run();
    assert_eq!(title_of(&harness, first_id), "Retitled here");
    assert_eq!(title_of(&harness, second_id), "Retitled in the copy");
}
