//! `LaneSpec`: what a generated lane is called and what happens in it, shared by the word
//! lists that describe the lanes and the generator that fills them.

use crate::model::concepts::{Channel, LaneKind};

/// What a generated lane is called and what happens in it.
pub(super) struct LaneSpec {
    pub(super) name: &'static str,
    pub(super) kind: LaneKind,
    pub(super) owners: &'static [&'static str],
    pub(super) actors: &'static [&'static str],
    pub(super) channels: &'static [Channel],
}
