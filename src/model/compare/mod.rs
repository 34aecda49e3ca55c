//! What differs between two versions of a map: the one in the window ("mine") and another,
//! such as the file on disk ("theirs"), for the view that lets the user choose between them.
//!
//! Things with ids are paired by id; the parking lot, which has no ids, is compared as a list
//! of ideas. Every step is a map lookup or a sort, so maps of many thousand touchpoints
//! compare at once. Pure: this knows nothing of files or egui.
//!
//! The differences are plain data (`difference.rs`); things are paired by id in
//! `pairing.rs`, their fields compared in `things.rs`, the parking lot in `ideas.rs`, and
//! everything is named in `words.rs`.

mod difference;
mod ideas;
mod listing;
pub(crate) mod pairing;
#[cfg(test)]
mod tests;
mod things;
pub(crate) mod words;

pub use difference::{Difference, DifferenceKind};
pub use listing::listing;

use crate::model::concepts::{Lane, Stage};
use crate::model::conflict::Thing;
use crate::model::journey::Journey;
use crate::model::merge::fields;
use ideas::compare_ideas;
use pairing::{compare_by_id, ids_of, moved};
use things::{changes, link_label};
use words::{Field, differs, quoted, renamed};

/// Lists what differs between `mine` and `theirs`: the map's title and description, then
/// lanes, stages, touchpoints, links, personas, promises and parked ideas, each by id, and
/// last how many conflicts from a merge are left to resolve.
pub fn compare(mine: &Journey, theirs: &Journey) -> Vec<Difference> {
    let mut differences = Vec::new();
    compare_info(&mut differences, mine, theirs);
    compare_lanes(&mut differences, mine, theirs);
    compare_stages(&mut differences, mine, theirs);
    compare_by_id(
        &mut differences,
        (mine, mine.touchpoints()),
        (theirs, theirs.touchpoints()),
        |touchpoint| touchpoint.id,
        Thing::Touchpoint,
        |_, touchpoint| format!("{} {}", touchpoint.id, quoted(&touchpoint.title)),
        |a, b| changes(fields::TOUCHPOINT, (mine, a), (theirs, b)),
    );
    compare_by_id(
        &mut differences,
        (mine, mine.links()),
        (theirs, theirs.links()),
        |link| link.id,
        Thing::Link,
        link_label,
        |a, b| changes(fields::LINK, (mine, a), (theirs, b)),
    );
    compare_by_id(
        &mut differences,
        (mine, mine.personas()),
        (theirs, theirs.personas()),
        |persona| persona.id,
        Thing::Persona,
        |_, persona| format!("{} {}", persona.id, quoted(&persona.name)),
        |a, b| changes(fields::PERSONA, (mine, a), (theirs, b)),
    );
    compare_by_id(
        &mut differences,
        (mine, mine.promises()),
        (theirs, theirs.promises()),
        |promise| promise.id,
        Thing::Promise,
        |_, promise| format!("{} {}", promise.id, quoted(&promise.text)),
        |a, b| changes(fields::PROMISE, (mine, a), (theirs, b)),
    );
    compare_ideas(&mut differences, mine.parking_lot(), theirs.parking_lot());
    if mine.feedback() != theirs.feedback() {
        let shown = |journey: &Journey| {
            let files: Vec<String> = journey
                .feedback()
                .iter()
                .map(|source| quoted(&source.file))
                .collect();
            files.join(", ")
        };
        differences.push(Difference {
            kind: DifferenceKind::Changed,
            thing: None,
            what: format!(
                "{}: {} → {}",
                words::field_label("feedback"),
                shown(mine),
                shown(theirs)
            ),
        });
    }
    if mine.conflicts() != theirs.conflicts() {
        differences.push(Difference {
            kind: DifferenceKind::Changed,
            thing: None,
            what: crate::tr!(
                "model-compare-conflicts",
                before = mine.conflicts().len(),
                after = theirs.conflicts().len()
            ),
        });
    }
    differences
}

fn compare_info(differences: &mut Vec<Difference>, mine: &Journey, theirs: &Journey) {
    let mut fields = Vec::new();
    renamed(&mut fields, Field::Title, mine.title(), theirs.title());
    renamed(
        &mut fields,
        Field::Description,
        mine.description(),
        theirs.description(),
    );
    if !fields.is_empty() {
        let map = crate::tr!("model-compare-map", title = quoted(mine.title()));
        differences.push(Difference {
            kind: DifferenceKind::Changed,
            thing: Some(Thing::Map),
            what: format!("{map}: {}", fields.join("; ")),
        });
    }
}

fn compare_lanes(differences: &mut Vec<Difference>, mine: &Journey, theirs: &Journey) {
    let moved = moved(
        &ids_of(mine.lanes(), |lane| lane.id),
        &ids_of(theirs.lanes(), |lane| lane.id),
    );
    compare_by_id(
        differences,
        (mine, mine.lanes()),
        (theirs, theirs.lanes()),
        |lane| lane.id,
        Thing::Lane,
        |_, lane| format!("{} {}", lane.id, quoted(&lane.name)),
        |a: &Lane, b: &Lane| {
            let mut fields = changes(fields::LANE, (mine, a), (theirs, b));
            differs(&mut fields, Field::Order, moved.contains(&a.id));
            fields
        },
    );
}

fn compare_stages(differences: &mut Vec<Difference>, mine: &Journey, theirs: &Journey) {
    let moved = moved(
        &ids_of(mine.stages(), |stage| stage.id),
        &ids_of(theirs.stages(), |stage| stage.id),
    );
    compare_by_id(
        differences,
        (mine, mine.stages()),
        (theirs, theirs.stages()),
        |stage| stage.id,
        Thing::Stage,
        |_, stage| format!("{} {}", stage.id, quoted(&stage.name)),
        |a: &Stage, b: &Stage| {
            let mut fields = changes(fields::STAGE, (mine, a), (theirs, b));
            differs(&mut fields, Field::Order, moved.contains(&a.id));
            fields
        },
    );
}
