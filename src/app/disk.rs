//! Watching the open file: another program or a `git pull` may change or remove it while
//! the map is open. polku looks about once a second and asks what to do; saving never
//! silently replaces a file that changed since it was opened or last saved.
//!
//! The looking is done by a small thread, which wakes the window only when the file's
//! size or time changed: a window where nothing happens draws nothing.

use std::path::Path;
use std::sync::atomic::Ordering;

use super::modal::Question;
use super::shell::PolkuApp;
use super::watch::{CHECK_EVERY_SECS, Looker, Stamp};
use crate::model::{Change, Edit, compare};
use crate::ui::dialogs::Answer;

impl PolkuApp {
    /// Looks at the open file when its thread says it changed, and at most once a second
    /// otherwise; called every frame, which it never asks for itself.
    pub(super) fn watch_disk(&mut self, ctx: &egui::Context) {
        let Some(path) = self.session.path().map(Path::to_path_buf) else {
            self.session.watch.looker = None;
            return;
        };
        // While polku itself writes the map, the file changes under the watch.
        if self.job.as_ref().is_some_and(|job| job.saving) {
            return;
        }
        if self
            .session
            .watch
            .looker
            .as_ref()
            .is_none_or(|l| l.paths != [path.clone()])
        {
            self.session.watch.looker = Some(Looker::start(ctx, vec![path.clone()]));
        }
        let now = ctx.input(|i| i.time);
        let recent = self
            .session
            .watch
            .last_check
            .is_some_and(|last| now - last < CHECK_EVERY_SECS);
        let stirred = self
            .session
            .watch
            .looker
            .as_ref()
            .is_some_and(|looker| looker.stirred.load(Ordering::Relaxed));
        if (recent && !stirred) || self.asking() {
            return;
        }
        if let Some(looker) = &self.session.watch.looker {
            looker.stirred.store(false, Ordering::Relaxed);
        }
        self.session.watch.last_check = Some(now);
        self.check_disk(&path);
    }

    /// Compares the file at `path` with what the map was opened from or saved as, and asks
    /// what to do when it changed or disappeared.
    fn check_disk(&mut self, path: &Path) {
        let metadata = match std::fs::metadata(path) {
            Ok(metadata) => metadata,
            Err(_) if self.session.watch.known.is_none() => return,
            Err(_) => {
                if !self.session.watch.missing_told {
                    self.session.watch.missing_told = true;
                    // Closing must ask now: the map exists nowhere else.
                    self.session.mark_unsaved();
                    self.modals.ask(Question::Problem {
                        title: crate::tr!("app-file-gone-title", name = self.map_name()),
                        message: crate::tr!("app-file-gone", path = path.display().to_string()),
                    });
                }
                return;
            }
        };
        let unchanged = |stamp: Option<Stamp>| stamp.is_some_and(|s| s.looks_unchanged(&metadata));
        if unchanged(self.session.watch.known) || unchanged(self.session.watch.overruled) {
            return;
        }
        match self.session.watch.changed(path) {
            Some(now)
                if self
                    .session
                    .watch
                    .dismissed
                    .is_some_and(|d| d.same_bytes(&now)) => {}
            Some(now) => {
                self.session.watch.asked = Some(now);
                self.modals.ask(Question::ChangedOnDisk {
                    saving: false,
                    differences: None,
                });
            }
            None => {
                // Touched, or put back as it was: remember its new time to look less.
                if let Some(now) = Stamp::read(path) {
                    if self
                        .session
                        .watch
                        .known
                        .is_some_and(|known| known.same_bytes(&now))
                    {
                        self.session.watch.known = Some(now);
                    } else {
                        self.session.watch.overruled = Some(now);
                    }
                }
                self.session.watch.missing_told = false;
            }
        }
    }

    /// Whether saving to `path` would replace a version of the file the user has not seen;
    /// if so, asks first.
    pub(super) fn save_would_overwrite_changes(&mut self, path: &Path) -> bool {
        if self.session.path() != Some(path) {
            return false;
        }
        let Some(now) = self.session.watch.changed(path) else {
            return false;
        };
        self.session.watch.asked = Some(now);
        self.modals.ask(Question::ChangedOnDisk {
            saving: true,
            differences: None,
        });
        true
    }

    /// Carries out the answer to the question about a changed file.
    pub(super) fn answer_changed_on_disk(&mut self, answer: Answer, saving: bool, now: f64) {
        let Some(path) = self.session.path().map(Path::to_path_buf) else {
            return;
        };
        match answer {
            Answer::Reload => {
                let modified = self.is_modified();
                // Read now, whatever its size: what follows speaks of the map reloaded.
                let read = crate::io::read_bytes(&path)
                    .and_then(|bytes| crate::io::load_bytes(&bytes, &path));
                let journey = match read {
                    Ok(journey) => journey,
                    Err(error) => {
                        self.modals.ask(Question::Problem {
                            title: crate::tr!("app-open-failed"),
                            message: format!("{error}\n\n{}", crate::tr!("app-map-unchanged")),
                        });
                        return;
                    }
                };
                // Through the one doorway, as one step: Undo brings back the map as it was.
                let reload = Change::new(
                    Edit::Replace(Box::new(journey.to_document())),
                    crate::tr!("app-edit-reload"),
                );
                match self.session.apply(reload, now) {
                    Ok(()) => {
                        // The map is now what the file holds.
                        self.session.saved_to(&path, true);
                        self.say_of_this_version(if modified {
                            crate::tr!("app-reloaded-replacing", name = self.map_name())
                        } else {
                            crate::tr!("app-reloaded", name = self.map_name())
                        });
                    }
                    Err(error) => self.modals.ask(Question::Problem {
                        title: crate::tr!("app-open-failed"),
                        message: format!("{error}\n\n{}", crate::tr!("app-map-unchanged")),
                    }),
                }
            }
            Answer::KeepMine => {
                // Only the version the user was told of: a newer one still asks.
                self.session.watch.overruled = self.session.watch.asked.take();
                self.session.mark_unsaved();
                if saving {
                    self.save();
                } else {
                    self.status = Some(crate::tr!("app-keeping-mine", name = self.map_name()));
                }
            }
            Answer::Compare => {
                let differences = match crate::io::load(&path) {
                    Ok(theirs) => Ok(compare::compare(self.session.journey(), &theirs)),
                    Err(error) => Err(error.to_string()),
                };
                self.modals.ask(Question::ChangedOnDisk {
                    saving,
                    differences: Some(differences),
                });
            }
            Answer::Cancel => self.session.watch.dismissed = self.session.watch.asked.take(),
            Answer::Save | Answer::Discard | Answer::Replace | Answer::Ok => {}
        }
    }
}
