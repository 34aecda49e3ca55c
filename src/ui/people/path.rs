//! A persona's path: the touchpoints it meets, in order. It is recorded by clicking
//! touchpoints on the canvas (see [`super::record_click`]), taken from the selection in
//! journey order, or edited step by step.

use egui::{Button, Frame, RichText, Stroke, Ui};

use super::rows::{self, Row};
use super::shared::{Card, PeopleState, colour32, title_of};
use crate::model::Persona;
use crate::tr;
use crate::ui::Requests;
use crate::ui::filter::Highlight;
use crate::ui::inspector::fields::quoted;

/// The banner shown while a persona's path is being recorded, with the button that ends it.
pub(super) fn recording_banner_ui(ui: &mut Ui, persona: &Persona, state: &mut PeopleState) {
    let colour = colour32(persona.colour);
    Frame::new()
        .fill(colour.gamma_multiply(0.15))
        .stroke(Stroke::new(1.5, colour))
        .corner_radius(4.0)
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let name = quoted(&persona.name);
            ui.label(RichText::new(tr!("people-recording", name = name)).strong());
            ui.label(tr!("people-recording-help"));
            ui.horizontal(|ui| {
                let done = ui
                    .button(tr!("people-recording-done"))
                    .on_hover_text(tr!("people-recording-done-hover"))
                    .accessible_name(tr!("people-recording-done-name"));
                if done.clicked() {
                    state.recording = None;
                }
                let steps = tr!("people-steps-so-far", count = persona.path.len());
                ui.label(RichText::new(steps).weak());
            });
        });
}

/// The path: its steps in order, each shown on the map when clicked, moved or removed,
/// and the buttons that record it, take it from the selection or clear it.
pub(super) fn path_ui(
    ui: &mut Ui,
    card: &Card<'_>,
    highlight: &mut Option<Highlight>,
    state: &mut PeopleState,
    requests: &mut Requests,
) {
    steps_ui(ui, card, requests);
    ui.add_space(4.0);
    path_buttons_ui(ui, card, highlight, state, requests);
}

/// The steps of the path, in order, or a word on how to make one.
fn steps_ui(ui: &mut Ui, card: &Card<'_>, requests: &mut Requests) {
    let (persona, n) = (card.persona, card.n);
    let path = &persona.path;
    ui.horizontal(|ui| {
        ui.label(RichText::new(tr!("people-path")).strong());
        if !path.is_empty() {
            ui.label(RichText::new(tr!("people-step-count", count = path.len())).weak());
        }
    });
    if path.is_empty() {
        ui.label(RichText::new(tr!("people-path-empty")).weak());
        return;
    }
    let journey = card.input.journey;
    let remove_hover = tr!("people-step-remove-hover");
    crate::ui::long_list::rows_ui(ui, "path steps", path.len(), |ui, index| {
        let Some(&touchpoint) = path.get(index) else {
            return 0.0;
        };
        let title = title_of(journey, touchpoint);
        let row = Row {
            touchpoint,
            title: &title,
            note: None,
            name: tr!("people-step-name", step = index + 1, persona = n),
            number: Some(index + 1),
            moves: Some((index > 0, index + 1 < path.len())),
            remove_hover: &remove_hover,
        };
        let shown = ui.push_id(("step", index), |ui| rows::row_ui(ui, row, requests));
        if let Some(action) = shown.inner {
            let label = match action {
                rows::RowAction::Remove => tr!("people-undo-remove-step"),
                rows::RowAction::Up | rows::RowAction::Down => tr!("people-undo-move-step"),
            };
            card.set(requests, &label, |p| {
                rows::apply(action, &mut p.path, index);
            });
        }
        shown.response.rect.height()
    });
}

/// Record path, path from selection and clear path.
fn path_buttons_ui(
    ui: &mut Ui,
    card: &Card<'_>,
    highlight: &mut Option<Highlight>,
    state: &mut PeopleState,
    requests: &mut Requests,
) {
    let (persona, n) = (card.persona, card.n);
    let id = persona.id;
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(4.0, 4.0);
        let recording = state.recording == Some(id);
        let record = ui
            .add(Button::new(tr!("people-record-path")).selected(recording))
            .on_hover_text(tr!("people-record-path-hover"))
            .accessible_name(tr!("people-record-path-name", n = n));
        if record.clicked() {
            if recording {
                state.recording = None;
            } else {
                state.recording = Some(id);
                // Show the path on the map as it grows.
                *highlight = Some(Highlight::Persona(id));
            }
        }

        let selected = card.input.selected;
        let usable = !selected.is_empty() && selected != persona.path.as_slice();
        let from_selection = ui
            .add_enabled(usable, Button::new(tr!("people-path-from-selection")))
            .on_hover_text(tr!("people-path-from-selection-hover"))
            .on_disabled_hover_text(if selected.is_empty() {
                tr!("people-path-from-selection-none")
            } else {
                tr!("people-path-from-selection-same")
            })
            .accessible_name(tr!("people-path-from-selection-name", n = n));
        if from_selection.clicked() {
            card.set(requests, &tr!("people-undo-path-from-selection"), |p| {
                p.path = selected.to_vec();
            });
        }

        let clear = ui
            .add_enabled(
                !persona.path.is_empty(),
                Button::new(tr!("people-clear-path")),
            )
            .on_hover_text(tr!("people-clear-path-hover"))
            .accessible_name(tr!("people-clear-path-name", n = n));
        if clear.clicked() {
            card.set(requests, &tr!("people-undo-clear-path"), |p| p.path.clear());
        }
    });
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::{NodeT as _, Queryable as _};

    use super::super::testing::{self, ANNA, BROWSE, click_on_map, with_persona};
    use crate::model::TouchpointId;
    use crate::ui::commands::Command;
    use crate::ui::filter::Highlight;
    use crate::ui::inspector::testing::{CONFIRM, INVOICE, ORDER};

    fn path(harness: &testing::Harness) -> Vec<TouchpointId> {
        let journey = &harness.state().journey();
        journey
            .persona(ANNA)
            .map(|p| p.path.clone())
            .unwrap_or_default()
    }

    #[test]
    fn a_path_is_recorded_by_clicking_touchpoints_in_order() {
        let mut harness = with_persona(&[]);
        harness.get_by_label("Record path of persona 1").click();
        harness.run();
        assert_eq!(harness.state().view.state.recording, Some(ANNA));
        assert_eq!(
            harness.state().view.highlight,
            Some(Highlight::Persona(ANNA)),
            "the path shows on the map as it is recorded"
        );
        harness.get_by_label_contains("Click touchpoints on the map in the order");

        for touchpoint in [INVOICE, ORDER, CONFIRM, CONFIRM] {
            click_on_map(&mut harness, touchpoint);
        }
        // The repeated click on the last step is a slip, not a step.
        assert_eq!(path(&harness), [INVOICE, ORDER, CONFIRM]);
        assert_eq!(harness.state().done, ["Add to path"; 3]);
        harness.get_by_label("3 steps so far");

        harness
            .get_by_label("Step 2 of persona 1: Order online")
            .click();
        harness.run();
        assert_eq!(
            harness.state().view.commands,
            [Command::ShowTouchpoint(ORDER)]
        );

        harness.get_by_label("Done recording the path").click();
        harness.run();
        assert_eq!(harness.state().view.state.recording, None);
        assert!(
            harness
                .query_by_label_contains("Click touchpoints on the map")
                .is_none()
        );
        click_on_map(&mut harness, BROWSE);
        assert_eq!(
            path(&harness).len(),
            3,
            "clicks after Done are not recorded"
        );
    }

    #[test]
    fn the_path_from_the_selection_follows_the_journey() {
        let mut harness = with_persona(&[CONFIRM]);
        // By id the selection reads Order, Invoice, Browse; a customer browses first.
        harness.state_mut().view.selection.touchpoints = [ORDER, INVOICE, BROWSE].into();
        harness.run();
        harness
            .get_by_label("Set path of persona 1 from selection")
            .click();
        harness.run();
        assert_eq!(path(&harness), [BROWSE, ORDER, INVOICE]);
        assert_eq!(harness.state().done, ["Set path from selection"]);
        // Now the path is the selection, there is nothing more to take from it.
        assert!(
            harness
                .get_by_label("Set path of persona 1 from selection")
                .accesskit_node()
                .is_disabled()
        );
    }

    #[test]
    fn steps_are_removed_and_moved_and_the_path_cleared() {
        let mut harness = with_persona(&[ORDER, CONFIRM, INVOICE]);
        assert!(
            harness
                .get_by_label("Move step 1 of persona 1 up")
                .accesskit_node()
                .is_disabled()
        );
        harness.get_by_label("Remove step 2 of persona 1").click();
        harness.run();
        assert_eq!(path(&harness), [ORDER, INVOICE]);
        harness.get_by_label("Move step 2 of persona 1 up").click();
        harness.run();
        assert_eq!(path(&harness), [INVOICE, ORDER]);
        harness.get_by_label("Clear path of persona 1").click();
        harness.run();
        assert!(path(&harness).is_empty());
        assert_eq!(
            harness.state().done,
            ["Remove path step", "Move path step", "Clear path"]
        );
        assert!(
            harness
                .get_by_label("Clear path of persona 1")
                .accesskit_node()
                .is_disabled()
        );
    }
}
