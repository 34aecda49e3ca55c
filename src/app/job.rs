//! Work running on a worker thread for the window (opening, saving, exporting,
//! importing), and what it ends with.

use std::path::PathBuf;
use std::sync::mpsc::Receiver;

use super::modal::Leave;
use crate::io::inventory::{ImportError, Imported};
use crate::model::Journey;

/// Work running on a worker thread.
pub(super) struct Job {
    /// What it is doing, for the status bar ("Exporting map.pdf…").
    pub(super) doing: String,
    pub(super) receiver: Receiver<Outcome>,
    /// The map on screen when the job began: which one (see `PolkuApp::generation`) and
    /// its revision.
    pub(super) generation: u64,
    pub(super) revision: u64,
    /// Whether it writes the map's file.
    pub(super) saving: bool,
    /// Whether the window closes once it is done (it was asked to close meanwhile).
    pub(super) then_close: bool,
    /// Not yet looked at: its outcome is taken from the frame after the one that started
    /// it, so the status bar says what is going on for at least one frame, however fast
    /// the work is.
    pub(super) fresh: bool,
}

/// What a job ends with.
pub(super) enum Outcome {
    Exported {
        path: PathBuf,
        /// What to say about it besides that it was written, if anything.
        result: Result<Option<String>, String>,
    },
    Imported {
        path: PathBuf,
        result: Result<Box<Imported>, ImportError>,
    },
    Opened {
        path: PathBuf,
        result: Result<Box<(Vec<u8>, Journey)>, crate::io::LoadError>,
    },
    /// A copy of the map read to merge, with the version both started from if polku
    /// found one.
    CopyRead {
        path: PathBuf,
        result: Result<Box<CopyRead>, crate::io::LoadError>,
    },
    Saved {
        path: PathBuf,
        result: Result<(), crate::io::SaveError>,
        /// What to do once it is saved.
        then: Option<Leave>,
    },
}

/// A copy read to merge: the copy, and the version both started from if one was found.
pub struct CopyRead {
    pub theirs: crate::model::Document,
    pub base: Option<crate::model::Document>,
}
