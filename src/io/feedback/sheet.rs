//! A feedback file that is an Excel workbook (XLSX, as survey tools and Excel save it):
//! the cells of its first worksheet, read through `calamine`, as the rows of text a CSV
//! export gives, so that everything after reads them alike.
//!
//! A number is written as a spreadsheet shows it without a format (`7`, `7.5`), a date
//! cell as `2026-12-01` (with its time, `2026-12-01 14:05`, when it has one), an error
//! cell as Excel writes it (`#N/A`), so that a row with one is reported, not dropped.
//! Rows are numbered as the sheet numbers them.

use std::io::Cursor;

use calamine::{Data, Reader as _, Xlsx};

use super::problems::FileProblem;
use crate::io::inventory::records::{Cell, Record};

/// Whether `bytes` are a workbook (a ZIP archive, as XLSX is) rather than text.
pub(super) fn is_workbook(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Every row of the workbook's first worksheet, from its first used row, as records of
/// text cells.
pub(super) fn sheet_records(bytes: &[u8]) -> Result<Vec<Record>, FileProblem> {
    let unreadable = |reason: String| FileProblem::Workbook { reason };
    let mut workbook: Xlsx<_> =
        Xlsx::new(Cursor::new(bytes)).map_err(|error| unreadable(error.to_string()))?;
    let range = match workbook.worksheet_range_at(0) {
        Some(range) => range.map_err(|error| unreadable(error.to_string()))?,
        None => return Err(FileProblem::Empty),
    };
    // Rows as the sheet numbers them: the first used row may be below row 1.
    let first_row = range.start().map_or(1, |(row, _)| row as usize + 1);
    // Columns likewise: a sheet whose used area starts at column C still has its
    // headers under their own names, found by name, so the offset needs no cells.
    let records = range
        .rows()
        .enumerate()
        .map(|(index, row)| {
            let number = first_row + index;
            Record {
                row: number,
                lines: (number, number),
                cells: row
                    .iter()
                    .map(|data| Cell {
                        text: text_of(data),
                        quoted: false,
                        lines: (number, number),
                    })
                    .collect(),
                problem: None,
            }
        })
        .collect();
    Ok(records)
}

/// A cell's value as text, as the rest of the reading expects it.
fn text_of(data: &Data) -> String {
    match data {
        Data::DateTime(value) if value.is_datetime() => {
            let (year, month, day, hour, minute, _, _) = value.to_ymd_hms_milli();
            if (hour, minute) == (0, 0) {
                format!("{year:04}-{month:02}-{day:02}")
            } else {
                format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}")
            }
        }
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_not_a_workbook_and_a_broken_zip_says_so() {
        assert!(!is_workbook(b"Date,Score\n"));
        let broken = b"PK\x03\x04 and then nothing a workbook has";
        assert!(is_workbook(broken));
        assert!(matches!(
            sheet_records(broken),
            Err(FileProblem::Workbook { .. })
        ));
    }

    #[test]
    fn numbers_dates_and_errors_read_as_a_spreadsheet_shows_them() {
        use calamine::{CellErrorType, ExcelDateTime, ExcelDateTimeType};
        assert_eq!(text_of(&Data::Float(7.0)), "7");
        assert_eq!(text_of(&Data::Float(7.5)), "7.5");
        assert_eq!(text_of(&Data::Int(9)), "9");
        // 1 December 2026 is day 46357 of Excel's 1900 calendar; half past two.
        let day = |value| {
            Data::DateTime(ExcelDateTime::new(
                value,
                ExcelDateTimeType::DateTime,
                false,
            ))
        };
        assert_eq!(text_of(&day(46357.0)), "2026-12-01");
        assert_eq!(text_of(&day(46357.0 + 14.5 / 24.0)), "2026-12-01 14:30");
        assert_eq!(text_of(&Data::Error(CellErrorType::NA)), "#N/A");
        assert_eq!(text_of(&Data::Empty), "");
    }
}
