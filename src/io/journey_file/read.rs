//! Reading a journey file: its bytes (refusing what is not a regular file or too large),
//! its encoding, its version, its syntax, then every reference, each problem placed in the
//! text. It writes nothing.

use std::path::Path;

use super::locate::locate;
use super::schema::{FORMAT_VERSION, FileV1, MAX_FILE_BYTES};
use super::version::check_version;
use crate::io::error::{LoadError, Position, Problem};
use crate::io::syntax::{self, Root};
use crate::model::{Document, Journey};
use crate::tr;

/// Reads a journey from the text of a file. `path` is only used in messages.
pub fn from_ron_str(text: &str, path: &Path) -> Result<Journey, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::new(
            path,
            Some(Position { line: 1, column: 1 }),
            tr!("io-file-empty", version = FORMAT_VERSION.to_string()),
        ));
    }
    if let Some(line) = conflict_marker(text) {
        return Err(LoadError::new(
            path,
            Some(Position { line, column: 1 }),
            tr!("io-conflict-markers"),
        ));
    }
    check_version(text, path)?;
    let file: FileV1 = ron_options().from_str(text).map_err(|error| {
        let ron::error::Position { line, col } = error.span.start;
        LoadError::new(
            path,
            Some(Position { line, column: col }),
            syntax::explain(&error, text, Root::Map),
        )
    })?;
    let document = Document {
        title: file.title,
        description: file.description,
        lanes: file.lanes,
        stages: file.stages,
        touchpoints: file.touchpoints,
        links: file.links,
        personas: file.personas,
        promises: file.promises,
        parking_lot: file.parking_lot,
        conflicts: file.conflicts,
        feedback: file.feedback,
    };
    Journey::from_document(document).map_err(|errors| LoadError {
        path: path.to_owned(),
        problems: errors
            .iter()
            .map(|error| Problem {
                position: locate(text, error),
                message: error.to_string(),
            })
            .collect(),
    })
}

/// Reads a journey from the bytes of a file. `path` is only used in messages.
pub fn load_bytes(bytes: &[u8], path: &Path) -> Result<Journey, LoadError> {
    if is_utf16(bytes) {
        return Err(LoadError::new(
            path,
            Some(Position { line: 1, column: 1 }),
            tr!("io-utf16"),
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let valid = &bytes[..error.valid_up_to()];
        // The prefix is valid UTF-8 by definition; lossy conversion only guards the types.
        let position = Position::of_offset(&String::from_utf8_lossy(valid), valid.len());
        LoadError::new(path, Some(position), tr!("io-not-utf8"))
    })?;
    // Some editors put a byte-order mark at the start of UTF-8 files.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    from_ron_str(text, path)
}

/// Whether `bytes` look like UTF-16 text, with or without a byte-order mark: the
/// characters of a map are mostly ASCII, which UTF-16 writes with a zero byte beside each.
fn is_utf16(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return true;
    }
    let sample = &bytes[..bytes.len().min(4096)];
    let zeros_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let pairs = sample.len() / 2;
    pairs >= 2 && (zeros_at(0) * 2 > pairs || zeros_at(1) * 2 > pairs)
}

/// Reads the journey file at `path`.
pub fn load(path: &Path) -> Result<Journey, LoadError> {
    load_bytes(&read_bytes(path)?, path)
}

/// The bytes of the file at `path`, refusing folders, devices, pipes and files over
/// [`MAX_FILE_BYTES`] without reading them.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, LoadError> {
    crate::io::read::read_regular(path, MAX_FILE_BYTES)
        .map_err(|error| LoadError::new(path, None, error.to_string()))
}

/// How polku reads RON: an optional value may be written plainly (`emotion: -1`) as
/// well as `Some(-1)`, which is what polku writes.
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// The line of the first conflict marker git writes when it merges a file as text
/// (`<<<<<<< ours`), counted from 1: a map merged so in a clone where polku was not set
/// up. polku's own merge never writes one.
fn conflict_marker(text: &str) -> Option<usize> {
    text.lines()
        .position(|line| line.starts_with("<<<<<<<") || line.starts_with(">>>>>>>"))
        .map(|index| index + 1)
}
