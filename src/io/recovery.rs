//! Recovery copies: where polku keeps the unsaved state of an open map, beside the user's
//! settings and never over the user's own file, so that a crash, a kill or a dead battery
//! loses at most the last few seconds.
//!
//! Each running polku is a *session* in the recovery folder, named by its process id and
//! start time, with these files:
//!
//! - `ID.lock`: held locked by the running session; the operating system lets go of the
//!   lock when the process ends, however it ends, which is how a later start knows the
//!   session is over;
//! - `ID.ron`: the recovery copy, an ordinary map file (written atomically);
//! - `ID.info.ron`: which map it is (its file, its title) and when it was written;
//! - `ID.crash.txt`: a crash report, when the session ended in a panic.
//!
//! A session that ends normally removes its files. Those of a session that did not are
//! offered back at the next start: restore, keep aside as a file, or discard.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::atomic::write_atomic;
use super::error::LoadError;
use crate::model::Journey;

/// Which map a recovery copy is of, and when it was written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CopyInfo {
    /// The map's own file, if it had one.
    pub original: Option<PathBuf>,
    pub title: String,
    /// When the copy was written, in seconds since 1970 (UTC).
    pub written: u64,
    /// The version of the map's own file the changes were made to, so that a restored
    /// map still knows when that file has changed since.
    #[serde(default)]
    pub base: Option<Base>,
}

/// A version of a file: its size and a hash of its bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Base {
    pub len: u64,
    pub hash: u64,
}

/// This process's place in the recovery folder. Holds its lock while it lives.
#[derive(Debug)]
pub struct Session {
    files: SessionFiles,
    lock: Option<File>,
}

/// The names of one session's files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionFiles {
    folder: PathBuf,
    id: String,
}

impl SessionFiles {
    fn file(&self, ending: &str) -> PathBuf {
        self.folder.join(format!("{}{ending}", self.id))
    }

    /// Where the recovery copy is written.
    pub fn copy_path(&self) -> PathBuf {
        self.file(".ron")
    }

    fn info_path(&self) -> PathBuf {
        self.file(".info.ron")
    }

    fn lock_path(&self) -> PathBuf {
        self.file(".lock")
    }

    /// Where a crash report of the session is written.
    pub fn crash_report(&self) -> PathBuf {
        self.file(".crash.txt")
    }

    /// Writes the recovery copy of `journey`, atomically: first what it is, then the copy,
    /// so that a copy on disk always has its description (a description without a copy is
    /// ignored).
    pub fn write(
        &self,
        journey: &Journey,
        original: Option<&Path>,
        base: Option<Base>,
    ) -> io::Result<()> {
        let text = super::to_ron_string(journey).map_err(io::Error::other)?;
        let info = CopyInfo {
            original: original.map(Path::to_owned),
            title: journey.title().to_owned(),
            written: now_secs(),
            base,
        };
        let info = ron::to_string(&info).map_err(io::Error::other)?;
        write_atomic(&self.info_path(), info.as_bytes())?;
        write_atomic(&self.copy_path(), text.as_bytes())
    }

    /// Removes the recovery copy, if there is one.
    pub fn remove_copy(&self) -> io::Result<()> {
        for path in [self.copy_path(), self.info_path()] {
            match fs::remove_file(&path) {
                Err(error) if error.kind() != io::ErrorKind::NotFound => return Err(error),
                _ => {}
            }
        }
        Ok(())
    }

    /// Whether a recovery copy is on disk.
    pub fn has_copy(&self) -> bool {
        self.copy_path().exists()
    }
}

impl Session {
    /// Joins the recovery `folder` (creating it), and returns the sessions found there that
    /// have ended without cleaning up: the maps to offer back.
    pub fn start(folder: &Path) -> io::Result<(Self, Vec<Recovered>)> {
        fs::create_dir_all(folder)?;
        let recovered = ended_sessions(folder)?;
        let since = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        let files = SessionFiles {
            folder: folder.to_owned(),
            id: format!(
                "{}-{}{:09}",
                std::process::id(),
                since.as_secs(),
                since.subsec_nanos()
            ),
        };
        let lock = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .open(files.lock_path())?;
        lock.try_lock().map_err(io::Error::from)?;
        Ok((
            Self {
                files,
                lock: Some(lock),
            },
            recovered,
        ))
    }

    pub fn files(&self) -> &SessionFiles {
        &self.files
    }
}

impl Drop for Session {
    /// A session that ends with no copy left needs no lock file either.
    fn drop(&mut self) {
        drop(self.lock.take());
        if !self.files.has_copy() && !self.files.crash_report().exists() {
            let _ = fs::remove_file(self.files.lock_path());
        }
    }
}

/// What an ended session left behind: a map to offer back, a crash report, or both.
#[derive(Debug)]
pub struct Recovered {
    files: SessionFiles,
    /// Held while the question is open, so that a second polku started meanwhile does not
    /// offer the same map.
    _lock: File,
    /// Which map the copy is of, when there is a copy.
    pub info: Option<CopyInfo>,
    /// The crash report, when the session ended in a panic.
    pub crash_report: Option<PathBuf>,
}

impl Recovered {
    /// The recovered map.
    pub fn load(&self) -> Result<Journey, LoadError> {
        super::load(&self.files.copy_path())
    }

    /// The file name to show for it: its own file's name, or its title.
    pub fn name(&self) -> String {
        let Some(info) = &self.info else {
            return String::new();
        };
        match info.original.as_deref().and_then(Path::file_name) {
            Some(name) => name.to_string_lossy().into_owned(),
            None if info.title.trim().is_empty() => crate::tr!("io-untitled"),
            None => info.title.clone(),
        }
    }

    /// Copies the recovered map to a file of its own beside the original (or in `home`
    /// when it never had one), named so that nothing is replaced, and forgets the
    /// session. Returns the new file.
    pub fn keep_aside(self, home: &Path) -> io::Result<PathBuf> {
        let original = self.info.as_ref().and_then(|info| info.original.clone());
        let (folder, stem) = match &original {
            Some(path) => (
                path.parent()
                    .map_or_else(|| home.to_owned(), Path::to_owned),
                path.file_stem()
                    .map_or_else(|| "map".to_owned(), |s| s.to_string_lossy().into_owned()),
            ),
            None => (home.to_owned(), crate::io::file_stem_for(&self.name())),
        };
        let text = fs::read(self.files.copy_path())?;
        let target = (1..)
            .map(|n: u64| match n {
                1 => folder.join(crate::tr!("io-recovered-file", stem = stem.as_str()) + ".ron"),
                n => folder.join(
                    crate::tr!("io-recovered-file-again", stem = stem.as_str(), n = n) + ".ron",
                ),
            })
            .find(|path| !path.exists())
            .unwrap_or_else(|| {
                folder.join(crate::tr!("io-recovered-file", stem = stem.as_str()) + ".ron")
            });
        write_atomic(&target, &text)?;
        self.discard()?;
        Ok(target)
    }

    /// Forgets the session: removes its copy and lock. (A crash report stays, for whoever
    /// wants to read it.)
    pub fn discard(self) -> io::Result<()> {
        self.files.remove_copy()?;
        let _ = fs::remove_file(self.files.lock_path());
        Ok(())
    }
}

/// The sessions in `folder` whose process has ended, oldest first. Ones that left nothing
/// to offer are cleaned up on the way.
fn ended_sessions(folder: &Path) -> io::Result<Vec<Recovered>> {
    let mut found = Vec::new();
    for entry in fs::read_dir(folder)? {
        let path = entry?.path();
        let Some(id) = path
            .file_name()
            .and_then(|name| name.to_str())
            .and_then(|name| name.strip_suffix(".lock"))
        else {
            continue;
        };
        let files = SessionFiles {
            folder: folder.to_owned(),
            id: id.to_owned(),
        };
        let Ok(lock) = OpenOptions::new().write(true).open(&path) else {
            continue;
        };
        // A running polku holds its lock: its session is not over.
        if lock.try_lock().is_err() {
            continue;
        }
        let info = fs::read_to_string(files.info_path())
            .ok()
            .and_then(|text| ron::from_str::<CopyInfo>(&text).ok())
            .filter(|_| files.has_copy());
        // The report is told about once: renamed, it is no longer the session's.
        let crash_report = Some(files.crash_report())
            .filter(|path| path.exists())
            .and_then(|report| {
                let kept = folder.join(format!("crash-{id}.txt"));
                fs::rename(report, &kept).ok().map(|()| kept)
            });
        let recovered = Recovered {
            files,
            _lock: lock,
            info,
            crash_report,
        };
        if recovered.info.is_none() && recovered.crash_report.is_none() {
            // Nothing to offer; a copy without its info is unreadable as a recovery too.
            let _ = recovered.discard();
            continue;
        }
        found.push(recovered);
    }
    found.sort_by_key(|r| r.info.as_ref().map_or(0, |info| info.written));
    Ok(found)
}

/// Now, in seconds since 1970.
pub fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs())
}

/// How long ago `secs` (seconds since 1970) was, in words: "2 minutes ago".
pub fn ago(secs: u64, now: u64) -> String {
    let passed = now.saturating_sub(secs);
    match passed {
        0..60 => crate::tr!("io-ago-now"),
        60..3_600 => crate::tr!("io-ago-minutes", count = passed / 60),
        3_600..86_400 => crate::tr!("io-ago-hours", count = passed / 3_600),
        _ => crate::tr!("io-ago-days", count = passed / 86_400),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::templates::Template;

    #[test]
    fn a_running_session_is_not_offered_and_an_ended_one_is() -> io::Result<()> {
        let folder = tempfile::tempdir()?;
        let (running, found) = Session::start(folder.path())?;
        assert!(found.is_empty());
        let journey = Template::Blueprint.journey();
        running
            .files()
            .write(&journey, Some(Path::new("/maps/a.ron")), None)?;
        // While it runs, another start does not offer its copy.
        let (second, found) = Session::start(folder.path())?;
        assert!(found.is_empty());
        drop(second);
        // Once it has ended (as if killed: its copy stays), the copy is offered.
        let copy = running.files().copy_path();
        drop(running);
        assert!(copy.exists());
        let (_third, found) = Session::start(folder.path())?;
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name(), "a.ron");
        assert_eq!(found[0].load().ok(), Some(journey));
        Ok(())
    }

    #[test]
    fn a_session_without_a_copy_leaves_nothing() -> io::Result<()> {
        let folder = tempfile::tempdir()?;
        let (session, _) = Session::start(folder.path())?;
        session.files().write(&Journey::new(), None, None)?;
        session.files().remove_copy()?;
        drop(session);
        assert_eq!(fs::read_dir(folder.path())?.count(), 0);
        Ok(())
    }

    #[test]
    fn keeping_aside_never_replaces_a_file() -> io::Result<()> {
        let folder = tempfile::tempdir()?;
        let original = folder.path().join("map.ron");
        fs::write(folder.path().join("map (recovered).ron"), "taken")?;
        let (session, _) = Session::start(&folder.path().join("recovery"))?;
        session
            .files()
            .write(&Journey::new(), Some(&original), None)?;
        drop(session);
        let (_session, mut found) = Session::start(&folder.path().join("recovery"))?;
        let kept = found.remove(0).keep_aside(folder.path())?;
        assert_eq!(kept, folder.path().join("map (recovered 2).ron"));
        assert_eq!(
            fs::read_to_string(folder.path().join("map (recovered).ron"))?,
            "taken"
        );
        assert!(crate::io::load(&kept).is_ok());
        Ok(())
    }

    #[test]
    fn time_is_told_in_words() {
        crate::i18n::set_language(crate::i18n::Language::English);
        assert_eq!(ago(100, 130), "less than a minute ago");
        assert_eq!(ago(0, 60), "1 minute ago");
        assert_eq!(ago(0, 7_300), "2 hours ago");
        assert_eq!(ago(0, 3 * 86_400), "3 days ago");
        crate::i18n::set_language(crate::i18n::Language::Finnish);
        assert_eq!(ago(100, 130), "alle minuutti sitten");
        assert_eq!(ago(0, 60), "minuutti sitten");
        assert_eq!(ago(0, 7_300), "2 tuntia sitten");
        assert_eq!(ago(0, 86_400), "päivä sitten");
        assert_eq!(ago(0, 3 * 86_400), "3 päivää sitten");
    }
}
