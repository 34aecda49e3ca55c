//! The clipboard format: what a fragment's text holds (touchpoints, their links, and the
//! lanes and stages they stand in) and its version. Plain serde data: it reads and checks
//! nothing itself.

use serde::{Deserialize, Serialize};

use crate::model::{Lane, Link, StageId, Touchpoint};

/// The fragment format version this polku writes, and the newest it reads.
pub const FRAGMENT_VERSION: u64 = 1;

/// The text on the clipboard. Lists are sorted (lanes and stages in map order, the rest
/// by id) so the same selection always copies as the same text.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Fragment {
    pub(super) polku_fragment: u64,
    #[serde(default)]
    pub(super) lanes: Vec<Lane>,
    #[serde(default)]
    pub(super) stages: Vec<FragmentStage>,
    #[serde(default)]
    pub(super) touchpoints: Vec<Touchpoint>,
    #[serde(default)]
    pub(super) links: Vec<Link>,
}

/// A stage as the fragment describes it: with its place from the left, so a map with
/// other stage names can still put the copy in the same column.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FragmentStage {
    pub(super) id: StageId,
    pub(super) name: String,
    pub(super) index: usize,
}

/// Only the markers of clipboard text, read before anything else so that text from a
/// newer polku is refused by its version rather than by whatever new field it has.
/// Absent markers read as 0, which no version is. (Not `Option`: RON would want
/// `Some(1)` in the text.)
#[derive(Deserialize)]
pub(super) struct Probe {
    #[serde(default)]
    pub(super) polku_fragment: u64,
    #[serde(default)]
    pub(super) version: u64,
}
