//! Numbers and dates as each language writes them: `5,000` and `1.5` in English,
//! `5 000` and `1,5` in Finnish; dates `2026-11-22` and `22.11.2026`.

use super::{Language, language};
use crate::model::Date;

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

/// A date as the language writes it.
pub fn date(date: Date) -> String {
    match language() {
        Language::English => date.to_string(),
        Language::Finnish => format!("{}.{}.{}", date.day(), date.month(), date.year()),
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
        let day = Date::new(2026, 11, 22);
        assert_eq!(day.map(date).as_deref(), Some("2026-11-22"));
        set_language(Language::Finnish);
        assert_eq!(integer(5_000), "5\u{202f}000");
        assert_eq!(integer(999), "999");
        assert_eq!(decimal(1.5, 1), "1,5");
        assert_eq!(decimal(-0.01, 1), "0,0");
        assert_eq!(day.map(date).as_deref(), Some("22.11.2026"));
    }
}
