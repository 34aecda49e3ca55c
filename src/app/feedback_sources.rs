//! File → Add a feedback file…: a file of survey responses named as a source of the map,
//! its columns and scale guessed as `polku feedback add` guesses them, in one step that
//! Undo takes back; and the changes the map panel asks of the sources.

use std::path::Path;

use super::modal::{Purpose, Question};
use super::shell::PolkuApp;
use crate::io::feedback::{
    Asked, MAX_SOURCE_BYTES, Proposed, audience_from_name, propose, read_source,
};
use crate::model::{Change, Edit};

impl PolkuApp {
    /// Asks which file to add, unless the map has no file yet (its sources are named
    /// relative to it): then says to save it first.
    pub(super) fn add_feedback(&mut self, now: f64) {
        if self.session.path().is_none() {
            self.modals.ask(Question::Problem {
                title: crate::tr!("app-feedback-add-failed"),
                message: crate::tr!("app-feedback-save-first"),
            });
            return;
        }
        if let Some(path) = self.pick(Purpose::AddFeedback) {
            self.add_feedback_from(&path, now);
        }
    }

    /// Names `file` as a source of the map, its columns guessed; says what was guessed
    /// and how many rows could be read, or why it cannot be added.
    pub(super) fn add_feedback_from(&mut self, file: &Path, now: f64) {
        let Some(map) = self.session.path().map(Path::to_path_buf) else {
            return;
        };
        let audience = audience_from_name(file);
        let proposed = crate::io::read_regular(file, MAX_SOURCE_BYTES)
            .map_err(|error| format!("{}: {error}", file.display()))
            .and_then(|bytes| propose(&map, file, &bytes, audience, Asked::default()));
        let Proposed { source, guesses } = match proposed {
            Ok(proposed) => proposed,
            Err(message) => {
                self.modals.ask(Question::Problem {
                    title: crate::tr!("app-feedback-add-failed"),
                    message,
                });
                return;
            }
        };
        let read = read_source(file, &source, self.session.journey());
        let mut sources = self.session.journey().feedback().to_vec();
        match sources.iter_mut().find(|s| s.file == source.file) {
            Some(existing) => *existing = source.clone(),
            None => sources.push(source.clone()),
        }
        let change = Change::new(
            Edit::SetFeedback(sources),
            crate::tr!("app-edit-add-feedback"),
        );
        if let Err(error) = self.session.apply(change, now) {
            self.modals.ask(Question::Problem {
                title: crate::tr!("app-feedback-add-failed"),
                message: error.to_string(),
            });
            return;
        }
        let counted = match read {
            Ok(read) => crate::tr!(
                "app-feedback-added-rows",
                rows = read.rows,
                matched = read.responses.len(),
                unusable = read.unusable.len()
            ),
            Err(problem) => problem,
        };
        self.status = Some(crate::tr!(
            "app-feedback-added",
            file = source.file.as_str(),
            whose = source.audience.label(),
            guesses = guesses.join("; "),
            counted = counted
        ));
    }
}
