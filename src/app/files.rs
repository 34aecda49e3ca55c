//! Opening, saving and starting maps: native file dialogs behind a trait (so tests never
//! open one), and the question before unsaved changes would be lost.

use std::path::{Path, PathBuf};

use crate::model::templates::Template;

/// File dialogs. The app uses native ones; tests give it scripted answers.
pub trait FileDialogs {
    /// Asks which map to open.
    fn pick_open(&mut self) -> Option<PathBuf>;
    /// Asks where to save the map, suggesting `file_name`.
    fn pick_save(&mut self, file_name: &str) -> Option<PathBuf>;
}

/// The operating system's file dialogs (through rfd).
#[derive(Debug, Default)]
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn pick_open(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Open a map")
            .add_filter("polku map", &["ron"])
            .pick_file()
    }

    fn pick_save(&mut self, file_name: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Save the map")
            .add_filter("polku map", &["ron"])
            .set_file_name(file_name)
            .save_file()
            .map(|path| with_ron_extension(&path))
    }
}

/// `path`, ending in `.ron`.
pub fn with_ron_extension(path: &Path) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
    {
        path.to_owned()
    } else {
        let mut name = path.as_os_str().to_owned();
        name.push(".ron");
        PathBuf::from(name)
    }
}

/// What the user wants to do that would replace or close the map.
#[derive(Clone, Debug, PartialEq)]
pub enum Leave {
    New(Template),
    /// Open a map: the one at this path, or one picked in a dialog.
    Open(Option<PathBuf>),
    /// Close the window.
    Quit,
}

/// A question on screen, waiting for an answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Question {
    /// The map has unsaved changes and the user asked to leave it.
    Unsaved(Leave),
    /// Something failed; the message says what, and what is unchanged.
    Problem { title: String, message: String },
}

/// The user's answer to the unsaved-changes question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Save,
    Discard,
    Cancel,
}

/// Shows `question` and returns the answer when one is given this frame.
pub fn question_ui(ctx: &egui::Context, question: &Question, map_name: &str) -> Option<Answer> {
    let modal = egui::Modal::new(egui::Id::unique("polku question")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        match question {
            Question::Unsaved(leave) => {
                let doing = match leave {
                    Leave::New(_) => "starting a new map",
                    Leave::Open(_) => "opening another map",
                    Leave::Quit => "closing",
                };
                ui.heading(format!("Save the changes to {map_name}?"));
                ui.add_space(4.0);
                ui.label(format!(
                    "Your changes will be lost if you don't save them before {doing}."
                ));
                ui.add_space(10.0);
                let mut answer = None;
                ui.horizontal(|ui| {
                    if ui.button("Save").clicked() {
                        answer = Some(Answer::Save);
                    }
                    if ui.button("Don't save").clicked() {
                        answer = Some(Answer::Discard);
                    }
                    if ui.button("Cancel").clicked() {
                        answer = Some(Answer::Cancel);
                    }
                });
                answer
            }
            Question::Problem { title, message } => {
                ui.heading(title);
                ui.add_space(4.0);
                egui::ScrollArea::vertical()
                    .max_height(300.0)
                    .show(ui, |ui| {
                        ui.label(egui::RichText::new(message).monospace());
                    });
                ui.add_space(10.0);
                ui.button("OK").clicked().then_some(Answer::Cancel)
            }
        }
    });
    if modal.should_close() {
        return Some(Answer::Cancel);
    }
    modal.inner
}
