//! Autosave and crash recovery in the window: when to write the recovery copy, the
//! question at start about maps a crash left behind, and what happens in a panic.
//!
//! The files themselves are [`crate::io::recovery`]'s. The user's own file is only ever
//! written by Save and Save As.

use std::path::PathBuf;

use super::autosave::AutoSave;
pub use super::autosave::{MAX_WAIT_SECS, QUIET_SECS};
use super::modal::{Modal, Question};
use super::shell::PolkuApp;
use crate::io::recovery::{Recovered, Session, SessionFiles};
pub use crate::ui::dialogs::Choice;

impl PolkuApp {
    /// Turns autosave on, with the copies in `session`'s folder, and offers back the maps
    /// that `recovered` sessions left.
    pub fn with_recovery(mut self, session: Session, recovered: Vec<Recovered>) -> Self {
        self.session.autosave = Some(AutoSave::new(session));
        if !recovered.is_empty() {
            self.modals.show_later(Modal::Recovered(recovered));
        }
        self
    }

    /// The maps from ended sessions still waiting for an answer.
    pub fn recovered(&self) -> &[Recovered] {
        self.modals.recovered()
    }

    /// The recovery copy's files, when autosave is on.
    pub fn recovery_files(&self) -> Option<&SessionFiles> {
        self.session.autosave.as_ref().map(AutoSave::files)
    }

    /// Keeps the recovery copy up to date; called every frame.
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        let (wait, failure) = self.session.tend_recovery_copy(now);
        if let Some(wait) = wait {
            ctx.request_repaint_after_secs(wait as f32);
        }
        if let Some(failure) = failure {
            self.status = Some(failure);
            // Found after this frame was drawn: a frame to show it.
            ctx.request_repaint();
        }
    }

    /// Runs `frame` and, if it panics, writes the recovery copy of the map before the
    /// panic goes on to end the program. (The panic hook has written the crash report.)
    pub fn guarded<R>(&mut self, frame: impl FnOnce(&mut Self) -> R) -> R {
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| frame(self))) {
            Ok(result) => result,
            Err(panic) => {
                // The program ends either way; the crash report says what happened.
                let _ = self.session.write_recovery_copy_now();
                std::panic::resume_unwind(panic)
            }
        }
    }

    /// Carries out the user's choice for the recovered map at `index`.
    pub fn recover(&mut self, index: usize, choice: Choice) {
        let Some(recovered) = self.modals.take_recovered(index) else {
            return;
        };
        let name = recovered.name();
        let outcome = match choice {
            Choice::Restore => match recovered.load() {
                Ok(journey) => {
                    let original = recovered.info.as_ref().and_then(|i| i.original.clone());
                    let base = recovered.info.as_ref().and_then(|i| i.base);
                    self.replace_journey(journey, original);
                    self.session.mark_unsaved();
                    // The map was changed from the version of its file it was based on,
                    // not from what is there now: if the file has changed since, saving
                    // asks first.
                    self.session.watch.rebase(base);
                    // The restored map is this session's now; its copy comes first, and
                    // only then is the old one let go.
                    let copied = self.session.write_recovery_copy_now();
                    match copied {
                        Ok(()) => recovered
                            .discard()
                            .map(|_| crate::tr!("app-restored", name = name.as_str())),
                        // The old copy stays (offered again at the next start).
                        Err(error) => Err(error),
                    }
                }
                Err(error) => Err(std::io::Error::other(error.to_string())),
            },
            Choice::KeepAside => {
                let home = std::env::home_dir().unwrap_or_else(|| PathBuf::from("."));
                recovered.keep_aside(&home).map(|kept| {
                    crate::tr!(
                        "app-kept-aside",
                        name = name.as_str(),
                        path = kept.display().to_string(),
                    )
                })
            }
            Choice::Discard => recovered
                .discard()
                .map(|_| crate::tr!("app-discarded", name = name.as_str())),
        };
        match outcome {
            Ok(message) => self.status = Some(message),
            Err(error) => {
                self.modals.ask(Question::Problem {
                    title: crate::tr!("app-recover-failed"),
                    message: format!(
                        "{name}: {error}\n\n{}",
                        crate::tr!("app-recovery-copy-kept")
                    ),
                });
            }
        }
    }
}

/// Writes a crash report for every panic, into `report`, before the program ends.
pub fn install_panic_hook(report: PathBuf) {
    let previous = std::panic::take_hook();
    // Only a panic of the window's thread ends polku; a worker's is reported by its job.
    let window = std::thread::current().id();
    std::panic::set_hook(Box::new(move |panic| {
        if std::thread::current().id() != window {
            previous(panic);
            return;
        }
        let backtrace = std::backtrace::Backtrace::force_capture();
        let text = format!(
            "polku {} stopped because of an error.\n\n{panic}\n\n{backtrace}\n",
            env!("CARGO_PKG_VERSION")
        );
        let _ = std::fs::write(&report, text);
        previous(panic);
    }));
}
