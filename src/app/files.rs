//! Opening, saving and starting maps: native file dialogs behind a trait (so tests never
//! open one), polku's own dialog in the window where the system has none, and the
//! question before unsaved changes would be lost.

use std::path::{Path, PathBuf};

use super::PolkuApp;
use crate::model::templates::Template;
use crate::ui::file_dialog::{Ended, InWindowDialog};

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

    /// Whether these dialogs can be shown at all. When a pick gives no answer and this is
    /// false, the system has no dialog to show, and polku asks in the window instead.
    fn available(&self) -> bool {
        true
    }
}

/// The operating system's file dialogs (through rfd).
///
/// Without a desktop portal (and without zenity) rfd shows nothing and answers as if the
/// user had cancelled. A dialog that "ends" sooner than anyone could cancel it was never
/// shown: from then on these dialogs count as unavailable and answer at once.
#[derive(Debug, Default)]
pub struct NativeDialogs {
    unavailable: bool,
}

/// A native dialog that ends sooner than this was never on screen.
const SHOWN_FOR_AT_LEAST: std::time::Duration = std::time::Duration::from_millis(150);

impl NativeDialogs {
    fn ask(&mut self, dialog: impl FnOnce() -> Option<PathBuf>) -> Option<PathBuf> {
        if self.unavailable {
            return None;
        }
        let started = std::time::Instant::now();
        let answer = dialog();
        if answer.is_none() && started.elapsed() < SHOWN_FOR_AT_LEAST {
            self.unavailable = true;
        }
        answer
    }
}

impl FileDialogs for NativeDialogs {
    fn pick_open(&mut self) -> Option<PathBuf> {
        self.ask(|| {
            rfd::FileDialog::new()
                .set_title(crate::tr!("app-dialog-open"))
                .add_filter(crate::tr!("app-dialog-map-filter"), &["ron"])
                .pick_file()
        })
    }

    fn pick_export(&mut self, file_name: &str, extension: &str) -> Option<PathBuf> {
        self.ask(|| {
            rfd::FileDialog::new()
                .set_title(crate::tr!("app-dialog-export"))
                .add_filter(extension, &[extension])
                .set_file_name(file_name)
                .save_file()
        })
    }

    fn pick_import(&mut self) -> Option<PathBuf> {
        self.ask(|| {
            rfd::FileDialog::new()
                .set_title(crate::tr!("app-dialog-import"))
                .add_filter("CSV", &INVENTORY_EXTENSIONS)
                .pick_file()
        })
    }

    fn pick_save(&mut self, file_name: &str) -> Option<PathBuf> {
        self.ask(|| {
            rfd::FileDialog::new()
                .set_title(crate::tr!("app-dialog-save"))
                .add_filter(crate::tr!("app-dialog-map-filter"), &["ron"])
                .set_file_name(file_name)
                .save_file()
        })
        .map(|path| with_ron_extension(&path))
    }

    fn available(&self) -> bool {
        !self.unavailable
    }
}

/// The endings of the files an import reads.
const INVENTORY_EXTENSIONS: [&str; 3] = ["csv", "txt", "tsv"];

/// What a file dialog is asked for, so that the answer can be acted on when it comes.
#[derive(Clone, Debug, PartialEq)]
pub enum Purpose {
    Open,
    /// Save the map, then carry on with what the user wanted (a new map, closing…).
    SaveAs(Option<Leave>),
    Export(crate::ui::commands::ExportKind),
    Import,
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
    with_extension(path, "ron")
}

/// `path`, ending in `.extension` (added when it ends otherwise).
fn with_extension(path: &Path, extension: &str) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(extension))
    {
        path.to_owned()
    } else {
        let mut name = path.as_os_str().to_owned();
        name.push(".");
        name.push(extension);
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
    /// Put a map read in the background in the window: its file, the file's bytes and
    /// the map (it changed in the window while the file was read).
    Opened(Box<(PathBuf, Vec<u8>, crate::model::Journey)>),
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
    /// The file chosen in polku's own dialog exists: replace it?
    Replace { path: PathBuf, purpose: Purpose },
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
    /// Replace the file that is there.
    Replace,
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
                    Leave::Open(_) | Leave::Opened(_) => crate::tr!("app-unsaved-before-open"),
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
            Question::Replace { path, .. } => {
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
    if modal.should_close() && !matches!(question, Question::ChangedOnDisk { .. }) {
        return Some(Answer::Cancel);
    }
    modal.inner
}

/// Files larger than this (a map of some thousands of touchpoints) are read in the
/// background, with the status bar saying so.
const OPEN_IN_BACKGROUND: u64 = 2 * 1024 * 1024;

/// Maps of more touchpoints than this (about a file of the size above) are saved in the
/// background.
const SAVE_IN_BACKGROUND: usize = 2_000;

impl PolkuApp {
    /// Opens the map at `path`. If it fails to load, the map on screen stays as it was and
    /// a message says why.
    pub fn open(&mut self, path: &Path) {
        // A large file is read off the window's thread, so the window keeps drawing.
        if std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() > OPEN_IN_BACKGROUND) {
            self.open_in_background(path.to_owned());
            return;
        }
        self.open_now(path);
    }

    /// Opens the map at `path` at once, whatever its size.
    pub(super) fn open_now(&mut self, path: &Path) {
        let loaded = crate::io::read_bytes(path)
            .and_then(|bytes| crate::io::load_bytes(&bytes, path).map(|journey| (bytes, journey)));
        self.opened(path, loaded);
    }

    /// Puts the map read from `path` in the window, or says why it could not be read.
    pub(super) fn opened(
        &mut self,
        path: &Path,
        loaded: Result<(Vec<u8>, crate::model::Journey), crate::io::LoadError>,
    ) {
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
        self.save_then(None)
    }

    /// Saves, then (if it was saved now) the caller carries on. When polku asks where to
    /// save in its own dialog, the answer comes later, and `then` is carried out then.
    fn save_then(&mut self, then: Option<Leave>) -> bool {
        match self.path.clone() {
            Some(path) => self.save_to(&path, then),
            None => self.save_as_then(then),
        }
    }

    /// Asks where to save, then saves there. Returns whether it was saved.
    pub fn save_as(&mut self) -> bool {
        self.save_as_then(None)
    }

    fn save_as_then(&mut self, then: Option<Leave>) -> bool {
        let after = then.clone();
        match self.pick(Purpose::SaveAs(then)) {
            Some(path) => self.save_to(&path, after),
            None => false,
        }
    }

    /// The file name a dialog suggests for `purpose`.
    fn suggested_name(&self, purpose: &Purpose) -> String {
        let stem = || {
            self.path
                .as_ref()
                .and_then(|path| path.file_stem())
                .map_or_else(
                    || crate::io::file_stem_for(self.journey.title()),
                    |stem| stem.to_string_lossy().into_owned(),
                )
        };
        match purpose {
            Purpose::SaveAs(_) => format!("{}.ron", stem()),
            Purpose::Export(kind) => format!("{}.{}", stem(), kind.extension()),
            Purpose::Open | Purpose::Import => String::new(),
        }
    }

    /// Asks for a file for `purpose`: with the system's dialog, whose answer comes now,
    /// or, where the system has none (or the user prefers it), with polku's own in the
    /// window, whose answer comes in a later frame and then carries out `purpose`.
    pub(super) fn pick(&mut self, purpose: Purpose) -> Option<PathBuf> {
        let name = self.suggested_name(&purpose);
        if !self.settings.own_file_dialog {
            let picked = match &purpose {
                Purpose::Open => self.dialogs.pick_open(),
                Purpose::SaveAs(_) => self.dialogs.pick_save(&name),
                Purpose::Export(kind) => self.dialogs.pick_export(&name, kind.extension()),
                Purpose::Import => self.dialogs.pick_import(),
            };
            if picked.is_some() || self.dialogs.available() {
                return picked;
            }
            self.status = Some(crate::tr!("app-no-system-dialog"));
        }
        let folder = self
            .path
            .as_deref()
            .and_then(Path::parent)
            .filter(|folder| !folder.as_os_str().is_empty())
            .map(Path::to_path_buf)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("."));
        let dialog = match &purpose {
            Purpose::Open => {
                InWindowDialog::open(&crate::tr!("app-dialog-open"), &folder, &["ron"])
            }
            Purpose::Import => InWindowDialog::open(
                &crate::tr!("app-dialog-import"),
                &folder,
                &INVENTORY_EXTENSIONS,
            ),
            Purpose::SaveAs(_) => {
                InWindowDialog::save(&crate::tr!("app-dialog-save"), &folder, &name)
            }
            Purpose::Export(_) => {
                InWindowDialog::save(&crate::tr!("app-dialog-export"), &folder, &name)
            }
        };
        self.file_dialog = Some((dialog, purpose));
        None
    }

    /// Shows polku's own file dialog while it is open, and acts on its answer.
    pub(super) fn file_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some((dialog, _)) = &mut self.file_dialog else {
            return;
        };
        let Some(ended) = dialog.show(ctx) else {
            return;
        };
        let Some((_, purpose)) = self.file_dialog.take() else {
            return;
        };
        let Ended::Chosen(path) = ended else {
            return;
        };
        let path = match purpose {
            Purpose::SaveAs(_) => with_ron_extension(&path),
            Purpose::Export(kind) => with_extension(&path, kind.extension()),
            _ => path,
        };
        // The system's dialogs ask before replacing a file; so does polku's.
        let saving = matches!(purpose, Purpose::SaveAs(_) | Purpose::Export(_));
        let is_the_map = self.path.as_deref().is_some_and(|map| map == path);
        if saving && path.exists() && !is_the_map {
            self.question = Some(Question::Replace { path, purpose });
        } else {
            self.carry_out(ctx, purpose, path);
        }
    }

    /// Does what a file was asked for.
    fn carry_out(&mut self, ctx: &egui::Context, purpose: Purpose, path: PathBuf) {
        match purpose {
            Purpose::Open => self.open(&path),
            Purpose::SaveAs(then) => {
                if self.save_to(&path, then.clone())
                    && let Some(leave) = then
                {
                    self.proceed(ctx, leave);
                }
            }
            Purpose::Export(kind) => self.export_to(kind, path),
            Purpose::Import => self.import_from(path),
        }
    }

    /// Saves to `path`. Returns whether it was saved now; a large map is saved in the
    /// background, and `then` is carried out when it has been (the caller carries on
    /// itself when it was saved now).
    fn save_to(&mut self, path: &Path, then: Option<Leave>) -> bool {
        // A map is saved to a file it can be opened from again, never to a pipe or a
        // device, which could also hold the window up until something reads from it.
        if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
            self.question = Some(Question::Problem {
                title: crate::tr!("app-save-failed"),
                message: crate::tr!("app-save-not-a-file", path = path.display().to_string()),
            });
            return false;
        }
        if self.save_would_overwrite_changes(path) {
            return false;
        }
        if self.journey.touchpoint_count() > SAVE_IN_BACKGROUND {
            self.save_in_background(path.to_owned(), then);
            return false;
        }
        let saved = crate::io::save_map(path, &self.journey, self.settings.keep_backup);
        self.saved(path, saved, true)
    }

    /// Takes note that the map was saved to `path` (or says why not). `unchanged` tells
    /// whether the map is still what was saved (a map saved in the background may have
    /// been changed meanwhile: then it is still unsaved). Returns whether it was saved.
    pub(super) fn saved(
        &mut self,
        path: &Path,
        saved: Result<(), crate::io::SaveError>,
        unchanged: bool,
    ) -> bool {
        match saved {
            Ok(()) => {
                if unchanged {
                    self.history.end_typing();
                    self.history.mark_saved();
                }
                self.path = Some(path.to_owned());
                self.watch_from_disk();
                self.settings.remember(path);
                self.say_of_this_version(crate::tr!(
                    "app-saved",
                    path = path.display().to_string()
                ));
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
            Leave::Opened(opened) => {
                let (path, bytes, journey) = *opened;
                self.opened(&path, Ok((bytes, journey)));
            }
            Leave::Open(None) => {
                if let Some(path) = self.pick(Purpose::Open) {
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
            Question::Replace { path, purpose } => {
                if answer == Answer::Replace {
                    self.carry_out(ctx, purpose, path);
                }
                return;
            }
            Question::Problem { .. } => return,
        };
        match answer {
            Answer::Save => {
                if self.save_then(Some(leave.clone())) {
                    self.proceed(ctx, leave);
                }
            }
            Answer::Discard => self.proceed(ctx, leave),
            Answer::Cancel
            | Answer::Reload
            | Answer::KeepMine
            | Answer::Compare
            | Answer::Replace => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_system_dialog_that_ends_at_once_was_never_shown() {
        let mut dialogs = NativeDialogs::default();
        assert_eq!(
            dialogs.ask(|| Some(PathBuf::from("a.ron"))),
            Some(PathBuf::from("a.ron"))
        );
        assert!(dialogs.available());
        // Cancelled after a while: someone saw it.
        assert_eq!(
            dialogs.ask(|| {
                std::thread::sleep(SHOWN_FOR_AT_LEAST * 2);
                None
            }),
            None
        );
        assert!(dialogs.available());
        // Gone at once: there was nothing to see, and polku stops asking the system.
        assert_eq!(dialogs.ask(|| None), None);
        assert!(!dialogs.available());
        assert_eq!(dialogs.ask(|| panic!("asked again")), None);
    }
}
