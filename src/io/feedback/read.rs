//! A feedback file's bytes read into responses, and into a table of cells for guessing
//! its columns (see the module above for what it reads).

use std::path::Path;

use super::problems::{FeedbackError, FileProblem, Reason, Unusable};
use super::{cells, dates, header, sheet, text};
use crate::io::inventory::records::{Record, each_record};
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
    if sheet::is_workbook(bytes) {
        let rows = sheet::sheet_records(bytes).map_err(fail)?;
        return responses(&|| Box::new(rows.iter().cloned()), source, journey).map_err(fail);
    }
    let text = text::decode(bytes).map_err(|problem| fail(problem.into()))?;
    if text.trim().is_empty() {
        return Err(fail(FileProblem::Empty));
    }
    let wanted = header::wanted(source);
    let delimiter = text::delimiter(&text, |cell| {
        wanted.iter().any(|(_, name)| header::same_name(cell, name))
    });
    // Read twice, one record at a time, rather than held whole: a million responses'
    // cells would take several times the file's size.
    responses(&|| Box::new(each_record(&text, delimiter)), source, journey).map_err(fail)
}

/// A way to go through a file's records from its first, as often as needed.
type Records<'a> = dyn Fn() -> Box<dyn Iterator<Item = Record> + 'a> + 'a;

/// The responses of the records `rows` gives, read by the columns `source` names: once to
/// find the header and how the file writes slash dates, once to read each row.
fn responses(
    rows: &Records<'_>,
    source: &FeedbackSource,
    journey: &Journey,
) -> Result<FeedbackRead, FileProblem> {
    let (columns, skip) = header_of(rows, source)?;
    let data = || rows().skip(skip).filter(|record| !is_blank(record));
    let order = dates::SlashOrder::of_file(
        data()
            .filter(|record| record.problem.is_none())
            .filter_map(|record| columns.date.map(|date| cell(&record, date).to_owned())),
    );
    let reader = Rows {
        columns,
        touchpoints: cells::Touchpoints::of(journey),
        source,
        order,
    };
    let mut read = FeedbackRead {
        rows: 0,
        responses: Vec::new(),
        unusable: Vec::new(),
    };
    for record in data() {
        read.rows += 1;
        match reader.response(&record) {
            Ok(response) => read.responses.push(response),
            Err(reason) => read.unusable.push(Unusable {
                row: record.row,
                reason,
            }),
        }
    }
    Ok(read)
}

/// The columns of the file's header, and how many records come before its first
/// response (the header, blank rows, and Qualtrics's two extra rows).
fn header_of(
    rows: &Records<'_>,
    source: &FeedbackSource,
) -> Result<(header::Columns, usize), FileProblem> {
    let (headers, first_row, skip) = headers_of(rows)?;
    let columns = header::columns(&headers, source, first_row)?;
    Ok((columns, skip))
}

/// The header's names and row, and how many records come before the first response.
fn headers_of(rows: &Records<'_>) -> Result<(Vec<String>, usize, usize), FileProblem> {
    let mut records = rows();
    let Some(first) = records.next() else {
        return Err(FileProblem::Empty);
    };
    if first.problem.is_some() {
        return Err(FileProblem::HeaderQuotes { row: first.row });
    }
    let row = first.row;
    let headers: Vec<String> = first.cells.into_iter().map(|cell| cell.text).collect();
    // Blank records (`,,,`) are records too; Qualtrics's rows are the first two others.
    let mut skip = 1;
    let mut looked = Vec::new();
    for record in records {
        if looked.len() == 2 {
            break;
        }
        if !is_blank(&record) {
            looked.push(record);
        }
        skip += 1;
    }
    if header::has_qualtrics_rows(&looked) {
        Ok((headers, row, skip))
    } else {
        Ok((headers, row, 1))
    }
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
    let table = |rows: &Records<'_>| {
        let (headers, _, skip) = headers_of(rows)?;
        let rows = rows()
            .skip(skip)
            .filter(|record| !is_blank(record))
            .map(|record| record.cells.into_iter().map(|cell| cell.text).collect())
            .collect();
        Ok(Table { headers, rows })
    };
    if sheet::is_workbook(bytes) {
        let rows = sheet::sheet_records(bytes).map_err(fail)?;
        return table(&|| Box::new(rows.iter().cloned())).map_err(fail);
    }
    let text = text::decode(bytes).map_err(|problem| fail(problem.into()))?;
    let delimiter = text::delimiter(&text, |_| false);
    table(&|| Box::new(each_record(&text, delimiter))).map_err(fail)
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
