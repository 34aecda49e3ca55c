//! The open file as polku last saw it on disk: a stamp of each version (time, size, hash
//! of its bytes), the versions the user has seen or chose to keep their map over, and a
//! small thread that wakes the window only when the file's size or time changed.

use std::hash::Hasher as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Weak};
use std::time::SystemTime;

use crate::io::recovery::Base;

/// Seconds between looks at the file.
pub const CHECK_EVERY_SECS: f64 = 1.0;

/// A version of the file on disk: when it was written, its size, and a hash of its bytes
/// (a touched file with the same bytes is the same version).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    pub(super) modified: Option<SystemTime>,
    pub(super) len: u64,
    pub(super) hash: u64,
}

impl Stamp {
    /// The version of the file at `path` now, or `None` when there is no file.
    pub fn read(path: &Path) -> Option<Self> {
        let metadata = std::fs::metadata(path).ok()?;
        // Only a regular file of a size polku opens is read (a pipe in the map's place
        // would never finish); anything else is still a version the user has not seen.
        let hash = crate::io::read_regular(path, crate::io::MAX_FILE_BYTES)
            .map_or(UNREADABLE, |bytes| hash(&bytes));
        Some(Self {
            modified: metadata.modified().ok(),
            len: metadata.len(),
            hash,
        })
    }

    /// Whether the file's metadata still says it is this version (without reading it).
    pub(super) fn looks_unchanged(&self, metadata: &std::fs::Metadata) -> bool {
        metadata.len() == self.len && metadata.modified().ok() == self.modified
    }

    /// The version, as a recovery copy remembers it.
    pub fn base(&self) -> Base {
        Base {
            len: self.len,
            hash: self.hash,
        }
    }

    pub(super) fn same_bytes(&self, other: &Self) -> bool {
        self.len == other.len && self.hash == other.hash
    }
}

/// The hash of a file that was not read (not a regular file, or larger than a map).
const UNREADABLE: u64 = u64::MAX;

/// A hash of a file's bytes that stays the same from one polku to the next, since
/// recovery copies keep it: SipHash-1-3 with fixed keys, from the `siphasher` crate
/// (the standard library's `DefaultHasher` may change between Rust releases).
pub fn hash(bytes: &[u8]) -> u64 {
    let mut hasher = siphasher::sip::SipHasher13::new();
    hasher.write(&(bytes.len() as u64).to_le_bytes());
    hasher.write(bytes);
    hasher.finish()
}

/// What polku knows about the open file on disk.
#[derive(Clone, Debug, Default)]
pub struct Watch {
    /// The version the map was opened from or last saved as.
    pub(super) known: Option<Stamp>,
    /// A newer version the user chose to keep their map over ("Keep mine").
    pub(super) overruled: Option<Stamp>,
    /// A newer version whose question the user closed without choosing: not asked about
    /// again, but saving over it still asks.
    pub(super) dismissed: Option<Stamp>,
    /// The version the question on screen is about.
    pub(super) asked: Option<Stamp>,
    /// The file was found missing and the user was told.
    pub(super) missing_told: bool,
    pub(super) last_check: Option<f64>,
    /// The thread looking at the file, while there is one.
    pub(super) looker: Option<Looker>,
}

/// A thread that looks at files' metadata about once a second and wakes the window when
/// one changed. It ends soon after this is dropped.
#[derive(Clone, Debug)]
pub(super) struct Looker {
    /// The files it looks at.
    pub(super) paths: Vec<PathBuf>,
    /// Set by the thread when the file looks changed; taken by the window's next frame.
    pub(super) stirred: Arc<AtomicBool>,
    /// The thread holds a weak reference to this and ends when it is gone.
    _alive: Arc<()>,
}

impl Looker {
    /// A thread looking at all of `paths` at once: it wakes the window when any of them
    /// changed.
    pub(super) fn start(ctx: &egui::Context, paths: Vec<PathBuf>) -> Self {
        let stirred = Arc::new(AtomicBool::new(false));
        let alive = Arc::new(());
        let thread_stirred = Arc::clone(&stirred);
        let (ctx, weak) = (ctx.clone(), Arc::downgrade(&alive));
        let thread_paths = paths.clone();
        let spawned = std::thread::Builder::new()
            .name("polku file watch".to_owned())
            .spawn(move || look_at(&thread_paths, &thread_stirred, &weak, &ctx));
        if spawned.is_err() {
            // Without the thread the window still looks whenever it draws a frame.
            stirred.store(true, Ordering::Relaxed);
        }
        Self {
            paths,
            stirred,
            _alive: alive,
        }
    }
}

/// The looking thread: while `alive` lasts, reads the metadata of `paths` every
/// [`CHECK_EVERY_SECS`] and, when it differs from the last time, sets `stirred` and asks
/// for a frame.
fn look_at(paths: &[PathBuf], stirred: &AtomicBool, alive: &Weak<()>, ctx: &egui::Context) {
    let glance = || paths.iter().map(|path| glance_at(path)).collect::<Vec<_>>();
    let mut last = glance();
    loop {
        std::thread::sleep(std::time::Duration::from_secs_f64(CHECK_EVERY_SECS));
        if alive.strong_count() == 0 {
            return;
        }
        let now = glance();
        if now != last {
            last = now;
            stirred.store(true, Ordering::Relaxed);
            ctx.request_repaint();
        }
    }
}

/// A file's size and time, as a glance at its metadata finds them; none when it is gone.
pub(super) fn glance_at(path: &Path) -> Option<(u64, Option<SystemTime>)> {
    std::fs::metadata(path)
        .ok()
        .map(|metadata| (metadata.len(), metadata.modified().ok()))
}

impl Watch {
    /// Watching the file at `path`, as it is now.
    pub fn of(path: Option<&Path>) -> Self {
        Self {
            known: path.and_then(Stamp::read),
            ..Self::default()
        }
    }

    /// The version the map was opened from or last saved as.
    pub fn base(&self) -> Option<Base> {
        self.known.map(|known| known.base())
    }

    /// Makes `base` the version the map was opened from (for a restored map: the version
    /// its changes were made to). With no base, any file there is a version the user has
    /// not seen.
    pub fn rebase(&mut self, base: Option<Base>) {
        self.known = base.map(|base| Stamp {
            modified: None,
            len: base.len,
            hash: base.hash,
        });
        self.overruled = None;
        self.dismissed = None;
    }

    /// Whether the file at `path` is a version the user has not seen: changed since it was
    /// opened or saved, and not one they chose to keep their map over.
    pub(super) fn changed(&self, path: &Path) -> Option<Stamp> {
        let now = Stamp::read(path)?;
        let seen = |stamp: &Option<Stamp>| stamp.is_some_and(|s| s.same_bytes(&now));
        if seen(&self.known) || seen(&self.overruled) {
            return None;
        }
        Some(now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_too_large_for_a_map_is_still_a_change() -> std::io::Result<()> {
        let folder = tempfile::tempdir()?;
        let path = folder.path().join("map.ron");
        std::fs::write(&path, "(version: 1)\n")?;
        let before = Stamp::read(&path).expect("a file");
        std::fs::File::create(&path)?.set_len(crate::io::MAX_FILE_BYTES + 1)?;
        let after = Stamp::read(&path).expect("a file");
        assert_eq!(after.hash, UNREADABLE);
        assert!(!before.same_bytes(&after));
        Ok(())
    }

    #[test]
    fn the_hash_of_a_file_is_the_same_in_every_polku() {
        // Recovery copies remember it: if this value changes, every copy made before
        // would seem to be based on another version of its file.
        assert_eq!(
            format!("{:016x}", hash(b"(version: 1)\n")),
            "23ef4f30cacb92c4"
        );
        assert_ne!(hash(b"a"), hash(b"b"));
    }
}
