//! The questions polku asks in the window, each in a modal: unsaved changes, a problem,
//! a file changed on disk, a file about to be replaced, the maps a crash left behind, and
//! the choices when merging a copy of the map.
//! Each widget shows what it is given and returns the answer; the app acts on it.

mod answer;
mod changed;
mod merge_choices;
mod recovered;

use std::path::Path;

pub use answer::Answer;
pub use merge_choices::{MergeAnswer, MergeChoices, merge_choices_ui};
pub use recovered::{Choice, recovered_ui};

use crate::model::compare::Difference;

/// What the user would lose by leaving a map with unsaved changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Before {
    New,
    Open,
    Quit,
    Import,
}

/// A question as the dialog shows it.
#[derive(Clone, Copy, Debug)]
pub enum Asked<'a> {
    /// The map called `map_name` has unsaved changes and the user asked to leave it.
    Unsaved { map_name: &'a str, before: Before },
    /// Something failed; the message says what, and what is unchanged.
    Problem { title: &'a str, message: &'a str },
    /// The open file changed on disk; with what differs, once asked.
    ChangedOnDisk {
        map_name: &'a str,
        modified: bool,
        saving: bool,
        differences: Option<&'a Result<Vec<Difference>, String>>,
    },
    /// The file chosen in polku's own dialog exists: replace it?
    Replace { path: &'a Path },
}

/// Shows `question` and returns the answer when one is given this frame.
pub fn question_ui(ctx: &egui::Context, asked: &Asked<'_>) -> Option<Answer> {
    let modal = egui::Modal::new(egui::Id::unique("polku question")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        match *asked {
            Asked::Unsaved { map_name, before } => {
                // A whole sentence for each, so every language can word it its own way.
                let lost = match before {
                    Before::New => crate::tr!("app-unsaved-before-new"),
                    Before::Open => crate::tr!("app-unsaved-before-open"),
                    Before::Quit => crate::tr!("app-unsaved-before-quit"),
                    Before::Import => crate::tr!("app-unsaved-before-import"),
                };
                ui.heading(crate::tr!("app-unsaved-title", name = map_name));
                ui.add_space(4.0);
                ui.label(lost);
                ui.add_space(10.0);
                let mut answer = None;
                ui.horizontal(|ui| {
                    if ui.button(crate::tr!("app-save")).clicked() {
                        answer = Some(Answer::Save);
                    }
                    if ui.button(crate::tr!("app-dont-save")).clicked() {
                        answer = Some(Answer::Discard);
                    }
                    if ui.button(crate::tr!("app-cancel")).clicked() {
                        answer = Some(Answer::Cancel);
                    }
                });
                answer
            }
            Asked::Problem { title, message } => {
                ui.heading(title);
                ui.add_space(4.0);
                egui::ScrollArea::vertical()
                    .max_height(300.0)
                    .show(ui, |ui| {
                        ui.label(egui::RichText::new(message).monospace());
                    });
                ui.add_space(10.0);
                ui.button(crate::tr!("app-ok"))
                    .clicked()
                    .then_some(Answer::Ok)
            }
            Asked::ChangedOnDisk {
                map_name,
                modified,
                saving,
                differences,
            } => changed::changed_on_disk_ui(ui, map_name, modified, saving, differences),
            Asked::Replace { path } => {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                ui.heading(crate::tr!("app-replace-title", name = name));
                ui.add_space(4.0);
                ui.label(crate::tr!(
                    "app-replace-body",
                    path = path.display().to_string()
                ));
                ui.add_space(10.0);
                let mut answer = None;
                ui.horizontal(|ui| {
                    if ui.button(crate::tr!("app-replace")).clicked() {
                        answer = Some(Answer::Replace);
                    }
                    if ui.button(crate::tr!("app-cancel")).clicked() {
                        answer = Some(Answer::Cancel);
                    }
                });
                answer
            }
        }
    });
    // A stray click beside the question about a changed file must not answer it.
    if modal.should_close() && !matches!(asked, Asked::ChangedOnDisk { .. }) {
        return Some(match asked {
            Asked::Problem { .. } => Answer::Ok,
            _ => Answer::Cancel,
        });
    }
    modal.inner
}
