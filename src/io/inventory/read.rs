//! Reading an inventory's text into rows: the encoding, the delimiter, the header, and
//! each row's cells into a draft touchpoint.
//!
//! What one row says is checked here; what rows say about each other (ids, references,
//! lane kinds) is checked in `build`.

use crate::model::{Channel, EvidenceLevel, LaneId, LaneKind, StageId, Touchpoint, TouchpointId};
use crate::tr;

use super::RowMessage;
use super::terms;
use super::words::{self, Column};

/// The delimiters an inventory may use, in the order ties are decided.
const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];

/// An inventory's header and rows, before their cells are read.
#[derive(Debug)]
pub(super) struct Table {
    /// Where each column is, by [`Column`] (in the order of [`Column::ALL`]).
    index: [Option<usize>; Column::ALL.len()],
    /// The header as written, trimmed, for messages.
    headers: Vec<String>,
    header_row: usize,
    /// The rows under the header, with their row numbers.
    records: Vec<(usize, Vec<String>)>,
    /// What was odd about the header.
    pub(super) warnings: Vec<RowMessage>,
}

/// One row, read: the touchpoint it describes, and where it goes.
#[derive(Debug)]
pub(super) struct Draft {
    pub(super) row: usize,
    pub(super) id: Option<String>,
    pub(super) lane: String,
    pub(super) lane_kind: Option<LaneKind>,
    pub(super) stage: String,
    pub(super) after: Vec<String>,
    pub(super) supports: Vec<String>,
    /// Everything but the ids of the touchpoint, its lane and stage, and its position,
    /// which the whole file decides.
    pub(super) touchpoint: Touchpoint,
    /// What is wrong with the row; it is bad when there is anything.
    pub(super) problems: Vec<String>,
}

/// Reads the text, finds the delimiter, and matches the header to columns.
pub(super) fn table(bytes: &[u8]) -> Result<Table, Vec<RowMessage>> {
    let text = decode(bytes).map_err(|problem| vec![problem])?;
    if text.trim().is_empty() {
        return Err(vec![RowMessage::new(1, tr!("io-import-empty"))]);
    }
    let delimiter = delimiter(text);
    let mut records = records(text, delimiter).map_err(|problem| vec![problem])?;
    if records.is_empty() {
        return Err(vec![RowMessage::new(1, tr!("io-import-no-rows"))]);
    }
    let (header_row, header) = records.remove(0);
    let mut table = Table {
        index: [None; Column::ALL.len()],
        headers: header.iter().map(|cell| cell.trim().to_owned()).collect(),
        header_row,
        records,
        warnings: Vec::new(),
    };
    let mut problems = Vec::new();
    for (i, name) in table.headers.iter().enumerate() {
        let column_name = spreadsheet_column(i);
        if name.is_empty() {
            let used = table
                .records
                .iter()
                .any(|(_, cells)| cells.get(i).is_some_and(|cell| !cell.trim().is_empty()));
            if used {
                table.warnings.push(RowMessage::new(
                    header_row,
                    tr!("io-import-unnamed-column", column = column_name),
                ));
            }
            continue;
        }
        match Column::from_header(name) {
            Some(column) => match table.index[column as usize] {
                Some(first) => problems.push(RowMessage::new(
                    header_row,
                    tr!(
                        "io-import-same-column",
                        first = table.headers.get(first).map_or("", String::as_str),
                        first_column = spreadsheet_column(first),
                        second = name.as_str(),
                        second_column = column_name,
                        what = column.label()
                    ),
                )),
                None => table.index[column as usize] = Some(i),
            },
            None => table.warnings.push(RowMessage::new(
                header_row,
                tr!(
                    "io-import-unknown-column",
                    column = column_name,
                    name = name.as_str(),
                    columns = Column::ALL.map(Column::label).join(", ")
                ),
            )),
        }
    }
    if table.index.iter().all(Option::is_none) {
        return Err(vec![RowMessage::new(
            header_row,
            tr!("io-import-no-header"),
        )]);
    }
    for column in Column::REQUIRED {
        if table.index[column as usize].is_none() {
            problems.push(RowMessage::new(
                header_row,
                tr!(
                    "io-import-missing-column",
                    column = column.label(),
                    headers = column.names().join(&format!(" {} ", tr!("io-import-or")))
                ),
            ));
        }
    }
    if problems.is_empty() {
        Ok(table)
    } else {
        Err(problems)
    }
}

/// The text of the file, without a byte-order mark; only UTF-8 is read.
fn decode(bytes: &[u8]) -> Result<&str, RowMessage> {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(RowMessage::new(
            1,
            tr!("io-import-utf16", save_as = tr!("io-import-save-as-utf8")),
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.strip_prefix('\u{feff}').unwrap_or(text)),
        Err(error) => {
            let valid = bytes.get(..error.valid_up_to()).unwrap_or_default();
            let row = 1 + valid.iter().filter(|&&b| b == b'\n').count();
            let byte = bytes.get(error.valid_up_to()).copied().unwrap_or_default();
            Err(RowMessage::new(
                row,
                tr!(
                    "io-import-not-utf8",
                    byte = format!("0x{byte:02X}"),
                    save_as = tr!("io-import-save-as-utf8")
                ),
            ))
        }
    }
}

/// The delimiter that splits the first row into the most known columns.
fn delimiter(text: &str) -> u8 {
    let known = |delimiter: u8| {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text.as_bytes())
            .records()
            .next()
            .and_then(Result::ok)
            .map_or(0, |header| {
                header
                    .iter()
                    .filter(|cell| Column::from_header(cell).is_some())
                    .count()
            })
    };
    let mut best = (0, DELIMITERS[0]);
    for delimiter in DELIMITERS {
        let count = known(delimiter);
        if count > best.0 {
            best = (count, delimiter);
        }
    }
    best.1
}

/// Every record, with its row as a spreadsheet counts it: blank lines count, the line
/// breaks inside a quoted cell do not.
fn records(text: &str, delimiter: u8) -> Result<Vec<(usize, Vec<String>)>, RowMessage> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    let mut counted_to = 0;
    let mut line = 1;
    let mut inside_cells = 0;
    let mut row_at = |byte: u64, inside_cells: usize| {
        // The reader says a record starts where the one before it ended, so the line end
        // and any blank lines come first; the record itself starts after them.
        let mut start = usize::try_from(byte).unwrap_or(usize::MAX).min(text.len());
        while matches!(text.as_bytes().get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        if start > counted_to {
            line += line_breaks(text.get(counted_to..start).unwrap_or_default());
            counted_to = start;
        }
        line.saturating_sub(inside_cells).max(1)
    };
    for result in reader.records() {
        match result {
            Ok(record) => {
                let row = row_at(
                    record.position().map_or(0, csv::Position::byte),
                    inside_cells,
                );
                inside_cells += record.iter().map(line_breaks).sum::<usize>();
                records.push((row, record.iter().map(str::to_owned).collect()));
            }
            Err(error) => {
                let row = row_at(
                    error.position().map_or(0, csv::Position::byte),
                    inside_cells,
                );
                return Err(RowMessage::new(
                    row,
                    tr!("io-import-bad-csv", reason = error.to_string()),
                ));
            }
        }
    }
    Ok(records)
}

/// How many line breaks `text` has: `\r\n`, `\n` and a lone `\r` count one each.
fn line_breaks(text: &str) -> usize {
    let bytes = text.as_bytes();
    bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count()
}

/// A column as a spreadsheet names it: A, B, … Z, AA, AB…
fn spreadsheet_column(index: usize) -> String {
    let mut name = Vec::new();
    let mut n = index + 1;
    while n > 0 {
        let letter = (n - 1) % 26;
        name.push(char::from(b'A' + letter as u8));
        n = (n - 1) / 26;
    }
    name.iter().rev().collect()
}

impl Table {
    /// The rows under the header, read into drafts. Empty rows are left out; so are rows
    /// with something only in columns polku does not read (a total under a cost column),
    /// with a warning. Values that polku replaced (an unknown channel) are reported in
    /// `warnings`.
    pub(super) fn drafts(&self, warnings: &mut Vec<RowMessage>) -> Vec<Draft> {
        let mut drafts = Vec::with_capacity(self.records.len());
        for (row, cells) in &self.records {
            let filled = |i: &usize| cells.get(*i).is_some_and(|cell| !cell.trim().is_empty());
            if !self.index.iter().flatten().any(filled) {
                if (0..cells.len()).any(|i| filled(&i)) {
                    warnings.push(RowMessage::new(*row, tr!("io-import-row-unread")));
                }
                continue;
            }
            drafts.push(self.draft(*row, cells, warnings));
        }
        drafts
    }

    /// The row of the header: 1 unless blank lines come before it.
    pub(super) fn header_row(&self) -> usize {
        self.header_row
    }

    /// The header of `column` as the file writes it, or its name in the language of the
    /// thread when the file has no such column.
    pub(super) fn header(&self, column: Column) -> String {
        self.index[column as usize]
            .and_then(|i| self.headers.get(i))
            .map_or_else(|| column.label(), String::clone)
    }

    fn draft(&self, row: usize, cells: &[String], warnings: &mut Vec<RowMessage>) -> Draft {
        let cell = |column: Column| {
            self.index[column as usize]
                .and_then(|i| cells.get(i))
                .map_or("", |cell| cell.trim())
        };
        let mut problems = Vec::new();
        let mut warn = |message: String| warnings.push(RowMessage::new(row, message));

        if cells
            .iter()
            .skip(self.headers.len())
            .any(|cell| !cell.trim().is_empty())
        {
            warn(tr!("io-import-extra-cells", count = self.headers.len()));
        }

        let title = cell(Column::Title);
        let lane = cell(Column::Lane);
        let stage = cell(Column::Stage);
        for (value, column, key) in [
            (title, Column::Title, "io-import-empty-title"),
            (lane, Column::Lane, "io-import-empty-lane"),
            (stage, Column::Stage, "io-import-empty-stage"),
        ] {
            if value.is_empty() {
                problems.push(tr!(key, column = self.header(column)));
            }
        }

        let id = cell(Column::Id);
        if id.contains(|c: char| c == ',' || c == ';' || c.is_whitespace()) {
            problems.push(tr!(
                "io-import-bad-id",
                column = self.header(Column::Id),
                id = id,
                after = Column::After.label(),
                supports = Column::Supports.label()
            ));
        }

        let lane_kind = cell(Column::LaneKind);
        let kind = words::lane_kind(lane_kind);
        if kind.is_none() && !lane_kind.is_empty() {
            problems.push(tr!(
                "io-import-bad-lane-kind",
                column = self.header(Column::LaneKind),
                value = lane_kind,
                hint = words::lane_kind_hint()
            ));
        }

        let mut touchpoint = Touchpoint::new(TouchpointId(0), title, LaneId(0), StageId(0));
        touchpoint.description = cell(Column::Notes).to_owned();
        touchpoint.actor = cell(Column::Actor).to_owned();
        touchpoint.owner = cell(Column::Owner).to_owned();

        let channel = cell(Column::Channel);
        touchpoint.channel = words::channel(channel).unwrap_or_else(|| {
            if !channel.is_empty() {
                warn(tr!(
                    "io-import-bad-channel",
                    column = self.header(Column::Channel),
                    value = channel,
                    hint = words::channel_hint()
                ));
            }
            Channel::Other
        });

        let evidence = cell(Column::Evidence);
        touchpoint.evidence = words::evidence(evidence).unwrap_or_else(|| {
            if !evidence.is_empty() {
                warn(tr!(
                    "io-import-bad-evidence",
                    column = self.header(Column::Evidence),
                    value = evidence,
                    hint = words::evidence_hint()
                ));
            }
            EvidenceLevel::Assumed
        });

        match words::rating(cell(Column::Emotion), &self.header(Column::Emotion)) {
            Ok(rating) => touchpoint.emotion = rating,
            Err(problem) => problems.push(problem),
        }
        let employee = Column::EmployeeExperience;
        match words::rating(cell(employee), &self.header(employee)) {
            Ok(rating) => touchpoint.employee_experience = rating,
            Err(problem) => problems.push(problem),
        }

        match terms::terms(cell(Column::Terms)) {
            Ok(mut tags) => match terms::terms_notes(cell(Column::TermsNotes), &mut tags) {
                Ok(()) => touchpoint.terms = tags,
                Err(problem) => problems.push(problem),
            },
            Err(problem) => problems.push(problem),
        }

        Draft {
            row,
            id: (!id.is_empty()).then(|| id.to_owned()),
            lane: lane.to_owned(),
            lane_kind: kind,
            stage: stage.to_owned(),
            after: ids(cell(Column::After)),
            supports: ids(cell(Column::Supports)),
            touchpoint,
            problems,
        }
    }
}

/// The ids in an `after` or `supports` cell.
fn ids(cell: &str) -> Vec<String> {
    cell.split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|id| !id.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<usize> {
        records(text, b',')
            .map(|records| records.iter().map(|(row, _)| *row).collect())
            .unwrap_or_default()
    }

    #[test]
    fn rows_count_as_a_spreadsheet_shows_them() {
        assert_eq!(rows("a,b\n1,2\n3,4"), [1, 2, 3]);
        assert_eq!(rows("a,b\r\n1,2\r\n\r\n3,4\r\n"), [1, 2, 4]);
        assert_eq!(
            rows("a,b\n\"x\ny\",2\n\n3,4\r\n5,\"p\r\nq\"\n6,7"),
            [1, 2, 4, 5, 6]
        );
        assert_eq!(rows("a,b\r1,2\r3,4"), [1, 2, 3]);
    }

    #[test]
    fn the_delimiter_is_the_one_that_finds_columns() {
        assert_eq!(delimiter("title;lane;stage\na,b;c;d"), b';');
        assert_eq!(delimiter("title\tlane\tstage"), b'\t');
        assert_eq!(delimiter("title,lane;stage,notes"), b',');
        assert_eq!(delimiter("nothing known"), b',');
    }

    #[test]
    fn columns_are_named_as_spreadsheets_do() {
        assert_eq!(spreadsheet_column(0), "A");
        assert_eq!(spreadsheet_column(25), "Z");
        assert_eq!(spreadsheet_column(26), "AA");
        assert_eq!(spreadsheet_column(27), "AB");
    }

    #[test]
    fn text_that_is_not_utf8_is_refused_with_its_row() {
        let problem = decode(b"title,lane\nK\xe4ynti,x").err();
        assert_eq!(problem.as_ref().map(|p| p.row), Some(2));
        assert!(problem.is_some_and(|p| p.message.contains("CSV UTF-8")));
        assert_eq!(decode("\u{feff}a".as_bytes()).ok(), Some("a"));
        assert!(decode(b"\xff\xfea\0").is_err_and(|p| p.message.contains("UTF-16")));
    }
}
