//! Watching the open file: another program or a `git pull` may change or remove it while
//! the map is open. polku looks about once a second and asks what to do; saving never
//! silently replaces a file that changed since it was opened or last saved.
//!
//! The looking is done by a small thread, which wakes the window only when the file's
//! size or time changed: a window where nothing happens draws nothing.

use std::hash::Hasher as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Weak};
use std::time::SystemTime;

use super::PolkuApp;
use super::files::{Answer, Question};
use crate::io::recovery::Base;
use crate::model::compare::{self, Difference};

/// Seconds between looks at the file.
pub const CHECK_EVERY_SECS: f64 = 1.0;

/// A version of the file on disk: when it was written, its size, and a hash of its bytes
/// (a touched file with the same bytes is the same version).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    modified: Option<SystemTime>,
    len: u64,
    hash: u64,
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
    fn looks_unchanged(&self, metadata: &std::fs::Metadata) -> bool {
        metadata.len() == self.len && metadata.modified().ok() == self.modified
    }

    /// The version, as a recovery copy remembers it.
    pub fn base(&self) -> Base {
        Base {
            len: self.len,
            hash: self.hash,
        }
    }

    fn same_bytes(&self, other: &Self) -> bool {
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
    known: Option<Stamp>,
    /// A newer version the user chose to keep their map over ("Keep mine").
    overruled: Option<Stamp>,
    /// A newer version whose question the user closed without choosing: not asked about
    /// again, but saving over it still asks.
    dismissed: Option<Stamp>,
    /// The version the question on screen is about.
    asked: Option<Stamp>,
    /// The file was found missing and the user was told.
    missing_told: bool,
    last_check: Option<f64>,
    /// The thread looking at the file, while there is one.
    looker: Option<Looker>,
}

/// A thread that looks at a file's metadata about once a second and wakes the window when
/// it changed. It ends soon after this is dropped.
#[derive(Clone, Debug)]
struct Looker {
    path: PathBuf,
    /// Set by the thread when the file looks changed; taken by the window's next frame.
    stirred: Arc<AtomicBool>,
    /// The thread holds a weak reference to this and ends when it is gone.
    _alive: Arc<()>,
}

impl Looker {
    fn start(ctx: &egui::Context, path: &Path) -> Self {
        let stirred = Arc::new(AtomicBool::new(false));
        let alive = Arc::new(());
        let (thread_path, thread_stirred) = (path.to_owned(), Arc::clone(&stirred));
        let (ctx, weak) = (ctx.clone(), Arc::downgrade(&alive));
        let spawned = std::thread::Builder::new()
            .name("polku file watch".to_owned())
            .spawn(move || look_at(&thread_path, &thread_stirred, &weak, &ctx));
        if spawned.is_err() {
            // Without the thread the window still looks whenever it draws a frame.
            stirred.store(true, Ordering::Relaxed);
        }
        Self {
            path: path.to_owned(),
            stirred,
            _alive: alive,
        }
    }
}

/// The looking thread: while `alive` lasts, reads the metadata of `path` every
/// [`CHECK_EVERY_SECS`] and, when it differs from the last time, sets `stirred` and asks
/// for a frame.
fn look_at(path: &Path, stirred: &AtomicBool, alive: &Weak<()>, ctx: &egui::Context) {
    let glance = || {
        std::fs::metadata(path)
            .ok()
            .map(|metadata| (metadata.len(), metadata.modified().ok()))
    };
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
    fn changed(&self, path: &Path) -> Option<Stamp> {
        let now = Stamp::read(path)?;
        let seen = |stamp: &Option<Stamp>| stamp.is_some_and(|s| s.same_bytes(&now));
        if seen(&self.known) || seen(&self.overruled) {
            return None;
        }
        Some(now)
    }
}

impl PolkuApp {
    /// Looks at the open file when its thread says it changed, and at most once a second
    /// otherwise; called every frame, which it never asks for itself.
    pub(super) fn watch_disk(&mut self, ctx: &egui::Context) {
        let Some(path) = self.path.clone() else {
            self.watch.looker = None;
            return;
        };
        // While polku itself writes the map, the file changes under the watch.
        if self.job.as_ref().is_some_and(|job| job.saving) {
            return;
        }
        if self.watch.looker.as_ref().is_none_or(|l| l.path != path) {
            self.watch.looker = Some(Looker::start(ctx, &path));
        }
        let now = ctx.input(|i| i.time);
        let recent = self
            .watch
            .last_check
            .is_some_and(|last| now - last < CHECK_EVERY_SECS);
        let stirred = self
            .watch
            .looker
            .as_ref()
            .is_some_and(|looker| looker.stirred.load(Ordering::Relaxed));
        if (recent && !stirred) || self.asking() {
            return;
        }
        if let Some(looker) = &self.watch.looker {
            looker.stirred.store(false, Ordering::Relaxed);
        }
        self.watch.last_check = Some(now);
        self.check_disk(&path);
    }

    /// Compares the file at `path` with what the map was opened from or saved as, and asks
    /// what to do when it changed or disappeared.
    fn check_disk(&mut self, path: &Path) {
        let metadata = match std::fs::metadata(path) {
            Ok(metadata) => metadata,
            Err(_) if self.watch.known.is_none() => return,
            Err(_) => {
                if !self.watch.missing_told {
                    self.watch.missing_told = true;
                    // Closing must ask now: the map exists nowhere else.
                    self.history.mark_unsaved();
                    self.question = Some(Question::Problem {
                        title: crate::tr!("app-file-gone-title", name = self.map_name()),
                        message: crate::tr!("app-file-gone", path = path.display().to_string()),
                    });
                }
                return;
            }
        };
        let unchanged = |stamp: Option<Stamp>| stamp.is_some_and(|s| s.looks_unchanged(&metadata));
        if unchanged(self.watch.known) || unchanged(self.watch.overruled) {
            return;
        }
        match self.watch.changed(path) {
            Some(now) if self.watch.dismissed.is_some_and(|d| d.same_bytes(&now)) => {}
            Some(now) => {
                self.watch.asked = Some(now);
                self.question = Some(Question::ChangedOnDisk {
                    saving: false,
                    differences: None,
                });
            }
            None => {
                // Touched, or put back as it was: remember its new time to look less.
                if let Some(now) = Stamp::read(path) {
                    if self.watch.known.is_some_and(|known| known.same_bytes(&now)) {
                        self.watch.known = Some(now);
                    } else {
                        self.watch.overruled = Some(now);
                    }
                }
                self.watch.missing_told = false;
            }
        }
    }

    /// Whether saving to `path` would replace a version of the file the user has not seen;
    /// if so, asks first.
    pub(super) fn save_would_overwrite_changes(&mut self, path: &Path) -> bool {
        if self.path.as_deref() != Some(path) {
            return false;
        }
        let Some(now) = self.watch.changed(path) else {
            return false;
        };
        self.watch.asked = Some(now);
        self.question = Some(Question::ChangedOnDisk {
            saving: true,
            differences: None,
        });
        true
    }

    /// Remembers the file at the map's path as the version the map now matches.
    pub(super) fn watch_from_disk(&mut self) {
        self.watch = Watch::of(self.path.as_deref());
    }

    /// Carries out the answer to the question about a changed file.
    pub(super) fn answer_changed_on_disk(&mut self, answer: Answer, saving: bool) {
        let Some(path) = self.path.clone() else {
            return;
        };
        match answer {
            Answer::Reload => {
                let modified = self.is_modified();
                // Read now, whatever its size: what follows speaks of the map reloaded.
                self.open_now(&path);
                if self.question.is_none() {
                    self.say_of_this_version(if modified {
                        crate::tr!("app-reloaded-replacing", name = self.map_name())
                    } else {
                        crate::tr!("app-reloaded", name = self.map_name())
                    });
                }
            }
            Answer::KeepMine => {
                // Only the version the user was told of: a newer one still asks.
                self.watch.overruled = self.watch.asked.take();
                self.history.mark_unsaved();
                if saving {
                    self.save();
                } else {
                    self.status = Some(crate::tr!("app-keeping-mine", name = self.map_name()));
                }
            }
            Answer::Compare => {
                let differences = match crate::io::load(&path) {
                    Ok(theirs) => Ok(compare::compare(&self.journey, &theirs)),
                    Err(error) => Err(error.to_string()),
                };
                self.question = Some(Question::ChangedOnDisk {
                    saving,
                    differences: Some(differences),
                });
            }
            Answer::Cancel => self.watch.dismissed = self.watch.asked.take(),
            Answer::Save | Answer::Discard | Answer::Replace => {}
        }
    }
}

/// The question about a changed file: what happened, the differences once asked for, and
/// the choices.
pub(super) fn changed_on_disk_ui(
    ui: &mut egui::Ui,
    map_name: &str,
    modified: bool,
    saving: bool,
    differences: Option<&Result<Vec<Difference>, String>>,
) -> Option<Answer> {
    ui.heading(crate::tr!("app-changed-title", name = map_name));
    ui.add_space(4.0);
    ui.label(if saving {
        crate::tr!("app-changed-saving")
    } else {
        crate::tr!("app-changed")
    });
    if modified {
        ui.label(crate::tr!("app-changed-reload-loses"));
    }
    if let Some(differences) = differences {
        ui.add_space(6.0);
        differences_ui(ui, differences);
    }
    ui.add_space(10.0);
    let mut answer = None;
    ui.horizontal(|ui| {
        let reload = if modified {
            crate::tr!("app-reload-losing")
        } else {
            crate::tr!("app-reload")
        };
        if ui.button(reload).clicked() {
            answer = Some(Answer::Reload);
        }
        let keep = if saving {
            crate::tr!("app-save-mine")
        } else {
            crate::tr!("app-keep-mine")
        };
        if ui
            .button(keep)
            .on_hover_text(crate::tr!("app-keep-mine-hover"))
            .clicked()
        {
            answer = Some(Answer::KeepMine);
        }
        if differences.is_none() && ui.button(crate::tr!("app-compare")).clicked() {
            answer = Some(Answer::Compare);
        }
        if saving && ui.button(crate::tr!("app-cancel")).clicked() {
            answer = Some(Answer::Cancel);
        }
    });
    answer
}

fn differences_ui(ui: &mut egui::Ui, differences: &Result<Vec<Difference>, String>) {
    let differences = match differences {
        Ok(differences) => differences,
        Err(error) => {
            ui.label(format!("{}\n{error}", crate::tr!("app-compare-unreadable")));
            return;
        }
    };
    if differences.is_empty() {
        ui.label(crate::tr!("app-compare-same"));
        return;
    }
    egui::ScrollArea::vertical()
        .max_height(260.0)
        .show(ui, |ui| {
            for (kind, heading) in [
                (
                    compare::Change::Changed,
                    crate::tr!("app-compare-different"),
                ),
                (
                    compare::Change::OnlyTheirs,
                    crate::tr!("app-compare-only-disk"),
                ),
                (
                    compare::Change::OnlyMine,
                    crate::tr!("app-compare-only-mine"),
                ),
            ] {
                let mut these = differences.iter().filter(|d| d.kind == kind).peekable();
                if these.peek().is_none() {
                    continue;
                }
                ui.strong(heading);
                for difference in these {
                    ui.label(format!("• {}", difference.what));
                }
                ui.add_space(4.0);
            }
        });
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
