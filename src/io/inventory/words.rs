//! The words of the inventory format, in English and Finnish: column names, lane kinds,
//! channels, evidence levels and ratings (TERMS cells have their own file, `terms.rs`).
//!
//! Pure text matching: nothing here knows about rows, files or the journey being built.
//! Every reader returns either the value or a message that says what to write instead.
//! The words a file may hold are the same in every language; the messages that name
//! them name the ones of the language of the thread.

use crate::model::{Channel, EvidenceLevel, LaneKind, Rating};
use crate::tr;

/// A column polku reads. The order of [`Column::ALL`] is the order `to_csv` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) enum Column {
    Id,
    Title,
    Lane,
    LaneKind,
    Stage,
    Actor,
    Owner,
    Channel,
    Terms,
    TermsNotes,
    Emotion,
    EmployeeExperience,
    Evidence,
    After,
    Supports,
    Notes,
}

impl Column {
    pub(super) const ALL: [Self; 16] = [
        Self::Id,
        Self::Title,
        Self::Lane,
        Self::LaneKind,
        Self::Stage,
        Self::Actor,
        Self::Owner,
        Self::Channel,
        Self::Terms,
        Self::TermsNotes,
        Self::Emotion,
        Self::EmployeeExperience,
        Self::Evidence,
        Self::After,
        Self::Supports,
        Self::Notes,
    ];

    /// The columns an inventory cannot do without.
    pub(super) const REQUIRED: [Self; 3] = [Self::Title, Self::Lane, Self::Stage];

    /// Every header that names the column, normalized (see [`normalize_header`]); the
    /// first is the English name `to_csv` writes.
    pub(super) fn names(self) -> &'static [&'static str] {
        match self {
            Self::Id => &["id", "tunniste"],
            Self::Title => &["title", "nimi", "otsikko"],
            Self::Lane => &["lane", "kaista"],
            Self::LaneKind => &["lane_kind", "kaistatyyppi", "kaistan_tyyppi"],
            Self::Stage => &["stage", "vaihe"],
            Self::Actor => &["actor", "toimija"],
            Self::Owner => &["owner", "omistaja", "vastuu"],
            Self::Channel => &["channel", "kanava"],
            Self::Terms => &["terms"],
            Self::TermsNotes => &["terms_notes", "terms_huomiot", "terms_muistiinpanot"],
            Self::Emotion => &["emotion", "tunnetila"],
            Self::EmployeeExperience => &[
                "employee_experience",
                "työntekijäkokemus",
                "työntekijän_kokemus",
            ],
            Self::Evidence => &["evidence", "evidence_level", "näyttö"],
            Self::After => &["after", "jälkeen"],
            Self::Supports => &["supports", "tukee"],
            Self::Notes => &["notes", "description", "kuvaus", "muistiinpanot"],
        }
    }

    /// The English name, as `to_csv` writes it in the header.
    pub(super) fn name(self) -> &'static str {
        self.names().first().copied().unwrap_or_default()
    }

    /// The name messages call the column by: one of its [`names`](Self::names), in the
    /// language of the thread.
    pub(super) fn label(self) -> String {
        match self {
            Self::Id => tr!("io-column-id"),
            Self::Title => tr!("io-column-title"),
            Self::Lane => tr!("io-column-lane"),
            Self::LaneKind => tr!("io-column-lane-kind"),
            Self::Stage => tr!("io-column-stage"),
            Self::Actor => tr!("io-column-actor"),
            Self::Owner => tr!("io-column-owner"),
            Self::Channel => tr!("io-column-channel"),
            Self::Terms => tr!("io-column-terms"),
            Self::TermsNotes => tr!("io-column-terms-notes"),
            Self::Emotion => tr!("io-column-emotion"),
            Self::EmployeeExperience => tr!("io-column-employee-experience"),
            Self::Evidence => tr!("io-column-evidence"),
            Self::After => tr!("io-column-after"),
            Self::Supports => tr!("io-column-supports"),
            Self::Notes => tr!("io-column-notes"),
        }
    }

    /// The column a header cell names, if polku reads it.
    pub(super) fn from_header(cell: &str) -> Option<Self> {
        let header = normalize_header(cell);
        Self::ALL
            .into_iter()
            .find(|column| column.names().contains(&header.as_str()))
    }
}

/// A header as it is compared: lower case, with runs of spaces, hyphens and underscores
/// made one underscore, so `Lane kind`, `lane-kind` and `LANE_KIND` all match.
pub(super) fn normalize_header(cell: &str) -> String {
    cell.to_lowercase()
        .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("_")
}

/// A value as it is compared: lower case, without spaces, hyphens or underscores, so
/// `In person`, `in-person` and `inperson` all match.
fn normalize_word(cell: &str) -> String {
    cell.to_lowercase()
        .chars()
        .filter(|&c| !(c.is_whitespace() || c == '-' || c == '_'))
        .collect()
}

const LANE_KINDS: [(&str, LaneKind); 10] = [
    ("customer", LaneKind::Customer),
    ("frontstage", LaneKind::Frontstage),
    ("backstage", LaneKind::Backstage),
    ("support", LaneKind::Support),
    ("evidence", LaneKind::Evidence),
    ("asiakas", LaneKind::Customer),
    ("näkyvä", LaneKind::Frontstage),
    ("näkymätön", LaneKind::Backstage),
    ("tuki", LaneKind::Support),
    ("todiste", LaneKind::Evidence),
];

/// Lane names that say their kind, beyond the kind words themselves.
const LANE_NAMES: [(&str, LaneKind); 10] = [
    ("customers", LaneKind::Customer),
    ("customeractions", LaneKind::Customer),
    ("asiakkaat", LaneKind::Customer),
    ("frontoffice", LaneKind::Frontstage),
    ("backoffice", LaneKind::Backstage),
    ("supportprocesses", LaneKind::Support),
    ("tukiprosessit", LaneKind::Support),
    ("physicalevidence", LaneKind::Evidence),
    ("todisteet", LaneKind::Evidence),
    ("fyysinentodiste", LaneKind::Evidence),
];

/// What to write in a lane kind cell, for messages.
pub(super) fn lane_kind_hint() -> String {
    tr!("io-import-lane-kind-hint")
}

/// The lane kind a `lane_kind` cell names.
pub(super) fn lane_kind(cell: &str) -> Option<LaneKind> {
    let word = normalize_word(cell);
    LANE_KINDS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|&(_, kind)| kind)
}

/// The lane kind a lane's own name says, such as a lane named "Asiakas" or "Backstage".
/// Only the whole name counts: "Customer service" is no customer lane.
pub(super) fn lane_kind_of_name(name: &str) -> Option<LaneKind> {
    let word = normalize_word(name);
    LANE_KINDS
        .iter()
        .chain(&LANE_NAMES)
        .find(|(candidate, _)| *candidate == word)
        .map(|&(_, kind)| kind)
}

/// The word for a lane kind that messages use, in the language of the thread (one a
/// `lane_kind` cell may hold).
pub(super) fn lane_kind_label(kind: LaneKind) -> String {
    match kind {
        LaneKind::Customer => tr!("io-lane-kind-customer"),
        LaneKind::Frontstage => tr!("io-lane-kind-frontstage"),
        LaneKind::Backstage => tr!("io-lane-kind-backstage"),
        LaneKind::Support => tr!("io-lane-kind-support"),
        LaneKind::Evidence => tr!("io-lane-kind-evidence"),
    }
}

/// The word `to_csv` writes for a lane kind.
pub(super) fn lane_kind_word(kind: LaneKind) -> &'static str {
    match kind {
        LaneKind::Customer => "customer",
        LaneKind::Frontstage => "frontstage",
        LaneKind::Backstage => "backstage",
        LaneKind::Support => "support",
        LaneKind::Evidence => "evidence",
    }
}

const CHANNELS: [(&str, Channel); 27] = [
    ("inperson", Channel::InPerson),
    ("facetoface", Channel::InPerson),
    ("kasvokkain", Channel::InPerson),
    ("phone", Channel::Phone),
    ("telephone", Channel::Phone),
    ("puhelin", Channel::Phone),
    ("puhelu", Channel::Phone),
    ("web", Channel::Web),
    ("website", Channel::Web),
    ("verkko", Channel::Web),
    ("verkkosivu", Channel::Web),
    ("verkkosivut", Channel::Web),
    ("app", Channel::App),
    ("sovellus", Channel::App),
    ("mobiilisovellus", Channel::App),
    ("email", Channel::Email),
    ("sähköposti", Channel::Email),
    ("sposti", Channel::Email),
    ("letter", Channel::Letter),
    ("post", Channel::Letter),
    ("invoice", Channel::Letter),
    ("kirje", Channel::Letter),
    ("lasku", Channel::Letter),
    ("chat", Channel::Chat),
    ("chatti", Channel::Chat),
    ("other", Channel::Other),
    ("muu", Channel::Other),
];

/// What to write in a channel cell, for messages.
pub(super) fn channel_hint() -> String {
    tr!("io-import-channel-hint")
}

/// The channel a `channel` cell names.
pub(super) fn channel(cell: &str) -> Option<Channel> {
    let word = normalize_word(cell);
    CHANNELS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|&(_, channel)| channel)
}

const EVIDENCE_LEVELS: [(&str, EvidenceLevel); 7] = [
    ("observed", EvidenceLevel::Observed),
    ("havaittu", EvidenceLevel::Observed),
    ("reported", EvidenceLevel::Reported),
    ("kerrottu", EvidenceLevel::Reported),
    ("raportoitu", EvidenceLevel::Reported),
    ("assumed", EvidenceLevel::Assumed),
    ("oletettu", EvidenceLevel::Assumed),
];

/// What to write in an evidence cell, for messages.
pub(super) fn evidence_hint() -> String {
    tr!("io-import-evidence-hint")
}

/// The evidence level an `evidence` cell names.
pub(super) fn evidence(cell: &str) -> Option<EvidenceLevel> {
    let word = normalize_word(cell);
    EVIDENCE_LEVELS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|&(_, level)| level)
}

/// A rating cell: empty, or a whole number from −2 to +2. Spreadsheets and word
/// processors turn `-2` into `−2` (a real minus sign) or `–2` (an en dash); all count.
/// `column` is the header as the file writes it, for the message.
pub(super) fn rating(cell: &str, column: &str) -> Result<Option<Rating>, String> {
    let text = cell.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let (negative, digits) = match text.strip_prefix(['-', '−', '–']) {
        Some(digits) => (true, digits),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let value = digits
        .parse::<i64>()
        .ok()
        .filter(|_| digits.bytes().all(|b| b.is_ascii_digit()))
        .map(|value| if negative { -value } else { value });
    value.and_then(Rating::new).map(Some).ok_or_else(|| {
        tr!(
            "io-import-rating",
            column = column,
            value = super::message::excerpt(text)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratings_accept_every_minus_sign() {
        for (cell, value) in [
            ("-2", -2),
            ("−2", -2),
            ("–1", -1),
            ("+1", 1),
            ("2", 2),
            ("0", 0),
        ] {
            assert_eq!(
                rating(cell, "emotion").map(|r| r.map(Rating::get)),
                Ok(Some(value)),
                "{cell}"
            );
        }
        assert_eq!(rating(" ", "emotion"), Ok(None));
        for cell in ["5", "-3", "1.5", "--1", "+-1", "two", "−", "99999999999"] {
            assert!(rating(cell, "emotion").is_err(), "{cell}");
        }
    }

    #[test]
    fn headers_and_words_match_loosely() {
        assert_eq!(Column::from_header(" Lane Kind "), Some(Column::LaneKind));
        assert_eq!(Column::from_header("KAISTATYYPPI"), Some(Column::LaneKind));
        assert_eq!(Column::from_header("Jälkeen"), Some(Column::After));
        assert_eq!(Column::from_header("cost"), None);
        assert_eq!(lane_kind("Näkymätön"), Some(LaneKind::Backstage));
        assert_eq!(lane_kind("front stage"), Some(LaneKind::Frontstage));
        assert_eq!(lane_kind_of_name("Asiakas"), Some(LaneKind::Customer));
        assert_eq!(lane_kind_of_name("Customer service"), None);
        assert_eq!(channel("In person"), Some(Channel::InPerson));
        assert_eq!(channel("Sähköposti"), Some(Channel::Email));
        assert_eq!(evidence("Havaittu"), Some(EvidenceLevel::Observed));
    }
}
