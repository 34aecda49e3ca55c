//! The editor as a user meets it: egui_kittest drives the whole window through its
//! accessibility tree and the pointer, and each test checks the journey that results.

use egui::{Key, Modifiers, Pos2, Vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use polku::app::PolkuApp;
use polku::app::files::Question;
use polku::app::settings::Settings;
use polku::model::layout::tidy::COLUMN;
use polku::model::{Journey, LaneKind, LinkKind, Touchpoint, templates::Template};

mod common;

use common::{ScriptedDialogs, example};

fn app_with(journey: Journey, dialogs: &ScriptedDialogs) -> PolkuApp {
    PolkuApp::with_journey(journey, None, Settings::english(), dialogs.boxed())
}

/// A blueprint with two touchpoints side by side in the customer lane.
fn two_touchpoints() -> Journey {
    let mut journey = Template::Blueprint.journey();
    let lane = journey.lanes()[1].id;
    let stage = journey.stages()[0].id;
    for (title, x) in [("Finds the service", 0.0), ("Signs up", 200.0)] {
        let id = journey.new_touchpoint_id();
        let mut touchpoint = Touchpoint::new(id, title, lane, stage);
        touchpoint.x = x;
        let added = journey.apply(polku::model::Edit::AddTouchpoint(Box::new(touchpoint)));
        assert!(added.is_ok());
    }
    journey
}

fn titles(journey: &Journey) -> Vec<String> {
    journey.touchpoints().map(|t| t.title.clone()).collect()
}

/// Double-clicks at `pos`. (Harness::event gives each event a frame of its own, a
/// quarter second apart, which is too slow for a double click.)
fn double_click(harness: &mut Harness<'_, PolkuApp>, pos: Pos2) {
    harness.hover_at(pos);
    harness.run();
    for pressed in [true, false, true, false] {
        let button = egui::PointerButton::Primary;
        let event = egui::Event::PointerButton {
            pos,
            button,
            pressed,
            modifiers: Modifiers::NONE,
        };
        harness.input_mut().events.push(event);
    }
    harness.run();
}

/// Drags with the primary button from `from` to `to`, in a few steps as a hand would.
fn drag(harness: &mut Harness<'_, PolkuApp>, from: Pos2, to: Pos2) {
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    for i in 1..=4 {
        harness.hover_at(from + (to - from) * (i as f32 / 4.0));
        harness.run();
    }
    harness.drop_at(to);
    harness.run();
}

#[test]
fn the_window_shows_the_real_map() {
    let app = PolkuApp::open_at_start(
        &example("daycare-enrolment.ron"),
        Settings::english(),
        ScriptedDialogs::default().boxed(),
    );
    let first_title = app
        .journey()
        .touchpoints()
        .next()
        .map(|t| t.title.clone())
        .expect("the example has touchpoints");
    let harness = common::window(app);
    assert!(
        harness.query_by_label(&first_title).is_some(),
        "no card titled {first_title}"
    );
    assert_eq!(harness.state().title(), "daycare-enrolment.ron — polku");
}

#[test]
fn double_clicking_a_lane_creates_a_touchpoint_there() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = common::window(app_with(Template::Blueprint.journey(), &dialogs));
    let canvas = harness.state().canvas().clone();
    let journey = harness.state().journey().clone();
    let backstage = journey
        .lanes()
        .iter()
        .find(|l| l.kind == LaneKind::Backstage)
        .map(|l| l.id);
    let layout = polku::ui::canvas::layout::Layout::new(&journey);
    let band = layout
        .lanes
        .iter()
        .find(|b| Some(b.id) == backstage)
        .map(|b| b.rect);
    let column = layout.stages[2].rect;
    let Some(band) = band else {
        panic!("no backstage lane")
    };
    let spot = canvas
        .screen_from_map
        .mul_pos(Pos2::new(column.center().x, band.center().y));

    double_click(&mut harness, spot);

    let journey = harness.state().journey();
    assert_eq!(journey.touchpoint_count(), 1);
    let touchpoint = journey.touchpoints().next().cloned().unwrap();
    assert_eq!(Some(touchpoint.lane), backstage);
    assert_eq!(touchpoint.stage, layout.stages[2].id);
    assert_eq!(
        harness.state().selection().single_touchpoint(),
        Some(touchpoint.id)
    );

    // Its title is ready for typing: what is typed replaces it.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.event(egui::Event::Text("Checks the invoice".to_owned()));
    harness.run();
    assert_eq!(titles(harness.state().journey()), ["Checks the invoice"]);
}

#[test]
fn dragging_a_card_into_another_lane_moves_it_there_as_one_step() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = common::window(app_with(two_touchpoints(), &dialogs));
    let card = harness.get_by_label("Signs up").rect();
    let journey = harness.state().journey().clone();
    let layout = polku::ui::canvas::layout::Layout::new(&journey);
    let zoom = harness.state().canvas().zoom();
    // Two lanes down, into Backstage.
    let to = card.center() + Vec2::new(0.0, 2.0 * polku::ui::canvas::layout::LANE_HEIGHT * zoom);
    drag(&mut harness, card.center(), to);

    let journey = harness.state().journey();
    let moved = journey
        .touchpoints()
        .find(|t| t.title == "Signs up")
        .cloned();
    let backstage = layout.lanes[3].id;
    assert_eq!(moved.map(|t| t.lane), Some(backstage));
    assert!(harness.state().is_modified());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let journey = harness.state().journey();
    assert_eq!(
        journey
            .touchpoints()
            .find(|t| t.title == "Signs up")
            .map(|t| t.lane),
        Some(layout.lanes[1].id)
    );
    assert!(!harness.state().is_modified());
}

#[test]
fn a_card_dropped_on_another_goes_to_the_free_place_nearest() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = common::window(app_with(two_touchpoints(), &dialogs));
    let from = harness.get_by_label("Signs up").rect().center();
    let onto = harness.get_by_label("Finds the service").rect().center();
    drag(&mut harness, from, onto + Vec2::new(10.0, 0.0));
    let journey = harness.state().journey();
    let x = |title: &str| {
        journey
            .touchpoints()
            .find(|t| t.title == title)
            .map(|t| t.x)
    };
    assert_eq!(x("Finds the service"), Some(0.0));
    // Not on top: the next column, which is free.
    assert_eq!(x("Signs up"), Some(COLUMN));
}

#[test]
fn a_card_added_after_another_takes_the_next_free_place() {
    let dialogs = ScriptedDialogs::default();
    let mut journey = two_touchpoints();
    // "Signs up" sits in the second column, right of "Finds the service".
    let id = journey
        .touchpoints()
        .find(|t| t.title == "Signs up")
        .map(|t| t.id)
        .unwrap();
    let (lane, stage) = (journey.lanes()[1].id, journey.stages()[0].id);
    let change = polku::model::TouchpointChange::Place {
        lane,
        stage,
        x: COLUMN,
    };
    assert!(
        journey
            .apply(polku::model::Edit::UpdateTouchpoint { id, change })
            .is_ok()
    );
    let mut harness = common::window(app_with(journey, &dialogs));
    harness.get_by_label("Finds the service").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    harness.run();
    let journey = harness.state().journey();
    let added = journey.touchpoints().last().map(|t| (t.title.clone(), t.x));
    assert_eq!(added.map(|(_, x)| x), Some(2.0 * COLUMN));
    // And it is on screen, where its title is being typed.
    let id = journey.touchpoints().last().map(|t| t.id);
    let card = id.and_then(|id| harness.state().layout().cards.get(&id).copied());
    let canvas = harness.state().canvas();
    let on_screen = card.map(|card| canvas.screen_from_map.mul_rect(card));
    assert!(
        on_screen.is_some_and(|rect| canvas.rect.contains_rect(rect)),
        "{on_screen:?} is not on {:?}",
        canvas.rect
    );
}

#[test]
fn a_search_brings_its_matches_into_view() {
    let dialogs = ScriptedDialogs::default();
    let app = PolkuApp::open_at_start(
        &example("telecom-wrong-invoice.ron"),
        Settings::english(),
        dialogs.boxed(),
    );
    let mut harness = common::window(app);
    let canvas = harness.state().canvas().rect;
    let on_canvas = |harness: &Harness<'_, PolkuApp>, id| {
        let state = harness.state();
        let card = state.layout().cards.get(&id).copied();
        card.is_some_and(|card| canvas.contains_rect(state.canvas().screen_from_map.mul_rect(card)))
    };
    // A card far to the right, off the canvas as the map opens.
    let far = harness
        .state()
        .journey()
        .touchpoints()
        .filter(|t| !on_canvas(&harness, t.id))
        .max_by(|a, b| {
            let x = |t: &Touchpoint| {
                harness
                    .state()
                    .layout()
                    .cards
                    .get(&t.id)
                    .map_or(0.0, |r| r.left())
            };
            x(a).total_cmp(&x(b))
        })
        .map(|t| (t.id, t.title.clone()));
    let Some((id, title)) = far else {
        panic!("every card is on the canvas: the test needs a larger map");
    };
    harness.get_by_label("Search").click();
    harness.run();
    harness.get_by_label("Search").type_text(&title);
    harness.run();
    harness.run();
    assert!(on_canvas(&harness, id), "{title} is still off the canvas");
}

#[test]
fn dragging_from_a_handle_to_another_card_links_them() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = common::window(app_with(two_touchpoints(), &dialogs));
    harness.get_by_label("Finds the service").click();
    harness.run();
    let handle = harness.get_by_label("Link from Finds the service").rect();
    let target = harness.get_by_label("Signs up").rect();
    drag(&mut harness, handle.center(), target.center());

    let journey = harness.state().journey();
    assert_eq!(journey.link_count(), 1);
    let link = journey.links().next().cloned();
    let from = journey
        .touchpoints()
        .find(|t| t.title == "Finds the service")
        .map(|t| t.id);
    let to = journey
        .touchpoints()
        .find(|t| t.title == "Signs up")
        .map(|t| t.id);
    assert_eq!(
        link.as_ref().map(|l| (Some(l.from), Some(l.to), l.kind)),
        Some((from, to, LinkKind::Flow))
    );
}

#[test]
fn delete_then_undo_then_redo() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = common::window(app_with(two_touchpoints(), &dialogs));
    harness.get_by_label("Signs up").click();
    harness.run();
    harness.key_press(Key::Delete);
    harness.run();
    assert_eq!(titles(harness.state().journey()), ["Finds the service"]);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        titles(harness.state().journey()),
        ["Finds the service", "Signs up"]
    );

    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(titles(harness.state().journey()), ["Finds the service"]);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert_eq!(titles(harness.state().journey()), ["Finds the service"]);
}

#[test]
fn a_multi_selection_is_deleted_in_one_step() {
    let dialogs = ScriptedDialogs::default();
    let mut journey = two_touchpoints();
    let ids: Vec<_> = journey.touchpoints().map(|t| t.id).collect();
    let link = polku::model::Link {
        id: journey.new_link_id(),
        from: ids[0],
        to: ids[1],
        kind: LinkKind::Flow,
        label: String::new(),
    };
    assert!(journey.apply(polku::model::Edit::AddLink(link)).is_ok());
    let original = journey.clone();
    let mut harness = common::window(app_with(journey, &dialogs));

    harness.get_by_label("Finds the service").click();
    harness.run();
    harness
        .get_by_label("Signs up")
        .click_modifiers(Modifiers::SHIFT);
    harness.run();
    assert_eq!(harness.state().selection().touchpoints.len(), 2);
    harness.key_press(Key::Delete);
    harness.run();
    assert_eq!(harness.state().journey().touchpoint_count(), 0);
    assert_eq!(harness.state().journey().link_count(), 0);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().journey(), &original);
}

#[test]
fn escape_clears_the_selection_and_select_all_takes_everything() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = common::window(app_with(two_touchpoints(), &dialogs));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    assert_eq!(harness.state().selection().touchpoints.len(), 2);
    harness.key_press(Key::Escape);
    harness.run();
    assert!(harness.state().selection().is_empty());
}

#[test]
fn alt_and_arrow_keys_move_a_card_by_columns_lanes_and_stages() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = common::window(app_with(two_touchpoints(), &dialogs));
    let place = |harness: &Harness<'_, PolkuApp>| {
        let journey = harness.state().journey();
        let card = journey.touchpoints().find(|t| t.title == "Signs up");
        let stage = card.and_then(|t| journey.stage_index(t.stage));
        let lane = card.and_then(|t| journey.lane_index(t.lane));
        (lane, stage, card.map(|t| t.x))
    };
    harness.get_by_label("Signs up").click();
    harness.run();
    // The last card of its stage goes into the next stage, at its start.
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowRight);
    harness.run();
    assert_eq!(place(&harness), (Some(1), Some(1), Some(0.0)));
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    harness.run();
    assert_eq!(place(&harness), (Some(2), Some(1), Some(0.0)));
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    harness.run();
    // From the first column, back to the end of its lane in the previous stage: after
    // "Finds the service", never on top of it.
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowLeft);
    harness.run();
    assert_eq!(place(&harness), (Some(1), Some(0), Some(COLUMN)));
    // "Finds the service" is in the way to the left, and there is no stage before this
    // one: the card stays.
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowLeft);
    harness.run();
    assert_eq!(place(&harness), (Some(1), Some(0), Some(COLUMN)));
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowRight);
    harness.run();
    assert_eq!(place(&harness), (Some(1), Some(1), Some(0.0)));
}

#[test]
fn duplicate_copies_the_selection_next_to_it() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = common::window(app_with(two_touchpoints(), &dialogs));
    harness.get_by_label("Signs up").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::D);
    harness.run();
    let journey = harness.state().journey();
    let copies: Vec<&Touchpoint> = journey
        .touchpoints()
        .filter(|t| t.title == "Signs up")
        .collect();
    assert_eq!(copies.len(), 2);
    assert_ne!(copies[0].x, copies[1].x);
    assert!(
        harness
            .state()
            .selection()
            .touchpoints
            .contains(&copies[1].id)
    );
}

#[test]
fn copy_and_paste_go_through_the_clipboard_as_ron() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = common::window(app_with(two_touchpoints(), &dialogs));
    harness.get_by_label("Signs up").click();
    harness.run();
    harness.event(egui::Event::Copy);
    // The frame that handles the event is the one whose output holds the copy.
    harness.step();
    let copied =
        harness
            .output()
            .platform_output
            .commands
            .iter()
            .find_map(|command| match command {
                egui::OutputCommand::CopyText(text) => Some(text.clone()),
                _ => None,
            });
    let Some(copied) = copied else {
        panic!("nothing was copied")
    };
    assert!(copied.contains("Signs up"));

    // Paste into another window, with another map.
    let mut other = harness_with_blueprint();
    other.event(egui::Event::Paste(copied));
    other.run();
    assert_eq!(titles(other.state().journey()), ["Signs up"]);
    // Text that is not polku's is not pasted, and says so.
    other.event(egui::Event::Paste("hello".to_owned()));
    other.run();
    assert_eq!(other.state().journey().touchpoint_count(), 1);
    assert!(
        other
            .state()
            .status()
            .is_some_and(|s| s.starts_with("Nothing pasted"))
    );
}

fn harness_with_blueprint() -> Harness<'static, PolkuApp> {
    common::window(app_with(
        Template::Blueprint.journey(),
        &ScriptedDialogs::default(),
    ))
}

#[test]
fn save_and_open_through_the_dialogs() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let path = folder.path().join("mine.ron");
    let dialogs = ScriptedDialogs::default();
    let mut harness = common::window(app_with(two_touchpoints(), &dialogs));
    assert_eq!(harness.state().title(), "Untitled — polku");
    harness.get_by_label("Signs up").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowRight);
    harness.run();
    assert_eq!(harness.state().title(), "● Untitled — polku");

    dialogs.answer(&path);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(dialogs.asked(), ["save"]);
    assert_eq!(harness.state().path(), Some(path.as_path()));
    assert!(!harness.state().is_modified());
    assert_eq!(harness.state().title(), "mine.ron — polku");
    let saved = polku::io::load(&path);
    assert_eq!(saved.as_ref().ok(), Some(harness.state().journey()));

    // Open it again in a fresh window.
    let dialogs = ScriptedDialogs::default();
    let mut other = harness_with(dialogs.clone());
    dialogs.answer(&path);
    other.key_press_modifiers(Modifiers::COMMAND, Key::O);
    other.run();
    assert_eq!(
        titles(other.state().journey()),
        ["Finds the service", "Signs up"]
    );
    assert_eq!(other.state().path(), Some(path.as_path()));
    assert_eq!(
        other
            .state()
            .settings()
            .recent
            .first()
            .map(|p| p.ends_with("mine.ron")),
        Some(true)
    );
    Ok(())
}

fn harness_with(dialogs: ScriptedDialogs) -> Harness<'static, PolkuApp> {
    common::window(app_with(Template::Blueprint.journey(), &dialogs))
}

#[test]
fn a_broken_file_shows_the_loaders_message_and_keeps_the_map() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let path = folder.path().join("broken.ron");
    std::fs::write(
        &path,
        "(version: 1, lanes: [(id: 1, name: \"A\", kind: Nope)])",
    )?;
    let dialogs = ScriptedDialogs::default();
    let mut harness = common::window(app_with(two_touchpoints(), &dialogs));
    dialogs.answer(&path);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    // The map has unsaved changes? No: it was just opened, so Open goes straight on.
    let question = harness.state().question().cloned();
    let Some(Question::Problem { message, .. }) = question else {
        panic!("no problem shown: {question:?}")
    };
    assert!(message.contains("broken.ron:1:"), "{message}");
    assert!(harness.query_by_label_contains("broken.ron:1:").is_some());
    assert_eq!(
        titles(harness.state().journey()),
        ["Finds the service", "Signs up"]
    );
    harness.get_by_label("OK").click();
    harness.run();
    assert!(harness.state().question().is_none());
    assert_eq!(
        std::fs::read_to_string(&path)?,
        "(version: 1, lanes: [(id: 1, name: \"A\", kind: Nope)])"
    );
    Ok(())
}

#[test]
fn unsaved_changes_are_asked_about_before_they_are_lost() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = common::window(app_with(two_touchpoints(), &dialogs));
    harness.get_by_label("Signs up").click();
    harness.run();
    harness.key_press(Key::Delete);
    harness.run();
    assert!(harness.state().is_modified());

    // New: asks; Cancel keeps everything.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    assert!(matches!(
        harness.state().question(),
        Some(Question::Unsaved(_))
    ));
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(titles(harness.state().journey()), ["Finds the service"]);

    // New again: Don't save starts the new map.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    harness.get_by_label("Don't save").click();
    harness.run();
    assert_eq!(harness.state().journey().touchpoint_count(), 0);
    assert!(!harness.state().is_modified());
    assert!(dialogs.asked().is_empty());
}

#[test]
fn closing_the_window_with_unsaved_changes_asks_and_can_save() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let path = folder.path().join("closing.ron");
    let dialogs = ScriptedDialogs::default();
    let mut harness = common::window(app_with(two_touchpoints(), &dialogs));
    harness.get_by_label("Signs up").click();
    harness.run();
    harness.key_press(Key::Delete);
    harness.run();

    common::request_close(&mut harness);
    // The frame that reads the request cancels the close, and asks.
    harness.step();
    assert!(common::close_cancelled(&harness));
    harness.run();
    assert!(matches!(
        harness.state().question(),
        Some(Question::Unsaved(_))
    ));

    dialogs.answer(&path);
    harness.get_by_label("Save").click();
    harness.run();
    assert!(!harness.state().is_modified());
    assert_eq!(
        polku::io::load(&path).map(|j| titles(&j)).ok(),
        Some(vec!["Finds the service".to_owned()])
    );
    Ok(())
}

#[test]
fn a_touchpoint_is_renamed_and_tagged_in_the_inspector() {
    common::english();
    let dialogs = ScriptedDialogs::default();
    let mut harness = common::window(app_with(two_touchpoints(), &dialogs));
    harness.get_by_label("Signs up").click();
    harness.run();

    harness.get_by_label("Title").focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_label("Title")
        .type_text("Creates an account");
    harness.run();
    harness.key_press(Key::Tab);
    harness.run();
    assert_eq!(
        titles(harness.state().journey()),
        ["Finds the service", "Creates an account"]
    );

    harness.get_by_label("Money").click();
    harness.run();
    harness.get_by_label("Money severity 3 critical").click();
    harness.run();
    let tag = harness
        .state()
        .journey()
        .touchpoints()
        .find(|t| t.title == "Creates an account")
        .and_then(|t| t.tag(polku::model::TermsArea::Money).cloned());
    assert_eq!(
        tag.map(|t| t.severity),
        Some(polku::model::Severity::Critical)
    );

    // The whole rename is one undo step, the tag two more.
    for _ in 0..3 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        harness.run();
    }
    assert_eq!(harness.state().journey(), &two_touchpoints());
}

#[test]
fn a_lane_is_added_renamed_and_moved_in_the_map_panel() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = common::window(app_with(two_touchpoints(), &dialogs));
    harness.get_by_label("Add lane").click();
    harness.run();
    let lanes = harness.state().journey().lanes().len();
    assert_eq!(lanes, 6);
    harness.get_by_label(&format!("Lane {lanes} name")).focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness
        .get_by_label(&format!("Lane {lanes} name"))
        .type_text("Logistics");
    harness.run();
    harness
        .get_by_label(&format!("Move lane {lanes} up"))
        .click();
    harness.run();
    let names: Vec<String> = harness
        .state()
        .journey()
        .lanes()
        .iter()
        .map(|l| l.name.clone())
        .collect();
    assert_eq!(names[4], "Logistics");
}

#[test]
fn saving_from_the_window_keeps_a_backup_unless_turned_off() -> std::io::Result<()> {
    let folder = tempfile::tempdir()?;
    let path = folder.path().join("kept.ron");
    let dialogs = ScriptedDialogs::default();
    let mut harness = common::window(app_with(two_touchpoints(), &dialogs));
    dialogs.answer(&path);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let first = std::fs::read(&path)?;

    harness.get_by_label("Signs up").click();
    harness.run();
    harness.key_press(Key::Delete);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let backup = polku::io::backup_path(&path);
    assert_eq!(std::fs::read(&backup)?, first);

    // Off: saving leaves the backup as it was.
    assert!(harness.state().settings().keep_backup);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Keep a backup when saving").click();
    harness.run();
    assert!(!harness.state().settings().keep_backup);
    harness.key_press(Key::Escape);
    harness.run();
    let second = std::fs::read(&path)?;
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(std::fs::read(&backup)?, first);
    assert_ne!(std::fs::read(&path)?, second);
    Ok(())
}

#[test]
fn opening_a_map_with_comments_says_that_saving_drops_them() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("commented.ron");
    let text = std::fs::read_to_string(example("online-order.ron")).unwrap();
    std::fs::write(
        &path,
        text.replacen("    lanes: [", "    /* why */\n    lanes: [", 1),
    )
    .unwrap();
    let line = text
        .lines()
        .position(|l| l.contains("    lanes: ["))
        .unwrap()
        + 1;
    let harness = common::window(PolkuApp::open_at_start(
        &path,
        Settings::english(),
        ScriptedDialogs::default().boxed(),
    ));
    assert_eq!(
        harness.state().status(),
        Some(
            format!(
                "commented.ron has comments in its file (the first on line {line}); polku does \
                 not keep comments, so saving will drop them"
            )
            .as_str()
        )
    );
    harness.get_by_label_contains("has comments in its file");
}

#[test]
fn a_map_is_never_saved_into_a_pipe() {
    // Writing to a pipe would hold the window until something reads it.
    let folder = tempfile::tempdir().unwrap();
    let fifo = folder.path().join("pipe.ron");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let dialogs = ScriptedDialogs::default();
    let mut harness = common::window(app_with(two_touchpoints(), &dialogs));
    dialogs.answer(&fifo);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    let question = harness.state().question().cloned();
    let Some(Question::Problem { message, .. }) = question else {
        panic!("no problem shown: {question:?}")
    };
    assert!(message.contains("is not a regular file"), "{message}");
    assert_eq!(harness.state().path(), None);
}
