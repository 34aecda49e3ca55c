//! The text of a feedback file: its encoding, and the delimiter between its cells.
//!
//! Survey tools write UTF-8 (often with a byte-order mark), Excel's plain "CSV" writes
//! Windows-1252, and some tools write UTF-16 with a byte-order mark; all of them are read.
//! Nothing here knows what the columns mean.

use std::borrow::Cow;

use encoding_rs::{Encoding, WINDOWS_1252};

use crate::io::inventory::read::DELIMITERS;
use crate::io::inventory::records::records;

/// Why the bytes are not text polku can read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum NotText {
    /// A byte-order mark names the encoding, and the bytes after it are not in it.
    BrokenEncoding { encoding: &'static str },
    /// The text holds NUL characters: a workbook, or UTF-16 without a byte-order mark.
    Binary,
}

/// The text of `bytes`, without a byte-order mark.
///
/// With a byte-order mark, its encoding (UTF-8, UTF-16 LE or BE) must hold; without one,
/// UTF-8 is tried first, and anything that is not UTF-8 is read as Windows-1252, which
/// Excel's plain "CSV" writes on Windows and in which every byte is a character.
pub(super) fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, NotText> {
    let text = match Encoding::for_bom(bytes) {
        Some((encoding, bom_length)) => {
            let rest = bytes.get(bom_length..).unwrap_or_default();
            let (text, malformed) = encoding.decode_without_bom_handling(rest);
            if malformed {
                return Err(NotText::BrokenEncoding {
                    encoding: encoding.name(),
                });
            }
            text
        }
        None => match std::str::from_utf8(bytes) {
            Ok(text) => Cow::Borrowed(text),
            // Windows-1252 as encoding_rs reads it gives every byte a character, so
            // this never replaces anything.
            Err(_) => WINDOWS_1252.decode_without_bom_handling(bytes).0,
        },
    };
    if text.contains('\0') {
        return Err(NotText::Binary);
    }
    Ok(text)
}

/// The delimiter that splits the first non-blank line into the most cells `wanted`
/// accepts (the columns the source names); on a tie, the one that splits it into the
/// most cells; on a tie again, the first of comma, semicolon and tab.
pub(super) fn delimiter(text: &str, wanted: impl Fn(&str) -> bool) -> u8 {
    let first_line = text
        .lines()
        .find(|line| !line.trim().is_empty())
        .unwrap_or_default();
    let score = |delimiter: u8| {
        records(first_line, delimiter)
            .first()
            .map_or((0, 0), |header| {
                let found = header
                    .cells
                    .iter()
                    .filter(|cell| wanted(&cell.text))
                    .count();
                (found, header.cells.len())
            })
    };
    let mut best = ((0, 0), DELIMITERS[0]);
    for delimiter in DELIMITERS {
        let count = score(delimiter);
        if count > best.0 {
            best = (count, delimiter);
        }
    }
    best.1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_or_without_a_mark_reads_as_it_is() {
        assert_eq!(decode(b"a,b").unwrap(), "a,b");
        assert_eq!(
            decode("\u{feff}Kassa\u{e4}".as_bytes()).unwrap(),
            "Kassa\u{e4}"
        );
    }

    #[test]
    fn windows_1252_and_utf16_are_read() {
        assert_eq!(decode(b"Kassa\xe4 \x80").unwrap(), "Kassa\u{e4} \u{20ac}");
        let utf16: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("a;\u{e4}".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&utf16).unwrap(), "a;\u{e4}");
    }

    #[test]
    fn what_is_not_text_is_refused() {
        assert_eq!(decode(b"PK\x03\x04\0\0"), Err(NotText::Binary));
        assert_eq!(
            decode(b"\xef\xbb\xbfKassa\xe4"),
            Err(NotText::BrokenEncoding { encoding: "UTF-8" })
        );
    }

    #[test]
    fn the_delimiter_is_the_one_that_finds_the_columns() {
        let wanted = |cell: &str| ["Touchpoint", "Score"].contains(&cell.trim());
        assert_eq!(delimiter("Touchpoint;Score;Said, and more\n", wanted), b';');
        assert_eq!(delimiter("Touchpoint\tScore\n", wanted), b'\t');
        assert_eq!(delimiter("Touchpoint,Score\n", wanted), b',');
        assert_eq!(delimiter("\nx;y;z\n", wanted), b';');
        assert_eq!(delimiter("", wanted), b',');
    }
}
