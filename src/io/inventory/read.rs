//! Reading an inventory's text into rows: the encoding, the delimiter, the header, and
//! each row's cells into a draft touchpoint.
//!
//! What one row says is checked here; what rows say about each other (ids, references,
//! lane kinds) is checked in `build`.

use crate::model::limits::{self, Bounded as _, Part};
use crate::model::{Channel, EvidenceLevel, LaneId, LaneKind, StageId, Touchpoint, TouchpointId};
use crate::tr;

use super::formula;
use super::message::RowMessage;
use super::records::{QuoteProblem, Record, records};
use super::terms;
use super::words::{self, Column};

/// The delimiters an inventory may use, in the order ties are decided.
pub(crate) const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];

/// An inventory's header and rows, before their cells are read.
#[derive(Debug)]
pub(super) struct Table {
    /// Where each column is, by [`Column`] (in the order of [`Column::ALL`]).
    index: [Option<usize>; Column::ALL.len()],
    /// The header as written, trimmed, for messages.
    headers: Vec<String>,
    header_row: usize,
    /// The records under the header.
    records: Vec<Record>,
    /// What separates the cells.
    delimiter: u8,
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
    let mut records = records(text, delimiter);
    if records.is_empty() {
        return Err(vec![RowMessage::new(1, tr!("io-import-no-rows"))]);
    }
    let header = records.remove(0);
    if let Some(problem) = &header.problem {
        return Err(vec![RowMessage::new(
            header.row,
            quote_problem(problem, &spreadsheet_column(quote_column(problem))),
        )]);
    }
    let header_row = header.row;
    let mut table = Table {
        index: [None; Column::ALL.len()],
        headers: header
            .cells
            .iter()
            .map(|cell| cell.text.trim().to_owned())
            .collect(),
        delimiter,
        header_row,
        records,
        warnings: Vec::new(),
    };
    let mut problems = Vec::new();
    for (i, name) in table.headers.iter().enumerate() {
        let column_name = spreadsheet_column(i);
        if name.is_empty() {
            let used = table.records.iter().any(|record| {
                record
                    .cells
                    .get(i)
                    .is_some_and(|cell| !cell.text.trim().is_empty())
            });
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
                    name = super::message::excerpt(name),
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
    let first_line = text
        .lines()
        .find(|line| !line.trim().is_empty())
        .unwrap_or_default();
    let known = |delimiter: u8| {
        records(first_line, delimiter).first().map_or(0, |header| {
            header
                .cells
                .iter()
                .filter(|cell| Column::from_header(&cell.text).is_some())
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

/// The column of the cell a quote problem is in.
fn quote_column(problem: &QuoteProblem) -> usize {
    match *problem {
        QuoteProblem::NeverClosed { column, .. }
        | QuoteProblem::TextAfterClosingQuote { column, .. } => column,
    }
}

/// What is wrong with a record's quotes, in words; `column` names the cell.
fn quote_problem(problem: &QuoteProblem, column: &str) -> String {
    match problem {
        QuoteProblem::NeverClosed { line, .. } => tr!(
            "io-import-quote-never-closed",
            column = column,
            line = line.to_string()
        ),
        QuoteProblem::TextAfterClosingQuote { lines, text, .. } => tr!(
            "io-import-text-after-quote",
            column = column,
            lines = lines_words(*lines),
            text = super::message::excerpt(text.trim())
        ),
    }
}

/// Lines of the file, in words: "line 4", "lines 3–27".
fn lines_words((first, last): (usize, usize)) -> String {
    if first == last {
        tr!("io-import-line", line = first.to_string())
    } else {
        tr!(
            "io-import-lines",
            first = first.to_string(),
            last = last.to_string()
        )
    }
}

/// The name of a delimiter, for messages.
fn delimiter_name(delimiter: u8) -> String {
    match delimiter {
        b',' => tr!("io-import-delimiter-comma"),
        b';' => tr!("io-import-delimiter-semicolon"),
        _ => tr!("io-import-delimiter-tab"),
    }
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
        for record in &self.records {
            let filled = |i: &usize| {
                record
                    .cells
                    .get(*i)
                    .is_some_and(|cell| !cell.text.trim().is_empty())
            };
            let structural = record.problem.is_some() || self.mixed_delimiter(record).is_some();
            if !structural && !self.index.iter().flatten().any(filled) {
                if (0..record.cells.len()).any(|i| filled(&i)) {
                    warnings.push(RowMessage::new(record.row, tr!("io-import-row-unread")));
                }
                continue;
            }
            drafts.push(self.draft(record, warnings));
        }
        drafts
    }

    /// When `record` has fewer cells than the header and another delimiter would split
    /// it into more, that delimiter (the row was written with another one).
    fn mixed_delimiter(&self, record: &Record) -> Option<u8> {
        if record.cells.len() >= self.headers.len() || self.headers.len() < 2 {
            return None;
        }
        let line: String = record
            .cells
            .iter()
            .map(|cell| cell.text.as_str())
            .collect::<Vec<_>>()
            .join(&char::from(self.delimiter).to_string());
        DELIMITERS
            .into_iter()
            .filter(|&other| other != self.delimiter)
            .map(|other| (line.bytes().filter(|&b| b == other).count() + 1, other))
            .filter(|&(cells, _)| cells > record.cells.len())
            .max()
            .map(|(_, other)| other)
    }

    /// The `i`th column, by its header (as the file writes it) and its letter.
    fn column_name(&self, i: usize) -> String {
        match self.headers.get(i).filter(|name| !name.is_empty()) {
            Some(name) => tr!(
                "io-import-column-name",
                name = super::message::excerpt(name),
                letter = spreadsheet_column(i)
            ),
            None => spreadsheet_column(i),
        }
    }

    /// Whether the lines of a cell after its first hold as many delimiters as the
    /// header: rows of their own, swallowed by a quote that opened and closed wrongly.
    fn looks_like_rows(&self, text: &str) -> bool {
        let wanted = self.headers.len().saturating_sub(1);
        wanted > 0
            && text
                .lines()
                .skip(1)
                .filter(|line| line.bytes().filter(|&b| b == self.delimiter).count() >= wanted)
                .count()
                >= 2
    }

    /// Gives each message the line of the file its row starts on.
    pub(super) fn locate(&self, messages: &mut [RowMessage]) {
        let lines: std::collections::HashMap<usize, usize> = self
            .records
            .iter()
            .map(|record| (record.row, record.lines.0))
            .collect();
        for message in messages {
            if let Some(&line) = lines.get(&message.row) {
                message.line = line;
            }
        }
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

    fn draft(&self, record: &Record, warnings: &mut Vec<RowMessage>) -> Draft {
        let row = record.row;
        let cells = &record.cells;
        // A cell in quotes is exactly what stood between them; others lose the spaces at
        // their edges. Either way without the mark that kept a formula from running.
        let cell = |column: Column| {
            self.index[column as usize]
                .and_then(|i| cells.get(i))
                .map_or("", |cell| {
                    if cell.quoted {
                        formula::restored(&cell.text)
                    } else {
                        formula::restored(cell.text.trim())
                    }
                })
        };
        let mut problems = Vec::new();
        let mut warn = |message: String| warnings.push(RowMessage::new(row, message));

        // A row whose quotes or delimiters are wrong has its cells in the wrong places:
        // say that, rather than what its misplaced cells would seem to say.
        if let Some(problem) = &record.problem {
            problems.push(quote_problem(
                problem,
                &self.column_name(quote_column(problem)),
            ));
        } else if let Some(other) = self.mixed_delimiter(record) {
            problems.push(tr!(
                "io-import-mixed-delimiters",
                found = delimiter_name(other),
                header = delimiter_name(self.delimiter)
            ));
        }
        if !problems.is_empty() {
            return Draft {
                row,
                id: None,
                lane: String::new(),
                lane_kind: None,
                stage: String::new(),
                after: Vec::new(),
                supports: Vec::new(),
                touchpoint: Touchpoint::new(TouchpointId(0), "", LaneId(0), StageId(0)),
                problems,
            };
        }

        if cells
            .iter()
            .skip(self.headers.len())
            .any(|cell| !cell.text.trim().is_empty())
        {
            warn(tr!("io-import-extra-cells", count = self.headers.len()));
        }

        // Every line of the file is a row, part of a bad row, or part of a cell that
        // spans lines; those are named, so no row can vanish into a cell unnoticed.
        for (i, spanning) in cells.iter().enumerate() {
            let (first, last) = spanning.lines;
            if first == last {
                continue;
            }
            let required = [Column::Title, Column::Lane, Column::Stage]
                .into_iter()
                .any(|column| self.index[column as usize] == Some(i));
            let lines = lines_words((first, last));
            if required {
                problems.push(tr!(
                    "io-import-name-spans-lines",
                    column = self.column_name(i),
                    lines = lines
                ));
            } else if self.looks_like_rows(&spanning.text) {
                warn(tr!(
                    "io-import-cell-holds-rows",
                    column = self.column_name(i),
                    lines = lines
                ));
            } else {
                warn(tr!(
                    "io-import-cell-spans-lines",
                    column = self.column_name(i),
                    lines = lines
                ));
            }
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
                id = super::message::excerpt(id),
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
                value = super::message::excerpt(lane_kind),
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
                    value = super::message::excerpt(channel),
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
                    value = super::message::excerpt(evidence),
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

        // A cell over a limit is this row's problem, not the whole map's.
        if let Err(error) = touchpoint.check_limits() {
            problems.push(tr!("io-import-over-limit", problem = error.to_string()));
        }
        for (value, column) in [(lane, Column::Lane), (stage, Column::Stage)] {
            if let Err(error) = limits::name(Part::Name, value) {
                problems.push(tr!(
                    "io-import-cell-over-limit",
                    column = self.header(column),
                    problem = error.to_string()
                ));
            }
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
