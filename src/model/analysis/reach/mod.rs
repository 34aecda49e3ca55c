//! What the hidden work behind the visible moments is: hidden support and hidden impact.
//!
//! Hidden impact asks, for every hidden touchpoint at once, which visible touchpoints it
//! reaches through hidden touchpoints only. Walking from each hidden step on its own
//! costs the square of the map (a chain of 20,000 hidden steps took 23 s and 3 GB), so
//! [`hidden_impact`] works on the hidden steps' strongly connected components instead,
//! from the last ones back: a component reaches what its own steps link to, plus all
//! that the components it links to reach. Each component's set of visible touchpoints
//! is a sorted list while it is small and a bitset once it is large; a component that
//! only passes on one other component's set shares it, and a set is dropped as soon as
//! the last component that needs it is done. The answers are exact; the cost is the map
//! times the width of a bitset of the visible touchpoints, at most, and the memory the
//! sets still waiting to be used (see `docs/benchmarks.md`).
//!
//! The walks from one touchpoint are in `walk.rs`, the ranking of every hidden step in
//! `impact.rs`, and the sets it is computed with in `sets.rs`.

mod impact;
mod sets;
#[cfg(test)]
mod tests;
mod walk;

pub use impact::{HiddenImpact, hidden_impact};
pub use sets::SUPPORTS_LISTED;
pub use walk::{hidden_support, supported_visible};
