//! Three-way merge of a map: two people changed copies of one version (base), and their
//! work is put together by meaning rather than by line (`three_way.rs`).
//!
//! Things are matched by id (`things.rs`) and each field merges on its own (`fields.rs`,
//! `value.rs`): TERMS tags area by area, lists item by item (`sequence.rs`), lane and
//! stage order by moves (`order.rs`). Additions that got the same id on both sides are
//! both kept, theirs under a new id (`renumber.rs`). Where both changed one field
//! differently, or one side removed what the other changed, the map keeps ours and lists
//! a [`Conflict`](crate::model::Conflict); a thing one side removed that the other still
//! uses is kept, with a conflict (`restore.rs`). The result always has every reference in
//! place. Conflicts are resolved in `resolve.rs` and put in words in `describe.rs` (with
//! values shown as in `shown.rs`); `two_way.rs` merges a copy by the user's choices where
//! no common version is known. Pure: no files, no egui.

mod describe;
pub(crate) mod fields;
mod order;
#[cfg(test)]
mod properties;
mod renumber;
mod resolve;
mod restore;
mod sequence;
mod shown;
#[cfg(test)]
mod tests;
mod things;
mod three_way;
mod two_way;
mod value;

pub use describe::{Described, describe, thing_label};
pub use resolve::{Resolution, resolve};
pub use shown::Names;
pub use three_way::{Merged, merge};
pub use two_way::{Choice, Choosable, choices, two_way};
pub use value::SetError;
