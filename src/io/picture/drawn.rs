//! `Drawn`: a map as its picture shows it, the journey and whether the emotion row is
//! drawn; what every kind of picture is made from.

use crate::model::Journey;
use crate::model::feedback::Summary;

/// A map as its picture shows it: the journey, and whether the emotion row is drawn
/// under its lanes (when the map has ratings to show in it). A `&Journey` is drawn with
/// the row.
#[derive(Clone, Copy, Debug)]
pub struct Drawn<'a> {
    pub journey: &'a Journey,
    pub emotion_row: bool,
    /// What customers and employees measured: badges on the cards and measured curves in
    /// the emotion row, as the canvas shows them.
    pub feedback: Option<&'a Summary>,
}

impl<'a> Drawn<'a> {
    pub fn new(journey: &'a Journey) -> Self {
        Self {
            journey,
            emotion_row: true,
            feedback: None,
        }
    }

    /// This map with what customers and employees measured, when there is any.
    pub fn feedback(self, feedback: Option<&'a Summary>) -> Self {
        Self { feedback, ..self }
    }

    /// This map with the emotion row drawn or left out.
    pub fn emotion_row(self, emotion_row: bool) -> Self {
        Self {
            emotion_row,
            ..self
        }
    }
}

impl<'a> From<&'a Journey> for Drawn<'a> {
    fn from(journey: &'a Journey) -> Self {
        Self::new(journey)
    }
}
