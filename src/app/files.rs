//! Opening, saving and starting maps: native file dialogs behind a trait (so tests never
//! open one), and the question before unsaved changes would be lost.

use std::path::{Path, PathBuf};

use super::PolkuApp;
use crate::model::templates::Template;

/// File dialogs. The app uses native ones; tests give it scripted answers.
pub trait FileDialogs {
    /// Asks which map to open.
    fn pick_open(&mut self) -> Option<PathBuf>;
    /// Asks where to save the map, suggesting `file_name`.
    fn pick_save(&mut self, file_name: &str) -> Option<PathBuf>;

    /// Asks where to export to, suggesting `file_name` (ending in `.extension`).
    fn pick_export(&mut self, file_name: &str, extension: &str) -> Option<PathBuf> {
        let _ = extension;
        self.pick_save(file_name)
    }

    /// Asks which touchpoint inventory (CSV) to import.
    fn pick_import(&mut self) -> Option<PathBuf> {
        self.pick_open()
    }
}

/// The operating system's file dialogs (through rfd).
#[derive(Debug, Default)]
pub struct NativeDialogs;

impl FileDialogs for NativeDialogs {
    fn pick_open(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(crate::tr!("app-dialog-open"))
            .add_filter(crate::tr!("app-dialog-map-filter"), &["ron"])
            .pick_file()
    }

    fn pick_export(&mut self, file_name: &str, extension: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(crate::tr!("app-dialog-export"))
            .add_filter(extension, &[extension])
            .set_file_name(file_name)
            .save_file()
    }

    fn pick_import(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(crate::tr!("app-dialog-import"))
            .add_filter("CSV", &["csv", "txt", "tsv"])
            .pick_file()
    }

    fn pick_save(&mut self, file_name: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(crate::tr!("app-dialog-save"))
            .add_filter(crate::tr!("app-dialog-map-filter"), &["ron"])
            .set_file_name(file_name)
            .save_file()
            .map(|path| with_ron_extension(&path))
    }
}

/// Dialogs that are never shown: every question is cancelled. For running the window
/// without a desktop (benchmarks, tests that open no files).
#[derive(Debug, Default)]
pub struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn pick_open(&mut self) -> Option<PathBuf> {
        None
    }

    fn pick_save(&mut self, _file_name: &str) -> Option<PathBuf> {
        None
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
    /// Put a map made from an inventory in the window.
    Imported(Box<crate::model::Journey>),
}

/// A question on screen, waiting for an answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Question {
    /// The map has unsaved changes and the user asked to leave it.
    Unsaved(Leave),
    /// Something failed; the message says what, and what is unchanged.
    Problem { title: String, message: String },
    /// The open file changed on disk (found by looking, or when about to save over it);
    /// with what differs, once the user asked to compare.
    ChangedOnDisk {
        saving: bool,
        differences: Option<Result<Vec<crate::model::compare::Difference>, String>>,
    },
}

/// The user's answer to the unsaved-changes question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Save,
    Discard,
    Cancel,
    /// Replace the map with the file on disk.
    Reload,
    /// Keep the map on screen over the changed file.
    KeepMine,
    /// Show what differs between the map and the file.
    Compare,
}

/// Shows `question` and returns the answer when one is given this frame.
pub fn question_ui(
    ctx: &egui::Context,
    question: &Question,
    map_name: &str,
    modified: bool,
) -> Option<Answer> {
    let modal = egui::Modal::new(egui::Id::unique("polku question")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        match question {
            Question::Unsaved(leave) => {
                // A whole sentence for each, so every language can word it its own way.
                let lost = match leave {
                    Leave::New(_) => crate::tr!("app-unsaved-before-new"),
                    Leave::Open(_) => crate::tr!("app-unsaved-before-open"),
                    Leave::Quit => crate::tr!("app-unsaved-before-quit"),
                    Leave::Imported(_) => crate::tr!("app-unsaved-before-import"),
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
            Question::Problem { title, message } => {
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
                    .then_some(Answer::Cancel)
            }
            Question::ChangedOnDisk {
                saving,
                differences,
            } => super::disk::changed_on_disk_ui(
                ui,
                map_name,
                modified,
                *saving,
                differences.as_ref(),
            ),
        }
    });
    // A stray click beside the question about a changed file must not answer it.
    if modal.should_close() && !matches!(question, Question::ChangedOnDisk { .. }) {
        return Some(Answer::Cancel);
    }
    modal.inner
}

impl PolkuApp {
    /// Opens the map at `path`. If it fails to load, the map on screen stays as it was and
    /// a message says why.
    pub fn open(&mut self, path: &Path) {
        let loaded = crate::io::read_bytes(path)
            .and_then(|bytes| crate::io::load_bytes(&bytes, path).map(|journey| (bytes, journey)));
        match loaded {
            Ok((bytes, journey)) => {
                self.replace_journey(journey, Some(path.to_owned()));
                // Saving writes the canonical form, which has no comments: say so now,
                // not after they are gone.
                let comment = std::str::from_utf8(&bytes)
                    .ok()
                    .and_then(crate::io::first_comment);
                if let Some(position) = comment {
                    self.status = Some(crate::tr!(
                        "app-map-has-comments",
                        name = self.map_name(),
                        line = position.line.to_string()
                    ));
                }
            }
            Err(error) => {
                self.question = Some(Question::Problem {
                    title: crate::tr!("app-open-failed"),
                    message: format!("{error}\n\n{}", crate::tr!("app-map-unchanged")),
                });
            }
        }
    }

    /// Saves to the map's file, asking where first if it has none. Returns whether it
    /// was saved.
    pub fn save(&mut self) -> bool {
        match self.path.clone() {
            Some(path) => self.save_to(&path),
            None => self.save_as(),
        }
    }

    /// Asks where to save, then saves there. Returns whether it was saved.
    pub fn save_as(&mut self) -> bool {
        let suggested = match &self.path {
            Some(_) => self.map_name(),
            None => format!("{}.ron", crate::io::file_stem_for(self.journey.title())),
        };
        match self.dialogs.pick_save(&suggested) {
            Some(path) => self.save_to(&path),
            None => false,
        }
    }

    fn save_to(&mut self, path: &Path) -> bool {
        if self.save_would_overwrite_changes(path) {
            return false;
        }
        let saved = if self.settings.keep_backup {
            crate::io::save_keeping_backup(path, &self.journey)
        } else {
            crate::io::save(path, &self.journey)
        };
        match saved {
            Ok(()) => {
                self.history.end_typing();
                self.history.mark_saved();
                self.path = Some(path.to_owned());
                self.watch_from_disk();
                self.settings.remember(path);
                self.status = Some(crate::tr!("app-saved", path = path.display().to_string()));
                true
            }
            Err(error) => {
                self.question = Some(Question::Problem {
                    title: crate::tr!("app-save-failed"),
                    message: error.to_string(),
                });
                false
            }
        }
    }

    /// Leaves the current map (for a new one, another one, or to close), asking first
    /// when it has unsaved changes.
    pub fn leave(&mut self, ctx: &egui::Context, leave: Leave) {
        if self.is_modified() {
            self.question = Some(Question::Unsaved(leave));
        } else {
            self.proceed(ctx, leave);
        }
    }

    pub(super) fn proceed(&mut self, ctx: &egui::Context, leave: Leave) {
        match leave {
            Leave::New(template) => self.replace_journey(template.journey(), None),
            Leave::Open(Some(path)) => self.open(&path),
            Leave::Imported(journey) => {
                self.replace_journey(*journey, None);
                self.history.mark_unsaved();
            }
            Leave::Open(None) => {
                if let Some(path) = self.dialogs.pick_open() {
                    self.open(&path);
                }
            }
            Leave::Quit => {
                // Leaving the changes unsaved was the user's choice: nothing to recover.
                if let Some(autosave) = &mut self.autosave {
                    autosave.stop();
                }
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    pub(super) fn answer(&mut self, ctx: &egui::Context, answer: Answer) {
        let Some(question) = self.question.take() else {
            return;
        };
        let leave = match question {
            Question::Unsaved(leave) => leave,
            Question::ChangedOnDisk { saving, .. } => {
                self.answer_changed_on_disk(answer, saving);
                return;
            }
            Question::Problem { .. } => return,
        };
        match answer {
            Answer::Save => {
                if self.save() {
                    self.proceed(ctx, leave);
                }
            }
            Answer::Discard => self.proceed(ctx, leave),
            Answer::Cancel | Answer::Reload | Answer::KeepMine | Answer::Compare => {}
        }
    }
}
