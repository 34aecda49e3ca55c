//! A few pictures of the window, compared with the ones in `tests/snapshots/`. They render
//! through wgpu; on machines without a GPU set `WGPU_BACKEND=gl` (Mesa's llvmpipe) so the
//! images are the same everywhere. Update them with `UPDATE_SNAPSHOTS=1 cargo test`.

mod common;

use egui::Vec2;
use egui_kittest::Harness;
use polku::app::PolkuApp;
use polku::app::files::NoDialogs;
use polku::app::settings::Settings;
use polku::i18n::Language;
use polku::model::{
    Edit, Journey, Link, LinkKind, Severity, TermsArea, TermsTag, Touchpoint, templates::Template,
};
use polku::ui::commands::Theme;

fn snapshot(name: &str, journey: Journey, theme: Theme, size: Vec2) {
    snapshot_after(name, journey, theme, size, |_| {});
}

/// A picture of the window after `steps` have been taken in it.
fn snapshot_after(
    name: &str,
    journey: Journey,
    theme: Theme,
    size: Vec2,
    steps: impl FnOnce(&mut Harness<'_, PolkuApp>),
) {
    snapshot_in(Language::English, name, journey, theme, size, steps);
}

/// A picture of the window speaking `language`, after `steps`.
fn snapshot_in(
    language: Language,
    name: &str,
    journey: Journey,
    theme: Theme,
    size: Vec2,
    steps: impl FnOnce(&mut Harness<'_, PolkuApp>),
) {
    let settings = Settings {
        theme,
        language: Some(language),
        ..Settings::default()
    };
    let app = PolkuApp::with_journey(journey, None, settings, Box::new(NoDialogs));
    let mut harness = common::window_sized(app, size);
    steps(&mut harness);
    harness.run();
    harness.snapshot(name);
}

fn example(name: &str) -> Journey {
    match polku::io::load(&common::example(name)) {
        Ok(journey) => journey,
        Err(error) => panic!("{error}"),
    }
}

#[test]
fn an_example_map() {
    snapshot(
        "example_map",
        example("daycare-enrolment.ron"),
        Theme::Light,
        Vec2::new(1280.0, 800.0),
    );
}

#[test]
fn the_dark_theme() {
    snapshot(
        "dark_theme",
        example("online-order.ron"),
        Theme::Dark,
        Vec2::new(1280.0, 800.0),
    );
}

/// The presentation view (F5) of an example, on a projector's 1600×1000.
#[test]
fn the_presentation_view() {
    snapshot_after(
        "presentation",
        example("daycare-enrolment.ron"),
        Theme::Light,
        Vec2::new(1600.0, 1000.0),
        |harness| {
            harness.key_press(egui::Key::F5);
            harness.run();
        },
    );
}

/// A map scattered about by hand, after Edit → Tidy layout.
#[test]
fn a_tidied_map() {
    let mut document = example("online-order.ron").to_document();
    for (i, touchpoint) in document.touchpoints.iter_mut().enumerate() {
        touchpoint.x = (i % 3) as f32 * 170.0 + 7.0;
    }
    let scattered = Journey::from_document(document).unwrap_or_else(|e| panic!("{e:?}"));
    snapshot_after(
        "tidied",
        scattered,
        Theme::Light,
        Vec2::new(1280.0, 800.0),
        |harness| {
            use egui_kittest::kittest::Queryable as _;
            harness.get_by_label("Edit").click();
            harness.run();
            harness.get_by_label("Tidy layout").click();
            harness.run();
        },
    );
}

/// Visible and hidden cards, Flow and Support links, across the line of visibility.
#[test]
fn hidden_lanes_look_different() {
    common::english();
    let mut journey = Template::Blueprint.journey();
    let lanes: Vec<_> = journey.lanes().iter().map(|l| l.id).collect();
    let stage = journey.stages()[0].id;
    let add = |journey: &mut Journey, title: &str, lane, x| {
        let id = journey.new_touchpoint_id();
        let mut touchpoint = Touchpoint::new(id, title, lane, stage);
        touchpoint.x = x;
        if title.starts_with("Invoice") {
            touchpoint.terms.push(TermsTag {
                area: TermsArea::Money,
                severity: Severity::Critical,
                note: "Wrong plan billed".into(),
            });
        }
        assert!(
            journey
                .apply(Edit::AddTouchpoint(Box::new(touchpoint)))
                .is_ok()
        );
        id
    };
    let opens = add(&mut journey, "Opens the invoice", lanes[1], 0.0);
    let calls = add(&mut journey, "Calls customer service", lanes[1], 220.0);
    let run = add(&mut journey, "Invoice run", lanes[4], 0.0);
    let check = add(&mut journey, "Checks the contract", lanes[3], 220.0);
    for (from, to, kind) in [
        (opens, calls, LinkKind::Flow),
        (run, opens, LinkKind::Support),
        (check, calls, LinkKind::Support),
    ] {
        let link = Link {
            id: journey.new_link_id(),
            from,
            to,
            kind,
            label: String::new(),
        };
        assert!(journey.apply(Edit::AddLink(link)).is_ok());
    }
    snapshot(
        "hidden_lanes",
        journey,
        Theme::Light,
        Vec2::new(1100.0, 760.0),
    );
}

#[test]
fn the_walkthrough_with_the_hidden_work_revealed() {
    snapshot_after(
        "walkthrough",
        example("telecom-wrong-invoice.ron"),
        Theme::Light,
        Vec2::new(1280.0, 860.0),
        |harness| {
            for key in [
                egui::Key::G,
                egui::Key::ArrowRight,
                egui::Key::ArrowRight,
                egui::Key::H,
            ] {
                harness.key_press(key);
                harness.run();
            }
        },
    );
}

#[test]
fn the_insights_panel() {
    snapshot_after(
        "insights_panel",
        example("telecom-wrong-invoice.ron"),
        Theme::Light,
        Vec2::new(1280.0, 1000.0),
        |harness| {
            use egui_kittest::kittest::Queryable as _;
            harness.get_by_label("Insights").click();
            harness.run();
        },
    );
}

/// The window in Finnish: a new blueprint named in Finnish, with a card added from the
/// keyboard and the shortcut sheet open.
#[test]
fn the_window_in_finnish() {
    polku::i18n::set_language(Language::Finnish);
    let journey = Template::Blueprint.journey();
    snapshot_in(
        Language::Finnish,
        "finnish",
        journey,
        Theme::Light,
        Vec2::new(1280.0, 800.0),
        |harness| {
            harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
            harness.run();
            harness.event(egui::Event::Text("Löytää palvelun".to_owned()));
            harness.run();
            harness.key_press(egui::Key::Enter);
            harness.run();
            harness.key_press(egui::Key::F1);
            harness.run();
        },
    );
}
