//! Small things a user trips over, each checked in the whole window as a user meets it:
//! the Edit menu in one language, status messages that come and go, a window that rests
//! while nothing happens, and panels whose fields and buttons are never cut off.

mod common;

use std::time::Duration;

use egui::Vec2;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use polku::app::PolkuApp;
use polku::app::files::{NoDialogs, Question};
use polku::app::settings::Settings;
use polku::i18n::{Language, set_language};

/// The window with a new map, in English.
fn new_map() -> Harness<'static, PolkuApp> {
    common::english();
    common::window(PolkuApp::new(Settings::english(), Box::new(NoDialogs)))
}

/// Clicks the widget named `label`, which must be the only one so named.
fn click(harness: &mut Harness<'_, PolkuApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// The names of the items of the menu open on screen that start with `start`, without
/// their shortcuts.
fn items_starting(harness: &Harness<'_, PolkuApp>, start: &str) -> Vec<String> {
    harness
        .root()
        .children_recursive()
        .filter_map(|node| node.accesskit_node().label())
        .filter(|label| label.starts_with(start))
        .map(|label| match label.split_once(" Ctrl+") {
            Some((item, _)) => item.to_owned(),
            None => label,
        })
        .collect()
}

#[test]
fn the_finnish_edit_menu_names_steps_made_in_english_in_finnish() {
    let mut harness = new_map();
    click(&mut harness, "Add lane");
    click(&mut harness, "Add stage");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(harness.state().status(), Some("Undid add stage"));

    click(&mut harness, "View");
    click(&mut harness, "Language / Kieli");
    click(&mut harness, "Suomi");
    click(&mut harness, "Muokkaa");
    assert_eq!(
        items_starting(&harness, "Kumoa"),
        ["Kumoa kaistan lisääminen"]
    );
    assert_eq!(
        items_starting(&harness, "Tee uudelleen"),
        ["Tee uudelleen vaiheen lisääminen"]
    );

    // What Undo says it did is in Finnish too.
    click(&mut harness, "Kumoa kaistan lisääminen Ctrl+Z");
    assert_eq!(
        harness.state().status(),
        Some("Kumottu: kaistan lisääminen")
    );
}

/// How long after its last frame the window asked for the next: `None` when it asked for
/// none, and waits for the user.
fn next_frame_in(harness: &Harness<'_, PolkuApp>) -> Option<Duration> {
    let delay = harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|viewport| viewport.repaint_delay)?;
    (delay != Duration::MAX).then_some(delay)
}

#[test]
fn a_window_where_nothing_happens_draws_nothing_until_its_file_changes() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = common::harness_with_copy(folder.path(), "online-order.ron");
    harness.run();
    assert_eq!(next_frame_in(&harness), None);
    assert!(harness.state().question().is_none());

    // Another program changes the file: the window wakes by itself and asks what to do.
    let path = folder.path().join("online-order.ron");
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str("\n// changed by another program\n");
    std::fs::write(&path, text).unwrap();
    let waited = std::time::Instant::now();
    while !harness.ctx.has_requested_repaint() && waited.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(
        harness.ctx.has_requested_repaint(),
        "the window was not woken"
    );
    harness.run();
    assert!(matches!(
        harness.state().question(),
        Some(Question::ChangedOnDisk { .. })
    ));
}

/// Lets `secs` seconds pass on the window's clock, then draws a frame.
fn let_time_pass(harness: &mut Harness<'_, PolkuApp>, secs: f64) {
    let now = harness.ctx.input(|i| i.time);
    harness.input_mut().time = Some(now + secs);
    harness.run();
}

#[test]
fn delete_says_what_it_deleted_and_the_message_goes_after_a_while() {
    common::english();
    let folder = tempfile::tempdir().unwrap();
    let mut harness = common::harness_with_copy(folder.path(), "online-order.ron");
    let title = "Compares models and reads reviews";
    click(&mut harness, title);
    assert!(harness.state().selection().single_touchpoint().is_some());
    harness.key_press(egui::Key::Delete);
    harness.run();
    assert_eq!(
        harness.state().status(),
        Some(format!("Deleted “{title}”").as_str())
    );
    // The window asks for the frame that takes the message away, and no sooner.
    let wait = next_frame_in(&harness).unwrap();
    assert!(wait > Duration::from_secs(3), "{wait:?}");
    let_time_pass(&mut harness, 2.0);
    assert!(harness.state().status().is_some());
    let_time_pass(&mut harness, wait.as_secs_f64());
    assert_eq!(harness.state().status(), None);
    assert_eq!(next_frame_in(&harness), None);

    // Several at once are counted.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    let count = harness.state().journey().touchpoint_count();
    harness.key_press(egui::Key::Delete);
    harness.run();
    assert_eq!(
        harness.state().status(),
        Some(format!("Deleted {count} touchpoints").as_str())
    );
}

#[test]
fn saved_never_stays_beside_the_mark_of_unsaved_changes() {
    common::english();
    let folder = tempfile::tempdir().unwrap();
    let mut harness = common::harness_with_copy(folder.path(), "online-order.ron");
    click(&mut harness, "Add lane");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    assert!(!harness.state().title().starts_with('●'));
    assert!(
        harness
            .state()
            .status()
            .is_some_and(|s| s.starts_with("Saved")),
        "{:?}",
        harness.state().status()
    );

    click(&mut harness, "Add stage");
    assert!(harness.state().title().starts_with('●'));
    assert_eq!(harness.state().status(), None);
}

#[test]
fn delete_speaks_finnish() {
    set_language(Language::Finnish);
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("map.ron");
    let mut journey = polku::model::templates::Template::Blueprint.journey();
    let lane = journey.lanes()[1].id;
    let stage = journey.stages()[0].id;
    for title in ["Tilaa", "Maksaa"] {
        let id = journey.new_touchpoint_id();
        let card = polku::model::Touchpoint::new(id, title, lane, stage);
        assert!(
            journey
                .apply(polku::model::Edit::AddTouchpoint(Box::new(card)))
                .is_ok()
        );
    }
    polku::io::save(&path, &journey).unwrap();
    let finnish = Settings {
        language: Some(Language::Finnish),
        ..Settings::default()
    };
    let mut harness = common::window(PolkuApp::open_at_start(&path, finnish, Box::new(NoDialogs)));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.key_press(egui::Key::Delete);
    harness.run();
    assert_eq!(
        harness.state().status(),
        Some("Poistettu 2 kosketuspistettä")
    );
}

/// The text fields of the window whose text runs past their edge, cut off: each as its
/// name and the text that does not fit.
fn cut_off_fields(harness: &Harness<'_, PolkuApp>) -> Vec<String> {
    use egui::accesskit::Role;
    harness
        .root()
        .children_recursive()
        .map(|node| node.accesskit_node())
        .filter(|node| node.role() == Role::TextRun)
        .filter_map(|run| {
            let field = run.parent()?;
            let is_field = matches!(field.role(), Role::TextInput | Role::MultilineTextInput);
            let (run_box, field_box) = (run.bounding_box()?, field.bounding_box()?);
            let cut = run_box.x1 > field_box.x1 + 0.5 || run_box.x0 < field_box.x0 - 0.5;
            (is_field && cut).then(|| format!("{:?}: {:?}", field.label(), run.value()))
        })
        .collect()
}

#[test]
fn long_names_and_titles_are_shown_whole_in_the_panels() {
    common::english();
    let folder = tempfile::tempdir().unwrap();
    let mut harness = common::harness_with_copy(folder.path(), "online-order.ron");
    // A card with a long title and a long TERMS note, beside lanes with long names.
    click(&mut harness, "Compares models and reads reviews");
    let cut = cut_off_fields(&harness);
    assert!(cut.is_empty(), "cut off: {cut:#?}");
    for name in ["Title", "Map title", "Lane 5 name", "Situation note"] {
        assert!(
            harness.query_by_label(name).is_some(),
            "no field {name}: the test looks at nothing"
        );
    }
}

/// The window with an example map open, in English.
fn example(name: &str) -> Harness<'static, PolkuApp> {
    common::english();
    common::window_at(&common::example(name), Box::new(NoDialogs))
}

#[test]
fn ctrl_plus_zooms_around_the_pointer_in_even_steps() {
    let mut harness = example("online-order.ron");
    let canvas = harness.state().canvas().rect;
    let pointer = canvas.center() + Vec2::new(150.0, 80.0);
    harness.hover_at(pointer);
    harness.run();
    let under = harness.state().canvas().map_from_screen(pointer);
    let before = harness.state().canvas().zoom();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
    harness.run();
    let after = harness.state().canvas().zoom();
    assert!((after / before - polku::ui::canvas::ZOOM_STEP).abs() < 1e-3);
    // The point under the pointer stays under it.
    let now = harness.state().canvas().map_from_screen(pointer);
    assert!(now.distance(under) < 0.5, "{under:?} moved to {now:?}");
    // Two big notches of Ctrl+wheel are two steps, not a leap.
    for _ in 0..2 {
        harness.event(egui::Event::Zoom(2.2));
        harness.run();
    }
    let leap = harness.state().canvas().zoom() / after;
    let two_steps = polku::ui::canvas::ZOOM_STEP.powi(2);
    assert!(leap <= two_steps + 1e-3, "zoomed by {leap}");
}

#[test]
fn far_out_the_map_is_an_overview_and_a_click_goes_in() {
    let mut harness = example("online-order.ron");
    harness.state_mut().canvas_mut().zoom_by(0.2);
    harness.run();
    assert!(harness.state().canvas().zoom() < 0.3);
    let layout = harness.state().layout().clone();
    let (&id, &card) = layout.cards.iter().next().expect("a card");
    let on_screen = harness
        .state()
        .canvas()
        .screen_from_map
        .mul_pos(card.center());
    harness.hover_at(on_screen);
    harness.run();
    harness.event(egui::Event::PointerButton {
        pos: on_screen,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    harness.event(egui::Event::PointerButton {
        pos: on_screen,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    harness.run();
    // Close enough to read, on the card, which is not selected: it was not to be seen.
    let canvas = harness.state().canvas();
    assert!(canvas.zoom() >= polku::ui::canvas::READABLE_ZOOM);
    assert!(
        canvas
            .rect
            .contains_rect(canvas.screen_from_map.mul_rect(card))
    );
    assert!(!harness.state().selection().touchpoints.contains(&id));
}

#[test]
fn a_click_on_empty_canvas_selects_no_link_hovered_before() {
    let mut harness = example("online-order.ron");
    let layout = harness.state().layout().clone();
    let view = harness.state().canvas().screen_from_map;
    let canvas = harness.state().canvas().rect;
    // The pointer rests on a link that is on the canvas.
    let on_link = layout
        .links
        .values()
        .filter_map(|path| {
            let [a, b] = [path.first()?, path.get(1)?];
            let middle = view.mul_pos(egui::pos2((a.x + b.x) / 2.0, (a.y + b.y) / 2.0));
            canvas.shrink(20.0).contains(middle).then_some(middle)
        })
        .next()
        .expect("a link on the canvas");
    harness.hover_at(on_link);
    harness.run();
    assert!(harness.state().canvas().hovered_link.is_some());
    // Then a click far from any link, with no hover in between (a touch, say).
    let empty = canvas.right_bottom() - Vec2::new(12.0, 12.0);
    // Pressed and released within one frame, as a quick tap arrives.
    for pressed in [true, false] {
        harness.input_mut().events.push(egui::Event::PointerButton {
            pos: empty,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    harness.step();
    harness.run();
    assert!(harness.state().selection().links.is_empty());
}

#[test]
fn ctrl_l_links_from_a_hidden_step_with_a_support_link() {
    let mut harness = example("online-order.ron");
    let journey = harness.state().journey().clone();
    // A hidden step and a visible one, not yet linked.
    let hidden = journey
        .touchpoints()
        .find(|t| journey.is_visible(t.id) == Some(false))
        .map(|t| t.id)
        .expect("a hidden step");
    let layout = harness.state().layout().clone();
    let visible = journey
        .touchpoints()
        .filter(|t| journey.is_visible(t.id) == Some(true))
        .filter(|t| layout.cards[&t.id].left() > layout.cards[&hidden].left())
        .find(|t| !journey.links().any(|l| l.from == hidden && l.to == t.id))
        .map(|t| t.id)
        .expect("a visible step to the right");
    let links = journey.link_count();
    harness.state_mut().select_touchpoints(&[hidden, visible]);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    harness.run();
    let journey = harness.state().journey();
    assert_eq!(journey.link_count(), links + 1);
    let link = journey
        .links()
        .find(|l| l.from == hidden && l.to == visible)
        .expect("the new link");
    assert_eq!(link.kind, polku::model::LinkKind::Support);
}
