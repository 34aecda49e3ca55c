//! File → Merge a copy…: another copy of the open map (a colleague's file, a cloud
//! folder's "conflicted copy") merged into it. The copy is read in the background, with
//! the map as last committed in git when there is one. Every difference is then the
//! user's choice of mine, theirs or both, suggested from that committed version (the side
//! that changed a thing since) where there is one. The result goes into the map as one
//! undoable step, through the session's one doorway.

use std::path::{Path, PathBuf};

use super::exchange::display_name;
use super::job::{CopyRead, Outcome};
use super::modal::{Modal, Purpose, Question};
use super::shell::PolkuApp;
use crate::model::merge::{Merged, choices, two_way};
use crate::model::{Change, Edit, Journey};
use crate::ui::dialogs::{MergeAnswer, MergeChoices};

impl PolkuApp {
    /// Asks for a copy of the map, then reads it to merge.
    pub(super) fn merge_copy(&mut self) {
        if self.still_busy() {
            return;
        }
        if let Some(path) = self.pick(Purpose::MergeCopy) {
            self.merge_copy_from(path);
        }
    }

    /// Reads the copy at `path`, and the version both started from, in the background.
    pub(super) fn merge_copy_from(&mut self, path: PathBuf) {
        if self.still_busy() {
            return;
        }
        let source = path.clone();
        let map = self.session.path().map(Path::to_path_buf);
        let doing = crate::tr!("app-merge-reading", name = display_name(&path));
        self.start_job(doing, move || Outcome::CopyRead {
            result: crate::io::load(&source).map(|theirs| {
                let base = map
                    .as_deref()
                    .and_then(crate::io::git::committed_version)
                    .and_then(|bytes| crate::io::load_bytes(&bytes, &source).ok())
                    .map(|journey| journey.to_document());
                Box::new(CopyRead {
                    theirs: theirs.to_document(),
                    base,
                })
            }),
            path: source,
        });
    }

    /// The copy has been read: merges it, or asks for a choice for each difference.
    pub(super) fn copy_read(
        &mut self,
        path: &Path,
        result: Result<Box<CopyRead>, crate::io::LoadError>,
        same_map: bool,
    ) {
        let name = display_name(path);
        if !same_map {
            // Another map took the window meanwhile: the copy was for the one before.
            return;
        }
        let read = match result {
            Ok(read) => *read,
            Err(error) => {
                self.modals.ask(Question::Problem {
                    title: crate::tr!("app-merge-failed"),
                    message: format!("{error}\n\n{}", crate::tr!("app-map-unchanged")),
                });
                return;
            }
        };
        let theirs = match Journey::from_document(read.theirs.clone()) {
            Ok(theirs) => theirs,
            Err(errors) => {
                let problems: Vec<String> = errors.iter().map(ToString::to_string).collect();
                self.modals.ask(Question::Problem {
                    title: crate::tr!("app-merge-failed"),
                    message: format!(
                        "{}\n\n{}",
                        problems.join("\n"),
                        crate::tr!("app-map-unchanged")
                    ),
                });
                return;
            }
        };
        // Every difference is shown with a choice, never merged unseen: a version last
        // committed is only a guess at what both started from (the copy may be older), so
        // it suggests the choices rather than making them.
        let choices = choices(self.session.journey(), &theirs, read.base.as_ref());
        let mine = self.session.journey().to_document();
        if choices.is_empty() && read.theirs.parking_lot == mine.parking_lot {
            self.status = Some(crate::tr!("app-merge-nothing-new", name = name));
            return;
        }
        self.modals
            .show_later(Modal::MergeChoices(Box::new(MergeChoices {
                name,
                theirs: Box::new(read.theirs),
                suggested: read.base.is_some(),
                choices,
            })));
    }

    /// The choices of a two-way merge were made (or the merge called off).
    pub(super) fn merge_answered(&mut self, ctx: &egui::Context, answer: MergeAnswer) {
        let Some(Modal::MergeChoices(state)) = self.modals.close() else {
            return;
        };
        if answer == MergeAnswer::Cancel {
            return;
        }
        let mine = self.session.journey().to_document();
        let merged = two_way(&mine, &state.theirs, &state.choices);
        self.take_merge(ctx, &state.name, merged);
    }

    /// Puts the merge in the map as one undoable step, and says what came of it.
    fn take_merge(&mut self, ctx: &egui::Context, name: &str, merged: Merged) {
        let mine = self.session.journey().to_document();
        if merged.document == mine {
            self.status = Some(crate::tr!("app-merge-nothing-new", name = name));
            return;
        }
        let change = Change {
            edit: Edit::Replace(Box::new(merged.document)),
            label: crate::tr!("app-merge-undo"),
            merge: None,
        };
        let now = ctx.input(|i| i.time);
        match self.change(change, now) {
            Ok(()) if merged.new_conflicts == 0 => {
                self.status = Some(crate::tr!("app-merged", name = name));
            }
            Ok(()) => {
                self.status = Some(crate::tr!(
                    "app-merged-with-conflicts",
                    name = name,
                    count = merged.new_conflicts
                ));
            }
            Err(error) => {
                self.modals.ask(Question::Problem {
                    title: crate::tr!("app-merge-failed"),
                    message: format!("{error}\n\n{}", crate::tr!("app-map-unchanged")),
                });
            }
        }
    }
}
