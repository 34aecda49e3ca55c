//! What can be wrong with a feedback file, as a whole or in one row, worded for the
//! person who has to fix it.

use std::path::{Path, PathBuf};

use crate::io::inventory::message::excerpt;
use crate::io::single_line;
use crate::tr;

/// A row that could not be read into a response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unusable {
    /// The row as a spreadsheet counts it.
    pub row: usize,
    pub reason: Reason,
}

impl Unusable {
    /// The row as a line `FILE:ROW: reason`, as compilers and the inventory import write
    /// them.
    pub fn in_file(&self, path: &Path) -> String {
        format!(
            "{}:{}: {}",
            single_line(&path.display().to_string()),
            self.row,
            single_line(&self.reason.to_string())
        )
    }
}

/// Why a row is not a response. The first problem of the row counts: its quotes, then its
/// touchpoint, its score, its date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The touchpoint cell is empty (or the row is too short to have one).
    NoTouchpoint,
    /// The touchpoint cell (trimmed) names no touchpoint of the map.
    UnknownTouchpoint(String),
    /// The touchpoint cell (trimmed) is the key or title of two or more touchpoints.
    AmbiguousTouchpoint(String),
    /// The score cell (trimmed) is not a whole number; empty when there is no score.
    BadScore(String),
    /// The score is a whole number outside the source's scale.
    ScoreOutsideScale { score: i64, low: u8, high: u8 },
    /// The date cell (trimmed) is not a date polku reads.
    BadDate(String),
    /// The row's quotes do not pair up, so its cells cannot be told apart.
    BadRecord,
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::NoTouchpoint => tr!("io-feedback-no-touchpoint"),
            Self::UnknownTouchpoint(text) => {
                tr!("io-feedback-unknown-touchpoint", text = excerpt(text))
            }
            Self::AmbiguousTouchpoint(text) => {
                tr!("io-feedback-ambiguous-touchpoint", text = excerpt(text))
            }
            Self::BadScore(text) if text.is_empty() => tr!("io-feedback-no-score"),
            Self::BadScore(text) => tr!("io-feedback-bad-score", text = excerpt(text)),
            Self::ScoreOutsideScale { score, low, high } => tr!(
                "io-feedback-score-outside-scale",
                score = score.to_string(),
                low = low.to_string(),
                high = high.to_string()
            ),
            Self::BadDate(text) => tr!("io-feedback-bad-date", text = excerpt(text)),
            Self::BadRecord => tr!("io-feedback-bad-record"),
        };
        f.write_str(&text)
    }
}

/// Why a feedback file could not be read at all. Reads `FILE:ROW: message` (or
/// `FILE: message` when no row is at fault).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", in_file(.path, .problem))]
pub struct FeedbackError {
    pub path: PathBuf,
    pub problem: FileProblem,
}

/// What is wrong with a feedback file as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileProblem {
    /// There is nothing in it but blank lines.
    Empty,
    /// It holds NUL characters: an old binary workbook (.xls), or UTF-16 without a
    /// byte-order mark.
    NotText,
    /// It is a ZIP archive, as an XLSX workbook is, that cannot be read as one.
    Workbook { reason: String },
    /// Its byte-order mark names `encoding`, and the bytes after it are not in it.
    BrokenEncoding { encoding: String },
    /// The header's quotes do not pair up.
    HeaderQuotes { row: usize },
    /// Columns the source names are not in the header. `missing` says each as
    /// `"Score" (the score)`; `headers` are the header's names, quoted.
    MissingColumns {
        row: usize,
        missing: Vec<String>,
        headers: Vec<String>,
    },
    /// `count` columns of the header have the name the source gives `column`.
    SameColumn {
        row: usize,
        column: String,
        count: usize,
    },
}

impl FileProblem {
    /// The row at fault, when one is.
    pub fn row(&self) -> Option<usize> {
        match self {
            Self::Empty | Self::NotText | Self::Workbook { .. } | Self::BrokenEncoding { .. } => {
                None
            }
            Self::HeaderQuotes { row }
            | Self::MissingColumns { row, .. }
            | Self::SameColumn { row, .. } => Some(*row),
        }
    }
}

impl std::fmt::Display for FileProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::Empty => tr!("io-feedback-empty"),
            Self::NotText => tr!("io-feedback-not-text"),
            Self::Workbook { reason } => {
                tr!(
                    "io-feedback-workbook",
                    reason = single_line(reason).into_owned()
                )
            }
            Self::BrokenEncoding { encoding } => {
                tr!("io-feedback-broken-encoding", encoding = encoding.as_str())
            }
            Self::HeaderQuotes { .. } => tr!("io-feedback-header-quotes"),
            Self::MissingColumns {
                missing, headers, ..
            } => {
                let (shown, more) = shown(headers);
                let mut list = shown.join(", ");
                if shown.is_empty() {
                    list = tr!("io-feedback-no-headers");
                } else if more > 0 {
                    list.push_str(&tr!("io-feedback-more-headers", count = more.to_string()));
                }
                tr!(
                    "io-feedback-missing-columns",
                    columns = missing.join(", "),
                    headers = list
                )
            }
            Self::SameColumn { column, count, .. } => tr!(
                "io-feedback-same-column",
                column = excerpt(column),
                count = count.to_string()
            ),
        };
        f.write_str(&text)
    }
}

fn in_file(path: &Path, problem: &FileProblem) -> String {
    let shown = single_line(&path.display().to_string()).into_owned();
    let message = problem.to_string();
    match problem.row() {
        Some(row) => format!("{shown}:{row}: {}", single_line(&message)),
        None => format!("{shown}: {}", single_line(&message)),
    }
}

/// The most headers a message lists: a survey export may have hundreds.
const MOST_HEADERS_SHOWN: usize = 30;

/// How many of `headers` a message lists, and how many it leaves out.
fn shown(headers: &[String]) -> (&[String], usize) {
    let shown = headers.get(..MOST_HEADERS_SHOWN).unwrap_or(headers);
    (shown, headers.len() - shown.len())
}
