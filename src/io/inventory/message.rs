//! A message about one row of an inventory, and the short excerpt of a cell that messages
//! quote; shared by every part that reads or checks an inventory.

use std::path::Path;

use crate::io::error::single_line;

/// A message about one row of an inventory. The header is row 1; rows count as a
/// spreadsheet shows them, so a note spanning several lines is still one row.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct RowMessage {
    pub row: usize,
    /// The line of the file the row starts on: the row itself, unless a cell above spans
    /// several lines.
    pub line: usize,
    pub message: String,
}

impl RowMessage {
    pub(crate) fn new(row: usize, message: impl Into<String>) -> Self {
        Self {
            row,
            line: row,
            message: message.into(),
        }
    }

    /// The message as a line `FILE:ROW: message`, with the line of the file as well when
    /// it is not the row's number (`FILE:ROW (line LINE): message`), so that a text editor
    /// finds it as readily as a spreadsheet.
    pub fn in_file(&self, path: &Path) -> String {
        let shown = single_line(&path.display().to_string()).into_owned();
        let message = single_line(&self.message);
        if self.line == self.row {
            format!("{shown}:{}: {message}", self.row)
        } else {
            let line = crate::tr!("io-import-line", line = self.line.to_string());
            format!("{shown}:{} ({line}): {message}", self.row)
        }
    }
}

/// At most the first 40 characters of a cell, for a message: a cell may hold megabytes.
pub(crate) fn excerpt(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}
