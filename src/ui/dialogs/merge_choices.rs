//! Merging a copy of the map when no version both started from is known: every
//! difference between the map ("mine") and the copy ("theirs"), each with the choice of
//! mine, theirs or both; merged as one undoable step when the user says so.

use crate::model::compare::DifferenceKind;
use crate::model::merge::{Choice, Choosable};
use crate::tr;

/// The copy being merged and the choices made so far.
#[derive(Clone, Debug, PartialEq)]
pub struct MergeChoices {
    /// The copy's file name, as the dialog names it.
    pub name: String,
    /// The copy, as plain data.
    pub theirs: Box<crate::model::Document>,
    /// Whether the choices were suggested from the version both started from.
    pub suggested: bool,
    pub choices: Vec<Choosable>,
}

/// What the user did with the dialog this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeAnswer {
    Merge,
    Cancel,
}

/// Shows the differences with their choices; returns the answer, once given.
pub fn merge_choices_ui(ctx: &egui::Context, state: &mut MergeChoices) -> Option<MergeAnswer> {
    let mut answer = None;
    egui::Modal::new(egui::Id::unique("polku merge a copy")).show(ctx, |ui| {
        // A fixed width: the differences wrap within it and the dialog keeps its size.
        ui.set_width(640.0_f32.min(ctx.content_rect().width() - 40.0));
        ui.heading(tr!("app-merge-copy-title", name = state.name.clone()));
        ui.label(if state.suggested {
            tr!("app-merge-copy-suggested")
        } else {
            tr!("app-merge-copy-intro")
        });
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            for (choice, text) in [
                (Choice::Mine, tr!("app-merge-all-mine")),
                (Choice::Theirs, tr!("app-merge-all-theirs")),
            ] {
                if ui.small_button(text).clicked() {
                    for one in &mut state.choices {
                        one.choice = match (one.kind, choice) {
                            (DifferenceKind::Changed, choice) => choice,
                            _ => Choice::Both,
                        };
                    }
                }
            }
        });
        ui.separator();
        egui::ScrollArea::vertical()
            .max_height(ctx.content_rect().height() * 0.6)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                crate::ui::long_list::rows_ui(ui, "merge choices", state.choices.len(), |ui, i| {
                    let top = ui.cursor().top();
                    if let Some(one) = state.choices.get_mut(i) {
                        choice_row(ui, one);
                    }
                    ui.cursor().top() - top
                });
            });
        ui.separator();
        ui.horizontal(|ui| {
            if ui.button(tr!("app-merge-copy-merge")).clicked() {
                answer = Some(MergeAnswer::Merge);
            }
            if ui.button(tr!("app-cancel")).clicked()
                || ui.input(|i| i.key_pressed(egui::Key::Escape))
            {
                answer = Some(MergeAnswer::Cancel);
            }
        });
    });
    answer
}

/// One difference: what it is, and its choices in words that fit it.
fn choice_row(ui: &mut egui::Ui, one: &mut Choosable) {
    let sign = match one.kind {
        DifferenceKind::OnlyMine => tr!("app-merge-only-mine"),
        DifferenceKind::OnlyTheirs => tr!("app-merge-only-theirs"),
        DifferenceKind::Changed => tr!("app-merge-changed"),
    };
    ui.horizontal_wrapped(|ui| {
        ui.weak(sign);
        ui.label(&one.what);
    });
    ui.horizontal(|ui| {
        let options = match one.kind {
            DifferenceKind::Changed => vec![
                (Choice::Mine, tr!("app-merge-take-mine")),
                (Choice::Theirs, tr!("app-merge-take-theirs")),
                (Choice::Both, tr!("app-merge-both-versions")),
            ],
            DifferenceKind::OnlyMine => vec![
                (Choice::Both, tr!("app-merge-keep")),
                (Choice::Theirs, tr!("app-merge-remove")),
            ],
            DifferenceKind::OnlyTheirs => vec![
                (Choice::Both, tr!("app-merge-add")),
                (Choice::Mine, tr!("app-merge-leave-out")),
            ],
        };
        for (choice, text) in options {
            ui.radio_value(&mut one.choice, choice, text);
        }
    });
}
