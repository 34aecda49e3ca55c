//! One difference between two versions of a map, and which side it is on: plain data,
//! made by the comparison and read by the question about a file changed on disk. It
//! compares nothing itself.

/// One difference between the map in the window ("mine") and another version ("theirs",
/// e.g. on disk).
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    pub kind: DifferenceKind,
    /// The thing it is about; `None` for the parking lot's ideas, which have no ids.
    pub thing: Option<crate::model::conflict::Thing>,
    /// A short text for people: `touchpoint 7 “Pays the invoice”: title → “Pays the bill”,
    /// TERMS tags`. Names are quoted as mine has them; a changed name shows theirs after `→`.
    pub what: String,
}

/// Which side a [`Difference`] is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DifferenceKind {
    /// Only the map in the window has it.
    OnlyMine,
    /// Only the other version has it.
    OnlyTheirs,
    /// Both have it, with some fields that differ.
    Changed,
}
