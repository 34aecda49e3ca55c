//! Small checked values: ratings, severities, dates and colours.
//!
//! Each one refuses an out-of-range value when it is made or read from a file, so the
//! rest of polku never has to wonder whether an emotion of +7 is possible.

use serde::{Deserialize, Serialize};

/// A rating from −2 (very bad) to +2 (very good): customer emotion or employee experience.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "i8")]
pub struct Rating(i8);

impl Rating {
    pub const MIN: i8 = -2;
    pub const MAX: i8 = 2;

    /// All ratings, worst first.
    pub const ALL: [Self; 5] = [Self(-2), Self(-1), Self(0), Self(1), Self(2)];

    /// The rating `value`, if it lies in −2…+2.
    pub fn new(value: i64) -> Option<Self> {
        (i64::from(Self::MIN)..=i64::from(Self::MAX))
            .contains(&value)
            .then_some(Self(value as i8))
    }

    pub fn get(self) -> i8 {
        self.0
    }
}

/// As people write a rating: −2, −1, 0, +1, +2 (with a real minus sign).
impl std::fmt::Display for Rating {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            value if value < 0 => write!(f, "−{}", value.unsigned_abs()),
            0 => f.write_str("0"),
            value => write!(f, "+{value}"),
        }
    }
}

impl TryFrom<i64> for Rating {
    type Error = String;

    fn try_from(value: i64) -> Result<Self, Self::Error> {
        Self::new(value).ok_or_else(|| crate::tr!("model-value-rating", value = value.to_string()))
    }
}

impl From<Rating> for i8 {
    fn from(rating: Rating) -> Self {
        rating.0
    }
}

/// How bad a TERMS problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "u8")]
pub enum Severity {
    Minor = 1,
    Major = 2,
    Critical = 3,
}

impl Severity {
    pub const ALL: [Self; 3] = [Self::Minor, Self::Major, Self::Critical];

    /// 1, 2 or 3.
    pub fn weight(self) -> u32 {
        self as u32
    }

    /// "minor", "major" or "critical": the English word.
    pub fn word(self) -> &'static str {
        match self {
            Self::Minor => "minor",
            Self::Major => "major",
            Self::Critical => "critical",
        }
    }

    /// The word in the thread's language, as the window shows it.
    pub fn label(self) -> String {
        match self {
            Self::Minor => crate::tr!("model-severity-minor"),
            Self::Major => crate::tr!("model-severity-major"),
            Self::Critical => crate::tr!("model-severity-critical"),
        }
    }

    /// The next severity up, or `None` after critical.
    pub fn raised(self) -> Option<Self> {
        match self {
            Self::Minor => Some(Self::Major),
            Self::Major => Some(Self::Critical),
            Self::Critical => None,
        }
    }
}

impl TryFrom<i64> for Severity {
    type Error = String;

    fn try_from(value: i64) -> Result<Self, Self::Error> {
        match value {
            1 => Ok(Self::Minor),
            2 => Ok(Self::Major),
            3 => Ok(Self::Critical),
            _ => Err(crate::tr!(
                "model-value-severity",
                value = value.to_string()
            )),
        }
    }
}

impl From<Severity> for u8 {
    fn from(severity: Severity) -> Self {
        severity as u8
    }
}

/// A calendar date, written `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// At most the first 40 characters of a value that could not be read, for a message: a
/// file may hold a "date" of megabytes.
fn excerpt(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

impl Date {
    /// The date, if it exists in the (proleptic Gregorian) calendar.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Self> {
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days_in_month)
            .contains(&day)
            .then_some(Self { year, month, day })
    }

    /// The date `days` days after 1970-01-01 (the Unix epoch), in UTC.
    pub fn from_days_since_epoch(days: i64) -> Self {
        // Howard Hinnant's civil-from-days algorithm.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)).clamp(0, 9999) as u16;
        Self { year, month, day }
    }

    /// The number of days from 1970-01-01 to this date: the inverse of
    /// [`Date::from_days_since_epoch`], so that spans of days can be counted.
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days-from-civil algorithm: years start in March, so that the
        // leap day falls at the end of one.
        let month = i64::from(self.month);
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year.rem_euclid(400);
        let month_from_march = (month + 9) % 12;
        let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for Date {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = || {
            crate::tr!(
                "model-value-date-format",
                text = format!("{:?}", excerpt(text))
            )
        };
        let mut parts = text.split('-');
        let (Some(year), Some(month), Some(day), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        if year.len() != 4 || month.len() != 2 || day.len() != 2 {
            return Err(bad());
        }
        let year = year.parse().map_err(|_| bad())?;
        let month = month.parse().map_err(|_| bad())?;
        let day = day.parse().map_err(|_| bad())?;
        Self::new(year, month, day)
            .ok_or_else(|| crate::tr!("model-value-date-not-a-day", text = excerpt(text)))
    }
}

impl TryFrom<String> for Date {
    type Error = String;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl From<Date> for String {
    fn from(date: Date) -> Self {
        date.to_string()
    }
}

/// What [`crate::i18n::date`] writes in the thread's language.
impl From<Date> for crate::i18n::CalendarDay {
    fn from(date: Date) -> Self {
        Self {
            year: date.year,
            month: date.month,
            day: date.day,
        }
    }
}

/// An sRGB colour, written `#rrggbb`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Colour(pub [u8; 3]);

impl Colour {
    /// Distinct colours for new personas, in the order they are handed out.
    pub const PALETTE: [Self; 8] = [
        Self([0x1f, 0x77, 0xb4]),
        Self([0xd6, 0x27, 0x28]),
        Self([0x2c, 0xa0, 0x2c]),
        Self([0x94, 0x67, 0xbd]),
        Self([0xff, 0x7f, 0x0e]),
        Self([0x8c, 0x56, 0x4b]),
        Self([0xe3, 0x77, 0xc2]),
        Self([0x17, 0xbe, 0xcf]),
    ];
}

impl Default for Colour {
    fn default() -> Self {
        Self::PALETTE[0]
    }
}

impl std::fmt::Display for Colour {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let [r, g, b] = self.0;
        write!(f, "#{r:02x}{g:02x}{b:02x}")
    }
}

impl std::str::FromStr for Colour {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let bad = || {
            crate::tr!(
                "model-value-colour-format",
                text = format!("{:?}", excerpt(text))
            )
        };
        let hex = text.strip_prefix('#').ok_or_else(bad)?;
        if hex.len() != 6 || !hex.is_ascii() {
            return Err(bad());
        }
        let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| bad());
        Ok(Self([channel(0)?, channel(2)?, channel(4)?]))
    }
}

impl TryFrom<String> for Colour {
    type Error = String;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl From<Colour> for String {
    fn from(colour: Colour) -> Self {
        colour.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        text.parse().expect("a date")
    }

    #[test]
    fn ratings_read_with_their_sign() {
        let texts: Vec<String> = Rating::ALL.iter().map(ToString::to_string).collect();
        assert_eq!(texts, ["−2", "−1", "0", "+1", "+2"]);
    }

    #[test]
    fn ratings_outside_the_scale_are_refused() {
        assert!(Rating::new(-3).is_none());
        assert!(Rating::new(3).is_none());
        assert_eq!(Rating::new(-2).map(Rating::get), Some(-2));
        assert_eq!(Rating::new(2).map(Rating::get), Some(2));
    }

    #[test]
    fn dates_are_checked_against_the_calendar() {
        assert_eq!(
            "2024-02-29".parse::<Date>(),
            Ok(Date {
                year: 2024,
                month: 2,
                day: 29
            })
        );
        assert!("2023-02-29".parse::<Date>().is_err());
        assert!("2023-13-01".parse::<Date>().is_err());
        assert!("2023-1-01".parse::<Date>().is_err());
        assert!("yesterday".parse::<Date>().is_err());
        assert_eq!(
            Date::new(2026, 11, 22).map(|d| d.to_string()),
            Some("2026-11-22".into())
        );
    }

    #[test]
    fn days_since_epoch_undo_from_days_since_epoch() {
        assert_eq!(Date::days_since_epoch(day("1970-01-01")), 0);
        assert_eq!(Date::days_since_epoch(day("1969-12-31")), -1);
        // 2000-01-01: 30 years of 365 days plus 7 leap days (1972 … 1996) = 10 957.
        // 2000-03-01: 31 days of January and 29 of February (2000 is a leap year) more.
        assert_eq!(Date::days_since_epoch(day("2000-01-01")), 10_957);
        assert_eq!(Date::days_since_epoch(day("2000-03-01")), 10_957 + 31 + 29);
        for days in (-719_528..2_932_897).step_by(997) {
            let date = Date::from_days_since_epoch(days);
            assert_eq!(date.days_since_epoch(), days, "{date}");
        }
    }

    #[test]
    fn days_since_epoch_become_calendar_dates() {
        assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
        assert_eq!(
            Date::from_days_since_epoch(19_782).to_string(),
            "2024-02-29"
        );
        assert_eq!(
            Date::from_days_since_epoch(20_414).to_string(),
            "2025-11-22"
        );
    }

    #[test]
    fn dates_are_written_as_the_language_of_the_thread_writes_them() {
        let day = Date::new(2026, 3, 7);
        crate::i18n::set_language(crate::i18n::Language::English);
        assert_eq!(day.map(crate::i18n::date).as_deref(), Some("2026-03-07"));
        crate::i18n::set_language(crate::i18n::Language::Finnish);
        assert_eq!(day.map(crate::i18n::date).as_deref(), Some("7.3.2026"));
    }

    #[test]
    fn colours_round_trip_through_text() {
        let colour: Colour = "#1F77b4".parse().unwrap_or_default();
        assert_eq!(colour, Colour([0x1f, 0x77, 0xb4]));
        assert_eq!(colour.to_string(), "#1f77b4");
        assert!("1f77b4".parse::<Colour>().is_err());
        assert!("#1f77".parse::<Colour>().is_err());
        assert!("#ééé".parse::<Colour>().is_err());
    }
}
