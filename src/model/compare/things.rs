//! Which fields of a thing differ between two versions, each with its value before and
//! after (`emotion −1 → −2`), read from the thing's table of fields; and how a link is
//! named. One thing at a time: pairing things and ordering the differences is the
//! comparison's work, not this file's.

use super::words::quoted;
use crate::model::concepts::Link;
use crate::model::ids::TouchpointId;
use crate::model::journey::Journey;
use crate::model::merge::fields::Table;

/// `label before → after` for each field of `table` that differs, each value named in
/// its own version.
pub(super) fn changes<T>(
    table: Table<T>,
    (mine, a): (&Journey, &T),
    (theirs, b): (&Journey, &T),
) -> Vec<String> {
    table
        .iter()
        .filter(|field| field.differs(a, b))
        .map(|field| {
            format!(
                "{} {} → {}",
                field.label(),
                field.shown(a, mine),
                field.shown(b, theirs)
            )
        })
        .collect()
}

/// `link 3 “Orders online” → “Pays”`, with the titles of its ends in `journey`.
pub(super) fn link_label(journey: &Journey, link: &Link) -> String {
    let end = |id: TouchpointId| {
        journey
            .touchpoint(id)
            .map_or_else(|| id.to_string(), |touchpoint| quoted(&touchpoint.title))
    };
    format!("{} {} → {}", link.id, end(link.from), end(link.to))
}
