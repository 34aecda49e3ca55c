//! Opening, saving and starting maps: asking for a file (the system's dialog, or polku's
//! own in the window where the system has none), reading and writing it, and the
//! question before unsaved changes would be lost.

use std::path::{Path, PathBuf};

use super::dialogs::{FEEDBACK_EXTENSIONS, INVENTORY_EXTENSIONS, with_extension};
pub use super::dialogs::{FileDialogs, NativeDialogs, NoDialogs, with_ron_extension};
use super::modal::Modal;
pub use super::modal::{Leave, Purpose, Question};
use super::settings::Settings;
use super::shell::PolkuApp;
pub use crate::ui::dialogs::Answer;
use crate::ui::file_dialog::{Ended, InWindowDialog};

/// Files larger than this (a map of some thousands of touchpoints) are read in the
/// background, with the status bar saying so.
const OPEN_IN_BACKGROUND: u64 = 2 * 1024 * 1024;

/// Maps of more touchpoints than this (about a file of the size above) are saved in the
/// background.
const SAVE_IN_BACKGROUND: usize = 2_000;

impl PolkuApp {
    /// The window as `polku FILE` opens it: with the map at `path`. A file that does not
    /// exist yet starts a new map that will be saved there; one that fails to load leaves
    /// a new map and says why.
    pub fn open_at_start(path: &Path, settings: Settings, dialogs: Box<dyn FileDialogs>) -> Self {
        let mut app = Self::new(settings, dialogs);
        if path.exists() {
            app.open(path);
        } else {
            app.session.save_in(path);
        }
        app
    }

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
                self.modals.ask(Question::Problem {
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
        match self.session.path().map(Path::to_path_buf) {
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
            self.session
                .path()
                .and_then(|path| path.file_stem())
                .map_or_else(
                    || crate::io::file_stem_for(self.session.journey().title()),
                    |stem| stem.to_string_lossy().into_owned(),
                )
        };
        match purpose {
            Purpose::SaveAs(_) => format!("{}.ron", stem()),
            Purpose::Export(kind) => format!("{}.{}", stem(), kind.extension()),
            Purpose::Open | Purpose::Import | Purpose::MergeCopy | Purpose::AddFeedback => {
                String::new()
            }
        }
    }

    /// Asks for a file for `purpose`: with the system's dialog, whose answer comes now,
    /// or, where the system has none (or the user prefers it), with polku's own in the
    /// window, whose answer comes in a later frame and then carries out `purpose`.
    pub(super) fn pick(&mut self, purpose: Purpose) -> Option<PathBuf> {
        let name = self.suggested_name(&purpose);
        if !self.settings.own_file_dialog {
            let picked = match &purpose {
                Purpose::Open | Purpose::MergeCopy => self.dialogs.pick_open(),
                Purpose::SaveAs(_) => self.dialogs.pick_save(&name),
                Purpose::Export(kind) => self.dialogs.pick_export(&name, kind.extension()),
                Purpose::Import => self.dialogs.pick_import(),
                Purpose::AddFeedback => self.dialogs.pick_feedback(),
            };
            if picked.is_some() || self.dialogs.available() {
                return picked;
            }
            self.status = Some(crate::tr!("app-no-system-dialog"));
        }
        let folder = self
            .session
            .path()
            .and_then(Path::parent)
            .filter(|folder| !folder.as_os_str().is_empty())
            .map(Path::to_path_buf)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("."));
        let dialog = match &purpose {
            Purpose::Open => {
                InWindowDialog::open(&crate::tr!("app-dialog-open"), &folder, &["ron"])
            }
            Purpose::MergeCopy => {
                InWindowDialog::open(&crate::tr!("app-dialog-merge-copy"), &folder, &["ron"])
            }
            Purpose::Import => InWindowDialog::open(
                &crate::tr!("app-dialog-import"),
                &folder,
                &INVENTORY_EXTENSIONS,
            ),
            Purpose::AddFeedback => InWindowDialog::open(
                &crate::tr!("app-dialog-add-feedback"),
                &folder,
                &FEEDBACK_EXTENSIONS,
            ),
            Purpose::SaveAs(_) => {
                InWindowDialog::save(&crate::tr!("app-dialog-save"), &folder, &name)
            }
            Purpose::Export(_) => {
                InWindowDialog::save(&crate::tr!("app-dialog-export"), &folder, &name)
            }
        };
        self.modals
            .show_later(Modal::FileDialog(Box::new(dialog), purpose));
        None
    }

    /// Shows polku's own file dialog while it is open, and acts on its answer.
    pub(super) fn file_dialog_ui(&mut self, ctx: &egui::Context) {
        let Some(Modal::FileDialog(dialog, _)) = self.modals.open_mut() else {
            return;
        };
        let Some(ended) = dialog.show(ctx) else {
            return;
        };
        let Some(Modal::FileDialog(_, purpose)) = self.modals.close() else {
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
        let is_the_map = self.session.path().is_some_and(|map| map == path);
        if saving && path.exists() && !is_the_map {
            self.modals.ask(Question::Replace { path, purpose });
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
            Purpose::MergeCopy => self.merge_copy_from(path),
            Purpose::AddFeedback => self.add_feedback_from(&path, ctx.input(|i| i.time)),
        }
    }

    /// Saves to `path`. Returns whether it was saved now; a large map is saved in the
    /// background, and `then` is carried out when it has been (the caller carries on
    /// itself when it was saved now).
    fn save_to(&mut self, path: &Path, then: Option<Leave>) -> bool {
        // A map is saved to a file it can be opened from again, never to a pipe or a
        // device, which could also hold the window up until something reads from it.
        if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
            self.modals.ask(Question::Problem {
                title: crate::tr!("app-save-failed"),
                message: crate::tr!("app-save-not-a-file", path = path.display().to_string()),
            });
            return false;
        }
        if self.save_would_overwrite_changes(path) {
            return false;
        }
        if self.session.journey().touchpoint_count() > SAVE_IN_BACKGROUND {
            self.save_in_background(path.to_owned(), then);
            return false;
        }
        let saved = crate::io::save_map(path, self.session.journey(), self.settings.keep_backup);
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
                self.session.saved_to(path, unchanged);
                self.settings.remember(path);
                self.say_of_this_version(crate::tr!(
                    "app-saved",
                    path = path.display().to_string()
                ));
                true
            }
            Err(error) => {
                self.modals.ask(Question::Problem {
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
            self.modals.ask(Question::Unsaved(leave));
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
                self.session.mark_unsaved();
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
                if let Some(autosave) = &mut self.session.autosave {
                    autosave.stop();
                }
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    pub(super) fn answer(&mut self, ctx: &egui::Context, answer: Answer) {
        if !self.modals.asking_question() {
            return;
        }
        let Some(Modal::Question(question)) = self.modals.close() else {
            return;
        };
        let leave = match question {
            Question::Unsaved(leave) => leave,
            Question::ChangedOnDisk { saving, .. } => {
                self.answer_changed_on_disk(answer, saving, ctx.input(|i| i.time));
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
            | Answer::Ok
            | Answer::Reload
            | Answer::KeepMine
            | Answer::Compare
            | Answer::Replace => {}
        }
    }
}
