//! Which fields of a touchpoint, link, persona or promise differ between two versions,
//! and how a link is named. One thing at a time: pairing things and ordering the
//! differences is the comparison's work, not this file's.

use super::words::{Field, differs, quoted, renamed};
use crate::model::concepts::{Link, Persona, Promise, Touchpoint};
use crate::model::ids::TouchpointId;
use crate::model::journey::Journey;

pub(super) fn touchpoint_fields(a: &Touchpoint, b: &Touchpoint) -> Vec<String> {
    let mut fields = Vec::new();
    renamed(&mut fields, Field::Title, &a.title, &b.title);
    differs(
        &mut fields,
        Field::Description,
        a.description != b.description,
    );
    differs(&mut fields, Field::Lane, a.lane != b.lane);
    differs(&mut fields, Field::Stage, a.stage != b.stage);
    // Exact: a file keeps positions exactly, so any difference is a real move.
    differs(&mut fields, Field::Position, a.x != b.x);
    differs(&mut fields, Field::Actor, a.actor != b.actor);
    differs(&mut fields, Field::Channel, a.channel != b.channel);
    differs(&mut fields, Field::Owner, a.owner != b.owner);
    differs(&mut fields, Field::Terms, a.terms != b.terms);
    differs(&mut fields, Field::Emotion, a.emotion != b.emotion);
    differs(
        &mut fields,
        Field::EmployeeExperience,
        a.employee_experience != b.employee_experience,
    );
    differs(&mut fields, Field::Evidence, a.evidence != b.evidence);
    differs(
        &mut fields,
        Field::Observations,
        a.observations != b.observations,
    );
    fields
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

pub(super) fn link_fields(a: &Link, b: &Link) -> Vec<String> {
    let mut fields = Vec::new();
    differs(&mut fields, Field::Ends, (a.from, a.to) != (b.from, b.to));
    differs(&mut fields, Field::Kind, a.kind != b.kind);
    differs(&mut fields, Field::Label, a.label != b.label);
    fields
}

pub(super) fn persona_fields(a: &Persona, b: &Persona) -> Vec<String> {
    let mut fields = Vec::new();
    renamed(&mut fields, Field::Name, &a.name, &b.name);
    differs(
        &mut fields,
        Field::Description,
        a.description != b.description,
    );
    differs(&mut fields, Field::Kind, a.kind != b.kind);
    differs(&mut fields, Field::Colour, a.colour != b.colour);
    differs(&mut fields, Field::Path, a.path != b.path);
    fields
}

pub(super) fn promise_fields(a: &Promise, b: &Promise) -> Vec<String> {
    let mut fields = Vec::new();
    renamed(&mut fields, Field::Text, &a.text, &b.text);
    differs(
        &mut fields,
        Field::Description,
        a.description != b.description,
    );
    differs(
        &mut fields,
        Field::RedeemedBy,
        a.redeemed_by != b.redeemed_by,
    );
    differs(&mut fields, Field::SecuredBy, a.secured_by != b.secured_by);
    fields
}
