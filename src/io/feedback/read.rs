//! A feedback file's bytes read into responses, and into a table of cells for guessing
//! its columns (see the module above for what it reads).

use std::path::Path;

use super::problems::{FeedbackError, FileProblem, Reason, Unusable};
use super::{cells, dates, header, text};
use crate::io::inventory::records::{Record, records};
use crate::model::Journey;
use crate::model::feedback::{FeedbackSource, Response};

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
