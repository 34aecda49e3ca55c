//! How much a map may hold: the limits that keep a broken or hostile file (or a runaway
//! paste) from making polku exhaust memory or draw for minutes.
//!
//! They are far above what a real map needs: the largest maps seen in workshops have a
//! few hundred touchpoints, and polku stays fluid to 5,000 (see `docs/benchmarks.md`).
//! Loading refuses a file over a limit with a message naming it, and [`Journey::apply`]
//! refuses an edit that would cross one; saving refuses a map whose file would be larger
//! than polku opens (`io::MAX_FILE_BYTES`). So a map polku saved always opens again.
//!
//! [`Journey::apply`]: super::Journey::apply

use super::concepts::{Idea, Lane, Link, Observation, Persona, Promise, Stage, Touchpoint};

/// The most touchpoints a map may have.
pub const MAX_TOUCHPOINTS: usize = 100_000;
/// The most links a map may have.
pub const MAX_LINKS: usize = 500_000;
/// The most lanes, and the most stages, a map may have.
pub const MAX_LANES: usize = 1_000;
/// The most entries of any other list: personas, promises, ideas, the observations of
/// one touchpoint, the steps of a persona's path, the touchpoints of a promise.
pub const MAX_ENTRIES: usize = MAX_TOUCHPOINTS;
/// The longest name: a title, a lane's or stage's name, an actor, an owner, a label.
pub const MAX_NAME_CHARS: usize = 1_000;
/// The longest text: a description, a note, an observation, a promise, an idea.
pub const MAX_TEXT_CHARS: usize = 100_000;

/// A text or a list that is over its limit.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LimitError {
    TextTooLong {
        what: Part,
        chars: usize,
        limit: usize,
    },
    TooMany {
        what: Part,
        count: usize,
        limit: usize,
    },
}

impl std::fmt::Display for LimitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match *self {
            Self::TextTooLong { what, chars, limit } => crate::tr!(
                "model-limit-too-long",
                what = what.label(),
                chars = chars,
                limit = limit
            ),
            Self::TooMany { what, count, limit } => crate::tr!(
                "model-limit-too-many",
                what = what.label(),
                count = count,
                limit = limit
            ),
        };
        f.write_str(&text)
    }
}

/// The text or list a limit is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Title,
    Description,
    Name,
    Actor,
    Owner,
    Key,
    Label,
    Text,
    /// The text of an observation.
    Observation,
    Source,
    TermsNote,
    Lanes,
    Stages,
    Touchpoints,
    Links,
    Personas,
    Promises,
    Ideas,
    Observations,
    /// Conflicts a merge left to resolve.
    Conflicts,
    /// Files of feedback the map reads.
    FeedbackSources,
    /// The steps of a persona's path.
    PathSteps,
    /// The touchpoints a promise names.
    NamedTouchpoints,
}

impl Part {
    /// Its name in the thread's language, as a limit's message puts it: a text as the
    /// subject ("its title"), a list after its number ("1001 lanes").
    pub fn label(self) -> String {
        match self {
            Self::Title => crate::tr!("model-part-title"),
            Self::Description => crate::tr!("model-part-description"),
            Self::Name => crate::tr!("model-part-name"),
            Self::Actor => crate::tr!("model-part-actor"),
            Self::Owner => crate::tr!("model-part-owner"),
            Self::Key => crate::tr!("model-part-key"),
            Self::Label => crate::tr!("model-part-label"),
            Self::Text => crate::tr!("model-part-text"),
            Self::Observation => crate::tr!("model-part-observation"),
            Self::Source => crate::tr!("model-part-source"),
            Self::TermsNote => crate::tr!("model-part-terms-note"),
            Self::Lanes => crate::tr!("model-part-lanes"),
            Self::Stages => crate::tr!("model-part-stages"),
            Self::Touchpoints => crate::tr!("model-part-touchpoints"),
            Self::Links => crate::tr!("model-part-links"),
            Self::Personas => crate::tr!("model-part-personas"),
            Self::Promises => crate::tr!("model-part-promises"),
            Self::Ideas => crate::tr!("model-part-ideas"),
            Self::Observations => crate::tr!("model-part-observations"),
            Self::Conflicts => crate::tr!("model-part-conflicts"),
            Self::FeedbackSources => crate::tr!("model-part-feedback-sources"),
            Self::PathSteps => crate::tr!("model-part-path-steps"),
            Self::NamedTouchpoints => crate::tr!("model-part-named-touchpoints"),
        }
    }
}

/// Refuses a name longer than [`MAX_NAME_CHARS`].
pub fn name(what: Part, text: &str) -> Result<(), LimitError> {
    chars(what, text, MAX_NAME_CHARS)
}

/// Refuses a text longer than [`MAX_TEXT_CHARS`].
pub fn text(what: Part, text: &str) -> Result<(), LimitError> {
    chars(what, text, MAX_TEXT_CHARS)
}

/// Refuses a list of `count` entries when more than `limit` are allowed.
pub fn count(what: Part, count: usize, limit: usize) -> Result<(), LimitError> {
    if count > limit {
        return Err(LimitError::TooMany { what, count, limit });
    }
    Ok(())
}

fn chars(what: Part, text: &str, limit: usize) -> Result<(), LimitError> {
    // Bytes bound characters from above; count only when the bytes could be too many.
    if text.len() > limit {
        let chars = text.chars().count();
        if chars > limit {
            return Err(LimitError::TextTooLong { what, chars, limit });
        }
    }
    Ok(())
}

/// Something of the map whose texts and lists have limits.
pub trait Bounded {
    /// The first limit it is over, if any.
    fn check_limits(&self) -> Result<(), LimitError>;
}

impl Bounded for Lane {
    fn check_limits(&self) -> Result<(), LimitError> {
        name(Part::Name, &self.name)
    }
}

impl Bounded for Stage {
    fn check_limits(&self) -> Result<(), LimitError> {
        name(Part::Name, &self.name)
    }
}

impl Bounded for Observation {
    fn check_limits(&self) -> Result<(), LimitError> {
        text(Part::Observation, &self.text)?;
        name(Part::Source, &self.source)
    }
}

impl Bounded for Touchpoint {
    fn check_limits(&self) -> Result<(), LimitError> {
        name(Part::Title, &self.title)?;
        text(Part::Description, &self.description)?;
        name(Part::Actor, &self.actor)?;
        name(Part::Owner, &self.owner)?;
        name(Part::Key, &self.key)?;
        for tag in &self.terms {
            text(Part::TermsNote, &tag.note)?;
        }
        count(Part::Observations, self.observations.len(), MAX_ENTRIES)?;
        self.observations.iter().try_for_each(Bounded::check_limits)
    }
}

impl Bounded for Link {
    fn check_limits(&self) -> Result<(), LimitError> {
        name(Part::Label, &self.label)
    }
}

impl Bounded for Persona {
    fn check_limits(&self) -> Result<(), LimitError> {
        name(Part::Name, &self.name)?;
        text(Part::Description, &self.description)?;
        count(Part::PathSteps, self.path.len(), MAX_ENTRIES)
    }
}

impl Bounded for Promise {
    fn check_limits(&self) -> Result<(), LimitError> {
        text(Part::Text, &self.text)?;
        text(Part::Description, &self.description)?;
        count(
            Part::NamedTouchpoints,
            self.redeemed_by.len() + self.secured_by.len(),
            MAX_ENTRIES,
        )
    }
}

impl Bounded for Idea {
    fn check_limits(&self) -> Result<(), LimitError> {
        text(Part::Text, &self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_counted_in_characters_not_bytes() {
        // 1,000 'ä' are 2,000 bytes but within the name limit.
        assert_eq!(name(Part::Title, &"ä".repeat(MAX_NAME_CHARS)), Ok(()));
        assert_eq!(
            name(Part::Title, &"ä".repeat(MAX_NAME_CHARS + 1)),
            Err(LimitError::TextTooLong {
                what: Part::Title,
                chars: MAX_NAME_CHARS + 1,
                limit: MAX_NAME_CHARS
            })
        );
    }

    #[test]
    fn messages_name_the_limit() {
        let error = count(Part::Touchpoints, MAX_TOUCHPOINTS + 1, MAX_TOUCHPOINTS)
            .map_err(|e| e.to_string());
        assert_eq!(
            error,
            Err("it has 100001 touchpoints; polku allows up to 100000".to_owned())
        );
    }
}
