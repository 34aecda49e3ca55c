//! The cells of a response: which touchpoint it names, and its score.

use std::collections::{BTreeSet, HashMap};

use crate::model::feedback::Scale;
use crate::model::{Journey, TouchpointId};

use super::problems::Reason;

/// The map's touchpoints by the names a feedback file may give them.
pub(super) struct Touchpoints {
    /// By key, in lower case.
    keys: HashMap<String, Vec<TouchpointId>>,
    ids: BTreeSet<TouchpointId>,
    /// By title, trimmed, in lower case.
    titles: HashMap<String, Vec<TouchpointId>>,
}

impl Touchpoints {
    pub(super) fn of(journey: &Journey) -> Self {
        let mut touchpoints = Self {
            keys: HashMap::new(),
            ids: BTreeSet::new(),
            titles: HashMap::new(),
        };
        for touchpoint in journey.touchpoints() {
            let key = touchpoint.key.trim();
            if !key.is_empty() {
                touchpoints
                    .keys
                    .entry(key.to_lowercase())
                    .or_default()
                    .push(touchpoint.id);
            }
            touchpoints.ids.insert(touchpoint.id);
            let title = touchpoint.title.trim();
            if !title.is_empty() {
                touchpoints
                    .titles
                    .entry(title.to_lowercase())
                    .or_default()
                    .push(touchpoint.id);
            }
        }
        touchpoints
    }

    /// The touchpoint a cell names: by its key in any case, else by its id (`7` or
    /// `T7`, as reports write it), else by its title in any case.
    pub(super) fn find(&self, cell: &str) -> Result<TouchpointId, Reason> {
        let text = cell.trim();
        if text.is_empty() {
            return Err(Reason::NoTouchpoint);
        }
        let folded = text.to_lowercase();
        if let Some(ids) = self.keys.get(&folded) {
            return only(ids, text);
        }
        let number = folded.strip_prefix('t').unwrap_or(&folded);
        if number.bytes().all(|b| b.is_ascii_digit())
            && let Ok(number) = number.parse()
            && self.ids.contains(&TouchpointId(number))
        {
            return Ok(TouchpointId(number));
        }
        match self.titles.get(&folded) {
            Some(ids) => only(ids, text),
            None => Err(Reason::UnknownTouchpoint(text.to_owned())),
        }
    }
}

/// The one touchpoint of `ids`; when two or more have the name, the cell cannot say
/// which it means.
fn only(ids: &[TouchpointId], text: &str) -> Result<TouchpointId, Reason> {
    match ids {
        [id] => Ok(*id),
        _ => Err(Reason::AmbiguousTouchpoint(text.to_owned())),
    }
}

/// The score a cell holds: a whole number (`7`, also `7.0` and `7,0` as spreadsheets
/// write numbers) within the scale.
pub(super) fn score(cell: &str, scale: Scale) -> Result<u8, Reason> {
    let text = cell.trim();
    let bad = || Reason::BadScore(text.to_owned());
    let (whole, fraction) = match text.split_once(['.', ',']) {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text, None),
    };
    if fraction.is_some_and(|fraction| fraction.is_empty() || fraction.bytes().any(|b| b != b'0')) {
        return Err(bad());
    }
    let (negative, digits) = match whole.strip_prefix(['-', '\u{2212}']) {
        Some(digits) => (true, digits),
        None => (false, whole.strip_prefix('+').unwrap_or(whole)),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let magnitude: i64 = digits.parse().map_err(|_| bad())?;
    let score = if negative { -magnitude } else { magnitude };
    let (low, high) = scale.range();
    u8::try_from(score)
        .ok()
        .filter(|score| (low..=high).contains(score))
        .ok_or(Reason::ScoreOutsideScale { score, low, high })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_are_whole_numbers_within_the_scale() {
        assert_eq!(score(" 7 ", Scale::Nps), Ok(7));
        assert_eq!(score("7.0", Scale::Nps), Ok(7));
        assert_eq!(score("7,00", Scale::Nps), Ok(7));
        assert_eq!(score("0", Scale::Nps), Ok(0));
        assert_eq!(score("5", Scale::Csat), Ok(5));
        assert_eq!(
            score("0", Scale::Csat),
            Err(Reason::ScoreOutsideScale {
                score: 0,
                low: 1,
                high: 5
            })
        );
        assert_eq!(
            score("-1", Scale::Ces),
            Err(Reason::ScoreOutsideScale {
                score: -1,
                low: 1,
                high: 7
            })
        );
        for bad in [
            "",
            "7.5",
            "7.",
            "seven",
            "10 - Extremely likely",
            "99999999999999999999",
        ] {
            assert_eq!(
                score(bad, Scale::Nps),
                Err(Reason::BadScore(bad.into())),
                "{bad}"
            );
        }
    }
}
