//! The version of a journey file, read before anything else so that a file from a newer
//! polku is refused by its version rather than by whatever new field it has. Only the
//! version: the rest of the file is read elsewhere.

use std::path::Path;

use super::locate::find_field;
use super::schema::FORMAT_VERSION;
use crate::io::error::{LoadError, Position};
use crate::tr;

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

/// Refuses a file whose version this polku does not know.
pub(super) fn check_version(text: &str, path: &Path) -> Result<(), LoadError> {
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
