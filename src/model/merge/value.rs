//! The values a field of a map can hold, and how each merges: most as one value (a
//! conflict when both sides changed it differently), TERMS tags area by area, and lists
//! item by item. Also how a value is written into a conflict and read back from one.

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::sequence::merge_lists;
use crate::model::concepts::{
    Channel, EvidenceLevel, LaneKind, LinkKind, Observation, PersonaKind, TermsArea, TermsTag,
};
use crate::model::ids::{LaneId, StageId, TouchpointId};
use crate::model::values::{Colour, Rating};

/// Where both sides changed (part of) a field differently: which part (a TERMS area),
/// and the three values as the file writes them.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Clash {
    pub(crate) part: Option<String>,
    pub(crate) base: String,
    pub(crate) ours: String,
    pub(crate) theirs: String,
}

impl Clash {
    fn whole<V: Serialize>(base: &V, ours: &V, theirs: &V) -> Self {
        Self {
            part: None,
            base: text(base),
            ours: text(ours),
            theirs: text(theirs),
        }
    }
}

/// A value as the file writes it, on one line: `"Pays the bill"`, `Some(-1)`.
pub(crate) fn text<V: Serialize + ?Sized>(value: &V) -> String {
    // Plain data of the map always serializes; an empty text would read back as an
    // error, never as a wrong value.
    ron::to_string(value).unwrap_or_default()
}

/// A value read back from [`text`].
pub(crate) fn read<V: DeserializeOwned>(text: &str) -> Result<V, SetError> {
    ron::from_str(text).map_err(|error| SetError::Unreadable(error.code.to_string()))
}

/// Why a value from a conflict could not be put back into the map.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SetError {
    /// The text is not a value of the field (a hand-edited conflict).
    Unreadable(String),
    /// No field or part has this name.
    NoSuchField(String),
    /// A lane or stage to remove still holds touchpoints.
    StillUsed(String),
}

impl std::fmt::Display for SetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Self::Unreadable(reason) => {
                crate::tr!("model-merge-unreadable-value", reason = reason.clone())
            }
            Self::NoSuchField(name) => {
                crate::tr!("model-merge-no-such-field", field = name.clone())
            }
            Self::StillUsed(what) => crate::tr!("model-merge-still-used", what = what.clone()),
        })
    }
}

/// A value of a field: how it merges, and how part of it is set again from a conflict.
pub(crate) trait Value: Clone + PartialEq + Serialize + DeserializeOwned {
    /// Merges two versions of `base`, taking what one side changed; where both changed it
    /// differently, keeps ours and names the clash.
    fn merge(base: &Self, ours: &Self, theirs: &Self, clashes: &mut Vec<Clash>) -> Self {
        if ours == theirs || theirs == base {
            ours.clone()
        } else if ours == base {
            theirs.clone()
        } else {
            clashes.push(Clash::whole(base, ours, theirs));
            ours.clone()
        }
    }

    /// Sets the named part of the value (the whole of it by default has no parts).
    fn set_part(&mut self, part: &str, _text: &str) -> Result<(), SetError> {
        Err(SetError::NoSuchField(part.to_owned()))
    }
}

impl Value for String {}
impl Value for f32 {}
impl Value for LaneId {}
impl Value for StageId {}
impl Value for TouchpointId {}
impl Value for Channel {}
impl Value for Option<Rating> {}
impl Value for EvidenceLevel {}
impl Value for LaneKind {}
impl Value for LinkKind {}
impl Value for PersonaKind {}
impl Value for Colour {}

/// A list merged item by item; merged as one value when too long to compare closely.
fn merge_as_list<T: Clone + PartialEq + Serialize + DeserializeOwned>(
    base: &Vec<T>,
    ours: &Vec<T>,
    theirs: &Vec<T>,
    clashes: &mut Vec<Clash>,
) -> Vec<T> {
    let order = |a: &[T], b: &[T]| text(a).cmp(&text(b));
    merge_lists(base, ours, theirs, order).unwrap_or_else(|| {
        clashes.push(Clash::whole(base, ours, theirs));
        ours.clone()
    })
}

/// Lists whose items merge one by one (see `sequence.rs`).
macro_rules! merged_as_lists {
    ($($item:ty),+ $(,)?) => {$(
        impl Value for Vec<$item> {
            fn merge(base: &Self, ours: &Self, theirs: &Self, clashes: &mut Vec<Clash>) -> Self {
                merge_as_list(base, ours, theirs, clashes)
            }
        }
    )+};
}

merged_as_lists!(
    Observation,
    TouchpointId,
    crate::model::feedback::FeedbackSource,
    crate::model::concepts::Idea,
);

/// TERMS tags merge area by area: both sides tagging different areas keep both tags; one
/// area tagged differently on both sides is a clash of that area alone (`terms.Risk`).
impl Value for Vec<TermsTag> {
    fn merge(base: &Self, ours: &Self, theirs: &Self, clashes: &mut Vec<Clash>) -> Self {
        let tag = |tags: &Self, area: TermsArea| tags.iter().find(|t| t.area == area).cloned();
        let mut merged = Vec::new();
        for area in TermsArea::ALL {
            let (b, o, t) = (tag(base, area), tag(ours, area), tag(theirs, area));
            let mut area_clashes = Vec::new();
            let kept = <Option<TermsTag>>::merge(&b, &o, &t, &mut area_clashes);
            clashes.extend(area_clashes.into_iter().map(|clash| Clash {
                part: Some(area.name().to_owned()),
                ..clash
            }));
            merged.extend(kept);
        }
        merged
    }

    fn set_part(&mut self, part: &str, text: &str) -> Result<(), SetError> {
        let area = TermsArea::ALL
            .into_iter()
            .find(|area| area.name() == part)
            .ok_or_else(|| SetError::NoSuchField(format!("terms.{part}")))?;
        let tag: Option<TermsTag> = read(text)?;
        self.retain(|t| t.area != area);
        if let Some(mut tag) = tag {
            tag.area = area;
            self.push(tag);
            self.sort_by_key(|t| t.area);
        }
        Ok(())
    }
}

impl Value for Option<TermsTag> {}
