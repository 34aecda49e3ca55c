//! The conflicts a merge left, listed under the map while there are any: for each, what
//! it is about and its value in the version both started from (base), in ours (what the
//! map holds now) and in theirs, with a choice to take ours, take theirs, or keep the map
//! as it is (after editing it by hand). Each choice is one undoable edit; saving a map
//! with none left writes no list.

use egui::Ui;

use super::Requests;
use crate::model::merge::{Resolution, describe, resolve};
use crate::model::{Edit, Journey};
use crate::tr;

/// The list of conflicts, as the panel under the map shows it.
pub fn conflicts_ui(ui: &mut Ui, journey: &Journey, requests: &mut Requests) {
    let conflicts = journey.conflicts();
    let problem_id = ui.make_persistent_id("conflict problem");
    ui.horizontal_wrapped(|ui| {
        // Marked as something to attend to, as a problem with the map is.
        let title = egui::RichText::new(tr!("app-conflicts-title", count = conflicts.len()))
            .strong()
            .size(15.0)
            .color(ui.visuals().warn_fg_color);
        ui.label(title);
        ui.weak(tr!("app-conflicts-intro"));
    });
    if let Some(problem) = ui.data(|data| data.get_temp::<String>(problem_id)) {
        ui.colored_label(ui.visuals().error_fg_color, problem);
    }
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            super::long_list::rows_ui(ui, "conflicts", conflicts.len(), |ui, index| {
                let top = ui.cursor().top();
                let Some(conflict) = conflicts.get(index) else {
                    return 0.0;
                };
                let described = describe(conflict, journey);
                ui.horizontal_wrapped(|ui| {
                    ui.strong(&described.what);
                    if let crate::model::Thing::Touchpoint(id) = conflict.thing
                        && journey.touchpoint(id).is_some()
                        && ui.small_button(tr!("app-conflict-show")).clicked()
                    {
                        requests.command(super::commands::Command::ShowTouchpoint(id));
                    }
                });
                egui::Grid::new(("conflict", index))
                    .num_columns(2)
                    .spacing([12.0, 2.0])
                    .show(ui, |ui| {
                        for (side, value) in [
                            (tr!("app-conflict-base"), &described.base),
                            (tr!("app-conflict-ours"), &described.ours),
                            (tr!("app-conflict-theirs"), &described.theirs),
                        ] {
                            ui.weak(side);
                            ui.label(value);
                            ui.end_row();
                        }
                    });
                ui.horizontal(|ui| {
                    let choices = [
                        (
                            Resolution::Ours,
                            tr!("app-conflict-take-ours"),
                            tr!("app-conflict-take-ours-hint"),
                        ),
                        (
                            Resolution::Theirs,
                            tr!("app-conflict-take-theirs"),
                            tr!("app-conflict-take-theirs-hint"),
                        ),
                        (
                            Resolution::AsItIs,
                            tr!("app-conflict-as-it-is"),
                            tr!("app-conflict-as-it-is-hint"),
                        ),
                    ];
                    for (resolution, text, hint) in choices {
                        if ui.button(text).on_hover_text(hint).clicked() {
                            let problem = resolved(journey, index, resolution, requests);
                            ui.data_mut(|data| match problem {
                                Some(problem) => {
                                    data.insert_temp(problem_id, problem);
                                }
                                None => {
                                    data.remove::<String>(problem_id);
                                }
                            });
                        }
                    }
                });
                ui.separator();
                ui.cursor().top() - top
            });
        });
}

/// Asks for the map with conflict `index` resolved, as one edit; or says why it cannot be.
fn resolved(
    journey: &Journey,
    index: usize,
    resolution: Resolution,
    requests: &mut Requests,
) -> Option<String> {
    let mut document = journey.to_document();
    match resolve(&mut document, index, resolution) {
        Ok(()) => {
            requests.edit(Edit::Replace(Box::new(document)), tr!("app-conflict-undo"));
            None
        }
        Err(error) => Some(tr!("app-conflict-problem", error = error.to_string())),
    }
}
