//! Test helpers for the panels: a kittest harness that carries out what a panel asks for
//! at the end of each frame, the way the app does, and a small journey to work on.

use egui::Ui;
use egui_kittest::Harness;

use super::{InspectorState, inspector_ui};
use crate::model::{Document, Editor};
use crate::model::{
    EditError, Journey, Lane, LaneId, LaneKind, Link, LinkId, LinkKind, Stage, StageId, Touchpoint,
    TouchpointId,
};
use crate::ui::Requests;
use crate::ui::selection::Selection;

/// What a test harness holds: the journey, the panel's view state, and a record of what
/// happened to the changes the panel asked for.
pub(crate) struct Bench<S> {
    /// The map and its undo history, changed through the same doorway as in the app.
    pub editor: Editor,
    pub view: S,
    /// The undo labels of the changes that were carried out, in order.
    pub done: Vec<String>,
    /// The changes the journey refused. A panel should never ask for one.
    pub refused: Vec<EditError>,
    /// How many frames ended a typing step.
    pub typing_ended: usize,
    /// The right edge of the space the panel was given.
    pub right_edge: f32,
}

impl<S> Bench<S> {
    /// The map as the panel's changes left it.
    pub fn journey(&self) -> &Journey {
        self.editor.journey()
    }
}

/// A harness that shows `panel` over `journey` in a side panel 300 points wide, and
/// applies its changes after each frame.
pub(crate) fn bench<'a, S: 'a>(
    journey: Journey,
    view: S,
    panel: impl FnMut(&mut Ui, &Journey, &mut S, &mut Requests) + 'a,
) -> Harness<'a, Bench<S>> {
    bench_at(300.0, journey, view, panel)
}

/// Like [`bench`], in a side panel `width` points wide.
pub(crate) fn bench_at<'a, S: 'a>(
    width: f32,
    journey: Journey,
    view: S,
    mut panel: impl FnMut(&mut Ui, &Journey, &mut S, &mut Requests) + 'a,
) -> Harness<'a, Bench<S>> {
    let bench = Bench {
        editor: Editor::new(journey),
        view,
        done: Vec::new(),
        refused: Vec::new(),
        typing_ended: 0,
        right_edge: 0.0,
    };
    Harness::builder()
        .with_size(egui::vec2(width, 1400.0))
        .with_context_setup(crate::ui::fonts::install_fonts)
        .build_ui_state(
            move |ui, bench: &mut Bench<S>| {
                let mut requests = Requests::new(bench.editor.journey());
                bench.right_edge = ui.max_rect().right();
                // The app shows each panel in a scroll area; so does the test.
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        panel(ui, bench.editor.journey(), &mut bench.view, &mut requests);
                    });
                if requests.end_typing {
                    bench.editor.end_typing();
                    bench.typing_ended += 1;
                }
                for change in requests.changes {
                    let label = change.label.clone();
                    match bench.editor.apply(change, 0.0) {
                        Ok(()) => bench.done.push(label),
                        Err(error) => bench.refused.push(error),
                    }
                }
            },
            bench,
        )
}

/// A harness showing the inspector for `selection`.
pub(crate) fn inspector(
    journey: Journey,
    selection: Selection,
) -> Harness<'static, Bench<(Selection, InspectorState)>> {
    inspector_at(300.0, journey, selection)
}

/// A harness showing the inspector for `selection` in a panel `width` points wide.
pub(crate) fn inspector_at(
    width: f32,
    journey: Journey,
    selection: Selection,
) -> Harness<'static, Bench<(Selection, InspectorState)>> {
    bench_at(
        width,
        journey,
        (selection, InspectorState::default()),
        |ui, journey, (selection, state), requests| {
            inspector_ui(ui, journey, None, selection, state, requests);
        },
    )
}

/// A harness showing the inspector for `selection`, with `feedback`, in a panel `width`
/// points wide.
pub(crate) fn inspector_with_feedback(
    width: f32,
    journey: Journey,
    feedback: crate::io::feedback::MapFeedback,
    selection: Selection,
) -> Harness<'static, Bench<(Selection, InspectorState)>> {
    bench_at(
        width,
        journey,
        (selection, InspectorState::default()),
        move |ui, journey, (selection, state), requests| {
            inspector_ui(ui, journey, Some(&feedback), selection, state, requests);
        },
    )
}

/// Ids of [`journey`]'s parts, named for what they are.
pub(crate) const CUSTOMER: LaneId = LaneId(1);
pub(crate) const FRONTSTAGE: LaneId = LaneId(2);
pub(crate) const BACKSTAGE: LaneId = LaneId(3);
pub(crate) const JOIN: StageId = StageId(1);
pub(crate) const PAY: StageId = StageId(2);
pub(crate) const ORDER: TouchpointId = TouchpointId(1);
pub(crate) const CONFIRM: TouchpointId = TouchpointId(2);
pub(crate) const INVOICE: TouchpointId = TouchpointId(3);
pub(crate) const CONFIRMS: LinkId = LinkId(1);

/// A small map: three lanes, two stages, three touchpoints and one link.
///
/// "Order online" (customer, Join) flows to "Send confirmation" (frontstage, Join);
/// "Print invoice" sits backstage in Pay. The Frontstage lane is the only one with
/// nothing in Pay, and Backstage holds only the invoice.
pub(crate) fn journey() -> Journey {
    let lane = |id, name: &str, kind| Lane {
        id,
        name: name.to_owned(),
        kind,
    };
    let stage = |id, name: &str| Stage {
        id,
        name: name.to_owned(),
    };
    let mut order = Touchpoint::new(ORDER, "Order online", CUSTOMER, JOIN);
    order.x = 10.0;
    let mut confirm = Touchpoint::new(CONFIRM, "Send confirmation", FRONTSTAGE, JOIN);
    confirm.x = 40.0;
    confirm.owner = "Sales".to_owned();
    let mut invoice = Touchpoint::new(INVOICE, "Print invoice", BACKSTAGE, PAY);
    invoice.x = 70.0;
    invoice.owner = "Billing".to_owned();
    let document = Document {
        title: "Web shop".to_owned(),
        lanes: vec![
            lane(CUSTOMER, "Customer actions", LaneKind::Customer),
            lane(FRONTSTAGE, "Frontstage", LaneKind::Frontstage),
            lane(BACKSTAGE, "Backstage", LaneKind::Backstage),
        ],
        stages: vec![stage(JOIN, "Join"), stage(PAY, "Pay")],
        touchpoints: vec![order, confirm, invoice],
        links: vec![Link {
            id: CONFIRMS,
            from: ORDER,
            to: CONFIRM,
            kind: LinkKind::Flow,
            label: String::new(),
        }],
        ..Document::default()
    };
    // The document above is sound; an empty template map would make every test fail
    // loudly rather than pass by accident.
    Journey::from_document(document).expect("the panels' test map is valid")
}

/// Selects all the text of the focused field and types `text` over it.
pub(crate) fn retype<S>(harness: &mut Harness<'_, S>, label: &str, text: &str) {
    use egui_kittest::kittest::Queryable as _;
    harness.get_by_label(label).click();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Asserts that every widget of `harness` ends within the space the panel was given, and
/// that no field's text runs past the field's edge, cut off.
///
/// A resizable side panel widens to fit what it holds, so a widget even one point too
/// wide makes the panel grow every frame, without end.
pub(crate) fn assert_fits<S>(harness: &Harness<'_, Bench<S>>) {
    use egui::accesskit::Role;
    use egui_kittest::kittest::NodeT as _;
    let right_edge = f64::from(harness.state().right_edge);
    let too_wide: Vec<String> = harness
        .root()
        .children_recursive()
        .map(|node| node.accesskit_node())
        // The text inside a field is checked against the field, below.
        .filter(|node| node.role() != Role::TextRun)
        .filter(|node| {
            node.bounding_box()
                .is_some_and(|rect| rect.x1 > right_edge + 0.01)
        })
        .map(|node| {
            let name = node.label().or(node.value()).unwrap_or_default();
            let right = node.bounding_box().map_or(0.0, |rect| rect.x1);
            format!("{:?} {name:?} ends at {right}", node.role())
        })
        .collect();
    assert!(
        too_wide.is_empty(),
        "wider than {right_edge}: {too_wide:#?}"
    );
    let cut_off: Vec<String> = harness
        .root()
        .children_recursive()
        .map(|node| node.accesskit_node())
        .filter(|node| node.role() == Role::TextRun)
        .filter_map(|run| {
            let field = run.parent()?;
            let (run_box, field_box) = (run.bounding_box()?, field.bounding_box()?);
            let is_field = matches!(field.role(), Role::TextInput | Role::MultilineTextInput);
            let cut = run_box.x1 > field_box.x1 + 0.5;
            (is_field && cut).then(|| format!("{:?}", run.value().unwrap_or_default()))
        })
        .collect();
    assert!(cut_off.is_empty(), "cut off by their fields: {cut_off:#?}");
}
