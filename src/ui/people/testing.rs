//! Test helpers for the people panel: a harness that shows it over a small map and keeps
//! what it asked for, frame by frame, so a test can replay the changes through an undo
//! history as the app does.

use crate::model::{
    Edit, Editor, Journey, Link, LinkId, LinkKind, Persona, PersonaId, PersonaKind, Promise,
    PromiseId, Touchpoint, TouchpointId,
};
use crate::ui::commands::Command;
use crate::ui::filter::Highlight;
use crate::ui::inspector::testing::{self, Bench, CUSTOMER, JOIN, ORDER};
use crate::ui::selection::Selection;
use crate::ui::{Change, Requests};

use super::{PeopleState, people_ui, record_click};

/// What the panel is given besides the journey, and what it asked of the app.
#[derive(Default)]
pub(super) struct View {
    pub selection: Selection,
    pub highlight: Option<Highlight>,
    pub state: PeopleState,
    /// Each frame that asked for changes: the changes, and whether a typing step ended.
    pub frames: Vec<(Vec<Change>, bool)>,
    pub commands: Vec<Command>,
}

pub(super) type Harness = egui_kittest::Harness<'static, Bench<View>>;

/// A customer step before ordering, so journey order differs from the order of ids.
pub(super) const BROWSE: TouchpointId = TouchpointId(4);

/// The inspector's test map, with "Browse products" (customer, Join) flowing into
/// "Order online": journey order is Browse, Order, Confirm, Invoice.
pub(super) fn journey() -> Journey {
    let mut journey = testing::journey();
    let browse = Touchpoint::new(BROWSE, "Browse products", CUSTOMER, JOIN);
    let link = Link {
        id: LinkId(2),
        from: BROWSE,
        to: ORDER,
        kind: LinkKind::Flow,
        label: String::new(),
    };
    for edit in [Edit::AddTouchpoint(Box::new(browse)), Edit::AddLink(link)] {
        // The map above is sound; a refused edit shows up as a missing touchpoint in the
        // test that needs it.
        let _ = journey.apply(edit);
    }
    journey
}

/// The persona of [`with_persona`].
pub(super) const ANNA: PersonaId = PersonaId(1);

/// A harness showing the panel over [`journey`] with [`ANNA`] on it, walking `path`.
pub(super) fn with_persona(path: &[TouchpointId]) -> Harness {
    let mut journey = journey();
    let added = journey.apply(Edit::AddPersona(persona(ANNA.0, "Anna", path)));
    assert!(added.is_ok(), "{added:?}");
    panel(journey)
}

/// A customer persona walking `path`.
pub(super) fn persona(id: u64, name: &str, path: &[TouchpointId]) -> Persona {
    Persona {
        id: PersonaId(id),
        name: name.to_owned(),
        description: String::new(),
        kind: PersonaKind::Customer,
        colour: crate::model::Colour::PALETTE[0],
        path: path.to_vec(),
    }
}

/// A promise that nothing redeems or secures yet.
pub(super) fn promise(id: u64, text: &str) -> Promise {
    Promise {
        id: PromiseId(id),
        text: text.to_owned(),
        description: String::new(),
        redeemed_by: Vec::new(),
        secured_by: Vec::new(),
    }
}

/// A harness showing the panel over `journey`, 320 points wide (the app's default).
pub(super) fn panel(journey: Journey) -> Harness {
    panel_at(320.0, journey)
}

/// A harness showing the panel over `journey`, `width` points wide.
pub(super) fn panel_at(width: f32, journey: Journey) -> Harness {
    testing::bench_at(
        width,
        journey,
        View::default(),
        |ui, journey, view, requests| {
            people_ui(
                ui,
                journey,
                &view.selection,
                &mut view.highlight,
                &mut view.state,
                requests,
            );
            if !requests.changes.is_empty() || requests.end_typing {
                view.frames
                    .push((requests.changes.clone(), requests.end_typing));
            }
            view.commands.append(&mut requests.commands);
        },
    )
}

/// Clicks `touchpoint` on the canvas, as the app reports it to the panel, and carries out
/// what the panel asks for.
pub(super) fn click_on_map(harness: &mut Harness, touchpoint: TouchpointId) {
    let bench = harness.state_mut();
    let mut requests = Requests::new(bench.editor.journey());
    record_click(
        bench.editor.journey(),
        &bench.view.state,
        touchpoint,
        &mut requests,
    );
    for change in requests.changes {
        let label = change.label.clone();
        match bench.editor.apply(change, 0.0) {
            Ok(()) => bench.done.push(label),
            Err(error) => bench.refused.push(error),
        }
    }
    harness.run();
}

/// Carries out the changes the panel asked for on [`journey`] again, on a fresh map, all
/// within one typing pause, as the app does. Returns the map with its undo history.
pub(super) fn replay(bench: &Bench<View>) -> Editor {
    let mut editor = Editor::new(journey());
    for (changes, end_typing) in &bench.view.frames {
        if *end_typing {
            editor.end_typing();
        }
        for change in changes {
            let applied = editor.apply(change.clone(), 0.0);
            assert!(applied.is_ok(), "{applied:?}");
        }
    }
    editor
}

/// Selects all the text of a field and types `text` over it.
pub(super) fn retype(harness: &mut Harness, label: &str, text: &str) {
    testing::retype(harness, label, text);
}
