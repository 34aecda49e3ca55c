//! Errors of reading and writing journey files, worded for the person who has to fix them.

use std::path::{Path, PathBuf};

/// A line and column in a file, both counted from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The position of byte `offset` in `text`, counting columns in characters.
    pub fn of_offset(text: &str, offset: usize) -> Self {
        let before = text.get(..offset).unwrap_or(text);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Self { line, column }
    }
}

/// One thing wrong with a file, and where, when that is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub position: Option<Position>,
    pub message: String,
}

/// Why a journey file could not be opened. Each problem reads `FILE:LINE:COL: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    pub path: PathBuf,
    /// At least one.
    pub problems: Vec<Problem>,
}

impl LoadError {
    pub(crate) fn new(path: &Path, position: Option<Position>, message: impl Into<String>) -> Self {
        Self {
            path: path.to_owned(),
            problems: vec![Problem {
                position,
                message: message.into(),
            }],
        }
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, problem) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}:", single_line(&self.path.display().to_string()))?;
            if let Some(Position { line, column }) = problem.position {
                write!(f, "{line}:{column}:")?;
            }
            write!(f, " {}", single_line(&problem.message))?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// `text` on one line: line breaks and tabs written as `\n`, `\r` and `\t`. polku's
/// messages are one line each; a name from a map or a file (a title, a path) that holds a
/// line break must not start a line of its own in them, where it could pass for one of
/// polku's.
pub fn single_line(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['\n', '\r', '\t']) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(
        text.replace('\n', "\\n")
            .replace('\r', "\\r")
            .replace('\t', "\\t"),
    )
}

/// Why a file operation failed, in the language of the thread: the operating system's own
/// words are English, so the common cases are said in polku's; the rest keep the system's.
pub fn reason(error: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    // An error polku made itself (a file changed meanwhile, a backup that could not be
    // kept, a map too large) is already in words; only the system's own have none.
    if let Some(inner) = error.get_ref() {
        return inner.to_string();
    }
    let key = match error.kind() {
        K::NotFound => "io-reason-not-found",
        K::PermissionDenied => "io-reason-permission-denied",
        K::AlreadyExists => "io-reason-already-exists",
        K::IsADirectory => "io-reason-is-a-folder",
        K::NotADirectory => "io-reason-not-a-folder",
        K::StorageFull | K::QuotaExceeded => "io-reason-disk-full",
        K::ReadOnlyFilesystem => "io-reason-read-only",
        K::BrokenPipe => "io-reason-broken-pipe",
        K::InvalidFilename => "io-reason-bad-name",
        K::FileTooLarge => "io-reason-too-large",
        K::CrossesDevices => "io-reason-crosses-devices",
        _ => return error.to_string(),
    };
    crate::tr!(key)
}

/// Why a file could not be written. The file that was there before is unchanged.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::tr!(
    "io-save-failed",
    path = single_line(&path.display().to_string()).into_owned(),
    reason = reason(source),
))]
pub struct SaveError {
    pub path: PathBuf,
    #[source]
    pub source: std::io::Error,
}
