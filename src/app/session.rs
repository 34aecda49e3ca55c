//! The editor session: the map open in the window with its undo history (the model's
//! [`Editor`]), the file it is saved in, that file as polku last saw it on disk, and the
//! recovery copy kept of it.
//!
//! Every change to the open map goes through [`EditorSession::apply`], whatever asked
//! for it: the panels and the canvas, a command (Delete, Duplicate, Tidy), a paste, a
//! reload from disk. So undo, the unsaved mark and autosave never drift apart. Putting
//! another map in the window (New, Open, an import, a restored copy) starts a new session
//! with [`EditorSession::replace`].

use std::path::{Path, PathBuf};

use super::autosave::AutoSave;
use super::watch::Watch;
use crate::model::{Change, EditError, Editor, Journey};

/// One map open for editing, and its file.
pub struct EditorSession {
    editor: Editor,
    /// Where the map is saved, if it has been.
    path: Option<PathBuf>,
    /// The open file on disk, as the map last matched it.
    pub(super) watch: Watch,
    /// Keeps the recovery copy, when the window runs with a recovery folder.
    pub(super) autosave: Option<AutoSave>,
    /// Counts the maps put in the session, so work begun on one map is never taken for
    /// work on the next (revisions start again at each).
    generation: u64,
}

impl EditorSession {
    /// A session with `journey`, in no file yet.
    pub fn new(journey: Journey) -> Self {
        Self {
            editor: Editor::new(journey),
            path: None,
            watch: Watch::default(),
            autosave: None,
            generation: 0,
        }
    }

    /// The map as it is now.
    pub fn journey(&self) -> &Journey {
        self.editor.journey()
    }

    /// Where the map is saved, if it has been.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Which map this is, of those put in the session so far.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The one doorway: makes `change` as one undo step (or folds it into the typing step
    /// before it), at `now_secs` on the window's clock. A change that does not fit the map
    /// changes nothing and says why.
    pub fn apply(&mut self, change: Change, now_secs: f64) -> Result<(), EditError> {
        self.editor.apply(change, now_secs)
    }

    /// Takes back the last step; returns its name.
    pub fn undo(&mut self) -> Option<String> {
        self.editor.undo()
    }

    /// Does the last undone step again; returns its name.
    pub fn redo(&mut self) -> Option<String> {
        self.editor.redo()
    }

    /// Ends the typing step in progress.
    pub fn end_typing(&mut self) {
        self.editor.end_typing();
    }

    /// What Undo would take back, in the thread's language.
    pub fn undo_label(&self) -> Option<&str> {
        self.editor.undo_label()
    }

    /// What Redo would do again, in the thread's language.
    pub fn redo_label(&self) -> Option<&str> {
        self.editor.redo_label()
    }

    /// Whether the map differs from the file it was opened from or last saved to.
    pub fn is_modified(&self) -> bool {
        self.editor.is_modified()
    }

    /// Records that the map, as it is now, is in no file, so leaving it asks first.
    pub fn mark_unsaved(&mut self) {
        self.editor.mark_unsaved();
    }

    /// Records that the map was saved to `path`: `unchanged` tells whether it is still
    /// what was written (a map saved in the background may have changed meanwhile). The
    /// file there is now the version the map is compared with.
    pub fn saved_to(&mut self, path: &Path, unchanged: bool) {
        if unchanged {
            self.editor.mark_saved();
        }
        self.path = Some(path.to_owned());
        self.baseline_from_disk();
    }

    /// Names the file the map will be saved in, before it exists (`polku NEW.ron`).
    pub fn save_in(&mut self, path: &Path) {
        self.path = Some(path.to_owned());
        self.baseline_from_disk();
    }

    /// Puts `journey` in the session, as it is on disk at `path`: nothing to undo,
    /// nothing unsaved, and the file there as the version to compare with.
    pub fn replace(&mut self, journey: Journey, path: Option<PathBuf>) {
        self.editor = Editor::new(journey);
        self.path = path;
        self.generation += 1;
        self.baseline_from_disk();
    }

    /// Takes the file at the map's path, as it is now, as the version the map matches.
    pub fn baseline_from_disk(&mut self) {
        self.watch = Watch::of(self.path.as_deref());
    }

    /// The file name shown in the title and in questions.
    pub fn map_name(&self) -> String {
        self.path
            .as_ref()
            .and_then(|path| path.file_name())
            .map_or_else(
                || crate::tr!("app-untitled"),
                |name| name.to_string_lossy().into_owned(),
            )
    }

    /// Keeps the recovery copy up to date, at `now_secs`. Returns in how many seconds to
    /// look again, if a copy is waiting, and why the last copy could not be written, once.
    pub fn tend_recovery_copy(&mut self, now_secs: f64) -> (Option<f64>, Option<String>) {
        let modified = self.is_modified();
        let base = self.watch.base();
        let Some(autosave) = &mut self.autosave else {
            return (None, None);
        };
        let wait = autosave.tick(
            self.editor.journey(),
            self.path.as_deref(),
            base,
            modified,
            now_secs,
        );
        (wait, autosave.failure.take())
    }

    /// Writes the recovery copy now, if the map has unsaved changes (a panic is ending
    /// the program).
    pub fn write_recovery_copy_now(&mut self) -> std::io::Result<()> {
        let base = self.watch.base();
        match &mut self.autosave {
            Some(autosave) if self.editor.is_modified() => {
                autosave.write_now(self.editor.journey(), self.path.as_deref(), base)
            }
            _ => Ok(()),
        }
    }
}
