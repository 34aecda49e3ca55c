//! Numbers and dates as each language writes them: `5,000` and `1.5` in English,
//! `5 000` and `1,5` in Finnish; dates `2026-11-22` and `22.11.2026`. It takes plain
//! numbers only: what a date of the map is, and whether it exists, is the model's concern.

use super::language::{Language, language};

/// A whole number with the language's thousands separator.
pub fn integer(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let separator = match language() {
        Language::English => ",",
        // A narrow no-break space, as Finnish typography writes it.
        Language::Finnish => "\u{202f}",
    };
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push_str(separator);
        }
        grouped.push(digit);
    }
    if value < 0 {
        // A real minus sign.
        format!("\u{2212}{grouped}")
    } else {
        grouped
    }
}

/// `value` with `digits` decimals and the language's decimal mark.
pub fn decimal(value: f64, digits: usize) -> String {
    let text = format!("{:.*}", digits, value.abs());
    let text = match language() {
        Language::English => text,
        Language::Finnish => text.replace('.', ","),
    };
    if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("\u{2212}{text}")
    } else {
        text
    }
}

/// A day of the calendar as plain numbers, as [`date`] takes it: the map's dates turn into
/// one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalendarDay {
    pub year: u16,
    /// 1 to 12.
    pub month: u8,
    /// 1 to 31.
    pub day: u8,
}

/// A date as the language writes it: `2026-11-22` in English, `22.11.2026` in Finnish.
pub fn date(date: impl Into<CalendarDay>) -> String {
    let CalendarDay { year, month, day } = date.into();
    match language() {
        Language::English => format!("{year:04}-{month:02}-{day:02}"),
        Language::Finnish => format!("{day}.{month}.{year}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::set_language;

    #[test]
    fn numbers_and_dates_follow_the_language() {
        set_language(Language::English);
        assert_eq!(integer(5_000), "5,000");
        assert_eq!(integer(-1_234_567), "\u{2212}1,234,567");
        assert_eq!(decimal(1.25, 1), "1.2");
        let day = CalendarDay {
            year: 2026,
            month: 11,
            day: 2,
        };
        assert_eq!(date(day), "2026-11-02");
        set_language(Language::Finnish);
        assert_eq!(integer(5_000), "5\u{202f}000");
        assert_eq!(integer(999), "999");
        assert_eq!(decimal(1.5, 1), "1,5");
        assert_eq!(decimal(-0.01, 1), "0,0");
        assert_eq!(date(day), "2.11.2026");
    }
}
