//! A map as a listing people read: a line naming each thing, then one for each of its
//! fields that holds something (`touchpoint 2 · emotion: −1`), in the order the file
//! keeps them. Lines that differ between two versions are the changes, so a line diff of two
//! listings shows what changed by meaning; git shows it so in `git log -p` (its
//! `textconv`).

use super::things::link_label;
use super::words::{Field, quoted, quoted_whole};
use crate::model::conflict::Conflict;
use crate::model::journey::Journey;
use crate::model::merge::fields::{self, Table};

/// The listing of `journey`, one line each, ending in a line break.
pub fn listing(journey: &Journey) -> String {
    let mut lines = Vec::new();
    let map = crate::tr!("model-compare-map", title = quoted_whole(journey.title()));
    lines.push(map.clone());
    if !journey.description().is_empty() {
        let description = Field::Description.label();
        let text = quoted_whole(journey.description());
        lines.push(format!("{map} · {description}: {text}"));
    }
    let order = Field::Order.label();
    for (index, lane) in journey.lanes().iter().enumerate() {
        let heading = format!("{} {}", lane.id, quoted(&lane.name));
        fields_of(&mut lines, heading, &lane.id, fields::LANE, lane, journey);
        lines.push(format!("{} · {order}: {}", lane.id, index + 1));
    }
    for (index, stage) in journey.stages().iter().enumerate() {
        let heading = format!("{} {}", stage.id, quoted(&stage.name));
        fields_of(
            &mut lines,
            heading,
            &stage.id,
            fields::STAGE,
            stage,
            journey,
        );
        lines.push(format!("{} · {order}: {}", stage.id, index + 1));
    }
    for touchpoint in journey.touchpoints() {
        let heading = format!("{} {}", touchpoint.id, quoted(&touchpoint.title));
        let table = fields::TOUCHPOINT;
        fields_of(
            &mut lines,
            heading,
            &touchpoint.id,
            table,
            touchpoint,
            journey,
        );
    }
    for link in journey.links() {
        let heading = link_label(journey, link);
        fields_of(&mut lines, heading, &link.id, fields::LINK, link, journey);
    }
    for persona in journey.personas() {
        let heading = format!("{} {}", persona.id, quoted(&persona.name));
        fields_of(
            &mut lines,
            heading,
            &persona.id,
            fields::PERSONA,
            persona,
            journey,
        );
    }
    for promise in journey.promises() {
        let heading = format!("{} {}", promise.id, quoted(&promise.text));
        fields_of(
            &mut lines,
            heading,
            &promise.id,
            fields::PROMISE,
            promise,
            journey,
        );
    }
    for idea in journey.parking_lot() {
        let idea_line = crate::tr!("model-compare-idea", text = quoted(&idea.text));
        lines.push(format!("{idea_line} · {}", idea.date));
    }
    for conflict in journey.conflicts() {
        lines.push(conflict_line(conflict, journey));
    }
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

/// The line naming `thing` (`heading`), then a line for each of its fields that holds
/// something, labelled with its `id` alone (so a new title changes two lines, not all).
fn fields_of<T>(
    lines: &mut Vec<String>,
    heading: String,
    id: &dyn std::fmt::Display,
    table: Table<T>,
    thing: &T,
    names: &Journey,
) {
    lines.push(heading);
    let label = id.to_string();
    for field in table {
        if !field.is_empty(thing) {
            lines.push(format!(
                "{label} · {}: {}",
                field.label(),
                field.shown(thing, names)
            ));
        }
    }
}

fn conflict_line(conflict: &Conflict, journey: &Journey) -> String {
    let described = crate::model::merge::describe(conflict, journey);
    crate::tr!(
        "model-listing-conflict",
        what = described.what,
        base = described.base,
        ours = described.ours,
        theirs = described.theirs
    )
}
