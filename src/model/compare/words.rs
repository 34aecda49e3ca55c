//! How a comparison names what differs: the fields of a thing, in the thread's language,
//! and names quoted on one line. Words only: it compares nothing and knows no journey.

/// A field that can differ between the two versions of a thing.
#[derive(Clone, Copy, Debug)]
pub(super) enum Field {
    Title,
    Description,
    Name,
    Kind,
    Order,
    Lane,
    Stage,
    Position,
    Actor,
    Channel,
    Owner,
    Terms,
    Emotion,
    EmployeeExperience,
    Evidence,
    Observations,
    Label,
    Colour,
    Path,
    Text,
    RedeemedBy,
    SecuredBy,
}

impl Field {
    /// Its name in the thread's language.
    pub(super) fn label(self) -> String {
        match self {
            Self::Title => crate::tr!("model-compare-title"),
            Self::Description => crate::tr!("model-compare-description"),
            Self::Name => crate::tr!("model-compare-name"),
            Self::Kind => crate::tr!("model-compare-kind"),
            Self::Order => crate::tr!("model-compare-order"),
            Self::Lane => crate::tr!("model-compare-lane"),
            Self::Stage => crate::tr!("model-compare-stage"),
            Self::Position => crate::tr!("model-compare-position"),
            Self::Actor => crate::tr!("model-compare-actor"),
            Self::Channel => crate::tr!("model-compare-channel"),
            Self::Owner => crate::tr!("model-compare-owner"),
            Self::Terms => crate::tr!("model-compare-terms"),
            Self::Emotion => crate::tr!("model-compare-emotion"),
            Self::EmployeeExperience => crate::tr!("model-compare-employee-experience"),
            Self::Evidence => crate::tr!("model-compare-evidence"),
            Self::Observations => crate::tr!("model-compare-observations"),
            Self::Label => crate::tr!("model-compare-label"),
            Self::Colour => crate::tr!("model-compare-colour"),
            Self::Path => crate::tr!("model-compare-path"),
            Self::Text => crate::tr!("model-compare-text"),
            Self::RedeemedBy => crate::tr!("model-compare-redeemed-by"),
            Self::SecuredBy => crate::tr!("model-compare-secured-by"),
        }
    }
}

/// The name of a field as the file writes it (`employee_experience`), in the thread's
/// language; the name itself for a field polku does not know.
pub(crate) fn field_label(name: &str) -> String {
    let field = match name {
        "title" => Field::Title,
        "description" => Field::Description,
        "name" => Field::Name,
        "kind" => Field::Kind,
        "lane" => Field::Lane,
        "stage" => Field::Stage,
        "x" => Field::Position,
        "actor" => Field::Actor,
        "channel" => Field::Channel,
        "owner" => Field::Owner,
        "terms" => Field::Terms,
        "emotion" => Field::Emotion,
        "employee_experience" => Field::EmployeeExperience,
        "evidence" => Field::Evidence,
        "observations" => Field::Observations,
        "from" => return crate::tr!("model-compare-from"),
        "to" => return crate::tr!("model-compare-to"),
        "label" => Field::Label,
        "colour" => Field::Colour,
        "path" => Field::Path,
        "text" => Field::Text,
        "redeemed_by" => Field::RedeemedBy,
        "secured_by" => Field::SecuredBy,
        "parking_lot" => return crate::tr!("model-compare-parking-lot"),
        "feedback" => return crate::tr!("model-compare-feedback"),
        other => return other.to_owned(),
    };
    field.label()
}

/// Adds `field “old” → “new”` when the text differs.
pub(super) fn renamed(fields: &mut Vec<String>, field: Field, mine: &str, theirs: &str) {
    if mine != theirs {
        let shown = |text: &str| {
            if text.is_empty() {
                crate::tr!("model-shown-empty")
            } else {
                quoted(text)
            }
        };
        fields.push(format!(
            "{} {} → {}",
            field.label(),
            shown(mine),
            shown(theirs)
        ));
    }
}

pub(super) fn differs(fields: &mut Vec<String>, field: Field, differs: bool) {
    if differs {
        fields.push(field.label());
    }
}

/// `“Pays the invoice”` on one line, however long: a value compared or listed, where a
/// change past any cut would not show.
pub(crate) fn quoted_whole(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    crate::tr!("model-compare-quoted", text = line)
}

/// Longer names are cut here, so one difference stays one line.
pub(super) const QUOTE_CHARS: usize = 40;

/// `“Pays the invoice”`, with the quotation marks of the thread's language: on one line,
/// and cut short with `…` when long.
pub(crate) fn quoted(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = match line.char_indices().nth(QUOTE_CHARS) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    };
    crate::tr!("model-compare-quoted", text = text)
}
