//! A living map in the window: the feedback files a map names are read in the background
//! when it opens and again when one of them changes on disk; their figures show on the
//! cards (for screen readers too), in the inspector and in the insights; a comment
//! becomes an observation in one undoable step; a missing file is reported and the map
//! still opens.

mod common;

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use polku::app::PolkuApp;
use polku::model::feedback::Audience;
use polku::model::{EvidenceLevel, TouchpointId};

/// The online-order example and both of its feedback files, copied into `folder`.
fn copy_example(folder: &Path) -> PathBuf {
    common::copy_with_feedback("online-order.ron", folder);
    folder.join("online-order.ron")
}

/// Steps the window until the feedback has been read, at most about ten seconds.
fn wait_for_feedback(harness: &mut Harness<'_, PolkuApp>) {
    for _ in 0..400 {
        harness.step();
        if harness.state().feedback().is_some() && !harness.state().is_reading_feedback() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    assert!(
        harness.state().feedback().is_some(),
        "the feedback was not read"
    );
    harness.run_ok();
}

/// The touchpoint with `key`.
fn keyed(harness: &Harness<'_, PolkuApp>, key: &str) -> TouchpointId {
    harness
        .state()
        .journey()
        .touchpoints()
        .find(|t| t.key == key)
        .map(|t| t.id)
        .unwrap_or_else(|| panic!("no touchpoint has the key {key}"))
}

/// The NPS the customers' file gives the touchpoint with `key`, worked out by hand from
/// the file: % of 9–10 minus % of 0–6.
fn nps_by_hand(folder: &Path, key: &str) -> (usize, f64) {
    let text = std::fs::read_to_string(folder.join("online-order-customers.csv"))
        .unwrap_or_else(|error| panic!("{error}"));
    let scores: Vec<u8> = text
        .lines()
        .skip(1)
        .filter_map(|line| {
            let cells: Vec<&str> = line.splitn(5, ',').collect();
            (cells.get(2) == Some(&key)).then(|| cells[3].parse().ok())?
        })
        .collect();
    let promoters = scores.iter().filter(|&&s| s >= 9).count() as f64;
    let detractors = scores.iter().filter(|&&s| s <= 6).count() as f64;
    let n = scores.len();
    (n, 100.0 * (promoters - detractors) / n as f64)
}

#[test]
fn the_feedback_is_read_when_the_map_opens_and_shows_on_the_cards() {
    let folder = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let path = copy_example(folder.path());
    let mut harness = common::window_at(&path, Box::new(polku::app::files::NoDialogs));
    wait_for_feedback(&mut harness);
    let id = keyed(&harness, "confirmation");
    let (responses, score) = nps_by_hand(folder.path(), "confirmation");
    {
        let feedback = harness.state().feedback().expect("read");
        assert_eq!(feedback.sources.len(), 2);
        assert!(feedback.sources.iter().all(|s| s.problem.is_none()));
        let measured = feedback.summary.of(Audience::Customer)[&id];
        assert_eq!(measured.scored.figure.responses, responses);
        assert!((measured.scored.figure.score - score).abs() < 1e-9);
        assert!(!feedback.summary.employees.is_empty());
    }
    // Screen readers hear the measured score after the card's place.
    let title = harness
        .state()
        .journey()
        .touchpoint(id)
        .expect("there")
        .title
        .clone();
    let card = harness.get_by_label(&title);
    let description = card
        .accesskit_node()
        .description()
        .unwrap_or_default()
        .to_owned();
    assert!(
        description.contains(&format!(
            "customers measured NPS {}",
            format!("{score:.0}").replace('-', "\u{2212}")
        )),
        "{description}"
    );
    // Nothing of the map changed by reading its feedback.
    assert!(!harness.state().is_modified());
}

#[test]
fn a_comment_becomes_an_observation_in_one_undoable_step() {
    let folder = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let path = copy_example(folder.path());
    let mut harness = common::window_at(&path, Box::new(polku::app::files::NoDialogs));
    wait_for_feedback(&mut harness);
    let id = keyed(&harness, "missing-item");
    let title = harness
        .state()
        .journey()
        .touchpoint(id)
        .expect("there")
        .title
        .clone();
    harness.get_by_label(&title).click_accesskit();
    harness.run();
    harness.get_by_label("Inspector").click();
    harness.run();
    harness.get_by_label_contains("Customers: NPS");
    let before = harness
        .state()
        .journey()
        .touchpoint(id)
        .expect("there")
        .observations
        .len();
    harness
        .get_all_by_label("Make an observation")
        .next()
        .expect("a comment")
        .click_accesskit();
    harness.run();
    let touchpoint = harness.state().journey().touchpoint(id).expect("there");
    assert_eq!(touchpoint.observations.len(), before + 1);
    let made = touchpoint.observations.last().expect("made");
    assert_eq!(made.evidence, EvidenceLevel::Reported);
    assert_eq!(made.source, "online-order-customers.csv");
    assert!(!made.text.is_empty());
    assert!(harness.state().is_modified());
    // The button made no observation twice.
    assert!(
        harness
            .get_all_by_label("Make an observation")
            .next()
            .is_some_and(|button| button.accesskit_node().is_disabled())
    );
    // Off the button, so Ctrl+Z is the map's.
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    let touchpoint = harness.state().journey().touchpoint(id).expect("there");
    assert_eq!(touchpoint.observations.len(), before);
}

#[test]
fn a_fresh_export_over_the_old_one_shows_within_seconds() {
    let folder = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let path = copy_example(folder.path());
    let mut harness = common::window_at(&path, Box::new(polku::app::files::NoDialogs));
    wait_for_feedback(&mut harness);
    let id = keyed(&harness, "pickup-code");
    // A new export: every customer scores the locker code 0, on a later day.
    let csv = folder.path().join("online-order-customers.csv");
    let mut text = std::fs::read_to_string(&csv).unwrap_or_else(|error| panic!("{error}"));
    for n in 0..40 {
        text.push_str(&format!(
            "R_9{n:03},2026-12-01 09:00,pickup-code,0,Locker jammed\n"
        ));
    }
    std::fs::write(&csv, text).unwrap_or_else(|error| panic!("{error}"));
    let low = |harness: &Harness<'_, PolkuApp>| {
        harness
            .state()
            .feedback()
            .and_then(|f| f.summary.customers.get(&id).copied())
            .is_some_and(|m| m.scored.figure.score < 0.0)
    };
    for _ in 0..400 {
        if low(&harness) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
        harness.step();
    }
    assert!(low(&harness), "the new export was not read");
    let feedback = harness.state().feedback().expect("read");
    assert_eq!(
        feedback.summary.changes.first().map(|w| w.touchpoint),
        Some(id)
    );
}

#[test]
fn a_missing_feedback_file_is_reported_and_the_map_opens() {
    let folder = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let path = copy_example(folder.path());
    std::fs::remove_file(folder.path().join("online-order-henkilosto.csv"))
        .unwrap_or_else(|error| panic!("{error}"));
    let mut harness = common::window_at(&path, Box::new(polku::app::files::NoDialogs));
    wait_for_feedback(&mut harness);
    assert!(harness.state().journey().touchpoint_count() > 0);
    let feedback = harness.state().feedback().expect("read");
    let problems: Vec<&str> = feedback
        .sources
        .iter()
        .filter_map(|s| s.problem.as_deref())
        .collect();
    assert_eq!(problems.len(), 1);
    assert!(
        problems[0].contains("online-order-henkilosto.csv"),
        "{problems:?}"
    );
    assert!(feedback.summary.employees.is_empty());
    assert!(!feedback.summary.customers.is_empty());
    assert_eq!(
        harness.state().status(),
        Some("One feedback source could not be read: see Insights.")
    );
    harness.get_by_label("Insights").click();
    harness.run();
    harness.get_by_label("What changed");
    harness.get_by_label("By stage and path");
    harness.get_by_label("Path: Careful first-time buyer");
    // The insights say why, in the file's own words.
    let problem = harness
        .state()
        .feedback()
        .and_then(|f| f.sources.iter().find_map(|s| s.problem.clone()))
        .unwrap_or_default();
    harness.get_by_label(&problem);
}

#[test]
fn a_large_export_is_read_in_the_background_and_the_window_says_how_far() {
    let folder = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let path = copy_example(folder.path());
    // About 1.5 MB: thirty thousand responses to the locker code, a fifth of them 0.
    let mut text = String::from(
        "Response ID,Recorded Date,Touchpoint,How likely are you to recommend us? (0-10),Comment\n",
    );
    for n in 0..30_000 {
        let score = if n % 5 == 0 { 0 } else { 10 };
        text.push_str(&format!(
            "R_{n:06},2026-11-{:02} 10:00,pickup-code,{score},The code came at once\n",
            1 + n % 30
        ));
    }
    std::fs::write(folder.path().join("online-order-customers.csv"), text)
        .unwrap_or_else(|error| panic!("{error}"));
    let app = PolkuApp::open_at_start(
        &path,
        polku::app::settings::Settings::english(),
        Box::new(polku::app::files::NoDialogs),
    );
    let mut harness = common::window_before_first_frame(app, common::SIZE);
    harness.step();
    assert!(harness.state().is_reading_feedback());
    harness.get_by_label_contains("Reading feedback (");
    wait_for_feedback(&mut harness);
    let id = keyed(&harness, "pickup-code");
    let feedback = harness.state().feedback().expect("read");
    let measured = feedback.summary.customers[&id];
    assert_eq!(measured.scored.figure.responses, 30_000);
    // 80 % promoters, 20 % detractors.
    assert!((measured.scored.figure.score - 60.0).abs() < 1e-9);
}

#[test]
fn a_feedback_file_is_added_from_the_window_and_undone_in_one_step() {
    let folder = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let path = copy_example(folder.path());
    // The map without its sources, beside a Finnish staff pulse.
    let mut document = polku::io::load(&path)
        .unwrap_or_else(|error| panic!("{error}"))
        .to_document();
    document.feedback.clear();
    let journey = polku::model::Journey::from_document(document)
        .unwrap_or_else(|errors| panic!("{errors:?}"));
    polku::io::save(&path, &journey).unwrap_or_else(|error| panic!("{error}"));
    let dialogs = common::ScriptedDialogs::default();
    let mut harness = common::window_at(&path, dialogs.boxed());
    assert!(harness.state().feedback().is_none());
    harness.get_by_label("Feedback files");
    dialogs.answer(&folder.path().join("online-order-henkilosto.csv"));
    harness
        .get_by_label("Add a feedback file…")
        .click_accesskit();
    harness.run();
    let sources = harness.state().journey().feedback().to_vec();
    assert_eq!(sources.len(), 1);
    // Relative to the map; employees' by its name; its Finnish columns guessed.
    assert_eq!(sources[0].file, "online-order-henkilosto.csv");
    assert_eq!(sources[0].audience, Audience::Employee);
    assert_eq!(sources[0].touchpoint, "Kosketuspiste");
    assert_eq!(sources[0].scale, polku::model::feedback::Scale::Rating5);
    let status = harness.state().status().unwrap_or_default().to_owned();
    assert!(
        status.starts_with("Added online-order-henkilosto.csv (employees):")
            && status.contains("212 rows, 212 matched to a touchpoint, 0 could not be used"),
        "{status}"
    );
    wait_for_feedback(&mut harness);
    assert!(
        !harness
            .state()
            .feedback()
            .expect("read")
            .summary
            .employees
            .is_empty()
    );
    // The panel changes whose responses they are, in one step.
    harness.get_by_label("customers").click_accesskit();
    harness.run();
    assert_eq!(
        harness.state().journey().feedback()[0].audience,
        Audience::Customer
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    for _ in 0..2 {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        harness.run();
    }
    assert!(harness.state().journey().feedback().is_empty());
    assert!(harness.state().feedback().is_none());
}

#[test]
fn moving_a_card_or_opening_another_map_brings_the_figures_up_to_date() {
    let folder = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let path = copy_example(folder.path());
    let mut harness = common::window_at(&path, Box::new(polku::app::files::NoDialogs));
    wait_for_feedback(&mut harness);
    let id = keyed(&harness, "tracking");
    let (lane, from, to) = {
        let journey = harness.state().journey();
        let touchpoint = journey.touchpoint(id).expect("there");
        let to = journey
            .stages()
            .iter()
            .map(|s| s.id)
            .find(|&s| s != touchpoint.stage)
            .expect("another stage");
        (touchpoint.lane, touchpoint.stage, to)
    };
    let responses_in = |harness: &Harness<'_, PolkuApp>, stage| {
        harness
            .state()
            .feedback()
            .and_then(|f| f.summary.groups.stages.get(&stage).copied())
            .and_then(|both| both[0])
            .map_or(0, |scored| scored.figure.responses)
    };
    let (before_from, before_to) = (responses_in(&harness, from), responses_in(&harness, to));
    let moved = harness
        .state()
        .feedback()
        .and_then(|f| f.summary.customers.get(&id).copied())
        .map_or(0, |m| m.scored.figure.responses);
    assert!(moved > 0);
    let change = polku::model::Change::new(
        polku::model::Edit::UpdateTouchpoint {
            id,
            change: polku::model::TouchpointChange::Place {
                lane,
                stage: to,
                x: 0.0,
            },
        },
        "Move".to_owned(),
    );
    harness
        .state_mut()
        .change(change, 0.0)
        .unwrap_or_else(|error| panic!("{error}"));
    wait_for_feedback(&mut harness);
    assert_eq!(responses_in(&harness, from), before_from - moved);
    assert_eq!(responses_in(&harness, to), before_to + moved);

    // Another map, without feedback: nothing of this one's stays on its cards.
    let other = folder.path().join("other.ron");
    std::fs::copy(common::example("daycare-enrolment.ron"), &other)
        .unwrap_or_else(|error| panic!("{error}"));
    harness.state_mut().open(&other);
    assert!(harness.state().feedback().is_none());
    harness.run();
    assert!(harness.state().feedback().is_none());
}

#[test]
fn a_workbook_source_is_read_and_its_rows_counted() {
    let folder = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let path = copy_example(folder.path());
    let workbook =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/responses/survey.xlsx");
    std::fs::copy(&workbook, folder.path().join("survey.xlsx"))
        .unwrap_or_else(|error| panic!("{error}"));
    let mut document = polku::io::load(&path)
        .unwrap_or_else(|error| panic!("{error}"))
        .to_document();
    document.feedback = vec![polku::model::feedback::FeedbackSource {
        file: "survey.xlsx".to_owned(),
        audience: Audience::Customer,
        touchpoint: "Touchpoint".to_owned(),
        score: "Score".to_owned(),
        scale: polku::model::feedback::Scale::Nps,
        date: "Date".to_owned(),
        comment: "Comment".to_owned(),
    }];
    let journey = polku::model::Journey::from_document(document)
        .unwrap_or_else(|errors| panic!("{errors:?}"));
    polku::io::save(&path, &journey).unwrap_or_else(|error| panic!("{error}"));
    let app = PolkuApp::open_at_start(
        &path,
        polku::app::settings::Settings::english(),
        Box::new(polku::app::files::NoDialogs),
    );
    let mut harness = common::window_before_first_frame(app, common::SIZE);
    // Small, but compressed: it may hold far more rows than its size says, so it is read
    // in the background, as a large file is.
    wait_for_feedback(&mut harness);
    let source = &harness.state().feedback().expect("read").sources[0];
    assert_eq!(source.problem, None);
    // Five rows under the header; none names a touchpoint of this map by its key, id or
    // title except the id 2, whose row is read.
    assert_eq!(source.rows, 5);
    assert_eq!(source.matched, 1);
    assert_eq!(source.unusable.len(), 4);
}
