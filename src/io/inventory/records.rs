//! Splitting an inventory's text into records and cells, so that every line of the file
//! is accounted for: it is part of a record (a row), or a blank line.
//!
//! The grammar is CSV as spreadsheets write it (RFC 4180): a cell in double quotes may
//! hold delimiters, line breaks and doubled quotes (`""`); a quote inside a cell without
//! quotes is an ordinary character (`12" screen`), as spreadsheets read it. What general
//! CSV readers forgive silently is reported here, because each can swallow data:
//!
//! - a quote that opens a cell and is never closed would make the rest of the file one
//!   cell; the record is reported where it opened, and reading starts again on the next
//!   line, so the rows after it still count;
//! - text after a cell's closing quote (`"12" screen"`) means the quotes are unbalanced;
//! - a cell that spans lines is kept, and its lines are recorded so the import can say so.

/// One cell of a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Cell {
    pub(crate) text: String,
    /// Written in quotes: then its text is exactly what stood between them.
    pub(crate) quoted: bool,
    /// The lines of the file it starts and ends on.
    pub(crate) lines: (usize, usize),
}

/// What is wrong with a record's quotes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum QuoteProblem {
    /// A quote opened a cell and no quote closed it before the end of the file.
    NeverClosed { column: usize, line: usize },
    /// Text follows the quote that closed a cell, which took up `lines` (first, last).
    TextAfterClosingQuote {
        column: usize,
        lines: (usize, usize),
        text: String,
    },
}

/// One record: a row of the spreadsheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Record {
    /// The row as a spreadsheet counts it: blank lines count, the line breaks inside a
    /// cell do not.
    pub(crate) row: usize,
    /// The first and last line of the file it takes up.
    pub(crate) lines: (usize, usize),
    pub(crate) cells: Vec<Cell>,
    pub(crate) problem: Option<QuoteProblem>,
}

/// Every record of `text`, with `delimiter` between cells. Blank lines are not records
/// (but count as rows and lines).
pub(crate) fn records(text: &str, delimiter: u8) -> Vec<Record> {
    each_record(text, delimiter).collect()
}

/// The records of `text` one by one, as [`records`] reads them: for a file too large to
/// hold all its cells at once (a million survey responses).
pub(crate) fn each_record(text: &str, delimiter: u8) -> impl Iterator<Item = Record> + '_ {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        text,
        at: 0,
        line: 1,
        row: 1,
        delimiter,
    };
    std::iter::from_fn(move || {
        while reader.at < reader.bytes.len() {
            if reader.skip_line_break() {
                reader.row += 1;
                continue;
            }
            return Some(reader.record());
        }
        None
    })
}

/// A quoted cell whose quotes do not pair up, and where to read again from.
struct Broken {
    /// The opening quote.
    opening: usize,
    /// Its line.
    line: usize,
    problem: QuoteProblem,
}

struct Reader<'a> {
    bytes: &'a [u8],
    text: &'a str,
    at: usize,
    line: usize,
    row: usize,
    delimiter: u8,
}

impl Reader<'_> {
    /// Reads one record, starting at a character that is not a line break, up to and
    /// including the line break that ends it.
    fn record(&mut self) -> Record {
        let (first_line, row) = (self.line, self.row);
        let mut cells = Vec::new();
        let mut problem = None;
        loop {
            let column = cells.len();
            let cell = if self.bytes.get(self.at) == Some(&b'"') {
                match self.quoted(column) {
                    Ok((cell, trouble)) => {
                        problem = problem.or(trouble);
                        cell
                    }
                    Err(Broken {
                        opening,
                        line,
                        problem,
                    }) => {
                        // The record is bad; the lines after the quote's own line are read
                        // again as rows of their own, which is what they most likely are:
                        // a stray quote swallows no rows.
                        self.line = line;
                        self.at = opening;
                        while let Some(&b) = self.bytes.get(self.at) {
                            if b == b'\n' || b == b'\r' {
                                break;
                            }
                            self.at += 1;
                        }
                        self.skip_line_break();
                        self.row += 1;
                        return Record {
                            row,
                            lines: (first_line, line),
                            cells,
                            problem: Some(problem),
                        };
                    }
                }
            } else {
                self.unquoted()
            };
            cells.push(cell);
            match self.bytes.get(self.at) {
                Some(&b) if b == self.delimiter => self.at += 1,
                _ => break,
            }
        }
        let last_line = self.line;
        self.skip_line_break();
        self.row += 1;
        Record {
            row,
            lines: (first_line, last_line),
            cells,
            problem,
        }
    }

    /// A cell without quotes, up to a delimiter or a line break.
    fn unquoted(&mut self) -> Cell {
        let start = self.at;
        while let Some(&b) = self.bytes.get(self.at) {
            if b == self.delimiter || b == b'\n' || b == b'\r' {
                break;
            }
            self.at += 1;
        }
        Cell {
            text: self.slice(start, self.at).to_owned(),
            quoted: false,
            lines: (self.line, self.line),
        }
    }

    /// A cell in quotes, starting at its opening quote. When no quote closes it, or the
    /// quote that closes it lines later is followed by text (so the quotes do not pair up
    /// as they should, and the lines between are most likely rows), Err says where the
    /// opening quote is.
    fn quoted(&mut self, column: usize) -> Result<(Cell, Option<QuoteProblem>), Broken> {
        let opening = self.at;
        let first_line = self.line;
        self.at += 1;
        let mut text = String::new();
        let mut from = self.at;
        loop {
            let Some(&b) = self.bytes.get(self.at) else {
                return Err(Broken {
                    opening,
                    line: first_line,
                    problem: QuoteProblem::NeverClosed {
                        column,
                        line: first_line,
                    },
                });
            };
            match b {
                b'"' if self.bytes.get(self.at + 1) == Some(&b'"') => {
                    text.push_str(self.slice(from, self.at + 1));
                    self.at += 2;
                    from = self.at;
                }
                b'"' => {
                    text.push_str(self.slice(from, self.at));
                    self.at += 1;
                    break;
                }
                b'\n' => {
                    self.at += 1;
                    self.line += 1;
                }
                b'\r' => {
                    self.at += 1;
                    if self.bytes.get(self.at) != Some(&b'\n') {
                        self.line += 1;
                    }
                }
                _ => self.at += 1,
            }
        }
        // Whatever follows the closing quote before the next delimiter or line end.
        let after = self.at;
        while let Some(&b) = self.bytes.get(self.at) {
            if b == self.delimiter || b == b'\n' || b == b'\r' {
                break;
            }
            self.at += 1;
        }
        let trailing = self.slice(after, self.at);
        let problem = (!trailing.trim().is_empty()).then(|| QuoteProblem::TextAfterClosingQuote {
            column,
            lines: (first_line, self.line),
            text: trailing.to_owned(),
        });
        let problem = match problem {
            Some(problem) if self.line != first_line => {
                return Err(Broken {
                    opening,
                    line: first_line,
                    problem,
                });
            }
            problem => problem,
        };
        text.push_str(trailing);
        Ok((
            Cell {
                text,
                quoted: true,
                lines: (first_line, self.line),
            },
            problem,
        ))
    }

    /// Steps over one line break (`\r\n`, `\n` or a lone `\r`), if one is next.
    fn skip_line_break(&mut self) -> bool {
        match self.bytes.get(self.at) {
            Some(b'\r') => {
                self.at += 1;
                if self.bytes.get(self.at) == Some(&b'\n') {
                    self.at += 1;
                }
            }
            Some(b'\n') => self.at += 1,
            _ => return false,
        }
        self.line += 1;
        true
    }

    /// The text between two byte offsets, both at ASCII characters or the ends, so
    /// always on character boundaries.
    fn slice(&self, from: usize, to: usize) -> &str {
        self.text.get(from..to).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(text: &str) -> Vec<(usize, Vec<String>)> {
        records(text, b',')
            .into_iter()
            .map(|record| {
                let cells = record.cells.into_iter().map(|cell| cell.text).collect();
                (record.row, cells)
            })
            .collect()
    }

    #[test]
    fn cells_are_split_as_spreadsheets_write_them() {
        assert_eq!(
            cells("a,b\n\"x, \"\"y\"\"\",2\n,\n12\" screen,3"),
            [
                (1, vec!["a".into(), "b".into()]),
                (2, vec!["x, \"y\"".into(), "2".into()]),
                (3, vec![String::new(), String::new()]),
                (4, vec!["12\" screen".into(), "3".into()]),
            ]
        );
    }

    #[test]
    fn rows_count_as_a_spreadsheet_shows_them() {
        let rows =
            |text: &str| -> Vec<usize> { records(text, b',').iter().map(|r| r.row).collect() };
        assert_eq!(rows("a,b\n1,2\n3,4"), [1, 2, 3]);
        assert_eq!(rows("a,b\r\n1,2\r\n\r\n3,4\r\n"), [1, 2, 4]);
        assert_eq!(
            rows("a,b\n\"x\ny\",2\n\n3,4\r\n5,\"p\r\nq\"\n6,7"),
            [1, 2, 4, 5, 6]
        );
        assert_eq!(rows("a,b\r1,2\r3,4"), [1, 2, 3]);
    }

    #[test]
    fn a_cell_over_several_lines_knows_them() {
        let read = records("t,n\nA,\"one\ntwo\r\nthree\"\nB,x\n", b',');
        assert_eq!(read[1].lines, (2, 4));
        assert_eq!(read[1].cells[1].lines, (2, 4));
        assert_eq!(read[1].cells[1].text, "one\ntwo\r\nthree");
        assert!(read[1].cells[1].quoted);
        assert_eq!((read[2].row, read[2].lines), (3, (5, 5)));
    }

    #[test]
    fn a_quote_never_closed_is_reported_and_the_rows_after_it_still_count() {
        let read = records(
            "title,lane,stage,notes\nA,Customer,S,ok\nB,Customer,S,\"12\"\" screen, too small\nC,Customer,S,ok\nD,Customer,S,ok\n",
            b',',
        );
        let titles: Vec<&str> = read
            .iter()
            .map(|r| r.cells.first().map_or("", |c| c.text.as_str()))
            .collect();
        assert_eq!(titles, ["title", "A", "B", "C", "D"]);
        assert_eq!(
            read[2].problem,
            Some(QuoteProblem::NeverClosed { column: 3, line: 3 })
        );
        assert_eq!((read[3].row, read[4].row), (4, 5));
        assert!(
            read.iter()
                .enumerate()
                .all(|(i, r)| i == 2 || r.problem.is_none())
        );
    }

    #[test]
    fn text_after_a_closing_quote_is_reported() {
        let read = records("a,\"12\" screen\",b\n", b',');
        assert_eq!(
            read[0].problem,
            Some(QuoteProblem::TextAfterClosingQuote {
                column: 1,
                lines: (1, 1),
                text: " screen\"".into()
            })
        );
        assert_eq!(read[0].cells.len(), 3);
    }
}
