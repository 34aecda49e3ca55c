//! The map being edited and its undo history: the one doorway through which every change
//! to an open map passes, whatever asked for it (the window's panels and canvas, a
//! command, a paste, a reload from disk).
//!
//! It knows nothing of files or windows: the app's editor session adds the open file and
//! its disk baseline around it, and the panels' test benches use it as it is, so a test
//! changes a map exactly as the window does.

use super::edit::{Edit, EditError};
use super::history::{History, MergeKey};
use super::journey::Journey;

/// One change to the map, as something asks for it: the edit, what it does in words for
/// the Undo and Redo menu items ("Move touchpoint"), and whether it is typing that folds
/// into the step before it.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub edit: Edit,
    pub label: String,
    /// Set when the change is typing into a field: changes with the same key fold into
    /// one undo step until the typing pauses or the field loses focus.
    pub merge: Option<MergeKey>,
}

impl Change {
    /// `edit` as an undo step of its own, named `label`.
    pub fn new(edit: Edit, label: impl Into<String>) -> Self {
        Self {
            edit,
            label: label.into(),
            merge: None,
        }
    }
}

/// A map open for editing, with the steps that undo and redo its changes and whether it
/// differs from its file.
#[derive(Debug)]
pub struct Editor {
    journey: Journey,
    history: History,
}

impl Editor {
    /// `journey` as it is in its file (or, for a new map, as it starts): nothing to undo,
    /// nothing unsaved.
    pub fn new(journey: Journey) -> Self {
        Self {
            journey,
            history: History::new(),
        }
    }

    /// The map as it is now.
    pub fn journey(&self) -> &Journey {
        &self.journey
    }

    /// Makes `change` as one undo step (or folds it into the typing step before it), at
    /// `now_secs` on the caller's clock. A change that does not fit the map changes
    /// nothing and says why.
    pub fn apply(&mut self, change: Change, now_secs: f64) -> Result<(), EditError> {
        self.history.apply(
            &mut self.journey,
            change.edit,
            &change.label,
            change.merge,
            now_secs,
        )
    }

    /// Takes back the last step. Returns its name, or `None` when there is nothing to undo.
    pub fn undo(&mut self) -> Option<String> {
        self.history.end_typing();
        self.history.undo(&mut self.journey)
    }

    /// Does the last undone step again. Returns its name, or `None` when there is nothing
    /// to redo.
    pub fn redo(&mut self) -> Option<String> {
        self.history.redo(&mut self.journey)
    }

    /// Ends the typing step in progress: the next change starts a step of its own.
    pub fn end_typing(&mut self) {
        self.history.end_typing();
    }

    /// What Undo would take back, in the thread's language.
    pub fn undo_label(&self) -> Option<&str> {
        self.history.undo_label()
    }

    /// What Redo would do again, in the thread's language.
    pub fn redo_label(&self) -> Option<&str> {
        self.history.redo_label()
    }

    /// How many steps can be undone.
    pub fn undo_count(&self) -> usize {
        self.history.undo_count()
    }

    /// Whether the map differs from what was last saved or opened.
    pub fn is_modified(&self) -> bool {
        self.history.is_modified()
    }

    /// Records that the map, as it is now, is what its file holds.
    pub fn mark_saved(&mut self) {
        self.history.end_typing();
        self.history.mark_saved();
    }

    /// Records that the map, as it is now, is in no file (an imported map, or one whose
    /// file was removed), so leaving it asks first.
    pub fn mark_unsaved(&mut self) {
        self.history.mark_unsaved();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Touchpoint, TouchpointChange};

    fn editor() -> Editor {
        match crate::model::generate::generate(10, 1) {
            Ok(journey) => Editor::new(journey),
            Err(problems) => panic!("{problems:?}"),
        }
    }

    fn retitle(editor: &Editor, title: &str) -> Change {
        let Some(first) = editor.journey().touchpoints().next() else {
            panic!("the map has touchpoints");
        };
        Change::new(
            Edit::UpdateTouchpoint {
                id: first.id,
                change: TouchpointChange::Title(title.to_owned()),
            },
            "Rename touchpoint",
        )
    }

    fn first_title(editor: &Editor) -> Option<String> {
        editor
            .journey()
            .touchpoints()
            .next()
            .map(|t: &Touchpoint| t.title.clone())
    }

    #[test]
    fn a_change_is_one_undo_step_and_marks_the_map_unsaved() {
        crate::i18n::set_language(crate::i18n::Language::English);
        let mut editor = editor();
        let before = first_title(&editor);
        assert!(!editor.is_modified());
        assert!(editor.apply(retitle(&editor, "Orders"), 0.0).is_ok());
        assert!(editor.is_modified());
        assert_eq!(first_title(&editor).as_deref(), Some("Orders"));
        assert_eq!(editor.undo().as_deref(), Some("Rename touchpoint"));
        assert_eq!(first_title(&editor), before);
        assert!(!editor.is_modified());
        assert_eq!(editor.redo().as_deref(), Some("Rename touchpoint"));
        assert_eq!(first_title(&editor).as_deref(), Some("Orders"));
    }

    #[test]
    fn a_change_that_does_not_fit_changes_nothing() {
        let mut editor = editor();
        let missing = Change::new(
            Edit::RemoveTouchpoint(crate::model::TouchpointId(999_999)),
            "x",
        );
        assert!(editor.apply(missing, 0.0).is_err());
        assert!(!editor.is_modified());
        assert_eq!(editor.undo_count(), 0);
    }
}
