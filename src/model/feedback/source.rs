//! A source of responses a map names: a file beside it (a survey tool's CSV or XLSX
//! export), whose responses it is (customers' or employees'), and which columns hold the
//! touchpoint, the score, the date and the comment. Saved with the map; plain data.

use serde::{Deserialize, Serialize};

/// Whose responses a source holds.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Audience {
    /// Customers: NPS, satisfaction and effort surveys.
    #[default]
    Customer,
    /// Employees: pulse surveys.
    Employee,
}

impl Audience {
    pub const ALL: [Self; 2] = [Self::Customer, Self::Employee];

    /// The word the command line and the file use.
    pub fn name(self) -> &'static str {
        match self {
            Self::Customer => "customer",
            Self::Employee => "employee",
        }
    }

    /// The name in the thread's language, as the window shows it.
    pub fn label(self) -> String {
        match self {
            Self::Customer => crate::tr!("model-audience-customer"),
            Self::Employee => crate::tr!("model-audience-employee"),
        }
    }
}

/// The scale a score is given on, and so how the score of many responses is figured.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Scale {
    /// Net Promoter Score: 0–10; the score is % of 9–10 minus % of 0–6.
    #[default]
    Nps,
    /// Customer satisfaction: 1–5; the score is % of 4–5.
    Csat,
    /// Customer effort: 1–7; the score is the mean (lower is easier).
    Ces,
    /// A plain rating 1–5; the score is the mean.
    Rating5,
    /// A plain rating 1–7; the score is the mean.
    Rating7,
}

impl Scale {
    pub const ALL: [Self; 5] = [
        Self::Nps,
        Self::Csat,
        Self::Ces,
        Self::Rating5,
        Self::Rating7,
    ];

    /// The lowest and highest score on the scale.
    pub fn range(self) -> (u8, u8) {
        match self {
            Self::Nps => (0, 10),
            Self::Csat | Self::Rating5 => (1, 5),
            Self::Ces | Self::Rating7 => (1, 7),
        }
    }

    /// The word the command line uses: `nps`, `csat`, `ces`, `1-5`, `1-7`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Nps => "nps",
            Self::Csat => "csat",
            Self::Ces => "ces",
            Self::Rating5 => "1-5",
            Self::Rating7 => "1-7",
        }
    }

    /// Whether the score `now` is worse than `then` (effort: higher is worse).
    pub fn worse(self, now: f64, then: f64) -> bool {
        match self {
            Self::Ces => now > then,
            Self::Nps | Self::Csat | Self::Rating5 | Self::Rating7 => now < then,
        }
    }

    /// A score as a badge on a card shows it, short and the same in every language:
    /// `NPS −33`, `CSAT 72 %`, `CES 4.2`, `3.4/5`, `5.1/7`.
    pub fn badge(self, score: f64) -> String {
        let rounded = |digits| rounded(score, digits);
        match self {
            Self::Nps => format!("NPS {}", rounded(0)),
            Self::Csat => format!("CSAT {}\u{a0}%", rounded(0)),
            Self::Ces => format!("CES {}", rounded(1)),
            Self::Rating5 => format!("{}/5", rounded(1)),
            Self::Rating7 => format!("{}/7", rounded(1)),
        }
    }

    /// A score as people read it, in the thread's language: `NPS −33`, `CSAT 72 %`,
    /// `effort 4.2 of 7`, `3.4 of 5`.
    pub fn shown(self, score: f64) -> String {
        let rounded = |digits| rounded(score, digits);
        match self {
            Self::Nps => crate::tr!("model-score-nps", score = rounded(0)),
            Self::Csat => crate::tr!("model-score-csat", score = rounded(0)),
            Self::Ces => crate::tr!("model-score-ces", score = rounded(1)),
            Self::Rating5 => crate::tr!("model-score-of", score = rounded(1), high = 5),
            Self::Rating7 => crate::tr!("model-score-of", score = rounded(1), high = 7),
        }
    }
}

/// `score` with `digits` decimals and a true minus sign, as figures are read.
fn rounded(score: f64, digits: usize) -> String {
    format!("{score:.digits$}").replace('-', "\u{2212}")
}

/// A file of responses the map names, and which of its columns hold what. Columns are
/// named by their header as the file writes it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedbackSource {
    /// The file, relative to the map's folder (or absolute).
    pub file: String,
    pub audience: Audience,
    /// The column naming the touchpoint a response is about: its key, its id or its title.
    pub touchpoint: String,
    /// The column holding the score.
    pub score: String,
    pub scale: Scale,
    /// The column holding the date of the response; none when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// The column holding the respondent's comment; none when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
}
