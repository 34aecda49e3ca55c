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
mod propose;
mod read;
mod sheet;
mod sources;
mod text;

pub use problems::{FeedbackError, FileProblem, Reason, Unusable};
pub use propose::{Asked, Proposed, audience_from_name, propose, stored_path};
pub use read::{FeedbackRead, Table, read_responses, read_table};
pub use sources::{
    MAX_SOURCE_BYTES, MapFeedback, SourceRead, read_source, read_sources, source_path,
};

#[cfg(test)]
mod tests;
