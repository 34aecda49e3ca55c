//! The map's feedback in the window. The files of customer feedback and employee pulse a
//! map names are read in the background when it opens; again whenever one of them changes
//! on disk (a thread looks at them about once a second, as at the map's own file), so a
//! fresh export dropped over the old one shows within seconds; and again whenever the map
//! changes what responses are matched against (its sources, or a touchpoint's key or
//! title) or the period the figures compare. The canvas, the inspector and the insights
//! show the last reading; a reading never holds up the window, the map or its saving.

use std::hash::{Hash as _, Hasher as _};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::Receiver;
use std::time::SystemTime;

use super::watch::Looker;
use crate::io::feedback::MapFeedback;
use crate::model::Journey;
use crate::model::feedback::{Period, Window};

/// A file's size and time when it was last read.
pub(super) type Glance = Option<(u64, Option<SystemTime>)>;

/// What the window knows of the map's feedback.
#[derive(Default)]
pub struct FeedbackState {
    /// The last reading, for the canvas, the inspector and the insights.
    pub(super) shown: Option<Arc<MapFeedback>>,
    /// The period the figures compare, as the insights panel sets it.
    pub(super) period: Period,
    /// The dates whose responses count, as the insights panel sets them.
    pub(super) window: Window,
    pub(super) reading: Option<Reading>,
    /// What the shown reading was made of (see [`fingerprint`]), and the glances at its
    /// files taken before they were read.
    pub(super) read_of: Option<(u64, Vec<Glance>)>,
    /// The reading wanted now, as worked out at a generation and revision of the map.
    pub(super) wanted: Option<Wanted>,
    /// The thread looking at the source files, and which files.
    pub(super) looker: Option<Looker>,
}

pub(super) struct Wanted {
    /// The map's file: Save As elsewhere moves where its sources are.
    pub(super) map: PathBuf,
    pub(super) generation: u64,
    pub(super) revision: u64,
    pub(super) period: Period,
    pub(super) window: Window,
    pub(super) fingerprint: u64,
    pub(super) paths: Vec<PathBuf>,
}

/// A reading in the background.
pub(super) struct Reading {
    /// The map it reads for: another map in the window meanwhile never shows it.
    pub(super) generation: u64,
    pub(super) receiver: Receiver<MapFeedback>,
    pub(super) of: (u64, Vec<Glance>),
    /// How many of `files` have been read.
    pub(super) done: Arc<AtomicUsize>,
    pub(super) files: usize,
}

impl FeedbackState {
    /// What the status bar says while a reading runs: how far it got.
    pub(super) fn progress(&self) -> Option<String> {
        self.reading.as_ref().map(|reading| {
            crate::tr!(
                "app-feedback-reading",
                done = (reading.done.load(Ordering::Relaxed) + 1).min(reading.files),
                files = reading.files
            )
        })
    }

    /// Whether a reading is running.
    pub fn is_reading(&self) -> bool {
        self.reading.is_some()
    }

    /// Forgets what was read for the map that was in the window, and the days chosen for
    /// it. A reading still running for it is left to end and is not shown.
    pub(super) fn forget_map(&mut self) {
        self.shown = None;
        self.read_of = None;
        self.wanted = None;
        self.window = Window::ALL;
    }
}

/// What a reading of `journey`'s sources and its summary depend on: the map's file (the
/// sources' paths are relative to it), the sources, how touchpoints are matched (id, key,
/// title), where they stand (stage; lane and its kind, which says whether the customer
/// sees it), the links and the personas' paths (the mirror and the figures of stages and
/// paths follow them), the period and the window of dates.
pub(super) fn fingerprint(journey: &Journey, map: &Path, period: Period, window: Window) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    map.hash(&mut hasher);
    journey.feedback().hash(&mut hasher);
    period.hash(&mut hasher);
    window.hash(&mut hasher);
    for touchpoint in journey.touchpoints() {
        (touchpoint.id, &touchpoint.key, &touchpoint.title).hash(&mut hasher);
        (touchpoint.stage, touchpoint.lane).hash(&mut hasher);
    }
    for lane in journey.lanes() {
        (lane.id, lane.kind).hash(&mut hasher);
    }
    for link in journey.links() {
        (link.from, link.to, link.kind).hash(&mut hasher);
    }
    for persona in journey.personas() {
        (persona.id, &persona.path).hash(&mut hasher);
    }
    hasher.finish()
}
