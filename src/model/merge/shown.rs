//! A field's value as people read it, in the thread's language: a title quoted, a lane by
//! its name, an emotion as −1, TERMS tags as `Time major`. What a comparison and a
//! conflict show; the file's own text of a value is `value::text`.

use crate::model::compare::words::{quoted, quoted_whole};
use crate::model::concepts::{
    Channel, EvidenceLevel, LaneKind, LinkKind, Observation, PersonaKind, TermsTag,
};
use crate::model::ids::{LaneId, StageId, TouchpointId};
use crate::model::journey::{Document, Journey};
use crate::model::values::{Colour, Rating};

/// The names of lanes, stages and touchpoints in the version a value comes from.
pub trait Names {
    fn lane_name(&self, id: LaneId) -> Option<&str>;
    fn stage_name(&self, id: StageId) -> Option<&str>;
    fn touchpoint_title(&self, id: TouchpointId) -> Option<&str>;
}

impl Names for Journey {
    fn lane_name(&self, id: LaneId) -> Option<&str> {
        self.lane(id).map(|lane| lane.name.as_str())
    }
    fn stage_name(&self, id: StageId) -> Option<&str> {
        self.stage(id).map(|stage| stage.name.as_str())
    }
    fn touchpoint_title(&self, id: TouchpointId) -> Option<&str> {
        self.touchpoint(id)
            .map(|touchpoint| touchpoint.title.as_str())
    }
}

impl Names for Document {
    fn lane_name(&self, id: LaneId) -> Option<&str> {
        let lane = self.lanes.iter().find(|lane| lane.id == id);
        lane.map(|lane| lane.name.as_str())
    }
    fn stage_name(&self, id: StageId) -> Option<&str> {
        let stage = self.stages.iter().find(|stage| stage.id == id);
        stage.map(|stage| stage.name.as_str())
    }
    fn touchpoint_title(&self, id: TouchpointId) -> Option<&str> {
        let touchpoint = self.touchpoints.iter().find(|t| t.id == id);
        touchpoint.map(|touchpoint| touchpoint.title.as_str())
    }
}

/// A value as people read it.
pub(crate) trait Shown {
    fn shown(&self, names: &dyn Names) -> String;
}

fn none() -> String {
    crate::tr!("model-shown-none")
}

/// A name, or the id when the version has no such thing.
fn named(name: Option<&str>, id: &dyn std::fmt::Display) -> String {
    name.map_or_else(|| id.to_string(), quoted)
}

impl Shown for String {
    fn shown(&self, _: &dyn Names) -> String {
        if self.is_empty() {
            crate::tr!("model-shown-empty")
        } else {
            quoted_whole(self)
        }
    }
}

impl Shown for f32 {
    fn shown(&self, _: &dyn Names) -> String {
        self.to_string()
    }
}

impl Shown for LaneId {
    fn shown(&self, names: &dyn Names) -> String {
        named(names.lane_name(*self), self)
    }
}

impl Shown for StageId {
    fn shown(&self, names: &dyn Names) -> String {
        named(names.stage_name(*self), self)
    }
}

impl Shown for TouchpointId {
    fn shown(&self, names: &dyn Names) -> String {
        named(names.touchpoint_title(*self), self)
    }
}

impl Shown for Channel {
    fn shown(&self, _: &dyn Names) -> String {
        self.label()
    }
}

impl Shown for Option<Rating> {
    fn shown(&self, _: &dyn Names) -> String {
        self.map_or_else(none, |rating| rating.to_string())
    }
}

impl Shown for EvidenceLevel {
    fn shown(&self, _: &dyn Names) -> String {
        self.label()
    }
}

impl Shown for LaneKind {
    fn shown(&self, _: &dyn Names) -> String {
        self.label()
    }
}

impl Shown for LinkKind {
    fn shown(&self, _: &dyn Names) -> String {
        self.label()
    }
}

impl Shown for PersonaKind {
    fn shown(&self, _: &dyn Names) -> String {
        self.label()
    }
}

impl Shown for Colour {
    fn shown(&self, _: &dyn Names) -> String {
        self.to_string()
    }
}

impl Shown for TermsTag {
    fn shown(&self, _: &dyn Names) -> String {
        let tag = format!("{} {}", self.area.label(), self.severity.label());
        if self.note.is_empty() {
            tag
        } else {
            format!("{tag} {}", quoted_whole(&self.note))
        }
    }
}

impl Shown for Option<TermsTag> {
    fn shown(&self, names: &dyn Names) -> String {
        self.as_ref().map_or_else(none, |tag| tag.shown(names))
    }
}

impl Shown for Vec<TermsTag> {
    fn shown(&self, names: &dyn Names) -> String {
        listed(self.iter().map(|tag| tag.shown(names)), self.len())
    }
}

impl Shown for Vec<Observation> {
    fn shown(&self, _: &dyn Names) -> String {
        listed(
            self.iter().map(|observation| {
                format!("{} {}", observation.date, quoted_whole(&observation.text))
            }),
            self.len(),
        )
    }
}

impl Shown for Vec<crate::model::feedback::FeedbackSource> {
    fn shown(&self, _: &dyn Names) -> String {
        listed(
            self.iter().map(|source| quoted_whole(&source.file)),
            self.len(),
        )
    }
}

impl Shown for Vec<crate::model::concepts::Idea> {
    fn shown(&self, _: &dyn Names) -> String {
        listed(
            self.iter()
                .map(|idea| format!("{} {}", idea.date, quoted_whole(&idea.text))),
            self.len(),
        )
    }
}

impl Shown for Vec<TouchpointId> {
    fn shown(&self, names: &dyn Names) -> String {
        listed(self.iter().map(|id| id.shown(names)), self.len())
    }
}

/// How many items of a list are named before the rest are counted.
const LISTED: usize = 50;

/// The first few items, comma-separated, and how many more there are; `none` for none.
fn listed(items: impl Iterator<Item = String>, count: usize) -> String {
    if count == 0 {
        return none();
    }
    let mut text = items.take(LISTED).collect::<Vec<_>>().join(", ");
    if count > LISTED {
        let more = crate::tr!("model-shown-more", count = count - LISTED);
        text = format!("{text} {more}");
    }
    text
}
