//! Autosave and crash recovery in the window: when to write the recovery copy, the
//! question at start about maps a crash left behind, and what happens in a panic.
//!
//! The files themselves are [`crate::io::recovery`]'s. The user's own file is only ever
//! written by Save and Save As.

use std::path::{Path, PathBuf};
use std::thread::JoinHandle;

use super::PolkuApp;
use super::files::Question;
use crate::io::recovery::{self, Base, Recovered, Session, SessionFiles};
use crate::model::Journey;

/// Seconds after the last change before the recovery copy is written.
pub const QUIET_SECS: f64 = 3.0;
/// The longest a change waits for its recovery copy while changes keep coming.
pub const MAX_WAIT_SECS: f64 = 30.0;

/// Keeps the recovery copy of the open map up to date.
pub struct AutoSave {
    session: Session,
    /// The revision of the map the copy on disk holds.
    written: Option<u64>,
    /// The revision last seen, and when it was first seen.
    seen: Option<(u64, f64)>,
    /// When the oldest change not yet in the copy was made.
    waiting_since: Option<f64>,
    /// The copy being written in the background.
    writer: Option<JoinHandle<std::io::Result<()>>>,
    /// Why the last copy could not be written, once.
    pub(super) failure: Option<String>,
    /// The window is closing with its changes discarded: no copy is written any more.
    stopped: bool,
}

impl AutoSave {
    pub fn new(session: Session) -> Self {
        Self {
            session,
            written: None,
            seen: None,
            waiting_since: None,
            writer: None,
            failure: None,
            stopped: false,
        }
    }

    pub fn files(&self) -> &SessionFiles {
        self.session.files()
    }

    /// Called every frame: writes the copy when it is due, removes it when the map has no
    /// unsaved changes. Returns in how many seconds to look again, if anything is waiting.
    fn tick(
        &mut self,
        journey: &Journey,
        path: Option<&Path>,
        base: Option<Base>,
        modified: bool,
        now: f64,
    ) -> Option<f64> {
        if let Some(writer) = self.writer.take_if(|w| w.is_finished()) {
            self.finish(writer);
        }
        if !modified || self.stopped {
            self.remove();
            return None;
        }
        let revision = journey.revision();
        if self.seen.is_none_or(|(seen, _)| seen != revision) {
            self.seen = Some((revision, now));
            self.waiting_since.get_or_insert(now);
        }
        if self.written == Some(revision) {
            return None;
        }
        let last_change = self.seen.map_or(now, |(_, at)| at);
        let due = (last_change + QUIET_SECS).min(self.waiting_since.unwrap_or(now) + MAX_WAIT_SECS);
        if now < due {
            return Some(due - now);
        }
        if self.writer.is_some() {
            // The previous copy is still being written; look again shortly.
            return Some(0.1);
        }
        let files = self.files().clone();
        let journey = journey.clone();
        let path = path.map(Path::to_owned);
        self.writer = Some(std::thread::spawn(move || {
            files.write(&journey, path.as_deref(), base)
        }));
        self.written = Some(revision);
        self.waiting_since = None;
        Some(0.1)
    }

    fn finish(&mut self, writer: JoinHandle<std::io::Result<()>>) {
        let result = writer.join().unwrap_or_else(|_| {
            Err(std::io::Error::other(crate::tr!(
                "app-recovery-writer-stopped"
            )))
        });
        if let Err(error) = result {
            // Try again at the next change (not every frame); say why once.
            self.failure = Some(crate::tr!(
                "app-recovery-write-failed",
                path = self.files().copy().display().to_string(),
                error = crate::io::reason(&error),
            ));
        }
    }

    /// Waits for a copy being written, so nothing writes after this.
    fn settle(&mut self) {
        if let Some(writer) = self.writer.take() {
            self.finish(writer);
        }
    }

    /// Removes the copy: the map is saved, or its changes were discarded.
    pub fn remove(&mut self) {
        self.settle();
        if (self.written.take().is_some() || self.files().has_copy())
            && let Err(error) = self.files().remove_copy()
        {
            self.failure = Some(crate::tr!(
                "app-recovery-remove-failed",
                error = crate::io::reason(&error)
            ));
        }
        self.waiting_since = None;
    }

    /// Removes the copy and writes no more: the user closed the window without saving.
    pub fn stop(&mut self) {
        self.stopped = true;
        self.remove();
    }

    /// Writes the copy now, on this thread: at a panic, or right after a restore.
    pub fn write_now(
        &mut self,
        journey: &Journey,
        path: Option<&Path>,
        base: Option<Base>,
    ) -> std::io::Result<()> {
        self.settle();
        if self.stopped {
            return Ok(());
        }
        self.files().write(journey, path, base)?;
        self.written = Some(journey.revision());
        self.waiting_since = None;
        Ok(())
    }
}

/// What the user chose for a recovered map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Restore,
    KeepAside,
    Discard,
}

impl PolkuApp {
    /// Turns autosave on, with the copies in `session`'s folder, and offers back the maps
    /// that `recovered` sessions left.
    pub fn with_recovery(mut self, session: Session, recovered: Vec<Recovered>) -> Self {
        self.autosave = Some(AutoSave::new(session));
        self.recovered = recovered;
        self
    }

    /// The maps from ended sessions still waiting for an answer.
    pub fn recovered(&self) -> &[Recovered] {
        &self.recovered
    }

    /// The recovery copy's files, when autosave is on.
    pub fn recovery_files(&self) -> Option<&SessionFiles> {
        self.autosave.as_ref().map(AutoSave::files)
    }

    /// Keeps the recovery copy up to date; called every frame.
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        let modified = self.is_modified();
        let Some(autosave) = &mut self.autosave else {
            return;
        };
        let base = self.watch.base();
        if let Some(wait) = autosave.tick(&self.journey, self.path.as_deref(), base, modified, now)
        {
            ctx.request_repaint_after_secs(wait as f32);
        }
        if let Some(failure) = autosave.failure.take() {
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
                let base = self.watch.base();
                if self.is_modified()
                    && let Some(autosave) = &mut self.autosave
                {
                    let _ = autosave.write_now(&self.journey, self.path.as_deref(), base);
                }
                std::panic::resume_unwind(panic)
            }
        }
    }

    /// Carries out the user's choice for the recovered map at `index`.
    pub fn recover(&mut self, index: usize, choice: Choice) {
        if index >= self.recovered.len() {
            return;
        }
        let recovered = self.recovered.remove(index);
        let name = recovered.name();
        let outcome = match choice {
            Choice::Restore => match recovered.load() {
                Ok(journey) => {
                    let original = recovered.info.as_ref().and_then(|i| i.original.clone());
                    let base = recovered.info.as_ref().and_then(|i| i.base);
                    self.replace_journey(journey, original);
                    self.history.mark_unsaved();
                    // The map was changed from the version of its file it was based on,
                    // not from what is there now: if the file has changed since, saving
                    // asks first.
                    self.watch.rebase(base);
                    let copied = match &mut self.autosave {
                        // The restored map is this session's now; its copy comes first,
                        // and only then is the old one let go.
                        Some(autosave) => {
                            autosave.write_now(&self.journey, self.path.as_deref(), base)
                        }
                        None => Ok(()),
                    };
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
                self.question = Some(Question::Problem {
                    title: crate::tr!("app-recover-failed"),
                    message: format!(
                        "{name}: {error}\n\n{}",
                        crate::tr!("app-recovery-copy-kept")
                    ),
                });
            }
        }
    }

    /// The question about recovered maps, while there are any and no other question is
    /// open.
    pub(super) fn recovery_ui(&mut self, ctx: &egui::Context) {
        if self.recovered.is_empty() || self.question.is_some() {
            return;
        }
        let now = recovery::now_secs();
        let restorable = !self.is_modified();
        let mut chosen = None;
        egui::Modal::new(egui::Id::unique("polku recovery")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            let crashed = self.recovered.iter().find_map(|r| r.crash_report.as_ref());
            if self.recovered.iter().any(|r| r.info.is_some()) {
                ui.heading(crate::tr!("app-recovery-title"));
                ui.label(crate::tr!("app-recovery-intro"));
            } else {
                ui.heading(crate::tr!("app-crashed-title"));
                ui.label(crate::tr!("app-crashed-nothing-lost"));
            }
            if let Some(report) = crashed {
                ui.label(crate::tr!(
                    "app-crash-report",
                    path = report.display().to_string()
                ));
            }
            ui.add_space(8.0);
            for (index, recovered) in self.recovered.iter().enumerate() {
                let Some(info) = &recovered.info else {
                    if ui.button(crate::tr!("app-ok")).clicked() {
                        chosen = Some((index, Choice::Discard));
                    }
                    continue;
                };
                ui.group(|ui| {
                    ui.strong(recovered.name());
                    if let Some(original) = &info.original {
                        ui.weak(original.display().to_string());
                    }
                    ui.label(crate::tr!(
                        "app-autosaved-ago",
                        ago = recovery::ago(info.written, now)
                    ));
                    ui.horizontal(|ui| {
                        let restore = ui
                            .add_enabled(restorable, egui::Button::new(crate::tr!("app-restore")))
                            .on_disabled_hover_text(crate::tr!("app-restore-one-map"));
                        if restore.clicked() {
                            chosen = Some((index, Choice::Restore));
                        }
                        if ui
                            .button(crate::tr!("app-keep-aside"))
                            .on_hover_text(crate::tr!("app-keep-aside-hover"))
                            .clicked()
                        {
                            chosen = Some((index, Choice::KeepAside));
                        }
                        if ui.button(crate::tr!("app-discard")).clicked() {
                            chosen = Some((index, Choice::Discard));
                        }
                    });
                });
            }
        });
        if let Some((index, choice)) = chosen {
            self.recover(index, choice);
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
