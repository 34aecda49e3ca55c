//! Writing a journey file: the canonical text (the same journey always gives the same
//! bytes), file names made from a title, the backup beside a map, and saving atomically
//! wherever a command writes. It never reads a map back.

use std::path::Path;

use super::schema::{FORMAT_VERSION, FileV1Written, MAX_FILE_BYTES};
use crate::io::atomic::write_atomic;
use crate::io::error::SaveError;
use crate::io::output::Destination;
use crate::model::Journey;
use crate::tr;

/// The canonical text of `journey`: what Save writes.
pub fn to_ron_string(journey: &Journey) -> Result<String, ron::Error> {
    let file = FileV1Written {
        version: FORMAT_VERSION,
        title: journey.title(),
        description: journey.description(),
        lanes: journey.lanes(),
        stages: journey.stages(),
        touchpoints: journey.touchpoints().collect(),
        links: journey.links().collect(),
        personas: journey.personas(),
        promises: journey.promises(),
        parking_lot: journey.parking_lot(),
        conflicts: journey.conflicts(),
        feedback: journey.feedback(),
    };
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ")
        .new_line("\n")
        .struct_names(false);
    // About what a touchpoint and a link take in the file, so the text seldom grows.
    let guess = 4096 + 600 * journey.touchpoint_count() + 120 * journey.link_count();
    let mut text = String::with_capacity(guess);
    ron::ser::to_writer_pretty(&mut text, &file, config)?;
    unescape_apostrophes(&mut text);
    text.push('\n');
    Ok(text)
}

/// RON escapes apostrophes in strings (`city\'s`), which it need not do and which reads
/// badly in a map full of prose. Every apostrophe in the output stands in a string and
/// arrives as `\'`, and a backslash of the text arrives as `\\`, so taking the backslash
/// off `\'` (reading from the left, as `str::replace` would) only undoes the apostrophe
/// escapes. Done in place: the text only gets shorter.
fn unescape_apostrophes(text: &mut String) {
    let Some(first) = text.find("\\'") else {
        return;
    };
    let mut bytes = std::mem::take(text).into_bytes();
    let mut kept = first;
    let mut i = first;
    while i < bytes.len() {
        if bytes[i] == b'\\' && bytes.get(i + 1) == Some(&b'\'') {
            i += 1;
            continue;
        }
        if bytes[i] == b'\\' && bytes.get(i + 1) == Some(&b'\\') {
            // An escaped backslash: both stay, and the second does not start an escape.
            bytes[kept] = b'\\';
            bytes[kept + 1] = b'\\';
            kept += 2;
            i += 2;
            continue;
        }
        bytes[kept] = bytes[i];
        kept += 1;
        i += 1;
    }
    bytes.truncate(kept);
    // Only ASCII backslashes were taken out, so the bytes are still UTF-8.
    *text = String::from_utf8(bytes)
        .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned());
}

/// A file name made from a map's title: letters, digits and dashes.
pub fn file_stem_for(title: &str) -> String {
    let name: String = title
        .chars()
        .flat_map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().collect::<Vec<_>>()
            } else {
                vec!['-']
            }
        })
        .collect();
    let name = name
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if name.is_empty() {
        "map".to_owned()
    } else {
        name
    }
}

/// Where the backup of the map at `path` is kept: `NAME.ron.bak` beside it.
pub fn backup_path(path: &Path) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".bak");
    std::path::PathBuf::from(name)
}

/// Saves `journey` to `path` like [`save`], first keeping the file that is there as
/// `NAME.ron.bak` (one generation: an older backup is replaced). If the backup cannot be
/// made, nothing is saved and the error says why; the file on disk is unchanged.
pub fn save_keeping_backup(path: &Path, journey: &Journey) -> Result<(), SaveError> {
    if path.exists() {
        let backup = backup_path(path);
        // Copy beside the backup, then rename over it, so a failure halfway never leaves
        // a half-written backup in place of a whole one.
        let mut partial = backup.as_os_str().to_owned();
        partial.push(".partial");
        let partial = std::path::PathBuf::from(partial);
        let kept = std::fs::copy(path, &partial).and_then(|_| std::fs::rename(&partial, &backup));
        if let Err(error) = kept {
            let _ = std::fs::remove_file(&partial);
            return Err(SaveError {
                path: path.to_owned(),
                source: std::io::Error::new(
                    error.kind(),
                    tr!(
                        "io-backup-failed",
                        path = backup.display().to_string(),
                        reason = crate::io::error::reason(&error)
                    ),
                ),
            });
        }
    }
    save(path, journey)
}

/// Writes `journey` to `path` as [`save`] does, first keeping the file there as its
/// backup when `keep_backup` (see [`save_keeping_backup`]).
pub fn save_map(path: &Path, journey: &Journey, keep_backup: bool) -> Result<(), SaveError> {
    if keep_backup {
        save_keeping_backup(path, journey)
    } else {
        save(path, journey)
    }
}

/// Writes `journey` to `path` in canonical form, atomically.
pub fn save(path: &Path, journey: &Journey) -> Result<(), SaveError> {
    let text = saved_text(path, journey)?;
    write_atomic(path, text.as_bytes()).map_err(|source| SaveError {
        path: path.to_owned(),
        source,
    })
}

/// Writes `journey` in canonical form where `destination` says (see `io::output`);
/// `stdout` is standard output.
pub fn save_to(
    destination: &Destination,
    journey: &Journey,
    stdout: &mut dyn std::io::Write,
) -> Result<(), SaveError> {
    let path = Path::new(match destination {
        Destination::Stdout => std::ffi::OsStr::new("-"),
        Destination::Stream(path) | Destination::File(path) => path.as_os_str(),
    });
    let text = saved_text(path, journey)?;
    destination
        .write(text.as_bytes(), stdout)
        .map_err(|source| SaveError {
            path: path.to_owned(),
            source,
        })
}

/// Rewrites the map at `path` in canonical form, unless the file no longer holds `read`
/// (what the map was loaded from): then it is left as another program saved it, and the
/// error's source is a `io::ChangedMeanwhile`.
pub fn save_unless_changed(path: &Path, journey: &Journey, read: &[u8]) -> Result<(), SaveError> {
    let text = saved_text(path, journey)?;
    crate::io::atomic::write_atomic_unless_changed(path, text.as_bytes(), read).map_err(|source| {
        SaveError {
            path: path.to_owned(),
            source,
        }
    })
}

/// The canonical text of `journey`, unless it is more than polku would open again.
fn saved_text(path: &Path, journey: &Journey) -> Result<String, SaveError> {
    let error = |source| SaveError {
        path: path.to_owned(),
        source,
    };
    let text = to_ron_string(journey).map_err(|e| error(std::io::Error::other(e)))?;
    // A file polku could not open again is not saved: the map stays on screen.
    if text.len() as u64 > MAX_FILE_BYTES {
        let mib = |b: u64, digits| crate::i18n::decimal(b as f64 / (1024.0 * 1024.0), digits);
        return Err(error(std::io::Error::other(crate::tr!(
            "io-save-too-large",
            size = mib(text.len() as u64, 1),
            limit = mib(MAX_FILE_BYTES, 0)
        ))));
    }
    Ok(text)
}
