//! Autosave: when the recovery copy of the open map is written (a few seconds after the
//! last change, at most half a minute after the first) and removed (when nothing is
//! unsaved), on a worker thread. The files are [`crate::io::recovery`]'s.

use std::path::Path;
use std::thread::JoinHandle;

use crate::io::recovery::{Base, Session, SessionFiles};
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
    pub(super) fn tick(
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
                path = self.files().copy_path().display().to_string(),
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
