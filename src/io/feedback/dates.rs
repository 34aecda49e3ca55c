//! The dates survey tools write: ISO (`2026-12-01`, `2026-12-01T09:30:00Z`), Finnish
//! (`1.12.2026 klo 9.30`) and slashed (`12/1/2026 9:30 AM` or `1/12/2026`), each with an
//! optional time, which is checked and then left out: a response is dated by its day.
//!
//! A slashed date does not say whether the month or the day comes first, so the whole
//! file decides ([`SlashOrder::of_file`]): one date can be read only one way, and the
//! others in the file were written the same way.

use crate::model::Date;

/// Which of a slashed date's first two numbers is the month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum SlashOrder {
    /// `12/1/2026` is December 1st, as US exports write it.
    MonthFirst,
    /// `1/12/2026` is December 1st, as British and European exports write it.
    DayFirst,
}

impl SlashOrder {
    /// The order of the slashed dates among `cells`: day first when any first number is
    /// over 12, else month first (when any second number is over 12, or when nothing
    /// tells, as US exports, the most common with slashes, write them).
    /// It looks at each cell as it comes, and no further than the first that tells.
    pub(super) fn of_file<S: AsRef<str>>(cells: impl IntoIterator<Item = S>) -> Self {
        if cells.into_iter().any(|cell| says_day_first(cell.as_ref())) {
            Self::DayFirst
        } else {
            Self::MonthFirst
        }
    }
}

/// Whether `cell` is a slash date whose first number can only be a day (`13/1/2026`).
fn says_day_first(cell: &str) -> bool {
    let day = split(cell.trim()).0;
    let mut parts = day.split('/');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(first), Some(_), Some(year), None) if year.len() == 4 => {
            number(first, 2).is_some_and(|first| first > 12)
        }
        _ => false,
    }
}

/// The day of a date cell (trimmed, not empty), or none when it is not one of the
/// forms above, names no day of the calendar, or has a time that is not a time.
pub(super) fn parse(cell: &str, order: SlashOrder) -> Option<Date> {
    let (day, time) = split(cell);
    if let Some(time) = time
        && !is_time(time)
    {
        return None;
    }
    let (year, month, day) = if day.contains('-') {
        let [year, month, day] = parts(day, '-')?;
        (year, month, day)
    } else if day.contains('.') {
        let [day, month, year] = parts(day, '.')?;
        (year, month, day)
    } else {
        let [first, second, third] = parts(day, '/')?;
        match (first.len(), order) {
            (4, _) => (first, second, third),
            (_, SlashOrder::MonthFirst) => (third, first, second),
            (_, SlashOrder::DayFirst) => (third, second, first),
        }
    };
    if year.len() != 4 {
        return None;
    }
    Date::new(
        number(year, 4)?,
        u8::try_from(number(month, 2)?).ok()?,
        u8::try_from(number(day, 2)?).ok()?,
    )
}

/// The date part of a cell and what follows it (a time): they are separated by spaces,
/// or by `T` in ISO 8601.
fn split(cell: &str) -> (&str, Option<&str>) {
    match cell.split_once(|c: char| c == 'T' || c.is_whitespace()) {
        Some((day, time)) => (day, Some(time.trim())),
        None => (cell, None),
    }
}

/// Exactly three parts separated by `separator`.
fn parts(text: &str, separator: char) -> Option<[&str; 3]> {
    let mut parts = text.split(separator);
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(a), Some(b), Some(c), None) => Some([a, b, c]),
        _ => None,
    }
}

/// The number written in 1 to `digits` ASCII digits.
fn number(text: &str, digits: usize) -> Option<u16> {
    if text.is_empty() || text.len() > digits || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Whether `text` is a time of day as exports write it: `09:30`, `9.30.00`, `09:30:00.000`,
/// optionally after `klo`, with `AM`/`PM`, and with a zone (`Z`, `+02:00`, `UTC`).
fn is_time(text: &str) -> bool {
    let mut tokens = text.split_whitespace().peekable();
    if tokens
        .peek()
        .is_some_and(|token| token.eq_ignore_ascii_case("klo"))
    {
        tokens.next();
    }
    let Some(mut clock) = tokens.next() else {
        return false;
    };
    let mut twelve_hour = false;
    for suffix in ["am", "pm"] {
        if let Some(start) = clock.len().checked_sub(suffix.len())
            && clock
                .get(start..)
                .is_some_and(|end| end.eq_ignore_ascii_case(suffix))
        {
            twelve_hour = true;
            clock = clock.get(..start).unwrap_or_default();
        }
    }
    let mut next = tokens.next();
    if let Some(token) = next
        && (token.eq_ignore_ascii_case("am") || token.eq_ignore_ascii_case("pm"))
    {
        twelve_hour = true;
        next = tokens.next();
    }
    if let Some(token) = next
        && ["utc", "gmt", "z"]
            .iter()
            .any(|zone| token.eq_ignore_ascii_case(zone))
    {
        next = tokens.next();
    }
    next.is_none() && is_clock(clock, twelve_hour)
}

/// Whether `clock` is hours, minutes, and optionally seconds and their fraction, with an
/// optional zone attached (`Z`, `+02:00`, `-0500`).
fn is_clock(clock: &str, twelve_hour: bool) -> bool {
    let clock = clock.strip_suffix(['Z', 'z']).unwrap_or(clock);
    let clock = match clock.split_once(['+', '-']) {
        Some((clock, offset)) => {
            let digits: String = offset.chars().filter(|&c| c != ':').collect();
            let valid = matches!(digits.len(), 2 | 4)
                && digits.bytes().all(|b| b.is_ascii_digit())
                && digits.get(..2).and_then(|hours| hours.parse::<u8>().ok()) <= Some(14);
            if !valid {
                return false;
            }
            clock
        }
        None => clock,
    };
    let parts: Vec<&str> = clock.split([':', '.', ',']).collect();
    let [hours, minutes, rest @ ..] = parts.as_slice() else {
        return false;
    };
    let hours_valid = number(hours, 2).is_some_and(|hours| {
        if twelve_hour {
            (1..=12).contains(&hours)
        } else {
            hours <= 23
        }
    });
    let minutes_valid = minutes.len() == 2 && number(minutes, 2).is_some_and(|m| m <= 59);
    let rest_valid = match rest {
        [] => true,
        [seconds] => seconds.len() == 2 && number(seconds, 2).is_some_and(|s| s <= 60),
        [seconds, fraction] => {
            seconds.len() == 2
                && number(seconds, 2).is_some_and(|s| s <= 60)
                && number(fraction, 9).is_some()
        }
        _ => false,
    };
    hours_valid && minutes_valid && rest_valid
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(cell: &str, order: SlashOrder) -> Option<String> {
        parse(cell, order).map(|date| date.to_string())
    }

    #[test]
    fn iso_and_finnish_dates_read_with_or_without_a_time() {
        for cell in [
            "2026-12-01",
            "2026-12-01T09:30:00",
            "2026-12-01T09:30:00.123Z",
            "2026-12-01T09:30:00+02:00",
            "2026-12-01 09:30",
            "2026-12-1",
            "1.12.2026",
            "01.12.2026 9.30",
            "1.12.2026 klo 9.30.15",
            "1.12.2026 09:30:00",
        ] {
            let read = day(cell, SlashOrder::MonthFirst);
            assert_eq!(read.as_deref(), Some("2026-12-01"), "{cell}");
        }
    }

    #[test]
    fn slashed_dates_follow_the_order_of_the_file() {
        assert_eq!(
            day("12/1/2026 9:30 AM", SlashOrder::MonthFirst).as_deref(),
            Some("2026-12-01")
        );
        assert_eq!(
            day("1/12/2026 21:30:00", SlashOrder::DayFirst).as_deref(),
            Some("2026-12-01")
        );
        assert_eq!(
            day("2026/12/01", SlashOrder::DayFirst).as_deref(),
            Some("2026-12-01")
        );
        assert_eq!(
            SlashOrder::of_file(["1/2/2026", "25/12/2026"]),
            SlashOrder::DayFirst
        );
        assert_eq!(
            SlashOrder::of_file(["1/2/2026", "12/25/2026 10:00"]),
            SlashOrder::MonthFirst
        );
        assert_eq!(SlashOrder::of_file(["1/2/2026"]), SlashOrder::MonthFirst);
        assert_eq!(SlashOrder::of_file(["2026-12-25"]), SlashOrder::MonthFirst);
    }

    #[test]
    fn what_is_not_a_date_or_a_time_is_not_read() {
        for cell in [
            "yesterday",
            "2026-13-01",
            "2026-02-30",
            "1.12.26",
            "25/12/2026",
            "1.12.2026 banana",
            "2026-12-01 25:00",
            "2026-12-01T09:3",
            "1/12/2026 13:00 PM",
            "2026-12-01 09:30 Helsinki",
            "45992",
        ] {
            assert_eq!(day(cell, SlashOrder::MonthFirst), None, "{cell}");
        }
    }
}
