//! One response read from a source, matched to a touchpoint of the map.

use crate::model::ids::TouchpointId;
use crate::model::values::Date;

/// A response: which touchpoint it is about, when, its score and what was said.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response {
    /// The row of the file it was read from, as a spreadsheet counts rows.
    pub row: usize,
    pub touchpoint: TouchpointId,
    pub date: Option<Date>,
    /// On the source's scale (checked to lie within it).
    pub score: u8,
    pub comment: String,
}
