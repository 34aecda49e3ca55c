//! Replacing the whole map with another version of it (the file reloaded from disk), as
//! one edit that undoes like any other.

use super::{Edit, EditError};
use crate::model::journey::Journey;
use crate::model::journey::document::Document;

impl Journey {
    /// Puts the map `document` holds in this journey's place and returns the edit that
    /// puts this one back. The revision and the journal go on (views lay the new map out
    /// whole), and the id counters never go back.
    pub(super) fn replace_with(&mut self, document: Document) -> Result<Edit, EditError> {
        let mut replacement = Journey::from_document(document).map_err(|problems| {
            let first = problems.first().map(ToString::to_string);
            EditError::Unreadable(first.unwrap_or_default())
        })?;
        replacement.counters.keep_past(&self.counters);
        replacement.revision = self.revision;
        replacement.journal = std::mem::take(&mut self.journal);
        let before = std::mem::replace(self, replacement);
        Ok(Edit::Replace(Box::new(before.to_document())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::generate::generate;

    fn map(touchpoints: usize, seed: u64) -> Journey {
        generate(touchpoints, seed).unwrap_or_else(|problems| panic!("{problems:?}"))
    }

    #[test]
    fn a_replaced_map_comes_back_with_its_inverse() {
        let mut journey = map(20, 1);
        let before = journey.clone();
        let other = map(5, 2);
        let revision = journey.revision();
        let inverse = journey
            .apply(Edit::Replace(Box::new(other.to_document())))
            .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(journey, other);
        assert!(journey.revision() > revision);
        assert!(journey.touched_since(revision).is_some_and(|t| t.structure));
        journey
            .apply(inverse)
            .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(journey, before);
    }

    #[test]
    fn ids_handed_out_before_a_replace_are_not_handed_out_again() {
        let mut journey = map(20, 1);
        let next = journey.ids().touchpoint();
        let smaller = map(2, 3);
        assert!(
            journey
                .apply(Edit::Replace(Box::new(smaller.to_document())))
                .is_ok()
        );
        assert!(journey.ids().touchpoint() >= next);
    }

    #[test]
    fn a_document_that_does_not_hold_together_changes_nothing() {
        let mut journey = map(5, 1);
        let before = journey.clone();
        let mut broken = journey.to_document();
        if let Some(touchpoint) = broken.touchpoints.first_mut() {
            touchpoint.lane = crate::model::LaneId(999_999);
        }
        let refused = journey.apply(Edit::Replace(Box::new(broken)));
        assert!(
            matches!(refused, Err(EditError::Unreadable(_))),
            "{refused:?}"
        );
        assert_eq!(journey, before);
    }
}
