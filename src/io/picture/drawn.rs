//! `Drawn`: a map as its picture shows it, the journey and whether the emotion row is
//! drawn; what every kind of picture is made from.

use crate::model::Journey;

/// A map as its picture shows it: the journey, and whether the emotion row is drawn
/// under its lanes (when the map has ratings to show in it). A `&Journey` is drawn with
/// the row.
#[derive(Clone, Copy, Debug)]
pub struct Drawn<'a> {
    pub journey: &'a Journey,
    pub emotion_row: bool,
}

impl<'a> Drawn<'a> {
    pub fn new(journey: &'a Journey) -> Self {
        Self {
            journey,
            emotion_row: true,
        }
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
