//! The emotion row: under the lanes on the canvas, easy to switch off, and in pictures.

mod common;

use egui_kittest::kittest::Queryable as _;
use polku::app::files::NoDialogs;

#[test]
fn the_emotion_row_is_under_the_lanes_and_the_view_menu_switches_it_off() {
    common::english();
    let path = common::example("online-order.ron");
    let mut harness = common::window_at(&path, Box::new(NoDialogs));
    let layout = harness.state().layout().clone();
    let row = layout.emotion.clone().expect("the row is on by default");
    let lanes_bottom = layout
        .lanes
        .last()
        .expect("the map has lanes")
        .rect
        .bottom();
    assert_eq!(row.rect.top(), lanes_bottom);
    // Every touchpoint with an emotion the customer meets is on the curve.
    let rated = harness
        .state()
        .journey()
        .touchpoints()
        .filter(|t| t.emotion.is_some() && harness.state().journey().is_visible(t.id) == Some(true))
        .count();
    assert_eq!(row.customer.len(), rated);
    assert!(!row.employee.is_empty());
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Emotion row").click();
    harness.run();
    assert!(harness.state().layout().emotion.is_none());
    assert!(!harness.state().settings().emotion_row);
}

#[test]
fn a_picture_of_a_map_with_emotions_has_the_row() {
    common::english();
    let journey = polku::io::load(&common::example("online-order.ron")).unwrap();
    let svg = polku::io::picture::to_svg(&journey);
    let row = svg
        .split(r#"<g id="emotion-row">"#)
        .nth(1)
        .and_then(|rest| rest.split("</g>").next())
        .expect("the emotion row");
    assert!(row.contains(">Customer emotion</text>"));
    let dots = row.matches("<circle").count();
    let rated = journey
        .touchpoints()
        .filter(|t| {
            t.emotion.is_some() && journey.is_visible(t.id) == Some(true)
                || t.employee_experience.is_some()
        })
        .count();
    assert!(
        rated > 0,
        "the map has no ratings: the test looks at nothing"
    );
    assert!(dots >= rated, "{dots} dots for {rated} ratings");
    assert!(row.contains("<path"));
}

#[test]
fn export_can_leave_the_emotion_row_out() {
    let folder = tempfile::tempdir().expect("a folder");
    let map = common::example("online-order.ron");
    let export = |name: &str, extra: &[&str]| {
        let out = folder.path().join(name);
        let output = common::cli::output_of(
            common::cli::polku_command()
                .arg("export")
                .arg(&map)
                .arg("--svg")
                .arg(&out)
                .args(extra),
        );
        assert!(output.status.success(), "{}", common::cli::stderr(&output));
        std::fs::read_to_string(&out).unwrap()
    };
    assert!(export("with.svg", &[]).contains(r#"<g id="emotion-row">"#));
    let without = export("without.svg", &["--no-emotion-row"]);
    assert!(!without.contains(r#"<g id="emotion-row">"#));
    // The same map otherwise: every card is there.
    let touchpoints = polku::io::load(&map).unwrap().touchpoint_count();
    assert_eq!(without.matches("data-touchpoint=").count(), touchpoints);
}
