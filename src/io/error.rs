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
            write!(f, "{}:", self.path.display())?;
            if let Some(Position { line, column }) = problem.position {
                write!(f, "{line}:{column}:")?;
            }
            write!(f, " {}", problem.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// Why a file could not be written. The file that was there before is unchanged.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::tr!(
    "io-save-failed",
    path = path.display().to_string(),
    reason = source.to_string(),
))]
pub struct SaveError {
    pub path: PathBuf,
    #[source]
    pub source: std::io::Error,
}
