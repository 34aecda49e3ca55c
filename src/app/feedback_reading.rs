//! Following the map's feedback: picking up a reading done in the background, and
//! starting one when the map's sources, what they are matched against, or their files
//! changed (see `feedback`).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::TryRecvError;

use super::feedback::{Glance, Reading, Wanted, fingerprint};
use super::shell::PolkuApp;
use super::watch::{Looker, glance_at};
use crate::io::feedback::{MapFeedback, read_sources, source_path};

/// Feedback files up to this size together are read at once rather than in the
/// background: about ten thousand responses, read in a few milliseconds.
const READ_NOW_BYTES: u64 = 1024 * 1024;

impl PolkuApp {
    /// Picks up a finished reading, and starts one when the map's sources, what they are
    /// matched against, or their files changed. Called every frame, cheaply: the map is
    /// looked at again only when it changed, the files only when their thread says so.
    pub(super) fn follow_feedback(&mut self, ctx: &egui::Context) {
        self.take_reading(ctx);
        let journey = self.session.journey();
        let (Some(map), false) = (self.session.path(), journey.feedback().is_empty()) else {
            // No sources (or a map never saved, whose sources have no folder): nothing
            // to show or to watch.
            let state = &mut self.feedback;
            state.shown = None;
            state.read_of = None;
            state.wanted = None;
            state.looker = None;
            return;
        };
        let (generation, revision) = (self.session.generation(), journey.revision());
        let (period, window) = (self.feedback.period, self.feedback.window);
        let state = &mut self.feedback;
        if state.wanted.as_ref().is_none_or(|w| {
            (w.generation, w.revision, w.period, w.window) != (generation, revision, period, window)
                || w.map != map
        }) {
            state.wanted = Some(Wanted {
                map: map.to_path_buf(),
                generation,
                revision,
                period,
                window,
                fingerprint: fingerprint(journey, map, period, window),
                paths: journey
                    .feedback()
                    .iter()
                    .map(|source| source_path(map, source))
                    .collect(),
            });
        }
        let Some(wanted) = &state.wanted else {
            return;
        };
        if state
            .looker
            .as_ref()
            .is_none_or(|looker| looker.paths != wanted.paths)
        {
            let looker = Looker::start(ctx, wanted.paths.clone());
            // Read at once, not when the files next change.
            looker.stirred.store(true, Ordering::Relaxed);
            state.looker = Some(looker);
        }
        if state.reading.is_some() {
            return;
        }
        let stirred = state
            .looker
            .as_ref()
            .is_some_and(|looker| looker.stirred.swap(false, Ordering::Relaxed));
        let glances: Vec<Glance> = match &state.read_of {
            // Nothing stirred: the files are as they were when last read, and the map as
            // it was too, as on almost every frame.
            Some((print, _)) if !stirred && *print == wanted.fingerprint => return,
            Some((_, glances)) if !stirred => glances.clone(),
            _ => wanted.paths.iter().map(|path| glance_at(path)).collect(),
        };
        let of = (wanted.fingerprint, glances);
        if state.read_of.as_ref() == Some(&of) {
            return;
        }
        // Files of a few thousand responses are read at once, before the frame is drawn,
        // as a small map is opened at once: in less time than a frame takes. A workbook is
        // compressed (a megabyte of it may hold ten times the rows) and always waits.
        let size: u64 = of.1.iter().flatten().map(|(len, _)| len).sum();
        let workbook = wanted.paths.iter().any(|path| {
            path.extension()
                .is_some_and(|extension| extension.eq_ignore_ascii_case("xlsx"))
        });
        if size <= READ_NOW_BYTES && !workbook {
            let (sources, readings) = read_sources(map, journey, &|| {});
            let read = MapFeedback::new(journey, sources, readings, &window, period);
            state.read_of = Some(of);
            self.took_feedback(read);
            return;
        }
        let journey = journey.clone();
        let map = map.to_path_buf();
        let done = Arc::new(AtomicUsize::new(0));
        let (sender, receiver) = std::sync::mpsc::channel();
        let (thread_done, thread_ctx) = (Arc::clone(&done), ctx.clone());
        let spawned = std::thread::Builder::new()
            .name("polku feedback".to_owned())
            .spawn(move || {
                // The count shows at the window's next frame; only the end wakes it, so
                // that reading costs the window one frame.
                let each_done = || {
                    thread_done.fetch_add(1, Ordering::Relaxed);
                };
                let (sources, readings) = read_sources(&map, &journey, &each_done);
                let read = MapFeedback::new(&journey, sources, readings, &window, period);
                // The window may have closed meanwhile; then nobody wants this.
                let _ = sender.send(read);
                thread_ctx.request_repaint();
            });
        match spawned {
            Ok(_) => {
                state.reading = Some(Reading {
                    generation,
                    receiver,
                    files: of.1.len(),
                    of,
                    done,
                })
            }
            Err(error) => {
                // Not read this time; the next change of the map or a file tries again.
                state.read_of = Some(of);
                self.status = Some(crate::tr!(
                    "app-feedback-failed",
                    reason = error.to_string()
                ));
            }
        }
    }

    /// Shows `read`, and says when a source could not be read.
    fn took_feedback(&mut self, read: MapFeedback) {
        let problems = read.sources.iter().filter(|s| s.problem.is_some()).count();
        // Said unless the status bar says something else (that a map's comments will be
        // dropped, say); the insights list the problems in any case.
        if problems > 0 && self.status.is_none() {
            self.status = Some(crate::tr!("app-feedback-problems", count = problems));
        }
        self.feedback.shown = Some(Arc::new(read));
    }

    /// Takes the result of the reading in the background, when it is done.
    fn take_reading(&mut self, ctx: &egui::Context) {
        let Some(reading) = &self.feedback.reading else {
            return;
        };
        match reading.receiver.try_recv() {
            Ok(read) => {
                let Some(reading) = self.feedback.reading.take() else {
                    return;
                };
                if reading.generation == self.session.generation() {
                    self.feedback.read_of = Some(reading.of);
                    self.took_feedback(read);
                }
                ctx.request_repaint();
            }
            Err(TryRecvError::Empty) => {}
            Err(TryRecvError::Disconnected) => {
                if let Some(reading) = self.feedback.reading.take() {
                    self.feedback.read_of = Some(reading.of);
                }
                self.status = Some(crate::tr!("app-feedback-stopped"));
            }
        }
    }
}
