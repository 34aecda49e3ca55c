//! Undo and redo: the edits that were applied, as the inverses that take them back.
//!
//! Every change to a journey goes through [`History::apply`] (called by the
//! [`Editor`](super::Editor), the one doorway), so the history also knows
//! whether the journey differs from what was last saved. Typing into a field arrives as
//! many small edits with the same [`MergeKey`]; they fold into one step until the typing
//! pauses or the field loses focus.

use std::sync::OnceLock;

use super::edit::{Edit, EditError};
use super::edit_label::EditLabel;
use super::journey::Journey;
use crate::i18n::Language;

/// Edits with the same key, close together in time, undo as one step: the key names one
/// field of one thing being typed into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MergeKey(pub u64);

/// Typing that pauses this long starts a new undo step.
pub const TYPING_PAUSE_SECS: f64 = 1.0;

/// One undoable step.
#[derive(Clone, Debug)]
struct Step {
    /// What the step did, in a few words ("Rename touchpoint"), for the Edit menu: the
    /// words it was made with, in `language`.
    label: String,
    language: Language,
    /// What the step did, worked out from its edit: its words in the other languages.
    summary: EditLabel,
    /// The summary in words, by language, once asked for.
    translated: [OnceLock<String>; Language::ALL.len()],
    /// Applying this takes the step back.
    undo: Edit,
    /// Applying this does the step again.
    redo: Edit,
    /// Set while the step can still absorb more typing.
    merge: Option<MergeKey>,
    /// When the last edit folded into this step was made, in seconds.
    time_secs: f64,
}

impl Step {
    /// What the step did, in the thread's language: the words it was made with, or, when
    /// the language has changed since, words worked out from its edit.
    fn label(&self) -> &str {
        let language = crate::i18n::language();
        if language == self.language {
            return &self.label;
        }
        let index = Language::ALL
            .iter()
            .position(|&known| known == language)
            .unwrap_or_default();
        self.translated[index].get_or_init(|| self.summary.text())
    }
}

/// The undo and redo stacks of one journey.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// How many steps were on the undo stack when the journey was last saved (or opened);
    /// `None` when that state can no longer be reached by undo or redo.
    saved_at: Option<usize>,
}

impl History {
    /// A history for a journey that is just as it is on disk.
    pub fn new() -> Self {
        Self {
            saved_at: Some(0),
            ..Self::default()
        }
    }

    /// Applies `edit` to `journey` as a new step (or folds it into the last step, when it
    /// types into the same field as that step, with no pause).
    pub fn apply(
        &mut self,
        journey: &mut Journey,
        edit: Edit,
        label: &str,
        merge: Option<MergeKey>,
        now_secs: f64,
    ) -> Result<(), EditError> {
        let inverse = journey.apply(edit.clone())?;
        self.redo.clear();
        if self.saved_at.is_some_and(|saved| saved > self.undo.len()) {
            self.saved_at = None;
        }
        let at_save_point = self.saved_at == Some(self.undo.len());
        if let (Some(key), Some(last)) = (merge, self.undo.last_mut())
            && last.merge == Some(key)
            && now_secs - last.time_secs < TYPING_PAUSE_SECS
            && !at_save_point
        {
            // The step keeps its first undo, which restores the value before the typing.
            last.redo = edit;
            last.time_secs = now_secs;
            return Ok(());
        }
        self.undo.push(Step {
            label: label.to_owned(),
            language: crate::i18n::language(),
            summary: EditLabel::of(&edit),
            translated: Default::default(),
            undo: inverse,
            redo: edit,
            merge,
            time_secs: now_secs,
        });
        Ok(())
    }

    /// Ends the current typing step: the next edit starts a new one.
    pub fn end_typing(&mut self) {
        if let Some(last) = self.undo.last_mut() {
            last.merge = None;
        }
    }

    /// Takes back the last step. Returns its label, or `None` when there is nothing to undo.
    pub fn undo(&mut self, journey: &mut Journey) -> Option<String> {
        let mut step = self.undo.pop()?;
        match journey.apply(step.undo.clone()) {
            Ok(redo) => {
                step.redo = redo;
                step.merge = None;
                let label = step.label().to_owned();
                self.redo.push(step);
                Some(label)
            }
            Err(_) => {
                // The journey no longer fits the step (it cannot happen when every change
                // goes through the history); drop both stacks rather than corrupt it.
                self.undo.clear();
                self.redo.clear();
                self.saved_at = None;
                None
            }
        }
    }

    /// Does the last undone step again. Returns its label, or `None` when there is nothing
    /// to redo.
    pub fn redo(&mut self, journey: &mut Journey) -> Option<String> {
        let mut step = self.redo.pop()?;
        match journey.apply(step.redo.clone()) {
            Ok(undo) => {
                step.undo = undo;
                let label = step.label().to_owned();
                self.undo.push(step);
                Some(label)
            }
            Err(_) => {
                self.redo.clear();
                None
            }
        }
    }

    /// What Undo would take back, in the thread's language.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(Step::label)
    }

    /// What Redo would do again, in the thread's language.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(Step::label)
    }

    /// Records that the journey, as it is now, was saved.
    pub fn mark_saved(&mut self) {
        self.saved_at = Some(self.undo.len());
    }

    /// Records that the journey, as it is now, is in no file (an imported map, say), so
    /// leaving it asks first.
    pub fn mark_unsaved(&mut self) {
        self.saved_at = None;
    }

    /// Whether the journey differs from what was last saved or opened.
    pub fn is_modified(&self) -> bool {
        self.saved_at != Some(self.undo.len())
    }

    /// How many steps can be undone.
    pub fn undo_count(&self) -> usize {
        self.undo.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Touchpoint, TouchpointChange, TouchpointId, templates::Template};

    fn journey_with_one_touchpoint() -> (Journey, TouchpointId) {
        let mut journey = Template::Blueprint.journey();
        let id = journey.new_touchpoint_id();
        let (lane, stage) = (journey.lanes()[1].id, journey.stages()[0].id);
        let added = journey.apply(Edit::AddTouchpoint(Box::new(Touchpoint::new(
            id, "Old", lane, stage,
        ))));
        assert!(added.is_ok());
        (journey, id)
    }

    fn rename(id: TouchpointId, title: &str) -> Edit {
        Edit::UpdateTouchpoint {
            id,
            change: TouchpointChange::Title(title.to_owned()),
        }
    }

    fn title(journey: &Journey, id: TouchpointId) -> String {
        journey
            .touchpoint(id)
            .map(|t| t.title.clone())
            .unwrap_or_default()
    }

    #[test]
    fn typing_folds_into_one_step_until_it_pauses() {
        let (mut journey, id) = journey_with_one_touchpoint();
        let mut history = History::new();
        let key = Some(MergeKey(7));
        for (i, text) in ["N", "Ne", "New"].iter().enumerate() {
            assert!(
                history
                    .apply(
                        &mut journey,
                        rename(id, text),
                        "Rename",
                        key,
                        i as f64 * 0.3
                    )
                    .is_ok()
            );
        }
        assert_eq!(history.undo_count(), 1);
        // A pause starts a new step.
        assert!(
            history
                .apply(&mut journey, rename(id, "New one"), "Rename", key, 5.0)
                .is_ok()
        );
        assert_eq!(history.undo_count(), 2);

        assert_eq!(history.undo(&mut journey).as_deref(), Some("Rename"));
        assert_eq!(title(&journey, id), "New");
        history.undo(&mut journey);
        assert_eq!(title(&journey, id), "Old");
        history.redo(&mut journey);
        assert_eq!(title(&journey, id), "New");
    }

    #[test]
    fn losing_focus_ends_the_step() {
        let (mut journey, id) = journey_with_one_touchpoint();
        let mut history = History::new();
        let key = Some(MergeKey(7));
        assert!(
            history
                .apply(&mut journey, rename(id, "A"), "Rename", key, 0.0)
                .is_ok()
        );
        history.end_typing();
        assert!(
            history
                .apply(&mut journey, rename(id, "AB"), "Rename", key, 0.1)
                .is_ok()
        );
        assert_eq!(history.undo_count(), 2);
    }

    #[test]
    fn the_modified_flag_follows_undo_redo_and_save() {
        let (mut journey, id) = journey_with_one_touchpoint();
        let mut history = History::new();
        assert!(!history.is_modified());
        assert!(
            history
                .apply(&mut journey, rename(id, "A"), "Rename", None, 0.0)
                .is_ok()
        );
        assert!(history.is_modified());
        history.undo(&mut journey);
        assert!(!history.is_modified());
        history.redo(&mut journey);
        history.mark_saved();
        assert!(!history.is_modified());
        // Typing right after a save starts a new step, so undo can get back to the save.
        assert!(
            history
                .apply(
                    &mut journey,
                    rename(id, "AB"),
                    "Rename",
                    Some(MergeKey(1)),
                    0.1
                )
                .is_ok()
        );
        assert!(
            history
                .apply(
                    &mut journey,
                    rename(id, "ABC"),
                    "Rename",
                    Some(MergeKey(1)),
                    0.2
                )
                .is_ok()
        );
        assert!(history.is_modified());
        history.undo(&mut journey);
        assert!(!history.is_modified());
        assert_eq!(title(&journey, id), "A");
        // Undo past the save, then a new edit: the saved state is out of reach.
        history.undo(&mut journey);
        assert!(
            history
                .apply(&mut journey, rename(id, "Z"), "Rename", None, 1.0)
                .is_ok()
        );
        assert!(history.is_modified());
        history.undo(&mut journey);
        assert!(history.is_modified());
    }

    #[test]
    fn a_step_made_in_one_language_is_named_in_the_other() {
        use crate::i18n::{Language, set_language};
        let (mut journey, id) = journey_with_one_touchpoint();
        let mut history = History::new();
        set_language(Language::English);
        let edit = Edit::RemoveTouchpoint(id);
        assert!(
            history
                .apply(&mut journey, edit, "Delete", None, 0.0)
                .is_ok()
        );
        assert_eq!(history.undo_label(), Some("Delete"));
        set_language(Language::Finnish);
        assert_eq!(history.undo_label(), Some("Kosketuspisteen poistaminen"));
        // Undone, the step keeps its name, whatever the inverse edit looks like.
        assert_eq!(
            history.undo(&mut journey).as_deref(),
            Some("Kosketuspisteen poistaminen")
        );
        assert_eq!(history.redo_label(), Some("Kosketuspisteen poistaminen"));
        set_language(Language::English);
        assert_eq!(history.redo_label(), Some("Delete"));
    }

    #[test]
    fn a_refused_edit_leaves_no_step() {
        let (mut journey, _) = journey_with_one_touchpoint();
        let mut history = History::new();
        let result = history.apply(
            &mut journey,
            rename(TouchpointId(999), "A"),
            "Rename",
            None,
            0.0,
        );
        assert!(result.is_err());
        assert_eq!(history.undo_count(), 0);
        assert!(!history.is_modified());
    }
}
