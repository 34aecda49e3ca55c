//! The presentation view: one key shows the whole map, centred, with every title legible.

mod common;

use std::path::Path;

use egui::{Key, Rect, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use polku::app::PolkuApp;
use polku::app::files::NoDialogs;
use polku::app::settings::Settings;
use polku::model::look::card::TITLE_SIZE;

const WINDOW: Vec2 = Vec2::new(1600.0, 1000.0);

fn window(path: &Path) -> Harness<'static, PolkuApp> {
    let app = PolkuApp::open_at_start(path, Settings::english(), Box::new(NoDialogs));
    common::window_sized(app, WINDOW)
}

#[test]
fn every_example_shows_whole_centred_and_legible_in_the_presentation_view() {
    for path in common::examples() {
        let mut harness = window(&path);
        assert!(harness.query_all_by_label("Inspector").next().is_some());
        harness.key_press(Key::F5);
        harness.run();
        harness.run();
        let state = harness.state();
        assert!(state.is_presenting());
        // The panels, toolbars and status bar are out of the way.
        assert!(harness.query_all_by_label("Inspector").next().is_none());
        assert!(harness.query_by_label("Search").is_none());
        let window = Rect::from_min_size(egui::Pos2::ZERO, WINDOW);
        let view = state.canvas().screen_from_map;
        let layout = state.layout();
        let title = TITLE_SIZE * layout.text_scale * view.scaling;
        assert!(
            title >= 10.0,
            "{}: titles at {title:.1} points",
            path.display()
        );
        // Stage and lane names at least as large as the titles' smallest.
        assert!(15.0 * layout.text_scale * view.scaling >= 10.0);
        let map = view.mul_rect(layout.bounds);
        assert!(window.contains_rect(map), "{}: {map:?}", path.display());
        for card in layout.cards.values() {
            assert!(window.contains_rect(view.mul_rect(*card)));
        }
        // Centred: as much room left as right, above as below.
        let (left, right) = (map.left() - window.left(), window.right() - map.right());
        let (top, bottom) = (map.top() - window.top(), window.bottom() - map.bottom());
        assert!(
            (left - right).abs() < 2.0,
            "{}: {left} and {right}",
            path.display()
        );
        assert!(
            (top - bottom).abs() < 2.0,
            "{}: {top} and {bottom}",
            path.display()
        );
        // Every title is whole on its card, however large the text.
        for touchpoint in state.journey().touchpoints() {
            let lines = polku::model::look::card::title_lines(touchpoint, layout.text_scale);
            let written: String = lines
                .concat()
                .replace('\u{2010}', "")
                .split_whitespace()
                .collect();
            let title: String = touchpoint.title.split_whitespace().collect();
            assert_eq!(written, title);
        }
        // The same key goes back.
        harness.key_press(Key::F5);
        harness.run();
        assert!(!harness.state().is_presenting());
        assert!(harness.query_all_by_label("Inspector").next().is_some());
        // And Esc.
        harness.key_press(Key::F5);
        harness.run();
        harness.key_press(Key::Escape);
        harness.run();
        assert!(!harness.state().is_presenting());
    }
}

#[test]
fn the_presentation_view_works_from_workshop_mode() {
    let path = &common::examples()[0];
    let mut harness = window(path);
    harness.key_press(Key::F11);
    harness.run();
    harness.key_press(Key::F5);
    harness.run();
    assert!(harness.state().is_presenting());
    assert!(harness.query_by_label("Parking lot").is_none());
    harness.key_press(Key::F5);
    harness.run();
    assert!(!harness.state().is_presenting());
}
