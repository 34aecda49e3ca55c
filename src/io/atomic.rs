//! Writing a file so that a crash or a failure halfway never leaves it half written.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Writes `bytes` to `path` atomically: to a temporary file in the same folder, flushed
/// and synced to disk, then renamed over `path`. Readers see either the old file or the
/// new one, never a mix; on any failure the old file is left as it was.
///
/// A symbolic link is written through: the file it points to gets the bytes and the link
/// stays a link. A path that names something other than a regular file or a folder (a
/// device such as `/dev/null`, a pipe, `/dev/stdout`) is written to as a stream and never
/// replaced.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, bytes, |from, to| fs::rename(from, to))
}

/// [`write_atomic`], unless the file at `path` no longer holds `expected` (what was read
/// from it) just before the new bytes take its place: then nothing is written and the
/// error is [`ChangedMeanwhile`]. So a rewrite never replaces what another program saved
/// while polku worked.
pub fn write_atomic_unless_changed(path: &Path, bytes: &[u8], expected: &[u8]) -> io::Result<()> {
    write_atomic_with(path, bytes, |from, to| {
        // Gone, unreadable or different: either way not what was read.
        match super::read::read_regular(to, expected.len() as u64) {
            Ok(now) if now == expected => fs::rename(from, to),
            _ => Err(io::Error::other(ChangedMeanwhile)),
        }
    })
}

/// The file changed on disk between reading it and writing it.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::tr!("io-changed-meanwhile"))]
pub struct ChangedMeanwhile;

impl ChangedMeanwhile {
    /// Whether `error` is this one.
    pub fn is(error: &io::Error) -> bool {
        error
            .get_ref()
            .is_some_and(|inner| inner.downcast_ref::<Self>().is_some())
    }
}

/// [`write_atomic`] with the final rename supplied (it gets the temporary file and the
/// real file, links followed), so tests can make it fail.
pub(crate) fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    rename: impl FnOnce(&Path, &Path) -> io::Result<()>,
) -> io::Result<()> {
    if is_stream(path) {
        let mut stream = open_stream(path)?;
        stream.write_all(bytes)?;
        return stream.flush();
    }
    let path = &resolve_links(path)?;
    if path.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::IsADirectory,
            crate::tr!("io-output-is-folder"),
        ));
    }
    let temporary = temporary_path(path)?;
    let result = write_and_sync(&temporary, path, bytes).and_then(|()| rename(&temporary, path));
    if result.is_err() {
        // The temporary file is ours and useless now; failing to remove it changes nothing
        // about the error worth reporting.
        let _ = fs::remove_file(&temporary);
        return result;
    }
    sync_folder(path);
    remove_stale_temporaries(path);
    Ok(())
}

/// Whether `path` is written as a stream: it names something that exists and is neither a
/// regular file nor a folder (links followed: a device, a pipe, a socket), or it names an
/// open file of a process (`/dev/stdout`, `/dev/fd/N`, `/proc/self/fd/N`), which may be a
/// regular file the shell opened for appending (`>> log.txt`) and must not be replaced.
pub(crate) fn is_stream(path: &Path) -> bool {
    names_open_file(path)
        || fs::metadata(path).is_ok_and(|metadata| !metadata.is_file() && !metadata.is_dir())
}

/// Whether `path` names a file a process holds open, by its descriptor.
fn names_open_file(path: &Path) -> bool {
    let path = path.to_string_lossy();
    ["/dev/stdout", "/dev/stderr", "/dev/stdin"].contains(&path.as_ref())
        || path.starts_with("/dev/fd/")
        || (path.starts_with("/proc/") && path.contains("/fd/"))
}

/// Opens a stream for writing: appending, never truncating or creating, so a device or a
/// pipe takes the bytes as they come and a file behind a descriptor keeps what it holds.
pub(crate) fn open_stream(path: &Path) -> io::Result<File> {
    OpenOptions::new().append(true).open(path)
}

/// How many symbolic links in a row are followed before giving up, as Linux does.
const MAX_LINKS_FOLLOWED: usize = 40;

/// The path a chain of symbolic links at `path` ends at (the path itself when it is not a
/// link). The end need not exist yet: a link to a file still to be written is written
/// through as well.
pub fn resolve_links(path: &Path) -> io::Result<PathBuf> {
    let mut path = path.to_owned();
    for _ in 0..MAX_LINKS_FOLLOWED {
        match fs::symlink_metadata(&path) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let target = fs::read_link(&path)?;
                path = match path.parent() {
                    Some(folder) if target.is_relative() => folder.join(target),
                    _ => target,
                };
            }
            _ => return Ok(path),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        crate::tr!("io-link-loop"),
    ))
}

/// A temporary file older than this was left by a save that was killed halfway.
const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// Removes the temporary files of saves to `path` that were killed halfway (a power cut,
/// SIGKILL) and so never renamed: old enough that no save can still be writing them.
fn remove_stale_temporaries(path: &Path) {
    let (Some(folder), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        if !(file_name.starts_with(&prefix) && file_name.ends_with(".tmp")) {
            continue;
        }
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|modified| modified.elapsed().ok())
            .is_some_and(|age| age > STALE_AFTER);
        if stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn write_and_sync(temporary: &Path, target: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(temporary)?;
    file.write_all(bytes)?;
    file.flush()?;
    // Keep the permissions the user gave the old file.
    if let Ok(metadata) = fs::metadata(target) {
        file.set_permissions(metadata.permissions())?;
    }
    file.sync_all()
}

/// A name beside `path` that no other save, in this process or another, is using.
fn temporary_path(path: &Path) -> io::Result<PathBuf> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = path.file_name().ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            crate::tr!("io-path-not-a-file"),
        )
    })?;
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut temporary = std::ffi::OsString::from(".");
    temporary.push(name);
    temporary.push(format!(".{}-{n}.tmp", std::process::id()));
    Ok(path.with_file_name(temporary))
}

/// Makes the rename itself durable. Not every platform can open a folder for this, and
/// the file's own data is already synced, so failure here is not an error.
fn sync_folder(path: &Path) {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    if let Ok(folder) = File::open(folder) {
        let _ = folder.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files_in(folder: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(folder)
            .into_iter()
            .flatten()
            .flatten()
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_write_replaces_the_file_and_leaves_nothing_behind() -> io::Result<()> {
        let folder = tempfile::tempdir()?;
        let path = folder.path().join("map.ron");
        fs::write(&path, "old")?;
        write_atomic(&path, b"new")?;
        assert_eq!(fs::read_to_string(&path)?, "new");
        assert_eq!(files_in(folder.path()), ["map.ron"]);
        Ok(())
    }

    #[test]
    fn a_failed_rename_keeps_the_old_file_and_reports_it() -> io::Result<()> {
        let folder = tempfile::tempdir()?;
        let path = folder.path().join("map.ron");
        fs::write(&path, "old")?;
        let result = write_atomic_with(&path, b"new", |_, _| {
            Err(io::Error::new(
                io::ErrorKind::PermissionDenied,
                "rename refused",
            ))
        });
        let error = result.err().map(|e| e.to_string());
        assert_eq!(error.as_deref(), Some("rename refused"));
        assert_eq!(fs::read_to_string(&path)?, "old");
        assert_eq!(files_in(folder.path()), ["map.ron"]);
        Ok(())
    }

    #[test]
    fn temporaries_of_killed_saves_are_cleared_by_the_next_save() -> io::Result<()> {
        let folder = tempfile::tempdir()?;
        let path = folder.path().join("map.ron");
        let old = folder.path().join(".map.ron.999-0.tmp");
        let fresh = folder.path().join(".map.ron.998-0.tmp");
        let other = folder.path().join(".other.ron.999-0.tmp");
        for file in [&old, &fresh, &other] {
            fs::write(file, "half")?;
        }
        let long_ago = std::time::SystemTime::now() - 2 * STALE_AFTER;
        File::options()
            .write(true)
            .open(&old)?
            .set_modified(long_ago)?;
        File::options()
            .write(true)
            .open(&other)?
            .set_modified(long_ago)?;
        write_atomic(&path, b"new")?;
        // Only the old one of this map: a fresh one may be another save still writing.
        assert_eq!(
            files_in(folder.path()),
            [".map.ron.998-0.tmp", ".other.ron.999-0.tmp", "map.ron"]
        );
        Ok(())
    }

    #[test]
    fn a_missing_folder_is_an_error_not_a_panic() {
        let result = write_atomic(Path::new("/nonexistent-polku-folder/map.ron"), b"x");
        assert!(result.is_err());
    }
}
