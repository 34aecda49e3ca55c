//! The journey file: pretty RON, version 1.
//!
//! The file is our own schema (lists sorted as [`Document`] keeps them), never petgraph's
//! layout. Reading checks the version first, then the syntax, then every reference;
//! writing the same journey always gives the same bytes.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::atomic::write_atomic;
use super::error::{LoadError, Position, Problem, SaveError};
use super::output::Destination;
use super::syntax::{self, Root};
use crate::model::limits::{MAX_ENTRIES, MAX_LANES, MAX_LINKS, MAX_TOUCHPOINTS};
use crate::model::{
    Document, DocumentError, Idea, Journey, Lane, Link, Persona, Promise, Stage, Subject,
    Touchpoint,
};
use crate::tr;

/// The file format version this polku writes, and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;

/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Version 1 of the file, as it is read: the document, behind its version number.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileV1 {
    /// Checked before the rest is read (see [`check_version`]), and required here.
    #[serde(rename = "version")]
    _version: u32,
    #[serde(default)]
    title: String,
    #[serde(default)]
    description: String,
    #[serde(default, deserialize_with = "at_most::<_, _, MAX_LANES>")]
    lanes: Vec<Lane>,
    #[serde(default, deserialize_with = "at_most::<_, _, MAX_LANES>")]
    stages: Vec<Stage>,
    #[serde(default, deserialize_with = "at_most::<_, _, MAX_TOUCHPOINTS>")]
    touchpoints: Vec<Touchpoint>,
    #[serde(default, deserialize_with = "at_most::<_, _, MAX_LINKS>")]
    links: Vec<Link>,
    #[serde(default, deserialize_with = "at_most::<_, _, MAX_ENTRIES>")]
    personas: Vec<Persona>,
    #[serde(default, deserialize_with = "at_most::<_, _, MAX_ENTRIES>")]
    promises: Vec<Promise>,
    #[serde(default, deserialize_with = "at_most::<_, _, MAX_ENTRIES>")]
    parking_lot: Vec<Idea>,
}

/// Version 1 of the file, as it is written: the fields of [`FileV1`] in the same order,
/// borrowed from the journey rather than copied out of it (a large map is written without
/// a second copy of its text in memory).
#[derive(Serialize)]
struct FileV1Written<'a> {
    version: u32,
    title: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    description: &'a str,
    lanes: &'a [Lane],
    stages: &'a [Stage],
    touchpoints: Vec<&'a Touchpoint>,
    links: Vec<&'a Link>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    personas: &'a [Persona],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    promises: &'a [Promise],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    parking_lot: &'a [Idea],
}

/// What a list of the file holds, for the message that refuses too long a list: the
/// list's name in the file, which the messages turn into words.
trait Listed {
    const PLURAL: &'static str;
}

impl Listed for Lane {
    const PLURAL: &'static str = "lanes";
}
impl Listed for Stage {
    const PLURAL: &'static str = "stages";
}
impl Listed for Touchpoint {
    const PLURAL: &'static str = "touchpoints";
}
impl Listed for Link {
    const PLURAL: &'static str = "links";
}
impl Listed for Persona {
    const PLURAL: &'static str = "personas";
}
impl Listed for Promise {
    const PLURAL: &'static str = "promises";
}
impl Listed for Idea {
    const PLURAL: &'static str = "ideas";
}

/// Reads a list of at most `LIMIT` entries, stopping at the first one too many (so a
/// hostile file cannot make polku build millions of them first).
fn at_most<'de, D, T, const LIMIT: usize>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de> + Listed,
{
    struct Bounded<T, const LIMIT: usize>(std::marker::PhantomData<T>);

    impl<'de, T: Deserialize<'de> + Listed, const LIMIT: usize> serde::de::Visitor<'de>
        for Bounded<T, LIMIT>
    {
        type Value = Vec<T>;

        fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            formatter.write_str(&tr!("io-list-of", what = T::PLURAL))
        }

        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut list = Vec::new();
            while let Some(entry) = seq.next_element()? {
                if list.len() == LIMIT {
                    return Err(serde::de::Error::custom(tr!(
                        "io-list-too-long",
                        limit = LIMIT.to_string(),
                        what = T::PLURAL
                    )));
                }
                list.push(entry);
            }
            Ok(list)
        }
    }

    deserializer.deserialize_seq(Bounded::<T, LIMIT>(std::marker::PhantomData))
}

/// Reads only the version of a file, before anything else, so that a newer file is
/// refused by its version rather than by whatever new field it has. The reading stops at
/// the `version` field (the first one in every file polku writes), so a large file is not
/// read twice: `found` holds the number once it is met.
struct VersionProbe<'a> {
    found: &'a std::cell::Cell<Option<u64>>,
}

impl<'de> serde::de::DeserializeSeed<'de> for VersionProbe<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_struct("", &["version"], self)
    }
}

impl<'de> serde::de::Visitor<'de> for VersionProbe<'_> {
    type Value = ();

    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("a map with a version")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == "version" {
                // Written `version: 1` (not `Some(1)`).
                self.found.set(Some(map.next_value::<u64>()?));
                // The rest of the file is the full reading's work.
                return Err(serde::de::Error::custom("the version is read"));
            }
            map.next_value::<serde::de::IgnoredAny>()?;
        }
        Ok(())
    }
}

/// The version written in `text`: `Ok(None)` when the file has none, `Err` when it does
/// not parse as far as its version.
fn probe_version(text: &str) -> Result<Option<u64>, ron::error::SpannedError> {
    let found = std::cell::Cell::new(None);
    let read = ron::Options::default().from_str_seed(text, VersionProbe { found: &found });
    match (found.get(), read) {
        (Some(version), _) => Ok(Some(version)),
        (None, Ok(())) => Ok(None),
        (None, Err(error)) => Err(error),
    }
}

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

/// Reads a journey from the text of a file. `path` is only used in messages.
pub fn from_ron_str(text: &str, path: &Path) -> Result<Journey, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::new(
            path,
            Some(Position { line: 1, column: 1 }),
            tr!("io-file-empty", version = FORMAT_VERSION.to_string()),
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
    super::read::read_regular(path, MAX_FILE_BYTES)
        .map_err(|error| LoadError::new(path, None, error.to_string()))
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
                        reason = super::error::reason(&error)
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

/// Writes `journey` in canonical form where `destination` says (see [`super::output`]);
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
/// error's source is a [`super::ChangedMeanwhile`].
pub fn save_unless_changed(path: &Path, journey: &Journey, read: &[u8]) -> Result<(), SaveError> {
    let text = saved_text(path, journey)?;
    super::atomic::write_atomic_unless_changed(path, text.as_bytes(), read).map_err(|source| {
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

/// Refuses a file whose version this polku does not know.
fn check_version(text: &str, path: &Path) -> Result<(), LoadError> {
    let version = match probe_version(text) {
        Ok(version) => version,
        // A file that does not even parse may still be a newer one with new syntax;
        // look for its version by eye, and otherwise let the full parse explain.
        Err(_) => match version_by_eye(text) {
            Some(version) if version > u64::from(FORMAT_VERSION) => Some(version),
            _ => return Ok(()),
        },
    };
    let position = find_field(text, "version").map(|offset| Position::of_offset(text, offset));
    match version {
        None => Err(LoadError::new(
            path,
            Some(Position { line: 1, column: 1 }),
            tr!("io-no-version", version = FORMAT_VERSION.to_string()),
        )),
        Some(0) => Err(LoadError::new(path, position, tr!("io-version-zero"))),
        Some(version) if version > u64::from(FORMAT_VERSION) => Err(LoadError::new(
            path,
            position,
            tr!(
                "io-version-newer",
                version = version.to_string(),
                polku = env!("CARGO_PKG_VERSION"),
                newest = FORMAT_VERSION.to_string()
            ),
        )),
        Some(_) => Ok(()),
    }
}

/// The number after the first `version:` in `text`, if there is one.
fn version_by_eye(text: &str) -> Option<u64> {
    let after = &text[find_field(text, "version")?..];
    let after = after.split_once(':')?.1.trim_start();
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// How polku reads RON: an optional value may be written plainly (`emotion: -1`) as
/// well as `Some(-1)`, which is what polku writes.
pub(super) fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Where in the file the thing a [`DocumentError`] is about is written: the `id` of the
/// entry in its list (the second entry, for a duplicate).
fn locate(text: &str, error: &DocumentError) -> Option<Position> {
    let (section, id) = match error.subject() {
        Subject::Lane(id) => ("lanes", id.0),
        Subject::Stage(id) => ("stages", id.0),
        Subject::Touchpoint(id) => ("touchpoints", id.0),
        Subject::Link(id) => ("links", id.0),
        Subject::Persona(id) => ("personas", id.0),
        Subject::Promise(id) => ("promises", id.0),
        // The message names them; a whole list or the map's title has no one place.
        Subject::Map | Subject::Idea(_) => return None,
    };
    let occurrence = match error {
        DocumentError::DuplicateLane(_)
        | DocumentError::DuplicateStage(_)
        | DocumentError::DuplicateTouchpoint(_)
        | DocumentError::DuplicateLink(_)
        | DocumentError::DuplicatePersona(_)
        | DocumentError::DuplicatePromise(_) => 2,
        _ => 1,
    };
    let start = find_field(text, section)?;
    let end = start + list_end(&text[start..])?;
    let mut from = start;
    let mut seen = 0;
    while let Some(offset) = find_field(&text[from..end], "id") {
        let at = from + offset;
        let value = text[at + 2..end]
            .trim_start()
            .strip_prefix(':')?
            .trim_start();
        let digits: String = value.chars().take_while(char::is_ascii_digit).collect();
        if digits.parse() == Ok(id) {
            seen += 1;
            if seen == occurrence {
                return Some(Position::of_offset(text, at));
            }
        }
        from = at + 2;
    }
    None
}

/// The offset of the first `name` in `text` that stands as a field name: not part of a
/// longer word, not inside a string, and followed by a colon.
fn find_field(text: &str, name: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut in_string = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if in_string => i += 1,
            b'"' => in_string = !in_string,
            _ if !in_string && bytes[i..].starts_with(name.as_bytes()) => {
                let word_before = i > 0 && is_word(bytes[i - 1]);
                let rest = text[i + name.len()..].trim_start();
                let word_after = rest.as_bytes().first().is_some_and(|&b| is_word(b));
                if !word_before && !word_after && rest.starts_with(':') {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// How far the list that follows the field at the start of `text` reaches, so a search
/// stays inside it.
fn list_end(text: &str) -> Option<usize> {
    let open = text.find('[')?;
    let mut depth = 0usize;
    let mut in_string = false;
    let bytes = text.as_bytes();
    let mut i = open;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if in_string => i += 1,
            b'"' => in_string = !in_string,
            b'[' | b'(' if !in_string => depth += 1,
            b']' | b')' if !in_string => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    Some(text.len())
}

fn is_word(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_are_told_in_the_language_of_the_thread() {
        crate::i18n::set_language(crate::i18n::Language::Finnish);
        let error = from_ron_str("(version: 7)", Path::new("kartta.ron")).err();
        let message = error.map(|e| e.to_string()).unwrap_or_default();
        assert!(
            message.starts_with("kartta.ron:1:2: tämä kartta on tehty uudemmalla polku-versiolla"),
            "{message}"
        );
        let error = load_bytes(b"(version: 1, title: \xff)", Path::new("kartta.ron")).err();
        let message = error.map(|e| e.to_string()).unwrap_or_default();
        assert_eq!(
            message,
            "kartta.ron:1:21: tämä ei ole UTF-8-tekstiä; polku-kartta on RON-tekstitiedosto \
             (tallennettiinko se jollakin toisella ohjelmalla?)"
        );
    }

    #[test]
    fn file_names_come_from_titles() {
        assert_eq!(file_stem_for("Service blueprint"), "service-blueprint");
        assert_eq!(file_stem_for("Päiväkoti: haku!"), "päiväkoti-haku");
        assert_eq!(file_stem_for("  "), "map");
    }
}
