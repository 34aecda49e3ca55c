//! The header of a feedback file: which of its columns the source names, and the two
//! rows under the header that Qualtrics exports add.

use crate::io::inventory::message::excerpt;
use crate::io::inventory::records::Record;
use crate::model::feedback::FeedbackSource;

use super::problems::FileProblem;

/// What a column the source names holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Role {
    Touchpoint,
    Score,
    Date,
    Comment,
}

impl Role {
    /// What the column holds, in the thread's language, for messages.
    fn label(self) -> String {
        match self {
            Self::Touchpoint => crate::tr!("io-feedback-role-touchpoint"),
            Self::Score => crate::tr!("io-feedback-role-score"),
            Self::Date => crate::tr!("io-feedback-role-date"),
            Self::Comment => crate::tr!("io-feedback-role-comment"),
        }
    }
}

/// Where the columns the source names are in the file, counted from 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Columns {
    pub(super) touchpoint: usize,
    pub(super) score: usize,
    /// None when the source names no date column.
    pub(super) date: Option<usize>,
    /// None when the source names no comment column.
    pub(super) comment: Option<usize>,
}

/// The columns `source` names, each with what it holds. The touchpoint and the score
/// are always wanted (an empty name then matches nothing, so it is reported missing);
/// the date and the comment only when named.
pub(super) fn wanted(source: &FeedbackSource) -> Vec<(Role, &str)> {
    let mut wanted = vec![
        (Role::Touchpoint, source.touchpoint.as_str()),
        (Role::Score, source.score.as_str()),
    ];
    if !source.date.trim().is_empty() {
        wanted.push((Role::Date, source.date.as_str()));
    }
    if !source.comment.trim().is_empty() {
        wanted.push((Role::Comment, source.comment.as_str()));
    }
    wanted
}

/// Whether a header names the column `name` in any case, spaces around either aside.
pub(super) fn same_name(header: &str, name: &str) -> bool {
    let name = name.trim();
    !name.is_empty() && header.trim().to_lowercase() == name.to_lowercase()
}

/// Finds the columns `source` names among `headers` (the header's cells as written),
/// each by its exact name, else by its name in any case with spaces trimmed. `row` is
/// the header's row, for messages.
pub(super) fn columns(
    headers: &[String],
    source: &FeedbackSource,
    row: usize,
) -> Result<Columns, FileProblem> {
    // By role, in the order of [`Role`].
    let mut found = [None; 4];
    let mut missing = Vec::new();
    for (role, name) in wanted(source) {
        let exact: Vec<usize> = positions(headers, |header| !name.is_empty() && header == name);
        let matching = if exact.is_empty() {
            positions(headers, |header| same_name(header, name))
        } else {
            exact
        };
        match matching.as_slice() {
            [] => missing.push(crate::tr!(
                "io-feedback-column",
                name = name.trim(),
                what = role.label()
            )),
            [one] => found[role as usize] = Some(*one),
            several => {
                return Err(FileProblem::SameColumn {
                    row,
                    column: name.trim().to_owned(),
                    count: several.len(),
                });
            }
        }
    }
    let [Some(touchpoint), Some(score), date, comment] = found else {
        return Err(missing_columns(headers, missing, row));
    };
    if !missing.is_empty() {
        return Err(missing_columns(headers, missing, row));
    }
    Ok(Columns {
        touchpoint,
        score,
        date,
        comment,
    })
}

/// The positions of the headers `matches` accepts.
fn positions(headers: &[String], matches: impl Fn(&str) -> bool) -> Vec<usize> {
    headers
        .iter()
        .enumerate()
        .filter(|(_, header)| matches(header))
        .map(|(i, _)| i)
        .collect()
}

/// The problem of a header without the columns `missing`, listing the ones it has.
fn missing_columns(headers: &[String], missing: Vec<String>, row: usize) -> FileProblem {
    let named: Vec<String> = headers
        .iter()
        .map(|header| header.trim())
        .filter(|header| !header.is_empty())
        .map(|header| format!("\"{}\"", excerpt(header)))
        .collect();
    FileProblem::MissingColumns {
        row,
        missing,
        headers: named,
    }
}

/// Whether the records under the header begin with the two rows Qualtrics adds to its
/// CSV exports: the questions' texts, then their import ids as JSON
/// (`{"ImportId":"QID1"}`). Those are no responses.
pub(super) fn has_qualtrics_rows(records: &[Record]) -> bool {
    records.get(1).is_some_and(|ids| {
        ids.cells
            .iter()
            .any(|cell| cell.text.trim_start().starts_with("{\"ImportId\""))
    })
}
