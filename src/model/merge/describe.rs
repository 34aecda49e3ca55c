//! A conflict in words, for the command line and the window: what it is about (`touchpoint
//! 3 “Finds the room”: title`) and its three values as people read them.

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::fields::{self, Table};
use super::shown::{Names, Shown as _};
use super::value::read;
use crate::model::compare::words::{field_label as label_of, quoted};
use crate::model::concepts::{
    Lane, Link, Persona, Promise, Stage, TermsArea, TermsTag, Touchpoint,
};
use crate::model::conflict::{Conflict, Thing};

/// A conflict as people read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Described {
    /// `touchpoint 3 “Finds the room”: title`.
    pub what: String,
    pub base: String,
    pub ours: String,
    pub theirs: String,
}

/// Names the conflict and its values; `names` is the map that holds it.
pub fn describe(conflict: &Conflict, names: &dyn Names) -> Described {
    let values = [&conflict.base, &conflict.ours, &conflict.theirs];
    let (thing, [base, ours, theirs]) = match conflict.thing {
        Thing::Map => (
            crate::tr!("model-conflict-map"),
            shown_field(fields::MAP, &conflict.field, values, names),
        ),
        Thing::Lane(id) => (
            thing_name(&id, names.lane_name(id), values, |lane: &Lane| &lane.name),
            shown(fields::LANE, conflict, values, names),
        ),
        Thing::Stage(id) => (
            thing_name(&id, names.stage_name(id), values, |stage: &Stage| {
                &stage.name
            }),
            shown(fields::STAGE, conflict, values, names),
        ),
        Thing::Touchpoint(id) => (
            thing_name(&id, names.touchpoint_title(id), values, |t: &Touchpoint| {
                &t.title
            }),
            shown(fields::TOUCHPOINT, conflict, values, names),
        ),
        Thing::Link(id) => (
            id.to_string(),
            shown::<Link>(fields::LINK, conflict, values, names),
        ),
        Thing::Persona(id) => (
            thing_name(&id, None, values, |persona: &Persona| &persona.name),
            shown(fields::PERSONA, conflict, values, names),
        ),
        Thing::Promise(id) => (
            thing_name(&id, None, values, |promise: &Promise| &promise.text),
            shown(fields::PROMISE, conflict, values, names),
        ),
    };
    let what = if conflict.field.is_empty() {
        thing
    } else {
        format!("{thing}: {}", field_label(&conflict.field))
    };
    Described {
        what,
        base,
        ours,
        theirs,
    }
}

/// A field's name with its part: `TERMS tags (Risk)`.
fn field_label(field: &str) -> String {
    match field.split_once('.') {
        Some(("terms", part)) => {
            let area = TermsArea::ALL.into_iter().find(|area| area.name() == part);
            let part = area.map_or_else(|| part.to_owned(), TermsArea::label);
            format!("{} ({part})", label_of("terms"))
        }
        _ => label_of(field),
    }
}

/// `touchpoint 3 “Finds the room”`, named as the map has it or, when the map has it no
/// more, as the first version that has it.
fn thing_name<T: DeserializeOwned>(
    id: &dyn std::fmt::Display,
    name: Option<&str>,
    values: [&Option<String>; 3],
    name_of: impl Fn(&T) -> &String,
) -> String {
    let from_values = || {
        values
            .iter()
            .filter_map(|value| read::<T>(value.as_deref()?).ok())
            .map(|thing| name_of(&thing).clone())
            .next()
    };
    match name.map(str::to_owned).or_else(from_values) {
        Some(name) => format!("{id} {}", quoted(&name)),
        None => id.to_string(),
    }
}

/// The three values of a conflict about a thing of kind `T`.
fn shown<T: DeserializeOwned + Serialize + PartialEq>(
    table: Table<T>,
    conflict: &Conflict,
    values: [&Option<String>; 3],
    names: &dyn Names,
) -> [String; 3] {
    if conflict.field.is_empty() {
        let [base, ours, theirs] = values.map(|value| value.as_deref().map(read::<T>));
        let base = base.and_then(Result::ok);
        let side = |side: Option<Result<T, super::value::SetError>>| match side {
            None => crate::tr!("model-conflict-removed"),
            Some(Err(error)) => error.to_string(),
            Some(Ok(thing)) => match &base {
                None => crate::tr!("model-conflict-added"),
                Some(base) if *base == thing => crate::tr!("model-conflict-unchanged"),
                Some(base) => {
                    let changed: Vec<String> = table
                        .iter()
                        .filter(|field| field.differs(base, &thing))
                        .map(|field| format!("{} {}", field.label(), field.shown(&thing, names)))
                        .collect();
                    crate::tr!("model-conflict-changed", fields = changed.join("; "))
                }
            },
        };
        let base_shown = if base.is_some() {
            crate::tr!("model-conflict-there")
        } else {
            crate::tr!("model-conflict-not-there")
        };
        [base_shown, side(ours), side(theirs)]
    } else {
        shown_field(table, &conflict.field, values, names)
    }
}

/// The three values of one field.
fn shown_field<T>(
    table: Table<T>,
    field: &str,
    values: [&Option<String>; 3],
    names: &dyn Names,
) -> [String; 3] {
    values.map(|value| {
        let Some(text) = value.as_deref() else {
            return crate::tr!("model-conflict-removed");
        };
        if field.contains('.') {
            return match read::<Option<TermsTag>>(text) {
                Ok(tag) => tag.shown(names),
                Err(error) => error.to_string(),
            };
        }
        match fields::find(table, field) {
            Ok((found, _)) => found
                .shown_text(text, names)
                .unwrap_or_else(|error| error.to_string()),
            Err(error) => error.to_string(),
        }
    })
}

/// A thing as people name it: `touchpoint 30 “Gets the key”`, with the name `names` gives
/// it (lanes, stages and touchpoints), else its id alone.
pub fn thing_label(thing: Thing, names: &dyn Names) -> String {
    let named = |id: &dyn std::fmt::Display, name: Option<&str>| match name {
        Some(name) => format!("{id} {}", quoted(name)),
        None => id.to_string(),
    };
    match thing {
        Thing::Map => crate::tr!("model-conflict-map"),
        Thing::Lane(id) => named(&id, names.lane_name(id)),
        Thing::Stage(id) => named(&id, names.stage_name(id)),
        Thing::Touchpoint(id) => named(&id, names.touchpoint_title(id)),
        Thing::Link(id) => id.to_string(),
        Thing::Persona(id) => id.to_string(),
        Thing::Promise(id) => id.to_string(),
    }
}
