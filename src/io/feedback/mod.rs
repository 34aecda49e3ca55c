//! Reading the responses of a feedback file (a survey tool's CSV export) that a map names
//! as a [`FeedbackSource`]: each row becomes a [`Response`] matched to a touchpoint, or an
//! [`Unusable`] row that says why, so that no row is dropped silently.
//!
//! This module turns bytes into responses; it never touches the file system (the caller
//! reads the bytes), never figures scores (that is `model::feedback`) and never shows
//! anything.
//!
//! # What it reads
//!
//! - The text: UTF-8 with or without a byte-order mark, UTF-16 with one, and otherwise
//!   Windows-1252, as Excel's plain "CSV" writes it.
//! - The cells: CSV as spreadsheets write it (see `io::inventory::records`), separated by
//!   commas, semicolons or tabs: whichever splits the header into the most of the columns
//!   the source names.
//! - The header: the first row. Each column the source names is found by its exact name,
//!   else by its name in any case with spaces trimmed. Qualtrics exports add two rows
//!   under the header (the questions, then `{"ImportId":…}`); those are skipped and not
//!   counted.
//! - Each row after it: the touchpoint (its key, else its id, else its title; key and
//!   title in any case), the score (a whole number on the source's scale; `7.0` reads),
//!   the date (see `dates`; an empty cell is no date) and the comment. Blank rows are
//!   skipped and not counted.
//!
//! Rows are counted as a spreadsheet shows them: the header is row 1, blank lines count,
//! and a cell spanning several lines is still one row.

mod cells;
mod dates;
mod header;
mod problems;
mod text;

use std::path::Path;

use crate::io::inventory::records::{Record, records};
use crate::model::Journey;
use crate::model::feedback::{FeedbackSource, Response};

pub use problems::{FeedbackError, FileProblem, Reason, Unusable};

/// What a feedback file held: every row under the header (the Qualtrics rows and blank
/// rows aside), each read into a response or set aside with its reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedbackRead {
    /// How many rows were read: always `responses.len() + unusable.len()`.
    pub rows: usize,
    /// In the order of the file.
    pub responses: Vec<Response>,
    /// In the order of the file.
    pub unusable: Vec<Unusable>,
}

/// Reads the responses of a feedback file from its bytes, matching each to a touchpoint
/// of `journey` by the columns `source` names. `path` names the file in messages; it is
/// not read.
///
/// Fails only when the file as a whole cannot be read (it is not text, or a column is
/// missing); a row that cannot be read becomes an [`Unusable`] with its reason.
pub fn read_responses(
    bytes: &[u8],
    path: &Path,
    source: &FeedbackSource,
    journey: &Journey,
) -> Result<FeedbackRead, FeedbackError> {
    let fail = |problem| FeedbackError {
        path: path.to_owned(),
        problem,
    };
    let text = text::decode(bytes).map_err(|problem| fail(problem.into()))?;
    if text.trim().is_empty() {
        return Err(fail(FileProblem::Empty));
    }
    let wanted = header::wanted(source);
    let delimiter = text::delimiter(&text, |cell| {
        wanted.iter().any(|(_, name)| header::same_name(cell, name))
    });
    let mut records = records(&text, delimiter).into_iter();
    let Some(first) = records.next() else {
        return Err(fail(FileProblem::Empty));
    };
    if first.problem.is_some() {
        return Err(fail(FileProblem::HeaderQuotes { row: first.row }));
    }
    let headers: Vec<String> = first.cells.into_iter().map(|cell| cell.text).collect();
    let columns = header::columns(&headers, source, first.row).map_err(fail)?;
    let mut data: Vec<Record> = records.filter(|record| !is_blank(record)).collect();
    if header::has_qualtrics_rows(&data) {
        data.drain(..2);
    }
    let order = dates::SlashOrder::of_file(
        data.iter()
            .filter(|record| record.problem.is_none())
            .filter_map(|record| columns.date.map(|date| cell(record, date))),
    );
    let reader = Rows {
        columns,
        touchpoints: cells::Touchpoints::of(journey),
        source,
        order,
    };
    let mut read = FeedbackRead {
        rows: data.len(),
        responses: Vec::new(),
        unusable: Vec::new(),
    };
    for record in &data {
        match reader.response(record) {
            Ok(response) => read.responses.push(response),
            Err(reason) => read.unusable.push(Unusable {
                row: record.row,
                reason,
            }),
        }
    }
    Ok(read)
}

/// A feedback file's cells as text: its headers and the rows under them (Qualtrics's
/// extra rows and blank rows aside), for guessing which column holds what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// Reads a feedback file's headers and rows as text, before any column is chosen: the
/// delimiter is the one that splits the header into the most cells.
pub fn read_table(bytes: &[u8], path: &Path) -> Result<Table, FeedbackError> {
    let fail = |problem| FeedbackError {
        path: path.to_owned(),
        problem,
    };
    let text = text::decode(bytes).map_err(|problem| fail(problem.into()))?;
    let delimiter = text::delimiter(&text, |_| false);
    let mut records = records(&text, delimiter).into_iter();
    let Some(first) = records.next() else {
        return Err(fail(FileProblem::Empty));
    };
    if first.problem.is_some() {
        return Err(fail(FileProblem::HeaderQuotes { row: first.row }));
    }
    let headers = first.cells.into_iter().map(|cell| cell.text).collect();
    let mut data: Vec<Record> = records.filter(|record| !is_blank(record)).collect();
    if header::has_qualtrics_rows(&data) {
        data.drain(..2);
    }
    let rows = data
        .into_iter()
        .map(|record| record.cells.into_iter().map(|cell| cell.text).collect())
        .collect();
    Ok(Table { headers, rows })
}

/// What reading a row needs to know about the file and the map.
struct Rows<'a> {
    columns: header::Columns,
    touchpoints: cells::Touchpoints,
    source: &'a FeedbackSource,
    order: dates::SlashOrder,
}

impl Rows<'_> {
    fn response(&self, record: &Record) -> Result<Response, Reason> {
        if record.problem.is_some() {
            return Err(Reason::BadRecord);
        }
        let touchpoint = self
            .touchpoints
            .find(cell(record, self.columns.touchpoint))?;
        let score = cells::score(cell(record, self.columns.score), self.source.scale)?;
        let date = match self.columns.date.map(|date| cell(record, date)) {
            None | Some("") => None,
            Some(text) => Some(
                dates::parse(text, self.order).ok_or_else(|| Reason::BadDate(text.to_owned()))?,
            ),
        };
        let comment = self
            .columns
            .comment
            .map_or_else(String::new, |comment| cell(record, comment).to_owned());
        Ok(Response {
            row: record.row,
            touchpoint,
            date,
            score,
            comment,
        })
    }
}

/// The text of a record's cell, trimmed; empty when the row is too short to have it.
fn cell(record: &Record, column: usize) -> &str {
    record.cells.get(column).map_or("", |cell| cell.text.trim())
}

/// Whether every cell of a record is blank (`,,,` as spreadsheets write an empty row).
fn is_blank(record: &Record) -> bool {
    record.problem.is_none() && record.cells.iter().all(|cell| cell.text.trim().is_empty())
}

#[cfg(test)]
mod tests;

impl From<text::NotText> for FileProblem {
    fn from(problem: text::NotText) -> Self {
        match problem {
            text::NotText::Binary => Self::NotText,
            text::NotText::BrokenEncoding { encoding } => Self::BrokenEncoding {
                encoding: encoding.to_owned(),
            },
        }
    }
}
