//! Large maps in the window: long lists show only the rows in sight, a map of any size
//! can be fitted to the window, and a change to a large map keeps the layout as a new
//! one would be.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use polku::app::PolkuApp;
use polku::app::files::NoDialogs;
use polku::app::settings::Settings;
use polku::model::layout::Layout;

mod common;

fn window(touchpoints: usize) -> Harness<'static, PolkuApp> {
    let journey = polku::model::generate::generate(touchpoints, 7)
        .unwrap_or_else(|errors| panic!("{errors:?}"));
    let app = PolkuApp::with_journey(journey, None, Settings::english(), Box::new(NoDialogs));
    common::window(app)
}

#[test]
fn a_long_list_of_stages_shows_the_rows_in_sight() {
    let harness = window(5_000);
    let stages = harness.state().journey().stages().len();
    assert!(stages > 60, "{stages} stages");
    harness.get_by_label("Stage 1 name");
    // The last ones are in the list, further down it, not drawn until scrolled to.
    assert!(
        harness
            .query_by_label(&format!("Stage {stages} name"))
            .is_none()
    );
}

#[test]
fn a_map_too_large_for_the_least_zoom_still_fits_the_window() {
    let mut harness = window(20_000);
    harness.key_press(egui::Key::F);
    harness.run();
    let canvas = harness.state().canvas();
    let bounds = harness.state().layout().bounds;
    assert!(canvas.zoom() < *polku::ui::canvas::ZOOM_RANGE.start());
    let shown = canvas.screen_from_map.mul_rect(bounds);
    assert!(
        canvas.rect.expand(1.0).contains_rect(shown),
        "{shown:?} in {:?}",
        canvas.rect
    );
}

#[test]
fn renaming_a_card_of_a_large_map_keeps_the_layout_a_new_one_would_have() {
    let mut harness = window(3_000);
    let Some(id) = harness.state().journey().touchpoints().nth(7).map(|t| t.id) else {
        panic!("the map has touchpoints");
    };
    common::rename(&mut harness, id, "Renamed on a large map");
    harness.run();
    let journey = harness.state().journey().clone();
    let fresh = Layout::new(&journey).with_emotion_row(&journey, None);
    let layout = harness.state().layout();
    assert_eq!(layout.cards, fresh.cards);
    assert_eq!(layout.links, fresh.links);
    assert_eq!(layout.cells, fresh.cells);
    assert_eq!(layout.emotion, fresh.emotion);
    assert_eq!(
        layout.cards_touching(layout.bounds),
        fresh.cards_touching(fresh.bounds)
    );
}
