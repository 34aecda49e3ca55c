//! A journey as plain data: what the file holds and what the live journey is built from.
//! Only the shape: the references in it are checked when a journey is built from it.

use serde::{Deserialize, Serialize};

use crate::model::concepts::{Idea, Lane, Link, Persona, Promise, Stage, Touchpoint};
use crate::model::conflict::Conflict;
use crate::model::feedback::source::FeedbackSource;

/// A journey as plain data, every list sorted as the file keeps it: lanes and stages in
/// the order the user gave them, everything else by id.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub title: String,
    pub description: String,
    pub lanes: Vec<Lane>,
    pub stages: Vec<Stage>,
    pub touchpoints: Vec<Touchpoint>,
    pub links: Vec<Link>,
    pub personas: Vec<Persona>,
    pub promises: Vec<Promise>,
    /// Workshop ideas that do not fit the map yet, in the order they were parked.
    pub parking_lot: Vec<Idea>,
    /// What a merge left to resolve, in the order it found them; empty once resolved.
    pub conflicts: Vec<Conflict>,
    /// The files of customer feedback and employee pulse the map reads its figures from.
    pub feedback: Vec<FeedbackSource>,
}
