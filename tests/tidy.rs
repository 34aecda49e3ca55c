//! Tidy: every example map laid out in columns, and the command in the window as one
//! undo step.

use polku::model::layout::Layout;
use polku::model::layout::tidy::tidy;
use polku::model::{Edit, Journey};

fn tidied(mut journey: Journey) -> Journey {
    let edits = tidy(&journey);
    if let Err(error) = journey.apply(Edit::Batch(edits)) {
        panic!("tidy made an edit the map refuses: {error}");
    }
    journey
}

#[test]
fn tidy_keeps_every_card_in_its_lane_and_stage_and_never_overlaps_two() {
    for path in common::examples() {
        let before = polku::io::load(&path).unwrap_or_else(|error| panic!("{error}"));
        let after = tidied(before.clone());
        for touchpoint in before.touchpoints() {
            let moved = after.touchpoint(touchpoint.id).expect("no card is lost");
            assert_eq!(
                (moved.lane, moved.stage),
                (touchpoint.lane, touchpoint.stage)
            );
        }
        let layout = Layout::new(&after);
        let cards: Vec<_> = layout.cards.values().collect();
        for (i, a) in cards.iter().enumerate() {
            for b in &cards[i + 1..] {
                assert!(!a.intersects(**b), "{}: {a:?} and {b:?}", path.display());
            }
        }
        // Tidy twice is tidy once.
        assert!(tidy(&after).is_empty(), "{}", path.display());
        // No wider than before.
        let (width, was) = (layout.bounds.width(), Layout::new(&before).bounds.width());
        assert!(width <= was + 1.0, "{}: {was} → {width}", path.display());
    }
}

mod common;

#[test]
fn tidy_from_the_edit_menu_is_one_undo_step() {
    use egui::{Key, Modifiers};
    use egui_kittest::kittest::Queryable as _;
    // An example with its cards scattered about, as a workshop leaves them.
    let folder = tempfile::tempdir().expect("a folder");
    let mut document = polku::io::load(&common::example("telecom-wrong-invoice.ron"))
        .expect("the example")
        .to_document();
    for (i, touchpoint) in document.touchpoints.iter_mut().enumerate() {
        touchpoint.x = (i % 4) as f32 * 150.0 + 13.0;
    }
    let scattered = Journey::from_document(document).expect("the scattered map");
    let file = folder.path().join("scattered.ron");
    polku::io::save(&file, &scattered).expect("saved");
    let mut harness = common::window_at(&file, Box::new(polku::app::files::NoDialogs));
    let original = harness.state().journey().clone();
    assert!(!tidy(&original).is_empty(), "the map is already tidy");
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label("Tidy layout").click();
    harness.run();
    let journey = harness.state().journey().clone();
    assert!(tidy(&journey).is_empty(), "not tidy after Tidy");
    assert_eq!(
        harness.state().status().map(|s| s.starts_with("Tidied:")),
        Some(true),
        "{:?}",
        harness.state().status()
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().journey(), &original);
}
